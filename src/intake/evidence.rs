//! The neuroplastic (primary) pain evidence checklist (clinical reference §1.5): supporting evidence
//! only, never a gate or a diagnosis.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One item of the practitioner evidence checklist (§1.5 `[S17]` `[S18]` `[S19]` `[S20]`).
///
/// These are practitioner lists; their clinical validity is UNVERIFIED. The crate reports which
/// items a patient endorsed and never turns them into a diagnosis.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NeuroplasticItem {
    /// Began during or soon after a stressful period or event.
    OnsetStress,
    /// Began without an injury, or persisted well beyond normal tissue healing.
    NoInjury,
    /// Varies with time of day or context.
    Inconsistent,
    /// Appears after an activity rather than during it.
    Delayed,
    /// History of several unrelated symptoms or syndromes.
    ManySymptoms,
    /// Moves, spreads, switches sides, or involves a whole limb.
    MovesSpreads,
    /// Mirror-image on both sides.
    Symmetrical,
    /// Worse with stress or emotion; better when absorbed or distracted.
    StressTrigger,
    /// Triggered by weather, time, sounds, light, smells, screens, hormonal cycle, seating.
    NonBodyTriggers,
    /// Imagining the trigger brings the pain on.
    Anticipation,
    /// Childhood experiences of feeling chronically unsafe or pressured.
    ChildhoodAdversity,
    /// Perfectionism, conscientiousness, people-pleasing, self-criticism, anxious worry.
    Traits,
    /// Much time spent worrying about or researching the pain.
    Preoccupation,
}

impl NeuroplasticItem {
    /// All 13 items, in the reference's order.
    pub const ALL: [NeuroplasticItem; 13] = [
        NeuroplasticItem::OnsetStress,
        NeuroplasticItem::NoInjury,
        NeuroplasticItem::Inconsistent,
        NeuroplasticItem::Delayed,
        NeuroplasticItem::ManySymptoms,
        NeuroplasticItem::MovesSpreads,
        NeuroplasticItem::Symmetrical,
        NeuroplasticItem::StressTrigger,
        NeuroplasticItem::NonBodyTriggers,
        NeuroplasticItem::Anticipation,
        NeuroplasticItem::ChildhoodAdversity,
        NeuroplasticItem::Traits,
        NeuroplasticItem::Preoccupation,
    ];

    /// The reference's code, such as `ONSET_STRESS`.
    pub const fn code(self) -> &'static str {
        match self {
            NeuroplasticItem::OnsetStress => "ONSET_STRESS",
            NeuroplasticItem::NoInjury => "NO_INJURY",
            NeuroplasticItem::Inconsistent => "INCONSISTENT",
            NeuroplasticItem::Delayed => "DELAYED",
            NeuroplasticItem::ManySymptoms => "MANY_SYMPTOMS",
            NeuroplasticItem::MovesSpreads => "MOVES_SPREADS",
            NeuroplasticItem::Symmetrical => "SYMMETRICAL",
            NeuroplasticItem::StressTrigger => "STRESS_TRIGGER",
            NeuroplasticItem::NonBodyTriggers => "NON_BODY_TRIGGERS",
            NeuroplasticItem::Anticipation => "ANTICIPATION",
            NeuroplasticItem::ChildhoodAdversity => "CHILDHOOD_ADVERSITY",
            NeuroplasticItem::Traits => "TRAITS",
            NeuroplasticItem::Preoccupation => "PREOCCUPATION",
        }
    }
}

/// A yes / no / unsure answer to a checklist item.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ChecklistAnswer {
    /// The item applies.
    Yes,
    /// The item does not apply.
    No,
    /// The patient is not sure.
    Unsure,
}

