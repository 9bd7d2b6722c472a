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
    Band, InstrumentDefinition, InstrumentId, MissingHandling, MissingRule, RecallPeriod,
    ScoringMethod, ScoringOptions, SubscaleId, TScoreTable,
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

/// One subscale's value, and how its own missing items were handled: each subscale is valid or
/// not by its own rule, and a score carries only the valid ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubscaleScore {
    subscale: SubscaleId,
    value: Decimal,
    missing_handling: MissingHandling,
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
    /// How this subscale's unanswered items were handled: [`MissingHandling::Complete`],
    /// [`MissingHandling::Prorated`] (BPI-SF severity under a proration policy) or
    /// [`MissingHandling::MeanOfAnswered`] (BPI-SF interference, §3.2 `[S39]`).
    pub const fn missing_handling(&self) -> MissingHandling {
        self.missing_handling
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
    handlings: [MissingHandling; MAX_SUBSCALES],
    len: u8,
}

impl Subscales {
    const EMPTY: Subscales = Subscales {
        ids: [SubscaleId::Severity; MAX_SUBSCALES],
        hundredths: [0; MAX_SUBSCALES],
        handlings: [MissingHandling::Complete; MAX_SUBSCALES],
        len: 0,
    };

    /// Adds `score`; `None` when all slots are taken or its value does not fit (neither happens
    /// for the catalog's subscales, whose values are checked against their ranges first).
    fn push(&mut self, score: SubscaleScore) -> Option<()> {
        let index = usize::from(self.len);
        let hundredths = i16::try_from(score.value.hundredths()).ok()?;
        *self.ids.get_mut(index)? = score.subscale;
        *self.hundredths.get_mut(index)? = hundredths;
        *self.handlings.get_mut(index)? = score.missing_handling;
        self.len += 1;
        Some(())
    }

    fn iter(&self) -> impl ExactSizeIterator<Item = SubscaleScore> + Clone + '_ {
        let len = usize::from(self.len);
        self.ids
            .iter()
            .zip(&self.hundredths)
            .zip(&self.handlings)
            .take(len)
            .map(
                |((&subscale, &hundredths), &missing_handling)| SubscaleScore {
                    subscale,
                    value: Decimal::from_hundredths_i32(i32::from(hundredths)),
                    missing_handling,
                },
            )
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
    /// The total: a sum, a mean (PEG-3, BPI-SF severity) or a percentage (ODI); `None` only for a
    /// BPI-SF score whose severity items are too incomplete for the missing-item policy while its
    /// interference subscale is valid ([`MissingHandling::NotScored`]).
    pub const fn total(&self) -> Option<Decimal> {
        match self.handling {
            MissingHandling::NotScored => None,
            _ => Some(self.total),
        }
    }
    /// The band of the total, when the instrument has verified bands and the total was scored.
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
    /// How unanswered items were handled for the total ([`MissingHandling::NotScored`] when it
    /// was not scored); each subscale says its own ([`SubscaleScore::missing_handling`]).
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
            InstrumentId::PromisDepression8a
                | InstrumentId::PromisAnxiety8a
                | InstrumentId::PromisAnger5a
                | InstrumentId::PromisSleepDisturbance8a
                | InstrumentId::PromisSleepDisturbance8b
        );
        if !promis || self.handling != MissingHandling::Complete {
            return None;
        }
        let raw = u8::try_from(self.total()?.hundredths() / 100).ok()?;
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
        state.serialize_field("total", &self.total())?;
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
                        let (mut names, mut pairs) = (names, pairs);
                        if d.missing_rule() == MissingRule::BpiInterference {
                            // A total that was not scored has no band.
                            names.push("null");
                            pairs.push(json!({ "properties": { "band": { "type": "null" }, "total": { "type": "null" } } }));
                        }
                        let names: Vec<Value> = names
                            .into_iter()
                            .map(|name| if name == "null" { Value::Null } else { json!(name) })
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
                        "schema_version": { "description": "The document layout version, 2.", "type": "integer", "const": 2 },
                        "instrument": { "const": id.as_str() },
                        "total": total,
                        "band": band,
                        "subscales": subscales_schema(d, &decimal),
                        "safety_flags": { "type": "array", "items": flag, "maxItems": flags_max },
                        "missing_items": {
                            "type": "array",
                            "items": { "type": "integer", "minimum": 1, "maximum": d.item_count() },
                            "uniqueItems": true,
                            "maxItems": d.item_count().saturating_sub(1),
                        },
                        "missing_handling": { "enum": total_handlings(d.missing_rule()).iter().map(|h| h.as_str()).collect::<Vec<_>>() },
                        "options": options.clone(),
                        "rule_version": { "type": "integer", "minimum": 1, "maximum": d.rule_version() },
                    },
                    "required": required,
                    "additionalProperties": false,
                });
                if let (Some(object), Some(all_of)) = (variant.as_object_mut(), band_total.get("anyOf")) {
                    object.insert("anyOf".into(), all_of.clone());
                }
                if d.missing_rule() == MissingRule::BpiInterference
                    && let Some(object) = variant.as_object_mut()
                {
                    // The total is null exactly when it was not scored.
                    if let Some(total) = object.get_mut("properties").and_then(|p| p.get_mut("total")) {
                        *total = json!({ "anyOf": [total.clone(), { "type": "null" }] });
                    }
                    object.insert("if".into(), json!({
                        "properties": { "missing_handling": { "const": "not_scored" } },
                        "required": ["missing_handling"],
                    }));
                    object.insert("then".into(), json!({ "properties": { "total": { "type": "null" } } }));
                    object.insert("else".into(), json!({ "properties": { "total": { "type": "number" } } }));
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

/// The handlings a score's total can have under `rule` (its subscales say their own).
fn total_handlings(rule: MissingRule) -> &'static [MissingHandling] {
    match rule {
        MissingRule::NoScore | MissingRule::RequireAll => &[MissingHandling::Complete],
        MissingRule::Policy => &[MissingHandling::Complete, MissingHandling::Prorated],
        MissingRule::BpiInterference => &[
            MissingHandling::Complete,
            MissingHandling::Prorated,
            MissingHandling::NotScored,
        ],
        MissingRule::OdiDenominator => &[
            MissingHandling::Complete,
            MissingHandling::ReducedDenominator,
        ],
    }
}

