//! [`screen`]: an intake and criteria in, an explained [`ScreeningOutcome`] out.

use std::borrow::Cow;

use chrono::Months;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};

use super::{
    Answer, BackSurgery, Boundary, Criterion, ExclusionCriterion, IntakeError, IntakeForm,
    NeuroplasticSummary, Observed, PAIN_DAYS_WINDOW, PainDuration, ReasonStatus, RedFlag,
    RedFlagClearance, SchemaVersion, ScreeningCriteria, ScreeningReason, SourceKey, Threshold,
    Urgency,
};

use crate::tagged::tagged_enum;

tagged_enum! {
/// What screening decided.
///
/// When several apply, the most safety-critical wins: **crisis > refer > incomplete > not
/// eligible > eligible**, and among referrals the highest urgency. The derived [`Ord`] is exactly
/// this precedence (variants are declared from least to most critical), so the decision of
/// several reasons is their maximum. The outcome always lists every reason, not only the winning
/// one.
///
/// ```
/// use pain_reprocessing::intake::{ScreeningDecision, Urgency};
///
/// let refer = ScreeningDecision::ReferForMedicalEvaluation { urgency: Urgency::Routine };
/// assert!(ScreeningDecision::CrisisPathway > refer);
/// assert!(refer > ScreeningDecision::Incomplete);
/// assert!(ScreeningDecision::Incomplete > ScreeningDecision::NotEligible);
/// assert!(ScreeningDecision::NotEligible > ScreeningDecision::Eligible);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ScreeningDecision {
    tag = "decision", wire = ScreeningDecisionWire;
    /// Every criterion met, no red flag, no safety concern: the person may start the program.
    Eligible = "eligible",
    /// The criteria are not met (age, duration, frequency, intensity, an excluding condition).
    NotEligible = "not_eligible",
    /// A required safety answer is missing (PHQ-9 item 9, crisis questions, psychiatric or
    /// condition exclusions): ask it before deciding. A missing answer is never read as "no".
    Incomplete = "incomplete",
    /// A red flag is positive or unknown: medical evaluation first, at the highest urgency of all
    /// positive flags. A flag answered "unknown" needs a routine clinician review (a design
    /// choice: it is never eligible, and a clinician, not a re-ask, resolves it).
    ReferForMedicalEvaluation = "refer_for_medical_evaluation" {
        /// How soon.
        urgency: Urgency,
    },
    /// Suicide risk (PHQ-9 item 9 ≥ 1, current intent, or an attempt in the past 30 days):
    /// immediate clinician review (clinical reference §2.2 `[S35]`).
    CrisisPathway = "crisis_pathway",
}
}

impl ScreeningDecision {
    /// A short label, such as `refer for medical evaluation (emergency)`.
    pub fn label(self) -> Cow<'static, str> {
        match self {
            ScreeningDecision::Eligible => "eligible".into(),
            ScreeningDecision::NotEligible => "not eligible".into(),
            ScreeningDecision::Incomplete => "incomplete".into(),
            ScreeningDecision::ReferForMedicalEvaluation { urgency } => {
                format!("refer for medical evaluation ({})", urgency.label()).into()
            }
            ScreeningDecision::CrisisPathway => "crisis pathway".into(),
        }
    }
}

