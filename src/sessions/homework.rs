//! [`Homework`]: exercises assigned for practice between sessions, their completions and adherence;
//! what an assignment and a completion are is in `assignment`.

mod assignment;

pub use self::assignment::{Assignment, Completion, Frequency, MAX_TIMES, Per};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::adherence::Proportion;
use super::{SessionsError, check_len, check_range};
use crate::SessionId;
use crate::exercises::MAX_PRACTICE_MINUTES;
use crate::version::Current;

/// The most assignments one homework may hold.
pub const MAX_ASSIGNMENTS: usize = 16;
/// The most completion entries one homework may hold.
pub const MAX_COMPLETIONS: usize = 1000;

/// Homework: exercises assigned for practice between sessions, and what was done. A root document.
///
/// # Adherence
///
/// [`adherence_between`](Homework::adherence_between)`(from, to)` is **capped completions within the
/// period / expected completions in the period**, computed exactly:
///
/// - Each assignment is active from the homework's `assigned_on` to its `due` date, both inclusive;
///   only the days of that span inside `from..=to` count.
/// - Expected completions: `times × days` for a daily frequency, `times × days / 7` for a weekly
///   one (so 3 a week over 10 days expects 30/7 ≈ 4.29). The crate counts in sevenths so the ratio
///   stays exact.
/// - Done: completions of that assignment dated inside the counted days. Extra practice of one
///   assignment is **capped** at its expectation, so doing one exercise twice as often does not
///   hide another left undone; the overall figure is therefore at most 100%.
/// - The result is `None` ("no data") when nothing was expected in the period.
///
/// ```
/// use chrono::NaiveDate;
/// use pain_reprocessing::exercises::ExerciseKind;
/// use pain_reprocessing::sessions::{Assignment, Completion, Frequency, Homework, Per};
///
/// let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).ok_or("bad date");
/// let mut homework = Homework::new(day(2)?, [
///     Assignment::new(ExerciseKind::SomaticTracking.into(), Frequency::new(1, Per::Day)?, day(8)?),
///     Assignment::new(ExerciseKind::ExpressiveWriting.into(), Frequency::new(3, Per::Week)?, day(8)?),
/// ])?;
/// for d in 2..=6 {
///     homework.record(Completion::new(0, day(d)?, 10))?; // 5 of 7 tracking
/// }
/// for d in [3, 4, 5, 7] {
///     homework.record(Completion::new(1, day(d)?, 20))?; // 4 writings, 3 expected
/// }
/// // (5 + min(4, 3)) / (7 + 3) = 8/10
/// let adherence = homework.adherence(day(8)?).ok_or("no data")?;
/// assert_eq!(adherence.percentage().to_string(), "80%");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "Homework: exercises assigned for practice between sessions, how often and until when, and the completions recorded so far. Rules across fields, checked when the document is read: every assignment's `due` is on or after `assigned_on`; each completion names one of the assignments (`assignment` is an index into `assignments`) and is on or after `assigned_on`; a completion's practice log, when given, agrees with it (the log starts on the completion's `on`, practises the assignment's exercise, for the completion's minutes)."
)]
#[serde(try_from = "HomeworkWire", into = "HomeworkWire")]
pub struct Homework {
    assigned_on: NaiveDate,
    session: Option<SessionId>,
    assignments: Vec<Assignment>,
    completions: Vec<Completion>,
    /// The original text of ids mapped on read because they were outside the id alphabet.
    legacy_ids: crate::id::LegacyIds,
}

/// Homework: exercises assigned for practice between sessions, with how often and until when, and
/// the completions recorded so far.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "Homework")]
struct HomeworkWire {
    /// The document layout version, 1.
    schema_version: Current<Homework>,
    /// The day the homework was set; every assignment starts then.
    #[serde(with = "crate::json::rfc3339::Date")]
    assigned_on: NaiveDate,
    /// The session it was set in, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    session: Option<SessionId>,
    /// The assignments (1-16); each due on or after `assigned_on`.
    #[schemars(length(min = 1, max = MAX_ASSIGNMENTS))]
    assignments: Vec<Assignment>,
    /// The completions recorded, each on or after `assigned_on` and naming an existing assignment.
    #[serde(default)]
    #[schemars(length(max = MAX_COMPLETIONS))]
    completions: Vec<Completion>,
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// (absent when none was): mapped id -> text as stored before the alphabet.
    #[serde(default, skip_serializing_if = "crate::id::LegacyIds::is_empty")]
    legacy_ids: crate::id::LegacyIds,
}

