//! Bytes → catalog entry (first byte) → the rest deserialized straight into the entry's type with
//! serde_json's streaming reader, as an app reading a file or a request body does.
//!
//! Besides panics, a crash here is a disagreement: text the type accepts directly must also be
//! accepted when read through a `serde_json::Value` (the reverse need not hold: the streaming reader
//! also rejects repeated keys, which a `Value` has already collapsed).

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
    if entry.read_slice(json).is_ok() {
        let document: Value = match serde_json::from_slice(json) {
            Ok(document) => document,
            Err(error) => panic!(
                "{}: the type accepts text that is not JSON: {error}",
                entry.name()
            ),
        };
        if let Err(error) = entry.read(&document) {
            panic!(
                "{}: text accepted directly, rejected as a Value: {error}",
                entry.name()
            );
        }
    }
});