/// The plain data of a [`ScreeningOutcome`], as stored in JSON.
///
/// Read from JSON, an outcome also meets rules across fields that its schema does not state: it
/// has at least one reason; its decision is the most safety-critical one its reasons lead to; each
/// reason is consistent with its criterion; every clearance clears a red flag a reason lists as
/// cleared; the neuroplastic evidence is consistent.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct ScreeningOutcomeFields {
    /// The document's layout version, 1 or 2 (the same layout; 2 since the id alphabet), kept as
    /// read so that an outcome embedded in a hashed event is written back as it was read. An
    /// outcome with `legacy_ids` is at version 2 (set so when it is built).
    #[serde(deserialize_with = "super::version::as_read::<ScreeningOutcome, _>")]
    #[schemars(with = "super::version::IdsSchemaVersion")]
    pub schema_version: SchemaVersion,
    /// The decision.
    pub decision: ScreeningDecision,
    /// Every reason.
    #[schemars(length(min = 1))]
    pub reasons: Vec<ScreeningReason>,
    /// The clearances that passed a flag.
    #[serde(default)]
    pub clearances: Vec<RedFlagClearance>,
    /// The neuroplastic evidence summary (supporting evidence only).
    pub neuroplastic_evidence: NeuroplasticSummary,
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// (absent when none was): mapped id -> text as stored before the alphabet.
    #[serde(default, skip_serializing_if = "crate::id::LegacyIds::is_empty")]
    pub legacy_ids: crate::id::LegacyIds,
}

/// The old name of [`ScreeningOutcomeFields`].
#[deprecated(since = "0.1.0", note = "renamed to `ScreeningOutcomeFields`")]
pub type ScreeningOutcomeData = ScreeningOutcomeFields;

/// The result of [`screen`]: a decision, every reason for it, the clearances used, and the
/// neuroplastic evidence summary. A root document: apps store it with the intake.
///
/// Deserializing checks that the decision is the one its reasons lead to, so a stored outcome
/// cannot claim "eligible" beside a positive red flag.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(try_from = "ScreeningOutcomeFields")]
pub struct ScreeningOutcome {
    data: ScreeningOutcomeFields,
}

/// Written as its fields, without copying them (the event log hashes each event it applies
/// without allocating).
impl Serialize for ScreeningOutcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.data.serialize(serializer)
    }
}

impl ScreeningOutcome {
    /// The decision.
    pub fn decision(&self) -> &ScreeningDecision {
        &self.data.decision
    }

    /// Every reason, in screening order: criteria, red flags, exclusions, psychiatric safety.
    pub fn reasons(&self) -> &[ScreeningReason] {
        &self.data.reasons
    }

    /// The clearances that passed a flag, as evidence.
    pub fn clearances(&self) -> &[RedFlagClearance] {
        &self.data.clearances
    }

    /// The neuroplastic evidence summary: supporting evidence only, never part of the decision.
    pub fn neuroplastic_evidence(&self) -> &NeuroplasticSummary {
        &self.data.neuroplastic_evidence
    }

    /// The layout version the outcome was read with (1 or 2, the same layout), or
    /// 2 for one [`screen`] made.
    pub fn schema_version(&self) -> SchemaVersion {
        self.data.schema_version
    }

    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// ([`LegacyIds`](crate::id::LegacyIds)): for a standalone outcome written before the
    /// alphabet, a clearance's `clinician`. Empty for an outcome whose ids always were in it.
    pub fn legacy_ids(&self) -> &crate::id::LegacyIds {
        &self.data.legacy_ids
    }

    /// Whether the person may start the program.
    pub fn is_eligible(&self) -> bool {
        self.data.decision == (ScreeningDecision::Eligible)
    }
}

/// The decision `reasons` lead to: the most safety-critical of them.
fn decide(reasons: &[ScreeningReason]) -> ScreeningDecision {
    reasons
        .iter()
        .fold(ScreeningDecision::Eligible, |decision, reason| {
            decision.max(reason.leads_to)
        })
}

impl TryFrom<ScreeningOutcomeFields> for ScreeningOutcome {
    type Error = IntakeError;

    fn try_from(mut data: ScreeningOutcomeFields) -> Result<ScreeningOutcome, IntakeError> {
        let cleared = |flag: RedFlag| {
            data.reasons.iter().any(|reason| {
                reason.criterion == Criterion::RedFlag { flag }
                    && reason.status == ReasonStatus::Cleared
            })
        };
        if data.reasons.is_empty()
            || decide(&data.reasons) != data.decision
            || !data.reasons.iter().all(ScreeningReason::is_consistent)
            || !data.clearances.iter().all(|c| cleared(c.flag()))
            || !data.neuroplastic_evidence.is_consistent()
        {
            return Err(IntakeError::OutcomeInconsistent);
        }
        // A version-1 document cannot have `legacy_ids`: one that has them is written at 2, so
        // that it reads back.
        if !data.legacy_ids.is_empty() {
            data.schema_version = data.schema_version.max(SchemaVersion::V2);
        }
        Ok(ScreeningOutcome { data })
    }
}

