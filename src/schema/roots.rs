//! The document registry: one row per root type, from which the schema catalog and every
//! [`Versioned`] impl are generated.

use super::{SchemaEntry, VersionedEntry};
use crate::care::{CareLog, ConcurrentTreatment};
use crate::exercises::{Exercise, PracticeLog};
use crate::goals::TreatmentGoal;
use crate::instruments::{AttributionResponse, AttributionSummary, InstrumentId, Response, Score};
use crate::intake::{IntakeForm, RedFlagClearance, ScreeningCriteria, ScreeningOutcome};
use crate::interop::redcap::RedcapMapping;
use crate::outcomes::{
    Change, CohortSummary, InstrumentKey, Mcid, Measurement, Population, Reliability,
    ResponderDefinition, Timepoint, Trajectory, TrialTable,
};
use crate::program::{Event, EventLog, OutcomeSummary, Program, ProgramReport};
use crate::protocol::Protocol;
use crate::resources::{Resource, ResourceAssignment, ResourcePlan};
use crate::sessions::{Homework, SessionPlan, SessionRecord};
use serde_json::{Map, Value};

use crate::versioning::{SchemaVersion, Supported, VersionError, Versioned};
use crate::{
    ClinicianId, Decimal, MeasuredValue, Note, PatientId, Percentage, ProgramId, Rating, SessionId,
};

/// The document registry: every root type, once. Each row is
/// `(name, Type, versioned, [private fields])`:
///
/// - `name`: the stable snake_case catalog name, the file stem in `docs/schemas` and the folder of
///   its fixtures in `docs/schemas/fixtures/<name>/{valid,invalid}`;
/// - `versioned`: `yes` for a stored document that carries a `schema_version` (the row then
///   implements [`Versioned`] at [`SchemaVersion::V1`], so
///   [`versioning::read`](crate::versioning::read) reads it); `(v2 step)` for one whose layout
///   changed once: it implements [`Versioned`] at [`SchemaVersion::V2`], reading version 1 through
///   `step` (a pure function on the JSON object, documented where it is defined); `(v2 ids)` for
///   one whose version 2 only brought the id alphabet: it reads version 1 by mapping every id
///   outside the alphabet through [`legacy_id`](crate::id::legacy_id), the original text kept in
///   its `legacy_ids` (`id/remap.rs`, driven by the type's schema); `(v2 ids step)` runs
///   `step`, then maps the ids; `no` for a value that is only ever part of a document;
/// - `private fields`: the JSON pointers of its [`PatientId`], [`Note`] and `legacy_ids`
///   ([`LegacyIds`](crate::id::LegacyIds): the original text of a mapped id, maybe a patient's)
///   fields ([`SchemaEntry::private_fields`](super::SchemaEntry::private_fields)): a list, or
///   `(event_fields prefix, [extra])` for the documents that hold events (the event's fields
///   once, under `prefix`).
///
/// The catalog, every [`Versioned`] impl and every test that walks documents (schemas, fixtures,
/// versioning, privacy, robustness) come from this table, so adding a root type is one row here
/// plus its fixtures. A test checks `versioned` against the schema's `schema_version` property, and
/// the private fields against the schema's `PatientId` and `Note` fields.
macro_rules! roots {
    ($(($name:ident, $type:ty, $versioned:tt, $private:tt)),* $(,)?) => {
        pub(super) const CATALOG: &[SchemaEntry] = &[$(
            SchemaEntry::of::<$type>(
                stringify!($name),
                roots!(@entry $versioned $type),
                roots!(@private $private),
            ),
        )*];
        $(roots!(@impl $versioned $type, $name);)*
    };
    (@private [$($private:literal),* $(,)?]) => { &[$($private),*] };
    // An event's private fields, once: under `prefix` (each event of a log or program), after
    // the document's own `extra` fields.
    (@private (event_fields $prefix:literal, [$($extra:literal),* $(,)?])) => {
        &[
            $($extra,)*
            concat!($prefix, "/event/note"),
            concat!($prefix, "/event/clearance/note"),
            concat!($prefix, "/event/concern/note"),
            concat!($prefix, "/event/entry/note"),
            concat!($prefix, "/event/goal/activity"),
            concat!($prefix, "/event/goal/entries/*/note"),
            concat!($prefix, "/event/late_entry/reason"),
            concat!($prefix, "/event/outcome/clearances/*/note"),
            concat!($prefix, "/event/reason"),
            concat!($prefix, "/event/responses/*/causes/*/text"),
            concat!($prefix, "/event/goal/legacy_ids"),
            concat!($prefix, "/event/migration/protocol/legacy_ids"),
            concat!($prefix, "/event/clearance/legacy_ids"),
            concat!($prefix, "/event/outcome/legacy_ids"),
            concat!($prefix, "/event/outcome/clearances/*/legacy_ids"),
        ]
    };
    (@entry yes $type:ty) => { Some(VersionedEntry::of::<$type>()) };
    (@entry (v2 $($step:tt)*) $type:ty) => { Some(VersionedEntry::of::<$type>()) };
    (@entry no $type:ty) => { None };
    (@impl yes $type:ty, $name:ident) => {
        impl Versioned for $type {
            const DOCUMENT: &'static str = stringify!($name);
            const CURRENT: SchemaVersion = SchemaVersion::V1;
        }
    };
    (@impl (v2 ids) $type:ty, $name:ident) => {
        roots!(@impl (v2 crate::id::remap::ids_v1_to_v2::<$type>) $type, $name,
            const LAYOUT_SINCE: SchemaVersion = SchemaVersion::V1;);
    };
    (@impl (v2 ids $step:path) $type:ty, $name:ident) => {
        roots!(@impl (v2 (|document| crate::id::remap::ids_v1_to_v2::<$type>($step(document)?))) $type, $name);
    };
    (@impl (v2 $step:expr) $type:ty, $name:ident $(, $layout:item)?) => {
        impl Versioned for $type {
            const DOCUMENT: &'static str = stringify!($name);
            const CURRENT: SchemaVersion = SchemaVersion::V2;
            const OLDEST: SchemaVersion = SchemaVersion::V1;
            $($layout)?

            fn upgrade(
                from: SchemaVersion,
                document: Map<String, Value>,
            ) -> Result<Map<String, Value>, VersionError> {
                if from == SchemaVersion::V1 {
                    $step(document)
                } else {
                    Err(VersionError::Unsupported {
                        document: Self::DOCUMENT,
                        found: u64::from(from.number()),
                        supported: Supported::of::<Self>(),
                    })
                }
            }
        }
    };
    (@impl no $type:ty, $name:ident) => {};
}

