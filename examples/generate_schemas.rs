//! Writes the JSON Schema of every root type to `docs/schemas/<name>.schema.json`, plus
//! `docs/schemas/bundle.schema.json` with all of them, and removes schema files the catalog no
//! longer has.
//!
//! ```text
//! cargo run --example generate_schemas            # writes into ./docs/schemas
//! cargo run --example generate_schemas -- out/dir # writes somewhere else
//! ```
//!
//! Run it after changing a serializable type and commit the result; the schema drift test fails until
//! the committed files match the code.

use std::collections::BTreeSet;
use std::error::Error;
use std::fs;
use std::path::PathBuf;

use pain_reprocessing::schema;

fn main() -> Result<(), Box<dyn Error>> {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/schemas"));
    fs::create_dir_all(&dir)?;

    let files = schema::files();
    let wanted: BTreeSet<&str> = files.iter().map(|file| file.name()).collect();
    let mut changed = 0;
    for file in &files {
        let path = dir.join(file.name());
        if fs::read_to_string(&path).ok().as_deref() != Some(file.contents()) {
            fs::write(&path, file.contents())?;
            println!("wrote   {}", path.display());
            changed += 1;
        }
    }
    for entry in fs::read_dir(&dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".schema.json") && !wanted.contains(name.as_str()) {
            fs::remove_file(entry.path())?;
            println!("removed {}", entry.path().display());
            changed += 1;
        }
    }
    println!(
        "{} schema files in {} ({changed} changed)",
        files.len(),
        dir.display()
    );
    Ok(())
}
