//! Scores: an exact total, subscales, band, safety flags and missing-item provenance; and the
//! scoring engine, which reads every rule from the instrument's definition and never allocates.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::Error as _;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Value, json};

use crate::Decimal;
use crate::instruments::MAX_ITEMS;
use crate::instruments::bpi::{INTERFERENCE_ITEMS, INTERFERENCE_MIN_ANSWERED, SEVERITY_ITEMS};
use crate::instruments::response::present;
use crate::instruments::whole_sum::WholeSumPlan;
use crate::instruments::{
    Band, InstrumentDefinition, InstrumentError, InstrumentId, MissingHandling, MissingPolicy,
    MissingRule, RecallPeriod, Response, ScoringMethod, ScoringOptions, SubscaleId, TScoreTable,
};
use crate::version::SchemaVersion;

/// A safety signal that no total or band can hide (clinical reference §2.2 `[S35]` `[S36]`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum SafetyFlag {
    /// PHQ-9 item 9 answered above 0: same-session clinician review is needed.
    SuicidalIdeation {
        /// The item 9 answer, 1-3.
        #[schemars(range(min = 1, max = 3))]
        answer: u8,
    },
    /// The safety item was left unanswered: safety unknown.
    SafetyItemUnanswered {
        /// The safety item, 1-based.
        #[schemars(range(min = 1))]
        item: u8,
    },
}

/// Up to two safety flags, stored inline (no allocation); serialized as a JSON array. What
/// [`Response::safety_flags`] returns and what scoring errors carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SafetyFlags {
    items: [SafetyFlag; 2],
    len: u8,
}

impl SafetyFlags {
    pub(super) const EMPTY: SafetyFlags = SafetyFlags {
        items: [SafetyFlag::SafetyItemUnanswered { item: 0 }; 2],
        len: 0,
    };

    pub(super) fn push(&mut self, flag: SafetyFlag) {
        if let Some(slot) = self.items.get_mut(usize::from(self.len)) {
            *slot = flag;
            self.len += 1;
        }
    }

    /// The flags.
    pub fn as_slice(&self) -> &[SafetyFlag] {
        self.items.get(..usize::from(self.len)).unwrap_or(&[])
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Serialize for SafetyFlags {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(serializer)
    }
}

/// One subscale's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubscaleScore {
    subscale: SubscaleId,
    value: Decimal,
}

impl SubscaleScore {
    /// The subscale.
    pub const fn subscale(&self) -> SubscaleId {
        self.subscale
    }
    /// Its value (a sum, or a mean rounded half away from zero to 0.01).
    pub const fn value(&self) -> Decimal {
        self.value
    }
}

const MAX_SUBSCALES: usize = 3;

/// Up to three subscale scores, stored compactly: ids and values in hundredths (every subscale of
/// the catalog lies within 0-24, far inside `i16`). A small `Score` is copied in a few moves; with
/// three inline [`SubscaleScore`]s it was 88 bytes, and copying it dominated the fast path
/// (docs/performance.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Subscales {
    ids: [SubscaleId; MAX_SUBSCALES],
    hundredths: [i16; MAX_SUBSCALES],
    len: u8,
}

impl Subscales {
    const EMPTY: Subscales = Subscales {
        ids: [SubscaleId::Severity; MAX_SUBSCALES],
        hundredths: [0; MAX_SUBSCALES],
        len: 0,
    };

    /// Adds `score`; `None` when all slots are taken or its value does not fit (neither happens
    /// for the catalog's subscales, whose values are checked against their ranges first).
    fn push(&mut self, score: SubscaleScore) -> Option<()> {
        let index = usize::from(self.len);
        let hundredths = i16::try_from(score.value.hundredths()).ok()?;
        *self.ids.get_mut(index)? = score.subscale;
        *self.hundredths.get_mut(index)? = hundredths;
        self.len += 1;
        Some(())
    }

    fn iter(&self) -> impl ExactSizeIterator<Item = SubscaleScore> + Clone + '_ {
        let len = usize::from(self.len);
        self.ids
            .iter()
            .zip(&self.hundredths)
            .take(len)
            .map(|(&subscale, &hundredths)| SubscaleScore {
                subscale,
                value: Decimal::from_hundredths_i32(i32::from(hundredths)),
            })
    }
}

