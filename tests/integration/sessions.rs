//! Exercises and sessions: every root document round-trips through JSON and validates against its
//! published schema; the session lifecycle accepts exactly the documented moves and leaves a record
//! untouched when it refuses one; schema and serde agree on hand-written bad documents.

use chrono::{DateTime, TimeDelta, Utc};
use pain_reprocessing::exercises::{Exercise, PracticeLog};
use pain_reprocessing::sessions::{
    ChangeKind, Homework, SessionPlan, SessionRecord, SessionsError, StatusChange, StatusKind,
};
use pain_reprocessing::{SessionId, testing};
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::support::{proptest_config, round_trip, schema_verdict, validator};

proptest! {
    #![proptest_config(proptest_config(64))]

    #[test]
    fn exercises_round_trip(exercise in testing::exercise()) {
        round_trip::<Exercise>("exercise", &exercise)?;
    }

    #[test]
    fn practice_logs_round_trip(log in testing::practice_log()) {
        round_trip::<PracticeLog>("practice_log", &log)?;
    }

    #[test]
    fn session_plans_round_trip(plan in testing::session_plan()) {
        round_trip::<SessionPlan>("session_plan", &plan)?;
    }

    #[test]
    fn session_records_round_trip(record in testing::session_record()) {
        round_trip::<SessionRecord>("session_record", &record)?;
    }

    #[test]
    fn homework_round_trips(homework in testing::homework()) {
        round_trip::<Homework>("homework", &homework)?;
        if let Some(adherence) = homework.adherence(homework.assigned_on() + TimeDelta::days(90)) {
            prop_assert!(adherence.part() <= adherence.whole());
            prop_assert!(adherence.percentage().value().hundredths() <= 10_000);
        }
    }
}

/// The documented lifecycle, written out independently of the crate's own table.
fn documented(from: StatusKind, change: ChangeKind) -> Option<StatusKind> {
    const TABLE: &[(StatusKind, ChangeKind, StatusKind)] = &[
        (
            StatusKind::Scheduled,
            ChangeKind::Start,
            StatusKind::InProgress,
        ),
        (
            StatusKind::Scheduled,
            ChangeKind::Reschedule,
            StatusKind::Scheduled,
        ),
        (
            StatusKind::Scheduled,
            ChangeKind::Cancel,
            StatusKind::Cancelled,
        ),
        (
            StatusKind::Scheduled,
            ChangeKind::NoShow,
            StatusKind::NoShow,
        ),
        (
            StatusKind::InProgress,
            ChangeKind::Complete,
            StatusKind::Completed,
        ),
    ];
    TABLE
        .iter()
        .find(|(f, c, _)| *f == from && *c == change)
        .map(|(_, _, to)| *to)
}

fn start_record() -> impl Strategy<Value = (SessionRecord, Vec<StatusChange>)> {
    testing::session_plan().prop_flat_map(|plan| {
        let record = SessionRecord::from_plan(&plan);
        let changes = proptest::collection::vec(
            testing::status_change(plan.session().clone(), plan.scheduled_at()),
            1..=12,
        );
        (Just(record), changes)
    })
}

proptest! {
    #![proptest_config(proptest_config(128))]

    /// Any sequence of status changes either moves along the documented lifecycle or is rejected
    /// and leaves the record exactly as it was; the record stays a valid document throughout.
    #[test]
    fn lifecycle_accepts_only_documented_moves((mut record, changes) in start_record()) {
        for change in changes {
            let before = record.clone();
            let from = before.status().kind();
            let kind = change.kind();
            let is_reschedule = matches!(change, StatusChange::Reschedule { .. });
            let result = record.apply(change);
            match (documented(from, kind), result) {
                (Some(to), Ok(())) => {
                    prop_assert_eq!(record.status().kind(), to);
                    let moved = usize::from(is_reschedule);
                    prop_assert_eq!(record.reschedules().len(), before.reschedules().len() + moved);
                    prop_assert_eq!(record.session(), before.session());
                }
                (None, Ok(())) => {
                    return Err(TestCaseError::fail(format!("{from:?} accepted {kind:?}")));
                }
                (None, Err(err)) => {
                    prop_assert_eq!(err, SessionsError::IllegalTransition { from, change: kind });
                    prop_assert_eq!(&record, &before);
                }
                (Some(_), Err(err)) => {
                    // A legal move with bad facts (a no-show recorded early, the same time again).
                    let illegal = matches!(err, SessionsError::IllegalTransition { .. });
                    prop_assert!(!illegal, "{:?}", err);
                    prop_assert_eq!(&record, &before);
                }
            }
            round_trip::<SessionRecord>("session_record", &record)?;
        }
    }
}

