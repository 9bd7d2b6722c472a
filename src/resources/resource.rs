//! [`Resource`]: one entry of an app's between-session resource library.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{ResourceId, ResourcesError};
use crate::exercises::{PrtComponent, unique_components};
use crate::id::ID_PATTERN;
use crate::text::{self, TextRules};
use crate::version::SchemaVersion;

/// The most characters a [`ResourceTitle`] may have.
pub const MAX_TITLE_CHARS: usize = 200;

/// The most characters a [`Locator`] may have.
pub const MAX_LOCATOR_CHARS: usize = 2048;

/// The most minutes a resource may be estimated to take.
pub const MAX_RESOURCE_MINUTES: u16 = 240;

/// Defines a one-line validated text newtype with serde and a JSON Schema that agree.
macro_rules! line_text {
    ($(#[$meta:meta])* $name:ident, $field:literal, $max:expr, $max_literal:literal, $desc:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            /// The text `value`.
            ///
            /// # Errors
            ///
            /// [`ResourcesError::Text`] when `value` is empty, too long or holds a control character.
            pub fn new(value: impl Into<String>) -> Result<$name, ResourcesError> {
                let value = value.into();
                let rules = TextRules { max_chars: $max, allow_line_breaks: false };
                text::check(&value, &rules)
                    .map_err(|source| ResourcesError::Text { field: $field, source })?;
                Ok($name(value))
            }

            /// The text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$name, D::Error> {
                $name::new(String::deserialize(deserializer)?).map_err(serde::de::Error::custom)
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn schema_id() -> Cow<'static, str> {
                concat!(module_path!(), "::", stringify!($name)).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "description": $desc,
                    "type": "string",
                    "minLength": 1,
                    "maxLength": $max_literal,
                    "pattern": ID_PATTERN,
                })
            }
        }
    };
}

line_text! {
    /// A resource's display title: 1-200 characters on one line. Library data written by an app,
    /// not patient text.
    ResourceTitle, "title", MAX_TITLE_CHARS, 200, "A resource's display title: 1-200 characters, no control characters."
}

line_text! {
    /// Where a resource is found: a URL or the app's own identifier, 1-2048 characters, no control
    /// characters. The crate does not resolve it.
    Locator, "locator", MAX_LOCATOR_CHARS, 2048, "Where a resource is found (a URL or an app's own id): 1-2048 characters, no control characters."
}

// The schema literals above and the constants must agree.
const _: () = assert!(MAX_TITLE_CHARS == 200 && MAX_LOCATOR_CHARS == 2048);

/// What kind of resource an entry is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ResourceKind {
    /// Something to read.
    Article,
    /// Something to watch.
    Video,
    /// Something to listen to, such as a guided practice recording.
    Audio,
    /// Something to fill in, such as an evidence list.
    Worksheet,
    /// An interactive self-help tool.
    SelfHelpTool,
}

/// One entry of an app's resource library: a root document.
///
/// ```
/// use pain_reprocessing::exercises::PrtComponent;
/// use pain_reprocessing::resources::{Resource, ResourceId, ResourceKind};
///
/// let audio = Resource::new(
///     ResourceId::new("audio-somatic-tracking-10")?,
///     ResourceKind::Audio,
///     "Somatic tracking, 10 minutes",
///     [PrtComponent::SomaticTracking, PrtComponent::PositiveSensations],
///     "app://library/audio/10",
///     10,
/// )?;
/// assert_eq!(audio.minutes(), 10);
/// let err = Resource::new(audio.id().clone(), ResourceKind::Audio, "x", [], "y", 10).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "components is empty; a resource supports at least one of the five PRT components"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "One entry of an app's between-session resource library: kind, title, the PRT components it supports, where to find it and how long it takes."
)]
#[serde(try_from = "ResourceData", into = "ResourceData")]
pub struct Resource {
    id: ResourceId,
    kind: ResourceKind,
    title: ResourceTitle,
    components: BTreeSet<PrtComponent>,
    locator: Locator,
    minutes: u16,
}

/// One entry of an app's between-session resource library: kind, title, the PRT components it
/// supports, where to find it and how long it takes.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "Resource")]
struct ResourceData {
    /// The document layout version, 1.
    schema_version: SchemaVersion,
    /// The app's identifier for the resource.
    id: ResourceId,
    /// Article, video, audio, worksheet or self-help tool.
    kind: ResourceKind,
    /// The display title.
    title: ResourceTitle,
    /// The PRT components it supports (at least one, no repeats).
    #[serde(deserialize_with = "unique_components")]
    #[schemars(length(min = 1))]
    components: BTreeSet<PrtComponent>,
    /// A URL or the app's own id.
    locator: Locator,
    /// The estimated minutes it takes (1-240).
    #[schemars(range(min = 1, max = MAX_RESOURCE_MINUTES))]
    minutes: u16,
}

impl TryFrom<ResourceData> for Resource {
    type Error = ResourcesError;

    fn try_from(data: ResourceData) -> Result<Resource, ResourcesError> {
        if data.components.is_empty() {
            return Err(ResourcesError::NoComponents);
        }
        if !(1..=MAX_RESOURCE_MINUTES).contains(&data.minutes) {
            return Err(ResourcesError::OutOfRange {
                field: "minutes",
                value: i64::from(data.minutes),
                min: 1,
                max: i64::from(MAX_RESOURCE_MINUTES),
            });
        }
        Ok(Resource {
            id: data.id,
            kind: data.kind,
            title: data.title,
            components: data.components,
            locator: data.locator,
            minutes: data.minutes,
        })
    }
}

impl From<Resource> for ResourceData {
    fn from(value: Resource) -> ResourceData {
        ResourceData {
            schema_version: SchemaVersion,
            id: value.id,
            kind: value.kind,
            title: value.title,
            components: value.components,
            locator: value.locator,
            minutes: value.minutes,
        }
    }
}

impl Resource {
    /// A library entry.
    ///
    /// # Errors
    ///
    /// [`ResourcesError::Text`] for a bad `title` or `locator`, [`ResourcesError::NoComponents`]
    /// when `components` is empty, [`ResourcesError::OutOfRange`] when `minutes` is outside
    /// 1-[`MAX_RESOURCE_MINUTES`].
    pub fn new(
        id: ResourceId,
        kind: ResourceKind,
        title: impl Into<String>,
        components: impl IntoIterator<Item = PrtComponent>,
        locator: impl Into<String>,
        minutes: u16,
    ) -> Result<Resource, ResourcesError> {
        Resource::try_from(ResourceData {
            schema_version: SchemaVersion,
            id,
            kind,
            title: ResourceTitle::new(title)?,
            components: components.into_iter().collect(),
            locator: Locator::new(locator)?,
            minutes,
        })
    }

    /// The identifier.
    pub fn id(&self) -> &ResourceId {
        &self.id
    }

    /// The kind.
    pub fn kind(&self) -> ResourceKind {
        self.kind
    }

    /// The title.
    pub fn title(&self) -> &ResourceTitle {
        &self.title
    }

    /// The PRT components supported, at least one.
    pub fn components(&self) -> &BTreeSet<PrtComponent> {
        &self.components
    }

    /// Where it is found.
    pub fn locator(&self) -> &Locator {
        &self.locator
    }

    /// The estimated minutes.
    pub fn minutes(&self) -> u16 {
        self.minutes
    }
}
