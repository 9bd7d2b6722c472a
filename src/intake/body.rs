//! Where it hurts: [`BodyRegion`], [`Side`] and the [`PainLocation`] that pairs them.
//!
//! These are standalone vocabulary types: intake uses them for the pain history, and other modules
//! (somatic tracking, for one) can reuse them for where a sensation is felt.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A region of the body, coarse enough for a patient to pick without help.
///
/// The list is a design choice of this crate (the clinical reference names no body map); it covers
/// the regions chronic-pain intakes commonly ask about, including `whole_body` for widespread pain.
///
/// ```
/// use pain_reprocessing::intake::BodyRegion;
///
/// assert_eq!(serde_json::to_string(&BodyRegion::LowerBack)?, "\"lower_back\"");
/// assert_eq!(BodyRegion::LowerBack.label(), "lower back");
/// assert_eq!(BodyRegion::ALL.len(), 17);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BodyRegion {
    /// Head, including headache and face.
    Head,
    /// Jaw and temporomandibular joint.
    Jaw,
    /// Neck.
    Neck,
    /// Shoulder.
    Shoulder,
    /// Upper back (thoracic spine).
    UpperBack,
    /// Lower back (lumbar spine and sacrum).
    LowerBack,
    /// Chest.
    Chest,
    /// Abdomen.
    Abdomen,
    /// Pelvis, including the groin and buttocks.
    Pelvis,
    /// Hip.
    Hip,
    /// Upper arm and forearm.
    Arm,
    /// Elbow.
    Elbow,
    /// Wrist and hand.
    WristHand,
    /// Thigh and lower leg.
    Leg,
    /// Knee.
    Knee,
    /// Ankle and foot.
    AnkleFoot,
    /// Pain throughout the body.
    WholeBody,
}

impl BodyRegion {
    /// Every region, in the order listed above.
    pub const ALL: [BodyRegion; 17] = [
        BodyRegion::Head,
        BodyRegion::Jaw,
        BodyRegion::Neck,
        BodyRegion::Shoulder,
        BodyRegion::UpperBack,
        BodyRegion::LowerBack,
        BodyRegion::Chest,
        BodyRegion::Abdomen,
        BodyRegion::Pelvis,
        BodyRegion::Hip,
        BodyRegion::Arm,
        BodyRegion::Elbow,
        BodyRegion::WristHand,
        BodyRegion::Leg,
        BodyRegion::Knee,
        BodyRegion::AnkleFoot,
        BodyRegion::WholeBody,
    ];

    /// A short human-readable label, such as `lower back`.
    pub const fn label(self) -> &'static str {
        match self {
            BodyRegion::Head => "head",
            BodyRegion::Jaw => "jaw",
            BodyRegion::Neck => "neck",
            BodyRegion::Shoulder => "shoulder",
            BodyRegion::UpperBack => "upper back",
            BodyRegion::LowerBack => "lower back",
            BodyRegion::Chest => "chest",
            BodyRegion::Abdomen => "abdomen",
            BodyRegion::Pelvis => "pelvis",
            BodyRegion::Hip => "hip",
            BodyRegion::Arm => "arm",
            BodyRegion::Elbow => "elbow",
            BodyRegion::WristHand => "wrist or hand",
            BodyRegion::Leg => "leg",
            BodyRegion::Knee => "knee",
            BodyRegion::AnkleFoot => "ankle or foot",
            BodyRegion::WholeBody => "whole body",
        }
    }
}

/// Which side of the body: left, right, both (bilateral), or the midline (spine, centre).
///
/// ```
/// use pain_reprocessing::intake::Side;
///
/// assert_eq!(serde_json::to_string(&Side::Bilateral)?, "\"bilateral\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The left side.
    Left,
    /// The right side.
    Right,
    /// Both sides.
    Bilateral,
    /// The midline, such as the spine.
    Midline,
}

impl Side {
    /// Every side.
    pub const ALL: [Side; 4] = [Side::Left, Side::Right, Side::Bilateral, Side::Midline];

    /// A short human-readable label.
    pub const fn label(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
            Side::Bilateral => "both sides",
            Side::Midline => "midline",
        }
    }
}

/// Where pain is felt: a [`BodyRegion`] and a [`Side`].
///
/// ```
/// use pain_reprocessing::intake::{BodyRegion, PainLocation, Side};
///
/// let location = PainLocation::new(BodyRegion::LowerBack, Side::Midline);
/// assert_eq!(location.region(), BodyRegion::LowerBack);
/// assert_eq!(
///     serde_json::to_string(&location)?,
///     r#"{"region":"lower_back","side":"midline"}"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct PainLocation {
    region: BodyRegion,
    side: Side,
}

impl PainLocation {
    /// Pain in `region` on `side`.
    pub const fn new(region: BodyRegion, side: Side) -> PainLocation {
        PainLocation { region, side }
    }

    /// The body region.
    pub const fn region(self) -> BodyRegion {
        self.region
    }

    /// The side.
    pub const fn side(self) -> Side {
        self.side
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_and_side_round_trips_through_json() {
        for region in BodyRegion::ALL {
            let json = serde_json::to_string(&region).unwrap();
            assert_eq!(serde_json::from_str::<BodyRegion>(&json).unwrap(), region);
            assert!(!region.label().is_empty());
        }
        for side in Side::ALL {
            let json = serde_json::to_string(&side).unwrap();
            assert_eq!(serde_json::from_str::<Side>(&json).unwrap(), side);
        }
        assert_eq!(
            Side::ALL.map(Side::label),
            ["left", "right", "both sides", "midline"]
        );
        assert_eq!(BodyRegion::WholeBody.label(), "whole body");
        let err = serde_json::from_str::<BodyRegion>("\"tail\"")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("unknown variant `tail`"), "{err}");
    }

    #[test]
    fn location_rejects_unknown_fields() {
        let bad = r#"{"region":"knee","side":"left","severity":3}"#;
        let err = serde_json::from_str::<PainLocation>(bad)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("unknown field `severity`"), "{err}");
    }
}