impl From<ScreeningOutcome> for ScreeningOutcomeFields {
    fn from(outcome: ScreeningOutcome) -> ScreeningOutcomeFields {
        outcome.data
    }
}

impl JsonSchema for ScreeningOutcome {
    fn schema_name() -> Cow<'static, str> {
        "ScreeningOutcome".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::ScreeningOutcome").into()
    }

    /// The schema of [`ScreeningOutcomeFields`]; that the decision follows from the reasons is
    /// checked on deserialization only.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        ScreeningOutcomeFields::json_schema(generator)
    }
}

/// Screens `form` against `criteria`, with no clearances.
///
/// Pure and infallible: a valid form always gets a decision.
///
/// ```
/// use chrono::NaiveDate;
/// use pain_reprocessing::intake::*;
/// use pain_reprocessing::Rating;
///
/// let mut data = IntakeFormFields {
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
///     red_flags: RedFlag::ALL
///         .into_iter()
///         .filter(|flag| !flag.is_derived())
///         .map(|flag| (flag, Answer::No))
///         .collect(),
///     conditions: Condition::ALL.into_iter().map(|c| (c, Answer::No)).collect(),
///     psychiatric: PsychiatricSafety::all_clear(),
///     neuroplastic_evidence: Default::default(),
/// };
/// let boulder = ScreeningCriteria::boulder_trial();
/// let outcome = screen(&IntakeForm::new(data.clone())?, &boulder);
/// assert_eq!(outcome.decision(), &ScreeningDecision::Eligible);
///
/// // Saddle anaesthesia is a cauda equina sign: emergency referral.
/// data.red_flags.insert(RedFlag::SaddleAnaesthesia, Answer::Yes);
/// let outcome = screen(&IntakeForm::new(data)?, &boulder);
/// assert_eq!(
///     outcome.decision(),
///     &ScreeningDecision::ReferForMedicalEvaluation { urgency: Urgency::Emergency }
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn screen(form: &IntakeForm, criteria: &ScreeningCriteria) -> ScreeningOutcome {
    screen_with_clearances(form, criteria, &[])
}

