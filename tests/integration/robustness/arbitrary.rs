//! Arbitrary JSON: leaves of every kind (extreme numbers, control characters, long strings,
//! near-miss dates), nested arrays and objects whose keys are arbitrary or the catalog's own.

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Number, Value, json};

use super::PLAUSIBLE_KEYS;

pub(super) fn number(value: f64) -> Value {
    Number::from_f64(value).map_or(Value::Null, Value::Number)
}

/// Numbers at and around the edges every numeric type has to handle.
pub(super) fn extreme_number() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!(0)),
        Just(json!(-1)),
        Just(json!(i64::MAX)),
        Just(json!(i64::MIN)),
        Just(json!(u64::MAX)),
        Just(json!(i64::from(u32::MAX) + 1)),
        Just(json!(65_536)),
        Just(json!(9_007_199_254_740_992_i64)),
        Just(number(9_007_199_254_740_993.0)),
        Just(number(90_071_992_547_410.0)),
        Just(number(f64::MAX)),
        Just(number(f64::MIN)),
        Just(number(f64::MIN_POSITIVE)),
        Just(number(5e-324)),
        Just(number(-0.0)),
        Just(number(0.1)),
        Just(number(1.005)),
        Just(number(2.675)),
        Just(number(1e17)),
        Just(number(-1e300)),
    ]
}

pub(super) fn extreme_string() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!("")),
        Just(json!("\u{0}")),
        Just(json!("\u{7}\u{1b}\u{85}\u{9f}")),
        Just(json!("\u{feff}\u{200b}\u{fffd}")),
        Just(json!("🦀".repeat(65))),
        Just(json!("x".repeat(10_001))),
        Just(json!("2024-02-30")),
        Just(json!("2024-02-29")),
        Just(json!("0000-01-01")),
        Just(json!("9999-12-31")),
        Just(json!("+262143-12-31")),
        Just(json!("2024-01-01T00:00:00Z")),
        Just(json!("NaN")),
        Just(json!("-0")),
        Just(json!("1e400")),
    ]
}

pub(super) fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        (-1_000_i64..1_000).prop_map(|n| json!(n)),
        any::<f64>().prop_map(number),
        (-100_000_i64..100_000).prop_map(|h| number(h as f64 / 100.0)),
        extreme_number(),
        any::<String>().prop_map(Value::String),
        "[a-z_]{0,12}".prop_map(Value::String),
        (0_usize..20_000).prop_map(|n| Value::String("é".repeat(n))),
        extreme_string(),
    ]
}

pub(super) fn plausible_key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<Index>().prop_map(|i| i.get(&PLAUSIBLE_KEYS).clone()),
        1 => any::<String>(),
        1 => Just("schema_version".to_owned()),
    ]
}

/// Any JSON value: leaves of every kind, nested arrays and objects, keys arbitrary or plausible.
pub(super) fn any_json() -> impl Strategy<Value = Value> {
    json_leaf().prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            proptest::collection::vec((plausible_key(), inner), 0..8)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}
