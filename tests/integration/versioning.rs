//! Versioned reading on the published fixtures, for every versioned row of the registry
//! (`schema::catalog()`): each valid fixture reads through `versioning::read` as it does through
//! plain serde, and a future version (the committed `schema_version_<current + 1>` fixture, and every valid
//! fixture with its version raised) is refused by the schema, by `versioning::read` and by plain
//! serde with the one `VersionError::Unsupported`.

use std::fmt::Debug;
use std::fs;
use std::path::Path;

use pain_reprocessing::schema::{self, SchemaEntry};
use pain_reprocessing::testing;
use pain_reprocessing::versioning::{self, FIELD, Supported, VersionError, Versioned};
use proptest::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::support::{proptest_config, schema_dir, schema_verdict, validator};

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn valid_fixtures(name: &str) -> Vec<Value> {
    let folder = schema_dir().join("fixtures").join(name).join("valid");
    fs::read_dir(&folder)
        .unwrap_or_else(|_| panic!("{name} has no {}", folder.display()))
        .map(|entry| read_json(&entry.unwrap().path()))
        .collect()
}

/// `document` at a version newer than any this crate reads is refused, with the one error, by the
/// schema, by `versioning::read` and by plain serde.
fn refuses_future(entry: &SchemaEntry, supported: Supported, document: Value, source: &str) {
    let name = entry.name();
    let found = versioning::version_of(&document).unwrap();
    let expected = VersionError::Unsupported {
        document: name,
        found,
        supported,
    };
    assert!(
        schema_verdict(&validator(name), &document).is_err(),
        "{source}: the schema accepts version {found}"
    );
    let bytes = serde_json::to_vec(&document).unwrap();
    // Plain serde names where the bad value is: the `schema_version` field. It reads the versions
    // of the current layout only (older ones are upgraded by `versioning`).
    let plain = format!(
        "{name} schema_version {found} is not supported; supported: {}",
        entry.supported_as_is().unwrap_or(supported)
    );
    assert_eq!(
        entry.read(&document),
        Err(format!("{plain}, at `schema_version`")),
        "{source}: plain serde"
    );
    let by_text = entry.read_slice(&bytes).unwrap_err();
    assert!(
        by_text.starts_with(&plain),
        "{source}: from text: {by_text}"
    );
    assert_eq!(
        entry.read_versioned(document),
        Some(Err(expected)),
        "{source}: versioning::read"
    );
}

#[test]
fn every_versioned_document_reads_its_fixtures_and_refuses_a_future_version() {
    let mut checked = Vec::new();
    for entry in schema::catalog() {
        let Some(supported) = entry.supported() else {
            continue;
        };
        let name = entry.name();
        let current = u64::from(supported.current().number());
        let fixtures = valid_fixtures(name);
        assert!(!fixtures.is_empty(), "{name} has no valid fixture");
        for document in fixtures {
            assert_eq!(versioning::version_of(&document), Some(current), "{name}");
            assert_eq!(entry.read(&document), Ok(()), "{name}: plain serde");
            assert_eq!(
                entry.read_versioned(document.clone()),
                Some(Ok(())),
                "{name}: versioning::read"
            );
            let mut newer = document;
            newer[FIELD] = Value::from(current + 1);
            refuses_future(entry, supported, newer, name);
        }
        let path = schema_dir()
            .join("fixtures")
            .join(name)
            .join(format!("invalid/schema_version_{}.json", current + 1));
        assert!(path.exists(), "{name} needs {}", path.display());
        refuses_future(
            entry,
            supported,
            read_json(&path),
            &path.display().to_string(),
        );
        checked.push(name);
    }
    // The six documents that carried a version but could not be read through `versioning::read`
    // before the registry generated every impl.
    for name in [
        "care_log",
        "concurrent_treatment",
        "treatment_goal",
        "resource",
        "resource_assignment",
        "resource_plan",
    ] {
        assert!(checked.contains(&name), "{name} is not versioned");
    }
}

/// An unversioned registry row has no versioned reader, and its values carry no version.
#[test]
fn unversioned_rows_have_no_versioned_reader() {
    for entry in schema::catalog()
        .iter()
        .filter(|entry| entry.supported().is_none())
    {
        for document in valid_fixtures(entry.name()) {
            assert_eq!(
                entry.read_versioned(document.clone()),
                None,
                "{}",
                entry.name()
            );
            assert_eq!(versioning::version_of(&document), None, "{}", entry.name());
        }
    }
}

fn written_then_read<T: Versioned + Serialize + Debug + PartialEq>(
    value: &T,
) -> Result<(), TestCaseError> {
    let json = serde_json::to_value(value).unwrap();
    prop_assert_eq!(
        versioning::version_of(&json),
        Some(u64::from(T::CURRENT.number()))
    );
    let back: T = versioning::read(json).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(&back, value);
    Ok(())
}

