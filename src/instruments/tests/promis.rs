//! PROMIS forms against the item lists of the corrected clinical reference §3.12 (`[S92]` `[S93]`
//! `[S24]`): ids, names, item order, reversed items, and raw sums worked out by hand.

use super::*;

fn labels(id: InstrumentId) -> Vec<&'static str> {
    id.definition()
        .items()
        .iter()
        .map(|item| item.label())
        .collect()
}

fn total(id: InstrumentId, answers: [u8; 8]) -> Decimal {
    Response::new(id, &answers.map(Some))
        .unwrap()
        .score()
        .unwrap()
        .total()
        .unwrap()
}

#[test]
fn sleep_8a_is_the_boulder_set_in_its_export_order() {
    let id = InstrumentId::PromisSleepDisturbance8a;
    assert_eq!(id.as_str(), "promis_sleep_disturbance_8a");
    assert_eq!(id.definition().short_name(), "PROMIS Sleep Disturbance 8a");
    // §3.12: sleep quality; refreshing; problem with my sleep; difficulty falling asleep; restless;
    // tried hard to get to sleep; worried about not being able to fall asleep; satisfied.
    assert_eq!(
        labels(id),
        [
            "sleep quality (reverse-scored)",
            "sleep was refreshing (reverse-scored)",
            "problem with sleep",
            "difficulty falling asleep",
            "sleep was restless",
            "tried hard to get to sleep",
            "worried about not falling asleep",
            "satisfied with sleep (reverse-scored)",
        ]
    );
    // Items 1, 2 and 8 reverse-scored in the trial's code, 6 − x.
    assert_eq!(id.definition().reverse_items(), &[1, 2, 8]);
    assert_eq!(PROMIS_SLEEP_8A_REVERSE_ITEMS, &[1, 2, 8]);
    assert!(id.definition().reverse_items_verified());
    assert!(
        id.definition()
            .sources()
            .contains(&crate::source::SourceKey::S92)
    );
}

#[test]
fn sleep_8b_follows_the_dsm5_level_2_order() {
    let id = InstrumentId::PromisSleepDisturbance8b;
    assert_eq!(id.as_str(), "promis_sleep_disturbance_8b");
    // §3.12 `[S93]`: restless; satisfied; refreshing; difficulty falling asleep; trouble staying
    // asleep; trouble sleeping; got enough sleep; sleep quality; items 2, 3, 7 and 8 reversed.
    assert_eq!(
        labels(id),
        [
            "sleep was restless",
            "satisfied with sleep (reverse-scored)",
            "sleep was refreshing (reverse-scored)",
            "difficulty falling asleep",
            "trouble staying asleep",
            "trouble sleeping",
            "got enough sleep (reverse-scored)",
            "sleep quality (reverse-scored)",
        ]
    );
    assert_eq!(id.definition().reverse_items(), &[2, 3, 7, 8]);
    assert_eq!(PROMIS_SLEEP_8B_REVERSE_ITEMS, &[2, 3, 7, 8]);
    assert!(
        id.definition()
            .sources()
            .contains(&crate::source::SourceKey::S93)
    );
    // Shares five items with 8a and swaps in three (§3.12).
    let a = labels(InstrumentId::PromisSleepDisturbance8a);
    let b = labels(id);
    assert_eq!(b.iter().filter(|label| a.contains(label)).count(), 5);
    let swapped: Vec<_> = b
        .iter()
        .filter(|label| !a.contains(label))
        .copied()
        .collect();
    assert_eq!(
        swapped,
        [
            "trouble staying asleep",
            "trouble sleeping",
            "got enough sleep (reverse-scored)"
        ]
    );
    // Item ids never collide with 8a's: an 8a answer set cannot be read as 8b by its item ids.
    let a_ids: Vec<_> = InstrumentId::PromisSleepDisturbance8a
        .definition()
        .items()
        .iter()
        .map(|i| i.id())
        .collect();
    assert!(
        id.definition()
            .items()
            .iter()
            .all(|item| !a_ids.contains(&item.id()))
    );
}

#[test]
fn sleep_raw_sums_by_hand() {
    let a = InstrumentId::PromisSleepDisturbance8a;
    let b = InstrumentId::PromisSleepDisturbance8b;
    // All 5: five plain items × 5 = 25, three reversed × (6 − 5) = 3: 28 on 8a; on 8b four reversed:
    // 4 × 5 + 4 × 1 = 24.
    assert_eq!(total(a, [5; 8]), d("28"));
    assert_eq!(total(b, [5; 8]), d("24"));
    // All 1: 8a 5 × 1 + 3 × 5 = 20; 8b 4 × 1 + 4 × 5 = 24.
    assert_eq!(total(a, [1; 8]), d("20"));
    assert_eq!(total(b, [1; 8]), d("24"));
    // 1, 2, 3, 4, 5, 1, 2, 3 on 8a: reversed 1→5, 2→4, 8:3→3; plain 3+4+5+1+2 = 15; 5+4+3 = 12: 27.
    assert_eq!(total(a, [1, 2, 3, 4, 5, 1, 2, 3]), d("27"));
    // The same answers on 8b: reversed 2:2→4, 3:3→3, 7:2→4, 8:3→3 = 14; plain 1+4+5+1 = 11: 25.
    assert_eq!(total(b, [1, 2, 3, 4, 5, 1, 2, 3]), d("25"));
}

#[test]
fn depression_anxiety_and_anger_forms() {
    let dep = InstrumentId::PromisDepression8a;
    assert_eq!(dep.as_str(), "promis_depression_8a");
    // §3.12: the Boulder depression set, likely 8a (UNVERIFIED); no reversed items.
    assert_eq!(
        labels(dep),
        [
            "worthless",
            "helpless",
            "depressed",
            "hopeless",
            "like a failure",
            "unhappy",
            "nothing to look forward to",
            "nothing could cheer me up",
        ]
    );
    assert!(dep.definition().reverse_items().is_empty());
    assert!(
        dep.definition()
            .notes()
            .iter()
            .any(|note| note.contains("UNVERIFIED"))
    );
    // 8 × 5 = 40; 1..=8 clipped to 5: 1+2+3+4+5+5+5+5 = 30.
    assert_eq!(total(dep, [5; 8]), d("40"));
    assert_eq!(total(dep, [1, 2, 3, 4, 5, 5, 5, 5]), d("30"));
    // Anxiety 8a and Anger 5a stand (§3.12); anger's items EDANG03/09/15/30/35 (§1.7).
    assert_eq!(InstrumentId::PromisAnxiety8a.definition().item_count(), 8);
    let anger: Vec<_> = InstrumentId::PromisAnger5a
        .definition()
        .items()
        .iter()
        .map(|i| i.id())
        .collect();
    assert_eq!(
        anger,
        ["EDANG03", "EDANG09", "EDANG15", "EDANG30", "EDANG35"]
    );
    let score = all(InstrumentId::PromisAnger5a, 3).score().unwrap();
    assert_eq!(score.total(), Some(d("15")));
}

#[test]
fn the_old_ids_are_not_current_ids() {
    // `promis_depression_8b` is retired; `promis_sleep_disturbance_8b` now names the real 8b.
    // Documents written under the old ids are upgraded by `versioning` (see `migrate`).
    assert!("promis_depression_8b".parse::<InstrumentId>().is_err());
    assert_eq!(
        "promis_sleep_disturbance_8b"
            .parse::<InstrumentId>()
            .unwrap(),
        InstrumentId::PromisSleepDisturbance8b
    );
}
