use chrono::NaiveDate;

use super::*;
use crate::Rating;
use crate::exercises::PrtComponent;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
}

fn id(s: &str) -> ResourceId {
    ResourceId::new(s).unwrap()
}

fn rated(d: u32, r: u8) -> Engagement {
    Engagement::RatedHelpful {
        on: day(d),
        rating: Rating::new(r).unwrap(),
    }
}

#[test]
fn resource_rules() {
    let ok = |title: &str, locator: &str, minutes| {
        Resource::new(
            id("r"),
            ResourceKind::Worksheet,
            title,
            [PrtComponent::PersonalEvidence],
            locator,
            minutes,
        )
    };
    assert!(ok("Evidence list", "app:ws/1", 1).is_ok());
    assert!(ok("Evidence list", "app:ws/1", 240).is_ok());
    assert_eq!(
        ok("Evidence list", "app:ws/1", 0).unwrap_err().to_string(),
        "minutes is 0; allowed 1-240"
    );
    assert!(ok("Evidence list", "app:ws/1", 241).is_err());
    assert_eq!(
        ok("", "x", 5).unwrap_err().to_string(),
        "title is empty; allowed 1-200 characters"
    );
    assert!(ok(&"t".repeat(200), "x", 5).is_ok());
    assert!(ok(&"t".repeat(201), "x", 5).is_err());
    assert!(ok("Two\nlines", "x", 5).is_err());
    assert!(ok("t", &"u".repeat(2048), 5).is_ok());
    assert!(ok("t", &"u".repeat(2049), 5).is_err());
    assert_eq!(
        ok("t", "https://x\u{7}", 5).unwrap_err().to_string(),
        "locator has a control character at position 10; control characters are not allowed"
    );
}

#[test]
fn engagement_dates_never_go_back_and_due_follows_assignment() {
    assert!(ResourceAssignment::new(id("a"), day(5), day(4)).is_err());
    let mut a = ResourceAssignment::new(id("a"), day(5), day(5)).unwrap();
    assert!(matches!(
        a.record(Engagement::Opened { on: day(4) }),
        Err(ResourcesError::Before {
            field: "engagement.on",
            ..
        })
    ));
    a.record(Engagement::Opened { on: day(6) }).unwrap();
    assert!(a.record(Engagement::Completed { on: day(5) }).is_err());
    a.record(Engagement::Completed { on: day(6) }).unwrap();
    assert_eq!(a.engagement().len(), 2);
}

#[test]
fn engagement_for_a_resource_never_assigned_is_refused() {
    let mut plan = ResourcePlan::default();
    plan.assign(ResourceAssignment::new(id("a"), day(1), day(7)).unwrap())
        .unwrap();
    let before = plan.clone();
    assert_eq!(
        plan.record(&id("b"), Engagement::Opened { on: day(2) }),
        Err(ResourcesError::UnknownResource)
    );
    assert_eq!(plan, before);
    assert_eq!(
        plan.assign(ResourceAssignment::new(id("a"), day(3), day(7)).unwrap()),
        Err(ResourcesError::DuplicateAssignment)
    );
}

