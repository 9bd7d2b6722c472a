//! Reading a stored [`Score`] back: every check a score alone allows (see the type's "JSON").

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

use super::engine::item_mask;
use super::subscale::Subscales;
use super::{SafetyFlag, SafetyFlags, Score, SubscaleScore};
use crate::Decimal;
use crate::instruments::bpi::{INTERFERENCE_ITEMS, INTERFERENCE_MIN_ANSWERED, SEVERITY_ITEMS};
use crate::instruments::response::present;
use crate::instruments::{
    Band, CodedCauses, InstrumentDefinition, InstrumentError, InstrumentId, MissingHandling,
    MissingPolicy, MissingRule, RecallPeriod, ScoringMethod, ScoringOptions, SubscaleId,
};
use crate::version::Current;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScoreWire {
    // Checked on read (the current version only; older ones are upgraded by `crate::versioning`).
    #[allow(dead_code)]
    schema_version: Current<Score>,
    instrument: InstrumentId,
    // Required, `null` only for a total that was not scored.
    #[serde(deserialize_with = "required_total")]
    total: Option<Decimal>,
    // Required, as the schema says: serde reads an absent `Option` field as `None` unless the
    // field has its own reader.
    #[serde(deserialize_with = "required_band")]
    band: Option<Band>,
    subscales: Vec<SubscaleScore>,
    safety_flags: Vec<SafetyFlag>,
    missing_items: Vec<u8>,
    missing_handling: MissingHandling,
    options: ScoringOptions,
    rule_version: u16,
    #[serde(default, deserialize_with = "present")]
    recall: Option<Option<RecallPeriod>>,
    // Pain attribution only (required there).
    #[serde(default)]
    coded_causes: Option<CodedCauses>,
}

/// Reads `total`, `null` included; its presence is required (see [`ScoreWire`]).
fn required_total<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Decimal>, D::Error> {
    Option::<Decimal>::deserialize(deserializer)
}

/// Reads `band`, `null` included; its presence is required (see [`ScoreWire`]).
fn required_band<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Band>, D::Error> {
    Option::<Band>::deserialize(deserializer)
}

impl TryFrom<ScoreWire> for Score {
    type Error = InstrumentError;

    fn try_from(raw: ScoreWire) -> Result<Score, InstrumentError> {
        let score = Score::from_wire(raw)?;
        if unflagged_safety_total(&score).is_some() {
            return Err(InstrumentError::InconsistentScore {
                instrument: score.instrument,
                reason: "a PHQ-9 total of 25-27 proves item 9 was answered above 0 (the other eight items reach at most 24), but the score carries no suicidal-ideation flag",
            });
        }
        Ok(score)
    }
}

/// The least answer to the safety item that a score's total proves, when the score carries no
/// flag for it: PHQ-9 totals 25, 26 and 27 need item 9 at 1, 2 and 3, as the other eight items
/// reach at most 8 × 3 = 24 (also under proration, which never lifts eight items' sum past 24).
/// `None` for every score without that contradiction.
pub(crate) fn unflagged_safety_total(score: &Score) -> Option<u8> {
    let definition = score.instrument.definition();
    definition.safety_item()?;
    if score.has_safety_flag() {
        return None;
    }
    let others = i64::try_from(definition.item_count().checked_sub(1)?).ok()?
        * i64::from(definition.answer_max());
    let excess = score.total()?.hundredths() / 100 - others;
    u8::try_from(excess).ok().filter(|&answer| answer > 0)
}

/// Reads the scores of an assessment stored by event-log format 1: every check of a score read
/// alone except the PHQ-9 total rule, so that such a score is kept and the program derives the
/// flag it lacks (see [`unflagged_safety_total`]).
pub(crate) fn read_stored_scores<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<Score>, D::Error> {
    Vec::<ScoreWire>::deserialize(deserializer)?
        .into_iter()
        .map(|raw| Score::from_wire(raw).map_err(D::Error::custom))
        .collect()
}

