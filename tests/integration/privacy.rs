//! Privacy: patient identifiers, free text and assessment dates never reach `Debug`, `Display` or an
//! error message.
//!
//! Every test puts [`MARKER`] into each patient-identifying or free-text field of values built
//! through the public API, then asserts the marker shows nowhere the crate formats those values.
//!
//! # Adding a type
//!
//! - A value holding patient data: build it with the marker in every such field and call
//!   [`assert_never_shows!`] (it checks `{:?}`, `{:#?}` and, when the type has one, `Display`).
//! - An error built from patient data: call [`assert_error_hides`] (message, `Debug`, the whole
//!   `source()` chain and the crate-wide [`Error`] it converts to).
//! - A catalog document with free-text or identifying fields: list their JSON pointers in its row
//!   of the registry (`roots!` in `src/schema/roots.rs`, read here as `SchemaEntry::private_fields`); a
//!   test checks the list against the schema's `PatientId`, `Note` and `LegacyIds` fields, and
//!   each pointer then needs a valid fixture that has it (for `legacy_ids`, which is optional, an
//!   object that may hold it: the probe entry is put there under its computed legacy id).

use std::collections::BTreeSet;
use std::fmt::{Debug, Display};
use std::fs;

use chrono::NaiveDate;
use pain_reprocessing::id::{LegacyIds, legacy_id};
use pain_reprocessing::outcomes::{Administration, InstrumentKey, Timepoint, Trajectory};
use pain_reprocessing::schema;
use pain_reprocessing::{Decimal, Direction, Error, Note, PatientId};
use serde_json::{Value, json};

use crate::support::schema_dir;

/// Put into every private field; must never be printed.
const MARKER: &str = "ZZ-PRIVATE-MARKER";

/// `Some(text)` when `T` implements `Display`, `None` otherwise, decided at compile time by autoref:
/// the inherent method (needs `Display`) wins over the blanket trait method.
struct Probe<'a, T>(&'a T);

impl<T: Display> Probe<'_, T> {
    fn display_of(&self) -> Option<String> {
        Some(self.0.to_string())
    }
}

trait NoDisplay {
    fn display_of(&self) -> Option<String> {
        None
    }
}

impl<T> NoDisplay for Probe<'_, T> {}

/// Asserts `$marker` appears in neither `{:?}`, `{:#?}` nor (if implemented) `Display` of `$value`.
/// Evaluates to the `Display` output, if any, so a test can also assert there is none.
macro_rules! assert_never_shows {
    ($marker:expr, $value:expr) => {{
        let value = &$value;
        assert_debug_hides($marker, value);
        #[allow(unused_imports)]
        use NoDisplay as _;
        let display = Probe(value).display_of();
        if let Some(shown) = &display {
            assert!(
                !shown.contains($marker),
                "Display of {} shows the marker: {shown}",
                stringify!($value)
            );
        }
        display
    }};
}

/// Asserts `marker` appears in neither `{:?}` nor `{:#?}` of `value`.
fn assert_debug_hides<T: Debug + ?Sized>(marker: &str, value: &T) {
    for shown in [format!("{value:?}"), format!("{value:#?}")] {
        assert!(!shown.contains(marker), "Debug shows the marker: {shown}");
    }
}

