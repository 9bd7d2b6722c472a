//! The metadata of one instrument, as data with provenance: every figure carries the clinical
//! reference's source keys and whether the reference verified it.

use crate::instruments::InstrumentId;
use crate::instruments::band::{Band, BandRule};
use crate::source::SourceKey;
use crate::{Decimal, Direction};

/// One item of an instrument: a stable id and a short neutral label (never copyrighted item text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Item {
    pub(super) id: &'static str,
    pub(super) label: &'static str,
}

impl Item {
    /// The stable item id, such as `phq9_9`.
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// A short neutral label, such as `thoughts of death or self-harm`.
    pub const fn label(&self) -> &'static str {
        self.label
    }
}

/// The meaning of one answer value (an anchor of the answer scale).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Anchor {
    pub(super) value: u8,
    pub(super) label: &'static str,
}

impl Anchor {
    /// The answer value.
    pub const fn value(&self) -> u8 {
        self.value
    }

    /// What the value means.
    pub const fn label(&self) -> &'static str {
        self.label
    }
}

/// How the answers become a total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScoringMethod {
    /// The single answer is the score (NRS, PGIC).
    Single,
    /// The sum of the (recoded) answers.
    Sum,
    /// The number of ticked statements (RMDQ: each answer 0 or 1).
    Count,
    /// The mean of the answers (PEG-3).
    Mean,
    /// BPI-SF: the total is the mean of the 4 severity items; the interference subscale is the mean
    /// of the answered interference items.
    BpiMeans,
    /// ODI: `sum / (5 × sections answered) × 100`.
    OdiPercentage,
    /// Pain attribution: no total; the three 0-10 ratings as single-item subscales, and the share
    /// of coded free-text causes attributed to mind/brain (a [`Response`](crate::instruments::Response)
    /// carrying [`CodedCause`](crate::instruments::CodedCause)s; §3.14 `[S25]` `[S26]` `[S29]`).
    AttributionShare,
}

impl ScoringMethod {
    /// A short description for documentation.
    pub const fn describe(self) -> &'static str {
        match self {
            ScoringMethod::Single => "the single answer",
            ScoringMethod::Sum => "sum of the answers",
            ScoringMethod::Count => "count of ticked statements",
            ScoringMethod::Mean => "mean of the answers",
            ScoringMethod::BpiMeans => {
                "total = severity: mean of items 1-4; interference: mean of the answered items 5-11"
            }
            ScoringMethod::OdiPercentage => "sum / (5 × sections answered) × 100",
            ScoringMethod::AttributionShare => {
                "no total; each 0-10 rating a single-item subscale when answered; mind/brain share = causes coded mind/brain / causes coded"
            }
        }
    }
}

/// A subscale a score may report besides its total.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SubscaleId {
    /// BPI-SF severity (mean of the 4 pain items).
    Severity,
    /// BPI-SF interference (mean of the answered interference items).
    Interference,
    /// PCS rumination (items 8-11).
    Rumination,
    /// PCS magnification (items 6, 7, 13).
    Magnification,
    /// PCS helplessness (items 1-5, 12).
    Helplessness,
    /// Pain attribution: the structural/body causes rating (item 1, 0-10; §3.14 `[S29]`).
    Structural,
    /// Pain attribution: the mind-brain causes rating (item 2, 0-10; §3.14 `[S29]`).
    MindBrain,
    /// Pain attribution: the structural-vs-mind-brain ratio rating (item 3, 0-10; §3.14 `[S29]`).
    StructuralVsMindBrain,
}

impl SubscaleId {
    /// The snake_case id.
    pub const fn as_str(self) -> &'static str {
        match self {
            SubscaleId::Severity => "severity",
            SubscaleId::Interference => "interference",
            SubscaleId::Rumination => "rumination",
            SubscaleId::Magnification => "magnification",
            SubscaleId::Helplessness => "helplessness",
            SubscaleId::Structural => "structural",
            SubscaleId::MindBrain => "mind_brain",
            SubscaleId::StructuralVsMindBrain => "structural_vs_mind_brain",
        }
    }
}

/// A subscale's definition: which items (1-based) it sums or averages, and its range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SubscaleDefinition {
    pub(super) id: SubscaleId,
    pub(super) items: &'static [u8],
    pub(super) min: i32,
    pub(super) max: i32,
    pub(super) source: &'static [SourceKey],
}