/// The score of one response: exact total, subscales, band, safety flags and how missing items
/// were handled, with the rule version, so a stored score can be recomputed when a rule changes.
///
/// # Exactness
///
/// Sums are whole numbers. Means and percentages are [`Decimal`]s from `Decimal::from_ratio`,
/// rounded half away from zero to 0.01 (PEG answers 3, 2, 3 give 8/3 = `2.67`); the band is
/// decided on the exact ratio before rounding.
///
/// # JSON
///
/// Deserializing checks what a score alone can show, cheaply:
/// - the instrument takes fixed answers and the rule version is between 1 and the current one;
/// - the total lies in the valid range and some set of answers gives it (a whole number for sums;
///   `k/3` for PEG-3, `20k/answered` for ODI, and so on);
/// - the band is the one the instrument assigns to that total (a total rounded to 0.01 cannot change
///   band for any denominator the rules produce);
/// - subscales are exactly those the answered items allow, in range, and agree with the total
///   (BPI-SF severity equals the total; complete PCS subscales add up to it);
/// - safety flags belong to an instrument with a safety item (only suicidal ideation, 1-3: a
///   score never exists without its safety item);
/// - missing items are distinct, in range, never the safety item, and agree with the handling and
///   the options (for example at most `max_missing` prorated items);
/// - the NRS recall is present exactly for the NRS.
///
/// It cannot check that the total matches answers it does not hold, nor that an unflagged PHQ-9
/// really had item 9 at 0. The published schema expresses ranges, bands tied to totals and flags;
/// reachability, subscale sums and provenance against options are checked by serde only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Score {
    instrument: InstrumentId,
    total: Decimal,
    band: Option<Band>,
    subscales: Subscales,
    safety_flags: SafetyFlags,
    missing: u32,
    handling: MissingHandling,
    options: ScoringOptions,
    rule_version: u16,
    recall: Option<RecallPeriod>,
}

impl Score {
    /// The instrument.
    pub const fn instrument(&self) -> InstrumentId {
        self.instrument
    }
    /// The instrument's definition.
    pub fn definition(&self) -> &'static InstrumentDefinition {
        self.instrument.definition()
    }
    /// The total: a sum, a mean (PEG-3, BPI-SF severity) or a percentage (ODI).
    pub const fn total(&self) -> Decimal {
        self.total
    }
    /// The band of the total, when the instrument has verified bands.
    pub const fn band(&self) -> Option<Band> {
        self.band
    }
    /// Subscales (PCS, BPI-SF), those that could be computed, in the definition's order.
    pub fn subscales(&self) -> impl ExactSizeIterator<Item = SubscaleScore> + Clone + '_ {
        self.subscales.iter()
    }
    /// One subscale's value, if computed.
    pub fn subscale(&self, id: SubscaleId) -> Option<Decimal> {
        self.subscales().find(|s| s.subscale == id).map(|s| s.value)
    }
    /// Safety flags; never hidden by the total or band.
    pub fn safety_flags(&self) -> &[SafetyFlag] {
        self.safety_flags.as_slice()
    }
    /// Whether any safety flag is raised.
    pub fn has_safety_flag(&self) -> bool {
        !self.safety_flags.is_empty()
    }
    /// The unanswered items, 1-based.
    pub fn missing_items(&self) -> impl Iterator<Item = u8> + '_ {
        bits(self.missing)
    }
    /// How many items were unanswered.
    pub const fn missing_count(&self) -> usize {
        self.missing.count_ones() as usize
    }
    /// How unanswered items were handled.
    pub const fn missing_handling(&self) -> MissingHandling {
        self.handling
    }
    /// Whether the total was prorated.
    pub fn is_prorated(&self) -> bool {
        self.handling == MissingHandling::Prorated
    }
    /// The options the score was computed with.
    pub const fn options(&self) -> &ScoringOptions {
        &self.options
    }
    /// The version of the instrument's scoring rule this score was computed with.
    pub const fn rule_version(&self) -> u16 {
        self.rule_version
    }
    /// The recall period of an NRS score (compare only scores with the same recall).
    pub const fn recall(&self) -> Option<RecallPeriod> {
        self.recall
    }
    /// Whether the score used the instrument's current rule.
    pub fn is_current_rule(&self) -> bool {
        self.rule_version == self.definition().rule_version()
    }
    /// The PROMIS T-score from an app-supplied table: only for a complete, unprorated PROMIS raw sum.
    pub fn t_score(&self, table: &impl TScoreTable) -> Option<Decimal> {
        let promis = matches!(
            self.instrument,
            InstrumentId::PromisDepression8b
                | InstrumentId::PromisAnxiety8a
                | InstrumentId::PromisAnger5a
                | InstrumentId::PromisSleepDisturbance8b
        );
        if !promis || self.handling != MissingHandling::Complete {
            return None;
        }
        let raw = u8::try_from(self.total.hundredths() / 100).ok()?;
        table.t_score(self.instrument, raw)
    }
}

/// The 1-based positions of the set bits of `mask`.
pub(super) fn bits(mask: u32) -> impl Iterator<Item = u8> {
    (0_u8..32)
        .filter(move |i| mask & (1 << i) != 0)
        .map(|i| i + 1)
}

