//! The reference model: plain counters and a phase, written from the documented rules.

use chrono::{DateTime, TimeDelta, Utc};
use pain_reprocessing::instruments::{InstrumentId, Response};
use pain_reprocessing::intake::{ScreeningDecision, Urgency};
use pain_reprocessing::outcomes::Timepoint;
use pain_reprocessing::program::{
    Actor, DischargeReason, EarlyEndReason, Event, EventKind, Program, SafetyConcern,
    WithdrawalReason,
};
use pain_reprocessing::sessions::CancelledBy;
use pain_reprocessing::{ClinicianId, PatientId, ProgramId, SessionId};

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Phase {
    PreEnrollment(u8), // 0 referred, 1 screening, 2 awaiting, 3 not eligible, 4 eligible
    Baseline,
    Evaluation,
    Treatment,
    Post,
    FollowUp(usize), // index into TIMEPOINTS
    Completed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Overlay {
    Active,
    Paused,
    Hold { paused: bool },
    Ended,
}

#[derive(Debug, Clone)]
pub(super) struct Model {
    phase: Phase,
    overlay: Overlay,
    completed: u16,
    booked: [bool; 10],
    missed: u16,
    last: Option<DateTime<Utc>>,
    // The anchors of the assessment windows: enrollment, the end of treatment, the
    // post-treatment assessment.
    enrolled_at: Option<DateTime<Utc>>,
    ended_at: Option<DateTime<Utc>>,
    post_at: Option<DateTime<Utc>>,
}

impl Model {
    pub fn new() -> Model {
        Model {
            phase: Phase::PreEnrollment(0),
            overlay: Overlay::Active,
            completed: 0,
            booked: [false; 10],
            missed: 0,
            last: None,
            enrolled_at: None,
            ended_at: None,
            post_at: None,
        }
    }

    /// The window of the assessment at `TIMEPOINTS[index]`, as `protocol()` sets it: baseline
    /// and post-treatment from their anchor to 14 days after, follow-ups 14 days either side.
    pub fn window(&self, index: usize) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let days = TimeDelta::days(14);
        match index {
            0 => self.enrolled_at.map(|a| (a, a + days)),
            1 => self.ended_at.map(|a| (a, a + days)),
            2..=6 => {
                let months = [1, 2, 3, 6, 12][index - 2];
                let anchor = self
                    .post_at?
                    .checked_add_months(chrono::Months::new(months))?;
                Some((anchor - days, anchor + days))
            }
            _ => None,
        }
    }

    fn due(&self) -> Option<usize> {
        match self.phase {
            Phase::Baseline => Some(0),
            Phase::Post => Some(1),
            Phase::FollowUp(i) => Some(i),
            _ => None,
        }
    }

    fn after_assessment(index: usize) -> Phase {
        match index {
            0 => Phase::Evaluation,
            1..=5 => Phase::FollowUp(index + 1),
            _ => Phase::Completed,
        }
    }

    /// `at`, or for an assessment on the happy path the time its window opens if that is
    /// later, so that sequences reach follow-up and completion.
    pub fn no_earlier_than_its_window(
        &self,
        step: &Step,
        attempt: &Attempt,
        at: DateTime<Utc>,
    ) -> DateTime<Utc> {
        match (step, attempt) {
            (Step::Next, Attempt::Assess(index, _)) => {
                self.window(*index).map_or(at, |(opens, _)| opens.max(at))
            }
            _ => at,
        }
    }

    /// The next move on the happy path from here.
    pub fn next_move(&self) -> Attempt {
        match (self.overlay, self.phase) {
            (Overlay::Hold { .. }, _) => Attempt::Resolve,
            (Overlay::Paused, _) => Attempt::Resume,
            (_, Phase::PreEnrollment(4)) => Attempt::Enroll,
            (_, Phase::PreEnrollment(_)) => Attempt::Screen(0),
            (_, Phase::Evaluation | Phase::Treatment) => Attempt::Complete(self.completed + 1),
            _ => Attempt::Assess(self.due().unwrap_or(0), Scores::Complete),
        }
    }

    /// Applies the attempt to the model if the documented rules allow it; returns whether.
    pub fn step(&mut self, attempt: &Attempt, clinician: bool, at: DateTime<Utc>) -> bool {
        if self.overlay == Overlay::Ended
            || self.phase == Phase::Completed && self.overlay == Overlay::Active
        {
            return false;
        }
        if self.last.is_some_and(|last| at < last) {
            return false;
        }
        let allowed = self.try_step(attempt, clinician, at);
        if allowed {
            self.last = Some(at);
        }
        allowed
    }

    fn try_step(&mut self, attempt: &Attempt, clinician: bool, at: DateTime<Utc>) -> bool {
        let active = self.overlay == Overlay::Active;
        let pre = matches!(self.phase, Phase::PreEnrollment(_));
        let sessions_phase = matches!(self.phase, Phase::Evaluation | Phase::Treatment);
        match *attempt {
            Attempt::Screen(d) => {
                if !(active && pre) {
                    return false;
                }
                match d {
                    0 => self.phase = Phase::PreEnrollment(4),
                    1 => self.phase = Phase::PreEnrollment(2),
                    2 => self.phase = Phase::PreEnrollment(3),
                    3 => self.phase = Phase::PreEnrollment(1),
                    _ => {
                        self.phase = Phase::PreEnrollment(1);
                        self.overlay = Overlay::Hold { paused: false };
                    }
                }
                true
            }
            Attempt::Enroll => {
                let ok = active && self.phase == Phase::PreEnrollment(4) && clinician;
                if ok {
                    self.phase = Phase::Baseline;
                    self.enrolled_at = Some(at);
                }
                ok
            }
            Attempt::Assess(index, scores) => {
                if !(active && self.due() == Some(index))
                    || matches!(scores, Scores::MissingOne | Scores::FlaggedMissingOne)
                {
                    return false;
                }
                // The window rule (no late entries are generated).
                if self
                    .window(index)
                    .is_some_and(|(opens, closes)| at < opens || at > closes)
                {
                    return false;
                }
                if index == 1 {
                    self.post_at = Some(at);
                }
                self.phase = Model::after_assessment(index);
                if scores.flag().is_some() {
                    self.overlay = Overlay::Hold { paused: false };
                }
                true
            }
            Attempt::CheckIn(scores) => {
                // Any open program, each instrument once; a flag holds it like a raised
                // concern.
                if matches!(scores, Scores::MissingOne | Scores::FlaggedMissingOne) {
                    return false;
                }
                if scores.flag().is_some() {
                    self.overlay = match self.overlay {
                        Overlay::Paused => Overlay::Hold { paused: true },
                        Overlay::Hold { paused } => Overlay::Hold { paused },
                        _ => Overlay::Hold { paused: false },
                    };
                }
                true
            }
            Attempt::Schedule(n) | Attempt::Cancel(n) => {
                let phase_ok = active && (sessions_phase || self.phase == Phase::Baseline);
                if !phase_ok || n == 0 || n > 9 || n <= self.completed {
                    return false;
                }
                let slot = &mut self.booked[usize::from(n - 1)];
                match attempt {
                    Attempt::Schedule(_) => *slot = true,
                    _ if *slot => *slot = false,
                    _ => return false,
                }
                true
            }
            Attempt::Complete(n) | Attempt::Miss(n) => {
                if !(active && sessions_phase) || n != self.completed + 1 {
                    return false;
                }
                self.booked[usize::from(n - 1)] = false;
                if matches!(attempt, Attempt::Miss(_)) {
                    self.missed += 1;
                    return true;
                }
                self.completed = n;
                // Session 1 is the physician evaluation, 2-9 the PRT sessions.
                self.phase = if n == 9 {
                    self.ended_at = Some(at);
                    Phase::Post
                } else {
                    Phase::Treatment
                };
                true
            }
            Attempt::Review => {
                let ok = active && sessions_phase && clinician && self.missed > 0;
                if ok {
                    self.missed = 0;
                }
                ok
            }
            Attempt::EndEarly => {
                let ok = active && self.phase == Phase::Treatment && clinician;
                if ok {
                    self.phase = Phase::Post;
                    self.ended_at = Some(at);
                }
                ok
            }
            Attempt::Raise => {
                self.overlay = match self.overlay {
                    Overlay::Paused => Overlay::Hold { paused: true },
                    Overlay::Hold { paused } => Overlay::Hold { paused },
                    _ => Overlay::Hold { paused: false },
                };
                true
            }
            Attempt::Resolve => match self.overlay {
                Overlay::Hold { paused } if clinician => {
                    self.overlay = if paused {
                        Overlay::Paused
                    } else {
                        Overlay::Active
                    };
                    true
                }
                _ => false,
            },
            Attempt::Pause => {
                let ok = active && !pre;
                if ok {
                    self.overlay = Overlay::Paused;
                }
                ok
            }
            Attempt::Resume => {
                let ok = self.overlay == Overlay::Paused;
                if ok {
                    self.overlay = Overlay::Active;
                }
                ok
            }
            Attempt::Withdraw => {
                self.overlay = Overlay::Ended;
                true
            }
            Attempt::Discharge => {
                let ok = clinician && !matches!(self.overlay, Overlay::Hold { .. });
                if ok {
                    self.overlay = Overlay::Ended;
                }
                ok
            }
        }
    }
}

