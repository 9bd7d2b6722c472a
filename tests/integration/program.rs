//! The program state machine, driven from outside the crate.

use std::fs;
use std::path::PathBuf;

use pain_reprocessing::program::state_diagram;

#[test]
fn the_documented_diagram_is_the_one_the_code_enforces() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/state-machine.md");
    let doc = fs::read_to_string(&path).unwrap();
    let expected = format!("```mermaid\n{}```\n", state_diagram());
    assert!(
        doc.contains(&expected),
        "docs/state-machine.md does not embed the current state_diagram(); replace its mermaid block with:\n{expected}"
    );
}

mod model {
    //! An independent reference model of the Boulder program: plain counters and a phase, written
    //! from the documented rules (docs/state-machine.md), not from the crate's code.

    use chrono::{DateTime, TimeDelta, Utc};
    use pain_reprocessing::instruments::{InstrumentId, Response, SafetyFlag};
    use pain_reprocessing::intake::{ScreeningDecision, ScreeningOutcome, Urgency};
    use pain_reprocessing::outcomes::Timepoint;
    use pain_reprocessing::program::{
        Actor, DischargeReason, EarlyEndReason, Event, EventKind, EventLog, Program, ProgramState,
        SafetyConcern, Stage, WithdrawalReason,
    };
    use pain_reprocessing::protocol::{Cadence, Protocol, ProtocolId};
    use pain_reprocessing::sessions::{CancelledBy, Modality};
    use pain_reprocessing::{ClinicianId, PatientId, ProgramId, SessionId};
    use proptest::prelude::*;

    use crate::support::{proptest_config, schema_verdict, validator};

    // ---- fixtures: the only place that knows how scores and outcomes are made ----

    /// A response to `instrument` at the bottom of its scale; for the PHQ-9, item 9 as `item9`
    /// (`Some(2)`: the suicidal-ideation flag; `None`: unanswered, no score and a flag).
    fn response(instrument: InstrumentId, item9: Option<Option<u8>>) -> Response {
        let definition = instrument.definition();
        let mut answers = vec![Some(definition.answer_min()); definition.item_count()];
        if let Some(item9) = item9 {
            assert_eq!(instrument, InstrumentId::Phq9);
            answers[8] = item9;
        }
        Response::new(instrument, &answers).unwrap()
    }

    /// The one builder of scheduled assessment events in this module.
    fn assessment(timepoint: Timepoint, responses: Vec<Response>) -> EventKind {
        EventKind::AssessmentRecorded {
            timepoint,
            responses,
            late_entry: None,
        }
    }

    /// The Boulder shape (1 evaluation + 8 sessions twice weekly, follow-ups at +1, 2, 3, 6 and 12
    /// months) measured with PHQ-9 first, so that a flagged score can occur at any assessment.
    pub fn protocol() -> Protocol {
        let battery = [InstrumentId::Phq9, InstrumentId::Peg3];
        let mut builder = Protocol::builder(ProtocolId::new("model").unwrap(), 1)
            .evaluation_session(Modality::Video, 60)
            .therapy_sessions(8, Modality::InPerson, 60, [])
            .cadence(Cadence::new(2, 28))
            .assessment(Timepoint::Baseline, battery, 0, 14)
            .assessment(Timepoint::PostTreatment, battery, 0, 14);
        for months in [1, 2, 3, 6, 12] {
            builder = builder.assessment(Timepoint::FollowUp { months }, battery, 14, 14);
        }
        builder.build().unwrap()
    }

    fn outcome(decision: ScreeningDecision) -> ScreeningOutcome {
        pain_reprocessing::testing::screening_outcome_for(&decision).unwrap()
    }

    // ---- attempts ----

    #[derive(Debug, Clone, Copy)]
    pub enum Scores {
        Complete,
        /// PHQ-9 item 9 answered 2.
        Flagged,
        /// PHQ-9 item 9 unanswered: no score, a flag.
        Item9Unanswered,
        MissingOne,
        /// PHQ-9 item 9 answered 2, and the last instrument missing: refused, with the signal.
        FlaggedMissingOne,
    }

    impl Scores {
        /// Item 9 of the PHQ-9, as given, when it is not the plain 0.
        fn item9(self) -> Option<Option<u8>> {
            match self {
                Scores::Flagged | Scores::FlaggedMissingOne => Some(Some(2)),
                Scores::Item9Unanswered => Some(None),
                _ => None,
            }
        }

        fn flag(self) -> Option<SafetyFlag> {
            match self.item9() {
                Some(Some(answer)) => Some(SafetyFlag::SuicidalIdeation { answer }),
                Some(None) => Some(SafetyFlag::SafetyItemUnanswered { item: 9 }),
                None => None,
            }
        }
    }

