//! The outcomes unit tests' shared helpers; the tests themselves sit beside each rule (an inline
//! `mod tests` in a file module, `tests.rs` in a folder module).

use super::{Change, InstrumentKey, Measurement};
use crate::rating::Direction;

/// The change between two values of one made-up instrument, written as decimals ("6", "4.5").
pub(crate) fn change(before: &str, after: &str, direction: Direction) -> Change {
    let m = |v: &str| {
        Measurement::new(
            InstrumentKey::new("x").unwrap(),
            1,
            v.parse().unwrap(),
            direction,
        )
    };
    Change::between(&m(before), &m(after)).unwrap()
}
