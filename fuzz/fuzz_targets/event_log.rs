//! Bytes → a stored event log read with `EventLog::read_json` (any format; a format-1 log is
//! upgraded) and replayed, as a clinic app does on every command.
//!
//! Besides panics, a crash here is a broken promise of the log: a log that reads must write back
//! to a log that reads as the same log, and replay to the same program; an error that blames an
//! event must name one the input has room for.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pain_reprocessing::program::EventLog;

fuzz_target!(|data: &[u8]| {
    match EventLog::replay_json(data) {
        Ok((log, program)) => {
            let text = serde_json::to_vec(&log).expect("a log writes");
            let (again, replayed) = EventLog::replay_json(&text).expect("a written log reads");
            assert_eq!(again, log);
            assert_eq!(replayed, program);
            assert_eq!(program.event_log(), log);
        }
        Err(error) => {
            if let Some(index) = error.index() {
                assert!(index < data.len(), "{error}: index {index} beyond the input");
            }
        }
    }
});
