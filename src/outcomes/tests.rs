//! The outcomes unit tests' shared helpers; the tests themselves sit beside each rule (an inline
//! `mod tests` in a file module, `tests.rs` in a folder module).

use super::{Change, InstrumentKey, Measurement};
use crate::rating::Direction;

/// The change between two values of one made-up instrument, written as measured values ("6", "4.375").
pub(crate) fn change(before: &str, after: &str, direction: Direction) -> Change {
    let m = |v: &str| {
        Measurement::new(
            InstrumentKey::new("x").unwrap(),
            1,
            v.parse::<crate::MeasuredValue>().unwrap(),
            direction,
        )
    };
    Change::between(&m(before), &m(after)).unwrap()
}

/// Research values (means of eight answers, four-place exports) through every outcome figure,
/// computed by hand with exact fractions and rounded once.
mod research_values {
    use crate::decimal::{Decimal, MeasuredValue};
    use crate::outcomes::{
        Administration, ArmLabel, CohortSummary, InstrumentKey, ResponderContext,
        ResponderDefinition, ResponderDenominator, Timepoint, Trajectory, TrialAnalysis,
        TrialPatient, TrialTable,
    };
    use crate::rating::Direction;

    fn v(text: &str) -> MeasuredValue {
        text.parse().unwrap()
    }

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    fn trajectory(baseline: &str, post: &str) -> Trajectory {
        Trajectory::new(
            InstrumentKey::new("promis_sleep_8a_item_mean").unwrap(),
            1,
            Direction::HigherIsWorse,
            vec![
                Administration::undated(Timepoint::Baseline, v(baseline)),
                Administration::undated(Timepoint::PostTreatment, v(post)),
            ],
        )
        .unwrap()
    }

    /// PRT: 4.375 → 2.125, 5.125 → 1.875, 4.995 → 3.4975; usual care: 4.25 → 4, 4.5 → 4.125,
    /// 3.75 → 3.5.
    fn patients() -> Vec<TrialPatient> {
        [
            ("PRT", "4.375", "2.125"),
            ("PRT", "5.125", "1.875"),
            ("PRT", "4.995", "3.4975"),
            ("usual care", "4.25", "4"),
            ("usual care", "4.5", "4.125"),
            ("usual care", "3.75", "3.5"),
        ]
        .into_iter()
        .map(|(arm, baseline, post)| TrialPatient {
            arm: ArmLabel::new(arm).unwrap(),
            trajectory: trajectory(baseline, post),
        })
        .collect()
    }

    #[test]
    fn a_trial_table_of_research_values_by_hand() {
        let arms = [
            ArmLabel::new("PRT").unwrap(),
            ArmLabel::new("usual care").unwrap(),
        ];
        let table = TrialTable::summarize(
            &patients(),
            &TrialAnalysis {
                arms: &arms,
                timepoints: &[Timepoint::Baseline, Timepoint::PostTreatment],
                definition: &ResponderDefinition::percent_reduction_30(),
                denominator: ResponderDenominator::Completers,
                context: ResponderContext::default(),
            },
        )
        .unwrap();
        let post = table.row(Timepoint::PostTreatment).unwrap();
        let prt = post.arm("PRT").unwrap();
        // Values 2.125, 1.875, 3.4975: mean 7.4975 / 3 = 2.49916… → 2.50; SD 0.87357… → 0.87.
        assert_eq!(prt.value().mean(), Some(d("2.5")));
        assert_eq!(prt.value().sd(), Some(d("0.87")));
        // Changes −2.25, −3.25, −1.4975: mean −6.9975 / 3 = −2.3325 → −2.33 (half away from
        // zero); SD 0.87916… → 0.88.
        let change = prt.change().unwrap();
        assert_eq!(change.mean(), Some(d("-2.33")));
        assert_eq!(change.sd(), Some(d("0.88")));
        // 51.43% and 63.41% respond; 1.4975 / 4.995 = 29.98% does not, though rounded to two
        // places first (5.00 → 3.50) it would be exactly 30%: 2 of 3.
        let responders = prt.responders().unwrap();
        assert_eq!((responders.responders(), responders.denominator()), (2, 3));
        let usual = post.arm("usual care").unwrap();
        // 4, 4.125, 3.5: mean 3.875 → 3.88 (half away from zero); SD 0.33072 → 0.33.
        assert_eq!(usual.value().mean(), Some(d("3.88")));
        assert_eq!(usual.value().sd(), Some(d("0.33")));
        // Changes −0.25, −0.375, −0.25: mean −0.291666… → −0.29; SD 0.072168… → 0.07.
        assert_eq!(usual.change().unwrap().mean(), Some(d("-0.29")));
        assert_eq!(usual.change().unwrap().sd(), Some(d("0.07")));
        let versus = post.comparison("usual care").unwrap();
        // 2.49916… − 3.875 = −1.37583… → −1.38, from the exact sums (not 2.50 − 3.88 = −1.38 by
        // luck: the change difference shows it, −2.3325 + 0.291666… = −2.040833… → −2.04).
        assert_eq!(versus.mean_difference(), Some(d("-1.38")));
        assert_eq!(versus.change_difference(), Some(d("-2.04")));
        // Hedges' g: J = 1 − 3/15 = 0.8; post d = −1.37583 / 0.66054 → g −1.66643 → −1.67;
        // changes d = −2.04083 / 0.62370 → g −2.61750 → −2.62.
        assert_eq!(versus.hedges_g(), Some(d("-1.67")));
        assert_eq!(versus.change_hedges_g(), Some(d("-2.62")));
        let baseline = table.row(Timepoint::Baseline).unwrap();
        // 4.375, 5.125, 4.995: mean 14.495 / 3 = 4.831666… → 4.83.
        assert_eq!(baseline.arm("PRT").unwrap().value().mean(), Some(d("4.83")));
    }

