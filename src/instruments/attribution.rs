//! Boulder pain attribution (clinical reference §3.14): three 0-10 ratings and free-text causes
//! coded as peripheral/tissue or mind/brain, giving the share attributed to mind/brain.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::instruments::InstrumentError;
use crate::instruments::InstrumentId;
use crate::instruments::definition::*;
use crate::source::SourceKey;
use crate::tagged::tagged_enum;
use crate::{Decimal, Direction, Note, Rating};

/// The most causes one attribution response holds.
pub const MAX_CAUSES: usize = 20;

pub(super) static DEFINITION: InstrumentDefinition = InstrumentDefinition {
    id: InstrumentId::PainAttribution,
    name: "Pain attribution (Boulder; Chronic Pain Attribution Scale v2 ratings and coded causes)",
    short_name: "Pain attribution",
    items: &[
        Item {
            id: "attribution_structural",
            label: "structural/body causes (0-10)",
        },
        Item {
            id: "attribution_mind_brain",
            label: "mind-brain causes (0-10)",
        },
        Item {
            id: "attribution_ratio",
            label: "structural vs mind-brain ratio (0-10)",
        },
    ],
    answer_min: 0,
    answer_max: 10,
    anchors: &[],
    direction: Direction::HigherIsBetter,
    recall: "current beliefs",
    scoring: ScoringMethod::AttributionShare,
    reverse_items: &[],
    reverse_verified: true,
    subscales: &[
        SubscaleDefinition {
            id: SubscaleId::Structural,
            items: &[1],
            min: 0,
            max: 10,
            source: &[SourceKey::S29],
        },
        SubscaleDefinition {
            id: SubscaleId::MindBrain,
            items: &[2],
            min: 0,
            max: 10,
            source: &[SourceKey::S29],
        },
        SubscaleDefinition {
            id: SubscaleId::StructuralVsMindBrain,
            items: &[3],
            min: 0,
            max: 10,
            source: &[SourceKey::S29],
        },
    ],
    score_min: 0,
    score_max: 1,
    bands: None,
    missing: MissingRule::PerItem,
    safety_item: None,
    mcids: &[],
    reliability: &[],
    licence: Licence {
        status: LicenceStatus::Unverified,
        note: "exact wording and anchors UNVERIFIED; the crate ships none",
        sources: &[],
    },
    loinc: &[],
    sources: &[
        SourceKey::S21,
        SourceKey::S24,
        SourceKey::S25,
        SourceKey::S26,
        SourceKey::S29,
    ],
    notes: &[
        "direction refers to the mind/brain share and mind-brain rating, which PRT aims to raise (5-year mind-brain means: PRT 6.1, placebo 3.4, usual care 2.5 `[S29]`); the structural rating runs the other way",
        "no total and no band: a score carries each answered rating as a single-item subscale and the coded causes (`coded_causes`: counts and share)",
        "share = causes coded mind/brain ÷ causes coded, from 0 to 1; not computable when no cause is coded",
        "not a \"percent of pain\" item as far as the data show",
        "ratings of ~21 candidate causes are not modelled",
    ],
    rule_version: 1,
};

/// How a free-text cause was blind-coded (§3.14 `[S25]` `[S26]`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AttributionCategory {
    /// Peripheral or tissue causes (injury, posture, structure).
    Peripheral,
    /// Mind/brain causes (stress, emotions, the brain's pain processing).
    MindBrain,
}

impl AttributionCategory {
    /// Every category, in declaration order.
    pub const ALL: [AttributionCategory; 2] = [
        AttributionCategory::Peripheral,
        AttributionCategory::MindBrain,
    ];

    /// The wire name (`peripheral`, `mind_brain`), as serde writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            AttributionCategory::Peripheral => "peripheral",
            AttributionCategory::MindBrain => "mind_brain",
        }
    }
}

/// One free-text cause the patient listed, with its code once coded.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CodedCause {
    /// The cause in the patient's words (redacted in `Debug`).
    text: Note,
    /// The code, or `null` while not yet coded.
    category: Option<AttributionCategory>,
}

impl CodedCause {
    /// A cause and its code (`None`: not yet coded).
    pub fn new(text: Note, category: Option<AttributionCategory>) -> CodedCause {
        CodedCause { text, category }
    }
    /// The patient's words.
    pub fn text(&self) -> &Note {
        &self.text
    }
    /// The code, if coded.
    pub fn category(&self) -> Option<AttributionCategory> {
        self.category
    }
}

