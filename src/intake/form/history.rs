//! The pain history of an intake: where it hurts, for how long, how it began, what was tried,
//! imaging and back surgery.

use chrono::{Days, Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::intake::{IntakeError, PainLocation};
use crate::tagged::tagged_enum;
use crate::{Note, Rating};

/// The window "days with pain in the past 6 months" counts over: 183 days.
///
/// Six calendar months are 181 to 184 days long; the crate fixes the window at 183 days (half a
/// 365.25-day year, rounded up) so "at least half the days" is an exact, date-independent ratio:
/// 92 days or more (92 × 2 = 184 ≥ 183, while 91 × 2 = 182 < 183). A design choice, documented
/// because the registry text (§1.2 `[S3]`) says only "the past 6 months".
pub const PAIN_DAYS_WINDOW: u8 = 183;

/// The earliest onset year the form accepts.
const MIN_ONSET_YEAR: i32 = 1900;

/// The most months a pain duration may be: 120 years.
pub const MAX_DURATION_MONTHS: u16 = 1440;
/// The most weeks a pain duration may be: 120 years.
pub const MAX_DURATION_WEEKS: u16 = 6261;

/// How long the pain has been an ongoing problem, in weeks or months (at least 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "unit", rename_all = "snake_case", deny_unknown_fields)]
pub enum PainDuration {
    /// Whole weeks, 1-6261 (120 years).
    Weeks {
        /// The number of weeks.
        #[schemars(range(min = 1, max = 6261))]
        value: u16,
    },
    /// Whole months, 1-1440 (120 years).
    Months {
        /// The number of months.
        #[schemars(range(min = 1, max = 1440))]
        value: u16,
    },
}

impl PainDuration {
    /// The number of weeks or months.
    pub const fn value(self) -> u16 {
        match self {
            PainDuration::Weeks { value } | PainDuration::Months { value } => value,
        }
    }

    /// The unit's name: `weeks` or `months`.
    pub const fn unit(self) -> &'static str {
        match self {
            PainDuration::Weeks { .. } => "weeks",
            PainDuration::Months { .. } => "months",
        }
    }

    /// How far the reported duration may differ from the time since onset, in its own unit: one
    /// unit plus 10% of the value (whole units, rounded down). People round durations, more so
    /// long ones; 3 months may be 2-4, 120 months 107-133. A design choice.
    pub const fn tolerance(self) -> u16 {
        1 + self.value() / 10
    }

    /// `date` moved back by `units` of this duration's unit, or `None` before the calendar's start.
    fn back(self, date: NaiveDate, units: u32) -> Option<NaiveDate> {
        match self {
            PainDuration::Weeks { .. } => date.checked_sub_days(Days::new(u64::from(units) * 7)),
            PainDuration::Months { .. } => date.checked_sub_months(Months::new(units)),
        }
    }

    /// The window of start dates this duration allows on `assessment`, tolerance included:
    /// `(earliest, latest)`; `earliest` is `None` when it falls before the calendar's start.
    pub(crate) fn start_window(self, assessment: NaiveDate) -> (Option<NaiveDate>, NaiveDate) {
        let value = u32::from(self.value());
        let tolerance = u32::from(self.tolerance());
        let earliest = self.back(assessment, value + tolerance);
        let latest = self
            .back(assessment, value.saturating_sub(tolerance))
            .unwrap_or(assessment);
        (earliest, latest)
    }
}

/// When the pain began: an exact date, or approximately (a month, or only a year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "precision", rename_all = "snake_case", deny_unknown_fields)]
pub enum OnsetDate {
    /// The exact date.
    Exact {
        /// The date the pain began.
        #[serde(with = "crate::json::rfc3339::Date")]
        date: NaiveDate,
    },
    /// A month of a year.
    Month {
        /// The year, 1900 or later.
        #[schemars(range(min = 1900, max = 9999))]
        year: i32,
        /// The month, 1-12.
        #[schemars(range(min = 1, max = 12))]
        month: u8,
    },
    /// Only the year.
    Year {
        /// The year, 1900 or later.
        #[schemars(range(min = 1900, max = 9999))]
        year: i32,
    },
}