impl TryFrom<HomeworkWire> for Homework {
    type Error = SessionsError;

    fn try_from(data: HomeworkWire) -> Result<Homework, SessionsError> {
        let homework = Homework::with_assignments(data.assigned_on, data.assignments)?;
        check_len("completions", data.completions.len(), MAX_COMPLETIONS)?;
        for (index, completion) in data.completions.iter().enumerate() {
            homework.check_completion(index, completion)?;
        }
        Ok(Homework {
            session: data.session,
            completions: data.completions,
            legacy_ids: data.legacy_ids,
            ..homework
        })
    }
}

impl From<Homework> for HomeworkWire {
    fn from(value: Homework) -> HomeworkWire {
        HomeworkWire {
            legacy_ids: value.legacy_ids,
            schema_version: Current::new(),
            assigned_on: value.assigned_on,
            session: value.session,
            assignments: value.assignments,
            completions: value.completions,
        }
    }
}

impl Homework {
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// ([`LegacyIds`](crate::id::LegacyIds)); empty for a document whose ids always were in it.
    pub fn legacy_ids(&self) -> &crate::id::LegacyIds {
        &self.legacy_ids
    }

    /// Homework set on `assigned_on` with these assignments and no completions yet.
    ///
    /// # Errors
    ///
    /// [`SessionsError::Empty`] with no assignments, [`SessionsError::TooMany`] beyond
    /// [`MAX_ASSIGNMENTS`], [`SessionsError::Before`] (`assignments.due` before `assigned_on`).
    pub fn new(
        assigned_on: NaiveDate,
        assignments: impl IntoIterator<Item = Assignment>,
    ) -> Result<Homework, SessionsError> {
        Homework::with_assignments(assigned_on, assignments.into_iter().collect())
    }

    fn with_assignments(
        assigned_on: NaiveDate,
        assignments: Vec<Assignment>,
    ) -> Result<Homework, SessionsError> {
        if assignments.is_empty() {
            return Err(SessionsError::Empty {
                field: "assignments",
            });
        }
        check_len("assignments", assignments.len(), MAX_ASSIGNMENTS)?;
        check_due_dates(assigned_on, &assignments)?;
        Ok(Homework {
            legacy_ids: crate::id::LegacyIds::default(),
            assigned_on,
            session: None,
            assignments,
            completions: Vec::new(),
        })
    }

    /// The homework, noting the session it was set in.
    pub fn in_session(mut self, session: SessionId) -> Homework {
        self.session = Some(session);
        self
    }

    /// Adds a completion, after checking it in full; on error the homework is unchanged.
    ///
    /// # Errors
    ///
    /// [`SessionsError::UnknownAssignment`], [`SessionsError::Before`] (`completions.on` before
    /// `assigned_on`), [`SessionsError::OutOfRange`] (minutes),
    /// [`SessionsError::CompletionLogMismatch`], [`SessionsError::TooMany`] beyond
    /// [`MAX_COMPLETIONS`].
    pub fn record(&mut self, completion: Completion) -> Result<(), SessionsError> {
        let index = self.completions.len();
        check_len("completions", index + 1, MAX_COMPLETIONS)?;
        self.check_completion(index, &completion)?;
        self.completions.push(completion);
        Ok(())
    }

    fn check_completion(&self, index: usize, completion: &Completion) -> Result<(), SessionsError> {
        let assignment = self.assignments.get(completion.assignment()).ok_or(
            SessionsError::UnknownAssignment {
                index,
                assignment: completion.assignment(),
                count: self.assignments.len(),
            },
        )?;
        if completion.on() < self.assigned_on {
            return Err(SessionsError::Before {
                field: "completions.on",
                limit: "assigned_on",
            });
        }
        check_range(
            "completions.minutes",
            i64::from(completion.minutes()),
            1,
            i64::from(MAX_PRACTICE_MINUTES),
        )?;
        if let Some(log) = completion.log() {
            let mismatch = |field| SessionsError::CompletionLogMismatch { index, field };
            if log.started_at().date_naive() != completion.on() {
                return Err(mismatch("started_at"));
            }
            if log.exercise() != assignment.exercise() {
                return Err(mismatch("exercise"));
            }
            if log.minutes() != completion.minutes() {
                return Err(mismatch("minutes"));
            }
        }
        Ok(())
    }

