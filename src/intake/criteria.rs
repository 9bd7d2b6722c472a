//! [`ScreeningCriteria`]: the configurable eligibility rules, with the Boulder trial and general
//! clinical presets.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};

use super::{IntakeError, SchemaVersion, SourceKey};
use crate::Rating;

/// Whether a threshold value itself passes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[schemars(rename = "IntakeBoundary")]
pub enum Boundary {
    /// The threshold itself passes (`≥`).
    Inclusive,
    /// Only values beyond the threshold pass (`>`).
    Exclusive,
}

/// An age window in whole years on the assessment date, both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct AgeCriterion {
    /// The youngest eligible age.
    #[schemars(range(max = 120))]
    pub min: u8,
    /// The oldest eligible age; `None` for no upper limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 120))]
    pub max: Option<u8>,
    /// Where the window comes from.
    pub source: SourceKey,
}

/// A minimum pain duration in months.
///
/// A duration reported in weeks passes only when it certainly exceeds the months: `7 × weeks` must
/// exceed (or, inclusive, reach) `31 × months` days, the longest that many months can be. A
/// conservative design choice: 13 weeks (91 days) does not pass "more than 3 months", 14 weeks
/// (98 days) does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct DurationCriterion {
    /// The threshold, in months (at least 1).
    #[schemars(range(min = 1, max = 1440))]
    pub months: u16,
    /// Whether exactly `months` passes.
    pub boundary: Boundary,
    /// Where the threshold comes from.
    pub source: SourceKey,
}

/// A minimum share of the past 6 months' days with pain: `numerator / denominator` of
/// [`PAIN_DAYS_WINDOW`](super::PAIN_DAYS_WINDOW), compared exactly as
/// `days × denominator ≥ numerator × 183`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct PainDaysCriterion {
    /// The fraction's numerator, at most the denominator.
    #[schemars(range(min = 1, max = 100))]
    pub numerator: u8,
    /// The fraction's denominator, 1-100.
    #[schemars(range(min = 1, max = 100))]
    pub denominator: u8,
    /// Where the threshold comes from.
    pub source: SourceKey,
}

/// A minimum past-week average pain intensity (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct IntensityCriterion {
    /// The lowest eligible average, 0-10.
    pub min: Rating,
    /// Where the threshold comes from.
    pub source: SourceKey,
}

/// A condition an intake asks about because it can exclude someone from a program.
///
/// The Boulder trial's own exclusion list could not be read (clinical reference §1.2, UNVERIFIED);
/// these are the conditions the reference lists from the group's telehealth study (`[S7]`), the
/// BACPAC criteria (`[S32]`) and typical mind-body trials (`[S38]`). Which of them exclude is
/// configured by [`ExclusionCriterion`] values in the criteria.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(rename = "IntakeCondition")]
pub enum Condition {
    /// Recent spinal fracture (`[S7]`; BACPAC: in the last 6 months `[S32]`).
    RecentSpinalFracture,
    /// Spinal tumour (`[S7]` `[S32]`).
    SpinalTumour,
    /// Rheumatoid arthritis (`[S7]` `[S32]`).
    RheumatoidArthritis,
    /// Polymyalgia rheumatica (`[S7]` `[S32]`).
    PolymyalgiaRheumatica,
    /// Scleroderma (`[S7]`).
    Scleroderma,
    /// Lupus (`[S7]` `[S32]`).
    Lupus,
    /// Polymyositis (`[S7]`).
    Polymyositis,
    /// Ankylosing spondylitis (`[S32]`).
    AnkylosingSpondylitis,
    /// Psoriatic arthritis (`[S32]`).
    PsoriaticArthritis,
    /// Discitis or vertebral osteomyelitis (`[S32]`).
    DiscitisOrOsteomyelitis,
    /// Radiculopathy with motor deficit, strength below 4/5 (`[S32]`).
    RadiculopathyWithMotorDeficit,
    /// Osteoporosis needing more than vitamin D and calcium (`[S32]`).
    OsteoporosisNeedingTreatment,
    /// Bone-related or metastatic cancer, or cancer treatment in the past 24 months (`[S32]`).
    CancerOrRecentCancerTreatment,
    /// Bipolar mania (`[S38]`).
    BipolarMania,
    /// Dementia (`[S38]`).
    Dementia,
}

impl Condition {
    /// Every condition.
    pub const ALL: [Condition; 15] = [
        Condition::RecentSpinalFracture,
        Condition::SpinalTumour,
        Condition::RheumatoidArthritis,
        Condition::PolymyalgiaRheumatica,
        Condition::Scleroderma,
        Condition::Lupus,
        Condition::Polymyositis,
        Condition::AnkylosingSpondylitis,
        Condition::PsoriaticArthritis,
        Condition::DiscitisOrOsteomyelitis,
        Condition::RadiculopathyWithMotorDeficit,
        Condition::OsteoporosisNeedingTreatment,
        Condition::CancerOrRecentCancerTreatment,
        Condition::BipolarMania,
        Condition::Dementia,
    ];
}

