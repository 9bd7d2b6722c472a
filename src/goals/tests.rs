use chrono::NaiveDate;

use super::*;
use crate::instruments::InstrumentId;
use crate::{Decimal, Note, Rating};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
}

fn goal(measure: GoalMeasure) -> TreatmentGoal {
    TreatmentGoal::new(
        GoalId::new("goal-1").unwrap(),
        Note::new("garden again").unwrap(),
        day(2),
        measure,
        day(30),
    )
    .unwrap()
}

fn count_goal() -> TreatmentGoal {
    goal(GoalMeasure::count_per_week(4).unwrap())
}

#[test]
fn every_non_terminal_status_may_be_followed_by_every_status() {
    for first in GoalStatus::ALL.into_iter().filter(|s| !s.is_terminal()) {
        for next in GoalStatus::ALL {
            let mut g = count_goal();
            g.record(GoalEntry::new(day(3), first)).unwrap();
            assert_eq!(
                g.record(GoalEntry::new(day(4), next)),
                Ok(()),
                "{first} -> {next}"
            );
            assert_eq!(g.status(), next);
        }
    }
}

#[test]
fn terminal_statuses_accept_nothing_and_leave_the_goal_unchanged() {
    let terminal: Vec<GoalStatus> = GoalStatus::ALL
        .into_iter()
        .filter(|s| s.is_terminal())
        .collect();
    assert_eq!(
        terminal,
        [
            GoalStatus::Achieved,
            GoalStatus::NotAchieved,
            GoalStatus::Abandoned
        ]
    );
    for end in terminal {
        let mut g = count_goal();
        g.record(GoalEntry::new(day(3), end)).unwrap();
        let before = g.clone();
        for next in GoalStatus::ALL {
            assert_eq!(
                g.record(GoalEntry::new(day(5), next)),
                Err(GoalsError::Closed {
                    field: "entries",
                    status: end
                })
            );
        }
        assert_eq!(g, before);
        assert!(g.is_closed());
        assert!(!g.overdue(day(31)));
    }
}

#[test]
fn entries_never_go_back_in_time() {
    let mut g = count_goal();
    assert_eq!(
        g.record(GoalEntry::new(day(1), GoalStatus::InProgress)),
        Err(GoalsError::Before {
            field: "entries.on",
            date: day(1),
            other_field: "set_on",
            other: day(2)
        })
    );
    // The day the goal is set is allowed, and two entries may share a day.
    g.record(GoalEntry::new(day(2), GoalStatus::InProgress))
        .unwrap();
    g.record(GoalEntry::new(day(10), GoalStatus::Improving))
        .unwrap();
    g.record(GoalEntry::new(day(10), GoalStatus::NoChange))
        .unwrap();
    let err = g
        .record(GoalEntry::new(day(9), GoalStatus::Worsening))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "entries.on 2026-03-09 is before the previous entry 2026-03-10"
    );
    assert_eq!(g.entries().len(), 3);
    assert_eq!(g.status_on(day(9)), GoalStatus::InProgress);
    assert_eq!(g.status_on(day(1)), GoalStatus::InProgress);
    assert_eq!(g.status_on(day(10)), GoalStatus::NoChange);
}

#[test]
fn due_date_before_set_date_is_refused() {
    let err = TreatmentGoal::new(
        GoalId::new("g").unwrap(),
        Note::new("x").unwrap(),
        day(10),
        GoalMeasure::count_per_week(1).unwrap(),
        day(9),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "due 2026-03-09 is before set_on 2026-03-10"
    );
}

#[test]
fn targets_must_fit_their_measure() {
    assert!(GoalMeasure::count_per_week(100).is_ok());
    assert_eq!(
        GoalMeasure::count_per_week(101).unwrap_err().to_string(),
        "measure.target is 101; allowed whole numbers 0-100"
    );
    assert!(GoalMeasure::minutes_per_week(10_080).is_ok());
    assert!(GoalMeasure::minutes_per_week(10_081).is_err());
    // ODI scores 0-100; PHQ-9 0-27.
    assert!(GoalMeasure::instrument_score(InstrumentId::Odi, Decimal::from_int(100)).is_ok());
    assert!(GoalMeasure::instrument_score(InstrumentId::Phq9, Decimal::from_int(27)).is_ok());
    assert_eq!(
        GoalMeasure::instrument_score(InstrumentId::Phq9, Decimal::from_int(28))
            .unwrap_err()
            .to_string(),
        "measure.target is 28; allowed 0-27"
    );
    assert!(GoalMeasure::instrument_score(InstrumentId::Phq9, Decimal::from_int(-1)).is_err());
}