/// The handlings subscale `id` can have (only valid subscales are reported).
fn subscale_handlings(id: SubscaleId) -> &'static [MissingHandling] {
    match id {
        SubscaleId::Severity => &[MissingHandling::Complete, MissingHandling::Prorated],
        SubscaleId::Interference => &[MissingHandling::Complete, MissingHandling::MeanOfAnswered],
        _ => &[MissingHandling::Complete],
    }
}

/// The schema of `definition`'s subscales: each of its own subscale ids, in its range, with the
/// handlings that subscale allows; none for an instrument without subscales (issue #20, item 6).
fn subscales_schema(definition: &InstrumentDefinition, decimal: &Value) -> Value {
    let whole = definition.scoring() == ScoringMethod::Sum;
    let branches: Vec<Value> = definition
        .subscales()
        .iter()
        .map(|subscale| {
            let mut value = decimal.clone();
            if let Some(object) = value.as_object_mut() {
                object.insert("minimum".into(), json!(subscale.min));
                object.insert("maximum".into(), json!(subscale.max));
                if whole {
                    object.insert("multipleOf".into(), json!(1));
                }
            }
            let handlings: Vec<&str> = subscale_handlings(subscale.id())
                .iter()
                .map(|h| h.as_str())
                .collect();
            json!({
                "type": "object",
                "properties": {
                    "subscale": { "const": subscale.id().as_str() },
                    "value": value,
                    "missing_handling": { "enum": handlings },
                },
                "required": ["subscale", "value", "missing_handling"],
                "additionalProperties": false,
            })
        })
        .collect();
    match branches.as_slice() {
        [] => json!({ "type": "array", "maxItems": 0 }),
        _ => json!({
            "type": "array",
            "items": { "oneOf": branches },
            "maxItems": definition.subscales().len(),
            "uniqueItems": true,
        }),
    }
}
