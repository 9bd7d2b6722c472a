//! The facts a status must satisfy, checked when a change is applied and again when a record is
//! read.

use chrono::{DateTime, Utc};

use crate::SessionId;
use crate::exercises::PracticeLog;
use crate::sessions::homework::{Assignment, MAX_ASSIGNMENTS};
use crate::sessions::status::MAX_SESSION_EXERCISES;
use crate::sessions::{SessionsError, check_len};

/// The facts a completed session must satisfy.
pub(super) fn check_completed(
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
pub(super) fn check_no_show(
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

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::super::tests::{in_progress, log, scheduled, t};
    use super::*;
    use crate::exercises::ExerciseKind;
    use crate::sessions::{Frequency, Per, SessionOutcome, SessionStatus};
    use crate::{Note, Rating};

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
}
