//! Writes `docs/instruments.md` from the instrument catalog
//! ([`pain_reprocessing::instruments::catalog_markdown`]).
//!
//! ```text
//! cargo run --example generate_docs            # writes ./docs/instruments.md
//! cargo run --example generate_docs -- out.md  # writes somewhere else
//! ```
//!
//! A test fails until the committed file matches the catalog.

use std::error::Error;
use std::fs;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    let path = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/instruments.md"));
    fs::write(&path, pain_reprocessing::instruments::catalog_markdown())?;
    println!("wrote {}", path.display());
    Ok(())
}
