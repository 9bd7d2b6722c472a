//! One patient, from intake to the 12-month follow-up of the Boulder Back Pain Study protocol.
//!
//! ```text
//! cargo run --example program_walkthrough
//! cargo run --example program_walkthrough -- --event-log log.json   # also write the event log
//! ```
//!
//! Prints a timeline: each event, the program's state after it, and what is due next; a safety hold
//! is raised and resolved on the way (a new red flag reported mid-treatment); a treatment goal is set
//! at the evaluation and followed; between sessions the patient gets two resources and logs a
//! somatic-tracking practice; an opioid recorded at intake is stopped during treatment; at the end,
//! the outcome summary per instrument, the goal's standing and the concurrent care. Everything is
//! computed by the library from the events: this file only describes what happened and when.

use std::error::Error;

use chrono::{DateTime, Months, NaiveDate, TimeDelta, Utc};
use pain_reprocessing::care::{CareKind, CareLog, ConcurrentTreatment};
use pain_reprocessing::exercises::{
    EmotionTag, ExerciseKind, PracticeLog, PrtComponent, Sensation, SensationShift,
    SomaticTracking, TrackedRegion,
};
use pain_reprocessing::goals::{GoalEntry, GoalId, GoalMeasure, GoalStatus, TreatmentGoal};
use pain_reprocessing::instruments::{InstrumentId, RecallPeriod, Response};
use pain_reprocessing::intake::{
    Age, Answer, BackSurgery, BodyRegion, ChecklistAnswer, Condition, IntakeForm, IntakeFormFields,
    NeuroplasticItem, Onset, OnsetCircumstances, OnsetDate, PainDuration, PainHistory,
    PainLocation, PsychiatricSafety, RedFlag, SchemaVersion, ScreeningCriteria, Side, screen,
};
use pain_reprocessing::outcomes::{ResponderStatus, Timepoint};
use pain_reprocessing::program::{Actor, Event, EventKind, Program, SafetyConcern};
use pain_reprocessing::protocol::{AssessmentForm, Protocol};
use pain_reprocessing::resources::{
    Engagement, Resource, ResourceAssignment, ResourceId, ResourceKind, ResourcePlan,
};
use pain_reprocessing::{ClinicianId, Note, PatientId, ProgramId, Rating, SessionId};

/// The intake: 38 years old, 30 months of low back pain on 150 of the last 183 days, average 6/10.
fn intake() -> Result<IntakeForm, Box<dyn Error>> {
    let data = IntakeFormFields {
        schema_version: SchemaVersion::CURRENT,
        assessment_date: NaiveDate::from_ymd_opt(2026, 1, 5).ok_or("date")?,
        age: Age::Years { years: 38 },
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
                    month: 7,
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
        ]
        .into_iter()
        .collect(),
    };
    Ok(IntakeForm::new(data)?)
}

/// The patient's answers to the blank `forms` of an assessment, each item answered at `level`
/// tenths of the way up its answer scale (0 = the scale's best end for higher-is-worse scales),
/// standing in for a real questionnaire. The event records these answers; the program scores them.
fn fill(forms: &[AssessmentForm], level: u8) -> Result<Vec<Response>, Box<dyn Error>> {
    forms
        .iter()
        .map(|form| {
            let (min, max) = (form.answer_min(), form.answer_max());
            let answer = if form.instrument() == InstrumentId::Pgic {
                2 // "much improved"
            } else {
                min + (max - min) * level / 10
            };
            if form.needs_recall() {
                return Ok(Response::nrs(Some(answer), RecallPeriod::PastWeek)?);
            }
            let mut answers = form.blank();
            answers.fill(Some(answer));
            Ok(Response::new(form.instrument(), &answers)?)
        })
        .collect()
}

/// A between-session PHQ-9 check-in (item 9 answered 0): the Boulder battery has no PHQ-9, so an
/// app monitors suicide risk with unscheduled assessments, which any open program accepts.
fn phq9_check_in() -> Result<Response, Box<dyn Error>> {
    Ok(Response::new(
        InstrumentId::Phq9,
        &[1, 1, 1, 0, 1, 0, 0, 0, 0].map(Some),
    )?)
}

