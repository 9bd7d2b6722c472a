//! The log as an audited record: ids and order, optimistic concurrency, voids, the hash chain,
//! errors that name the event, and the format 1 -> 2 step.

use serde_json::{Value, json};

use super::*;

fn id(text: &str) -> EventId {
    EventId::new(text).unwrap()
}

fn reason() -> crate::Note {
    crate::Note::new("entered for the wrong patient").unwrap()
}

fn void(target: &str, at: DateTime<Utc>) -> Event {
    Event::voided(id(target), reason(), ClinicianId::new("dr-2").unwrap(), at)
}

/// The program of `in_treatment` with session 2 completed on day 4 under app id `s2`.
fn with_session_2() -> Program {
    let mut p = in_treatment();
    p.record(id("s2"), session(2, day(4))).unwrap();
    p
}

#[test]
fn the_hash_chain_matches_the_hand_computed_vector() {
    // Python: sha256(tag + sha256(tag + b"genesis\n" + b"p-1") + seq (8 bytes BE) + id + b"\n"
    //   + compact JSON of the event), tag = b"pain-reprocessing event log 2\n".
    let paused = Event::new(t0(), Actor::System, EventKind::Paused);
    let program = ProgramId::new("p-1").unwrap();
    assert_eq!(
        super::super::chain::genesis(&program).to_string(),
        "e296b362bbeedcc5cf72901e3745feda5445371309f5d49e3865f4437ad87ce8"
    );
    let log = EventLog::new(
        program.clone(),
        PatientId::new("pt-1").unwrap(),
        Protocol::general_clinical(),
        vec![paused.clone()],
    );
    let first = log.events()[0].hash();
    assert_eq!(
        first.to_string(),
        "c889c9368b0352a1b8a54cedfbaa0de2b458f61e552217f15b6d30bb33cbc963"
    );
    let second = super::super::chain::link(first, 1, Some(&id("a-1")), &paused);
    assert_eq!(
        second.to_hex(),
        "0b18a4c67817955102f6e091a77c55e8e9d46ed497e44dca6975e1ad22add443"
    );
    assert_eq!(
        EventHash::from_hex(&second.to_hex().to_uppercase()),
        Ok(second)
    );
    assert_eq!(EventHash::from_hex("ab"), Err(HashFormatError));
}

#[test]
fn every_event_has_an_id_and_its_position_as_seq() {
    let p = with_session_2();
    let log = p.event_log();
    let ids: Vec<&str> = log.events().iter().map(|l| l.id().as_str()).collect();
    assert_eq!(ids, ["seq-0", "seq-1", "seq-2", "seq-3", "s2"]);
    for (index, logged) in log.events().iter().enumerate() {
        assert_eq!(logged.seq(), index as u64);
    }
    assert_eq!(p.index_of(&id("s2")), Some(4));
    assert_eq!(p.index_of(&id("seq-2")), Some(2));
    assert_eq!(p.index_of(&id("seq-4")), None, "seq-4 has the app's id");
    assert_eq!(p.event_id(4), Some(id("s2")));
    assert_eq!(p.head_hash().as_ref(), log.head_hash());
    assert_eq!(p.next_seq(), 5);
    assert_eq!(log.replay().unwrap(), p);
}

#[test]
fn a_retried_write_is_recognised_and_a_reused_id_refused() {
    let mut p = with_session_2();
    let before = p.clone();
    assert_eq!(
        p.record(id("s2"), session(2, day(4))),
        Ok(Recorded::AlreadyRecorded { seq: 4 })
    );
    // A retry is recognised even when the writer's expectation is stale.
    assert_eq!(
        p.apply_expecting(4, id("s2"), session(2, day(4))),
        Ok(Recorded::AlreadyRecorded { seq: 4 })
    );
    assert_eq!(p, before);
    assert_eq!(
        p.record(id("s2"), session(3, day(5))),
        Err(RecordError::DuplicateId {
            id: id("s2"),
            index: 4
        })
    );
    assert_eq!(
        p.record(id("seq-9"), session(3, day(5)))
            .unwrap_err()
            .to_string(),
        "the id seq-9 has the form seq-<number>, reserved for events applied without an id"
    );
    // The event to blame: the earlier event a reused id names, the refused event's own index; a
    // reserved id blames none.
    let reused = p.record(id("s2"), session(3, day(5))).unwrap_err();
    assert_eq!(reused.index(), Some(4));
    let reserved = p.record(id("seq-9"), session(3, day(5))).unwrap_err();
    assert_eq!(reserved.index(), None);
    let refused = p.record(id("s9"), session(9, day(5))).unwrap_err();
    assert_eq!(refused.index(), Some(5));
    assert!(
        matches!(
            refused,
            RecordError::Refused {
                index: 5,
                error: TransitionError::SessionOutOfOrder { number: 9, .. }
            }
        ),
        "{refused:?}"
    );
    assert_eq!(p, before);
}

