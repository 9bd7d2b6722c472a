//! The five PRT components, the modality families, the built-in technique catalog and app-defined
//! exercises.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::ExercisesError;
use crate::id::{ID_PATTERN, ID_RULES, MAX_ID_CHARS};
use crate::text::{self, TextRules};

/// The five named components of Pain Reprocessing Therapy (clinical reference §1.4 `[S8]` `[S9]`).
///
/// ```
/// use pain_reprocessing::exercises::PrtComponent;
///
/// assert_eq!(PrtComponent::ALL.len(), 5);
/// assert_eq!(serde_json::to_string(&PrtComponent::SomaticTracking)?, "\"somatic_tracking\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[schemars(description = "The five named components of Pain Reprocessing Therapy.")]
#[serde(rename_all = "snake_case")]
pub enum PrtComponent {
    /// Learning that pain is produced by the brain and can be unlearned (pain reattribution).
    PainEducation,
    /// Collecting and reinforcing the person's own evidence that their pain is brain-generated and
    /// reversible.
    PersonalEvidence,
    /// Attending to sensations and appraising them through a lens of safety (somatic tracking).
    SomaticTracking,
    /// Working on other emotional threats: stress, fear, pressure, self-criticism, difficult emotions.
    EmotionalThreats,
    /// Turning towards positive feelings and sensations.
    PositiveSensations,
}

impl PrtComponent {
    /// All five components, in the order of the clinical reference.
    pub const ALL: [PrtComponent; 5] = [
        PrtComponent::PainEducation,
        PrtComponent::PersonalEvidence,
        PrtComponent::SomaticTracking,
        PrtComponent::EmotionalThreats,
        PrtComponent::PositiveSensations,
    ];
}

/// The broad family of approach a technique belongs to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ModalityFamily {
    /// Working with thoughts, beliefs and appraisals.
    Cognitive,
    /// Present-moment, non-judgemental attention.
    Mindfulness,
    /// Working through the body: sensations, movement, relaxation.
    Somatic,
    /// Noticing, expressing and soothing emotions.
    Emotional,
    /// Learning about how pain works.
    Educational,
}

/// The most minutes an exercise may be planned or described as taking.
pub const MAX_EXERCISE_MINUTES: u16 = 240;

/// The built-in catalog of PRT techniques.
///
/// Each technique knows its [`components`](ExerciseKind::components), its
/// [`family`](ExerciseKind::family), a [`typical_minutes`](ExerciseKind::typical_minutes) and a
/// [`description`](ExerciseKind::description). The component mapping follows the component
/// definitions of clinical reference §1.4 `[S8]` `[S9]` and the somatic-tracking description
/// `[S12]`; the families are the crate's grouping.
///
/// The typical durations are **planning defaults of this crate, not clinical facts**: the clinical
/// reference gives no per-technique durations (only that sessions last about an hour, itself
/// UNVERIFIED, §1.3). Apps plan their own durations in a session plan or practice log.
///
/// ```
/// use pain_reprocessing::exercises::{ExerciseKind, ModalityFamily, PrtComponent};
///
/// let writing = ExerciseKind::ExpressiveWriting;
/// assert_eq!(writing.family(), ModalityFamily::Emotional);
/// assert!(writing.components().contains(&PrtComponent::EmotionalThreats));
/// assert_eq!(ExerciseKind::ALL.len(), 16);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[schemars(description = "A technique from the built-in PRT catalog.")]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ExerciseKind {
    /// Pain education and reattribution (component 1, clinical reference §1.4 `[S8]` `[S9]`).
    PainEducation,
    /// Gathering and reinforcing personal evidence (component 2, §1.4 `[S8]` `[S9]`).
    EvidenceGathering,
    /// Somatic tracking (component 3, §1.4 `[S8]` `[S12]`).
    SomaticTracking,
    /// Safety reappraisal of sensations, a part of somatic tracking (§1.4 `[S12]`).
    SafetyReappraisal,
    /// Mindfulness practice, the attention part of somatic tracking (§1.4 `[S12]`).
    MindfulnessPractice,
    /// Body scan (not named in the reference's PRT description; mapped by the crate).
    BodyScan,
    /// Guided imagery (not named in the reference's PRT description; mapped by the crate).
    GuidedImagery,
    /// Progressive muscle relaxation (not named in the reference's PRT description; mapped by the
    /// crate).
    ProgressiveMuscleRelaxation,
    /// Emotional awareness: naming and allowing emotions (component 4, §1.4 `[S8]` `[S16]`).
    EmotionalAwareness,
    /// Expressive writing (serves component 4; not named in the reference's PRT description).
    ExpressiveWriting,
    /// Addressing pressure and self-criticism (component 4, §1.4 `[S8]` `[S13]` `[S14]`).
    PressureAndSelfCriticism,
    /// Positive affect induction (component 5, §1.4 `[S8]` `[S9]`; as a named part of somatic
    /// tracking UNVERIFIED).
    PositiveAffectInduction,
    /// Graded exposure to feared movements or activities (exposure-based techniques, §1.3 `[S1]`;
    /// corrective experiences, §1.4 `[S13]` `[S14]`).
    GradedExposure,
    /// Cognitive restructuring of pain-related beliefs (cognitive techniques, §1.3 `[S1]`).
    CognitiveRestructuring,
    /// Setback and relapse planning: setbacks are expected and temporary (§1.4 `[S13]` `[S14]`).
    SetbackPlanning,
    /// Outcome independence: success is doing the practice (§1.4 `[S12]`).
    OutcomeIndependence,
}