impl OnsetDate {
    /// The first and last day the onset may have been, or the error naming what is wrong.
    pub(crate) fn bounds(self) -> Result<(NaiveDate, NaiveDate), IntakeError> {
        let year_ok = |year: i32| {
            if (MIN_ONSET_YEAR..=9999).contains(&year) {
                Ok(year)
            } else {
                Err(IntakeError::OnsetYearOutOfRange { year })
            }
        };
        let invalid = IntakeError::OnsetMonthOutOfRange { month: 0 };
        match self {
            OnsetDate::Exact { date } => Ok((date, date)),
            OnsetDate::Month { year, month } => {
                let year = year_ok(year)?;
                let first = NaiveDate::from_ymd_opt(year, u32::from(month), 1)
                    .ok_or(IntakeError::OnsetMonthOutOfRange { month })?;
                let last = first
                    .checked_add_months(Months::new(1))
                    .and_then(|next| next.pred_opt())
                    .ok_or(invalid)?;
                Ok((first, last))
            }
            OnsetDate::Year { year } => {
                let year = year_ok(year)?;
                let first = NaiveDate::from_ymd_opt(year, 1, 1).ok_or(invalid.clone())?;
                let last = NaiveDate::from_ymd_opt(year, 12, 31).ok_or(invalid)?;
                Ok((first, last))
            }
        }
    }
}

/// What was happening when the pain began.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum OnsetCircumstances {
    /// After an injury.
    Injury,
    /// Without an injury.
    NoInjury,
    /// During a stressful period or soon after a stressful event.
    StressfulPeriod,
    /// Not known.
    Unknown,
}

/// When and how the pain began.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "IntakeOnset")]
pub struct Onset {
    /// When.
    pub date: OnsetDate,
    /// What was happening.
    pub circumstances: OnsetCircumstances,
}

/// A kind of treatment tried before.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TreatmentKind {
    /// Physiotherapy or exercise therapy.
    Physiotherapy,
    /// Non-opioid pain medication.
    Medication,
    /// Opioid medication.
    Opioids,
    /// Injections (epidural, facet, trigger point).
    Injection,
    /// Surgery.
    Surgery,
    /// Chiropractic or osteopathic manipulation.
    Manipulation,
    /// Massage.
    Massage,
    /// Acupuncture.
    Acupuncture,
    /// Psychological therapy (CBT, ACT, mindfulness).
    Psychological,
    /// Anything else.
    Other,
}

/// A treatment tried before, with an optional note in the patient's words.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct PriorTreatment {
    /// The kind of treatment.
    pub kind: TreatmentKind,
    /// Free text, such as what it was and whether it helped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Note>,
}

/// An imaging modality.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ImagingModality {
    /// Plain radiograph.
    XRay,
    /// Magnetic resonance imaging.
    Mri,
    /// Computed tomography.
    Ct,
    /// Anything else.
    Other,
}

/// An imaging study and what it found, as reported.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct ImagingFinding {
    /// The modality.
    pub modality: ImagingModality,
    /// The finding, as reported.
    pub finding: Note,
}

tagged_enum! {
/// Back surgery history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BackSurgery {
    tag = "status", wire = BackSurgeryWire;
    /// Never had back surgery.
    NoSurgery = "no_surgery",
    /// Not known.
    Unknown = "unknown",
    /// Had back surgery; the date of the most recent operation.
    Surgery = "surgery" {
        /// The date of the most recent back operation.
        #[serde(with = "crate::json::rfc3339::Date")]
        most_recent: NaiveDate,
    },
}
}

/// The pain history of an intake.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct PainHistory {
    /// Where it hurts: at least one location, none repeated.
    #[schemars(length(min = 1), extend("uniqueItems" = true))]
    pub locations: Vec<PainLocation>,
    /// How long the pain has been an ongoing problem.
    pub duration: PainDuration,
    /// On how many of the past 183 days ([`PAIN_DAYS_WINDOW`]) there was pain.
    #[schemars(range(max = 183))]
    pub days_with_pain_past_6_months: u8,
    /// When and how it began.
    pub onset: Onset,
    /// Pain intensity now, 0-10.
    pub current_intensity: Rating,
    /// Average pain intensity over the past week, 0-10.
    pub average_intensity_past_week: Rating,
    /// Treatments tried before.
    #[serde(default)]
    pub prior_treatments: Vec<PriorTreatment>,
    /// Imaging findings, as reported.
    #[serde(default)]
    pub imaging: Vec<ImagingFinding>,
    /// Back surgery history.
    pub back_surgery: BackSurgery,
}
