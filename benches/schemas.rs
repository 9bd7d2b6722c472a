//! Generating every published JSON Schema file (`schema::files()`: one per catalog entry and the
//! bundle), as `cargo run --example generate_schemas` and the drift check do.
//!
//! `cargo bench --bench schemas` (add `-- --quick` for a fast pass); CI only smoke-runs it
//! (`cargo test --benches`). Results: docs/performance.md.

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use pain_reprocessing::schema;

fn schemas(c: &mut Criterion) {
    let count = schema::files().len();
    c.bench_function(&format!("schema/files_all_{count}"), |b| {
        b.iter(schema::files)
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = schemas
}
criterion_main!(benches);