/// One catalog row: components, family, typical minutes, description.
struct Entry {
    components: &'static [PrtComponent],
    family: ModalityFamily,
    minutes: u16,
    description: &'static str,
}

use ModalityFamily as F;
use PrtComponent as C;

impl ExerciseKind {
    /// Every catalog technique, in catalog order.
    pub const ALL: [ExerciseKind; 16] = [
        ExerciseKind::PainEducation,
        ExerciseKind::EvidenceGathering,
        ExerciseKind::SomaticTracking,
        ExerciseKind::SafetyReappraisal,
        ExerciseKind::MindfulnessPractice,
        ExerciseKind::BodyScan,
        ExerciseKind::GuidedImagery,
        ExerciseKind::ProgressiveMuscleRelaxation,
        ExerciseKind::EmotionalAwareness,
        ExerciseKind::ExpressiveWriting,
        ExerciseKind::PressureAndSelfCriticism,
        ExerciseKind::PositiveAffectInduction,
        ExerciseKind::GradedExposure,
        ExerciseKind::CognitiveRestructuring,
        ExerciseKind::SetbackPlanning,
        ExerciseKind::OutcomeIndependence,
    ];

    /// The catalog table: one row per technique, written in the crate's own words.
    const fn entry(self) -> Entry {
        match self {
            ExerciseKind::PainEducation => Entry {
                components: &[C::PainEducation],
                family: F::Educational,
                minutes: 20,
                description: "Learn how the brain can produce real pain without ongoing tissue damage, \
                              and how pain that was learned can be unlearned.",
            },
            ExerciseKind::EvidenceGathering => Entry {
                components: &[C::PersonalEvidence],
                family: F::Cognitive,
                minutes: 15,
                description: "List the signs from your own history that your pain behaves like a \
                              learned brain signal, and revisit the list as new signs appear.",
            },
            ExerciseKind::SomaticTracking => Entry {
                components: &[C::SomaticTracking],
                family: F::Somatic,
                minutes: 10,
                description: "Rest attention on a sensation with light curiosity, notice how it shifts, \
                              and remind the body that the sensation is safe.",
            },
            ExerciseKind::SafetyReappraisal => Entry {
                components: &[C::SomaticTracking],
                family: F::Cognitive,
                minutes: 5,
                description: "When a sensation appears, answer the alarm with a calm message that the \
                              body is safe and the sensation is not a sign of harm.",
            },
            ExerciseKind::MindfulnessPractice => Entry {
                components: &[C::SomaticTracking],
                family: F::Mindfulness,
                minutes: 10,
                description: "Practise noticing what is present, inside and around you, without \
                              judging or trying to change it.",
            },
            ExerciseKind::BodyScan => Entry {
                components: &[C::SomaticTracking],
                family: F::Mindfulness,
                minutes: 15,
                description: "Move attention slowly through the body region by region, noticing each \
                              area as it is, painful or not.",
            },
            ExerciseKind::GuidedImagery => Entry {
                components: &[C::PositiveSensations],
                family: F::Mindfulness,
                minutes: 10,
                description: "Follow a script or recording into a vividly imagined scene of ease, \
                              comfort or capable movement.",
            },
            ExerciseKind::ProgressiveMuscleRelaxation => Entry {
                components: &[C::PositiveSensations],
                family: F::Somatic,
                minutes: 15,
                description: "Tense and release muscle groups in turn to feel the contrast and let the \
                              body settle.",
            },
            ExerciseKind::EmotionalAwareness => Entry {
                components: &[C::EmotionalThreats],
                family: F::Emotional,
                minutes: 10,
                description: "Notice and name the emotions that come up during the day, and allow them \
                              without pushing them away.",
            },
            ExerciseKind::ExpressiveWriting => Entry {
                components: &[C::EmotionalThreats],
                family: F::Emotional,
                minutes: 20,
                description: "Write freely and privately about stressful or painful experiences and the \
                              feelings tied to them.",
            },
            ExerciseKind::PressureAndSelfCriticism => Entry {
                components: &[C::EmotionalThreats],
                family: F::Emotional,
                minutes: 10,
                description: "Catch the inner voice of pressure, perfectionism and self-criticism and \
                              answer it with kindness and permission to go gently.",
            },
            ExerciseKind::PositiveAffectInduction => Entry {
                components: &[C::PositiveSensations],
                family: F::Emotional,
                minutes: 5,
                description: "Deliberately linger on pleasant feelings and sensations, savouring them so \
                              the nervous system learns safety.",
            },
            ExerciseKind::GradedExposure => Entry {
                components: &[C::SomaticTracking, C::PersonalEvidence],
                family: F::Somatic,
                minutes: 20,
                description: "Return step by step to movements or activities that were avoided, treating \
                              each one as a chance to learn that it is safe.",
            },
            ExerciseKind::CognitiveRestructuring => Entry {
                components: &[C::PainEducation, C::PersonalEvidence],
                family: F::Cognitive,
                minutes: 15,
                description: "Examine fearful beliefs about pain and damage and replace them with \
                              accurate, evidence-based ones.",
            },
            ExerciseKind::SetbackPlanning => Entry {
                components: &[C::PainEducation, C::EmotionalThreats],
                family: F::Cognitive,
                minutes: 15,
                description: "Prepare for flare-ups as expected and temporary parts of recovery, with a \
                              plan for meeting them calmly.",
            },
            ExerciseKind::OutcomeIndependence => Entry {
                components: &[C::SomaticTracking],
                family: F::Cognitive,
                minutes: 5,
                description: "Count a practice as a success because it was done, whatever the pain did \
                              during or after it.",
            },
        }
    }

