//! What can go wrong reading FHIR documents.

use crate::instruments::{InstrumentError, InstrumentId};

/// Why a FHIR document could not become a crate value.
///
/// Every message names the element (a JSON path such as `item[0].item[2].answer[0]`, and the
/// `linkId` where there is one) and says what is allowed. Messages quote `linkId`s, codes and
/// URLs (which a questionnaire's publisher writes) but never an answer's text or an identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FhirError {
    /// The text is not JSON.
    #[error("not JSON: {category} at line {line}, column {column}")]
    NotJson {
        /// `syntax`, `eof` or `data`.
        category: &'static str,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The document is not a resource of the expected type.
    #[error("resourceType is {found:?}; expected {expected:?}")]
    WrongResourceType {
        /// The type read.
        expected: &'static str,
        /// The type found (`""` when absent or not a string).
        found: String,
    },
    /// A required element is absent.
    #[error("{path} is missing; {expected}")]
    Missing {
        /// Where.
        path: String,
        /// What the element must be.
        expected: &'static str,
    },
    /// An element has the wrong JSON type or form.
    #[error("{path} is not {expected}")]
    Invalid {
        /// Where.
        path: String,
        /// What it must be.
        expected: &'static str,
    },
    /// A `modifierExtension`, which changes the meaning of its element; the reader understands none.
    #[error(
        "{path}.modifierExtension changes the meaning of its element and is not understood; remove it or map it first"
    )]
    ModifierExtension {
        /// Where.
        path: String,
    },
    /// The response was recorded in error.
    #[error(
        "status is entered-in-error: the response was recorded in error and has no answers to read"
    )]
    EnteredInError,
    /// A status R4 does not define.
    #[error("status is {found:?}; allowed in-progress, completed, amended, stopped")]
    InvalidStatus {
        /// The status given.
        found: String,
    },
    /// The response names no questionnaire the reader can tie to a catalog instrument.
    #[error(
        "cannot tell which catalog instrument questionnaire {questionnaire:?} is: it is not a crate canonical URL, and neither a given Questionnaire nor the linkIds carry a panel or total LOINC code of one instrument; pass the instrument in ReadOptions"
    )]
    UnknownInstrument {
        /// The questionnaire URL.
        questionnaire: String,
    },
    /// The Questionnaire given is not the one the response answers.
    #[error(
        "the response answers questionnaire {response:?} but the Questionnaire given is {given:?}"
    )]
    QuestionnaireMismatch {
        /// The response's `questionnaire`.
        response: String,
        /// The given Questionnaire's `url` (or `Questionnaire/<id>`).
        given: String,
    },
    /// Two sources of the instrument disagree.
    #[error("the options say {} but questionnaire {questionnaire:?} is {}", .given.definition().short_name(), .found.definition().short_name())]
    InstrumentMismatch {
        /// The instrument in the options.
        given: InstrumentId,
        /// The instrument the questionnaire URL names.
        found: InstrumentId,
        /// The questionnaire URL.
        questionnaire: String,
    },
    /// An item that maps to nothing of the instrument.
    #[error("{path}: linkId {link_id:?} is not an item of {}: not a crate item id, not one of its LOINC item codes, not in the item map, and the Questionnaire gives it no such code", .instrument.definition().short_name())]
    UnknownItem {
        /// Where.
        path: String,
        /// The linkId.
        link_id: String,
        /// The instrument.
        instrument: InstrumentId,
    },
    /// Two response items answer the same instrument item.
    #[error("{path}: linkId {link_id:?} answers {} item {item} a second time", .instrument.definition().short_name())]
    DuplicateItem {
        /// Where.
        path: String,
        /// The linkId.
        link_id: String,
        /// The instrument.
        instrument: InstrumentId,
        /// The item, 1-based.
        item: usize,
    },
    /// More than one answer to a single-answer item.
    #[error("{path}: linkId {link_id:?} has {count} answers; each item takes one")]
    MultipleAnswers {
        /// Where.
        path: String,
        /// The linkId.
        link_id: String,
        /// How many.
        count: usize,
    },
    /// An answer type that is not a number or a code (a text answer to a numeric item).
    #[error(
        "{path}: linkId {link_id:?} is answered with {found}; this item takes valueInteger, valueDecimal or valueCoding"
    )]
    UnsupportedAnswer {
        /// Where.
        path: String,
        /// The linkId.
        link_id: String,
        /// The element found, such as `valueString`.
        found: String,
    },
    /// A coded answer the reader cannot turn into a number.
    #[error(
        "{path}: linkId {link_id:?} is answered with code {code:?} of system {system:?}, which is neither a catalog LOINC answer code nor an answer option with an ordinalValue in the Questionnaire given"
    )]
    UnknownAnswerCode {
        /// Where.
        path: String,
        /// The linkId.
        link_id: String,
        /// The coding's system (`""` when absent).
        system: String,
        /// The code.
        code: String,
    },
    /// A fractional answer.
    #[error(
        "{path}: linkId {link_id:?} is not a whole number; answers are whole numbers {min}-{max}"
    )]
    NotAWholeNumber {
        /// Where.
        path: String,
        /// The linkId.
        link_id: String,
        /// Lowest allowed answer.
        min: u8,
        /// Highest allowed answer.
        max: u8,
    },
    /// An answer outside the instrument's range.
    #[error("{path}: linkId {link_id:?} is {value}; {} answers range {min}-{max}", .instrument.definition().short_name())]
    AnswerOutOfRange {
        /// Where.
        path: String,
        /// The linkId.
        link_id: String,
        /// The instrument.
        instrument: InstrumentId,
        /// The value given (fractions truncated).
        value: i64,
        /// Lowest allowed answer.
        min: u8,
        /// Highest allowed answer.
        max: u8,
    },
    /// A pain-attribution cause without usable text (the text itself is never quoted).
    #[error(
        "{path}: linkId {link_id:?} has a cause {problem}; each cause is a valueString of 1-10000 characters, tab, line feed and carriage return the only control characters"
    )]
    CauseText {
        /// Where (the answer).
        path: String,
        /// The linkId.
        link_id: String,
        /// What is wrong, such as `without a valueString` or `whose text is empty, too long or
        /// has a control character`.
        problem: &'static str,
    },
    /// More pain-attribution causes than a response holds.
    #[error("{path}: linkId {link_id:?} has {count} causes; at most {max}")]
    TooManyCauses {
        /// Where (the item).
        path: String,
        /// The linkId.
        link_id: String,
        /// How many answers.
        count: usize,
        /// The most allowed ([`MAX_CAUSES`](crate::instruments::MAX_CAUSES)).
        max: usize,
    },
    /// The causes item a second time (its causes are the answers of one item).
    #[error(
        "{path}: linkId {link_id:?} appears a second time; the causes are the answers of one item"
    )]
    DuplicateCauses {
        /// Where (the second item).
        path: String,
        /// The linkId.
        link_id: String,
    },
    /// An NRS response without its recall period.
    #[error(
        "the NRS response has no recall item (linkId nrs_recall) and no recall period in ReadOptions; the recall window must be stored"
    )]
    RecallMissing,
    /// The answers broke an instrument rule.
    #[error(transparent)]
    Instrument(#[from] InstrumentError),
}

/// At most 120 characters of publisher-written text (a linkId, a code, a URL) for a message.
pub(crate) fn clip(text: &str) -> String {
    text.chars().take(120).collect()
}