/// A pain-attribution response in its own format, from before pain attribution went through
/// [`Response`](crate::instruments::Response): the three 0-10 ratings (each possibly unanswered)
/// and up to [`MAX_CAUSES`](crate::instruments::MAX_CAUSES) coded free-text causes.
///
/// Stored documents of this form keep reading; `Response::from` turns one into the response
/// every other instrument uses, scored by [`Response::score`](crate::instruments::Response::score).
///
/// ```
/// use pain_reprocessing::{Note, Rating};
/// use pain_reprocessing::instruments::{AttributionCategory, AttributionResponse, CodedCause, MindBrainShare};
///
/// let response = AttributionResponse::new(
///     Some(Rating::new(3)?),
///     Some(Rating::new(7)?),
///     None,
///     vec![
///         CodedCause::new(Note::new("stress at work")?, Some(AttributionCategory::MindBrain)),
///         CodedCause::new(Note::new("old injury")?, Some(AttributionCategory::Peripheral)),
///         CodedCause::new(Note::new("fear of moving")?, Some(AttributionCategory::MindBrain)),
///         CodedCause::new(Note::new("not sure")?, None),
///     ],
/// )?;
/// // 2 mind/brain of 3 coded: 2/3 = 0.67 (the uncoded cause is left out).
/// let summary = response.summary();
/// assert_eq!(summary.mind_brain_share(), MindBrainShare::Computed { share: "0.67".parse()? });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, try_from = "AttributionResponseWire")]
#[schemars(!try_from)]
pub struct AttributionResponse {
    /// Rating of structural/body causes, 0-10.
    structural: Option<Rating>,
    /// Rating of mind-brain causes, 0-10.
    mind_brain: Option<Rating>,
    /// The structural-vs-mind-brain ratio item, 0-10.
    ratio: Option<Rating>,
    /// The causes in the patient's words, with their codes.
    #[schemars(length(max = 20))]
    causes: Vec<CodedCause>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AttributionResponseWire {
    structural: Option<Rating>,
    mind_brain: Option<Rating>,
    ratio: Option<Rating>,
    causes: Vec<CodedCause>,
}

impl TryFrom<AttributionResponseWire> for AttributionResponse {
    type Error = InstrumentError;
    fn try_from(raw: AttributionResponseWire) -> Result<AttributionResponse, InstrumentError> {
        AttributionResponse::new(raw.structural, raw.mind_brain, raw.ratio, raw.causes)
    }
}

impl AttributionResponse {
    /// The response.
    ///
    /// # Errors
    ///
    /// [`InstrumentError::InvalidAttribution`] with more than [`MAX_CAUSES`](crate::instruments::MAX_CAUSES) causes.
    pub fn new(
        structural: Option<Rating>,
        mind_brain: Option<Rating>,
        ratio: Option<Rating>,
        causes: Vec<CodedCause>,
    ) -> Result<AttributionResponse, InstrumentError> {
        if causes.len() > MAX_CAUSES {
            return Err(InstrumentError::InvalidAttribution {
                reason: "more than 20 causes",
            });
        }
        Ok(AttributionResponse {
            structural,
            mind_brain,
            ratio,
            causes,
        })
    }

    /// The structural/body rating.
    pub fn structural(&self) -> Option<Rating> {
        self.structural
    }
    /// The mind-brain rating.
    pub fn mind_brain(&self) -> Option<Rating> {
        self.mind_brain
    }
    /// The ratio item.
    pub fn ratio(&self) -> Option<Rating> {
        self.ratio
    }
    /// The causes.
    pub fn causes(&self) -> &[CodedCause] {
        &self.causes
    }

    /// The ratings and the mind/brain share of coded causes.
    pub fn summary(&self) -> AttributionSummary {
        let coded = self.causes.iter().filter(|c| c.category.is_some()).count();
        let mind_brain = self
            .causes
            .iter()
            .filter(|c| c.category == Some(AttributionCategory::MindBrain))
            .count();
        AttributionSummary::build(
            self.structural,
            self.mind_brain,
            self.ratio,
            coded,
            mind_brain,
        )
    }
}

tagged_enum! {
/// The share of coded causes attributed to mind/brain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MindBrainShare {
    tag = "status", wire = MindBrainShareWire;
    /// `n_mind_brain / n_coded`, from 0 to 1, rounded half away from zero to 0.01.
    Computed = "computed" {
        /// The share.
        #[schemars(extend("minimum" = 0, "maximum" = 1))]
        share: Decimal,
    },
    /// No cause was coded: there is no share (never NaN, never 0).
    NotComputable = "not_computable",
}
}

