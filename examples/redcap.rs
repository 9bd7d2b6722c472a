//! Reads a REDCap export through a mapping and prints one NDJSON line per response: the record,
//! event and timepoint, the response and its score (or the error naming row, event and field).
//!
//! ```text
//! cargo run --features csv --example redcap -- examples/redcap/boulder_mapping.json \
//!     examples/redcap/boulder_export.csv --dictionary examples/redcap/boulder_dictionary.csv \
//!     [--long long.csv] [--qs qs.csv] [--study STUDYID]
//! ```
//!
//! The export is REDCap's records export, long format (one row per record and event,
//! `redcap_event_name`), raw values, as CSV or (file name ending `.json`) JSON. With
//! `--dictionary`, the mapping is first checked against the project's data dictionary. A bad
//! mapping stops everything before any record is read (exit 2); a bad row is an error line and the
//! exit status is 1; a summary goes to stderr.
//!
//! `--long FILE` and `--qs FILE` also write the scored responses as research tables (the long
//! table and CDISC QS rows, docs/tables.md) with a row per item as answered (unanswered items
//! empty, `missing` true, QS `NOT DONE`). A REDCap records export carries no assessment date, so
//! `assessed_at` and `QSDTC` are left empty; the record id is the patient id. A response that
//! cannot be scored has its error line and no table rows.

use std::error::Error;
use std::process::ExitCode;

use std::fs::File;
use std::io::BufWriter;

use pain_reprocessing::PatientId;
use pain_reprocessing::interop::redcap::{
    DataDictionary, RedcapMapping, read_csv_records, read_json_records,
};
use pain_reprocessing::interop::tables::{Administration, LongTableWriter, QsWriter};
use serde_json::json;

const USAGE: &str = "usage: redcap MAPPING.json EXPORT.(csv|json) [--dictionary DICTIONARY.csv] [--long LONG.csv] [--qs QS.csv] [--study STUDYID]";

fn run() -> Result<bool, Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [mapping, export, flags @ ..] = args.as_slice() else {
        return Err(USAGE.into());
    };
    let (mut dictionary, mut long, mut qs, mut study) = (None, None, None, "PRT-DEMO");
    for pair in flags.chunks(2) {
        match pair {
            [flag, value] if flag == "--dictionary" => dictionary = Some(value),
            [flag, value] if flag == "--long" => {
                long = Some(LongTableWriter::new(BufWriter::new(File::create(value)?)));
            }
            [flag, value] if flag == "--qs" => qs = Some(value),
            [flag, value] if flag == "--study" => study = value,
            _ => return Err(USAGE.into()),
        }
    }
    let mut qs = match qs {
        Some(path) => Some(QsWriter::new(study, BufWriter::new(File::create(path)?))),
        None => None,
    };
    // The crate's reader: a version-1 mapping upgraded, objects only, the path of a bad value.
    let mapping: RedcapMapping =
        pain_reprocessing::versioning::read_slice(&std::fs::read(mapping)?)
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
                if let Ok(score) = &score {
                    let patient = PatientId::new(&found.record).map_err(|e| {
                        format!("row {}: the record id is not a patient id: {e}", found.row)
                    })?;
                    let administration = Administration::undated(&patient, found.timepoint, score)
                        .with_response(&found.response);
                    if let Some(long) = &mut long {
                        long.write(&administration)?;
                    }
                    if let Some(qs) = &mut qs {
                        qs.write(&administration)?;
                    }
                }
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
    if let Some(long) = long {
        long.into_inner()?;
    }
    if let Some(qs) = qs {
        qs.into_inner()?;
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