#[test]
fn direction_comes_from_the_measure_or_the_instrument() {
    use crate::Direction;
    let r = |v| Rating::new(v).unwrap();
    assert_eq!(
        GoalMeasure::rating(r(8), true).direction(),
        Direction::HigherIsBetter
    );
    assert_eq!(
        GoalMeasure::rating(r(2), false).direction(),
        Direction::HigherIsWorse
    );
    let pseq = GoalMeasure::instrument_score(InstrumentId::Pseq, Decimal::from_int(40)).unwrap();
    assert_eq!(
        pseq.direction(),
        InstrumentId::Pseq.definition().direction()
    );
    assert_eq!(pseq.direction(), Direction::HigherIsBetter);
    let phq = GoalMeasure::instrument_score(InstrumentId::Phq9, Decimal::from_int(5)).unwrap();
    assert!(phq.target_met(Decimal::from_int(4)));
    assert!(phq.target_met(Decimal::from_int(5)));
    assert!(!phq.target_met(Decimal::from_int(6)));
    assert!(pseq.target_met(Decimal::from_int(41)));
    assert!(!pseq.target_met(Decimal::from_int(39)));
}

#[test]
fn measured_values_must_fit_the_measure() {
    let mut g = goal(GoalMeasure::rating(Rating::new(7).unwrap(), true));
    let bad = g
        .record(GoalEntry::new(day(3), GoalStatus::Improving).with_value(Decimal::from_int(11)))
        .unwrap_err();
    assert_eq!(
        bad.to_string(),
        "entries.value is 11; allowed whole numbers 0-10"
    );
    let half = Decimal::from_hundredths(550).unwrap();
    assert!(
        g.record(GoalEntry::new(day(3), GoalStatus::Improving).with_value(half))
            .is_err()
    );
    assert!(g.entries().is_empty());
    g.record(GoalEntry::new(day(3), GoalStatus::Improving).with_value(Decimal::from_int(5)))
        .unwrap();
    g.record(GoalEntry::new(day(4), GoalStatus::NoChange))
        .unwrap();
    // The latest value skips entries without one.
    assert_eq!(g.latest_measurement(), Some((day(3), Decimal::from_int(5))));
    // Instrument scores may have decimals (PEG is a mean).
    let mut peg =
        goal(GoalMeasure::instrument_score(InstrumentId::Peg3, Decimal::from_int(3)).unwrap());
    peg.record(
        GoalEntry::new(day(5), GoalStatus::Improving)
            .with_value(Decimal::from_hundredths(433).unwrap()),
    )
    .unwrap();
    assert_eq!(peg.latest_value(), Decimal::from_hundredths(433).ok());
}

#[test]
fn json_round_trips_and_is_checked() {
    let g = count_goal()
        .set_at_session(1)
        .unwrap()
        .with_entry(GoalEntry::new(day(9), GoalStatus::Improving).with_value(Decimal::from_int(2)))
        .unwrap();
    let json = serde_json::to_value(&g).unwrap();
    assert_eq!(json["schema_version"], 2);
    assert_eq!(
        json["measure"],
        serde_json::json!({"type": "count_per_week", "target": 4})
    );
    assert_eq!(
        serde_json::from_value::<TreatmentGoal>(json.clone()).unwrap(),
        g
    );
    let mut missing = json.clone();
    missing.as_object_mut().unwrap().remove("measure");
    let err = serde_json::from_value::<TreatmentGoal>(missing)
        .unwrap_err()
        .to_string();
    assert!(err.contains("missing field `measure`"), "{err}");
    for (field, value) in [
        ("set_at_session", serde_json::json!(0)),
        ("due", serde_json::json!("2026-03-01")),
        (
            "measure",
            serde_json::json!({"type": "count_per_week", "target": 101}),
        ),
        (
            "measure",
            serde_json::json!({"type": "minutes_per_week", "target": 5, "extra": 1}),
        ),
        (
            "entries",
            serde_json::json!([{"on": "2026-03-01", "status": "improving"}]),
        ),
        ("extra", serde_json::json!(true)),
    ] {
        let mut bad = json.clone();
        bad[field] = value.clone();
        assert!(
            serde_json::from_value::<TreatmentGoal>(bad).is_err(),
            "{field} {value}"
        );
    }
}

#[test]
fn debug_keeps_the_persons_words_out() {
    let g = TreatmentGoal::new(
        GoalId::new("g").unwrap(),
        Note::new("dance at my daughter's wedding").unwrap(),
        day(2),
        GoalMeasure::count_per_week(1).unwrap(),
        day(3),
    )
    .unwrap();
    assert!(!format!("{g:?}").contains("wedding"));
}
