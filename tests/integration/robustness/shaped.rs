//! Documents shaped by each entry's JSON Schema (`$ref`, unions, `const`, `enum`, bounds with
//! their edges and one past them, patterns, formats), and the plausible documents the properties
//! start from: a valid fixture or a shaped document.

use std::collections::BTreeSet;
use std::fs;

use proptest::prelude::*;
use serde_json::{Map, Value, json};

use super::arbitrary::{extreme_number, extreme_string, json_leaf, number};
use super::{TARGETS, Target};
use crate::support::schema_verdict;

/// The schema a local `$ref` (`#/$defs/Name` or `#`) points to.
fn resolve<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    root.pointer(reference.strip_prefix('#')?)
}

fn as_i128(schema: &Value, key: &str) -> Option<i128> {
    let value = schema.get(key)?;
    value
        .as_i64()
        .map(i128::from)
        .or_else(|| value.as_u64().map(i128::from))
        .or_else(|| value.as_f64().map(|f| f.ceil() as i128))
}

fn integer_value(n: i128) -> Value {
    i64::try_from(n)
        .map(|n| json!(n))
        .or_else(|_| u64::try_from(n).map(|n| json!(n)))
        .unwrap_or_else(|_| number(n as f64))
}

/// What a shaped document draws: values at and past every bound (the no-panic properties), or only
/// values inside the schema's bounds (the acceptance measurement, where one out-of-range value in
/// a document of hundreds of fields would leave almost nothing valid to measure).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Draw {
    /// Mostly valid, with boundary, out-of-range and extreme values mixed in.
    WithEdges,
    /// Inside the schema's bounds, formats and patterns only.
    InBounds,
}

fn integer(schema: &Value, draw: Draw) -> BoxedStrategy<Value> {
    let low = as_i128(schema, "minimum")
        .or_else(|| as_i128(schema, "exclusiveMinimum").map(|n| n + 1))
        .unwrap_or(i128::from(i64::MIN));
    let high = as_i128(schema, "maximum")
        .or_else(|| as_i128(schema, "exclusiveMaximum").map(|n| n - 1))
        .unwrap_or(i128::from(u64::MAX));
    let (low, high) = if low <= high {
        (low, high)
    } else {
        (high, low)
    };
    if draw == Draw::InBounds {
        return prop_oneof![
            2 => (low..=high).prop_map(integer_value),
            2 => (low..=high.min(low + 20)).prop_map(integer_value),
        ]
        .boxed();
    }
    prop_oneof![
        4 => (low..=high).prop_map(integer_value),
        2 => (low..=high.min(low + 20)).prop_map(integer_value),
        1 => Just(integer_value(low)),
        1 => Just(integer_value(high)),
        1 => Just(integer_value(low - 1)),
        1 => Just(integer_value(high + 1)),
        1 => extreme_number(),
    ]
    .boxed()
}

fn number_in(schema: &Value, draw: Draw) -> BoxedStrategy<Value> {
    let bound = |key: &str| schema.get(key).and_then(Value::as_f64);
    let low = bound("minimum")
        .or(bound("exclusiveMinimum"))
        .unwrap_or(-1e6);
    let high = bound("maximum")
        .or(bound("exclusiveMaximum"))
        .unwrap_or(1e6);
    let (low, high) = if low <= high {
        (low, high)
    } else {
        (high, low)
    };
    // Whole hundredths within the bounds, as an exact decimal would be written.
    let (low_h, high_h) = ((low * 100.0).ceil() as i64, (high * 100.0).floor() as i64);
    let (low_h, high_h) = if low_h <= high_h {
        (low_h, high_h)
    } else {
        (high_h, low_h)
    };
    if draw == Draw::InBounds {
        return prop_oneof![
            4 => (low_h..=high_h).prop_map(|h| number(h as f64 / 100.0)),
            3 => (low_h..=high_h.min(low_h.saturating_add(10_000))).prop_map(|h| number(h as f64 / 100.0)),
            2 => (low_h..=high_h).prop_map(|h| json!(h / 100)),
        ]
        .boxed();
    }
    prop_oneof![
        4 => (low_h..=high_h).prop_map(|h| number(h as f64 / 100.0)),
        3 => (low_h..=high_h.min(low_h.saturating_add(10_000))).prop_map(|h| number(h as f64 / 100.0)),
        2 => (low_h..=high_h).prop_map(|h| json!(h / 100)),
        1 => Just(number(low)),
        1 => Just(number(high)),
        1 => Just(number(low - 0.01)),
        1 => Just(number(high + 0.01)),
        1 => (low_h..=high_h).prop_map(|h| number(h as f64 / 100.0 + 0.001)),
        1 => extreme_number(),
    ]
    .boxed()
}

