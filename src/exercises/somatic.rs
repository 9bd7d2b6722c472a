//! [`SomaticTracking`]: what a somatic-tracking practice noticed, body region by body region.
//!
//! Somatic tracking is mindful attention to a sensation through a lens of safety (clinical
//! reference §1.4 `[S8]` `[S9]`). Per region the log keeps the [`Sensation`] descriptors noticed,
//! their intensity, whether they shifted during the practice ([`SensationShift`]), how threatening
//! they felt, and the emotions or memories that came up ([`EmotionTag`], plus an optional redacted
//! note). The vocabularies are design choices of this crate, not clinical scales.

use std::collections::BTreeSet;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use super::ExercisesError;
use crate::intake::{BodyRegion, Side};
use crate::{Note, Rating};

/// The most regions one practice may track: one per body region and side would be 17 × 5.
pub const MAX_TRACKED_REGIONS: usize = 85;

/// A sensation descriptor, from a fixed vocabulary.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Sensation {
    /// Tight, tense.
    Tight,
    /// Pressure, squeezing.
    Pressure,
    /// Burning.
    Burning,
    /// Tingling, pins and needles.
    Tingling,
    /// Throbbing, pulsing.
    Throbbing,
    /// Aching.
    Aching,
    /// Sharp, stabbing.
    Sharp,
    /// Dull.
    Dull,
    /// Warm.
    Warm,
    /// Cool.
    Cool,
    /// Numb.
    Numb,
    /// A sensation the other words do not describe.
    Other,
}

impl Sensation {
    /// Every descriptor.
    pub const ALL: [Sensation; 12] = [
        Sensation::Tight,
        Sensation::Pressure,
        Sensation::Burning,
        Sensation::Tingling,
        Sensation::Throbbing,
        Sensation::Aching,
        Sensation::Sharp,
        Sensation::Dull,
        Sensation::Warm,
        Sensation::Cool,
        Sensation::Numb,
        Sensation::Other,
    ];
}

/// Whether a sensation shifted while it was tracked.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SensationShift {
    /// It moved to another place.
    Moved,
    /// It eased.
    Eased,
    /// It grew stronger.
    Intensified,
    /// It stayed the same.
    Unchanged,
}

/// An emotion or a kind of memory that came up with a sensation, from a fixed vocabulary; details go
/// in the region's note.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EmotionTag {
    /// Fear or worry about the sensation.
    Fear,
    /// Anxiety, nervousness.
    Anxiety,
    /// Anger or irritation.
    Anger,
    /// Frustration.
    Frustration,
    /// Sadness.
    Sadness,
    /// Grief or loss.
    Grief,
    /// Guilt.
    Guilt,
    /// Shame.
    Shame,
    /// Loneliness.
    Loneliness,
    /// Calm or safety.
    Calm,
    /// Relief.
    Relief,
    /// Joy or pleasure.
    Joy,
    /// A memory of the injury or the pain's onset.
    MemoryOfInjury,
    /// A memory of a stressful time or event.
    MemoryOfStress,
    /// A memory from childhood.
    ChildhoodMemory,
    /// Something the other tags do not name.
    Other,
}

/// What was noticed in one body region during a somatic-tracking practice.
///
/// At least one sensation descriptor; emotions may be empty. Descriptors and emotions are sets: a
/// JSON list naming one twice is refused.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "What was noticed in one body region during a somatic-tracking practice: sensations, intensity, shift, how threatening it felt, and emotions or memories."
)]
#[serde(try_from = "TrackedRegionWire", into = "TrackedRegionWire")]
pub struct TrackedRegion {
    region: BodyRegion,
    side: Option<Side>,
    sensations: BTreeSet<Sensation>,
    intensity: Rating,
    shift: SensationShift,
    safety_appraisal: Rating,
    emotions: BTreeSet<EmotionTag>,
    note: Option<Note>,
}

/// What was noticed in one body region during a somatic-tracking practice.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "TrackedRegion")]
struct TrackedRegionWire {
    /// The body region (the intake's vocabulary).
    region: BodyRegion,
    /// The side, if it matters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    side: Option<Side>,
    /// The sensation descriptors noticed (at least one, no repeats).
    #[serde(deserialize_with = "unique_set")]
    #[schemars(length(min = 1))]
    sensations: BTreeSet<Sensation>,
    /// How intense the sensation was, 0-10.
    intensity: Rating,
    /// Whether it shifted during the practice.
    shift: SensationShift,
    /// How threatening it felt: 0 not at all (safe) to 10 extremely threatening.
    safety_appraisal: Rating,
    /// Emotions or memories that came up (no repeats).
    #[serde(
        default,
        deserialize_with = "unique_set",
        skip_serializing_if = "BTreeSet::is_empty"
    )]
    emotions: BTreeSet<EmotionTag>,
    /// The person's words about it (redacted in `Debug`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<Note>,
}

