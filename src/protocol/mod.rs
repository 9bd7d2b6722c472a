//! Protocol templates: what a PRT program consists of, before any patient is enrolled in it.
//!
//! A [`Protocol`] is data: the planned sessions in order (physician evaluation first, then therapy),
//! the cadence the therapy sessions keep, the assessment schedule (baseline, post-treatment and
//! follow-ups, each with its instruments and a tolerance window) and the program rules. The
//! [`program`](crate::program) state machine reads it to decide what may happen next.
//!
//! ```
//! use pain_reprocessing::protocol::Protocol;
//!
//! let boulder = Protocol::boulder_back_pain_study();
//! assert_eq!(boulder.sessions().len(), 9); // 1 physician evaluation + 8 PRT sessions
//! assert_eq!(boulder.treatment_session_count(), 8);
//! assert_eq!(boulder.cadence().sessions_per_week(), 2);
//! assert_eq!(boulder.assessments().len(), 7); // baseline, post-treatment, +1, +2, +3, +6, +12 months
//! ```
//!
//! Build your own with [`Protocol::builder`]; every rule is checked once, in
//! [`ProtocolBuilder::build`], and when a protocol is read from JSON.

mod builder;
mod error;
mod form;
mod presets;

use std::collections::BTreeSet;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use self::builder::ProtocolBuilder;
pub use self::error::ProtocolError;
pub use self::form::AssessmentForm;
use crate::exercises::PrtComponent;
use crate::id::identifier;
use crate::instruments::InstrumentId;
use crate::outcomes::{InstrumentKey, Timepoint};
use crate::sessions::{Modality, SessionKind};
use crate::version::{Current, SchemaVersion, Versioned};

identifier! {
    /// Identifies a protocol across its versions (for example `boulder-prt`).
    ///
    /// ```
    /// use pain_reprocessing::protocol::ProtocolId;
    ///
    /// let id = ProtocolId::new("boulder-prt")?;
    /// assert_eq!(id.to_string(), "boulder-prt");
    /// # Ok::<(), pain_reprocessing::IdError>(())
    /// ```
    ProtocolId, "protocol id", redacted: false
}

/// One planned session of a protocol. Its number is its 1-based position in
/// [`Protocol::sessions`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct PlannedSession {
    kind: SessionKind,
    modality: Modality,
    #[schemars(range(min = 1, max = 240))]
    minutes: u16,
    focus: Vec<PrtComponent>,
}

impl PlannedSession {
    /// A session of `kind`, held by `modality`, planned for `minutes`, focused on `focus`.
    /// The length is checked when the protocol is built.
    pub fn new(
        kind: SessionKind,
        modality: Modality,
        minutes: u16,
        focus: impl IntoIterator<Item = PrtComponent>,
    ) -> PlannedSession {
        PlannedSession {
            kind,
            modality,
            minutes,
            focus: focus.into_iter().collect(),
        }
    }

    /// What kind of session it is.
    pub fn kind(&self) -> SessionKind {
        self.kind
    }

    /// How it is held.
    pub fn modality(&self) -> Modality {
        self.modality
    }

    /// Planned length in minutes (1-240).
    pub fn minutes(&self) -> u16 {
        self.minutes
    }

    /// The PRT components the session focuses on.
    pub fn focus(&self) -> &[PrtComponent] {
        &self.focus
    }

    /// Whether this is part of the evaluation phase (a physician evaluation and education session).
    pub fn is_evaluation(&self) -> bool {
        self.kind == SessionKind::PhysicianEvaluation
    }
}

/// How often treatment sessions are held and the window they must fit in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct Cadence {
    #[schemars(range(min = 1, max = 7))]
    sessions_per_week: u8,
    #[schemars(range(min = 1, max = 365))]
    window_days: u16,
}

impl Cadence {
    /// `sessions_per_week` sessions, all within `window_days` of the first treatment session.
    /// Checked when the protocol is built.
    pub const fn new(sessions_per_week: u8, window_days: u16) -> Cadence {
        Cadence {
            sessions_per_week,
            window_days,
        }
    }

    /// Target treatment sessions per week (1-7).
    pub const fn sessions_per_week(&self) -> u8 {
        self.sessions_per_week
    }

    /// Days from the first treatment session by which all must be done (1-365).
    pub const fn window_days(&self) -> u16 {
        self.window_days
    }

    /// Days after the first treatment session that session `k` (0-based among treatment sessions)
    /// is due at this cadence: `ceil(k × 7 / sessions_per_week)`.
    pub fn due_offset_days(&self, k: u16) -> u32 {
        let per_week = u32::from(self.sessions_per_week.max(1));
        (u32::from(k) * 7).div_ceil(per_week)
    }
}

