//! The scoring engine: one response and its options to a [`Score`], every rule read from the
//! instrument's definition, nothing allocated.

use super::subscale::Subscales;
use super::{SafetyFlag, SafetyFlags, Score, SubscaleScore};
use crate::Decimal;
use crate::instruments::MAX_ITEMS;
use crate::instruments::bpi::{INTERFERENCE_ITEMS, INTERFERENCE_MIN_ANSWERED, SEVERITY_ITEMS};
use crate::instruments::whole_sum::WholeSumPlan;
use crate::instruments::{
    CodedCauses, InstrumentDefinition, InstrumentError, InstrumentId, MissingHandling,
    MissingPolicy, MissingRule, Response, ScoringMethod, ScoringOptions, SubscaleId,
};

/// `items` as a mask in the layout of [`Response::missing_mask`]: bit `i` is item `i + 1`.
pub(super) fn item_mask(items: &[u8]) -> u32 {
    items.iter().fold(0, |mask, &item| {
        let bit = item
            .checked_sub(1)
            .and_then(|shift| 1_u32.checked_shl(u32::from(shift)));
        mask | bit.unwrap_or(0)
    })
}

/// The mask of items `1..=count`.
fn first_items(count: usize) -> u32 {
    u32::try_from(count)
        .ok()
        .and_then(|count| 1_u32.checked_shl(count))
        .map_or(u32::MAX, |bit| bit - 1)
}

/// Sum of the recoded answered items among `items` (a mask, see [`item_mask`]), answered count
/// and missing count. Reverse items are recoded `min + max − answer`.
///
/// Masks rather than item lists: scoring is a handful of bit operations and one pass over the
/// answers, within a few times the cost of summing a plain slice (docs/performance.md).
fn tally(response: &Response, definition: &InstrumentDefinition, items: u32) -> (i64, i64, usize) {
    let answers = response.answer_slice();
    let present = items & !response.missing_mask() & first_items(answers.len());
    // Missing answers are stored as 0, so the sum of every slot in `items` is the sum of the
    // answered ones: one branch-free pass.
    let mut sum: i64 = answers
        .iter()
        .enumerate()
        .map(|(index, &answer)| i64::from(answer) * i64::from((items >> index) & 1))
        .sum();
    let flip = i64::from(definition.answer_min()) + i64::from(definition.answer_max());
    for &item in definition.reverse_items() {
        if present & item_mask(&[item]) != 0
            && let Some(answer) = response.answer(usize::from(item))
        {
            // Counted as `answer` above; recoded it is `min + max − answer`.
            sum += flip - 2 * i64::from(answer);
        }
    }
    let answered = present.count_ones();
    let missing = items.count_ones() - answered;
    (sum, i64::from(answered), missing as usize)
}

fn all_items(definition: &InstrumentDefinition) -> u32 {
    first_items(definition.item_count())
}

/// Applies the configurable policy to a part with `missing` unanswered items.
/// Ok(false): complete; Ok(true): prorate; Err: too many missing.
fn allow_missing(
    response: &Response,
    options: &ScoringOptions,
    missing: usize,
    answered: i64,
) -> Result<bool, InstrumentError> {
    if missing == 0 {
        return Ok(false);
    }
    let allowed = match (response.definition().missing_rule(), options.missing()) {
        (MissingRule::RequireAll, _) | (_, MissingPolicy::RequireAll) => 0,
        (_, MissingPolicy::Prorate { max_missing }) => usize::from(max_missing),
    };
    if missing > allowed || answered == 0 {
        return Err(InstrumentError::TooManyMissing {
            instrument: response.instrument(),
            missing,
            allowed,
            safety_flags: response.safety_flags(),
        });
    }
    Ok(true)
}

/// The exact total as `numerator / denominator`.
struct Exact {
    numerator: i64,
    denominator: i64,
}

#[inline]
pub(in crate::instruments) fn score(
    response: &Response,
    options: &ScoringOptions,
) -> Result<Score, InstrumentError> {
    let definition = response.definition();
    match score_complete_sum(response, definition, options) {
        Some(score) => Ok(score),
        None => score_general(response, definition, options),
    }
}

