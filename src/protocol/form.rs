//! [`AssessmentForm`]: the blank form an app fills for one instrument of an assessment.

use crate::instruments::{InstrumentDefinition, InstrumentId};
use crate::outcomes::Timepoint;

use super::Protocol;

/// The blank form for one instrument of an assessment: what a [`Response`](crate::instruments::Response)
/// to it must hold (item count, answer range, and for the pain NRS a recall period). Build the
/// response with [`Response::new`](crate::instruments::Response::new) (or
/// [`Response::nrs`](crate::instruments::Response::nrs)); answers outside the form are refused
/// with the instrument, item and allowed range.
///
/// ```
/// use pain_reprocessing::instruments::{InstrumentId, Response};
/// use pain_reprocessing::outcomes::Timepoint;
/// use pain_reprocessing::protocol::Protocol;
///
/// let protocol = Protocol::general_clinical();
/// let forms = protocol.forms_for(Timepoint::Baseline);
/// let phq9 = forms.iter().find(|f| f.instrument() == InstrumentId::Phq9).unwrap();
/// assert_eq!((phq9.item_count(), phq9.answer_min(), phq9.answer_max()), (9, 0, 3));
/// let err = Response::new(InstrumentId::Phq9, &[Some(4); 9]).unwrap_err();
/// assert_eq!(err.to_string(), "PHQ-9 item 1 is 4; answers range 0-3");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AssessmentForm {
    timepoint: Option<Timepoint>,
    instrument: InstrumentId,
}

impl AssessmentForm {
    /// The form of `instrument` for an unscheduled assessment (for example a between-session
    /// PHQ-9 check-in on a protocol whose battery has no PHQ-9).
    pub fn unscheduled(instrument: InstrumentId) -> AssessmentForm {
        AssessmentForm {
            timepoint: None,
            instrument,
        }
    }

    /// The assessment the form belongs to; `None` for an unscheduled one.
    pub fn timepoint(&self) -> Option<Timepoint> {
        self.timepoint
    }

    /// The instrument to administer.
    pub fn instrument(&self) -> InstrumentId {
        self.instrument
    }

    /// The instrument's definition (items, anchors, recall, scoring).
    pub fn definition(&self) -> &'static InstrumentDefinition {
        self.instrument.definition()
    }

    /// How many answers the response holds, in item order.
    pub fn item_count(&self) -> usize {
        self.definition().item_count()
    }

    /// The lowest answer of every item.
    pub fn answer_min(&self) -> u8 {
        self.definition().answer_min()
    }

    /// The highest answer of every item.
    pub fn answer_max(&self) -> u8 {
        self.definition().answer_max()
    }

    /// Whether the response carries a recall period (the pain NRS, §3.1).
    pub fn needs_recall(&self) -> bool {
        self.instrument == InstrumentId::Nrs
    }

    /// The safety item, if the instrument has one (PHQ-9 item 9): an app must ask it; left
    /// unanswered it still raises a safety hold.
    pub fn safety_item(&self) -> Option<u8> {
        self.definition().safety_item()
    }

    /// A blank answer list of the right length (every item unanswered).
    pub fn blank(&self) -> Vec<Option<u8>> {
        vec![None; self.item_count()]
    }
}

impl Protocol {
    /// The blank forms of the assessment at `timepoint`, one per instrument the protocol lists, in
    /// its order; empty when the protocol has no assessment there.
    pub fn forms_for(&self, timepoint: Timepoint) -> Vec<AssessmentForm> {
        self.assessment(timepoint)
            .map(|spec| {
                spec.instruments()
                    .iter()
                    .map(|&instrument| AssessmentForm {
                        timepoint: Some(timepoint),
                        instrument,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}
