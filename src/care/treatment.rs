//! One concurrent treatment: its kind, its dates and its dose changes.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::CareError;
use crate::Note;
use crate::intake::{PriorTreatment, TreatmentKind};
use crate::tagged::tagged_enum;
use crate::version::Current;

/// The most dose changes one treatment may record.
pub const MAX_DOSE_CHANGES: usize = 100;

tagged_enum! {
/// A kind of concurrent treatment. Medication says whether it is an opioid.
///
/// In JSON an object tagged by `type`: `{"type": "medication", "opioid": true}`, `{"type": "yoga"}`;
/// any other field is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[schemars(
    description = "A kind of concurrent treatment, tagged by `type`; medication says whether it is an opioid."
)]
#[non_exhaustive]
pub enum CareKind {
    tag = "type", wire = CareKindWire;
    /// A medication for pain or a related condition.
    Medication = "medication" {
        /// Whether it is an opioid.
        opioid: bool,
    },
    /// Physical therapy or exercise therapy.
    PhysicalTherapy = "physical_therapy",
    /// Acupuncture.
    Acupuncture = "acupuncture",
    /// Massage.
    Massage = "massage",
    /// Yoga.
    Yoga = "yoga",
    /// Psychotherapy other than PRT (CBT, ACT, counselling).
    OtherPsychotherapy = "other_psychotherapy",
    /// Anything else (injections, chiropractic care, devices).
    Other = "other",
}
}

impl CareKind {
    /// The concurrent-care kind for an intake prior-treatment kind: opioids become an opioid
    /// medication, psychological therapy other psychotherapy, physiotherapy physical therapy;
    /// injections, surgery and manipulation become `other`.
    pub fn from_intake(kind: TreatmentKind) -> CareKind {
        match kind {
            TreatmentKind::Physiotherapy => CareKind::PhysicalTherapy,
            TreatmentKind::Medication => CareKind::Medication { opioid: false },
            TreatmentKind::Opioids => CareKind::Medication { opioid: true },
            TreatmentKind::Massage => CareKind::Massage,
            TreatmentKind::Acupuncture => CareKind::Acupuncture,
            TreatmentKind::Psychological => CareKind::OtherPsychotherapy,
            _ => CareKind::Other,
        }
    }

    /// Whether this is an opioid medication.
    pub const fn is_opioid(self) -> bool {
        matches!(self, CareKind::Medication { opioid: true })
    }
}

/// Which way a dose changed.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DoseDirection {
    /// The dose went up.
    Increased,
    /// The dose went down (a taper).
    Decreased,
}

/// A dated dose change of a medication (or a change of intensity of another treatment).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct DoseChange {
    /// The day of the change.
    #[serde(with = "crate::json::rfc3339::Date")]
    on: NaiveDate,
    /// Up or down.
    direction: DoseDirection,
    /// Details, such as the new dose (redacted in `Debug`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<Note>,
}

impl DoseChange {
    /// A change on `on` in `direction`.
    pub const fn new(on: NaiveDate, direction: DoseDirection) -> DoseChange {
        DoseChange {
            on,
            direction,
            note: None,
        }
    }

    /// The change with a note.
    pub fn with_note(mut self, note: Note) -> DoseChange {
        self.note = Some(note);
        self
    }

    /// The day.
    pub const fn on(&self) -> NaiveDate {
        self.on
    }

    /// Up or down.
    pub const fn direction(&self) -> DoseDirection {
        self.direction
    }

    /// The note, if any.
    pub const fn note(&self) -> Option<&Note> {
        self.note.as_ref()
    }
}

/// A treatment running alongside PRT: a root document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "A treatment running alongside PRT: its kind (medication flags opioids), an optional label, start and optional stop dates (both inclusive), and dose changes."
)]
#[serde(try_from = "ConcurrentTreatmentWire", into = "ConcurrentTreatmentWire")]
pub struct ConcurrentTreatment {
    kind: CareKind,
    label: Option<Note>,
    started_on: NaiveDate,
    stopped_on: Option<NaiveDate>,
    dose_changes: Vec<DoseChange>,
}

/// A treatment running alongside PRT: its kind (medication flags opioids), an optional label, start
/// and optional stop dates (both inclusive), and dose changes.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "ConcurrentTreatment")]
struct ConcurrentTreatmentWire {
    /// The document layout version, 1.
    schema_version: Current<ConcurrentTreatment>,
    /// The kind of treatment.
    kind: CareKind,
    /// A label, such as the medication's name (redacted in `Debug`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    label: Option<Note>,
    /// The first day the treatment was received.
    #[serde(with = "crate::json::rfc3339::Date")]
    started_on: NaiveDate,
    /// The last day it was received; absent while ongoing. On or after `started_on`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::json::rfc3339::OptionDate")]
    stopped_on: Option<NaiveDate>,
    /// Dose changes, in date order, within the treatment's dates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(length(max = MAX_DOSE_CHANGES))]
    dose_changes: Vec<DoseChange>,
}

impl fmt::Debug for ConcurrentTreatmentWire {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConcurrentTreatmentWire")
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

impl TryFrom<ConcurrentTreatmentWire> for ConcurrentTreatment {
    type Error = CareError;

