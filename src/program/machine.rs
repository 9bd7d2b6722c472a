//! [`Program`]: one patient's enrollment in one protocol version, and the progress derived from
//! its history.

use chrono::{DateTime, Utc};

use super::legacy::ReplayFinding;
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
    /// Per session number (index `number - 1`): the history index of the first event that named
    /// the session's id, so that an id names one session only.
    pub(super) session_ids: Vec<Option<usize>>,
    /// When the last session was completed.
    pub(super) last_session_at: Option<DateTime<Utc>>,
    /// When the baseline assessment was recorded.
    pub(super) baseline_at: Option<DateTime<Utc>>,
    /// No-shows since the last clinician review.
    pub(super) missed_since_review: u16,
    /// History index of the event that recorded (or marked missed) each protocol assessment (same
    /// order).
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
    /// The scores derived from each recorded assessment (scheduled or not), in history order.
    pub(super) scored: Vec<ScoredAssessment>,
    /// Every derived score, assessment after assessment (`ScoredAssessment` holds the ranges):
    /// one list, sized for the protocol's schedule when the program is created, so recording a
    /// scheduled assessment allocates nothing.
    pub(super) scores: Vec<Score>,
}

/// Where the scores the program derived from one assessment event are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ScoredAssessment {
    /// The event's index in the history.
    pub(super) index: usize,
    /// Its scores: `Progress::scores[start..end]`, one per scorable response (or the stored scores
    /// of a format-1 assessment).
    pub(super) start: usize,
    pub(super) end: usize,
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
    /// How many leading events of the history were recorded under event-log format 1.
    pub(super) legacy_events: usize,
    /// What replaying those legacy events found.
    pub(super) findings: Vec<ReplayFinding>,
    /// Each history entry's id and chain hash, and the voids (src/program/envelope.rs).
    pub(super) ledger: super::envelope::Ledger,
    /// The original text of ids mapped on read because they were outside the id alphabet.
    pub(super) legacy_ids: crate::id::LegacyIds,
}

impl Program {
    /// A new program for `patient` on `protocol`, in [`Stage::Referred`].
    pub fn new(id: ProgramId, patient: PatientId, protocol: Protocol) -> Program {
        let progress = Progress {
            scheduled: vec![None; protocol.sessions().len()],
            session_ids: vec![None; protocol.sessions().len()],
            assessments: vec![None; protocol.assessments().len()],
            scored: Vec::with_capacity(protocol.assessments().len()),
            scores: Vec::with_capacity(
                protocol
                    .assessments()
                    .iter()
                    .map(|a| a.instruments().len())
                    .sum(),
            ),
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
            legacy_events: 0,
            findings: Vec::new(),
            ledger: super::envelope::Ledger::default(),
            legacy_ids: crate::id::LegacyIds::default(),
        }
    }

    /// The events of a format-1 history that break a rule enforced since format 2 (an assessment
    /// outside its window, a migration that miscounts sessions, a session id used twice): kept in
    /// the history as recorded, and listed here with their index and rule. Empty for a history
    /// recorded under format 2.
    pub fn replay_findings(&self) -> &[ReplayFinding] {
        &self.findings
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

    /// Sessions completed so far, counted over every session of the protocol, evaluation sessions
    /// included: sessions `1..=n` (the session numbers) are done. This is the one session count of
    /// the crate: a [`ProtocolMigration`](super::ProtocolMigration) maps exactly this many, and the
    /// report's sessions completed is this number. The stage counts its own phase only:
    /// `Stage::Evaluation { completed }` the evaluation sessions and `Stage::InTreatment
    /// { completed }` the treatment sessions, so in treatment `completed_sessions()` is the
    /// protocol's evaluation session count plus the stage's `completed`.
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

    /// The scores derived from the assessment recorded at `timepoint`, if it was recorded: one
    /// per response that could be scored (a response that could not, for example a PHQ-9 with
    /// item 9 unanswered, has none; its answers and flags are in the history). For an assessment
    /// migrated from event-log format 1, the scores as stored.
    pub fn scores_at(&self, timepoint: Timepoint) -> Option<&[Score]> {
        let position = self
            .protocol
            .assessments()
            .iter()
            .position(|a| a.timepoint() == timepoint)?;
        let index = (*self.progress.assessments.get(position)?)?;
        self.scores_of_event(index)
    }

    /// The scores the program derived from the assessment event at history index `index`
    /// (scheduled, unscheduled or migrated from format 1); `None` for any other event.
    pub fn scores_of_event(&self, index: usize) -> Option<&[Score]> {
        let found = self
            .progress
            .scored
            .binary_search_by_key(&index, |s| s.index)
            .ok()?;
        let scored = self.progress.scored.get(found)?;
        self.progress.scores.get(scored.start..scored.end)
    }

    /// The unscheduled assessments, oldest first: when, and the scores derived from their
    /// responses (kept apart from the protocol's timepoints; the responses are in the history).
    pub fn unscheduled_assessments(&self) -> impl Iterator<Item = (DateTime<Utc>, &[Score])> + '_ {
        self.progress.scored.iter().filter_map(|scored| {
            let event = self.history.get(scored.index)?;
            if !matches!(
                event.kind(),
                EventKind::UnscheduledAssessmentRecorded { .. }
            ) {
                return None;
            }
            Some((
                event.at(),
                self.progress.scores.get(scored.start..scored.end)?,
            ))
        })
    }

    /// The blank forms of the assessment due now (see [`Protocol::forms_for`]); empty when none
    /// is due. Any catalog instrument may also be recorded at any time while the program is open,
    /// with [`Event::unscheduled_assessment`].
    pub fn forms_due(&self) -> Vec<crate::protocol::AssessmentForm> {
        self.due_timepoint()
            .map(|timepoint| self.protocol.forms_for(timepoint))
            .unwrap_or_default()
    }

    /// How many leading events of the history were recorded under event-log format 1 (0 for a
    /// program started under format 2).
    pub fn legacy_events(&self) -> usize {
        self.legacy_events
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
                matches!(event.kind(), EventKind::AssessmentRecorded { .. })
                    .then(|| (spec.timepoint(), event.at()))
            })
    }
}
