//! The outer layer: adapters between the crate's types and formats other systems speak.
//!
//! Each adapter uses the core modules and nothing in the core knows about it (the arrows point
//! one way), and each sits behind a feature where it adds code an app may not want.
//!
//! - `fhir` (feature `fhir`): HL7 FHIR R4 `QuestionnaireResponse`s in; `Observation`s, `Flag`s,
//!   `Goal`s, `Encounter`s, `CarePlan`s, `Questionnaire`s and `Bundle`s out.

#[cfg(feature = "fhir")]
pub mod fhir;
