//! Walking a `QuestionnaireResponse`'s items: the role each `linkId` has for the instrument, and
//! its answer read as an item value, the stated total or the NRS recall period.

use serde_json::{Map, Value};

use super::ReadOptions;
use crate::Decimal;
use crate::instruments::{CodedCause, InstrumentId, LoincTarget, RecallPeriod, ScoringMethod};
use crate::interop::fhir::error::clip;
use crate::interop::fhir::json::{Number, array, element, hundredths_of, opt_str, req_str};
use crate::interop::fhir::{
    ATTRIBUTION_CAUSES_LINK_ID, FhirError, LOINC, NRS_RECALL_LINK_ID, RECALL_SYSTEM, UNSCORED_ITEMS,
};

/// What a response item is to the instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Item `n`, 1-based.
    Item(usize),
    /// The total the document states.
    StatedTotal,
    /// The NRS recall period.
    Recall,
    /// Pain attribution's causes (`causes.rs`).
    Causes,
    /// A group, the panel, a display item or an unscored item: its answers are not read.
    Skip,
    /// Nothing the reader knows.
    Unknown,
}

/// The walk over a response's items: the answers read so far, by item, and what else was found.
pub(super) struct Reader<'o, 'q> {
    pub(super) instrument: InstrumentId,
    pub(super) options: &'o ReadOptions<'q>,
    pub(super) answers: Vec<Option<u8>>,
    pub(super) seen: Vec<bool>,
    pub(super) stated_total: Option<Decimal>,
    pub(super) recall: Option<RecallPeriod>,
    /// Pain attribution's causes, once their item is read.
    pub(super) causes: Option<Vec<CodedCause>>,
}

impl Reader<'_, '_> {
    pub(super) fn items(
        &mut self,
        parent: &Map<String, Value>,
        path: &str,
    ) -> Result<(), FhirError> {
        for (index, item) in array(parent, "item", path)?.iter().enumerate() {
            let path = format!("{path}[{index}]");
            let item = element(item, &path)?;
            let link_id = req_str(item, "linkId", &path)?;
            let answers = array(item, "answer", &format!("{path}.answer"))?;
            let has_children = item
                .get("item")
                .and_then(Value::as_array)
                .is_some_and(|children| !children.is_empty());
            let role = self.role(link_id);
            match role {
                Role::Item(n) => self.answer(link_id, n, answers, &path)?,
                Role::Causes => self.causes(link_id, answers, &path)?,
                Role::StatedTotal => self.stated_total = self.total(link_id, answers, &path)?,
                Role::Recall => self.recall = self.recall_answer(link_id, answers, &path)?,
                Role::Skip => {}
                Role::Unknown if answers.is_empty() && has_children => {}
                Role::Unknown => {
                    return Err(FhirError::UnknownItem {
                        path,
                        link_id: clip(link_id),
                        instrument: self.instrument,
                    });
                }
            }
            self.items(item, &format!("{path}.item"))?;
            if role == Role::Causes {
                // Each cause's nested category was read with the cause.
                continue;
            }
            for (a, answer) in answers.iter().enumerate() {
                if let Some(answer) = answer.as_object() {
                    self.items(answer, &format!("{path}.answer[{a}].item"))?;
                }
            }
        }
        Ok(())
    }

    fn role(&self, link_id: &str) -> Role {
        let definition = self.instrument.definition();
        if let Some(index) = definition.items().iter().position(|i| i.id() == link_id) {
            return Role::Item(index + 1);
        }
        if self.instrument == InstrumentId::Nrs && link_id == NRS_RECALL_LINK_ID {
            return Role::Recall;
        }
        if self.instrument == InstrumentId::PainAttribution && link_id == ATTRIBUTION_CAUSES_LINK_ID
        {
            return Role::Causes;
        }
        if let Some((_, n)) = self.options.links.iter().find(|(id, _)| id == link_id) {
            return Role::Item(*n);
        }
        let role = self.code_role(link_id.trim_start_matches('/'));
        if role != Role::Unknown {
            return role;
        }
        let Some(map_item) = self
            .options
            .questionnaire
            .and_then(|map| map.items.get(link_id))
        else {
            return Role::Unknown;
        };
        let coded = map_item
            .codes
            .iter()
            .map(|code| self.code_role(code))
            .find(|role| *role != Role::Unknown);
        match coded {
            Some(role) => role,
            None if matches!(map_item.kind.as_str(), "group" | "display") => Role::Skip,
            None => Role::Unknown,
        }
    }