#[test]
fn two_writers_on_one_stored_log_one_wins_the_other_conflicts_and_nothing_is_lost() {
    // The stored log: one JSON buffer, as a file.
    let mut stored: Vec<u8> = serde_json::to_vec(&in_treatment().event_log()).unwrap();
    let load = |bytes: &[u8]| EventLog::replay_json(bytes).unwrap().1;
    // Both clinicians open the program and see the same version.
    let seen_a = load(&stored).next_seq();
    let seen_b = load(&stored).next_seq();
    assert_eq!(seen_a, seen_b);
    // Writer A stores first: read again, apply expecting what it saw, write back.
    let mut current = load(&stored);
    current
        .apply_expecting(seen_a, id("a-1"), session(2, day(4)))
        .unwrap();
    stored = serde_json::to_vec(&current.event_log()).unwrap();
    // Writer B's write is refused, and the stored log is unchanged by it.
    let mut current = load(&stored);
    let paused = ev(day(4), dr(), EventKind::Paused);
    assert_eq!(
        current.apply_expecting(seen_b, id("b-1"), paused.clone()),
        Err(RecordError::Conflict {
            expected: seen_b,
            actual: seen_b + 1
        })
    );
    assert_eq!(current, load(&stored));
    // B reads the new version and retries: both events are in the log.
    let seen_b = current.next_seq();
    current.apply_expecting(seen_b, id("b-1"), paused).unwrap();
    stored = serde_json::to_vec(&current.event_log()).unwrap();
    let last = load(&stored);
    assert_eq!(last.index_of(&id("a-1")), Some(4));
    assert_eq!(last.index_of(&id("b-1")), Some(5));
    assert_eq!(
        last.state(),
        ProgramState::Paused {
            stage: stage(&in_treatment_after(2))
        }
    );
}

fn in_treatment_after(sessions: u16) -> Program {
    let mut p = in_treatment();
    for n in 2..=sessions {
        p.apply(session(n, day(i64::from(n) + 2))).unwrap();
    }
    p
}

#[test]
fn a_void_replays_the_history_without_the_event_and_keeps_it_in_the_log() {
    let mut p = with_session_2();
    assert_eq!(p.completed_sessions(), 2);
    let t = p.apply(void("s2", day(5))).unwrap();
    assert_eq!(t.from(), t.from());
    assert_eq!(p.completed_sessions(), 1);
    assert_eq!(p.history().len(), 6, "the voided event and the void stay");
    assert!(p.is_voided(4));
    assert!(!p.is_voided(5));
    let voided = p.voided_events();
    assert_eq!(voided.len(), 1);
    assert_eq!((voided[0].seq(), voided[0].voided_by_seq()), (4, 5));
    assert_eq!(voided[0].event_type(), EventType::SessionCompleted);
    assert_eq!(voided[0].id(), &id("s2"));
    let effective: Vec<usize> = p.effective_history().map(|(i, _)| i).collect();
    assert_eq!(effective, [0, 1, 2, 3]);
    // Session 2 can be recorded again, correctly.
    p.apply(session(2, day(6))).unwrap();
    assert_eq!(p.completed_sessions(), 2);
    // The log replays to the same program, and the report shows the voided event.
    let log = p.event_log();
    assert_eq!(log.replay().unwrap(), p);
    let report = serde_json::to_value(p.report(day(7))).unwrap();
    assert_eq!(report["voided_events"][0]["seq"], 4);
    assert_eq!(
        report["voided_events"][0]["event_type"],
        "session_completed"
    );
    assert_eq!(report["voided_events"][0]["voided_by_seq"], 5);
}

