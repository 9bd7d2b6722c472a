//! [`PracticeLog`]: one practice of one exercise, with optional ratings before and after.

use chrono::{DateTime, TimeDelta, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::exercise::check_minutes;
use super::{Exercise, ExercisesError, SomaticTracking};
use crate::version::Current;
use crate::{Note, Rating, SessionId};

/// The most minutes one practice log may cover.
pub const MAX_PRACTICE_MINUTES: u16 = 240;

/// Whether a practice was led by someone (a clinician, a recording, an app) or done alone.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Guidance {
    /// Led by a clinician, a recording or an app.
    Guided,
    /// Done on one's own.
    SelfGuided,
}

/// One practice of one exercise: a root document.
///
/// # Ratings
///
/// Pain and fear (threat) are 0-10 [`Rating`]s before and after the practice, **each optional**.
/// PRT asks people to practise with *outcome independence*: a practice succeeds because it was
/// done, not because pain dropped (clinical reference §1.4 `[S12]`), so an app may choose not to ask
/// for ratings at all. The deltas ([`pain_change`](PracticeLog::pain_change),
/// [`fear_change`](PracticeLog::fear_change)) exist only when both ratings of a pair do.
///
/// # In-session practice
///
/// A log may name the session it happened in ([`session`](PracticeLog::session)). A session
/// record checks that the practice logs it holds lie within its start and end.
///
/// ```
/// use chrono::{DateTime, Utc};
/// use pain_reprocessing::exercises::{Exercise, ExerciseKind, Guidance, PracticeLog};
/// use pain_reprocessing::{Rating, SessionId};
///
/// let at: DateTime<Utc> = "2026-03-02T18:30:00Z".parse()?;
/// let log = PracticeLog::builder(ExerciseKind::BodyScan.into(), at, 15)
///     .guidance(Guidance::Guided)
///     .pain(Rating::new(5)?, Rating::new(5)?)
///     .session(SessionId::new("sess-3")?)
///     .build()?;
/// assert_eq!(log.pain_change(), Some(0));
/// assert_eq!(log.fear_change(), None);
/// assert_eq!(log.ended_at(), "2026-03-02T18:45:00Z".parse::<DateTime<Utc>>()?);
///
/// let err = PracticeLog::builder(ExerciseKind::BodyScan.into(), at, 0).build().unwrap_err();
/// assert_eq!(err.to_string(), "minutes is 0; allowed 1-240");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "One practice of one exercise: what, when, how long, guided or not, optional 0-10 pain and fear ratings before and after, and optional somatic-tracking detail."
)]
#[serde(try_from = "PracticeLogWire", into = "PracticeLogWire")]
pub struct PracticeLog {
    exercise: Exercise,
    started_at: DateTime<Utc>,
    minutes: u16,
    guidance: Guidance,
    pain_before: Option<Rating>,
    pain_after: Option<Rating>,
    fear_before: Option<Rating>,
    fear_after: Option<Rating>,
    note: Option<Note>,
    session: Option<SessionId>,
    somatic_tracking: Option<SomaticTracking>,
    /// The original text of ids mapped on read because they were outside the id alphabet.
    legacy_ids: crate::id::LegacyIds,
}