/// The sum of every answer slot, eight at a time in the 16-bit lanes of a `u64` (SWAR): about
/// 20 scalar instructions with a short dependency chain, where a vectorised byte sum needs a long
/// chain of widening shuffles. No lane can overflow: each lane adds at most 6 bytes of 255 (1,530)
/// and the four lanes together at most 6,120, below 2^16.
#[inline(always)]
fn slot_sum(slots: &[u8; MAX_ITEMS]) -> i32 {
    const LOW_BYTES: u64 = 0x00FF_00FF_00FF_00FF;
    const LANES: u64 = 0x0001_0001_0001_0001;
    let mut lanes = 0_u64;
    let mut rest: &[u8] = slots;
    while let Some((word, tail)) = rest.split_first_chunk::<8>() {
        let word = u64::from_le_bytes(*word);
        lanes += (word & LOW_BYTES) + ((word >> 8) & LOW_BYTES);
        rest = tail;
    }
    // The multiplication adds the four lanes into the top one.
    let words = lanes.wrapping_mul(LANES) >> 48;
    let tail: u64 = rest.iter().map(|&answer| u64::from(answer)).sum();
    i32::try_from(words + tail).unwrap_or(i32::MAX)
}

/// The one fast path: a complete response to an instrument scored by its single answer, a sum or
/// a count, without subscales (PHQ-9, GAD-7, PROMIS, the NRS, ...: most stored responses). It
/// gives the same [`Score`] as [`score_general`] wherever its [`WholeSumPlan`] applies, and `None`
/// elsewhere (`fast_path_tests` checks it for every instrument). Why it can be short: nothing is
/// missing, so the safety item is answered and neither the missing-item policy nor proration
/// applies; the total is a whole number, so it needs no `Decimal::from_ratio`, and its band is one
/// look-up in the plan's table. The general path paid for all of that on every score: about 440
/// instructions for a PHQ-9, against about 100 here (docs/performance.md).
#[inline(always)]
pub(super) fn score_complete_sum(
    response: &Response,
    definition: &InstrumentDefinition,
    options: &ScoringOptions,
) -> Option<Score> {
    let plan = WholeSumPlan::of(response.instrument());
    if !plan.applies() || response.missing_mask() != 0 {
        return None;
    }
    let slots = response.answer_slots();
    // Every slot at once (unused slots hold 0).
    let mut sum = slot_sum(slots);
    let flip = i32::from(definition.answer_min()) + i32::from(definition.answer_max());
    for &item in definition.reverse_items() {
        if let Some(&answer) = slots.get(usize::from(item).wrapping_sub(1)) {
            // Counted as `answer` above; recoded it is `min + max − answer`.
            sum += flip - 2 * i32::from(answer);
        }
    }
    let band = plan.band(sum).unwrap_or_else(|| {
        definition
            .bands()
            .and_then(|bands| bands.classify(i64::from(sum), 1))
    });
    // The safety item is answered: only its answer can raise a flag (`Response::safety_flags`).
    let mut safety_flags = SafetyFlags::EMPTY;
    if let Some(&answer) = plan.safety_slot().and_then(|slot| slots.get(slot))
        && answer > 0
    {
        safety_flags.push(SafetyFlag::SuicidalIdeation { answer });
    }
    Some(Score {
        instrument: response.instrument(),
        total: Decimal::from_int(sum),
        band,
        subscales: Subscales::EMPTY,
        safety_flags,
        missing: 0,
        handling: MissingHandling::Complete,
        options: *options,
        rule_version: definition.rule_version(),
        recall: response.recall(),
    })
}