/// An edit to a fixture.
type Edit = Box<dyn Fn(&mut Value)>;

fn t(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn completed_record() -> Value {
    json!({
        "schema_version": 2,
        "session": "sess-4",
        "number": 4,
        "kind": "prt_therapy",
        "modality": "video",
        "scheduled_at": "2026-03-12T17:00:00Z",
        "reschedules": [{"from": "2026-03-11T17:00:00Z", "to": "2026-03-12T17:00:00Z"}],
        "status": {
            "state": "completed",
            "started_at": "2026-03-12T17:00:00Z",
            "ended_at": "2026-03-12T17:50:00Z",
            "exercises": [{
                "schema_version": 2,
                "exercise": {"source": "catalog", "kind": "somatic_tracking"},
                "started_at": "2026-03-12T17:15:00Z",
                "minutes": 12,
                "guidance": "guided",
                "pain_before": 6,
                "pain_after": 3,
                "session": "sess-4"
            }],
            "homework": [{
                "exercise": {"source": "custom", "id": "app.walk", "name": "Mindful walk",
                             "components": ["somatic_tracking", "positive_sensations"],
                             "family": "somatic", "typical_minutes": 20},
                "frequency": {"times": 1, "per": "day"},
                "due": "2026-03-19"
            }],
            "pain_before": 6,
            "pain_after": 4,
            "notes": "Discussed fear of bending.",
            "alliance": 8
        }
    })
}

#[test]
fn a_completed_record_fixture_reads_and_validates() {
    let fixture = completed_record();
    assert_eq!(
        schema_verdict(&validator("session_record"), &fixture),
        Ok(())
    );
    let record: SessionRecord = serde_json::from_value(fixture.clone()).unwrap();
    assert_eq!(record.originally_scheduled_at(), t("2026-03-11T17:00:00Z"));
    assert_eq!(serde_json::to_value(&record).unwrap(), fixture);
    assert!(!format!("{record:?}").contains("bending"));
}

/// Both doors refuse a document the schema can judge.
#[test]
fn schema_and_serde_agree_on_bad_records() {
    let edits: Vec<(&str, Edit)> = vec![
        ("number 0", Box::new(|v| v["number"] = json!(0))),
        ("unknown field", Box::new(|v| v["colour"] = json!("red"))),
        (
            "schema version 3",
            Box::new(|v| v["schema_version"] = json!(3)),
        ),
        (
            "alliance 11",
            Box::new(|v| v["status"]["alliance"] = json!(11)),
        ),
        (
            "pain -1",
            Box::new(|v| v["status"]["pain_after"] = json!(-1)),
        ),
        (
            "state rescheduled",
            Box::new(|v| v["status"]["state"] = json!("rescheduled")),
        ),
        (
            "no ended_at",
            Box::new(|v| {
                v["status"].as_object_mut().unwrap().remove("ended_at");
            }),
        ),
        (
            "log minutes 0",
            Box::new(|v| v["status"]["exercises"][0]["minutes"] = json!(0)),
        ),
        (
            "empty notes",
            Box::new(|v| v["status"]["notes"] = json!("")),
        ),
        (
            "times 0",
            Box::new(|v| v["status"]["homework"][0]["frequency"]["times"] = json!(0)),
        ),
        (
            "no components",
            Box::new(|v| v["status"]["homework"][0]["exercise"]["components"] = json!([])),
        ),
        (
            "repeated component",
            Box::new(|v| {
                v["status"]["homework"][0]["exercise"]["components"] =
                    json!(["somatic_tracking", "somatic_tracking"]);
            }),
        ),
        ("modality fax", Box::new(|v| v["modality"] = json!("fax"))),
        (
            "bad timestamp",
            Box::new(|v| v["scheduled_at"] = json!("2026-13-40T00:00:00Z")),
        ),
    ];
    let schema = validator("session_record");
    for (what, edit) in edits {
        let mut bad = completed_record();
        edit(&mut bad);
        assert!(
            schema_verdict(&schema, &bad).is_err(),
            "schema accepted {what}"
        );
        assert!(
            serde_json::from_value::<SessionRecord>(bad).is_err(),
            "serde accepted {what}"
        );
    }
}

/// Cross-field rules the schema cannot state are still enforced on reading, with typed messages.
#[test]
fn serde_enforces_cross_field_rules() {
    let cases: Vec<(&str, Edit)> = vec![
        (
            "ended_at is not after started_at",
            Box::new(|v| v["status"]["ended_at"] = json!("2026-03-12T16:00:00Z")),
        ),
        (
            "exercises[0] is not within",
            Box::new(|v| v["status"]["exercises"][0]["started_at"] = json!("2026-03-12T17:45:00Z")),
        ),
        (
            "exercises[0].session names a different session",
            Box::new(|v| v["status"]["exercises"][0]["session"] = json!("sess-9")),
        ),
        (
            "homework.due is before ended_at",
            Box::new(|v| v["status"]["homework"][0]["due"] = json!("2026-03-11")),
        ),
        (
            "reschedules[0] does not continue",
            Box::new(|v| v["scheduled_at"] = json!("2026-03-13T17:00:00Z")),
        ),
    ];
    let schema = validator("session_record");
    for (needle, edit) in cases {
        let mut bad = completed_record();
        edit(&mut bad);
        assert_eq!(
            schema_verdict(&schema, &bad),
            Ok(()),
            "{needle}: the schema cannot judge this"
        );
        let err = serde_json::from_value::<SessionRecord>(bad)
            .unwrap_err()
            .to_string();
        assert!(err.contains(needle), "{needle}: {err}");
    }
}

#[test]
fn session_errors_convert_into_the_crate_error() {
    let mut record = SessionRecord::new(
        SessionId::new("s").unwrap(),
        1,
        pain_reprocessing::sessions::SessionKind::Booster,
        pain_reprocessing::sessions::Modality::Phone,
        t("2026-03-12T17:00:00Z"),
    )
    .unwrap();
    let run = |record: &mut SessionRecord| -> Result<(), pain_reprocessing::Error> {
        record.complete(pain_reprocessing::sessions::SessionOutcome::new(t(
            "2026-03-12T18:00:00Z",
        )))?;
        Ok(())
    };
    let err = run(&mut record).unwrap_err();
    assert!(matches!(err, pain_reprocessing::Error::Sessions(_)));
    assert_eq!(
        err.to_string(),
        "cannot complete a session that is scheduled"
    );
}

fn homework_fixture() -> Value {
    json!({
        "schema_version": 2,
        "assigned_on": "2026-03-02",
        "session": "sess-1",
        "assignments": [
            {"exercise": {"source": "catalog", "kind": "somatic_tracking"},
             "frequency": {"times": 1, "per": "day"}, "due": "2026-03-08"},
            {"exercise": {"source": "catalog", "kind": "expressive_writing"},
             "frequency": {"times": 3, "per": "week"}, "due": "2026-03-08"}
        ],
        "completions": [
            {"assignment": 0, "on": "2026-03-02", "minutes": 10},
            {"assignment": 0, "on": "2026-03-03", "minutes": 12, "log": {
                "schema_version": 2,
                "exercise": {"source": "catalog", "kind": "somatic_tracking"},
                "started_at": "2026-03-03T07:30:00Z",
                "minutes": 12,
                "guidance": "self_guided",
                "fear_before": 5,
                "fear_after": 2,
                "note": "Less scared of the twinge today."
            }},
            {"assignment": 1, "on": "2026-03-04", "minutes": 20}
        ]
    })
}

#[test]
fn a_homework_fixture_reads_validates_and_scores() {
    let fixture = homework_fixture();
    assert_eq!(schema_verdict(&validator("homework"), &fixture), Ok(()));
    let homework: Homework = serde_json::from_value(fixture.clone()).unwrap();
    assert_eq!(serde_json::to_value(&homework).unwrap(), fixture);
    // Tracking 2 of 7 (14 of 49 sevenths), writing 1 of 3 (7 of 21): 21/70 = 30%.
    let adherence = homework
        .adherence(chrono::NaiveDate::from_ymd_opt(2026, 3, 8).unwrap())
        .unwrap();
    assert_eq!((adherence.part(), adherence.whole()), (21, 70));
    assert_eq!(adherence.percentage().to_string(), "30%");
    let log = homework.completions()[1].log().unwrap();
    assert_eq!(log.fear_change(), Some(-3));
    assert!(!format!("{homework:?}").contains("twinge"));
}

#[test]
fn schema_and_serde_agree_on_bad_homework() {
    let edits: Vec<(&str, Edit)> = vec![
        ("no assignments", Box::new(|v| v["assignments"] = json!([]))),
        (
            "times 21",
            Box::new(|v| v["assignments"][0]["frequency"]["times"] = json!(21)),
        ),
        (
            "per month",
            Box::new(|v| v["assignments"][0]["frequency"]["per"] = json!("month")),
        ),
        (
            "bad due",
            Box::new(|v| v["assignments"][0]["due"] = json!("2026-02-30")),
        ),
        (
            "minutes 241",
            Box::new(|v| v["completions"][0]["minutes"] = json!(241)),
        ),
        (
            "log fear 11",
            Box::new(|v| v["completions"][1]["log"]["fear_after"] = json!(11)),
        ),
        (
            "log guidance",
            Box::new(|v| v["completions"][1]["log"]["guidance"] = json!("hypnotic")),
        ),
        (
            "extra field",
            Box::new(|v| v["completions"][0]["rating"] = json!(3)),
        ),
        (
            "negative index",
            Box::new(|v| v["completions"][0]["assignment"] = json!(-1)),
        ),
    ];
    let schema = validator("homework");
    for (what, edit) in edits {
        let mut bad = homework_fixture();
        edit(&mut bad);
        assert!(
            schema_verdict(&schema, &bad).is_err(),
            "schema accepted {what}"
        );
        assert!(
            serde_json::from_value::<Homework>(bad).is_err(),
            "serde accepted {what}"
        );
    }
    // Rules only serde can judge.
    let cases: Vec<(&str, Edit)> = vec![
        (
            "assignments.due is before assigned_on",
            Box::new(|v| v["assignments"][1]["due"] = json!("2026-03-01")),
        ),
        (
            "completions.on is before assigned_on",
            Box::new(|v| v["completions"][2]["on"] = json!("2026-03-01")),
        ),
        (
            "completions[2].assignment is 2",
            Box::new(|v| v["completions"][2]["assignment"] = json!(2)),
        ),
        (
            "completions[1].log.started_at disagrees",
            Box::new(|v| v["completions"][1]["on"] = json!("2026-03-04")),
        ),
        (
            "completions[1].log.minutes disagrees",
            Box::new(|v| v["completions"][1]["minutes"] = json!(13)),
        ),
    ];
    for (needle, edit) in cases {
        let mut bad = homework_fixture();
        edit(&mut bad);
        assert_eq!(schema_verdict(&schema, &bad), Ok(()), "{needle}");
        let err = serde_json::from_value::<Homework>(bad)
            .unwrap_err()
            .to_string();
        assert!(err.contains(needle), "{needle}: {err}");
    }
}

#[test]
fn the_exercise_schema_lists_the_whole_catalog() {
    use pain_reprocessing::exercises::ExerciseKind;
    let schema = validator("exercise");
    for kind in ExerciseKind::ALL {
        let json = serde_json::to_value(Exercise::Catalog(kind)).unwrap();
        assert_eq!(schema_verdict(&schema, &json), Ok(()), "{kind:?}");
    }
    let unknown = json!({"source": "catalog", "kind": "cold_plunge"});
    assert!(schema_verdict(&schema, &unknown).is_err());
    assert!(serde_json::from_value::<Exercise>(unknown).is_err());
}