proptest! {
    #![proptest_config(proptest_config(64))]

    #[test]
    fn generated_documents_carry_the_current_version_and_read_back(
        form in testing::intake_form(),
        outcome in testing::screening_outcome(),
        response in testing::response(),
        score in testing::score(),
        record in testing::session_record(),
        homework in testing::homework(),
    ) {
        written_then_read(&form)?;
        written_then_read(&outcome)?;
        written_then_read(&response)?;
        written_then_read(&score)?;
        written_then_read(&record)?;
        written_then_read(&homework)?;
    }
}

proptest! {
    #![proptest_config(proptest_config(32))]

    /// The six documents that became readable through `versioning::read` with the registry.
    #[test]
    fn generated_goal_care_and_resource_documents_read_back_through_versioning(
        goal in testing::treatment_goal(),
        treatment in testing::concurrent_treatment(),
        log in testing::care_log(),
        resource in testing::resource(),
        assignment in testing::resource_assignment(),
        plan in testing::resource_plan(),
    ) {
        written_then_read(&goal)?;
        written_then_read(&treatment)?;
        written_then_read(&log)?;
        written_then_read(&resource)?;
        written_then_read(&assignment)?;
        written_then_read(&plan)?;
    }
}

/// Stored documents written before the id alphabet, with ids such as `dr smith` or `week 1`
/// (`docs/schemas/fixtures/<name>/v1/ids_outside_the_alphabet.json`): each reads, every id
/// outside the alphabet becomes its `legacy_id`, the same one in every document, and the original
/// text is kept in `legacy_ids`.
mod ids_outside_the_alphabet {
    use pain_reprocessing::id::{LegacyIds, legacy_id};
    use pain_reprocessing::program::{EventKind, EventLog};
    use pain_reprocessing::resources::ResourcePlan;
    use pain_reprocessing::sessions::{SessionPlan, SessionRecord};
    use pain_reprocessing::{PracticeLog, schema, versioning};
    use serde_json::Value;