    /// The day the homework was set.
    pub fn assigned_on(&self) -> NaiveDate {
        self.assigned_on
    }

    /// The session it was set in, if any.
    pub fn session(&self) -> Option<&SessionId> {
        self.session.as_ref()
    }

    /// The assignments.
    pub fn assignments(&self) -> &[Assignment] {
        &self.assignments
    }

    /// The completions, in the order recorded.
    pub fn completions(&self) -> &[Completion] {
        &self.completions
    }

    /// Adherence from `assigned_on` up to and including `as_of` (see the type docs); `None` when
    /// nothing was expected yet.
    pub fn adherence(&self, as_of: NaiveDate) -> Option<Proportion> {
        self.adherence_between(self.assigned_on, as_of)
    }

    /// Adherence over the days `from..=to` (see the type docs); `None` when nothing was expected
    /// in them.
    pub fn adherence_between(&self, from: NaiveDate, to: NaiveDate) -> Option<Proportion> {
        let (done, expected) = self.adherence_sevenths(from, to);
        Proportion::new(done, expected)
    }

    /// (capped done, expected) over `from..=to`, in sevenths of a completion.
    pub(crate) fn adherence_sevenths(&self, from: NaiveDate, to: NaiveDate) -> (u64, u64) {
        let mut done_total = 0_u64;
        let mut expected_total = 0_u64;
        for (index, assignment) in self.assignments.iter().enumerate() {
            let start = from.max(self.assigned_on);
            let end = to.min(assignment.due());
            let days = u64::try_from((end - start).num_days() + 1).unwrap_or(0);
            if days == 0 {
                continue;
            }
            let expected = assignment.frequency().expected_sevenths(days);
            let done = self
                .completions
                .iter()
                .filter(|c| c.assignment() == index && (start..=end).contains(&c.on()))
                .count();
            let done = u64::try_from(done).unwrap_or(u64::MAX).saturating_mul(7);
            done_total += done.min(expected);
            expected_total += expected;
        }
        (done_total, expected_total)
    }
}

