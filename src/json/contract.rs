//! The one transform every published schema goes through, so that every standard validator takes
//! it as it is (ajv in its default strict mode, Python's `jsonschema`, json-schema-to-typescript).
//!
//! schemars writes what serde and the Rust types say; four of its habits are not standard JSON
//! Schema, and this pass rewrites them everywhere at once rather than in hundreds of types:
//!
//! - **Integer formats.** schemars writes `format: "uint8"` (and `uint16`, `uint32`, `uint64`,
//!   `uint`, `int8` ...), which no standard validator knows. They become `minimum`/`maximum` of
//!   the Rust integer's range, intersected with any range the type already states (`usize` and
//!   `isize` are taken as 64-bit, the targets the crate is built for).
//! - **A `type` beside every keyword that needs one.** ajv's `strictTypes` refuses `maximum`
//!   without `type`. A schema that states type-specific keywords but no `type` inherits the
//!   `type` of the schema it is an `allOf`/`anyOf`/`oneOf`/`if`/`then`/`else`/`not` branch of, or,
//!   at the top of such a chain, the one type its keywords imply.
//! - **Single-value integers are `const`.** `{type: integer, minimum: 1, maximum: 1}` (every
//!   `schema_version`) becomes `{type: integer, const: 1}`, which generated TypeScript types
//!   read as the literal `1` instead of `number`.
//! - **Tagged unions name their tag.** A `oneOf` whose every branch is an object with the same
//!   required property holding a `const` (serde's internally tagged enums) gets
//!   `discriminator: {propertyName: ...}`, so that ajv (with `discriminator: true`) reports a
//!   wrong tag as a wrong tag, not as the first branch's missing field.
//!
//! It lives here, below every document, with [`settings`]: the registry (`schema`) publishes with
//! them and the id step (`id::remap`) walks the same schemas, without either knowing the other.

use schemars::Schema;
use schemars::transform::Transform;
use serde_json::{Map, Value, json};

/// The settings every published schema is generated with (`schema::settings` is the public
/// door): draft 2020-12, pinned, and the [`Contract`] transform.
pub(crate) fn settings() -> schemars::generate::SchemaSettings {
    schemars::generate::SchemaSettings::draft2020_12().with_transform(Contract)
}

/// The transform [`super::settings`] appends; see the module documentation.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Contract;

impl Transform for Contract {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(object) = schema.as_object_mut() {
            let defs = definition_types(object);
            visit(object, None, &defs);
        }
    }
}

/// The `type` of each definition under `$defs`, by its `$ref`, so that a `$ref` beside typed
/// keywords (a `Decimal` with a band's `maximum`) can state its type too.
fn definition_types(root: &Map<String, Value>) -> Map<String, Value> {
    root.get("$defs")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(name, definition)| {
            let kind = definition.get("type")?.clone();
            Some((format!("#/$defs/{name}"), kind))
        })
        .collect()
}

/// Keywords that apply to one JSON type only, by that type.
const TYPED_KEYWORDS: &[(&str, &[&str])] = &[
    (
        "number",
        &[
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
        ],
    ),
    ("string", &["minLength", "maxLength", "pattern"]),
    (
        "array",
        &[
            "items",
            "prefixItems",
            "minItems",
            "maxItems",
            "uniqueItems",
            "contains",
            "minContains",
            "maxContains",
        ],
    ),
    (
        "object",
        &[
            "properties",
            "required",
            "additionalProperties",
            "patternProperties",
            "propertyNames",
            "minProperties",
            "maxProperties",
            "dependentRequired",
            "dependentSchemas",
            "discriminator",
        ],
    ),
];

/// Applicators whose subschemas describe the same instance as their parent.
const IN_PLACE_LISTS: &[&str] = &["allOf", "anyOf", "oneOf"];
const IN_PLACE_SINGLE: &[&str] = &["not", "if", "then", "else"];

/// Applicators whose subschemas describe a child of the instance (a property, an item).
const CHILD_MAPS: &[&str] = &[
    "properties",
    "patternProperties",
    "$defs",
    "dependentSchemas",
];
const CHILD_LISTS: &[&str] = &["prefixItems"];
const CHILD_SINGLE: &[&str] = &[
    "items",
    "additionalProperties",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
];

