//! [`TreatmentGoal`] and its dated [`GoalEntry`] history.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{GoalId, GoalMeasure, GoalsError};
use crate::version::Current;
use crate::{Decimal, Note};

/// The most entries one goal's history may hold.
pub const MAX_GOAL_ENTRIES: usize = 1000;

/// Where a goal stands, as recorded on a dated goal entry.
///
/// `achieved`, `not_achieved` and `abandoned` are terminal: no entry may follow them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GoalStatus {
    /// Being worked on.
    InProgress,
    /// Moving towards the target.
    Improving,
    /// Moving away from the target.
    Worsening,
    /// No change since the last entry.
    NoChange,
    /// The target was reached (terminal).
    Achieved,
    /// The due date passed without reaching the target (terminal).
    NotAchieved,
    /// The person chose to stop pursuing the goal (terminal).
    Abandoned,
}

impl GoalStatus {
    /// Every status.
    pub const ALL: [GoalStatus; 7] = [
        GoalStatus::InProgress,
        GoalStatus::Improving,
        GoalStatus::Worsening,
        GoalStatus::NoChange,
        GoalStatus::Achieved,
        GoalStatus::NotAchieved,
        GoalStatus::Abandoned,
    ];

    /// Whether the status is final: achieved, not achieved or abandoned.
    pub const fn is_terminal(self) -> bool {
        matches!(
            self,
            GoalStatus::Achieved | GoalStatus::NotAchieved | GoalStatus::Abandoned
        )
    }

    /// The status as written in JSON, such as `not_achieved`.
    pub const fn as_str(self) -> &'static str {
        match self {
            GoalStatus::InProgress => "in_progress",
            GoalStatus::Improving => "improving",
            GoalStatus::Worsening => "worsening",
            GoalStatus::NoChange => "no_change",
            GoalStatus::Achieved => "achieved",
            GoalStatus::NotAchieved => "not_achieved",
            GoalStatus::Abandoned => "abandoned",
        }
    }
}

impl fmt::Display for GoalStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One dated entry in a goal's achievement history: the status, and optionally the measured value
/// (which must fit the goal's measure) and a note.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct GoalEntry {
    /// The day of the entry.
    #[serde(with = "crate::json::rfc3339::Date")]
    on: NaiveDate,
    /// The goal's status that day.
    status: GoalStatus,
    /// The measured value, in the measure's units and range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    value: Option<Decimal>,
    /// A note (redacted in `Debug`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<Note>,
}

impl GoalEntry {
    /// An entry on `on` with `status`, no value and no note.
    pub const fn new(on: NaiveDate, status: GoalStatus) -> GoalEntry {
        GoalEntry {
            on,
            status,
            value: None,
            note: None,
        }
    }

    /// The entry with the measured value (checked when recorded on a goal).
    pub fn with_value(mut self, value: Decimal) -> GoalEntry {
        self.value = Some(value);
        self
    }

    /// The entry with a note.
    pub fn with_note(mut self, note: Note) -> GoalEntry {
        self.note = Some(note);
        self
    }

    /// The day.
    pub const fn on(&self) -> NaiveDate {
        self.on
    }

    /// The status.
    pub const fn status(&self) -> GoalStatus {
        self.status
    }

    /// The measured value, if recorded.
    pub const fn value(&self) -> Option<Decimal> {
        self.value
    }

    /// The note, if any.
    pub const fn note(&self) -> Option<&Note> {
        self.note.as_ref()
    }
}

/// A treatment goal: a root document. See the [module docs](super) for the status transitions.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "A treatment goal: the valued activity in the person's words, how progress is measured and the target, the due date, and the dated achievement history. Rules across fields, checked when the document is read: `due` and every entry's `on` are on or after `set_on`; entries never go back in time; no entry follows a final status (`achieved`, `not_achieved`, `abandoned`); an entry's `value` lies in the range of the goal's measure (for example 0-10 for a rating, the instrument's score range for an instrument score)."
)]
#[serde(try_from = "TreatmentGoalWire", into = "TreatmentGoalWire")]
pub struct TreatmentGoal {
    id: GoalId,
    activity: Note,
    set_on: NaiveDate,
    set_at_session: Option<u16>,
    measure: GoalMeasure,
    due: NaiveDate,
    entries: Vec<GoalEntry>,
    /// The original text of ids mapped on read because they were outside the id alphabet.
    legacy_ids: crate::id::LegacyIds,
}

