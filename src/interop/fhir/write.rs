//! [`Response`] to `QuestionnaireResponse`: the reverse of reading.

use super::model::{Answer, Coding, QuestionnaireResponse, ResponseItem};
use super::{
    ATTRIBUTION_CATEGORY_LINK_ID, ATTRIBUTION_CATEGORY_SYSTEM, ATTRIBUTION_CAUSES_LINK_ID, LOINC,
    NRS_RECALL_LINK_ID, RECALL_SYSTEM, questionnaire_url, sentence_case,
};
use crate::instruments::{AttributionCategory, CodedCause, LoincTarget, Response};

/// The `QuestionnaireResponse` of `response`: the crate's canonical Questionnaire URL, the
/// crate's item ids as `linkId`s (the [`questionnaire`](super::questionnaire) carries their LOINC
/// codes), each answer as the catalog's verified LOINC answer code (PHQ-9, PHQ-2) or a
/// `valueInteger`, unanswered items left out, the NRS recall period as an `nrs_recall` item, and
/// pain attribution's causes as the answers of one `attribution_causes` item, in order: the text
/// as `valueString`, the category (when coded) as a `valueCoding` of the crate-defined
/// [`ATTRIBUTION_CATEGORY_SYSTEM`](super::ATTRIBUTION_CATEGORY_SYSTEM) in a nested
/// `attribution_cause_category` item.
///
/// Reading the result back with [`read_questionnaire_response`](super::read_questionnaire_response)
/// gives `response` again. Add `subject`, `authored` and an `id` as the receiving server needs.
///
/// ```
/// use pain_reprocessing::instruments::{InstrumentId, Response};
/// use pain_reprocessing::interop::fhir::{ReadOptions, questionnaire_response, read_questionnaire_response};
///
/// let response = Response::new(InstrumentId::Phq9, &[1, 0, 2, 1, 0, 1, 0, 0, 0].map(Some))?;
/// let fhir = questionnaire_response(&response);
/// assert_eq!(fhir.questionnaire, "https://pain-reprocessing.example/fhir/Questionnaire/phq9");
/// assert_eq!(fhir.item[0].answer[0].value_coding.as_ref().and_then(|c| c.code.as_deref()), Some("LA6569-3"));
/// let json = serde_json::to_string(&fhir)?;
/// assert_eq!(read_questionnaire_response(&json, &ReadOptions::new())?.response(), &response);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn questionnaire_response(response: &Response) -> QuestionnaireResponse {
    let instrument = response.instrument();
    let definition = instrument.definition();
    let mut item: Vec<ResponseItem> = definition
        .items()
        .iter()
        .zip(response.answers())
        .filter_map(|(definition_item, answer)| {
            let value = answer?;
            Some(ResponseItem {
                link_id: definition_item.id().to_owned(),
                answer: vec![answer_of(response, value)],
            })
        })
        .collect();
    if let Some(recall) = response.recall() {
        item.push(ResponseItem {
            link_id: NRS_RECALL_LINK_ID.to_owned(),
            answer: vec![Answer {
                value_coding: Some(Coding::new(RECALL_SYSTEM, recall.as_str())),
                ..Answer::default()
            }],
        });
    }
    if !response.causes().is_empty() {
        item.push(ResponseItem {
            link_id: ATTRIBUTION_CAUSES_LINK_ID.to_owned(),
            answer: response.causes().iter().map(cause_answer).collect(),
        });
    }
    QuestionnaireResponse {
        resource_type: "QuestionnaireResponse".to_owned(),
        questionnaire: questionnaire_url(instrument),
        status: "completed".to_owned(),
        item,
        ..QuestionnaireResponse::default()
    }
}

fn answer_of(response: &Response, value: u8) -> Answer {
    let definition = response.definition();
    let code = definition
        .loinc()
        .iter()
        .find(|loinc| loinc.target() == LoincTarget::Answer(value));
    match code {
        Some(code) => {
            let mut coding = Coding::new(LOINC, code.code());
            coding.display = definition
                .anchors()
                .iter()
                .find(|anchor| anchor.value() == value)
                .map(|anchor| sentence_case(anchor.label()));
            Answer {
                value_coding: Some(coding),
                ..Answer::default()
            }
        }
        None => Answer {
            value_integer: Some(i64::from(value)),
            ..Answer::default()
        },
    }
}

/// One cause: its words, and its category nested under it when coded.
fn cause_answer(cause: &CodedCause) -> Answer {
    Answer {
        value_string: Some(cause.text().clone()),
        item: cause
            .category()
            .map(|category| ResponseItem {
                link_id: ATTRIBUTION_CATEGORY_LINK_ID.to_owned(),
                answer: vec![Answer {
                    value_coding: Some(category_coding(category)),
                    ..Answer::default()
                }],
            })
            .into_iter()
            .collect(),
        ..Answer::default()
    }
}

/// A category as a coding of the crate's attribution-category system, with its display.
pub(super) fn category_coding(category: AttributionCategory) -> Coding {
    let display = match category {
        AttributionCategory::Peripheral => "Peripheral or tissue cause",
        AttributionCategory::MindBrain => "Mind/brain cause",
    };
    Coding::new(ATTRIBUTION_CATEGORY_SYSTEM, category.as_str()).with_display(display)
}