/// One practice of one exercise: what, when, how long, guided or not, optional 0-10 pain and fear
/// ratings before and after, and optional somatic-tracking detail.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "PracticeLog")]
struct PracticeLogWire {
    /// The document layout version, 1.
    schema_version: Current<PracticeLog>,
    /// The exercise practised.
    exercise: Exercise,
    /// When the practice started (UTC).
    #[serde(with = "crate::json::rfc3339::DateTime")]
    started_at: DateTime<Utc>,
    /// How long the practice lasted, in whole minutes (1-240).
    #[schemars(range(min = 1, max = MAX_PRACTICE_MINUTES))]
    minutes: u16,
    /// Guided or self-guided.
    guidance: Guidance,
    /// Pain intensity just before, 0-10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pain_before: Option<Rating>,
    /// Pain intensity just after, 0-10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pain_after: Option<Rating>,
    /// Fear or sense of threat just before, 0-10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fear_before: Option<Rating>,
    /// Fear or sense of threat just after, 0-10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fear_after: Option<Rating>,
    /// The person's own note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<Note>,
    /// The session the practice happened in, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    session: Option<SessionId>,
    /// Somatic-tracking detail, region by region, if recorded (added in the same version 1 layout:
    /// logs without it still read).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    somatic_tracking: Option<SomaticTracking>,
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// (absent when none was): mapped id -> text as stored before the alphabet.
    #[serde(default, skip_serializing_if = "crate::id::LegacyIds::is_empty")]
    legacy_ids: crate::id::LegacyIds,
}

impl TryFrom<PracticeLogWire> for PracticeLog {
    type Error = ExercisesError;

    fn try_from(data: PracticeLogWire) -> Result<PracticeLog, ExercisesError> {
        check_minutes("minutes", data.minutes, MAX_PRACTICE_MINUTES)?;
        if end_of(data.started_at, data.minutes).is_none() {
            return Err(ExercisesError::TimeOutOfRange {
                field: "started_at",
            });
        }
        Ok(PracticeLog {
            legacy_ids: data.legacy_ids,
            exercise: data.exercise,
            started_at: data.started_at,
            minutes: data.minutes,
            guidance: data.guidance,
            pain_before: data.pain_before,
            pain_after: data.pain_after,
            fear_before: data.fear_before,
            fear_after: data.fear_after,
            note: data.note,
            session: data.session,
            somatic_tracking: data.somatic_tracking,
        })
    }
}

impl From<PracticeLog> for PracticeLogWire {
    fn from(log: PracticeLog) -> PracticeLogWire {
        PracticeLogWire {
            legacy_ids: log.legacy_ids,
            schema_version: Current::new(),
            exercise: log.exercise,
            started_at: log.started_at,
            minutes: log.minutes,
            guidance: log.guidance,
            pain_before: log.pain_before,
            pain_after: log.pain_after,
            fear_before: log.fear_before,
            fear_after: log.fear_after,
            note: log.note,
            session: log.session,
            somatic_tracking: log.somatic_tracking,
        }
    }
}

/// `started_at + minutes`, or `None` past the last representable time.
fn end_of(started_at: DateTime<Utc>, minutes: u16) -> Option<DateTime<Utc>> {
    started_at.checked_add_signed(TimeDelta::minutes(i64::from(minutes)))
}

/// `after - before`, when both are present.
fn change(before: Option<Rating>, after: Option<Rating>) -> Option<i8> {
    let before = i8::try_from(before?.value()).ok()?;
    let after = i8::try_from(after?.value()).ok()?;
    Some(after - before)
}

impl PracticeLog {
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// ([`LegacyIds`](crate::id::LegacyIds)); empty for a document whose ids always were in it.
    pub fn legacy_ids(&self) -> &crate::id::LegacyIds {
        &self.legacy_ids
    }

    /// Starts a log of `exercise` begun at `started_at` and lasting `minutes`; self-guided, no
    /// ratings, no note and no session until set on the builder.
    pub fn builder(
        exercise: Exercise,
        started_at: DateTime<Utc>,
        minutes: u16,
    ) -> PracticeLogBuilder {
        PracticeLogBuilder {
            data: PracticeLogWire {
                legacy_ids: crate::id::LegacyIds::default(),
                schema_version: Current::new(),
                exercise,
                started_at,
                minutes,
                guidance: Guidance::SelfGuided,
                pain_before: None,
                pain_after: None,
                fear_before: None,
                fear_after: None,
                note: None,
                session: None,
                somatic_tracking: None,
            },
        }
    }