roots! {
    // name                  type                  versioned  private fields
    (decimal,                Decimal,              no,  []),
    (measured_value,         MeasuredValue,        no,  []),
    (rating,                 Rating,               no,  []),
    (percentage,             Percentage,           no,  []),
    (patient_id,             PatientId,            no,  [""]),
    (clinician_id,           ClinicianId,          no,  []),
    (program_id,             ProgramId,            no,  []),
    (session_id,             SessionId,            no,  []),
    (note,                   Note,                 no,  [""]),
    (instrument_key,         InstrumentKey,        no,  []),
    (timepoint,              Timepoint,            no,  []),
    (measurement,            Measurement,          no,  []),
    (change,                 Change,               no,  []),
    (mcid,                   Mcid,                 no,  []),
    (reliability,            Reliability,          no,  []),
    (population,             Population,           no,  []),
    (responder_definition,   ResponderDefinition,  no,  []),
    (trajectory,             Trajectory,           no,  []),
    (cohort_summary,         CohortSummary,        no,  []),
    (trial_table,            TrialTable,           no,  []),
    (instrument_id,          InstrumentId,         no,  []),
    (response,               Response,             (v2 crate::instruments::migrate::upgrade_response_v1), ["/causes/*/text"]),
    (score,                  Score,                (v2 crate::instruments::migrate::upgrade_score_v1), []),
    (attribution_response,   AttributionResponse,  no,  ["/causes/*/text"]),
    (attribution_summary,    AttributionSummary,   no,  []),
    (exercise,               Exercise,             no,  []),
    (practice_log,           PracticeLog,          (v2 ids), ["/note", "/somatic_tracking/regions/*/note", "/legacy_ids"]),
    (session_plan,           SessionPlan,          (v2 ids), ["/legacy_ids"]),
    (session_record,         SessionRecord,        (v2 ids), [
        "/status/notes",
        "/status/exercises/*/note",
        "/status/exercises/*/somatic_tracking/regions/*/note",
        "/legacy_ids",
        "/status/exercises/*/legacy_ids",
    ]),
    (homework,               Homework,             (v2 ids), [
        "/completions/*/log/note",
        "/completions/*/log/somatic_tracking/regions/*/note",
        "/completions/*/log/legacy_ids",
        "/legacy_ids",
    ]),
    (intake_form,            IntakeForm,           yes, [
        "/pain/imaging/*/finding",
        "/pain/prior_treatments/*/note",
    ]),
    (screening_criteria,     ScreeningCriteria,    yes, []),
    (screening_outcome,      ScreeningOutcome,     (v2 ids), ["/clearances/*/note", "/clearances/*/legacy_ids", "/legacy_ids"]),
    (red_flag_clearance,     RedFlagClearance,     (v2 ids), ["/note", "/legacy_ids"]),
    (protocol,               Protocol,             (v2 ids crate::protocol::upgrade_protocol_v1), ["/legacy_ids"]),
    (event,                  Event,                no,  (event_fields "", [])),
    (event_log,              EventLog,             (v2 crate::program::log_v1_to_v2::<EventLog>), (event_fields "/events/*", ["/patient_id", "/legacy_ids", "/protocol/legacy_ids"])),
    (program,                Program,              (v2 crate::program::log_v1_to_v2::<Program>), (event_fields "/events/*", ["/patient_id", "/legacy_ids", "/protocol/legacy_ids"])),
    (program_report,         ProgramReport,        (v2 ids), ["/legacy_ids"]),
    (outcome_summary,        OutcomeSummary,       (v2 crate::program::upgrade_outcome_summary_v1), []),
    (treatment_goal,         TreatmentGoal,        (v2 ids crate::goals::upgrade_goal_v1), ["/activity", "/entries/*/note", "/legacy_ids"]),
    (concurrent_treatment,   ConcurrentTreatment,  yes, ["/label", "/dose_changes/*/note"]),
    (care_log,               CareLog,              yes, [
        "/treatments/*/label",
        "/treatments/*/dose_changes/*/note",
    ]),
    (resource,               Resource,             (v2 ids), ["/legacy_ids"]),
    (resource_assignment,    ResourceAssignment,   (v2 ids), ["/legacy_ids"]),
    (resource_plan,          ResourcePlan,         (v2 ids), ["/assignments/*/legacy_ids", "/legacy_ids"]),
    (redcap_mapping,         RedcapMapping,        (v2 crate::interop::redcap::upgrade_mapping_v1), []),
}