/// `items` as a mask in the layout of [`Response::missing_mask`]: bit `i` is item `i + 1`.
fn item_mask(items: &[u8]) -> u32 {
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
        (MissingRule::RequireAll, _) | (_, MissingPolicy::RequireAll {}) => 0,
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
pub(super) fn score(
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
fn score_complete_sum(
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
fn score_general(
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
            let (sum, answered, missing) = tally(response, definition, item_mask(SEVERITY_ITEMS));
            let prorate = allow_missing(response, options, missing, answered)?;
            let severity = Exact {
                numerator: sum,
                denominator: answered,
            };
            subscales
                .push(SubscaleScore {
                    subscale: SubscaleId::Severity,
                    value: ratio(&severity)?,
                })
                .ok_or_else(|| subscale_overflow(instrument))?;
            let (i_sum, i_answered, i_missing) =
                tally(response, definition, item_mask(INTERFERENCE_ITEMS));
            if i_answered >= INTERFERENCE_MIN_ANSWERED as i64 {
                let interference = Exact {
                    numerator: i_sum,
                    denominator: i_answered,
                };
                subscales
                    .push(SubscaleScore {
                        subscale: SubscaleId::Interference,
                        value: ratio(&interference)?,
                    })
                    .ok_or_else(|| subscale_overflow(instrument))?;
            }
            let handling = if prorate {
                MissingHandling::Prorated
            } else if i_missing > 0 {
                MissingHandling::MeanOfAnswered
            } else {
                MissingHandling::Complete
            };
            (severity, handling)
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
            return Err(InstrumentError::NotFixedAnswers { instrument });
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

/// The subscales as a JSON array.
struct SubscaleList<'a>(&'a Subscales);

impl Serialize for SubscaleList<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter())
    }
}

impl Serialize for Score {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Missing(u32);
        impl Serialize for Missing {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_seq(bits(self.0))
            }
        }
        let fields = if self.recall.is_some() { 11 } else { 10 };
        let mut state = serializer.serialize_struct("Score", fields)?;
        state.serialize_field("schema_version", &SchemaVersion)?;
        state.serialize_field("instrument", &self.instrument)?;
        state.serialize_field("total", &self.total)?;
        state.serialize_field("band", &self.band)?;
        state.serialize_field("subscales", &SubscaleList(&self.subscales))?;
        state.serialize_field("safety_flags", &self.safety_flags)?;
        state.serialize_field("missing_items", &Missing(self.missing))?;
        state.serialize_field("missing_handling", &self.handling)?;
        state.serialize_field("options", &self.options)?;
        state.serialize_field("rule_version", &self.rule_version)?;
        if let Some(recall) = self.recall {
            state.serialize_field("recall", &recall)?;
        }
        state.end()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScore {
    // Checked on read (only version 1 exists); see `crate::versioning`.
    #[allow(dead_code)]
    schema_version: SchemaVersion,
    instrument: InstrumentId,
    total: Decimal,
    band: Option<Band>,
    subscales: Vec<SubscaleScore>,
    safety_flags: Vec<SafetyFlag>,
    missing_items: Vec<u8>,
    missing_handling: MissingHandling,
    options: ScoringOptions,
    rule_version: u16,
    #[serde(default, deserialize_with = "present")]
    recall: Option<Option<RecallPeriod>>,
}

impl TryFrom<RawScore> for Score {
    type Error = InstrumentError;

