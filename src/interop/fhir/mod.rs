//! HL7 FHIR R4: `QuestionnaireResponse`s in; `QuestionnaireResponse`s, `Questionnaire`s,
//! `Observation`s, `Flag`s, `Goal`s, `Encounter`s, `CarePlan`s and `Bundle`s out (feature `fhir`).
//!
//! Clinics and digital-therapeutics apps exchange questionnaires and scores with EHRs in FHIR R4.
//! This module maps the crate's types to and from that format exactly, and nothing else:
//!
//! - **in**: [`read_questionnaire_response`] turns a `QuestionnaireResponse` into a [`Response`]
//!   of any catalog instrument. Items are found by the crate's own `linkId`s (`phq9_1`), by LOINC
//!   item codes used as `linkId`s (`44250-9` or `/44250-9`, as HL7's US Core examples write
//!   them), or, for a publisher's own `linkId`s (`H1/T1/Q1`), through the `Questionnaire` the
//!   response answers ([`QuestionnaireMap`]: its items' LOINC codes and answer options'
//!   `ordinalValue`s) or an explicit item map in [`ReadOptions`]. Answers are `valueInteger`,
//!   `valueDecimal` (whole) or `valueCoding` (a catalog LOINC answer code such as LA6568-5, or an
//!   answer option of the given Questionnaire with an `ordinalValue`); nested groups are walked;
//!   an unanswered item is a missing answer. Pain attribution's free-text causes are the answers
//!   of one repeating item ([`ATTRIBUTION_CAUSES_LINK_ID`], `valueString`), each with its category
//!   nested under it ([`ATTRIBUTION_CATEGORY_LINK_ID`], a `valueCoding` of
//!   [`ATTRIBUTION_CATEGORY_SYSTEM`]). Everything else is a [`FhirError`] naming the element and
//!   `linkId`: nothing is guessed.
//! - **out**: [`questionnaire_response`] (the reverse of reading: a round trip is the identity),
//!   [`questionnaire`] per catalog instrument, [`observations`] (a score `Observation`, the LOINC
//!   panel with `hasMember` where LOINC defines one, and a `Flag` per safety flag), [`goal`],
//!   [`encounter`], [`care_plan`] and [`bundle`] (a whole program with stable ids and references
//!   that resolve inside it).
//!
//! ```
//! use pain_reprocessing::interop::fhir::{ReadOptions, read_questionnaire_response};
//!
//! let json = r#"{
//!   "resourceType": "QuestionnaireResponse",
//!   "questionnaire": "http://example.org/Questionnaire/phq-9",
//!   "status": "completed",
//!   "item": [
//!     {"linkId": "/44249-1", "item": [
//!       {"linkId": "/44250-9", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6569-3"}}]},
//!       {"linkId": "/44255-8", "answer": [{"valueInteger": 2}]},
//!       {"linkId": "/44259-0", "answer": [{"valueInteger": 0}]},
//!       {"linkId": "/44254-1", "answer": [{"valueInteger": 1}]},
//!       {"linkId": "/44251-7", "answer": [{"valueInteger": 0}]},
//!       {"linkId": "/44258-2", "answer": [{"valueInteger": 0}]},
//!       {"linkId": "/44252-5", "answer": [{"valueInteger": 1}]},
//!       {"linkId": "/44253-3", "answer": [{"valueInteger": 0}]},
//!       {"linkId": "/44260-8", "answer": [{"valueInteger": 1}]}
//!     ]}
//!   ]
//! }"#;
//! let imported = read_questionnaire_response(json, &ReadOptions::new())?;
//! let score = imported.response().score()?;
//! assert_eq!(score.total(), Some(6.into()));
//! assert!(score.has_safety_flag()); // item 9 = 1
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Why no FHIR crate
//!
//! The full-model Rust FHIR crates generate every resource of a release: they cost gigabytes of
//! memory and minutes to build (one documents 8+ GB; another links 1.5 GiB test binaries), and
//! the light ones are dormant. The mapping needs a dozen resources and a few elements of each, so
//! [`model`] holds exactly those as plain serde types: the feature adds no dependency and builds in
//! seconds (docs/performance.md). Independence comes from CI instead: every resource the crate
//! writes is validated there by an independent R4 implementation (docs/json.md).
//!
//! # Codes
//!
//! LOINC codes come only from the instrument catalog, which holds only codes the clinical
//! reference marks VERIFIED ([`InstrumentDefinition::loinc`](crate::instruments::InstrumentDefinition::loinc)).
//! Everything else uses the crate's own code systems under [`CODE_SYSTEM_BASE`], never a guessed
//! LOINC code. Those codes (score, band, safety flag, recall period, attribution category ...)
//! are crate-defined, not a standard terminology.
//!
//! # Free text
//!
//! The only patient free text a `QuestionnaireResponse` carries is pain attribution's causes
//! (`valueString`, which the receiving EHR stores as part of the patient's record). In the model
//! it is a [`Note`](crate::Note), so `Debug` of a written resource shows its length, never the
//! words, and no [`FhirError`] quotes it. A [`Goal`](model::Goal)'s description is the patient's
//! valued activity; its `Debug` too shows only the length. Canonical Questionnaire URLs are [`QUESTIONNAIRE_BASE`] followed by the
//! instrument id with `-` for `_` (FHIR ids allow no `_`).
//!
//! # Licences
//!
//! A [`questionnaire`] carries item text only for public-domain instruments for which the crate
//! has the wording from a CC0 source (PHQ-9 and PHQ-2, from HL7's US Core example); every other
//! instrument's Questionnaire carries its structure, the catalog's short neutral labels and its
//! codes, never copyrighted text.

