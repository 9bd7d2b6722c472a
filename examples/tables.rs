//! Writes a program's assessments as research tables: the long table and CDISC SDTM QS rows.
//!
//! ```text
//! cargo run --example program_walkthrough -- --event-log log.json
//! cargo run --features csv --example tables -- log.json long.csv qs.csv [STUDYID]
//! ```
//!
//! The event log (`docs/schemas/event_log.schema.json`) is replayed first, so only a valid
//! history is tabulated. The long table has one row per timepoint × instrument × total or
//! subscale (a program's log keeps scores, not answers, so there are no item rows); its column
//! dictionary is in docs/tables.md. Every QS code is sponsor-defined (the `QSCTSRC` column says so).
//! The walkthrough patient's tables are committed in docs/fixtures/ and CI checks them for drift.

use std::error::Error;
use std::fs::File;
use std::io::BufWriter;

use pain_reprocessing::interop::tables::{LongTableWriter, QsWriter, administrations};
use pain_reprocessing::program::EventLog;

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [log, long, qs, rest @ ..] = args.as_slice() else {
        return Err("usage: tables EVENT_LOG LONG_CSV QS_CSV [STUDYID]".into());
    };
    let study = rest.first().map_or("PRT-DEMO", String::as_str);
    let log: EventLog = serde_json::from_reader(std::io::BufReader::new(File::open(log)?))?;
    let program = log.replay()?;
    let mut long = LongTableWriter::new(BufWriter::new(File::create(long)?));
    let mut qs = QsWriter::new(study, BufWriter::new(File::create(qs)?));
    for administration in administrations(&program, &log) {
        long.write(&administration)?;
        qs.write(&administration)?;
    }
    long.into_inner()?;
    qs.into_inner()?;
    Ok(())
}