    fn try_from(raw: RawScore) -> Result<Score, InstrumentError> {
        let instrument = raw.instrument;
        let bad = |reason| InstrumentError::InconsistentScore { instrument, reason };
        if !instrument.is_fixed_response() {
            return Err(InstrumentError::NotFixedAnswers { instrument });
        }
        let definition = instrument.definition();
        if raw.total < definition.score_min() || raw.total > definition.score_max() {
            return Err(bad("total outside the valid range"));
        }
        let whole = matches!(
            definition.scoring(),
            ScoringMethod::Single | ScoringMethod::Sum | ScoringMethod::Count
        );
        if whole && raw.total.hundredths() % 100 != 0 {
            return Err(bad("a summed total must be a whole number"));
        }
        let band = definition
            .bands()
            .and_then(|b| b.classify(raw.total.hundredths(), 100));
        if band != raw.band {
            return Err(bad("band does not match the total"));
        }
        let mut subscales = Subscales::EMPTY;
        let mut position = 0;
        for sub in &raw.subscales {
            let Some(offset) = definition
                .subscales()
                .iter()
                .skip(position)
                .position(|d| d.id() == sub.subscale)
            else {
                return Err(bad(
                    "subscale not of this instrument, repeated or out of order",
                ));
            };
            let def = definition
                .subscales()
                .get(position + offset)
                .ok_or(bad("subscale"))?;
            if sub.value < def.min() || sub.value > def.max() {
                return Err(bad("subscale outside its range"));
            }
            position += offset + 1;
            subscales.push(*sub).ok_or(bad("subscale"))?;
        }
        let mut safety_flags = SafetyFlags::EMPTY;
        match (definition.safety_item(), raw.safety_flags.as_slice()) {
            (_, []) => {}
            (Some(_), [SafetyFlag::SuicidalIdeation { answer }])
                if (1..=definition.answer_max()).contains(answer) =>
            {
                safety_flags.push(SafetyFlag::SuicidalIdeation { answer: *answer });
            }
            _ => {
                return Err(bad(
                    "safety flags impossible for a scored response of this instrument",
                ));
            }
        }
        let mut missing = 0_u32;
        for &item in &raw.missing_items {
            let index = usize::from(item);
            if index == 0 || index > definition.item_count() || missing & (1 << (index - 1)) != 0 {
                return Err(bad("missing items must be distinct item numbers"));
            }
            if definition.safety_item() == Some(item) {
                return Err(bad("a score cannot exist without the safety item"));
            }
            missing |= 1 << (index - 1);
        }
        if !provenance_consistent(definition, missing, raw.missing_handling, &raw.options) {
            return Err(bad("missing items, handling and options disagree"));
        }
        if !total_reachable(definition, missing, raw.total) {
            return Err(bad("no set of answers gives this total"));
        }
        if !subscales_consistent(
            definition,
            missing,
            raw.total,
            raw.missing_handling,
            &raw.subscales,
        ) {
            return Err(bad(
                "subscales do not match the answered items or the total",
            ));
        }
        if raw.rule_version == 0 || raw.rule_version > definition.rule_version() {
            return Err(bad("unknown rule version"));
        }
        let recall = match (instrument == InstrumentId::Nrs, raw.recall) {
            (true, Some(Some(recall))) => Some(recall),
            (false, None) => None,
            (true, _) => return Err(InstrumentError::RecallRequired { instrument }),
            (false, Some(_)) => return Err(InstrumentError::RecallNotApplicable { instrument }),
        };
        Ok(Score {
            instrument,
            total: raw.total,
            band: raw.band,
            subscales,
            safety_flags,
            missing,
            handling: raw.missing_handling,
            options: raw.options,
            rule_version: raw.rule_version,
            recall,
        })
    }
}

/// BPI-SF: the mask bits of the 4 severity items.
const BPI_SEVERITY_MASK: u32 = 0b1111;

fn provenance_consistent(
    definition: &InstrumentDefinition,
    missing: u32,
    handling: MissingHandling,
    options: &ScoringOptions,
) -> bool {
    let count = missing.count_ones() as usize;
    let n = definition.item_count();
    let policy_max = match options.missing() {
        MissingPolicy::RequireAll {} => 0,
        MissingPolicy::Prorate { max_missing } => usize::from(max_missing),
    };
    let severity_missing = (missing & BPI_SEVERITY_MASK).count_ones() as usize;
    let interference_missing = count - severity_missing;
    match (handling, definition.missing_rule()) {
        (MissingHandling::Complete, _) => count == 0,
        (MissingHandling::Prorated, MissingRule::Policy) => {
            count >= 1 && count <= policy_max && count < n
        }
        (MissingHandling::Prorated, MissingRule::BpiInterference) => {
            severity_missing >= 1
                && severity_missing <= policy_max
                && severity_missing < SEVERITY_ITEMS.len()
        }
        (MissingHandling::MeanOfAnswered, MissingRule::BpiInterference) => {
            severity_missing == 0 && interference_missing >= 1
        }
        (MissingHandling::ReducedDenominator, MissingRule::OdiDenominator) => {
            count >= 1 && count <= usize::from(options.odi_max_missing_sections()) && count < n
        }
        _ => false,
    }
}

/// Whether some whole sum `s` in `0..=max_sum` gives `total = s × factor / denominator`.
fn ratio_reachable(total: Decimal, max_sum: i64, factor: i64, denominator: i64) -> bool {
    denominator > 0
        && (0..=max_sum).any(|s| Decimal::from_ratio(s * factor, denominator).ok() == Some(total))
}

fn total_reachable(definition: &InstrumentDefinition, missing: u32, total: Decimal) -> bool {
    let top = i64::from(definition.answer_max());
    let answered =
        i64::try_from(definition.item_count()).unwrap_or(0) - i64::from(missing.count_ones());
    match definition.scoring() {
        ScoringMethod::Mean => ratio_reachable(total, top * answered, 1, answered),
        ScoringMethod::BpiMeans => {
            let severity = 4 - i64::from((missing & BPI_SEVERITY_MASK).count_ones());
            ratio_reachable(total, top * severity, 1, severity)
        }
        ScoringMethod::OdiPercentage => ratio_reachable(total, top * answered, 100, 5 * answered),
        // Sums are whole numbers in range, checked before; proration can reach any of them.
        _ => true,
    }
}

