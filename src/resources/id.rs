//! [`ResourceId`].

use crate::id::identifier;

identifier! {
    /// Identifies a resource in an app's library, such as `vid-pain-is-a-signal`.
    ResourceId, "resource id", redacted: false
}
