//! [`Program::outcome_summary`]: what the recorded assessments show, instrument by instrument.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::instruments::InstrumentId;
use crate::outcomes::{
    Administration, Change, Mcid, NotEvaluableReason, OutcomesError, Reliability, ResponderContext,
    ResponderDefinition, ResponderStatus, Timepoint, Trajectory,
};
use crate::version::Current;

use super::Program;

/// The responder definition the summary uses for `instrument` unless told otherwise:
///
/// - pain NRS: pain-free or nearly (0 or 1 of 10), the Boulder trial's definition (§1.8 `[S27]`);
/// - an instrument with a verified MCID in the catalog: the MCID reached;
/// - one with only a published SEM (none today beyond the TSK forms, which have an MCID): reliable
///   improvement;
/// - otherwise none: statuses are not evaluated rather than guessed.
///
/// ```
/// use pain_reprocessing::instruments::InstrumentId;
/// use pain_reprocessing::outcomes::ResponderDefinition;
/// use pain_reprocessing::program::default_responder_definition;
///
/// assert_eq!(default_responder_definition(InstrumentId::Nrs), Some(ResponderDefinition::PainFreeOrNearly));
/// assert_eq!(default_responder_definition(InstrumentId::Odi), Some(ResponderDefinition::McidReached));
/// ```
pub fn default_responder_definition(instrument: InstrumentId) -> Option<ResponderDefinition> {
    if instrument == InstrumentId::Nrs {
        Some(ResponderDefinition::PainFreeOrNearly)
    } else if Mcid::from_catalog(instrument).is_some() {
        Some(ResponderDefinition::McidReached)
    } else if Reliability::from_catalog(instrument).is_some() {
        Some(ResponderDefinition::ReliableImprovement)
    } else {
        None
    }
}

/// One instrument's course through a program: its trajectory, the responder definition applied,
/// and the status at each assessment after baseline.
///
/// As JSON, `statuses` is a list of `{timepoint, status}`. Read back, the statuses must be exactly
/// the ones the definition gives on the trajectory (with the catalog's MCID and SEM), and the
/// trajectory must be the instrument's: a document whose statuses disagree is refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all = "snake_case",
    try_from = "InstrumentOutcomeRepr",
    into = "InstrumentOutcomeRepr"
)]
#[schemars(!try_from, !into)]
pub struct InstrumentOutcome {
    instrument: InstrumentId,
    trajectory: Trajectory,
    /// The responder definition applied (absent: none, and no statuses).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    definition: Option<ResponderDefinition>,
    /// The responder status at each assessment after baseline that could be judged, in clinical order.
    #[schemars(with = "Vec<StatusAt>")]
    statuses: Vec<(Timepoint, ResponderStatus)>,
}

/// A responder status at one timepoint, as [`InstrumentOutcome`] writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
struct StatusAt {
    timepoint: Timepoint,
    #[serde(deserialize_with = "strict_status")]
    status: ResponderStatus,
}

/// [`ResponderStatus`] as its schema reads it: serde ignores `deny_unknown_fields` on the unit
/// variants of an internally tagged enum (`{"status": "responder", "extra": 1}` would be read), so
/// the statuses of a summary are read through struct variants, which refuse unknown fields.
#[derive(Deserialize)]
#[serde(tag = "status", rename_all = "snake_case", deny_unknown_fields)]
enum StrictStatus {
    Responder {},
    NonResponder {},
    NotEvaluable { why: NotEvaluableReason },
}

