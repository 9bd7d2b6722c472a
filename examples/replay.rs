//! Replays a program's event log and prints where the program stands, as JSON.
//!
//! ```text
//! cargo run --example replay -- event_log.json                      # a file
//! cargo run --example replay < event_log.json                       # or stdin
//! cargo run --example replay -- event_log.json --now 2026-03-01T09:00:00Z
//! ```
//!
//! Input: an event log in the crate's JSON format (`docs/schemas/event_log.schema.json`): the
//! program and patient ids, the protocol the program started on, and its events, oldest first. An
//! older (format 1) log is upgraded as it is read.
//!
//! Output on stdout: a program report (`docs/schemas/program_report.schema.json`): the state,
//! sessions completed, open safety concerns and the next actions with their deadlines, as of `--now`
//! (default: the time of the last event, so the output depends only on the input).
//!
//! A log written by an older format (event-log format 1, assessments of scores) is upgraded as it is
//! read. On stderr, the log's status: its chain check (`chain: ok, 12 events, head <hash>`), every
//! voided event with its void, and one line per replay finding: an event of the format-1 history
//! that breaks a rule enforced since format 2 (an assessment outside its window, a migration that
//! miscounts sessions, a session id used twice, a PHQ-9 score whose total proves item 9 above 0 but
//! carries no flag, which puts the program on hold), kept as recorded, with its index and the rule.
//!
//! A log that is not valid JSON for the format, whose hash chain does not match, or with an event
//! the program refuses: the error on stderr naming the 0-based index of the event to blame (and
//! for a bad field its path inside the event), exit code 1, nothing on stdout.

use std::error::Error;
use std::io::Read;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use pain_reprocessing::program::EventLog;

fn run() -> Result<String, Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut path = None;
    let mut now: Option<DateTime<Utc>> = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--now" {
            let value = rest
                .next()
                .ok_or("--now needs a time such as 2026-03-01T09:00:00Z")?;
            now = Some(value.parse().map_err(|e| format!("--now {value:?}: {e}"))?);
        } else {
            path = Some(arg.clone());
        }
    }
    let input = match path {
        Some(path) => std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?,
        None => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text)?;
            text
        }
    };
    let (log, program) = EventLog::replay_json(input.as_bytes())?;
    match log.head_hash() {
        Some(head) => eprintln!("chain: ok, {} events, head {head}", log.events().len()),
        None => eprintln!("chain: ok, no events"),
    }
    for voided in program.voided_events() {
        eprintln!(
            "voided: event {} ({}, id {}) by event {} at {}",
            voided.seq(),
            voided.event_type(),
            voided.id(),
            voided.voided_by_seq(),
            voided.voided_at()
        );
    }
    for finding in program.replay_findings() {
        eprintln!("replay finding: {finding}");
    }
    let as_of = now
        .or_else(|| log.events().last().map(|logged| logged.event().at()))
        .ok_or("the log has no events; give --now")?;
    Ok(serde_json::to_string_pretty(&program.report(as_of))?)
}

fn main() -> ExitCode {
    match run() {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("replay: {error}");
            ExitCode::FAILURE
        }
    }
}
