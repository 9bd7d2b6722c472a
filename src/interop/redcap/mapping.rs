//! The mapping document: which REDCap fields are which instrument's items, with recodes.

use std::collections::BTreeSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::error::MappingError;
use crate::instruments::{InstrumentId, RecallPeriod};
use crate::outcomes::Timepoint;
use crate::version::Current;

/// The longest REDCap variable or event name this mapping accepts.
pub const MAX_NAME_BYTES: usize = 100;

/// The column REDCap exports a longitudinal project's event in.
pub const EVENT_FIELD: &str = "redcap_event_name";

/// How REDCap's export maps onto the crate's responses, written once per project as data
/// (`docs/schemas/redcap_mapping.schema.json`; the Boulder battery's is in
/// `examples/redcap/boulder_mapping.json`).
///
/// Read, it is checked before any record: every instrument takes fixed answers and is listed
/// once, every item list has the instrument's item count, no field is named twice (not even as the
/// record id or event column), events are unique and every event an instrument names is listed,
/// and every value map's answers lie in the instrument's range.
///
/// ```
/// use pain_reprocessing::interop::redcap::RedcapMapping;
///
/// let err = serde_json::from_str::<RedcapMapping>(r#"{
///     "schema_version": 2,
///     "events": [{"event": "t1", "timepoint": {"kind": "baseline"}}],
///     "instruments": [{"instrument": "gad2", "items": [{"field": "gad_1"}, {"field": "gad_1"}]}]
/// }"#).unwrap_err().to_string();
/// assert!(err.starts_with("field gad_1 is mapped twice"), "{err}");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, try_from = "RawMapping")]
#[schemars(!try_from)]
pub struct RedcapMapping {
    /// The document layout version, 2.
    schema_version: Current<RedcapMapping>,
    /// The record id column (REDCap's first field; `record_id` by default).
    #[serde(default = "default_record_id")]
    #[schemars(length(min = 1, max = 100))]
    record_id_field: String,
    /// Values that mean "not answered" in every mapped field, besides the empty value (for
    /// example `-99` or `NA`).
    #[serde(default)]
    not_answered: Vec<String>,
    /// The project's events (REDCap unique event names) and the timepoints they stand for.
    #[schemars(length(min = 1))]
    events: Vec<EventMapping>,
    /// The instruments, each with its fields in item order.
    #[schemars(length(min = 1))]
    instruments: Vec<InstrumentMapping>,
}

fn default_record_id() -> String {
    "record_id".to_owned()
}

/// One REDCap event and its timepoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventMapping {
    /// The unique event name, as REDCap exports it in `redcap_event_name` (`t2`,
    /// `1_month_follow_up`, or with an arm suffix such as `t2_arm_1`).
    #[schemars(length(min = 1, max = 100))]
    pub event: String,
    /// The timepoint it stands for.
    pub timepoint: Timepoint,
}

/// One instrument's fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InstrumentMapping {
    /// The instrument.
    pub instrument: InstrumentId,
    /// The events it is collected at; every event when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<String>>,
    /// The recall period, required for the NRS and refused otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recall: Option<RecallPeriod>,
    /// Its fields in item order, as many as it has items.
    #[schemars(length(min = 1))]
    pub items: Vec<ItemMapping>,
}

/// One item's field and how its values become answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemMapping {
    /// The REDCap field; a checkbox option is `field___code` (REDCap's export name), exported as
    /// 1 (ticked) or 0.
    #[schemars(length(min = 1, max = 100))]
    pub field: String,
    /// How a value becomes an answer; the value as a whole number when absent.
    #[serde(default, skip_serializing_if = "Recode::is_identity")]
    pub recode: Recode,
}

/// How an exported value becomes an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Recode {
    /// The value as a whole number.
    Identity {},
    /// The value as a whole number plus `add` (ODI sections coded 1-6 in REDCap, 0-5 to score:
    /// `add: -1`, clinical reference §1.7, §3.9 `[S21]` `[S71]`).
    Offset {
        /// Added to the value.
        add: i16,
    },
    /// Exact values to answers; any other value is an error.
    Map {
        /// Each exported value and its answer.
        #[schemars(length(min = 1))]
        #[serde(deserialize_with = "crate::json::objects::strict")]
        values: Vec<ValueMap>,
    },
}

impl Default for Recode {
    fn default() -> Recode {
        Recode::Identity {}
    }
}

impl Recode {
    fn is_identity(&self) -> bool {
        *self == Recode::Identity {}
    }
}

/// One exported value and the answer it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ValueMap {
    /// The value as exported (REDCap's choice code).
    pub from: String,
    /// The answer.
    pub to: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMapping {
    schema_version: Current<RedcapMapping>,
    #[serde(default = "default_record_id")]
    record_id_field: String,
    #[serde(default)]
    not_answered: Vec<String>,
    events: Vec<EventMapping>,
    instruments: Vec<InstrumentMapping>,
}

fn check_name(name: &str, what: &'static str) -> Result<(), MappingError> {
    if name.is_empty() || name.len() > MAX_NAME_BYTES {
        return Err(MappingError::BadName {
            what,
            length: name.len(),
        });
    }
    Ok(())
}

