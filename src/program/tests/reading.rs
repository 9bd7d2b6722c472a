//! What a program tells about its progress: sessions done, goals set.

use super::fixtures::*;
use super::*;

#[test]
fn completed_sessions_and_goals_follow_the_events() {
    let mut p = in_treatment();
    // The evaluation session is session 1.
    assert_eq!(p.completed_sessions(), 1);
    p.apply(session(2, day(4))).unwrap();
    p.apply(session(3, day(5))).unwrap();
    assert_eq!(p.completed_sessions(), 3);
    assert!(p.goals().is_empty());
    p.apply(ev(day(5), dr(), EventKind::GoalSet { goal: goal("g1") }))
        .unwrap();
    p.apply(ev(day(6), dr(), EventKind::GoalSet { goal: goal("g2") }))
        .unwrap();
    let ids: Vec<&str> = p.goals().iter().map(|g| g.id().as_str()).collect();
    assert_eq!(ids, ["g1", "g2"]);
}
