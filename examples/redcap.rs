//! Reads a REDCap export through a mapping and prints one NDJSON line per response: the record,
//! event and timepoint, the response and its score (or the error naming row, event and field).
//!
//! ```text
//! cargo run --features csv --example redcap -- examples/redcap/boulder_mapping.json \
//!     examples/redcap/boulder_export.csv --dictionary examples/redcap/boulder_dictionary.csv
//! ```
//!
//! The export is REDCap's records export, long format (one row per record and event,
//! `redcap_event_name`), raw values, as CSV or (file name ending `.json`) JSON. With
//! `--dictionary`, the mapping is first checked against the project's data dictionary. A bad
//! mapping stops everything before any record is read (exit 2); a bad row is an error line and the
//! exit status is 1; a summary goes to stderr.

use std::error::Error;
use std::process::ExitCode;

use pain_reprocessing::interop::redcap::{
    DataDictionary, RedcapMapping, read_csv_records, read_json_records,
};
use serde_json::json;

fn run() -> Result<bool, Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mapping, export, dictionary) = match args.as_slice() {
        [m, e] => (m, e, None),
        [m, e, flag, d] if flag == "--dictionary" => (m, e, Some(d)),
        _ => {
            return Err(
                "usage: redcap MAPPING.json EXPORT.(csv|json) [--dictionary DICTIONARY.csv]".into(),
            );
        }
    };
    let mapping: RedcapMapping = serde_json::from_slice(&std::fs::read(mapping)?)
        .map_err(|e| format!("the mapping is refused: {e}"))?;
    if let Some(path) = dictionary {
        let dictionary = DataDictionary::from_csv(std::fs::File::open(path)?)?;
        mapping
            .check_dictionary(&dictionary)
            .map_err(|e| format!("the mapping does not fit the data dictionary: {e}"))?;
    }
    let results = if export.ends_with(".json") {
        read_json_records(&mapping, &std::fs::read(export)?)?
    } else {
        read_csv_records(&mapping, std::fs::File::open(export)?)?
    };
    let (mut read, mut failed) = (0, 0);
    for result in &results {
        let line = match result {
            Ok(found) => {
                read += 1;
                let score = found.response.score().map_err(|e| e.to_string());
                json!({
                    "row": found.row,
                    "record": found.record,
                    "event": found.event,
                    "timepoint": found.timepoint,
                    "response": found.response,
                    "score": score.as_ref().ok(),
                    "unscorable": score.as_ref().err(),
                })
            }
            Err(error) => {
                failed += 1;
                json!({ "row": error.at().map(|at| at.row), "error": error.to_string() })
            }
        };
        println!("{line}");
    }
    eprintln!("{read} responses read, {failed} errors");
    Ok(failed == 0)
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}