/// What the checklist answers add up to: which items support a primary-pain picture.
///
/// Supporting evidence for the clinician and the patient's own "gathering evidence" work, never a
/// diagnosis or an eligibility gate: screening reports it beside the decision and never reads it.
/// The one published threshold ("≥2 yes answers → more likely neuroplastic", §1.5 `[S18]`) is not
/// validated; it appears here only when the criteria configure it as a display threshold.
///
/// ```
/// use std::collections::BTreeMap;
/// use pain_reprocessing::intake::{ChecklistAnswer, NeuroplasticItem, NeuroplasticSummary};
///
/// let answers = BTreeMap::from([
///     (NeuroplasticItem::OnsetStress, ChecklistAnswer::Yes),
///     (NeuroplasticItem::Delayed, ChecklistAnswer::Unsure),
///     (NeuroplasticItem::Symmetrical, ChecklistAnswer::No),
/// ]);
/// let summary = NeuroplasticSummary::of(&answers, Some(2));
/// assert_eq!(summary.supporting(), &[NeuroplasticItem::OnsetStress]);
/// assert_eq!((summary.answered(), summary.unsure()), (3, 1));
/// assert_eq!(summary.reaches_display_threshold(), Some(false));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all = "snake_case",
    try_from = "NeuroplasticSummaryWire"
)]
#[schemars(!try_from)]
pub struct NeuroplasticSummary {
    #[schemars(length(max = 13), extend("uniqueItems" = true))]
    supporting: Vec<NeuroplasticItem>,
    #[schemars(range(max = 13))]
    answered: u8,
    #[schemars(range(max = 13))]
    unsure: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 13))]
    display_threshold: Option<u8>,
}

/// The fields of a [`NeuroplasticSummary`] as read from JSON, before their counts are checked.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub(crate) struct NeuroplasticSummaryWire {
    supporting: Vec<NeuroplasticItem>,
    answered: u8,
    unsure: u8,
    #[serde(default)]
    display_threshold: Option<u8>,
}

impl TryFrom<NeuroplasticSummaryWire> for NeuroplasticSummary {
    type Error = super::IntakeError;

    fn try_from(
        fields: NeuroplasticSummaryWire,
    ) -> Result<NeuroplasticSummary, super::IntakeError> {
        let summary = NeuroplasticSummary {
            supporting: fields.supporting,
            answered: fields.answered,
            unsure: fields.unsure,
            display_threshold: fields.display_threshold,
        };
        if summary.is_consistent() {
            Ok(summary)
        } else {
            Err(super::IntakeError::EvidenceInconsistent)
        }
    }
}

impl NeuroplasticSummary {
    /// The summary of `answers`, with an optional display threshold of "yes" answers.
    pub fn of(
        answers: &BTreeMap<NeuroplasticItem, ChecklistAnswer>,
        display_threshold: Option<u8>,
    ) -> NeuroplasticSummary {
        let count = |wanted: ChecklistAnswer| {
            u8::try_from(answers.values().filter(|a| **a == wanted).count()).unwrap_or(u8::MAX)
        };
        NeuroplasticSummary {
            supporting: answers
                .iter()
                .filter(|(_, answer)| **answer == ChecklistAnswer::Yes)
                .map(|(item, _)| *item)
                .collect(),
            answered: u8::try_from(answers.len()).unwrap_or(u8::MAX),
            unsure: count(ChecklistAnswer::Unsure),
            display_threshold,
        }
    }

    /// Whether the counts agree: items unique and in order, `supporting + unsure ≤ answered ≤ 13`.
    pub(crate) fn is_consistent(&self) -> bool {
        let ordered = self.supporting.windows(2).all(|pair| match pair {
            [a, b] => a < b,
            _ => true,
        });
        ordered
            && self.answered <= 13
            && self.supporting.len() + usize::from(self.unsure) <= usize::from(self.answered)
            && self.display_threshold.is_none_or(|t| (1..=13).contains(&t))
    }

    /// The items answered yes, in checklist order.
    pub fn supporting(&self) -> &[NeuroplasticItem] {
        &self.supporting
    }

    /// How many items were answered at all (yes, no or unsure).
    pub const fn answered(&self) -> u8 {
        self.answered
    }

    /// How many items were answered unsure.
    pub const fn unsure(&self) -> u8 {
        self.unsure
    }

    /// The configured display threshold, if any.
    pub const fn display_threshold(&self) -> Option<u8> {
        self.display_threshold
    }

