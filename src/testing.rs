//! Proptest strategies that generate valid values of the crate's types, for testing apps that embed
//! it (enabled by the `proptest` feature).
//!
//! Every strategy yields only values the constructors accept, so a property test of an app's own code
//! exercises realistic inputs:
//!
//! ```
//! use pain_reprocessing::testing;
//! use proptest::prelude::*;
//!
//! proptest!(|(pain in testing::rating(), share in testing::percentage())| {
//!     prop_assert!(pain.value() <= 10);
//!     prop_assert!(share.value().hundredths() <= 10_000);
//! });
//! ```

use proptest::prelude::*;

use crate::Direction;
use crate::id::MAX_ID_CHARS;
use crate::outcomes::{
    Administration, Change, CohortSummary, InstrumentKey, Mcid, McidRule, Measurement, Population,
    Reliability, ResponderContext, ResponderDefinition, Timepoint, Trajectory,
};
use crate::{ClinicianId, Decimal, Note, PatientId, Percentage, ProgramId, Rating, SessionId};

/// Any [`Decimal`] in ±1,000,000.
pub fn decimal() -> impl Strategy<Value = Decimal> {
    (-100_000_000_i64..=100_000_000)
        .prop_filter_map("in range", |h| Decimal::from_hundredths(h).ok())
}

/// Any [`Rating`] 0-10.
pub fn rating() -> impl Strategy<Value = Rating> {
    (0_u8..=10).prop_filter_map("in range", |v| Rating::new(v).ok())
}

/// Any [`Percentage`] 0-100 with two decimals.
pub fn percentage() -> impl Strategy<Value = Percentage> {
    (0_i64..=10_000).prop_filter_map("in range", |h| {
        Decimal::from_hundredths(h)
            .ok()
            .and_then(|d| Percentage::new(d).ok())
    })
}

/// Text that is a valid identifier: 1-64 characters, no control characters, any script.
pub fn identifier_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        any::<char>().prop_filter("not a control", |c| !c.is_control()),
        1..=MAX_ID_CHARS,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

/// Any [`PatientId`].
pub fn patient_id() -> impl Strategy<Value = PatientId> {
    identifier_text().prop_filter_map("valid", |s| PatientId::new(s).ok())
}

/// Any [`ClinicianId`].
pub fn clinician_id() -> impl Strategy<Value = ClinicianId> {
    identifier_text().prop_filter_map("valid", |s| ClinicianId::new(s).ok())
}

/// Any [`ProgramId`].
pub fn program_id() -> impl Strategy<Value = ProgramId> {
    identifier_text().prop_filter_map("valid", |s| ProgramId::new(s).ok())
}

/// Any [`SessionId`].
pub fn session_id() -> impl Strategy<Value = SessionId> {
    identifier_text().prop_filter_map("valid", |s| SessionId::new(s).ok())
}

/// Any [`Note`]: up to a few hundred characters, with line breaks; the full length range is covered
/// by unit tests rather than generated.
pub fn note() -> impl Strategy<Value = Note> {
    proptest::collection::vec(
        prop_oneof![
            8 => any::<char>().prop_filter("not a control", |c| !c.is_control()),
            1 => prop_oneof![Just('\n'), Just('\t'), Just('\r')],
        ],
        1..300,
    )
    .prop_filter_map("valid", |chars| {
        Note::new(chars.into_iter().collect::<String>()).ok()
    })
}

/// Any [`InstrumentKey`].
pub fn instrument_key() -> impl Strategy<Value = InstrumentKey> {
    "[a-z0-9][a-z0-9_-]{0,63}".prop_filter_map("valid", |s| InstrumentKey::new(s).ok())
}

/// Either [`Direction`].
pub fn direction() -> impl Strategy<Value = Direction> {
    prop_oneof![
        Just(Direction::HigherIsWorse),
        Just(Direction::HigherIsBetter)
    ]
}

/// Any [`Timepoint`]: baseline, post-treatment or a follow-up of 1-120 months.
pub fn timepoint() -> impl Strategy<Value = Timepoint> {
    prop_oneof![
        Just(Timepoint::Baseline),
        Just(Timepoint::PostTreatment),
        (1_u16..=120).prop_filter_map("in range", |m| Timepoint::follow_up(m).ok()),
    ]
}

