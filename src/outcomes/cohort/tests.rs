//! Tests of cohort summaries: rows computed by hand, missing data, reading back.

use super::*;
use crate::outcomes::Administration;
use chrono::NaiveDate;

fn day(month: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, month, 1).unwrap()
}

fn patient(baseline: Option<&str>, post: Option<&str>) -> Trajectory {
    let mut admins = Vec::new();
    if let Some(b) = baseline {
        admins.push(Administration::new(
            Timepoint::Baseline,
            day(1),
            b.parse::<crate::MeasuredValue>().unwrap(),
        ));
    }
    if let Some(p) = post {
        admins.push(Administration::new(
            Timepoint::PostTreatment,
            day(2),
            p.parse::<crate::MeasuredValue>().unwrap(),
        ));
    }
    Trajectory::new(
        InstrumentKey::new("nrs").unwrap(),
        1,
        Direction::HigherIsWorse,
        admins,
    )
    .unwrap()
}

fn post_row(cohort: &[Trajectory], rule: &ResponderDefinition) -> TimepointSummary {
    CohortSummary::summarize(
        cohort,
        &[Timepoint::PostTreatment],
        rule,
        &ResponderContext::default(),
    )
    .unwrap()
    .rows()[0]
        .clone()
}

#[test]
fn a_zero_baseline_cannot_be_judged_by_a_percent_rule() {
    // 0 → 0: the percent reduction is undefined, so the patient is not evaluable.
    let cohort = [patient(Some("0"), Some("0")), patient(Some("6"), Some("4"))];
    let row = post_row(&cohort, &ResponderDefinition::percent_reduction_30());
    assert_eq!(row.with_data(), 2);
    assert_eq!(row.not_evaluable(), 1);
    assert_eq!(row.responders(), 1);
    assert_eq!(row.non_responders(), 0);
}

#[test]
fn a_row_reads_back_only_with_its_own_figures() {
    // 6 → 4 and 5 → 3: both −2, so the SD of change is exactly 0; both reduce by 30% or more.
    let cohort = [patient(Some("6"), Some("4")), patient(Some("5"), Some("3"))];
    let summary = CohortSummary::summarize(
        &cohort,
        &[Timepoint::PostTreatment],
        &ResponderDefinition::percent_reduction_30(),
        &ResponderContext::default(),
    )
    .unwrap();
    let json = serde_json::to_value(&summary).unwrap();
    assert_eq!(json["rows"][0]["sd_change"], serde_json::json!(0));
    assert_eq!(
        serde_json::from_value::<CohortSummary>(json.clone()).unwrap(),
        summary
    );
    let tampered = |field: &str, value: serde_json::Value| {
        assert!(json["rows"][0].get(field).is_some(), "{field}");
        let mut changed = json.clone();
        changed["rows"][0][field] = value;
        serde_json::from_value::<CohortSummary>(changed).is_err()
    };
    assert!(tampered("sd_change", serde_json::json!(-1)));
    // Each of the three responder figures is checked on its own.
    assert!(tampered("responder_proportion", serde_json::json!(0.5)));
    assert!(tampered("responder_percentage", serde_json::json!(50)));
    assert!(tampered(
        "responder_proportion_of_cohort",
        serde_json::json!(0.5)
    ));
}

#[test]
fn hand_computed_row() {
    // Changes: 6→4 (−2), 5→1 (−4), 4→4 (0), 3→2 (−1); one missing value, one missing baseline.
    let cohort = [
        patient(Some("6"), Some("4")),
        patient(Some("5"), Some("1")),
        patient(Some("4"), Some("4")),
        patient(Some("3"), Some("2")),
        patient(Some("5"), None),
        patient(None, Some("2")),
    ];
    let row = post_row(&cohort, &ResponderDefinition::percent_reduction_30());
    assert_eq!(row.patients(), 6);
    assert_eq!(row.with_data(), 4);
    assert_eq!(row.missing_value(), 1);
    assert_eq!(row.missing_baseline(), 1);
    // 30% responders: 33.33% yes, 80% yes, 0% no, 33.33% yes → 3 of 4.
    assert_eq!(row.responders(), 3);
    assert_eq!(row.non_responders(), 1);
    assert_eq!(row.not_evaluable(), 0);
    assert_eq!(row.responder_proportion().unwrap().to_string(), "0.75");
    assert_eq!(row.responder_percentage().unwrap().to_string(), "75%");
    // 3 of 6 patients = 0.5.
    assert_eq!(
        row.responder_proportion_of_cohort().unwrap().to_string(),
        "0.5"
    );
    // Mean = (−2 − 4 + 0 − 1) / 4 = −1.75.
    assert_eq!(row.mean_change().unwrap().to_string(), "-1.75");
    // SD: deviations −0.25, −2.25, 1.75, 0.75; squares 0.0625 + 5.0625 + 3.0625 + 0.5625 = 8.75;
    // / 3 = 2.9166…; √ = 1.7078… → 1.71.
    assert_eq!(row.sd_change().unwrap().to_string(), "1.71");
}

