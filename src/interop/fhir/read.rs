//! `QuestionnaireResponse` (and the `Questionnaire` it answers) to [`Response`].
//!
//! The reader walks the JSON itself rather than deserializing into types: every check names the
//! element's path, no message quotes an answer's text, and elements the mapping does not use
//! (`meta`, `text`, `extension`, `subject` ...) are ignored, as FHIR allows. The exception is
//! `modifierExtension`, which may change an element's meaning: the reader refuses it.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use super::error::clip;
use super::json::{
    Number, array, hundredths_of, modifier_check, opt_str, parse, req_str, resource,
};
use super::questionnaire_map::{QuestionnaireMap, unique_instrument};
use super::{
    FhirError, LOINC, NRS_RECALL_LINK_ID, RECALL_SYSTEM, UNSCORED_ITEMS, instrument_of_url,
};
use crate::Decimal;
use crate::instruments::{InstrumentId, LoincTarget, RecallPeriod, Response, ScoringMethod};

/// What the reader may be told besides the response itself.
///
/// ```
/// use pain_reprocessing::instruments::{InstrumentId, RecallPeriod};
/// use pain_reprocessing::interop::fhir::ReadOptions;
///
/// let options = ReadOptions::new()
///     .instrument(InstrumentId::Nrs)
///     .recall(RecallPeriod::PastWeek)
///     .link("pain-now", 1);
/// # let _ = options;
/// ```
#[derive(Debug, Clone, Default)]
pub struct ReadOptions<'a> {
    instrument: Option<InstrumentId>,
    questionnaire: Option<&'a QuestionnaireMap>,
    links: Vec<(String, usize)>,
    recall: Option<RecallPeriod>,
}

impl<'a> ReadOptions<'a> {
    /// No options: the instrument comes from the response's `questionnaire` URL or its LOINC codes.
    pub fn new() -> ReadOptions<'a> {
        ReadOptions::default()
    }

    /// The instrument the response answers, when its `questionnaire` is not a crate canonical URL
    /// and its codes do not tell (PHQ-2 and PHQ-9 share item codes).
    pub fn instrument(mut self, instrument: InstrumentId) -> ReadOptions<'a> {
        self.instrument = Some(instrument);
        self
    }

    /// The publisher's Questionnaire the response answers: its items' LOINC codes and answer
    /// options' `ordinalValue`s map publisher `linkId`s and codes.
    pub fn questionnaire(mut self, questionnaire: &'a QuestionnaireMap) -> ReadOptions<'a> {
        self.questionnaire = Some(questionnaire);
        self
    }

    /// States that `link_id` answers item `item` (1-based), for a Questionnaire whose items carry
    /// no LOINC code (such as HL7's SDC PHQ-9 example).
    pub fn link(mut self, link_id: &str, item: usize) -> ReadOptions<'a> {
        self.links.push((link_id.to_owned(), item));
        self
    }

    /// The NRS recall period, when the response has no `nrs_recall` item.
    pub fn recall(mut self, recall: RecallPeriod) -> ReadOptions<'a> {
        self.recall = Some(recall);
        self
    }
}

/// The R4 status of a response that can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResponseStatus {
    /// Still being filled in.
    InProgress,
    /// Finished.
    Completed,
    /// Changed after completion.
    Amended,
    /// Abandoned before completion.
    Stopped,
}

impl ResponseStatus {
    fn parse(text: &str) -> Result<ResponseStatus, FhirError> {
        match text {
            "in-progress" => Ok(ResponseStatus::InProgress),
            "completed" => Ok(ResponseStatus::Completed),
            "amended" => Ok(ResponseStatus::Amended),
            "stopped" => Ok(ResponseStatus::Stopped),
            "entered-in-error" => Err(FhirError::EnteredInError),
            other => Err(FhirError::InvalidStatus { found: clip(other) }),
        }
    }
}

/// A response read from FHIR, with what the document said beside the answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedResponse {
    response: Response,
    status: ResponseStatus,
    stated_total: Option<Decimal>,
    authored: Option<DateTime<Utc>>,
}

impl ImportedResponse {
    /// The answers, validated against the instrument.
    pub const fn response(&self) -> &Response {
        &self.response
    }

    /// The response's status.
    pub const fn status(&self) -> ResponseStatus {
        self.status
    }

    /// The total the document states (an item coded with the instrument's LOINC total code), if
    /// any. It is derived data and never used: the crate scores the answers. Compare it with the
    /// score to find documents whose stated total disagrees with their answers.
    pub const fn stated_total(&self) -> Option<Decimal> {
        self.stated_total
    }

    /// `authored`, when it is a full date-time with a time zone.
    pub const fn authored(&self) -> Option<DateTime<Utc>> {
        self.authored
    }
}

/// Reads a `QuestionnaireResponse` from JSON text into a [`Response`].
///
/// The instrument is, in order: [`ReadOptions::instrument`]; the instrument a crate canonical
/// `questionnaire` URL names; the one instrument whose LOINC panel or total code the given
/// Questionnaire carries; the one whose panel or total code a `linkId` is.
///
/// # Errors
///
/// A [`FhirError`] naming the element: not JSON, the wrong `resourceType`, no `questionnaire`,
/// status `entered-in-error`, an unknown instrument or item, an item answered twice or with two
/// answers, a text (or other non-numeric) answer, an unknown answer code, a fraction, a value out of
/// range, a `modifierExtension`, an NRS without recall.
pub fn read_questionnaire_response(
    json: &str,
    options: &ReadOptions<'_>,
) -> Result<ImportedResponse, FhirError> {
    read_value(&parse(json)?, options)
}

