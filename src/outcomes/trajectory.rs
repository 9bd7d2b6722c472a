//! [`Trajectory`]: one patient's administrations of one instrument over time.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{
    Change, InstrumentKey, Measurement, NotEvaluableReason, OutcomesError, ResponderContext,
    ResponderDefinition, ResponderStatus, Timepoint,
};
use crate::decimal::Decimal;
use crate::rating::Direction;
use crate::tagged::tagged_enum;

/// One administration in a [`Trajectory`]: when, on what date (if known), and the value.
///
/// Research data are often date-shifted or labelled by visit only: an administration without a
/// date ([`Administration::undated`]) is ordered by its [`Timepoint`] alone. In JSON the `date` is
/// then left out; documents written with dates read and write as before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct Administration {
    /// The program timepoint.
    timepoint: Timepoint,
    /// The calendar date it was administered; absent when only the visit is known.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::json::rfc3339::OptionDate"
    )]
    date: Option<NaiveDate>,
    /// The score, exact to 0.01.
    value: Decimal,
}

impl Administration {
    /// An administration at `timepoint` on `date` scoring `value`.
    pub fn new(timepoint: Timepoint, date: NaiveDate, value: Decimal) -> Administration {
        Administration {
            timepoint,
            date: Some(date),
            value,
        }
    }

