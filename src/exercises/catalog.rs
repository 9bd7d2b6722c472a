//! The five PRT components, the modality families and the built-in technique catalog.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

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
}