    /// The role a LOINC code gives an item of this instrument.
    fn code_role(&self, code: &str) -> Role {
        let definition = self.instrument.definition();
        let single = definition.scoring() == ScoringMethod::Single;
        for loinc in definition.loinc().iter().filter(|l| l.code() == code) {
            match loinc.target() {
                LoincTarget::Item(n) => return Role::Item(usize::from(n)),
                LoincTarget::Total if single => return Role::Item(1),
                LoincTarget::Total => return Role::StatedTotal,
                LoincTarget::Panel => return Role::Skip,
                _ => {}
            }
        }
        if UNSCORED_ITEMS.contains(&(self.instrument, code)) {
            return Role::Skip;
        }
        Role::Unknown
    }

    fn answer(
        &mut self,
        link_id: &str,
        item: usize,
        answers: &[Value],
        path: &str,
    ) -> Result<(), FhirError> {
        let definition = self.instrument.definition();
        let seen =
            self.seen
                .get_mut(item.wrapping_sub(1))
                .ok_or_else(|| FhirError::UnknownItem {
                    path: path.to_owned(),
                    link_id: clip(link_id),
                    instrument: self.instrument,
                })?;
        if *seen {
            return Err(FhirError::DuplicateItem {
                path: path.to_owned(),
                link_id: clip(link_id),
                instrument: self.instrument,
                item,
            });
        }
        *seen = true;
        let Some((answer, path)) = single_answer(link_id, answers, path)? else {
            return Ok(());
        };
        let (min, max) = (definition.answer_min(), definition.answer_max());
        let Number::Whole(value) = self.value(link_id, answer, &path)? else {
            return Err(FhirError::NotAWholeNumber {
                path,
                link_id: clip(link_id),
                min,
                max,
            });
        };
        let checked = u8::try_from(value)
            .ok()
            .filter(|v| (min..=max).contains(v))
            .ok_or_else(|| FhirError::AnswerOutOfRange {
                path: path.clone(),
                link_id: clip(link_id),
                instrument: self.instrument,
                value,
                min,
                max,
            })?;
        if let Some(slot) = self.answers.get_mut(item - 1) {
            *slot = Some(checked);
        }
        Ok(())
    }

    /// The answer's value.
    fn value(
        &self,
        link_id: &str,
        answer: &Map<String, Value>,
        path: &str,
    ) -> Result<Number, FhirError> {
        if let Some(value) = answer.get("valueInteger") {
            return value
                .as_i64()
                .map(Number::Whole)
                .ok_or_else(|| FhirError::Invalid {
                    path: format!("{path}.valueInteger"),
                    expected: "a JSON integer",
                });
        }
        if let Some(value) = answer.get("valueDecimal") {
            return Number::of(value).ok_or_else(|| FhirError::Invalid {
                path: format!("{path}.valueDecimal"),
                expected: "a JSON number",
            });
        }
        if let Some(coding) = answer.get("valueCoding") {
            return self.coded(link_id, coding, &format!("{path}.valueCoding"));
        }
        let found = answer
            .keys()
            .find(|key| key.starts_with("value"))
            .map(|key| {
                if key == "valueString" {
                    "valueString (text)".to_owned()
                } else {
                    clip(key)
                }
            });
        match found {
            Some(found) => Err(FhirError::UnsupportedAnswer {
                path: path.to_owned(),
                link_id: clip(link_id),
                found,
            }),
            None => Err(FhirError::Missing {
                path: format!("{path}.value[x]"),
                expected: "valueInteger, valueDecimal or valueCoding",
            }),
        }
    }