/// Checks that every assignment is due on or after `assigned_on`.
pub(crate) fn check_due_dates(
    assigned_on: NaiveDate,
    assignments: &[Assignment],
) -> Result<(), SessionsError> {
    if assignments.iter().any(|a| a.due() < assigned_on) {
        return Err(SessionsError::Before {
            field: "assignments.due",
            limit: "assigned_on",
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::{ExerciseKind, PracticeLog};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn assignment(kind: ExerciseKind, times: u8, per: Per, due: u32) -> Assignment {
        Assignment::new(kind.into(), Frequency::new(times, per).unwrap(), day(due))
    }

    #[test]
    fn homework_validation() {
        assert_eq!(
            Homework::new(day(2), []),
            Err(SessionsError::Empty {
                field: "assignments"
            })
        );
        assert_eq!(
            Homework::new(day(9), [assignment(ExerciseKind::BodyScan, 1, Per::Day, 8)]),
            Err(SessionsError::Before {
                field: "assignments.due",
                limit: "assigned_on"
            })
        );
        let many = vec![assignment(ExerciseKind::BodyScan, 1, Per::Day, 8); 17];
        assert!(matches!(
            Homework::new(day(2), many),
            Err(SessionsError::TooMany { count: 17, .. })
        ));
        // A one-day assignment due the day it is set is fine.
        assert!(
            Homework::new(day(2), [assignment(ExerciseKind::BodyScan, 1, Per::Day, 2)]).is_ok()
        );
    }

    #[test]
    fn completion_validation_leaves_homework_unchanged() {
        let mut hw =
            Homework::new(day(2), [assignment(ExerciseKind::BodyScan, 1, Per::Day, 8)]).unwrap();
        let before = hw.clone();
        assert_eq!(
            hw.record(Completion::new(1, day(3), 10)),
            Err(SessionsError::UnknownAssignment {
                index: 0,
                assignment: 1,
                count: 1
            })
        );
        assert!(matches!(
            hw.record(Completion::new(0, day(1), 10)),
            Err(SessionsError::Before {
                field: "completions.on",
                ..
            })
        ));
        assert!(matches!(
            hw.record(Completion::new(0, day(3), 0)),
            Err(SessionsError::OutOfRange {
                field: "completions.minutes",
                ..
            })
        ));
        let log = |kind: ExerciseKind, at: &str, minutes| {
            PracticeLog::builder(kind.into(), at.parse().unwrap(), minutes)
                .build()
                .unwrap()
        };
        for (bad, field) in [
            (
                log(ExerciseKind::BodyScan, "2026-03-04T08:00:00Z", 10),
                "started_at",
            ),
            (
                log(ExerciseKind::GuidedImagery, "2026-03-03T08:00:00Z", 10),
                "exercise",
            ),
            (
                log(ExerciseKind::BodyScan, "2026-03-03T08:00:00Z", 11),
                "minutes",
            ),
        ] {
            assert_eq!(
                hw.record(Completion::new(0, day(3), 10).with_log(bad)),
                Err(SessionsError::CompletionLogMismatch { index: 0, field })
            );
        }
        assert_eq!(hw, before);
        hw.record(Completion::new(0, day(3), 10).with_log(log(
            ExerciseKind::BodyScan,
            "2026-03-03T08:00:00Z",
            10,
        )))
        .unwrap();
        assert_eq!(hw.completions().len(), 1);
    }

    #[test]
    fn adherence_arithmetic() {
        // Set Mon 2 March. A: 1/day until 8 March (7 days, expects 7 = 49 sevenths).
        // B: 3/week until 12 March (11 days, expects 33/7).
        let mut hw = Homework::new(
            day(2),
            [
                assignment(ExerciseKind::SomaticTracking, 1, Per::Day, 8),
                assignment(ExerciseKind::ExpressiveWriting, 3, Per::Week, 12),
            ],
        )
        .unwrap();
        assert_eq!(
            hw.adherence(day(1)),
            None,
            "nothing expected before it starts"
        );
        for d in [2, 3, 3, 5] {
            hw.record(Completion::new(0, day(d), 10)).unwrap();
        }
        for d in [4, 11, 20] {
            hw.record(Completion::new(1, day(d), 20)).unwrap();
        }
        // As of 3 March: A expects 2 days × 7 = 14, done 3 × 7 = 21 capped to 14;
        // B expects 3 × 2 = 6 sevenths, done 0. (14 + 0) / (14 + 6) = 70%.
        let early = hw.adherence(day(3)).unwrap();
        assert_eq!((early.part(), early.whole()), (14, 20));
        assert_eq!(early.percentage().to_string(), "70%");
        // Whole span to 12 March: A 4 × 7 = 28 of 49; B 11 days → 33 sevenths expected,
        // done 2 (4th and 11th; the 20th is after due) → 14. (28 + 14) / (49 + 33) = 42/82 = 51.22%.
        let all = hw.adherence(day(31)).unwrap();
        assert_eq!((all.part(), all.whole()), (42, 82));
        assert_eq!(all.percentage().to_string(), "51.22%");
        assert_eq!(all.ratio().to_string(), "0.51");
        // A window: 9-12 March only B is active: 4 days → 12 sevenths, done 1 (11th) → 7. 58.33%.
        let window = hw.adherence_between(day(9), day(12)).unwrap();
        assert_eq!((window.part(), window.whole()), (7, 12));
        assert_eq!(window.percentage().to_string(), "58.33%");
        assert_eq!(hw.adherence_between(day(13), day(31)), None);
    }

    #[test]
    fn homework_json_rechecks_completions() {
        let mut hw = Homework::new(day(2), [assignment(ExerciseKind::BodyScan, 1, Per::Day, 8)])
            .unwrap()
            .in_session(SessionId::new("s-1").unwrap());
        hw.record(Completion::new(0, day(3), 10)).unwrap();
        let json = serde_json::to_value(&hw).unwrap();
        assert_eq!(
            serde_json::from_value::<Homework>(json.clone()).unwrap(),
            hw
        );
        let mut bad = json.clone();
        bad["completions"][0]["assignment"] = serde_json::json!(4);
        let err = serde_json::from_value::<Homework>(bad)
            .unwrap_err()
            .to_string();
        assert!(err.contains("completions[0].assignment is 4"), "{err}");
        let mut bad = json;
        bad["assignments"] = serde_json::json!([]);
        assert!(serde_json::from_value::<Homework>(bad).is_err());
    }
}