/// Between sessions: two resources from the app's library, and one somatic-tracking practice that
/// notices two body regions through a lens of safety (§1.4). These are the app's records beside the
/// program; the figures go into adherence reports.
fn between_sessions(from: DateTime<Utc>, to: DateTime<Utc>) -> Result<(), Box<dyn Error>> {
    let video = Resource::new(
        ResourceId::new("video-pain-signal")?,
        ResourceKind::Video,
        "Pain as a danger signal",
        [PrtComponent::PainEducation],
        "app://library/videos/pain-signal",
        12,
    )?;
    let worksheet = Resource::new(
        ResourceId::new("worksheet-evidence")?,
        ResourceKind::Worksheet,
        "My evidence that the pain is reversible",
        [PrtComponent::PersonalEvidence],
        "app://library/worksheets/evidence",
        20,
    )?;
    let mut plan = ResourcePlan::default();
    for resource in [&video, &worksheet] {
        plan.assign(ResourceAssignment::new(
            resource.id().clone(),
            from.date_naive(),
            to.date_naive(),
        )?)?;
    }
    plan.record(
        video.id(),
        Engagement::Completed {
            on: from.date_naive(),
        },
    )?;
    plan.record(
        video.id(),
        Engagement::RatedHelpful {
            on: from.date_naive(),
            rating: Rating::new(8)?,
        },
    )?;
    plan.record(
        worksheet.id(),
        Engagement::Opened {
            on: to.date_naive(),
        },
    )?;
    let figures = plan.engagement_between(from.date_naive(), to.date_naive())?;

    let tracking = SomaticTracking::new([
        TrackedRegion::new(
            BodyRegion::LowerBack,
            [Sensation::Tight, Sensation::Aching],
            Rating::new(6)?,
            SensationShift::Eased,
            Rating::new(3)?,
        )?
        .on_side(Side::Midline)
        .with_emotions([EmotionTag::Fear]),
        TrackedRegion::new(
            BodyRegion::Hip,
            [Sensation::Pressure],
            Rating::new(3)?,
            SensationShift::Moved,
            Rating::new(1)?,
        )?
        .on_side(Side::Left),
    ])?;
    let practice = PracticeLog::builder(ExerciseKind::SomaticTracking.into(), to, 10)
        .pain(Rating::new(6)?, Rating::new(4)?)
        .somatic_tracking(tracking)
        .build()?;
    println!(
        "            between sessions: {} resources assigned, {} completed, helpfulness {}; \
         somatic tracking of {} regions, pain change {}",
        figures.assigned(),
        figures.completed(),
        figures
            .mean_helpfulness()
            .map_or("-".to_owned(), |m| m.to_string()),
        practice.somatic_tracking().map_or(0, |t| t.regions().len()),
        practice
            .pain_change()
            .map_or("-".to_owned(), |c| c.to_string()),
    );
    Ok(())
}