impl Score {
    fn from_wire(raw: ScoreWire) -> Result<Score, InstrumentError> {
        let instrument = raw.instrument;
        let bad = |reason| InstrumentError::InconsistentScore { instrument, reason };
        let definition = instrument.definition();
        let attribution = definition.scoring() == ScoringMethod::AttributionShare;
        let coded_causes = match (attribution, raw.coded_causes) {
            (true, Some(causes)) => Some(causes),
            (false, None) => None,
            (true, None) => return Err(bad("a pain-attribution score carries its coded_causes")),
            (false, Some(_)) => return Err(bad("only a pain-attribution score has coded_causes")),
        };
        let not_scored = raw.missing_handling == MissingHandling::NotScored;
        let total = match raw.total {
            Some(_) if not_scored => return Err(bad("a total that was not scored must be null")),
            Some(total) => total,
            None if not_scored
                && matches!(
                    definition.scoring(),
                    ScoringMethod::BpiMeans | ScoringMethod::AttributionShare
                ) =>
            {
                Decimal::ZERO
            }
            None => {
                return Err(bad(
                    "only a BPI-SF total that was not scored, or pain attribution's, may be null",
                ));
            }
        };
        if !not_scored && (total < definition.score_min() || total > definition.score_max()) {
            return Err(bad("total outside the valid range"));
        }
        let whole = matches!(
            definition.scoring(),
            ScoringMethod::Single | ScoringMethod::Sum | ScoringMethod::Count
        );
        if whole && total.hundredths() % 100 != 0 {
            return Err(bad("a summed total must be a whole number"));
        }
        let band = definition
            .bands()
            .filter(|_| !not_scored)
            .and_then(|b| b.classify(total.hundredths(), 100));
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
        if !not_scored && !total_reachable(definition, missing, total) {
            return Err(bad("no set of answers gives this total"));
        }
        if !subscales_consistent(
            definition,
            missing,
            total,
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
            total: coded_causes.map_or(total, CodedCauses::to_total_slot),
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
        MissingPolicy::RequireAll => 0,
        MissingPolicy::Prorate { max_missing } => usize::from(max_missing),
    };
    let severity_missing = (missing & BPI_SEVERITY_MASK).count_ones() as usize;
    let interference_missing = count - severity_missing;
    let severity_allowed = severity_missing == 0
        || (severity_missing <= policy_max && severity_missing < SEVERITY_ITEMS.len());
    let interference_valid =
        INTERFERENCE_ITEMS.len() - interference_missing >= INTERFERENCE_MIN_ANSWERED;
    match (handling, definition.missing_rule()) {
        // Pain attribution has no total: never scored, any rating may be unanswered.
        (handling, MissingRule::PerItem) => handling == MissingHandling::NotScored,
        // The handling is the total's: a BPI-SF total is its severity mean, so interference items
        // may be missing beside a complete total.
        (MissingHandling::Complete, MissingRule::BpiInterference) => severity_missing == 0,
        (MissingHandling::Complete, _) => count == 0,
        (MissingHandling::Prorated, MissingRule::Policy) => {
            count >= 1 && count <= policy_max && count < n
        }
        (MissingHandling::Prorated, MissingRule::BpiInterference) => {
            severity_missing >= 1
                && severity_missing <= policy_max
                && severity_missing < SEVERITY_ITEMS.len()
        }
        (MissingHandling::NotScored, MissingRule::BpiInterference) => {
            !severity_allowed && interference_valid
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
    let not_scored = handling == MissingHandling::NotScored;
    let mut expected = definition.subscales().iter().filter(|d| match d.id() {
        SubscaleId::Severity => !not_scored,
        SubscaleId::Interference => {
            INTERFERENCE_ITEMS.len()
                - (missing & item_mask(INTERFERENCE_ITEMS)).count_ones() as usize
                >= INTERFERENCE_MIN_ANSWERED
        }
        _ => missing & item_mask(d.items()) == 0,
    });
    let same_set = subscales
        .iter()
        .all(|s| expected.next().map(|d| d.id()) == Some(s.subscale))
        && expected.next().is_none();
    if !same_set {
        return false;
    }
    let interference_missing = (missing & item_mask(INTERFERENCE_ITEMS)).count_ones();
    let values_fit = subscales.iter().all(|s| match s.subscale {
        // Severity is the total, handled as the total was.
        SubscaleId::Severity => s.value == total && s.missing_handling == handling,
        SubscaleId::Interference => {
            let answered = 7 - i64::from(interference_missing);
            let own = if interference_missing == 0 {
                MissingHandling::Complete
            } else {
                MissingHandling::MeanOfAnswered
            };
            s.missing_handling == own && ratio_reachable(s.value, 10 * answered, 1, answered)
        }
        // Other subscales are reported only when complete.
        _ => s.value.hundredths() % 100 == 0 && s.missing_handling == MissingHandling::Complete,
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
        Score::try_from(ScoreWire::deserialize(deserializer)?).map_err(D::Error::custom)
    }
}
