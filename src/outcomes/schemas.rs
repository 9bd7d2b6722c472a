//! JSON Schemas of the narrowed decimals that outcomes' parameters use (`schema_with` targets).

use schemars::{Schema, SchemaGenerator, json_schema};

/// The largest magnitude of a [`Decimal`], as its own schema writes it.
pub(super) const DECIMAL_MAX: f64 = crate::decimal::MAX_VALUE;

/// Schema of a [`Decimal`] above 0.
pub(super) fn positive_decimal_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "An exact decimal above 0 with at most two decimal places.",
        "type": "number",
        "exclusiveMinimum": 0,
        "maximum": DECIMAL_MAX,
    })
}

/// Schema of an optional [`Decimal`] above 0.
pub(super) fn optional_positive_decimal_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "An exact decimal above 0 with at most two decimal places, or null.",
        "type": ["number", "null"],
        "exclusiveMinimum": 0,
        "maximum": DECIMAL_MAX,
    })
}

/// Schema of a percent threshold: above 0, at most 100.
pub(super) fn percent_threshold_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "A percent above 0 and at most 100, with at most two decimal places.",
        "type": "number",
        "exclusiveMinimum": 0,
        "maximum": 100,
    })
}

/// Schema of an optional percent threshold.
pub(super) fn optional_percent_threshold_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "A percent above 0 and at most 100 with at most two decimal places, or null.",
        "type": ["number", "null"],
        "exclusiveMinimum": 0,
        "maximum": 100,
    })
}

/// Schema of a reliability coefficient: 0 up to but not including 1.
pub(super) fn reliability_coefficient_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "A reliability coefficient from 0 up to but not including 1, two decimal places.",
        "type": "number",
        "minimum": 0,
        "exclusiveMaximum": 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decimal::Decimal;

    #[test]
    fn narrowed_decimal_schemas_allow_no_more_than_a_decimal() {
        // They once kept the first Decimal limit, (2^53 - 1) hundredths, after Decimal's own
        // maximum became 10^13 - 0.01: the schemas accepted values the type refused.
        let decimal = schemars::schema_for!(Decimal);
        let maximum = decimal.get("maximum").cloned();
        assert!(maximum.is_some());
        let mut generator = crate::schema::settings().into_generator();
        for schema in [
            positive_decimal_schema(&mut generator),
            optional_positive_decimal_schema(&mut generator),
        ] {
            assert_eq!(schema.get("maximum").cloned(), maximum);
        }
    }
}