impl fmt::Debug for TrackedRegionWire {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TrackedRegionWire")
            .field("region", &self.region)
            .finish_non_exhaustive()
    }
}

/// Reads a JSON list as a set, refusing repeats (the schema says `uniqueItems`).
fn unique_set<'de, D, T>(deserializer: D) -> Result<BTreeSet<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Ord,
{
    let list = Vec::<T>::deserialize(deserializer)?;
    let count = list.len();
    let set: BTreeSet<T> = list.into_iter().collect();
    if set.len() == count {
        Ok(set)
    } else {
        Err(serde::de::Error::custom(
            "a list of tags names one more than once; each may appear once",
        ))
    }
}

impl TryFrom<TrackedRegionWire> for TrackedRegion {
    type Error = ExercisesError;

    fn try_from(data: TrackedRegionWire) -> Result<TrackedRegion, ExercisesError> {
        if data.sensations.is_empty() {
            return Err(ExercisesError::Empty {
                field: "somatic_tracking.regions.sensations",
            });
        }
        Ok(TrackedRegion {
            region: data.region,
            side: data.side,
            sensations: data.sensations,
            intensity: data.intensity,
            shift: data.shift,
            safety_appraisal: data.safety_appraisal,
            emotions: data.emotions,
            note: data.note,
        })
    }
}

impl From<TrackedRegion> for TrackedRegionWire {
    fn from(value: TrackedRegion) -> TrackedRegionWire {
        TrackedRegionWire {
            region: value.region,
            side: value.side,
            sensations: value.sensations,
            intensity: value.intensity,
            shift: value.shift,
            safety_appraisal: value.safety_appraisal,
            emotions: value.emotions,
            note: value.note,
        }
    }
}

impl TrackedRegion {
    /// What was noticed in `region`: the descriptors, their intensity, whether they shifted and how
    /// threatening they felt (`safety_appraisal`, 0 safe to 10 extremely threatening). No side, no
    /// emotions and no note until added.
    ///
    /// # Errors
    ///
    /// [`ExercisesError::Empty`] when `sensations` is empty.
    pub fn new(
        region: BodyRegion,
        sensations: impl IntoIterator<Item = Sensation>,
        intensity: Rating,
        shift: SensationShift,
        safety_appraisal: Rating,
    ) -> Result<TrackedRegion, ExercisesError> {
        TrackedRegion::try_from(TrackedRegionWire {
            region,
            side: None,
            sensations: sensations.into_iter().collect(),
            intensity,
            shift,
            safety_appraisal,
            emotions: BTreeSet::new(),
            note: None,
        })
    }

    /// The region on `side`.
    #[must_use]
    pub fn on_side(mut self, side: Side) -> TrackedRegion {
        self.side = Some(side);
        self
    }

    /// The region with these emotion or memory tags.
    #[must_use]
    pub fn with_emotions(
        mut self,
        emotions: impl IntoIterator<Item = EmotionTag>,
    ) -> TrackedRegion {
        self.emotions = emotions.into_iter().collect();
        self
    }

    /// The region with the person's note.
    #[must_use]
    pub fn with_note(mut self, note: Note) -> TrackedRegion {
        self.note = Some(note);
        self
    }

    /// The body region.
    pub fn region(&self) -> BodyRegion {
        self.region
    }

    /// The side, if given.
    pub fn side(&self) -> Option<Side> {
        self.side
    }

    /// The descriptors, at least one.
    pub fn sensations(&self) -> &BTreeSet<Sensation> {
        &self.sensations
    }

    /// The intensity, 0-10.
    pub fn intensity(&self) -> Rating {
        self.intensity
    }

    /// Whether it shifted.
    pub fn shift(&self) -> SensationShift {
        self.shift
    }

    /// How threatening it felt, 0 (safe) to 10 (extremely threatening).
    pub fn safety_appraisal(&self) -> Rating {
        self.safety_appraisal
    }

    /// The emotion and memory tags.
    pub fn emotions(&self) -> &BTreeSet<EmotionTag> {
        &self.emotions
    }

    /// The note, if any.
    pub fn note(&self) -> Option<&Note> {
        self.note.as_ref()
    }
}

