//! What goes wrong reading a mapping or an export.

use crate::instruments::{InstrumentError, InstrumentId};
use crate::text::Excerpt;

/// A mapping document that cannot be used; refused before any record is read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MappingError {
    /// A list the mapping needs is empty.
    #[error("the mapping has no {what}; it needs at least one")]
    Empty {
        /// `events` or `instruments`.
        what: &'static str,
    },
    /// A name that is empty or too long.
    #[error("a {what} name is {length} bytes; names are 1-100 bytes")]
    BadName {
        /// What the name names.
        what: &'static str,
        /// Its length.
        length: usize,
    },
    /// A field named twice (including the record id and event columns).
    #[error("field {field} is mapped twice; each field is one item of one instrument")]
    DuplicateField {
        /// The field.
        field: String,
    },
    /// An event listed twice.
    #[error("event {event} is listed twice")]
    DuplicateEvent {
        /// The event.
        event: String,
    },
    /// An instrument listed twice.
    #[error("{} is listed twice; list each instrument once", .instrument.definition().short_name())]
    DuplicateInstrument {
        /// The instrument.
        instrument: InstrumentId,
    },
    /// An instrument without fixed answers (pain attribution).
    #[error("{instrument} does not take fixed answers and cannot be mapped")]
    NotFixedAnswers {
        /// The instrument.
        instrument: InstrumentId,
    },
    /// The NRS without its recall period.
    #[error("{} needs its recall period (\"recall\")", .instrument.definition().short_name())]
    RecallRequired {
        /// The instrument.
        instrument: InstrumentId,
    },
    /// A recall period for an instrument other than the NRS.
    #[error("{} takes no recall period", .instrument.definition().short_name())]
    RecallNotApplicable {
        /// The instrument.
        instrument: InstrumentId,
    },
    /// An item list of the wrong length.
    #[error("{} has {expected} items; the mapping lists {found} fields", .instrument.definition().short_name())]
    WrongItemCount {
        /// The instrument.
        instrument: InstrumentId,
        /// Its item count.
        expected: usize,
        /// The fields listed.
        found: usize,
    },
    /// An instrument collected at an event the mapping does not list.
    #[error("{} is collected at event {event}, which the mapping's events do not list", .instrument.definition().short_name())]
    UnknownEvent {
        /// The instrument.
        instrument: InstrumentId,
        /// The event.
        event: String,
    },
    /// A value map listing a value twice.
    #[error("field {field} maps value {value:?} twice")]
    DuplicateValue {
        /// The field.
        field: String,
        /// The value.
        value: String,
    },
    /// A value map whose answer is outside the instrument's range.
    #[error("field {field} maps a value to {answer}; answers range {min}-{max}")]
    MappedOutOfRange {
        /// The field.
        field: String,
        /// The answer.
        answer: u8,
        /// Lowest answer.
        min: u8,
        /// Highest answer.
        max: u8,
    },
    /// A mapped field the data dictionary does not define.
    #[error("field {field} is not in the data dictionary")]
    NotInDictionary {
        /// The field.
        field: String,
    },
    /// A checkbox option the dictionary's checkbox does not offer, or a checkbox mapped without
    /// its option (`field___code`).
    #[error("field {field}: {problem}")]
    Checkbox {
        /// The field.
        field: String,
        /// What is wrong.
        problem: &'static str,
    },
    /// A choice of the dictionary that the field's recode cannot turn into an answer.
    #[error(
        "field {field}: the dictionary's choice {code:?} gives {answer}; answers range {min}-{max} (a recode such as an offset is missing?)"
    )]
    ChoiceOutOfRange {
        /// The field.
        field: String,
        /// The choice code.
        code: String,
        /// What the recode makes of it (or the code as a number).
        answer: i64,
        /// Lowest answer.
        min: u8,
        /// Highest answer.
        max: u8,
    },
    /// A mapped field missing from the export's columns.
    #[error("field {field} is not a column of the export")]
    MissingColumn {
        /// The field.
        field: String,
    },
    /// A data dictionary that cannot be read.
    #[error("the data dictionary cannot be read: {message}")]
    Dictionary {
        /// What is wrong.
        message: String,
    },
}

/// Where in an export a problem is: the row (1-based, after the header), the record id and the
/// event.
///
/// The record id is REDCap's (a study id); messages name the row and event, and the id is kept
/// here for the caller, never printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowRef {
    /// The 1-based row of the export (the header not counted).
    pub row: usize,
    /// The record id, when the row has one.
    pub record: Option<String>,
    /// The event, when the row has one.
    pub event: Option<String>,
}

impl std::fmt::Display for RowRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "row {}", self.row)?;
        if let Some(event) = &self.event {
            write!(f, " (event {:?})", Excerpt::new(event))?;
        }
        Ok(())
    }
}

/// One row (or one instrument of one row) of an export that gives no response.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RedcapError {
    /// The row has no record id, no event, or not a mapped field.
    #[error("{at}: field {field} is missing")]
    MissingField {
        /// Where.
        at: RowRef,
        /// The field.
        field: String,
    },
    /// The row's event is not in the mapping.
    #[error("{at}: the event is not one the mapping lists")]
    UnknownEvent {
        /// Where.
        at: RowRef,
    },
    /// A mapped field whose value is not a whole number (`N/A` where a number is mapped).
    #[error("{at}: field {field} is {value:?}, not a whole number (and not a not-answered value)")]
    NotANumber {
        /// Where.
        at: RowRef,
        /// The field.
        field: String,
        /// The value's start.
        value: Excerpt,
    },
    /// A value the field's value map does not list.
    #[error("{at}: field {field} is {value:?}, which its value map does not list")]
    NotInValueMap {
        /// Where.
        at: RowRef,
        /// The field.
        field: String,
        /// The value's start.
        value: Excerpt,
    },
    /// A recoded value outside the instrument's answers.
    #[error("{at}: field {field} gives {answer} after its recode; answers range {min}-{max}")]
    OutOfRange {
        /// Where.
        at: RowRef,
        /// The field.
        field: String,
        /// The answer after the recode.
        answer: i64,
        /// Lowest answer.
        min: u8,
        /// Highest answer.
        max: u8,
    },
    /// The answers do not make a response.
    #[error("{at}: {source}")]
    Instrument {
        /// Where.
        at: RowRef,
        /// Why.
        source: InstrumentError,
    },
    /// The export as a whole cannot be read (not a JSON array; a CSV without a header; a mapped
    /// field missing from the columns): nothing of it was read.
    #[error("the export cannot be read: {message}")]
    Export {
        /// What is wrong.
        message: String,
    },
    /// The row cannot be read at all (bad CSV, invalid UTF-8, not a JSON object).
    #[error("{at}: the row cannot be read: {message}")]
    Unreadable {
        /// Where.
        at: RowRef,
        /// What is wrong.
        message: String,
    },
}

impl RedcapError {
    /// Where the problem is (`None` for the whole export).
    pub fn at(&self) -> Option<&RowRef> {
        Some(match self {
            RedcapError::Export { .. } => return None,
            RedcapError::MissingField { at, .. }
            | RedcapError::UnknownEvent { at }
            | RedcapError::NotANumber { at, .. }
            | RedcapError::NotInValueMap { at, .. }
            | RedcapError::OutOfRange { at, .. }
            | RedcapError::Instrument { at, .. }
            | RedcapError::Unreadable { at, .. } => at,
        })
    }
}
