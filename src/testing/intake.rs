//! Strategies for the `intake` types.

use proptest::prelude::*;

use super::*;

use std::collections::BTreeMap;

use chrono::{Days, Months, NaiveDate};

use crate::intake::{
    Age, AgeCriterion, Answer, BackSurgery, BodyRegion, Boundary, ChecklistAnswer, Condition,
    DurationCriterion, ExclusionCriterion, ImagingFinding, ImagingModality, IntakeForm,
    IntakeFormFields, IntensityCriterion, NeuroplasticItem, Onset, OnsetCircumstances, OnsetDate,
    PainDaysCriterion, PainDuration, PainHistory, PainLocation, Phq9Item9, PriorTreatment,
    PsychiatricSafety, RedFlag, RedFlagClearance, ScreeningCriteria, ScreeningCriteriaFields,
    ScreeningDecision, ScreeningOutcome, Side, SourceKey, TreatmentKind, Urgency,
    screen_with_clearances,
};

/// Any yes / no / unknown [`Answer`], mostly "no" as in a real clinic.
pub fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![28 => Just(Answer::No), 1 => Just(Answer::Yes), 1 => Just(Answer::Unknown)]
}

/// Any [`PainLocation`].
pub fn pain_location() -> impl Strategy<Value = PainLocation> {
    (
        proptest::sample::select(BodyRegion::ALL.to_vec()),
        proptest::sample::select(Side::ALL.to_vec()),
    )
        .prop_map(|(region, side)| PainLocation::new(region, side))
}

/// Any [`Phq9Item9`] answer, mostly 0.
pub fn phq9_item9() -> impl Strategy<Value = Phq9Item9> {
    prop_oneof![6 => Just(0_u8), 1 => 1_u8..=3]
        .prop_filter_map("in range", |v| Phq9Item9::new(v).ok())
}

/// Any [`PsychiatricSafety`] answers, missing ones included.
pub fn psychiatric_safety() -> impl Strategy<Value = PsychiatricSafety> {
    (
        prop_oneof![10 => phq9_item9().prop_map(Some), 1 => Just(None)],
        answer(),
        answer(),
        answer(),
        answer(),
    )
        .prop_map(
            |(phq9_item9, intent, attempt, psychosis, sud)| PsychiatricSafety {
                phq9_item9,
                suicidal_intent: intent,
                recent_suicide_attempt: attempt,
                psychosis,
                substance_use_disorder: sud,
            },
        )
}

fn red_flag_answers() -> impl Strategy<Value = BTreeMap<RedFlag, Answer>> {
    let asked: Vec<RedFlag> = RedFlag::ALL
        .into_iter()
        .filter(|flag| !flag.is_derived())
        .collect();
    let count = asked.len();
    (
        proptest::collection::vec(answer(), count),
        proptest::collection::vec(prop_oneof![19 => Just(true), 1 => Just(false)], count),
    )
        .prop_map(move |(answers, kept)| {
            asked
                .iter()
                .zip(answers)
                .zip(kept)
                .filter(|(_, keep)| *keep)
                .map(|((flag, answer), _)| (*flag, answer))
                .collect()
        })
}

fn condition_answers() -> impl Strategy<Value = BTreeMap<Condition, Answer>> {
    proptest::collection::vec(answer(), Condition::ALL.len())
        .prop_map(|answers| Condition::ALL.into_iter().zip(answers).collect())
}

fn checklist() -> impl Strategy<Value = BTreeMap<NeuroplasticItem, ChecklistAnswer>> {
    proptest::collection::btree_map(
        proptest::sample::select(NeuroplasticItem::ALL.to_vec()),
        prop_oneof![
            Just(ChecklistAnswer::Yes),
            Just(ChecklistAnswer::No),
            Just(ChecklistAnswer::Unsure)
        ],
        0..=13,
    )
}

