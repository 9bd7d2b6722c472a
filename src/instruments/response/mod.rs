//! A response: answers in item order, each possibly missing, validated against its instrument.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Value, json};

use crate::instruments::score::{self, SafetyFlags};
use crate::instruments::{
    CodedCause, InstrumentDefinition, InstrumentError, InstrumentId, MAX_CAUSES, SafetyFlag, Score,
    ScoringOptions,
};
use crate::version::Current;

use self::read::Answer;
pub(crate) use self::read::FIELDS;
pub(super) use self::read::present;

mod read;

/// The most items any fixed-answer instrument has (CSI part A: 25).
pub const MAX_ITEMS: usize = 25;

/// The recall window of a pain NRS rating (§3.1: it must be stored).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RecallPeriod {
    /// Pain right now.
    Now,
    /// Pain over the past 24 hours.
    #[serde(rename = "past_24_hours")]
    Past24Hours,
    /// Pain over the past week (the Boulder primary outcome).
    PastWeek,
}

impl RecallPeriod {
    const ALL: [RecallPeriod; 3] = [
        RecallPeriod::Now,
        RecallPeriod::Past24Hours,
        RecallPeriod::PastWeek,
    ];

    /// The schema of a recall period, as a plain string enum.
    pub(super) fn schema_value() -> Value {
        let periods: Vec<&str> = RecallPeriod::ALL.iter().map(|p| p.as_str()).collect();
        json!({ "type": "string", "enum": periods })
    }

    /// The snake_case id.
    pub const fn as_str(self) -> &'static str {
        match self {
            RecallPeriod::Now => "now",
            RecallPeriod::Past24Hours => "past_24_hours",
            RecallPeriod::PastWeek => "past_week",
        }
    }
}

/// The answers to one instrument of the catalog, in item order, each possibly missing; valid by
/// construction (right count, every answer in range, NRS with its recall period, coded causes
/// only for pain attribution).
///
/// JSON: `{"schema_version": 2, "instrument": "phq9", "answers": [1, 0, 2, null, 0, 1, 0, 0, 0]}`; an NRS also has
/// `"recall": "now" | "past_24_hours" | "past_week"`; pain attribution has its three 0-10 ratings
/// as answers and `"causes": [{"text": "...", "category": "mind_brain" | "peripheral" | null}]`
/// (up to [`MAX_CAUSES`]; the text is private: never in `Debug` or errors). Deserializing checks
/// the same rules as [`Response::new`] and [`Response::pain_attribution`].
///
/// Scoring stays allocation-free: the causes are a `Vec`, empty (never allocated) for every
/// other instrument, which is why a `Response` is `Clone` but not `Copy`.
///
/// ```
/// use pain_reprocessing::instruments::{InstrumentError, InstrumentId, RecallPeriod, Response};
///
/// let gad7 = Response::new(InstrumentId::Gad7, &[Some(1), Some(1), None, Some(0), Some(2), Some(1), Some(0)])?;
/// assert_eq!(gad7.missing_count(), 1);
/// let err = Response::new(InstrumentId::Gad7, &[Some(4); 7]).unwrap_err();
/// assert_eq!(err.to_string(), "GAD-7 item 1 is 4; answers range 0-3");
/// let pain = Response::nrs(Some(6), RecallPeriod::PastWeek)?;
/// assert_eq!(pain.recall(), Some(RecallPeriod::PastWeek));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Response {
    instrument: InstrumentId,
    /// Answers in item order; missing answers and unused slots hold 0.
    answers: [u8; MAX_ITEMS],
    len: u8,
    /// Bit `i` set: item `i + 1` is unanswered.
    missing: u32,
    recall: Option<RecallPeriod>,
    /// Pain attribution's coded free-text causes; empty for every other instrument.
    causes: Vec<CodedCause>,
}

impl Response {
    /// The response to `instrument` with `answers` in item order (`None` = unanswered).
    ///
    /// # Errors
    ///
    /// [`InstrumentError::WrongAnswerCount`], [`InstrumentError::AnswerOutOfRange`] and
    /// [`InstrumentError::RecallRequired`] for the NRS (use [`Response::nrs`]). Pain attribution
    /// given this way has its ratings and no causes (the 5-year form); see
    /// [`Response::pain_attribution`].
    pub fn new(
        instrument: InstrumentId,
        answers: &[Option<u8>],
    ) -> Result<Response, InstrumentError> {
        Response::build(
            instrument,
            answers
                .iter()
                .map(|a| a.map(|v| Answer::Whole(i64::from(v)))),
            answers.len(),
            None,
            Vec::new(),
        )
    }

