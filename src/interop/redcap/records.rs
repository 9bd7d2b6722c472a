//! Rows of an export into responses, through a mapping.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::error::{RedcapError, RowRef};
use super::mapping::{EVENT_FIELD, ItemMapping, Recode, RedcapMapping};
use crate::instruments::{InstrumentId, MAX_ITEMS, Response};
use crate::outcomes::Timepoint;
use crate::text::Excerpt;

/// One response read from an export: where it came from and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedcapResponse {
    /// The 1-based row of the export.
    pub row: usize,
    /// The record id.
    pub record: String,
    /// The REDCap event.
    pub event: String,
    /// The event's timepoint.
    pub timepoint: Timepoint,
    /// The response.
    pub response: Response,
}

/// One row of an export, by field name.
pub trait Row {
    /// The value of `field`, or `None` when the row has no such field.
    fn get(&self, field: &str) -> Option<&str>;
}

impl Row for BTreeMap<String, String> {
    fn get(&self, field: &str) -> Option<&str> {
        BTreeMap::get(self, field).map(String::as_str)
    }
}

/// What a value becomes.
enum Value {
    NotAnswered,
    Answer(u8),
}

impl RedcapMapping {
    /// The responses of one row: one per instrument collected at the row's event whose fields are
    /// not all unanswered (an instrument left wholly blank was not given at that event). Each
    /// instrument's problem is its own error; the others still give their responses.
    pub fn read_row(
        &self,
        row_number: usize,
        row: &impl Row,
    ) -> Vec<Result<RedcapResponse, RedcapError>> {
        let record = row.get(self.record_id_field()).map(str::to_owned);
        let event = row.get(EVENT_FIELD).map(str::to_owned);
        let at = RowRef {
            row: row_number,
            record: record.clone(),
            event: event.clone(),
        };
        let (Some(record), Some(event)) = (record, event) else {
            let field = if at.record.is_none() {
                self.record_id_field()
            } else {
                EVENT_FIELD
            };
            return vec![Err(RedcapError::MissingField {
                at,
                field: field.to_owned(),
            })];
        };
        let Some(timepoint) = self.timepoint(&event) else {
            return vec![Err(RedcapError::UnknownEvent { at })];
        };
        self.instruments()
            .iter()
            .filter(|instrument| instrument.collected_at(&event))
            .filter_map(|instrument| {
                let response = self.response(
                    instrument.instrument,
                    instrument.recall,
                    &instrument.items,
                    row,
                    &at,
                );
                match response {
                    Ok(None) => None,
                    Ok(Some(response)) => Some(Ok(RedcapResponse {
                        row: row_number,
                        record: record.clone(),
                        event: event.clone(),
                        timepoint,
                        response,
                    })),
                    Err(error) => Some(Err(error)),
                }
            })
            .collect()
    }

    fn response(
        &self,
        instrument: InstrumentId,
        recall: Option<crate::instruments::RecallPeriod>,
        items: &[ItemMapping],
        row: &impl Row,
        at: &RowRef,
    ) -> Result<Option<Response>, RedcapError> {
        let mut answers = [None; MAX_ITEMS];
        let mut any = false;
        for (item, slot) in items.iter().zip(answers.iter_mut()) {
            match self.value(instrument, item, row, at)? {
                Value::NotAnswered => {}
                Value::Answer(answer) => {
                    *slot = Some(answer);
                    any = true;
                }
            }
        }
        if !any {
            return Ok(None);
        }
        let answers = answers.get(..items.len()).unwrap_or(&[]);
        let response = match (instrument, recall) {
            (InstrumentId::Nrs, Some(recall)) => {
                Response::nrs(answers.first().copied().flatten(), recall)
            }
            _ => Response::new(instrument, answers),
        };
        response
            .map(Some)
            .map_err(|source| RedcapError::Instrument {
                at: at.clone(),
                source,
            })
    }