pub mod model;

mod care;
mod error;
mod json;
mod observation;
mod questionnaire;
mod questionnaire_map;
mod read;
#[cfg(test)]
mod tests;
mod write;

use chrono::{DateTime, SecondsFormat, Utc};

use crate::Decimal;
use crate::instruments::{InstrumentId, LoincTarget};

pub use self::care::{bundle, care_plan, encounter, goal};
pub use self::error::FhirError;
pub use self::observation::{Context, ScoreResources, flag, observations};
pub use self::questionnaire::questionnaire;
pub use self::questionnaire_map::QuestionnaireMap;
pub use self::read::{ImportedResponse, ReadOptions, ResponseStatus, read_questionnaire_response};
pub use self::write::questionnaire_response;

#[cfg(doc)]
use crate::instruments::Response;

/// The base of every URL the crate mints for FHIR (a reserved `.example` domain, like the schema ids).
pub const FHIR_BASE: &str = "https://pain-reprocessing.example/fhir/";
/// The base of the crate's canonical Questionnaire URLs.
pub const QUESTIONNAIRE_BASE: &str = "https://pain-reprocessing.example/fhir/Questionnaire/";
/// The base of the crate's own code systems and identifier systems.
pub const CODE_SYSTEM_BASE: &str = "https://pain-reprocessing.example/fhir/CodeSystem/";
/// LOINC.
pub const LOINC: &str = "http://loinc.org";
/// UCUM.
pub const UCUM: &str = "http://unitsofmeasure.org";

/// The crate's code system for scores without a verified LOINC code: `<instrument>` for a
/// total, `<instrument>.<subscale>` for a subscale.
pub const SCORE_SYSTEM: &str = "https://pain-reprocessing.example/fhir/CodeSystem/score";
/// The crate's code system for bands (the `interpretation` of a score).
pub const BAND_SYSTEM: &str = "https://pain-reprocessing.example/fhir/CodeSystem/band";
/// The crate's code system for safety flags (`suicidal_ideation`, `safety_item_unanswered`).
pub const SAFETY_FLAG_SYSTEM: &str =
    "https://pain-reprocessing.example/fhir/CodeSystem/safety-flag";
/// The crate's code system for the blind codes of pain-attribution causes (`peripheral`,
/// `mind_brain`; clinical reference §3.14 `[S25]` `[S26]`). Crate-defined codes, not a standard
/// terminology: an EHR that needs a standard code must map them.
pub const ATTRIBUTION_CATEGORY_SYSTEM: &str =
    "https://pain-reprocessing.example/fhir/CodeSystem/attribution-category";
/// The crate's code system for the NRS recall period (`now`, `past_24_hours`, `past_week`).
pub const RECALL_SYSTEM: &str = "https://pain-reprocessing.example/fhir/CodeSystem/recall-period";
/// The crate's code system for session kinds.
pub const SESSION_KIND_SYSTEM: &str =
    "https://pain-reprocessing.example/fhir/CodeSystem/session-kind";
/// The crate's code system for assessment timepoints.
pub const TIMEPOINT_SYSTEM: &str = "https://pain-reprocessing.example/fhir/CodeSystem/timepoint";
/// The crate's code system for goal measures.
pub const GOAL_MEASURE_SYSTEM: &str =
    "https://pain-reprocessing.example/fhir/CodeSystem/goal-measure";