fn strict_status<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<ResponderStatus, D::Error> {
    Ok(match StrictStatus::deserialize(deserializer)? {
        StrictStatus::Responder {} => ResponderStatus::Responder,
        StrictStatus::NonResponder {} => ResponderStatus::NonResponder,
        StrictStatus::NotEvaluable { why } => ResponderStatus::NotEvaluable { why },
    })
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
struct InstrumentOutcomeRepr {
    instrument: InstrumentId,
    trajectory: Trajectory,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    definition: Option<ResponderDefinition>,
    statuses: Vec<StatusAt>,
}

impl From<InstrumentOutcome> for InstrumentOutcomeRepr {
    fn from(outcome: InstrumentOutcome) -> InstrumentOutcomeRepr {
        InstrumentOutcomeRepr {
            instrument: outcome.instrument,
            trajectory: outcome.trajectory,
            definition: outcome.definition,
            statuses: outcome
                .statuses
                .into_iter()
                .map(|(timepoint, status)| StatusAt { timepoint, status })
                .collect(),
        }
    }
}

impl TryFrom<InstrumentOutcomeRepr> for InstrumentOutcome {
    type Error = String;

    fn try_from(repr: InstrumentOutcomeRepr) -> Result<InstrumentOutcome, String> {
        if *repr.trajectory.instrument() != repr.instrument.into() {
            return Err(format!(
                "the trajectory is not the {} trajectory",
                repr.instrument
            ));
        }
        let outcome =
            InstrumentOutcome::evaluate(repr.instrument, repr.trajectory, repr.definition)
                .map_err(|error| error.to_string())?;
        let written: Vec<(Timepoint, ResponderStatus)> = repr
            .statuses
            .iter()
            .map(|at| (at.timepoint, at.status))
            .collect();
        if written != outcome.statuses {
            return Err(
                "statuses differ from the ones the definition gives on the trajectory".to_owned(),
            );
        }
        Ok(outcome)
    }
}

impl InstrumentOutcome {
    /// Applies `definition` (with the catalog's MCID and SEM) at each assessment after baseline.
    fn evaluate(
        instrument: InstrumentId,
        trajectory: Trajectory,
        definition: Option<ResponderDefinition>,
    ) -> Result<InstrumentOutcome, OutcomesError> {
        let mcid = Mcid::from_catalog(instrument);
        let reliability = Reliability::from_catalog(instrument);
        let context = ResponderContext {
            mcid: mcid.as_ref(),
            reliability: reliability.as_ref(),
        };
        let mut statuses = Vec::new();
        if let Some(definition) = &definition {
            for (timepoint, _) in trajectory.changes()? {
                if let Some(status) =
                    trajectory.responder_status_at(timepoint, definition, &context)?
                {
                    statuses.push((timepoint, status));
                }
            }
        }
        Ok(InstrumentOutcome {
            instrument,
            trajectory,
            definition,
            statuses,
        })
    }

    /// The instrument.
    pub fn instrument(&self) -> InstrumentId {
        self.instrument
    }

    /// Its administrations, dated, in clinical order.
    pub fn trajectory(&self) -> &Trajectory {
        &self.trajectory
    }

    /// The responder definition applied, if any.
    pub fn definition(&self) -> Option<&ResponderDefinition> {
        self.definition.as_ref()
    }

    /// The responder status at each assessment after baseline (empty without a definition).
    pub fn statuses(&self) -> &[(Timepoint, ResponderStatus)] {
        &self.statuses
    }

    /// The status at `timepoint`, if evaluated.
    pub fn status_at(&self, timepoint: Timepoint) -> Option<&ResponderStatus> {
        self.statuses
            .iter()
            .find(|(t, _)| *t == timepoint)
            .map(|(_, status)| status)
    }

    /// The change from baseline at the latest assessment, if there is one after baseline.
    pub fn latest_change(&self) -> Option<(Timepoint, Change)> {
        self.trajectory.latest().ok().flatten()
    }
}

/// What a program's recorded assessments show, one [`InstrumentOutcome`] per instrument, in the
/// order the instruments were first recorded. A document for dashboards and other languages, like
/// the [`ProgramReport`](super::ProgramReport); no instrument appears twice. Rules across fields,
/// checked when the document is read: each outcome's `trajectory` is its `instrument`'s, and its
/// `statuses` are exactly the ones its `definition` gives on that trajectory.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all = "snake_case",
    try_from = "OutcomeSummaryRepr"
)]
#[schemars(!try_from)]
pub struct OutcomeSummary {
    schema_version: Current<OutcomeSummary>,
    instruments: Vec<InstrumentOutcome>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
struct OutcomeSummaryRepr {
    schema_version: Current<OutcomeSummary>,
    instruments: Vec<InstrumentOutcome>,
}

impl TryFrom<OutcomeSummaryRepr> for OutcomeSummary {
    type Error = String;