impl SubscaleDefinition {
    /// The subscale.
    pub const fn id(&self) -> SubscaleId {
        self.id
    }
    /// Its items, 1-based positions in the response.
    pub const fn items(&self) -> &'static [u8] {
        self.items
    }
    /// Lowest possible value.
    pub fn min(&self) -> Decimal {
        Decimal::from_int(self.min)
    }
    /// Highest possible value.
    pub fn max(&self) -> Decimal {
        Decimal::from_int(self.max)
    }
    /// Source keys of the clinical reference.
    pub const fn sources(&self) -> &'static [SourceKey] {
        self.source
    }
}

/// The source of a catalog figure that the clinical reference states without a source key (each
/// such figure is UNVERIFIED); a key is never made up for it, and `docs/instruments.md` says "no
/// source in the reference".
pub(super) const UNCITED: Option<SourceKey> = None;

/// A minimal clinically important difference, as published: points and/or percent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Mcid {
    pub(super) points_hundredths: Option<i64>,
    pub(super) percent: Option<i32>,
    pub(super) note: &'static str,
    pub(super) source: Option<SourceKey>,
    pub(super) verified: bool,
}

impl Mcid {
    /// The change in points, if published in points.
    pub fn points(&self) -> Option<Decimal> {
        self.points_hundredths
            .and_then(|h| Decimal::from_hundredths(h).ok())
    }
    /// The change in percent of baseline, if published in percent.
    pub fn percent(&self) -> Option<Decimal> {
        self.percent.map(Decimal::from_int)
    }
    /// What the threshold means and who published it.
    pub const fn note(&self) -> &'static str {
        self.note
    }
    /// The clinical reference's source key, such as `S44`; `None` when the reference states the
    /// figure without a source (such a figure is never verified).
    pub const fn source(&self) -> Option<SourceKey> {
        self.source
    }
    /// Whether the clinical reference verified the value in a source.
    pub const fn verified(&self) -> bool {
        self.verified
    }
}

/// The kind of a reliability figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReliabilityKind {
    /// Internal consistency, Cronbach's α.
    CronbachAlpha,
    /// Test-retest intraclass correlation.
    Icc,
    /// Test-retest correlation r.
    TestRetest,
    /// Standard error of measurement, in points.
    Sem,
    /// Minimal detectable change at 90% confidence, in points.
    Mdc90,
}

impl ReliabilityKind {
    /// A short name.
    pub const fn as_str(self) -> &'static str {
        match self {
            ReliabilityKind::CronbachAlpha => "Cronbach α",
            ReliabilityKind::Icc => "ICC",
            ReliabilityKind::TestRetest => "test-retest r",
            ReliabilityKind::Sem => "SEM",
            ReliabilityKind::Mdc90 => "MDC90",
        }
    }
}

/// A published reliability figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Reliability {
    pub(super) kind: ReliabilityKind,
    pub(super) hundredths: i64,
    pub(super) note: &'static str,
    pub(super) source: Option<SourceKey>,
    pub(super) verified: bool,
}

impl Reliability {
    /// Which figure this is.
    pub const fn kind(&self) -> ReliabilityKind {
        self.kind
    }
    /// The value (a coefficient, or points for SEM and MDC).
    pub fn value(&self) -> Decimal {
        Decimal::from_hundredths(self.hundredths).unwrap_or(Decimal::ZERO)
    }
    /// Context of the figure.
    pub const fn note(&self) -> &'static str {
        self.note
    }
    /// The clinical reference's source key; `None` when the reference states the figure without a
    /// source (such a figure is never verified).
    pub const fn source(&self) -> Option<SourceKey> {
        self.source
    }
    /// Whether the clinical reference verified the value in a source.
    pub const fn verified(&self) -> bool {
        self.verified
    }
}

/// Whether the crate may ship the instrument's item text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LicenceStatus {
    /// Public domain: reproduce freely.
    PublicDomain,
    /// A generic scale with no owner.
    Generic,
    /// Copyrighted; the published form may be used without permission, commercial terms unverified.
    FreeToUseTermsUnverified,
    /// Copyrighted; permission needed for item text (the crate ships scoring only).
    PermissionRequired,
    /// Licence status not verified.
    Unverified,
}

impl LicenceStatus {
    /// A short name.
    pub const fn as_str(self) -> &'static str {
        match self {
            LicenceStatus::PublicDomain => "public domain",
            LicenceStatus::Generic => "generic, no owner",
            LicenceStatus::FreeToUseTermsUnverified => "free to use; current terms unverified",
            LicenceStatus::PermissionRequired => "copyrighted; permission required for item text",
            LicenceStatus::Unverified => "unverified",
        }
    }
}

