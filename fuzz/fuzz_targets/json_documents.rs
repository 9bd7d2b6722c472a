//! Bytes → catalog entry (first byte) → `serde_json::Value` (the rest) → the entry's reader.
//!
//! A crash is a panic anywhere on the way. Every entry of `schema::catalog()` is reachable, so a
//! root type added to the catalog is fuzzed without changing this file.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pain_reprocessing::schema;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let catalog = schema::catalog();
    let Some((&selector, json)) = data.split_first() else {
        return;
    };
    let Some(entry) = catalog.get(usize::from(selector) % catalog.len()) else {
        return;
    };
    if let Ok(document) = serde_json::from_slice::<Value>(json) {
        let _ = entry.read(&document);
    }
});
