//! Tests of trial tables: a cohort of six patients in two arms computed by hand, and bad input.

use super::*;
use crate::decimal::Decimal;
use crate::outcomes::Administration;

fn key() -> InstrumentKey {
    InstrumentKey::new("bpi_sf.item.bpi_5_average").unwrap()
}

fn fu3() -> Timepoint {
    Timepoint::follow_up(3).unwrap()
}

/// A patient of `arm` with values (whole numbers) at baseline, post-treatment and follow-up +3,
/// any of them missing; undated, as research data by visit label are.
fn patient(arm: &str, values: [Option<i32>; 3]) -> TrialPatient {
    let administrations = [Timepoint::Baseline, Timepoint::PostTreatment, fu3()]
        .into_iter()
        .zip(values)
        .filter_map(|(tp, v)| v.map(|v| Administration::undated(tp, Decimal::from_int(v))))
        .collect();
    TrialPatient {
        arm: ArmLabel::new(arm).unwrap(),
        trajectory: Trajectory::new(key(), 1, Direction::HigherIsWorse, administrations).unwrap(),
    }
}

/// PRT: 6→1→2, 5→0→·, 4→3→1. Usual care: 5→4→5, ·→2→3 (no baseline), 6→·→6.
fn cohort() -> Vec<TrialPatient> {
    vec![
        patient("PRT", [Some(6), Some(1), Some(2)]),
        patient("PRT", [Some(5), Some(0), None]),
        patient("PRT", [Some(4), Some(3), Some(1)]),
        patient("usual care", [Some(5), Some(4), Some(5)]),
        patient("usual care", [None, Some(2), Some(3)]),
        patient("usual care", [Some(6), None, Some(6)]),
    ]
}

fn arms() -> [ArmLabel; 2] {
    [
        ArmLabel::new("PRT").unwrap(),
        ArmLabel::new("usual care").unwrap(),
    ]
}

fn table(
    patients: &[TrialPatient],
    definition: &ResponderDefinition,
    denominator: ResponderDenominator,
) -> Result<TrialTable, OutcomesError> {
    TrialTable::summarize(
        patients,
        &TrialAnalysis {
            arms: &arms(),
            timepoints: &[fu3(), Timepoint::Baseline, Timepoint::PostTreatment],
            definition,
            denominator,
            context: ResponderContext::default(),
        },
    )
}

fn s(d: Option<Decimal>) -> Option<String> {
    d.map(|d| d.to_string())
}