/// The instrument's licence, as the reference states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Licence {
    pub(super) status: LicenceStatus,
    pub(super) note: &'static str,
    pub(super) sources: &'static [SourceKey],
}

impl Licence {
    /// The status.
    pub const fn status(&self) -> LicenceStatus {
        self.status
    }
    /// Holder and terms, paraphrased from the reference.
    pub const fn note(&self) -> &'static str {
        self.note
    }
    /// Source keys; empty when the reference states the licence without a source.
    pub const fn sources(&self) -> &'static [SourceKey] {
        self.sources
    }
}

/// What a LOINC code identifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LoincTarget {
    /// The questionnaire panel.
    Panel,
    /// The total score.
    Total,
    /// A subscale score.
    Subscale(SubscaleId),
    /// One item, 1-based.
    Item(u8),
    /// An answer value, the same code on every item (PHQ-9's answer list).
    Answer(u8),
}

/// A LOINC code the clinical reference marks VERIFIED.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Loinc {
    pub(super) code: &'static str,
    pub(super) target: LoincTarget,
    pub(super) source: SourceKey,
}

impl Loinc {
    /// The code, such as `44261-6`.
    pub const fn code(&self) -> &'static str {
        self.code
    }
    /// What it codes.
    pub const fn target(&self) -> LoincTarget {
        self.target
    }
    /// Source key.
    pub const fn source(&self) -> SourceKey {
        self.source
    }
}

/// How unanswered items are handled for this instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MissingRule {
    /// A single-item scale: an unanswered item means no score.
    NoScore,
    /// Every item is required, as the reference states (PHQ-2, GAD-2): never prorated.
    RequireAll,
    /// No verified rule: the configurable [`MissingPolicy`](crate::instruments::MissingPolicy)
    /// applies (default: require every item).
    Policy,
    /// BPI-SF: interference is the mean of the answered items when at least 4 of 7 are answered
    /// (verified); severity follows the configurable policy.
    BpiInterference,
    /// ODI: the denominator drops by 5 per unanswered section (verified); the maximum number of
    /// unanswered sections is configurable (default 1).
    OdiDenominator,
    /// Pain attribution: no total; each rating is its own single-item subscale, reported when
    /// answered, so any rating may be unanswered (§3.14).
    PerItem,
}

impl MissingRule {
    /// A short description for documentation.
    pub const fn describe(self) -> &'static str {
        match self {
            MissingRule::NoScore => "single item: unanswered means no score",
            MissingRule::RequireAll => {
                "every item required (the reference: require both); never prorated"
            }
            MissingRule::Policy => {
                "UNVERIFIED: configurable `MissingPolicy`; default requires every item; opt-in proration `round(mean(answered) × n)` up to a maximum of missing items"
            }
            MissingRule::BpiInterference => {
                "interference: mean of answered items, valid with ≥4 of 7 answered (verified); severity: configurable `MissingPolicy` (UNVERIFIED; default requires all 4)"
            }
            MissingRule::OdiDenominator => {
                "denominator drops by 5 per unanswered section (verified); maximum unanswered sections UNVERIFIED: default 1, configurable"
            }
            MissingRule::PerItem => {
                "no total; each rating is reported when answered, so any rating may be unanswered"
            }
        }
    }
}

/// A set of bands over the total, with its provenance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Bands {
    pub(super) rules: &'static [BandRule],
    pub(super) sources: &'static [SourceKey],
    pub(super) note: &'static str,
}

impl Bands {
    /// The bands, lowest values first.
    pub const fn rules(&self) -> &'static [BandRule] {
        self.rules
    }
    /// Source keys.
    pub const fn sources(&self) -> &'static [SourceKey] {
        self.sources
    }
    /// How values between two bands' printed edges are banded.
    pub const fn note(&self) -> &'static str {
        self.note
    }

    /// The band of the exact value `numerator / denominator` (denominator > 0): the first band
    /// whose upper edge the value does not exceed.
    pub fn classify(&self, numerator: i64, denominator: i64) -> Option<Band> {
        if denominator <= 0 {
            return None;
        }
        self.rules
            .iter()
            .find(|rule| {
                i128::from(numerator) * 100
                    <= i128::from(rule.upper_hundredths) * i128::from(denominator)
            })
            .map(|rule| rule.band)
    }
}

