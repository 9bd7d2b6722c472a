//! [`Resource`]: one entry of an app's between-session resource library.

use std::collections::BTreeSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ResourceId, ResourcesError};
use crate::exercises::{PrtComponent, unique_components};
use crate::text::line_text;
use crate::version::Current;

/// The most characters a [`ResourceTitle`] may have.
pub const MAX_TITLE_CHARS: usize = 200;

/// The most characters a [`Locator`] may have.
pub const MAX_LOCATOR_CHARS: usize = 2048;

/// The most minutes a resource may be estimated to take.
pub const MAX_RESOURCE_MINUTES: u16 = 240;

line_text! {
    /// A resource's display title: 1-200 characters on one line. Library data written by an app,
    /// not patient text.
    ResourceTitle,
    error: ResourcesError,
    field: "title",
    max: MAX_TITLE_CHARS,
    description: "A resource's display title: 1-200 characters, no control characters."
}

line_text! {
    /// Where a resource is found: a URL or the app's own identifier, 1-2048 characters, no control
    /// characters. The crate does not resolve it.
    Locator,
    error: ResourcesError,
    field: "locator",
    max: MAX_LOCATOR_CHARS,
    description: "Where a resource is found (a URL or an app's own id): 1-2048 characters, no control characters."
}

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
#[serde(try_from = "ResourceWire", into = "ResourceWire")]
pub struct Resource {
    id: ResourceId,
    kind: ResourceKind,
    title: ResourceTitle,
    components: BTreeSet<PrtComponent>,
    locator: Locator,
    minutes: u16,
    /// The original text of ids mapped on read because they were outside the id alphabet.
    legacy_ids: crate::id::LegacyIds,
}

/// One entry of an app's between-session resource library: kind, title, the PRT components it
/// supports, where to find it and how long it takes.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "Resource")]
struct ResourceWire {
    /// The document layout version, 1.
    schema_version: Current<Resource>,
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
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// (absent when none was): mapped id -> text as stored before the alphabet.
    #[serde(default, skip_serializing_if = "crate::id::LegacyIds::is_empty")]
    legacy_ids: crate::id::LegacyIds,
}

impl TryFrom<ResourceWire> for Resource {
    type Error = ResourcesError;

    fn try_from(data: ResourceWire) -> Result<Resource, ResourcesError> {
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
            legacy_ids: data.legacy_ids,
            id: data.id,
            kind: data.kind,
            title: data.title,
            components: data.components,
            locator: data.locator,
            minutes: data.minutes,
        })
    }
}

impl From<Resource> for ResourceWire {
    fn from(value: Resource) -> ResourceWire {
        ResourceWire {
            legacy_ids: value.legacy_ids,
            schema_version: Current::new(),
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
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// ([`LegacyIds`](crate::id::LegacyIds)); empty for a document whose ids always were in it.
    pub fn legacy_ids(&self) -> &crate::id::LegacyIds {
        &self.legacy_ids
    }

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
        Resource::try_from(ResourceWire {
            legacy_ids: crate::id::LegacyIds::default(),
            schema_version: Current::new(),
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
