//! [`ScreeningReason`]: one typed, source-cited reason of a screening outcome, and the
//! vocabulary it is written in ([`Criterion`], [`ReasonStatus`], [`Observed`], [`Threshold`]).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{
    Answer, Boundary, Condition, PainDuration, Phq9Item9, RedFlag, ScreeningDecision, SourceKey,
    Urgency,
};
use crate::Rating;
use crate::tagged::tagged_enum;

tagged_enum! {
/// What a reason is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
#[schemars(rename = "IntakeCriterion")]
pub enum Criterion {
    tag = "name", wire = CriterionWire;
    /// The age window.
    Age = "age",
    /// The minimum pain duration.
    PainDuration = "pain_duration",
    /// The share of days with pain.
    PainDays = "pain_days",
    /// The past-week average intensity.
    AverageIntensity = "average_intensity",
    /// One red flag.
    RedFlag = "red_flag" {
        /// The flag.
        flag: RedFlag,
    },
    /// An excluding condition.
    Condition = "condition" {
        /// The condition.
        condition: Condition,
    },
    /// Recent back surgery.
    BackSurgery = "back_surgery",
    /// PHQ-9 item 9.
    Phq9Item9 = "phq9_item9",
    /// Current suicidal intent.
    SuicidalIntent = "suicidal_intent",
    /// A suicide attempt in the past 30 days.
    RecentSuicideAttempt = "recent_suicide_attempt",
    /// Psychosis.
    Psychosis = "psychosis",
    /// Substance use disorder.
    SubstanceUseDisorder = "substance_use_disorder",
}
}

/// How a criterion came out.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ReasonStatus {
    /// The criterion is met (or the safety answer is clear).
    Met,
    /// The criterion is not met, or an excluding condition is present.
    NotMet,
    /// A red flag or crisis item is positive.
    Positive,
    /// The answer is unknown or missing.
    Unknown,
    /// A positive or unknown red flag that a clinician has cleared.
    Cleared,
}

/// The value screening observed on the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[schemars(rename = "IntakeObserved")]
pub enum Observed {
    /// An age in whole years.
    Age {
        /// Years.
        #[schemars(range(max = 120))]
        years: u8,
    },
    /// A pain duration.
    Duration {
        /// The duration.
        #[serde(deserialize_with = "crate::json::objects::strict")]
        duration: PainDuration,
    },
    /// Days with pain out of the window.
    PainDays {
        /// Days with pain.
        #[schemars(range(max = 183))]
        days: u8,
        /// The window, 183 days.
        #[schemars(range(min = 183, max = 183))]
        window: u8,
    },
    /// A 0-10 rating.
    Rating {
        /// The rating.
        value: Rating,
    },
    /// A yes / no / unknown answer.
    Answer {
        /// The answer.
        answer: Answer,
    },
    /// A PHQ-9 item 9 answer; `None` when missing.
    Phq9Item9 {
        /// The answer.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        value: Option<Phq9Item9>,
    },
    /// The date of the most recent back surgery.
    SurgeryDate {
        /// The date.
        #[serde(with = "crate::json::rfc3339::Date")]
        date: NaiveDate,
    },
}

/// The threshold a criterion compared against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[schemars(rename = "IntakeThreshold")]
pub enum Threshold {
    /// An inclusive age window.
    AgeRange {
        /// Youngest.
        #[schemars(range(max = 120))]
        min: u8,
        /// Oldest, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(range(max = 120))]
        max: Option<u8>,
    },
    /// A minimum duration in months.
    MinDuration {
        /// Months.
        #[schemars(range(min = 1, max = 1440))]
        months: u16,
        /// Whether exactly `months` passes.
        boundary: Boundary,
    },
    /// A minimum share of the window's days.
    PainDays {
        /// Numerator.
        #[schemars(range(min = 1, max = 100))]
        numerator: u8,
        /// Denominator.
        #[schemars(range(min = 1, max = 100))]
        denominator: u8,
        /// The window, 183 days.
        #[schemars(range(min = 183, max = 183))]
        window: u8,
    },
    /// A minimum rating, inclusive.
    MinRating {
        /// The minimum.
        min: Rating,
    },
    /// The PHQ-9 item 9 answer from which the screen is positive (1).
    Phq9Item9Positive {
        /// From this answer on.
        #[schemars(range(min = 1, max = 1))]
        from: u8,
    },
    /// Surgery within this many months excludes.
    WithinMonths {
        /// Months.
        #[schemars(range(min = 1, max = 1440))]
        months: u16,
    },
}

/// One typed reason of a screening outcome: which criterion, what was observed, against which
/// threshold, from which source, and what it leads to. Never holds free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct ScreeningReason {
    pub(super) criterion: Criterion,
    pub(super) status: ReasonStatus,
    pub(super) observed: Observed,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) threshold: Option<Threshold>,
    pub(super) source: SourceKey,
    pub(super) leads_to: ScreeningDecision,
}

impl ScreeningReason {
    /// What the reason is about.
    pub const fn criterion(&self) -> Criterion {
        self.criterion
    }

