//! The JSON Schema of a [`Score`]: per instrument, its total's range and band, its subscales and
//! their handlings, its flags.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{Value, json};

use super::Score;
use crate::Decimal;
use crate::instruments::{
    CodedCauses, InstrumentDefinition, InstrumentId, MissingHandling, MissingRule, RecallPeriod,
    ScoringMethod, ScoringOptions, SubscaleId,
};

impl JsonSchema for Score {
    fn schema_name() -> Cow<'static, str> {
        "Score".into()
    }

    fn schema_id() -> Cow<'static, str> {
        // The public path, as when `Score` lived in `score/mod.rs` (schemars keys definitions by it).
        "pain_reprocessing::instruments::score::Score".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let decimal = generator.subschema_for::<Decimal>().to_value();
        let options = generator.subschema_for::<ScoringOptions>().to_value();
        let coded_causes = generator.subschema_for::<CodedCauses>().to_value();
        let variants: Vec<Value> = InstrumentId::ALL
            .into_iter()
            .map(|id| {
                let d = id.definition();
                let attribution = d.scoring() == ScoringMethod::AttributionShare;
                let mut total = decimal.clone();
                if let Some(object) = total.as_object_mut() {
                    object.insert("minimum".into(), json!(d.score_min));
                    object.insert("maximum".into(), json!(d.score_max));
                    if matches!(d.scoring(), ScoringMethod::Single | ScoringMethod::Sum | ScoringMethod::Count) {
                        object.insert("multipleOf".into(), json!(1));
                    }
                }
                if attribution {
                    // No total (§3.14).
                    total = json!({ "type": "null" });
                }
                // The band is tied to the total: one alternative per band with its exact edges
                // (above the previous band's upper edge, up to its own).
                let (band, band_total) = match d.bands() {
                    None => (json!({ "type": "null" }), json!({})),
                    Some(bands) => {
                        let names: Vec<&str> = bands.rules().iter().map(|r| r.band().as_str()).collect();
                        let mut previous: Option<i32> = None;
                        let pairs: Vec<Value> = bands
                            .rules()
                            .iter()
                            .map(|rule| {
                                let mut total = json!({ "maximum": rule.upper() });
                                if let (Some(below), Some(object)) = (previous, total.as_object_mut()) {
                                    object.insert("exclusiveMinimum".into(), json!(below));
                                }
                                previous = Some(rule.upper());
                                json!({ "properties": { "band": { "const": rule.band().as_str() }, "total": total } })
                            })
                            .collect();
                        let (mut names, mut pairs) = (names, pairs);
                        if d.missing_rule() == MissingRule::BpiInterference {
                            // A total that was not scored has no band.
                            names.push("null");
                            pairs.push(json!({ "properties": { "band": { "type": "null" }, "total": { "type": "null" } } }));
                        }
                        let names: Vec<Value> = names
                            .into_iter()
                            .map(|name| if name == "null" { Value::Null } else { json!(name) })
                            .collect();
                        (json!({ "enum": names }), json!({ "anyOf": pairs }))
                    }
                };
                let flags_max = if d.safety_item().is_some() { 1 } else { 0 };
                // A scored response always has its safety item, so only suicidal ideation can be flagged.
                let flag = json!({
                    "type": "object",
                    "properties": {
                        "type": { "const": "suicidal_ideation" },
                        "answer": { "type": "integer", "minimum": 1, "maximum": d.answer_max() },
                    },
                    "required": ["type", "answer"],
                    "additionalProperties": false,
                });
                let mut required = vec!["schema_version", "instrument", "total", "band", "subscales", "safety_flags", "missing_items", "missing_handling", "options", "rule_version"];
                if id == InstrumentId::Nrs {
                    required.push("recall");
                }
                if attribution {
                    required.push("coded_causes");
                }
                // Every rating of pain attribution may be unanswered; elsewhere a score needs one answer.
                let missing_max = if attribution { d.item_count() } else { d.item_count().saturating_sub(1) };
                let mut variant = json!({
                    "title": format!("{} score", d.short_name()),
                    "type": "object",
                    "properties": {
                        "schema_version": { "description": "The document layout version, 2.", "type": "integer", "const": 2 },
                        "instrument": { "const": id.as_str() },
                        "total": total,
                        "band": band,
                        "subscales": subscales_schema(d, &decimal),
                        "safety_flags": { "type": "array", "items": flag, "maxItems": flags_max },
                        "missing_items": {
                            "type": "array",
                            "items": { "type": "integer", "minimum": 1, "maximum": d.item_count() },
                            "uniqueItems": true,
                            "maxItems": missing_max,
                        },
                        "missing_handling": { "enum": total_handlings(d.missing_rule()).iter().map(|h| h.as_str()).collect::<Vec<_>>() },
                        "options": options.clone(),
                        "rule_version": { "type": "integer", "minimum": 1, "maximum": d.rule_version() },
                    },
                    "required": required,
                    "additionalProperties": false,
                });
                if let (Some(object), Some(all_of)) = (variant.as_object_mut(), band_total.get("anyOf")) {
                    object.insert("anyOf".into(), all_of.clone());
                }
                if d.missing_rule() == MissingRule::BpiInterference
                    && let Some(object) = variant.as_object_mut()
                {
                    // The total is null exactly when it was not scored.
                    if let Some(total) = object.get_mut("properties").and_then(|p| p.get_mut("total")) {
                        *total = json!({ "anyOf": [total.clone(), { "type": "null" }] });
                    }
                    object.insert("if".into(), json!({
                        "properties": { "missing_handling": { "const": "not_scored" } },
                        "required": ["missing_handling"],
                    }));
                    object.insert("then".into(), json!({ "properties": { "total": { "type": "null" } } }));
                    object.insert("else".into(), json!({ "properties": { "total": { "type": "number" } } }));
                }
                if let (Some(item), Some(missing)) = (
                    d.safety_item(),
                    variant.pointer_mut("/properties/missing_items").and_then(Value::as_object_mut),
                ) {
                    missing.insert("not".into(), json!({ "contains": { "const": item } }));
                }
                if id == InstrumentId::Nrs
                    && let Some(properties) = variant.get_mut("properties").and_then(Value::as_object_mut)
                {
                    properties.insert("recall".into(), RecallPeriod::schema_value());
                }
                if attribution
                    && let Some(properties) = variant.get_mut("properties").and_then(Value::as_object_mut)
                {
                    properties.insert("coded_causes".into(), coded_causes.clone());
                }
                variant
            })
            .collect();
        let value = json!({
            "title": "Score",
            "description": "The score of one response: exact total, band (consistent with the total), subscales, safety flags and missing-item provenance. Read from JSON, a score also meets rules across fields that its schema does not state: its missing items, missing-item handling and scoring options agree, and a PHQ-9 total of 25-27 carries the suicidal-ideation flag (the other eight items reach at most 24).",
            "type": "object",
            "oneOf": variants,
        });
        Schema::try_from(value).unwrap_or_default()
    }
}

