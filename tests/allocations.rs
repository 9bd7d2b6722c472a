//! Scoring a validated fixed-length response allocates nothing, and applying a common event to a
//! program allocates nothing beyond growing its history.
//!
//! A counting global allocator is process-wide, so this file is its own test binary (the one
//! exception to the single integration binary). The count is kept per thread, so the tests here may
//! run in parallel: each one counts only its own allocations.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use chrono::{DateTime, TimeDelta, Utc};
use pain_reprocessing::instruments::{
    InstrumentId, MissingPolicy, RecallPeriod, Response, ScoringOptions,
};
use pain_reprocessing::intake::ScreeningDecision;
use pain_reprocessing::outcomes::Timepoint;
use pain_reprocessing::program::{
    Actor, DischargeReason, EarlyEndReason, Event, EventKind, Program, ProtocolMigration,
    SafetyConcern, WithdrawalReason,
};
use pain_reprocessing::protocol::Protocol;
use pain_reprocessing::sessions::CancelledBy;
use pain_reprocessing::testing::screening_outcome_for;
use pain_reprocessing::{ClinicianId, PatientId, ProgramId, SessionId};

struct Counting;

thread_local! {
    // `const` and without a destructor: safe to touch from inside the allocator.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count_one() {
    // `try_with`: a thread being torn down still allocates; it is simply not counted.
    let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
}

/// Allocations (and reallocations) made by this thread so far.
fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn scoring_every_fixed_instrument_does_not_allocate() {
    let prorate = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 2 }, 2).unwrap();
    // Build every response first (building from a slice does not allocate either, but the Vecs
    // holding the answers here do).
    let mut responses = Vec::new();
    for id in InstrumentId::ALL
        .into_iter()
        .filter(|id| id.is_fixed_response())
    {
        let definition = id.definition();
        let n = definition.item_count();
        let top = Some(definition.answer_max());
        let mut with_missing = vec![top; n];
        if n > 2 {
            with_missing[1] = None;
        }
        if id == InstrumentId::Nrs {
            responses.push(Response::nrs(top, RecallPeriod::PastWeek).unwrap());
            responses.push(Response::nrs(None, RecallPeriod::Now).unwrap());
        } else {
            responses.push(Response::new(id, &vec![top; n]).unwrap());
            responses.push(Response::new(id, &with_missing).unwrap());
        }
    }
    let mut item9_missing = [Some(1); 9];
    item9_missing[8] = None;
    responses.push(Response::new(InstrumentId::Phq9, &item9_missing).unwrap());

    let before = allocations();
    let mut scored = 0_usize;
    let mut flagged = 0_usize;
    for response in &responses {
        for options in [&ScoringOptions::DEFAULT, &prorate] {
            match std::hint::black_box(response).score_with(options) {
                Ok(score) => {
                    scored += 1;
                    flagged += usize::from(score.has_safety_flag());
                    std::hint::black_box((
                        score.total(),
                        score.band(),
                        score
                            .subscales()
                            .map(|s| s.value().hundredths())
                            .sum::<i64>(),
                        score.safety_flags(),
                    ));
                }
                Err(error) => {
                    flagged += usize::from(error.has_safety_flag());
                    std::hint::black_box(error.safety_flags());
                }
            }
        }
        std::hint::black_box(response.safety_flags());
    }
    let after = allocations();

    assert_eq!(
        after - before,
        0,
        "scoring allocated {} times",
        after - before
    );
    // The loop really scored: 20 fixed instruments × 2 responses + 1, × 2 option sets.
    assert_eq!(responses.len(), 41);
    // Default: 20 complete + PHQ-2, GAD-2, PGIC (nothing missing) + ODI (1 missing allowed) +
    // BPI-SF (severity item 2 missing: interference alone is scored) = 25.
    // Prorate: 20 complete + 19 with one missing = 39. Total 64.
    assert_eq!(scored, 64);
    // PHQ-9 at item 9 = 3: 2 scores, 1 score + 1 error with a missing item; item 9 missing: 2 errors.
    assert_eq!(flagged, 6);
    // The counter works: a Vec allocation is seen.
    let probe = allocations();
    std::hint::black_box(vec![1_u8; 16]);
    assert!(allocations() > probe);
}

fn clinician() -> Actor {
    Actor::clinician(ClinicianId::new("dr-1").unwrap())
}