    #[test]
    fn a_cohort_summary_of_research_values_by_hand() {
        let trajectories: Vec<Trajectory> = patients().into_iter().map(|p| p.trajectory).collect();
        let summary = CohortSummary::summarize(
            &trajectories,
            &[Timepoint::PostTreatment],
            &ResponderDefinition::percent_reduction_30(),
            &ResponderContext::default(),
        )
        .unwrap();
        let post = summary.row(Timepoint::PostTreatment).unwrap();
        // Changes −2.25, −3.25, −1.4975, −0.25, −0.375, −0.25: sum −7.8725, mean −1.3120833… →
        // −1.31; sample SD 1.24930… → 1.25.
        assert_eq!(post.mean_change(), Some(d("-1.31")));
        assert_eq!(post.sd_change(), Some(d("1.25")));
        // Responders at 30% on the exact ratios: 2 of 6 (the 29.98% patient is not one).
        assert_eq!((post.responders(), post.non_responders()), (2, 4));
        assert_eq!(post.responder_proportion(), Some(d("0.33")));
    }

    #[test]
    fn pain_free_is_decided_on_the_exact_value() {
        // A mean of 1.004 is not "0-1 of 10", though it prints as 1.00 to two places.
        let rule = ResponderDefinition::PainFreeOrNearly;
        let m = |value: &str| {
            crate::outcomes::Measurement::new(
                InstrumentKey::new("bpi_mean").unwrap(),
                1,
                v(value),
                Direction::HigherIsWorse,
            )
        };
        assert_eq!(
            rule.evaluate_current(&m("1.004")),
            Some(crate::outcomes::ResponderStatus::NonResponder)
        );
        assert_eq!(format!("{:.2}", v("1.004")), "1.00");
        assert_eq!(
            rule.evaluate_current(&m("0.9999")),
            Some(crate::outcomes::ResponderStatus::Responder)
        );
    }

    #[test]
    fn a_value_beyond_the_precision_is_refused_where_it_is() {
        // Patient 1's baseline has five decimals: the error names the patient's index and the
        // field, and no patient is dropped or rounded.
        let cohort = serde_json::json!([
            {"instrument": "x", "rule_version": 1, "direction": "higher_is_worse",
             "administrations": [{"timepoint": {"kind": "baseline"}, "value": 4.375}]},
            {"instrument": "x", "rule_version": 1, "direction": "higher_is_worse",
             "administrations": [{"timepoint": {"kind": "baseline"}, "value": 4.37512}]},
        ]);
        let error = crate::located::from_value::<Vec<Trajectory>>(cohort).unwrap_err();
        assert_eq!(error.location.path(), "[1].administrations[0].value");
        assert!(
            error.message.contains("more than 4 decimal places"),
            "{}",
            error.message
        );
        // One trajectory document through the schema catalog's reader: the field path.
        let entry = crate::schema::find("trajectory").unwrap();
        let one = serde_json::json!({"instrument": "x", "rule_version": 1,
            "direction": "higher_is_worse",
            "administrations": [{"timepoint": {"kind": "baseline"}, "value": 2.125},
                                {"timepoint": {"kind": "post_treatment"}, "value": -0.00001}]});
        let refused = entry.read(&one).unwrap_err();
        assert!(refused.contains("administrations[1].value"), "{refused}");
        assert!(refused.contains("more than 4 decimal places"), "{refused}");
    }
}
