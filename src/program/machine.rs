//! [`Program`]: one patient's enrollment in one protocol version, and the progress derived from
//! its history.

use chrono::{DateTime, Utc};

use super::{Event, EventKind, ProgramState, SafetyConcern, Stage};
use crate::goals::TreatmentGoal;
use crate::instruments::Score;
use crate::outcomes::Timepoint;
use crate::protocol::Protocol;
use crate::{PatientId, ProgramId};

/// Facts derived from the history, kept so that applying an event costs constant time.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct Progress {
    /// Sessions completed, in order: sessions 1..=completed are done.
    pub(super) completed_sessions: u16,
    /// Booking per session number (index `number - 1`).
    pub(super) scheduled: Vec<Option<DateTime<Utc>>>,
    /// No-shows since the last clinician review.
    pub(super) missed_since_review: u16,
    /// History index of the recorded assessment per protocol assessment (same order).
    pub(super) assessments: Vec<Option<usize>>,
    /// History index of the latest screening.
    pub(super) latest_screening: Option<usize>,
    /// Safety concerns not yet resolved.
    pub(super) open_concerns: Vec<SafetyConcern>,
    /// Treatment goals set, with their progress.
    pub(super) goals: Vec<TreatmentGoal>,
    /// When the current safety hold began.
    pub(super) hold_since: Option<DateTime<Utc>>,
    pub(super) enrolled_at: Option<DateTime<Utc>>,
    pub(super) treatment_started_at: Option<DateTime<Utc>>,
    pub(super) treatment_ended_at: Option<DateTime<Utc>>,
    pub(super) post_treatment_at: Option<DateTime<Utc>>,
    pub(super) last_event_at: Option<DateTime<Utc>>,
}

/// One patient's enrollment in one protocol version. See the [module docs](super).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    pub(super) id: ProgramId,
    pub(super) patient: PatientId,
    pub(super) protocol: Protocol,
    /// The protocol the program was created on, kept once a migration replaced it.
    pub(super) started_on: Option<Protocol>,
    pub(super) state: ProgramState,
    pub(super) progress: Progress,
    pub(super) history: Vec<Event>,
    /// Each history entry's id and chain hash, and the voids (src/program/envelope.rs).
    pub(super) ledger: super::envelope::Ledger,
}

impl Program {
    /// A new program for `patient` on `protocol`, in [`Stage::Referred`].
    pub fn new(id: ProgramId, patient: PatientId, protocol: Protocol) -> Program {
        let progress = Progress {
            scheduled: vec![None; protocol.sessions().len()],
            assessments: vec![None; protocol.assessments().len()],
            ..Progress::default()
        };
        Program {
            id,
            patient,
            protocol,
            started_on: None,
            state: ProgramState::Active {
                stage: Stage::Referred,
            },
            progress,
            history: Vec::new(),
            ledger: super::envelope::Ledger::default(),
        }
    }

    /// The program's id.
    pub fn id(&self) -> &ProgramId {
        &self.id
    }

    /// The patient's id (redacted in `Debug`).
    pub fn patient(&self) -> &PatientId {
        &self.patient
    }

    /// The protocol version the program runs.
    pub fn protocol(&self) -> &Protocol {
        &self.protocol
    }

    /// The current state.
    pub fn state(&self) -> ProgramState {
        self.state
    }

    /// Every accepted event, oldest first: the whole log, voided events and voids included (see
    /// [`is_voided`](Self::is_voided) and [`effective_history`](Self::effective_history)).
    pub fn history(&self) -> &[Event] {
        &self.history
    }

    /// Makes room for at least `additional` more events in the history, so that applying them
    /// does not grow it. For an app about to record or replay many events at once; otherwise
    /// unnecessary (the history grows as a `Vec` does). Apart from growing the history, applying a
    /// session, scheduling, assessment (without safety flags), pause, resume or closing event
    /// allocates nothing.
    pub fn reserve(&mut self, additional: usize) {
        self.history.reserve(additional);
        self.ledger.envelopes.reserve(additional);
    }

    /// Sessions completed so far (sessions `1..=n` are done).
    pub fn completed_sessions(&self) -> u16 {
        self.progress.completed_sessions
    }

    /// Safety concerns not yet resolved by a clinician. Withdrawal keeps them: a withdrawn program
    /// with open concerns still shows them, and [`next_actions`](Self::next_actions) asks for follow-up.
    pub fn open_safety_concerns(&self) -> &[SafetyConcern] {
        &self.progress.open_concerns
    }

    /// The treatment goals set, each with its progress history and current status.
    pub fn goals(&self) -> &[TreatmentGoal] {
        &self.progress.goals
    }

    /// The scores recorded at `timepoint`, if that assessment was recorded.
    pub fn scores_at(&self, timepoint: Timepoint) -> Option<&[Score]> {
        let position = self
            .protocol
            .assessments()
            .iter()
            .position(|a| a.timepoint() == timepoint)?;
        let index = (*self.progress.assessments.get(position)?)?;
        match self.history.get(index)?.kind() {
            EventKind::AssessmentRecorded { scores, .. } => Some(scores),
            _ => None,
        }
    }

    /// The latest screening outcome, if the intake was screened.
    pub fn latest_screening(&self) -> Option<&crate::intake::ScreeningOutcome> {
        let index = self.progress.latest_screening?;
        match self.history.get(index)?.kind() {
            EventKind::IntakeScreened { outcome } => Some(outcome),
            _ => None,
        }
    }

    /// Timepoints recorded so far, in schedule order, with when.
    pub fn recorded_assessments(&self) -> impl Iterator<Item = (Timepoint, DateTime<Utc>)> + '_ {
        self.protocol
            .assessments()
            .iter()
            .zip(&self.progress.assessments)
            .filter_map(|(spec, index)| {
                let event = self.history.get((*index)?)?;
                Some((spec.timepoint(), event.at()))
            })
    }
}
