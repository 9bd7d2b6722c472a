//! The other direction for the two documents a schema-driven generator cannot reach, `event_log`
//! and `program` (docs/quality.md, "The other direction"): a drawn log holds hundreds of values,
//! any one of which can miss its schema, and its hash chain could never match. So the documents
//! start from histories recorded through `Program::record` (the walkthrough's, a screened-out
//! patient, a safety hold, voids, a late entry), are mutated *within the schema* (one payload
//! field redrawn by the schema-driven generator in bounds, two events swapped, an event dropped,
//! and for a program its stored state redrawn), kept only when the published schema accepts them,
//! and read by the type, twice: as the mutant stands (its envelopes as they were), and resealed
//! (the chain made again over the edited content, as a writer that edits the file and rehashes
//! would), which reaches the guards and the cross-field rules behind the chain.

use std::collections::BTreeMap;

use chrono::{DateTime, TimeDelta, Utc};
use pain_reprocessing::intake::ScreeningDecision;
use pain_reprocessing::program::{
    Actor, ChainError, DischargeReason, Event, EventId, EventKind, EventLog, LogError, Program,
};
use pain_reprocessing::protocol::Protocol;
use pain_reprocessing::{ClinicianId, PatientId, ProgramId, schema, testing};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::shaped::{Draw, shaped};
use crate::support::{schema_dir, schema_verdict, validator};

/// `at` plus `days` days.
fn day(days: i64) -> DateTime<Utc> {
    let start: DateTime<Utc> = "2026-01-05T09:00:00Z".parse().unwrap();
    start + TimeDelta::days(days)
}

fn clinician() -> ClinicianId {
    ClinicianId::new("dr-recorded").unwrap()
}

/// The events of `log` recorded again through `Program::record` under app ids `ev-<n>`, a void
/// pointing at the new id of the event it voids.
fn recorded_again(log: &EventLog) -> Program {
    let replayed = log.replay().unwrap();
    let mut program = Program::new(
        log.program_id().clone(),
        replayed.patient().clone(),
        log.protocol().clone(),
    );
    let mut ids: BTreeMap<EventId, EventId> = BTreeMap::new();
    for (n, logged) in log.events().iter().enumerate() {
        let id = EventId::new(format!("ev-{n}")).unwrap();
        ids.insert(logged.id().clone(), id.clone());
        let event = logged.event().clone();
        let event = match event.kind() {
            EventKind::EventVoided { event_id, reason } => Event::new(
                event.at(),
                event.actor().clone(),
                EventKind::EventVoided {
                    event_id: ids[event_id].clone(),
                    reason: reason.clone(),
                },
            ),
            _ => event,
        };
        program.record(id, event).unwrap();
    }
    program
}

/// A patient screened out (average pain below the threshold) and discharged for it.
fn screened_out() -> Program {
    let mut program = Program::new(
        ProgramId::new("prog-screened-out").unwrap(),
        PatientId::new("pt-screened-out").unwrap(),
        Protocol::boulder_back_pain_study(),
    );
    let outcome = testing::screening_outcome_for(&ScreeningDecision::NotEligible).unwrap();
    program
        .record(
            EventId::new("ev-0").unwrap(),
            Event::screened(outcome, clinician(), day(0)),
        )
        .unwrap();
    program
        .record(
            EventId::new("ev-1").unwrap(),
            Event::new(
                day(1),
                Actor::clinician(clinician()),
                EventKind::Discharged {
                    reason: DischargeReason::NotEligible,
                },
            ),
        )
        .unwrap();
    program
}

/// The histories the mutants start from, each recorded through `Program::record`: every valid
/// `event_log` fixture (the walkthrough's `treatment_completed`, `safety_goals_and_clearances`
/// with a red flag cleared and a safety hold, `voided_and_recorded_again`,
/// `late_entry_and_missed_follow_up`, `first_four_events`) recorded again event by event, and a
/// screened-out patient.
fn recorded_programs() -> Vec<(String, Program)> {
    let dir = schema_dir().join("fixtures/event_log/valid");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    let mut programs: Vec<(String, Program)> = paths
        .iter()
        .map(|path| {
            let log = EventLog::read_json(&std::fs::read(path).unwrap()).unwrap();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, recorded_again(&log))
        })
        .collect();
    programs.push(("screened_out".to_owned(), screened_out()));
    programs
}

