//! [`Trajectory`]: the ordered administrations of one instrument, and the changes from baseline.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Administration, DatedMeasurement};
use crate::outcomes::{Change, InstrumentKey, Measurement, OutcomesError, Timepoint};
use crate::rating::Direction;

/// One patient's administrations of one instrument (one rule version), in timepoint order with
/// strictly increasing dates where dates are given.
///
/// The constructor sorts administrations by [`Timepoint`] and rejects a repeated timepoint
/// ([`OutcomesError::DuplicateTimepoint`]), dates that do not increase with the timepoints
/// ([`OutcomesError::DatesOutOfOrder`]; undated administrations are ordered by timepoint alone
/// and dates are compared among the dated ones) and, from measurements, mixed instruments or
/// versions.
///
/// Changes are measured from the [`Timepoint::Baseline`] administration. There is no fallback to the
/// earliest administration when the baseline is missing: change questions then answer
/// [`OutcomesError::NoBaseline`], because a later first assessment is not a baseline.
///
/// ```
/// use chrono::NaiveDate;
/// use pain_reprocessing::outcomes::{Administration, InstrumentKey, ResponderContext, ResponderDefinition, SustainedResponse, Timepoint, Trajectory};
/// use pain_reprocessing::{Decimal, Direction};
///
/// let day = |m, d| NaiveDate::from_ymd_opt(2024, m, d).expect("valid date");
/// let pain = Trajectory::new(
///     InstrumentKey::new("bpi_average_pain")?,
///     1,
///     Direction::HigherIsWorse,
///     vec![
///         Administration::new(Timepoint::Baseline, day(1, 8), Decimal::from_int(5)),
///         Administration::new(Timepoint::PostTreatment, day(2, 9), Decimal::from_int(1)),
///         Administration::new(Timepoint::follow_up(1)?, day(3, 11), Decimal::from_int(0)),
///     ],
/// )?;
/// let latest = pain.latest()?.expect("there is a post-baseline administration");
/// assert_eq!(latest.0, Timepoint::follow_up(1)?);
/// assert_eq!(latest.1.improvement(), Decimal::from_int(5));
/// let sustained = pain.sustained_response(
///     Timepoint::PostTreatment, &ResponderDefinition::PainFreeOrNearly, &ResponderContext::default(),
/// )?;
/// assert!(matches!(sustained, SustainedResponse::Sustained { .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all = "snake_case",
    try_from = "TrajectoryWire"
)]
#[schemars(!try_from)]
pub struct Trajectory {
    /// The instrument's key.
    pub(super) instrument: InstrumentKey,
    /// The scoring rule's version.
    pub(super) rule_version: u16,
    /// Which way the scale improves.
    pub(super) direction: Direction,
    /// The administrations in timepoint order, each timepoint once, dates strictly increasing.
    pub(super) administrations: Vec<Administration>,
}

/// The unchecked wire form of a [`Trajectory`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
struct TrajectoryWire {
    instrument: InstrumentKey,
    rule_version: u16,
    direction: Direction,
    administrations: Vec<Administration>,
}

impl TryFrom<TrajectoryWire> for Trajectory {
    type Error = OutcomesError;

    fn try_from(repr: TrajectoryWire) -> Result<Trajectory, OutcomesError> {
        Trajectory::new(
            repr.instrument,
            repr.rule_version,
            repr.direction,
            repr.administrations,
        )
    }
}

impl Trajectory {
    /// A trajectory of `instrument` (rule version `rule_version`, improving in `direction`) with
    /// these administrations, in any order. An empty trajectory is allowed: a patient with no data
    /// yet, counted as missing by cohort summaries.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::DuplicateTimepoint`], [`OutcomesError::DatesOutOfOrder`], and
    /// [`OutcomesError::OutOfRange`] for a follow-up outside 1-120 months.
    pub fn new(
        instrument: InstrumentKey,
        rule_version: u16,
        direction: Direction,
        mut administrations: Vec<Administration>,
    ) -> Result<Trajectory, OutcomesError> {
        for administration in &administrations {
            administration.timepoint.validated()?;
        }
        administrations.sort_by_key(|a| a.timepoint);
        for pair in administrations.windows(2) {
            if let [earlier, later] = pair
                && earlier.timepoint == later.timepoint
            {
                return Err(OutcomesError::DuplicateTimepoint {
                    timepoint: later.timepoint,
                });
            }
        }
        let mut dated = administrations
            .iter()
            .filter_map(|a| a.date.map(|date| (a.timepoint, date)));
        if let Some(mut previous) = dated.next() {
            for (timepoint, date) in dated {
                if date <= previous.1 {
                    return Err(OutcomesError::DatesOutOfOrder {
                        earlier: previous.0,
                        later: timepoint,
                    });
                }
                previous = (timepoint, date);
            }
        }
        Ok(Trajectory {
            instrument,
            rule_version,
            direction,
            administrations,
        })
    }

