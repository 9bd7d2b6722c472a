use super::*;
use crate::decimal::{Decimal, MeasuredValue};
use crate::outcomes::{
    InstrumentKey, Measurement, NotEvaluableReason, OutcomesError, ResponderContext,
    ResponderDefinition, Timepoint,
};
use crate::rating::Direction;
use chrono::NaiveDate;

fn day(month: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, month, d).unwrap()
}

fn admin(tp: Timepoint, date: NaiveDate, value: i32) -> Administration {
    Administration::new(tp, date, Decimal::from_int(value))
}

fn fu(months: u16) -> Timepoint {
    Timepoint::follow_up(months).unwrap()
}

fn pain(admins: Vec<Administration>) -> Result<Trajectory, OutcomesError> {
    Trajectory::new(
        InstrumentKey::new("nrs").unwrap(),
        1,
        Direction::HigherIsWorse,
        admins,
    )
}

#[test]
fn sorts_and_validates() {
    let t = pain(vec![
        admin(fu(1), day(3, 1), 2),
        admin(Timepoint::Baseline, day(1, 1), 6),
        admin(Timepoint::PostTreatment, day(2, 1), 3),
    ])
    .unwrap();
    let order: Vec<Timepoint> = t.administrations().iter().map(|a| a.timepoint()).collect();
    assert_eq!(
        order,
        [Timepoint::Baseline, Timepoint::PostTreatment, fu(1)]
    );
    assert!(matches!(
        pain(vec![
            admin(Timepoint::Baseline, day(1, 1), 6),
            admin(Timepoint::Baseline, day(1, 2), 6),
        ]),
        Err(OutcomesError::DuplicateTimepoint {
            timepoint: Timepoint::Baseline
        })
    ));
    let err = pain(vec![
        admin(Timepoint::Baseline, day(2, 1), 6),
        admin(Timepoint::PostTreatment, day(1, 1), 3),
    ])
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "post-treatment is not dated after baseline; dates must increase with the timepoints"
    );
    assert!(
        pain(vec![
            admin(Timepoint::Baseline, day(1, 1), 6),
            admin(Timepoint::PostTreatment, day(1, 1), 3),
        ])
        .is_err()
    );
    assert!(pain(vec![admin(Timepoint::FollowUp { months: 0 }, day(1, 1), 6)]).is_err());
    assert!(pain(vec![]).is_ok());
}

#[test]
fn from_measurements_rejects_mixtures() {
    let m = |key: &str, version: u16| {
        Measurement::new(
            InstrumentKey::new(key).unwrap(),
            version,
            Decimal::from_int(5),
            Direction::HigherIsWorse,
        )
    };
    let dated = |tp, date, measurement| DatedMeasurement {
        timepoint: tp,
        date,
        measurement,
    };
    assert!(matches!(
        Trajectory::from_measurements(vec![
            dated(Timepoint::Baseline, day(1, 1), m("nrs", 1)),
            dated(Timepoint::PostTreatment, day(2, 1), m("odi", 1)),
        ]),
        Err(OutcomesError::InstrumentMismatch { .. })
    ));
    assert!(matches!(
        Trajectory::from_measurements(vec![
            dated(Timepoint::Baseline, day(1, 1), m("nrs", 1)),
            dated(Timepoint::PostTreatment, day(2, 1), m("nrs", 2)),
        ]),
        Err(OutcomesError::RuleVersionMismatch { .. })
    ));
    assert_eq!(
        Trajectory::from_measurements(vec![]),
        Err(OutcomesError::EmptyTrajectory)
    );
    let ok =
        Trajectory::from_measurements(vec![dated(Timepoint::Baseline, day(1, 1), m("nrs", 3))])
            .unwrap();
    assert_eq!(ok.instrument().as_str(), "nrs");
    assert_eq!(ok.rule_version(), 3);
    let first = &ok.administrations()[0];
    assert_eq!(
        (first.timepoint(), first.date(), first.value()),
        (
            Timepoint::Baseline,
            Some(day(1, 1)),
            MeasuredValue::from_int(5)
        )
    );
}

#[test]
fn changes_best_latest() {
    let t = pain(vec![
        admin(Timepoint::Baseline, day(1, 1), 6),
        admin(Timepoint::PostTreatment, day(2, 1), 2),
        admin(fu(1), day(3, 1), 2),
        admin(fu(3), day(5, 1), 4),
    ])
    .unwrap();
    let improvements: Vec<i64> = t
        .changes()
        .unwrap()
        .iter()
        .map(|(_, c)| c.improvement().ten_thousandths() / 10_000)
        .collect();
    assert_eq!(improvements, [4, 4, 2]);
    // Best: 4 points first reached post-treatment (tie → earliest).
    assert_eq!(t.best().unwrap().unwrap().0, Timepoint::PostTreatment);
    assert_eq!(t.latest().unwrap().unwrap().0, fu(3));
    assert_eq!(t.change_at(fu(2)).unwrap(), None);
    assert_eq!(
        t.change_at(Timepoint::Baseline)
            .unwrap()
            .unwrap()
            .improvement(),
        Decimal::ZERO
    );
    let no_baseline = pain(vec![admin(Timepoint::PostTreatment, day(2, 1), 2)]).unwrap();
    assert_eq!(no_baseline.best(), Err(OutcomesError::NoBaseline));
    assert_eq!(no_baseline.baseline(), None);
    let only_baseline = pain(vec![admin(Timepoint::Baseline, day(1, 1), 6)]).unwrap();
    assert_eq!(only_baseline.best().unwrap(), None);
    assert_eq!(only_baseline.latest().unwrap(), None);
}