    /// The PRT components this technique serves, its main component first.
    pub const fn components(self) -> &'static [PrtComponent] {
        self.entry().components
    }

    /// The technique's modality family.
    pub const fn family(self) -> ModalityFamily {
        self.entry().family
    }

    /// A planning default for one practice, in minutes (not a clinical fact; see the type docs).
    pub const fn typical_minutes(self) -> u16 {
        self.entry().minutes
    }

    /// A one- or two-sentence description in the crate's own words.
    pub const fn description(self) -> &'static str {
        self.entry().description
    }
}

/// Defines a short validated text newtype with serde and a JSON Schema that agree.
macro_rules! short_text {
    ($(#[$meta:meta])* $name:ident, $field:literal, $rules:expr, $max:expr, $desc:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            /// The text `value`.
            ///
            /// # Errors
            ///
            /// [`ExercisesError::Text`] when `value` is empty, too long or holds a control character.
            pub fn new(value: impl Into<String>) -> Result<$name, ExercisesError> {
                let value = value.into();
                text::check(&value, &$rules)
                    .map_err(|source| ExercisesError::Text { field: $field, source })?;
                Ok($name(value))
            }

            /// The text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$name, D::Error> {
                $name::new(String::deserialize(deserializer)?).map_err(serde::de::Error::custom)
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn schema_id() -> Cow<'static, str> {
                concat!(module_path!(), "::", stringify!($name)).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "description": $desc,
                    "type": "string",
                    "minLength": 1,
                    "maxLength": $max,
                    "pattern": ID_PATTERN,
                })
            }
        }
    };
}

short_text! {
    /// An app's own identifier for a custom exercise: 1-64 characters, no control characters.
    ExerciseId, "exercise id", ID_RULES, 64, "An app's identifier for a custom exercise: 1-64 characters, no control characters."
}

