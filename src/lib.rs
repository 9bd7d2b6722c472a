//! # pain-reprocessing
//!
//! The typed core of Pain Reprocessing Therapy (PRT) programs, for apps to embed: a
//! digital-therapeutics app, a clinic's case-management system, a research trial's data pipeline.
//!
//! PRT treats chronic pain that the nervous system keeps alive after tissue has healed ("primary" or
//! neuroplastic pain). It combines pain education, gathering personal evidence that the pain is
//! brain-generated and reversible, somatic tracking (mindful attention to sensations through a lens
//! of safety), addressing emotional threats, and leaning into positive sensations. In the Boulder
//! Back Pain Study (Ashar et al., JAMA Psychiatry 2022, clinical reference §1.8 `[S1]`) one physician
//! evaluation and 8 sessions over 4 weeks left 66% of patients pain-free or nearly so.
//!
//! ## The flow
//!
//! ```text
//! IntakeForm ──screen(criteria)──> ScreeningOutcome ──> Program (event-sourced state machine)
//!                                  eligible | refer | crisis | ...      │ apply(event) -> Transition
//! Response (answers as given) ──score()──> Score ──────────────────────>│ next_actions(now)
//! Score at T1 vs T2 ──> Change, IMMPACT class, MCID, reliable change    │ history -> replay()
//! ExerciseKind catalog ──> PracticeLog; SessionPlan ──> SessionRecord   └─ Protocol (phases, cadence,
//!                                                                          assessment schedule)
//! ```
//!
//! A whole program in a few lines: screen an intake, enroll, record a baseline with a PHQ-9 whose
//! item 9 is positive, and watch the safety hold pre-empt everything until a clinician resolves it.
//!
//! ```
//! use chrono::{DateTime, Utc};
//! use pain_reprocessing::instruments::{InstrumentId, Response};
//! use pain_reprocessing::intake::{ScreeningDecision, screen};
//! use pain_reprocessing::program::{Actor, Event, EventKind, Program, ProgramState, Stage};
//! use pain_reprocessing::protocol::Protocol;
//! use pain_reprocessing::{ClinicianId, Note, PatientId, ProgramId};
//!
//! let at = |s: &str| s.parse::<DateTime<Utc>>();
//! let dr = ClinicianId::new("dr-1")?;
//! let protocol = Protocol::general_clinical(); // PEG-3, PHQ-9, GAD-7; 1 evaluation + 6 sessions
//! let mut program = Program::new(ProgramId::new("prog-1")?, PatientId::new("pt-1")?, protocol);
//!
//! // An intake as an app stores it (docs/schemas/intake_form.schema.json; examples/screening.rs
//! // builds one in code), screened against the Boulder trial's criteria.
//! let intake: pain_reprocessing::intake::IntakeForm = pain_reprocessing::versioning::read_slice(
//!     include_bytes!("../docs/schemas/fixtures/intake_form/valid/typical_low_back_pain.json"),
//! )?;
//! let outcome = screen(&intake, &pain_reprocessing::intake::ScreeningCriteria::boulder_trial());
//! assert_eq!(outcome.decision(), &ScreeningDecision::Eligible);
//! program.apply(Event::screened(outcome, dr.clone(), at("2026-03-02T09:00:00Z")?))?;
//! program.apply(Event::enrolled(dr.clone(), at("2026-03-03T09:00:00Z")?))?;
//!
//! // The forms due (program.forms_due()): PEG-3, PHQ-9, GAD-7. The event records the answers as
//! // given; the program scores them itself.
//! let peg = Response::new(InstrumentId::Peg3, &[Some(6), Some(5), Some(6)])?;
//! let phq9 = Response::new(
//!     InstrumentId::Phq9,
//!     &[1, 1, 2, 1, 0, 1, 0, 0, 1].map(Some), // item 9 = 1: "several days"
//! )?;
//! let gad7 = Response::new(InstrumentId::Gad7, &[1, 1, 0, 1, 0, 1, 0].map(Some))?;
//! assert_eq!(program.forms_due().len(), 3);
//!
//! let baseline = Event::assessment(
//!     pain_reprocessing::Timepoint::Baseline,
//!     [peg, phq9, gad7],
//!     Actor::Patient,
//!     at("2026-03-04T09:00:00Z")?,
//! );
//! program.apply(baseline)?;
//! assert!(program.state().is_on_safety_hold()); // item 9, never hidden inside the total of 7
//! let scores = program.scores_at(pain_reprocessing::Timepoint::Baseline).unwrap_or_default();
//! assert_eq!(scores[0].total().map(|t| t.to_string()).as_deref(), Some("5.67")); // PEG-3: 17/3, exact
//! // Nothing but a clinician's resolution (or the patient leaving) moves a safety hold.
//! assert!(program.apply(Event::new(at("2026-03-04T10:00:00Z")?, Actor::Patient, EventKind::Paused)).is_err());
//! let resolved = EventKind::SafetyConcernResolved {
//!     note: Some(Note::new("Same-day review: passive ideation, no plan; safety plan agreed.")?),
//! };
//! program.apply(Event::new(at("2026-03-04T15:00:00Z")?, Actor::clinician(dr), resolved))?;
//! assert_eq!(
//!     program.state(),
//!     ProgramState::Active { stage: Stage::Evaluation { completed: 0, planned: 1 } }
//! );
//!
//! // The history rebuilds the identical program.
//! assert_eq!(program.event_log().replay()?, program);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! `cargo run --example program_walkthrough` walks one patient through the Boulder protocol to the
//! 12-month follow-up.
//!
//! ## Reading stored documents
//!
//! Read what an app stored through the crate's readers, not a bare `serde_json::from_str`: they
//! upgrade older `schema_version`s, refuse structs written as arrays, and say where an error is.
//!
//! - any root document: [`versioning::read_slice`] (bytes), [`versioning::read`] (a
//!   `serde_json::Value`); the catalog of names is [`schema`];
//! - a program's event log: [`EventLog::read_json`](program::EventLog::read_json), or
//!   [`EventLog::replay_json`](program::EventLog::replay_json) for the log and the program it
//!   rebuilds; errors name the event's index;
//! - from outside Rust: `docs/json.md` (the schemas, ajv and Python jsonschema, TypeScript types);
//!   research tables, REDCap and batch scoring: `docs/tables.md`.
//!
//! Every step is a pure function: no I/O, no clock reads, no global state. Time comes in as a
//! parameter, so replaying the same events gives the same program.
//!
//! ## Values you can trust
//!
//! A value that exists is valid. Constructors, `TryFrom`, `FromStr` and serde all check the same
//! rules, and bad input gets a typed error that says what was wrong and what is allowed:
//!
//! ```
//! use pain_reprocessing::{Note, PatientId, Percentage, Rating};
//!
//! let pain = Rating::new(6)?;
//! let patient = PatientId::new("mrn-000123")?;
//! let note = Note::new("Pain eased after the walk")?;
//! let responders = Percentage::of(33, 50)?; // the Boulder PRT arm: 66%
//! assert_eq!(responders.to_string(), "66%");
//!
//! let err = "11".parse::<Rating>().unwrap_err();
//! assert_eq!(err.to_string(), "rating 11 is out of range; allowed whole numbers 0-10");
//!
//! // Patient data never reaches a log through Debug.
//! assert_eq!(format!("{patient:?} {note:?}"), "PatientId(<redacted>) Note(<redacted, 25 chars>)");
//! # let _ = pain;
//! # Ok::<(), pain_reprocessing::Error>(())
//! ```
//!
//! ## JSON and JSON Schema
//!
//! Every serializable type derives or implements [`schemars::JsonSchema`], and the [`schema`] module
//! catalogs the schema of every root type by a stable name. The schemas are exactly as strict as the
//! types, and the committed copies in `docs/schemas/` are checked against the code by a test.
//!
//! ## Modules
//!
//! | module | owns |
//! |---|---|
//! | [`decimal`] | [`Decimal`], the exact two-decimal number every derived figure uses; [`MeasuredValue`], the four-decimal value outcomes take in |
//! | [`rating`] | [`Rating`] (0-10), [`Percentage`] (0-100), the [`Direction`] a scale improves in |
//! | [`text`] | the free-text [`Note`] (redacted) and the rules validated text follows |
//! | [`source`] | [`SourceKey`](source::SourceKey): the bibliography every cited rule points to (`docs/sources.md`) |
//! | [`id`] | identifiers: [`PatientId`] (redacted), [`ClinicianId`], [`ProgramId`], [`SessionId`] |
//! | `json`, `tagged` (private) | serde helpers: JSON numbers read as written; internally tagged enums with plain variants, declared from one variant list and read tag-first |
//! | [`instruments`] | the outcome-instrument catalog, validated [`Response`]s, exact [`Score`]s with bands and safety flags |
//! | [`intake`] | [`IntakeForm`], [`ScreeningCriteria`], [`screen`] → [`ScreeningOutcome`]: red flags, psychiatric safety, eligibility |
//! | [`outcomes`] | [`Change`], clinical importance, reliable change, [`ResponderDefinition`], [`Trajectory`], [`CohortSummary`] |
//! | [`exercises`] | the PRT technique catalog ([`ExerciseKind`], [`PrtComponent`]), app-defined exercises, [`PracticeLog`] |
//! | [`sessions`] | [`SessionPlan`], [`SessionRecord`] and its status lifecycle, homework, adherence metrics |
//! | [`goals`] | treatment goals ([`TreatmentGoal`]): valued activity, measure and target, due date, dated achievement history |
//! | [`care`] | concurrent care ([`CareLog`], [`ConcurrentTreatment`]): what else ran alongside PRT, and when |
//! | [`resources`] | between-session [`Resource`]s, [`ResourceAssignment`]s with engagement, engagement figures beside adherence |
//! | [`protocol`] | [`Protocol`] templates: sessions, cadence, assessment schedule, rules; the Boulder preset; a builder |
//! | [`program`] | the [`Program`] state machine: events, guards, safety holds, history and replay, next actions, outcome summary |
//! | [`versioning`] | `schema_version` on every stored document: supported versions, migrations of older ones |
//! | [`schema`] | the registry of root documents: the catalog of JSON Schemas, which documents are versioned, their private fields |
//! | [`interop`] | the outer layer: FHIR R4 (feature `fhir`), batch scoring, REDCap exports in, long tables and CDISC QS rows out (features `csv`, `rayon`) |
//! | [`error`] | the crate-wide [`Error`] |
//! | `testing` | proptest strategies for every type (feature `proptest`) |
//!
//! ## Crate features
//!
//! - `proptest`: the `testing` module of proptest strategies that yield only valid values.
//! - `fhir` (on by default): `interop::fhir`, HL7 FHIR R4 in and out (no added dependency).
//! - `csv`: long tables, CDISC QS rows and REDCap CSV exports (`interop::tables`, `interop::redcap`).
//! - `rayon`: batches scored on every core (`interop::batch::score_ndjson_parallel`).
//! - `seal`: the keyed seal over an event log's head (`program::Seal`, HMAC-SHA-256 with a key the
//!   app holds; adds RustCrypto's `hmac`).
//!
//! ## Questionnaire licences
//!
//! The crate ships scoring rules, not copyrighted questionnaire text: item identifiers and short
//! neutral labels only, except for public-domain instruments. See the README.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod care;
pub mod decimal;
pub mod error;

