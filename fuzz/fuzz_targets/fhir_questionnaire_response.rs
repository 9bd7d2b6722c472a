//! Bytes → the FHIR `QuestionnaireResponse` reader (feature `fhir`), alone and with HL7's SDC
//! PHQ-9 Questionnaire and an item map, so publisher linkIds and ordinalValues are reached.
//!
//! A crash is a panic anywhere on the way.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use pain_reprocessing::interop::fhir::{QuestionnaireMap, ReadOptions, read_questionnaire_response};

static SDC: LazyLock<QuestionnaireMap> = LazyLock::new(|| {
    QuestionnaireMap::from_json(include_str!(
        "../../tests/fixtures/fhir/hl7/questionnaire-sdc-profile-example-PHQ9.json"
    ))
    .unwrap_or_default()
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = read_questionnaire_response(text, &ReadOptions::new());
    let options = (1..=9).fold(ReadOptions::new().questionnaire(&SDC), |options, n| {
        options.link(&format!("H1/T1/Q{n}"), n)
    });
    let _ = read_questionnaire_response(text, &options);
    let _ = QuestionnaireMap::from_json(text);
});
