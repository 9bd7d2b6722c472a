//! Strategies for the `exercises` types, somatic-tracking detail included.

use proptest::prelude::*;

use super::*;

use crate::exercises::{
    CustomExercise, EmotionTag, Exercise, ExerciseKind, Guidance, ModalityFamily, PracticeLog,
    PrtComponent, Sensation, SensationShift, SomaticTracking, TrackedRegion,
};
use crate::intake::{BodyRegion, Side};

/// Any of the five PRT components.
pub fn prt_component() -> impl Strategy<Value = PrtComponent> {
    proptest::sample::select(PrtComponent::ALL.to_vec())
}

/// Any catalog technique.
pub fn exercise_kind() -> impl Strategy<Value = ExerciseKind> {
    proptest::sample::select(ExerciseKind::ALL.to_vec())
}

/// Any modality family.
pub fn modality_family() -> impl Strategy<Value = ModalityFamily> {
    proptest::sample::select(vec![
        ModalityFamily::Cognitive,
        ModalityFamily::Mindfulness,
        ModalityFamily::Somatic,
        ModalityFamily::Emotional,
        ModalityFamily::Educational,
    ])
}

/// Any valid [`CustomExercise`].
pub fn custom_exercise() -> impl Strategy<Value = CustomExercise> {
    (
        identifier_text(),
        "[A-Za-z][A-Za-z ,'-]{0,40}",
        proptest::collection::btree_set(prt_component(), 1..=5),
        modality_family(),
        1_u16..=240,
    )
        .prop_filter_map("valid", |(id, name, components, family, minutes)| {
            CustomExercise::new(id, name, components, family, minutes).ok()
        })
}

/// Any [`Exercise`], mostly from the catalog.
pub fn exercise() -> impl Strategy<Value = Exercise> {
    prop_oneof![
        3 => exercise_kind().prop_map(Exercise::Catalog),
        1 => custom_exercise().prop_map(Exercise::Custom),
    ]
}

/// A [`PracticeLog`] of any exercise starting at `started_at` and lasting `minutes` (1-240),
/// optionally naming `session`, with any ratings and maybe a note.
pub fn practice_log_at(
    started_at: DateTime<Utc>,
    minutes: u16,
    session: Option<SessionId>,
) -> impl Strategy<Value = PracticeLog> {
    (
        exercise(),
        prop_oneof![Just(Guidance::Guided), Just(Guidance::SelfGuided)],
        proptest::array::uniform4(proptest::option::of(rating())),
        proptest::option::of(note()),
        proptest::option::weighted(0.25, somatic_tracking()),
    )
        .prop_filter_map(
            "valid",
            move |(exercise, guidance, [pb, pa, fb, fa], note, tracking)| {
                let mut builder = PracticeLog::builder(exercise, started_at, minutes)
                    .guidance(guidance)
                    .ratings(pb, pa, fb, fa);
                if let Some(note) = note {
                    builder = builder.note(note);
                }
                if let Some(session) = session.clone() {
                    builder = builder.session(session);
                }
                if let Some(tracking) = tracking {
                    builder = builder.somatic_tracking(tracking);
                }
                builder.build().ok()
            },
        )
}

/// Any valid [`PracticeLog`].
pub fn practice_log() -> impl Strategy<Value = PracticeLog> {
    (instant(), 1_u16..=240, proptest::option::of(session_id()))
        .prop_flat_map(|(at, minutes, session)| practice_log_at(at, minutes, session))
}

/// Any valid [`TrackedRegion`].
pub fn tracked_region() -> impl Strategy<Value = TrackedRegion> {
    (
        proptest::sample::select(BodyRegion::ALL.to_vec()),
        proptest::option::of(proptest::sample::select(Side::ALL.to_vec())),
        proptest::collection::btree_set(proptest::sample::select(Sensation::ALL.to_vec()), 1..=4),
        rating(),
        proptest::sample::select(vec![
            SensationShift::Moved,
            SensationShift::Eased,
            SensationShift::Intensified,
            SensationShift::Unchanged,
        ]),
        rating(),
        proptest::collection::btree_set(
            proptest::sample::select(vec![
                EmotionTag::Fear,
                EmotionTag::Anger,
                EmotionTag::Sadness,
                EmotionTag::Calm,
                EmotionTag::MemoryOfInjury,
                EmotionTag::ChildhoodMemory,
                EmotionTag::Other,
            ]),
            0..=3,
        ),
        proptest::option::of(note()),
    )
        .prop_filter_map(
            "valid",
            |(region, side, sensations, intensity, shift, threat, emotions, note)| {
                let mut tracked =
                    TrackedRegion::new(region, sensations, intensity, shift, threat).ok()?;
                if let Some(side) = side {
                    tracked = tracked.on_side(side);
                }
                tracked = tracked.with_emotions(emotions);
                if let Some(note) = note {
                    tracked = tracked.with_note(note);
                }
                Some(tracked)
            },
        )
}

/// Any valid [`SomaticTracking`] of one to four distinct regions.
pub fn somatic_tracking() -> impl Strategy<Value = SomaticTracking> {
    proptest::collection::vec(tracked_region(), 1..=4).prop_filter_map("distinct", |regions| {
        let mut seen = std::collections::BTreeSet::new();
        let distinct: Vec<TrackedRegion> = regions
            .into_iter()
            .filter(|r| seen.insert((r.region(), r.side())))
            .collect();
        SomaticTracking::new(distinct).ok()
    })
}