/// A score value in ±10,000 with two decimals, often a whole 0-10 rating.
pub fn score_value() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (0_i32..=10).prop_map(Decimal::from_int),
        (-1_000_000_i64..=1_000_000)
            .prop_filter_map("in range", |h| Decimal::from_hundredths(h).ok()),
    ]
}

/// Any [`Measurement`].
pub fn measurement() -> impl Strategy<Value = Measurement> {
    (instrument_key(), 1_u16..=5, score_value(), direction()).prop_map(
        |(key, version, value, direction)| Measurement::new(key, version, value, direction),
    )
}

/// Any [`Change`]: two values of one instrument, rule version and direction.
pub fn change() -> impl Strategy<Value = Change> {
    (measurement(), score_value()).prop_filter_map("comparable", |(baseline, value)| {
        let current = Measurement::new(
            baseline.instrument().clone(),
            baseline.rule_version(),
            value,
            baseline.direction(),
        );
        Change::between(&baseline, &current).ok()
    })
}

fn positive_decimal() -> impl Strategy<Value = Decimal> {
    (1_i64..=100_000).prop_filter_map("in range", |h| Decimal::from_hundredths(h).ok())
}

fn percent_threshold() -> impl Strategy<Value = Decimal> {
    (1_i64..=10_000).prop_filter_map("in range", |h| Decimal::from_hundredths(h).ok())
}

/// Any [`Mcid`].
pub fn mcid() -> impl Strategy<Value = Mcid> {
    (
        proptest::option::of(positive_decimal()),
        proptest::option::of(percent_threshold()),
        prop_oneof![Just(McidRule::Either), Just(McidRule::Both)],
        "[ -~]{1,40}",
    )
        .prop_filter_map("valid", |(points, percent, rule, source)| {
            Mcid::new(points, percent, rule, source).ok()
        })
}

/// Any [`Reliability`].
pub fn reliability() -> impl Strategy<Value = Reliability> {
    prop_oneof![
        positive_decimal().prop_filter_map("valid", |sem| Reliability::sem(sem).ok()),
        (positive_decimal(), 0_i64..=99).prop_filter_map("valid", |(sd, r)| {
            Reliability::sd_and_reliability(sd, Decimal::from_hundredths(r).ok()?).ok()
        }),
    ]
}

/// Any [`Population`].
pub fn population() -> impl Strategy<Value = Population> {
    (score_value(), positive_decimal())
        .prop_filter_map("valid", |(mean, sd)| Population::new(mean, sd).ok())
}

/// Any [`ResponderDefinition`].
pub fn responder_definition() -> impl Strategy<Value = ResponderDefinition> {
    prop_oneof![
        Just(ResponderDefinition::PainFreeOrNearly),
        Just(ResponderDefinition::percent_reduction_30()),
        Just(ResponderDefinition::percent_reduction_50()),
        percent_threshold()
            .prop_filter_map("valid", |p| ResponderDefinition::percent_reduction(p).ok()),
        Just(ResponderDefinition::McidReached),
        Just(ResponderDefinition::ReliableImprovement),
        score_value().prop_map(|value| ResponderDefinition::AtMost { value }),
        score_value().prop_map(|value| ResponderDefinition::AtLeast { value }),
    ]
}

/// Administrations at distinct timepoints with strictly increasing dates; baseline present
/// about four times in five.
pub fn administrations() -> impl Strategy<Value = Vec<Administration>> {
    (
        proptest::bool::weighted(0.8),
        proptest::collection::btree_set(timepoint(), 0..6),
        proptest::collection::vec((1_u64..60, score_value()), 7),
    )
        .prop_map(|(with_baseline, mut points, steps)| {
            if with_baseline {
                points.insert(Timepoint::Baseline);
            } else {
                points.remove(&Timepoint::Baseline);
            }
            let mut date = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
            points
                .into_iter()
                .zip(steps)
                .map(|(timepoint, (gap, value))| {
                    date = date
                        .checked_add_days(chrono::Days::new(gap))
                        .unwrap_or(date);
                    Administration::new(timepoint, date, value)
                })
                .collect()
        })
}