/// The result of a pain-attribution response: ratings and the mind/brain share. Rules across
/// fields, checked when the document is read: `n_mind_brain` is at most `n_coded`;
/// `mind_brain_share` is the share the counts give (`n_mind_brain / n_coded`, `not_computable`
/// when `n_coded` is 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, try_from = "AttributionSummaryWire")]
#[schemars(!try_from)]
pub struct AttributionSummary {
    /// Rating of structural/body causes.
    structural: Option<Rating>,
    /// Rating of mind-brain causes.
    mind_brain: Option<Rating>,
    /// The ratio item.
    ratio: Option<Rating>,
    /// Causes coded.
    #[schemars(range(max = 20))]
    n_coded: u8,
    /// Causes coded mind/brain (at most `n_coded`).
    #[schemars(range(max = 20))]
    n_mind_brain: u8,
    /// `n_mind_brain / n_coded`.
    mind_brain_share: MindBrainShare,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AttributionSummaryWire {
    structural: Option<Rating>,
    mind_brain: Option<Rating>,
    ratio: Option<Rating>,
    n_coded: u8,
    n_mind_brain: u8,
    mind_brain_share: MindBrainShare,
}

impl TryFrom<AttributionSummaryWire> for AttributionSummary {
    type Error = InstrumentError;
    fn try_from(raw: AttributionSummaryWire) -> Result<AttributionSummary, InstrumentError> {
        if usize::from(raw.n_coded) > MAX_CAUSES || raw.n_mind_brain > raw.n_coded {
            return Err(InstrumentError::InvalidAttribution {
                reason: "counts out of range: n_mind_brain ≤ n_coded ≤ 20",
            });
        }
        let summary = AttributionSummary::build(
            raw.structural,
            raw.mind_brain,
            raw.ratio,
            usize::from(raw.n_coded),
            usize::from(raw.n_mind_brain),
        );
        if summary.mind_brain_share != raw.mind_brain_share {
            return Err(InstrumentError::InvalidAttribution {
                reason: "mind_brain_share does not match the counts",
            });
        }
        Ok(summary)
    }
}

impl AttributionSummary {
    fn build(
        structural: Option<Rating>,
        mind_brain: Option<Rating>,
        ratio: Option<Rating>,
        coded: usize,
        n_mind_brain: usize,
    ) -> AttributionSummary {
        let share = share(n_mind_brain, coded);
        AttributionSummary {
            structural,
            mind_brain,
            ratio,
            n_coded: u8::try_from(coded).unwrap_or(u8::MAX),
            n_mind_brain: u8::try_from(n_mind_brain).unwrap_or(u8::MAX),
            mind_brain_share: share,
        }
    }

    /// The structural/body rating.
    pub fn structural(&self) -> Option<Rating> {
        self.structural
    }
    /// The mind-brain rating.
    pub fn mind_brain(&self) -> Option<Rating> {
        self.mind_brain
    }
    /// The ratio item.
    pub fn ratio(&self) -> Option<Rating> {
        self.ratio
    }
    /// Causes coded.
    pub fn n_coded(&self) -> u8 {
        self.n_coded
    }
    /// Causes coded mind/brain.
    pub fn n_mind_brain(&self) -> u8 {
        self.n_mind_brain
    }
    /// The share attributed to mind/brain.
    pub fn mind_brain_share(&self) -> MindBrainShare {
        self.mind_brain_share
    }
}

/// The coded causes of a pain-attribution [`Score`](crate::instruments::Score): how many causes
/// were coded, how many mind/brain, and the share (§3.14: `n_mind_brain / n_coded`). Counts only:
/// the patients' words stay in the [`Response`](crate::instruments::Response).
///
/// JSON: `{"n_coded": 3, "n_mind_brain": 2, "mind_brain_share": {"status": "computed", "share": 0.67}}`;
/// reading checks `n_mind_brain ≤ n_coded ≤ 20` and that the share is the counts' share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "CodedCausesWire", into = "CodedCausesWire")]
pub struct CodedCauses {
    n_coded: u8,
    n_mind_brain: u8,
}

impl JsonSchema for CodedCauses {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CodedCauses".into()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        concat!(module_path!(), "::CodedCauses").into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        CodedCausesWire::json_schema(generator)
    }
}

/// The coded causes of a pain-attribution score: counts and the share attributed to mind/brain.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct CodedCausesWire {
    /// Causes coded.
    #[schemars(range(max = 20))]
    n_coded: u8,
    /// Causes coded mind/brain (at most `n_coded`).
    #[schemars(range(max = 20))]
    n_mind_brain: u8,
    /// `n_mind_brain / n_coded`.
    mind_brain_share: MindBrainShare,
}