#[test]
fn a_definition_on_the_current_value_judges_patients_without_a_baseline() {
    // 5→1 (−4), 6→4 (−2), no baseline→0, no baseline→3, 5→nothing.
    let cohort = [
        patient(Some("5"), Some("1")),
        patient(Some("6"), Some("4")),
        patient(None, Some("0")),
        patient(None, Some("3")),
        patient(Some("5"), None),
    ];
    let row = post_row(&cohort, &ResponderDefinition::PainFreeOrNearly);
    assert_eq!(row.patients(), 5);
    // Judged: the four with a post value; only two of them have a change.
    assert_eq!((row.with_data(), row.with_change()), (4, 2));
    assert_eq!((row.missing_value(), row.missing_baseline()), (1, 0));
    // Pain-free or nearly (0-1): 1 yes, 4 no, 0 yes, 3 no → 2 of 4.
    assert_eq!((row.responders(), row.non_responders()), (2, 2));
    assert_eq!(row.responder_proportion().unwrap().to_string(), "0.5");
    assert_eq!(row.responder_percentage().unwrap().to_string(), "50%");
    // 2 of 5 patients.
    assert_eq!(
        row.responder_proportion_of_cohort().unwrap().to_string(),
        "0.4"
    );
    // Mean change over the two with a change: (−4 − 2) / 2 = −3; SD √((1 + 1) / 1) = 1.414… → 1.41.
    assert_eq!(row.mean_change().unwrap().to_string(), "-3");
    assert_eq!(row.sd_change().unwrap().to_string(), "1.41");

    // A percent rule needs the baseline: the two without one are missing, not judged.
    let row = post_row(&cohort, &ResponderDefinition::percent_reduction_30());
    assert_eq!((row.with_data(), row.with_change()), (2, 2));
    assert_eq!((row.missing_value(), row.missing_baseline()), (1, 2));
    // 5→1 is 80%, 6→4 is 33.3%: both responders.
    assert_eq!(row.responders(), 2);
}

#[test]
fn with_change_reads_back_and_agrees_with_the_definition() {
    let cohort = [patient(Some("5"), Some("1")), patient(None, Some("0"))];
    let summary = CohortSummary::summarize(
        &cohort,
        &[Timepoint::PostTreatment],
        &ResponderDefinition::PainFreeOrNearly,
        &ResponderContext::default(),
    )
    .unwrap();
    let json = serde_json::to_value(&summary).unwrap();
    assert_eq!(json["rows"][0]["with_change"], serde_json::json!(1));
    assert_eq!(
        serde_json::from_value::<CohortSummary>(json.clone()).unwrap(),
        summary
    );
    let refused = |row: serde_json::Value| {
        let mut changed = json.clone();
        changed["rows"][0] = row;
        serde_json::from_value::<CohortSummary>(changed)
            .unwrap_err()
            .to_string()
    };
    // More changes than judged patients.
    let mut row = json["rows"][0].clone();
    row["with_change"] = serde_json::json!(3);
    assert!(
        refused(row).contains("with_change"),
        "with_change above with_data"
    );
    // A definition on the current value alone leaves nobody missing a baseline.
    let mut row = json["rows"][0].clone();
    row["with_data"] = serde_json::json!(1);
    row["responders"] = serde_json::json!(1);
    row["missing_baseline"] = serde_json::json!(1);
    row["responder_proportion_of_cohort"] = serde_json::json!(0.5);
    assert!(refused(row).contains("missing_baseline"));
}

#[test]
fn a_summary_written_before_with_change_reads_with_every_judged_patient_changed() {
    let cohort = [patient(Some("6"), Some("4")), patient(Some("5"), Some("3"))];
    let summary = CohortSummary::summarize(
        &cohort,
        &[Timepoint::PostTreatment],
        &ResponderDefinition::percent_reduction_30(),
        &ResponderContext::default(),
    )
    .unwrap();
    let mut json = serde_json::to_value(&summary).unwrap();
    json["rows"][0]
        .as_object_mut()
        .unwrap()
        .remove("with_change");
    let read: CohortSummary = serde_json::from_value(json).unwrap();
    assert_eq!(read, summary);
    assert_eq!(read.rows()[0].with_change(), 2);
}

#[test]
fn thirty_three_of_fifty() {
    let cohort: Vec<Trajectory> = (0..50)
        .map(|i| patient(Some("5"), Some(if i < 33 { "1" } else { "3" })))
        .collect();
    let row = post_row(&cohort, &ResponderDefinition::PainFreeOrNearly);
    assert_eq!(row.responders(), 33);
    assert_eq!((row.patients(), row.with_data()), (50, 50));
    assert_eq!((row.missing_value(), row.missing_baseline()), (0, 0));
    assert_eq!(row.responder_proportion().unwrap().to_string(), "0.66");
    assert_eq!(row.responder_percentage().unwrap().to_string(), "66%");
    assert_eq!(
        row.responder_proportion_of_cohort().unwrap().to_string(),
        "0.66"
    );
}