/// Any [`Trajectory`] of `instrument`, rule version 1, improving in `direction`.
pub fn trajectory_of(
    instrument: InstrumentKey,
    direction: Direction,
) -> impl Strategy<Value = Trajectory> {
    administrations().prop_filter_map("valid", move |admins| {
        Trajectory::new(instrument.clone(), 1, direction, admins).ok()
    })
}

/// Any [`Trajectory`].
pub fn trajectory() -> impl Strategy<Value = Trajectory> {
    (instrument_key(), direction()).prop_flat_map(|(key, direction)| trajectory_of(key, direction))
}

/// A cohort of 0-30 trajectories of one instrument.
pub fn cohort() -> impl Strategy<Value = Vec<Trajectory>> {
    (instrument_key(), direction()).prop_flat_map(|(key, direction)| {
        proptest::collection::vec(trajectory_of(key, direction), 0..30)
    })
}

/// Any [`CohortSummary`], summarized from a generated cohort at its observed timepoints and
/// post-treatment.
pub fn cohort_summary() -> impl Strategy<Value = CohortSummary> {
    (cohort(), responder_definition(), mcid(), reliability()).prop_filter_map(
        "summarizable",
        |(cohort, definition, mcid, reliability)| {
            let mut points = CohortSummary::observed_timepoints(&cohort);
            points.push(Timepoint::PostTreatment);
            let context = ResponderContext {
                mcid: Some(&mcid),
                reliability: Some(&reliability),
            };
            CohortSummary::summarize(&cohort, &points, &definition, &context).ok()
        },
    )
}

/// Any valid [`Response`](crate::instruments::Response) to `id` (a fixed-answer instrument): every
/// answer in range, about one in six missing; an NRS gets a recall period.
pub fn response_for(
    id: crate::instruments::InstrumentId,
) -> impl Strategy<Value = crate::instruments::Response> {
    use crate::instruments::{RecallPeriod, Response};
    let definition = id.definition();
    let answer =
        proptest::option::weighted(0.85, definition.answer_min()..=definition.answer_max());
    (
        proptest::collection::vec(answer, definition.item_count()),
        prop_oneof![
            Just(RecallPeriod::Now),
            Just(RecallPeriod::Past24Hours),
            Just(RecallPeriod::PastWeek)
        ],
    )
        .prop_filter_map("valid", move |(answers, recall)| {
            if id == crate::instruments::InstrumentId::Nrs {
                Response::nrs(answers.first().copied().flatten(), recall).ok()
            } else {
                Response::new(id, &answers).ok()
            }
        })
}

/// Any fixed-answer instrument id.
pub fn fixed_instrument_id() -> impl Strategy<Value = crate::instruments::InstrumentId> {
    proptest::sample::select(
        crate::instruments::InstrumentId::ALL
            .into_iter()
            .filter(|id| id.is_fixed_response())
            .collect::<Vec<_>>(),
    )
}

/// Any valid [`Response`](crate::instruments::Response) to any fixed-answer instrument.
pub fn response() -> impl Strategy<Value = crate::instruments::Response> {
    fixed_instrument_id().prop_flat_map(response_for)
}

/// Any [`ScoringOptions`](crate::instruments::ScoringOptions).
pub fn scoring_options() -> impl Strategy<Value = crate::instruments::ScoringOptions> {
    use crate::instruments::{MissingPolicy, ScoringOptions};
    (
        prop_oneof![
            Just(MissingPolicy::RequireAll),
            (1_u8..=4).prop_map(|max_missing| MissingPolicy::Prorate { max_missing }),
        ],
        0_u8..=9,
    )
        .prop_filter_map("valid", |(missing, odi)| {
            ScoringOptions::new(missing, odi).ok()
        })
}

/// Any [`Score`](crate::instruments::Score): a generated response scored under generated options
/// (responses that cannot be scored under those options are skipped).
pub fn score() -> impl Strategy<Value = crate::instruments::Score> {
    (response(), scoring_options()).prop_filter_map("scorable", |(response, options)| {
        response.score_with(&options).ok()
    })
}

