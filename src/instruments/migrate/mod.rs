//! Upgrades of stored instrument documents from format 1, as pure steps over JSON, for
//! [`versioning`](crate::versioning) and for every document that embeds a response, a score or an
//! instrument id (protocols, goals, REDCap mappings, outcome summaries, event logs, programs).
//!
//! Format 1 (before 2026-12) differs from format 2 in two ways:
//!
//! - **Ids.** Format 1 called the Boulder PROMIS sleep set `promis_sleep_disturbance_8b`; that item
//!   set is short form 8a (clinical reference §3.12, corrected, `[S92]` `[S24]`), now
//!   `promis_sleep_disturbance_8a`, and `promis_sleep_disturbance_8b` names the real 8b. Format 1's
//!   `promis_depression_8b` is the Boulder depression set, now `promis_depression_8a` (likely 8a,
//!   UNVERIFIED; the raw sum does not depend on the name). The items, their order and the reversed
//!   items of both sets are unchanged, so a stored score keeps its total.
//! - **Scores.** Each subscale says how its own missing items were handled, and a score's
//!   `missing_handling` is its total's (format 1 wrote `mean_of_answered` on a BPI-SF score whose
//!   total was complete, even when interference had too few answers to be scored).

use serde_json::{Map, Value};

use crate::instruments::bpi::INTERFERENCE_ITEMS;
use crate::versioning::{SchemaVersion, VersionError};

/// A migration step: one document's JSON object from one version to the next.
pub(crate) type Step = fn(Map<String, Value>) -> Result<Map<String, Value>, VersionError>;

/// Format 1 ids and the ids of the same item sets in format 2.
pub(crate) const RENAMED_IDS: &[(&str, &str)] = &[
    ("promis_sleep_disturbance_8b", "promis_sleep_disturbance_8a"),
    ("promis_depression_8b", "promis_depression_8a"),
];

/// The format 2 id of format 1's instrument id `id` (unchanged unless renamed).
pub(crate) fn current_id_v1(id: &str) -> &str {
    RENAMED_IDS
        .iter()
        .find(|(old, _)| *old == id)
        .map_or(id, |(_, new)| new)
}

/// Renames a format 1 instrument id held in `value` (a JSON string) to its format 2 id; any other
/// value is left as it is (the reader refuses it later, naming it).
pub(crate) fn upgrade_instrument_id_v1(value: &mut Value) {
    if let Value::String(id) = value {
        let current = current_id_v1(id);
        if current != id {
            *id = current.to_owned();
        }
    }
}

/// Renames the instrument id at `key` of `object`, if any.
pub(crate) fn upgrade_instrument_field_v1(object: &mut Map<String, Value>, key: &str) {
    if let Some(value) = object.get_mut(key) {
        upgrade_instrument_id_v1(value);
    }
}

/// Renames every instrument id in the array at `key` of `object`, if any.
pub(crate) fn upgrade_instrument_list_v1(object: &mut Map<String, Value>, key: &str) {
    if let Some(Value::Array(ids)) = object.get_mut(key) {
        ids.iter_mut().for_each(upgrade_instrument_id_v1);
    }
}

/// Response format 1 to 2: the instrument id is renamed; answers are unchanged (the renamed sets
/// keep their items and order). `schema_version` is set by the caller
/// ([`versioning::upgrade`](crate::versioning::upgrade)) or, embedded, by [`set_version`].
pub(crate) fn upgrade_response_v1(
    mut response: Map<String, Value>,
) -> Result<Map<String, Value>, VersionError> {
    upgrade_instrument_field_v1(&mut response, "instrument");
    Ok(response)
}