    /// A pain-attribution response (§3.14): the three 0-10 ratings in item order (structural/body,
    /// mind-brain, structural vs mind-brain; `None` = unanswered) and the free-text causes with
    /// their blind codes.
    ///
    /// ```
    /// use pain_reprocessing::Note;
    /// use pain_reprocessing::instruments::{AttributionCategory, CodedCause, MindBrainShare, Response, SubscaleId};
    ///
    /// let response = Response::pain_attribution(
    ///     &[Some(3), Some(7), None],
    ///     vec![
    ///         CodedCause::new(Note::new("stress at work")?, Some(AttributionCategory::MindBrain)),
    ///         CodedCause::new(Note::new("old injury")?, Some(AttributionCategory::Peripheral)),
    ///         CodedCause::new(Note::new("fear of moving")?, Some(AttributionCategory::MindBrain)),
    ///         CodedCause::new(Note::new("not sure")?, None),
    ///     ],
    /// )?;
    /// let score = response.score()?;
    /// assert_eq!(score.total(), None); // no total, no band
    /// assert_eq!(score.subscale(SubscaleId::MindBrain), Some(7.into()));
    /// assert_eq!(score.subscale(SubscaleId::StructuralVsMindBrain), None); // unanswered
    /// // 2 mind/brain of 3 coded: 2/3 = 0.67 (the uncoded cause is left out).
    /// let causes = score.coded_causes().expect("pain attribution");
    /// assert_eq!((causes.n_coded(), causes.n_mind_brain()), (3, 2));
    /// assert_eq!(causes.mind_brain_share(), MindBrainShare::Computed { share: "0.67".parse()? });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`InstrumentError::WrongAnswerCount`] unless there are three ratings,
    /// [`InstrumentError::AnswerOutOfRange`] above 10 and [`InstrumentError::InvalidAttribution`]
    /// with more than [`MAX_CAUSES`] causes.
    pub fn pain_attribution(
        ratings: &[Option<u8>],
        causes: Vec<CodedCause>,
    ) -> Result<Response, InstrumentError> {
        Response::build(
            InstrumentId::PainAttribution,
            ratings
                .iter()
                .map(|a| a.map(|v| Answer::Whole(i64::from(v)))),
            ratings.len(),
            None,
            causes,
        )
    }

    /// The response of ratings already checked to 0-10 and at most [`MAX_CAUSES`] causes (an
    /// `AttributionResponse`'s parts); causes beyond the maximum are never dropped: they cannot
    /// occur, as `AttributionResponse::new` refuses them.
    pub(super) fn from_attribution_parts(
        ratings: [Option<u8>; 3],
        causes: Vec<CodedCause>,
    ) -> Response {
        let mut response = Response {
            instrument: InstrumentId::PainAttribution,
            answers: [0; MAX_ITEMS],
            len: 3,
            missing: 0,
            recall: None,
            causes,
        };
        for (index, (rating, slot)) in ratings.iter().zip(response.answers.iter_mut()).enumerate() {
            match rating {
                Some(value) => *slot = (*value).min(10),
                None => response.missing |= 1 << index,
            }
        }
        response
    }

    /// A pain NRS response: the rating 0-10 (or `None`) and its recall period.
    ///
    /// # Errors
    ///
    /// [`InstrumentError::AnswerOutOfRange`] above 10.
    pub fn nrs(answer: Option<u8>, recall: RecallPeriod) -> Result<Response, InstrumentError> {
        Response::build(
            InstrumentId::Nrs,
            std::iter::once(answer.map(|v| Answer::Whole(i64::from(v)))),
            1,
            Some(recall),
            Vec::new(),
        )
    }