/// Everything the crate knows about one instrument: items, answers, scoring, bands, MCIDs,
/// reliability, licence, LOINC codes and sources. Get it with [`InstrumentId::definition`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct InstrumentDefinition {
    pub(super) id: InstrumentId,
    pub(super) name: &'static str,
    pub(super) short_name: &'static str,
    pub(super) items: &'static [Item],
    pub(super) answer_min: u8,
    pub(super) answer_max: u8,
    pub(super) anchors: &'static [Anchor],
    pub(super) direction: Direction,
    pub(super) recall: &'static str,
    pub(super) scoring: ScoringMethod,
    pub(super) reverse_items: &'static [u8],
    pub(super) reverse_verified: bool,
    pub(super) subscales: &'static [SubscaleDefinition],
    pub(super) score_min: i32,
    pub(super) score_max: i32,
    pub(super) bands: Option<Bands>,
    pub(super) missing: MissingRule,
    pub(super) safety_item: Option<u8>,
    pub(super) mcids: &'static [Mcid],
    pub(super) reliability: &'static [Reliability],
    pub(super) licence: Licence,
    pub(super) loinc: &'static [Loinc],
    pub(super) sources: &'static [SourceKey],
    pub(super) notes: &'static [&'static str],
    pub(super) rule_version: u16,
}

impl InstrumentDefinition {
    /// The instrument.
    pub const fn id(&self) -> InstrumentId {
        self.id
    }
    /// The full name, such as `Patient Health Questionnaire-9`.
    pub const fn name(&self) -> &'static str {
        self.name
    }
    /// The short name used in messages, such as `PHQ-9`.
    pub const fn short_name(&self) -> &'static str {
        self.short_name
    }
    /// The items in order.
    pub const fn items(&self) -> &'static [Item] {
        self.items
    }
    /// How many items a response has.
    pub const fn item_count(&self) -> usize {
        self.items.len()
    }
    /// The lowest allowed answer.
    pub const fn answer_min(&self) -> u8 {
        self.answer_min
    }
    /// The highest allowed answer.
    pub const fn answer_max(&self) -> u8 {
        self.answer_max
    }
    /// The answer anchors that the reference states.
    pub const fn anchors(&self) -> &'static [Anchor] {
        self.anchors
    }
    /// Whether higher totals are worse or better.
    pub const fn direction(&self) -> Direction {
        self.direction
    }
    /// The recall period the items ask about.
    pub const fn recall(&self) -> &'static str {
        self.recall
    }
    /// How the total is computed.
    pub const fn scoring(&self) -> ScoringMethod {
        self.scoring
    }
    /// Reverse-scored items (1-based; recoded `min + max − answer`).
    pub const fn reverse_items(&self) -> &'static [u8] {
        self.reverse_items
    }
    /// Whether the reverse-item positions are verified by the reference.
    pub const fn reverse_items_verified(&self) -> bool {
        self.reverse_verified
    }
    /// Subscales reported besides the total.
    pub const fn subscales(&self) -> &'static [SubscaleDefinition] {
        self.subscales
    }
    /// The lowest possible total.
    pub fn score_min(&self) -> Decimal {
        Decimal::from_int(self.score_min)
    }
    /// The highest possible total.
    pub fn score_max(&self) -> Decimal {
        Decimal::from_int(self.score_max)
    }
    /// The bands over the total, when the reference verifies them.
    pub const fn bands(&self) -> Option<&Bands> {
        self.bands.as_ref()
    }
    /// The missing-item rule.
    pub const fn missing_rule(&self) -> MissingRule {
        self.missing
    }
    /// The safety item (1-based) that raises a flag and is never prorated: PHQ-9 item 9.
    pub const fn safety_item(&self) -> Option<u8> {
        self.safety_item
    }
    /// Published minimal clinically important differences.
    pub const fn mcids(&self) -> &'static [Mcid] {
        self.mcids
    }
    /// Published reliability figures.
    pub const fn reliability(&self) -> &'static [Reliability] {
        self.reliability
    }
    /// The licence.
    pub const fn licence(&self) -> &Licence {
        &self.licence
    }
    /// Verified LOINC codes.
    pub const fn loinc(&self) -> &'static [Loinc] {
        self.loinc
    }
    /// Source keys of the clinical reference for this instrument.
    pub const fn sources(&self) -> &'static [SourceKey] {
        self.sources
    }
    /// Caveats and unverified facts not used in scoring.
    pub const fn notes(&self) -> &'static [&'static str] {
        self.notes
    }
    /// The version of the scoring rule; a stored score records it so it can be re-computed when a
    /// rule changes.
    pub const fn rule_version(&self) -> u16 {
        self.rule_version
    }
}