#[test]
fn sustained_response() {
    let rule = ResponderDefinition::PainFreeOrNearly;
    let ctx = ResponderContext::default();
    let t = pain(vec![
        admin(Timepoint::Baseline, day(1, 1), 5),
        admin(Timepoint::PostTreatment, day(2, 1), 1),
        admin(fu(1), day(3, 1), 0),
        admin(fu(3), day(5, 1), 3),
        admin(fu(6), day(8, 1), 1),
    ])
    .unwrap();
    assert_eq!(
        t.sustained_response(Timepoint::PostTreatment, &rule, &ctx)
            .unwrap(),
        SustainedResponse::NotSustained { first_miss: fu(3) }
    );
    assert_eq!(
        t.sustained_response(fu(6), &rule, &ctx).unwrap(),
        SustainedResponse::Sustained {
            from: fu(6),
            through: fu(6)
        }
    );
    assert_eq!(
        t.sustained_response(fu(2), &rule, &ctx).unwrap(),
        SustainedResponse::NoDataAt { timepoint: fu(2) }
    );
    let mcid = ResponderDefinition::McidReached;
    assert_eq!(
        t.sustained_response(fu(6), &mcid, &ctx).unwrap(),
        SustainedResponse::NotEvaluable {
            at: fu(6),
            why: NotEvaluableReason::NoMcid
        }
    );
}

#[test]
fn timepoints_order_undated_administrations() {
    // Visit labels only: the timepoints give the order, and changes work as with dates.
    let t = pain(vec![
        Administration::undated(fu(1), Decimal::from_int(2)),
        Administration::undated(Timepoint::Baseline, Decimal::from_int(6)),
        Administration::undated(Timepoint::PostTreatment, Decimal::from_int(3)),
    ])
    .unwrap();
    let order: Vec<Timepoint> = t.administrations().iter().map(|a| a.timepoint()).collect();
    assert_eq!(
        order,
        [Timepoint::Baseline, Timepoint::PostTreatment, fu(1)]
    );
    assert_eq!(
        t.change_at(fu(1)).unwrap().unwrap().improvement(),
        Decimal::from_int(4)
    );
    assert_eq!(t.baseline().unwrap().date(), None);
    // Mixed: the dated ones must still increase, skipping the undated one between them.
    let err = pain(vec![
        admin(Timepoint::Baseline, day(3, 1), 6),
        Administration::undated(Timepoint::PostTreatment, Decimal::from_int(3)),
        admin(fu(1), day(2, 1), 2),
    ])
    .unwrap_err();
    assert_eq!(
        err,
        OutcomesError::DatesOutOfOrder {
            earlier: Timepoint::Baseline,
            later: fu(1)
        }
    );
    // JSON: no `date` key when undated; a document with dates reads and writes as before.
    let undated = serde_json::to_value(Administration::undated(
        Timepoint::Baseline,
        Decimal::from_int(6),
    ))
    .unwrap();
    assert_eq!(
        undated,
        serde_json::json!({"timepoint": {"kind": "baseline"}, "value": 6})
    );
    let dated = r#"{"timepoint":{"kind":"baseline"},"date":"2024-01-01","value":6}"#;
    let back: Administration = serde_json::from_str(dated).unwrap();
    assert_eq!(back.date(), Some(day(1, 1)));
    assert_eq!(serde_json::to_string(&back).unwrap(), dated);
    assert!(
        serde_json::from_str::<Administration>(
            r#"{"timepoint":{"kind":"baseline"},"date":null,"value":6}"#
        )
        .is_ok_and(|a| a.date().is_none())
    );
}

#[test]
fn json_goes_through_validation() {
    let json = r#"{"instrument":"nrs","rule_version":1,"direction":"higher_is_worse","administrations":[
            {"timepoint":{"kind":"baseline"},"date":"2024-01-01","value":6},
            {"timepoint":{"kind":"baseline"},"date":"2024-02-01","value":4}]}"#;
    let err = serde_json::from_str::<Trajectory>(json)
        .unwrap_err()
        .to_string();
    assert!(err.contains("appears more than once"), "{err}");
    let t = pain(vec![admin(Timepoint::Baseline, day(1, 1), 6)]).unwrap();
    let back: Trajectory = serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
    assert_eq!(back, t);
}
