//! [`Administration`] and [`DatedMeasurement`]: one administration of a trajectory's instrument.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::decimal::MeasuredValue;
#[cfg(doc)]
use crate::outcomes::Trajectory;
use crate::outcomes::{Measurement, Timepoint};

/// One administration in a [`Trajectory`]: when, on what date (if known), and the value.
///
/// Research data are often date-shifted or labelled by visit only: an administration without a
/// date ([`Administration::undated`]) is ordered by its [`Timepoint`] alone. In JSON the `date` is
/// then left out; documents written with dates read and write as before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct Administration {
    /// The program timepoint.
    pub(super) timepoint: Timepoint,
    /// The calendar date it was administered; absent when only the visit is known.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::json::rfc3339::OptionDate"
    )]
    pub(super) date: Option<NaiveDate>,
    /// The value, exact to 0.0001 (a score's total, an item, a research value such as 4.375).
    pub(super) value: MeasuredValue,
}

impl Administration {
    /// An administration at `timepoint` on `date` scoring `value` (a [`MeasuredValue`], or a
    /// [`Decimal`](crate::Decimal) or `i32`, each exactly one).
    pub fn new(
        timepoint: Timepoint,
        date: NaiveDate,
        value: impl Into<MeasuredValue>,
    ) -> Administration {
        Administration {
            timepoint,
            date: Some(date),
            value: value.into(),
        }
    }

    /// An administration at `timepoint` scoring `value`, with no date: ordered by its timepoint.
    pub fn undated(timepoint: Timepoint, value: impl Into<MeasuredValue>) -> Administration {
        Administration {
            timepoint,
            date: None,
            value: value.into(),
        }
    }

    /// The timepoint.
    pub fn timepoint(&self) -> Timepoint {
        self.timepoint
    }

    /// The date, when known.
    pub fn date(&self) -> Option<NaiveDate> {
        self.date
    }

    /// The value, exact to 0.0001.
    pub fn value(&self) -> MeasuredValue {
        self.value
    }
}

/// A [`Measurement`] with its timepoint and date, for [`Trajectory::from_measurements`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DatedMeasurement {
    /// The program timepoint.
    pub timepoint: Timepoint,
    /// The calendar date.
    pub date: NaiveDate,
    /// The measurement.
    pub measurement: Measurement,
}