/// Any valid [`AttributionResponse`](crate::instruments::AttributionResponse).
pub fn attribution_response() -> impl Strategy<Value = crate::instruments::AttributionResponse> {
    use crate::instruments::{AttributionCategory, AttributionResponse, CodedCause};
    let category = proptest::option::of(prop_oneof![
        Just(AttributionCategory::Peripheral),
        Just(AttributionCategory::MindBrain)
    ]);
    (
        proptest::option::of(rating()),
        proptest::option::of(rating()),
        proptest::option::of(rating()),
        proptest::collection::vec(
            (note(), category).prop_map(|(text, c)| CodedCause::new(text, c)),
            0..=6,
        ),
    )
        .prop_filter_map("valid", |(s, m, r, causes)| {
            AttributionResponse::new(s, m, r, causes).ok()
        })
}

// ---- exercises and sessions -------------------------------------------------------------------

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

use crate::exercises::{
    CustomExercise, Exercise, ExerciseKind, Guidance, ModalityFamily, PracticeLog, PrtComponent,
};
use crate::sessions::{
    Assignment, CancellationReason, CancelledBy, Completion, Frequency, Homework, Modality, Per,
    SessionKind, SessionOutcome, SessionPlan, SessionRecord, StatusChange,
};

/// `at` moved by `minutes`, or `at` itself when that leaves chrono's range (strategies never panic).
fn shift(at: DateTime<Utc>, minutes: i64) -> DateTime<Utc> {
    at.checked_add_signed(TimeDelta::minutes(minutes))
        .unwrap_or(at)
}

/// Any instant from 2020 to 2035, to the second.
pub fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    (1_577_836_800_i64..2_082_758_400).prop_filter_map("valid", |s| DateTime::from_timestamp(s, 0))
}

/// Any calendar day from 2020 to 2035.
pub fn day() -> impl Strategy<Value = NaiveDate> {
    instant().prop_map(|t| t.date_naive())
}

/// Any of the five PRT components.
pub fn prt_component() -> impl Strategy<Value = PrtComponent> {
    proptest::sample::select(PrtComponent::ALL.to_vec())
}

/// Any catalog technique.
pub fn exercise_kind() -> impl Strategy<Value = ExerciseKind> {
    proptest::sample::select(ExerciseKind::ALL.to_vec())
}

/// Any modality family.
pub fn modality_family() -> impl Strategy<Value = ModalityFamily> {
    proptest::sample::select(vec![
        ModalityFamily::Cognitive,
        ModalityFamily::Mindfulness,
        ModalityFamily::Somatic,
        ModalityFamily::Emotional,
        ModalityFamily::Educational,
    ])
}

/// Any valid [`CustomExercise`].
pub fn custom_exercise() -> impl Strategy<Value = CustomExercise> {
    (
        identifier_text(),
        "[A-Za-z][A-Za-z ,'-]{0,40}",
        proptest::collection::btree_set(prt_component(), 1..=5),
        modality_family(),
        1_u16..=240,
    )
        .prop_filter_map("valid", |(id, name, components, family, minutes)| {
            CustomExercise::new(id, name, components, family, minutes).ok()
        })
}

/// Any [`Exercise`], mostly from the catalog.
pub fn exercise() -> impl Strategy<Value = Exercise> {
    prop_oneof![
        3 => exercise_kind().prop_map(Exercise::Catalog),
        1 => custom_exercise().prop_map(Exercise::Custom),
    ]
}

