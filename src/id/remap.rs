//! The version step that reads identifiers written before the id alphabet
//! ([`crate::id`]), driven by the document's own schema: every string the schema types as an
//! identifier (its `pattern` is the id alphabet's), anywhere in the document and in the documents
//! it embeds, is mapped through [`legacy_id`](crate::id::legacy_id) when it is outside the
//! alphabet, and its original text kept in the document's `legacy_ids` ([`LegacyIds`]).
//!
//! The schema is the one list of which fields are ids: a field added to a type is covered without
//! another list to keep. Inside a tagged union only the variants whose tag matches the value are
//! followed, so a field of the same name in another variant is never touched. A string that was
//! not a format-1 id either (empty, too long, a control character) is left as it is, for the read
//! that follows to refuse.
//!
//! It lives beside the id rules it applies, below every document, so the event log's own upgrade
//! (`program`) and the registry's `(v2 ids)` rows (`schema`) both call down to it. Its tests walk
//! real documents' schemas (a session record, an event), which only tests may name.

use schemars::JsonSchema;
use serde_json::{Map, Value};

use super::{ID_PATTERN, LegacyIds};
use crate::version::{SchemaVersion, VersionError, Versioned};

/// The name of the field the original texts are kept in.
pub(crate) const FIELD: &str = "legacy_ids";

/// Maps the ids of `object`, a document of type `T` named `document` read from `from`, and adds
/// `legacy_ids` when one was mapped.
///
/// # Errors
///
/// [`VersionError::UnmappedValue`] when the document already has `legacy_ids`: a document
/// written before the alphabet cannot have one.
pub(crate) fn map_ids<T: JsonSchema>(
    document: &'static str,
    from: SchemaVersion,
    object: &mut Map<String, Value>,
) -> Result<(), VersionError> {
    if object.contains_key(FIELD) {
        return Err(VersionError::UnmappedValue {
            document,
            from,
            field: FIELD.to_owned(),
            reason: "a document written before the id alphabet has no legacy_ids",
        });
    }
    let schema = crate::json::contract::settings()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value();
    let defs = schema.get("$defs").cloned().unwrap_or(Value::Null);
    let mut ids = LegacyIds::default();
    let mut whole = Value::Object(std::mem::take(object));
    walk(&schema, &defs, &mut whole, &mut ids, 0);
    if let Value::Object(mapped) = whole {
        *object = mapped;
    }
    if !ids.is_empty() {
        let value = serde_json::to_value(&ids).map_err(|_| VersionError::UnmappedValue {
            document,
            from,
            field: FIELD.to_owned(),
            reason: "cannot be written",
        })?;
        object.insert(FIELD.to_owned(), value);
    }
    Ok(())
}

/// The `1 -> 2` step of a document whose only change is the id alphabet: its ids mapped.
///
/// # Errors
///
/// The errors of [`map_ids`].
pub(crate) fn ids_v1_to_v2<T: Versioned + JsonSchema>(
    mut object: Map<String, Value>,
) -> Result<Map<String, Value>, VersionError> {
    map_ids::<T>(T::DOCUMENT, SchemaVersion::V1, &mut object)?;
    Ok(object)
}

/// The schema `node` refers to, when it is a `$ref` into `defs`.
fn target<'a>(node: &'a Value, defs: &'a Value) -> Option<&'a Value> {
    let name = node.get("$ref")?.as_str()?.strip_prefix("#/$defs/")?;
    defs.get(name)
}

/// Follows `value` through its schema `node`, mapping every identifier on the way.
fn walk(node: &Value, defs: &Value, value: &mut Value, ids: &mut LegacyIds, depth: u32) {
    // Schemas of recursive types refer to themselves; the value is finite, the guard is for a
    // chain of references that never reaches a keyword.
    if depth > 128 {
        return;
    }
    if let Some(referred) = target(node, defs) {
        walk(referred, defs, value, ids, depth + 1);
    }
    if node.get("pattern").and_then(Value::as_str) == Some(ID_PATTERN) {
        if let Value::String(text) = value
            && let Some(mapped) = ids.map(text)
        {
            *text = mapped;
        }
        return;
    }
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = node.get("properties") {
                for (key, inner) in map.iter_mut() {
                    if let Some(child) = properties.get(key) {
                        walk(child, defs, inner, ids, depth + 1);
                    }
                }
            }
        }
        Value::Array(items) => {
            if let Some(item) = node.get("items") {
                for inner in items {
                    walk(item, defs, inner, ids, depth + 1);
                }
            }
        }
        _ => {}
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        for branch in node
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if fits(branch, defs, value) {
                walk(branch, defs, value, ids, depth + 1);
            }
        }
    }
}

/// Whether `value` has every constant property (the tag of a tagged union's variant) that the
/// schema `branch` requires.
fn fits(branch: &Value, defs: &Value, value: &Value) -> bool {
    let branch = target(branch, defs).unwrap_or(branch);
    let Some(Value::Object(properties)) = branch.get("properties") else {
        return true;
    };
    properties
        .iter()
        .all(|(key, property)| match property.get("const") {
            Some(constant) => value.get(key) == Some(constant),
            None => true,
        })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::legacy_id;
    use super::*;

    fn object(value: Value) -> Map<String, Value> {
        match value {
            Value::Object(map) => map,
            _ => Map::new(),
        }
    }

    #[test]
    fn only_identifier_fields_are_mapped_and_their_text_kept() {
        // A session record: `session` is an id, `notes` (free text) is not.
        let mut document = object(json!({
            "schema_version": 1, "session": "week 1", "number": 1,
            "status": {"state": "completed", "notes": "week 1"}
        }));
        map_ids::<crate::SessionRecord>("session_record", SchemaVersion::V1, &mut document)
            .unwrap();
        assert_eq!(document["session"], json!(legacy_id("week 1")));
        assert_eq!(document["status"]["notes"], json!("week 1"));
        assert_eq!(document[FIELD], json!({ legacy_id("week 1"): "week 1" }));
    }

    #[test]
    fn a_document_without_legacy_ids_is_left_as_it_is() {
        let original = object(json!({"schema_version": 1, "session": "s-1", "number": 1}));
        let mut document = original.clone();
        map_ids::<crate::SessionRecord>("session_record", SchemaVersion::V1, &mut document)
            .unwrap();
        assert_eq!(document, original);
    }

    #[test]
    fn a_format_1_document_cannot_bring_its_own_legacy_ids() {
        let mut document = object(json!({"session": "s-1", "legacy_ids": {}}));
        let error =
            map_ids::<crate::SessionRecord>("session_record", SchemaVersion::V1, &mut document)
                .unwrap_err();
        assert!(matches!(error, VersionError::UnmappedValue { ref field, .. } if field == FIELD));
    }

    #[test]
    fn only_the_variant_the_tag_names_is_followed() {
        // `actor.id` is an id only for a clinician; a patient actor has no `id` property.
        let mut document = object(json!({
            "at": "2026-01-05T09:00:00Z",
            "actor": {"role": "clinician", "id": "dr smith"},
            "event": {"type": "enrolled"}
        }));
        map_ids::<crate::program::Event>("event", SchemaVersion::V1, &mut document).unwrap();
        assert_eq!(document["actor"]["id"], json!(legacy_id("dr smith")));
        let mut other = object(json!({
            "at": "2026-01-05T09:00:00Z",
            "actor": {"role": "teleporter", "id": "dr smith"},
            "event": {"type": "enrolled"}
        }));
        map_ids::<crate::program::Event>("event", SchemaVersion::V1, &mut other).unwrap();
        assert_eq!(other["actor"]["id"], json!("dr smith"));
    }
}