    /// How it came out.
    pub const fn status(&self) -> ReasonStatus {
        self.status
    }

    /// What was observed.
    pub const fn observed(&self) -> Observed {
        self.observed
    }

    /// The threshold compared against, if the criterion has one.
    pub const fn threshold(&self) -> Option<Threshold> {
        self.threshold
    }

    /// The rule's source.
    pub const fn source(&self) -> SourceKey {
        self.source
    }

    /// The decision this reason alone leads to; the outcome's decision is the most
    /// safety-critical of these.
    pub const fn leads_to(&self) -> ScreeningDecision {
        self.leads_to
    }

    /// Whether the status and the decision agree, as screening produces them: met and cleared
    /// reasons lead to eligible, unmet ones to not eligible, unknown answers to incomplete or a
    /// routine referral, positive answers to a referral, the crisis pathway or not eligible.
    pub(super) fn is_consistent(&self) -> bool {
        use ScreeningDecision as D;
        match self.status {
            ReasonStatus::Met | ReasonStatus::Cleared => self.leads_to == D::Eligible,
            ReasonStatus::NotMet => self.leads_to == D::NotEligible,
            ReasonStatus::Unknown => matches!(
                self.leads_to,
                D::Incomplete
                    | D::ReferForMedicalEvaluation {
                        urgency: Urgency::Routine
                    }
            ),
            ReasonStatus::Positive => matches!(
                self.leads_to,
                D::ReferForMedicalEvaluation { .. } | D::CrisisPathway | D::NotEligible
            ),
        }
    }
}

impl std::fmt::Display for Criterion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Criterion::Age => f.write_str("age"),
            Criterion::PainDuration => f.write_str("pain duration"),
            Criterion::PainDays => f.write_str("days with pain"),
            Criterion::AverageIntensity => f.write_str("past-week average pain"),
            Criterion::RedFlag { flag } => write!(f, "red flag {}", flag.as_str()),
            Criterion::Condition { condition } => {
                let code = serde_json::to_value(condition).unwrap_or_default();
                write!(f, "condition {}", code.as_str().unwrap_or("?"))
            }
            Criterion::BackSurgery => f.write_str("recent back surgery"),
            Criterion::Phq9Item9 => f.write_str("PHQ-9 item 9"),
            Criterion::SuicidalIntent => f.write_str("current suicidal intent"),
            Criterion::RecentSuicideAttempt => f.write_str("suicide attempt in past 30 days"),
            Criterion::Psychosis => f.write_str("psychosis"),
            Criterion::SubstanceUseDisorder => f.write_str("substance use disorder"),
        }
    }
}

impl std::fmt::Display for Observed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Observed::Age { years } => write!(f, "{years} years"),
            Observed::Duration { duration } => {
                write!(f, "{} {}", duration.value(), duration.unit())
            }
            Observed::PainDays { days, window } => write!(f, "{days} of {window} days"),
            Observed::Rating { value } => write!(f, "{value}/10"),
            Observed::Answer { answer } => f.write_str(answer.label()),
            Observed::Phq9Item9 { value: Some(value) } => write!(f, "{}", value.value()),
            Observed::Phq9Item9 { value: None } => f.write_str("not answered"),
            Observed::SurgeryDate { date } => write!(f, "surgery on {date}"),
        }
    }
}

impl std::fmt::Display for Threshold {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Threshold::AgeRange {
                min,
                max: Some(max),
            } => write!(f, "{min}-{max} years"),
            Threshold::AgeRange { min, max: None } => write!(f, "{min} years or older"),
            Threshold::MinDuration {
                months,
                boundary: Boundary::Exclusive,
            } => write!(f, "more than {months} months"),
            Threshold::MinDuration {
                months,
                boundary: Boundary::Inclusive,
            } => write!(f, "at least {months} months"),
            Threshold::PainDays {
                numerator,
                denominator,
                window,
            } => write!(f, "at least {numerator}/{denominator} of {window} days"),
            Threshold::MinRating { min } => write!(f, "at least {min}/10"),
            Threshold::Phq9Item9Positive { from } => write!(f, "positive from {from}"),
            Threshold::WithinMonths { months } => write!(f, "within {months} months excludes"),
        }
    }
}

impl std::fmt::Display for ReasonStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ReasonStatus::Met => "met",
            ReasonStatus::NotMet => "not met",
            ReasonStatus::Positive => "positive",
            ReasonStatus::Unknown => "unknown",
            ReasonStatus::Cleared => "cleared by a clinician",
        })
    }
}

impl std::fmt::Display for ScreeningReason {
    /// One line, such as `age: 71 years (allowed 21-70 years): not met [S3] -> not eligible`; the
    /// arrow names the decision the reason leads to, left out when that is eligible.
    /// Built only from typed values: never free text.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.criterion, self.observed)?;
        if let Some(threshold) = self.threshold {
            write!(f, " (allowed {threshold})")?;
        }
        write!(f, ": {} [{}]", self.status, self.source)?;
        if self.leads_to != (ScreeningDecision::Eligible) {
            write!(f, " -> {}", self.leads_to.label())?;
        }
        Ok(())
    }
}
