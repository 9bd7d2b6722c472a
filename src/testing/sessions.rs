//! Strategies for the `sessions` types.

use proptest::prelude::*;

use super::*;

use chrono::{DateTime, TimeDelta, Utc};

use crate::exercises::PracticeLog;
use crate::sessions::{
    Assignment, CancellationReason, CancelledBy, Completion, Frequency, Homework, Modality, Per,
    SessionKind, SessionOutcome, SessionPlan, SessionRecord, StatusChange,
};

/// `at` moved by `minutes`, or `at` itself when that leaves chrono's range (strategies never panic).
fn shift(at: DateTime<Utc>, minutes: i64) -> DateTime<Utc> {
    at.checked_add_signed(TimeDelta::minutes(minutes))
        .unwrap_or(at)
}

fn session_kind() -> impl Strategy<Value = SessionKind> {
    proptest::sample::select(vec![
        SessionKind::PhysicianEvaluation,
        SessionKind::PrtTherapy,
        SessionKind::AssessmentOnly,
        SessionKind::Booster,
    ])
}

fn modality() -> impl Strategy<Value = Modality> {
    proptest::sample::select(vec![
        Modality::InPerson,
        Modality::Video,
        Modality::Phone,
        Modality::AsyncMessaging,
    ])
}

/// Any valid [`SessionPlan`].
pub fn session_plan() -> impl Strategy<Value = SessionPlan> {
    (
        session_id(),
        1_u16..=200,
        session_kind(),
        instant(),
        modality(),
        1_u16..=240,
        proptest::collection::btree_set(prt_component(), 0..=5),
        proptest::collection::vec(exercise(), 0..=4),
    )
        .prop_filter_map(
            "valid",
            |(id, number, kind, at, modality, minutes, focus, exercises)| {
                SessionPlan::new(id, number, kind, at, modality, minutes)
                    .and_then(|plan| plan.with_focus(focus).with_exercises(exercises))
                    .ok()
            },
        )
}

/// Any valid [`Frequency`].
pub fn frequency() -> impl Strategy<Value = Frequency> {
    (1_u8..=20, prop_oneof![Just(Per::Day), Just(Per::Week)])
        .prop_filter_map("valid", |(times, per)| Frequency::new(times, per).ok())
}

/// An [`Assignment`] due `0..=60` days after `from`.
pub fn assignment_from(from: NaiveDate) -> impl Strategy<Value = Assignment> {
    (exercise(), frequency(), 0_i64..=60).prop_map(move |(exercise, frequency, days)| {
        Assignment::new(
            exercise,
            frequency,
            from.checked_add_signed(TimeDelta::days(days))
                .unwrap_or(from),
        )
    })
}

/// Any cancellation party and reason.
pub fn cancellation() -> impl Strategy<Value = (CancelledBy, CancellationReason)> {
    (
        prop_oneof![Just(CancelledBy::Patient), Just(CancelledBy::Clinic)],
        proptest::sample::select(vec![
            CancellationReason::Illness,
            CancellationReason::SchedulingConflict,
            CancellationReason::Transport,
            CancellationReason::TechnicalProblem,
            CancellationReason::ClinicianUnavailable,
            CancellationReason::Other,
        ]),
    )
}

/// A [`SessionOutcome`] for a session that started at `started_at`: it ends 1-240 minutes later,
/// with up to three practice logs inside it (naming `session` or no session) and up to two
/// homework assignments due on or after the day it ends.
pub fn session_outcome(
    session: SessionId,
    started_at: DateTime<Utc>,
) -> impl Strategy<Value = SessionOutcome> {
    (1_i64..=240).prop_flat_map(move |length| {
        let ended_at = shift(started_at, length);
        let logs = proptest::collection::vec(
            (0..length, any::<bool>()).prop_flat_map({
                let session = session.clone();
                move |(offset, named)| {
                    let minutes = u16::try_from((length - offset).clamp(1, 240)).unwrap_or(1);
                    practice_log_at(
                        shift(started_at, offset),
                        minutes,
                        named.then(|| session.clone()),
                    )
                }
            }),
            0..=3,
        );
        (
            logs,
            proptest::collection::vec(assignment_from(ended_at.date_naive()), 0..=2),
            proptest::option::of(rating()),
            proptest::option::of(note()),
            proptest::option::of(rating()),
        )
            .prop_map(move |(logs, homework, pain_after, notes, alliance)| {
                let mut outcome = SessionOutcome::new(ended_at);
                for log in logs {
                    outcome = outcome.exercise(log);
                }
                for assignment in homework {
                    outcome = outcome.homework(assignment);
                }
                if let Some(pain) = pain_after {
                    outcome = outcome.pain_after(pain);
                }
                if let Some(notes) = notes {
                    outcome = outcome.notes(notes);
                }
                if let Some(alliance) = alliance {
                    outcome = outcome.alliance(alliance);
                }
                outcome
            })
    })
}

