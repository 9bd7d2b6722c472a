//! Research values (four decimal places) through outcomes: every derived figure equals the exact
//! rational rounded once, checked against an independent i128 reference; and stored documents
//! written with two-place values read back unchanged, with no migration.

use pain_reprocessing::outcomes::{
    Administration, ArmLabel, Change, CohortSummary, InstrumentKey, Measurement, ResponderContext,
    ResponderDefinition, ResponderDenominator, Timepoint, Trajectory, TrialAnalysis, TrialPatient,
    TrialTable,
};
use pain_reprocessing::program::OutcomeSummary;
use pain_reprocessing::{Decimal, Direction, MeasuredValue};
use proptest::prelude::*;
use serde_json::Value;

use crate::support::{proptest_config, schema_dir};

/// `numerator / denominator` rounded half away from zero to a whole number, written without the
/// crate's helper: |n| / |d| rounded half up, then signed.
fn reference_round(numerator: i128, denominator: i128) -> i128 {
    let (n, d) = (numerator.unsigned_abs(), denominator.unsigned_abs());
    let magnitude = (2 * n + d) / (2 * d);
    let magnitude = i128::try_from(magnitude).unwrap();
    if (numerator < 0) != (denominator < 0) {
        -magnitude
    } else {
        magnitude
    }
}

/// The nearest whole number to √(num / den), ties up: the largest k with (2k − 1)² · den ≤ 4 num,
/// found by bisection (not the crate's integer square root), for roots below 2^24.
fn reference_sqrt(num: u128, den: u128) -> u128 {
    let (mut low, mut high) = (0_u128, 1_u128 << 24);
    while low < high {
        let k = (low + high).div_ceil(2);
        let odd = 2 * k - 1;
        if odd * odd * den <= 4 * num {
            low = k;
        } else {
            high = k - 1;
        }
    }
    low
}

fn value(ten_thousandths: i64) -> MeasuredValue {
    MeasuredValue::from_ten_thousandths(ten_thousandths).unwrap()
}

fn key() -> InstrumentKey {
    InstrumentKey::new("research_mean").unwrap()
}

/// A research value on a 0-100 scale with four decimals.
fn research() -> impl Strategy<Value = i64> {
    0_i64..=1_000_000
}

proptest! {
    #![proptest_config(proptest_config(256))]

    #[test]
    fn a_change_is_exact_and_its_percent_rounded_once(baseline in research(), current in research()) {
        let m = |t| Measurement::new(key(), 1, value(t), Direction::HigherIsWorse);
        let change = Change::between(&m(baseline), &m(current)).unwrap();
        prop_assert_eq!(change.absolute().ten_thousandths(), current - baseline);
        prop_assert_eq!(change.improvement().ten_thousandths(), baseline - current);
        let improvement = i128::from(baseline - current);
        let base = i128::from(baseline);
        match change.percent_improvement().percent() {
            None => prop_assert_eq!(baseline, 0),
            Some(percent) => {
                // improvement / baseline × 100 in hundredths of a percent, rounded once.
                let hundredths = reference_round(improvement * 10_000, base);
                prop_assert_eq!(i128::from(percent.hundredths()), hundredths);
                // 30% on the exact ratio: 10 · improvement ≥ 3 · baseline.
                prop_assert_eq!(
                    change.percent_improvement_at_least(Decimal::from_int(30)),
                    Some(10 * improvement >= 3 * base)
                );
            }
        }
    }

    #[test]
    fn a_trial_arms_mean_and_sd_are_the_exact_ones_rounded_once(
        values in proptest::collection::vec(research(), 2..12),
    ) {
        let arm = ArmLabel::new("A").unwrap();
        let patients: Vec<TrialPatient> = values
            .iter()
            .map(|&t| TrialPatient {
                arm: arm.clone(),
                trajectory: Trajectory::new(
                    key(),
                    1,
                    Direction::HigherIsWorse,
                    vec![Administration::undated(Timepoint::Baseline, value(t))],
                )
                .unwrap(),
            })
            .collect();
        let table = TrialTable::summarize(
            &patients,
            &TrialAnalysis {
                arms: std::slice::from_ref(&arm),
                timepoints: &[Timepoint::Baseline],
                definition: &ResponderDefinition::AtMost { value: Decimal::from_int(50) },
                denominator: ResponderDenominator::Completers,
                context: ResponderContext::default(),
            },
        )
        .unwrap();
        let cell = table.row(Timepoint::Baseline).unwrap().arm("A").unwrap().value();
        let n = i128::try_from(values.len()).unwrap();
        let sum: i128 = values.iter().map(|&t| i128::from(t)).sum();
        let squares: i128 = values.iter().map(|&t| i128::from(t) * i128::from(t)).sum();
        // mean = sum / (n · 10⁴) units = sum / (100 n) hundredths.
        prop_assert_eq!(i128::from(cell.mean().unwrap().hundredths()), reference_round(sum, 100 * n));
        // variance = (n Σx² − (Σx)²) / (n (n − 1)) ten-thousandths² = that / 10⁴ hundredths².
        let spread = u128::try_from(n * squares - sum * sum).unwrap();
        let den = u128::try_from(n * (n - 1) * 10_000).unwrap();
        prop_assert_eq!(
            u128::try_from(cell.sd().unwrap().hundredths()).unwrap(),
            reference_sqrt(spread, den)
        );
        // The responder count is decided on the exact values: at most 50.
        let responders = values.iter().filter(|&&t| t <= 500_000).count();
        let counted = table.row(Timepoint::Baseline).unwrap().arm("A").unwrap().responders().unwrap();
        prop_assert_eq!(counted.responders(), u64::try_from(responders).unwrap());
    }

    #[test]
    fn a_measured_value_round_trips_through_json_and_text(t in -1_000_000_000_000_i64..=1_000_000_000_000) {
        let v = value(t);
        let json = serde_json::to_string(&v).unwrap();
        prop_assert_eq!(serde_json::from_str::<MeasuredValue>(&json).unwrap(), v);
        prop_assert_eq!(v.to_string().parse::<MeasuredValue>().unwrap(), v);
    }
}