pub(super) fn event(
    program: &Program,
    attempt: &Attempt,
    clinician: bool,
    at: DateTime<Utc>,
) -> Event {
    let actor = if clinician {
        Actor::clinician(ClinicianId::new("dr-model").unwrap())
    } else {
        Actor::Patient
    };
    let kind = match *attempt {
        Attempt::Screen(d) => EventKind::IntakeScreened {
            outcome: outcome(match d {
                0 => ScreeningDecision::Eligible,
                1 => ScreeningDecision::ReferForMedicalEvaluation {
                    urgency: Urgency::Urgent,
                },
                2 => ScreeningDecision::NotEligible,
                3 => ScreeningDecision::Incomplete,
                _ => ScreeningDecision::CrisisPathway,
            }),
        },
        Attempt::Enroll => EventKind::Enrolled,
        Attempt::Assess(index, scores) => {
            let timepoint = TIMEPOINTS[index];
            let listed: Vec<InstrumentId> = program
                .protocol()
                .assessment(timepoint)
                .map(|a| a.instruments().to_vec())
                .unwrap_or_default();
            let mut all: Vec<Response> = listed
                .iter()
                .enumerate()
                .map(|(i, &id)| response(id, if i == 0 { scores.item9() } else { None }))
                .collect();
            if matches!(scores, Scores::MissingOne | Scores::FlaggedMissingOne) {
                all.pop();
            }
            assessment(timepoint, all)
        }
        Attempt::CheckIn(scores) => EventKind::UnscheduledAssessmentRecorded {
            responses: if matches!(scores, Scores::MissingOne | Scores::FlaggedMissingOne) {
                // Two answers to one instrument: refused.
                vec![response(InstrumentId::Phq9, scores.item9()); 2]
            } else {
                vec![response(InstrumentId::Phq9, scores.item9())]
            },
        },
        Attempt::Schedule(number) => EventKind::SessionScheduled {
            number,
            session_id: SessionId::new(format!("s{number}")).unwrap(),
            scheduled_for: at + TimeDelta::days(2),
        },
        Attempt::Cancel(number) => EventKind::SessionCancelled {
            number,
            by: CancelledBy::Patient,
        },
        Attempt::Complete(number) => EventKind::SessionCompleted {
            number,
            session_id: SessionId::new(format!("s{number}")).unwrap(),
        },
        Attempt::Miss(number) => EventKind::SessionMissed { number },
        Attempt::Review => EventKind::MissedSessionsReviewed,
        Attempt::EndEarly => EventKind::TreatmentEndedEarly {
            reason: EarlyEndReason::Clinical,
        },
        Attempt::Raise => EventKind::SafetyConcernRaised {
            concern: SafetyConcern::Other { note: None },
        },
        Attempt::Resolve => EventKind::SafetyConcernResolved { note: None },
        Attempt::Pause => EventKind::Paused,
        Attempt::Resume => EventKind::Resumed,
        Attempt::Withdraw => EventKind::Withdrawn {
            reason: WithdrawalReason::PatientChoice,
        },
        Attempt::Discharge => EventKind::Discharged {
            reason: DischargeReason::Other,
        },
    };
    Event::new(at, actor, kind)
}