/// The chain hash of one event, as docs/quality.md ("Tamper evidence") and `program/chain.rs`
/// define it, written again here as an app in another language would.
fn link(previous: &[u8; 32], seq: u64, id: &str, event: &Event) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(b"pain-reprocessing event log 2\n");
    hasher.update(previous);
    hasher.update(seq.to_be_bytes());
    hasher.update(id.as_bytes());
    hasher.update(b"\n");
    hasher.update(serde_json::to_vec(event).unwrap());
    hasher.finalize().into()
}

fn genesis(program_id: &str) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(b"pain-reprocessing event log 2\n");
    hasher.update(b"genesis\n");
    hasher.update(program_id.as_bytes());
    hasher.finalize().into()
}

fn hex(bytes: &[u8; 32]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `document` (an event log or a program) with its envelopes made again over its content: each
/// `seq` its position, each hash the chain over the events as they now read. An event its own
/// reader refuses ends the resealing (the document is refused there whatever its hashes).
fn resealed(document: &Value) -> Value {
    let mut document = document.clone();
    let program_id = document["program_id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let mut previous = genesis(&program_id);
    let Some(events) = document.get_mut("events").and_then(Value::as_array_mut) else {
        return document;
    };
    for (seq, logged) in events.iter_mut().enumerate() {
        let content =
            json!({"at": logged["at"], "actor": logged["actor"], "event": logged["event"]});
        let Ok(event) = serde_json::from_value::<Event>(content) else {
            break;
        };
        let id = logged["id"].as_str().unwrap_or_default().to_owned();
        let hash = link(&previous, seq as u64, &id, &event);
        logged["seq"] = json!(seq);
        logged["hash"] = json!(hex(&hash));
        previous = hash;
    }
    document
}

/// `schema` with its local `$ref`s followed.
fn deref<'a>(root: &'a Value, mut schema: &'a Value) -> &'a Value {
    while let Some(target) = schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| root.pointer(r.strip_prefix('#')?))
    {
        schema = target;
    }
    schema
}

/// Whether `value` has the shape of `branch` at its top: the JSON type, and for an object every
/// key a property of the branch and every `const` property it has the same.
fn fits(root: &Value, branch: &Value, value: &Value) -> bool {
    let branch = deref(root, branch);
    let type_ok = match branch.get("type").and_then(Value::as_str) {
        Some("null") => value.is_null(),
        Some("object") => value.is_object(),
        Some("array") => value.is_array(),
        Some("string") => value.is_string(),
        Some("integer") => value.is_i64() || value.is_u64(),
        Some("number") => value.is_number(),
        Some("boolean") => value.is_boolean(),
        _ => true,
    };
    let (Some(map), Some(properties)) = (
        value.as_object(),
        branch.get("properties").and_then(Value::as_object),
    ) else {
        return type_ok;
    };
    type_ok
        && map.iter().all(|(key, v)| {
            properties.get(key).is_some_and(|p| {
                deref(root, p)
                    .get("const")
                    .is_none_or(|constant| constant == v)
            })
        })
}

/// Every position inside `value` (at `pointer`) whose schema is known, with that schema: the
/// positions a field mutation redraws.
fn slots(
    root: &Value,
    schema: &Value,
    value: &Value,
    pointer: &str,
    out: &mut Vec<(String, Value)>,
) {
    let schema = deref(root, schema);
    out.push((pointer.to_owned(), schema.clone()));
    for key in ["oneOf", "anyOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array)
            && schema.get("properties").is_none()
        {
            if let Some(branch) = branches.iter().find(|b| fits(root, b, value)) {
                let branch = deref(root, branch);
                // The branch's own slot is this position again; only what is inside it counts.
                let mut inner = Vec::new();
                slots(root, branch, value, pointer, &mut inner);
                out.extend(inner.into_iter().skip(1));
            }
            return;
        }
    }
    match value {
        Value::Object(map) => {
            if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
                for (key, v) in map {
                    if let Some(property) = properties.get(key) {
                        slots(root, property, v, &format!("{pointer}/{key}"), out);
                    }
                }
            }
        }
        Value::Array(items) => {
            if let Some(item) = schema.get("items") {
                for (i, v) in items.iter().enumerate() {
                    slots(root, item, v, &format!("{pointer}/{i}"), out);
                }
            }
        }
        _ => {}
    }
}