/// When an assessment is taken, what it measures, and how far from its anchor it may be taken.
///
/// The anchor of each timepoint: enrollment for baseline, the end of treatment for post-treatment,
/// and the post-treatment assessment plus the offset in months for a follow-up (clinical reference
/// §1.6 `[S4]`). The window opens `days_before` the anchor and closes `days_after` it; these
/// tolerances are a design choice of each protocol, not trial facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct AssessmentSpec {
    timepoint: Timepoint,
    /// The instruments given, at least one, none twice.
    #[schemars(length(min = 1), extend("uniqueItems" = true))]
    instruments: Vec<InstrumentId>,
    #[schemars(range(max = 365))]
    days_before: u16,
    #[schemars(range(max = 365))]
    days_after: u16,
}

impl AssessmentSpec {
    /// An assessment at `timepoint` of `instruments`, allowed from `days_before` its anchor to
    /// `days_after` it. Checked when the protocol is built.
    pub fn new(
        timepoint: Timepoint,
        instruments: impl IntoIterator<Item = InstrumentId>,
        days_before: u16,
        days_after: u16,
    ) -> AssessmentSpec {
        AssessmentSpec {
            timepoint,
            instruments: instruments.into_iter().collect(),
            days_before,
            days_after,
        }
    }

    /// The timepoint.
    pub fn timepoint(&self) -> Timepoint {
        self.timepoint
    }

    /// The instruments to administer, each once.
    pub fn instruments(&self) -> &[InstrumentId] {
        &self.instruments
    }

    /// Days before the anchor the window opens.
    pub fn days_before(&self) -> u16 {
        self.days_before
    }

    /// Days after the anchor the window closes.
    pub fn days_after(&self) -> u16 {
        self.days_after
    }
}

/// Rules the program applies while running this protocol.
///
/// A safety flag on any recorded score (PHQ-9 item 9 above 0 or unanswered) and a newly reported
/// red flag always put the program on a safety hold; that is not configurable (clinical reference
/// §2.2 `[S35]` `[S36]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct ProgramRules {
    #[schemars(range(min = 1))]
    missed_sessions_before_review: u8,
}

impl ProgramRules {
    /// A clinician review is due once `missed_sessions_before_review` sessions have been missed.
    /// Checked when the protocol is built (1-255).
    pub const fn new(missed_sessions_before_review: u8) -> ProgramRules {
        ProgramRules {
            missed_sessions_before_review,
        }
    }

    /// Missed sessions (no-shows) that make a clinician review due.
    pub const fn missed_sessions_before_review(&self) -> u8 {
        self.missed_sessions_before_review
    }
}

impl Default for ProgramRules {
    /// A review after 2 missed sessions: a design default, not a trial rule.
    fn default() -> ProgramRules {
        ProgramRules::new(2)
    }
}

/// A validated PRT protocol template. See the [module docs](self).
///
/// Read from JSON, a protocol also meets rules across fields that its schema does not state:
/// physician evaluation sessions come before every treatment session; the treatment sessions fit
/// the treatment window at the cadence (sessions at the weekly cadence need no more days than the
/// window); each timepoint is assessed at most once, in increasing order (baseline, post-treatment,
/// then follow-ups by month). The schema states that there is a treatment session and a baseline
/// and a post-treatment assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(
    try_from = "ProtocolWire",
    deny_unknown_fields,
    rename_all = "snake_case"
)]
#[schemars(!try_from)]
pub struct Protocol {
    #[schemars(with = "u16", range(min = 2, max = 2))]
    schema_version: Current<Protocol>,
    id: ProtocolId,
    #[schemars(range(min = 1))]
    version: u32,
    #[schemars(
        length(min = 1, max = 200),
        extend("contains" = {
            "properties": {"kind": {"not": {"const": "physician_evaluation"}}},
            "required": ["kind"]
        })
    )]
    sessions: Vec<PlannedSession>,
    cadence: Cadence,
    #[schemars(
        length(min = 2),
        extend("allOf" = [
            {"contains": {
                "properties": {"timepoint": {"properties": {"kind": {"const": "baseline"}}, "required": ["kind"]}},
                "required": ["timepoint"]
            }},
            {"contains": {
                "properties": {"timepoint": {"properties": {"kind": {"const": "post_treatment"}}, "required": ["kind"]}},
                "required": ["timepoint"]
            }}
        ])
    )]
    assessments: Vec<AssessmentSpec>,
    rules: ProgramRules,
    /// The primary outcome: an instrument of the post-treatment assessment, or an item or subscale
    /// of one (Boulder: `bpi_sf.item.bpi_5_average`). Absent in documents written before it existed,
    /// which read unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    primary_outcome: Option<InstrumentKey>,
}