fn day(n: i64) -> DateTime<Utc> {
    "2026-01-05T09:00:00Z".parse::<DateTime<Utc>>().unwrap() + TimeDelta::days(n)
}

/// One response per instrument, each answered at the bottom of its scale (no safety flag: PHQ-9
/// item 9 answered 0).
fn battery(instruments: &[InstrumentId]) -> Vec<Response> {
    instruments
        .iter()
        .map(|&id| {
            let definition = id.definition();
            let answers = vec![Some(definition.answer_min()); definition.item_count()];
            Response::new(id, &answers).unwrap()
        })
        .collect()
}

fn assessment(protocol: &Protocol, timepoint: Timepoint, at: DateTime<Utc>) -> Event {
    let instruments = protocol.assessment(timepoint).unwrap().instruments();
    Event::assessment(timepoint, battery(instruments), Actor::Patient, at)
}

fn event(at: DateTime<Utc>, kind: EventKind) -> Event {
    Event::new(at, clinician(), kind)
}

fn scheduled(number: u16, at: DateTime<Utc>) -> Event {
    event(
        at,
        EventKind::SessionScheduled {
            number,
            session_id: SessionId::new(format!("s-{number}")).unwrap(),
            scheduled_for: at + TimeDelta::days(2),
        },
    )
}

fn completed(number: u16, at: DateTime<Utc>) -> Event {
    Event::session_completed(
        number,
        SessionId::new(format!("s-{number}")).unwrap(),
        ClinicianId::new("dr-1").unwrap(),
        at,
    )
}

/// Applies `event` (built before counting) with room reserved in the history, and returns the
/// allocations the application itself made.
fn allocations_applying(program: &mut Program, event: Event) -> usize {
    program.reserve(1);
    let before = allocations();
    let applied = program.apply(event);
    let made = allocations() - before;
    applied.unwrap();
    made
}

/// Records `(what, allocations)` for each event as it is applied.
struct Recorder {
    program: Program,
    counts: Vec<(String, usize)>,
}

impl Recorder {
    fn apply(&mut self, what: &str, event: Event) {
        let made = allocations_applying(&mut self.program, event);
        self.counts.push((what.to_owned(), made));
    }

    fn allocating(&self) -> Vec<&(String, usize)> {
        self.counts.iter().filter(|(_, made)| *made > 0).collect()
    }
}

#[test]
fn applying_common_events_allocates_nothing_beyond_the_history() {
    let protocol = Protocol::boulder_back_pain_study();
    let program = Program::new(
        ProgramId::new("prog-1").unwrap(),
        PatientId::new("pt-1").unwrap(),
        protocol.clone(),
    );
    let mut r = Recorder {
        program,
        counts: Vec::new(),
    };
    let eligible = screening_outcome_for(&ScreeningDecision::Eligible).unwrap();
    r.apply(
        "intake screened",
        Event::screened(eligible, ClinicianId::new("dr-1").unwrap(), day(0)),
    );
    r.apply(
        "enrolled",
        Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(1)),
    );
    r.apply("session scheduled", scheduled(1, day(1)));
    r.apply(
        "session cancelled",
        event(
            day(1),
            EventKind::SessionCancelled {
                number: 1,
                by: CancelledBy::Patient,
            },
        ),
    );
    r.apply("session scheduled again", scheduled(1, day(2)));
    r.apply(
        "baseline assessment (8 instruments)",
        assessment(&protocol, Timepoint::Baseline, day(3)),
    );
    r.apply("evaluation session completed", completed(1, day(4)));
    r.apply("session scheduled in treatment", scheduled(2, day(4)));
    r.apply("session rescheduled", scheduled(2, day(5)));
    r.apply(
        "session missed",
        event(day(6), EventKind::SessionMissed { number: 2 }),
    );
    r.apply(
        "missed sessions reviewed",
        event(day(6), EventKind::MissedSessionsReviewed),
    );
    r.apply("paused", event(day(7), EventKind::Paused));
    r.apply("resumed", event(day(8), EventKind::Resumed));
    r.apply("therapy session completed", completed(2, day(9)));

    // Branches from the middle of treatment, each on its own copy.
    let in_treatment = r.program.clone();
    let mut branch = |what: &str, kind: EventKind| {
        let mut program = in_treatment.clone();
        let made = allocations_applying(&mut program, event(day(10), kind));
        r.counts.push((what.to_owned(), made));
    };
    branch(
        "treatment ended early",
        EventKind::TreatmentEndedEarly {
            reason: EarlyEndReason::Recovered,
        },
    );
    branch(
        "withdrawn",
        EventKind::Withdrawn {
            reason: WithdrawalReason::PatientChoice,
        },
    );
    branch(
        "discharged",
        EventKind::Discharged {
            reason: DischargeReason::GoalsMet,
        },
    );

    for number in 3..=9 {
        r.apply("therapy session completed", completed(number, day(10)));
    }
    r.apply(
        "post-treatment assessment (9 instruments)",
        assessment(&protocol, Timepoint::PostTreatment, day(20)),
    );
    for months in [1, 2, 3, 6, 12] {
        let at = day(20 + 30 * i64::from(months));
        r.apply(
            "follow-up assessment",
            assessment(&protocol, Timepoint::FollowUp { months }, at),
        );
    }

    assert!(r.program.state().is_terminal(), "{}", r.program.state());
    assert!(r.allocating().is_empty(), "{:?}", r.allocating());
    // 27 events on the main path, 3 branches.
    assert_eq!(r.counts.len(), 30);
    assert_eq!(r.program.history().len(), 27);

    // Without the reserve, the history's growth is the only allocation: 27 pushes into a Vec
    // that starts empty grow it a handful of times, never once per event.
    let events = r.program.history().to_vec();
    let mut program = Program::new(
        ProgramId::new("prog-1").unwrap(),
        PatientId::new("pt-1").unwrap(),
        protocol,
    );
    let before = allocations();
    for event in events {
        program.apply(event).unwrap();
    }
    let made = allocations() - before;
    assert!((1..=8).contains(&made), "{made} allocations for 27 events");
}

