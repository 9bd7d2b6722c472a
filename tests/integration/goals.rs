//! Goals, concurrent care, between-session resources and somatic tracking: every root document
//! round-trips through JSON and validates against its published schema; a refused update leaves a
//! goal, treatment or plan unchanged; the figures keep their invariants on any input.

use chrono::{Days, NaiveDate};
use pain_reprocessing::care::{CareLog, ConcurrentTreatment};
use pain_reprocessing::exercises::{ExerciseKind, PracticeLog};
use pain_reprocessing::goals::{GoalEntry, GoalStatus, TreatmentGoal};
use pain_reprocessing::resources::{Engagement, Resource, ResourceAssignment, ResourcePlan};
use pain_reprocessing::{Decimal, testing};
use proptest::prelude::*;
use serde_json::json;

use crate::support::{proptest_config, round_trip};

proptest! {
    #![proptest_config(proptest_config(64))]

    #[test]
    fn treatment_goals_round_trip(goal in testing::treatment_goal()) {
        round_trip::<TreatmentGoal>("treatment_goal", &goal)?;
        prop_assert!(goal.due() >= goal.set_on());
        let dates: Vec<NaiveDate> = goal.entries().iter().map(GoalEntry::on).collect();
        prop_assert!(dates.windows(2).all(|w| w[0] <= w[1]));
        if let Some(value) = goal.latest_value() {
            let (min, max, _) = goal.measure().range();
            prop_assert!(min <= value && value <= max);
        }
    }

    #[test]
    fn concurrent_treatments_round_trip(treatment in testing::concurrent_treatment()) {
        round_trip::<ConcurrentTreatment>("concurrent_treatment", &treatment)?;
    }

    #[test]
    fn care_logs_round_trip(log in testing::care_log()) {
        round_trip::<CareLog>("care_log", &log)?;
    }

    #[test]
    fn resources_round_trip(resource in testing::resource()) {
        round_trip::<Resource>("resource", &resource)?;
    }

    #[test]
    fn resource_assignments_round_trip(assignment in testing::resource_assignment()) {
        round_trip::<ResourceAssignment>("resource_assignment", &assignment)?;
    }

    #[test]
    fn resource_plans_round_trip(plan in testing::resource_plan()) {
        round_trip::<ResourcePlan>("resource_plan", &plan)?;
    }

    #[test]
    fn practice_logs_with_somatic_tracking_round_trip(
        tracking in testing::somatic_tracking(),
        at in testing::instant(),
    ) {
        let log = PracticeLog::builder(ExerciseKind::SomaticTracking.into(), at, 10)
            .somatic_tracking(tracking)
            .build()
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        round_trip::<PracticeLog>("practice_log", &log)?;
    }

    /// A refused entry leaves the goal exactly as it was; an accepted one becomes the status.
    #[test]
    fn goal_updates_are_all_or_nothing(
        goal in testing::treatment_goal(),
        back in 0_u64..40,
        ahead in 0_u64..40,
        status in testing::goal_status(),
        value in testing::decimal(),
    ) {
        let last = goal.entries().last().map_or(goal.set_on(), GoalEntry::on);
        let on = last
            .checked_sub_days(Days::new(back))
            .and_then(|d| d.checked_add_days(Days::new(ahead)))
            .unwrap_or(last);
        let entry = GoalEntry::new(on, status).with_value(value);
        let mut updated = goal.clone();
        match updated.record(entry) {
            Ok(()) => {
                prop_assert!(!goal.is_closed());
                prop_assert!(on >= last);
                prop_assert_eq!(updated.status(), status);
                prop_assert_eq!(updated.latest_value(), Some(value));
                prop_assert_eq!(updated.entries().len(), goal.entries().len() + 1);
            }
            Err(_) => prop_assert_eq!(&updated, &goal),
        }
        prop_assert_eq!(goal.check(&GoalEntry::new(on, status).with_value(value)).is_ok(),
            updated != goal);
    }

    /// What `changes_between` reports agrees with `active_on` on the days around each change.
    #[test]
    fn care_changes_agree_with_active_days(log in testing::care_log(), from in testing::day(), span in 0_u64..400) {
        let to = from.checked_add_days(Days::new(span)).unwrap_or(from);
        let changes = log.changes_between(from, to).unwrap();
        prop_assert!(changes.windows(2).all(|w| w[0].on() <= w[1].on()));
        for change in &changes {
            prop_assert!(from <= change.on() && change.on() <= to);
            prop_assert!(change.treatment().active_on(change.on()));
        }
        for treatment in log.treatments() {
            let starts_inside = from <= treatment.started_on() && treatment.started_on() <= to;
            let reported = changes.iter().any(|c| std::ptr::eq(c.treatment(), treatment)
                && c.kind() == pain_reprocessing::care::CareChangeKind::Started);
            prop_assert_eq!(starts_inside, reported);
        }
        prop_assert_eq!(
            log.opioid_use_on(from),
            log.active_on(from).any(|t| t.kind().is_opioid())
        );
    }

    /// Engagement figures never exceed their denominators and the mean stays on the 0-10 scale.
    #[test]
    fn engagement_figures_keep_their_invariants(plan in testing::resource_plan(), from in testing::day(), span in 0_u64..120) {
        let to = from.checked_add_days(Days::new(span)).unwrap_or(from);
        let f = plan.engagement_between(from, to).unwrap();
        prop_assert!(f.assigned() as usize <= plan.assignments().len());
        prop_assert!(f.completed() <= f.opened() && f.opened() <= f.assigned());
        prop_assert!(f.on_time() <= f.completed());
        prop_assert!(f.rated() <= f.opened());
        prop_assert_eq!(f.completion().is_none(), f.assigned() == 0);
        if let Some(mean) = f.mean_helpfulness() {
            prop_assert!(Decimal::ZERO <= mean && mean <= Decimal::from_int(10));
        }
    }
}