    fn try_from(data: ConcurrentTreatmentWire) -> Result<ConcurrentTreatment, CareError> {
        let mut treatment = ConcurrentTreatment::new(data.kind, data.started_on);
        treatment.label = data.label;
        if let Some(stop) = data.stopped_on {
            treatment = treatment.stopped(stop)?;
        }
        if data.dose_changes.len() > MAX_DOSE_CHANGES {
            return Err(CareError::TooMany {
                field: "dose_changes",
                max: MAX_DOSE_CHANGES,
            });
        }
        for change in data.dose_changes {
            treatment.record_dose_change(change)?;
        }
        Ok(treatment)
    }
}

impl From<ConcurrentTreatment> for ConcurrentTreatmentWire {
    fn from(value: ConcurrentTreatment) -> ConcurrentTreatmentWire {
        ConcurrentTreatmentWire {
            schema_version: Current::new(),
            kind: value.kind,
            label: value.label,
            started_on: value.started_on,
            stopped_on: value.stopped_on,
            dose_changes: value.dose_changes,
        }
    }
}

impl ConcurrentTreatment {
    /// An ongoing treatment of `kind` started on `started_on`.
    pub const fn new(kind: CareKind, started_on: NaiveDate) -> ConcurrentTreatment {
        ConcurrentTreatment {
            kind,
            label: None,
            started_on,
            stopped_on: None,
            dose_changes: Vec::new(),
        }
    }

    /// An ongoing treatment from an intake form's prior treatment that is still being received,
    /// started on `started_on` (the intake does not record start dates); the intake note becomes
    /// the label. Kinds map as [`CareKind::from_intake`] says.
    pub fn from_prior(prior: &PriorTreatment, started_on: NaiveDate) -> ConcurrentTreatment {
        ConcurrentTreatment {
            label: prior.note.clone(),
            ..ConcurrentTreatment::new(CareKind::from_intake(prior.kind), started_on)
        }
    }

    /// The treatment with a label, such as the medication's name.
    #[must_use]
    pub fn with_label(mut self, label: Note) -> ConcurrentTreatment {
        self.label = Some(label);
        self
    }

    /// The treatment stopped on `stopped_on`, its last day.
    ///
    /// # Errors
    ///
    /// [`CareError::Before`] when `stopped_on` is before `started_on`, [`CareError::After`] when a
    /// recorded dose change is after `stopped_on`.
    pub fn stopped(mut self, stopped_on: NaiveDate) -> Result<ConcurrentTreatment, CareError> {
        if stopped_on < self.started_on {
            return Err(CareError::Before {
                field: "stopped_on",
                date: stopped_on,
                other_field: "started_on",
                other: self.started_on,
            });
        }
        if let Some(last) = self.dose_changes.last()
            && last.on > stopped_on
        {
            return Err(CareError::After {
                field: "dose_changes.on",
                date: last.on,
                other_field: "stopped_on",
                other: stopped_on,
            });
        }
        self.stopped_on = Some(stopped_on);
        Ok(self)
    }

    /// Records a dose change; on error the treatment is unchanged.
    ///
    /// # Errors
    ///
    /// [`CareError::Before`] (before `started_on` or the previous change), [`CareError::After`]
    /// (after `stopped_on`), [`CareError::TooMany`] beyond [`MAX_DOSE_CHANGES`].
    pub fn record_dose_change(&mut self, change: DoseChange) -> Result<(), CareError> {
        if self.dose_changes.len() >= MAX_DOSE_CHANGES {
            return Err(CareError::TooMany {
                field: "dose_changes",
                max: MAX_DOSE_CHANGES,
            });
        }
        let (other_field, other) = match self.dose_changes.last() {
            Some(previous) => ("the previous dose change", previous.on),
            None => ("started_on", self.started_on),
        };
        if change.on < other {
            return Err(CareError::Before {
                field: "dose_changes.on",
                date: change.on,
                other_field,
                other,
            });
        }
        if let Some(stop) = self.stopped_on
            && change.on > stop
        {
            return Err(CareError::After {
                field: "dose_changes.on",
                date: change.on,
                other_field: "stopped_on",
                other: stop,
            });
        }
        self.dose_changes.push(change);
        Ok(())
    }

    /// The kind.
    pub const fn kind(&self) -> CareKind {
        self.kind
    }

    /// The label, if any (redacted in `Debug`).
    pub const fn label(&self) -> Option<&Note> {
        self.label.as_ref()
    }

    /// The first day.
    pub const fn started_on(&self) -> NaiveDate {
        self.started_on
    }

    /// The last day, if stopped.
    pub const fn stopped_on(&self) -> Option<NaiveDate> {
        self.stopped_on
    }

    /// The dose changes, in date order.
    pub fn dose_changes(&self) -> &[DoseChange] {
        &self.dose_changes
    }

    /// Whether the treatment was received on `day`: `started_on <= day <= stopped_on`.
    pub fn active_on(&self, day: NaiveDate) -> bool {
        self.started_on <= day && self.stopped_on.is_none_or(|stop| day <= stop)
    }
}
