//! No panics in the pipeline readers, and no record lost beside a bad one: the NDJSON and JSON
//! array batch readers and the REDCap readers, on arbitrary bytes and on valid input with bytes
//! edited.

use std::panic::{AssertUnwindSafe, catch_unwind};

use pain_reprocessing::interop::batch::{BatchConfig, score_json_array, score_ndjson};
use pain_reprocessing::interop::redcap::{RedcapMapping, read_json_records};
use proptest::prelude::*;

use crate::support::proptest_config;

const PHQ9: &[u8] =
    br#"{"schema_version": 2, "instrument": "phq9", "answers": [1, 1, 2, 1, 0, 1, 0, 0, 0]}"#;
const BOULDER: &str = include_str!("../../examples/redcap/boulder_mapping.json");

fn ndjson(
    input: &[u8],
    limit: usize,
) -> (
    pain_reprocessing::interop::batch::Summary,
    Vec<serde_json::Value>,
) {
    let mut out = Vec::new();
    let config = BatchConfig::default().with_max_line_bytes(limit);
    let summary = score_ndjson(input, &mut out, &config).unwrap();
    let lines = out
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    (summary, lines)
}

proptest! {
    #![proptest_config(proptest_config(256))]

    /// Any bytes: one result line per record, numbered in order, counts that add up.
    #[test]
    fn any_bytes_give_one_numbered_result_per_record(bytes in proptest::collection::vec(any::<u8>(), 0..600), limit in 1_usize..200) {
        let (summary, lines) = catch_unwind(AssertUnwindSafe(|| ndjson(&bytes, limit)))
            .map_err(|_| TestCaseError::fail(format!("panicked on {bytes:?}")))?;
        prop_assert_eq!(summary.records, summary.scored + summary.failed);
        prop_assert_eq!(lines.len() as u64, summary.records);
        for (index, line) in lines.iter().enumerate() {
            prop_assert_eq!(&line["record"], &serde_json::Value::from(index as u64));
            prop_assert!(line.get("score").is_some() != line.get("error").is_some());
        }
        #[cfg(feature = "rayon")]
        {
            let config = BatchConfig::default().with_max_line_bytes(limit);
            let (mut one, mut two) = (Vec::new(), Vec::new());
            let a = score_ndjson(&bytes[..], &mut one, &config).unwrap();
            let b = pain_reprocessing::interop::batch::score_ndjson_parallel(&bytes[..], &mut two, &config, 2).unwrap();
            prop_assert_eq!(a, b);
            prop_assert!(one == two);
        }
        let mut out = Vec::new();
        let summary = catch_unwind(AssertUnwindSafe(|| score_json_array(&bytes[..], &mut out, &BatchConfig::default()).unwrap()))
            .map_err(|_| TestCaseError::fail(format!("the array reader panicked on {bytes:?}")))?;
        prop_assert_eq!(summary.records, summary.scored + summary.failed);
    }

    /// A record with bytes flipped, cut or inserted is its own error: its neighbours are scored.
    #[test]
    fn an_edited_record_never_costs_its_neighbours(at in 0..PHQ9.len(), byte in any::<u8>(), edit in 0_u8..3) {
        let mut bad = PHQ9.to_vec();
        match edit {
            0 => bad[at] = byte,
            1 => bad.truncate(at),
            _ => bad.insert(at, byte),
        }
        let mut input = PHQ9.to_vec();
        input.push(b'\n');
        input.extend_from_slice(&bad);
        input.push(b'\n');
        input.extend_from_slice(PHQ9);
        let (summary, lines) = ndjson(&input, 1 << 20);
        prop_assert!(lines.first().is_some_and(|l| l.get("score").is_some()));
        prop_assert!(lines.last().is_some_and(|l| l.get("score").is_some()));
        prop_assert!(summary.records >= 2 && summary.records <= 4, "{summary}");
    }

    /// A REDCap JSON export of arbitrary rows never panics, and every error names a row.
    #[test]
    fn any_redcap_json_rows_are_read_without_panic(rows in proptest::collection::vec(proptest::collection::btree_map("[a-z_0-9]{1,12}", "[0-9A-Za-z/ -]{0,4}", 0..8), 0..6)) {
        let mapping: RedcapMapping = serde_json::from_str(BOULDER).unwrap();
        let json = serde_json::to_vec(&rows).unwrap();
        let out = catch_unwind(AssertUnwindSafe(|| read_json_records(&mapping, &json).map_err(Box::new)))
            .map_err(|_| TestCaseError::fail("panicked"))?
            .unwrap();
        for result in out {
            if let Err(error) = result {
                prop_assert!(error.at().is_some_and(|at| at.row >= 1 && at.row <= rows.len()));
            }
        }
    }

    /// Arbitrary bytes as a REDCap export or mapping never panic.
    #[test]
    fn any_bytes_as_redcap_input_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mapping: RedcapMapping = serde_json::from_str(BOULDER).unwrap();
        catch_unwind(AssertUnwindSafe(|| {
            let _ = read_json_records(&mapping, &bytes);
            let _ = serde_json::from_slice::<RedcapMapping>(&bytes);
            #[cfg(feature = "csv")]
            {
                let _ = pain_reprocessing::interop::redcap::read_csv_records(&mapping, &bytes[..]);
                let _ = pain_reprocessing::interop::redcap::DataDictionary::from_csv(&bytes[..]);
            }
        }))
        .map_err(|_| TestCaseError::fail(format!("panicked on {bytes:?}")))?;
    }
}

/// The bad inputs the issue names, each an error for its own record only.
#[test]
fn a_ten_megabyte_line_between_two_records() {
    let mut input = PHQ9.to_vec();
    input.push(b'\n');
    input.extend(std::iter::repeat_n(b'x', 10 << 20));
    input.push(b'\n');
    input.extend_from_slice(PHQ9);
    let (summary, lines) = ndjson(&input, 1 << 20);
    assert_eq!((summary.scored, summary.failed), (2, 1));
    assert_eq!(lines[1]["error"]["kind"], "line_too_long");
}