#[test]
fn a_bad_void_is_refused_and_changes_nothing() {
    let mut p = with_session_2();
    p.apply(session(3, day(5))).unwrap();
    let before = p.clone();
    let patient_void = Event::new(
        day(6),
        Actor::Patient,
        EventKind::EventVoided {
            event_id: id("s2"),
            reason: reason(),
        },
    );
    assert_eq!(
        p.apply(patient_void),
        Err(TransitionError::ClinicianRequired {
            event: EventType::EventVoided
        })
    );
    assert_eq!(
        p.apply(void("nope", day(6))).unwrap_err().to_string(),
        "no event in the log has the id nope, so it cannot be voided"
    );
    // Voiding session 2 would leave session 3 (index 5) out of order.
    let err = p.apply(void("s2", day(6))).unwrap_err();
    assert_eq!(
        err,
        TransitionError::Void(VoidError::Invalidates {
            index: 5,
            error: Box::new(TransitionError::SessionOutOfOrder {
                number: 3,
                expected: 2
            })
        })
    );
    assert!(
        err.to_string()
            .starts_with("voiding it would leave event 5 invalid"),
        "{err}"
    );
    assert_eq!(
        p.apply(void("seq-3", day(1))),
        Err(TransitionError::TimeWentBackwards {
            last: day(5),
            at: day(1)
        })
    );
    assert_eq!(p, before);
    // Void session 3, then again, then the void itself.
    p.apply(void("seq-5", day(6))).unwrap();
    let before = p.clone();
    assert_eq!(
        p.apply(void("seq-5", day(6))),
        Err(TransitionError::Void(VoidError::AlreadyVoided {
            id: id("seq-5"),
            index: 5,
            by: 6
        }))
    );
    assert_eq!(
        p.apply(void("seq-6", day(6))),
        Err(TransitionError::Void(VoidError::VoidOfVoid {
            id: id("seq-6"),
            index: 6
        }))
    );
    assert_eq!(p, before);
}

#[test]
fn voiding_the_event_that_raised_a_hold_keeps_the_hold_until_a_clinician_resolves_it() {
    let mut p = enrolled(Protocol::general_clinical());
    let scores = vec![
        response(InstrumentId::Peg3),
        flagged_phq9(),
        response(InstrumentId::Gad7),
    ];
    p.record(
        id("baseline"),
        Event::assessment(Timepoint::Baseline, scores, Actor::Patient, day(2)),
    )
    .unwrap();
    assert_eq!(p.state().kind(), StateKind::SafetyHold);
    p.apply(void("baseline", day(3))).unwrap();
    assert_eq!(
        p.scores_at(Timepoint::Baseline),
        None,
        "the assessment no longer counts"
    );
    assert_eq!(
        p.state(),
        ProgramState::SafetyHold {
            stage: Stage::BaselineAssessment,
            paused: false
        }
    );
    assert!(matches!(
        p.open_safety_concerns(),
        [SafetyConcern::ResponseFlag { .. }]
    ));
    // Only the resolution closes it; then the baseline is due again.
    p.apply(ev(
        day(4),
        dr(),
        EventKind::SafetyConcernResolved { note: None },
    ))
    .unwrap();
    assert_eq!(
        p.state(),
        ProgramState::Active {
            stage: Stage::BaselineAssessment
        }
    );
    assert_eq!(p.event_log().replay().unwrap(), p);
    // Voiding the resolution brings the hold back.
    p.apply(void("seq-4", day(5))).unwrap();
    assert_eq!(p.state().kind(), StateKind::SafetyHold);
}

#[test]
fn a_discharge_recorded_by_mistake_can_be_voided() {
    let mut p = in_treatment();
    p.apply(ev(
        day(4),
        dr(),
        EventKind::Discharged {
            reason: DischargeReason::Other,
        },
    ))
    .unwrap();
    assert!(p.state().is_terminal());
    p.apply(void("seq-4", day(4))).unwrap();
    assert_eq!(stage(&p), stage(&in_treatment()));
    p.apply(session(2, day(5))).unwrap();
}

/// A log of every kind of change, as stored JSON values of its events.
fn stored_events() -> (Value, usize) {
    let mut p = with_session_2();
    p.apply(void("s2", day(5))).unwrap();
    p.apply(session(2, day(6))).unwrap();
    let json = serde_json::to_value(p.event_log()).unwrap();
    let count = json["events"].as_array().unwrap().len();
    (json, count)
}

fn read(json: &Value) -> Result<EventLog, LogError> {
    EventLog::read_json(&serde_json::to_vec(json).unwrap())
}

