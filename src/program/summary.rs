//! [`Program::outcome_summary`]: what the recorded assessments show, instrument by instrument.

use crate::instruments::InstrumentId;
use crate::outcomes::{
    Administration, Change, Mcid, OutcomesError, Reliability, ResponderContext,
    ResponderDefinition, ResponderStatus, Timepoint, Trajectory,
};

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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstrumentOutcome {
    instrument: InstrumentId,
    trajectory: Trajectory,
    definition: Option<ResponderDefinition>,
    statuses: Vec<(Timepoint, ResponderStatus)>,
}

impl InstrumentOutcome {
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
/// order the instruments were first recorded.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OutcomeSummary {
    instruments: Vec<InstrumentOutcome>,
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
                let administration = Administration::new(timepoint, at.date_naive(), score.total());
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
            let definition = definition_for(instrument);
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
            instruments.push(InstrumentOutcome {
                instrument,
                trajectory,
                definition,
                statuses,
            });
        }
        Ok(OutcomeSummary { instruments })
    }
}