#[test]
fn empty_and_tiny_cohorts() {
    let summary = CohortSummary::summarize(
        &[],
        &[Timepoint::PostTreatment],
        &ResponderDefinition::PainFreeOrNearly,
        &ResponderContext::default(),
    )
    .unwrap();
    assert!(summary.is_empty());
    assert_eq!(summary.instrument(), None);
    let row = summary.row(Timepoint::PostTreatment).unwrap();
    assert_eq!(row.with_data(), 0);
    assert_eq!(row.responder_proportion(), None);
    assert_eq!(row.responder_proportion_of_cohort(), None);
    assert_eq!(row.mean_change(), None);
    assert_eq!(row.sd_change(), None);
    let json = serde_json::to_value(&summary).unwrap();
    assert_eq!(
        serde_json::from_value::<CohortSummary>(json).unwrap(),
        summary
    );

    let one = post_row(
        &[patient(Some("5"), Some("1"))],
        &ResponderDefinition::PainFreeOrNearly,
    );
    assert_eq!(one.mean_change().unwrap().to_string(), "-4");
    assert_eq!(one.sd_change(), None);
}

#[test]
fn a_summary_describes_its_cohort_and_keeps_its_rows_in_order() {
    // A patient with no administration at all has no value at any timepoint.
    let cohort = [
        patient(Some("6"), Some("4")),
        patient(None, None),
        patient(Some("5"), Some("3")),
    ];
    let follow_up = Timepoint::FollowUp { months: 3 };
    let summary = CohortSummary::summarize(
        &cohort,
        &[Timepoint::PostTreatment, follow_up],
        &ResponderDefinition::percent_reduction_30(),
        &ResponderContext::default(),
    )
    .unwrap();
    assert_eq!(summary.instrument().map(InstrumentKey::as_str), Some("nrs"));
    assert_eq!(summary.rule_version(), Some(1));
    let second_version = Trajectory::new(
        InstrumentKey::new("nrs").unwrap(),
        2,
        Direction::HigherIsWorse,
        vec![],
    )
    .unwrap();
    let later = CohortSummary::summarize(
        &[second_version],
        &[Timepoint::PostTreatment],
        &ResponderDefinition::PainFreeOrNearly,
        &ResponderContext::default(),
    )
    .unwrap();
    assert_eq!(later.rule_version(), Some(2));
    assert_eq!(summary.direction(), Some(Direction::HigherIsWorse));
    assert_eq!(summary.patients(), 3);
    assert!(!summary.is_empty());
    let post = &summary.rows()[0];
    assert_eq!((post.with_data(), post.missing_value()), (2, 1));
    assert_eq!(summary.rows()[1].missing_value(), 3);
    // Rows out of timepoint order are refused on read.
    let mut json = serde_json::to_value(&summary).unwrap();
    let rows = json["rows"].as_array_mut().unwrap();
    rows.swap(0, 1);
    assert!(serde_json::from_value::<CohortSummary>(json).is_err());
}

#[test]
fn mixed_cohorts_are_errors() {
    let other = Trajectory::new(
        InstrumentKey::new("odi").unwrap(),
        1,
        Direction::HigherIsWorse,
        vec![],
    )
    .unwrap();
    let err = CohortSummary::summarize(
        &[patient(Some("5"), None), other],
        &[Timepoint::PostTreatment],
        &ResponderDefinition::PainFreeOrNearly,
        &ResponderContext::default(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "a cohort summary needs one instrument and rule version; got nrs v1 and odi v1"
    );
    // The same instrument under another rule version, or read in the other direction.
    for (version, direction) in [
        (2, Direction::HigherIsWorse),
        (1, Direction::HigherIsBetter),
    ] {
        let other = Trajectory::new(
            InstrumentKey::new("nrs").unwrap(),
            version,
            direction,
            vec![],
        )
        .unwrap();
        assert!(matches!(
            CohortSummary::summarize(
                &[patient(Some("5"), None), other],
                &[Timepoint::PostTreatment],
                &ResponderDefinition::PainFreeOrNearly,
                &ResponderContext::default(),
            ),
            Err(OutcomesError::MixedCohort { .. })
        ));
    }
}

#[test]
fn observed_timepoints_and_tampering() {
    let cohort = [patient(Some("5"), Some("1")), patient(Some("4"), None)];
    assert_eq!(
        CohortSummary::observed_timepoints(&cohort),
        [Timepoint::PostTreatment]
    );
    let summary = CohortSummary::summarize(
        &cohort,
        &[Timepoint::PostTreatment, Timepoint::PostTreatment],
        &ResponderDefinition::PainFreeOrNearly,
        &ResponderContext::default(),
    )
    .unwrap();
    assert_eq!(summary.rows().len(), 1);
    let mut json = serde_json::to_value(&summary).unwrap();
    assert_eq!(
        serde_json::from_value::<CohortSummary>(json.clone()).unwrap(),
        summary
    );
    json["rows"][0]["responders"] = serde_json::json!(2);
    assert!(serde_json::from_value::<CohortSummary>(json).is_err());
}
