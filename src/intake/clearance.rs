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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct RedFlagClearance {
    #[serde(deserialize_with = "crate::version::current::<RedFlagClearance, _>")]
    #[schemars(with = "super::version::IntakeSchemaVersion")]
    schema_version: SchemaVersion,
    flag: RedFlag,
    clinician: ClinicianId,
    #[serde(with = "crate::json::rfc3339::DateTime")]
    cleared_at: DateTime<Utc>,
    note: Note,
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
            schema_version: SchemaVersion::CURRENT,
            flag,
            clinician,
            cleared_at,
            note,
        }
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
