//! Screening a realistic intake against the Boulder criteria.
//!
//! `cargo bench --bench intake` (add `-- --quick` for a fast pass); CI only smoke-runs it
//! (`cargo test --benches`). Results: docs/performance.md.

// Fixtures are fixed data: a failure to build one is a bug in the bench, reported at once.
#![allow(clippy::expect_used)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use pain_reprocessing::intake::{IntakeForm, ScreeningCriteria, screen};
use pain_reprocessing::testing::eligible_intake;

fn screening(c: &mut Criterion) {
    let form = IntakeForm::new(eligible_intake()).expect("fixture intake");
    let criteria = ScreeningCriteria::boulder_trial();
    c.bench_function("screen/eligible_intake_boulder", |b| {
        b.iter(|| screen(black_box(&form), black_box(&criteria)))
    });
    let bytes = serde_json::to_vec(&form).expect("fixture JSON");
    c.bench_function("screen/from_json", |b| {
        b.iter(|| {
            serde_json::from_slice::<IntakeForm>(black_box(&bytes))
                .map(|form| screen(&form, &criteria))
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = screening
}
criterion_main!(benches);
