//! The program state machine: applying one event, replaying histories of 10 to 10,000 events,
//! replaying 10,000 whole programs (a clinic's start-up), and decoding a whole history from JSON
//! (typed, validated) against parsing the same bytes into `serde_json::Value`; and the cost of the
//! hash chain: a stored log replayed with its chain verified against the same events replayed
//! without it, and the per-event hashing alone (canonical serialization + SHA-256).
//!
//! `cargo bench --bench program` (add `-- --quick` for a fast pass); CI only smoke-runs it
//! (`cargo test --benches`). Results and targets: docs/performance.md.

// Fixtures are fixed data: a failure to build one is a bug in the bench, reported at once.
#![allow(clippy::expect_used)]

use std::hint::black_box;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use pain_reprocessing::instruments::{InstrumentId, Response};
use pain_reprocessing::intake::ScreeningDecision;
use pain_reprocessing::outcomes::Timepoint;
use pain_reprocessing::program::{Actor, Event, EventKind, EventLog, Program};
use pain_reprocessing::protocol::Protocol;
use pain_reprocessing::sessions::CancelledBy;
use pain_reprocessing::testing::screening_outcome_for;
use pain_reprocessing::{ClinicianId, PatientId, ProgramId, SessionId};

fn start() -> DateTime<Utc> {
    "2026-01-05T09:00:00Z".parse().expect("fixture time")
}

fn clinician() -> ClinicianId {
    ClinicianId::new("prt-gordon").expect("fixture id")
}

fn session_id(number: u16) -> SessionId {
    SessionId::new(format!("s-{number}")).expect("fixture id")
}

/// One score per instrument listed at `timepoint`, answered at `level` tenths of the scale.
fn battery(protocol: &Protocol, timepoint: Timepoint, level: u8) -> Vec<Response> {
    let instruments = protocol
        .assessment(timepoint)
        .expect("fixture timepoint")
        .instruments();
    instruments
        .iter()
        .map(|&id| {
            let definition = id.definition();
            let (min, max) = (definition.answer_min(), definition.answer_max());
            let answer = if id == InstrumentId::Pgic {
                2
            } else {
                min + (max - min) * level / 10
            };
            let answers = vec![Some(answer); definition.item_count()];
            Response::new(id, &answers).expect("fixture response")
        })
        .collect()
}

fn scheduled(number: u16, at: DateTime<Utc>) -> Event {
    Event::new(
        at,
        Actor::clinician(clinician()),
        EventKind::SessionScheduled {
            number,
            session_id: session_id(number),
            scheduled_for: at + TimeDelta::days(2),
        },
    )
}

fn cancelled(number: u16, at: DateTime<Utc>) -> Event {
    Event::new(
        at,
        Actor::Patient,
        EventKind::SessionCancelled {
            number,
            by: CancelledBy::Patient,
        },
    )
}

/// The first three events of every history: screened eligible, enrolled, baseline recorded.
fn opening(protocol: &Protocol) -> Vec<Event> {
    let outcome = screening_outcome_for(&ScreeningDecision::Eligible).expect("fixture outcome");
    vec![
        Event::screened(outcome, clinician(), start()),
        Event::enrolled(clinician(), start() + TimeDelta::days(1)),
        Event::assessment(
            Timepoint::Baseline,
            battery(protocol, Timepoint::Baseline, 6),
            Actor::Patient,
            start() + TimeDelta::days(3),
        ),
    ]
}