pub mod exercises;
pub mod goals;
pub mod id;
pub mod instruments;
pub mod intake;
pub mod interop;
mod json;
#[cfg(test)]
mod layers;
mod located;
pub mod outcomes;
pub mod program;
pub mod protocol;
pub mod rating;
pub mod resources;

pub mod schema;
pub mod sessions;
pub mod source;
mod tagged;
#[cfg(feature = "proptest")]
pub mod testing;
pub mod text;
mod version;
pub mod versioning;

/// The `chrono` crate, whose date and time types the API takes (`NaiveDate`, `DateTime<Utc>`):
/// call the crate with `pain_reprocessing::chrono::…` without a second, possibly different,
/// `chrono` dependency.
///
/// ```
/// // Every date and time type through the re-export: an app needs no `chrono` of its own.
/// use pain_reprocessing::chrono::{DateTime, NaiveDate, Utc};
/// use pain_reprocessing::outcomes::{Administration, Timepoint};
/// use pain_reprocessing::sessions::{Modality, SessionKind, SessionRecord};
/// use pain_reprocessing::{Decimal, SessionId};
///
/// let day = NaiveDate::from_ymd_opt(2026, 3, 2).ok_or("no such day")?;
/// let visit = Administration::new(Timepoint::Baseline, day, Decimal::from_int(6));
/// assert_eq!(visit.date(), Some(day));
/// let at: DateTime<Utc> = "2026-03-02T17:00:00Z".parse()?;
/// let session = SessionRecord::new(SessionId::new("s-1")?, 1, SessionKind::PrtTherapy, Modality::Video, at)?;
/// assert_eq!(session.scheduled_at(), at);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub use chrono;

