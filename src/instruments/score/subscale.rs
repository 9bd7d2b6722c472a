//! [`SubscaleScore`], and the compact inline list a [`Score`](super::Score) keeps them in.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize, Serializer};

use crate::Decimal;
use crate::instruments::{MissingHandling, SubscaleId};

/// One subscale's value, and how its own missing items were handled: each subscale is valid or
/// not by its own rule, and a score carries only the valid ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubscaleScore {
    pub(super) subscale: SubscaleId,
    pub(super) value: Decimal,
    pub(super) missing_handling: MissingHandling,
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

pub(super) const MAX_SUBSCALES: usize = 3;

/// Up to three subscale scores, stored compactly: ids and values in hundredths (every subscale of
/// the catalog lies within 0-24, far inside `i16`). A small `Score` is copied in a few moves; with
/// three inline [`SubscaleScore`]s it was 88 bytes, and copying it dominated the fast path
/// (docs/performance.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Subscales {
    pub(super) ids: [SubscaleId; MAX_SUBSCALES],
    pub(super) hundredths: [i16; MAX_SUBSCALES],
    pub(super) handlings: [MissingHandling; MAX_SUBSCALES],
    pub(super) len: u8,
}

impl Subscales {
    pub(super) const EMPTY: Subscales = Subscales {
        ids: [SubscaleId::Severity; MAX_SUBSCALES],
        hundredths: [0; MAX_SUBSCALES],
        handlings: [MissingHandling::Complete; MAX_SUBSCALES],
        len: 0,
    };

    /// Adds `score`; `None` when all slots are taken or its value does not fit (neither happens
    /// for the catalog's subscales, whose values are checked against their ranges first).
    pub(super) fn push(&mut self, score: SubscaleScore) -> Option<()> {
        let index = usize::from(self.len);
        let hundredths = i16::try_from(score.value.hundredths()).ok()?;
        *self.ids.get_mut(index)? = score.subscale;
        *self.hundredths.get_mut(index)? = hundredths;
        *self.handlings.get_mut(index)? = score.missing_handling;
        self.len += 1;
        Some(())
    }

    pub(super) fn iter(&self) -> impl ExactSizeIterator<Item = SubscaleScore> + Clone + '_ {
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

/// The subscales as a JSON array.
pub(super) struct SubscaleList<'a>(pub(super) &'a Subscales);

impl Serialize for SubscaleList<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter())
    }
}
