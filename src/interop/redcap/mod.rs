//! REDCap exports into responses, through a mapping written once as data.
//!
//! - [`RedcapMapping`] (`docs/schemas/redcap_mapping.schema.json`): the project's events and their
//!   timepoints, and for each instrument its fields in item order, with recodes ([`Recode`]:
//!   offsets such as ODI sections 1-6 to 0-5, explicit value maps) and the values that mean "not
//!   answered". Checked whole when read, before any record (a field named twice is refused).
//! - [`read_json_records`] reads a records export in JSON; with the `csv` feature,
//!   [`read_csv_records`] reads one in CSV and [`DataDictionary`] the project's data dictionary,
//!   which [`RedcapMapping::check_dictionary`] checks the mapping against.
//!
//! Exports are REDCap's long format: one row per record and event, the event in
//! `redcap_event_name`. Unmapped fields are ignored. An instrument whose fields are all blank at an
//! event was not given there and yields nothing. Every problem of a row is a [`RedcapError`] naming
//! the row, event and field (the record id is in the error, never in its message); the other
//! instruments and rows still give their responses.
//!
//! ```
//! use pain_reprocessing::interop::redcap::{RedcapMapping, read_json_records};
//! use pain_reprocessing::Timepoint;
//!
//! let mapping: RedcapMapping = serde_json::from_str(r#"{
//!     "schema_version": 2,
//!     "not_answered": ["-99"],
//!     "events": [{"event": "t2", "timepoint": {"kind": "post_treatment"}}],
//!     "instruments": [{"instrument": "gad2", "items": [
//!         {"field": "gad_1"},
//!         {"field": "gad_2", "recode": {"type": "offset", "add": -1}}
//!     ]}]
//! }"#)?;
//! let export = br#"[
//!     {"record_id": "7", "redcap_event_name": "t2", "gad_1": "1", "gad_2": "3", "notes": "ignored"},
//!     {"record_id": "8", "redcap_event_name": "t2", "gad_1": "N/A", "gad_2": "1"}
//! ]"#;
//! let rows = read_json_records(&mapping, export)?;
//! let first = rows[0].as_ref().unwrap();
//! assert_eq!((first.record.as_str(), first.timepoint), ("7", Timepoint::PostTreatment));
//! assert_eq!(first.response.answer(2), Some(2)); // 3 - 1
//! assert_eq!(
//!     rows[1].as_ref().unwrap_err().to_string(),
//!     r#"row 2 (event "t2"): field gad_1 is "N/A", not a whole number (and not a not-answered value)"#
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#[cfg(feature = "csv")]
mod csv_export;
mod error;
mod mapping;
pub(crate) use mapping::upgrade_mapping_v1;
mod records;
#[cfg(test)]
mod tests;

#[cfg(feature = "csv")]
pub use self::csv_export::{DataDictionary, DictionaryField, read_csv_records};
pub use self::error::{MappingError, RedcapError, RowRef};
pub use self::mapping::{
    EVENT_FIELD, EventMapping, InstrumentMapping, ItemMapping, MAX_NAME_BYTES, Recode,
    RedcapMapping, ValueMap,
};
pub use self::records::{RedcapResponse, Row, read_json_records};
