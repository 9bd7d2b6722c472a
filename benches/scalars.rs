//! Validation and JSON decoding of the scalar types every document is made of.
//!
//! `cargo bench --bench scalars`; CI only smoke-runs it (`cargo test --benches`).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use pain_reprocessing::{Note, PatientId, Rating};

fn scalars(c: &mut Criterion) {
    c.bench_function("rating/new", |b| b.iter(|| Rating::new(black_box(7))));
    c.bench_function("rating/from_json", |b| {
        b.iter(|| serde_json::from_str::<Rating>(black_box("7")))
    });
    c.bench_function("patient_id/new", |b| {
        b.iter(|| PatientId::new(black_box("mrn-0000012345")))
    });
    let note =
        "Pain eased while walking; noticed tightness in the lower back, stayed curious. ".repeat(8);
    c.bench_function("note/new_640_chars", |b| {
        b.iter(|| Note::new(black_box(note.as_str())))
    });
}

criterion_group!(benches, scalars);
criterion_main!(benches);
