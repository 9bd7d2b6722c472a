//! [`SessionRecord`]: what happened to a session, with its status lifecycle; the facts each
//! status must satisfy are in `facts`, reading a record from JSON in `read`.

mod facts;
mod read;

use self::facts::{check_completed, check_no_show};
use self::read::SessionRecordWire;
use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::homework::Homework;
use super::plan::{Modality, SessionKind, SessionPlan, check_number};
use super::status::{
    CancellationReason, CancelledBy, Reschedule, SessionOutcome, SessionStatus, StatusChange,
};
use super::{SessionsError, check_len};
use crate::{Rating, SessionId};

/// The most times one session may be rescheduled.
pub const MAX_RESCHEDULES: usize = 20;

/// What happened to one session: a root document.
///
/// The lifecycle and the rule that a rejected change leaves the record unchanged are described in
/// the [module docs](crate::sessions). Reading a record from JSON re-checks every invariant: the
/// session number, the reschedule history (each move starts where the last ended, and the last ends
/// at `scheduled_at`), and the facts of the status (a completed session ends after it starts, its
/// practice logs lie within it and name no other session, its homework is due on or after the day
/// it ended; a no-show is recorded no earlier than the scheduled time).
///
/// Clinician notes are [`Note`](crate::Note)s, so `Debug` never shows their text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "What happened to one session: its identity, current scheduled time, reschedule history and status with the facts of that status. Also checked on reading: a completed session ends after it starts and its practice logs lie within it; reschedules chain up to scheduled_at."
)]
#[serde(try_from = "SessionRecordWire", into = "SessionRecordWire")]
pub struct SessionRecord {
    session: SessionId,
    number: u16,
    kind: SessionKind,
    modality: Modality,
    scheduled_at: DateTime<Utc>,
    reschedules: Vec<Reschedule>,
    status: SessionStatus,
    /// The original text of ids mapped on read because they were outside the id alphabet.
    legacy_ids: crate::id::LegacyIds,
}

impl SessionRecord {
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// ([`LegacyIds`](crate::id::LegacyIds)); empty for a document whose ids always were in it.
    pub fn legacy_ids(&self) -> &crate::id::LegacyIds {
        &self.legacy_ids
    }

    /// A scheduled session with no history.
    ///
    /// # Errors
    ///
    /// [`SessionsError::OutOfRange`] when `number` is outside 1-[`MAX_SESSION_NUMBER`](super::MAX_SESSION_NUMBER).
    pub fn new(
        session: SessionId,
        number: u16,
        kind: SessionKind,
        modality: Modality,
        scheduled_at: DateTime<Utc>,
    ) -> Result<SessionRecord, SessionsError> {
        check_number(number)?;
        Ok(SessionRecord {
            legacy_ids: crate::id::LegacyIds::default(),
            session,
            number,
            kind,
            modality,
            scheduled_at,
            reschedules: Vec::new(),
            status: SessionStatus::Scheduled,
        })
    }

    /// The scheduled record of a planned session.
    pub fn from_plan(plan: &SessionPlan) -> SessionRecord {
        SessionRecord {
            legacy_ids: crate::id::LegacyIds::default(),
            session: plan.session().clone(),
            number: plan.number(),
            kind: plan.kind(),
            modality: plan.modality(),
            scheduled_at: plan.scheduled_at(),
            reschedules: Vec::new(),
            status: SessionStatus::Scheduled,
        }
    }

