//! The [`IntakeForm`]: what screening needs to know, and no more.
//!
//! An app fills an [`IntakeFormFields`] (plain data, public fields) and turns it into an
//! [`IntakeForm`] with [`IntakeForm::new`], which checks every field and every relation between
//! fields. Deserializing an `IntakeForm` runs the same checks, so a stored or received form is
//! always valid. The pain history's parts are in `history`.

mod history;

pub use self::history::{
    BackSurgery, ImagingFinding, ImagingModality, MAX_DURATION_MONTHS, MAX_DURATION_WEEKS, Onset,
    OnsetCircumstances, OnsetDate, PAIN_DAYS_WINDOW, PainDuration, PainHistory, PriorTreatment,
    TreatmentKind,
};

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use chrono::{Months, NaiveDate};
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};

use super::{
    Answer, ChecklistAnswer, Condition, IntakeError, NeuroplasticItem, PsychiatricSafety, RedFlag,
    SchemaVersion,
};

/// The oldest age the form accepts, in years.
pub const MAX_AGE_YEARS: u8 = 120;

/// How the person's age is given: a date of birth, or the age in whole years on the assessment
/// date. No name is ever needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[schemars(rename = "IntakeAge")]
pub enum Age {
    /// The date of birth; the age is computed on the assessment date.
    DateOfBirth {
        /// The date of birth.
        #[serde(with = "crate::json::rfc3339::Date")]
        date: NaiveDate,
    },
    /// The age in whole years on the assessment date, 0-120.
    Years {
        /// Whole years.
        #[schemars(range(max = 120))]
        years: u8,
    },
}

/// The fields of an intake form as plain data: fill these, then validate with
/// [`IntakeForm::new`].
///
/// Maps stand for "one answer per question": a red flag, condition or checklist item left out of
/// its map was not answered. A missing red flag or condition counts as [`Answer::Unknown`], never
/// as no.
///
/// Read from JSON, a form also meets rules across fields that its schema does not state: the date
/// of birth and the onset are not after the assessment, and the onset is not before birth; the
/// pain duration fits the person's life and agrees with the onset; the days with pain fit the
/// duration; back surgery falls between birth and the assessment; the derived age red flag is not
/// answered.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct IntakeFormFields {
    /// The document's layout version, 1.
    #[serde(deserialize_with = "crate::version::current::<IntakeForm, _>")]
    #[schemars(with = "super::version::IntakeSchemaVersion")]
    pub schema_version: SchemaVersion,
    /// The date of the assessment; every other date is checked against it.
    #[serde(with = "crate::json::rfc3339::Date")]
    pub assessment_date: NaiveDate,
    /// The person's age or date of birth.
    pub age: Age,
    /// The pain history.
    pub pain: PainHistory,
    /// The answer to each red flag (§2.1). The age flag is derived and may not be answered.
    #[serde(default)]
    #[schemars(schema_with = "red_flag_map_schema")]
    pub red_flags: BTreeMap<RedFlag, Answer>,
    /// Answers about excluding conditions (inflammatory disease, recent fracture …).
    #[serde(default)]
    #[schemars(schema_with = "condition_map_schema")]
    pub conditions: BTreeMap<Condition, Answer>,
    /// Psychiatric safety answers (§2.2).
    #[serde(default)]
    pub psychiatric: PsychiatricSafety,
    /// The neuroplastic evidence checklist (§1.5); supporting evidence only.
    #[serde(default)]
    #[schemars(schema_with = "checklist_map_schema")]
    pub neuroplastic_evidence: BTreeMap<NeuroplasticItem, ChecklistAnswer>,
}

/// The old name of [`IntakeFormFields`].
#[deprecated(since = "0.1.0", note = "renamed to `IntakeFormFields`")]
pub type IntakeFormData = IntakeFormFields;

