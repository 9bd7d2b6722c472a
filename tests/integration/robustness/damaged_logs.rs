//! A stored event log cut or with a byte changed is an error, never a panic.

use std::fs;
use std::panic::catch_unwind;
use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::sample::Index;

use crate::support::{proptest_config, schema_dir};

/// The stored event logs a damaged-file property starts from: every valid fixture and the
/// format-1 logs kept for the upgrade.
static STORED_LOGS: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
    let mut logs = Vec::new();
    for dir in [
        schema_dir().join("fixtures/event_log/valid"),
        schema_dir().join("fixtures/event_log/v1"),
    ] {
        let mut paths: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| {
                path.file_name()
                    .is_some_and(|n| !n.to_string_lossy().starts_with("program"))
            })
            .collect();
        paths.sort();
        logs.extend(paths.into_iter().map(|path| fs::read(path).unwrap()));
    }
    logs
});

proptest! {
    #![proptest_config(proptest_config(64))]

    /// A stored log cut anywhere (a truncated file) or with one byte changed reads to a typed
    /// error, never a panic; a cut inside the document is always an error.
    #[test]
    fn a_damaged_stored_log_is_an_error_never_a_panic(
        which in any::<Index>(),
        at in any::<Index>(),
        byte in any::<u8>(),
    ) {
        use pain_reprocessing::program::EventLog;
        let text = which.get(&STORED_LOGS);
        let end = text.iter().rposition(|&b| b == b'}').unwrap();
        let cut = at.index(end + 1);
        let read = catch_unwind(|| EventLog::replay_json(&text[..cut]));
        prop_assert!(read.is_ok(), "panic reading a log cut at byte {}", cut);
        prop_assert!(read.unwrap().is_err(), "a log cut at byte {} was read", cut);
        let mut changed = text.clone();
        changed[at.index(text.len())] = byte;
        let read = catch_unwind(|| EventLog::replay_json(&changed).map(drop));
        prop_assert!(read.is_ok(), "panic reading a log with byte {} changed", at.index(text.len()));
    }
}