    fn value(
        &self,
        instrument: InstrumentId,
        item: &ItemMapping,
        row: &impl Row,
        at: &RowRef,
    ) -> Result<Value, RedcapError> {
        let field = || item.field.clone();
        let raw = row
            .get(&item.field)
            .ok_or_else(|| RedcapError::MissingField {
                at: at.clone(),
                field: field(),
            })?;
        let text = raw.trim();
        if text.is_empty() || self.not_answered().iter().any(|n| n == text) {
            return Ok(Value::NotAnswered);
        }
        let number = |text: &str| {
            text.parse::<i64>().map_err(|_| RedcapError::NotANumber {
                at: at.clone(),
                field: field(),
                value: Excerpt::new(text),
            })
        };
        let answer = match &item.recode {
            Recode::Identity {} => number(text)?,
            Recode::Offset { add } => number(text)?.saturating_add(i64::from(*add)),
            Recode::Map { values } => values
                .iter()
                .find(|v| v.from == text)
                .map(|v| i64::from(v.to))
                .ok_or_else(|| RedcapError::NotInValueMap {
                    at: at.clone(),
                    field: field(),
                    value: Excerpt::new(text),
                })?,
        };
        let definition = instrument.definition();
        let (min, max) = (definition.answer_min(), definition.answer_max());
        u8::try_from(answer)
            .ok()
            .filter(|a| (min..=max).contains(a))
            .map(Value::Answer)
            .ok_or(RedcapError::OutOfRange {
                at: at.clone(),
                field: field(),
                answer,
                min,
                max,
            })
    }

    /// What the recode of `item` makes of a dictionary choice code, before the range check; `None`
    /// when the code is not a number a numeric recode can read, or a value map does not list it.
    #[cfg(feature = "csv")]
    pub(super) fn recoded(item: &ItemMapping, code: &str) -> Option<i64> {
        match &item.recode {
            Recode::Identity {} => code.trim().parse().ok(),
            Recode::Offset { add } => code
                .trim()
                .parse::<i64>()
                .ok()
                .map(|n| n.saturating_add(i64::from(*add))),
            Recode::Map { values } => values
                .iter()
                .find(|v| v.from == code.trim())
                .map(|v| i64::from(v.to)),
        }
    }
}

/// A value of a REDCap JSON export: REDCap writes strings; numbers and nulls are read too.
#[derive(Deserialize)]
#[serde(untagged)]
enum JsonCell {
    Text(String),
    Number(serde_json::Number),
    Null(()),
}

/// Reads a REDCap records export in JSON (`format=json`, `type=flat`: an array of objects, one
/// per record and event) into responses, in row order. A row that is not an object of
/// strings is an error for that row alone.
///
/// # Errors
///
/// [`RedcapError::Export`] only when the text is not a JSON array.
pub fn read_json_records(
    mapping: &RedcapMapping,
    json: &[u8],
) -> Result<Vec<Result<RedcapResponse, RedcapError>>, RedcapError> {
    let rows: Vec<Box<serde_json::value::RawValue>> =
        serde_json::from_slice(json).map_err(|e| RedcapError::Export {
            message: format!("not a JSON array of records: {e}"),
        })?;
    let mut out = Vec::new();
    for (index, raw) in rows.iter().enumerate() {
        let row_number = index + 1;
        match serde_json::from_str::<BTreeMap<String, JsonCell>>(raw.get()) {
            Err(error) => out.push(Err(RedcapError::Unreadable {
                at: RowRef {
                    row: row_number,
                    record: None,
                    event: None,
                },
                message: error.to_string(),
            })),
            Ok(cells) => {
                let row: BTreeMap<String, String> = cells
                    .into_iter()
                    .map(|(k, v)| {
                        let text = match v {
                            JsonCell::Text(text) => text,
                            JsonCell::Number(n) => n.to_string(),
                            JsonCell::Null(()) => String::new(),
                        };
                        (k, text)
                    })
                    .collect();
                out.extend(mapping.read_row(row_number, &row));
            }
        }
    }
    Ok(out)
}
