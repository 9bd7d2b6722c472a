//! Bytes → a REDCap mapping, a records export (CSV and JSON) read through the Boulder mapping, and
//! a data dictionary. The first byte picks the reader.
//!
//! Besides panics, a crash here is a broken promise: a mapping that reads must name no field twice.

#![no_main]

use std::collections::BTreeSet;

use libfuzzer_sys::fuzz_target;
use pain_reprocessing::interop::redcap::{
    DataDictionary, RedcapMapping, read_csv_records, read_json_records,
};

const BOULDER: &str = include_str!("../../examples/redcap/boulder_mapping.json");

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let boulder: RedcapMapping = serde_json::from_str(BOULDER).expect("the shipped mapping reads");
    match selector % 4 {
        0 => {
            if let Ok(mapping) = serde_json::from_slice::<RedcapMapping>(rest) {
                let mut seen = BTreeSet::new();
                assert!(mapping.fields().all(|field| seen.insert(field.to_owned())));
            }
        }
        1 => {
            let _ = read_csv_records(&boulder, rest);
        }
        2 => {
            let _ = read_json_records(&boulder, rest);
        }
        _ => {
            if let Ok(dictionary) = DataDictionary::from_csv(rest) {
                let _ = boulder.check_dictionary(&dictionary);
            }
        }
    }
});