/// A [`PracticeLog`] of any exercise starting at `started_at` and lasting `minutes` (1-240),
/// optionally naming `session`, with any ratings and maybe a note.
pub fn practice_log_at(
    started_at: DateTime<Utc>,
    minutes: u16,
    session: Option<SessionId>,
) -> impl Strategy<Value = PracticeLog> {
    (
        exercise(),
        prop_oneof![Just(Guidance::Guided), Just(Guidance::SelfGuided)],
        proptest::array::uniform4(proptest::option::of(rating())),
        proptest::option::of(note()),
    )
        .prop_filter_map(
            "valid",
            move |(exercise, guidance, [pb, pa, fb, fa], note)| {
                let mut builder = PracticeLog::builder(exercise, started_at, minutes)
                    .guidance(guidance)
                    .ratings(pb, pa, fb, fa);
                if let Some(note) = note {
                    builder = builder.note(note);
                }
                if let Some(session) = session.clone() {
                    builder = builder.session(session);
                }
                builder.build().ok()
            },
        )
}

/// Any valid [`PracticeLog`].
pub fn practice_log() -> impl Strategy<Value = PracticeLog> {
    (instant(), 1_u16..=240, proptest::option::of(session_id()))
        .prop_flat_map(|(at, minutes, session)| practice_log_at(at, minutes, session))
}

fn session_kind() -> impl Strategy<Value = SessionKind> {
    proptest::sample::select(vec![
        SessionKind::PhysicianEvaluation,
        SessionKind::PrtTherapy,
        SessionKind::AssessmentOnly,
        SessionKind::Booster,
    ])
}

fn modality() -> impl Strategy<Value = Modality> {
    proptest::sample::select(vec![
        Modality::InPerson,
        Modality::Video,
        Modality::Phone,
        Modality::AsyncMessaging,
    ])
}

/// Any valid [`SessionPlan`].
pub fn session_plan() -> impl Strategy<Value = SessionPlan> {
    (
        session_id(),
        1_u16..=200,
        session_kind(),
        instant(),
        modality(),
        1_u16..=240,
        proptest::collection::btree_set(prt_component(), 0..=5),
        proptest::collection::vec(exercise(), 0..=4),
    )
        .prop_filter_map(
            "valid",
            |(id, number, kind, at, modality, minutes, focus, exercises)| {
                SessionPlan::new(id, number, kind, at, modality, minutes)
                    .and_then(|plan| plan.with_focus(focus).with_exercises(exercises))
                    .ok()
            },
        )
}

/// Any valid [`Frequency`].
pub fn frequency() -> impl Strategy<Value = Frequency> {
    (1_u8..=20, prop_oneof![Just(Per::Day), Just(Per::Week)])
        .prop_filter_map("valid", |(times, per)| Frequency::new(times, per).ok())
}

/// An [`Assignment`] due `0..=60` days after `from`.
pub fn assignment_from(from: NaiveDate) -> impl Strategy<Value = Assignment> {
    (exercise(), frequency(), 0_i64..=60).prop_map(move |(exercise, frequency, days)| {
        Assignment::new(
            exercise,
            frequency,
            from.checked_add_signed(TimeDelta::days(days))
                .unwrap_or(from),
        )
    })
}

/// Any cancellation party and reason.
pub fn cancellation() -> impl Strategy<Value = (CancelledBy, CancellationReason)> {
    (
        prop_oneof![Just(CancelledBy::Patient), Just(CancelledBy::Clinic)],
        proptest::sample::select(vec![
            CancellationReason::Illness,
            CancellationReason::SchedulingConflict,
            CancellationReason::Transport,
            CancellationReason::TechnicalProblem,
            CancellationReason::ClinicianUnavailable,
            CancellationReason::Other,
        ]),
    )
}

/// A [`SessionOutcome`] for a session that started at `started_at`: it ends 1-240 minutes later,
/// with up to three practice logs inside it (naming `session` or no session) and up to two
/// homework assignments due on or after the day it ends.
pub fn session_outcome(
    session: SessionId,
    started_at: DateTime<Utc>,
) -> impl Strategy<Value = SessionOutcome> {
    (1_i64..=240).prop_flat_map(move |length| {
        let ended_at = shift(started_at, length);
        let logs = proptest::collection::vec(
            (0..length, any::<bool>()).prop_flat_map({
                let session = session.clone();
                move |(offset, named)| {
                    let minutes = u16::try_from((length - offset).clamp(1, 240)).unwrap_or(1);
                    practice_log_at(
                        shift(started_at, offset),
                        minutes,
                        named.then(|| session.clone()),
                    )
                }
            }),
            0..=3,
        );
        (
            logs,
            proptest::collection::vec(assignment_from(ended_at.date_naive()), 0..=2),
            proptest::option::of(rating()),
            proptest::option::of(note()),
            proptest::option::of(rating()),
        )
            .prop_map(move |(logs, homework, pain_after, notes, alliance)| {
                let mut outcome = SessionOutcome::new(ended_at);
                for log in logs {
                    outcome = outcome.exercise(log);
                }
                for assignment in homework {
                    outcome = outcome.homework(assignment);
                }
                if let Some(pain) = pain_after {
                    outcome = outcome.pain_after(pain);
                }
                if let Some(notes) = notes {
                    outcome = outcome.notes(notes);
                }
                if let Some(alliance) = alliance {
                    outcome = outcome.alliance(alliance);
                }
                outcome
            })
    })
}