/// Screens `form` against `criteria`, passing every red flag a clinician has cleared.
///
/// Clearances are kept outside the form: the form records what the patient reported, a clearance
/// what a clinician decided later. A clearance counts when recorded on or after the assessment
/// date and its flag is positive or unknown; it then turns that flag's reason to
/// [`ReasonStatus::Cleared`] and is kept in [`ScreeningOutcome::clearances`]. Other clearances
/// (for a flag answered "no", or recorded before the assessment) change nothing.
pub fn screen_with_clearances(
    form: &IntakeForm,
    criteria: &ScreeningCriteria,
    clearances: &[RedFlagClearance],
) -> ScreeningOutcome {
    let rules = criteria.data();
    let pain = form.pain();
    let mut reasons = Vec::new();
    let verdict = |met: bool| {
        if met {
            (ReasonStatus::Met, ScreeningDecision::Eligible)
        } else {
            (ReasonStatus::NotMet, ScreeningDecision::NotEligible)
        }
    };

    if let Some(age) = rules.age {
        let years = form.age_years();
        let met = years >= age.min && age.max.is_none_or(|max| years <= max);
        let (status, leads_to) = verdict(met);
        reasons.push(ScreeningReason {
            criterion: Criterion::Age,
            status,
            observed: Observed::Age { years },
            threshold: Some(Threshold::AgeRange {
                min: age.min,
                max: age.max,
            }),
            source: age.source,
            leads_to,
        });
    }
    if let Some(duration) = rules.duration {
        let threshold = u32::from(duration.months);
        let met = match (pain.duration, duration.boundary) {
            (PainDuration::Months { value }, Boundary::Exclusive) => u32::from(value) > threshold,
            (PainDuration::Months { value }, Boundary::Inclusive) => u32::from(value) >= threshold,
            // Weeks pass only when they certainly exceed the months: 31 days per month at most.
            (PainDuration::Weeks { value }, Boundary::Exclusive) => {
                7 * u32::from(value) > 31 * threshold
            }
            (PainDuration::Weeks { value }, Boundary::Inclusive) => {
                7 * u32::from(value) >= 31 * threshold
            }
        };
        let (status, leads_to) = verdict(met);
        reasons.push(ScreeningReason {
            criterion: Criterion::PainDuration,
            status,
            observed: Observed::Duration {
                duration: pain.duration,
            },
            threshold: Some(Threshold::MinDuration {
                months: duration.months,
                boundary: duration.boundary,
            }),
            source: duration.source,
            leads_to,
        });
    }
    if let Some(share) = rules.pain_days {
        let days = pain.days_with_pain_past_6_months;
        // Exact ratio: days / 183 ≥ numerator / denominator.
        let met = u32::from(days) * u32::from(share.denominator)
            >= u32::from(share.numerator) * u32::from(PAIN_DAYS_WINDOW);
        let (status, leads_to) = verdict(met);
        reasons.push(ScreeningReason {
            criterion: Criterion::PainDays,
            status,
            observed: Observed::PainDays {
                days,
                window: PAIN_DAYS_WINDOW,
            },
            threshold: Some(Threshold::PainDays {
                numerator: share.numerator,
                denominator: share.denominator,
                window: PAIN_DAYS_WINDOW,
            }),
            source: share.source,
            leads_to,
        });
    }
    if let Some(intensity) = rules.average_intensity {
        let value = pain.average_intensity_past_week;
        let (status, leads_to) = verdict(value >= intensity.min);
        reasons.push(ScreeningReason {
            criterion: Criterion::AverageIntensity,
            status,
            observed: Observed::Rating { value },
            threshold: Some(Threshold::MinRating { min: intensity.min }),
            source: intensity.source,
            leads_to,
        });
    }

    // Red flags: only those answered yes or unknown are reasons; a "no" is the expected answer.
    let mut used = Vec::new();
    for flag in RedFlag::ALL {
        let answer = form.red_flag(flag);
        let (status, leads_to) = match answer {
            Answer::No => continue,
            Answer::Yes => (
                ReasonStatus::Positive,
                ScreeningDecision::ReferForMedicalEvaluation {
                    urgency: flag.urgency(),
                },
            ),
            Answer::Unknown => (
                ReasonStatus::Unknown,
                ScreeningDecision::ReferForMedicalEvaluation {
                    urgency: Urgency::Routine,
                },
            ),
        };
        let clearance = clearances.iter().find(|clearance| {
            clearance.flag() == flag
                && clearance.cleared_at().date_naive() >= form.assessment_date()
        });
        let (status, leads_to) = match clearance {
            Some(clearance) => {
                if !used.contains(clearance) {
                    used.push(clearance.clone());
                }
                (ReasonStatus::Cleared, ScreeningDecision::Eligible)
            }
            None => (status, leads_to),
        };
        reasons.push(ScreeningReason {
            criterion: Criterion::RedFlag { flag },
            status,
            observed: Observed::Answer { answer },
            threshold: None,
            source: flag.source(),
            leads_to,
        });
    }

    for exclusion in &rules.exclusions {
        match *exclusion {
            ExclusionCriterion::Condition { condition, source } => {
                let answer = form.condition(condition);
                let (status, leads_to) = match answer {
                    Answer::No => continue,
                    Answer::Yes => (ReasonStatus::NotMet, ScreeningDecision::NotEligible),
                    Answer::Unknown => (ReasonStatus::Unknown, ScreeningDecision::Incomplete),
                };
                reasons.push(ScreeningReason {
                    criterion: Criterion::Condition { condition },
                    status,
                    observed: Observed::Answer { answer },
                    threshold: None,
                    source,
                    leads_to,
                });
            }
            ExclusionCriterion::BackSurgeryWithin { months, source } => {
                let (status, leads_to, observed) = match pain.back_surgery {
                    BackSurgery::NoSurgery => continue,
                    BackSurgery::Unknown => (
                        ReasonStatus::Unknown,
                        ScreeningDecision::Incomplete,
                        Observed::Answer {
                            answer: Answer::Unknown,
                        },
                    ),
                    BackSurgery::Surgery { most_recent } => {
                        // Within the window when the surgery is after the window's start.
                        let start = form
                            .assessment_date()
                            .checked_sub_months(Months::new(u32::from(months)));
                        let recent = start.is_none_or(|start| most_recent > start);
                        let (status, leads_to) = verdict(!recent);
                        (
                            status,
                            leads_to,
                            Observed::SurgeryDate { date: most_recent },
                        )
                    }
                };
                reasons.push(ScreeningReason {
                    criterion: Criterion::BackSurgery,
                    status,
                    observed,
                    threshold: Some(Threshold::WithinMonths { months }),
                    source,
                    leads_to,
                });
            }
        }
    }

    let psychiatric = form.psychiatric();
    let item9 = psychiatric.phq9_item9;
    let (status, leads_to) = match item9 {
        None => (ReasonStatus::Unknown, ScreeningDecision::Incomplete),
        Some(answer) if answer.is_positive() => {
            (ReasonStatus::Positive, ScreeningDecision::CrisisPathway)
        }
        Some(_) => (ReasonStatus::Met, ScreeningDecision::Eligible),
    };
    reasons.push(ScreeningReason {
        criterion: Criterion::Phq9Item9,
        status,
        observed: Observed::Phq9Item9 { value: item9 },
        threshold: Some(Threshold::Phq9Item9Positive { from: 1 }),
        source: SourceKey::S35,
        leads_to,
    });
    let safety = |criterion, answer: Answer, positive: ScreeningDecision, source| {
        let (status, leads_to) = match answer {
            Answer::Yes => (ReasonStatus::Positive, positive),
            Answer::No => (ReasonStatus::Met, ScreeningDecision::Eligible),
            Answer::Unknown => (ReasonStatus::Unknown, ScreeningDecision::Incomplete),
        };
        ScreeningReason {
            criterion,
            status,
            observed: Observed::Answer { answer },
            threshold: None,
            source,
            leads_to,
        }
    };
    reasons.push(safety(
        Criterion::SuicidalIntent,
        psychiatric.suicidal_intent,
        ScreeningDecision::CrisisPathway,
        SourceKey::S38,
    ));
    reasons.push(safety(
        Criterion::RecentSuicideAttempt,
        psychiatric.recent_suicide_attempt,
        ScreeningDecision::CrisisPathway,
        SourceKey::S38,
    ));
    if rules.exclude_psychosis {
        reasons.push(safety(
            Criterion::Psychosis,
            psychiatric.psychosis,
            ScreeningDecision::NotEligible,
            SourceKey::S38,
        ));
    }
    if rules.exclude_substance_use_disorder {
        reasons.push(safety(
            Criterion::SubstanceUseDisorder,
            psychiatric.substance_use_disorder,
            ScreeningDecision::NotEligible,
            SourceKey::S38,
        ));
    }

    ScreeningOutcome {
        data: ScreeningOutcomeFields {
            schema_version: SchemaVersion::V2,
            decision: decide(&reasons),
            reasons,
            clearances: used,
            neuroplastic_evidence: NeuroplasticSummary::of(
                form.neuroplastic_evidence(),
                rules.neuroplastic_display_threshold,
            ),
            legacy_ids: crate::id::LegacyIds::default(),
        },
    }
}
