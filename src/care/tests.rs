use chrono::NaiveDate;

use super::*;
use crate::Note;
use crate::intake::{PriorTreatment, TreatmentKind};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

#[test]
fn active_on_includes_both_ends() {
    let t = ConcurrentTreatment::new(CareKind::Massage, day(3, 10))
        .stopped(day(3, 12))
        .unwrap();
    assert!(!t.active_on(day(3, 9)));
    assert!(t.active_on(day(3, 10)));
    assert!(t.active_on(day(3, 12)));
    assert!(!t.active_on(day(3, 13)));
    let one_day = ConcurrentTreatment::new(CareKind::Yoga, day(3, 10))
        .stopped(day(3, 10))
        .unwrap();
    assert!(one_day.active_on(day(3, 10)));
    let ongoing = ConcurrentTreatment::new(CareKind::Yoga, day(3, 10));
    assert!(ongoing.active_on(day(12, 31)));
    assert!(!ongoing.active_on(day(3, 9)));
}

#[test]
fn stop_before_start_is_refused() {
    let err = ConcurrentTreatment::new(CareKind::Acupuncture, day(3, 10))
        .stopped(day(3, 9))
        .unwrap_err();
    assert_eq!(
        err,
        CareError::Before {
            field: "stopped_on",
            date: day(3, 9),
            other_field: "started_on",
            other: day(3, 10)
        }
    );
    let json = serde_json::json!({
        "schema_version": 1,
        "kind": {"type": "acupuncture"},
        "started_on": "2026-03-10",
        "stopped_on": "2026-03-09"
    });
    let err = serde_json::from_value::<ConcurrentTreatment>(json)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("stopped_on 2026-03-09 is before started_on"),
        "{err}"
    );
}

#[test]
fn dose_changes_stay_within_the_treatment_and_in_order() {
    let mut t = ConcurrentTreatment::new(CareKind::Medication { opioid: true }, day(1, 5));
    assert!(
        t.record_dose_change(DoseChange::new(day(1, 4), DoseDirection::Decreased))
            .is_err()
    );
    t.record_dose_change(DoseChange::new(day(2, 1), DoseDirection::Decreased))
        .unwrap();
    assert!(matches!(
        t.record_dose_change(DoseChange::new(day(1, 31), DoseDirection::Decreased)),
        Err(CareError::Before { .. })
    ));
    assert_eq!(t.dose_changes().len(), 1);
    // Stopping before the last dose change is refused.
    assert!(matches!(
        t.clone().stopped(day(1, 31)),
        Err(CareError::After { .. })
    ));
    let mut stopped = t.stopped(day(3, 1)).unwrap();
    assert!(matches!(
        stopped.record_dose_change(DoseChange::new(day(3, 2), DoseDirection::Increased)),
        Err(CareError::After { .. })
    ));
}

#[test]
fn changes_between_tells_starts_stops_and_dose_changes_apart() {
    let mut opioid = ConcurrentTreatment::new(CareKind::Medication { opioid: true }, day(1, 1));
    opioid
        .record_dose_change(DoseChange::new(day(3, 5), DoseDirection::Decreased))
        .unwrap();
    let opioid = opioid.stopped(day(3, 20)).unwrap();
    let pt = ConcurrentTreatment::new(CareKind::PhysicalTherapy, day(3, 20));
    let old = ConcurrentTreatment::new(CareKind::Massage, day(1, 1))
        .stopped(day(2, 1))
        .unwrap();
    let log = CareLog::new([opioid, pt, old]).unwrap();
    let changes = log.changes_between(day(3, 1), day(3, 31)).unwrap();
    let summary: Vec<(NaiveDate, CareChangeKind)> =
        changes.iter().map(|c| (c.on(), c.kind())).collect();
    assert_eq!(
        summary,
        [
            (
                day(3, 5),
                CareChangeKind::DoseChanged(DoseDirection::Decreased)
            ),
            (day(3, 20), CareChangeKind::Started),
            (day(3, 20), CareChangeKind::Stopped),
        ]
    );
    assert_eq!(changes[1].treatment().kind(), CareKind::PhysicalTherapy);
    // Window ends are inclusive.
    assert_eq!(
        log.changes_between(day(3, 20), day(3, 20)).unwrap().len(),
        2
    );
    assert!(
        log.changes_between(day(3, 21), day(3, 31))
            .unwrap()
            .is_empty()
    );
    assert!(log.changes_between(day(3, 2), day(3, 1)).is_err());
    assert!(log.opioid_use_on(day(3, 20)));
    assert!(!log.opioid_use_on(day(3, 21)));
    assert_eq!(log.active_on(day(1, 15)).count(), 2);
}

