//! [`IntakeError`]: why a value of this module was rejected.

/// Why an intake form, screening criteria or a stored outcome is invalid.
///
/// Messages name the field and what is allowed; they never carry free text or identifiers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IntakeError {
    /// A PHQ-9 item 9 was read from a response to another instrument.
    #[error("psychiatric safety needs a PHQ-9 response; this one is {instrument}")]
    NotPhq9 {
        /// The response's instrument.
        instrument: crate::instruments::InstrumentId,
    },
    /// The age in years was above 120 (or the date of birth more than 120 years ago).
    #[error("intake field `age` is {years} years; allowed 0-120")]
    AgeOutOfRange {
        /// The age in years.
        years: i64,
    },
    /// The date of birth was after the assessment date.
    #[error("intake field `age.date` (date of birth) is after the assessment date")]
    BirthAfterAssessment,
    /// No pain location was given.
    #[error("intake field `pain.locations` is empty; allowed at least one location")]
    NoPainLocation,
    /// The same pain location was given twice.
    #[error("intake field `pain.locations` repeats a location; allowed each location once")]
    DuplicatePainLocation,
    /// The pain duration was 0 or longer than 120 years.
    #[error("intake field `pain.duration` is {value} {unit}; allowed 1-{max} {unit}")]
    DurationOutOfRange {
        /// `weeks` or `months`.
        unit: &'static str,
        /// The value given.
        value: u16,
        /// The most allowed.
        max: u16,
    },
    /// More days with pain than the 6-month window has.
    #[error(
        "intake field `pain.days_with_pain_past_6_months` is {days}; allowed 0-183 (the 6-month window)"
    )]
    PainDaysOutOfRange {
        /// The days given.
        days: u8,
    },
    /// More days with pain than the pain has lasted.
    #[error(
        "intake field `pain.days_with_pain_past_6_months` is {days}; allowed at most the days the pain has lasted"
    )]
    PainDaysExceedDuration {
        /// The days given.
        days: u8,
    },
    /// The onset month was not 1-12.
    #[error("intake field `pain.onset.date.month` is {month}; allowed 1-12")]
    OnsetMonthOutOfRange {
        /// The month given.
        month: u8,
    },
    /// The onset year was before 1900 or after 9999.
    #[error("intake field `pain.onset.date.year` is {year}; allowed 1900-9999")]
    OnsetYearOutOfRange {
        /// The year given.
        year: i32,
    },
    /// The onset was after the assessment date.
    #[error("intake field `pain.onset.date` is after the assessment date")]
    OnsetAfterAssessment,
    /// The onset was before the person was born.
    #[error("intake field `pain.onset.date` is before the date of birth")]
    OnsetBeforeBirth,
    /// The pain duration is longer than the person has lived.
    #[error("intake field `pain.duration` is longer than the person's age")]
    DurationExceedsAge,
    /// The pain duration is shorter than the time since onset, beyond the rounding tolerance.
    #[error(
        "intake field `pain.duration` is shorter than the time since `pain.onset.date`; allowed within one unit plus 10%"
    )]
    DurationShorterThanOnset,
    /// The pain duration is longer than the time since onset, beyond the rounding tolerance.
    #[error(
        "intake field `pain.duration` is longer than the time since `pain.onset.date`; allowed within one unit plus 10%"
    )]
    DurationLongerThanOnset,
    /// The most recent back surgery was after the assessment date.
    #[error("intake field `pain.back_surgery.most_recent` is after the assessment date")]
    SurgeryAfterAssessment,
    /// The most recent back surgery was before the date of birth.
    #[error("intake field `pain.back_surgery.most_recent` is before the date of birth")]
    SurgeryBeforeBirth,
    /// A derived red flag (the age flag) was answered; it is computed from the age.
    #[error("intake field `red_flags.{flag}` is derived from the age; allowed: leave it out")]
    DerivedRedFlagAnswered {
        /// The flag's code.
        flag: &'static str,
    },
    /// A PHQ-9 item 9 answer was out of range.
    #[error("phq-9 item 9 is {value}; answers range 0-3")]
    Phq9Item9OutOfRange {
        /// The value given.
        value: i128,
    },
    /// A red flag code was not recognized.
    #[error("red flag code is not recognized; allowed the codes of `RedFlag::ALL`")]
    UnknownRedFlag,
    /// Screening criteria broke a rule.
    #[error("screening criteria field `{field}` is invalid; allowed {allowed}")]
    CriteriaInvalid {
        /// The field.
        field: &'static str,
        /// What is allowed.
        allowed: &'static str,
    },
    /// A neuroplastic evidence summary's counts disagree.
    #[error(
        "neuroplastic evidence summary is inconsistent; allowed unique `supporting` items in checklist order, `supporting` + `unsure` at most `answered`, `answered` at most 13, `display_threshold` 1-13"
    )]
    EvidenceInconsistent,
    /// A stored outcome does not hang together: no reasons, a decision that is not the most
    /// safety-critical one its reasons lead to, a reason whose status and consequence disagree, a
    /// clearance no cleared reason used, or neuroplastic evidence counts that disagree.
    #[error(
        "screening outcome is inconsistent; allowed a `decision` that is the most safety-critical one its `reasons` lead to, reasons whose `status` matches `leads_to`, `clearances` each used by a cleared reason, and evidence counts that agree"
    )]
    OutcomeInconsistent,
}