fn subscales_consistent(
    definition: &InstrumentDefinition,
    missing: u32,
    total: Decimal,
    handling: MissingHandling,
    subscales: &[SubscaleScore],
) -> bool {
    let mask = |items: &[u8]| {
        items.iter().fold(0_u32, |m, i| {
            m | 1 << (u32::from(*i).saturating_sub(1) & 31)
        })
    };
    let mut expected = definition.subscales().iter().filter(|d| match d.id() {
        SubscaleId::Severity => true,
        SubscaleId::Interference => {
            INTERFERENCE_ITEMS.len() - (missing & mask(INTERFERENCE_ITEMS)).count_ones() as usize
                >= INTERFERENCE_MIN_ANSWERED
        }
        _ => missing & mask(d.items()) == 0,
    });
    let same_set = subscales
        .iter()
        .all(|s| expected.next().map(|d| d.id()) == Some(s.subscale))
        && expected.next().is_none();
    if !same_set {
        return false;
    }
    let values_fit = subscales.iter().all(|s| match s.subscale {
        SubscaleId::Severity => s.value == total,
        SubscaleId::Interference => {
            let answered = 7 - i64::from((missing & mask(INTERFERENCE_ITEMS)).count_ones());
            ratio_reachable(s.value, 10 * answered, 1, answered)
        }
        _ => s.value.hundredths() % 100 == 0,
    });
    // PCS subscales partition the 13 items: on a complete response they add up to the total.
    let partition = definition
        .subscales()
        .iter()
        .map(|d| d.items().len())
        .sum::<usize>()
        == definition.item_count()
        && definition.scoring() == ScoringMethod::Sum;
    let sums_match = !(partition && handling == MissingHandling::Complete)
        || subscales
            .iter()
            .try_fold(Decimal::ZERO, |acc, s| acc.checked_add(s.value))
            == Some(total);
    values_fit && sums_match
}

impl<'de> Deserialize<'de> for Score {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Score, D::Error> {
        Score::try_from(RawScore::deserialize(deserializer)?).map_err(D::Error::custom)
    }
}

impl JsonSchema for Score {
    fn schema_name() -> Cow<'static, str> {
        "Score".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::Score").into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let decimal = generator.subschema_for::<Decimal>().to_value();
        let subscale = generator.subschema_for::<SubscaleScore>().to_value();
        let handling = generator.subschema_for::<MissingHandling>().to_value();
        let options = generator.subschema_for::<ScoringOptions>().to_value();
        let variants: Vec<Value> = InstrumentId::ALL
            .into_iter()
            .filter(|id| id.is_fixed_response())
            .map(|id| {
                let d = id.definition();
                let mut total = decimal.clone();
                if let Some(object) = total.as_object_mut() {
                    object.insert("minimum".into(), json!(d.score_min));
                    object.insert("maximum".into(), json!(d.score_max));
                    if matches!(d.scoring(), ScoringMethod::Single | ScoringMethod::Sum | ScoringMethod::Count) {
                        object.insert("multipleOf".into(), json!(1));
                    }
                }
                // The band is tied to the total: one alternative per band with its exact edges
                // (above the previous band's upper edge, up to its own).
                let (band, band_total) = match d.bands() {
                    None => (json!({ "type": "null" }), json!({})),
                    Some(bands) => {
                        let names: Vec<&str> = bands.rules().iter().map(|r| r.band().as_str()).collect();
                        let mut previous: Option<i32> = None;
                        let pairs: Vec<Value> = bands
                            .rules()
                            .iter()
                            .map(|rule| {
                                let mut total = json!({ "maximum": rule.upper() });
                                if let (Some(below), Some(object)) = (previous, total.as_object_mut()) {
                                    object.insert("exclusiveMinimum".into(), json!(below));
                                }
                                previous = Some(rule.upper());
                                json!({ "properties": { "band": { "const": rule.band().as_str() }, "total": total } })
                            })
                            .collect();
                        (json!({ "enum": names }), json!({ "anyOf": pairs }))
                    }
                };
                let flags_max = if d.safety_item().is_some() { 1 } else { 0 };
                // A scored response always has its safety item, so only suicidal ideation can be flagged.
                let flag = json!({
                    "type": "object",
                    "properties": {
                        "type": { "const": "suicidal_ideation" },
                        "answer": { "type": "integer", "minimum": 1, "maximum": d.answer_max() },
                    },
                    "required": ["type", "answer"],
                    "additionalProperties": false,
                });
                let mut required = vec!["schema_version", "instrument", "total", "band", "subscales", "safety_flags", "missing_items", "missing_handling", "options", "rule_version"];
                if id == InstrumentId::Nrs {
                    required.push("recall");
                }
                let mut variant = json!({
                    "title": d.short_name(),
                    "type": "object",
                    "properties": {
                        "schema_version": { "description": "The document layout version, 1.", "type": "integer", "const": 1 },
                        "instrument": { "const": id.as_str() },
                        "total": total,
                        "band": band,
                        "subscales": { "type": "array", "items": subscale.clone(), "maxItems": d.subscales().len() },
                        "safety_flags": { "type": "array", "items": flag, "maxItems": flags_max },
                        "missing_items": {
                            "type": "array",
                            "items": { "type": "integer", "minimum": 1, "maximum": d.item_count() },
                            "uniqueItems": true,
                            "maxItems": d.item_count().saturating_sub(1),
                        },
                        "missing_handling": handling.clone(),
                        "options": options.clone(),
                        "rule_version": { "type": "integer", "minimum": 1, "maximum": d.rule_version() },
                    },
                    "required": required,
                    "additionalProperties": false,
                });
                if let (Some(object), Some(all_of)) = (variant.as_object_mut(), band_total.get("anyOf")) {
                    object.insert("anyOf".into(), all_of.clone());
                }
                if let (Some(item), Some(missing)) = (
                    d.safety_item(),
                    variant.pointer_mut("/properties/missing_items").and_then(Value::as_object_mut),
                ) {
                    missing.insert("not".into(), json!({ "contains": { "const": item } }));
                }
                if id == InstrumentId::Nrs
                    && let Some(properties) = variant.get_mut("properties").and_then(Value::as_object_mut)
                {
                    properties.insert("recall".into(), RecallPeriod::schema_value());
                }
                variant
            })
            .collect();
        let value = json!({
            "title": "Score",
            "description": "The score of one response: exact total, band (consistent with the total), subscales, safety flags and missing-item provenance.",
            "type": "object",
            "oneOf": variants,
        });
        Schema::try_from(value).unwrap_or_default()
    }
}