fn main() -> Result<(), Box<dyn Error>> {
    let protocol = Protocol::boulder_back_pain_study();
    let physician = ClinicianId::new("dr-schubiner")?;
    let therapist = ClinicianId::new("prt-gordon")?;
    let mut program = Program::new(
        ProgramId::new("prog-2026-0001")?,
        PatientId::new("pt-000123")?,
        protocol.clone(),
    );
    let start: DateTime<Utc> = "2026-01-05T09:00:00Z".parse()?;
    let day = |n: i64| start + TimeDelta::days(n);
    let forms = |t: Timepoint| protocol.forms_for(t);

    println!("{protocol}: one patient from intake to the 12-month follow-up\n");
    let record = |program: &mut Program, event: Event, what: &str| -> Result<(), Box<dyn Error>> {
        let at = event.at();
        let transition = program.apply(event)?;
        let effect = transition
            .effect()
            .map(|e| format!("  [{e:?}]"))
            .unwrap_or_default();
        println!("{}  {what}", at.format("%Y-%m-%d"));
        println!("            state: {}{effect}", transition.to());
        if let Some(next) = program.next_actions(at).first() {
            println!("            next:  {next}");
        }
        Ok(())
    };

    let outcome = screen(&intake()?, &ScreeningCriteria::boulder_trial());
    // Concurrent care recorded at intake, so the report can tell PRT effects from other changes.
    let care = CareLog::new([ConcurrentTreatment::new(
        CareKind::Medication { opioid: true },
        NaiveDate::from_ymd_opt(2025, 11, 1).ok_or("date")?,
    )
    .stopped(day(25).date_naive())?])?;
    record(
        &mut program,
        Event::screened(outcome, physician.clone(), day(0)),
        "intake screened against the Boulder criteria",
    )?;
    record(
        &mut program,
        Event::enrolled(physician.clone(), day(1)),
        "enrolled",
    )?;
    record(
        &mut program,
        Event::assessment(
            Timepoint::Baseline,
            fill(&forms(Timepoint::Baseline), 6)?,
            Actor::Patient,
            day(3),
        ),
        "baseline questionnaires (BPI, ODI, PROMIS, PCS, TSK-11)",
    )?;
    record(
        &mut program,
        Event::session_completed(1, SessionId::new("s-1")?, physician.clone(), day(6)),
        "session 1: physician evaluation and pain education (telehealth)",
    )?;

    let goal_id = GoalId::new("walk-the-dog")?;
    let goal = TreatmentGoal::new(
        goal_id.clone(),
        Note::new("Walk the dog around the lake again, without bracing for pain")?,
        day(6).date_naive(),
        GoalMeasure::count_per_week(4)?,
        day(60).date_naive(),
    )?
    .set_at_session(1)?;
    record(
        &mut program,
        Event::new(
            day(6),
            Actor::clinician(physician.clone()),
            EventKind::GoalSet { goal },
        ),
        "goal set (walk-the-dog): walk the dog around the lake, 4 times a week by day 60",
    )?;
    between_sessions(day(6), day(9))?;

    // Eight PRT sessions, twice weekly; a red flag reported after session 5 holds the program.
    let mut session_day = 8;
    for number in 2..=9 {
        record(
            &mut program,
            Event::session_completed(
                number,
                SessionId::new(format!("s-{number}"))?,
                therapist.clone(),
                day(session_day),
            ),
            &format!("PRT session {number}"),
        )?;
        if number == 5 {
            record(
                &mut program,
                Event::new(
                    day(session_day + 1),
                    Actor::Patient,
                    EventKind::SafetyConcernRaised {
                        concern: SafetyConcern::NewRedFlag {
                            flag: RedFlag::BladderDysfunction,
                        },
                    },
                ),
                "patient reports new bladder symptoms: a cauda equina red flag",
            )?;
            record(
                &mut program,
                Event::new(
                    day(session_day + 2),
                    Actor::clinician(physician.clone()),
                    EventKind::SafetyConcernResolved {
                        note: Some(Note::new(
                            "Urgent exam: urinary tract infection, no neurological deficit.",
                        )?),
                    },
                ),
                "physician examines, finds no cauda equina syndrome, resolves the hold",
            )?;
        }
        if number == 3 {
            record(
                &mut program,
                Event::unscheduled_assessment(
                    [phq9_check_in()?],
                    Actor::Patient,
                    day(session_day + 1),
                ),
                "between-session PHQ-9 check-in (unscheduled; item 9 answered 0)",
            )?;
        }
        if number == 7 {
            let entry = GoalEntry::new(day(session_day).date_naive(), GoalStatus::Improving)
                .with_value(2.into());
            record(
                &mut program,
                Event::new(
                    day(session_day),
                    Actor::Patient,
                    EventKind::GoalProgressRecorded {
                        goal_id: goal_id.clone(),
                        entry,
                    },
                ),
                "goal progress (walk-the-dog): 2 walks this week",
            )?;
        }
        session_day += if number % 2 == 0 { 3 } else { 4 };
    }
    let entry =
        GoalEntry::new(day(session_day).date_naive(), GoalStatus::Achieved).with_value(4.into());
    record(
        &mut program,
        Event::new(
            day(session_day),
            Actor::Patient,
            EventKind::GoalProgressRecorded {
                goal_id: goal_id.clone(),
                entry,
            },
        ),
        "goal achieved (walk-the-dog): 4 walks this week",
    )?;

    let post_at = day(session_day + 1);
    record(
        &mut program,
        Event::assessment(
            Timepoint::PostTreatment,
            fill(&forms(Timepoint::PostTreatment), 1)?,
            Actor::Patient,
            post_at,
        ),
        "post-treatment questionnaires (the primary endpoint)",
    )?;
    for (months, level) in [(1, 1), (2, 1), (3, 2), (6, 1), (12, 1)] {
        let t = Timepoint::FollowUp { months };
        let at = post_at
            .checked_add_months(Months::new(months.into()))
            .ok_or("date")?;
        record(
            &mut program,
            Event::assessment(t, fill(&forms(t), level)?, Actor::Patient, at),
            &format!("{t} survey"),
        )?;
    }

    println!("\nOutcome summary (responder definitions from the catalog's verified MCIDs):");
    for outcome in program.outcome_summary()?.instruments() {
        let trajectory = outcome.trajectory();
        let values: Vec<String> = trajectory
            .administrations()
            .iter()
            .map(|a| a.value().to_string())
            .collect();
        let status = |t| match outcome.status_at(t) {
            Some(ResponderStatus::Responder) => "responder",
            Some(ResponderStatus::NonResponder) => "non-responder",
            Some(_) => "not evaluable",
            None => "-",
        };
        println!(
            "  {:<28} {:<30} post-treatment: {:<13} +12 months: {}",
            outcome.instrument().definition().short_name(),
            values.join(" → "),
            status(Timepoint::PostTreatment),
            status(Timepoint::FollowUp { months: 12 }),
        );
    }
    println!(
        "\nConcurrent care: opioid use at baseline {}, at post-treatment {}",
        care.opioid_use_on(day(3).date_naive()),
        care.opioid_use_on(post_at.date_naive()),
    );
    for goal in program.report(day(session_day)).goals() {
        println!(
            "\nGoal {}: {} (latest value {}, target met: {})",
            goal.goal_id(),
            goal.status(),
            goal.latest_value()
                .map_or("-".to_owned(), |v| v.to_string()),
            goal.target_met().unwrap_or(false),
        );
    }
    println!(
        "\n{} events in the history; replaying them rebuilds the identical program: {}",
        program.history().len(),
        program.event_log().replay()? == program
    );
    let args: Vec<String> = std::env::args().collect();
    if let Some(path) = args
        .iter()
        .position(|a| a == "--event-log")
        .and_then(|i| args.get(i + 1))
    {
        std::fs::write(path, serde_json::to_string_pretty(&program.event_log())?)?;
        println!("event log written to {path} (try: cargo run --example replay -- {path})");
    }
    Ok(())
}
