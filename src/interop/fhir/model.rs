//! The small FHIR R4 subset the mapping writes, as plain serde types.
//!
//! Only the elements the crate fills are modelled; every field is public so an app can add what
//! its server needs (an `id`, a `meta.profile`) before sending. Element names follow the R4 JSON
//! format exactly (`camelCase`, `valueQuantity`, `resourceType`), and absent elements are omitted.
//! The types derive `Deserialize` too, so an app (and the tests) can read the crate's own output
//! back; reading other parties' documents goes through [`read_questionnaire_response`](super::read_questionnaire_response),
//! which checks every element it uses.

use serde::{Deserialize, Serialize};

use crate::Note;

mod redacted;

/// A code in a code system (R4 `Coding`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Coding {
    /// The code system's canonical URL, such as `http://loinc.org`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// The code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// A human-readable rendering of the code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// Extensions (the answer options' `ordinalValue`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extension: Vec<Extension>,
}

impl Coding {
    /// A coding with a system and a code.
    pub fn new(system: &str, code: &str) -> Coding {
        Coding {
            system: Some(system.to_owned()),
            code: Some(code.to_owned()),
            ..Coding::default()
        }
    }

    /// The coding with a display text.
    pub fn with_display(mut self, display: &str) -> Coding {
        self.display = Some(display.to_owned());
        self
    }
}

/// Codings and/or text (R4 `CodeableConcept`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct CodeableConcept {
    /// The codings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coding: Vec<Coding>,
    /// Plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl CodeableConcept {
    /// One coding, with an optional text.
    pub fn coded(coding: Coding, text: Option<String>) -> CodeableConcept {
        CodeableConcept {
            coding: vec![coding],
            text,
        }
    }

    /// Text only.
    pub fn text(text: impl Into<String>) -> CodeableConcept {
        CodeableConcept {
            coding: Vec::new(),
            text: Some(text.into()),
        }
    }
}

/// A business identifier (R4 `Identifier`). `Debug` shows the value's length only: it may be the
/// patient's id.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Identifier {
    /// The namespace of the value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// The value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// A reference to another resource (R4 `Reference`). `Debug` redacts a `Patient/…` reference's
/// id and the identifier's value.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Reference {
    /// A relative reference such as `Patient/pt-1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// The business identifier of the target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<Identifier>,
}

impl Reference {
    /// A relative reference `Type/id`.
    pub fn to(resource_type: &str, id: &str) -> Reference {
        Reference {
            reference: Some(format!("{resource_type}/{id}")),
            identifier: None,
        }
    }
}

/// A measured amount (R4 `Quantity`), here always with a UCUM unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Quantity {
    /// The value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Number>,
    /// The unit as shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// `http://unitsofmeasure.org`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// The UCUM code, such as `{score}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// A set of values with a low and/or high bound (R4 `Range`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Range {
    /// The lowest value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<Quantity>,
    /// The highest value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<Quantity>,
}

/// A time span (R4 `Period`), date-times as FHIR `dateTime` text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    /// The start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// The end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
}

/// A text note (R4 `Annotation`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Annotation {
    /// The note.
    pub text: String,
}

/// An extension (R4 `Extension`) with the value types the crate writes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Extension {
    /// The extension's canonical URL.
    pub url: String,
    /// A decimal value (`ordinalValue`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_decimal: Option<serde_json::Number>,
    /// An integer value (`minValue`, `maxValue`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_integer: Option<i64>,
}

/// The answer to one question (R4 `QuestionnaireResponse.item.answer`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Answer {
    /// A whole-number answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_integer: Option<i64>,
    /// A coded answer (LOINC answer codes, the recall period, a cause's category).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_coding: Option<Coding>,
    /// A free-text answer: a pain-attribution cause in the patient's words. A [`Note`], so
    /// `Debug` shows its length, never the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_string: Option<Note>,
    /// Items nested under this answer (a cause's category).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<ResponseItem>,
}

/// One answered question (R4 `QuestionnaireResponse.item`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ResponseItem {
    /// The `linkId` of the Questionnaire item it answers.
    pub link_id: String,
    /// The answers (one).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answer: Vec<Answer>,
}