pub use crate::care::{CareError, CareLog, ConcurrentTreatment};
pub use crate::decimal::{Decimal, DecimalError, MeasuredValue};
pub use crate::error::Error;
pub use crate::exercises::{Exercise, ExerciseKind, ExercisesError, PracticeLog, PrtComponent};
pub use crate::goals::{GoalsError, TreatmentGoal};
pub use crate::id::{ClinicianId, IdError, PatientId, ProgramId, SessionId};
pub use crate::instruments::{InstrumentError, InstrumentId, Response, Score};
pub use crate::intake::{IntakeError, IntakeForm, ScreeningCriteria, ScreeningOutcome, screen};
pub use crate::outcomes::{
    Change, CohortSummary, OutcomesError, ResponderDefinition, Timepoint, Trajectory,
};
pub use crate::program::{Event, Program, ReplayError, TransitionError};
pub use crate::protocol::{Protocol, ProtocolError};
pub use crate::rating::{Direction, Percentage, Rating, RatingError};
pub use crate::resources::{Resource, ResourceAssignment, ResourcePlan, ResourcesError};
pub use crate::sessions::{SessionPlan, SessionRecord, SessionsError};
pub use crate::text::{Note, NoteError, TextError};
pub use crate::version::SchemaVersion;

/// The README's examples, compiled and run as doctests so the front page never lies.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
