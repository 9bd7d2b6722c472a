//! Batch scoring end to end: NDJSON PHQ-9 responses in, NDJSON results out, on one thread (and
//! on two with the `rayon` feature), side by side with parsing the same lines into
//! `serde_json::Value`, the floor any JSON pipeline pays.
//!
//! `cargo bench --all-features --bench batch`; CI only smoke-runs it (`cargo test --benches`).
//! Results and targets: docs/performance.md.

// Fixtures are fixed data: a failure to build one is a bug in the bench, reported at once.
#![allow(clippy::expect_used)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pain_reprocessing::interop::batch::{BatchConfig, score_ndjson};

/// Lines in one batch.
const LINES: usize = 100_000;

/// `LINES` PHQ-9 responses, one per line, answers varying from line to line (item 9 answered 0
/// or 1, so some scores carry a safety flag), as a trial export would hold them.
fn ndjson() -> Vec<u8> {
    let mut out = String::with_capacity(LINES * 90);
    for line in 0..LINES {
        let answers: Vec<String> = (0..9)
            .map(|item| {
                let answer = (line * 7 + item * 3) % 4;
                if item == 8 {
                    (answer % 2).to_string()
                } else {
                    answer.to_string()
                }
            })
            .collect();
        out.push_str(&format!(
            "{{\"schema_version\": 2, \"instrument\": \"phq9\", \"answers\": [{}]}}\n",
            answers.join(", ")
        ));
    }
    out.into_bytes()
}

fn batch(c: &mut Criterion) {
    let input = ndjson();
    let config = BatchConfig::default();
    let mut group = c.benchmark_group("batch");
    group.throughput(Throughput::Elements(LINES as u64));
    // The floor first: every line parsed into a `Value`, nothing validated, scored or written.
    group.bench_function("value_parse_phq9_lines", |b| {
        b.iter(|| {
            let mut objects = 0_usize;
            for line in black_box(&input).split(|&b| b == b'\n') {
                if !line.is_empty() {
                    let value: serde_json::Value =
                        serde_json::from_slice(line).expect("fixture line");
                    objects += usize::from(value.is_object());
                }
            }
            objects
        })
    });
    let mut output = Vec::with_capacity(LINES * 400);
    group.bench_function("ndjson_to_ndjson_phq9_1_thread", |b| {
        b.iter(|| {
            output.clear();
            score_ndjson(black_box(&input[..]), &mut output, &config).expect("in memory")
        })
    });
    #[cfg(feature = "rayon")]
    for threads in [1, 2] {
        group.bench_function(
            format!("ndjson_to_ndjson_phq9_parallel_{threads}_threads"),
            |b| {
                b.iter(|| {
                    output.clear();
                    pain_reprocessing::interop::batch::score_ndjson_parallel(
                        black_box(&input[..]),
                        &mut output,
                        &config,
                        threads,
                    )
                    .expect("in memory")
                })
            },
        );
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    targets = batch
}
criterion_main!(benches);