/// A legal Boulder history of exactly `n` events (`n >= 3`): the opening, then bookings, each
/// followed by a cancellation or by the session taking place. The 8 sessions that take place are
/// spread evenly over the history (the 9th never does, so the program stays in treatment however
/// long the history is).
fn long_history(protocol: &Protocol, n: usize) -> Vec<Event> {
    let mut events = opening(protocol);
    let pairs = n.saturating_sub(events.len()) / 2;
    let spacing = (pairs / 8).max(1);
    let mut next = 1;
    let mut pair: usize = 0;
    while events.len() < n {
        let at = start() + TimeDelta::days(4) + TimeDelta::minutes(events.len() as i64);
        if (events.len() - 3).is_multiple_of(2) {
            events.push(scheduled(next, at));
        } else {
            if next <= 8 && pair.is_multiple_of(spacing) {
                events.push(Event::session_completed(
                    next,
                    session_id(next),
                    clinician(),
                    at,
                ));
                next += 1;
            } else {
                events.push(cancelled(next, at));
            }
            pair += 1;
        }
    }
    events
}

/// The whole Boulder program of examples/program_walkthrough.rs, without its safety hold:
/// screening to the 12-month follow-up, 18 events.
fn whole_program(protocol: &Protocol) -> Vec<Event> {
    let mut events = opening(protocol);
    let mut day = 6;
    for number in 1..=9 {
        events.push(Event::session_completed(
            number,
            session_id(number),
            clinician(),
            start() + TimeDelta::days(day),
        ));
        day += 3;
    }
    let post = Timepoint::PostTreatment;
    events.push(Event::assessment(
        post,
        battery(protocol, post, 1),
        Actor::Patient,
        start() + TimeDelta::days(day),
    ));
    // Each follow-up about `months` after the post-treatment assessment, inside its window.
    let post_day = day;
    for months in [1, 2, 3, 6, 12] {
        let t = Timepoint::FollowUp { months };
        events.push(Event::assessment(
            t,
            battery(protocol, t, 1),
            Actor::Patient,
            start() + TimeDelta::days(post_day + i64::from(months) * 61 / 2),
        ));
    }
    events
}

fn ids(i: usize) -> (ProgramId, PatientId) {
    (
        ProgramId::new(format!("prog-{i:06}")).expect("fixture id"),
        PatientId::new(format!("pt-{i:06}")).expect("fixture id"),
    )
}

fn replay(protocol: &Protocol, events: Vec<Event>) -> Program {
    let (id, patient) = ids(0);
    Program::replay(id, patient, protocol.clone(), events).expect("fixture history replays")
}

