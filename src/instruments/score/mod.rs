//! Scores: an exact total, subscales, band, safety flags and missing-item provenance.
//!
//! - here: the [`Score`] type, its parts, and its JSON shape (serialization and schema);
//! - `engine`: the scoring engine, which reads every rule from the instrument's definition and
//!   never allocates;
//! - `reading`: reading a stored score back, with every check a score alone allows.

mod engine;
mod reading;
#[cfg(test)]
mod tests;

pub(super) use self::engine::score;
pub(crate) use self::reading::{read_stored_scores, unflagged_safety_total};

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Value, json};

use crate::Decimal;
use crate::instruments::{
    Band, InstrumentDefinition, InstrumentId, MissingHandling, RecallPeriod, ScoringMethod,
    ScoringOptions, SubscaleId, TScoreTable,
};
use crate::tagged::tagged_enum;
use crate::version::Current;

tagged_enum! {
/// A safety signal that no total or band can hide (clinical reference §2.2 `[S35]` `[S36]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SafetyFlag {
    tag = "type", wire = SafetyFlagWire;
    /// PHQ-9 item 9 answered above 0: same-session clinician review is needed.
    SuicidalIdeation = "suicidal_ideation" {
        /// The item 9 answer, 1-3.
        #[schemars(range(min = 1, max = 3))]
        answer: u8,
    },
    /// The safety item was left unanswered: safety unknown.
    SafetyItemUnanswered = "safety_item_unanswered" {
        /// The safety item, 1-based.
        #[schemars(range(min = 1))]
        item: u8,
    },
}
}

/// Plain lowercase words for a clinician: `suicidal ideation (item 9 answered 2)`,
/// `safety item 9 unanswered`.
impl std::fmt::Display for SafetyFlag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SafetyFlag::SuicidalIdeation { answer } => {
                write!(f, "suicidal ideation (item 9 answered {answer})")
            }
            SafetyFlag::SafetyItemUnanswered { item } => {
                write!(f, "safety item {item} unanswered")
            }
        }
    }
}

/// Up to two safety flags, stored inline (no allocation); serialized as a JSON array. What
/// [`Response::safety_flags`](crate::instruments::Response::safety_flags) returns and what scoring errors carry.
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
/// - a PHQ-9 total of 25-27 carries the suicidal-ideation flag: the other eight items reach at
///   most 24, so such a total proves item 9 above 0 (§2.2 `[S35]`).
///
/// It cannot check that the total matches answers it does not hold, nor that an unflagged PHQ-9
/// with a total up to 24 really had item 9 at 0. The published schema expresses ranges, bands tied to totals and flags;
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
        state.serialize_field("schema_version", &Current::<Score>::new())?;
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
                    "title": format!("{} score", d.short_name()),
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
            "description": "The score of one response: exact total, band (consistent with the total), subscales, safety flags and missing-item provenance. Read from JSON, a score also meets rules across fields that its schema does not state: its missing items, missing-item handling and scoring options agree, and a PHQ-9 total of 25-27 carries the suicidal-ideation flag (the other eight items reach at most 24).",
            "type": "object",
            "oneOf": variants,
        });
        Schema::try_from(value).unwrap_or_default()
    }
}
