//! Versioned reading on the published fixtures: every valid fixture of a versioned document reads
//! through `versioning::read` as it does through plain serde, and its `schema_version_2` fixture is
//! refused by the schema and by the reader with the versions supported.

use std::fmt::Debug;
use std::fs;

use pain_reprocessing::exercises::PracticeLog;
use pain_reprocessing::instruments::{Response, Score};
use pain_reprocessing::intake::{
    IntakeForm, RedFlagClearance, ScreeningCriteria, ScreeningOutcome,
};
use pain_reprocessing::program::{EventLog, Program, ProgramReport};
use pain_reprocessing::protocol::Protocol;
use pain_reprocessing::sessions::{Homework, SessionPlan, SessionRecord};
use pain_reprocessing::testing;
use pain_reprocessing::versioning::{self, Supported, VersionError, Versioned};
use proptest::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::support::{proptest_config, schema_dir, schema_verdict, validator};

fn check<T: Versioned + Debug + PartialEq>() {
    let name = T::DOCUMENT;
    let folder = schema_dir().join("fixtures").join(name);
    let read = |path: std::path::PathBuf| -> Value {
        serde_json::from_str(&fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let mut valid = 0;
    for entry in fs::read_dir(folder.join("valid")).unwrap() {
        let document = read(entry.unwrap().path());
        assert_eq!(
            versioning::version_of(&document),
            Some(u64::from(T::CURRENT)),
            "{name}"
        );
        let plain: T = serde_json::from_value(document.clone()).unwrap();
        let versioned: T = versioning::read(document).unwrap();
        assert_eq!(plain, versioned, "{name}");
        valid += 1;
    }
    assert!(valid > 0, "{name} has no valid fixture");

    let newer = read(folder.join("invalid/schema_version_2.json"));
    assert!(schema_verdict(&validator(name), &newer).is_err(), "{name}");
    assert_eq!(
        versioning::read::<T>(newer).unwrap_err(),
        VersionError::Unsupported {
            document: name,
            found: 2,
            supported: Supported::of::<T>()
        }
    );
}

#[test]
fn every_versioned_document_reads_its_fixtures_and_refuses_version_2() {
    check::<IntakeForm>();
    check::<ScreeningCriteria>();
    check::<ScreeningOutcome>();
    check::<RedFlagClearance>();
    check::<Response>();
    check::<Score>();
    check::<PracticeLog>();
    check::<SessionPlan>();
    check::<SessionRecord>();
    check::<Homework>();
    check::<Protocol>();
    check::<EventLog>();
    check::<Program>();
    check::<ProgramReport>();
}

fn written_then_read<T: Versioned + Serialize + Debug + PartialEq>(
    value: &T,
) -> Result<(), TestCaseError> {
    let json = serde_json::to_value(value).unwrap();
    prop_assert_eq!(versioning::version_of(&json), Some(u64::from(T::CURRENT)));
    let back: T = versioning::read(json).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(&back, value);
    Ok(())
}

proptest! {
    #![proptest_config(proptest_config(64))]

    #[test]
    fn generated_documents_carry_the_current_version_and_read_back(
        form in testing::intake_form(),
        outcome in testing::screening_outcome(),
        response in testing::response(),
        score in testing::score(),
        record in testing::session_record(),
        homework in testing::homework(),
    ) {
        written_then_read(&form)?;
        written_then_read(&outcome)?;
        written_then_read(&response)?;
        written_then_read(&score)?;
        written_then_read(&record)?;
        written_then_read(&homework)?;
    }
}