/// Scoring with every rule: missing items, proration, means, percentages and subscales. Kept out
/// of line so the fast path stays a small leaf function.
#[inline(never)]
pub(super) fn score_general(
    response: &Response,
    definition: &InstrumentDefinition,
    options: &ScoringOptions,
) -> Result<Score, InstrumentError> {
    let instrument = response.instrument();
    let safety_flags = response.safety_flags();
    if let Some(item) = definition.safety_item()
        && response.answer(usize::from(item)).is_none()
    {
        return Err(InstrumentError::SafetyItemUnanswered {
            instrument,
            item,
            safety_flags,
        });
    }
    let mut subscales = Subscales::EMPTY;
    let n = i64::try_from(definition.item_count()).unwrap_or(i64::MAX);
    let (exact, handling) = match definition.scoring() {
        ScoringMethod::Single => {
            let answer = response.answer(1).ok_or(InstrumentError::TooManyMissing {
                instrument,
                missing: 1,
                allowed: 0,
                safety_flags,
            })?;
            (
                Exact {
                    numerator: i64::from(answer),
                    denominator: 1,
                },
                MissingHandling::Complete,
            )
        }
        ScoringMethod::Sum | ScoringMethod::Count => {
            let (sum, answered, missing) = tally(response, definition, all_items(definition));
            let prorate = allow_missing(response, options, missing, answered)?;
            let total = if prorate {
                // round(mean(answered) × n), half up: floor((2·sum·n + answered) / (2·answered)).
                (2 * sum * n + answered) / (2 * answered)
            } else {
                sum
            };
            for subscale in definition.subscales() {
                let (sub_sum, _, sub_missing) =
                    tally(response, definition, item_mask(subscale.items()));
                if sub_missing == 0 {
                    subscales
                        .push(SubscaleScore {
                            subscale: subscale.id(),
                            value: Decimal::from_int(i32::try_from(sub_sum).unwrap_or(i32::MAX)),
                            missing_handling: MissingHandling::Complete,
                        })
                        .ok_or_else(|| subscale_overflow(instrument))?;
                }
            }
            let handling = if prorate {
                MissingHandling::Prorated
            } else {
                MissingHandling::Complete
            };
            (
                Exact {
                    numerator: total,
                    denominator: 1,
                },
                handling,
            )
        }
        ScoringMethod::Mean => {
            let (sum, answered, missing) = tally(response, definition, all_items(definition));
            let prorate = allow_missing(response, options, missing, answered)?;
            let handling = if prorate {
                MissingHandling::Prorated
            } else {
                MissingHandling::Complete
            };
            (
                Exact {
                    numerator: sum,
                    denominator: answered,
                },
                handling,
            )
        }
        ScoringMethod::BpiMeans => {
            // Each part by its own rule (§3.2 `[S39]`): severity by the configurable policy,
            // interference valid with at least 4 of its 7 items answered. A score needs one
            // valid part; without a valid severity it has no total and no band.
            let (sum, answered, missing) = tally(response, definition, item_mask(SEVERITY_ITEMS));
            let severity = allow_missing(response, options, missing, answered);
            let (i_sum, i_answered, i_missing) =
                tally(response, definition, item_mask(INTERFERENCE_ITEMS));
            let interference_valid = i_answered >= INTERFERENCE_MIN_ANSWERED as i64;
            let severity_handling = match severity {
                Ok(false) => MissingHandling::Complete,
                Ok(true) => MissingHandling::Prorated,
                Err(error) if !interference_valid => return Err(error),
                Err(_) => MissingHandling::NotScored,
            };
            let severity = Exact {
                numerator: sum,
                denominator: answered.max(1),
            };
            if severity_handling != MissingHandling::NotScored {
                subscales
                    .push(SubscaleScore {
                        subscale: SubscaleId::Severity,
                        value: ratio(&severity)?,
                        missing_handling: severity_handling,
                    })
                    .ok_or_else(|| subscale_overflow(instrument))?;
            }
            if interference_valid {
                let interference = Exact {
                    numerator: i_sum,
                    denominator: i_answered,
                };
                subscales
                    .push(SubscaleScore {
                        subscale: SubscaleId::Interference,
                        value: ratio(&interference)?,
                        missing_handling: if i_missing > 0 {
                            MissingHandling::MeanOfAnswered
                        } else {
                            MissingHandling::Complete
                        },
                    })
                    .ok_or_else(|| subscale_overflow(instrument))?;
            }
            if severity_handling == MissingHandling::NotScored {
                return Ok(Score {
                    instrument,
                    total: Decimal::ZERO,
                    band: None,
                    subscales,
                    safety_flags,
                    missing: response.missing_mask(),
                    handling: MissingHandling::NotScored,
                    options: *options,
                    rule_version: definition.rule_version(),
                    recall: response.recall(),
                });
            }
            (severity, severity_handling)
        }
        ScoringMethod::OdiPercentage => {
            let (sum, answered, missing) = tally(response, definition, all_items(definition));
            let allowed = usize::from(options.odi_max_missing_sections());
            if missing > allowed || answered == 0 {
                return Err(InstrumentError::TooManyMissing {
                    instrument,
                    missing,
                    allowed,
                    safety_flags,
                });
            }
            let handling = if missing > 0 {
                MissingHandling::ReducedDenominator
            } else {
                MissingHandling::Complete
            };
            // sum / (5 × answered) × 100
            (
                Exact {
                    numerator: sum * 100,
                    denominator: 5 * answered,
                },
                handling,
            )
        }
        ScoringMethod::AttributionShare => {
            // No total (§3.14): each answered rating is its own single-item subscale, and the
            // coded causes give the mind/brain share. Counting them allocates nothing.
            for subscale in definition.subscales() {
                let [item] = subscale.items() else {
                    return Err(subscale_overflow(instrument));
                };
                if let Some(answer) = response.answer(usize::from(*item)) {
                    subscales
                        .push(SubscaleScore {
                            subscale: subscale.id(),
                            value: Decimal::from_int(i32::from(answer)),
                            missing_handling: MissingHandling::Complete,
                        })
                        .ok_or_else(|| subscale_overflow(instrument))?;
                }
            }
            return Ok(Score {
                instrument,
                total: CodedCauses::of(response.causes()).to_total_slot(),
                band: None,
                subscales,
                safety_flags,
                missing: response.missing_mask(),
                handling: MissingHandling::NotScored,
                options: *options,
                rule_version: definition.rule_version(),
                recall: response.recall(),
            });
        }
    };
    let band = definition
        .bands()
        .and_then(|bands| bands.classify(exact.numerator, exact.denominator));
    Ok(Score {
        instrument,
        total: ratio(&exact)?,
        band,
        subscales,
        safety_flags,
        missing: response.missing_mask(),
        handling,
        options: *options,
        rule_version: definition.rule_version(),
        recall: response.recall(),
    })
}

