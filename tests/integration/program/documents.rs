//! Generated program documents serialize, validate against their published schemas and read
//! back equal.

use pain_reprocessing::program::{Event, EventLog, Program, ProgramReport};
use pain_reprocessing::protocol::Protocol;
use pain_reprocessing::testing;
use proptest::prelude::*;

use crate::support::{proptest_config, round_trip};

proptest! {
    #![proptest_config(proptest_config(48))]

    #[test]
    fn program_documents_round_trip_and_validate(
        protocol in testing::protocol(),
        program in testing::program(),
        event in testing::event(),
        report in testing::program_report(),
    ) {
        round_trip::<Protocol>("protocol", &protocol)?;
        round_trip::<Program>("program", &program)?;
        round_trip::<EventLog>("event_log", &program.event_log())?;
        round_trip::<Event>("event", &event)?;
        round_trip::<ProgramReport>("program_report", &report)?;
    }

    #[test]
    fn instrument_documents_round_trip_and_validate(
        id in testing::instrument_id(),
        summary in testing::attribution_summary(),
    ) {
        round_trip("instrument_id", &id)?;
        round_trip("attribution_summary", &summary)?;
    }
}
