//! [`ProtocolId`]: a protocol's identity across its versions.

use crate::id::identifier;

identifier! {
    /// Identifies a protocol across its versions (for example `boulder-prt`).
    ///
    /// ```
    /// use pain_reprocessing::protocol::ProtocolId;
    ///
    /// let id = ProtocolId::new("boulder-prt")?;
    /// assert_eq!(id.to_string(), "boulder-prt");
    /// # Ok::<(), pain_reprocessing::IdError>(())
    /// ```
    ProtocolId, "protocol id", redacted: false
}

impl ProtocolId {
    /// The id of a preset (`presets.rs`), written in the source and valid by construction (a test
    /// reads each preset's id back through [`ProtocolId::new`]).
    pub(super) fn preset(id: &'static str) -> ProtocolId {
        ProtocolId(String::from(id))
    }
}
