//! Bytes → the NDJSON and JSON-array batch readers, with a small line limit so over-long lines are
//! reached too.
//!
//! Besides panics, a crash here is a broken promise of the batch API: exactly one output line per
//! record, records numbered 0, 1, 2, ... in order, counts that add up, and the same output from the
//! parallel reader as from the sequential one.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pain_reprocessing::interop::batch::{
    BatchConfig, score_json_array, score_ndjson, score_ndjson_parallel,
};

fuzz_target!(|data: &[u8]| {
    let config = BatchConfig::default().with_max_line_bytes(256);
    let mut out = Vec::new();
    let summary = score_ndjson(data, &mut out, &config).expect("in memory");
    assert_eq!(summary.records, summary.scored + summary.failed);
    let lines: Vec<&[u8]> = out.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len() as u64, summary.records);
    for (index, line) in lines.iter().enumerate() {
        let value: serde_json::Value = serde_json::from_slice(line).expect("output is JSON");
        assert_eq!(value["record"], index as u64);
    }
    let mut parallel = Vec::new();
    let again = score_ndjson_parallel(data, &mut parallel, &config, 2).expect("in memory");
    assert_eq!((summary, &out), (again, &parallel));
    let mut array = Vec::new();
    let summary = score_json_array(data, &mut array, &config).expect("in memory");
    assert_eq!(summary.records, summary.scored + summary.failed);
});