/// The unchecked shape of a [`Protocol`] as read from JSON.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
struct ProtocolWire {
    schema_version: Current<Protocol>,
    id: ProtocolId,
    version: u32,
    sessions: Vec<PlannedSession>,
    cadence: Cadence,
    assessments: Vec<AssessmentSpec>,
    rules: ProgramRules,
    #[serde(default)]
    primary_outcome: Option<InstrumentKey>,
}

impl TryFrom<ProtocolWire> for Protocol {
    type Error = ProtocolError;

    fn try_from(data: ProtocolWire) -> Result<Protocol, ProtocolError> {
        let protocol = Protocol {
            schema_version: data.schema_version,
            id: data.id,
            version: data.version,
            sessions: data.sessions,
            cadence: data.cadence,
            assessments: data.assessments,
            rules: data.rules,
            primary_outcome: data.primary_outcome,
        };
        protocol.validate()?;
        Ok(protocol)
    }
}

/// The most sessions a protocol may plan.
const MAX_SESSIONS: u16 = 200;

impl Protocol {
    /// Starts building protocol `id` at `version`. See [`ProtocolBuilder`].
    pub fn builder(id: ProtocolId, version: u32) -> ProtocolBuilder {
        ProtocolBuilder::new(id, version)
    }

    /// The protocol's identifier, shared by all its versions.
    pub fn id(&self) -> &ProtocolId {
        &self.id
    }

    /// The protocol version (1 or more).
    pub fn version(&self) -> u32 {
        self.version
    }

    /// The document format version.
    pub fn schema_version(&self) -> SchemaVersion {
        <Protocol as Versioned>::CURRENT
    }

    /// All planned sessions in order; session number `n` is `sessions()[n - 1]`.
    pub fn sessions(&self) -> &[PlannedSession] {
        &self.sessions
    }

    /// Session number `number` (1-based), if the protocol has it.
    pub fn session(&self, number: u16) -> Option<&PlannedSession> {
        self.sessions.get(usize::from(number).checked_sub(1)?)
    }

    /// How many leading sessions are physician evaluations.
    pub fn evaluation_session_count(&self) -> u16 {
        let count = self
            .sessions
            .iter()
            .take_while(|s| s.is_evaluation())
            .count();
        u16::try_from(count).unwrap_or(MAX_SESSIONS)
    }

    /// How many treatment sessions follow the evaluation.
    pub fn treatment_session_count(&self) -> u16 {
        let total = u16::try_from(self.sessions.len()).unwrap_or(MAX_SESSIONS);
        total - self.evaluation_session_count()
    }

    /// The treatment cadence.
    pub fn cadence(&self) -> Cadence {
        self.cadence
    }

    /// The assessment schedule in clinical order.
    pub fn assessments(&self) -> &[AssessmentSpec] {
        &self.assessments
    }

    /// The assessment at `timepoint`, if scheduled.
    pub fn assessment(&self, timepoint: Timepoint) -> Option<&AssessmentSpec> {
        self.assessments.iter().find(|a| a.timepoint == timepoint)
    }

    /// The first follow-up after `timepoint`, in schedule order (`None` after the last one).
    pub fn follow_up_after(&self, timepoint: Timepoint) -> Option<Timepoint> {
        self.assessments
            .iter()
            .map(AssessmentSpec::timepoint)
            .find(|t| matches!(t, Timepoint::FollowUp { .. }) && *t > timepoint)
    }

    /// The program rules.
    pub fn rules(&self) -> ProgramRules {
        self.rules
    }

    /// The primary outcome, when the protocol names one: the key of an instrument assessed after
    /// treatment, or of one of its items or subscales (see
    /// [`InstrumentKey::item`](crate::outcomes::InstrumentKey::item)).
    pub fn primary_outcome(&self) -> Option<&InstrumentKey> {
        self.primary_outcome.as_ref()
    }

    fn validate(&self) -> Result<(), ProtocolError> {
        if self.version == 0 {
            return Err(ProtocolError::ZeroVersion);
        }
        self.validate_sessions()?;
        self.validate_assessments()?;
        if self.rules.missed_sessions_before_review == 0 {
            return Err(ProtocolError::MissedSessionsLimit);
        }
        if let Some(outcome) = &self.primary_outcome {
            let assessed = outcome
                .instrument()
                .parse::<InstrumentId>()
                .ok()
                .zip(self.assessment(Timepoint::PostTreatment))
                .is_some_and(|(id, post)| post.instruments.contains(&id));
            if !assessed || crate::outcomes::catalog_range(outcome).is_none() {
                return Err(ProtocolError::PrimaryOutcomeNotAssessed {
                    outcome: outcome.to_string(),
                });
            }
        }
        Ok(())
    }