/// The identifier system of patient ids.
pub const PATIENT_ID_SYSTEM: &str =
    "https://pain-reprocessing.example/fhir/NamingSystem/patient-id";
/// The identifier system of clinician ids.
pub const CLINICIAN_ID_SYSTEM: &str =
    "https://pain-reprocessing.example/fhir/NamingSystem/clinician-id";
/// The identifier system of program ids.
pub const PROGRAM_ID_SYSTEM: &str =
    "https://pain-reprocessing.example/fhir/NamingSystem/program-id";
/// The identifier system of session ids.
pub const SESSION_ID_SYSTEM: &str =
    "https://pain-reprocessing.example/fhir/NamingSystem/session-id";
/// The identifier system of goal ids.
pub const GOAL_ID_SYSTEM: &str = "https://pain-reprocessing.example/fhir/NamingSystem/goal-id";

/// The `linkId` of the NRS recall-period item.
pub const NRS_RECALL_LINK_ID: &str = "nrs_recall";

/// The `linkId` of pain attribution's causes: one repeating `string` question, one answer per
/// cause in the order given (`valueString`, the patient's words).
pub const ATTRIBUTION_CAUSES_LINK_ID: &str = "attribution_causes";

/// The `linkId` of a cause's category, nested under the cause's answer (`answer[].item`): one
/// `valueCoding` of [`ATTRIBUTION_CATEGORY_SYSTEM`]; absent while the cause is not coded.
pub const ATTRIBUTION_CATEGORY_LINK_ID: &str = "attribution_cause_category";

/// PHQ-9's difficulty item: a LOINC item code that is part of the form but not scored (clinical
/// reference §3.4 `[S91]`); the reader skips it.
const UNSCORED_ITEMS: &[(InstrumentId, &str)] = &[(InstrumentId::Phq9, "69722-7")];

/// The canonical URL of an instrument's Questionnaire.
pub fn questionnaire_url(instrument: InstrumentId) -> String {
    format!("{QUESTIONNAIRE_BASE}{}", resource_id_of(instrument))
}

/// The instrument id as a FHIR id (`bpi_sf` becomes `bpi-sf`).
fn resource_id_of(instrument: InstrumentId) -> String {
    instrument.as_str().replace('_', "-")
}

/// The instrument a crate canonical URL names (a `|version` suffix is ignored).
fn instrument_of_url(url: &str) -> Option<InstrumentId> {
    let url = url.split('|').next().unwrap_or(url);
    let id = url.strip_prefix(QUESTIONNAIRE_BASE)?;
    InstrumentId::ALL
        .into_iter()
        .find(|instrument| resource_id_of(*instrument) == id)
}

/// The catalog's LOINC code for `target` of `instrument`.
fn loinc_code(instrument: InstrumentId, target: LoincTarget) -> Option<&'static str> {
    instrument
        .definition()
        .loinc()
        .iter()
        .find(|code| code.target() == target)
        .map(|code| code.code())
}

/// A FHIR `dateTime` in UTC, seconds precision or finer as needed.
fn date_time(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// A decimal as a JSON number (two decimals at most, exactly as the crate computed it).
fn number(value: Decimal) -> serde_json::Number {
    let hundredths = value.hundredths();
    if hundredths % 100 == 0 {
        serde_json::Number::from(hundredths / 100)
    } else {
        serde_json::Number::from_f64(value.to_f64()).unwrap_or_else(|| serde_json::Number::from(0))
    }
}

/// An anchor label as LOINC displays its answer (`not at all` becomes `Not at all`, as in HL7's
/// US Core PHQ-9 example `[S91]`).
fn sentence_case(label: &str) -> String {
    let mut chars = label.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A FHIR resource id from app text: the text itself when it is a valid FHIR id (`[A-Za-z0-9-.]`,
/// 1-64 characters), else `h` and a stable 64-bit FNV-1a hash of it in hex. Never random: the same
/// text always gives the same id.
fn fhir_id(text: &str) -> String {
    let valid = !text.is_empty()
        && text.len() <= 64
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    if valid {
        text.to_owned()
    } else {
        format!("h{:016x}", fnv1a(text))
    }
}

/// A FHIR id made of `base` and `suffix`, hashed when too long or not a valid id.
fn child_id(base: &str, suffix: &str) -> String {
    let joined = format!("{base}-{suffix}");
    let valid = joined.len() <= 64
        && joined
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    if valid {
        joined
    } else {
        format!("h{:016x}-{suffix}", fnv1a(base))
    }
}

fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