/// A validated intake form: the root document of screening.
///
/// Build it from [`IntakeFormFields`] with [`IntakeForm::new`] (or deserialize it: the same checks
/// run), then pass it to [`screen`](super::screen).
///
/// ```
/// use chrono::NaiveDate;
/// use pain_reprocessing::intake::*;
/// use pain_reprocessing::Rating;
///
/// let data = IntakeFormFields {
///     schema_version: SchemaVersion::CURRENT,
///     assessment_date: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
///     age: Age::Years { years: 44 },
///     pain: PainHistory {
///         locations: vec![PainLocation::new(BodyRegion::LowerBack, Side::Midline)],
///         duration: PainDuration::Months { value: 26 },
///         days_with_pain_past_6_months: 160,
///         onset: Onset {
///             date: OnsetDate::Year { year: 2024 },
///             circumstances: OnsetCircumstances::StressfulPeriod,
///         },
///         current_intensity: Rating::new(5)?,
///         average_intensity_past_week: Rating::new(6)?,
///         prior_treatments: vec![],
///         imaging: vec![],
///         back_surgery: BackSurgery::NoSurgery,
///     },
///     red_flags: Default::default(),
///     conditions: Default::default(),
///     psychiatric: PsychiatricSafety::all_clear(),
///     neuroplastic_evidence: Default::default(),
/// };
/// let form = IntakeForm::new(data.clone())?;
/// assert_eq!(form.age_years(), 44);
///
/// let mut bad = data;
/// bad.pain.days_with_pain_past_6_months = 200;
/// assert_eq!(
///     IntakeForm::new(bad).unwrap_err().to_string(),
///     "intake field `pain.days_with_pain_past_6_months` is 200; allowed 0-183 (the 6-month window)"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "IntakeFormFields", into = "IntakeFormFields")]
pub struct IntakeForm {
    data: IntakeFormFields,
    age_years: u8,
}

impl IntakeForm {
    /// Validates `data` into a form.
    ///
    /// # Errors
    ///
    /// An [`IntakeError`] naming the first field that is impossible: an age outside 0-120 or a
    /// date of birth after the assessment; an onset after the assessment or before birth; a
    /// duration longer than the person's life or disagreeing with the onset; more days with pain
    /// than the window or the duration; no or repeated pain locations; back surgery after the
    /// assessment; an answer to the derived age red flag.
    pub fn new(data: IntakeFormFields) -> Result<IntakeForm, IntakeError> {
        let assessment = data.assessment_date;
        let (age_years, birth) = match data.age {
            Age::Years { years } => {
                if years > MAX_AGE_YEARS {
                    return Err(IntakeError::AgeOutOfRange {
                        years: i64::from(years),
                    });
                }
                // The earliest birth date consistent with the age.
                let earliest = assessment
                    .checked_sub_months(Months::new(12 * (u32::from(years) + 1)))
                    .and_then(|d| d.succ_opt());
                (years, earliest)
            }
            Age::DateOfBirth { date } => {
                if date > assessment {
                    return Err(IntakeError::BirthAfterAssessment);
                }
                let years = assessment.years_since(date).unwrap_or(0);
                let years = u8::try_from(years)
                    .ok()
                    .filter(|y| *y <= MAX_AGE_YEARS)
                    .ok_or(IntakeError::AgeOutOfRange {
                        years: i64::from(years),
                    })?;
                (years, Some(date))
            }
        };
        let pain = &data.pain;
        if pain.locations.is_empty() {
            return Err(IntakeError::NoPainLocation);
        }
        let unique: BTreeSet<_> = pain.locations.iter().collect();
        if unique.len() != pain.locations.len() {
            return Err(IntakeError::DuplicatePainLocation);
        }
        let duration = pain.duration;
        let max = match duration {
            PainDuration::Weeks { .. } => MAX_DURATION_WEEKS,
            PainDuration::Months { .. } => MAX_DURATION_MONTHS,
        };
        if duration.value() == 0 || duration.value() > max {
            return Err(IntakeError::DurationOutOfRange {
                unit: duration.unit(),
                value: duration.value(),
                max,
            });
        }
        if pain.days_with_pain_past_6_months > PAIN_DAYS_WINDOW {
            return Err(IntakeError::PainDaysOutOfRange {
                days: pain.days_with_pain_past_6_months,
            });
        }
        let (onset_first, onset_last) = pain.onset.date.bounds()?;
        if onset_first > assessment {
            return Err(IntakeError::OnsetAfterAssessment);
        }
        if let Some(birth) = birth
            && onset_last < birth
        {
            return Err(IntakeError::OnsetBeforeBirth);
        }
        let (start_earliest, start_latest) = duration.start_window(assessment);
        if let Some(birth) = birth
            && start_latest < birth
        {
            return Err(IntakeError::DurationExceedsAge);
        }
        // The onset window and the duration's start window must overlap.
        let onset_last = onset_last.min(assessment);
        // Even the shortest reading of the duration starts before the onset: too long.
        if start_latest < onset_first {
            return Err(IntakeError::DurationLongerThanOnset);
        }
        // Even the longest reading starts after the latest possible onset: too short.
        if start_earliest.is_some_and(|earliest| earliest > onset_last) {
            return Err(IntakeError::DurationShorterThanOnset);
        }
        // Pain days cannot outnumber the days the pain can have lasted (tolerance included).
        let longest = start_earliest.map_or(i64::MAX, |earliest| {
            assessment.signed_duration_since(earliest).num_days()
        });
        if i64::from(pain.days_with_pain_past_6_months) > longest {
            return Err(IntakeError::PainDaysExceedDuration {
                days: pain.days_with_pain_past_6_months,
            });
        }
        if let BackSurgery::Surgery { most_recent } = pain.back_surgery {
            if most_recent > assessment {
                return Err(IntakeError::SurgeryAfterAssessment);
            }
            if birth.is_some_and(|birth| most_recent < birth) {
                return Err(IntakeError::SurgeryBeforeBirth);
            }
        }
        if let Some(flag) = data.red_flags.keys().find(|flag| flag.is_derived()) {
            return Err(IntakeError::DerivedRedFlagAnswered {
                flag: flag.as_str(),
            });
        }
        Ok(IntakeForm { data, age_years })
    }

