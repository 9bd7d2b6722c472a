//! Writes the fuzz corpus seeds: every fixture under `docs/schemas/fixtures/<name>/{valid,invalid}`,
//! prefixed with the byte that selects `<name>` in the catalog, into `fuzz/corpus/<target>/`.
//!
//! Run from the repository root: `cargo run --manifest-path fuzz/Cargo.toml --bin seed_corpus`.
//! The corpus is not committed (`fuzz/corpus` is ignored); rerun this after adding fixtures or
//! catalog entries (the selector byte is the entry's position in the catalog).

use std::fs;
use std::path::Path;

use pain_reprocessing::schema;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixtures = root.join("../docs/schemas/fixtures");
    let mut written = 0;
    for target in ["json_documents", "json_text"] {
        let out = root.join("corpus").join(target);
        fs::create_dir_all(&out)?;
        for (index, entry) in schema::catalog().iter().enumerate() {
            let selector = u8::try_from(index)?;
            for kind in ["valid", "invalid"] {
                let Ok(files) = fs::read_dir(fixtures.join(entry.name()).join(kind)) else {
                    continue;
                };
                for file in files {
                    let path = file?.path();
                    let mut bytes = vec![selector];
                    bytes.extend(fs::read(&path)?);
                    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("seed");
                    fs::write(out.join(format!("{}-{kind}-{stem}", entry.name())), bytes)?;
                    written += 1;
                }
            }
        }
    }
    // The event_log target reads the bytes as they are: the event log and format-1 fixtures.
    let out = root.join("corpus").join("event_log");
    fs::create_dir_all(&out)?;
    for dir in [
        fixtures.join("event_log/valid"),
        fixtures.join("event_log/invalid"),
        root.join("../tests/fixtures/format_1"),
    ] {
        let Ok(files) = fs::read_dir(&dir) else {
            continue;
        };
        for file in files {
            let path = file?.path();
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("seed");
            fs::copy(&path, out.join(stem))?;
            written += 1;
        }
    }
    println!("wrote {written} seeds under fuzz/corpus/");
    Ok(())
}