/// As [`read_questionnaire_response`], from a parsed JSON value.
///
/// # Errors
///
/// As [`read_questionnaire_response`].
pub(crate) fn read_value(
    value: &Value,
    options: &ReadOptions<'_>,
) -> Result<ImportedResponse, FhirError> {
    let root = resource(value, "QuestionnaireResponse")?;
    modifier_check(root, "QuestionnaireResponse")?;
    let status = ResponseStatus::parse(req_str(root, "status", "")?)?;
    let questionnaire = match root.get("questionnaire") {
        None | Some(Value::Null) => {
            return Err(FhirError::Missing {
                path: "questionnaire".to_owned(),
                expected: "the canonical URL of the Questionnaire answered",
            });
        }
        Some(Value::String(url)) => url.as_str(),
        Some(_) => {
            return Err(FhirError::Invalid {
                path: "questionnaire".to_owned(),
                expected: "a canonical URL string",
            });
        }
    };
    if let Some(map) = options.questionnaire
        && !map.is_named_by(questionnaire)
    {
        return Err(FhirError::QuestionnaireMismatch {
            response: clip(questionnaire),
            given: map.name(),
        });
    }
    let instrument = instrument_for(root, questionnaire, options)?;
    if !instrument.is_fixed_response() {
        return Err(FhirError::UnsupportedInstrument { instrument });
    }
    let definition = instrument.definition();
    let mut reader = Reader {
        instrument,
        options,
        answers: vec![None; definition.item_count()],
        seen: vec![false; definition.item_count()],
        stated_total: None,
        recall: None,
    };
    reader.items(root, "item")?;
    let recall = reader.recall.or(options.recall);
    let response = if instrument == InstrumentId::Nrs {
        let recall = recall.ok_or(FhirError::RecallMissing)?;
        Response::nrs(reader.answers.first().copied().flatten(), recall)?
    } else {
        Response::new(instrument, &reader.answers)?
    };
    let authored = root
        .get("authored")
        .and_then(Value::as_str)
        .and_then(|text| DateTime::parse_from_rfc3339(text).ok())
        .map(|at| at.with_timezone(&Utc));
    Ok(ImportedResponse {
        response,
        status,
        stated_total: reader.stated_total,
        authored,
    })
}

fn instrument_for(
    root: &Map<String, Value>,
    questionnaire: &str,
    options: &ReadOptions<'_>,
) -> Result<InstrumentId, FhirError> {
    let named = instrument_of_url(questionnaire);
    if let (Some(given), Some(found)) = (options.instrument, named)
        && given != found
    {
        return Err(FhirError::InstrumentMismatch {
            given,
            found,
            questionnaire: clip(questionnaire),
        });
    }
    if let Some(instrument) = options.instrument.or(named) {
        return Ok(instrument);
    }
    if let Some(instrument) = options.questionnaire.and_then(QuestionnaireMap::instrument) {
        return Ok(instrument);
    }
    let mut link_ids = Vec::new();
    collect_link_ids(root, &mut link_ids);
    unique_instrument(link_ids.iter().map(|id| id.trim_start_matches('/'))).ok_or_else(|| {
        FhirError::UnknownInstrument {
            questionnaire: clip(questionnaire),
        }
    })
}

fn collect_link_ids<'v>(parent: &'v Map<String, Value>, out: &mut Vec<&'v str>) {
    for item in parent
        .get("item")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
    {
        if let Some(id) = item.get("linkId").and_then(Value::as_str) {
            out.push(id);
        }
        collect_link_ids(item, out);
        for answer in item
            .get("answer")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_object)
        {
            collect_link_ids(answer, out);
        }
    }
}

/// What a response item is to the instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Item `n`, 1-based.
    Item(usize),
    /// The total the document states.
    StatedTotal,
    /// The NRS recall period.
    Recall,
    /// A group, the panel, a display item or an unscored item: its answers are not read.
    Skip,
    /// Nothing the reader knows.
    Unknown,
}

struct Reader<'o, 'q> {
    instrument: InstrumentId,
    options: &'o ReadOptions<'q>,
    answers: Vec<Option<u8>>,
    seen: Vec<bool>,
    stated_total: Option<Decimal>,
    recall: Option<RecallPeriod>,
}

impl Reader<'_, '_> {
    fn items(&mut self, parent: &Map<String, Value>, path: &str) -> Result<(), FhirError> {
        for (index, item) in array(parent, "item", path)?.iter().enumerate() {
            let path = format!("{path}[{index}]");
            let item = item.as_object().ok_or_else(|| FhirError::Invalid {
                path: path.clone(),
                expected: "an object",
            })?;
            modifier_check(item, &path)?;
            let link_id = req_str(item, "linkId", &path)?;
            let answers = array(item, "answer", &format!("{path}.answer"))?;
            let has_children = item
                .get("item")
                .and_then(Value::as_array)
                .is_some_and(|children| !children.is_empty());
            match self.role(link_id) {
                Role::Item(n) => self.answer(link_id, n, answers, &path)?,
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
        let answer = match answers {
            [] => return Ok(()),
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
        let answer = answer.as_object().ok_or_else(|| FhirError::Invalid {
            path: path.clone(),
            expected: "an object",
        })?;
        modifier_check(answer, &path)?;
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
        let Some(answer) = answers.first().and_then(Value::as_object) else {
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
                    path: format!("{path}.answer[0]"),
                    link_id: clip(link_id),
                    found: "a stated total that is not a number".to_owned(),
                })?;
        Ok(Decimal::from_hundredths(hundredths).ok())
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