    /// The exercise practised.
    pub fn exercise(&self) -> &Exercise {
        &self.exercise
    }

    /// When the practice started.
    pub fn started_at(&self) -> DateTime<Utc> {
        self.started_at
    }

    /// How long the practice lasted, in minutes (1-[`MAX_PRACTICE_MINUTES`]).
    pub fn minutes(&self) -> u16 {
        self.minutes
    }

    /// When the practice ended: the start plus its minutes.
    pub fn ended_at(&self) -> DateTime<Utc> {
        // Construction checked that the end is representable; the fallback is never taken.
        end_of(self.started_at, self.minutes).unwrap_or(DateTime::<Utc>::MAX_UTC)
    }

    /// Guided or self-guided.
    pub fn guidance(&self) -> Guidance {
        self.guidance
    }

    /// Pain just before, if rated.
    pub fn pain_before(&self) -> Option<Rating> {
        self.pain_before
    }

    /// Pain just after, if rated.
    pub fn pain_after(&self) -> Option<Rating> {
        self.pain_after
    }

    /// Fear (threat) just before, if rated.
    pub fn fear_before(&self) -> Option<Rating> {
        self.fear_before
    }

    /// Fear (threat) just after, if rated.
    pub fn fear_after(&self) -> Option<Rating> {
        self.fear_after
    }

    /// The person's note, if any (redacted in `Debug`).
    pub fn note(&self) -> Option<&Note> {
        self.note.as_ref()
    }

    /// The session the practice happened in, if any.
    pub fn session(&self) -> Option<&SessionId> {
        self.session.as_ref()
    }

    /// The somatic-tracking detail, if recorded.
    pub fn somatic_tracking(&self) -> Option<&SomaticTracking> {
        self.somatic_tracking.as_ref()
    }

    /// Pain after minus pain before (-10 to 10; negative means less pain), when both were rated.
    pub fn pain_change(&self) -> Option<i8> {
        change(self.pain_before, self.pain_after)
    }

    /// Fear after minus fear before (-10 to 10; negative means less fear), when both were rated.
    pub fn fear_change(&self) -> Option<i8> {
        change(self.fear_before, self.fear_after)
    }
}

/// Builds a [`PracticeLog`]; [`build`](PracticeLogBuilder::build) checks every rule.
#[derive(Debug)]
pub struct PracticeLogBuilder {
    data: PracticeLogWire,
}

impl std::fmt::Debug for PracticeLogWire {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PracticeLogWire")
            .field("exercise", &self.exercise)
            .field("started_at", &self.started_at)
            .field("minutes", &self.minutes)
            .field("note", &self.note)
            .finish_non_exhaustive()
    }
}

impl PracticeLogBuilder {
    /// Guided or self-guided (default self-guided).
    pub fn guidance(mut self, guidance: Guidance) -> PracticeLogBuilder {
        self.data.guidance = guidance;
        self
    }

    /// Pain before and after.
    pub fn pain(mut self, before: Rating, after: Rating) -> PracticeLogBuilder {
        self.data.pain_before = Some(before);
        self.data.pain_after = Some(after);
        self
    }

    /// Fear (threat) before and after.
    pub fn fear(mut self, before: Rating, after: Rating) -> PracticeLogBuilder {
        self.data.fear_before = Some(before);
        self.data.fear_after = Some(after);
        self
    }

    /// Each rating separately, any of them absent.
    pub fn ratings(
        mut self,
        pain_before: Option<Rating>,
        pain_after: Option<Rating>,
        fear_before: Option<Rating>,
        fear_after: Option<Rating>,
    ) -> PracticeLogBuilder {
        self.data.pain_before = pain_before;
        self.data.pain_after = pain_after;
        self.data.fear_before = fear_before;
        self.data.fear_after = fear_after;
        self
    }

    /// The person's note.
    pub fn note(mut self, note: Note) -> PracticeLogBuilder {
        self.data.note = Some(note);
        self
    }