fn prior_treatment() -> impl Strategy<Value = PriorTreatment> {
    (
        proptest::sample::select(vec![
            TreatmentKind::Physiotherapy,
            TreatmentKind::Medication,
            TreatmentKind::Opioids,
            TreatmentKind::Injection,
            TreatmentKind::Surgery,
            TreatmentKind::Manipulation,
            TreatmentKind::Massage,
            TreatmentKind::Acupuncture,
            TreatmentKind::Psychological,
            TreatmentKind::Other,
        ]),
        proptest::option::of(note()),
    )
        .prop_map(|(kind, note)| PriorTreatment { kind, note })
}

fn imaging_finding() -> impl Strategy<Value = ImagingFinding> {
    (
        proptest::sample::select(vec![
            ImagingModality::XRay,
            ImagingModality::Mri,
            ImagingModality::Ct,
            ImagingModality::Other,
        ]),
        note(),
    )
        .prop_map(|(modality, finding)| ImagingFinding { modality, finding })
}

/// The raw shape of a generated pain story, made consistent in [`intake_form`].
#[derive(Debug, Clone)]
struct Story {
    assessment_offset: u64,
    years: u8,
    birthday_offset: u32,
    by_birth_date: bool,
    in_weeks: bool,
    duration_share: u32,
    precision: u8,
    days_share: u32,
    surgery: u8,
    surgery_share: u32,
}

fn story() -> impl Strategy<Value = Story> {
    (
        (
            0_u64..=12_000,
            prop_oneof![1 => 1_u8..=20, 3 => 20_u8..=50, 1 => 18_u8..=75, 1 => 1_u8..=120],
            0_u32..365,
        ),
        (any::<bool>(), any::<bool>(), 1_u32..=1000, 0_u8..3),
        (0_u32..=1000, 0_u8..3, 0_u32..=1000),
    )
        .prop_map(
            |(
                (assessment_offset, years, birthday_offset),
                (by_birth_date, in_weeks, duration_share, precision),
                (days_share, surgery, surgery_share),
            )| Story {
                assessment_offset,
                years,
                birthday_offset,
                by_birth_date,
                in_weeks,
                duration_share,
                precision,
                days_share,
                surgery,
                surgery_share,
            },
        )
}

/// Builds consistent form data from a story: the duration never exceeds the age, the onset is the
/// start the duration implies (at the story's precision), pain days fit the duration.
fn story_data(story: &Story) -> Option<IntakeFormFields> {
    let assessment = NaiveDate::from_ymd_opt(2000, 1, 1)?
        .checked_add_days(Days::new(story.assessment_offset))?;
    let years = u32::from(story.years);
    let age = if story.by_birth_date {
        let birth = assessment
            .checked_sub_months(Months::new(12 * years))?
            .checked_sub_days(Days::new(u64::from(story.birthday_offset)))?;
        // Stay inside the age: a birthday offset never adds a year.
        if assessment.years_since(birth)? != years {
            return None;
        }
        Age::DateOfBirth { date: birth }
    } else {
        Age::Years { years: story.years }
    };
    let (duration, start, lived_days) = if story.in_weeks {
        let max = (52 * years).min(6261);
        let value = (1 + story.duration_share * max / 1000).clamp(1, max);
        let start = assessment.checked_sub_days(Days::new(7 * u64::from(value)))?;
        (
            PainDuration::Weeks {
                value: u16::try_from(value).ok()?,
            },
            start,
            7 * value,
        )
    } else {
        let max = (12 * years).min(1440);
        let value = (1 + story.duration_share * max / 1000).clamp(1, max);
        let start = assessment.checked_sub_months(Months::new(value))?;
        (
            PainDuration::Months {
                value: u16::try_from(value).ok()?,
            },
            start,
            28 * value,
        )
    };
    use chrono::Datelike;
    let date = match story.precision {
        0 => OnsetDate::Exact { date: start },
        _ if start.year() < 1900 => OnsetDate::Exact { date: start },
        1 => OnsetDate::Month {
            year: start.year(),
            month: u8::try_from(start.month()).ok()?,
        },
        _ => OnsetDate::Year { year: start.year() },
    };
    let max_days = lived_days.min(183);
    let days = u8::try_from(story.days_share * max_days / 1000).ok()?;
    let back_surgery = match story.surgery {
        0 => BackSurgery::NoSurgery,
        1 => BackSurgery::Unknown,
        _ => BackSurgery::Surgery {
            most_recent: assessment.checked_sub_days(Days::new(u64::from(
                story.surgery_share * 365 * years / 1000,
            )))?,
        },
    };
    Some(IntakeFormFields {
        schema_version: crate::intake::SchemaVersion::CURRENT,
        assessment_date: assessment,
        age,
        pain: PainHistory {
            locations: vec![],
            duration,
            days_with_pain_past_6_months: days,
            onset: Onset {
                date,
                circumstances: OnsetCircumstances::Unknown,
            },
            current_intensity: crate::Rating::MIN,
            average_intensity_past_week: crate::Rating::MIN,
            prior_treatments: vec![],
            imaging: vec![],
            back_surgery,
        },
        red_flags: BTreeMap::new(),
        conditions: BTreeMap::new(),
        psychiatric: PsychiatricSafety::default(),
        neuroplastic_evidence: BTreeMap::new(),
    })
}

