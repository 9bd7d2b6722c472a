//! Between sessions: set one treatment goal, assign two resources, log one somatic-tracking
//! practice with two regions, and print what a report would show.
//!
//! `cargo run --example between_sessions`

use chrono::NaiveDate;
use pain_reprocessing::care::{CareKind, CareLog, ConcurrentTreatment};
use pain_reprocessing::exercises::{
    EmotionTag, ExerciseKind, PracticeLog, PrtComponent, Sensation, SensationShift,
    SomaticTracking, TrackedRegion,
};
use pain_reprocessing::goals::{GoalEntry, GoalId, GoalMeasure, GoalStatus, TreatmentGoal};
use pain_reprocessing::intake::{BodyRegion, Side};
use pain_reprocessing::resources::{
    Engagement, Resource, ResourceAssignment, ResourceId, ResourceKind, ResourcePlan,
};
use pain_reprocessing::{Decimal, Note, Rating};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).ok_or("bad date");

    // One goal, set at the evaluation session.
    let mut goal = TreatmentGoal::new(
        GoalId::new("goal-1")?,
        Note::new("Walk the dog around the lake again")?,
        day(2)?,
        GoalMeasure::count_per_week(4)?,
        day(30)?,
    )?
    .set_at_session(1)?;
    goal.record(GoalEntry::new(day(16)?, GoalStatus::Improving).with_value(Decimal::from_int(2)))?;

    // Two resources from the app's library.
    let video = Resource::new(
        ResourceId::new("vid-pain-is-a-signal")?,
        ResourceKind::Video,
        "Pain as a danger signal",
        [PrtComponent::PainEducation],
        "https://example.org/videos/12",
        12,
    )?;
    let worksheet = Resource::new(
        ResourceId::new("ws-evidence")?,
        ResourceKind::Worksheet,
        "My evidence list",
        [PrtComponent::PersonalEvidence],
        "app://worksheets/evidence",
        20,
    )?;
    let mut plan = ResourcePlan::default();
    for resource in [&video, &worksheet] {
        plan.assign(ResourceAssignment::new(
            resource.id().clone(),
            day(2)?,
            day(9)?,
        )?)?;
    }
    plan.record(video.id(), Engagement::Completed { on: day(4)? })?;
    plan.record(
        video.id(),
        Engagement::RatedHelpful {
            on: day(4)?,
            rating: Rating::new(8)?,
        },
    )?;
    plan.record(worksheet.id(), Engagement::Opened { on: day(6)? })?;

    // One somatic-tracking practice with two regions.
    let tracking = SomaticTracking::new([
        TrackedRegion::new(
            BodyRegion::LowerBack,
            [Sensation::Tight, Sensation::Aching],
            Rating::new(6)?,
            SensationShift::Eased,
            Rating::new(3)?,
        )?
        .on_side(Side::Midline)
        .with_emotions([EmotionTag::Fear, EmotionTag::MemoryOfInjury]),
        TrackedRegion::new(
            BodyRegion::Neck,
            [Sensation::Pressure],
            Rating::new(3)?,
            SensationShift::Moved,
            Rating::new(1)?,
        )?
        .on_side(Side::Left),
    ])?;
    let practice = PracticeLog::builder(
        ExerciseKind::SomaticTracking.into(),
        "2026-03-05T19:00:00Z".parse()?,
        10,
    )
    .pain(Rating::new(6)?, Rating::new(4)?)
    .somatic_tracking(tracking)
    .build()?;

    // Concurrent care recorded at intake.
    let care = CareLog::new([ConcurrentTreatment::new(
        CareKind::Medication { opioid: true },
        NaiveDate::from_ymd_opt(2025, 11, 1).ok_or("bad date")?,
    )])?;

    let figures = plan.engagement_between(day(1)?, day(14)?)?;
    println!("goal status: {}", goal.status());
    println!(
        "resources: {} assigned, {} opened, {} completed ({} on time), completion {}, mean helpfulness {}",
        figures.assigned(),
        figures.opened(),
        figures.completed(),
        figures.on_time(),
        figures
            .completion()
            .map_or("n/a".to_owned(), |p| p.percentage().to_string()),
        figures
            .mean_helpfulness()
            .map_or("n/a".to_owned(), |m| m.to_string()),
    );
    println!(
        "somatic tracking: {} regions, pain change {:?}",
        practice.somatic_tracking().map_or(0, |t| t.regions().len()),
        practice.pain_change(),
    );
    println!("opioid use on {}: {}", day(5)?, care.opioid_use_on(day(5)?));
    Ok(())
}
