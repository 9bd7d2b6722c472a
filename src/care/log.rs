//! The care log: every concurrent treatment of one patient, and the questions reports ask of it.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{CareError, ConcurrentTreatment, DoseChange, DoseDirection};
use crate::version::Current;

/// The most treatments one care log may hold.
pub const MAX_TREATMENTS: usize = 200;

/// Whether a treatment started or stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CareChangeKind {
    /// The treatment's first day.
    Started,
    /// The treatment's last day.
    Stopped,
    /// A dose change.
    DoseChanged(DoseDirection),
}

/// A change in concurrent care within a window: which treatment, what happened, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CareChange<'a> {
    on: NaiveDate,
    kind: CareChangeKind,
    treatment: &'a ConcurrentTreatment,
}

impl<'a> CareChange<'a> {
    /// The day of the change.
    pub const fn on(&self) -> NaiveDate {
        self.on
    }

    /// Started, stopped or a dose change.
    pub const fn kind(&self) -> CareChangeKind {
        self.kind
    }

    /// The treatment that changed.
    pub const fn treatment(&self) -> &'a ConcurrentTreatment {
        self.treatment
    }
}

/// The concurrent care of one person: a root document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "The concurrent care of one person: every treatment running alongside PRT, recorded at intake and updated during the program."
)]
#[serde(try_from = "CareLogWire", into = "CareLogWire")]
pub struct CareLog {
    treatments: Vec<ConcurrentTreatment>,
}

/// The concurrent care of one person: every treatment running alongside PRT, recorded at intake and
/// updated during the program.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "CareLog")]
struct CareLogWire {
    /// The document layout version, 1.
    schema_version: Current<CareLog>,
    /// The treatments, at most 200.
    #[schemars(length(max = MAX_TREATMENTS))]
    treatments: Vec<ConcurrentTreatment>,
}

impl TryFrom<CareLogWire> for CareLog {
    type Error = CareError;

    fn try_from(data: CareLogWire) -> Result<CareLog, CareError> {
        CareLog::new(data.treatments)
    }
}

impl From<CareLog> for CareLogWire {
    fn from(value: CareLog) -> CareLogWire {
        CareLogWire {
            schema_version: Current::new(),
            treatments: value.treatments,
        }
    }
}

impl CareLog {
    /// A log of `treatments`.
    ///
    /// # Errors
    ///
    /// [`CareError::TooMany`] beyond [`MAX_TREATMENTS`].
    pub fn new(
        treatments: impl IntoIterator<Item = ConcurrentTreatment>,
    ) -> Result<CareLog, CareError> {
        let treatments: Vec<ConcurrentTreatment> = treatments.into_iter().collect();
        if treatments.len() > MAX_TREATMENTS {
            return Err(CareError::TooMany {
                field: "treatments",
                max: MAX_TREATMENTS,
            });
        }
        Ok(CareLog { treatments })
    }

    /// Adds a treatment; on error the log is unchanged.
    ///
    /// # Errors
    ///
    /// [`CareError::TooMany`] beyond [`MAX_TREATMENTS`].
    pub fn add(&mut self, treatment: ConcurrentTreatment) -> Result<(), CareError> {
        if self.treatments.len() >= MAX_TREATMENTS {
            return Err(CareError::TooMany {
                field: "treatments",
                max: MAX_TREATMENTS,
            });
        }
        self.treatments.push(treatment);
        Ok(())
    }

    /// Replaces the treatment at `index` (to record a stop or a dose change), returning the old
    /// one; `None` and no change when there is no such treatment.
    pub fn replace(
        &mut self,
        index: usize,
        treatment: ConcurrentTreatment,
    ) -> Option<ConcurrentTreatment> {
        self.treatments
            .get_mut(index)
            .map(|slot| std::mem::replace(slot, treatment))
    }

    /// Stops the treatment at `index` (its position in [`treatments`](CareLog::treatments)) on
    /// `stopped_on`, its last day; on error the log is unchanged.
    ///
    /// # Errors
    ///
    /// [`CareError::UnknownTreatment`], and the errors of [`ConcurrentTreatment::stopped`].
    pub fn stop(&mut self, index: usize, stopped_on: NaiveDate) -> Result<(), CareError> {
        let len = self.treatments.len();
        let slot = self
            .treatments
            .get_mut(index)
            .ok_or(CareError::UnknownTreatment { index, len })?;
        *slot = slot.clone().stopped(stopped_on)?;
        Ok(())
    }

    /// Records a dose change of the treatment at `index`; on error the log is unchanged.
    ///
    /// # Errors
    ///
    /// [`CareError::UnknownTreatment`], and the errors of
    /// [`ConcurrentTreatment::record_dose_change`].
    pub fn record_dose_change(
        &mut self,
        index: usize,
        change: DoseChange,
    ) -> Result<(), CareError> {
        let len = self.treatments.len();
        self.treatments
            .get_mut(index)
            .ok_or(CareError::UnknownTreatment { index, len })?
            .record_dose_change(change)
    }

    /// Every treatment, in the order recorded.
    pub fn treatments(&self) -> &[ConcurrentTreatment] {
        &self.treatments
    }

    /// The treatments received on `day`.
    pub fn active_on(&self, day: NaiveDate) -> impl Iterator<Item = &ConcurrentTreatment> {
        self.treatments.iter().filter(move |t| t.active_on(day))
    }

    /// Whether an opioid medication was received on `day`.
    pub fn opioid_use_on(&self, day: NaiveDate) -> bool {
        self.active_on(day).any(|t| t.kind().is_opioid())
    }

    /// Every start, stop and dose change dated `from..=to` (both inclusive), in date order (starts
    /// before dose changes before stops on the same day, then in recording order).
    ///
    /// # Errors
    ///
    /// [`CareError::Before`] when `to` is before `from`.
    pub fn changes_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<CareChange<'_>>, CareError> {
        if to < from {
            return Err(CareError::Before {
                field: "to",
                date: to,
                other_field: "from",
                other: from,
            });
        }
        let within = |day: NaiveDate| from <= day && day <= to;
        let mut changes = Vec::new();
        for treatment in &self.treatments {
            let mut push = |on, kind| {
                if within(on) {
                    changes.push(CareChange {
                        on,
                        kind,
                        treatment,
                    });
                }
            };
            push(treatment.started_on(), CareChangeKind::Started);
            for change in treatment.dose_changes() {
                push(change.on(), CareChangeKind::DoseChanged(change.direction()));
            }
            if let Some(stop) = treatment.stopped_on() {
                push(stop, CareChangeKind::Stopped);
            }
        }
        changes.sort_by_key(|change| (change.on, change.kind));
        Ok(changes)
    }
}
