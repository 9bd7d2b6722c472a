//! The property: the program agrees with the reference model on every generated history.

use chrono::{DateTime, TimeDelta, Utc};
use pain_reprocessing::outcomes::Timepoint;
use pain_reprocessing::program::{EventLog, Program, ProgramState, Stage};
use proptest::prelude::*;

use crate::support::{proptest_config, schema_verdict, validator};

use super::*;

proptest! {
    #![proptest_config(proptest_config(128))]

    #[test]
    fn the_program_agrees_with_the_reference_model(steps in steps()) {
        let mut program = new_program();
        let mut model = Model::new();
        let mut at: DateTime<Utc> = "2026-01-05T09:00:00Z".parse().unwrap();
        for (i, (step, clinician, minutes)) in steps.iter().enumerate() {
            at += TimeDelta::minutes(*minutes);
            let attempt = &match step {
                Step::Next => model.next_move(),
                Step::Random(attempt) => attempt.clone(),
            };
            at = model.no_earlier_than_its_window(step, attempt, at);
            let event = event(&program, attempt, *clinician, at);
            let before = program.clone();
            let expected = model.step(attempt, *clinician, at);
            let result = program.apply(event);
            prop_assert_eq!(
                result.is_ok(), expected,
                "step {}: {:?} (clinician {}) from {} gave {:?}", i, attempt, clinician, before.state(), result
            );
            // The safety invariant: a signal the event carries is either open on a hold, or
            // carried by the error that refused the event. No guard drops one.
            let carried = signals(attempt);
            match &result {
                Ok(_) if !carried.is_empty() => {
                    prop_assert!(program.state().is_on_safety_hold(), "step {}: {:?} accepted without a hold", i, attempt);
                    for signal in &carried {
                        prop_assert!(program.open_safety_concerns().contains(signal), "step {}: {:?} not open", i, signal);
                    }
                }
                Err(error) => prop_assert_eq!(error.safety_signals(), carried.as_slice(), "step {}: {}", i, error),
                Ok(_) => {}
            }
            match result {
                Err(_) => prop_assert_eq!(&program, &before, "a refused event changed the program"),
                Ok(transition) => {
                    // A hold is left only by a clinician's resolution (or the patient leaving).
                    if before.state().is_on_safety_hold() && !program.state().is_on_safety_hold() {
                        prop_assert!(matches!(attempt, Attempt::Resolve | Attempt::Withdraw));
                    }
                    prop_assert_eq!(transition.to(), program.state());
                }
            }
            // Never completed without the post-treatment assessment.
            if program.state() == (ProgramState::Active { stage: Stage::Completed }) {
                prop_assert!(program.scores_at(Timepoint::PostTreatment).is_some());
            }
        }
        // Replay of the history equals the program, and so does a JSON round trip.
        prop_assert_eq!(&program.event_log().replay().unwrap(), &program);
        let json = serde_json::to_string(&program).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Program>(&json).unwrap(), &program);
        // And what the crate writes validates against its own published schemas.
        let snapshot = serde_json::to_value(&program).unwrap();
        prop_assert_eq!(schema_verdict(&validator("program"), &snapshot), Ok(()));
        let log = serde_json::to_value(program.event_log()).unwrap();
        prop_assert_eq!(schema_verdict(&validator("event_log"), &log), Ok(()));
    }

    #[test]
    fn event_logs_survive_json_and_corruption_is_pinned_to_its_event(
        steps in steps(),
        pick in any::<prop::sample::Index>(),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut program = new_program();
        let mut model = Model::new();
        let mut at: DateTime<Utc> = "2026-01-05T09:00:00Z".parse().unwrap();
        for (step, clinician, minutes) in &steps {
            at += TimeDelta::minutes(*minutes);
            let attempt = match step {
                Step::Next => model.next_move(),
                Step::Random(attempt) => attempt.clone(),
            };
            at = model.no_earlier_than_its_window(step, &attempt, at);
            if model.step(&attempt, *clinician, at) {
                program.apply(event(&program, &attempt, *clinician, at)).unwrap();
            }
        }
        // Written, read back and replayed: the same program.
        let text = serde_json::to_string(&program.event_log()).unwrap();
        let log: EventLog = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(&log.replay().unwrap(), &program);

        // Truncated text is refused whole: nothing is half-read.
        let cut_at = cut.index(text.len());
        prop_assert!(serde_json::from_str::<EventLog>(&text[..cut_at]).is_err());

        // An event moved back in time is reported at exactly its index; nothing after it applies.
        let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
        let events = json["events"].as_array_mut().unwrap();
        if events.len() >= 2 {
            let index = 1 + pick.index(events.len() - 1);
            let before: DateTime<Utc> = events[index - 1]["at"].as_str().unwrap().parse().unwrap();
            events[index]["at"] = serde_json::json!(before - TimeDelta::days(1));
            // The hash chain catches the edit at its event ...
            let error = EventLog::read_json(&serde_json::to_vec(&json).unwrap()).unwrap_err();
            prop_assert_eq!(error.index(), Some(index), "{}", error);
            // ... and so do the guards once the chain is made again over the edit.
            let resealed = crate::support::reseal("event_log", &json);
            let corrupted: EventLog = serde_json::from_value(resealed).unwrap();
            let error = corrupted.replay().unwrap_err();
            prop_assert_eq!(error.index(), Some(index), "{}", error);
        }
    }
}