/// Rewrites `schema` and, depth first, every subschema. `context` is the `type` of the schema this
/// one is an in-place branch of, if any.
fn visit(schema: &mut Map<String, Value>, context: Option<&Value>, defs: &Map<String, Value>) {
    integer_format_to_range(schema);
    single_integer_to_const(schema);
    add_discriminator(schema);
    add_missing_type(schema, context, defs);

    let own = schema.get("type").cloned();
    let inherited = own.as_ref().or(context).cloned();
    for key in IN_PLACE_LISTS {
        if let Some(Value::Array(branches)) = schema.get_mut(*key) {
            for branch in branches.iter_mut().filter_map(Value::as_object_mut) {
                visit(branch, inherited.as_ref(), defs);
            }
        }
    }
    for key in IN_PLACE_SINGLE {
        if let Some(Value::Object(branch)) = schema.get_mut(*key) {
            visit(branch, inherited.as_ref(), defs);
        }
    }
    for key in CHILD_MAPS {
        if let Some(Value::Object(children)) = schema.get_mut(*key) {
            for child in children.values_mut().filter_map(Value::as_object_mut) {
                visit(child, None, defs);
            }
        }
    }
    for key in CHILD_LISTS {
        if let Some(Value::Array(children)) = schema.get_mut(*key) {
            for child in children.iter_mut().filter_map(Value::as_object_mut) {
                visit(child, None, defs);
            }
        }
    }
    for key in CHILD_SINGLE {
        if let Some(Value::Object(child)) = schema.get_mut(*key) {
            visit(child, None, defs);
        }
    }
}

/// The range of the Rust integer a schemars `format` names.
fn integer_range(format: &str) -> Option<(i128, i128)> {
    Some(match format {
        "uint8" => (0, u8::MAX.into()),
        "uint16" => (0, u16::MAX.into()),
        "uint32" => (0, u32::MAX.into()),
        "uint64" | "uint" => (0, u64::MAX.into()),
        "int8" => (i8::MIN.into(), i8::MAX.into()),
        "int16" => (i16::MIN.into(), i16::MAX.into()),
        "int32" => (i32::MIN.into(), i32::MAX.into()),
        "int64" | "int" => (i64::MIN.into(), i64::MAX.into()),
        _ => return None,
    })
}

/// A JSON number holding `value`, which is within `i64` or `u64`.
fn integer_value(value: i128) -> Value {
    u64::try_from(value)
        .map(Value::from)
        .or_else(|_| i64::try_from(value).map(Value::from))
        .unwrap_or(Value::Null)
}

/// An integer bound already in the schema, if it is a whole number.
fn integer_bound(schema: &Map<String, Value>, key: &str) -> Option<i128> {
    let bound = schema.get(key)?;
    bound
        .as_i64()
        .map(i128::from)
        .or_else(|| bound.as_u64().map(i128::from))
}

fn integer_format_to_range(schema: &mut Map<String, Value>) {
    let Some((low, high)) = schema
        .get("format")
        .and_then(Value::as_str)
        .and_then(integer_range)
    else {
        return;
    };
    schema.remove("format");
    let low = integer_bound(schema, "minimum").map_or(low, |own| own.max(low));
    let high = integer_bound(schema, "maximum").map_or(high, |own| own.min(high));
    schema.insert("minimum".to_owned(), integer_value(low));
    schema.insert("maximum".to_owned(), integer_value(high));
}

fn single_integer_to_const(schema: &mut Map<String, Value>) {
    if schema.get("type") != Some(&json!("integer")) || schema.contains_key("const") {
        return;
    }
    match (
        integer_bound(schema, "minimum"),
        integer_bound(schema, "maximum"),
    ) {
        (Some(low), Some(high)) if low == high => {
            schema.remove("minimum");
            schema.remove("maximum");
            schema.insert("const".to_owned(), integer_value(low));
        }
        _ => {}
    }
}

/// The tag property every branch of a `oneOf` pins with a `const` and requires, if there is one.
fn tag_of(branches: &[Value]) -> Option<String> {
    let first = branches.first()?.as_object()?;
    let candidates = first.get("properties")?.as_object()?.keys();
    candidates
        .filter(|name| {
            branches.iter().all(|branch| {
                let pinned = branch
                    .pointer(&format!("/properties/{name}/const"))
                    .is_some_and(Value::is_string);
                let required = branch
                    .get("required")
                    .and_then(Value::as_array)
                    .is_some_and(|required| required.iter().any(|r| r == name.as_str()));
                pinned && required
            })
        })
        .min_by_key(|name| (name.as_str() != "type", name.as_str().to_owned()))
        .cloned()
}

fn add_discriminator(schema: &mut Map<String, Value>) {
    if schema.contains_key("discriminator") {
        return;
    }
    let Some(Value::Array(branches)) = schema.get("oneOf") else {
        return;
    };
    if branches.len() < 2 {
        return;
    }
    let Some(tag) = tag_of(branches) else {
        return;
    };
    let mut tags: Vec<&Value> = branches
        .iter()
        .filter_map(|branch| branch.pointer(&format!("/properties/{tag}/const")))
        .collect();
    let count = tags.len();
    tags.sort_by_key(|tag| tag.to_string());
    tags.dedup();
    if tags.len() != count {
        return;
    }
    schema.insert("discriminator".to_owned(), json!({ "propertyName": tag }));
}

