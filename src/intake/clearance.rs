//! [`RedFlagClearance`]: a clinician's record that a red flag was medically evaluated and cleared.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{RedFlag, SchemaVersion};
use crate::{ClinicianId, Note};

/// A clinician's record that one red flag was medically evaluated and cleared: the root document
/// that lets a flagged intake pass screening.
///
/// Screening with a clearance ([`screen_with_clearances`](super::screen_with_clearances)) passes
/// that flag and keeps the clearance in the outcome as evidence. A clearance counts only when it
/// was recorded on or after the intake's assessment date: an evaluation from before the intake
/// cannot clear what the intake newly reports. A clearance for a flag answered "no" changes
/// nothing. Psychiatric crisis answers are not red flags and cannot be cleared this way: the type
/// has no way to name them.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use pain_reprocessing::intake::{RedFlag, RedFlagClearance};
/// use pain_reprocessing::{ClinicianId, Note};
///
/// let clearance = RedFlagClearance::new(
///     RedFlag::SevereNightPain,
///     ClinicianId::new("dr-042")?,
///     Utc.with_ymd_and_hms(2026, 3, 4, 10, 30, 0).unwrap(),
///     Note::new("MRI and bloods normal; night pain positional")?,
/// );
/// assert_eq!(clearance.flag(), RedFlag::SevereNightPain);
/// assert!(format!("{clearance:?}").contains("redacted"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// A clearance keeps the `schema_version` it was read with (1 or 2, the same layout): a copy
/// embedded in a hashed event of an event log is written back exactly as it was read, so the
/// log's chain holds. One built with [`new`](RedFlagClearance::new) is at
/// version 2. A standalone clearance written before the id alphabet is read by
/// [`versioning::read`](crate::versioning::read), which maps a `clinician` outside the alphabet
/// through [`legacy_id`](crate::id::legacy_id) and keeps its text in
/// [`legacy_ids`](RedFlagClearance::legacy_ids); one that has `legacy_ids` is always written at
/// version 2, so that it reads back.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct RedFlagClearance {
    #[serde(deserialize_with = "super::version::as_read::<RedFlagClearance, _>")]
    #[schemars(with = "super::version::IdsSchemaVersion")]
    schema_version: SchemaVersion,
    flag: RedFlag,
    clinician: ClinicianId,
    #[serde(with = "crate::json::rfc3339::DateTime")]
    cleared_at: DateTime<Utc>,
    note: Note,
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// (absent when none was): mapped id -> text as stored before the alphabet.
    #[serde(default, skip_serializing_if = "crate::id::LegacyIds::is_empty")]
    legacy_ids: crate::id::LegacyIds,
}

/// Written field by field, as derived, except that a clearance with `legacy_ids` is written at
/// version 2 at least (a version-1 document cannot have them), and without copying anything (the
/// event log hashes each event it applies without allocating).
impl Serialize for RedFlagClearance {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;

        struct At<'a>(&'a DateTime<Utc>);
        impl Serialize for At<'_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                crate::json::rfc3339::DateTime::serialize(self.0, serializer)
            }
        }

        let mapped = !self.legacy_ids.is_empty();
        let version = if mapped {
            self.schema_version.max(SchemaVersion::V2)
        } else {
            self.schema_version
        };
        let mut fields =
            serializer.serialize_struct("RedFlagClearance", if mapped { 6 } else { 5 })?;
        fields.serialize_field("schema_version", &version)?;
        fields.serialize_field("flag", &self.flag)?;
        fields.serialize_field("clinician", &self.clinician)?;
        fields.serialize_field("cleared_at", &At(&self.cleared_at))?;
        fields.serialize_field("note", &self.note)?;
        if mapped {
            fields.serialize_field("legacy_ids", &self.legacy_ids)?;
        } else {
            fields.skip_field("legacy_ids")?;
        }
        fields.end()
    }
}

impl RedFlagClearance {
    /// `clinician` cleared `flag` at `cleared_at`, with a `note` on the evaluation.
    pub fn new(
        flag: RedFlag,
        clinician: ClinicianId,
        cleared_at: DateTime<Utc>,
        note: Note,
    ) -> RedFlagClearance {
        RedFlagClearance {
            schema_version: SchemaVersion::V2,
            flag,
            clinician,
            cleared_at,
            note,
            legacy_ids: crate::id::LegacyIds::default(),
        }
    }

    /// The layout version the clearance was read with (1 or 2, the same layout), or
    /// 2 for one built with [`new`](RedFlagClearance::new).
    pub fn schema_version(&self) -> SchemaVersion {
        self.schema_version
    }

    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// ([`LegacyIds`](crate::id::LegacyIds)); empty for a clearance whose ids always were in it.
    pub fn legacy_ids(&self) -> &crate::id::LegacyIds {
        &self.legacy_ids
    }

    /// The red flag cleared.
    pub fn flag(&self) -> RedFlag {
        self.flag
    }

    /// Who cleared it.
    pub fn clinician(&self) -> &ClinicianId {
        &self.clinician
    }

    /// When it was cleared.
    pub fn cleared_at(&self) -> DateTime<Utc> {
        self.cleared_at
    }

    /// The clinician's note on the evaluation.
    pub fn note(&self) -> &Note {
        &self.note
    }
}
