//! Reading a [`SessionRecord`] from JSON: its wire form, every invariant checked again.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::facts::{check_completed, check_no_show};
use super::{MAX_RESCHEDULES, SessionRecord};
use crate::SessionId;
use crate::sessions::plan::{Modality, SessionKind, check_number};
use crate::sessions::status::{Reschedule, SessionStatus};
use crate::sessions::{SessionsError, check_len};
use crate::version::Current;

/// What happened to one session: its identity, current scheduled time, reschedule history and
/// status with the facts of that status.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "SessionRecord")]
pub(super) struct SessionRecordWire {
    /// The document layout version, 1.
    schema_version: Current<SessionRecord>,
    /// The session.
    session: SessionId,
    /// The session's 1-based number in the program.
    #[schemars(range(min = 1, max = crate::sessions::MAX_SESSION_NUMBER))]
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

#[cfg(test)]
mod tests {
    use super::super::tests::{log, scheduled, t};
    use super::*;
    use crate::sessions::SessionOutcome;

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