#[test]
fn six_patients_in_two_arms_by_hand() {
    let t = table(
        &cohort(),
        &ResponderDefinition::PainFreeOrNearly,
        ResponderDenominator::AllRandomized,
    )
    .unwrap();
    assert_eq!(t.instrument(), &key());
    let order: Vec<Timepoint> = t.rows().iter().map(TrialRow::timepoint).collect();
    assert_eq!(
        order,
        [Timepoint::Baseline, Timepoint::PostTreatment, fu3()]
    );

    // Baseline. PRT 6, 5, 4: mean 5, SD 1. Usual care 5, 6: mean 5.5, SD √0.5 = 0.7071 → 0.71.
    let base = t.row(Timepoint::Baseline).unwrap();
    let prt = base.arm("PRT").unwrap();
    assert_eq!((prt.randomized(), prt.value().n()), (3, 3));
    assert_eq!(
        (s(prt.value().mean()), s(prt.value().sd())),
        (Some("5".into()), Some("1".into()))
    );
    assert_eq!(prt.change(), None);
    let uc = base.arm("usual care").unwrap();
    assert_eq!(
        (s(uc.value().mean()), s(uc.value().sd())),
        (Some("5.5".into()), Some("0.71".into()))
    );
    // Pain-free needs no baseline, so it is judged at baseline too: nobody is at 0-1.
    assert_eq!(prt.responders().unwrap().to_string(), "0/3 (0.0%)");
    // Pooled variance (2·1 + 1·0.5) / 3 = 0.8333; d = −0.5 / 0.9129 = −0.5477;
    // J = 1 − 3 / (4·5 − 9) = 0.7273; g = −0.3983 → −0.40.
    let c = base.comparison("usual care").unwrap();
    assert_eq!(
        (c.arm().as_str(), c.versus().as_str()),
        ("PRT", "usual care")
    );
    assert_eq!(s(c.mean_difference()), Some("-0.5".into()));
    assert_eq!(s(c.hedges_g()), Some("-0.4".into()));
    assert_eq!((c.change_difference(), c.change_hedges_g()), (None, None));
    assert_eq!(s(c.responder_difference()), Some("0".into()));

    // Post-treatment. PRT 1, 0, 3: mean 4/3 → 1.33, SD √(7/3) = 1.5275 → 1.53; changes −5, −5, −1:
    // mean −11/3 → −3.67, SD √(16/3) = 2.3094 → 2.31; responders 1 and 0: 2 of 3.
    let post = t.row(Timepoint::PostTreatment).unwrap();
    let prt = post.arm("PRT").unwrap();
    assert_eq!(prt.value().to_string(), "1.33 (1.53)");
    assert_eq!(prt.change().unwrap().to_string(), "-3.67 (2.31)");
    assert_eq!(prt.change().unwrap().n(), 3);
    let r = prt.responders().unwrap();
    assert_eq!((r.responders(), r.denominator()), (2, 3));
    assert_eq!(s(r.percent()), Some("66.67".into()));
    assert_eq!(r.to_string(), "2/3 (66.7%)");
    // Usual care 4, 2 (the third is missing): mean 3, SD √2 → 1.41; one change (5 → 4): −1, no
    // SD; the patient without a baseline is still judged (2: not pain-free); the missing one is
    // a non-responder of all 3 randomized.
    let uc = post.arm("usual care").unwrap();
    assert_eq!(uc.value().to_string(), "3.00 (1.41)");
    assert_eq!(uc.change().unwrap().to_string(), "-1.00");
    assert_eq!(
        (uc.change().unwrap().n(), uc.change().unwrap().sd()),
        (1, None)
    );
    assert_eq!(uc.responders().unwrap().to_string(), "0/3 (0.0%)");
    // Values: 4/3 − 3 = −1.67; pooled (2·7/3 + 1·2) / 3 = 2.2222, d = −1.1180, g = −0.8131 → −0.81.
    // Changes: −11/3 + 1 = −2.67; pooled (2·16/3) / 2 = 5.3333, d = −1.1547, J = 1 − 3/7,
    // g = −0.6598 → −0.66. Responders 2/3 − 0/3 = 66.67 points.
    let c = post.comparison("usual care").unwrap();
    assert_eq!(s(c.mean_difference()), Some("-1.67".into()));
    assert_eq!(s(c.hedges_g()), Some("-0.81".into()));
    assert_eq!(s(c.change_difference()), Some("-2.67".into()));
    assert_eq!(s(c.change_hedges_g()), Some("-0.66".into()));
    assert_eq!(s(c.responder_difference()), Some("66.67".into()));

    // Follow-up +3. PRT 2, 1: mean 1.5, SD 0.71; changes −4, −3: −3.5 (0.71); 1 of 3 responds.
    // Usual care 5, 3, 6: 14/3 → 4.67 (1.53); changes 0, 0 (one without baseline): 0 (0).
    let fu = t.row(fu3()).unwrap();
    let prt = fu.arm("PRT").unwrap();
    assert_eq!(prt.value().to_string(), "1.50 (0.71)");
    assert_eq!(prt.change().unwrap().to_string(), "-3.50 (0.71)");
    assert_eq!(prt.responders().unwrap().to_string(), "1/3 (33.3%)");
    let uc = fu.arm("usual care").unwrap();
    assert_eq!(uc.value().to_string(), "4.67 (1.53)");
    assert_eq!(uc.change().unwrap().to_string(), "0.00 (0.00)");
    // Values: 1.5 − 14/3 = −3.17; pooled (0.5 + 2·7/3) / 3 = 1.7222, d = −2.4130, g = −1.7549 →
    // −1.75. Changes: −3.5 − 0; pooled (0.5 + 0) / 2 = 0.25, d = −7, J = 4/7: g = −4 exactly.
    let c = fu.comparison("usual care").unwrap();
    assert_eq!(s(c.mean_difference()), Some("-3.17".into()));
    assert_eq!(s(c.hedges_g()), Some("-1.75".into()));
    assert_eq!(s(c.change_difference()), Some("-3.5".into()));
    assert_eq!(s(c.change_hedges_g()), Some("-4".into()));
    assert_eq!(s(c.responder_difference()), Some("33.33".into()));
}

