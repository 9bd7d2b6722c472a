//! Writes a program's assessments as research tables: the long table and CDISC SDTM QS rows.
//!
//! ```text
//! cargo run --example program_walkthrough -- --event-log log.json
//! cargo run --features csv --example tables -- log.json long.csv qs.csv [STUDYID]
//! ```
//!
//! The event log (`docs/schemas/event_log.schema.json`) is read with the crate's reader (an older,
//! format-1 log is upgraded as it is read) and replayed first, so only a valid history is
//! tabulated. The long table has one row per timepoint × instrument × total, subscale or item, from
//! the answers the log recorded (an assessment recorded in format 1 kept its scores, not its
//! answers, so it has no item rows); an unscheduled assessment's timepoint is `unscheduled`. The
//! column dictionary is in docs/tables.md. Every QS code is sponsor-defined (the
//! `QSCTSRC` column says so). The walkthrough patient's tables are committed in docs/fixtures/
//! and CI checks them for drift.
//!
//! A log that cannot be read or replayed: the error on stderr naming the 0-based index of the
//! event to blame, exit code 1.

use std::error::Error;
use std::fs::File;
use std::io::BufWriter;
use std::process::ExitCode;

use pain_reprocessing::interop::tables::{LongTableWriter, QsWriter, administrations};
use pain_reprocessing::program::EventLog;

fn run() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [log, long, qs, rest @ ..] = args.as_slice() else {
        return Err("usage: tables EVENT_LOG LONG_CSV QS_CSV [STUDYID]".into());
    };
    let study = rest.first().map_or("PRT-DEMO", String::as_str);
    let text = std::fs::read(log).map_err(|e| format!("{log}: {e}"))?;
    let (log, program) = EventLog::replay_json(&text)?;
    let mut long = LongTableWriter::new(BufWriter::new(
        File::create(long).map_err(|e| format!("{long}: {e}"))?,
    ));
    let mut qs = QsWriter::new(
        study,
        BufWriter::new(File::create(qs).map_err(|e| format!("{qs}: {e}"))?),
    );
    for administration in administrations(&program, &log) {
        long.write(&administration)?;
        qs.write(&administration)?;
    }
    long.into_inner()?;
    qs.into_inner()?;
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("tables: {error}");
            ExitCode::FAILURE
        }
    }
}