#[test]
fn refused_events_allocate_nothing() {
    let mut program = Program::new(
        ProgramId::new("prog-1").unwrap(),
        PatientId::new("pt-1").unwrap(),
        Protocol::boulder_back_pain_study(),
    );
    program
        .apply(Event::screened(
            screening_outcome_for(&ScreeningDecision::Eligible).unwrap(),
            ClinicianId::new("dr-1").unwrap(),
            day(5),
        ))
        .unwrap();
    let refused = [
        // Time went backwards.
        Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(0)),
        // Needs a clinician.
        Event::new(day(6), Actor::Patient, EventKind::Enrolled),
        // Not allowed before enrollment.
        completed(1, day(6)),
        assessment(
            &Protocol::boulder_back_pain_study(),
            Timepoint::Baseline,
            day(6),
        ),
    ];
    for event in refused {
        let before = allocations();
        let result = program.apply(event);
        let made = allocations() - before;
        assert!(result.is_err());
        assert_eq!(made, 0, "{result:?}");
    }
    assert_eq!(program.history().len(), 1);
}

/// The events that do allocate, and why that is acceptable: each stores something new in the
/// program beyond the event itself.
#[test]
fn events_that_allocate_store_what_they_must() {
    let protocol = Protocol::general_clinical();
    let mut program = Program::new(
        ProgramId::new("prog-1").unwrap(),
        PatientId::new("pt-1").unwrap(),
        protocol.clone(),
    );
    let eligible = screening_outcome_for(&ScreeningDecision::Eligible).unwrap();
    program
        .apply(Event::screened(
            eligible,
            ClinicianId::new("dr-1").unwrap(),
            day(0),
        ))
        .unwrap();
    program
        .apply(Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(1)))
        .unwrap();

    // A safety concern is stored in the open-concern list until a clinician resolves it: one
    // allocation the first time the list is used. Resolving it keeps the list's room.
    let mut held = program.clone();
    let concern = EventKind::SafetyConcernRaised {
        concern: SafetyConcern::Other { note: None },
    };
    assert_eq!(
        allocations_applying(&mut held, event(day(2), concern.clone())),
        1
    );
    assert_eq!(
        allocations_applying(
            &mut held,
            event(day(3), EventKind::SafetyConcernResolved { note: None })
        ),
        0
    );
    assert_eq!(allocations_applying(&mut held, event(day(4), concern)), 0);

    // A flagged PHQ-9 (item 9 answered 1) stores its flag as a concern: one allocation, the first
    // time the list is used.
    let mut flagged = program.clone();
    let mut scores = battery(
        protocol
            .assessment(Timepoint::Baseline)
            .unwrap()
            .instruments(),
    );
    let mut phq9 = [Some(0); 9];
    phq9[8] = Some(1);
    let phq9 = Response::new(InstrumentId::Phq9, &phq9).unwrap();
    for score in &mut scores {
        if score.instrument() == InstrumentId::Phq9 {
            *score = phq9.clone();
        }
    }
    let made = allocations_applying(
        &mut flagged,
        Event::assessment(Timepoint::Baseline, scores, Actor::Patient, day(2)),
    );
    // The open-concern list, plus the derived scores and their ranges: a clone keeps no spare
    // capacity, so on this copy (not on a program created on the protocol, which sizes them for
    // its schedule) those grow once each.
    assert_eq!(made, 3);
    assert!(flagged.state().is_on_safety_hold());

    // A protocol migration clones the new protocol into the program and sizes the per-session and
    // per-assessment bookkeeping for it: allocations proportional to the protocol, once per
    // migration (a rare, clinician-made event).
    let newer = Protocol::builder(protocol.id().clone(), protocol.version() + 1)
        .evaluation_session(pain_reprocessing::sessions::Modality::Video, 45)
        .therapy_sessions(
            8,
            pain_reprocessing::sessions::Modality::Video,
            50,
            [pain_reprocessing::exercises::PrtComponent::SomaticTracking],
        )
        .cadence(pain_reprocessing::protocol::Cadence::new(1, 56))
        .assessment(Timepoint::Baseline, [InstrumentId::Peg3], 0, 14)
        .assessment(Timepoint::PostTreatment, [InstrumentId::Peg3], 0, 14)
        .build()
        .unwrap();
    let mut migrated = program.clone();
    let made = allocations_applying(
        &mut migrated,
        event(
            day(2),
            EventKind::ProtocolMigrated {
                migration: Box::new(ProtocolMigration::new(newer.clone(), 0)),
            },
        ),
    );
    assert!(made > 0);
    assert_eq!(migrated.protocol(), &newer);
}