/// A subscale that [`Subscales`] cannot hold: impossible for the catalog (at most three subscales,
/// values within 0-24), an error rather than a silent loss all the same.
fn subscale_overflow(instrument: InstrumentId) -> InstrumentError {
    InstrumentError::InconsistentScore {
        instrument,
        reason: "a subscale beyond the three a score holds, or beyond ±327.67",
    }
}

fn ratio(exact: &Exact) -> Result<Decimal, InstrumentError> {
    // Denominators are item counts (≥ 1) and numerators small, so this cannot fail; the error is
    // mapped rather than unwrapped all the same.
    Decimal::from_ratio(exact.numerator, exact.denominator).map_err(|_| {
        InstrumentError::InvalidOption {
            option: "denominator",
            value: 0,
            allowed: "1 or more",
        }
    })
}

#[cfg(test)]
mod mask_tests {
    use super::*;

    #[test]
    fn item_masks_follow_the_missing_mask_layout() {
        // Items 1, 2 and 8: bits 0, 1 and 7 = 1 + 2 + 128.
        assert_eq!(item_mask(&[1, 2, 8]), 131);
        // An item named twice is one bit.
        assert_eq!(item_mask(&[3, 3]), 4);
        // Item 0 and items past bit 31 name no answer slot: no bit.
        assert_eq!(item_mask(&[0, 33]), 0);
        assert_eq!(first_items(0), 0);
        assert_eq!(first_items(9), 0b1_1111_1111);
        assert_eq!(first_items(32), u32::MAX);
    }

    #[test]
    fn tally_recodes_reverse_items_and_counts_missing() {
        // PROMIS sleep disturbance 8a: answers 1-5, items 1, 2 and 8 reverse-scored (6 − answer).
        let definition = InstrumentId::PromisSleepDisturbance8a.definition();
        assert_eq!(definition.reverse_items(), &[1, 2, 8]);
        let answers = [
            Some(1),
            Some(2),
            None,
            Some(4),
            Some(5),
            Some(1),
            Some(2),
            Some(3),
        ];
        let response = Response::new(InstrumentId::PromisSleepDisturbance8a, &answers).unwrap();
        // Recoded: 5 + 4 + (missing) + 4 + 5 + 1 + 2 + 3 = 24 over 7 answered, 1 missing.
        assert_eq!(
            tally(&response, definition, all_items(definition)),
            (24, 7, 1)
        );
        // Items 1 and 3 only: 5 over 1 answered, 1 missing.
        assert_eq!(tally(&response, definition, item_mask(&[1, 3])), (5, 1, 1));
    }
}