/// The most characters an [`ExerciseName`] may have.
pub const MAX_NAME_CHARS: usize = 120;

const NAME_RULES: TextRules = TextRules {
    max_chars: MAX_NAME_CHARS,
    allow_line_breaks: false,
};

short_text! {
    /// The display name of a custom exercise: 1-120 characters on one line. Catalog data written
    /// by an app, not patient text.
    ExerciseName, "exercise name", NAME_RULES, 120, "A custom exercise's display name: 1-120 characters, no control characters."
}

// The schema literal above and the constants must agree.
const _: () = assert!(MAX_ID_CHARS == 64 && MAX_NAME_CHARS == 120);

/// An exercise an app defines for itself, alongside the catalog.
///
/// ```
/// use pain_reprocessing::exercises::{CustomExercise, ModalityFamily, PrtComponent};
///
/// let walk = CustomExercise::new(
///     "app.mindful-walk",
///     "Mindful walk",
///     [PrtComponent::SomaticTracking, PrtComponent::PositiveSensations],
///     ModalityFamily::Somatic,
///     20,
/// )?;
/// assert_eq!(walk.name().as_str(), "Mindful walk");
/// assert!(CustomExercise::new("x", "X", [], ModalityFamily::Somatic, 20).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(description = "An exercise an app defines alongside the catalog.")]
#[serde(try_from = "CustomExerciseData", into = "CustomExerciseData")]
pub struct CustomExercise {
    id: ExerciseId,
    name: ExerciseName,
    components: BTreeSet<PrtComponent>,
    family: ModalityFamily,
    typical_minutes: u16,
}

/// An exercise an app defines alongside the catalog.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "CustomExercise")]
struct CustomExerciseData {
    /// The app's own identifier for the exercise.
    id: ExerciseId,
    /// The display name.
    name: ExerciseName,
    /// The PRT components the exercise serves (at least one, no repeats).
    #[serde(deserialize_with = "unique_components")]
    #[schemars(length(min = 1))]
    components: BTreeSet<PrtComponent>,
    /// The modality family.
    family: ModalityFamily,
    /// A typical length of one practice, in minutes.
    #[schemars(range(min = 1, max = MAX_EXERCISE_MINUTES))]
    typical_minutes: u16,
}

impl CustomExercise {
    /// A custom exercise.
    ///
    /// # Errors
    ///
    /// [`ExercisesError::Text`] for a bad `id` or `name`, [`ExercisesError::NoComponents`] when
    /// `components` is empty, [`ExercisesError::OutOfRange`] when `typical_minutes` is outside
    /// 1-[`MAX_EXERCISE_MINUTES`].
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        components: impl IntoIterator<Item = PrtComponent>,
        family: ModalityFamily,
        typical_minutes: u16,
    ) -> Result<CustomExercise, ExercisesError> {
        CustomExercise::try_from(CustomExerciseData {
            id: ExerciseId::new(id)?,
            name: ExerciseName::new(name)?,
            components: components.into_iter().collect(),
            family,
            typical_minutes,
        })
    }

    /// The app's identifier.
    pub fn id(&self) -> &ExerciseId {
        &self.id
    }

    /// The display name.
    pub fn name(&self) -> &ExerciseName {
        &self.name
    }

    /// The PRT components served, at least one.
    pub fn components(&self) -> &BTreeSet<PrtComponent> {
        &self.components
    }

    /// The modality family.
    pub fn family(&self) -> ModalityFamily {
        self.family
    }

    /// A typical length of one practice, in minutes.
    pub fn typical_minutes(&self) -> u16 {
        self.typical_minutes
    }
}

impl TryFrom<CustomExerciseData> for CustomExercise {
    type Error = ExercisesError;

    fn try_from(data: CustomExerciseData) -> Result<CustomExercise, ExercisesError> {
        if data.components.is_empty() {
            return Err(ExercisesError::NoComponents);
        }
        check_minutes(
            "typical_minutes",
            data.typical_minutes,
            MAX_EXERCISE_MINUTES,
        )?;
        Ok(CustomExercise {
            id: data.id,
            name: data.name,
            components: data.components,
            family: data.family,
            typical_minutes: data.typical_minutes,
        })
    }
}

impl From<CustomExercise> for CustomExerciseData {
    fn from(value: CustomExercise) -> CustomExerciseData {
        CustomExerciseData {
            id: value.id,
            name: value.name,
            components: value.components,
            family: value.family,
            typical_minutes: value.typical_minutes,
        }
    }
}

