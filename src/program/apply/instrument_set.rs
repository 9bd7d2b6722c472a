//! [`InstrumentSet`]: the instruments of one assessment as a bit set.

use crate::instruments::InstrumentId;

/// A set of instruments as one bit per [`InstrumentId`] variant: checking an assessment for
/// duplicate and missing instruments without allocating, so that recording one costs no more than
/// the history push.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct InstrumentSet(u32);

// One bit per variant: the discriminants of a fieldless enum run 0..n in declaration order.
const _: () = assert!(InstrumentId::ALL.len() <= u32::BITS as usize);

impl InstrumentSet {
    pub(super) const EMPTY: InstrumentSet = InstrumentSet(0);

    fn bit(instrument: InstrumentId) -> u32 {
        1 << (instrument as u32)
    }

    /// Adds `instrument`; `false` if it was already there.
    pub(super) fn insert(&mut self, instrument: InstrumentId) -> bool {
        let bit = InstrumentSet::bit(instrument);
        let new = self.0 & bit == 0;
        self.0 |= bit;
        new
    }

    pub(super) fn contains(self, instrument: InstrumentId) -> bool {
        self.0 & InstrumentSet::bit(instrument) != 0
    }
}

#[cfg(test)]
mod instrument_set_tests {
    use super::*;

    #[test]
    fn every_instrument_has_its_own_bit() {
        let mut set = InstrumentSet::EMPTY;
        for (count, id) in InstrumentId::ALL.into_iter().enumerate() {
            assert!(!set.contains(id), "{id} before insertion");
            assert!(set.insert(id), "{id} inserted");
            assert!(set.contains(id));
            assert!(!set.insert(id), "{id} inserted twice");
            assert_eq!(set.0.count_ones() as usize, count + 1);
        }
    }
}