#[cfg(test)]
mod mask_tests {
    use super::*;

    #[test]
    fn item_masks_follow_the_missing_mask_layout() {
        // Items 1, 2 and 8: bits 0, 1 and 7 = 1 + 2 + 128.
        assert_eq!(item_mask(&[1, 2, 8]), 131);
        // Item 0 and items past bit 31 name no answer slot: no bit.
        assert_eq!(item_mask(&[0, 33]), 0);
        assert_eq!(first_items(0), 0);
        assert_eq!(first_items(9), 0b1_1111_1111);
        assert_eq!(first_items(32), u32::MAX);
    }

    #[test]
    fn tally_recodes_reverse_items_and_counts_missing() {
        // PROMIS sleep disturbance 8b: answers 1-5, items 1, 2 and 8 reverse-scored (6 − answer).
        let definition = InstrumentId::PromisSleepDisturbance8b.definition();
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
        let response = Response::new(InstrumentId::PromisSleepDisturbance8b, &answers).unwrap();
        // Recoded: 5 + 4 + (missing) + 4 + 5 + 1 + 2 + 3 = 24 over 7 answered, 1 missing.
        assert_eq!(
            tally(&response, definition, all_items(definition)),
            (24, 7, 1)
        );
        // Items 1 and 3 only: 5 over 1 answered, 1 missing.
        assert_eq!(tally(&response, definition, item_mask(&[1, 3])), (5, 1, 1));
    }
}