#[test]
fn engagement_arithmetic_by_hand() {
    // Four resources assigned on March 2, due March 9; one assigned March 20 (outside the period).
    let mut plan = ResourcePlan::default();
    for name in ["a", "b", "c", "d"] {
        plan.assign(ResourceAssignment::new(id(name), day(2), day(9)).unwrap())
            .unwrap();
    }
    plan.assign(ResourceAssignment::new(id("late"), day(20), day(27)).unwrap())
        .unwrap();
    // a: opened, completed on time, rated 7 then 9 (latest counts: 9).
    plan.record(&id("a"), Engagement::Opened { on: day(3) })
        .unwrap();
    plan.record(&id("a"), Engagement::Completed { on: day(4) })
        .unwrap();
    plan.record(&id("a"), rated(4, 7)).unwrap();
    plan.record(&id("a"), rated(5, 9)).unwrap();
    // b: completed late (March 12), rated 4; completion implies opening.
    plan.record(&id("b"), Engagement::Completed { on: day(12) })
        .unwrap();
    plan.record(&id("b"), rated(12, 4)).unwrap();
    // c: opened only. d: nothing.
    plan.record(&id("c"), Engagement::Opened { on: day(8) })
        .unwrap();
    plan.record(&id("late"), Engagement::Completed { on: day(21) })
        .unwrap();

    let f = plan.engagement_between(day(1), day(14)).unwrap();
    assert_eq!(f.assigned(), 4); // a, b, c, d
    assert_eq!(f.opened(), 3); // a, b, c
    assert_eq!(f.completed(), 2); // a, b
    assert_eq!(f.on_time(), 1); // a
    assert_eq!(f.rated(), 2);
    // completion 2/4 = 50%; mean helpfulness (9 + 4) / 2 = 6.5
    assert_eq!(f.completion().unwrap().percentage().to_string(), "50%");
    assert_eq!(f.opening().unwrap().percentage().to_string(), "75%");
    assert_eq!(
        f.mean_helpfulness(),
        crate::Decimal::from_hundredths(650).ok()
    );

    // As of March 10, b's late completion and its rating have not happened yet:
    // completed 1/4, mean helpfulness 9 (a's latest).
    let early = plan.engagement_between(day(1), day(10)).unwrap();
    assert_eq!(
        (early.opened(), early.completed(), early.rated()),
        (2, 1, 1)
    );
    assert_eq!(early.mean_helpfulness(), Some(crate::Decimal::from_int(9)));
    // Mean of 7, 8, 8 would be 7.67 (23/3 rounded half away from zero).
    let mut three = ResourcePlan::default();
    for (name, r) in [("x", 7), ("y", 8), ("z", 8)] {
        three
            .assign(ResourceAssignment::new(id(name), day(1), day(2)).unwrap())
            .unwrap();
        three.record(&id(name), rated(1, r)).unwrap();
    }
    let t = three.engagement_between(day(1), day(1)).unwrap();
    assert_eq!(t.mean_helpfulness().unwrap().to_string(), "7.67");
    assert_eq!(t.completion().unwrap().percentage().to_string(), "0%");

    let none = plan.engagement_between(day(15), day(19)).unwrap();
    assert_eq!(none.assigned(), 0);
    assert_eq!(none.completion(), None);
    assert_eq!(none.mean_helpfulness(), None);
    assert!(plan.engagement_between(day(2), day(1)).is_err());
}

#[test]
fn json_round_trips_and_is_checked() {
    let mut a = ResourceAssignment::new(id("a"), day(2), day(9)).unwrap();
    a.record(Engagement::Opened { on: day(3) }).unwrap();
    a.record(rated(3, 6)).unwrap();
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(
        json["engagement"][1],
        serde_json::json!({"type": "rated_helpful", "on": "2026-03-03", "rating": 6})
    );
    assert_eq!(
        serde_json::from_value::<ResourceAssignment>(json.clone()).unwrap(),
        a
    );
    for (field, value) in [
        ("due", serde_json::json!("2026-03-01")),
        (
            "engagement",
            serde_json::json!([{"type": "opened", "on": "2026-03-01"}]),
        ),
        (
            "engagement",
            serde_json::json!([{"type": "rated_helpful", "on": "2026-03-03", "rating": 11}]),
        ),
        (
            "engagement",
            serde_json::json!([{"type": "opened", "on": "2026-03-03", "x": 1}]),
        ),
        ("schema_version", serde_json::json!(3)),
    ] {
        let mut bad = json.clone();
        bad[field] = value.clone();
        assert!(
            serde_json::from_value::<ResourceAssignment>(bad).is_err(),
            "{field} {value}"
        );
    }
    let plan = serde_json::json!({
        "schema_version": 1,
        "assignments": [json.clone(), json]
    });
    let err = serde_json::from_value::<ResourcePlan>(plan)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("assignments lists a resource more than once"),
        "{err}"
    );
}
