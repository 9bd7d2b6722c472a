//! Tests of the FHIR adapter: HL7's own examples, every catalog instrument, every bad input the
//! issue names, and the shape of every resource written.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Value, json};

use super::*;
use crate::goals::{GoalId, GoalMeasure, TreatmentGoal};
use crate::instruments::{Band, LicenceStatus, RecallPeriod, Response, SafetyFlag};
use crate::intake::{IntakeForm, ScreeningCriteria, screen};
use crate::program::{Actor, Event, EventKind, Program};
use crate::protocol::Protocol;
use crate::sessions::{Modality, SessionKind, SessionOutcome};
use crate::{ClinicianId, Note, PatientId, ProgramId, SessionId, SessionRecord, Timepoint};

const US_CORE_PHQ9: &str =
    include_str!("../../../../tests/fixtures/fhir/hl7/QuestionnaireResponse-phq-9-example.json");
const SDC_PROFILE_PHQ9: &str = include_str!(
    "../../../../tests/fixtures/fhir/hl7/questionnaireresponse-sdc-profile-example-PHQ9.json"
);
const SDC_FLAT_PHQ9: &str =
    include_str!("../../../../tests/fixtures/fhir/hl7/questionnaireresponse-sdc-example-PHQ9.json");
const SDC_QUESTIONNAIRE: &str =
    include_str!("../../../../tests/fixtures/fhir/hl7/questionnaire-sdc-profile-example-PHQ9.json");

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn answers(response: &Response) -> Vec<Option<u8>> {
    response.answers().collect()
}

fn read(json: &Value) -> Result<ImportedResponse, FhirError> {
    read_questionnaire_response(&json.to_string(), &ReadOptions::new())
}

fn read_err(json: &Value) -> FhirError {
    read(json).unwrap_err()
}

/// A PHQ-9 response with LOINC linkIds (`/code`, as US Core writes them) and `valueInteger`s.
fn phq9_loinc(values: [u8; 9]) -> Value {
    let codes = [
        "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
        "44260-8",
    ];
    let items: Vec<Value> = codes
        .iter()
        .zip(values)
        .map(|(code, value)| json!({"linkId": format!("/{code}"), "answer": [{"valueInteger": value}]}))
        .collect();
    json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": "http://example.org/Questionnaire/phq9",
        "status": "completed",
        "item": [{"linkId": "/44249-1", "item": items}]
    })
}

mod attribution;
mod hl7;
mod read;
mod write;