#[cfg(test)]
mod fast_path_tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_score_result_is_a_small_plain_value() {
        // Copying the `Result` dominated the fast path while `Score` was 88 bytes and the error
        // owned a `String` (docs/performance.md): keep both small and free of drop glue.
        assert_eq!(std::mem::size_of::<Score>(), 40);
        assert_eq!(std::mem::size_of::<Result<Score, InstrumentError>>(), 48);
        assert!(!std::mem::needs_drop::<Result<Score, InstrumentError>>());
    }

    #[test]
    fn subscales_keep_their_order_and_refuse_what_they_cannot_hold() {
        let score = |subscale, hundredths| SubscaleScore {
            subscale,
            value: Decimal::from_hundredths_i32(hundredths),
        };
        let mut subscales = Subscales::EMPTY;
        assert_eq!(subscales.iter().len(), 0);
        assert_eq!(subscales.push(score(SubscaleId::Severity, 267)), Some(()));
        assert_eq!(
            subscales.push(score(SubscaleId::Interference, -5)),
            Some(())
        );
        // Beyond ±327.67 a value does not fit; nothing is stored.
        assert_eq!(subscales.push(score(SubscaleId::Rumination, 32_768)), None);
        assert_eq!(subscales.push(score(SubscaleId::Rumination, -32_769)), None);
        assert_eq!(
            subscales.push(score(SubscaleId::Rumination, 32_767)),
            Some(())
        );
        assert_eq!(subscales.push(score(SubscaleId::Helplessness, 0)), None);
        let stored: Vec<SubscaleScore> = subscales.iter().collect();
        assert_eq!(
            stored,
            [
                score(SubscaleId::Severity, 267),
                score(SubscaleId::Interference, -5),
                score(SubscaleId::Rumination, 32_767),
            ]
        );
    }

    /// Any fixed-answer instrument, with answers in range: complete (where the fast path applies)
    /// or with about one in six missing (where it must decline); an NRS gets a recall period.
    fn any_response(complete: bool) -> impl Strategy<Value = Response> {
        let ids: Vec<InstrumentId> = InstrumentId::ALL
            .into_iter()
            .filter(|id| id.is_fixed_response())
            .collect();
        proptest::sample::select(ids).prop_flat_map(move |id| {
            let definition = id.definition();
            let n = definition.item_count();
            let answers =
                proptest::collection::vec(definition.answer_min()..=definition.answer_max(), n);
            // One in six unanswered, unless complete.
            let dice = proptest::collection::vec(0_u8..6, n);
            (answers, dice).prop_map(move |(answers, dice)| {
                let answers: Vec<Option<u8>> = answers
                    .into_iter()
                    .zip(dice)
                    .map(|(answer, die)| (complete || die > 0).then_some(answer))
                    .collect();
                if id == InstrumentId::Nrs {
                    Response::nrs(answers.first().copied().flatten(), RecallPeriod::PastWeek)
                } else {
                    Response::new(id, &answers)
                }
                .unwrap()
            })
        })
    }

    fn any_options() -> impl Strategy<Value = ScoringOptions> {
        (
            prop_oneof![
                Just(MissingPolicy::RequireAll {}),
                (1_u8..=4).prop_map(|max_missing| MissingPolicy::Prorate { max_missing }),
            ],
            0_u8..=9,
        )
            .prop_map(|(missing, odi)| ScoringOptions::new(missing, odi).unwrap())
    }

    fn check(response: &Response, options: &ScoringOptions) -> Result<(), TestCaseError> {
        let definition = response.definition();
        let general = score_general(response, definition, options);
        match score_complete_sum(response, definition, options) {
            Some(fast) => prop_assert_eq!(Ok(fast), general),
            // Declined only where it does not apply.
            None => prop_assert!(
                !WholeSumPlan::of(response.instrument()).applies() || response.missing_count() > 0
            ),
        }
        // The entry point gives the general path's answer, whichever path it took.
        prop_assert_eq!(
            score(response, options),
            score_general(response, definition, options)
        );
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        #[test]
        fn fast_path_gives_the_general_score(response in any_response(true), options in any_options()) {
            check(&response, &options)?;
        }

        #[test]
        fn fast_path_declines_incomplete_responses(response in any_response(false), options in any_options()) {
            check(&response, &options)?;
        }

        /// What the reader checks (reachable totals, provenance, subscales) never refuses a
        /// real score, complete, prorated or with a reduced denominator.
        #[test]
        fn every_score_reads_back_from_its_json(
            response in any::<bool>().prop_flat_map(any_response),
            options in any_options(),
        ) {
            if let Ok(score) = score(&response, &options) {
                let json = serde_json::to_value(score).unwrap();
                let read = serde_json::from_value::<Score>(json).map_err(|e| e.to_string());
                prop_assert_eq!(read, Ok(score));
            }
        }
    }

    /// `score` with the JSON field `field` replaced by `value` (which must exist) is refused.
    fn refused(score: &Score, field: &str, value: serde_json::Value) -> bool {
        let mut json = serde_json::to_value(score).unwrap();
        assert!(json.get(field).is_some(), "{field}");
        json[field] = value;
        serde_json::from_value::<Score>(json).is_err()
    }

    #[test]
    fn provenance_that_no_scoring_gives_is_refused() {
        // GAD-7, item 3 unanswered, prorated under "at most 1 missing".
        let mut answers = [Some(1); 7];
        answers[2] = None;
        let options = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 1 }, 1).unwrap();
        let prorated = Response::new(InstrumentId::Gad7, &answers)
            .unwrap()
            .score_with(&options)
            .unwrap();
        assert!(!refused(&prorated, "missing_items", json!([3])));
        assert!(refused(&prorated, "missing_items", json!([2, 3])));
        assert!(refused(&prorated, "missing_items", json!([3, 3])));
        assert!(refused(&prorated, "missing_items", json!([])));
        // BPI-SF: "mean of answered" needs an unanswered interference item.
        let bpi = Response::new(InstrumentId::BpiSf, &[Some(5); 11])
            .unwrap()
            .score()
            .unwrap();
        assert!(refused(&bpi, "missing_handling", json!("mean_of_answered")));
    }

    /// Read back beside the property above, which mutation runs sample thinly (16 cases): one
    /// score of every missing-item rule and of every mean or percentage total at its top.
    #[test]
    fn every_provenance_and_the_top_totals_read_back() {
        let reads_back = |id, answers: &[Option<u8>], options: &ScoringOptions| {
            let score = Response::new(id, answers)
                .unwrap()
                .score_with(options)
                .unwrap();
            let json = serde_json::to_value(score).unwrap();
            assert_eq!(
                serde_json::from_value::<Score>(json).unwrap(),
                score,
                "{id:?}"
            );
            score
        };
        let lenient = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 1 }, 1).unwrap();
        let default = ScoringOptions::DEFAULT;
        assert_eq!(
            reads_back(InstrumentId::Peg3, &[Some(10); 3], &default).total(),
            Decimal::from_int(10)
        );
        assert_eq!(
            reads_back(InstrumentId::BpiSf, &[Some(10); 11], &default).total(),
            Decimal::from_int(10)
        );
        let mut bpi = [Some(8); 11];
        bpi[0] = None;
        assert!(reads_back(InstrumentId::BpiSf, &bpi, &lenient).is_prorated());
        let mut bpi = [Some(8); 11];
        bpi[6] = None;
        assert_eq!(
            reads_back(InstrumentId::BpiSf, &bpi, &default).missing_handling(),
            MissingHandling::MeanOfAnswered
        );
        let mut odi = [Some(5); 10];
        odi[9] = None;
        let odi = reads_back(InstrumentId::Odi, &odi, &default);
        assert_eq!(odi.missing_handling(), MissingHandling::ReducedDenominator);
        assert_eq!(odi.total(), Decimal::from_int(100));
        let mut pcs = [Some(4); 13];
        pcs[0] = None;
        let pcs = reads_back(InstrumentId::Pcs, &pcs, &lenient);
        assert!(pcs.is_prorated());
        // Item 1 is a helplessness item: that subscale is not computed, the others are.
        assert_eq!(pcs.subscale(SubscaleId::Helplessness), None);
        assert_eq!(
            pcs.subscale(SubscaleId::Rumination),
            Some(Decimal::from_int(16))
        );
        assert_eq!(pcs.subscales().len(), 2);
        // More unanswered than the options allow is refused on read.
        let mut bpi = [Some(8); 11];
        bpi[0] = None;
        let prorated = Response::new(InstrumentId::BpiSf, &bpi)
            .unwrap()
            .score_with(&lenient)
            .unwrap();
        assert!(refused(&prorated, "missing_items", json!([1, 2])));
        assert!(refused(&odi, "missing_items", json!([9, 10])));
    }

    #[test]
    fn subscales_at_their_maximum_read_back_and_beyond_it_are_refused() {
        // PCS, every answer 4: rumination 16, magnification 12, helplessness 24, total 52.
        let top = Response::new(InstrumentId::Pcs, &[Some(4); 13])
            .unwrap()
            .score()
            .unwrap();
        let json = serde_json::to_value(top).unwrap();
        assert_eq!(serde_json::from_value::<Score>(json.clone()).unwrap(), top);
        assert_eq!(json["subscales"][0]["value"], json!(16));
        let mut beyond = json.clone();
        beyond["subscales"][0]["value"] = json!(17);
        assert!(serde_json::from_value::<Score>(beyond).is_err());
    }

    #[test]
    fn fast_path_covers_every_whole_sum_instrument_without_subscales() {
        // Every fixed instrument, all answers at the minimum and at the maximum: the fast path
        // applies exactly to single, sum and count scoring without subscales.
        for id in InstrumentId::ALL
            .into_iter()
            .filter(|id| id.is_fixed_response())
        {
            let definition = id.definition();
            for value in [definition.answer_min(), definition.answer_max()] {
                let response = if id == InstrumentId::Nrs {
                    Response::nrs(Some(value), RecallPeriod::Now).unwrap()
                } else {
                    Response::new(id, &vec![Some(value); definition.item_count()]).unwrap()
                };
                let options = ScoringOptions::DEFAULT;
                let expected = matches!(
                    definition.scoring(),
                    ScoringMethod::Single | ScoringMethod::Sum | ScoringMethod::Count
                ) && definition.subscales().is_empty();
                let fast = score_complete_sum(&response, definition, &options);
                assert_eq!(fast.is_some(), expected, "{id:?}");
                if let Some(fast) = fast {
                    assert_eq!(
                        Ok(fast),
                        score_general(&response, definition, &options),
                        "{id:?}"
                    );
                }
            }
        }
    }
}