/// Score format 1 to 2: the instrument id is renamed, each subscale gains the `missing_handling`
/// of its own items, and the score's `missing_handling` becomes its total's. The total, band and
/// every other field are kept as they were.
///
/// A format 1 BPI-SF score that said `mean_of_answered` had a complete severity (its total): it
/// becomes `complete`, its interference subscale (when present) `mean_of_answered`. PCS subscales
/// were reported only when complete: `complete`.
///
/// # Errors
///
/// [`VersionError::UnmappedValue`] when `subscales` is not an array of objects or
/// `missing_items` is not an array of item numbers.
pub(crate) fn upgrade_score_v1(
    mut score: Map<String, Value>,
) -> Result<Map<String, Value>, VersionError> {
    let bad = |field: &str, reason: &'static str| VersionError::UnmappedValue {
        document: "score",
        from: SchemaVersion::V1,
        field: field.to_owned(),
        reason,
    };
    upgrade_instrument_field_v1(&mut score, "instrument");
    let missing: Vec<u64> = match score.get("missing_items") {
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| {
                item.as_u64()
                    .ok_or_else(|| bad("missing_items", "must be an array of item numbers"))
            })
            .collect::<Result<_, _>>()?,
        _ => return Err(bad("missing_items", "must be an array of item numbers")),
    };
    let missing_among = |items: &[u8]| {
        missing
            .iter()
            .filter(|&&item| items.iter().any(|&i| u64::from(i) == item))
            .count()
    };
    let bpi = score.get("instrument").and_then(Value::as_str) == Some("bpi_sf");
    let total_handling = score
        .get("missing_handling")
        .and_then(Value::as_str)
        .map(str::to_owned);
    if bpi && total_handling.as_deref() == Some("mean_of_answered") {
        // Format 1 said so when severity was complete and some interference item missing.
        score.insert("missing_handling".into(), Value::from("complete"));
    }
    let severity_handling = score.get("missing_handling").cloned();
    let Some(Value::Array(subscales)) = score.get_mut("subscales") else {
        return Err(bad("subscales", "must be an array of subscale objects"));
    };
    for subscale in subscales.iter_mut() {
        let Value::Object(subscale) = subscale else {
            return Err(bad("subscales", "must be an array of subscale objects"));
        };
        let handling = match subscale.get("subscale").and_then(Value::as_str) {
            Some("severity") => severity_handling.clone().unwrap_or(Value::Null),
            Some("interference") => {
                // Format 1 reported interference only when valid (at least
                // 4 of 7 answered): complete, or the mean of the answered.
                Value::from(if missing_among(INTERFERENCE_ITEMS) == 0 {
                    "complete"
                } else {
                    "mean_of_answered"
                })
            }
            _ => Value::from("complete"),
        };
        subscale.insert("missing_handling".into(), handling);
    }
    // A prorated severity stays `prorated`, on the score and on its severity subscale.
    Ok(score)
}

/// Sets the `schema_version` of an embedded document to `version` (a standalone document's is
/// set by [`versioning::upgrade`](crate::versioning::upgrade)).
pub(crate) fn set_version(document: &mut Map<String, Value>, version: SchemaVersion) {
    document.insert(
        crate::versioning::FIELD.to_owned(),
        Value::from(version.number()),
    );
}

/// Upgrades an embedded format 1 score in place (`value` an object at `schema_version` 1; any
/// other value is left for the reader to refuse).
///
/// # Errors
///
/// As [`upgrade_score_v1`].
pub(crate) fn upgrade_embedded_score_v1(value: &mut Value) -> Result<(), VersionError> {
    upgrade_embedded_v1(value, upgrade_score_v1)
}

/// Upgrades an embedded format 1 response in place, as [`upgrade_embedded_score_v1`].
///
/// # Errors
///
/// As [`upgrade_response_v1`].
pub(crate) fn upgrade_embedded_response_v1(value: &mut Value) -> Result<(), VersionError> {
    upgrade_embedded_v1(value, upgrade_response_v1)
}

/// Upgrades the document embedded at `value` by `step` when it is at `schema_version` 1, and sets
/// it to 2; any other value is left for the reader (a document already at 2 is not touched).
///
/// # Errors
///
/// The step's errors.
pub(crate) fn upgrade_embedded_v1(value: &mut Value, step: Step) -> Result<(), VersionError> {
    let at_v1 = crate::versioning::version_of(value) == Some(1);
    if let (true, Value::Object(object)) = (at_v1, value) {
        let mut upgraded = step(std::mem::take(object))?;
        set_version(&mut upgraded, SchemaVersion::V2);
        *object = upgraded;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
