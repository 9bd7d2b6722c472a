//! Whole-sum plans: what the scoring fast path needs of each instrument, computed at compile time
//! from its definition, so that scoring a complete PHQ-9 reads one small record instead of walking
//! the definition (docs/performance.md).
//!
//! The plans hold no rule of their own: every field is derived from the definition by a `const`
//! function, and the tests below check each one against the definition's own methods (every band
//! for every whole total, the safety item, where the fast path applies).

use crate::instruments::{Band, InstrumentDefinition, InstrumentId, ScoringMethod};

/// Whole totals the band table covers: every total of every whole-sum instrument (at most 25 items
/// of at most 10, 250; checked at compile time below).
const BAND_TABLE_LEN: usize = 256;

/// One instrument's plan.
pub(super) struct WholeSumPlan {
    /// The instrument is scored by its single answer, a sum or a count, without subscales: a
    /// complete response's total is the (recoded) sum of its answers.
    applies: bool,
    /// The 0-based answer slot of the safety item, if the instrument has one.
    safety_slot: Option<usize>,
    /// The band of every whole total `0..BAND_TABLE_LEN`, as [`Bands::classify`] gives it.
    ///
    /// [`Bands::classify`]: crate::instruments::Bands::classify
    bands: [Option<Band>; BAND_TABLE_LEN],
}

impl WholeSumPlan {
    /// The plan of `id`.
    #[inline]
    pub(super) fn of(id: InstrumentId) -> &'static WholeSumPlan {
        // `PLANS` is in discriminant order (checked at compile time), so this never misses; the
        // fallback only keeps the function total.
        PLANS.get(id as usize).unwrap_or(&NOT_APPLICABLE)
    }

    /// Whether a complete response is scored by the fast path.
    #[inline]
    pub(super) const fn applies(&self) -> bool {
        self.applies
    }

    /// The 0-based slot of the safety item.
    #[inline]
    pub(super) const fn safety_slot(&self) -> Option<usize> {
        self.safety_slot
    }

    /// The band of the whole total `total`, or `None` when the table does not cover it (the caller
    /// then asks the definition).
    #[inline]
    pub(super) fn band(&self, total: i32) -> Option<Option<Band>> {
        usize::try_from(total)
            .ok()
            .and_then(|index| self.bands.get(index))
            .copied()
    }
}

const NOT_APPLICABLE: WholeSumPlan = WholeSumPlan {
    applies: false,
    safety_slot: None,
    bands: [None; BAND_TABLE_LEN],
};

// Indexing in the two builders below runs at compile time only (they initialise `PLANS`): an
// index out of bounds would fail the build, never a call.
#[allow(clippy::indexing_slicing)]
const fn plan(definition: &InstrumentDefinition) -> WholeSumPlan {
    let whole_sum = matches!(
        definition.scoring(),
        ScoringMethod::Single | ScoringMethod::Sum | ScoringMethod::Count
    ) && definition.subscales().is_empty();
    if whole_sum {
        // Every total must fall inside the table: the highest is every item at its maximum.
        let highest = definition.item_count() * definition.answer_max() as usize;
        assert!(
            highest < BAND_TABLE_LEN,
            "a whole total beyond the band table"
        );
    }
    let safety_slot = match definition.safety_item() {
        Some(item) if item > 0 => Some(item as usize - 1),
        _ => None,
    };
    let mut bands = [None; BAND_TABLE_LEN];
    if let Some(definition_bands) = definition.bands() {
        let mut total = 0;
        while total < BAND_TABLE_LEN {
            // The first band whose upper edge the total does not exceed (`Bands::classify`).
            let mut rules = definition_bands.rules();
            while let [rule, rest @ ..] = rules {
                if (total as i64) * 100 <= rule.upper_hundredths {
                    bands[total] = Some(rule.band);
                    break;
                }
                rules = rest;
            }
            total += 1;
        }
    }
    WholeSumPlan {
        applies: whole_sum,
        safety_slot,
        bands,
    }
}

#[allow(clippy::indexing_slicing)]
const fn plans() -> [WholeSumPlan; InstrumentId::ALL.len()] {
    let mut plans = [NOT_APPLICABLE; InstrumentId::ALL.len()];
    let mut index = 0;
    while index < InstrumentId::ALL.len() {
        let id = InstrumentId::ALL[index];
        assert!(
            id as usize == index,
            "InstrumentId::ALL is not in discriminant order"
        );
        plans[index] = plan(id.definition());
        index += 1;
    }
    plans
}

static PLANS: [WholeSumPlan; InstrumentId::ALL.len()] = plans();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_plan_agrees_with_its_definition() {
        for id in InstrumentId::ALL {
            let definition = id.definition();
            let plan = WholeSumPlan::of(id);
            let whole_sum = matches!(
                definition.scoring(),
                ScoringMethod::Single | ScoringMethod::Sum | ScoringMethod::Count
            ) && definition.subscales().is_empty();
            assert_eq!(plan.applies(), whole_sum, "{id:?}");
            assert_eq!(
                plan.safety_slot(),
                definition.safety_item().map(|item| usize::from(item) - 1),
                "{id:?}"
            );
            for total in 0..i32::try_from(BAND_TABLE_LEN).unwrap() {
                let expected = definition
                    .bands()
                    .and_then(|bands| bands.classify(i64::from(total), 1));
                assert_eq!(plan.band(total), Some(expected), "{id:?} total {total}");
            }
            assert_eq!(plan.band(-1), None);
            assert_eq!(plan.band(256), None);
        }
    }

    #[test]
    fn the_plans_cover_the_instruments_of_the_fast_path() {
        // Which instruments take the fast path, by name: a change to the catalog shows up here.
        let applies: Vec<&str> = InstrumentId::ALL
            .into_iter()
            .filter(|&id| WholeSumPlan::of(id).applies())
            .map(InstrumentId::as_str)
            .collect();
        assert_eq!(
            applies,
            [
                "nrs",
                "phq9",
                "phq2",
                "gad7",
                "gad2",
                "tsk11",
                "tsk17",
                "pseq",
                "rmdq",
                "pgic",
                "csi",
                "promis_depression_8a",
                "promis_anxiety_8a",
                "promis_anger_5a",
                "promis_sleep_disturbance_8a",
                "promis_sleep_disturbance_8b",
            ]
        );
        assert_eq!(WholeSumPlan::of(InstrumentId::Phq9).safety_slot(), Some(8));
        assert_eq!(
            WholeSumPlan::of(InstrumentId::Phq9).band(14),
            Some(Some(Band::Moderate))
        );
    }
}