/// A number in `0..n` drawn by `runner`.
fn pick(runner: &mut TestRunner, n: usize) -> usize {
    (0..n.max(1)).new_tree(runner).unwrap().current()
}

/// One mutant of `document` (its schema `root`) and the mutation's name; `None` when the draw
/// does not apply (a log too short to swap).
fn mutant(
    runner: &mut TestRunner,
    document: &Value,
    root: &Value,
) -> Option<(Value, &'static str)> {
    let events = document["events"].as_array()?;
    let n = events.len();
    let is_program = document.get("state").is_some();
    let mut mutant = document.clone();
    let kind = pick(runner, if is_program { 5 } else { 4 });
    match kind {
        // A payload field, twice as often as the others.
        0 | 1 => {
            let i = pick(runner, n);
            let logged = deref(root, &json!({"$ref": "#/$defs/LoggedEvent"})).clone();
            let mut found = Vec::new();
            for key in ["at", "actor", "event"] {
                slots(
                    root,
                    &logged["properties"][key],
                    &events[i][key],
                    &format!("/events/{i}/{key}"),
                    &mut found,
                );
            }
            let (pointer, schema) = found.get(pick(runner, found.len()))?.clone();
            let value = shaped(&schema, root, 0, Draw::InBounds)
                .new_tree(runner)
                .ok()?
                .current();
            *mutant.pointer_mut(&pointer)? = value;
            Some((mutant, "payload field redrawn"))
        }
        2 => {
            let (i, j) = (pick(runner, n), pick(runner, n));
            if i == j {
                return None;
            }
            mutant["events"].as_array_mut()?.swap(i, j);
            Some((mutant, "two events swapped"))
        }
        3 => {
            mutant["events"].as_array_mut()?.remove(pick(runner, n));
            Some((mutant, "an event dropped"))
        }
        _ => {
            let mut found = Vec::new();
            slots(
                root,
                &root["properties"]["state"],
                &document["state"],
                "/state",
                &mut found,
            );
            let (pointer, schema) = found.get(pick(runner, found.len()))?.clone();
            let value = shaped(&schema, root, 0, Draw::InBounds)
                .new_tree(runner)
                .ok()?
                .current();
            *mutant.pointer_mut(&pointer)? = value;
            Some((mutant, "stored state redrawn"))
        }
    }
}

/// `message` with every number folded to `N`, so that one rule counts once.
fn folded(message: &str) -> String {
    let mut class = String::new();
    for c in message.chars() {
        if c.is_ascii_digit() {
            if !class.ends_with('N') {
                class.push('N');
            }
        } else {
            class.push(c);
        }
    }
    class.chars().take(110).collect()
}

/// The event log inside a program document (the same fields without `state`); any other
/// document as it is.
fn log_of(document: &Value) -> Value {
    let mut log = document.clone();
    if let Some(object) = log.as_object_mut() {
        object.remove("state");
    }
    log
}