/// Asserts an error built from private input shows `marker` nowhere: its message, its `Debug`, each
/// `source()` in the chain, and the same for the crate-wide [`Error`] it converts into.
fn assert_error_hides<E>(marker: &str, error: E)
where
    E: std::error::Error + Clone + Into<Error> + 'static,
{
    fn chain(marker: &str, error: &(dyn std::error::Error + 'static)) {
        let mut current = Some(error);
        while let Some(error) = current {
            assert!(
                !error.to_string().contains(marker),
                "error message shows the marker: {error}"
            );
            assert_debug_hides(marker, error);
            current = error.source();
        }
    }
    let error = Box::new(error);
    chain(marker, error.as_ref());
    let wrapped: Error = (*error).into();
    chain(marker, &wrapped);
}

/// Text that is invalid for every text rule yet carries the marker: too long, a control character,
/// a non-line-break control, and the marker repeated past every length limit.
fn invalid_texts() -> Vec<String> {
    vec![
        format!("{MARKER}\u{0}"),
        format!("{MARKER}\u{7}"),
        format!("{MARKER}\u{1b}[31m"),
        format!("{MARKER}\u{85}"),
        MARKER.repeat(700),
    ]
}

#[test]
fn patient_ids_never_show() {
    let id = PatientId::new(MARKER).unwrap();
    let display = assert_never_shows!(MARKER, id);
    assert_eq!(display, None, "PatientId must not implement Display");
    assert_never_shows!(MARKER, Some(id.clone()));
    assert_never_shows!(MARKER, vec![id.clone(), id.clone()]);
    // Ordering and hashing do not need the text to be shown either.
    assert_never_shows!(MARKER, std::collections::BTreeSet::from([id]));
}

#[test]
fn notes_never_show() {
    let note = Note::new(format!("{MARKER}\nsecond line\twith a tab")).unwrap();
    let display = assert_never_shows!(MARKER, note);
    assert_eq!(display, None, "Note must not implement Display");
    assert_never_shows!(MARKER, (note.clone(), Some(note)));
}

#[test]
fn the_probe_sees_display() {
    // The probe itself must work, or the `None` assertions above prove nothing.
    assert_eq!(
        {
            #[allow(unused_imports)]
            use NoDisplay as _;
            Probe(&7).display_of()
        },
        Some("7".to_owned())
    );
    let id = pain_reprocessing::ClinicianId::new("dr-1").unwrap();
    assert_eq!(assert_never_shows!(MARKER, id), Some("dr-1".to_owned()));
}

#[test]
fn constructor_errors_never_carry_the_text() {
    for text in invalid_texts() {
        assert_error_hides(MARKER, PatientId::new(text.clone()).unwrap_err());
        assert_error_hides(MARKER, Note::new(text.clone()).unwrap_err());
        assert_error_hides(MARKER, text.parse::<PatientId>().unwrap_err());
        assert_error_hides(MARKER, Note::try_from(text.as_str()).unwrap_err());
    }
}

#[test]
fn deserialization_errors_never_carry_the_text() {
    let mut texts = invalid_texts();
    texts.push(format!("{MARKER}{}", "x".repeat(10_000)));
    for text in texts {
        let json = serde_json::to_string(&text).unwrap();
        for message in [
            serde_json::from_str::<PatientId>(&json).map(drop),
            serde_json::from_str::<Note>(&json).map(drop),
            serde_json::from_value::<PatientId>(Value::String(text.clone())).map(drop),
            serde_json::from_value::<Note>(Value::String(text.clone())).map(drop),
        ]
        .into_iter()
        .filter_map(Result::err)
        .map(|e| e.to_string())
        {
            assert!(!message.contains(MARKER), "{message}");
        }
    }
}

/// Assessment dates are patient data: a trajectory whose dates are out of order names the
/// timepoints, never the dates.
#[test]
fn trajectory_errors_never_carry_dates() {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let (first, second) = (day(1937, 4, 23), day(1936, 11, 2));
    let error = Trajectory::new(
        InstrumentKey::new("bpi_average_pain").unwrap(),
        1,
        Direction::HigherIsWorse,
        vec![
            Administration::new(Timepoint::Baseline, first, Decimal::from_int(6)),
            Administration::new(Timepoint::PostTreatment, second, Decimal::from_int(2)),
        ],
    )
    .unwrap_err();
    for marker in ["1937", "1936", "04-23", "11-02"] {
        assert_error_hides(marker, error.clone());
    }
}

/// Private fields of the registry that no valid fixture reaches yet, so the privacy check below
/// cannot exercise them: each is waiting for a fixture. The test fails when a pointer is neither
/// reached nor listed here, and when a listed one is reached (then remove it).
const AWAITING_FIXTURES: &[(&str, &str)] = &[];

/// The concrete JSON pointers in `value` that `pattern` names, `*` standing for every array item.
fn expand(value: &Value, pattern: &str) -> Vec<String> {
    fn walk(value: &Value, tokens: &[&str], here: String, out: &mut Vec<String>) {
        let Some((first, rest)) = tokens.split_first() else {
            out.push(here);
            return;
        };
        match (first, value) {
            (&"*", Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, rest, format!("{here}/{i}"), out);
                }
            }
            (key, Value::Object(map)) => {
                if let Some(child) = map.get(*key) {
                    walk(child, rest, format!("{here}/{key}"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    if pattern.is_empty() {
        out.push(String::new());
    } else {
        let tokens: Vec<&str> = pattern.trim_start_matches('/').split('/').collect();
        walk(value, &tokens, String::new(), &mut out);
    }
    out
}

#[test]
fn expand_walks_arrays_and_skips_absent_fields() {
    let value = json!({ "a": [{ "b": 1 }, { "c": 2 }, { "b": 3 }], "d": 4 });
    assert_eq!(expand(&value, "/a/*/b"), ["/a/0/b", "/a/2/b"]);
    assert_eq!(expand(&value, "/d"), ["/d"]);
    assert_eq!(expand(&value, ""), [""]);
    assert!(expand(&value, "/e").is_empty());
    assert!(expand(&value, "/d/*").is_empty());
}

/// The pointer patterns of every `PatientId`, `Note` and `LegacyIds` field of a root schema: properties,
/// array items (`*`), `oneOf`/`anyOf`/`allOf` branches and `$defs` references, once each.
fn private_patterns(schema: &Value) -> BTreeSet<String> {
    fn walk(node: &Value, root: &Value, path: &str, depth: u32, out: &mut BTreeSet<String>) {
        if depth > 32 {
            return;
        }
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            let name = reference.trim_start_matches("#/$defs/");
            if name == "PatientId" || name == "Note" || name == "LegacyIds" {
                out.insert(path.to_owned());
                return;
            }
            if let Some(definition) = root.get("$defs").and_then(|defs| defs.get(name)) {
                walk(definition, root, path, depth + 1, out);
            }
        }
        if let Some(Value::Object(properties)) = node.get("properties") {
            for (key, child) in properties {
                walk(child, root, &format!("{path}/{key}"), depth + 1, out);
            }
        }
        if let Some(items) = node.get("items") {
            walk(items, root, &format!("{path}/*"), depth + 1, out);
        }
        for key in ["oneOf", "anyOf", "allOf"] {
            for branch in node
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                walk(branch, root, path, depth + 1, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    if matches!(
        schema.get("title").and_then(Value::as_str),
        Some("PatientId" | "Note")
    ) {
        out.insert(String::new());
    }
    walk(schema, schema, "", 0, &mut out);
    out
}

/// Every registry row lists exactly the `PatientId`, `Note` and `LegacyIds` fields its schema has: a private
/// field added to a type cannot be left out of the privacy check.
#[test]
fn the_registry_lists_every_private_field() {
    let mut rows = 0;
    for entry in schema::catalog() {
        let listed: BTreeSet<String> = entry
            .private_fields()
            .iter()
            .map(|p| (*p).to_owned())
            .collect();
        let found = private_patterns(&entry.schema().to_value());
        assert_eq!(
            listed,
            found,
            "{}: registry (left) vs schema (right)",
            entry.name()
        );
        rows += usize::from(!listed.is_empty());
    }
    assert!(rows >= 15, "{rows} rows with private fields");
}

/// For every private field of every registry row: a valid fixture with the marker in that field,
/// made invalid (in the field itself, or by an unknown field beside it), is rejected with a message
/// that never carries the marker.
#[test]
fn document_errors_never_carry_private_fields() {
    let mut uncovered = Vec::new();
    for entry in schema::catalog() {
        let name = entry.name();
        let pointers = entry.private_fields();
        if pointers.is_empty() {
            continue;
        }
        let dir = schema_dir().join("fixtures").join(name).join("valid");
        let fixtures: Vec<Value> = fs::read_dir(&dir)
            .unwrap_or_else(|_| panic!("{name} needs a valid fixture in {}", dir.display()))
            .map(|f| serde_json::from_str(&fs::read_to_string(f.unwrap().path()).unwrap()).unwrap())
            .collect();
        assert!(!fixtures.is_empty(), "{name} needs a valid fixture");
        for pattern in pointers {
            let mut covered = false;
            for fixture in &fixtures {
                // A pointer applies to the fixtures that have the field (optional fields may be
                // absent); `legacy_ids`, absent when no id was mapped, to every object that may
                // hold it.
                if let Some(parent) = pattern.strip_suffix(LEGACY_IDS) {
                    for pointer in expand(fixture, parent) {
                        if fixture.pointer(&pointer).is_some_and(Value::is_object) {
                            covered = true;
                            check_legacy_ids(entry, fixture, &pointer);
                        }
                    }
                    continue;
                }
                for pointer in expand(fixture, pattern) {
                    covered = true;
                    check_private_field(entry, fixture, &pointer);
                }
            }
            let awaiting = AWAITING_FIXTURES.contains(&(name, *pattern));
            assert!(
                covered != awaiting,
                "{name}{pattern}: reached by a fixture {covered}, listed as awaiting one {awaiting}"
            );
            if !covered {
                uncovered.push(format!("{name}{pattern}"));
            }
        }
    }
    assert_eq!(uncovered.len(), AWAITING_FIXTURES.len(), "{uncovered:?}");
}

/// The last token of the pointer of a document's `legacy_ids`.
const LEGACY_IDS: &str = "/legacy_ids";

/// An id text outside the alphabet (it has spaces) that carries the marker: what a document
/// written before the alphabet may have held as a patient's id.
fn marker_id() -> String {
    format!("{MARKER} of ward 3")
}

/// The `legacy_ids` of the object at `parent` of `fixture` set to an entry whose original text
/// carries the marker, under its own (computed) legacy id, so that the entry passes the key check:
/// the document reads. The same entry broken (a text not of a format-1 id, a key not its text's, a
/// text in the alphabet) and the document broken elsewhere are refused without the marker.
fn check_legacy_ids(entry: &schema::SchemaEntry, fixture: &Value, parent: &str) {
    let name = entry.name();
    let with = |ids: Value| {
        let mut document = fixture.clone();
        if let Some(Value::Object(object)) = document.pointer_mut(parent) {
            object.insert("legacy_ids".to_owned(), ids);
        }
        document
    };
    let text = marker_id();
    let key = legacy_id(&text);
    let valid = with(json!({ key.clone(): text }));
    // The chain of a log covers its events, not the log's own `legacy_ids`: reseal without it.
    let valid = if parent.is_empty() {
        let mut document = valid.clone();
        if let Value::Object(object) = &mut document {
            object.remove("legacy_ids");
        }
        let mut sealed = crate::support::reseal(name, &document);
        if let Value::Object(object) = &mut sealed {
            object.insert("legacy_ids".to_owned(), json!({ key.clone(): marker_id() }));
        }
        sealed
    } else {
        crate::support::reseal(name, &valid)
    };
    assert_eq!(entry.read(&valid), Ok(()), "{name}{parent}/legacy_ids");
    let mut broken: Vec<Value> = invalid_texts()
        .into_iter()
        .map(|text| with(json!({ legacy_id(&text): text })))
        .collect();
    broken.push(with(json!({ key.clone(): format!("{text}!") })));
    broken.push(with(json!({ legacy_id(MARKER): MARKER })));
    let mut elsewhere = valid;
    if let Value::Object(map) = &mut elsewhere {
        map.insert("unexpected_field".to_owned(), json!(1));
    }
    broken.push(elsewhere);
    for document in broken {
        let error = entry
            .read(&document)
            .expect_err("a broken document is rejected");
        assert!(
            !error.contains(MARKER),
            "{name}{parent}/legacy_ids: {error}"
        );
        let bytes = serde_json::to_vec(&document).unwrap();
        let error = entry.read_slice(&bytes).expect_err("rejected as text too");
        assert!(
            !error.contains(MARKER),
            "{name}{parent}/legacy_ids: {error}"
        );
        if let Some(result) = entry.read_versioned(document) {
            let error = result.expect_err("rejected by versioning::read too");
            assert_error_hides(MARKER, error);
        }
    }
}

/// The original text kept in `legacy_ids` never shows: not in the `Debug` of the record, of a
/// document holding it, nor in the error of an entry refused.
#[test]
fn legacy_ids_never_show() {
    let text = marker_id();
    let ids: LegacyIds = serde_json::from_value(json!({ legacy_id(&text): text })).unwrap();
    assert_eq!(ids.original(&legacy_id(&text)), Some(text.as_str()));
    let display = assert_never_shows!(MARKER, ids);
    assert_eq!(display, None, "LegacyIds must not implement Display");
    let path = schema_dir().join("fixtures/session_record/valid/completed_with_notes.json");
    let mut stored: Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    stored["schema_version"] = json!(1);
    stored["session"] = json!(text);
    let record: pain_reprocessing::sessions::SessionRecord =
        pain_reprocessing::versioning::read(stored).unwrap();
    assert_eq!(
        record.legacy_ids().original(&legacy_id(&text)),
        Some(text.as_str())
    );
    assert_debug_hides(MARKER, &record);
    for bad in [
        json!({ legacy_id(&text): format!("{text}!") }),
        json!({ legacy_id(MARKER): MARKER }),
        json!({ legacy_id("\u{7}"): format!("{MARKER}\u{7}") }),
    ] {
        let error = serde_json::from_value::<LegacyIds>(bad)
            .unwrap_err()
            .to_string();
        assert!(!error.contains(MARKER), "{error}");
    }
}

fn check_private_field(entry: &schema::SchemaEntry, fixture: &Value, pointer: &str) {
    let name = entry.name();
    let mut broken = Vec::new();
    for text in invalid_texts() {
        let mut document = fixture.clone();
        *document.pointer_mut(pointer).unwrap() = Value::String(text);
        broken.push(document);
    }
    // The marker valid in its field, the document broken elsewhere.
    let mut document = fixture.clone();
    *document.pointer_mut(pointer).unwrap() = json!(MARKER);
    let mut document = crate::support::reseal(name, &document);
    assert_eq!(entry.read(&document), Ok(()), "{name}{pointer}");
    if let Value::Object(map) = &mut document {
        map.insert("unexpected_field".to_owned(), json!(1));
        broken.push(document);
    }
    for document in broken {
        let error = entry
            .read(&document)
            .expect_err("a broken document is rejected");
        assert!(!error.contains(MARKER), "{name}{pointer}: {error}");
        let bytes = serde_json::to_vec(&document).unwrap();
        let error = entry.read_slice(&bytes).expect_err("rejected as text too");
        assert!(!error.contains(MARKER), "{name}{pointer}: {error}");
        if let Some(result) = entry.read_versioned(document) {
            let error = result.expect_err("rejected by versioning::read too");
            assert_error_hides(MARKER, error);
        }
    }
}

/// Pain attribution's causes through FHIR (issue #19): the words are in the written JSON (the
/// receiving EHR's record of the answers) but never in `Debug` of the written resource or of what
/// is read back, nor in the message or `Debug` of an error refusing a cause.
#[cfg(feature = "fhir")]
#[test]
fn attribution_causes_through_fhir_never_show() {
    use pain_reprocessing::instruments::{AttributionCategory, CodedCause, Response};
    use pain_reprocessing::interop::fhir::{
        ReadOptions, questionnaire_response, read_questionnaire_response,
    };
    let words = format!("stress at work {MARKER}");
    let cause = CodedCause::new(
        Note::new(words.as_str()).unwrap(),
        Some(AttributionCategory::MindBrain),
    );
    let response = Response::pain_attribution(&[Some(1), None, None], vec![cause]).unwrap();
    let written = questionnaire_response(&response);
    assert_never_shows!(MARKER, written);
    let json = serde_json::to_value(&written).unwrap();
    assert_eq!(json["item"][1]["answer"][0]["valueString"], json!(words));
    let back = read_questionnaire_response(&json.to_string(), &ReadOptions::new()).unwrap();
    assert_never_shows!(MARKER, back);
    for bad in [
        format!("{MARKER}\u{7}"),
        format!("{MARKER}\u{1b}[31m"),
        format!("{MARKER}{}", "x".repeat(10_000)),
    ] {
        let mut broken = json.clone();
        broken["item"][1]["answer"][0]["valueString"] = json!(bad);
        let err =
            read_questionnaire_response(&broken.to_string(), &ReadOptions::new()).unwrap_err();
        assert!(!err.to_string().contains(MARKER), "{err}");
        assert_debug_hides(MARKER, &err);
    }
}

/// A goal's valued activity through FHIR: the patient's words are the written `Goal`'s
/// description (the EHR's record), but `Debug` of the resource shows only their length, as it
/// does for the crate's own `TreatmentGoal`.
#[cfg(feature = "fhir")]
#[test]
fn a_goals_activity_through_fhir_never_shows() {
    use chrono::NaiveDate;
    use pain_reprocessing::goals::{GoalId, GoalMeasure, TreatmentGoal};
    use pain_reprocessing::interop::fhir::goal;
    let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
    let words = format!("walk the dog {MARKER}");
    let activity = TreatmentGoal::new(
        GoalId::new("g1").unwrap(),
        Note::new(words.as_str()).unwrap(),
        day(2),
        GoalMeasure::count_per_week(4).unwrap(),
        day(30),
    )
    .unwrap();
    let written = goal(&activity, &PatientId::new("pt-1").unwrap());
    assert_never_shows!(MARKER, written);
    assert_eq!(written.description.text.as_deref(), Some(words.as_str()));
    assert!(
        format!("{written:?}").contains(&format!("<redacted, {} chars>", words.chars().count())),
        "{written:?}"
    );
}

/// A whole program through FHIR for a patient whose id is a valid FHIR id (so it is used as the
/// `Patient` resource's id as it is): the id is in the written resources, where the EHR needs it,
/// but `Debug` of the bundle, its entries and each resource never shows it.
#[cfg(feature = "fhir")]
#[test]
fn a_patients_id_through_fhir_never_shows_in_debug() {
    use pain_reprocessing::interop::fhir::{self, Context};
    let patient = PatientId::new(MARKER).unwrap();
    let (program, records) = crate::fhir::program_for(patient.clone());
    let bundle = fhir::bundle(&program, &records);
    let json = serde_json::to_string(&bundle).unwrap();
    assert!(
        json.contains(&format!("Patient/{MARKER}")),
        "the written bundle refers to the patient"
    );
    assert_debug_hides(MARKER, &bundle);
    for entry in &bundle.entry {
        assert_debug_hides(MARKER, entry);
    }
    let at = "2026-03-04T09:00:00Z".parse().unwrap();
    assert_debug_hides(MARKER, &Context::new(&patient, at));
    let shown = format!("{bundle:?}");
    assert!(shown.contains("Patient/<redacted>"), "{shown}");
}