/// Whether every value of `old` is in `new` at the same place, unchanged.
fn contained(old: &Value, new: &Value) -> Result<(), String> {
    match (old, new) {
        (Value::Object(o), Value::Object(n)) => o.iter().try_for_each(|(k, v)| {
            let there = n.get(k).ok_or_else(|| format!("{k} dropped"))?;
            contained(v, there).map_err(|e| format!("{k}.{e}"))
        }),
        (Value::Array(o), Value::Array(n)) if o.len() == n.len() => o
            .iter()
            .zip(n)
            .enumerate()
            .try_for_each(|(i, (a, b))| contained(a, b).map_err(|e| format!("[{i}]{e}"))),
        (o, n) if o == n => Ok(()),
        (o, n) => Err(format!(": {o} became {n}")),
    }
}

/// Every stored fixture with measurements (written when values had two places) reads unchanged:
/// typed, and written back to the same JSON. The wire form is the same plain number, so no
/// migration step exists or is needed.
#[test]
fn documents_with_two_place_values_read_back_unchanged() {
    fn same<T>(name: &str) -> usize
    where
        T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        let folder = schema_dir().join("fixtures").join(name).join("valid");
        let mut read = 0;
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            let document: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
            let typed: T = serde_json::from_value(document.clone())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let written = serde_json::to_value(&typed).unwrap();
            // Every value written where the fixture has one is the fixture's, number for number
            // (a summary written before `with_change` existed gains that count, nothing else).
            assert_eq!(contained(&document, &written), Ok(()), "{}", path.display());
            assert_eq!(serde_json::from_value::<T>(written).unwrap(), typed);
            read += 1;
        }
        read
    }
    assert!(same::<Measurement>("measurement") > 0);
    assert!(same::<Change>("change") > 0);
    assert!(same::<Trajectory>("trajectory") > 0);
    assert!(same::<CohortSummary>("cohort_summary") > 0);
    assert!(same::<TrialTable>("trial_table") > 0);
    assert!(same::<OutcomeSummary>("outcome_summary") > 0);
    // A stored summary of format 1 still reads, through its existing 1 -> 2 step only.
    for file in ["in_treatment.json", "treatment_completed.json"] {
        let path = schema_dir().join("fixtures/outcome_summary/v1").join(file);
        let document: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let summary: OutcomeSummary = pain_reprocessing::versioning::read(document).unwrap();
        assert!(!summary.instruments().is_empty(), "{file}");
    }
}
