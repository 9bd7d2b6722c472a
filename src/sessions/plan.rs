//! [`SessionPlan`]: what a session is meant to be, before it happens.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{SessionsError, check_len, check_range};
use crate::SessionId;
use crate::exercises::{Exercise, PrtComponent, unique_components};
use crate::version::Current;

/// The highest session number a program may have.
pub const MAX_SESSION_NUMBER: u16 = 200;
/// The longest a session may be planned for, in minutes.
pub const MAX_SESSION_MINUTES: u16 = 240;
/// The most exercises one session may plan.
pub const MAX_PLANNED_EXERCISES: usize = 32;

/// What a session is for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SessionKind {
    /// The physician's evaluation and education session before therapy (clinical reference §1.3
    /// `[S1]` `[S4]`).
    PhysicianEvaluation,
    /// A PRT psychotherapy session.
    PrtTherapy,
    /// A visit only to take measurements (questionnaires, ratings).
    AssessmentOnly,
    /// A follow-up session after the main course.
    Booster,
}

/// How a session is held.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Modality {
    /// Face to face.
    InPerson,
    /// Live video call.
    Video,
    /// Telephone call.
    Phone,
    /// Asynchronous messages exchanged over time.
    AsyncMessaging,
}

/// A planned session: a root document.
///
/// ```
/// use chrono::{DateTime, Utc};
/// use pain_reprocessing::exercises::{ExerciseKind, PrtComponent};
/// use pain_reprocessing::sessions::{Modality, SessionKind, SessionPlan};
/// use pain_reprocessing::SessionId;
///
/// let plan = SessionPlan::new(
///     SessionId::new("sess-1")?,
///     1,
///     SessionKind::PrtTherapy,
///     "2026-03-02T17:00:00Z".parse::<DateTime<Utc>>()?,
///     Modality::InPerson,
///     60,
/// )?
/// .with_focus([PrtComponent::PainEducation, PrtComponent::PersonalEvidence])
/// .with_exercises([ExerciseKind::PainEducation.into(), ExerciseKind::EvidenceGathering.into()])?;
/// assert_eq!(plan.exercises().len(), 2);
///
/// let zero = SessionPlan::new(
///     SessionId::new("s")?, 0, SessionKind::Booster, plan.scheduled_at(), Modality::Phone, 30,
/// );
/// assert_eq!(zero.unwrap_err().to_string(), "number is 0; allowed 1-200");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "A planned session: which one in the program, what kind, its focus and exercises, when, how, and for how long."
)]
#[serde(try_from = "SessionPlanWire", into = "SessionPlanWire")]
pub struct SessionPlan {
    session: SessionId,
    number: u16,
    kind: SessionKind,
    focus: BTreeSet<PrtComponent>,
    exercises: Vec<Exercise>,
    scheduled_at: DateTime<Utc>,
    modality: Modality,
    planned_minutes: u16,
    /// The original text of ids mapped on read because they were outside the id alphabet.
    legacy_ids: crate::id::LegacyIds,
}

/// A planned session: which one in the program, what kind, its focus and exercises, when, how, and
/// for how long.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "SessionPlan")]
struct SessionPlanWire {
    /// The document layout version, 1.
    schema_version: Current<SessionPlan>,
    /// The session this plan is for.
    session: SessionId,
    /// The session's 1-based number in the program.
    #[schemars(range(min = 1, max = MAX_SESSION_NUMBER))]
    number: u16,
    /// What the session is for.
    kind: SessionKind,
    /// The PRT components the session focuses on (none for an assessment-only visit).
    #[serde(default, deserialize_with = "unique_components")]
    focus: BTreeSet<PrtComponent>,
    /// The exercises planned, in order.
    #[serde(default)]
    #[schemars(length(max = MAX_PLANNED_EXERCISES))]
    exercises: Vec<Exercise>,
    /// When the session is scheduled to start (UTC).
    #[serde(with = "crate::json::rfc3339::DateTime")]
    scheduled_at: DateTime<Utc>,
    /// How the session is held.
    modality: Modality,
    /// The planned length, in minutes.
    #[schemars(range(min = 1, max = MAX_SESSION_MINUTES))]
    planned_minutes: u16,
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// (absent when none was): mapped id -> text as stored before the alphabet.
    #[serde(default, skip_serializing_if = "crate::id::LegacyIds::is_empty")]
    legacy_ids: crate::id::LegacyIds,
}

impl TryFrom<SessionPlanWire> for SessionPlan {
    type Error = SessionsError;

    fn try_from(data: SessionPlanWire) -> Result<SessionPlan, SessionsError> {
        check_number(data.number)?;
        check_range(
            "planned_minutes",
            i64::from(data.planned_minutes),
            1,
            i64::from(MAX_SESSION_MINUTES),
        )?;
        check_len("exercises", data.exercises.len(), MAX_PLANNED_EXERCISES)?;
        Ok(SessionPlan {
            legacy_ids: data.legacy_ids,
            session: data.session,
            number: data.number,
            kind: data.kind,
            focus: data.focus,
            exercises: data.exercises,
            scheduled_at: data.scheduled_at,
            modality: data.modality,
            planned_minutes: data.planned_minutes,
        })
    }
}