/// One configurable exclusion rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ExclusionCriterion {
    /// A "yes" about `condition` excludes; "unknown" makes the screening incomplete.
    Condition {
        /// The condition.
        condition: Condition,
        /// Where the rule comes from.
        source: SourceKey,
    },
    /// Back surgery within `months` before the assessment excludes; an unknown surgery history
    /// makes the screening incomplete.
    BackSurgeryWithin {
        /// The window in months, 1-1440.
        #[schemars(range(min = 1, max = 1440))]
        months: u16,
        /// Where the rule comes from.
        source: SourceKey,
    },
}

/// The criteria as plain data: fill or edit these, then validate with [`ScreeningCriteria::new`].
///
/// Every criterion is optional: `None` (or an empty list) means "not screened for".
///
/// Read from JSON, criteria also meet rules across fields that their schema does not state: an
/// age window's minimum is at most its maximum; a pain-days fraction's numerator is at most its
/// denominator.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct ScreeningCriteriaFields {
    /// The document's layout version, 1.
    #[serde(deserialize_with = "crate::version::current::<ScreeningCriteria, _>")]
    #[schemars(with = "super::version::IntakeSchemaVersion")]
    pub schema_version: SchemaVersion,
    /// The age window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeCriterion>,
    /// The minimum pain duration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<DurationCriterion>,
    /// The minimum share of days with pain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_days: Option<PainDaysCriterion>,
    /// The minimum past-week average intensity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub average_intensity: Option<IntensityCriterion>,
    /// Exclusion rules.
    #[serde(default)]
    pub exclusions: Vec<ExclusionCriterion>,
    /// Whether psychosis excludes (`[S38]`); "unknown" then makes the screening incomplete.
    pub exclude_psychosis: bool,
    /// Whether a moderate-severe substance use disorder excludes (`[S38]`).
    pub exclude_substance_use_disorder: bool,
    /// A count of supporting neuroplastic evidence items to show as a display threshold, 1-13.
    /// Display only, never a gate: the one published value, 2 (`[S18]`), is not validated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 13))]
    pub neuroplastic_display_threshold: Option<u8>,
}

/// The old name of [`ScreeningCriteriaFields`].
#[deprecated(since = "0.1.0", note = "renamed to `ScreeningCriteriaFields`")]
pub type ScreeningCriteriaData = ScreeningCriteriaFields;

/// Validated screening criteria: the root document that configures [`screen`](super::screen).
///
/// Two presets are provided, and any criteria can be built from [`ScreeningCriteriaFields`].
///
/// ```
/// use pain_reprocessing::intake::{Boundary, ScreeningCriteria};
///
/// let boulder = ScreeningCriteria::boulder_trial();
/// let age = boulder.data().age.unwrap();
/// assert_eq!((age.min, age.max), (21, Some(70)));
/// assert_eq!(boulder.data().duration.unwrap().boundary, Boundary::Exclusive);
///
/// // Start from a preset, change one rule, validate again.
/// let mut data = boulder.into_data();
/// data.neuroplastic_display_threshold = Some(2);
/// let criteria = ScreeningCriteria::new(data)?;
/// assert_eq!(criteria.data().neuroplastic_display_threshold, Some(2));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "ScreeningCriteriaFields", into = "ScreeningCriteriaFields")]
pub struct ScreeningCriteria {
    data: ScreeningCriteriaFields,
}

impl ScreeningCriteria {
    /// Validates `data` into criteria.
    ///
    /// # Errors
    ///
    /// [`IntakeError::CriteriaInvalid`] naming the field when an age is above 120 or the window
    /// is inverted, a duration is 0 months, a pain-days fraction is not between 1/100 and 1, or the
    /// display threshold is outside 1-13.
    pub fn new(data: ScreeningCriteriaFields) -> Result<ScreeningCriteria, IntakeError> {
        let invalid = |field: &'static str, allowed: &'static str| {
            Err(IntakeError::CriteriaInvalid { field, allowed })
        };
        if let Some(age) = data.age {
            if age.min > super::MAX_AGE_YEARS || age.max.is_some_and(|m| m > super::MAX_AGE_YEARS) {
                return invalid("age", "ages 0-120");
            }
            if age.max.is_some_and(|max| max < age.min) {
                return invalid("age", "min at most max");
            }
        }
        if let Some(duration) = data.duration
            && !(1..=super::MAX_DURATION_MONTHS).contains(&duration.months)
        {
            return invalid("duration.months", "1-1440 months");
        }
        if let Some(days) = data.pain_days
            && (days.numerator == 0
                || days.denominator == 0
                || days.denominator > 100
                || days.numerator > days.denominator)
        {
            return invalid("pain_days", "a fraction between 1/100 and 1");
        }
        for exclusion in &data.exclusions {
            if let ExclusionCriterion::BackSurgeryWithin { months, .. } = exclusion
                && !(1..=super::MAX_DURATION_MONTHS).contains(months)
            {
                return invalid("exclusions.months", "1-1440 months");
            }
        }
        if data
            .neuroplastic_display_threshold
            .is_some_and(|t| !(1..=13).contains(&t))
        {
            return invalid("neuroplastic_display_threshold", "1-13 items");
        }
        Ok(ScreeningCriteria { data })
    }