    fn try_from(repr: OutcomeSummaryRepr) -> Result<OutcomeSummary, String> {
        for (i, outcome) in repr.instruments.iter().enumerate() {
            if repr
                .instruments
                .iter()
                .take(i)
                .any(|earlier| earlier.instrument == outcome.instrument)
            {
                return Err(format!("instrument {} appears twice", outcome.instrument));
            }
        }
        Ok(OutcomeSummary {
            schema_version: repr.schema_version,
            instruments: repr.instruments,
        })
    }
}

impl OutcomeSummary {
    /// Every instrument's outcome.
    pub fn instruments(&self) -> &[InstrumentOutcome] {
        &self.instruments
    }

    /// The outcome for `instrument`, if it was recorded.
    pub fn instrument(&self, instrument: InstrumentId) -> Option<&InstrumentOutcome> {
        self.instruments.iter().find(|o| o.instrument == instrument)
    }
}

impl Program {
    /// The outcome summary with [`default_responder_definition`] for each instrument.
    ///
    /// # Errors
    ///
    /// An [`OutcomesError`] when the recorded administrations do not form a trajectory (for
    /// example two assessments of one instrument on the same calendar day).
    pub fn outcome_summary(&self) -> Result<OutcomeSummary, OutcomesError> {
        self.outcome_summary_with(default_responder_definition)
    }

    /// The outcome summary with the responder definition `definition_for` gives each instrument,
    /// using the catalog's MCID and SEM where the definition needs them.
    ///
    /// # Errors
    ///
    /// As [`outcome_summary`](Self::outcome_summary).
    pub fn outcome_summary_with(
        &self,
        definition_for: impl Fn(InstrumentId) -> Option<ResponderDefinition>,
    ) -> Result<OutcomeSummary, OutcomesError> {
        let mut administrations: Vec<(InstrumentId, u16, Vec<Administration>)> = Vec::new();
        for (timepoint, at) in self.recorded_assessments() {
            for score in self.scores_at(timepoint).unwrap_or_default() {
                let instrument = score.instrument();
                // A BPI-SF score without a valid severity has no total to trend.
                let Some(total) = score.total() else {
                    continue;
                };
                let administration = Administration::new(timepoint, at.date_naive(), total);
                match administrations
                    .iter_mut()
                    .find(|(id, ..)| *id == instrument)
                {
                    Some((.., list)) => list.push(administration),
                    None => administrations.push((
                        instrument,
                        score.rule_version(),
                        vec![administration],
                    )),
                }
            }
        }
        let mut instruments = Vec::with_capacity(administrations.len());
        for (instrument, rule_version, list) in administrations {
            let trajectory = Trajectory::new(
                instrument.into(),
                rule_version,
                instrument.definition().direction(),
                list,
            )?;
            instruments.push(InstrumentOutcome::evaluate(
                instrument,
                trajectory,
                definition_for(instrument),
            )?);
        }
        Ok(OutcomeSummary {
            schema_version: Current::new(),
            instruments,
        })
    }
}

/// Outcome summary format 1 to 2: renames the instrument id of every instrument and of its
/// trajectory (whose key is the catalog id).
///
/// # Errors
///
/// None today; the signature is that of every migration step.
pub(crate) fn upgrade_outcome_summary_v1(
    mut summary: serde_json::Map<String, serde_json::Value>,
) -> Result<serde_json::Map<String, serde_json::Value>, crate::versioning::VersionError> {
    use crate::instruments::migrate::upgrade_instrument_field_v1;
    if let Some(serde_json::Value::Array(instruments)) = summary.get_mut("instruments") {
        for outcome in instruments
            .iter_mut()
            .filter_map(serde_json::Value::as_object_mut)
        {
            upgrade_instrument_field_v1(outcome, "instrument");
            if let Some(trajectory) = outcome
                .get_mut("trajectory")
                .and_then(serde_json::Value::as_object_mut)
            {
                upgrade_instrument_field_v1(trajectory, "instrument");
            }
        }
    }
    Ok(summary)
}
