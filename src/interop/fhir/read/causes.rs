//! Pain attribution's causes (clinical reference §3.14): the answers of the one
//! `attribution_causes` item, each a `valueString` in the patient's words with its category
//! nested under it, read back into [`CodedCause`]s in the order written.
//!
//! No error quotes a cause's words: they are patient text. Errors name the answer's path and
//! `linkId`, and say what is allowed.

use serde_json::{Map, Value};

use super::items::{Reader, single_answer};
use crate::Note;
use crate::instruments::{AttributionCategory, CodedCause, MAX_CAUSES};
use crate::interop::fhir::error::clip;
use crate::interop::fhir::json::{array, element, opt_str, req_str};
use crate::interop::fhir::{ATTRIBUTION_CATEGORY_LINK_ID, ATTRIBUTION_CATEGORY_SYSTEM, FhirError};

impl Reader<'_, '_> {
    /// The causes item: at most [`MAX_CAUSES`] answers, read once.
    pub(super) fn causes(
        &mut self,
        link_id: &str,
        answers: &[Value],
        path: &str,
    ) -> Result<(), FhirError> {
        if self.causes.is_some() {
            return Err(FhirError::DuplicateCauses {
                path: path.to_owned(),
                link_id: clip(link_id),
            });
        }
        if answers.len() > MAX_CAUSES {
            return Err(FhirError::TooManyCauses {
                path: path.to_owned(),
                link_id: clip(link_id),
                count: answers.len(),
                max: MAX_CAUSES,
            });
        }
        let mut causes = Vec::with_capacity(answers.len());
        for (index, answer) in answers.iter().enumerate() {
            let path = format!("{path}.answer[{index}]");
            let answer = element(answer, &path)?;
            let text = cause_text(link_id, answer, &path)?;
            let category = self.category(answer, &path)?;
            causes.push(CodedCause::new(text, category));
        }
        self.causes = Some(causes);
        Ok(())
    }

    /// The category nested under a cause's answer: none (not coded) or one crate code.
    fn category(
        &self,
        answer: &Map<String, Value>,
        path: &str,
    ) -> Result<Option<AttributionCategory>, FhirError> {
        let items_path = format!("{path}.item");
        let mut found: Option<(String, &[Value])> = None;
        for (index, item) in array(answer, "item", &items_path)?.iter().enumerate() {
            let path = format!("{items_path}[{index}]");
            let item = element(item, &path)?;
            let link_id = req_str(item, "linkId", &path)?;
            let nested = item
                .get("item")
                .and_then(Value::as_array)
                .is_some_and(|children| !children.is_empty());
            if link_id != ATTRIBUTION_CATEGORY_LINK_ID || nested {
                return Err(FhirError::UnknownItem {
                    path,
                    link_id: clip(link_id),
                    instrument: self.instrument,
                });
            }
            if found.is_some() {
                return Err(FhirError::MultipleAnswers {
                    path,
                    link_id: clip(link_id),
                    count: 2,
                });
            }
            let answers = array(item, "answer", &format!("{path}.answer"))?;
            found = Some((path, answers));
        }
        let Some((path, answers)) = found else {
            return Ok(None);
        };
        let Some((answer, path)) = single_answer(ATTRIBUTION_CATEGORY_LINK_ID, answers, &path)?
        else {
            return Ok(None);
        };
        let path = format!("{path}.valueCoding");
        let unknown = |system: Option<&str>, code: Option<&str>| FhirError::UnknownAnswerCode {
            path: path.clone(),
            link_id: ATTRIBUTION_CATEGORY_LINK_ID.to_owned(),
            system: clip(system.unwrap_or("")),
            code: clip(code.unwrap_or("")),
        };
        let Some(coding) = answer.get("valueCoding") else {
            return Err(unknown(None, None));
        };
        let coding = coding.as_object().ok_or_else(|| FhirError::Invalid {
            path: path.clone(),
            expected: "a Coding object",
        })?;
        let system = opt_str(coding, "system", &path)?;
        let code = req_str(coding, "code", &path)?;
        AttributionCategory::ALL
            .into_iter()
            .find(|category| {
                system == Some(ATTRIBUTION_CATEGORY_SYSTEM) && code == category.as_str()
            })
            .map(Some)
            .ok_or_else(|| unknown(system, Some(code)))
    }
}

/// A cause's words: one `valueString` that is a valid [`Note`], and no other `value[x]`.
fn cause_text(link_id: &str, answer: &Map<String, Value>, path: &str) -> Result<Note, FhirError> {
    let refuse = |problem: &'static str| FhirError::CauseText {
        path: path.to_owned(),
        link_id: clip(link_id),
        problem,
    };
    if answer
        .keys()
        .any(|key| key.starts_with("value") && key != "valueString")
    {
        return Err(refuse("answered with a value[x] other than valueString"));
    }
    match answer.get("valueString") {
        None | Some(Value::Null) => Err(refuse("without a valueString")),
        Some(Value::String(text)) => Note::new(text.as_str())
            .map_err(|_| refuse("whose text is empty, too long or has a control character")),
        Some(_) => Err(refuse("whose valueString is not a JSON string")),
    }
}
