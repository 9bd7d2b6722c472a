//! The attempts the model test makes: what a step tries, and the strategies that generate them.

use pain_reprocessing::instruments::SafetyFlag;
use pain_reprocessing::outcomes::Timepoint;
use proptest::prelude::*;

#[derive(Debug, Clone, Copy)]
pub(super) enum Scores {
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
    pub(super) fn item9(self) -> Option<Option<u8>> {
        match self {
            Scores::Flagged | Scores::FlaggedMissingOne => Some(Some(2)),
            Scores::Item9Unanswered => Some(None),
            _ => None,
        }
    }

    pub(super) fn flag(self) -> Option<SafetyFlag> {
        match self.item9() {
            Some(Some(answer)) => Some(SafetyFlag::SuicidalIdeation { answer }),
            Some(None) => Some(SafetyFlag::SafetyItemUnanswered { item: 9 }),
            None => None,
        }
    }
}

#[derive(Debug, Clone)]
pub(super) enum Attempt {
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

pub(super) fn attempt() -> impl Strategy<Value = Attempt> {
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
pub(super) enum Step {
    Next,
    Random(Attempt),
}

/// (step, actor is clinician, minutes since the previous attempt, may be negative)
pub(super) fn steps() -> impl Strategy<Value = Vec<(Step, bool, i64)>> {
    let step = prop_oneof![3 => Just(Step::Next), 2 => attempt().prop_map(Step::Random)];
    proptest::collection::vec((step, prop::bool::weighted(0.9), -30_i64..3000), 1..120)
}

pub(super) const TIMEPOINTS: [Timepoint; 8] = [
    Timepoint::Baseline,
    Timepoint::PostTreatment,
    Timepoint::FollowUp { months: 1 },
    Timepoint::FollowUp { months: 2 },
    Timepoint::FollowUp { months: 3 },
    Timepoint::FollowUp { months: 6 },
    Timepoint::FollowUp { months: 12 },
    Timepoint::FollowUp { months: 4 }, // not in the protocol
];