#[test]
fn completers_divide_by_those_with_data() {
    let t = table(
        &cohort(),
        &ResponderDefinition::PainFreeOrNearly,
        ResponderDenominator::Completers,
    )
    .unwrap();
    let post = t.row(Timepoint::PostTreatment).unwrap();
    // Usual care: two with a value (one without baseline, judged anyway), none pain-free.
    assert_eq!(
        post.arm("usual care")
            .unwrap()
            .responders()
            .unwrap()
            .to_string(),
        "0/2 (0.0%)"
    );
    let fu = t.row(fu3()).unwrap();
    assert_eq!(
        fu.arm("PRT").unwrap().responders().unwrap().to_string(),
        "1/2 (50.0%)"
    );
    // 1/2 − 0/3 = 50 points.
    assert_eq!(
        s(fu.comparison("usual care").unwrap().responder_difference()),
        Some("50".into())
    );
}

#[test]
fn a_definition_on_the_baseline_needs_one() {
    // 30% reduction: the usual-care patient without a baseline is missing, not judged.
    let t = table(
        &cohort(),
        &ResponderDefinition::percent_reduction_30(),
        ResponderDenominator::Completers,
    )
    .unwrap();
    assert_eq!(
        t.row(Timepoint::Baseline)
            .unwrap()
            .arm("PRT")
            .unwrap()
            .responders(),
        None
    );
    let post = t.row(Timepoint::PostTreatment).unwrap();
    // PRT: −5/6, −5/5, −1/4 = 83%, 100%, 25% → 2 of 3. Usual care: 5 → 4 is 20% → 0 of 1.
    assert_eq!(
        post.arm("PRT").unwrap().responders().unwrap().to_string(),
        "2/3 (66.7%)"
    );
    assert_eq!(
        post.arm("usual care")
            .unwrap()
            .responders()
            .unwrap()
            .to_string(),
        "0/1 (0.0%)"
    );
    // 2/3 − 0/1 = 66.67 points.
    assert_eq!(
        s(post
            .comparison("usual care")
            .unwrap()
            .responder_difference()),
        Some("66.67".into())
    );
}

#[test]
fn the_table_prints_as_a_methods_section_reports_it() {
    let t = table(
        &cohort(),
        &ResponderDefinition::PainFreeOrNearly,
        ResponderDenominator::AllRandomized,
    )
    .unwrap();
    let text = t.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Outcome bpi_sf.item.bpi_5_average (rule v1, higher is worse); responders: pain-free or nearly (0-1 of 10); denominator: all randomized, missing counted as non-responders."
    );
    assert!(
        lines[1].contains("percents to 0.1 from exact counts"),
        "{}",
        lines[1]
    );
    assert!(text.contains("post-treatment         PRT               3     3  1.33 (1.53)    -3.67 (2.31)    2/3 (66.7%)"), "{text}");
    assert!(text.contains("PRT vs usual care: mean difference -1.67 (g -0.81); change -2.67 (g -0.66); responders +66.67 points"), "{text}");
    // Every figure prints with the same number of decimals: no `0.2` beside `0.26`.
    assert!(text.contains("(g -0.40)"), "{text}");
}

