//! The fixtures of the model test: the only place that knows how scores and outcomes are made.

use pain_reprocessing::instruments::{InstrumentId, Response};
use pain_reprocessing::intake::{ScreeningDecision, ScreeningOutcome};
use pain_reprocessing::outcomes::Timepoint;
use pain_reprocessing::program::EventKind;
use pain_reprocessing::protocol::{Cadence, Protocol, ProtocolId};
use pain_reprocessing::sessions::Modality;

/// A response to `instrument` at the bottom of its scale; for the PHQ-9, item 9 as `item9`
/// (`Some(2)`: the suicidal-ideation flag; `None`: unanswered, no score and a flag).
pub(super) fn response(instrument: InstrumentId, item9: Option<Option<u8>>) -> Response {
    let definition = instrument.definition();
    let mut answers = vec![Some(definition.answer_min()); definition.item_count()];
    if let Some(item9) = item9 {
        assert_eq!(instrument, InstrumentId::Phq9);
        answers[8] = item9;
    }
    Response::new(instrument, &answers).unwrap()
}

/// The one builder of scheduled assessment events in this module.
pub(super) fn assessment(timepoint: Timepoint, responses: Vec<Response>) -> EventKind {
    EventKind::AssessmentRecorded {
        timepoint,
        responses,
        late_entry: None,
    }
}

/// The Boulder shape (1 evaluation + 8 sessions twice weekly, follow-ups at +1, 2, 3, 6 and 12
/// months) measured with PHQ-9 first, so that a flagged score can occur at any assessment.
pub(super) fn protocol() -> Protocol {
    let battery = [InstrumentId::Phq9, InstrumentId::Peg3];
    let mut builder = Protocol::builder(ProtocolId::new("model").unwrap(), 1)
        .evaluation_session(Modality::Video, 60)
        .therapy_sessions(8, Modality::InPerson, 60, [])
        .cadence(Cadence::new(2, 28))
        .assessment(Timepoint::Baseline, battery, 0, 14)
        .assessment(Timepoint::PostTreatment, battery, 0, 14);
    for months in [1, 2, 3, 6, 12] {
        builder = builder.assessment(Timepoint::FollowUp { months }, battery, 14, 14);
    }
    builder.build().unwrap()
}

pub(super) fn outcome(decision: ScreeningDecision) -> ScreeningOutcome {
    pain_reprocessing::testing::screening_outcome_for(&decision).unwrap()
}