fn apply(c: &mut Criterion) {
    let protocol = Protocol::boulder_back_pain_study();
    let mut group = c.benchmark_group("apply");
    let history = opening(&protocol);
    let (before_baseline, baseline) = history.split_at(2);
    let enrolled = replay(&protocol, before_baseline.to_vec());
    let in_treatment = replay(&protocol, long_history(&protocol, 6));
    let cases = [
        (
            "session_scheduled",
            &in_treatment,
            scheduled(2, start() + TimeDelta::days(9)),
        ),
        (
            "session_completed",
            &in_treatment,
            Event::session_completed(2, session_id(2), clinician(), start() + TimeDelta::days(9)),
        ),
        (
            "baseline_assessment_8_scores",
            &enrolled,
            baseline.first().expect("fixture baseline").clone(),
        ),
    ];
    for (name, program, event) in cases {
        group.bench_function(name, |b| {
            b.iter_batched(
                || {
                    let mut program = program.clone();
                    program.reserve(1);
                    (program, event.clone())
                },
                |(mut program, event)| {
                    let transition = program.apply(event);
                    (program, transition)
                },
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

fn replay_histories(c: &mut Criterion) {
    let protocol = Protocol::boulder_back_pain_study();
    let mut group = c.benchmark_group("replay_history");
    for n in [10, 100, 1_000, 10_000] {
        let events = long_history(&protocol, n);
        // Every history is legal: replaying it reaches its end.
        assert_eq!(replay(&protocol, events.clone()).history().len(), n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &events, |b, events| {
            b.iter_batched(
                || events.clone(),
                |events| replay(&protocol, events),
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

/// A clinic's start-up: 10,000 programs rebuilt from their event logs (the public path:
/// [`EventLog::replay`]). The programs are at every stage, from just screened to completed.
fn clinic_startup(c: &mut Criterion) {
    let protocol = Protocol::boulder_back_pain_study();
    let whole = whole_program(&protocol);
    let logs: Vec<EventLog> = (0..10_000)
        .map(|i| {
            let (id, patient) = ids(i);
            let len = 1 + i % whole.len();
            EventLog::new(
                id,
                patient,
                protocol.clone(),
                whole.iter().take(len).cloned().collect(),
            )
        })
        .collect();
    let events: usize = logs.iter().map(|log| log.events().len()).sum();
    let mut group = c.benchmark_group("clinic_startup");
    group.sample_size(10);
    group.throughput(Throughput::Elements(logs.len() as u64));
    group.bench_function(format!("replay_10000_programs_{events}_events"), |b| {
        b.iter(|| {
            logs.iter()
                .map(|log| log.replay().map(|program| program.state()))
                .filter(Result::is_ok)
                .count()
        })
    });
    group.finish();
}

fn history_json(c: &mut Criterion) {
    let protocol = Protocol::boulder_back_pain_study();
    let mut group = c.benchmark_group("event_log_json");
    for (name, events) in [
        ("whole_program", whole_program(&protocol)),
        ("1000_events", long_history(&protocol, 1_000)),
    ] {
        let (id, patient) = ids(0);
        let log = EventLog::new(id, patient, protocol.clone(), events);
        let bytes = serde_json::to_vec(&log).expect("fixture JSON");
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(format!("{name}/typed_decode"), |b| {
            b.iter(|| serde_json::from_slice::<EventLog>(black_box(&bytes)))
        });
        group.bench_function(format!("{name}/value_parse"), |b| {
            b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(&bytes)))
        });
    }
    group.finish();
}

/// The hash chain's cost, side by side: `EventLog::replay` (verifies the chain, then applies each
/// event, hashing it again into the program's ledger) against `Program::replay` of the same events
/// (applies and hashes, no verification), and the hashing alone, as `chain.rs` does it: the
/// compact JSON of each event streamed into SHA-256 with the previous hash, `seq` and id.
fn chain_verification(c: &mut Criterion) {
    use sha2::{Digest, Sha256};
    let protocol = Protocol::boulder_back_pain_study();
    let mut group = c.benchmark_group("chain");
    for (name, events) in [
        ("walkthrough_18", whole_program(&protocol)),
        ("long_1000", long_history(&protocol, 1_000)),
    ] {
        let (id, patient) = ids(0);
        let log = EventLog::new(id.clone(), patient.clone(), protocol.clone(), events);
        log.replay()
            .map_err(|error| format!("{name}: {error:?}"))
            .expect("the fixture log replays");
        group.throughput(Throughput::Elements(log.events().len() as u64));
        group.bench_with_input(BenchmarkId::new("verified", name), &log, |b, log| {
            b.iter(|| log.replay().expect("fixture log replays"))
        });
        group.bench_with_input(BenchmarkId::new("unverified", name), &log, |b, log| {
            b.iter(|| {
                Program::replay(
                    id.clone(),
                    patient.clone(),
                    protocol.clone(),
                    log.events().iter().map(|logged| logged.event().clone()),
                )
                .expect("fixture history replays")
            })
        });
        group.bench_with_input(BenchmarkId::new("hash_only", name), &log, |b, log| {
            b.iter(|| {
                let mut prev = [0u8; 32];
                for logged in log.events() {
                    let mut hasher = Sha256::new();
                    hasher.update(b"pain-reprocessing event log 2\n");
                    hasher.update(prev);
                    hasher.update(logged.seq().to_be_bytes());
                    hasher.update(logged.id().as_str().as_bytes());
                    hasher.update(b"\n");
                    let json = serde_json::to_vec(logged.event()).expect("an event serializes");
                    hasher.update(&json);
                    prev = hasher.finalize().into();
                }
                black_box(prev)
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = apply, replay_histories, clinic_startup, history_json, chain_verification
}
criterion_main!(benches);