    /// A trajectory from dated measurements, which must all be of one instrument, rule version and
    /// direction.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::EmptyTrajectory`] without measurements (the instrument is unknown), the
    /// mismatch errors of [`Measurement::check_comparable`], and the errors of [`Trajectory::new`].
    pub fn from_measurements(
        measurements: Vec<DatedMeasurement>,
    ) -> Result<Trajectory, OutcomesError> {
        let first = measurements
            .first()
            .map(|m| m.measurement.clone())
            .ok_or(OutcomesError::EmptyTrajectory)?;
        let mut administrations = Vec::with_capacity(measurements.len());
        for dated in measurements {
            first.check_comparable(&dated.measurement)?;
            administrations.push(Administration::new(
                dated.timepoint,
                dated.date,
                dated.measurement.value(),
            ));
        }
        Trajectory::new(
            first.instrument().clone(),
            first.rule_version(),
            first.direction(),
            administrations,
        )
    }

    /// The instrument's key.
    pub fn instrument(&self) -> &InstrumentKey {
        &self.instrument
    }

    /// The scoring rule's version.
    pub fn rule_version(&self) -> u16 {
        self.rule_version
    }

    /// Which way the scale improves.
    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// The administrations, in timepoint order.
    pub fn administrations(&self) -> &[Administration] {
        &self.administrations
    }

    /// The administration at `timepoint`, if any.
    pub fn at(&self, timepoint: Timepoint) -> Option<&Administration> {
        self.administrations
            .binary_search_by_key(&timepoint, |a| a.timepoint)
            .ok()
            .and_then(|index| self.administrations.get(index))
    }

    /// The [`Timepoint::Baseline`] administration, if any (no fallback; see the type's docs).
    pub fn baseline(&self) -> Option<&Administration> {
        self.at(Timepoint::Baseline)
    }

    /// The administration as a [`Measurement`] of this trajectory's instrument.
    pub fn measurement(&self, administration: &Administration) -> Measurement {
        Measurement::new(
            self.instrument.clone(),
            self.rule_version,
            administration.value,
            self.direction,
        )
    }

    pub(super) fn baseline_measurement(&self) -> Result<Measurement, OutcomesError> {
        self.baseline()
            .map(|b| self.measurement(b))
            .ok_or(OutcomesError::NoBaseline)
    }

    /// The change from baseline to `timepoint`; `Ok(None)` when nothing was administered then.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::NoBaseline`] without a baseline administration.
    pub fn change_at(&self, timepoint: Timepoint) -> Result<Option<Change>, OutcomesError> {
        let baseline = self.baseline_measurement()?;
        self.at(timepoint)
            .map(|a| Change::between(&baseline, &self.measurement(a)))
            .transpose()
    }

    /// The change from baseline at every later administration, in timepoint order.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::NoBaseline`] without a baseline administration.
    pub fn changes(&self) -> Result<Vec<(Timepoint, Change)>, OutcomesError> {
        let baseline = self.baseline_measurement()?;
        self.administrations
            .iter()
            .filter(|a| a.timepoint > Timepoint::Baseline)
            .map(|a| {
                Ok((
                    a.timepoint,
                    Change::between(&baseline, &self.measurement(a))?,
                ))
            })
            .collect()
    }

    /// The change with the greatest improvement (the earliest on a tie); `Ok(None)` with nothing
    /// after baseline.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::NoBaseline`] without a baseline administration.
    pub fn best(&self) -> Result<Option<(Timepoint, Change)>, OutcomesError> {
        let mut best: Option<(Timepoint, Change)> = None;
        for (timepoint, change) in self.changes()? {
            let better = best
                .as_ref()
                .is_none_or(|(_, b)| change.improvement() > b.improvement());
            if better {
                best = Some((timepoint, change));
            }
        }
        Ok(best)
    }

    /// The change at the last administration after baseline; `Ok(None)` with nothing after it.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::NoBaseline`] without a baseline administration.
    pub fn latest(&self) -> Result<Option<(Timepoint, Change)>, OutcomesError> {
        Ok(self.changes()?.pop())
    }
}
