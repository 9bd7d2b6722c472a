//! Writes `docs/instruments.md` from the instrument catalog
//! ([`pain_reprocessing::instruments::catalog_markdown`]) and `docs/sources.md` from the
//! bibliography ([`pain_reprocessing::source::bibliography_markdown`]).
//!
//! ```text
//! cargo run --example generate_docs              # writes ./docs/instruments.md and ./docs/sources.md
//! cargo run --example generate_docs -- out/dir   # writes both into another directory
//! ```
//!
//! A test fails until the committed files match the code.

use std::error::Error;
use std::fs;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs"));
    for (name, text) in [
        (
            "instruments.md",
            pain_reprocessing::instruments::catalog_markdown(),
        ),
        (
            "sources.md",
            pain_reprocessing::source::bibliography_markdown(),
        ),
    ] {
        let path = dir.join(name);
        fs::write(&path, text)?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