    fn stored(name: &str) -> Value {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs/schemas/fixtures")
            .join(name)
            .join("v1/ids_outside_the_alphabet.json");
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn originals(ids: &LegacyIds) -> Vec<&str> {
        ids.iter().map(|(_, text)| text).collect()
    }

    #[test]
    fn every_document_with_ids_reads_and_keeps_the_original_text() {
        let mut read = 0;
        for entry in schema::catalog() {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("docs/schemas/fixtures")
                .join(entry.name())
                .join("v1/ids_outside_the_alphabet.json");
            if !path.exists() {
                continue;
            }
            let document = stored(entry.name());
            // The same document read as it is, without the step, is refused: the alphabet holds.
            assert!(entry.read(&document).is_err(), "{}", entry.name());
            let upgraded = entry.upgrade(document).unwrap().unwrap();
            assert_eq!(upgraded["schema_version"], 2, "{}", entry.name());
            let kept = upgraded["legacy_ids"].as_object().unwrap();
            assert!(!kept.is_empty(), "{}", entry.name());
            for (id, text) in kept {
                assert_eq!(*id, legacy_id(text.as_str().unwrap()), "{}", entry.name());
            }
            assert_eq!(
                entry.read_versioned(upgraded),
                Some(Ok(())),
                "{}",
                entry.name()
            );
            read += 1;
        }
        assert_eq!(
            read, 14,
            "documents with a stored format-1 id outside the alphabet"
        );
    }

    #[test]
    fn a_session_id_reads_as_the_same_id_in_the_log_and_in_the_session_documents() {
        let week_1 = legacy_id("week 1");
        let log: EventLog = versioning::read(stored("event_log")).unwrap();
        let in_log = log
            .events()
            .iter()
            .find_map(|logged| match logged.event().kind() {
                EventKind::SessionCompleted { session_id: id, .. } if id.as_str() == week_1 => {
                    Some(id.clone())
                }
                _ => None,
            })
            .expect("the completed session `week 1`");
        let plan: SessionPlan = versioning::read(stored("session_plan")).unwrap();
        let record: SessionRecord = versioning::read(stored("session_record")).unwrap();
        let practice: PracticeLog = versioning::read(stored("practice_log")).unwrap();
        assert_eq!(plan.session(), &in_log);
        assert_eq!(record.session(), &in_log);
        assert_eq!(practice.session(), Some(&in_log));
        for ids in [
            log.legacy_ids(),
            plan.legacy_ids(),
            record.legacy_ids(),
            practice.legacy_ids(),
        ] {
            assert_eq!(ids.original(&week_1), Some("week 1"));
        }
        let resources: ResourcePlan = versioning::read(stored("resource_plan")).unwrap();
        assert_eq!(
            originals(resources.legacy_ids()),
            // In the order of the mapped ids.
            {
                let mut texts = vec!["video: pain is a signal", "worksheet/evidence"];
                texts.sort_by_key(|t| legacy_id(t));
                texts
            }
        );
    }

    /// The program document of the same history (`program/v1/ids_outside_the_alphabet.json`: the
    /// log's fields and the state it replays to) reads through the event log's step: the same ids,
    /// the same originals kept, the same chain.
    #[test]
    fn a_stored_program_maps_its_ids_through_the_event_logs_step() {
        use pain_reprocessing::Program;
        assert!(serde_json::from_value::<Program>(stored("program")).is_err());
        let program: Program = versioning::read(stored("program")).unwrap();
        let log: EventLog = versioning::read(stored("event_log")).unwrap();
        assert_eq!(program.id().as_str(), legacy_id("prog 2026/0001"));
        assert_eq!(
            program.legacy_ids().original(&legacy_id("jane doe")),
            Some("jane doe")
        );
        assert_eq!(program.legacy_ids(), log.legacy_ids());
        assert_eq!(program.event_log(), log);
        assert_eq!(program, log.replay().unwrap());
        let from_text =
            versioning::read_slice::<Program>(stored("program").to_string().as_bytes()).unwrap();
        assert_eq!(from_text, program);
    }

    #[test]
    fn the_event_log_maps_every_id_its_schema_names_and_keeps_them_on_write() {
        let log = EventLog::read_json(stored("event_log").to_string().as_bytes()).unwrap();
        let mut texts = originals(log.legacy_ids());
        texts.sort_unstable();
        // `dr okafor` is a clearance's `clinician`, not an `…_id` field: the schema names it.
        assert_eq!(
            texts,
            [
                "dr okafor",
                "dr smith",
                "goal #1",
                "jane doe",
                "prog 2026/0001",
                "week 1"
            ]
        );
        let clearance = log
            .events()
            .iter()
            .find_map(|logged| match logged.event().kind() {
                EventKind::RedFlagCleared { clearance } => Some(clearance.clone()),
                _ => None,
            })
            .unwrap();
        assert_eq!(clearance.clinician().as_str(), legacy_id("dr okafor"));
        // Written back as format 2 and read again: nothing lost, the program the same.
        let program = log.replay().unwrap();
        assert_eq!(program.legacy_ids(), log.legacy_ids());
        let text = serde_json::to_string(&program).unwrap();
        let again: pain_reprocessing::Program = serde_json::from_str(&text).unwrap();
        assert_eq!(again, program);
        let text = serde_json::to_string(&program.event_log()).unwrap();
        assert_eq!(EventLog::read_json(text.as_bytes()).unwrap(), log);
        // A report keeps the ids it shows, never the patient's.
        let report = program.report("2027-03-01T00:00:00Z".parse().unwrap());
        assert_eq!(report.legacy_ids().original(&legacy_id("jane doe")), None);
        assert_eq!(
            report.legacy_ids().original(&legacy_id("prog 2026/0001")),
            Some("prog 2026/0001")
        );
        // The same old file always gives the same chain.
        let twice = EventLog::read_json(stored("event_log").to_string().as_bytes()).unwrap();
        assert_eq!(twice.head_hash(), log.head_hash());
    }
}

/// docs/json.md's versions table, row by row: (documents, writes, `versioning::read` reads,
/// plain serde reads).
fn versions_table() -> Vec<(Vec<String>, String, String, String)> {
    let page = fs::read_to_string(schema_dir().join("../json.md")).unwrap();
    let start = page
        .find("| document | writes |")
        .expect("docs/json.md has the versions table");
    page[start..]
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let names = cells[1]
                .split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect();
            (names, cells[2].into(), cells[3].into(), cells[4].into())
        })
        .collect()
}

#[test]
fn docs_json_md_lists_every_versioned_document_once_with_its_versions() {
    let table = versions_table();
    let mut seen = Vec::new();
    for (names, writes, reads, as_is) in &table {
        for name in names {
            let entry =
                schema::find(name).unwrap_or_else(|| panic!("{name} is not in the catalog"));
            let supported = entry
                .supported()
                .unwrap_or_else(|| panic!("{name} is not versioned"));
            let plain = entry.supported_as_is().unwrap();
            assert_eq!(
                (writes.as_str(), reads.as_str(), as_is.as_str()),
                (
                    supported.current().to_string().as_str(),
                    supported.to_string().as_str(),
                    plain.to_string().as_str()
                ),
                "docs/json.md's row for {name}"
            );
            seen.push(name.clone());
        }
    }
    let mut versioned: Vec<String> = schema::catalog()
        .iter()
        .filter(|entry| entry.supported().is_some())
        .map(|entry| entry.name().to_owned())
        .collect();
    versioned.sort();
    seen.sort();
    assert_eq!(
        seen, versioned,
        "each versioned document once in docs/json.md's table"
    );
}