#[test]
fn an_edited_reordered_shortened_or_lengthened_log_is_caught_at_the_first_changed_event() {
    let (json, _) = stored_events();
    assert!(read(&json).is_ok());
    // Edited content.
    let mut edited = json.clone();
    edited["events"][3]["event"]["number"] = json!(2);
    assert_eq!(
        read(&edited).unwrap_err(),
        LogError::Chain(ChainError::Broken { index: 3 })
    );
    let mut edited = json.clone();
    edited["events"][2]["at"] = json!("2026-01-07T10:00:00Z");
    assert_eq!(read(&edited).unwrap_err().index(), Some(2));
    // Removed, with the later seqs renumbered to hide it.
    let mut removed = json.clone();
    let events = removed["events"].as_array_mut().unwrap();
    events.remove(1);
    for (i, e) in events.iter_mut().enumerate() {
        e["seq"] = json!(i);
    }
    assert_eq!(
        read(&removed).unwrap_err(),
        LogError::Chain(ChainError::ReservedId {
            index: 1,
            id: id("seq-2")
        })
    );
    // Swapped.
    let mut swapped = json.clone();
    swapped["events"].as_array_mut().unwrap().swap(2, 3);
    assert_eq!(
        read(&swapped).unwrap_err(),
        LogError::Chain(ChainError::Sequence { index: 2, seq: 3 })
    );
    // A duplicate id.
    let mut duplicate = json.clone();
    duplicate["events"][5]["id"] = json!("s2");
    assert_eq!(
        read(&duplicate).unwrap_err(),
        LogError::Chain(ChainError::DuplicateId {
            index: 5,
            id: id("s2"),
            first: 4
        })
    );
    // A cut tail: the chain holds, the head an app kept does not.
    let log = read(&json).unwrap();
    let head = *log.head_hash().unwrap();
    let mut cut = json.clone();
    cut["events"].as_array_mut().unwrap().pop();
    let cut = read(&cut).unwrap();
    assert_eq!(
        cut.check_head(&head),
        Err(ChainError::HeadNotFound { events: 6 })
    );
    assert_eq!(log.check_head(&head), Ok(()));
    assert_eq!(
        log.check_head(cut.head_hash().unwrap()),
        Ok(()),
        "an older head is still there"
    );
    // The same through serde: the message names the event.
    let message = serde_json::from_value::<EventLog>(edited)
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("event 2 does not match its hash"),
        "{message}"
    );
}

#[test]
fn reading_errors_name_the_event_and_the_path_inside_it() {
    let (json, _) = stored_events();
    let text = serde_json::to_vec(&json).unwrap();
    // A truncated file.
    let cut = &text[..text.len() / 2];
    let err = EventLog::read_json(cut).unwrap_err();
    assert!(
        matches!(err, LogError::Syntax { index: Some(_), .. }),
        "{err}"
    );
    assert!(err.to_string().contains("at event"), "{err}");
    // An unknown event type.
    let mut bad = json.clone();
    bad["events"][3]["event"]["type"] = json!("teleported");
    let err = read(&bad).unwrap_err();
    assert!(
        matches!(&err, LogError::Invalid { index: Some(3), path, .. } if path.starts_with("event")),
        "{err:?}"
    );
    // A bad field.
    let mut bad = json.clone();
    bad["events"][3]["event"]["number"] = json!("two");
    let err = read(&bad).unwrap_err();
    assert!(
        matches!(&err, LogError::Invalid { index: Some(3), path, .. } if path == "event.number"),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .starts_with("the event log is invalid at event 3:"),
        "{err}"
    );
    // A refused event: a log whose chain is sound but whose event the guards refuse.
    let mut events = in_treatment().history().to_vec();
    events.push(session(9, day(4)));
    let log = EventLog::new(
        ProgramId::new("prog-1").unwrap(),
        PatientId::new("pt-1").unwrap(),
        Protocol::boulder_back_pain_study(),
        events,
    );
    let err = EventLog::replay_json(&serde_json::to_vec(&log).unwrap()).unwrap_err();
    assert!(matches!(err, LogError::Refused { index: 4, .. }), "{err:?}");
}

