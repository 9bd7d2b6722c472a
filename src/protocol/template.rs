//! [`Protocol`]: the validated template, read from JSON through the same checks as the builder.

use std::collections::BTreeSet;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{
    AssessmentSpec, Cadence, PlannedSession, ProgramRules, ProtocolBuilder, ProtocolError,
    ProtocolId,
};
use crate::instruments::InstrumentId;
use crate::outcomes::{InstrumentKey, Timepoint};
use crate::version::{Current, SchemaVersion, Versioned};

/// A validated PRT protocol template. See the [module docs](super).
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
// The published schema's description, as written when this type lived in `protocol/mod.rs` (where
// the link read `(self)`): the schemas must not change with the move.
#[schemars(
    !try_from,
    description = "A validated PRT protocol template. See the [module docs](self).\n\nRead from JSON, a protocol also meets rules across fields that its schema does not state:\nphysician evaluation sessions come before every treatment session; the treatment sessions fit\nthe treatment window at the cadence (sessions at the weekly cadence need no more days than the\nwindow); each timepoint is assessed at most once, in increasing order (baseline, post-treatment,\nthen follow-ups by month). The schema states that there is a treatment session and a baseline\nand a post-treatment assessment."
)]
pub struct Protocol {
    #[schemars(with = "u16", range(min = 2, max = 2))]
    pub(super) schema_version: Current<Protocol>,
    pub(super) id: ProtocolId,
    #[schemars(range(min = 1))]
    pub(super) version: u32,
    #[schemars(
        length(min = 1, max = 200),
        extend("contains" = {
            "properties": {"kind": {"not": {"const": "physician_evaluation"}}},
            "required": ["kind"]
        })
    )]
    pub(super) sessions: Vec<PlannedSession>,
    pub(super) cadence: Cadence,
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
    pub(super) assessments: Vec<AssessmentSpec>,
    pub(super) rules: ProgramRules,
    /// The primary outcome: an instrument of the post-treatment assessment, or an item or subscale
    /// of one (Boulder: `bpi_sf.item.bpi_5_average`). Absent in documents written before it existed,
    /// which read unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) primary_outcome: Option<InstrumentKey>,
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// (absent when none was): mapped id -> text as stored before the alphabet.
    #[serde(default, skip_serializing_if = "crate::id::LegacyIds::is_empty")]
    pub(super) legacy_ids: crate::id::LegacyIds,
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
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// (absent when none was): mapped id -> text as stored before the alphabet.
    #[serde(default, skip_serializing_if = "crate::id::LegacyIds::is_empty")]
    legacy_ids: crate::id::LegacyIds,
}

impl TryFrom<ProtocolWire> for Protocol {
    type Error = ProtocolError;

    fn try_from(data: ProtocolWire) -> Result<Protocol, ProtocolError> {
        let protocol = Protocol {
            legacy_ids: data.legacy_ids,
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
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// ([`LegacyIds`](crate::id::LegacyIds)); empty for a document whose ids always were in it.
    pub fn legacy_ids(&self) -> &crate::id::LegacyIds {
        &self.legacy_ids
    }

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

    pub(super) fn validate(&self) -> Result<(), ProtocolError> {
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