impl From<SessionPlan> for SessionPlanWire {
    fn from(plan: SessionPlan) -> SessionPlanWire {
        SessionPlanWire {
            legacy_ids: plan.legacy_ids,
            schema_version: Current::new(),
            session: plan.session,
            number: plan.number,
            kind: plan.kind,
            focus: plan.focus,
            exercises: plan.exercises,
            scheduled_at: plan.scheduled_at,
            modality: plan.modality,
            planned_minutes: plan.planned_minutes,
        }
    }
}

/// Checks a session number is 1-[`MAX_SESSION_NUMBER`].
pub(crate) fn check_number(number: u16) -> Result<(), SessionsError> {
    check_range(
        "number",
        i64::from(number),
        1,
        i64::from(MAX_SESSION_NUMBER),
    )
}

impl SessionPlan {
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// ([`LegacyIds`](crate::id::LegacyIds)); empty for a document whose ids always were in it.
    pub fn legacy_ids(&self) -> &crate::id::LegacyIds {
        &self.legacy_ids
    }

    /// A plan with no focus components and no exercises yet.
    ///
    /// # Errors
    ///
    /// [`SessionsError::OutOfRange`] when `number` is outside 1-[`MAX_SESSION_NUMBER`] or
    /// `planned_minutes` outside 1-[`MAX_SESSION_MINUTES`].
    pub fn new(
        session: SessionId,
        number: u16,
        kind: SessionKind,
        scheduled_at: DateTime<Utc>,
        modality: Modality,
        planned_minutes: u16,
    ) -> Result<SessionPlan, SessionsError> {
        SessionPlan::try_from(SessionPlanWire {
            legacy_ids: crate::id::LegacyIds::default(),
            schema_version: Current::new(),
            session,
            number,
            kind,
            focus: BTreeSet::new(),
            exercises: Vec::new(),
            scheduled_at,
            modality,
            planned_minutes,
        })
    }

    /// The plan with these focus components (repeats collapse).
    pub fn with_focus(mut self, focus: impl IntoIterator<Item = PrtComponent>) -> SessionPlan {
        self.focus = focus.into_iter().collect();
        self
    }

    /// The plan with these exercises, in order.
    ///
    /// # Errors
    ///
    /// [`SessionsError::TooMany`] beyond [`MAX_PLANNED_EXERCISES`].
    pub fn with_exercises(
        mut self,
        exercises: impl IntoIterator<Item = Exercise>,
    ) -> Result<SessionPlan, SessionsError> {
        let exercises: Vec<Exercise> = exercises.into_iter().collect();
        check_len("exercises", exercises.len(), MAX_PLANNED_EXERCISES)?;
        self.exercises = exercises;
        Ok(self)
    }

    /// The session this plan is for.
    pub fn session(&self) -> &SessionId {
        &self.session
    }

    /// The 1-based number in the program.
    pub fn number(&self) -> u16 {
        self.number
    }

    /// What the session is for.
    pub fn kind(&self) -> SessionKind {
        self.kind
    }

    /// The focus components.
    pub fn focus(&self) -> &BTreeSet<PrtComponent> {
        &self.focus
    }

    /// The planned exercises, in order.
    pub fn exercises(&self) -> &[Exercise] {
        &self.exercises
    }

    /// The scheduled start.
    pub fn scheduled_at(&self) -> DateTime<Utc> {
        self.scheduled_at
    }

    /// How the session is held.
    pub fn modality(&self) -> Modality {
        self.modality
    }

    /// The planned length, in minutes.
    pub fn planned_minutes(&self) -> u16 {
        self.planned_minutes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::ExerciseKind;

    fn plan(number: u16, minutes: u16) -> Result<SessionPlan, SessionsError> {
        SessionPlan::new(
            SessionId::new("s-1").unwrap(),
            number,
            SessionKind::PrtTherapy,
            "2026-03-02T17:00:00Z".parse().unwrap(),
            Modality::Video,
            minutes,
        )
    }

    #[test]
    fn plan_bounds() {
        assert!(plan(1, 1).is_ok());
        assert!(plan(MAX_SESSION_NUMBER, MAX_SESSION_MINUTES).is_ok());
        assert_eq!(
            plan(201, 60),
            Err(SessionsError::OutOfRange {
                field: "number",
                value: 201,
                min: 1,
                max: 200
            })
        );
        assert_eq!(
            plan(1, 0).unwrap_err().to_string(),
            "planned_minutes is 0; allowed 1-240"
        );
        assert!(plan(1, 241).is_err());
        let too_many = vec![Exercise::from(ExerciseKind::BodyScan); MAX_PLANNED_EXERCISES + 1];
        assert_eq!(
            plan(1, 60).unwrap().with_exercises(too_many),
            Err(SessionsError::TooMany {
                field: "exercises",
                count: 33,
                max: 32
            })
        );
    }

    #[test]
    fn plan_json() {
        let p = plan(3, 50)
            .unwrap()
            .with_focus([PrtComponent::SomaticTracking])
            .with_exercises([ExerciseKind::SomaticTracking.into()])
            .unwrap();
        let json = serde_json::to_value(&p).unwrap();
        assert_eq!(json["focus"], serde_json::json!(["somatic_tracking"]));
        assert_eq!(
            serde_json::from_value::<SessionPlan>(json.clone()).unwrap(),
            p
        );
        let mut bad = json.clone();
        bad["number"] = serde_json::json!(0);
        assert!(serde_json::from_value::<SessionPlan>(bad).is_err());
        let mut bad = json;
        bad["modality"] = serde_json::json!("carrier_pigeon");
        assert!(serde_json::from_value::<SessionPlan>(bad).is_err());
    }
}