/// Any valid [`IntakeForm`]: ages 1-120, consistent dates and durations, every answer kind
/// (yes, no, unknown, missing) for red flags, conditions and psychiatric safety.
pub fn intake_form() -> impl Strategy<Value = IntakeForm> {
    (
        story(),
        proptest::collection::btree_set(pain_location(), 1..4),
        (rating(), rating()),
        prop_oneof![
            Just(OnsetCircumstances::Injury),
            Just(OnsetCircumstances::NoInjury),
            Just(OnsetCircumstances::StressfulPeriod),
            Just(OnsetCircumstances::Unknown),
        ],
        (
            proptest::collection::vec(prior_treatment(), 0..3),
            proptest::collection::vec(imaging_finding(), 0..2),
        ),
        (
            red_flag_answers(),
            condition_answers(),
            psychiatric_safety(),
            checklist(),
            prop_oneof![2 => Just(false), 1 => Just(true)],
        ),
    )
        .prop_filter_map(
            "consistent story",
            |(
                story,
                locations,
                (current, average),
                circumstances,
                (prior_treatments, imaging),
                (red_flags, conditions, psychiatric, evidence, all_clear),
            )| {
                let mut data = story_data(&story)?;
                data.pain.locations = locations.into_iter().collect();
                data.pain.current_intensity = current;
                data.pain.average_intensity_past_week = average;
                data.pain.onset.circumstances = circumstances;
                data.pain.prior_treatments = prior_treatments;
                data.pain.imaging = imaging;
                data.red_flags = red_flags;
                data.conditions = conditions;
                data.psychiatric = psychiatric;
                data.neuroplastic_evidence = evidence;
                if all_clear {
                    // A third of forms answer every safety question "no", so eligible outcomes
                    // are common enough for properties about them to bite.
                    data.red_flags = RedFlag::ALL
                        .into_iter()
                        .filter(|flag| !flag.is_derived())
                        .map(|flag| (flag, Answer::No))
                        .collect();
                    data.conditions = Condition::ALL
                        .into_iter()
                        .map(|c| (c, Answer::No))
                        .collect();
                    data.psychiatric = PsychiatricSafety::all_clear();
                }
                IntakeForm::new(data).ok()
            },
        )
}

fn source_key() -> impl Strategy<Value = SourceKey> {
    proptest::sample::select(vec![
        SourceKey::S3,
        SourceKey::S7,
        SourceKey::S18,
        SourceKey::S30,
        SourceKey::S31,
        SourceKey::S32,
        SourceKey::S35,
        SourceKey::S38,
        SourceKey::DesignChoice,
    ])
}