    fn build(
        instrument: InstrumentId,
        answers: impl Iterator<Item = Option<Answer>>,
        count: usize,
        recall: Option<RecallPeriod>,
        causes: Vec<CodedCause>,
    ) -> Result<Response, InstrumentError> {
        if instrument != InstrumentId::PainAttribution && !causes.is_empty() {
            return Err(InstrumentError::CausesNotApplicable { instrument });
        }
        if causes.len() > MAX_CAUSES {
            return Err(InstrumentError::InvalidAttribution {
                reason: "more than 20 causes",
            });
        }
        let definition = instrument.definition();
        let expected = definition.item_count();
        if count != expected {
            return Err(InstrumentError::WrongAnswerCount {
                instrument,
                expected,
                found: count,
            });
        }
        match (instrument == InstrumentId::Nrs, recall) {
            (true, None) => return Err(InstrumentError::RecallRequired { instrument }),
            (false, Some(_)) => return Err(InstrumentError::RecallNotApplicable { instrument }),
            _ => {}
        }
        let mut response = Response {
            instrument,
            answers: [0; MAX_ITEMS],
            len: 0,
            missing: 0,
            recall,
            causes,
        };
        for (index, (answer, slot)) in answers.zip(response.answers.iter_mut()).enumerate() {
            match answer {
                None => response.missing |= 1 << index,
                Some(answer) => *slot = answer.check(instrument, index + 1)?,
            }
            response.len += 1;
        }
        Ok(response)
    }

    /// The instrument.
    pub const fn instrument(&self) -> InstrumentId {
        self.instrument
    }

    /// The instrument's definition.
    #[inline]
    pub fn definition(&self) -> &'static InstrumentDefinition {
        self.instrument.definition()
    }

    /// The number of items.
    pub const fn len(&self) -> usize {
        self.len as usize
    }

    /// Always false: a valid response has at least one item.
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The answer to item `item` (1-based), or `None` when unanswered or beyond the last item.
    pub fn answer(&self, item: usize) -> Option<u8> {
        let index = item.checked_sub(1)?;
        if index >= self.len() || self.missing & (1 << index) != 0 {
            return None;
        }
        self.answers.get(index).copied()
    }

    /// The answers in item order.
    pub fn answers(&self) -> impl Iterator<Item = Option<u8>> + '_ {
        (1..=self.len()).map(|item| self.answer(item))
    }

    /// How many items are unanswered.
    pub const fn missing_count(&self) -> usize {
        self.missing.count_ones() as usize
    }

    /// The unanswered items, 1-based.
    pub fn missing_items(&self) -> impl Iterator<Item = u8> + '_ {
        score::bits(self.missing)
    }

    /// The answers in item order, missing ones as 0 (see [`Response::missing_mask`]).
    pub(super) fn answer_slice(&self) -> &[u8] {
        self.answers.get(..usize::from(self.len)).unwrap_or(&[])
    }

    /// Every answer slot: missing answers and the slots past the last item hold 0, so summing all
    /// of them is the sum of the answers, in one fixed-length pass (the scoring fast path).
    pub(super) const fn answer_slots(&self) -> &[u8; MAX_ITEMS] {
        &self.answers
    }

    pub(super) const fn missing_mask(&self) -> u32 {
        self.missing
    }

    /// The recall period (NRS only).
    pub const fn recall(&self) -> Option<RecallPeriod> {
        self.recall
    }

    /// Pain attribution's coded free-text causes, in the order given; empty for every other
    /// instrument. The text is the patient's words: private data.
    pub fn causes(&self) -> &[CodedCause] {
        &self.causes
    }

    /// The safety flags the answers raise, whether or not the response can be scored: PHQ-9 item 9
    /// above 0 ([`SafetyFlag::SuicidalIdeation`]) or unanswered ([`SafetyFlag::SafetyItemUnanswered`]).
    ///
    /// ```
    /// use pain_reprocessing::instruments::{InstrumentId, Response, SafetyFlag};
    ///
    /// let mut answers = [Some(0); 9];
    /// answers[8] = None;
    /// let response = Response::new(InstrumentId::Phq9, &answers)?;
    /// assert_eq!(response.safety_flags().as_slice(), &[SafetyFlag::SafetyItemUnanswered { item: 9 }]);
    /// // No total without item 9, but the error still carries the flag.
    /// let err = response.score().unwrap_err();
    /// assert!(err.has_safety_flag());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn safety_flags(&self) -> SafetyFlags {
        let mut flags = SafetyFlags::EMPTY;
        if let Some(item) = self.definition().safety_item() {
            match self.answer(usize::from(item)) {
                None => flags.push(SafetyFlag::SafetyItemUnanswered { item }),
                Some(0) => {}
                Some(answer) => flags.push(SafetyFlag::SuicidalIdeation { answer }),
            }
        }
        flags
    }

    /// The score under the default options: every item required where the reference has no
    /// verified missing-item rule. Never allocates.
    ///
    /// # Errors
    ///
    /// [`InstrumentError::TooManyMissing`] or [`InstrumentError::SafetyItemUnanswered`] (both carry
    /// the safety flags).
    #[inline]
    pub fn score(&self) -> Result<Score, InstrumentError> {
        score::score(self, &ScoringOptions::DEFAULT)
    }

    /// The score under `options` (opt-in proration, ODI maximum of unanswered sections).
    ///
    /// ```
    /// use pain_reprocessing::instruments::{InstrumentId, MissingPolicy, Response, ScoringOptions};
    ///
    /// // GAD-7 with item 3 unanswered: answered sum 6 over 6 items, prorated round(6/6 × 7) = 7.
    /// let response = Response::new(InstrumentId::Gad7, &[Some(1), Some(1), None, Some(1), Some(1), Some(1), Some(1)])?;
    /// assert!(response.score().is_err());
    /// let options = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 1 }, 1)?;
    /// assert_eq!(response.score_with(&options)?.total(), Some(7.into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Response::score`].
    #[inline]
    pub fn score_with(&self, options: &ScoringOptions) -> Result<Score, InstrumentError> {
        score::score(self, options)
    }
}

