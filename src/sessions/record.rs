//! [`SessionRecord`]: what happened to a session, with its status lifecycle.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::homework::{Assignment, Homework, MAX_ASSIGNMENTS};
use super::plan::{Modality, SessionKind, SessionPlan, check_number};
use super::status::{
    CancellationReason, CancelledBy, MAX_SESSION_EXERCISES, Reschedule, SessionOutcome,
    SessionStatus, StatusChange,
};
use super::{SessionsError, check_len};
use crate::exercises::PracticeLog;
use crate::version::Current;
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

/// What happened to one session: its identity, current scheduled time, reschedule history and
/// status with the facts of that status.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "SessionRecord")]
struct SessionRecordWire {
    /// The document layout version, 1.
    schema_version: Current<SessionRecord>,
    /// The session.
    session: SessionId,
    /// The session's 1-based number in the program.
    #[schemars(range(min = 1, max = super::MAX_SESSION_NUMBER))]
    number: u16,
    /// What the session is for.
    kind: SessionKind,
    /// How the session is held.
    modality: Modality,
    /// The current scheduled start (after any reschedules).
    #[serde(with = "crate::json::rfc3339::DateTime")]
    scheduled_at: DateTime<Utc>,
    /// Every move to a new time, oldest first.
    #[serde(default)]
    #[schemars(length(max = MAX_RESCHEDULES))]
    reschedules: Vec<Reschedule>,
    /// The status and its facts.
    status: SessionStatus,
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// (absent when none was): mapped id -> text as stored before the alphabet.
    #[serde(default, skip_serializing_if = "crate::id::LegacyIds::is_empty")]
    legacy_ids: crate::id::LegacyIds,
}

impl TryFrom<SessionRecordWire> for SessionRecord {
    type Error = SessionsError;

    fn try_from(data: SessionRecordWire) -> Result<SessionRecord, SessionsError> {
        check_number(data.number)?;
        check_len("reschedules", data.reschedules.len(), MAX_RESCHEDULES)?;
        let mut previous: Option<&Reschedule> = None;
        for (index, reschedule) in data.reschedules.iter().enumerate() {
            if reschedule.from == reschedule.to {
                return Err(SessionsError::RescheduleToSameTime { index });
            }
            if previous.is_some_and(|p| p.to != reschedule.from) {
                return Err(SessionsError::RescheduleHistoryBroken { index });
            }
            previous = Some(reschedule);
        }
        if let Some(last) = previous
            && last.to != data.scheduled_at
        {
            return Err(SessionsError::RescheduleHistoryBroken {
                index: data.reschedules.len().saturating_sub(1),
            });
        }
        match &data.status {
            SessionStatus::Completed {
                started_at,
                ended_at,
                exercises,
                homework,
                ..
            } => check_completed(&data.session, *started_at, *ended_at, exercises, homework)?,
            SessionStatus::NoShow { recorded_at } => {
                check_no_show(data.scheduled_at, *recorded_at)?
            }
            _ => {}
        }
        Ok(SessionRecord {
            legacy_ids: data.legacy_ids,
            session: data.session,
            number: data.number,
            kind: data.kind,
            modality: data.modality,
            scheduled_at: data.scheduled_at,
            reschedules: data.reschedules,
            status: data.status,
        })
    }
}

impl From<SessionRecord> for SessionRecordWire {
    fn from(record: SessionRecord) -> SessionRecordWire {
        SessionRecordWire {
            legacy_ids: record.legacy_ids,
            schema_version: Current::new(),
            session: record.session,
            number: record.number,
            kind: record.kind,
            modality: record.modality,
            scheduled_at: record.scheduled_at,
            reschedules: record.reschedules,
            status: record.status,
        }
    }
}

/// The facts a completed session must satisfy.
fn check_completed(
    session: &SessionId,
    started_at: DateTime<Utc>,
    ended_at: DateTime<Utc>,
    exercises: &[PracticeLog],
    homework: &[Assignment],
) -> Result<(), SessionsError> {
    if ended_at <= started_at {
        return Err(SessionsError::NotAfter {
            later: "ended_at",
            earlier: "started_at",
        });
    }
    check_len("exercises", exercises.len(), MAX_SESSION_EXERCISES)?;
    check_len("homework", homework.len(), MAX_ASSIGNMENTS)?;
    for (index, log) in exercises.iter().enumerate() {
        if log.session().is_some_and(|s| s != session) {
            return Err(SessionsError::PracticeInOtherSession { index });
        }
        if log.started_at() < started_at || log.ended_at() > ended_at {
            return Err(SessionsError::PracticeOutsideSession { index });
        }
    }
    if homework.iter().any(|a| a.due() < ended_at.date_naive()) {
        return Err(SessionsError::Before {
            field: "homework.due",
            limit: "ended_at",
        });
    }
    Ok(())
}