/// A completed questionnaire (R4 `QuestionnaireResponse`), as the crate writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireResponse {
    /// `QuestionnaireResponse`.
    pub resource_type: String,
    /// The resource id, when the app assigns one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The canonical URL of the Questionnaire answered.
    pub questionnaire: String,
    /// `completed`.
    pub status: String,
    /// The patient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Reference>,
    /// When the answers were given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authored: Option<String>,
    /// The answered items; unanswered items are absent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<ResponseItem>,
}

/// A permitted answer of a choice question (R4 `Questionnaire.item.answerOption`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct AnswerOption {
    /// The ordinal value (`ordinalValue`) that scoring uses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extension: Vec<Extension>,
    /// The coded answer.
    pub value_coding: Coding,
}

/// One question or group (R4 `Questionnaire.item`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireItem {
    /// `minValue`/`maxValue` of an integer question.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extension: Vec<Extension>,
    /// The `linkId` a response uses.
    pub link_id: String,
    /// LOINC item codes, where the catalog has verified ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub code: Vec<Coding>,
    /// The question's text: the published wording for public-domain instruments with a source in
    /// hand, otherwise the catalog's short neutral label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// `integer`, `choice` or `string`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Whether an answer is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Whether the question takes several answers (pain attribution's causes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeats: Option<bool>,
    /// The most characters of a `string` answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    /// The permitted answers of a choice question.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answer_option: Vec<AnswerOption>,
    /// Questions nested under this one (in a response they sit under each answer).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<QuestionnaireItem>,
}

/// A questionnaire's structure (R4 `Questionnaire`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Questionnaire {
    /// `Questionnaire`.
    pub resource_type: String,
    /// The resource id.
    pub id: String,
    /// The canonical URL responses cite.
    pub url: String,
    /// A computer-friendly name.
    pub name: String,
    /// The instrument's name.
    pub title: String,
    /// `active`.
    pub status: String,
    /// `Patient`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subject_type: Vec<String>,
    /// The licence, as the clinical reference states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copyright: Option<String>,
    /// The LOINC panel code, where verified.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub code: Vec<Coding>,
    /// The questions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<QuestionnaireItem>,
}

/// A part of an Observation (R4 `Observation.component`): one subscale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ObservationComponent {
    /// What the subscale is.
    pub code: CodeableConcept,
    /// Its value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_quantity: Option<Quantity>,
}

/// A score, a panel or an item answer (R4 `Observation`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Observation {
    /// `Observation`.
    pub resource_type: String,
    /// The resource id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `final`.
    pub status: String,
    /// `survey`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub category: Vec<CodeableConcept>,
    /// What was observed: a LOINC code where verified, else the crate's own code.
    pub code: CodeableConcept,
    /// The patient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Reference>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_date_time: Option<String>,
    /// Who recorded it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub performer: Vec<Reference>,
    /// A score, in UCUM `{score}` (ODI: `%`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_quantity: Option<Quantity>,
    /// A coded item answer (a LOINC answer code).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_codeable_concept: Option<CodeableConcept>,
    /// A whole-number item answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_integer: Option<i64>,
    /// The band of the total.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interpretation: Vec<CodeableConcept>,
    /// Missing items and proration.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Annotation>,
    /// The panel's members.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub has_member: Vec<Reference>,
    /// The QuestionnaireResponse it was scored from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub derived_from: Vec<Reference>,
    /// Subscales.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub component: Vec<ObservationComponent>,
}

/// A warning an EHR shows with the patient's record (R4 `Flag`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Flag {
    /// `Flag`.
    pub resource_type: String,
    /// The resource id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `active`.
    pub status: String,
    /// `safety`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub category: Vec<CodeableConcept>,
    /// The safety signal.
    pub code: CodeableConcept,
    /// The patient.
    pub subject: Reference,
    /// From when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Who recorded the answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<Reference>,
}

/// A goal's target (R4 `Goal.target`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct GoalTarget {
    /// What is measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<CodeableConcept>,
    /// The target: `low` when higher is better, `high` when higher is worse.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail_range: Option<Range>,
    /// The due date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
}

