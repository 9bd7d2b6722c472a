//! [`SafetyConcern`]: the reasons for a safety hold, and the concerns recorded answers and
//! scores raise.

use crate::Note;
use crate::instruments::{InstrumentId, Response, SafetyFlag, Score};
use crate::intake::RedFlag;
use crate::outcomes::Timepoint;
use crate::tagged::tagged_enum;

tagged_enum! {
/// A reason for a safety hold.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SafetyConcern {
    tag = "concern", wire = SafetyConcernWire;
    /// Screening found suicide risk (crisis pathway): immediate clinician review (§2.2 `[S35]`).
    CrisisAtScreening = "crisis_at_screening",
    /// A recorded score carried a safety flag (PHQ-9 item 9 above 0, or item 9 unanswered).
    ScoreFlag = "score_flag" {
        /// The assessment the score was recorded at.
        timepoint: Timepoint,
        /// The score, flags included.
        score: Score,
    },
    /// A new red flag was reported after enrollment (§2.1).
    NewRedFlag = "new_red_flag" {
        /// Which red flag.
        flag: RedFlag,
    },
    /// Any other concern a clinician or patient raised.
    Other = "other" {
        /// What was seen (patient data: redacted in `Debug`).
        note: Option<Note>,
    },
    /// A recorded response raised a safety flag (PHQ-9 item 9 above 0, or item 9 unanswered),
    /// whether or not the response could be scored.
    ResponseFlag = "response_flag" {
        /// The assessment it was recorded at; absent for an unscheduled assessment.
        timepoint: Option<Timepoint>,
        /// The instrument.
        instrument: InstrumentId,
        /// The flag the answers raise.
        flag: SafetyFlag,
    },
    /// A stored score (read from a format-1 log, which kept scores without answers) whose total
    /// proves the safety item was answered above 0 although it carries no flag: a PHQ-9 total of
    /// 25-27 needs item 9 above 0, as the other eight items reach at most 24 (§2.2 `[S35]`).
    UnflaggedScore = "unflagged_score" {
        /// The assessment the score was recorded at.
        timepoint: Timepoint,
        /// The score as stored.
        score: Score,
    },
}
}

/// Plain words for a clinician: `crisis at screening`, `phq9 at baseline: suicidal ideation (item
/// 9 answered 2)`.
impl std::fmt::Display for SafetyConcern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SafetyConcern::CrisisAtScreening => f.write_str("crisis at screening"),
            SafetyConcern::ScoreFlag { timepoint, score } => {
                let flags: Vec<String> = score
                    .safety_flags()
                    .iter()
                    .map(ToString::to_string)
                    .collect();
                write!(
                    f,
                    "{} at {timepoint}: {}",
                    score.instrument(),
                    flags.join(", ")
                )
            }
            SafetyConcern::NewRedFlag { flag } => write!(f, "new red flag {flag:?}"),
            SafetyConcern::Other { .. } => f.write_str("a concern raised (see its note)"),
            SafetyConcern::ResponseFlag {
                timepoint,
                instrument,
                flag,
            } => match timepoint {
                Some(timepoint) => write!(f, "{instrument} at {timepoint}: {flag}"),
                None => write!(f, "{instrument} unscheduled: {flag}"),
            },
            SafetyConcern::UnflaggedScore { timepoint, score } => write!(
                f,
                "{} at {timepoint}: a total of {} proves item 9 above 0 but the stored score has no flag",
                score.instrument(),
                score
                    .total()
                    .map(|total| total.to_string())
                    .unwrap_or_default()
            ),
        }
    }
}

impl SafetyConcern {
    pub(in crate::program) fn describe(&self) -> String {
        self.to_string()
    }
}

/// The concerns the safety flags of `responses` raise.
pub(in crate::program) fn response_signals(
    timepoint: Option<Timepoint>,
    responses: &[Response],
) -> impl Iterator<Item = SafetyConcern> + '_ {
    responses.iter().flat_map(move |response| {
        let instrument = response.instrument();
        let flags = response.safety_flags();
        let flags = flags.as_slice();
        // At most two flags per response, taken by value: no allocation.
        [flags.first().copied(), flags.get(1).copied()]
            .into_iter()
            .flatten()
            .map(move |flag| SafetyConcern::ResponseFlag {
                timepoint,
                instrument,
                flag,
            })
    })
}

/// The concerns stored scores raise: their own flags, and a flag their total proves but they lack.
pub(in crate::program) fn score_signals(
    timepoint: Timepoint,
    scores: &[Score],
) -> impl Iterator<Item = SafetyConcern> + '_ {
    scores.iter().filter_map(move |score| {
        if score.has_safety_flag() {
            Some(SafetyConcern::ScoreFlag {
                timepoint,
                score: *score,
            })
        } else if crate::instruments::unflagged_safety_total(score).is_some() {
            Some(SafetyConcern::UnflaggedScore {
                timepoint,
                score: *score,
            })
        } else {
            None
        }
    })
}