/// Reads a set of components, rejecting repeats (as the schema's `uniqueItems` does) rather than
/// silently collapsing them.
pub(crate) fn unique_components<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeSet<PrtComponent>, D::Error> {
    let list = Vec::<PrtComponent>::deserialize(deserializer)?;
    let count = list.len();
    let set: BTreeSet<PrtComponent> = list.into_iter().collect();
    if set.len() == count {
        Ok(set)
    } else {
        Err(serde::de::Error::custom(
            "components lists a component more than once; each may appear once",
        ))
    }
}

/// Checks that `minutes` is in `1..=max`, naming `field` otherwise.
pub(crate) fn check_minutes(
    field: &'static str,
    minutes: u16,
    max: u16,
) -> Result<(), ExercisesError> {
    if (1..=max).contains(&minutes) {
        Ok(())
    } else {
        Err(ExercisesError::OutOfRange {
            field,
            value: i64::from(minutes),
            min: 1,
            max: i64::from(max),
        })
    }
}

/// An exercise: one from the built-in catalog, or one an app defined.
///
/// In JSON an exercise is tagged by `source`: `{"source": "catalog", "kind": "body_scan"}` or
/// `{"source": "custom", "id": …, "name": …, …}`.
///
/// ```
/// use pain_reprocessing::exercises::{Exercise, ExerciseKind, PrtComponent};
///
/// let scan = Exercise::Catalog(ExerciseKind::BodyScan);
/// assert_eq!(
///     serde_json::to_string(&scan)?,
///     r#"{"source":"catalog","kind":"body_scan"}"#
/// );
/// assert!(scan.components().any(|c| c == PrtComponent::SomaticTracking));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "An exercise from the built-in catalog or one an app defined, tagged by `source`."
)]
#[serde(from = "ExerciseData", into = "ExerciseData")]
pub enum Exercise {
    /// A technique from the built-in catalog.
    Catalog(ExerciseKind),
    /// An exercise the app defined.
    Custom(CustomExercise),
}

/// An exercise from the built-in catalog or one an app defined, tagged by `source`.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(tag = "source", rename_all = "snake_case", deny_unknown_fields)]
#[schemars(rename = "Exercise")]
enum ExerciseData {
    /// A technique from the built-in catalog.
    #[serde(rename_all = "snake_case")]
    Catalog {
        /// Which catalog technique.
        kind: ExerciseKind,
    },
    /// An exercise the app defined.
    Custom(CustomExercise),
}

impl From<ExerciseData> for Exercise {
    fn from(data: ExerciseData) -> Exercise {
        match data {
            ExerciseData::Catalog { kind } => Exercise::Catalog(kind),
            ExerciseData::Custom(custom) => Exercise::Custom(custom),
        }
    }
}

impl From<Exercise> for ExerciseData {
    fn from(value: Exercise) -> ExerciseData {
        match value {
            Exercise::Catalog(kind) => ExerciseData::Catalog { kind },
            Exercise::Custom(custom) => ExerciseData::Custom(custom),
        }
    }
}

impl From<ExerciseKind> for Exercise {
    fn from(kind: ExerciseKind) -> Exercise {
        Exercise::Catalog(kind)
    }
}

impl From<CustomExercise> for Exercise {
    fn from(custom: CustomExercise) -> Exercise {
        Exercise::Custom(custom)
    }
}