    fn coded(&self, link_id: &str, coding: &Value, path: &str) -> Result<Number, FhirError> {
        let coding = coding.as_object().ok_or_else(|| FhirError::Invalid {
            path: path.to_owned(),
            expected: "a Coding object",
        })?;
        let system = opt_str(coding, "system", path)?;
        let code = req_str(coding, "code", path)?;
        if system == Some(LOINC) {
            let answer = self
                .instrument
                .definition()
                .loinc()
                .iter()
                .find(|loinc| loinc.code() == code)
                .and_then(|loinc| match loinc.target() {
                    LoincTarget::Answer(value) => Some(Number::Whole(i64::from(value))),
                    _ => None,
                });
            if let Some(answer) = answer {
                return Ok(answer);
            }
        }
        let option = self
            .options
            .questionnaire
            .and_then(|map| map.items.get(link_id))
            .and_then(|item| {
                let mut matching = item.options.iter().filter(|option| {
                    option.code == code && (system.is_none() || option.system.as_deref() == system)
                });
                match (matching.next(), matching.next()) {
                    (Some(option), None) => option.ordinal.map(Number::from_hundredths),
                    _ => None,
                }
            });
        option.ok_or_else(|| FhirError::UnknownAnswerCode {
            path: path.to_owned(),
            link_id: clip(link_id),
            system: clip(system.unwrap_or("")),
            code: clip(code),
        })
    }

    fn total(
        &self,
        link_id: &str,
        answers: &[Value],
        path: &str,
    ) -> Result<Option<Decimal>, FhirError> {
        // Never scored, but never dropped either: its answer is read like any item's, so a
        // stated total in the wrong form is refused rather than vanishing from the comparison.
        let Some((answer, path)) = single_answer(link_id, answers, path)? else {
            return Ok(None);
        };
        let value = answer
            .get("valueDecimal")
            .or_else(|| answer.get("valueInteger"))
            .or_else(|| answer.get("valueQuantity").and_then(|q| q.get("value")));
        let hundredths =
            value
                .and_then(hundredths_of)
                .ok_or_else(|| FhirError::UnsupportedAnswer {
                    path: path.clone(),
                    link_id: clip(link_id),
                    found: "a stated total that is not a number".to_owned(),
                })?;
        Decimal::from_hundredths(hundredths)
            .map(Some)
            .map_err(|_| FhirError::UnsupportedAnswer {
                path,
                link_id: clip(link_id),
                found: "a stated total beyond the decimal range".to_owned(),
            })
    }

    fn recall_answer(
        &self,
        link_id: &str,
        answers: &[Value],
        path: &str,
    ) -> Result<Option<RecallPeriod>, FhirError> {
        let Some(answer) = answers.first() else {
            return Ok(None);
        };
        let path = format!("{path}.answer[0].valueCoding");
        let coding = answer.get("valueCoding").and_then(Value::as_object);
        let code = coding.and_then(|c| c.get("code")).and_then(Value::as_str);
        let system = coding.and_then(|c| c.get("system")).and_then(Value::as_str);
        let recall = [
            RecallPeriod::Now,
            RecallPeriod::Past24Hours,
            RecallPeriod::PastWeek,
        ]
        .into_iter()
        .find(|period| system == Some(RECALL_SYSTEM) && code == Some(period.as_str()));
        recall
            .map(Some)
            .ok_or_else(|| FhirError::UnknownAnswerCode {
                path,
                link_id: clip(link_id),
                system: clip(system.unwrap_or("")),
                code: clip(code.unwrap_or("")),
            })
    }
}

/// An item's answer and its path (`item[i].answer[0]`).
pub(super) type AnswerAt<'v> = (&'v Map<String, Value>, String);

/// The one answer of an item (`None` when unanswered) and its path: two or more answers, an
/// answer that is not an object, or one with a `modifierExtension` are refused.
pub(super) fn single_answer<'v>(
    link_id: &str,
    answers: &'v [Value],
    path: &str,
) -> Result<Option<AnswerAt<'v>>, FhirError> {
    let answer = match answers {
        [] => return Ok(None),
        [answer] => answer,
        _ => {
            return Err(FhirError::MultipleAnswers {
                path: path.to_owned(),
                link_id: clip(link_id),
                count: answers.len(),
            });
        }
    };
    let path = format!("{path}.answer[0]");
    let answer = element(answer, &path)?;
    Ok(Some((answer, path)))
}
