//! Strategies for the `protocol` types: valid protocols, a preset or a custom one.

use proptest::prelude::*;

use crate::instruments::InstrumentId;
use crate::outcomes::Timepoint;
use crate::protocol::{Cadence, Protocol, ProtocolId};
use crate::sessions::Modality;

/// Any valid protocol: a preset, or a custom one whose cadence fits its window.
pub fn protocol() -> impl Strategy<Value = Protocol> {
    let custom = (
        0_u16..=2,
        1_u16..=12,
        1_u8..=3,
        0_u16..=14,
        proptest::sample::subsequence(vec![1_u16, 2, 3, 6, 12], 0..=5),
    )
        .prop_filter_map(
            "fits",
            |(evaluations, sessions, per_week, slack, follow_ups)| {
                let needed = Cadence::new(per_week, 365).due_offset_days(sessions - 1);
                let window = u16::try_from(needed).ok()?.max(1) + slack;
                let battery = [InstrumentId::Peg3, InstrumentId::Phq9];
                let mut builder = Protocol::builder(ProtocolId::new("generated").ok()?, 1);
                for _ in 0..evaluations {
                    builder = builder.evaluation_session(Modality::Video, 45);
                }
                builder = builder
                    .therapy_sessions(sessions, Modality::InPerson, 50, [])
                    .cadence(Cadence::new(per_week, window))
                    .assessment(Timepoint::Baseline, battery, 0, 14)
                    .assessment(Timepoint::PostTreatment, battery, 0, 14);
                for months in follow_ups {
                    builder = builder.assessment(Timepoint::FollowUp { months }, battery, 14, 14);
                }
                builder.build().ok()
            },
        );
    prop_oneof![
        1 => Just(Protocol::boulder_back_pain_study()),
        1 => Just(Protocol::general_clinical()),
        3 => custom,
    ]
}