#[test]
fn bad_input_is_a_typed_error_naming_the_patient_or_field() {
    let pain_free = ResponderDefinition::PainFreeOrNearly;
    let all = ResponderDenominator::AllRandomized;
    // An unknown arm, named with the patient's index.
    let mut patients = cohort();
    patients[4].arm = ArmLabel::new("placebo").unwrap();
    assert_eq!(
        table(&patients, &pain_free, all).unwrap_err().to_string(),
        "patient 4 is in arm \"placebo\", which is not among the analysis' arms"
    );
    // A timepoint with no data.
    let err = TrialTable::summarize(
        &cohort(),
        &TrialAnalysis {
            arms: &arms(),
            timepoints: &[Timepoint::PostTreatment, Timepoint::follow_up(6).unwrap()],
            definition: &pain_free,
            denominator: all,
            context: ResponderContext::default(),
        },
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "no patient has a value at follow-up +6 months; report only timepoints with data"
    );
    // A definition applied to the wrong instrument: pain-free on the ODI's 0-100.
    let odi: Vec<TrialPatient> = cohort()
        .into_iter()
        .map(|p| TrialPatient {
            arm: p.arm,
            trajectory: Trajectory::new(
                InstrumentKey::new("odi").unwrap(),
                1,
                Direction::HigherIsWorse,
                p.trajectory.administrations().to_vec(),
            )
            .unwrap(),
        })
        .collect();
    assert!(matches!(
        table(&odi, &pain_free, all),
        Err(OutcomesError::DefinitionNotApplicable {
            definition: "pain_free_or_nearly",
            ..
        })
    ));
    // A patient of another outcome, named.
    let mut mixed = cohort();
    mixed[2].trajectory = Trajectory::new(
        InstrumentKey::new("bpi_sf").unwrap(),
        1,
        Direction::HigherIsWorse,
        vec![],
    )
    .unwrap();
    assert_eq!(
        table(&mixed, &pain_free, all).unwrap_err().to_string(),
        "patient 2 has outcome bpi_sf v1, the trial's is bpi_sf.item.bpi_5_average v1; a trial table needs one outcome and rule version"
    );
    // A patient the definition cannot judge: a zero baseline under a percent rule, or no MCID.
    let mut zero = cohort();
    zero[3] = patient("usual care", [Some(0), Some(0), None]);
    assert_eq!(
        table(&zero, &ResponderDefinition::percent_reduction_30(), all).unwrap_err(),
        OutcomesError::TrialPatientNotEvaluable {
            patient: 3,
            timepoint: Timepoint::PostTreatment,
            why: crate::outcomes::NotEvaluableReason::ZeroBaseline
        }
    );
    assert!(matches!(
        table(&cohort(), &ResponderDefinition::McidReached, all),
        Err(OutcomesError::TrialPatientNotEvaluable { patient: 0, .. })
    ));
    // No patients, no arms, an arm twice, no timepoints.
    assert_eq!(table(&[], &pain_free, all), Err(OutcomesError::EmptyTrial));
    let design = |arms: &[ArmLabel], timepoints: &[Timepoint]| {
        TrialTable::summarize(
            &cohort(),
            &TrialAnalysis {
                arms,
                timepoints,
                definition: &pain_free,
                denominator: all,
                context: ResponderContext::default(),
            },
        )
        .unwrap_err()
        .to_string()
    };
    let prt = ArmLabel::new("PRT").unwrap();
    assert_eq!(
        design(&[], &[Timepoint::Baseline]),
        "the trial analysis is invalid: a trial table needs at least one arm"
    );
    assert_eq!(
        design(&[prt.clone(), prt], &[Timepoint::Baseline]),
        "the trial analysis is invalid: each arm is listed once"
    );
    assert_eq!(
        design(&arms(), &[]),
        "the trial analysis is invalid: a trial table needs at least one timepoint"
    );
    assert_eq!(
        ArmLabel::new("a\u{7}").unwrap_err().to_string(),
        "arm label has a control character at position 2; control characters are not allowed"
    );
}

#[test]
fn a_randomized_patient_never_assessed_counts_in_n_randomized() {
    let mut patients = cohort();
    patients.push(TrialPatient {
        arm: ArmLabel::new("PRT").unwrap(),
        trajectory: Trajectory::new(key(), 1, Direction::HigherIsWorse, vec![]).unwrap(),
    });
    let t = table(
        &patients,
        &ResponderDefinition::PainFreeOrNearly,
        ResponderDenominator::AllRandomized,
    )
    .unwrap();
    let prt = t.row(Timepoint::PostTreatment).unwrap().arm("PRT").unwrap();
    assert_eq!((prt.randomized(), prt.value().n()), (4, 3));
    assert_eq!(prt.responders().unwrap().to_string(), "2/4 (50.0%)");
}

