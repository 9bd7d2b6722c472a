//! `QuestionnaireResponse` (and the `Questionnaire` it answers) to [`Response`].
//!
//! The reader walks the JSON itself rather than deserializing into types: every check names the
//! element's path, no message quotes an answer's text, and elements the mapping does not use
//! (`meta`, `text`, `extension`, `subject` ...) are ignored, as FHIR allows. The exception is
//! `modifierExtension`, which may change an element's meaning: the reader refuses it. The walk over
//! the items is in `items`, pain attribution's causes in `causes`.

mod causes;
mod items;

use self::items::Reader;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use super::error::clip;
use super::json::{modifier_check, parse, req_str, resource};
use super::questionnaire_map::{QuestionnaireMap, unique_instrument};
use super::{FhirError, QUESTIONNAIRE_BASE, instrument_of_url};
use crate::Decimal;
use crate::instruments::migrate::RENAMED_IDS;
use crate::instruments::{InstrumentId, RecallPeriod, Response};

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
/// range, a `modifierExtension`, an NRS without recall; for pain attribution, a cause without
/// text ([`FhirError::CauseText`]), a category that is not one of the crate's codes
/// ([`FhirError::UnknownAnswerCode`]), more than [`MAX_CAUSES`](crate::instruments::MAX_CAUSES)
/// causes ([`FhirError::TooManyCauses`]) or the causes item twice ([`FhirError::DuplicateCauses`]).
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
    let definition = instrument.definition();
    let mut reader = Reader {
        instrument,
        options,
        answers: vec![None; definition.item_count()],
        seen: vec![false; definition.item_count()],
        stated_total: None,
        recall: None,
        causes: None,
    };
    reader.items(root, "item")?;
    let recall = reader.recall.or(options.recall);
    let response = if instrument == InstrumentId::Nrs {
        let recall = recall.ok_or(FhirError::RecallMissing)?;
        Response::nrs(reader.answers.first().copied().flatten(), recall)?
    } else if instrument == InstrumentId::PainAttribution {
        Response::pain_attribution(&reader.answers, reader.causes.unwrap_or_default())?
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
    let named =
        renamed_instrument(questionnaire, root).or_else(|| instrument_of_url(questionnaire));
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

/// The instrument a crate canonical URL written before 2026-12 means (issue #19): the crate then
/// called the Boulder PROMIS sets `promis_depression_8b` and `promis_sleep_disturbance_8b`, and
/// its responses carried their item ids as `linkId`s. An old id that names no instrument now is
/// its renamed set; one that names another form now (`promis_sleep_disturbance_8b` is the real
/// 8b) means the renamed set only when the `linkId`s are that set's item ids and none of the
/// current form's (the two forms share no item id), so a response is never read as the other
/// form. `None`: the URL is not an old one, or the current form is meant.
fn renamed_instrument(url: &str, root: &Map<String, Value>) -> Option<InstrumentId> {
    let url = url.split('|').next().unwrap_or(url);
    let id = url.strip_prefix(QUESTIONNAIRE_BASE)?;
    let (old, new) = RENAMED_IDS
        .iter()
        .find(|(old, _)| old.replace('_', "-") == id)?;
    let new: InstrumentId = new.parse().ok()?;
    let Ok(current) = old.parse::<InstrumentId>() else {
        return Some(new);
    };
    let mut link_ids = Vec::new();
    collect_link_ids(root, &mut link_ids);
    let answers = |instrument: InstrumentId| {
        link_ids.iter().any(|link_id| {
            instrument
                .definition()
                .items()
                .iter()
                .any(|item| item.id() == *link_id)
        })
    };
    (answers(new) && !answers(current)).then_some(new)
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