/// The batch's success path: reading a well-formed record and scoring it allocates nothing, and a
/// batch allocates the same whatever its length (its block and output buffers, never per record).
#[test]
fn batch_records_are_read_and_scored_without_allocating() {
    use pain_reprocessing::interop::batch::{BatchConfig, score_ndjson, score_record};

    let lines: Vec<String> = (0..64)
        .map(|n| {
            let answers: Vec<String> = (0..9)
                .map(|item| ((n * 7 + item * 3) % 4 % if item == 8 { 2 } else { 4 }).to_string())
                .collect();
            format!(
                "{{\"schema_version\": 2, \"instrument\": \"phq9\", \"answers\": [{}]}}",
                answers.join(", ")
            )
        })
        .collect();
    let before = allocations();
    let mut flagged = 0_usize;
    for (index, line) in lines.iter().enumerate() {
        let result = score_record(
            line.as_bytes(),
            index as u64,
            index as u64 + 1,
            &ScoringOptions::DEFAULT,
        );
        let score = result.outcome().as_ref().unwrap();
        flagged += usize::from(score.has_safety_flag());
        std::hint::black_box(&result);
    }
    let after = allocations();
    assert_eq!(
        after - before,
        0,
        "reading and scoring allocated {} times",
        after - before
    );
    assert_eq!(flagged, 32);

    // A whole batch: 100,000 records allocate no more than 1,000 but for the few doublings of
    // the block and output buffers (a cost per record would be 99,000 more).
    let batch = |records: usize| {
        let mut input = String::new();
        for line in lines.iter().cycle().take(records) {
            input.push_str(line);
            input.push('\n');
        }
        let mut output = Vec::with_capacity(records * 400);
        let before = allocations();
        let summary = score_ndjson(input.as_bytes(), &mut output, &BatchConfig::default()).unwrap();
        let after = allocations();
        assert_eq!(summary.scored, records as u64);
        after - before
    };
    let (small, large) = (batch(1_000), batch(100_000));
    assert!(
        large < small + 32,
        "1,000 records: {small} allocations, 100,000: {large}"
    );
}