/// How the crate judges a mutant: `None` accepted, else the refusal class: `chain broken (…)`,
/// `guard refused: …`, `state not what the history gives` or `event reader: …` (a rule inside
/// one event, most of them cross-field). An event log is accepted when its envelopes hold
/// (`EventLog::read_json`); a program also needs its history to replay and give its stored state.
fn judged(document: &Value) -> Option<String> {
    let is_program = document.get("state").is_some();
    let log = match EventLog::read_json(&serde_json::to_vec(&log_of(document)).unwrap()) {
        Ok(log) => log,
        Err(LogError::Chain(error)) => {
            let kind = match error {
                ChainError::Sequence { .. } => "seq not the position",
                ChainError::Broken { .. } => "hash does not match",
                ChainError::DuplicateId { .. } => "id repeated",
                ChainError::ReservedId { .. } => "reserved id",
                _ => "other",
            };
            return Some(format!("chain broken ({kind})"));
        }
        Err(LogError::Invalid { message, .. }) => {
            return Some(format!("event reader: {}", folded(&message)));
        }
        Err(other) => return Some(format!("other: {}", folded(&other.to_string()))),
    };
    if !is_program {
        return None;
    }
    match log.replay() {
        Err(error) => Some(match LogError::from(error) {
            LogError::Refused { error, .. } => {
                format!("guard refused: {}", folded(&error.to_string()))
            }
            other => format!("other: {}", folded(&other.to_string())),
        }),
        Ok(program) if serde_json::to_value(program.state()).unwrap() != document["state"] => {
            Some("state not what the history gives".to_owned())
        }
        Ok(_) => None,
    }
}

/// The guard a resealed event log meets when replayed, if any (a log reader does not replay; an
/// app does before using it).
fn replay_refusal(document: &Value) -> Option<String> {
    let error = EventLog::replay_json(&serde_json::to_vec(document).unwrap()).err()?;
    Some(match error {
        LogError::Refused { error, .. } => format!("guard refused: {}", folded(&error.to_string())),
        other => format!("other: {}", folded(&other.to_string())),
    })
}

#[test]
fn the_recorded_histories_reseal_to_their_own_hashes() {
    for (name, program) in recorded_programs() {
        for document in [
            serde_json::to_value(program.event_log()).unwrap(),
            serde_json::to_value(&program).unwrap(),
        ] {
            assert_eq!(
                resealed(&document),
                document,
                "{name}: the chain written again differs"
            );
            assert_eq!(judged(&document), None, "{name}");
            assert_eq!(replay_refusal(&log_of(&document)), None, "{name}");
            let kind = if document.get("state").is_some() {
                "program"
            } else {
                "event_log"
            };
            schema_verdict(&validator(kind), &document).unwrap();
            schema::find(kind)
                .unwrap()
                .read_slice(&serde_json::to_vec(&document).unwrap())
                .unwrap();
        }
    }
}

#[test]
fn each_refusal_class_is_named() {
    let programs = recorded_programs();
    let (_, walkthrough) = programs
        .iter()
        .find(|(name, _)| name == "treatment_completed")
        .unwrap();
    let log = serde_json::to_value(walkthrough.event_log()).unwrap();
    let program = serde_json::to_value(walkthrough).unwrap();

    // The enrolment dropped: as stored, the next event's seq is off; resealed, the guards refuse
    // the baseline assessment of a program that was never enrolled.
    let mut dropped = log.clone();
    dropped["events"].as_array_mut().unwrap().remove(1);
    assert_eq!(
        judged(&dropped).as_deref(),
        Some("chain broken (seq not the position)")
    );
    assert_eq!(
        judged(&resealed(&dropped)),
        None,
        "a log reader checks envelopes only"
    );
    assert!(
        replay_refusal(&resealed(&dropped))
            .unwrap()
            .starts_with("guard refused: ")
    );
    let mut dropped = program.clone();
    dropped["events"].as_array_mut().unwrap().remove(1);
    assert!(
        judged(&resealed(&dropped))
            .unwrap()
            .starts_with("guard refused: ")
    );

    // A session's number edited: its hash no longer matches.
    let mut edited = log.clone();
    edited["events"][3]["event"]["number"] = json!(2);
    assert_eq!(
        judged(&edited).as_deref(),
        Some("chain broken (hash does not match)")
    );

    // The stored state edited, envelopes intact: the history gives another state.
    let mut state = program.clone();
    state["state"] = json!({"state": "paused", "stage": {"stage": "completed"}});
    schema_verdict(&validator("program"), &state).unwrap();
    assert_eq!(
        judged(&state).as_deref(),
        Some("state not what the history gives")
    );
}

