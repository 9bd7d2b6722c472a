//! The instruments module's error.

use crate::instruments::InstrumentId;
use crate::instruments::SafetyFlag;
use crate::instruments::score::SafetyFlags;
use crate::text::Excerpt;

/// What went wrong building, reading or scoring an instrument response.
///
/// Messages name the instrument, the item and what is allowed, and never contain patient text.
/// A [`TooManyMissing`](InstrumentError::TooManyMissing) or
/// [`SafetyItemUnanswered`](InstrumentError::SafetyItemUnanswered) error still carries the
/// response's safety flags ([`InstrumentError::safety_flags`]) and says so in its message: a
/// safety signal is never lost inside an error.
///
/// A response cannot be scored as another instrument: it carries its instrument and
/// [`Response::score`](crate::instruments::Response::score) reads the rules from it, so there is no
/// variant for that mistake.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InstrumentError {
    /// An instrument id that is not in the catalog.
    #[error(
        "unknown instrument {input:?}; expected one of the catalog ids such as phq9, gad7, bpi_sf"
    )]
    UnknownInstrument {
        /// The start of the id as given.
        input: Excerpt,
    },
    /// The response had the wrong number of answers.
    #[error("{} takes {expected} answers; found {found}", .instrument.definition().short_name())]
    WrongAnswerCount {
        /// The instrument.
        instrument: InstrumentId,
        /// Its item count.
        expected: usize,
        /// The number given.
        found: usize,
    },
    /// An answer outside the instrument's answer range.
    #[error("{} item {item} is {value}; answers range {min}-{max}", .instrument.definition().short_name())]
    AnswerOutOfRange {
        /// The instrument.
        instrument: InstrumentId,
        /// The item, 1-based.
        item: usize,
        /// The answer given (fractions truncated toward zero for the message).
        value: i64,
        /// Lowest allowed answer.
        min: u8,
        /// Highest allowed answer.
        max: u8,
    },
    /// An answer that is not a whole number.
    #[error("{} item {item} is not a whole number; answers are whole numbers {min}-{max} or null", .instrument.definition().short_name())]
    NotAWholeNumber {
        /// The instrument.
        instrument: InstrumentId,
        /// The item, 1-based.
        item: usize,
        /// Lowest allowed answer.
        min: u8,
        /// Highest allowed answer.
        max: u8,
    },
    /// An NRS response without its recall period.
    #[error("{} needs its recall period: now, past_24_hours or past_week", .instrument.definition().short_name())]
    RecallRequired {
        /// The instrument.
        instrument: InstrumentId,
    },
    /// A recall period given for an instrument with a fixed recall.
    #[error("{} has a fixed recall period; only nrs takes a recall", .instrument.definition().short_name())]
    RecallNotApplicable {
        /// The instrument.
        instrument: InstrumentId,
    },
    /// The instrument carries more than fixed answers (pain attribution's coded causes), which
    /// this path (a score read alone from an old document, an interchange format) cannot carry.
    #[error("{} carries coded causes besides its answers; this path takes answers only", .instrument.definition().short_name())]
    NotFixedAnswers {
        /// The instrument.
        instrument: InstrumentId,
    },
    /// More items unanswered than the missing-item rule allows.
    #[error("{} has {missing} unanswered {}; the missing-item rule allows {allowed}{}", .instrument.definition().short_name(), parts(*.instrument, *.missing), flag_note(.safety_flags))]
    TooManyMissing {
        /// The instrument.
        instrument: InstrumentId,
        /// Unanswered items (for BPI-SF: in the part that failed).
        missing: usize,
        /// The most allowed.
        allowed: usize,
        /// Safety flags the answers still raise.
        safety_flags: SafetyFlags,
    },
    /// The safety item is unanswered, so no total is computed: it is never prorated.
    #[error("{} item {item} (the safety item) is unanswered; it is never prorated, so no total; safety flag raised", .instrument.definition().short_name())]
    SafetyItemUnanswered {
        /// The instrument.
        instrument: InstrumentId,
        /// The safety item, 1-based.
        item: u8,
        /// The safety flags (always including [`SafetyFlag::SafetyItemUnanswered`]).
        safety_flags: SafetyFlags,
    },
    /// A scoring option outside its allowed range.
    #[error("{option} is {value}; allowed {allowed}")]
    InvalidOption {
        /// The option.
        option: &'static str,
        /// The value given.
        value: usize,
        /// What is allowed.
        allowed: &'static str,
    },
    /// A stored score that contradicts its instrument's rules.
    #[error("{} score is inconsistent: {reason}", .instrument.definition().short_name())]
    InconsistentScore {
        /// The instrument.
        instrument: InstrumentId,
        /// What contradicts what.
        reason: &'static str,
    },
    /// Coded causes given for an instrument other than pain attribution.
    #[error("{} takes no causes; only pain_attribution does", .instrument.definition().short_name())]
    CausesNotApplicable {
        /// The instrument.
        instrument: InstrumentId,
    },
    /// A pain-attribution document that breaks a rule.
    #[error("pain attribution: {reason}")]
    InvalidAttribution {
        /// What is wrong.
        reason: &'static str,
    },
}

/// What the instrument's answered parts are called: the ODI has sections (§3.9 `[S70]`), the
/// others items.
/// What the instrument's parts are called, singular for one: "1 unanswered item", "2 sections".
fn parts(instrument: InstrumentId, count: usize) -> &'static str {
    match (instrument, count) {
        (InstrumentId::Odi, 1) => "section",
        (InstrumentId::Odi, _) => "sections",
        (_, 1) => "item",
        _ => "items",
    }
}

fn flag_note(flags: &SafetyFlags) -> &'static str {
    match flags.as_slice().first() {
        Some(SafetyFlag::SuicidalIdeation { .. }) => "; safety flag raised: suicidal ideation",
        Some(SafetyFlag::SafetyItemUnanswered { .. }) => {
            "; safety flag raised: safety item unanswered"
        }
        None => "",
    }
}

impl InstrumentError {
    /// The safety flags the response raised, even though it could not be scored.
    pub fn safety_flags(&self) -> &[SafetyFlag] {
        match self {
            InstrumentError::TooManyMissing { safety_flags, .. }
            | InstrumentError::SafetyItemUnanswered { safety_flags, .. } => safety_flags.as_slice(),
            _ => &[],
        }
    }

    /// Whether the error carries a safety flag.
    pub fn has_safety_flag(&self) -> bool {
        !self.safety_flags().is_empty()
    }
}