/// A treatment goal: the valued activity in the person's words, how progress is measured and the
/// target, the due date, and the dated achievement history.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "TreatmentGoal")]
struct TreatmentGoalWire {
    /// The document layout version, 2.
    schema_version: Current<TreatmentGoal>,
    /// The goal's identifier within the program.
    id: GoalId,
    /// What the person wants to do again, in their words.
    activity: Note,
    /// The day the goal was set.
    #[serde(with = "crate::json::rfc3339::Date")]
    set_on: NaiveDate,
    /// The number of the session it was set at (1 for the first), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    set_at_session: Option<u16>,
    /// How progress is measured, with the target.
    measure: GoalMeasure,
    /// The day the target should be reached; on or after `set_on`.
    #[serde(with = "crate::json::rfc3339::Date")]
    due: NaiveDate,
    /// The dated achievement history: on or after `set_on`, never going back in time, nothing after
    /// a terminal status.
    #[serde(default)]
    #[schemars(length(max = MAX_GOAL_ENTRIES))]
    entries: Vec<GoalEntry>,
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// (absent when none was): mapped id -> text as stored before the alphabet.
    #[serde(default, skip_serializing_if = "crate::id::LegacyIds::is_empty")]
    legacy_ids: crate::id::LegacyIds,
}

impl fmt::Debug for TreatmentGoalWire {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TreatmentGoalWire")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl TryFrom<TreatmentGoalWire> for TreatmentGoal {
    type Error = GoalsError;

    fn try_from(data: TreatmentGoalWire) -> Result<TreatmentGoal, GoalsError> {
        let mut goal =
            TreatmentGoal::new(data.id, data.activity, data.set_on, data.measure, data.due)?;
        if let Some(session) = data.set_at_session {
            goal = goal.set_at_session(session)?;
        }
        if data.entries.len() > MAX_GOAL_ENTRIES {
            return Err(GoalsError::TooMany {
                field: "entries",
                max: MAX_GOAL_ENTRIES,
            });
        }
        for entry in data.entries {
            goal.record(entry)?;
        }
        goal.legacy_ids = data.legacy_ids;
        Ok(goal)
    }
}

impl From<TreatmentGoal> for TreatmentGoalWire {
    fn from(goal: TreatmentGoal) -> TreatmentGoalWire {
        TreatmentGoalWire {
            legacy_ids: goal.legacy_ids,
            schema_version: Current::new(),
            id: goal.id,
            activity: goal.activity,
            set_on: goal.set_on,
            set_at_session: goal.set_at_session,
            measure: goal.measure,
            due: goal.due,
            entries: goal.entries,
        }
    }
}

impl TreatmentGoal {
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// ([`LegacyIds`](crate::id::LegacyIds)); empty for a document whose ids always were in it.
    pub fn legacy_ids(&self) -> &crate::id::LegacyIds {
        &self.legacy_ids
    }

    /// A goal set on `set_on` to do `activity` again, measured by `measure`, due on `due`, with no
    /// entries yet.
    ///
    /// # Errors
    ///
    /// [`GoalsError::OutOfRange`] (`measure.target`) when the target does not fit the measure,
    /// [`GoalsError::Before`] (`due` before `set_on`).
    pub fn new(
        id: GoalId,
        activity: Note,
        set_on: NaiveDate,
        measure: GoalMeasure,
        due: NaiveDate,
    ) -> Result<TreatmentGoal, GoalsError> {
        measure.check_value("measure.target", measure.target())?;
        if due < set_on {
            return Err(GoalsError::Before {
                field: "due",
                date: due,
                other_field: "set_on",
                other: set_on,
            });
        }
        Ok(TreatmentGoal {
            legacy_ids: crate::id::LegacyIds::default(),
            id,
            activity,
            set_on,
            set_at_session: None,
            measure,
            due,
            entries: Vec::new(),
        })
    }

    /// The goal, noting the number of the session it was set at (the first session is 1).
    ///
    /// # Errors
    ///
    /// [`GoalsError::OutOfRange`] (`set_at_session`) for 0.
    pub fn set_at_session(mut self, session: u16) -> Result<TreatmentGoal, GoalsError> {
        if session == 0 {
            return Err(GoalsError::OutOfRange {
                field: "set_at_session",
                value: "0".to_owned(),
                allowed: "1 or more".to_owned(),
            });
        }
        self.set_at_session = Some(session);
        Ok(self)
    }

