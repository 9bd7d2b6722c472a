//! Reads a FHIR R4 PHQ-9 `QuestionnaireResponse`, scores it, and prints the `Observation` and
//! `Flag` it produces.
//!
//! ```text
//! cargo run --example fhir
//! cargo run --example fhir -- tests/fixtures/fhir/hl7/QuestionnaireResponse-phq-9-example.json
//! ```
//!
//! Without an argument it reads a built-in PHQ-9 response that uses LOINC item codes as `linkId`s
//! and LOINC answer codes, with item 9 answered "several days". With an argument it reads that
//! file (any catalog instrument the reader can identify). Output: one summary line, then the
//! score `Observation`, then one `Flag` per safety flag, as pretty JSON.

use std::error::Error;

use chrono::{DateTime, Utc};
use pain_reprocessing::PatientId;
use pain_reprocessing::interop::fhir::{
    Context, ReadOptions, flag, observations, read_questionnaire_response,
};

const PHQ9: &str = r#"{
  "resourceType": "QuestionnaireResponse",
  "questionnaire": "http://loinc.org/q/44249-1",
  "status": "completed",
  "authored": "2026-03-04T09:00:00Z",
  "item": [{"linkId": "/44249-1", "item": [
    {"linkId": "/44250-9", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6569-3"}}]},
    {"linkId": "/44255-8", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6570-1"}}]},
    {"linkId": "/44259-0", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6570-1"}}]},
    {"linkId": "/44254-1", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6569-3"}}]},
    {"linkId": "/44251-7", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6568-5"}}]},
    {"linkId": "/44258-2", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6569-3"}}]},
    {"linkId": "/44252-5", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6568-5"}}]},
    {"linkId": "/44253-3", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6568-5"}}]},
    {"linkId": "/44260-8", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6569-3"}}]},
    {"linkId": "/44261-6", "answer": [{"valueInteger": 8}]}
  ]}]
}"#;

fn main() -> Result<(), Box<dyn Error>> {
    let text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path)?,
        None => PHQ9.to_owned(),
    };
    // PHQ-2 and PHQ-9 share item codes; the panel linkId /44249-1 tells them apart here.
    let imported = read_questionnaire_response(&text, &ReadOptions::new())?;
    let response = imported.response();
    let patient = PatientId::new("pt-1")?;
    let at: DateTime<Utc> = imported
        .authored()
        .map_or_else(|| "2026-03-04T09:00:00Z".parse(), Ok)?;
    let context = Context::new(&patient, at);
    let flags = response.safety_flags();
    match response.score() {
        Ok(score) => {
            println!(
                "{}: total {} ({}), stated total {}, {} safety flag(s)",
                response.definition().short_name(),
                score
                    .total()
                    .map_or_else(|| "none".to_owned(), |t| t.to_string()),
                score.band().map_or("no band", |band| band.as_str()),
                imported
                    .stated_total()
                    .map_or_else(|| "none".to_owned(), |t| t.to_string()),
                flags.as_slice().len(),
            );
            let out = observations(&score, Some(response), &context, "example");
            println!("{}", serde_json::to_string_pretty(&out.total)?);
            for resource in &out.flags {
                println!("{}", serde_json::to_string_pretty(resource)?);
            }
        }
        Err(error) => {
            // No total, but a safety flag (a missing item 9) still reaches the EHR.
            println!(
                "{}: not scored: {error}",
                response.definition().short_name()
            );
            for safety in flags.as_slice() {
                let resource = flag(safety, response.instrument(), &context);
                println!("{}", serde_json::to_string_pretty(&resource)?);
            }
        }
    }
    Ok(())
}