    #[derive(Debug, Clone)]
    pub enum Attempt {
        Screen(u8),
        Enroll,
        Assess(usize, Scores),
        /// An unscheduled PHQ-9 (a between-session check-in), item 9 as the scores say.
        CheckIn(Scores),
        Schedule(u16),
        Cancel(u16),
        Complete(u16),
        Miss(u16),
        Review,
        EndEarly,
        Raise,
        Resolve,
        Pause,
        Resume,
        Withdraw,
        Discharge,
    }

    fn attempt() -> impl Strategy<Value = Attempt> {
        let scores = || {
            prop_oneof![
                6 => Just(Scores::Complete),
                1 => Just(Scores::Flagged),
                1 => Just(Scores::Item9Unanswered),
                1 => Just(Scores::MissingOne),
                1 => Just(Scores::FlaggedMissingOne),
            ]
        };
        prop_oneof![
            3 => (0_u8..5).prop_map(Attempt::Screen),
            2 => Just(Attempt::Enroll),
            6 => (0_usize..8, scores()).prop_map(|(t, s)| Attempt::Assess(t, s)),
            2 => scores().prop_map(Attempt::CheckIn),
            1 => (0_u16..11).prop_map(Attempt::Schedule),
            1 => (0_u16..11).prop_map(Attempt::Cancel),
            8 => (0_u16..11).prop_map(Attempt::Complete),
            1 => (0_u16..11).prop_map(Attempt::Miss),
            1 => Just(Attempt::Review),
            1 => Just(Attempt::EndEarly),
            1 => Just(Attempt::Raise),
            2 => Just(Attempt::Resolve),
            1 => Just(Attempt::Pause),
            1 => Just(Attempt::Resume),
            1 => Just(Attempt::Withdraw),
            1 => Just(Attempt::Discharge),
        ]
    }

    /// A step: the next legal move on the happy path (proposed by the model, so sequences reach
    /// treatment, follow-up and completion) or a random attempt, legal or not.
    #[derive(Debug, Clone)]
    pub enum Step {
        Next,
        Random(Attempt),
    }

    /// (step, actor is clinician, minutes since the previous attempt, may be negative)
    pub fn steps() -> impl Strategy<Value = Vec<(Step, bool, i64)>> {
        let step = prop_oneof![3 => Just(Step::Next), 2 => attempt().prop_map(Step::Random)];
        proptest::collection::vec((step, prop::bool::weighted(0.9), -30_i64..3000), 1..120)
    }

    const TIMEPOINTS: [Timepoint; 8] = [
        Timepoint::Baseline,
        Timepoint::PostTreatment,
        Timepoint::FollowUp { months: 1 },
        Timepoint::FollowUp { months: 2 },
        Timepoint::FollowUp { months: 3 },
        Timepoint::FollowUp { months: 6 },
        Timepoint::FollowUp { months: 12 },
        Timepoint::FollowUp { months: 4 }, // not in the protocol
    ];