    /// The session the practice happened in.
    pub fn session(mut self, session: SessionId) -> PracticeLogBuilder {
        self.data.session = Some(session);
        self
    }

    /// Somatic-tracking detail, region by region.
    pub fn somatic_tracking(mut self, tracking: SomaticTracking) -> PracticeLogBuilder {
        self.data.somatic_tracking = Some(tracking);
        self
    }

    /// The log.
    ///
    /// # Errors
    ///
    /// [`ExercisesError::OutOfRange`] when the minutes are outside 1-[`MAX_PRACTICE_MINUTES`], and
    /// [`ExercisesError::TimeOutOfRange`] when the practice would end after the last representable
    /// time.
    pub fn build(self) -> Result<PracticeLog, ExercisesError> {
        PracticeLog::try_from(self.data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::ExerciseKind;

    fn at() -> DateTime<Utc> {
        "2026-03-02T18:30:00Z".parse().unwrap()
    }

    fn r(v: u8) -> Rating {
        Rating::new(v).unwrap()
    }

    #[test]
    fn deltas_need_both_ratings() {
        let log = PracticeLog::builder(ExerciseKind::SomaticTracking.into(), at(), 10)
            .ratings(Some(r(8)), Some(r(3)), Some(r(2)), None)
            .build()
            .unwrap();
        assert_eq!(log.pain_change(), Some(-5)); // 3 - 8
        assert_eq!(log.fear_change(), None);
        let worse = PracticeLog::builder(ExerciseKind::SomaticTracking.into(), at(), 10)
            .pain(r(0), r(10))
            .fear(r(10), r(0))
            .build()
            .unwrap();
        assert_eq!(worse.pain_change(), Some(10));
        assert_eq!(worse.fear_change(), Some(-10));
    }

    #[test]
    fn minutes_bounds() {
        let build = |m| PracticeLog::builder(ExerciseKind::BodyScan.into(), at(), m).build();
        assert!(build(1).is_ok());
        assert!(build(240).is_ok());
        assert_eq!(
            build(241),
            Err(ExercisesError::OutOfRange {
                field: "minutes",
                value: 241,
                min: 1,
                max: 240
            })
        );
        assert!(build(0).is_err());
        assert_eq!(
            build(90).unwrap().ended_at(),
            "2026-03-02T20:00:00Z".parse::<DateTime<Utc>>().unwrap()
        );
    }

    #[test]
    fn the_end_must_be_representable() {
        let last = DateTime::<Utc>::MAX_UTC - TimeDelta::minutes(10);
        let build = |m| PracticeLog::builder(ExerciseKind::BodyScan.into(), last, m).build();
        assert_eq!(build(10).unwrap().ended_at(), DateTime::<Utc>::MAX_UTC);
        assert_eq!(
            build(11),
            Err(ExercisesError::TimeOutOfRange {
                field: "started_at"
            })
        );
    }

    #[test]
    fn json_is_checked_and_notes_stay_out_of_debug() {
        let log = PracticeLog::builder(ExerciseKind::BodyScan.into(), at(), 15)
            .note(Note::new("my secret worry").unwrap())
            .build()
            .unwrap();
        assert!(!format!("{log:?}").contains("secret"));
        let json = serde_json::to_value(&log).unwrap();
        assert_eq!(json["schema_version"], 2);
        assert_eq!(
            serde_json::from_value::<PracticeLog>(json.clone()).unwrap(),
            log
        );
        for (field, value) in [
            ("minutes", serde_json::json!(0)),
            ("pain_before", serde_json::json!(11)),
            ("schema_version", serde_json::json!(3)),
            ("extra", serde_json::json!(true)),
        ] {
            let mut bad = json.clone();
            bad[field] = value;
            assert!(
                serde_json::from_value::<PracticeLog>(bad).is_err(),
                "{field}"
            );
        }
    }
}
