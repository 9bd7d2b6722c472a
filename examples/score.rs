//! Scores instrument responses given as JSON and prints the scores as JSON.
//!
//! ```text
//! cargo run --example score -- responses.json
//! echo '{"schema_version": 2, "instrument": "phq9", "answers": [1, 0, 2, null, 0, 1, 0, 0, 1]}' | cargo run --example score
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
//! {"schema_version": 2, "instrument": "phq9", "answers": [1, 0, 2, null, 0, 1, 0, 0, 1]}
//! {"schema_version": 2, "instrument": "nrs", "answers": [6], "recall": "past_week"}
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
//! Invalid JSON, an invalid response, or a response that cannot be scored: the error goes to stderr,
//! nothing to stdout, and the exit code is 1. The error names the bad value's JSON path, line and
//! column (for an array, the element's 0-based index, and the line and column counted from the
//! element's start). A response that cannot be scored but raises a safety flag says so in its
//! error.
//!
//! # Batch mode
//!
//! ```text
//! cargo run --release --example score -- --ndjson responses.ndjson > scores.ndjson
//! cargo run --release --example score -- --json-array responses.json --options '{"missing": {"rule": "prorate", "max_missing": 1}}'
//! cargo run --release --all-features --example score -- --ndjson - --threads 2 < responses.ndjson
//! ```
//!
//! `--ndjson FILE` (one record a line; `-` for stdin) or `--json-array FILE` streams the batch:
//! one NDJSON result a record on stdout, in order (`{"record": 0, "line": 1, "score": {...}}` or
//! `{"record": 1, "line": 2, "error": {"kind": ..., "message": ..., "safety_flags": [...]}}`), and
//! a one-line summary on stderr. A record is a response or an envelope
//! `{"response": {...}, "options": {...}, "id": "..."}` with its own scoring options. One bad record
//! never stops the others; an error result keeps the record's `id` when its object gave one, and
//! its message names the bad value's JSON path, line and column. A record's own options replace
//! the batch's whole: a field it leaves out takes the default, not the batch's value. `--options JSON` sets the batch's
//! scoring options (`docs/schemas/score.schema.json`, `options`; a field left out takes its default,
//! so `'{"missing": {"rule": "prorate", "max_missing": 1}}'` is enough), `--max-line-bytes N` the longest NDJSON line
//! (default 1 MiB), `--threads N` (feature `rayon`) scores on N threads (0: every core),
//! `--block-bytes N` how much NDJSON is read and scored at once (default 1 MiB; a tuning knob, the
//! results are the same).
//!
//! Exit status: 0 when every record was scored, 1 when any failed, 2 when the batch could not be
//! read or written at all (a bad argument, a missing file, a broken pipe).

use std::io::{BufReader, Read};
use std::process::ExitCode;

use pain_reprocessing::instruments::{Response, Score, ScoringOptions};
use pain_reprocessing::interop::batch::{self, BatchConfig, Summary};
use pain_reprocessing::versioning;
use serde_json::value::RawValue;

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
    // Through `versioning`, so a response stored in an older format is upgraded first; read from
    // the text, so an error names the JSON path, line and column of the bad value.
    let score = |text: &str| -> Result<Score, String> {
        let response: Response =
            versioning::read_slice(text.as_bytes()).map_err(|e| e.to_string())?;
        response.score().map_err(|e| e.to_string())
    };
    let output = if input.trim_start().starts_with('[') {
        let elements: Vec<&RawValue> =
            serde_json::from_str(&input).map_err(|e| format!("invalid JSON: {e}"))?;
        let scores = elements
            .into_iter()
            .enumerate()
            .map(|(index, raw)| {
                score(raw.get()).map_err(|e| format!("array element {index} (0-based; lines and columns count from its start): {e}"))
            })
            .collect::<Result<Vec<Score>, String>>()?;
        serde_json::to_string_pretty(&scores)
    } else {
        serde_json::to_string_pretty(&score(&input)?)
    };
    output.map_err(|e| format!("cannot write JSON: {e}"))
}

/// The batch mode's arguments.
struct BatchArgs {
    array: bool,
    path: String,
    config: BatchConfig,
    threads: Option<usize>,
}

fn batch_args(args: &[String]) -> Result<BatchArgs, String> {
    let mut input: Option<(bool, String)> = None;
    let mut options = ScoringOptions::DEFAULT;
    let mut max_line = batch::DEFAULT_MAX_LINE_BYTES;
    let mut threads = None;
    let mut block = batch::DEFAULT_BLOCK_BYTES;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .cloned()
                .ok_or_else(|| format!("{arg} needs a value"))
        };
        match arg.as_str() {
            "--ndjson" => input = Some((false, value()?)),
            "--json-array" => input = Some((true, value()?)),
            "--options" => {
                options = serde_json::from_str(&value()?)
                    .map_err(|e| format!("--options: not scoring options: {e}"))?;
            }
            "--max-line-bytes" => {
                max_line = value()?
                    .parse()
                    .map_err(|e| format!("--max-line-bytes: {e}"))?;
            }
            "--block-bytes" => {
                block = value()?
                    .parse()
                    .map_err(|e| format!("--block-bytes: {e}"))?;
            }
            "--threads" => {
                threads = Some(value()?.parse().map_err(|e| format!("--threads: {e}"))?);
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let (array, path) = input.ok_or("give --ndjson FILE or --json-array FILE")?;
    Ok(BatchArgs {
        array,
        path,
        config: BatchConfig::new(options)
            .with_max_line_bytes(max_line)
            .with_block_bytes(block),
        threads,
    })
}

fn run_batch(args: &BatchArgs) -> Result<Summary, String> {
    let input: Box<dyn Read + Send> = if args.path == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(
            std::fs::File::open(&args.path)
                .map_err(|e| format!("cannot read {}: {e}", args.path))?,
        )
    };
    let input = BufReader::with_capacity(1 << 16, input);
    let output = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout());
    let summary = match (args.array, args.threads) {
        (true, _) => batch::score_json_array(input, output, &args.config),
        (false, None) => batch::score_ndjson(input, output, &args.config),
        #[cfg(feature = "rayon")]
        (false, Some(threads)) => {
            batch::score_ndjson_parallel(input, output, &args.config, threads)
        }
        #[cfg(not(feature = "rayon"))]
        (false, Some(_)) => {
            return Err("--threads needs the rayon feature (--features rayon)".to_owned());
        }
    };
    summary.map_err(|e| format!("batch stopped: {e}"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a.starts_with("--")) {
        return match batch_args(&args).and_then(|args| run_batch(&args)) {
            Ok(summary) => {
                eprintln!("{summary}");
                if summary.all_scored() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                }
            }
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::from(2)
            }
        };
    }
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
