//! [`Timepoint`]: when in a program an assessment belongs.

use std::fmt;

use super::OutcomesError;
use crate::tagged::tagged_enum;

/// The latest follow-up a [`Timepoint::FollowUp`] may name: 120 months (10 years) after the
/// post-treatment assessment.
pub const MAX_FOLLOW_UP_MONTHS: u16 = 120;

tagged_enum! {
/// When an assessment belongs in a program, in clinical order (clinical reference §1.6 `[S4]`):
/// baseline, post-treatment (the primary endpoint), then follow-ups counted in months after the
/// post-treatment assessment (Boulder: 1, 2, 3, 6 and 12 months).
///
/// Timepoints order clinically: `Baseline < PostTreatment < FollowUp { months: 1 } < FollowUp
/// { months: 2 } …`. In JSON a timepoint is tagged by `kind`:
///
/// ```
/// use pain_reprocessing::outcomes::Timepoint;
///
/// let three = Timepoint::follow_up(3)?;
/// assert_eq!(serde_json::to_string(&three)?, r#"{"kind":"follow_up","months":3}"#);
/// assert_eq!(three.to_string(), "follow-up +3 months");
/// assert!(Timepoint::Baseline < Timepoint::PostTreatment && Timepoint::PostTreatment < three);
/// assert!(Timepoint::follow_up(0).is_err());
/// assert!(serde_json::from_str::<Timepoint>(r#"{"kind":"follow_up","months":121}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// The variant's `months` field is public so code can match on it; build follow-ups with
/// [`Timepoint::follow_up`], which checks the range 1..=[`MAX_FOLLOW_UP_MONTHS`]. Serde, the JSON
/// Schema and [`Trajectory`](super::Trajectory) check it too, so an out-of-range follow-up never
/// enters a stored document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Timepoint {
    tag = "kind", wire = TimepointWire, check = Timepoint::checked;
    /// Before treatment starts (T1).
    Baseline = "baseline",
    /// At the end of treatment (T2), the usual primary endpoint.
    PostTreatment = "post_treatment",
    /// A follow-up `months` after the post-treatment assessment.
    FollowUp = "follow_up" {
        /// Months after the post-treatment assessment, 1-120.
        #[schemars(range(min = 1, max = 120))]
        months: u16,
    },
}
}

impl Timepoint {
    /// `timepoint` if its fields are in range: the check after reading.
    fn checked(timepoint: Timepoint) -> Result<Timepoint, OutcomesError> {
        match timepoint {
            Timepoint::FollowUp { months } => Timepoint::follow_up(months),
            other => Ok(other),
        }
    }

    /// The follow-up `months` after the post-treatment assessment.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::OutOfRange`] unless `months` is 1..=[`MAX_FOLLOW_UP_MONTHS`].
    pub fn follow_up(months: u16) -> Result<Timepoint, OutcomesError> {
        if (1..=MAX_FOLLOW_UP_MONTHS).contains(&months) {
            Ok(Timepoint::FollowUp { months })
        } else {
            Err(OutcomesError::OutOfRange {
                what: "follow-up months",
                value: months.to_string(),
                allowed: "whole months 1-120 after the post-treatment assessment",
            })
        }
    }

    /// Checks a timepoint built directly from the public variant.
    pub(crate) fn validated(self) -> Result<Timepoint, OutcomesError> {
        match self {
            Timepoint::FollowUp { months } => Timepoint::follow_up(months),
            other => Ok(other),
        }
    }
}

impl fmt::Display for Timepoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Timepoint::Baseline => f.write_str("baseline"),
            Timepoint::PostTreatment => f.write_str("post-treatment"),
            Timepoint::FollowUp { months: 1 } => f.write_str("follow-up +1 month"),
            Timepoint::FollowUp { months } => write!(f, "follow-up +{months} months"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_clinical() {
        let mut points = [
            Timepoint::follow_up(12).unwrap(),
            Timepoint::PostTreatment,
            Timepoint::follow_up(1).unwrap(),
            Timepoint::Baseline,
            Timepoint::follow_up(3).unwrap(),
        ];
        points.sort();
        let shown: Vec<String> = points.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "baseline",
                "post-treatment",
                "follow-up +1 month",
                "follow-up +3 months",
                "follow-up +12 months"
            ]
        );
    }

    #[test]
    fn json_forms() {
        assert_eq!(
            serde_json::to_string(&Timepoint::Baseline).unwrap(),
            r#"{"kind":"baseline"}"#
        );
        assert_eq!(
            serde_json::to_string(&Timepoint::PostTreatment).unwrap(),
            r#"{"kind":"post_treatment"}"#
        );
        for (json, ok) in [
            (r#"{"kind":"follow_up","months":1}"#, true),
            (r#"{"kind":"follow_up","months":120}"#, true),
            (r#"{"kind":"follow_up","months":0}"#, false),
            (r#"{"kind":"follow_up","months":121}"#, false),
            (r#"{"kind":"follow_up"}"#, false),
            (r#"{"kind":"baseline","months":3}"#, false),
            (r#"{"kind":"mid_treatment"}"#, false),
            (r#""baseline""#, false),
        ] {
            assert_eq!(
                serde_json::from_str::<Timepoint>(json).is_ok(),
                ok,
                "{json}"
            );
        }
    }

    #[test]
    fn follow_up_range() {
        assert!(Timepoint::follow_up(120).is_ok());
        assert_eq!(
            Timepoint::follow_up(0).unwrap_err().to_string(),
            "follow-up months is 0; allowed whole months 1-120 after the post-treatment assessment"
        );
        assert!(Timepoint::FollowUp { months: 500 }.validated().is_err());
    }
}