/// The safety signals the attempt's content carries, written from the documented rules: a
/// crisis at screening, a raised concern, a flagged or unscorable-safety PHQ-9 (one concern
/// per flagged response).
pub(super) fn signals(attempt: &Attempt) -> Vec<SafetyConcern> {
    let flagged = |timepoint: Option<Timepoint>, scores: Scores, copies: usize| {
        scores
            .flag()
            .map(|flag| {
                vec![
                    SafetyConcern::ResponseFlag {
                        timepoint,
                        instrument: InstrumentId::Phq9,
                        flag,
                    };
                    copies
                ]
            })
            .unwrap_or_default()
    };
    match *attempt {
        Attempt::Screen(d) if d >= 4 => vec![SafetyConcern::CrisisAtScreening],
        Attempt::Raise => vec![SafetyConcern::Other { note: None }],
        // Index 7 is a timepoint the protocol lacks: the event lists no instrument.
        Attempt::Assess(index, scores) if index < 7 => flagged(Some(TIMEPOINTS[index]), scores, 1),
        Attempt::CheckIn(scores) => {
            let copies = if matches!(scores, Scores::MissingOne | Scores::FlaggedMissingOne) {
                2
            } else {
                1
            };
            flagged(None, scores, copies)
        }
        _ => Vec::new(),
    }
}

pub(super) fn new_program() -> Program {
    Program::new(
        ProgramId::new("model").unwrap(),
        PatientId::new("model-patient").unwrap(),
        protocol(),
    )
}