    fn validate_sessions(&self) -> Result<(), ProtocolError> {
        if self.sessions.is_empty() {
            return Err(ProtocolError::NoSessions);
        }
        if self.sessions.len() > usize::from(MAX_SESSIONS) {
            return Err(ProtocolError::TooManySessions {
                count: self.sessions.len(),
                max: MAX_SESSIONS,
            });
        }
        let mut treatment_began = false;
        for (number, session) in (1..=MAX_SESSIONS).zip(&self.sessions) {
            if !(1..=240).contains(&session.minutes) {
                return Err(ProtocolError::SessionLength {
                    number,
                    minutes: session.minutes,
                });
            }
            if session.is_evaluation() && treatment_began {
                return Err(ProtocolError::EvaluationAfterTreatment { number });
            }
            treatment_began |= !session.is_evaluation();
        }
        let treatment = self.treatment_session_count();
        if treatment == 0 {
            return Err(ProtocolError::NoTreatmentSessions);
        }
        let Cadence {
            sessions_per_week: per_week,
            window_days,
        } = self.cadence;
        if !(1..=7).contains(&per_week) {
            return Err(ProtocolError::SessionsPerWeek { per_week });
        }
        if !(1..=365).contains(&window_days) {
            return Err(ProtocolError::WindowDays { days: window_days });
        }
        // The last session is due `ceil((n - 1) × 7 / per_week)` days after the first; it must be
        // inside the window.
        let needed_days = self.cadence.due_offset_days(treatment - 1);
        if needed_days > u32::from(window_days) {
            return Err(ProtocolError::CadenceDoesNotFit {
                sessions: treatment,
                per_week,
                needed_days,
                window_days,
            });
        }
        Ok(())
    }

    fn validate_assessments(&self) -> Result<(), ProtocolError> {
        let mut previous: Option<Timepoint> = None;
        for spec in &self.assessments {
            let timepoint = spec.timepoint;
            if let Timepoint::FollowUp { months } = timepoint
                && !(1..=120).contains(&months)
            {
                return Err(ProtocolError::FollowUpOffset { months });
            }
            if let Some(previous) = previous {
                if previous == timepoint {
                    return Err(ProtocolError::DuplicateTimepoint { timepoint });
                }
                if previous > timepoint {
                    return Err(ProtocolError::TimepointsNotIncreasing {
                        previous,
                        next: timepoint,
                    });
                }
            }
            if spec.instruments.is_empty() {
                return Err(ProtocolError::NoInstruments { timepoint });
            }
            let mut seen = BTreeSet::new();
            for &instrument in &spec.instruments {
                if !seen.insert(instrument) {
                    return Err(ProtocolError::DuplicateInstrument {
                        timepoint,
                        instrument,
                    });
                }
            }
            for days in [spec.days_before, spec.days_after] {
                if days > 365 {
                    return Err(ProtocolError::AssessmentWindow { timepoint, days });
                }
            }
            previous = Some(timepoint);
        }
        for required in [Timepoint::Baseline, Timepoint::PostTreatment] {
            if self.assessment(required).is_none() {
                return Err(ProtocolError::MissingTimepoint {
                    timepoint: required,
                });
            }
        }
        Ok(())
    }
}

impl fmt::Display for Protocol {
    /// `id v<version>`, for example `boulder-prt v1`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} v{}", self.id, self.version)
    }
}

#[cfg(test)]
mod tests;

/// Protocol format 1 to 2: renames the instrument ids of every assessment (the Boulder PROMIS
/// sleep and depression sets, see `instruments::migrate`). Also the step for a protocol embedded
/// in an event log or program (which then sets its `schema_version`).
///
/// # Errors
///
/// None today; the signature is that of every migration step.
pub(crate) fn upgrade_protocol_v1(
    mut protocol: serde_json::Map<String, serde_json::Value>,
) -> Result<serde_json::Map<String, serde_json::Value>, crate::versioning::VersionError> {
    if let Some(serde_json::Value::Array(assessments)) = protocol.get_mut("assessments") {
        for assessment in assessments
            .iter_mut()
            .filter_map(serde_json::Value::as_object_mut)
        {
            crate::instruments::migrate::upgrade_instrument_list_v1(assessment, "instruments");
        }
    }
    Ok(protocol)
}