    /// Whether the count of supporting items reaches the display threshold; `None` when none is
    /// configured. Display data only: it never changes a screening decision.
    pub fn reaches_display_threshold(&self) -> Option<bool> {
        self.display_threshold
            .map(|threshold| self.supporting.len() >= usize::from(threshold))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_references() {
        assert_eq!(NeuroplasticItem::ALL.len(), 13);
        assert_eq!(
            NeuroplasticItem::NonBodyTriggers.code(),
            "NON_BODY_TRIGGERS"
        );
        for item in NeuroplasticItem::ALL {
            let json = serde_json::to_string(&item).unwrap();
            assert_eq!(json.trim_matches('"').to_uppercase(), item.code());
        }
    }

    fn summary(
        supporting: &[NeuroplasticItem],
        answered: u8,
        unsure: u8,
        threshold: Option<u8>,
    ) -> Result<NeuroplasticSummary, super::super::IntakeError> {
        NeuroplasticSummary::try_from(NeuroplasticSummaryWire {
            supporting: supporting.to_vec(),
            answered,
            unsure,
            display_threshold: threshold,
        })
    }

    #[test]
    fn summary_counts_are_checked_on_read() {
        use NeuroplasticItem::{NoInjury, OnsetStress, Traits};
        // supporting + unsure ≤ answered ≤ 13, with the edges allowed.
        assert!(summary(&[OnsetStress, NoInjury], 3, 1, None).is_ok());
        assert!(summary(&[OnsetStress, NoInjury], 4, 1, None).is_ok());
        assert!(summary(&[OnsetStress, NoInjury], 2, 1, None).is_err());
        assert!(summary(&[], 13, 13, None).is_ok());
        assert!(summary(&[], 14, 0, None).is_err());
        // Supporting items are distinct and in checklist order.
        assert!(summary(&[OnsetStress, NoInjury, Traits], 3, 0, None).is_ok());
        assert!(summary(&[NoInjury, OnsetStress], 2, 0, None).is_err());
        assert!(summary(&[OnsetStress, OnsetStress], 2, 0, None).is_err());
        assert!(summary(&[OnsetStress], 1, 0, None).is_ok());
        // The display threshold is 1-13 items.
        for (threshold, valid) in [(0, false), (1, true), (13, true), (14, false)] {
            assert_eq!(
                summary(&[], 0, 0, Some(threshold)).is_ok(),
                valid,
                "{threshold}"
            );
        }
        let read = summary(&[OnsetStress], 5, 2, Some(3)).unwrap();
        assert_eq!(
            (
                read.supporting(),
                read.answered(),
                read.unsure(),
                read.display_threshold()
            ),
            (&[OnsetStress][..], 5, 2, Some(3))
        );
        assert_eq!(read.reaches_display_threshold(), Some(false));
    }

    #[test]
    fn summary_counts_yes_answers_only() {
        // 2 yes, 1 no, 1 unsure: supporting 2, answered 4, unsure 1; threshold 2 reached.
        let answers = BTreeMap::from([
            (NeuroplasticItem::OnsetStress, ChecklistAnswer::Yes),
            (NeuroplasticItem::NoInjury, ChecklistAnswer::Yes),
            (NeuroplasticItem::Delayed, ChecklistAnswer::No),
            (NeuroplasticItem::Traits, ChecklistAnswer::Unsure),
        ]);
        let summary = NeuroplasticSummary::of(&answers, Some(2));
        assert_eq!(summary.supporting().len(), 2);
        assert_eq!(summary.answered(), 4);
        assert_eq!(summary.unsure(), 1);
        assert_eq!(summary.reaches_display_threshold(), Some(true));
        assert_eq!(
            NeuroplasticSummary::of(&answers, Some(3)).reaches_display_threshold(),
            Some(false)
        );
        assert_eq!(
            NeuroplasticSummary::of(&answers, None).reaches_display_threshold(),
            None
        );
        assert_eq!(
            NeuroplasticSummary::of(&BTreeMap::new(), None).answered(),
            0
        );
    }
}
