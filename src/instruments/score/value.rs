//! [`Score`]: the value one scoring produces, its accessors and its serialization.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::subscale::{SubscaleList, Subscales};
use super::{SafetyFlag, SafetyFlags, SubscaleScore};
use crate::Decimal;
use crate::instruments::{
    Band, CodedCauses, InstrumentDefinition, InstrumentId, MissingHandling, RecallPeriod,
    ScoringOptions, SubscaleId, TScoreTable,
};
use crate::version::Current;

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
    pub(super) instrument: InstrumentId,
    /// The total; for pain attribution, which has none, its coded causes' counts
    /// (`CodedCauses::to_total_slot`, so that a `Score` stays 40 bytes).
    pub(super) total: Decimal,
    pub(super) band: Option<Band>,
    pub(super) subscales: Subscales,
    pub(super) safety_flags: SafetyFlags,
    pub(super) missing: u32,
    pub(super) handling: MissingHandling,
    pub(super) options: ScoringOptions,
    pub(super) rule_version: u16,
    pub(super) recall: Option<RecallPeriod>,
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
    /// Pain attribution's coded causes: how many were coded, how many mind/brain, and the share
    /// (§3.14); `None` for every other instrument.
    pub fn coded_causes(&self) -> Option<CodedCauses> {
        (self.instrument == InstrumentId::PainAttribution)
            .then(|| CodedCauses::from_total_slot(self.total))
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
pub(in crate::instruments) fn bits(mask: u32) -> impl Iterator<Item = u8> {
    (0_u8..32)
        .filter(move |i| mask & (1 << i) != 0)
        .map(|i| i + 1)
}

impl Serialize for Score {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Missing(u32);
        impl Serialize for Missing {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_seq(bits(self.0))
            }
        }
        let fields =
            10 + usize::from(self.recall.is_some()) + usize::from(self.coded_causes().is_some());
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
        if let Some(causes) = self.coded_causes() {
            state.serialize_field("coded_causes", &causes)?;
        }
        state.end()
    }
}