    /// Applies `change` after checking it in full. On error the record is unchanged.
    ///
    /// # Errors
    ///
    /// [`SessionsError::IllegalTransition`] when the lifecycle does not allow `change` from the
    /// current status; otherwise the errors of the specific change (see [`complete`](Self::complete),
    /// [`no_show`](Self::no_show), [`reschedule`](Self::reschedule)).
    pub fn apply(&mut self, change: StatusChange) -> Result<(), SessionsError> {
        let illegal = SessionsError::IllegalTransition {
            from: self.status.kind(),
            change: change.kind(),
        };
        let status = match (&self.status, change) {
            (SessionStatus::Scheduled, StatusChange::Start { at, pain_before }) => {
                SessionStatus::InProgress {
                    started_at: at,
                    pain_before,
                }
            }
            (SessionStatus::Scheduled, StatusChange::Reschedule { to }) => {
                let index = self.reschedules.len();
                if to == self.scheduled_at {
                    return Err(SessionsError::RescheduleToSameTime { index });
                }
                check_len("reschedules", index + 1, MAX_RESCHEDULES)?;
                self.reschedules.push(Reschedule {
                    from: self.scheduled_at,
                    to,
                });
                self.scheduled_at = to;
                return Ok(());
            }
            (SessionStatus::Scheduled, StatusChange::Cancel { by, reason, at }) => {
                SessionStatus::Cancelled { by, reason, at }
            }
            (SessionStatus::Scheduled, StatusChange::NoShow { at }) => {
                check_no_show(self.scheduled_at, at)?;
                SessionStatus::NoShow { recorded_at: at }
            }
            (
                SessionStatus::InProgress {
                    started_at,
                    pain_before,
                },
                StatusChange::Complete(outcome),
            ) => {
                check_completed(
                    &self.session,
                    *started_at,
                    outcome.ended_at,
                    &outcome.exercises,
                    &outcome.homework,
                )?;
                SessionStatus::Completed {
                    started_at: *started_at,
                    ended_at: outcome.ended_at,
                    exercises: outcome.exercises,
                    homework: outcome.homework,
                    pain_before: *pain_before,
                    pain_after: outcome.pain_after,
                    notes: outcome.notes,
                    alliance: outcome.alliance,
                }
            }
            _ => return Err(illegal),
        };
        self.status = status;
        Ok(())
    }

    /// Starts the session at `at` (scheduled → in progress).
    ///
    /// # Errors
    ///
    /// [`SessionsError::IllegalTransition`] unless scheduled.
    pub fn start(
        &mut self,
        at: DateTime<Utc>,
        pain_before: Option<Rating>,
    ) -> Result<(), SessionsError> {
        self.apply(StatusChange::Start { at, pain_before })
    }

    /// Completes the session (in progress → completed).
    ///
    /// # Errors
    ///
    /// [`SessionsError::IllegalTransition`] unless in progress; [`SessionsError::NotAfter`] when
    /// it ends at or before its start; [`SessionsError::Before`] when homework is due before the
    /// day it ends;
    /// [`SessionsError::PracticeOutsideSession`] and [`SessionsError::PracticeInOtherSession`] for
    /// practice logs; [`SessionsError::TooMany`] for too many exercises or assignments.
    pub fn complete(&mut self, outcome: SessionOutcome) -> Result<(), SessionsError> {
        self.apply(StatusChange::Complete(outcome))
    }

    /// Cancels the session (scheduled → cancelled).
    ///
    /// # Errors
    ///
    /// [`SessionsError::IllegalTransition`] unless scheduled.
    pub fn cancel(
        &mut self,
        by: CancelledBy,
        reason: CancellationReason,
        at: DateTime<Utc>,
    ) -> Result<(), SessionsError> {
        self.apply(StatusChange::Cancel { by, reason, at })
    }

    /// Records that the patient did not attend (scheduled → no-show).
    ///
    /// # Errors
    ///
    /// [`SessionsError::IllegalTransition`] unless scheduled; [`SessionsError::Before`] when `at`
    /// is before the scheduled time.
    pub fn no_show(&mut self, at: DateTime<Utc>) -> Result<(), SessionsError> {
        self.apply(StatusChange::NoShow { at })
    }

    /// Moves the session to `to` (scheduled → scheduled, history appended).
    ///
    /// # Errors
    ///
    /// [`SessionsError::IllegalTransition`] unless scheduled; [`SessionsError::RescheduleToSameTime`]
    /// when `to` is the current time; [`SessionsError::TooMany`] beyond [`MAX_RESCHEDULES`].
    pub fn reschedule(&mut self, to: DateTime<Utc>) -> Result<(), SessionsError> {
        self.apply(StatusChange::Reschedule { to })
    }

