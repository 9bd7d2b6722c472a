//! Screens a few realistic intakes against the Boulder trial criteria and prints each decision
//! with every reason.
//!
//! ```text
//! cargo run --example screening
//! ```

use std::error::Error;

use chrono::{NaiveDate, TimeZone, Utc};
use pain_reprocessing::intake::{
    Age, Answer, BackSurgery, BodyRegion, ChecklistAnswer, Condition, IntakeForm, IntakeFormFields,
    NeuroplasticItem, Onset, OnsetCircumstances, OnsetDate, PainDuration, PainHistory,
    PainLocation, Phq9Item9, PsychiatricSafety, RedFlag, RedFlagClearance, SchemaVersion,
    ScreeningCriteria, ScreeningOutcome, Side, screen_with_clearances,
};
use pain_reprocessing::{ClinicianId, Note, Rating};

/// A 38-year-old with two and a half years of low back pain that began in a stressful period,
/// every safety question answered "no".
fn typical() -> Result<IntakeFormFields, Box<dyn Error>> {
    Ok(IntakeFormFields {
        schema_version: SchemaVersion::CURRENT,
        assessment_date: NaiveDate::from_ymd_opt(2026, 3, 2).ok_or("date")?,
        age: Age::DateOfBirth {
            date: NaiveDate::from_ymd_opt(1987, 9, 14).ok_or("date")?,
        },
        pain: PainHistory {
            locations: vec![
                PainLocation::new(BodyRegion::LowerBack, Side::Midline),
                PainLocation::new(BodyRegion::Hip, Side::Left),
            ],
            duration: PainDuration::Months { value: 30 },
            days_with_pain_past_6_months: 150,
            onset: Onset {
                date: OnsetDate::Month {
                    year: 2023,
                    month: 9,
                },
                circumstances: OnsetCircumstances::StressfulPeriod,
            },
            current_intensity: Rating::new(5)?,
            average_intensity_past_week: Rating::new(6)?,
            prior_treatments: vec![],
            imaging: vec![],
            back_surgery: BackSurgery::NoSurgery,
        },
        red_flags: RedFlag::ALL
            .into_iter()
            .filter(|flag| !flag.is_derived())
            .map(|flag| (flag, Answer::No))
            .collect(),
        conditions: Condition::ALL
            .into_iter()
            .map(|c| (c, Answer::No))
            .collect(),
        psychiatric: PsychiatricSafety::all_clear(),
        neuroplastic_evidence: [
            (NeuroplasticItem::OnsetStress, ChecklistAnswer::Yes),
            (NeuroplasticItem::Inconsistent, ChecklistAnswer::Yes),
            (NeuroplasticItem::StressTrigger, ChecklistAnswer::Yes),
            (NeuroplasticItem::Symmetrical, ChecklistAnswer::No),
            (NeuroplasticItem::Delayed, ChecklistAnswer::Unsure),
        ]
        .into_iter()
        .collect(),
    })
}

fn print(title: &str, outcome: &ScreeningOutcome) {
    println!("== {title}");
    println!("   decision: {}", outcome.decision().label());
    for reason in outcome.reasons() {
        println!("   - {reason}");
    }
    for clearance in outcome.clearances() {
        println!(
            "   cleared: {} by {} at {}",
            clearance.flag().as_str(),
            clearance.clinician(),
            clearance.cleared_at()
        );
    }
    let evidence = outcome.neuroplastic_evidence();
    let items: Vec<&str> = evidence.supporting().iter().map(|i| i.code()).collect();
    println!(
        "   supporting evidence (not a diagnosis): {} of {} answered items [{}]",
        items.len(),
        evidence.answered(),
        items.join(", ")
    );
    println!();
}

fn main() -> Result<(), Box<dyn Error>> {
    let criteria = ScreeningCriteria::boulder_trial();
    let run = |data: IntakeFormFields, clearances: &[RedFlagClearance]| {
        IntakeForm::new(data).map(|form| screen_with_clearances(&form, &criteria, clearances))
    };

    print("typical chronic low back pain", &run(typical()?, &[])?);

    let mut cauda_equina = typical()?;
    cauda_equina
        .red_flags
        .insert(RedFlag::SaddleAnaesthesia, Answer::Yes);
    cauda_equina
        .red_flags
        .insert(RedFlag::BladderDysfunction, Answer::Yes);
    print(
        "saddle anaesthesia and bladder dysfunction",
        &run(cauda_equina, &[])?,
    );

    let mut crisis = typical()?;
    crisis.psychiatric.phq9_item9 = Some(Phq9Item9::new(1)?);
    print("PHQ-9 item 9 answered 'several days'", &run(crisis, &[])?);

    let mut unknown = typical()?;
    unknown
        .red_flags
        .insert(RedFlag::Osteoporosis, Answer::Unknown);
    print(
        "does not know about osteoporosis",
        &run(unknown.clone(), &[])?,
    );

    let clearance = RedFlagClearance::new(
        RedFlag::Osteoporosis,
        ClinicianId::new("dr-okafor")?,
        Utc.with_ymd_and_hms(2026, 3, 5, 14, 0, 0)
            .single()
            .ok_or("time")?,
        Note::new("DEXA normal; no osteoporosis")?,
    );
    print(
        "osteoporosis cleared by a clinician",
        &run(unknown, &[clearance])?,
    );

    let mut not_eligible = typical()?;
    not_eligible.age = Age::Years { years: 34 };
    not_eligible.pain.duration = PainDuration::Weeks { value: 10 };
    not_eligible.pain.onset.date = OnsetDate::Exact {
        date: NaiveDate::from_ymd_opt(2025, 12, 22).ok_or("date")?,
    };
    not_eligible.pain.days_with_pain_past_6_months = 40;
    not_eligible.pain.average_intensity_past_week = Rating::new(3)?;
    print("recent, milder pain", &run(not_eligible, &[])?);
    Ok(())
}