/// The handlings a score's total can have under `rule` (its subscales say their own).
fn total_handlings(rule: MissingRule) -> &'static [MissingHandling] {
    match rule {
        MissingRule::NoScore | MissingRule::RequireAll => &[MissingHandling::Complete],
        MissingRule::Policy => &[MissingHandling::Complete, MissingHandling::Prorated],
        MissingRule::BpiInterference => &[
            MissingHandling::Complete,
            MissingHandling::Prorated,
            MissingHandling::NotScored,
        ],
        MissingRule::OdiDenominator => &[
            MissingHandling::Complete,
            MissingHandling::ReducedDenominator,
        ],
        MissingRule::PerItem => &[MissingHandling::NotScored],
    }
}

/// The handlings subscale `id` can have (only valid subscales are reported).
fn subscale_handlings(id: SubscaleId) -> &'static [MissingHandling] {
    match id {
        SubscaleId::Severity => &[MissingHandling::Complete, MissingHandling::Prorated],
        SubscaleId::Interference => &[MissingHandling::Complete, MissingHandling::MeanOfAnswered],
        _ => &[MissingHandling::Complete],
    }
}

/// The schema of `definition`'s subscales: each of its own subscale ids, in its range, with the
/// handlings that subscale allows; none for an instrument without subscales (issue #20, item 6).
fn subscales_schema(definition: &InstrumentDefinition, decimal: &Value) -> Value {
    let whole = matches!(
        definition.scoring(),
        ScoringMethod::Sum | ScoringMethod::AttributionShare
    );
    let branches: Vec<Value> = definition
        .subscales()
        .iter()
        .map(|subscale| {
            let mut value = decimal.clone();
            if let Some(object) = value.as_object_mut() {
                object.insert("minimum".into(), json!(subscale.min));
                object.insert("maximum".into(), json!(subscale.max));
                if whole {
                    object.insert("multipleOf".into(), json!(1));
                }
            }
            let handlings: Vec<&str> = subscale_handlings(subscale.id())
                .iter()
                .map(|h| h.as_str())
                .collect();
            json!({
                "type": "object",
                "properties": {
                    "subscale": { "const": subscale.id().as_str() },
                    "value": value,
                    "missing_handling": { "enum": handlings },
                },
                "required": ["subscale", "value", "missing_handling"],
                "additionalProperties": false,
            })
        })
        .collect();
    match branches.as_slice() {
        [] => json!({ "type": "array", "maxItems": 0 }),
        _ => json!({
            "type": "array",
            "items": { "oneOf": branches },
            "maxItems": definition.subscales().len(),
            "uniqueItems": true,
        }),
    }
}
