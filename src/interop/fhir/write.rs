//! [`Response`] to `QuestionnaireResponse`: the reverse of reading.

use super::model::{Answer, Coding, QuestionnaireResponse, ResponseItem};
use super::{LOINC, NRS_RECALL_LINK_ID, RECALL_SYSTEM, questionnaire_url, sentence_case};
use crate::instruments::{LoincTarget, Response};

/// The `QuestionnaireResponse` of `response`: the crate's canonical Questionnaire URL, the
/// crate's item ids as `linkId`s (the [`questionnaire`](super::questionnaire) carries their LOINC
/// codes), each answer as the catalog's verified LOINC answer code (PHQ-9, PHQ-2) or a
/// `valueInteger`, unanswered items left out, and the NRS recall period as an `nrs_recall` item.
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