/// Somatic-tracking detail of one practice: one entry per body region (and side) attended to.
///
/// ```
/// use pain_reprocessing::exercises::{
///     EmotionTag, Sensation, SensationShift, SomaticTracking, TrackedRegion,
/// };
/// use pain_reprocessing::intake::{BodyRegion, Side};
/// use pain_reprocessing::Rating;
///
/// let back = TrackedRegion::new(
///     BodyRegion::LowerBack,
///     [Sensation::Tight, Sensation::Aching],
///     Rating::new(6)?,
///     SensationShift::Eased,
///     Rating::new(3)?,
/// )?
/// .with_emotions([EmotionTag::Fear, EmotionTag::MemoryOfInjury]);
/// let neck = TrackedRegion::new(
///     BodyRegion::Neck, [Sensation::Pressure], Rating::new(3)?, SensationShift::Moved, Rating::new(1)?,
/// )?
/// .on_side(Side::Left);
/// let tracking = SomaticTracking::new([back.clone(), neck])?;
/// assert_eq!(tracking.regions().len(), 2);
///
/// assert_eq!(
///     SomaticTracking::new([back.clone(), back]).unwrap_err().to_string(),
///     "somatic_tracking.regions lists lower back more than once; each region and side may appear once"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "Somatic-tracking detail of one practice: one entry per body region and side attended to."
)]
#[serde(try_from = "SomaticTrackingWire", into = "SomaticTrackingWire")]
pub struct SomaticTracking {
    regions: Vec<TrackedRegion>,
}

/// Somatic-tracking detail of one practice: one entry per body region and side attended to.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "SomaticTracking")]
struct SomaticTrackingWire {
    /// The regions attended to (1-85), each region and side at most once.
    #[schemars(length(min = 1, max = MAX_TRACKED_REGIONS))]
    regions: Vec<TrackedRegion>,
}

impl TryFrom<SomaticTrackingWire> for SomaticTracking {
    type Error = ExercisesError;

    fn try_from(data: SomaticTrackingWire) -> Result<SomaticTracking, ExercisesError> {
        SomaticTracking::new(data.regions)
    }
}

impl From<SomaticTracking> for SomaticTrackingWire {
    fn from(value: SomaticTracking) -> SomaticTrackingWire {
        SomaticTrackingWire {
            regions: value.regions,
        }
    }
}

impl SomaticTracking {
    /// The detail for these regions.
    ///
    /// # Errors
    ///
    /// [`ExercisesError::Empty`] with no region, [`ExercisesError::DuplicateRegion`] when a region
    /// and side appear twice, [`ExercisesError::OutOfRange`] beyond [`MAX_TRACKED_REGIONS`].
    pub fn new(
        regions: impl IntoIterator<Item = TrackedRegion>,
    ) -> Result<SomaticTracking, ExercisesError> {
        let regions: Vec<TrackedRegion> = regions.into_iter().collect();
        if regions.is_empty() {
            return Err(ExercisesError::Empty {
                field: "somatic_tracking.regions",
            });
        }
        if regions.len() > MAX_TRACKED_REGIONS {
            return Err(ExercisesError::OutOfRange {
                field: "somatic_tracking.regions count",
                value: i64::try_from(regions.len()).unwrap_or(i64::MAX),
                min: 1,
                max: MAX_TRACKED_REGIONS as i64,
            });
        }
        let mut seen = BTreeSet::new();
        for region in &regions {
            if !seen.insert((region.region, region.side)) {
                return Err(ExercisesError::DuplicateRegion {
                    region: region.region.label(),
                });
            }
        }
        Ok(SomaticTracking { regions })
    }

