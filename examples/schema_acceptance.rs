//! The other direction of the JSON contract, measured: documents generated from each published
//! schema (one JSON document a line in `DIR/<name>.jsonl`, for example by Python's
//! `hypothesis-jsonschema`, each already checked valid by a validator) are read by the type, and
//! the counts accepted are printed as the markdown table in docs/quality.md, then every refusal
//! class of every type.
//!
//! ```sh
//! cargo run --example schema_acceptance -- DIR
//! ```

use std::collections::BTreeMap;

use pain_reprocessing::schema;

/// A refusal message with every number and date folded to `N`, so that one rule counts once.
fn refusal_class(message: &str) -> String {
    let mut class = String::new();
    for c in message.chars() {
        if c.is_ascii_digit() || ((c == '.' || c == '-') && class.ends_with('N')) {
            if !class.ends_with('N') {
                class.push('N');
            }
        } else {
            class.push(c);
        }
    }
    class.chars().take(80).collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .ok_or("usage: schema_acceptance DIR")?;
    println!(
        "| type | generated (valid by the schema) | the type accepts | share | first refusal |"
    );
    println!("|---|---:|---:|---:|---|");
    let (mut all, mut accepted_all) = (0_usize, 0_usize);
    // Every refusal class of every type, listed under the table.
    let mut classes: Vec<(String, usize, String)> = Vec::new();
    for entry in schema::catalog() {
        let path = std::path::Path::new(&dir).join(format!("{}.jsonl", entry.name()));
        let Ok(text) = std::fs::read_to_string(&path) else {
            println!("| `{}` | not generated | | | |", entry.name());
            continue;
        };
        let (mut total, mut accepted) = (0_usize, 0_usize);
        let mut refusals: BTreeMap<String, usize> = BTreeMap::new();
        for line in text.lines().filter(|line| !line.trim().is_empty()) {
            total += 1;
            match entry.read_slice(line.as_bytes()) {
                Ok(()) => accepted += 1,
                Err(message) => {
                    let class = refusal_class(message.split(", at ").next().unwrap_or(""));
                    *refusals.entry(class).or_default() += 1;
                }
            }
        }
        all += total;
        accepted_all += accepted;
        let share = if total == 0 {
            0.0
        } else {
            100.0 * accepted as f64 / total as f64
        };
        classes.extend(
            refusals
                .iter()
                .map(|(class, count)| (entry.name().to_owned(), *count, class.clone())),
        );
        let top = refusals
            .iter()
            .max_by_key(|(_, count)| **count)
            .map(|(class, count)| format!("{count}× {}", class.replace('|', "/")))
            .unwrap_or_default();
        println!(
            "| `{}` | {total} | {accepted} | {share:.0}% | {top} |",
            entry.name()
        );
    }
    println!("| **all** | {all} | {accepted_all} | | |");
    println!();
    for (name, count, class) in classes {
        println!("- `{name}` {count}× {class}");
    }
    Ok(())
}