    /// The form's fields.
    pub fn data(&self) -> &IntakeFormFields {
        &self.data
    }

    /// The form's fields, by value (to edit and validate again).
    pub fn into_data(self) -> IntakeFormFields {
        self.data
    }

    /// The assessment date.
    pub fn assessment_date(&self) -> NaiveDate {
        self.data.assessment_date
    }

    /// The age in whole years on the assessment date.
    pub fn age_years(&self) -> u8 {
        self.age_years
    }

    /// The pain history.
    pub fn pain(&self) -> &PainHistory {
        &self.data.pain
    }

    /// The answer to `flag`: derived from the age for [`RedFlag::AgeUnder20OrOver50`] (`[S30]`),
    /// otherwise as answered, and [`Answer::Unknown`] when not answered.
    pub fn red_flag(&self, flag: RedFlag) -> Answer {
        if flag == RedFlag::AgeUnder20OrOver50 {
            if self.age_years < 20 || self.age_years > 50 {
                Answer::Yes
            } else {
                Answer::No
            }
        } else {
            self.data
                .red_flags
                .get(&flag)
                .copied()
                .unwrap_or(Answer::Unknown)
        }
    }

    /// The answer about `condition`, [`Answer::Unknown`] when not answered.
    pub fn condition(&self, condition: Condition) -> Answer {
        self.data
            .conditions
            .get(&condition)
            .copied()
            .unwrap_or(Answer::Unknown)
    }

    /// The psychiatric safety answers.
    pub fn psychiatric(&self) -> &PsychiatricSafety {
        &self.data.psychiatric
    }

    /// The neuroplastic evidence checklist answers.
    pub fn neuroplastic_evidence(&self) -> &BTreeMap<NeuroplasticItem, ChecklistAnswer> {
        &self.data.neuroplastic_evidence
    }
}

impl TryFrom<IntakeFormFields> for IntakeForm {
    type Error = IntakeError;

    fn try_from(data: IntakeFormFields) -> Result<IntakeForm, IntakeError> {
        IntakeForm::new(data)
    }
}

impl From<IntakeForm> for IntakeFormFields {
    fn from(form: IntakeForm) -> IntakeFormFields {
        form.data
    }
}

impl JsonSchema for IntakeForm {
    fn schema_name() -> Cow<'static, str> {
        "IntakeForm".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::IntakeForm").into()
    }

    /// The schema of [`IntakeFormFields`]: every field's range, pattern and requirement. Relations
    /// between fields (dates in order, duration agreeing with onset) cannot be said in JSON Schema
    /// and are checked by [`IntakeForm::new`] only.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        IntakeFormFields::json_schema(generator)
    }
}

/// The schema of a JSON object keyed by the serialized `keys`, each value a `V`.
fn keyed_map_schema<K: Serialize, V: JsonSchema>(
    generator: &mut SchemaGenerator,
    keys: impl Iterator<Item = K>,
) -> Schema {
    let names: Vec<serde_json::Value> = keys
        .filter_map(|key| serde_json::to_value(key).ok())
        .collect();
    let value = generator.subschema_for::<V>();
    schemars::json_schema!({
        "type": "object",
        "propertyNames": { "enum": names },
        "additionalProperties": value,
    })
}

fn red_flag_map_schema(generator: &mut SchemaGenerator) -> Schema {
    keyed_map_schema::<_, Answer>(
        generator,
        RedFlag::ALL.into_iter().filter(|flag| !flag.is_derived()),
    )
}

fn condition_map_schema(generator: &mut SchemaGenerator) -> Schema {
    keyed_map_schema::<_, Answer>(generator, Condition::ALL.into_iter())
}

fn checklist_map_schema(generator: &mut SchemaGenerator) -> Schema {
    keyed_map_schema::<_, ChecklistAnswer>(generator, NeuroplasticItem::ALL.into_iter())
}