    /// An administration at `timepoint` scoring `value`, with no date: ordered by its timepoint.
    pub fn undated(timepoint: Timepoint, value: Decimal) -> Administration {
        Administration {
            timepoint,
            date: None,
            value,
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

    /// The value.
    pub fn value(&self) -> Decimal {
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

tagged_enum! {
/// Whether a patient stayed a responder from a timepoint on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SustainedResponse {
    tag = "status", wire = SustainedResponseWire;
    /// A responder at every administered timepoint from `from` through `through`.
    Sustained = "sustained" {
        /// Where the run starts.
        from: Timepoint,
        /// The last administered timepoint.
        through: Timepoint,
    },
    /// Not a responder at `first_miss`.
    NotSustained = "not_sustained" {
        /// The first administered timepoint, from the start on, without a response.
        first_miss: Timepoint,
    },
    /// No administration at the starting timepoint.
    NoDataAt = "no_data_at" {
        /// The starting timepoint.
        timepoint: Timepoint,
    },
    /// No timepoint failed, but one could not be evaluated.
    NotEvaluable = "not_evaluable" {
        /// The first timepoint that could not be evaluated.
        at: Timepoint,
        /// Why.
        why: NotEvaluableReason,
    },
}
}

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
    instrument: InstrumentKey,
    /// The scoring rule's version.
    rule_version: u16,
    /// Which way the scale improves.
    direction: Direction,
    /// The administrations in timepoint order, each timepoint once, dates strictly increasing.
    administrations: Vec<Administration>,
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

    fn baseline_measurement(&self) -> Result<Measurement, OutcomesError> {
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

    /// Whether the patient was a responder at `timepoint`; `Ok(None)` when nothing was administered
    /// then.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::NoBaseline`] without a baseline administration.
    pub fn responder_status_at(
        &self,
        timepoint: Timepoint,
        definition: &ResponderDefinition,
        context: &ResponderContext<'_>,
    ) -> Result<Option<ResponderStatus>, OutcomesError> {
        Ok(self
            .change_at(timepoint)?
            .map(|change| definition.evaluate(&change, context)))
    }

    /// Whether the patient was a responder at every administered timepoint from `from` on.
    ///
    /// `from` itself must have an administration ([`SustainedResponse::NoDataAt`] otherwise); later
    /// timepoints without an administration are skipped, as nothing says the response lapsed.
    /// One non-response decides [`SustainedResponse::NotSustained`]; otherwise one timepoint that
    /// cannot be evaluated makes the answer [`SustainedResponse::NotEvaluable`].
    ///
    /// # Errors
    ///
    /// [`OutcomesError::NoBaseline`] without a baseline administration.
    pub fn sustained_response(
        &self,
        from: Timepoint,
        definition: &ResponderDefinition,
        context: &ResponderContext<'_>,
    ) -> Result<SustainedResponse, OutcomesError> {
        let baseline = self.baseline_measurement()?;
        if self.at(from).is_none() {
            return Ok(SustainedResponse::NoDataAt { timepoint: from });
        }
        let mut unevaluable = None;
        let mut through = from;
        for administration in self.administrations.iter().filter(|a| a.timepoint >= from) {
            let change = Change::between(&baseline, &self.measurement(administration))?;
            through = administration.timepoint;
            match definition.evaluate(&change, context) {
                ResponderStatus::Responder => {}
                ResponderStatus::NonResponder => {
                    return Ok(SustainedResponse::NotSustained {
                        first_miss: administration.timepoint,
                    });
                }
                ResponderStatus::NotEvaluable { why } => {
                    unevaluable.get_or_insert((administration.timepoint, why));
                }
            }
        }
        Ok(match unevaluable {
            Some((at, why)) => SustainedResponse::NotEvaluable { at, why },
            None => SustainedResponse::Sustained { from, through },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(month: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, month, d).unwrap()
    }

    fn admin(tp: Timepoint, date: NaiveDate, value: i32) -> Administration {
        Administration::new(tp, date, Decimal::from_int(value))
    }

    fn fu(months: u16) -> Timepoint {
        Timepoint::follow_up(months).unwrap()
    }

    fn pain(admins: Vec<Administration>) -> Result<Trajectory, OutcomesError> {
        Trajectory::new(
            InstrumentKey::new("nrs").unwrap(),
            1,
            Direction::HigherIsWorse,
            admins,
        )
    }

    #[test]
    fn sorts_and_validates() {
        let t = pain(vec![
            admin(fu(1), day(3, 1), 2),
            admin(Timepoint::Baseline, day(1, 1), 6),
            admin(Timepoint::PostTreatment, day(2, 1), 3),
        ])
        .unwrap();
        let order: Vec<Timepoint> = t.administrations().iter().map(|a| a.timepoint()).collect();
        assert_eq!(
            order,
            [Timepoint::Baseline, Timepoint::PostTreatment, fu(1)]
        );
        assert!(matches!(
            pain(vec![
                admin(Timepoint::Baseline, day(1, 1), 6),
                admin(Timepoint::Baseline, day(1, 2), 6),
            ]),
            Err(OutcomesError::DuplicateTimepoint {
                timepoint: Timepoint::Baseline
            })
        ));
        let err = pain(vec![
            admin(Timepoint::Baseline, day(2, 1), 6),
            admin(Timepoint::PostTreatment, day(1, 1), 3),
        ])
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "post-treatment is not dated after baseline; dates must increase with the timepoints"
        );
        assert!(
            pain(vec![
                admin(Timepoint::Baseline, day(1, 1), 6),
                admin(Timepoint::PostTreatment, day(1, 1), 3),
            ])
            .is_err()
        );
        assert!(pain(vec![admin(Timepoint::FollowUp { months: 0 }, day(1, 1), 6)]).is_err());
        assert!(pain(vec![]).is_ok());
    }

    #[test]
    fn from_measurements_rejects_mixtures() {
        let m = |key: &str, version: u16| {
            Measurement::new(
                InstrumentKey::new(key).unwrap(),
                version,
                Decimal::from_int(5),
                Direction::HigherIsWorse,
            )
        };
        let dated = |tp, date, measurement| DatedMeasurement {
            timepoint: tp,
            date,
            measurement,
        };
        assert!(matches!(
            Trajectory::from_measurements(vec![
                dated(Timepoint::Baseline, day(1, 1), m("nrs", 1)),
                dated(Timepoint::PostTreatment, day(2, 1), m("odi", 1)),
            ]),
            Err(OutcomesError::InstrumentMismatch { .. })
        ));
        assert!(matches!(
            Trajectory::from_measurements(vec![
                dated(Timepoint::Baseline, day(1, 1), m("nrs", 1)),
                dated(Timepoint::PostTreatment, day(2, 1), m("nrs", 2)),
            ]),
            Err(OutcomesError::RuleVersionMismatch { .. })
        ));
        assert_eq!(
            Trajectory::from_measurements(vec![]),
            Err(OutcomesError::EmptyTrajectory)
        );
        let ok =
            Trajectory::from_measurements(vec![dated(Timepoint::Baseline, day(1, 1), m("nrs", 3))])
                .unwrap();
        assert_eq!(ok.instrument().as_str(), "nrs");
        assert_eq!(ok.rule_version(), 3);
        let first = &ok.administrations()[0];
        assert_eq!(
            (first.timepoint(), first.date(), first.value()),
            (Timepoint::Baseline, Some(day(1, 1)), Decimal::from_int(5))
        );
    }

    #[test]
    fn changes_best_latest() {
        let t = pain(vec![
            admin(Timepoint::Baseline, day(1, 1), 6),
            admin(Timepoint::PostTreatment, day(2, 1), 2),
            admin(fu(1), day(3, 1), 2),
            admin(fu(3), day(5, 1), 4),
        ])
        .unwrap();
        let improvements: Vec<i64> = t
            .changes()
            .unwrap()
            .iter()
            .map(|(_, c)| c.improvement().hundredths() / 100)
            .collect();
        assert_eq!(improvements, [4, 4, 2]);
        // Best: 4 points first reached post-treatment (tie → earliest).
        assert_eq!(t.best().unwrap().unwrap().0, Timepoint::PostTreatment);
        assert_eq!(t.latest().unwrap().unwrap().0, fu(3));
        assert_eq!(t.change_at(fu(2)).unwrap(), None);
        assert_eq!(
            t.change_at(Timepoint::Baseline)
                .unwrap()
                .unwrap()
                .improvement(),
            Decimal::ZERO
        );
        let no_baseline = pain(vec![admin(Timepoint::PostTreatment, day(2, 1), 2)]).unwrap();
        assert_eq!(no_baseline.best(), Err(OutcomesError::NoBaseline));
        assert_eq!(no_baseline.baseline(), None);
        let only_baseline = pain(vec![admin(Timepoint::Baseline, day(1, 1), 6)]).unwrap();
        assert_eq!(only_baseline.best().unwrap(), None);
        assert_eq!(only_baseline.latest().unwrap(), None);
    }

    #[test]
    fn sustained_response() {
        let rule = ResponderDefinition::PainFreeOrNearly;
        let ctx = ResponderContext::default();
        let t = pain(vec![
            admin(Timepoint::Baseline, day(1, 1), 5),
            admin(Timepoint::PostTreatment, day(2, 1), 1),
            admin(fu(1), day(3, 1), 0),
            admin(fu(3), day(5, 1), 3),
            admin(fu(6), day(8, 1), 1),
        ])
        .unwrap();
        assert_eq!(
            t.sustained_response(Timepoint::PostTreatment, &rule, &ctx)
                .unwrap(),
            SustainedResponse::NotSustained { first_miss: fu(3) }
        );
        assert_eq!(
            t.sustained_response(fu(6), &rule, &ctx).unwrap(),
            SustainedResponse::Sustained {
                from: fu(6),
                through: fu(6)
            }
        );
        assert_eq!(
            t.sustained_response(fu(2), &rule, &ctx).unwrap(),
            SustainedResponse::NoDataAt { timepoint: fu(2) }
        );
        let mcid = ResponderDefinition::McidReached;
        assert_eq!(
            t.sustained_response(fu(6), &mcid, &ctx).unwrap(),
            SustainedResponse::NotEvaluable {
                at: fu(6),
                why: NotEvaluableReason::NoMcid
            }
        );
    }

    #[test]
    fn timepoints_order_undated_administrations() {
        // Visit labels only: the timepoints give the order, and changes work as with dates.
        let t = pain(vec![
            Administration::undated(fu(1), Decimal::from_int(2)),
            Administration::undated(Timepoint::Baseline, Decimal::from_int(6)),
            Administration::undated(Timepoint::PostTreatment, Decimal::from_int(3)),
        ])
        .unwrap();
        let order: Vec<Timepoint> = t.administrations().iter().map(|a| a.timepoint()).collect();
        assert_eq!(
            order,
            [Timepoint::Baseline, Timepoint::PostTreatment, fu(1)]
        );
        assert_eq!(
            t.change_at(fu(1)).unwrap().unwrap().improvement(),
            Decimal::from_int(4)
        );
        assert_eq!(t.baseline().unwrap().date(), None);
        // Mixed: the dated ones must still increase, skipping the undated one between them.
        let err = pain(vec![
            admin(Timepoint::Baseline, day(3, 1), 6),
            Administration::undated(Timepoint::PostTreatment, Decimal::from_int(3)),
            admin(fu(1), day(2, 1), 2),
        ])
        .unwrap_err();
        assert_eq!(
            err,
            OutcomesError::DatesOutOfOrder {
                earlier: Timepoint::Baseline,
                later: fu(1)
            }
        );
        // JSON: no `date` key when undated; a document with dates reads and writes as before.
        let undated = serde_json::to_value(Administration::undated(
            Timepoint::Baseline,
            Decimal::from_int(6),
        ))
        .unwrap();
        assert_eq!(
            undated,
            serde_json::json!({"timepoint": {"kind": "baseline"}, "value": 6})
        );
        let dated = r#"{"timepoint":{"kind":"baseline"},"date":"2024-01-01","value":6}"#;
        let back: Administration = serde_json::from_str(dated).unwrap();
        assert_eq!(back.date(), Some(day(1, 1)));
        assert_eq!(serde_json::to_string(&back).unwrap(), dated);
        assert!(
            serde_json::from_str::<Administration>(
                r#"{"timepoint":{"kind":"baseline"},"date":null,"value":6}"#
            )
            .is_ok_and(|a| a.date().is_none())
        );
    }

    #[test]
    fn json_goes_through_validation() {
        let json = r#"{"instrument":"nrs","rule_version":1,"direction":"higher_is_worse","administrations":[
            {"timepoint":{"kind":"baseline"},"date":"2024-01-01","value":6},
            {"timepoint":{"kind":"baseline"},"date":"2024-02-01","value":4}]}"#;
        let err = serde_json::from_str::<Trajectory>(json)
            .unwrap_err()
            .to_string();
        assert!(err.contains("appears more than once"), "{err}");
        let t = pain(vec![admin(Timepoint::Baseline, day(1, 1), 6)]).unwrap();
        let back: Trajectory = serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
        assert_eq!(back, t);
    }
}