    /// The session.
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

    /// How the session is held.
    pub fn modality(&self) -> Modality {
        self.modality
    }

    /// The current scheduled start.
    pub fn scheduled_at(&self) -> DateTime<Utc> {
        self.scheduled_at
    }

    /// The first scheduled start, before any reschedule.
    pub fn originally_scheduled_at(&self) -> DateTime<Utc> {
        self.reschedules
            .first()
            .map_or(self.scheduled_at, |first| first.from)
    }

    /// Every move to a new time, oldest first.
    pub fn reschedules(&self) -> &[Reschedule] {
        &self.reschedules
    }

    /// The status and its facts.
    pub fn status(&self) -> &SessionStatus {
        &self.status
    }

    /// The homework set in this session as a [`Homework`] document to record completions in:
    /// assigned on the day the session ended and linked to the session. `None` unless the session
    /// is completed with at least one assignment.
    pub fn homework(&self) -> Option<Homework> {
        match &self.status {
            SessionStatus::Completed {
                ended_at, homework, ..
            } => Homework::new(ended_at.date_naive(), homework.iter().cloned())
                .ok()
                .map(|h| h.in_session(self.session.clone())),
            _ => None,
        }
    }
}
#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::exercises::{ExerciseKind, PracticeLog};
    use crate::sessions::Assignment;
    use crate::sessions::{ChangeKind, Frequency, Per, StatusKind};

    pub(super) fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    pub(super) fn id() -> SessionId {
        SessionId::new("sess-1").unwrap()
    }

    pub(super) fn scheduled() -> SessionRecord {
        SessionRecord::new(
            id(),
            1,
            SessionKind::PrtTherapy,
            Modality::InPerson,
            t("2026-03-02T17:00:00Z"),
        )
        .unwrap()
    }

    pub(super) fn in_progress() -> SessionRecord {
        let mut r = scheduled();
        r.start(t("2026-03-02T17:00:00Z"), Some(Rating::new(6).unwrap()))
            .unwrap();
        r
    }

    pub(super) fn log(at: &str, minutes: u16) -> PracticeLog {
        PracticeLog::builder(ExerciseKind::SomaticTracking.into(), t(at), minutes)
            .build()
            .unwrap()
    }

    pub(super) fn completed() -> SessionRecord {
        let mut r = in_progress();
        r.complete(SessionOutcome::new(t("2026-03-02T18:00:00Z")))
            .unwrap();
        r
    }

    pub(super) fn cancelled() -> SessionRecord {
        let mut r = scheduled();
        r.cancel(
            CancelledBy::Clinic,
            CancellationReason::ClinicianUnavailable,
            t("2026-03-01T09:00:00Z"),
        )
        .unwrap();
        r
    }

    pub(super) fn no_show() -> SessionRecord {
        let mut r = scheduled();
        r.no_show(t("2026-03-02T17:15:00Z")).unwrap();
        r
    }

    /// A valid attempt of every change kind (valid in its own facts, whatever the status).
    pub(super) fn attempt(kind: ChangeKind) -> StatusChange {
        match kind {
            ChangeKind::Start => StatusChange::Start {
                at: t("2026-03-02T17:01:00Z"),
                pain_before: None,
            },
            ChangeKind::Complete => {
                StatusChange::Complete(SessionOutcome::new(t("2026-03-02T18:00:00Z")))
            }
            ChangeKind::Cancel => StatusChange::Cancel {
                by: CancelledBy::Patient,
                reason: CancellationReason::Illness,
                at: t("2026-03-02T08:00:00Z"),
            },
            ChangeKind::NoShow => StatusChange::NoShow {
                at: t("2026-03-02T17:30:00Z"),
            },
            ChangeKind::Reschedule => StatusChange::Reschedule {
                to: t("2026-03-03T17:00:00Z"),
            },
        }
    }

    #[test]
    fn every_change_from_every_status() {
        let records = [
            scheduled(),
            in_progress(),
            completed(),
            cancelled(),
            no_show(),
        ];
        for record in records {
            for kind in ChangeKind::ALL {
                let from = record.status().kind();
                let mut changed = record.clone();
                let result = changed.apply(attempt(kind));
                match from.after(kind) {
                    Some(to) => {
                        assert_eq!(result, Ok(()), "{from:?} {kind:?}");
                        assert_eq!(changed.status().kind(), to);
                    }
                    None => {
                        assert_eq!(
                            result,
                            Err(SessionsError::IllegalTransition { from, change: kind }),
                            "{from:?} {kind:?}"
                        );
                        assert_eq!(changed, record, "rejected change must not touch the record");
                    }
                }
            }
        }
        // The documented table, spelled out: five legal moves in all.
        let legal: usize = [
            StatusKind::Scheduled,
            StatusKind::InProgress,
            StatusKind::Completed,
            StatusKind::Cancelled,
            StatusKind::NoShow,
        ]
        .iter()
        .map(|s| {
            ChangeKind::ALL
                .iter()
                .filter(|c| s.after(**c).is_some())
                .count()
        })
        .sum();
        assert_eq!(legal, 5);
    }

    #[test]
    fn completed_to_scheduled_is_rejected_with_its_message() {
        let mut r = completed();
        let err = r.reschedule(t("2026-03-09T17:00:00Z")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot reschedule a session that is completed"
        );
        let mut r = no_show();
        assert_eq!(
            r.start(t("2026-03-02T17:20:00Z"), None)
                .unwrap_err()
                .to_string(),
            "cannot start a session that is a no-show"
        );
        let mut r = scheduled();
        assert_eq!(
            r.complete(SessionOutcome::new(t("2026-03-02T18:00:00Z")))
                .unwrap_err()
                .to_string(),
            "cannot complete a session that is scheduled"
        );
    }

    #[test]
    fn reschedules_keep_history() {
        let mut r = scheduled();
        assert_eq!(
            r.reschedule(t("2026-03-02T17:00:00Z")),
            Err(SessionsError::RescheduleToSameTime { index: 0 })
        );
        r.reschedule(t("2026-03-03T17:00:00Z")).unwrap();
        r.reschedule(t("2026-03-04T17:00:00Z")).unwrap();
        assert_eq!(r.status().kind(), StatusKind::Scheduled);
        assert_eq!(r.scheduled_at(), t("2026-03-04T17:00:00Z"));
        assert_eq!(r.originally_scheduled_at(), t("2026-03-02T17:00:00Z"));
        assert_eq!(r.reschedules().len(), 2);
        assert_eq!(r.reschedules()[1].from(), t("2026-03-03T17:00:00Z"));
        let mut full = scheduled();
        for day in 0..MAX_RESCHEDULES {
            full.reschedule(t("2026-04-01T10:00:00Z") + chrono::TimeDelta::days(day as i64))
                .unwrap();
        }
        let before = full.clone();
        assert!(matches!(
            full.reschedule(t("2027-01-01T10:00:00Z")),
            Err(SessionsError::TooMany {
                field: "reschedules",
                ..
            })
        ));
        assert_eq!(full, before);
    }

    #[test]
    fn homework_set_in_a_session_becomes_a_document() {
        assert_eq!(completed().homework(), None, "no assignments");
        assert_eq!(scheduled().homework(), None);
        let mut r = in_progress();
        let assignment = Assignment::new(
            ExerciseKind::BodyScan.into(),
            Frequency::new(1, Per::Day).unwrap(),
            NaiveDate::from_ymd_opt(2026, 3, 9).unwrap(),
        );
        r.complete(SessionOutcome::new(t("2026-03-02T18:00:00Z")).homework(assignment.clone()))
            .unwrap();
        let homework = r.homework().unwrap();
        assert_eq!(
            homework.assigned_on(),
            NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
        );
        assert_eq!(homework.assignments(), &[assignment]);
        assert_eq!(homework.session(), Some(&id()));
    }
}