#[test]
fn a_format_1_log_reads_with_the_same_ids_and_chain_every_time() {
    let p = in_treatment_after(3);
    let json = serde_json::to_value(p.event_log()).unwrap();
    let old = as_format_1(&json);
    let upgraded: EventLog = crate::versioning::read(old.clone()).unwrap();
    assert_eq!(
        upgraded.events(),
        p.event_log().events(),
        "ids seq-n and the chain a new log would have"
    );
    assert_eq!(upgraded.legacy_events(), p.history().len());
    assert_eq!(read(&old).unwrap(), upgraded);
    let again: EventLog = crate::versioning::read(old.clone()).unwrap();
    assert_eq!(again.head_hash(), upgraded.head_hash());
    // A spelling the crate does not write gives the same hash: it is over the typed content.
    let mut respelled = old.clone();
    respelled["events"][0]["at"] = json!("2026-01-05T10:00:00+01:00");
    let respelled: EventLog = crate::versioning::read(respelled).unwrap();
    assert_eq!(respelled.head_hash(), upgraded.head_hash());
    // The program document too.
    let mut program = as_format_1(&serde_json::to_value(&p).unwrap());
    program["schema_version"] = json!(1);
    let upgraded = crate::versioning::read::<Program>(program).unwrap();
    assert_eq!(upgraded.event_log().events(), p.event_log().events());
    assert_eq!(upgraded.state(), p.state());
    assert_eq!(upgraded.legacy_events(), p.history().len());
    // A bad event in an old log is named by its index.
    let mut bad = old.clone();
    bad["events"][2]["at"] = json!("yesterday");
    let err = read(&bad).unwrap_err();
    assert!(
        matches!(&err, LogError::Invalid { index: Some(2), path, .. } if path == "at"),
        "{err:?}"
    );
}

#[test]
fn a_format_1_id_outside_the_alphabet_is_read_as_its_legacy_id() {
    let p = in_treatment();
    let mut old = as_format_1(&serde_json::to_value(p.event_log()).unwrap());
    old["program_id"] = json!("prog 1");
    old["events"][0]["actor"]["id"] = json!("Dr Smith");
    let log: EventLog = crate::versioning::read(old).unwrap();
    assert_eq!(log.program_id().as_str(), crate::id::legacy_id("prog 1"));
    assert_eq!(
        log.events()[0].event().actor(),
        &Actor::clinician(ClinicianId::new(crate::id::legacy_id("Dr Smith")).unwrap())
    );
    assert!(log.replay().is_ok());
}

mod properties {
    use proptest::prelude::*;

    use super::*;

    #[derive(Debug, Clone)]
    enum Change {
        Edit(usize),
        Delete(usize),
        Insert(usize),
        Swap(usize),
    }

    fn change() -> impl Strategy<Value = Change> {
        prop_oneof![
            (0usize..64).prop_map(Change::Edit),
            (0usize..64).prop_map(Change::Delete),
            (0usize..64).prop_map(Change::Insert),
            (0usize..64).prop_map(Change::Swap),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Any single edit, deletion, insertion or swap is caught at the first changed position,
        /// even when the seqs are renumbered to hide it.
        #[test]
        fn any_single_change_is_caught_at_its_index(change in change(), renumber in any::<bool>()) {
            let (json, count) = stored_events();
            let mut changed = json.clone();
            let events = changed["events"].as_array_mut().unwrap();
            let expected = match change {
                Change::Edit(i) => {
                    let i = i % count;
                    events[i]["at"] = json!("2027-01-01T00:00:00Z");
                    i
                }
                Change::Delete(i) => {
                    let i = i % count;
                    events.remove(i);
                    i
                }
                Change::Insert(i) => {
                    let i = i % (count + 1);
                    let mut copy = events[i.saturating_sub(1)].clone();
                    copy["at"] = json!("2025-01-01T00:00:00Z");
                    events.insert(i, copy);
                    i
                }
                Change::Swap(i) => {
                    let i = i % (count - 1);
                    events.swap(i, i + 1);
                    i
                }
            };
            if renumber {
                for (n, e) in events.iter_mut().enumerate() {
                    e["seq"] = json!(n);
                }
            }
            let cut_tail = matches!(change, Change::Delete(i) if i % count == count - 1);
            match read(&changed) {
                // Only a removed last event leaves a valid chain: the kept head catches it.
                Ok(log) => {
                    prop_assert!(cut_tail, "{change:?} not caught");
                    let head = *read(&json).unwrap().head_hash().unwrap();
                    prop_assert!(log.check_head(&head).is_err());
                }
                Err(err) => {
                    prop_assert!(!cut_tail);
                    prop_assert_eq!(err.index(), Some(expected), "{:?}: {}", change, err);
                }
            }
        }
    }
}