impl Exercise {
    /// The PRT components the exercise serves.
    pub fn components(&self) -> impl Iterator<Item = PrtComponent> + '_ {
        let (catalog, custom): (&[PrtComponent], Option<&BTreeSet<PrtComponent>>) = match self {
            Exercise::Catalog(kind) => (kind.components(), None),
            Exercise::Custom(custom) => (&[], Some(&custom.components)),
        };
        catalog
            .iter()
            .copied()
            .chain(custom.into_iter().flatten().copied())
    }

    /// The modality family.
    pub fn family(&self) -> ModalityFamily {
        match self {
            Exercise::Catalog(kind) => kind.family(),
            Exercise::Custom(custom) => custom.family,
        }
    }

    /// A typical length of one practice, in minutes.
    pub fn typical_minutes(&self) -> u16 {
        match self {
            Exercise::Catalog(kind) => kind.typical_minutes(),
            Exercise::Custom(custom) => custom.typical_minutes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalog_entry_is_complete() {
        let mut seen = BTreeSet::new();
        for kind in ExerciseKind::ALL {
            assert!(seen.insert(kind), "{kind:?} listed twice");
            assert!(!kind.components().is_empty(), "{kind:?}");
            assert!((1..=60).contains(&kind.typical_minutes()), "{kind:?}");
            assert!(kind.description().len() > 40, "{kind:?}");
            assert!(kind.description().ends_with('.'), "{kind:?}");
            assert!(!kind.description().contains("  "), "{kind:?}");
            let mut unique = kind.components().to_vec();
            unique.dedup();
            assert_eq!(unique.len(), kind.components().len(), "{kind:?}");
        }
        // Every component is served by at least one catalog technique.
        for component in PrtComponent::ALL {
            assert!(
                ExerciseKind::ALL
                    .iter()
                    .any(|k| k.components().contains(&component)),
                "{component:?}"
            );
        }
    }

    #[test]
    fn catalog_mapping_spot_checks() {
        assert_eq!(
            ExerciseKind::SomaticTracking.components(),
            &[PrtComponent::SomaticTracking]
        );
        assert_eq!(ExerciseKind::BodyScan.family(), ModalityFamily::Mindfulness);
        assert_eq!(
            ExerciseKind::PainEducation.family(),
            ModalityFamily::Educational
        );
        assert_eq!(
            ExerciseKind::PositiveAffectInduction.components(),
            &[PrtComponent::PositiveSensations]
        );
    }

    #[test]
    fn custom_exercise_validation() {
        let ok = CustomExercise::new("a", "b", [C::SomaticTracking], F::Somatic, 240).unwrap();
        assert_eq!(ok.typical_minutes(), 240);
        assert_eq!(
            CustomExercise::new("a", "b", [], F::Somatic, 10),
            Err(ExercisesError::NoComponents)
        );
        assert_eq!(
            CustomExercise::new("a", "b", [C::SomaticTracking], F::Somatic, 0)
                .unwrap_err()
                .to_string(),
            "typical_minutes is 0; allowed 1-240"
        );
        assert!(CustomExercise::new("a", "b", [C::SomaticTracking], F::Somatic, 241).is_err());
        assert_eq!(
            CustomExercise::new("", "b", [C::SomaticTracking], F::Somatic, 5)
                .unwrap_err()
                .to_string(),
            "exercise id is empty; allowed 1-64 characters"
        );
        assert!(
            CustomExercise::new("a", "x".repeat(121), [C::SomaticTracking], F::Somatic, 5).is_err()
        );
        assert!(
            CustomExercise::new("a", "line\nbreak", [C::SomaticTracking], F::Somatic, 5).is_err()
        );
        // Repeated components collapse to one.
        let twice = CustomExercise::new(
            "a",
            "b",
            [C::SomaticTracking, C::SomaticTracking],
            F::Somatic,
            5,
        )
        .unwrap();
        assert_eq!(twice.components().len(), 1);
    }

    #[test]
    fn exercise_json() {
        let custom: Exercise = serde_json::from_str(
            r#"{"source":"custom","id":"w","name":"Walk","components":["somatic_tracking"],"family":"somatic","typical_minutes":20}"#,
        )
        .unwrap();
        assert_eq!(custom.typical_minutes(), 20);
        assert_eq!(
            custom.components().collect::<Vec<_>>(),
            vec![C::SomaticTracking]
        );
        for bad in [
            r#"{"source":"custom","id":"w","name":"Walk","components":[],"family":"somatic","typical_minutes":20}"#,
            r#"{"source":"custom","id":"w","name":"Walk","components":["somatic_tracking"],"family":"somatic","typical_minutes":0}"#,
            r#"{"source":"custom","id":"w","name":"Walk","components":["somatic_tracking"],"family":"somatic","typical_minutes":20,"x":1}"#,
            r#"{"source":"catalog","kind":"juggling"}"#,
            r#"{"kind":"body_scan"}"#,
        ] {
            assert!(serde_json::from_str::<Exercise>(bad).is_err(), "{bad}");
        }
        let scan: Exercise =
            serde_json::from_str(r#"{"source":"catalog","kind":"body_scan"}"#).unwrap();
        assert_eq!(scan, Exercise::Catalog(ExerciseKind::BodyScan));
    }
}