#[test]
fn intake_prior_treatments_convert() {
    let prior = PriorTreatment {
        kind: TreatmentKind::Opioids,
        note: Some(Note::new("oxycodone 5 mg").unwrap()),
    };
    let t = ConcurrentTreatment::from_prior(&prior, day(3, 1));
    assert_eq!(t.kind(), CareKind::Medication { opioid: true });
    assert_eq!(t.label(), prior.note.as_ref());
    assert!(t.kind().is_opioid());
    assert_eq!(
        CareKind::from_intake(TreatmentKind::Medication),
        CareKind::Medication { opioid: false }
    );
    assert_eq!(
        CareKind::from_intake(TreatmentKind::Psychological),
        CareKind::OtherPsychotherapy
    );
    assert_eq!(
        CareKind::from_intake(TreatmentKind::Surgery),
        CareKind::Other
    );
    assert!(!format!("{t:?}").contains("oxycodone"));
}

#[test]
fn json_round_trips_and_rejects_unknowns() {
    let log = CareLog::new([
        ConcurrentTreatment::new(CareKind::Medication { opioid: false }, day(1, 1)),
        ConcurrentTreatment::new(CareKind::Yoga, day(2, 1))
            .stopped(day(2, 28))
            .unwrap(),
    ])
    .unwrap();
    let json = serde_json::to_value(&log).unwrap();
    assert_eq!(
        json["treatments"][0]["kind"],
        serde_json::json!({"type": "medication", "opioid": false})
    );
    assert_eq!(
        json["treatments"][1]["kind"],
        serde_json::json!({"type": "yoga"})
    );
    assert_eq!(serde_json::from_value::<CareLog>(json).unwrap(), log);
    for bad in [
        serde_json::json!({"type": "medication"}),
        serde_json::json!({"type": "reiki"}),
        serde_json::json!({"type": "yoga", "extra": 1}),
        serde_json::json!({"type": "medication", "opioid": true, "dose": 1}),
    ] {
        assert!(
            serde_json::from_value::<CareKind>(bad.clone()).is_err(),
            "{bad}"
        );
    }
}

#[test]
fn the_log_is_updated_during_the_program() {
    let mut log = CareLog::new([ConcurrentTreatment::new(
        CareKind::Medication { opioid: true },
        day(1, 1),
    )])
    .unwrap();
    log.record_dose_change(0, DoseChange::new(day(3, 1), DoseDirection::Decreased))
        .unwrap();
    let before = log.clone();
    assert_eq!(
        log.stop(0, day(2, 1)),
        Err(CareError::After {
            field: "dose_changes.on",
            date: day(3, 1),
            other_field: "stopped_on",
            other: day(2, 1)
        })
    );
    assert_eq!(
        log.stop(1, day(4, 1)),
        Err(CareError::UnknownTreatment { index: 1, len: 1 })
    );
    assert_eq!(log, before);
    log.stop(0, day(4, 1)).unwrap();
    assert!(log.opioid_use_on(day(4, 1)));
    assert!(!log.opioid_use_on(day(4, 2)));
    log.add(ConcurrentTreatment::new(CareKind::Yoga, day(4, 2)))
        .unwrap();
    assert_eq!(log.active_on(day(4, 2)).count(), 1);
}