    /// The Boulder Back Pain Study criteria (clinical reference §1.2, registry text `[S3]`):
    ///
    /// - age 21-70, both inclusive;
    /// - back pain an ongoing problem for **more than** 3 months: exactly 3 months does not pass
    ///   ([`Boundary::Exclusive`], the registry's ">3 months");
    /// - pain on at least half the days of the past 6 months (1/2 of 183 days: 92 or more);
    /// - past-week average pain at least 4/10 (the registry's ≥40/100 on the BPI-SF).
    ///
    /// The trial's exclusion list is UNVERIFIED, so the preset uses the list the reference gives
    /// for the group's telehealth study (`[S7]`): back surgery in the past 24 months, recent spinal
    /// fracture or tumour, rheumatoid arthritis, polymyalgia rheumatica, scleroderma, lupus,
    /// polymyositis; plus psychosis and substance use disorder (`[S38]`). The trial's fMRI and
    /// e-mail requirements are not clinical criteria and are left out. No neuroplastic display
    /// threshold.
    pub fn boulder_trial() -> ScreeningCriteria {
        let s7 = |condition| ExclusionCriterion::Condition {
            condition,
            source: SourceKey::S7,
        };
        ScreeningCriteria {
            data: ScreeningCriteriaFields {
                schema_version: SchemaVersion::CURRENT,
                age: Some(AgeCriterion {
                    min: 21,
                    max: Some(70),
                    source: SourceKey::S3,
                }),
                duration: Some(DurationCriterion {
                    months: 3,
                    boundary: Boundary::Exclusive,
                    source: SourceKey::S3,
                }),
                pain_days: Some(PainDaysCriterion {
                    numerator: 1,
                    denominator: 2,
                    source: SourceKey::S3,
                }),
                average_intensity: Some(IntensityCriterion {
                    min: Rating::new(4).unwrap_or(Rating::MAX),
                    source: SourceKey::S3,
                }),
                exclusions: vec![
                    ExclusionCriterion::BackSurgeryWithin {
                        months: 24,
                        source: SourceKey::S7,
                    },
                    s7(Condition::RecentSpinalFracture),
                    s7(Condition::SpinalTumour),
                    s7(Condition::RheumatoidArthritis),
                    s7(Condition::PolymyalgiaRheumatica),
                    s7(Condition::Scleroderma),
                    s7(Condition::Lupus),
                    s7(Condition::Polymyositis),
                ],
                exclude_psychosis: true,
                exclude_substance_use_disorder: true,
                neuroplastic_display_threshold: None,
            },
        }
    }

    /// A general clinical preset for adults with chronic pain outside a trial. Design choices,
    /// documented because the reference gives no clinical preset:
    ///
    /// - adults only: age 18 or older, no upper limit (a design choice);
    /// - chronic pain: more than 3 months (the NIH definition the registry cites, `[S3]`);
    /// - no pain-days share and no intensity floor: people with milder or episodic chronic pain
    ///   can still be helped;
    /// - exclusions: conditions that point to a structural or inflammatory cause (BACPAC,
    ///   `[S32]`): recent spinal fracture, spinal tumour, discitis or osteomyelitis, ankylosing
    ///   spondylitis, rheumatoid arthritis, polymyalgia rheumatica, psoriatic arthritis, lupus,
    ///   radiculopathy with motor deficit, bone or metastatic cancer; plus psychosis and substance
    ///   use disorder (`[S38]`);
    /// - no neuroplastic display threshold.
    pub fn general_clinical() -> ScreeningCriteria {
        let s32 = |condition| ExclusionCriterion::Condition {
            condition,
            source: SourceKey::S32,
        };
        ScreeningCriteria {
            data: ScreeningCriteriaFields {
                schema_version: SchemaVersion::CURRENT,
                age: Some(AgeCriterion {
                    min: 18,
                    max: None,
                    source: SourceKey::DesignChoice,
                }),
                duration: Some(DurationCriterion {
                    months: 3,
                    boundary: Boundary::Exclusive,
                    source: SourceKey::S3,
                }),
                pain_days: None,
                average_intensity: None,
                exclusions: vec![
                    s32(Condition::RecentSpinalFracture),
                    s32(Condition::SpinalTumour),
                    s32(Condition::DiscitisOrOsteomyelitis),
                    s32(Condition::AnkylosingSpondylitis),
                    s32(Condition::RheumatoidArthritis),
                    s32(Condition::PolymyalgiaRheumatica),
                    s32(Condition::PsoriaticArthritis),
                    s32(Condition::Lupus),
                    s32(Condition::RadiculopathyWithMotorDeficit),
                    s32(Condition::CancerOrRecentCancerTreatment),
                ],
                exclude_psychosis: true,
                exclude_substance_use_disorder: true,
                neuroplastic_display_threshold: None,
            },
        }
    }