/// A treatment goal (R4 `Goal`).
///
/// `Debug` shows the description's length, never its text: the valued activity is the patient's
/// words (a [`Note`] in the crate), as a cause's text is in a response.
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Goal {
    /// `Goal`.
    pub resource_type: String,
    /// The resource id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The goal's id in the crate.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    /// `active`, `completed` or `cancelled`.
    pub lifecycle_status: String,
    /// From `goal-achievement`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achievement_status: Option<CodeableConcept>,
    /// The valued activity, in the patient's words.
    pub description: CodeableConcept,
    /// The patient.
    pub subject: Reference,
    /// When the goal was set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// The target measure and due date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target: Vec<GoalTarget>,
}

/// A session (R4 `Encounter`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Encounter {
    /// `Encounter`.
    pub resource_type: String,
    /// The resource id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The session's id in the crate.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    /// `planned`, `in-progress`, `finished` or `cancelled`.
    pub status: String,
    /// `AMB` (in person) or `VR` (video, phone, messaging), from v3 ActCode.
    pub class: Coding,
    /// The session kind.
    #[serde(default, rename = "type", skip_serializing_if = "Vec::is_empty")]
    pub kind: Vec<CodeableConcept>,
    /// The patient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Reference>,
    /// When it was held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
}

/// What a care-plan activity is (R4 `CarePlan.activity.detail`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ActivityDetail {
    /// `Appointment` for sessions; absent for assessments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The session kind or the assessment timepoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<CodeableConcept>,
    /// `not-started`, `scheduled`, `completed`, `cancelled`, `stopped`.
    pub status: String,
    /// When it is scheduled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_string: Option<String>,
    /// A short description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// One activity of a care plan (R4 `CarePlan.activity`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct CarePlanActivity {
    /// What came of it: the Encounter of a held session, the Observations of an assessment.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcome_reference: Vec<Reference>,
    /// What it is.
    pub detail: ActivityDetail,
}

/// A PRT program (R4 `CarePlan`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct CarePlan {
    /// `CarePlan`.
    pub resource_type: String,
    /// The resource id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The program's id in the crate.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    /// `draft`, `active`, `on-hold`, `revoked` or `completed`.
    pub status: String,
    /// `plan`.
    pub intent: String,
    /// The protocol's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The patient.
    pub subject: Reference,
    /// The program's goals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goal: Vec<Reference>,
    /// Sessions and assessments with their status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activity: Vec<CarePlanActivity>,
}

/// The patient, as far as the crate knows them: an identifier (R4 `Patient`). `Debug` shows
/// the id's length only.
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Patient {
    /// `Patient`.
    pub resource_type: String,
    /// The resource id.
    pub id: String,
    /// The patient id the app gave the crate.
    pub identifier: Vec<Identifier>,
}

/// A clinician, as far as the crate knows them: an identifier (R4 `Practitioner`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Practitioner {
    /// `Practitioner`.
    pub resource_type: String,
    /// The resource id.
    pub id: String,
    /// The clinician id the app gave the crate.
    pub identifier: Vec<Identifier>,
}

/// Any resource the crate writes, for a [`Bundle`] entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Resource {
    /// A patient.
    Patient(Patient),
    /// A clinician.
    Practitioner(Practitioner),
    /// A care plan.
    CarePlan(CarePlan),
    /// A goal.
    Goal(Goal),
    /// A session.
    Encounter(Encounter),
    /// A score, panel or item.
    Observation(Observation),
    /// A safety flag.
    Flag(Flag),
}

/// One entry of a [`Bundle`]. `Debug` redacts the patient's id in a `…/Patient/…` URL.
#[derive(Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BundleEntry {
    /// The resource's absolute URL, against which its relative references resolve.
    pub full_url: String,
    /// The resource.
    pub resource: Resource,
}

/// A whole program as one document (R4 `Bundle` of type `collection`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Bundle {
    /// `Bundle`.
    pub resource_type: String,
    /// The bundle's id, stable for a program.
    pub id: String,
    /// `collection`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The resources.
    pub entry: Vec<BundleEntry>,
}