fn string_in(schema: &Value, draw: Draw) -> BoxedStrategy<Value> {
    let edges = if draw == Draw::WithEdges { 1 } else { 0 };
    // Days past the 28th only with edges: `2024-02-30` is a near miss the formats refuse.
    let last_day = if draw == Draw::InBounds { 28 } else { 31 };
    let date = || {
        (1900_i32..2100, 1_u32..=12, 1_u32..=last_day)
            .prop_map(|(y, m, d)| Value::String(format!("{y:04}-{m:02}-{d:02}")))
    };
    match schema.get("format").and_then(Value::as_str) {
        Some("date") => return prop_oneof![4 => date(), edges => extreme_string()].boxed(),
        Some("date-time") => {
            return prop_oneof![
                4 => (date(), 0_u32..24, 0_u32..60).prop_map(|(d, h, m)| {
                    Value::String(format!("{}T{h:02}:{m:02}:00Z", d.as_str().unwrap_or_default()))
                }),
                edges => extreme_string(),
            ]
            .boxed();
        }
        _ => {}
    }
    let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    let max = schema
        .get("maxLength")
        .and_then(Value::as_u64)
        .map_or(min + 16, |m| m as usize);
    let mut options: Vec<BoxedStrategy<Value>> = vec![
        (min..=max.max(min))
            .prop_map(|n| Value::String("a".repeat(n)))
            .boxed(),
    ];
    if draw == Draw::WithEdges {
        options.extend([
            Just(Value::String("a".repeat(max + 1))).boxed(),
            "[a-z0-9_ -]{1,24}".prop_map(Value::String).boxed(),
            extreme_string().boxed(),
        ]);
    }
    if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
        // proptest generates from a regex but not its anchors; catalog patterns are anchored whole.
        let body = pattern.trim_start_matches('^').trim_end_matches('$');
        if let Ok(strategy) = proptest::string::string_regex(body) {
            // Twice the weight of the other options: these strings get past the pattern check
            // (the only option when drawing in bounds).
            let strategy = strategy.prop_map(Value::String).boxed();
            if draw == Draw::InBounds {
                options.clear();
                let strategy = strategy
                    .prop_filter("a length the schema allows", move |s| {
                        s.as_str()
                            .is_some_and(|s| (min..=max).contains(&s.chars().count()))
                    })
                    .boxed();
                options.push(strategy);
                return proptest::strategy::Union::new(options).boxed();
            }
            options.push(strategy.clone());
            options.push(strategy);
        }
    }
    proptest::strategy::Union::new(options).boxed()
}

