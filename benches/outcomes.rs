//! The outcome arithmetic of a trial: a three-arm trial table (150 patients, three timepoints),
//! a cohort summary of the same patients and one change between two measurements.
//!
//! `cargo bench --bench outcomes` (add `-- --quick` for a fast pass); CI only smoke-runs it
//! (`cargo test --benches`). Results: docs/performance.md.

// Fixtures are fixed data: a failure to build one is a bug in the bench, reported at once.
#![allow(clippy::expect_used)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use pain_reprocessing::outcomes::{
    Administration, ArmLabel, Change, CohortSummary, InstrumentKey, Measurement, ResponderContext,
    ResponderDefinition, ResponderDenominator, Timepoint, Trajectory, TrialAnalysis, TrialPatient,
    TrialTable,
};
use pain_reprocessing::{Decimal, Direction};

/// 150 patients in three arms, values in hundredths (a BPI-like 0-10 scale, two decimals).
fn patients(arms: &[ArmLabel]) -> Vec<TrialPatient> {
    let key = InstrumentKey::new("bpi_sf.subscale.interference").expect("a key");
    let follow_up = Timepoint::follow_up(12).expect("12 months");
    (0..150_i32)
        .map(|i| {
            let baseline = 400 + (i * 37) % 300;
            let post = baseline - (i * 53) % 400;
            let later = post + (i * 11) % 100 - 50;
            let value = |h: i32| Decimal::from_hundredths_i32(h.clamp(0, 1000));
            let trajectory = Trajectory::new(
                key.clone(),
                1,
                Direction::HigherIsWorse,
                vec![
                    Administration::undated(Timepoint::Baseline, value(baseline)),
                    Administration::undated(Timepoint::PostTreatment, value(post)),
                    Administration::undated(follow_up, value(later)),
                ],
            )
            .expect("a trajectory");
            let arm = arms
                .get(usize::try_from(i).expect("small") % arms.len())
                .expect("an arm")
                .clone();
            TrialPatient { arm, trajectory }
        })
        .collect()
}

fn outcomes(c: &mut Criterion) {
    let arms = ["PRT", "placebo", "usual care"].map(|a| ArmLabel::new(a).expect("a label"));
    let patients = patients(&arms);
    let timepoints = [
        Timepoint::Baseline,
        Timepoint::PostTreatment,
        Timepoint::follow_up(12).expect("12 months"),
    ];
    let definition = ResponderDefinition::percent_reduction_30();
    let analysis = TrialAnalysis {
        arms: &arms,
        timepoints: &timepoints,
        definition: &definition,
        denominator: ResponderDenominator::AllRandomized,
        context: ResponderContext::default(),
    };
    c.bench_function("trial_table/150_patients_3_timepoints", |b| {
        b.iter(|| TrialTable::summarize(black_box(&patients), black_box(&analysis)))
    });
    let trajectories: Vec<Trajectory> = patients.iter().map(|p| p.trajectory.clone()).collect();
    c.bench_function("cohort_summary/150_patients_3_timepoints", |b| {
        b.iter(|| {
            CohortSummary::summarize(
                black_box(&trajectories),
                &timepoints,
                &definition,
                &ResponderContext::default(),
            )
        })
    });
    let key = InstrumentKey::new("nrs_pain").expect("a key");
    let m = |h| {
        Measurement::new(
            key.clone(),
            1,
            Decimal::from_hundredths_i32(h),
            Direction::HigherIsWorse,
        )
    };
    let (before, after) = (m(667), m(467));
    c.bench_function("change/between", |b| {
        b.iter(|| Change::between(black_box(&before), black_box(&after)))
    });
}

criterion_group!(benches, outcomes);
criterion_main!(benches);