fn add_missing_type(
    schema: &mut Map<String, Value>,
    context: Option<&Value>,
    defs: &Map<String, Value>,
) {
    if ["type", "const", "enum"]
        .iter()
        .any(|key| schema.contains_key(*key))
    {
        return;
    }
    let mut families = TYPED_KEYWORDS
        .iter()
        .filter(|(_, keywords)| keywords.iter().any(|keyword| schema.contains_key(*keyword)))
        .map(|(family, _)| *family);
    let Some(family) = families.next() else {
        return;
    };
    let inferred = if families.next().is_some() {
        None
    } else {
        Some(Value::from(family))
    };
    let referenced = schema
        .get("$ref")
        .and_then(Value::as_str)
        .map(|target| defs.get(target).cloned());
    let kind = match referenced {
        // A `$ref` to a schema of unknown type is left alone: any type we add could contradict it.
        Some(target) => target,
        None => context.cloned().or(inferred),
    };
    if let Some(kind) = kind {
        schema.insert("type".to_owned(), kind);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(mut schema: Value) -> Value {
        if let Some(object) = schema.as_object_mut() {
            let defs = definition_types(object);
            visit(object, None, &defs);
        }
        schema
    }

    #[test]
    fn integer_formats_become_ranges_within_any_stated_range() {
        let out = run(json!({"type": "integer", "format": "uint8", "minimum": 0}));
        assert_eq!(
            out,
            json!({"type": "integer", "minimum": 0, "maximum": 255})
        );
        let out = run(json!({"type": "integer", "format": "uint16", "minimum": 1, "maximum": 90}));
        assert_eq!(out, json!({"type": "integer", "minimum": 1, "maximum": 90}));
        let out = run(json!({"type": "integer", "format": "uint32", "minimum": 0}));
        assert_eq!(out["maximum"], json!(4_294_967_295_u64));
        let out = run(json!({"type": "integer", "format": "uint"}));
        assert_eq!(out["maximum"], json!(u64::MAX));
        let out = run(json!({"type": "integer", "format": "int64"}));
        assert_eq!(out["minimum"], json!(i64::MIN));
        let out = run(json!({"type": "string", "format": "date-time"}));
        assert_eq!(out, json!({"type": "string", "format": "date-time"}));
    }

    #[test]
    fn a_single_integer_becomes_a_const() {
        let out = run(json!({"type": "integer", "format": "uint8", "minimum": 1, "maximum": 1}));
        assert_eq!(out, json!({"type": "integer", "const": 1}));
        let out = run(json!({"type": "number", "minimum": 1, "maximum": 1}));
        assert_eq!(out, json!({"type": "number", "minimum": 1, "maximum": 1}));
    }

    #[test]
    fn branches_inherit_the_type_of_their_parent_or_take_the_one_their_keywords_imply() {
        let out = run(json!({
            "type": "integer",
            "anyOf": [{"maximum": 4}, {"not": {"minimum": 9}}],
            "properties": {"share": {"minimum": 0, "maximum": 1}, "any": {"description": "x"}}
        }));
        assert_eq!(out["anyOf"][0], json!({"type": "integer", "maximum": 4}));
        assert_eq!(
            out["anyOf"][1]["not"],
            json!({"type": "integer", "minimum": 9})
        );
        assert_eq!(out["properties"]["share"]["type"], json!("number"));
        assert_eq!(out["properties"]["any"], json!({"description": "x"}));
        let out = run(json!({"properties": {}, "minLength": 1}));
        assert!(out.get("type").is_none(), "two families: no single type");
        let out = run(json!({"$ref": "#/$defs/X", "maximum": 1}));
        assert!(out.get("type").is_none(), "unknown definition");
        let out = run(json!({
            "$defs": {"Decimal": {"type": "number"}},
            "properties": {"total": {"$ref": "#/$defs/Decimal", "maximum": 1}}
        }));
        assert_eq!(out["properties"]["total"]["type"], json!("number"));
    }

    #[test]
    fn tagged_unions_get_a_discriminator() {
        let branch = |tag: &str| {
            json!({
                "type": "object",
                "properties": {"type": {"type": "string", "const": tag}, "at": {"type": "string"}},
                "required": ["type", "at"]
            })
        };
        let out = run(json!({"oneOf": [branch("a"), branch("b")]}));
        assert_eq!(out["discriminator"], json!({"propertyName": "type"}));
        assert_eq!(out["type"], json!("object"));
        let out = run(json!({"oneOf": [branch("a"), branch("a")]}));
        assert!(out.get("discriminator").is_none(), "tags must be distinct");
        let out = run(json!({"oneOf": [branch("a"), {"type": "string"}]}));
        assert!(out.get("discriminator").is_none(), "every branch tagged");
        let out = run(json!({"oneOf": [branch("a")]}));
        assert!(out.get("discriminator").is_none());
    }
}