/// A no-show is recorded no earlier than the scheduled time.
fn check_no_show(
    scheduled_at: DateTime<Utc>,
    recorded_at: DateTime<Utc>,
) -> Result<(), SessionsError> {
    if recorded_at < scheduled_at {
        return Err(SessionsError::Before {
            field: "recorded_at",
            limit: "scheduled_at",
        });
    }
    Ok(())
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
    use crate::Note;
    use crate::exercises::ExerciseKind;
    use crate::sessions::{ChangeKind, Frequency, Per, StatusKind};

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn id() -> SessionId {
        SessionId::new("sess-1").unwrap()
    }

    fn scheduled() -> SessionRecord {
        SessionRecord::new(
            id(),
            1,
            SessionKind::PrtTherapy,
            Modality::InPerson,
            t("2026-03-02T17:00:00Z"),
        )
        .unwrap()
    }

    fn in_progress() -> SessionRecord {
        let mut r = scheduled();
        r.start(t("2026-03-02T17:00:00Z"), Some(Rating::new(6).unwrap()))
            .unwrap();
        r
    }

    fn log(at: &str, minutes: u16) -> PracticeLog {
        PracticeLog::builder(ExerciseKind::SomaticTracking.into(), t(at), minutes)
            .build()
            .unwrap()
    }

    fn completed() -> SessionRecord {
        let mut r = in_progress();
        r.complete(SessionOutcome::new(t("2026-03-02T18:00:00Z")))
            .unwrap();
        r
    }

    fn cancelled() -> SessionRecord {
        let mut r = scheduled();
        r.cancel(
            CancelledBy::Clinic,
            CancellationReason::ClinicianUnavailable,
            t("2026-03-01T09:00:00Z"),
        )
        .unwrap();
        r
    }

    fn no_show() -> SessionRecord {
        let mut r = scheduled();
        r.no_show(t("2026-03-02T17:15:00Z")).unwrap();
        r
    }

    /// A valid attempt of every change kind (valid in its own facts, whatever the status).
    fn attempt(kind: ChangeKind) -> StatusChange {
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
    fn completion_facts_are_checked_before_anything_changes() {
        let base = in_progress();
        let end = t("2026-03-02T18:00:00Z");
        let other = SessionId::new("sess-2").unwrap();
        let due_early = Assignment::new(
            ExerciseKind::BodyScan.into(),
            Frequency::new(1, Per::Day).unwrap(),
            NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        );
        let cases = [
            (
                SessionOutcome::new(t("2026-03-02T17:00:00Z")),
                SessionsError::NotAfter {
                    later: "ended_at",
                    earlier: "started_at",
                },
            ),
            (
                SessionOutcome::new(t("2026-03-02T16:00:00Z")),
                SessionsError::NotAfter {
                    later: "ended_at",
                    earlier: "started_at",
                },
            ),
            (
                // Starts 16:59, a minute before the session.
                SessionOutcome::new(end).exercise(log("2026-03-02T16:59:00Z", 10)),
                SessionsError::PracticeOutsideSession { index: 0 },
            ),
            (
                // 17:51 + 10 minutes ends 18:01, after the session's end.
                SessionOutcome::new(end)
                    .exercise(log("2026-03-02T17:05:00Z", 10))
                    .exercise(log("2026-03-02T17:51:00Z", 10)),
                SessionsError::PracticeOutsideSession { index: 1 },
            ),
            (
                SessionOutcome::new(end).exercise(
                    PracticeLog::builder(
                        ExerciseKind::BodyScan.into(),
                        t("2026-03-02T17:10:00Z"),
                        5,
                    )
                    .session(other)
                    .build()
                    .unwrap(),
                ),
                SessionsError::PracticeInOtherSession { index: 0 },
            ),
            (
                SessionOutcome::new(end).homework(due_early),
                SessionsError::Before {
                    field: "homework.due",
                    limit: "ended_at",
                },
            ),
        ];
        for (outcome, expected) in cases {
            let mut r = base.clone();
            assert_eq!(r.complete(outcome), Err(expected.clone()), "{expected}");
            assert_eq!(r, base);
        }
        let too_many = (0..33).fold(SessionOutcome::new(end), |o, _| {
            o.exercise(log("2026-03-02T17:10:00Z", 1))
        });
        let mut r = base.clone();
        assert!(matches!(
            r.complete(too_many),
            Err(SessionsError::TooMany {
                field: "exercises",
                count: 33,
                ..
            })
        ));
        // Edges: a log that fills the session exactly is inside it.
        let mut r = base.clone();
        r.complete(
            SessionOutcome::new(end)
                .exercise(log("2026-03-02T17:00:00Z", 60))
                .pain_after(Rating::new(3).unwrap())
                .alliance(Rating::new(9).unwrap())
                .notes(Note::new("patient disclosed a private worry").unwrap()),
        )
        .unwrap();
        let SessionStatus::Completed {
            pain_before,
            pain_after,
            ..
        } = r.status()
        else {
            panic!("not completed");
        };
        assert_eq!(
            (
                pain_before.map(Rating::value),
                pain_after.map(Rating::value)
            ),
            (Some(6), Some(3))
        );
        assert!(!format!("{r:?}").contains("private"));
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

    #[test]
    fn no_show_not_before_the_scheduled_time() {
        let mut r = scheduled();
        assert_eq!(
            r.no_show(t("2026-03-02T16:59:59Z")),
            Err(SessionsError::Before {
                field: "recorded_at",
                limit: "scheduled_at"
            })
        );
        assert_eq!(r, scheduled());
        assert!(r.no_show(t("2026-03-02T17:00:00Z")).is_ok());
    }

    #[test]
    fn json_rechecks_every_invariant() {
        let mut r = scheduled();
        r.reschedule(t("2026-03-03T17:00:00Z")).unwrap();
        r.start(t("2026-03-03T17:00:00Z"), None).unwrap();
        r.complete(
            SessionOutcome::new(t("2026-03-03T18:00:00Z"))
                .exercise(log("2026-03-03T17:10:00Z", 10)),
        )
        .unwrap();
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["status"]["state"], "completed");
        assert_eq!(
            serde_json::from_value::<SessionRecord>(json.clone()).unwrap(),
            r
        );
        let expect_err = |edit: &dyn Fn(&mut serde_json::Value), needle: &str| {
            let mut bad = json.clone();
            edit(&mut bad);
            let err = serde_json::from_value::<SessionRecord>(bad)
                .unwrap_err()
                .to_string();
            assert!(err.contains(needle), "{needle}: {err}");
        };
        expect_err(
            &|v| v["status"]["ended_at"] = "2026-03-03T16:00:00Z".into(),
            "ended_at is not after started_at",
        );
        expect_err(
            &|v| v["status"]["exercises"][0]["started_at"] = "2026-03-03T17:55:00Z".into(),
            "exercises[0] is not within",
        );
        expect_err(
            &|v| v["scheduled_at"] = "2026-03-05T17:00:00Z".into(),
            "reschedules[0] does not continue",
        );
        expect_err(
            &|v| v["reschedules"][0]["to"] = v["reschedules"][0]["from"].clone(),
            "reschedules[0].to equals its from",
        );
        expect_err(&|v| v["number"] = 0.into(), "number is 0");
        expect_err(
            &|v| v["status"]["state"] = "rescheduled".into(),
            "unknown variant",
        );
        expect_err(
            &|v| {
                v["status"] =
                    serde_json::json!({"state": "completed", "started_at": "2026-03-03T17:00:00Z"});
            },
            "missing field `ended_at`",
        );
        expect_err(&|v| v["status"]["extra"] = 1.into(), "unknown field");
        expect_err(
            &|v| {
                v["status"] =
                    serde_json::json!({"state": "no_show", "recorded_at": "2026-03-01T00:00:00Z"})
            },
            "recorded_at is before scheduled_at",
        );
        let mut two = json.clone();
        two["reschedules"] = serde_json::json!([
            {"from": "2026-03-02T17:00:00Z", "to": "2026-03-02T18:00:00Z"},
            {"from": "2026-03-02T19:00:00Z", "to": "2026-03-03T17:00:00Z"},
        ]);
        let err = serde_json::from_value::<SessionRecord>(two)
            .unwrap_err()
            .to_string();
        assert!(err.contains("reschedules[1] does not continue"), "{err}");
    }
}