    /// The regions, in the order tracked.
    pub fn regions(&self) -> &[TrackedRegion] {
        &self.regions
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::{ExerciseKind, PracticeLog};

    fn r(v: u8) -> Rating {
        Rating::new(v).unwrap()
    }

    fn back() -> TrackedRegion {
        TrackedRegion::new(
            BodyRegion::LowerBack,
            [Sensation::Tight, Sensation::Burning],
            r(6),
            SensationShift::Eased,
            r(4),
        )
        .unwrap()
    }

    #[test]
    fn regions_need_descriptors_and_appear_once() {
        assert_eq!(
            TrackedRegion::new(BodyRegion::Neck, [], r(2), SensationShift::Unchanged, r(1)),
            Err(ExercisesError::Empty {
                field: "somatic_tracking.regions.sensations"
            })
        );
        assert_eq!(
            SomaticTracking::new([]).unwrap_err().to_string(),
            "somatic_tracking.regions is empty; at least one is required"
        );
        assert_eq!(
            SomaticTracking::new([back(), back()]),
            Err(ExercisesError::DuplicateRegion {
                region: "lower back"
            })
        );
        // The same region on two sides is two regions; the same side twice is a duplicate.
        let left = back().on_side(Side::Left);
        assert!(SomaticTracking::new([back(), left.clone()]).is_ok());
        assert!(SomaticTracking::new([left.clone(), left]).is_err());
        let many: Vec<TrackedRegion> = BodyRegion::ALL
            .into_iter()
            .flat_map(|region| {
                [
                    None,
                    Some(Side::Left),
                    Some(Side::Right),
                    Some(Side::Bilateral),
                    Some(Side::Midline),
                ]
                .into_iter()
                .map(move |side| {
                    let t = TrackedRegion::new(
                        region,
                        [Sensation::Dull],
                        r(1),
                        SensationShift::Moved,
                        r(0),
                    )
                    .unwrap();
                    match side {
                        Some(side) => t.on_side(side),
                        None => t,
                    }
                })
            })
            .collect();
        assert_eq!(many.len(), MAX_TRACKED_REGIONS);
        assert!(SomaticTracking::new(many).is_ok());
    }

    #[test]
    fn a_practice_log_carries_the_detail_and_old_logs_still_read() {
        let at = "2026-03-02T18:30:00Z".parse().unwrap();
        let tracking = SomaticTracking::new([
            back().with_emotions([EmotionTag::Fear, EmotionTag::MemoryOfInjury]),
            TrackedRegion::new(
                BodyRegion::Neck,
                [Sensation::Pressure],
                r(3),
                SensationShift::Moved,
                r(1),
            )
            .unwrap()
            .with_note(Note::new("felt like my father's grip").unwrap()),
        ])
        .unwrap();
        let log = PracticeLog::builder(ExerciseKind::SomaticTracking.into(), at, 10)
            .somatic_tracking(tracking.clone())
            .build()
            .unwrap();
        assert_eq!(log.somatic_tracking(), Some(&tracking));
        assert!(!format!("{log:?}").contains("father"));
        let json = serde_json::to_value(&log).unwrap();
        assert_eq!(
            json["somatic_tracking"]["regions"][0],
            serde_json::json!({
                "region": "lower_back",
                "sensations": ["tight", "burning"],
                "intensity": 6,
                "shift": "eased",
                "safety_appraisal": 4,
                "emotions": ["fear", "memory_of_injury"],
            })
        );
        assert_eq!(
            serde_json::from_value::<PracticeLog>(json.clone()).unwrap(),
            log
        );
        // A version 1 log written before somatic tracking existed still reads.
        let plain = PracticeLog::builder(ExerciseKind::SomaticTracking.into(), at, 10)
            .build()
            .unwrap();
        let old_json = serde_json::to_value(&plain).unwrap();
        assert_eq!(old_json.get("somatic_tracking"), None);
        assert_eq!(
            serde_json::from_value::<PracticeLog>(old_json).unwrap(),
            plain
        );
        for bad in [
            serde_json::json!({"regions": []}),
            serde_json::json!({"regions": [{"region": "tail", "sensations": ["tight"], "intensity": 1, "shift": "moved", "safety_appraisal": 1}]}),
            serde_json::json!({"regions": [{"region": "neck", "sensations": [], "intensity": 1, "shift": "moved", "safety_appraisal": 1}]}),
            serde_json::json!({"regions": [{"region": "neck", "sensations": ["tight", "tight"], "intensity": 1, "shift": "moved", "safety_appraisal": 1}]}),
            serde_json::json!({"regions": [{"region": "neck", "sensations": ["itchy"], "intensity": 1, "shift": "moved", "safety_appraisal": 1}]}),
            serde_json::json!({"regions": [{"region": "neck", "sensations": ["tight"], "intensity": 11, "shift": "moved", "safety_appraisal": 1}]}),
            serde_json::json!({"regions": [{"region": "neck", "sensations": ["tight"], "intensity": 1, "shift": "moved", "safety_appraisal": 1, "emotions": ["fear", "fear"]}]}),
        ] {
            let mut doc = json.clone();
            doc["somatic_tracking"] = bad.clone();
            assert!(serde_json::from_value::<PracticeLog>(doc).is_err(), "{bad}");
        }
    }
}