fn object_in(schema: &Value, root: &Value, depth: u32, draw: Draw) -> BoxedStrategy<Value> {
    let required: BTreeSet<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let fields: Vec<BoxedStrategy<Option<(String, Value)>>> = schema
        .get("properties")
        .and_then(Value::as_object)
        .map(|properties| {
            properties
                .iter()
                .map(|(key, property)| {
                    let is_required = required.contains(key.as_str());
                    let key = key.clone();
                    let value =
                        shaped(property, root, depth + 1, draw).prop_map(move |v| (key.clone(), v));
                    if is_required {
                        value.prop_map(Some).boxed()
                    } else {
                        proptest::option::weighted(0.7, value).boxed()
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    fields
        .prop_map(|fields| Value::Object(fields.into_iter().flatten().collect::<Map<_, _>>()))
        .boxed()
}

/// The variants of `branch` (resolved against `root`) that an `allOf` of `if`/`then` `blocks`
/// allows: for each value of the branch's `const` or `enum` properties the blocks test, the branch
/// with those properties fixed and the `then` properties of every block whose `if` it meets put
/// in place of the branch's own.
fn narrowed(branch: &Value, blocks: &[Value], root: &Value) -> Vec<Value> {
    let branch = branch
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| resolve(root, r))
        .unwrap_or(branch);
    let Some(properties) = branch.get("properties").and_then(Value::as_object) else {
        return vec![branch.clone()];
    };
    // The values each property can take when it is a `const` or an `enum` (resolved).
    let choices = |schema: &Value| -> Option<Vec<Value>> {
        let schema = schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| resolve(root, r))
            .unwrap_or(schema);
        if let Some(constant) = schema.get("const") {
            return Some(vec![constant.clone()]);
        }
        schema.get("enum").and_then(Value::as_array).cloned()
    };
    let mut variants: Vec<Map<String, Value>> = vec![Map::new()];
    for (key, property) in properties {
        if let Some(values) = choices(property) {
            variants = variants
                .into_iter()
                .flat_map(|fixed| {
                    values.iter().map(move |v| {
                        let mut fixed = fixed.clone();
                        fixed.insert(key.clone(), v.clone());
                        fixed
                    })
                })
                .collect();
        }
    }
    variants
        .into_iter()
        .map(|fixed| {
            let mut variant = branch.clone();
            let meets = |block: &Value| {
                block["if"]["properties"].as_object().is_some_and(|tests| {
                    tests.iter().all(|(key, test)| {
                        fixed.get(key).is_some_and(|v| Some(v) == test.get("const"))
                    })
                })
            };
            if let Some(slots) = variant.get_mut("properties").and_then(Value::as_object_mut) {
                for (key, value) in &fixed {
                    slots.insert(key.clone(), json!({ "const": value }));
                }
                for block in blocks.iter().filter(|b| meets(b)) {
                    if let Some(then) = block["then"]["properties"].as_object() {
                        for (key, narrower) in then {
                            slots.insert(key.clone(), narrower.clone());
                        }
                    }
                }
            }
            variant
        })
        .collect()
}

/// Documents shaped like `schema` (resolved against `root`): mostly valid, with boundary and
/// out-of-range values mixed in.
pub(super) fn shaped(schema: &Value, root: &Value, depth: u32, draw: Draw) -> BoxedStrategy<Value> {
    if depth > 8 {
        return json_leaf().boxed();
    }
    let Some(map) = schema.as_object() else {
        return json_leaf().boxed();
    };
    if let Some(target) = map
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| resolve(root, r))
    {
        return shaped(target, root, depth + 1, draw);
    }
    if let Some(constant) = map.get("const") {
        return Just(constant.clone()).boxed();
    }
    if let Some(Value::Array(options)) = map.get("enum")
        && !options.is_empty()
    {
        return proptest::sample::select(options.clone()).boxed();
    }
    // A `oneOf`/`anyOf` beside `properties` only narrows the object (Mcid: points or percent):
    // shape the object and let the optional fields satisfy it. An `allOf` of `if`/`then` blocks
    // beside a `oneOf` (a goal measure's per-instrument target range) only narrows the branch:
    // shape the branch, with the `then` of every block whose `if` it meets merged in.
    let narrows_object = map.contains_key("properties") || map.contains_key("type");
    if let (Some(Value::Array(blocks)), Some(Value::Array(branches))) =
        (map.get("allOf"), map.get("oneOf"))
        && blocks.iter().all(|b| b.get("if").is_some())
    {
        let branches: Vec<_> = branches
            .iter()
            .flat_map(|b| narrowed(b, blocks, root))
            .map(|b| shaped(&b, root, depth + 1, draw))
            .collect();
        if !branches.is_empty() {
            return proptest::strategy::Union::new(branches).boxed();
        }
    }
    for key in ["oneOf", "anyOf"].into_iter().filter(|_| !narrows_object) {
        if let Some(Value::Array(branches)) = map.get(key) {
            let branches: Vec<_> = branches
                .iter()
                .map(|b| shaped(b, root, depth + 1, draw))
                .collect();
            if !branches.is_empty() {
                return proptest::strategy::Union::new(branches).boxed();
            }
        }
    }
    if let Some(Value::Array(parts)) = map.get("allOf")
        && let Some(first) = parts.first()
    {
        return shaped(first, root, depth + 1, draw);
    }
    let types: Vec<&str> = match map.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ if map.contains_key("properties") => vec!["object"],
        _ => Vec::new(),
    };
    let by_type: Vec<BoxedStrategy<Value>> = types
        .iter()
        .map(|t| match *t {
            "object" => object_in(schema, root, depth, draw),
            "array" => {
                let items = map.get("items").cloned().unwrap_or(Value::Bool(true));
                let min = map.get("minItems").and_then(Value::as_u64).unwrap_or(0) as usize;
                proptest::collection::vec(shaped(&items, root, depth + 1, draw), min..=min + 4)
                    .prop_map(Value::Array)
                    .boxed()
            }
            "integer" => integer(schema, draw),
            "number" => number_in(schema, draw),
            "string" => string_in(schema, draw),
            "boolean" => any::<bool>().prop_map(Value::Bool).boxed(),
            _ => Just(Value::Null).boxed(),
        })
        .collect();
    if by_type.is_empty() {
        json_leaf().boxed()
    } else {
        proptest::strategy::Union::new(by_type).boxed()
    }
}

/// A plausible document for `target`: one of its valid fixtures or one shaped by its schema.
pub(super) fn plausible(target: &Target) -> BoxedStrategy<Value> {
    let from_schema = shaped(&target.schema, &target.schema, 0, Draw::WithEdges);
    if target.fixtures.is_empty() {
        from_schema
    } else {
        prop_oneof![
            1 => proptest::sample::select(target.fixtures.clone()),
            3 => from_schema,
        ]
        .boxed()
    }
}

/// Writes documents generated from each schema by `shaped` (not fixtures), kept only when the
/// schema accepts them, as `DIR/<name>.jsonl` for `cargo run --example schema_acceptance -- DIR`
/// (docs/quality.md, "The other direction"). For schemas Python's `hypothesis-jsonschema` draws
/// nothing from in time:
/// `SCHEMA_SAMPLES=/tmp/samples SCHEMA_SAMPLE_NAMES=treatment_goal,event cargo test --all-features
/// --test integration robustness::shaped::write_schema_samples -- --ignored`.
#[test]
#[ignore = "a measurement, run by hand"]
fn write_schema_samples() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRunner};

    let dir = std::env::var("SCHEMA_SAMPLES").expect("SCHEMA_SAMPLES=DIR");
    let names = std::env::var("SCHEMA_SAMPLE_NAMES").unwrap_or_default();
    let mut runner = TestRunner::new(Config::default());
    for target in TARGETS.iter() {
        if !names.split(',').any(|name| name == target.entry.name()) {
            continue;
        }
        let strategy = shaped(&target.schema, &target.schema, 0, Draw::InBounds);
        let mut lines = BTreeSet::new();
        for _ in 0..20_000 {
            // A draw whose patterned strings keep missing their lengths is given up, not fatal.
            let Ok(tree) = strategy.new_tree(&mut runner) else {
                continue;
            };
            let document = tree.current();
            if schema_verdict(&target.validator, &document).is_ok() {
                lines.insert(document.to_string());
            }
            if lines.len() == 100 {
                break;
            }
        }
        let text: String = lines.into_iter().map(|line| line + "\n").collect();
        fs::write(format!("{dir}/{}.jsonl", target.entry.name()), text).unwrap();
    }
}
