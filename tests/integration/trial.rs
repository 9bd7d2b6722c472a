//! Trial tables by arm (issue #19) through the public API: the README's table is what its
//! snippet prints, and no generated cohort panics or loses a patient.

use pain_reprocessing::instruments::{InstrumentId, Response};
use pain_reprocessing::outcomes::{
    Administration, ArmLabel, CohortSummary, InstrumentKey, Measurement, OutcomesError,
    ResponderContext, ResponderDefinition, ResponderDenominator, Timepoint, Trajectory,
    TrialAnalysis, TrialPatient, TrialTable,
};
use pain_reprocessing::{Direction, testing};
use proptest::prelude::*;

use crate::support::proptest_config;

/// The README's trial table (issue #19): the six patients of its snippet, summarized here the
/// same way, print exactly the block the README shows under "which prints".
#[test]
fn the_readme_trial_table_is_what_its_snippet_prints() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme.split("### Trial tables by arm").nth(1).unwrap();
    let code = section
        .split("```rust")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let shown = section
        .split("which prints")
        .nth(1)
        .unwrap()
        .split("```text\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    // The cohort below is the snippet's: a change there must change this test too.
    assert!(
        code.contains(r#"patient("PRT", 5, 1)?, patient("PRT", 6, 0)?, patient("PRT", 4, 3)?"#)
    );
    assert!(code.contains(r#"patient("usual care", 5, 4)?, patient("usual care", 6, 5)?, patient("usual care", 4, 4)?"#));
    let average_pain = InstrumentKey::item(InstrumentId::BpiSf, 3).unwrap();
    let patient = |arm: &str, before: u8, after: u8| {
        let administrations = [
            (Timepoint::Baseline, before),
            (Timepoint::PostTreatment, after),
        ]
        .into_iter()
        .map(|(timepoint, avg)| {
            let mut answers = [7, 2, avg, 4, 5, 5, 4, 6, 3, 5, 6].map(Some);
            answers[2] = Some(avg);
            let bpi = Response::new(InstrumentId::BpiSf, &answers).unwrap();
            let item = Measurement::from_item(&bpi, 3).unwrap();
            Administration::undated(timepoint, item.value())
        })
        .collect();
        TrialPatient {
            arm: ArmLabel::new(arm).unwrap(),
            trajectory: Trajectory::new(
                average_pain.clone(),
                1,
                Direction::HigherIsWorse,
                administrations,
            )
            .unwrap(),
        }
    };
    let patients = [
        patient("PRT", 5, 1),
        patient("PRT", 6, 0),
        patient("PRT", 4, 3),
        patient("usual care", 5, 4),
        patient("usual care", 6, 5),
        patient("usual care", 4, 4),
    ];
    let arms = [
        ArmLabel::new("PRT").unwrap(),
        ArmLabel::new("usual care").unwrap(),
    ];
    let table = TrialTable::summarize(
        &patients,
        &TrialAnalysis {
            arms: &arms,
            timepoints: &[Timepoint::Baseline, Timepoint::PostTreatment],
            definition: &ResponderDefinition::PainFreeOrNearly,
            denominator: ResponderDenominator::AllRandomized,
            context: ResponderContext::default(),
        },
    )
    .unwrap();
    // The table's text ends its last line itself.
    assert_eq!(table.to_string(), shown);
}

proptest! {
    #![proptest_config(proptest_config(128))]

    /// Bad input to a trial table (#19) is a typed error, never a panic, and no patient is ever
    /// dropped silently: every patient counts in its arm's N at every reported timepoint, n never
    /// exceeds N, and "all randomized" divides by N.
    #[test]
    fn a_trial_table_accounts_for_every_patient_or_names_the_one_it_cannot(
        cohort in testing::cohort(),
        mut arm_of in proptest::collection::vec(0_usize..3, 30),
        stray in proptest::option::weighted(0.2, 0_usize..30),
        definition in testing::responder_definition(),
        all_randomized in any::<bool>(),
        extra in proptest::option::of(testing::timepoint()),
    ) {
        // Arm 3 is not among the analysis' arms: now and then one patient is put there.
        if let Some(stray) = stray {
            arm_of[stray] = 3;
        }
        let labels = ["PRT", "placebo", "usual care", "waitlist"].map(|a| ArmLabel::new(a).unwrap());
        let patients: Vec<TrialPatient> = cohort
            .iter()
            .zip(&arm_of)
            .map(|(trajectory, arm)| TrialPatient {
                arm: labels[*arm].clone(),
                trajectory: trajectory.clone(),
            })
            .collect();
        let mut timepoints = CohortSummary::observed_timepoints(&cohort);
        timepoints.extend(extra);
        let denominator = if all_randomized {
            ResponderDenominator::AllRandomized
        } else {
            ResponderDenominator::Completers
        };
        let analysis = TrialAnalysis {
            arms: &labels[..3],
            timepoints: &timepoints,
            definition: &definition,
            denominator,
            context: ResponderContext::default(),
        };
        match TrialTable::summarize(&patients, &analysis) {
            Ok(table) => {
                prop_assert!(arm_of[..patients.len()].iter().all(|arm| *arm < 3));
                for row in table.rows() {
                    let randomized: u64 = row.arms().iter().map(|a| a.randomized()).sum();
                    prop_assert_eq!(randomized, patients.len() as u64);
                    for arm in row.arms() {
                        prop_assert!(arm.value().n() <= arm.randomized());
                        if let (Some(r), true) = (arm.responders(), all_randomized) {
                            prop_assert_eq!(r.denominator(), arm.randomized());
                        }
                    }
                }
            }
            Err(OutcomesError::UnknownArm { patient, arm }) => {
                let first = arm_of[..patients.len()].iter().position(|arm| *arm == 3);
                prop_assert_eq!(Some(patient), first);
                prop_assert_eq!(arm, "waitlist");
            }
            Err(OutcomesError::EmptyTrial) => prop_assert!(patients.is_empty()),
            Err(OutcomesError::NoDataAt { timepoint }) => {
                prop_assert!(cohort.iter().all(|t| t.at(timepoint).is_none()));
            }
            Err(
                OutcomesError::InvalidTrialDesign { .. }
                | OutcomesError::TooLarge { .. }
                | OutcomesError::DefinitionNotApplicable { .. }
                | OutcomesError::TrialPatientNotEvaluable { .. },
            ) => {}
            Err(other) => prop_assert!(false, "unexpected error {other:?}"),
        }
    }
}
