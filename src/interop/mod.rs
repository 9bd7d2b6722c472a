//! Interoperability: adapters between the core types and the formats other systems speak.
//!
//! An outer layer: these modules use the core ([`instruments`](crate::instruments),
//! [`outcomes`](crate::outcomes), [`protocol`](crate::protocol)) and nothing in the core knows
//! them.
//!
//! | module | owns |
//! |---|---|
//! | [`batch`] | scoring streams of responses (NDJSON, JSON arrays): one result per record, in order; bad records never stop the others |
//! | [`redcap`] | REDCap exports (records as JSON or CSV, long format; data dictionaries) into responses, through a mapping written once as data |
//! | `tables` | long tables and CDISC SDTM QS rows as CSV (feature `csv`) |

pub mod batch;
pub mod redcap;
#[cfg(feature = "csv")]
pub mod tables;