/// A status change for a session scheduled around `around` (times within two days of it):
/// legal or not, depending on the record's status.
pub fn status_change(
    session: SessionId,
    around: DateTime<Utc>,
) -> impl Strategy<Value = StatusChange> {
    let near = (-2880_i64..=2880).prop_map(move |m| shift(around, m));
    prop_oneof![
        (near.clone(), proptest::option::of(rating()))
            .prop_map(|(at, pain_before)| StatusChange::Start { at, pain_before }),
        near.clone()
            .prop_flat_map(move |start| session_outcome(session.clone(), start))
            .prop_map(StatusChange::Complete),
        (cancellation(), near.clone()).prop_map(|((by, reason), at)| StatusChange::Cancel {
            by,
            reason,
            at
        }),
        near.clone().prop_map(|at| StatusChange::NoShow { at }),
        near.prop_map(|to| StatusChange::Reschedule { to }),
    ]
}

/// Any valid [`SessionRecord`], in any status: a scheduled record put through up to eight
/// attempted changes (rejected ones leave it as it was).
pub fn session_record() -> impl Strategy<Value = SessionRecord> {
    (
        session_id(),
        1_u16..=200,
        session_kind(),
        modality(),
        instant(),
    )
        .prop_filter_map("valid", |(id, number, kind, modality, at)| {
            SessionRecord::new(id, number, kind, modality, at).ok()
        })
        .prop_flat_map(|record| {
            let changes = proptest::collection::vec(
                status_change(record.session().clone(), record.scheduled_at()),
                0..=8,
            );
            (Just(record), changes)
        })
        .prop_map(|(mut record, changes)| {
            for change in changes {
                let _rejected_changes_leave_it_valid = record.apply(change);
            }
            record
        })
}

/// Any valid [`Homework`] with up to four assignments and up to ten completions.
pub fn homework() -> impl Strategy<Value = Homework> {
    (day(), proptest::option::of(session_id()))
        .prop_flat_map(|(assigned_on, session)| {
            (
                Just(assigned_on),
                Just(session),
                proptest::collection::vec(assignment_from(assigned_on), 1..=4),
                proptest::collection::vec(
                    (
                        0_usize..4,
                        0_i64..=70,
                        1_u16..=240,
                        proptest::option::of(0_u32..24),
                    ),
                    0..=10,
                ),
            )
        })
        .prop_filter_map(
            "valid",
            |(assigned_on, session, assignments, completions)| {
                let count = assignments.len();
                let mut homework = Homework::new(assigned_on, assignments).ok()?;
                if let Some(session) = session {
                    homework = homework.in_session(session);
                }
                for (index, offset, minutes, logged_at_hour) in completions {
                    let index = index % count;
                    let on = assigned_on.checked_add_signed(TimeDelta::days(offset))?;
                    let mut completion = Completion::new(index, on, minutes);
                    if let Some(hour) = logged_at_hour {
                        let exercise = homework.assignments().get(index)?.exercise().clone();
                        let at = on.and_hms_opt(hour, 0, 0)?.and_utc();
                        completion = completion
                            .with_log(PracticeLog::builder(exercise, at, minutes).build().ok()?);
                    }
                    homework.record(completion).ok()?;
                }
                Some(homework)
            },
        )
}
