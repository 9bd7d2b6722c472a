//! What is due next: protocol deadlines and follow-up windows.

use super::*;

#[test]
fn next_actions_carry_protocol_deadlines() {
    let mut p = enrolled(Protocol::boulder_back_pain_study());
    // Baseline window: enrollment + 14 days.
    let actions = p.next_actions(day(2));
    assert_eq!(actions[0].due(), Some(day(15)));
    assert!(!actions[0].is_overdue());
    assert!(p.next_actions(day(16))[0].is_overdue());
    assert_eq!(
        p.next_actions(day(2))[0].to_string(),
        "record the baseline assessment (due by 2026-01-20 09:00)"
    );
    p.apply(assess(&p, day(2), Timepoint::Baseline)).unwrap();
    p.apply(session(1, day(3))).unwrap();
    p.apply(session(2, day(7))).unwrap(); // first treatment session: anchor of the cadence
    // Session 3 is treatment session k = 1, due ceil(7/2) = 4 days after the first.
    let next = p.next_actions(day(8));
    assert_eq!(next[0].action(), Action::ScheduleSession { number: 3 });
    assert_eq!(next[0].due(), Some(day(11)));
    let booked = ev(
        day(8),
        dr(),
        EventKind::SessionScheduled {
            number: 3,
            session_id: SessionId::new("s-3").unwrap(),
            scheduled_for: day(10),
        },
    );
    p.apply(booked).unwrap();
    assert_eq!(
        p.next_actions(day(8))[0].action(),
        Action::HoldSession {
            number: 3,
            scheduled_for: day(10)
        }
    );
    p.apply(ev(
        day(9),
        dr(),
        EventKind::SessionCancelled {
            number: 3,
            by: CancelledBy::Patient,
        },
    ))
    .unwrap();
    assert_eq!(
        p.next_actions(day(9))[0].action(),
        Action::ScheduleSession { number: 3 }
    );
}

#[test]
fn follow_up_windows_are_anchored_on_the_post_treatment_assessment() {
    let mut p = in_treatment();
    p.apply(ev(
        day(4),
        dr(),
        EventKind::TreatmentEndedEarly {
            reason: EarlyEndReason::Clinical,
        },
    ))
    .unwrap();
    p.apply(assess(&p, day(10), Timepoint::PostTreatment))
        .unwrap();
    let action = p.next_actions(day(11))[0];
    // +1 month after 2026-01-15 is 2026-02-15; the window opens 14 days before, closes 14 after.
    let anchor: DateTime<Utc> = "2026-02-15T09:00:00Z".parse().unwrap();
    assert_eq!(
        action.action(),
        Action::RecordAssessment {
            timepoint: Timepoint::FollowUp { months: 1 },
            opens: Some(anchor - TimeDelta::days(14))
        }
    );
    assert_eq!(action.due(), Some(anchor + TimeDelta::days(14)));
}