    // ---- the reference model ----

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Phase {
        PreEnrollment(u8), // 0 referred, 1 screening, 2 awaiting, 3 not eligible, 4 eligible
        Baseline,
        Evaluation,
        Treatment,
        Post,
        FollowUp(usize), // index into TIMEPOINTS
        Completed,
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Overlay {
        Active,
        Paused,
        Hold { paused: bool },
        Ended,
    }

    #[derive(Debug, Clone)]
    pub struct Model {
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

    pub fn event(
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
    fn signals(attempt: &Attempt) -> Vec<SafetyConcern> {
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
            Attempt::Assess(index, scores) if index < 7 => {
                flagged(Some(TIMEPOINTS[index]), scores, 1)
            }
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

    pub fn new_program() -> Program {
        Program::new(
            ProgramId::new("model").unwrap(),
            PatientId::new("model-patient").unwrap(),
            protocol(),
        )
    }

    proptest! {
        #![proptest_config(proptest_config(128))]

        #[test]
        fn the_program_agrees_with_the_reference_model(steps in steps()) {
            let mut program = new_program();
            let mut model = Model::new();
            let mut at: DateTime<Utc> = "2026-01-05T09:00:00Z".parse().unwrap();
            for (i, (step, clinician, minutes)) in steps.iter().enumerate() {
                at += TimeDelta::minutes(*minutes);
                let attempt = &match step {
                    Step::Next => model.next_move(),
                    Step::Random(attempt) => attempt.clone(),
                };
                at = model.no_earlier_than_its_window(step, attempt, at);
                let event = event(&program, attempt, *clinician, at);
                let before = program.clone();
                let expected = model.step(attempt, *clinician, at);
                let result = program.apply(event);
                prop_assert_eq!(
                    result.is_ok(), expected,
                    "step {}: {:?} (clinician {}) from {} gave {:?}", i, attempt, clinician, before.state(), result
                );
                // The safety invariant: a signal the event carries is either open on a hold, or
                // carried by the error that refused the event. No guard drops one.
                let carried = signals(attempt);
                match &result {
                    Ok(_) if !carried.is_empty() => {
                        prop_assert!(program.state().is_on_safety_hold(), "step {}: {:?} accepted without a hold", i, attempt);
                        for signal in &carried {
                            prop_assert!(program.open_safety_concerns().contains(signal), "step {}: {:?} not open", i, signal);
                        }
                    }
                    Err(error) => prop_assert_eq!(error.safety_signals(), carried.as_slice(), "step {}: {}", i, error),
                    Ok(_) => {}
                }
                match result {
                    Err(_) => prop_assert_eq!(&program, &before, "a refused event changed the program"),
                    Ok(transition) => {
                        // A hold is left only by a clinician's resolution (or the patient leaving).
                        if before.state().is_on_safety_hold() && !program.state().is_on_safety_hold() {
                            prop_assert!(matches!(attempt, Attempt::Resolve | Attempt::Withdraw));
                        }
                        prop_assert_eq!(transition.to(), program.state());
                    }
                }
                // Never completed without the post-treatment assessment.
                if program.state() == (ProgramState::Active { stage: Stage::Completed }) {
                    prop_assert!(program.scores_at(Timepoint::PostTreatment).is_some());
                }
            }
            // Replay of the history equals the program, and so does a JSON round trip.
            prop_assert_eq!(&program.event_log().replay().unwrap(), &program);
            let json = serde_json::to_string(&program).unwrap();
            prop_assert_eq!(&serde_json::from_str::<Program>(&json).unwrap(), &program);
            // And what the crate writes validates against its own published schemas.
            let snapshot = serde_json::to_value(&program).unwrap();
            prop_assert_eq!(schema_verdict(&validator("program"), &snapshot), Ok(()));
            let log = serde_json::to_value(program.event_log()).unwrap();
            prop_assert_eq!(schema_verdict(&validator("event_log"), &log), Ok(()));
        }

        #[test]
        fn event_logs_survive_json_and_corruption_is_pinned_to_its_event(
            steps in steps(),
            pick in any::<prop::sample::Index>(),
            cut in any::<prop::sample::Index>(),
        ) {
            let mut program = new_program();
            let mut model = Model::new();
            let mut at: DateTime<Utc> = "2026-01-05T09:00:00Z".parse().unwrap();
            for (step, clinician, minutes) in &steps {
                at += TimeDelta::minutes(*minutes);
                let attempt = match step {
                    Step::Next => model.next_move(),
                    Step::Random(attempt) => attempt.clone(),
                };
                at = model.no_earlier_than_its_window(step, &attempt, at);
                if model.step(&attempt, *clinician, at) {
                    program.apply(event(&program, &attempt, *clinician, at)).unwrap();
                }
            }
            // Written, read back and replayed: the same program.
            let text = serde_json::to_string(&program.event_log()).unwrap();
            let log: EventLog = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(&log.replay().unwrap(), &program);

            // Truncated text is refused whole: nothing is half-read.
            let cut_at = cut.index(text.len());
            prop_assert!(serde_json::from_str::<EventLog>(&text[..cut_at]).is_err());

            // An event moved back in time is reported at exactly its index; nothing after it applies.
            let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
            let events = json["events"].as_array_mut().unwrap();
            if events.len() >= 2 {
                let index = 1 + pick.index(events.len() - 1);
                let before: DateTime<Utc> = events[index - 1]["at"].as_str().unwrap().parse().unwrap();
                events[index]["at"] = serde_json::json!(before - TimeDelta::days(1));
                // The hash chain catches the edit at its event ...
                let error = EventLog::read_json(&serde_json::to_vec(&json).unwrap()).unwrap_err();
                prop_assert_eq!(error.index(), Some(index), "{}", error);
                // ... and so do the guards once the chain is made again over the edit.
                let resealed = crate::support::reseal("event_log", &json);
                let corrupted: EventLog = serde_json::from_value(resealed).unwrap();
                let error = corrupted.replay().unwrap_err();
                prop_assert_eq!(error.index(), Some(index), "{}", error);
            }
        }
    }
}

mod documents {
    //! Generated program documents serialize, validate against their published schemas and read
    //! back equal.

    use pain_reprocessing::program::{Event, EventLog, Program, ProgramReport};
    use pain_reprocessing::protocol::Protocol;
    use pain_reprocessing::testing;
    use proptest::prelude::*;

    use crate::support::{proptest_config, round_trip};

    proptest! {
        #![proptest_config(proptest_config(48))]

        #[test]
        fn program_documents_round_trip_and_validate(
            protocol in testing::protocol(),
            program in testing::program(),
            event in testing::event(),
            report in testing::program_report(),
        ) {
            round_trip::<Protocol>("protocol", &protocol)?;
            round_trip::<Program>("program", &program)?;
            round_trip::<EventLog>("event_log", &program.event_log())?;
            round_trip::<Event>("event", &event)?;
            round_trip::<ProgramReport>("program_report", &report)?;
        }

        #[test]
        fn instrument_documents_round_trip_and_validate(
            id in testing::instrument_id(),
            summary in testing::attribution_summary(),
        ) {
            round_trip("instrument_id", &id)?;
            round_trip("attribution_summary", &summary)?;
        }
    }
}

mod format1 {
    //! Event logs and program snapshots written by event-log format 1 (assessments of scores, no
    //! answers; kept verbatim in docs/schemas/fixtures/<name>/v1) read through the upgrade and replay to the
    //! state they replayed to before.

    use std::fs;
    use std::path::PathBuf;

    use pain_reprocessing::program::{EventKind, EventLog, Program};
    use pain_reprocessing::versioning;
    use serde_json::Value;

    fn fixture(document: &str, name: &str) -> Value {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("docs/schemas/fixtures")
            .join(document)
            .join("v1")
            .join(format!("{name}.json"));
        serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn every_format_1_document_reads_and_replays_to_its_former_state() {
        for name in [
            "first_four_events",
            "safety_goals_and_clearances",
            "treatment_completed",
        ] {
            let stored = fixture("event_log", name);
            assert_eq!(stored["schema_version"], 1, "{name}");
            let count = stored["events"].as_array().unwrap().len();
            let log: EventLog = versioning::read(stored).unwrap();
            assert_eq!(log.legacy_events(), count, "{name}");
            let program = log.replay().unwrap();
            assert!(program.replay_findings().is_empty(), "{name}");
            // Every assessment kept its scores, marked as recorded without answers.
            for event in program.history() {
                assert!(
                    !matches!(event.kind(), EventKind::AssessmentRecorded { .. }),
                    "{name}: {event:?}"
                );
            }
            // Written as format 2 and read again: the same program.
            let text = serde_json::to_string(&program.event_log()).unwrap();
            let again: EventLog = serde_json::from_str(&text).unwrap();
            assert_eq!(again.replay().unwrap(), program, "{name}");
            if name != "first_four_events" {
                // The stored snapshot names the state the history replayed to under format 1;
                // reading it replays the upgraded history and checks that state.
                let snapshot: Program = versioning::read(fixture("program", name)).unwrap();
                assert_eq!(snapshot.state(), program.state(), "{name}");
            }
        }
        let in_treatment: Program = versioning::read(fixture("program", "in_treatment")).unwrap();
        assert_eq!(in_treatment.legacy_events(), in_treatment.history().len());
    }
}

/// Format-1 logs and programs, as apps stored them before the envelope: they read through the
/// 1 -> 2 step, every time to the same ids and chain, and replay.
#[test]
fn format_1_documents_keep_reading_with_a_deterministic_chain() {
    use pain_reprocessing::program::{EventLog, Program};
    use pain_reprocessing::versioning;
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/schemas/fixtures");
    let text = std::fs::read(dir.join("event_log/v1/treatment_completed.json")).unwrap();
    let first = EventLog::read_json(&text).unwrap();
    let second = EventLog::read_json(&text).unwrap();
    assert_eq!(first, second);
    assert_eq!(first.head_hash(), second.head_hash());
    for (seq, logged) in first.events().iter().enumerate() {
        assert_eq!(logged.seq(), seq as u64);
        assert_eq!(logged.id().as_str(), format!("seq-{seq}"));
    }
    let program = first.replay().unwrap();
    assert_eq!(
        program.event_log(),
        first,
        "a new log of the same history has the same chain"
    );
    let value: serde_json::Value = serde_json::from_slice(&text).unwrap();
    assert_eq!(versioning::read::<EventLog>(value).unwrap(), first);
    let text = std::fs::read(dir.join("program/v1/safety_goals_and_clearances.json")).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&text).unwrap();
    let program: Program = versioning::read(value).unwrap();
    assert_eq!(
        serde_json::from_value::<Program>(serde_json::to_value(&program).unwrap()).unwrap(),
        program
    );
}
