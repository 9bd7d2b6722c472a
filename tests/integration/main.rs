//! Integration tests, one module per capability, linked into a single test binary so the suite builds
//! quickly on small machines.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs
)]

mod display;
#[cfg(feature = "fhir")]
mod fhir;
mod fixtures;
mod goals;
mod instruments;
mod intake;
mod outcomes;
mod pipelines;
mod precision;
mod privacy;
mod program;
mod robustness;
mod scalars;
mod schemas;
mod sessions;
mod strict;
mod support;
#[cfg(feature = "csv")]
mod tables;
mod trial;
mod versioning;