    /// Checks `entry` as the next entry without recording it.
    ///
    /// # Errors
    ///
    /// [`GoalsError::Closed`] after a terminal status, [`GoalsError::Before`] (`entries.on` before
    /// `set_on` or before the previous entry), [`GoalsError::OutOfRange`] (`entries.value` outside
    /// the measure's range), [`GoalsError::TooMany`] beyond [`MAX_GOAL_ENTRIES`].
    pub fn check(&self, entry: &GoalEntry) -> Result<(), GoalsError> {
        let previous = self.entries.last();
        if let Some(previous) = previous
            && previous.status.is_terminal()
        {
            return Err(GoalsError::Closed {
                field: "entries",
                status: previous.status,
            });
        }
        if self.entries.len() >= MAX_GOAL_ENTRIES {
            return Err(GoalsError::TooMany {
                field: "entries",
                max: MAX_GOAL_ENTRIES,
            });
        }
        let (other_field, other) = match previous {
            Some(previous) => ("the previous entry", previous.on),
            None => ("set_on", self.set_on),
        };
        if entry.on < other {
            return Err(GoalsError::Before {
                field: "entries.on",
                date: entry.on,
                other_field,
                other,
            });
        }
        if let Some(value) = entry.value {
            self.measure.check_value("entries.value", value)?;
        }
        Ok(())
    }

    /// Records `entry` after checking it with [`check`](TreatmentGoal::check); on error the goal is
    /// unchanged. This is the pure update a program event applies.
    ///
    /// # Errors
    ///
    /// As [`check`](TreatmentGoal::check).
    pub fn record(&mut self, entry: GoalEntry) -> Result<(), GoalsError> {
        self.check(&entry)?;
        self.entries.push(entry);
        Ok(())
    }

    /// The goal with `entry` recorded, or the error; `self` is consumed either way.
    ///
    /// # Errors
    ///
    /// As [`check`](TreatmentGoal::check).
    pub fn with_entry(mut self, entry: GoalEntry) -> Result<TreatmentGoal, GoalsError> {
        self.record(entry)?;
        Ok(self)
    }

    /// The identifier.
    pub fn id(&self) -> &GoalId {
        &self.id
    }

    /// What the person wants to do again, in their words (redacted in `Debug`).
    pub fn activity(&self) -> &Note {
        &self.activity
    }

    /// The day the goal was set.
    pub fn set_on(&self) -> NaiveDate {
        self.set_on
    }

    /// The session number it was set at, if recorded.
    pub fn session(&self) -> Option<u16> {
        self.set_at_session
    }

    /// How progress is measured, with the target.
    pub fn measure(&self) -> &GoalMeasure {
        &self.measure
    }

    /// The due date.
    pub fn due(&self) -> NaiveDate {
        self.due
    }

    /// The achievement history, oldest first.
    pub fn entries(&self) -> &[GoalEntry] {
        &self.entries
    }

    /// The current status: the latest entry's, or `in_progress` before any entry.
    pub fn status(&self) -> GoalStatus {
        self.entries
            .last()
            .map_or(GoalStatus::InProgress, GoalEntry::status)
    }

    /// The status as of the end of `day`: the latest entry on or before it (`in_progress` before any).
    pub fn status_on(&self, day: NaiveDate) -> GoalStatus {
        self.entries
            .iter()
            .rev()
            .find(|entry| entry.on <= day)
            .map_or(GoalStatus::InProgress, GoalEntry::status)
    }

    /// Whether the goal has reached a terminal status.
    pub fn is_closed(&self) -> bool {
        self.status().is_terminal()
    }

    /// The latest measured value and its day, if any entry recorded one.
    pub fn latest_measurement(&self) -> Option<(NaiveDate, Decimal)> {
        self.entries
            .iter()
            .rev()
            .find_map(|entry| entry.value.map(|value| (entry.on, value)))
    }

    /// The latest measured value, if any entry recorded one.
    pub fn latest_value(&self) -> Option<Decimal> {
        self.latest_measurement().map(|(_, value)| value)
    }

    /// Whether the goal is past due on `today` without a terminal status.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        today > self.due && !self.is_closed()
    }
}

/// Treatment goal format 1 to 2: renames the instrument id of an instrument-score measure. Also
/// the step for a goal embedded in an event.
///
/// # Errors
///
/// None today; the signature is that of every migration step.
pub(crate) fn upgrade_goal_v1(
    mut goal: serde_json::Map<String, serde_json::Value>,
) -> Result<serde_json::Map<String, serde_json::Value>, crate::versioning::VersionError> {
    if let Some(measure) = goal
        .get_mut("measure")
        .and_then(serde_json::Value::as_object_mut)
    {
        crate::instruments::migrate::upgrade_instrument_field_v1(measure, "instrument");
    }
    Ok(goal)
}
