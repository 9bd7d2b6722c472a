//! [`SourceKey`]: which entry of the clinical reference a rule comes from.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A source key of the team's clinical reference (`shared/reference/clinical.md` §6), or
/// [`SourceKey::DesignChoice`] for a rule the reference does not give and this crate chose.
///
/// Every [`ScreeningReason`](super::ScreeningReason) carries one, so a decision can always be traced
/// to where its rule came from.
///
/// ```
/// use pain_reprocessing::intake::SourceKey;
///
/// assert_eq!(serde_json::to_string(&SourceKey::S3)?, "\"S3\"");
/// assert_eq!(SourceKey::S30.to_string(), "S30");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[non_exhaustive]
pub enum SourceKey {
    /// `[S3]`: the Boulder Back Pain Study registry eligibility (NCT03294148).
    S3,
    /// `[S7]`: the exclusion list of the group's later PRT telehealth study.
    S7,
    /// `[S18]`: the practitioner "gathering evidence" checklist (unvalidated "≥2 yes" threshold).
    S18,
    /// `[S30]`: the AHCPR 1994 low back pain red-flag table.
    S30,
    /// `[S31]`: secondary red-flag lists (the aortic aneurysm item is UNVERIFIED).
    S31,
    /// `[S32]`: the BACPAC inflammatory disease and trial exclusions.
    S32,
    /// `[S35]`: PHQ-9 item 9 routing to same-session clinician review.
    S35,
    /// `[S38]`: typical psychiatric exclusions of mind-body pain trials.
    S38,
    /// Not from the reference: a documented design choice of this crate.
    #[serde(rename = "design_choice")]
    DesignChoice,
}

impl std::fmt::Display for SourceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SourceKey::S3 => "S3",
            SourceKey::S7 => "S7",
            SourceKey::S18 => "S18",
            SourceKey::S30 => "S30",
            SourceKey::S31 => "S31",
            SourceKey::S32 => "S32",
            SourceKey::S35 => "S35",
            SourceKey::S38 => "S38",
            SourceKey::DesignChoice => "design choice",
        })
    }
}