impl TryFrom<RawMapping> for RedcapMapping {
    type Error = MappingError;

    fn try_from(raw: RawMapping) -> Result<RedcapMapping, MappingError> {
        check_name(&raw.record_id_field, "record id field")?;
        if raw.events.is_empty() {
            return Err(MappingError::Empty { what: "events" });
        }
        if raw.instruments.is_empty() {
            return Err(MappingError::Empty {
                what: "instruments",
            });
        }
        let mut events = BTreeSet::new();
        for event in &raw.events {
            check_name(&event.event, "event")?;
            if !events.insert(event.event.as_str()) {
                return Err(MappingError::DuplicateEvent {
                    event: event.event.clone(),
                });
            }
        }
        let mut fields: BTreeSet<&str> = BTreeSet::new();
        fields.insert(&raw.record_id_field);
        fields.insert(EVENT_FIELD);
        let mut instruments = BTreeSet::new();
        for mapping in &raw.instruments {
            mapping.check(&events, &mut fields)?;
            if !instruments.insert(mapping.instrument) {
                return Err(MappingError::DuplicateInstrument {
                    instrument: mapping.instrument,
                });
            }
        }
        Ok(RedcapMapping {
            schema_version: raw.schema_version,
            record_id_field: raw.record_id_field,
            not_answered: raw.not_answered,
            events: raw.events,
            instruments: raw.instruments,
        })
    }
}

impl InstrumentMapping {
    fn check<'a>(
        &'a self,
        events: &BTreeSet<&str>,
        fields: &mut BTreeSet<&'a str>,
    ) -> Result<(), MappingError> {
        let instrument = self.instrument;
        if !instrument.is_fixed_response() {
            return Err(MappingError::NotFixedAnswers { instrument });
        }
        let definition = instrument.definition();
        match (instrument == InstrumentId::Nrs, self.recall) {
            (true, None) => return Err(MappingError::RecallRequired { instrument }),
            (false, Some(_)) => return Err(MappingError::RecallNotApplicable { instrument }),
            _ => {}
        }
        if self.items.len() != definition.item_count() {
            return Err(MappingError::WrongItemCount {
                instrument,
                expected: definition.item_count(),
                found: self.items.len(),
            });
        }
        for event in self.events.iter().flatten() {
            if !events.contains(event.as_str()) {
                return Err(MappingError::UnknownEvent {
                    instrument,
                    event: event.clone(),
                });
            }
        }
        for item in &self.items {
            check_name(&item.field, "field")?;
            if !fields.insert(&item.field) {
                return Err(MappingError::DuplicateField {
                    field: item.field.clone(),
                });
            }
            if let Recode::Map { values } = &item.recode {
                let mut seen = BTreeSet::new();
                for value in values {
                    if !seen.insert(value.from.as_str()) {
                        return Err(MappingError::DuplicateValue {
                            field: item.field.clone(),
                            value: value.from.clone(),
                        });
                    }
                    if !(definition.answer_min()..=definition.answer_max()).contains(&value.to) {
                        return Err(MappingError::MappedOutOfRange {
                            field: item.field.clone(),
                            answer: value.to,
                            min: definition.answer_min(),
                            max: definition.answer_max(),
                        });
                    }
                }
            }
        }
        Ok(())
    }

    /// Whether it is collected at `event`.
    pub fn collected_at(&self, event: &str) -> bool {
        self.events
            .as_ref()
            .is_none_or(|events| events.iter().any(|e| e == event))
    }
}

impl RedcapMapping {
    /// The record id column.
    pub fn record_id_field(&self) -> &str {
        &self.record_id_field
    }
    /// The values that mean "not answered", besides the empty value.
    pub fn not_answered(&self) -> &[String] {
        &self.not_answered
    }
    /// The events.
    pub fn events(&self) -> &[EventMapping] {
        &self.events
    }
    /// The instruments.
    pub fn instruments(&self) -> &[InstrumentMapping] {
        &self.instruments
    }
    /// The timepoint of `event`, if the mapping lists it.
    pub fn timepoint(&self, event: &str) -> Option<Timepoint> {
        self.events
            .iter()
            .find(|e| e.event == event)
            .map(|e| e.timepoint)
    }
    /// Every mapped field, in mapping order.
    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.instruments
            .iter()
            .flat_map(|i| i.items.iter().map(|item| item.field.as_str()))
    }
}

/// REDCap mapping format 1 to 2: renames the instrument id of every mapped instrument.
///
/// # Errors
///
/// None today; the signature is that of every migration step.
pub(crate) fn upgrade_mapping_v1(
    mut mapping: serde_json::Map<String, serde_json::Value>,
) -> Result<serde_json::Map<String, serde_json::Value>, crate::versioning::VersionError> {
    if let Some(serde_json::Value::Array(instruments)) = mapping.get_mut("instruments") {
        for instrument in instruments
            .iter_mut()
            .filter_map(serde_json::Value::as_object_mut)
        {
            crate::instruments::migrate::upgrade_instrument_field_v1(instrument, "instrument");
        }
    }
    Ok(mapping)
}