struct AnswerSeq<'a>(&'a Response);

impl Serialize for AnswerSeq<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for answer in self.0.answers() {
            seq.serialize_element(&answer)?;
        }
        seq.end()
    }
}

impl Serialize for Response {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let attribution = self.instrument == InstrumentId::PainAttribution;
        let fields = 3 + usize::from(self.recall.is_some()) + usize::from(attribution);
        let mut state = serializer.serialize_struct("Response", fields)?;
        state.serialize_field("schema_version", &Current::<Response>::new())?;
        state.serialize_field("instrument", &self.instrument)?;
        state.serialize_field("answers", &AnswerSeq(self))?;
        if let Some(recall) = self.recall {
            state.serialize_field("recall", &recall)?;
        }
        if attribution {
            state.serialize_field("causes", &self.causes)?;
        }
        state.end()
    }
}

impl JsonSchema for Response {
    fn schema_name() -> Cow<'static, str> {
        "Response".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::Response").into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let cause = generator.subschema_for::<CodedCause>().to_value();
        let variants: Vec<Value> = InstrumentId::ALL
            .into_iter()
            .map(|id| {
                let definition = id.definition();
                let n = definition.item_count();
                let mut properties = serde_json::Map::new();
                properties.insert("schema_version".into(), json!({ "description": "The document layout version, 2.", "type": "integer", "const": 2 }));
                properties.insert("instrument".into(), json!({ "const": id.as_str() }));
                properties.insert(
                    "answers".into(),
                    json!({
                        "description": format!("{} answers in item order; null = unanswered", n),
                        "type": "array",
                        "minItems": n,
                        "maxItems": n,
                        "items": {
                            "type": ["integer", "null"],
                            "minimum": definition.answer_min(),
                            "maximum": definition.answer_max(),
                        },
                    }),
                );
                let mut required = vec!["schema_version", "instrument", "answers"];
                if id == InstrumentId::Nrs {
                    let periods: Vec<&str> = RecallPeriod::ALL.iter().map(|p| p.as_str()).collect();
                    properties.insert(
                        "recall".into(),
                        json!({ "type": "string", "enum": periods }),
                    );
                    required.push("recall");
                }
                if id == InstrumentId::PainAttribution {
                    properties.insert(
                        "causes".into(),
                        json!({
                            "description": "The free-text causes with their blind codes (absent: none listed)",
                            "type": "array",
                            "items": cause.clone(),
                            "maxItems": MAX_CAUSES,
                        }),
                    );
                }
                json!({
                    "title": definition.short_name(),
                    "type": "object",
                    "properties": properties,
                    "required": required,
                    "additionalProperties": false,
                })
            })
            .collect();
        let value = json!({
            "title": "Response",
            "description": "Answers to one instrument in item order (null = unanswered), tagged by the instrument id.",
            "type": "object",
            "oneOf": variants,
        });
        Schema::try_from(value).unwrap_or_default()
    }
}
