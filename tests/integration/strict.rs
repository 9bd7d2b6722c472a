//! Strict readers, across the catalog: dates and instants in RFC 3339 only, structs only as
//! objects. Both were known disagreements between the types and their schemas (the type read
//! what the schema refused), exempted in the robustness property until the readers refused them.

use std::fs;

use pain_reprocessing::schema::{self, SchemaEntry};
use serde_json::{Value, json};

use crate::support::{schema_dir, schema_verdict, validator};

/// Every valid fixture of every catalog entry, with its entry.
fn fixtures() -> Vec<(SchemaEntry, String, Value)> {
    let mut out = Vec::new();
    for entry in schema::catalog() {
        let dir = schema_dir()
            .join("fixtures")
            .join(entry.name())
            .join("valid");
        let Ok(files) = fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<_> = files.map(|file| file.unwrap().path()).collect();
        paths.sort();
        for path in paths {
            let text = fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            out.push((*entry, name, serde_json::from_str(&text).unwrap()));
        }
    }
    out
}

/// The JSON pointer of every string (`strings`) or object (`!strings`) in `value`.
fn pointers(value: &Value, here: String, strings: bool, out: &mut Vec<String>) {
    match value {
        Value::String(_) if strings => out.push(here),
        Value::Object(map) => {
            if !strings {
                out.push(here.clone());
            }
            for (key, item) in map {
                let key = key.replace('~', "~0").replace('/', "~1");
                pointers(item, format!("{here}/{key}"), strings, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{here}/{i}"), strings, out);
            }
        }
        _ => {}
    }
}

/// Whether `text` is spelled as an RFC 3339 date (`Some(false)`) or date-time (`Some(true)`).
fn date_like(text: &str) -> Option<bool> {
    let b = text.as_bytes();
    let date = b.len() >= 10
        && b.iter().take(10).enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
    match b.get(10) {
        None if date => Some(false),
        Some(b'T') if date && b.len() >= 20 => Some(true),
        _ => None,
    }
}

/// Spellings chrono's own reader takes and RFC 3339 does not, for a date or a date-time.
fn lenient(text: &str, date_time: bool) -> Vec<String> {
    let (date, rest) = text.split_at(10);
    let (year, month_day) = date.split_at(4);
    let mut out = vec![
        format!("+{year}{month_day}{rest}"),
        format!("{year} {month_day}{rest}"),
    ];
    if date_time {
        out.push(format!("{date} {}", &rest[1..]));
        out.push(format!("{date}T{} ", &rest[1..]));
        if let Some(utc) = rest.strip_suffix('Z') {
            out.push(format!("{date}{utc}UTC"));
        }
    } else {
        out.push(format!("{date} "));
    }
    out
}

/// Every date and instant that every valid fixture holds, respelt as chrono would also read it:
/// the crate refuses each with an error naming the field and the RFC 3339 form, and the schema
/// refuses it too. A date field read without `crate::json::rfc3339` fails here by name.
#[test]
fn lenient_date_spellings_are_refused_in_every_field_of_every_fixture() {
    let mut checked = 0;
    for (entry, file, document) in fixtures() {
        let validator = validator(entry.name());
        let mut strings = Vec::new();
        pointers(&document, String::new(), true, &mut strings);
        for pointer in strings {
            let Some(Value::String(text)) = document.pointer(&pointer) else {
                continue;
            };
            let Some(date_time) = date_like(text) else {
                continue;
            };
            for spelling in lenient(text, date_time) {
                let mut broken = document.clone();
                *broken.pointer_mut(&pointer).unwrap() = Value::String(spelling.clone());
                let what = if date_time { "date-time" } else { "date" };
                let field = pointer.trim_start_matches('/').replace('/', ".");
                let error = entry.read(&broken).expect_err(&format!(
                    "{} {file}: {pointer} = {spelling:?} was accepted",
                    entry.name()
                ));
                assert!(
                    error.starts_with(&format!("invalid {what}: expected an RFC 3339")),
                    "{} {file} {pointer} {spelling:?}: {error}",
                    entry.name()
                );
                // The field, or the tagged enum around it when the tag came after the fields
                // (`status` for `status.at`: the enum is read from a buffer there).
                let named = error
                    .rsplit_once(", at `")
                    .map(|(_, at)| {
                        at.trim_end_matches('`')
                            .replace(['[', ']'], ".")
                            .replace("..", ".")
                    })
                    .unwrap_or_default();
                assert!(
                    !named.is_empty() && field.starts_with(named.trim_end_matches('.')),
                    "{} {file}: the error does not name {field}: {error}",
                    entry.name()
                );
                assert!(
                    entry
                        .read_slice(broken.to_string().as_bytes())
                        .is_err_and(|e| e.starts_with(&format!("invalid {what}"))),
                    "{} {file}: {pointer} = {spelling:?}",
                    entry.name()
                );
                assert!(
                    schema_verdict(&validator, &broken).is_err(),
                    "{} {file}: the schema accepts {pointer} = {spelling:?}",
                    entry.name()
                );
                checked += 1;
            }
        }
    }
    // Fixtures hold dates in many documents; a walk that found none would check nothing.
    assert!(checked > 100, "only {checked} spellings checked");
}

/// Every object in every valid fixture, replaced by the array of its values, is refused. (Where
/// the values happen to be in declaration order, as in `{"mean": …, "sd": …}`, serde's derived
/// reader took the array as the struct.)
#[test]
fn no_object_in_any_fixture_may_be_written_as_an_array() {
    let mut checked = 0;
    for (entry, file, document) in fixtures() {
        let mut objects = Vec::new();
        pointers(&document, String::new(), false, &mut objects);
        for pointer in objects {
            let mut broken = document.clone();
            let slot = broken.pointer_mut(&pointer).unwrap();
            let values: Vec<Value> = slot.as_object().unwrap().values().cloned().collect();
            *slot = Value::Array(values);
            let error = entry.read(&broken).expect_err(&format!(
                "{} {file}: the object at {pointer:?} was read from an array",
                entry.name()
            ));
            assert!(
                error.contains("invalid type: sequence"),
                "{} {file} {pointer}: {error}",
                entry.name()
            );
            assert!(
                entry.read_slice(broken.to_string().as_bytes()).is_err(),
                "{} {file}: {pointer}",
                entry.name()
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} objects checked");
}

/// The two disagreements the robustness property used to exempt, by name.
#[test]
fn the_formerly_exempt_documents_are_refused_by_type_and_schema() {
    let read = |name: &str, document: Value| {
        let entry = schema::find(name).unwrap();
        assert!(
            schema_verdict(&validator(name), &document).is_err(),
            "{name}"
        );
        entry.read(&document).unwrap_err()
    };
    // serde's sequence form of a struct, at the top and nested.
    assert_eq!(
        read("population", json!([1, 1])),
        "invalid type: sequence, expected an object"
    );
    let mut record: Value = serde_json::from_str(
        &fs::read_to_string(
            schema_dir().join("fixtures/session_record/valid/cancelled_by_patient.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let reschedule = record["reschedules"][0].take();
    record["reschedules"][0] = json!([reschedule["from"], reschedule["to"]]);
    assert_eq!(
        read("session_record", record),
        "invalid type: sequence, expected an object, at `reschedules[0]`"
    );
    // chrono's one-digit day, which the schema's `date` format refuses.
    let assignment = json!({"assigned_on": "1900-01-1", "due": "1900-03-01", "resource": "r-1", "schema_version": 1});
    assert_eq!(
        read("resource_assignment", assignment),
        "invalid date: expected an RFC 3339 full date, such as 2026-03-02 (YYYY-MM-DD), at \
         `assigned_on`"
    );
}

/// What plain serde does (docs/json.md, "Strictness"): dates are strict everywhere, because every
/// date field reads through the crate's RFC 3339 reader; the sequence form is refused only by the
/// crate's readers, which wrap the deserializer.
#[test]
fn plain_serde_reads_dates_strictly_but_still_takes_the_sequence_form() {
    use pain_reprocessing::outcomes::Population;
    use pain_reprocessing::sessions::{SessionPlan, SessionRecord};

    let plan =
        fs::read_to_string(schema_dir().join("fixtures/session_plan/valid/second_session.json"))
            .unwrap();
    assert!(serde_json::from_str::<SessionPlan>(&plan).is_ok());
    let lenient = plan.replace("2026-03-09T15:00:00Z", "2026-03-09 15:00:00Z");
    assert!(
        serde_json::from_str::<SessionPlan>(&lenient)
            .unwrap_err()
            .to_string()
            .starts_with("invalid date-time: expected an RFC 3339 date-time")
    );

    assert!(serde_json::from_str::<Population>("[1, 1]").is_ok());
    let mut record: Value = serde_json::from_str(
        &fs::read_to_string(
            schema_dir().join("fixtures/session_record/valid/cancelled_by_patient.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let reschedule = record["reschedules"][0].take();
    record["reschedules"][0] = json!([reschedule["from"], reschedule["to"]]);
    assert!(serde_json::from_value::<SessionRecord>(record.clone()).is_ok());
    assert!(
        schema::find("session_record")
            .unwrap()
            .read(&record)
            .is_err()
    );
}