#[test]
fn a_terminal_goal_refuses_every_further_entry() {
    let goal: TreatmentGoal = serde_json::from_value(json!({
        "schema_version": 2,
        "id": "goal-1",
        "activity": "Pick up my grandchildren",
        "set_on": "2026-03-02",
        "set_at_session": 1,
        "measure": {"type": "rating_0_to_10", "target": 8, "higher_is_better": true},
        "due": "2026-04-30",
        "entries": [
            {"on": "2026-03-09", "status": "improving", "value": 4},
            {"on": "2026-04-01", "status": "abandoned"}
        ]
    }))
    .unwrap();
    assert_eq!(goal.status(), GoalStatus::Abandoned);
    assert_eq!(goal.latest_value(), Some(Decimal::from_int(4)));
    let after = json!([
        {"on": "2026-03-09", "status": "achieved"},
        {"on": "2026-03-10", "status": "improving"}
    ]);
    let mut doc = serde_json::to_value(&goal).unwrap();
    doc["entries"] = after;
    let err = serde_json::from_value::<TreatmentGoal>(doc)
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "entries: the goal is achieved, a final status; no entry may follow it"
    );
}

#[test]
fn an_engagement_for_an_unassigned_resource_is_a_typed_error() {
    let plan: ResourcePlan = serde_json::from_value(json!({
        "schema_version": 1,
        "assignments": [
            {"schema_version": 1, "resource": "vid-1", "assigned_on": "2026-03-02", "due": "2026-03-09"}
        ]
    }))
    .unwrap();
    let mut plan2 = plan.clone();
    let err = plan2
        .record(
            &"worksheet-9".parse().unwrap(),
            Engagement::Opened {
                on: NaiveDate::from_ymd_opt(2026, 3, 3).unwrap(),
            },
        )
        .unwrap_err();
    assert_eq!(
        err,
        pain_reprocessing::resources::ResourcesError::UnknownResource
    );
    assert_eq!(plan2, plan);
    let crate_err: pain_reprocessing::Error = err.into();
    assert_eq!(
        crate_err.to_string(),
        "engagement names a resource that was never assigned in this plan"
    );
}