fn exclusion_criterion() -> impl Strategy<Value = ExclusionCriterion> {
    prop_oneof![
        (
            proptest::sample::select(Condition::ALL.to_vec()),
            source_key()
        )
            .prop_map(|(condition, source)| ExclusionCriterion::Condition { condition, source }),
        (1_u16..=120, source_key())
            .prop_map(|(months, source)| ExclusionCriterion::BackSurgeryWithin { months, source }),
    ]
}

/// Any valid [`ScreeningCriteria`]: the presets, or any configuration.
pub fn screening_criteria() -> impl Strategy<Value = ScreeningCriteria> {
    let custom = (
        proptest::option::of((0_u8..=120, proptest::option::of(0_u8..=120), source_key())),
        proptest::option::of((
            1_u16..=36,
            prop_oneof![Just(Boundary::Inclusive), Just(Boundary::Exclusive)],
            source_key(),
        )),
        proptest::option::of((1_u8..=100, 1_u8..=100, source_key())),
        proptest::option::of((rating(), source_key())),
        proptest::collection::vec(exclusion_criterion(), 0..5),
        (
            any::<bool>(),
            any::<bool>(),
            proptest::option::of(1_u8..=13),
        ),
    )
        .prop_filter_map(
            "valid criteria",
            |(age, duration, days, intensity, exclusions, (psychosis, sud, display))| {
                let data = ScreeningCriteriaFields {
                    schema_version: crate::intake::SchemaVersion::CURRENT,
                    age: age.map(|(a, b, source)| AgeCriterion {
                        min: a.min(b.unwrap_or(a)),
                        max: b.map(|b| a.max(b)),
                        source,
                    }),
                    duration: duration.map(|(months, boundary, source)| DurationCriterion {
                        months,
                        boundary,
                        source,
                    }),
                    pain_days: days.map(|(a, b, source)| PainDaysCriterion {
                        numerator: a.min(b),
                        denominator: a.max(b),
                        source,
                    }),
                    average_intensity: intensity
                        .map(|(min, source)| IntensityCriterion { min, source }),
                    exclusions,
                    exclude_psychosis: psychosis,
                    exclude_substance_use_disorder: sud,
                    neuroplastic_display_threshold: display,
                };
                ScreeningCriteria::new(data).ok()
            },
        );
    prop_oneof![
        1 => Just(ScreeningCriteria::boulder_trial()),
        1 => Just(ScreeningCriteria::general_clinical()),
        2 => custom,
    ]
}

/// Any [`RedFlagClearance`].
pub fn red_flag_clearance() -> impl Strategy<Value = RedFlagClearance> {
    (
        proptest::sample::select(RedFlag::ALL.to_vec()),
        clinician_id(),
        instant(),
        note(),
    )
        .prop_map(|(flag, clinician, at, note)| RedFlagClearance::new(flag, clinician, at, note))
}

/// Any [`ScreeningOutcome`]: a generated form screened against generated criteria and clearances.
pub fn screening_outcome() -> impl Strategy<Value = ScreeningOutcome> {
    (
        intake_form(),
        screening_criteria(),
        proptest::collection::vec(red_flag_clearance(), 0..3),
    )
        .prop_map(|(form, criteria, clearances)| {
            screen_with_clearances(&form, &criteria, &clearances)
        })
}

