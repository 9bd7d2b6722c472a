//! Strategies for the `care` types.

use proptest::prelude::*;

use super::*;

use crate::care::{CareKind, CareLog, ConcurrentTreatment, DoseChange, DoseDirection};

/// Any concurrent-care kind.
pub fn care_kind() -> impl Strategy<Value = CareKind> {
    prop_oneof![
        any::<bool>().prop_map(|opioid| CareKind::Medication { opioid }),
        proptest::sample::select(vec![
            CareKind::PhysicalTherapy,
            CareKind::Acupuncture,
            CareKind::Massage,
            CareKind::Yoga,
            CareKind::OtherPsychotherapy,
            CareKind::Other,
        ]),
    ]
}

/// Any valid [`ConcurrentTreatment`]: ongoing or stopped, with up to five dose changes in order.
pub fn concurrent_treatment() -> impl Strategy<Value = ConcurrentTreatment> {
    (
        care_kind(),
        proptest::option::of(note()),
        day(),
        proptest::collection::vec(
            (0_u64..=60, any::<bool>(), proptest::option::of(note())),
            0..5,
        ),
        proptest::option::of(0_u64..=400),
    )
        .prop_filter_map("valid", |(kind, label, start, changes, stop_after)| {
            let mut treatment = ConcurrentTreatment::new(kind, start);
            if let Some(label) = label {
                treatment = treatment.with_label(label);
            }
            let mut on = start;
            for (gap, up, note) in changes {
                on = plus(on, gap);
                let direction = if up {
                    DoseDirection::Increased
                } else {
                    DoseDirection::Decreased
                };
                let mut change = DoseChange::new(on, direction);
                if let Some(note) = note {
                    change = change.with_note(note);
                }
                treatment.record_dose_change(change).ok()?;
            }
            match stop_after {
                Some(days) => treatment.stopped(plus(on, days)).ok(),
                None => Some(treatment),
            }
        })
}

/// Any valid [`CareLog`] of up to six treatments.
pub fn care_log() -> impl Strategy<Value = CareLog> {
    proptest::collection::vec(concurrent_treatment(), 0..6)
        .prop_filter_map("valid", |treatments| CareLog::new(treatments).ok())
}