impl From<CodedCauses> for CodedCausesWire {
    fn from(causes: CodedCauses) -> CodedCausesWire {
        CodedCausesWire {
            n_coded: causes.n_coded,
            n_mind_brain: causes.n_mind_brain,
            mind_brain_share: causes.mind_brain_share(),
        }
    }
}

impl TryFrom<CodedCausesWire> for CodedCauses {
    type Error = InstrumentError;
    fn try_from(raw: CodedCausesWire) -> Result<CodedCauses, InstrumentError> {
        if usize::from(raw.n_coded) > MAX_CAUSES || raw.n_mind_brain > raw.n_coded {
            return Err(InstrumentError::InvalidAttribution {
                reason: "counts out of range: n_mind_brain ≤ n_coded ≤ 20",
            });
        }
        let causes = CodedCauses::counted(raw.n_coded, raw.n_mind_brain);
        if causes.mind_brain_share() != raw.mind_brain_share {
            return Err(InstrumentError::InvalidAttribution {
                reason: "mind_brain_share does not match the counts",
            });
        }
        Ok(causes)
    }
}

impl CodedCauses {
    /// The counts of `causes` (at most [`MAX_CAUSES`], checked where causes are accepted).
    pub(crate) fn of(causes: &[CodedCause]) -> CodedCauses {
        let (mut coded, mut mind_brain) = (0_u8, 0_u8);
        for cause in causes.iter().take(MAX_CAUSES) {
            match cause.category {
                Some(AttributionCategory::MindBrain) => {
                    coded += 1;
                    mind_brain += 1;
                }
                Some(AttributionCategory::Peripheral) => coded += 1,
                None => {}
            }
        }
        CodedCauses::counted(coded, mind_brain)
    }

    /// `n_coded` and `n_mind_brain`, both at most [`MAX_CAUSES`] (checked by the callers).
    fn counted(n_coded: u8, n_mind_brain: u8) -> CodedCauses {
        CodedCauses {
            n_coded,
            n_mind_brain,
        }
    }

    /// The counts in the slot a [`Score`](crate::instruments::Score) keeps its total in: pain
    /// attribution has no total, and a separate field made every `Score` 48 bytes instead of 40,
    /// which the scoring fast path copies (docs/performance.md). `n_coded × 100 + n_mind_brain`
    /// hundredths.
    pub(crate) fn to_total_slot(self) -> Decimal {
        Decimal::from_hundredths_i32(i32::from(self.n_coded) * 100 + i32::from(self.n_mind_brain))
    }

    /// The counts back from [`CodedCauses::to_total_slot`].
    pub(crate) fn from_total_slot(slot: Decimal) -> CodedCauses {
        let hundredths = slot.hundredths();
        CodedCauses {
            n_coded: u8::try_from(hundredths / 100).unwrap_or(0),
            n_mind_brain: u8::try_from(hundredths % 100).unwrap_or(0),
        }
    }
    /// Causes coded.
    pub const fn n_coded(&self) -> u8 {
        self.n_coded
    }
    /// Causes coded mind/brain.
    pub const fn n_mind_brain(&self) -> u8 {
        self.n_mind_brain
    }
    /// `n_mind_brain / n_coded`, rounded half away from zero to 0.01;
    /// [`MindBrainShare::NotComputable`] when no cause is coded.
    pub fn mind_brain_share(&self) -> MindBrainShare {
        share(usize::from(self.n_mind_brain), usize::from(self.n_coded()))
    }
}

/// `part / whole` as a [`MindBrainShare`]; not computable for `whole = 0`.
fn share(part: usize, whole: usize) -> MindBrainShare {
    match (i64::try_from(part), i64::try_from(whole)) {
        (Ok(part), Ok(whole)) if whole > 0 => Decimal::from_ratio(part, whole)
            .map(|share| MindBrainShare::Computed { share })
            .unwrap_or(MindBrainShare::NotComputable),
        _ => MindBrainShare::NotComputable,
    }
}

impl From<AttributionResponse> for crate::instruments::Response {
    /// The same answers through the one response path (format of issue #19): the three ratings as
    /// the answers, in item order, and the causes unchanged. Older `AttributionResponse` documents
    /// keep reading as themselves and convert here without loss.
    fn from(old: AttributionResponse) -> crate::instruments::Response {
        crate::instruments::Response::from_attribution_parts(
            [old.structural, old.mind_brain, old.ratio].map(|r| r.map(Rating::value)),
            old.causes,
        )
    }
}
