//! Exercises: a catalog technique or one an app defines ([`CustomExercise`]), as one [`Exercise`].

use std::collections::BTreeSet;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use super::ExercisesError;
use super::catalog::{ExerciseKind, MAX_EXERCISE_MINUTES, ModalityFamily, PrtComponent};
use crate::id::MAX_ID_CHARS;
use crate::text::line_text;

line_text! {
    /// An app's own identifier for a custom exercise: 1-64 characters, no control characters.
    ExerciseId,
    error: ExercisesError,
    field: "exercise id",
    max: MAX_ID_CHARS,
    description: "An app's identifier for a custom exercise: 1-64 characters, no control characters."
}

/// The most characters an [`ExerciseName`] may have.
pub const MAX_NAME_CHARS: usize = 120;

line_text! {
    /// The display name of a custom exercise: 1-120 characters on one line. Catalog data written
    /// by an app, not patient text.
    ExerciseName,
    error: ExercisesError,
    field: "exercise name",
    max: MAX_NAME_CHARS,
    description: "A custom exercise's display name: 1-120 characters, no control characters."
}

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
#[serde(try_from = "CustomExerciseWire", into = "CustomExerciseWire")]
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
struct CustomExerciseWire {
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
        CustomExercise::try_from(CustomExerciseWire {
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

impl TryFrom<CustomExerciseWire> for CustomExercise {
    type Error = ExercisesError;

    fn try_from(data: CustomExerciseWire) -> Result<CustomExercise, ExercisesError> {
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

impl From<CustomExercise> for CustomExerciseWire {
    fn from(value: CustomExercise) -> CustomExerciseWire {
        CustomExerciseWire {
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
#[serde(from = "ExerciseWire", into = "ExerciseWire")]
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
enum ExerciseWire {
    /// A technique from the built-in catalog.
    #[serde(rename_all = "snake_case")]
    Catalog {
        /// Which catalog technique.
        kind: ExerciseKind,
    },
    /// An exercise the app defined.
    Custom(CustomExercise),
}

impl From<ExerciseWire> for Exercise {
    fn from(data: ExerciseWire) -> Exercise {
        match data {
            ExerciseWire::Catalog { kind } => Exercise::Catalog(kind),
            ExerciseWire::Custom(custom) => Exercise::Custom(custom),
        }
    }
}

impl From<Exercise> for ExerciseWire {
    fn from(value: Exercise) -> ExerciseWire {
        match value {
            Exercise::Catalog(kind) => ExerciseWire::Catalog { kind },
            Exercise::Custom(custom) => ExerciseWire::Custom(custom),
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
    use ModalityFamily as F;
    use PrtComponent as C;

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