#[test]
fn a_table_serializes_with_its_schema() {
    let t = table(
        &cohort(),
        &ResponderDefinition::PainFreeOrNearly,
        ResponderDenominator::AllRandomized,
    )
    .unwrap();
    let json = serde_json::to_value(&t).unwrap();
    let schema = serde_json::to_value(schemars::schema_for!(TrialTable)).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(validator.is_valid(&json), "{json}");
    assert_eq!(
        json["rows"][1]["arms"][0]["responders"],
        serde_json::json!({"responders": 2, "denominator": 3, "percent": 66.67})
    );
    assert_eq!(json["denominator"], "all_randomized");
}

#[test]
fn a_table_reads_back_and_only_with_figures_its_counts_allow() {
    for (definition, denominator) in [
        (
            ResponderDefinition::PainFreeOrNearly,
            ResponderDenominator::AllRandomized,
        ),
        (
            ResponderDefinition::percent_reduction_30(),
            ResponderDenominator::Completers,
        ),
    ] {
        let t = table(&cohort(), &definition, denominator).unwrap();
        let json = serde_json::to_value(&t).unwrap();
        assert_eq!(serde_json::from_value::<TrialTable>(json).unwrap(), t);
    }
    let t = table(
        &cohort(),
        &ResponderDefinition::PainFreeOrNearly,
        ResponderDenominator::AllRandomized,
    )
    .unwrap();
    let json = serde_json::to_value(&t).unwrap();
    // Rows: baseline, post-treatment, +3 months; arms PRT, usual care.
    let refused = |edit: &dyn Fn(&mut serde_json::Value), what: &str| {
        let mut changed = json.clone();
        edit(&mut changed);
        let err = serde_json::from_value::<TrialTable>(changed)
            .unwrap_err()
            .to_string();
        assert!(err.contains(what), "{what}: {err}");
    };
    refused(
        &|j| j["rows"][1]["arms"][0]["responders"]["responders"] = 4.into(),
        "n/N",
    );
    refused(
        &|j| j["rows"][1]["arms"][0]["responders"]["percent"] = 50.into(),
        "n/N",
    );
    // All randomized: the denominator is the arm's 3 patients.
    refused(
        &|j| j["rows"][1]["arms"][0]["responders"]["denominator"] = 2.into(),
        "denominator",
    );
    refused(
        &|j| j["rows"][1]["arms"][0]["value"]["n"] = 4.into(),
        "value",
    );
    refused(
        &|j| j["rows"][1]["arms"][0]["value"]["sd"] = serde_json::Value::Null,
        "value",
    );
    refused(
        &|j| j["rows"][0]["arms"][0]["change"] = j["rows"][1]["arms"][0]["change"].clone(),
        "change",
    );
    refused(
        &|j| j["rows"][2]["arms"][1]["randomized"] = 4.into(),
        "arms",
    );
    refused(
        &|j| j["rows"][2]["arms"][1]["arm"] = "placebo".into(),
        "arms",
    );
    refused(
        &|j| j["rows"][2]["comparisons"][0]["versus"] = "placebo".into(),
        "comparisons",
    );
    refused(
        &|j| j["rows"][2]["comparisons"][0]["responder_difference"] = 12.5.into(),
        "responder percentages",
    );
    refused(
        &|j| {
            let first = j["rows"][0].clone();
            j["rows"][0] = j["rows"][1].clone();
            j["rows"][1] = first;
        },
        "row order",
    );
    refused(
        &|j| j["rows"] = serde_json::json!([]),
        "at least one timepoint",
    );
    // A definition that needs the baseline judges nobody at baseline.
    refused(
        &|j| j["definition"] = serde_json::json!({"kind": "percent_reduction", "percent": 30}),
        "responders",
    );
}

#[test]
fn the_valid_fixture_is_the_hand_computed_table() {
    let t = table(
        &cohort(),
        &ResponderDefinition::PainFreeOrNearly,
        ResponderDenominator::AllRandomized,
    )
    .unwrap();
    let fixture: serde_json::Value = serde_json::from_str(include_str!(
        "../../../docs/schemas/fixtures/trial_table/valid/two_arms_three_timepoints.json"
    ))
    .unwrap();
    let expected = serde_json::to_value(&t).unwrap();
    assert_eq!(
        fixture,
        expected,
        "{}",
        serde_json::to_string_pretty(&expected).unwrap()
    );
}
