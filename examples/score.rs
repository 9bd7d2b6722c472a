//! Scores instrument responses given as JSON and prints the scores as JSON.
//!
//! ```text
//! cargo run --example score -- responses.json
//! echo '{"schema_version": 1, "instrument": "phq9", "answers": [1, 0, 2, null, 0, 1, 0, 0, 1]}' | cargo run --example score
//! ```
//!
//! # Input
//!
//! One response or a JSON array of responses, from the file named by the first argument or from
//! stdin. A response is the crate's serde format: an object naming the instrument by its catalog id
//! and giving the answers in item order, `null` for an unanswered item; a pain NRS also gives its
//! recall period:
//!
//! ```json
//! {"schema_version": 1, "instrument": "phq9", "answers": [1, 0, 2, null, 0, 1, 0, 0, 1]}
//! {"schema_version": 1, "instrument": "nrs", "answers": [6], "recall": "past_week"}
//! ```
//!
//! Ids: `nrs`, `bpi_sf`, `peg3`, `phq9`, `phq2`, `gad7`, `gad2`, `pcs`, `tsk11`, `tsk17`, `pseq`,
//! `odi`, `rmdq`, `pgic`, `csi`, `promis_depression_8b`, `promis_anxiety_8a`, `promis_anger_5a`,
//! `promis_sleep_disturbance_8b` (schema: `docs/schemas/response.schema.json`).
//!
//! # Output
//!
//! For one response, its score; for an array, an array of scores in the same order
//! (`docs/schemas/score.schema.json`). Scoring uses the default, conservative missing-item policy.
//!
//! # Errors
//!
//! Invalid JSON, an invalid response, or a response that cannot be scored: the error goes to stderr
//! (with the position in the array), nothing to stdout, and the exit code is 1. A response that
//! cannot be scored but raises a safety flag says so in its error.

use std::io::Read;
use std::process::ExitCode;

use pain_reprocessing::instruments::{Response, Score};
use serde_json::Value;

fn run() -> Result<String, String> {
    let mut input = String::new();
    match std::env::args_os().nth(1) {
        Some(path) => {
            input = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.to_string_lossy()))?;
        }
        None => {
            std::io::stdin()
                .read_to_string(&mut input)
                .map_err(|e| format!("cannot read stdin: {e}"))?;
        }
    }
    let value: Value = serde_json::from_str(&input).map_err(|e| format!("invalid JSON: {e}"))?;
    let score = |value: Value| -> Result<Score, String> {
        let response: Response = serde_json::from_value(value).map_err(|e| e.to_string())?;
        response.score().map_err(|e| e.to_string())
    };
    let output = match value {
        Value::Array(values) => {
            let scores = values
                .into_iter()
                .enumerate()
                .map(|(index, value)| score(value).map_err(|e| format!("response {index}: {e}")))
                .collect::<Result<Vec<Score>, String>>()?;
            serde_json::to_string_pretty(&scores)
        }
        single => serde_json::to_string_pretty(&score(single)?),
    };
    output.map_err(|e| format!("cannot write JSON: {e}"))
}

fn main() -> ExitCode {
    match run() {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
