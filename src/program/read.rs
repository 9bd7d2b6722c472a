//! Reading a stored event log from its JSON text, of any supported format, with errors that name
//! the event to blame ([`EventLog::read_json`], [`LogError`]).

use serde_json::Value;

use super::log::EventLogWire;
use super::{ChainError, EventLog, Program, ReplayError, TransitionError};
use crate::located::{self, Location};
use crate::version::{SchemaVersion, VersionError};
use crate::versioning;

/// Why a stored log could not be read: each names the event to blame where there is one, and for
/// a bad field its JSON path inside that event.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LogError {
    /// The text is not JSON (a truncated file, a stray character).
    #[error("the event log is not JSON{}: {message}, at {location}", at_event(*.index))]
    Syntax {
        /// The event being read when the text broke off, if inside `events`.
        index: Option<usize>,
        /// serde_json's message.
        message: String,
        /// Where: the document path, line and column.
        location: Location,
    },
    /// The `schema_version` is missing, not supported, or an old field has no mapping.
    #[error(transparent)]
    Version(VersionError),
    /// A value is not what the format allows: a bad field, an unknown event type, a missing
    /// field.
    #[error("the event log is invalid{}: {message}, at `{path}`", at_event(*.index))]
    Invalid {
        /// The event with the bad value, if inside `events`.
        index: Option<usize>,
        /// The JSON path of the bad value: inside the event (`event.scores[0]`, `.` for the
        /// event itself) when `index` is given, else in the document.
        path: String,
        /// What was wrong.
        message: String,
    },
    /// The envelopes do not hold together (see [`ChainError`]).
    #[error(transparent)]
    Chain(#[from] ChainError),
    /// The guards refused an event on replay.
    #[error("event {index} was refused: {error}")]
    Refused {
        /// The refused event.
        index: usize,
        /// Why.
        error: TransitionError,
    },
    /// The stored program's state is not what its history gives (a program document).
    #[error(transparent)]
    Replay(ReplayError),
}

fn at_event(index: Option<usize>) -> String {
    index.map_or_else(String::new, |index| format!(" at event {index}"))
}

impl LogError {
    /// The index of the event to blame, where there is one.
    pub fn index(&self) -> Option<usize> {
        match self {
            LogError::Syntax { index, .. } | LogError::Invalid { index, .. } => *index,
            LogError::Chain(error) => error.index(),
            LogError::Refused { index, .. } => Some(*index),
            LogError::Replay(error) => error.index(),
            LogError::Version(_) => None,
        }
    }

    /// The error of a bad value at `location` in `document`, the log being read: when the path
    /// stops at an event's payload, it is followed inside ([`super::locate`]).
    fn invalid(message: String, location: &Location, document: &Value) -> LogError {
        let (index, path) = split_event_path(location.path());
        let inside = index
            .and_then(|index| document.get("events")?.get(index))
            .and_then(|event| super::locate::inside_payload(event, &path));
        let (path, message) = inside.unwrap_or((path, message));
        LogError::Invalid {
            index,
            path,
            message,
        }
    }
}

impl From<ReplayError> for LogError {
    fn from(error: ReplayError) -> LogError {
        match error {
            ReplayError::Refused { index, error } => LogError::Refused { index, error },
            ReplayError::Chain(error) => LogError::Chain(error),
            other => LogError::Replay(other),
        }
    }
}

/// `events[3].event.type` as event 3 and the path `event.type` inside it; any other path as is.
fn split_event_path(path: &str) -> (Option<usize>, String) {
    let Some(rest) = path.strip_prefix("events[") else {
        return (None, path.to_owned());
    };
    let Some((number, inside)) = rest.split_once(']') else {
        return (None, path.to_owned());
    };
    match number.parse::<usize>() {
        Ok(index) => {
            let inside = inside.strip_prefix('.').unwrap_or(inside);
            let inside = if inside.is_empty() { "." } else { inside };
            (Some(index), inside.to_owned())
        }
        Err(_) => (None, path.to_owned()),
    }
}

impl EventLog {
    /// Reads a stored event log from its JSON text, of any supported format (a format-1 log is
    /// upgraded), and checks its envelopes. Every error names the event to blame.
    ///
    /// ```
    /// use pain_reprocessing::program::{EventLog, LogError};
    ///
    /// let text = br#"{"schema_version": 1, "program_id": "p-1", "patient_id": "pt-1",
    ///   "protocol": {"id": "x"}, "events": [{"at": "2026-01-05T09:00:00Z",
    ///   "actor": {"role": "system"}, "event": {"type": "teleported"}}]}"#;
    /// let error = EventLog::read_json(text).unwrap_err();
    /// assert_eq!(error.index(), Some(0));
    /// assert!(matches!(&error, LogError::Invalid { path, .. } if path.starts_with("event")), "{error}");
    /// ```
    ///
    /// # Errors
    ///
    /// [`LogError::Syntax`] for text that is not JSON (a truncated file), [`LogError::Version`]
    /// for an unsupported `schema_version`, [`LogError::Invalid`] for a bad value with its event
    /// and path, [`LogError::Chain`] for envelopes that do not hold together.
    pub fn read_json(bytes: &[u8]) -> Result<EventLog, LogError> {
        let document: Value = located::from_slice(bytes).map_err(|error| {
            let (index, _) = split_event_path(error.location.path());
            LogError::Syntax {
                index,
                message: error.message,
                location: error.location,
            }
        })?;
        let current =
            versioning::version_of(&document) == Some(u64::from(SchemaVersion::V2.number()));
        let wire: EventLogWire = if current {
            located::from_slice(bytes)
                .map_err(|error| LogError::invalid(error.message, &error.location, &document))?
        } else {
            let upgraded =
                versioning::upgrade::<EventLog>(document).map_err(|error| match error {
                    // The upgrade step has followed the path into the event already.
                    VersionError::Invalid {
                        message, location, ..
                    } => LogError::invalid(message, &location, &Value::Null),
                    other => LogError::Version(other),
                })?;
            located::from_value(upgraded.clone())
                .map_err(|error| LogError::invalid(error.message, &error.location, &upgraded))?
        };
        Ok(EventLog::try_from(wire)?)
    }

    /// Reads a stored event log like [`read_json`](Self::read_json) and replays it.
    ///
    /// # Errors
    ///
    /// Every error of [`read_json`](Self::read_json), and [`LogError::Refused`] with the index of
    /// the first event the guards refuse.
    pub fn replay_json(bytes: &[u8]) -> Result<(EventLog, Program), LogError> {
        let log = EventLog::read_json(bytes)?;
        let program = log.replay()?;
        Ok((log, program))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_paths_split_into_the_index_and_the_path_inside() {
        assert_eq!(
            split_event_path("events[3].event.scores[0]"),
            (Some(3), "event.scores[0]".to_owned())
        );
        assert_eq!(split_event_path("events[12]"), (Some(12), ".".to_owned()));
        assert_eq!(
            split_event_path("protocol.id"),
            (None, "protocol.id".to_owned())
        );
        assert_eq!(
            split_event_path("events[x]"),
            (None, "events[x]".to_owned())
        );
    }
}
