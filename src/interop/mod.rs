//! Interoperability: adapters between the core types and the formats other systems speak.
//!
//! An outer layer: these modules use the core ([`instruments`](crate::instruments),
//! [`outcomes`](crate::outcomes), [`protocol`](crate::protocol)) and nothing in the core knows
//! them. Each sits behind a feature where it adds code or dependencies an app may not want.
//!
//! | module | owns |
//! |---|---|
//! | [`batch`] | scoring streams of responses (NDJSON, JSON arrays): one result per record, in order; bad records never stop the others |
//! | [`redcap`] | REDCap exports (records as JSON or CSV, long format; data dictionaries) into responses, through a mapping written once as data |
//! | `tables` | long tables and CDISC SDTM QS rows as CSV (feature `csv`) |
//! | `fhir` | HL7 FHIR R4 (feature `fhir`): `QuestionnaireResponse`s in; `Observation`s, `Flag`s, `Goal`s, `Encounter`s, `CarePlan`s, `Questionnaire`s and `Bundle`s out |

pub mod batch;
#[cfg(feature = "fhir")]
pub mod fhir;
pub mod redcap;
#[cfg(feature = "csv")]
pub mod tables;