    /// The criteria's fields.
    pub fn data(&self) -> &ScreeningCriteriaFields {
        &self.data
    }

    /// The criteria's fields, by value (to edit and validate again).
    pub fn into_data(self) -> ScreeningCriteriaFields {
        self.data
    }
}

impl TryFrom<ScreeningCriteriaFields> for ScreeningCriteria {
    type Error = IntakeError;

    fn try_from(data: ScreeningCriteriaFields) -> Result<ScreeningCriteria, IntakeError> {
        ScreeningCriteria::new(data)
    }
}

impl From<ScreeningCriteria> for ScreeningCriteriaFields {
    fn from(criteria: ScreeningCriteria) -> ScreeningCriteriaFields {
        criteria.data
    }
}

impl JsonSchema for ScreeningCriteria {
    fn schema_name() -> Cow<'static, str> {
        "ScreeningCriteria".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::ScreeningCriteria").into()
    }

    /// The schema of [`ScreeningCriteriaFields`]; the relations `min ≤ max` and
    /// `numerator ≤ denominator` are checked by [`ScreeningCriteria::new`] only.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        ScreeningCriteriaFields::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_are_valid() {
        for preset in [
            ScreeningCriteria::boulder_trial(),
            ScreeningCriteria::general_clinical(),
        ] {
            assert_eq!(
                ScreeningCriteria::new(preset.data().clone()).unwrap(),
                preset
            );
            let json = serde_json::to_string(&preset).unwrap();
            assert_eq!(
                serde_json::from_str::<ScreeningCriteria>(&json).unwrap(),
                preset
            );
        }
        let boulder = ScreeningCriteria::boulder_trial();
        assert_eq!(boulder.data().average_intensity.unwrap().min.value(), 4);
        assert_eq!(boulder.data().pain_days.unwrap().numerator, 1);
        assert_eq!(boulder.data().pain_days.unwrap().denominator, 2);
        assert_eq!(boulder.data().exclusions.len(), 8);
    }

    #[test]
    fn invalid_criteria_are_rejected_naming_the_field() {
        let base = ScreeningCriteria::boulder_trial().into_data();
        let check = |edit: &dyn Fn(&mut ScreeningCriteriaFields), field: &str| {
            let mut data = base.clone();
            edit(&mut data);
            match ScreeningCriteria::new(data) {
                Err(IntakeError::CriteriaInvalid { field: f, .. }) => assert_eq!(f, field),
                other => panic!("{field}: {other:?}"),
            }
        };
        check(&|d| d.age.as_mut().unwrap().max = Some(20), "age");
        check(&|d| d.age.as_mut().unwrap().min = 121, "age");
        check(
            &|d| d.duration.as_mut().unwrap().months = 0,
            "duration.months",
        );
        check(
            &|d| d.pain_days.as_mut().unwrap().numerator = 3,
            "pain_days",
        );
        check(
            &|d| d.pain_days.as_mut().unwrap().denominator = 0,
            "pain_days",
        );
        check(
            &|d| d.neuroplastic_display_threshold = Some(14),
            "neuroplastic_display_threshold",
        );
        check(
            &|d| {
                d.exclusions = vec![ExclusionCriterion::BackSurgeryWithin {
                    months: 0,
                    source: SourceKey::S7,
                }]
            },
            "exclusions.months",
        );
        let json = serde_json::to_value(ScreeningCriteria::boulder_trial()).unwrap();
        let mut bad = json.clone();
        bad["age"]["max"] = serde_json::json!(10);
        assert!(serde_json::from_value::<ScreeningCriteria>(bad).is_err());
    }
}