/// A realistic intake that the Boulder criteria find eligible: 38 years old, 30 months of low back
/// pain on 150 of the last 183 days, past-week average 6 of 10, every red flag and psychiatric safety
/// question answered no.
pub fn eligible_intake() -> IntakeFormFields {
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    let rating = |v| Rating::new(v).unwrap_or(Rating::MIN);
    IntakeFormFields {
        schema_version: crate::intake::SchemaVersion::CURRENT,
        assessment_date: date(2026, 3, 2),
        age: Age::DateOfBirth {
            date: date(1987, 9, 14),
        },
        pain: PainHistory {
            locations: vec![PainLocation::new(BodyRegion::LowerBack, Side::Midline)],
            duration: PainDuration::Months { value: 30 },
            days_with_pain_past_6_months: 150,
            onset: Onset {
                date: OnsetDate::Month {
                    year: 2023,
                    month: 9,
                },
                circumstances: OnsetCircumstances::StressfulPeriod,
            },
            current_intensity: rating(5),
            average_intensity_past_week: rating(6),
            prior_treatments: vec![],
            imaging: vec![],
            back_surgery: BackSurgery::NoSurgery,
        },
        red_flags: RedFlag::ALL
            .into_iter()
            .filter(|flag| !flag.is_derived())
            .map(|flag| (flag, Answer::No))
            .collect(),
        conditions: Condition::ALL
            .into_iter()
            .map(|c| (c, Answer::No))
            .collect(),
        psychiatric: PsychiatricSafety::all_clear(),
        neuroplastic_evidence: BTreeMap::new(),
    }
}

/// The outcome of screening a realistic intake, changed just enough to reach `decision` under the
/// Boulder criteria; `None` for a decision this fixture cannot produce. For testing how an app
/// handles each decision (a crisis, an emergency referral) without writing an intake by hand.
///
/// ```
/// use pain_reprocessing::intake::{ScreeningDecision, Urgency};
/// use pain_reprocessing::testing::screening_outcome_for;
///
/// let crisis = screening_outcome_for(&ScreeningDecision::CrisisPathway).unwrap();
/// assert_eq!(crisis.decision(), &ScreeningDecision::CrisisPathway);
/// let emergency = ScreeningDecision::ReferForMedicalEvaluation { urgency: Urgency::Emergency };
/// assert_eq!(screening_outcome_for(&emergency).unwrap().decision(), &emergency);
/// ```
pub fn screening_outcome_for(decision: &ScreeningDecision) -> Option<ScreeningOutcome> {
    let mut data = eligible_intake();
    match decision {
        ScreeningDecision::Eligible => {}
        ScreeningDecision::ReferForMedicalEvaluation { urgency } => {
            let flag = match urgency {
                Urgency::Emergency => RedFlag::SaddleAnaesthesia,
                Urgency::Urgent => RedFlag::MajorTrauma,
                Urgency::Routine => RedFlag::ThoracicPain,
            };
            data.red_flags.insert(flag, Answer::Yes);
        }
        ScreeningDecision::CrisisPathway => {
            data.psychiatric.phq9_item9 = Phq9Item9::new(1).ok();
        }
        ScreeningDecision::NotEligible => {
            data.pain.average_intensity_past_week = Rating::new(3).ok()?;
        }
        ScreeningDecision::Incomplete => data.psychiatric.phq9_item9 = None,
    }
    let form = IntakeForm::new(data).ok()?;
    let outcome = crate::intake::screen(&form, &ScreeningCriteria::boulder_trial());
    (outcome.decision() == decision).then_some(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fixture_reaches_every_decision() {
        let decisions = [
            ScreeningDecision::Eligible,
            ScreeningDecision::CrisisPathway,
            ScreeningDecision::NotEligible,
            ScreeningDecision::Incomplete,
            ScreeningDecision::ReferForMedicalEvaluation {
                urgency: Urgency::Routine,
            },
            ScreeningDecision::ReferForMedicalEvaluation {
                urgency: Urgency::Urgent,
            },
            ScreeningDecision::ReferForMedicalEvaluation {
                urgency: Urgency::Emergency,
            },
        ];
        for decision in decisions {
            let outcome = screening_outcome_for(&decision);
            assert_eq!(outcome.map(|o| *o.decision()), Some(decision));
        }
    }
}