/// The measurement: `RECORDED_MUTANTS=2000 cargo test --all-features --test integration
/// robustness::recorded_logs::measure -- --ignored --nocapture` prints, per type, the schema-valid
/// mutants, how many the type accepts as they stand and resealed, and every refusal class.
#[test]
#[ignore = "a measurement, run by hand"]
fn measure() {
    let draws: usize = std::env::var("RECORDED_MUTANTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000);
    let programs = recorded_programs();
    // A fixed seed: the figures in docs/quality.md are reproducible.
    let mut runner = TestRunner::deterministic();
    for kind in ["event_log", "program"] {
        let validator = validator(kind);
        let root = schema::find(kind).unwrap().schema().to_value();
        let bases: Vec<Value> = programs
            .iter()
            .map(|(_, program)| match kind {
                "event_log" => serde_json::to_value(program.event_log()).unwrap(),
                _ => serde_json::to_value(program).unwrap(),
            })
            .collect();
        let entry = schema::find(kind).unwrap();
        let (mut valid, mut invalid, mut same) = (0_usize, 0_usize, 0_usize);
        let mut accepted = [0_usize; 2];
        // (form, class, mutation): count. Forms: 0 as they stand, 1 resealed, 2 resealed and
        // accepted, then replayed (an event log).
        let mut classes: BTreeMap<(usize, String, &str), usize> = BTreeMap::new();
        let mut by_mutation: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
        for _ in 0..draws {
            let base = &bases[pick(&mut runner, bases.len())];
            let Some((mutant, mutation)) = mutant(&mut runner, base, &root) else {
                continue;
            };
            if &mutant == base {
                same += 1;
                continue;
            }
            if schema_verdict(&validator, &mutant).is_err() {
                invalid += 1;
                continue;
            }
            valid += 1;
            let counts = by_mutation.entry(mutation).or_default();
            counts[0] += 1;
            for (form, document) in [mutant.clone(), resealed(&mutant)].iter().enumerate() {
                let verdict = judged(document);
                let bytes = serde_json::to_vec(document).unwrap();
                assert_eq!(
                    entry.read_slice(&bytes).is_ok(),
                    verdict.is_none(),
                    "{kind}: the type and the classification disagree on {verdict:?}"
                );
                match verdict {
                    None => {
                        accepted[form] += 1;
                        counts[form + 1] += 1;
                        if kind == "event_log"
                            && form == 1
                            && let Some(refusal) = replay_refusal(document)
                        {
                            *classes.entry((2, refusal, mutation)).or_default() += 1;
                        }
                    }
                    Some(class) => *classes.entry((form, class, mutation)).or_default() += 1,
                }
            }
        }
        println!(
            "{kind}: {draws} draws, {valid} schema-valid mutants ({invalid} refused by the schema, {same} unchanged), \
             accepted as they stand {}, resealed {}",
            accepted[0], accepted[1]
        );
        for (mutation, [n, stand, sealed]) in &by_mutation {
            println!("  {mutation}: {n} valid, accepted as they stand {stand}, resealed {sealed}");
        }
        const FORMS: [&str; 3] = ["as they stand", "resealed", "resealed, accepted, replayed"];
        // The named classes first (the text before the first `:` or `(`), then every rule.
        let mut named: BTreeMap<(usize, &str), usize> = BTreeMap::new();
        for ((form, class, _), count) in &classes {
            let end = class.find([':', '(']).unwrap_or(class.len());
            *named.entry((*form, class[..end].trim())).or_default() += count;
        }
        for ((form, class), count) in &named {
            println!("  {}: {count}× {class}", FORMS[*form]);
        }
        for ((form, class, mutation), count) in &classes {
            println!("  - {} ({mutation}): {count}× {class}", FORMS[*form]);
        }
    }
}
