//! Scoring: every fixed-answer instrument from an already validated [`Response`], against the floor
//! of summing the same answers from a plain slice; and a response read from JSON bytes (typed decode,
//! validation and scoring) against parsing the same bytes into `serde_json::Value`.
//!
//! `cargo bench --bench instruments` (add `-- --quick` for a fast pass); CI only smoke-runs it
//! (`cargo test --benches`). Results and targets: docs/performance.md.

// Fixtures are fixed data: a failure to build one is a bug in the bench, reported at once.
#![allow(clippy::expect_used)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use pain_reprocessing::instruments::{InstrumentId, RecallPeriod, Response};

/// A realistic answer for every item: mid-scale, varying by item, none missing (PHQ-9 item 9 is
/// answered 0, so the score carries no safety flag).
fn answers(id: InstrumentId) -> Vec<u8> {
    let definition = id.definition();
    let (min, max) = (definition.answer_min(), definition.answer_max());
    let n = definition.item_count();
    (0..n)
        .map(|item| {
            if id == InstrumentId::Phq9 && item == 8 {
                0
            } else {
                // `item % 3` of the way up: low, middle, high, low, ...
                min + (max - min) * u8::try_from(item % 3).unwrap_or(0) / 2
            }
        })
        .collect()
}

fn response(id: InstrumentId, answers: &[u8]) -> Response {
    if id == InstrumentId::Nrs {
        Response::nrs(answers.first().copied(), RecallPeriod::PastWeek)
    } else {
        let answers: Vec<Option<u8>> = answers.iter().copied().map(Some).collect();
        Response::new(id, &answers)
    }
    .expect("fixture response")
}

/// The floor: the raw sum of the answers, nothing validated, banded or flagged.
fn slice_sum(answers: &[u8]) -> u32 {
    answers.iter().map(|&a| u32::from(a)).sum()
}

fn scoring(c: &mut Criterion) {
    let mut group = c.benchmark_group("score");
    let phq9 = answers(InstrumentId::Phq9);
    // Side by side: the floor first, then PHQ-9, then every other instrument.
    group.bench_function("floor_phq9_slice_sum", |b| {
        b.iter(|| slice_sum(black_box(phq9.as_slice())))
    });
    let ids = std::iter::once(InstrumentId::Phq9).chain(
        InstrumentId::ALL
            .into_iter()
            .filter(|&id| id.is_fixed_response() && id != InstrumentId::Phq9),
    );
    for id in ids {
        let response = response(id, &answers(id));
        group.bench_function(id.as_str(), |b| b.iter(|| black_box(&response).score()));
    }
    group.finish();
}

fn from_json(c: &mut Criterion) {
    let mut group = c.benchmark_group("response_json");
    for id in [InstrumentId::Phq9, InstrumentId::BpiSf, InstrumentId::Csi] {
        let bytes = serde_json::to_vec(&response(id, &answers(id))).expect("fixture JSON");
        group.bench_function(format!("{}/typed_decode_and_score", id.as_str()), |b| {
            b.iter(|| {
                serde_json::from_slice::<Response>(black_box(&bytes))
                    .map(|response| response.score())
            })
        });
        group.bench_function(format!("{}/value_parse", id.as_str()), |b| {
            b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(&bytes)))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = scoring, from_json
}
criterion_main!(benches);
