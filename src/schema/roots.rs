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
    ResponderDefinition, Timepoint, Trajectory,
};
use crate::program::{Event, EventLog, OutcomeSummary, Program, ProgramReport};
use crate::protocol::Protocol;
use crate::resources::{Resource, ResourceAssignment, ResourcePlan};
use crate::sessions::{Homework, SessionPlan, SessionRecord};
use crate::versioning::{SchemaVersion, Versioned};
use crate::{ClinicianId, Decimal, Note, PatientId, Percentage, ProgramId, Rating, SessionId};

/// The document registry: every root type, once. Each row is
/// `(name, Type, versioned, [private fields])`:
///
/// - `name`: the stable snake_case catalog name, the file stem in `docs/schemas` and the folder of
///   its fixtures in `docs/schemas/fixtures/<name>/{valid,invalid}`;
/// - `versioned`: `yes` for a stored document that carries a `schema_version` (the row then
///   implements [`Versioned`] at [`SchemaVersion::V1`], so
///   [`versioning::read`](crate::versioning::read) reads it); `custom` for one whose layout has
///   changed, with a hand-written [`Versioned`] impl and its migration steps; `no` for a value
///   that is only ever part of a document;
/// - `private fields`: the JSON pointers of its [`PatientId`] and [`Note`] fields
///   ([`SchemaEntry::private_fields`](super::SchemaEntry::private_fields)).
///
/// The catalog, every [`Versioned`] impl and every test that walks documents (schemas, fixtures,
/// versioning, privacy, robustness) come from this table, so adding a root type is one row here
/// plus its fixtures. A test checks `versioned` against the schema's `schema_version` property, and
/// the private fields against the schema's `PatientId` and `Note` fields.
macro_rules! roots {
    ($(($name:ident, $type:ty, $versioned:ident, [$($private:literal),* $(,)?])),* $(,)?) => {
        pub(super) const CATALOG: &[SchemaEntry] = &[$(
            SchemaEntry::of::<$type>(
                stringify!($name),
                roots!(@entry $versioned $type),
                &[$($private),*],
            ),
        )*];
        $(roots!(@impl $versioned $type, $name);)*
    };
    (@entry yes $type:ty) => { Some(VersionedEntry::of::<$type>()) };
    (@entry custom $type:ty) => { Some(VersionedEntry::of::<$type>()) };
    (@entry no $type:ty) => { None };
    (@impl yes $type:ty, $name:ident) => {
        impl Versioned for $type {
            const DOCUMENT: &'static str = stringify!($name);
            const CURRENT: SchemaVersion = SchemaVersion::V1;
        }
    };
    (@impl custom $type:ty, $name:ident) => {};
    (@impl no $type:ty, $name:ident) => {};
}

roots! {
    // name                  type                  versioned  private fields
    (decimal,                Decimal,              no,  []),
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
    (instrument_id,          InstrumentId,         no,  []),
    (response,               Response,             custom, []),
    (score,                  Score,                custom, []),
    (attribution_response,   AttributionResponse,  no,  ["/causes/*/text"]),
    (attribution_summary,    AttributionSummary,   no,  []),
    (exercise,               Exercise,             no,  []),
    (practice_log,           PracticeLog,          yes, ["/note", "/somatic_tracking/regions/*/note"]),
    (session_plan,           SessionPlan,          yes, []),
    (session_record,         SessionRecord,        yes, [
        "/status/notes",
        "/status/exercises/*/note",
        "/status/exercises/*/somatic_tracking/regions/*/note",
    ]),
    (homework,               Homework,             yes, [
        "/completions/*/log/note",
        "/completions/*/log/somatic_tracking/regions/*/note",
    ]),
    (intake_form,            IntakeForm,           yes, [
        "/pain/imaging/*/finding",
        "/pain/prior_treatments/*/note",
    ]),
    (screening_criteria,     ScreeningCriteria,    yes, []),
    (screening_outcome,      ScreeningOutcome,     yes, ["/clearances/*/note"]),
    (red_flag_clearance,     RedFlagClearance,     yes, ["/note"]),
    (protocol,               Protocol,             custom, []),
    (event,                  Event,                no,  [
        "/event/note",
        "/event/clearance/note",
        "/event/concern/note",
        "/event/entry/note",
        "/event/goal/activity",
        "/event/goal/entries/*/note",
        "/event/late_entry/reason",
        "/event/outcome/clearances/*/note",
        "/event/reason",
    ]),
    (event_log,              EventLog,             custom, [
        "/patient_id",
        "/events/*/event/note",
        "/events/*/event/clearance/note",
        "/events/*/event/concern/note",
        "/events/*/event/entry/note",
        "/events/*/event/goal/activity",
        "/events/*/event/goal/entries/*/note",
        "/events/*/event/late_entry/reason",
        "/events/*/event/outcome/clearances/*/note",
        "/events/*/event/reason",
    ]),
    (program,                Program,              custom, [
        "/patient_id",
        "/events/*/event/note",
        "/events/*/event/clearance/note",
        "/events/*/event/concern/note",
        "/events/*/event/entry/note",
        "/events/*/event/goal/activity",
        "/events/*/event/goal/entries/*/note",
        "/events/*/event/late_entry/reason",
        "/events/*/event/outcome/clearances/*/note",
        "/events/*/event/reason",
    ]),
    (program_report,         ProgramReport,        yes, []),
    (outcome_summary,        OutcomeSummary,       custom, []),
    (treatment_goal,         TreatmentGoal,        custom, ["/activity", "/entries/*/note"]),
    (concurrent_treatment,   ConcurrentTreatment,  yes, ["/label", "/dose_changes/*/note"]),
    (care_log,               CareLog,              yes, [
        "/treatments/*/label",
        "/treatments/*/dose_changes/*/note",
    ]),
    (resource,               Resource,             yes, []),
    (resource_assignment,    ResourceAssignment,   yes, []),
    (resource_plan,          ResourcePlan,         yes, []),
    (redcap_mapping,         RedcapMapping,        custom, []),
}
