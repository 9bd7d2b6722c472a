//! [`SafetyFlag`] and [`SafetyFlags`]: the safety signals a score carries, which no total or band can hide.

use serde::{Serialize, Serializer};

use crate::tagged::tagged_enum;

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
    pub(super) items: [SafetyFlag; 2],
    pub(super) len: u8,
}

impl SafetyFlags {
    pub(in crate::instruments) const EMPTY: SafetyFlags = SafetyFlags {
        items: [SafetyFlag::SafetyItemUnanswered { item: 0 }; 2],
        len: 0,
    };

    pub(in crate::instruments) fn push(&mut self, flag: SafetyFlag) {
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
