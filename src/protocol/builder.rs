//! [`ProtocolBuilder`]: assembles a [`Protocol`] and checks it once, in [`ProtocolBuilder::build`].

use super::{
    AssessmentSpec, Cadence, PlannedSession, ProgramRules, Protocol, ProtocolError, ProtocolId,
};
use crate::exercises::PrtComponent;
use crate::instruments::InstrumentId;
use crate::outcomes::{InstrumentKey, Timepoint};
use crate::sessions::{Modality, SessionKind};
use crate::version::Current;

/// Builds a custom [`Protocol`]. Nothing is checked until [`build`](Self::build), which reports the
/// first rule broken.
///
/// ```
/// use pain_reprocessing::exercises::PrtComponent;
/// use pain_reprocessing::instruments::InstrumentId;
/// use pain_reprocessing::outcomes::Timepoint;
/// use pain_reprocessing::protocol::{Cadence, Protocol, ProtocolId};
/// use pain_reprocessing::sessions::{Modality, SessionKind};
///
/// let protocol = Protocol::builder(ProtocolId::new("clinic-prt")?, 1)
///     .evaluation_session(Modality::Video, 60)
///     .therapy_sessions(4, Modality::InPerson, 50, [PrtComponent::SomaticTracking])
///     .cadence(Cadence::new(1, 28))
///     .assessment(Timepoint::Baseline, [InstrumentId::Peg3, InstrumentId::Phq9], 0, 14)
///     .assessment(Timepoint::PostTreatment, [InstrumentId::Peg3, InstrumentId::Phq9], 0, 14)
///     .assessment(Timepoint::FollowUp { months: 3 }, [InstrumentId::Peg3], 14, 14)
///     .build()?;
/// assert_eq!(protocol.treatment_session_count(), 4);
///
/// // Five weekly sessions do not fit in 28 days.
/// let too_many = Protocol::builder(ProtocolId::new("too-many")?, 1)
///     .therapy_sessions(6, Modality::InPerson, 50, [])
///     .cadence(Cadence::new(1, 28))
///     .assessment(Timepoint::Baseline, [InstrumentId::Peg3], 0, 14)
///     .assessment(Timepoint::PostTreatment, [InstrumentId::Peg3], 0, 14)
///     .build();
/// assert!(too_many.is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct ProtocolBuilder {
    id: ProtocolId,
    version: u32,
    sessions: Vec<PlannedSession>,
    cadence: Cadence,
    assessments: Vec<AssessmentSpec>,
    rules: ProgramRules,
    primary_outcome: Option<InstrumentKey>,
}

impl ProtocolBuilder {
    pub(super) fn new(id: ProtocolId, version: u32) -> ProtocolBuilder {
        ProtocolBuilder {
            id,
            version,
            sessions: Vec::new(),
            cadence: Cadence::new(1, 7),
            assessments: Vec::new(),
            rules: ProgramRules::default(),
            primary_outcome: None,
        }
    }

    /// Appends one planned session.
    pub fn session(mut self, session: PlannedSession) -> ProtocolBuilder {
        self.sessions.push(session);
        self
    }

    /// Appends a physician evaluation and education session (PRT component 1: pain education).
    pub fn evaluation_session(self, modality: Modality, minutes: u16) -> ProtocolBuilder {
        self.session(PlannedSession::new(
            SessionKind::PhysicianEvaluation,
            modality,
            minutes,
            [PrtComponent::PainEducation],
        ))
    }

    /// Appends `count` PRT therapy sessions alike.
    pub fn therapy_sessions(
        mut self,
        count: u16,
        modality: Modality,
        minutes: u16,
        focus: impl IntoIterator<Item = PrtComponent>,
    ) -> ProtocolBuilder {
        let focus: Vec<PrtComponent> = focus.into_iter().collect();
        for _ in 0..count {
            self.sessions.push(PlannedSession::new(
                SessionKind::PrtTherapy,
                modality,
                minutes,
                focus.iter().copied(),
            ));
        }
        self
    }

    /// Sets the treatment cadence (default: 1 per week in a 7-day window).
    pub fn cadence(mut self, cadence: Cadence) -> ProtocolBuilder {
        self.cadence = cadence;
        self
    }

    /// Appends an assessment at `timepoint`; list them in clinical order.
    pub fn assessment(
        mut self,
        timepoint: Timepoint,
        instruments: impl IntoIterator<Item = InstrumentId>,
        days_before: u16,
        days_after: u16,
    ) -> ProtocolBuilder {
        self.assessments.push(AssessmentSpec::new(
            timepoint,
            instruments,
            days_before,
            days_after,
        ));
        self
    }

    /// Sets the program rules (default: [`ProgramRules::default`]).
    pub fn rules(mut self, rules: ProgramRules) -> ProtocolBuilder {
        self.rules = rules;
        self
    }

    /// Names the primary outcome: an instrument of the post-treatment assessment, or an item or
    /// subscale of one ([`InstrumentKey::item`], [`InstrumentKey::subscale`]).
    pub fn primary_outcome(mut self, outcome: InstrumentKey) -> ProtocolBuilder {
        self.primary_outcome = Some(outcome);
        self
    }

    /// The protocol, if it follows every rule.
    ///
    /// # Errors
    ///
    /// The first [`ProtocolError`] found: no sessions, an evaluation after treatment, a cadence
    /// that cannot fit its window, a missing baseline or post-treatment assessment, timepoints out
    /// of order, an assessment without instruments or with one twice, and so on.
    pub fn build(self) -> Result<Protocol, ProtocolError> {
        let protocol = self.assemble();
        protocol.validate()?;
        Ok(protocol)
    }

    /// The protocol as given, unchecked: only for presets, whose validity the tests prove.
    pub(super) fn assemble(self) -> Protocol {
        Protocol {
            legacy_ids: crate::id::LegacyIds::default(),
            schema_version: Current::new(),
            id: self.id,
            version: self.version,
            sessions: self.sessions,
            cadence: self.cadence,
            assessments: self.assessments,
            rules: self.rules,
            primary_outcome: self.primary_outcome,
        }
    }
}