/// A status change for a session scheduled around `around` (times within two days of it):
/// legal or not, depending on the record's status.
pub fn status_change(
    session: SessionId,
    around: DateTime<Utc>,
) -> impl Strategy<Value = StatusChange> {
    let near = (-2880_i64..=2880).prop_map(move |m| shift(around, m));
    prop_oneof![
        (near.clone(), proptest::option::of(rating()))
            .prop_map(|(at, pain_before)| StatusChange::Start { at, pain_before }),
        near.clone()
            .prop_flat_map(move |start| session_outcome(session.clone(), start))
            .prop_map(StatusChange::Complete),
        (cancellation(), near.clone()).prop_map(|((by, reason), at)| StatusChange::Cancel {
            by,
            reason,
            at
        }),
        near.clone().prop_map(|at| StatusChange::NoShow { at }),
        near.prop_map(|to| StatusChange::Reschedule { to }),
    ]
}

/// Any valid [`SessionRecord`], in any status: a scheduled record put through up to eight
/// attempted changes (rejected ones leave it as it was).
pub fn session_record() -> impl Strategy<Value = SessionRecord> {
    (
        session_id(),
        1_u16..=200,
        session_kind(),
        modality(),
        instant(),
    )
        .prop_filter_map("valid", |(id, number, kind, modality, at)| {
            SessionRecord::new(id, number, kind, modality, at).ok()
        })
        .prop_flat_map(|record| {
            let changes = proptest::collection::vec(
                status_change(record.session().clone(), record.scheduled_at()),
                0..=8,
            );
            (Just(record), changes)
        })
        .prop_map(|(mut record, changes)| {
            for change in changes {
                let _rejected_changes_leave_it_valid = record.apply(change);
            }
            record
        })
}

/// Any valid [`Homework`] with up to four assignments and up to ten completions.
pub fn homework() -> impl Strategy<Value = Homework> {
    (day(), proptest::option::of(session_id()))
        .prop_flat_map(|(assigned_on, session)| {
            (
                Just(assigned_on),
                Just(session),
                proptest::collection::vec(assignment_from(assigned_on), 1..=4),
                proptest::collection::vec(
                    (
                        0_usize..4,
                        0_i64..=70,
                        1_u16..=240,
                        proptest::option::of(0_u32..24),
                    ),
                    0..=10,
                ),
            )
        })
        .prop_filter_map(
            "valid",
            |(assigned_on, session, assignments, completions)| {
                let count = assignments.len();
                let mut homework = Homework::new(assigned_on, assignments).ok()?;
                if let Some(session) = session {
                    homework = homework.in_session(session);
                }
                for (index, offset, minutes, logged_at_hour) in completions {
                    let index = index % count;
                    let on = assigned_on.checked_add_signed(TimeDelta::days(offset))?;
                    let mut completion = Completion::new(index, on, minutes);
                    if let Some(hour) = logged_at_hour {
                        let exercise = homework.assignments().get(index)?.exercise().clone();
                        let at = on.and_hms_opt(hour, 0, 0)?.and_utc();
                        completion = completion
                            .with_log(PracticeLog::builder(exercise, at, minutes).build().ok()?);
                    }
                    homework.record(completion).ok()?;
                }
                Some(homework)
            },
        )
}
