//! The seam between the instrument catalog and outcome arithmetic: a [`Score`] becomes a
//! [`Measurement`], and the catalog's published MCIDs and SEMs become the inputs the outcome
//! definitions take.
//!
//! ```
//! use pain_reprocessing::instruments::{InstrumentId, Response};
//! use pain_reprocessing::outcomes::{
//!     Change, Measurement, Reliability, ReliableChange, ReliableChangeVerdict,
//! };
//!
//! let tsk = |answers: [u8; 11]| -> Result<Measurement, Box<dyn std::error::Error>> {
//!     let answers = answers.map(Some);
//!     Ok(Measurement::try_from(&Response::new(InstrumentId::Tsk11, &answers)?.score()?)?)
//! };
//! let change = Change::between(&tsk([3; 11])?, &tsk([2; 11])?)?; // 33 -> 22
//! // TSK-11's published SEM is 2.54 (§3.7 `[S66]`): a minimum reliable change of about 7.04.
//! let sem = Reliability::from_catalog(InstrumentId::Tsk11).expect("TSK-11 has a published SEM");
//! let result = ReliableChange::of(&change, Some(&sem));
//! let figures = result.computed().expect("computable with an SEM");
//! assert_eq!(figures.min_reliable_change().to_string(), "7.04");
//! assert_eq!(figures.verdict(), ReliableChangeVerdict::ReliableImprovement); // 11 > 7.04
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use super::{
    InstrumentKey, KeyPart, Mcid, McidRule, Measurement, OutcomesError, PgicCategory, Reliability,
};
use crate::decimal::Decimal;
use crate::instruments::{InstrumentId, ReliabilityKind, Response, Score, SubscaleId};
use crate::rating::Direction;

impl From<InstrumentId> for InstrumentKey {
    /// The instrument's catalog id, such as `tsk11`: every id is a valid key.
    fn from(id: InstrumentId) -> InstrumentKey {
        InstrumentKey(id.as_str().to_owned())
    }
}

impl InstrumentKey {
    /// The key of item `item` (1-based, in the catalog's item order) of `instrument`, named by
    /// the catalog's item id: BPI-SF item 3 is `bpi_sf.item.bpi_5_average`, the past-week average
    /// pain item that was the Boulder trial's primary outcome (clinical reference §1.7 `[S21]`).
    ///
    /// # Errors
    ///
    /// [`OutcomesError::NoSuchItem`] when the instrument has no item `item`.
    pub fn item(instrument: InstrumentId, item: usize) -> Result<InstrumentKey, OutcomesError> {
        let definition = instrument.definition();
        let no_such_item = || OutcomesError::NoSuchItem {
            instrument: instrument.as_str().to_owned(),
            item,
            items: definition.item_count(),
        };
        let id = item
            .checked_sub(1)
            .and_then(|index| definition.items().get(index))
            .ok_or_else(no_such_item)?
            .id();
        InstrumentKey::with_part(&instrument.into(), KeyPart::Item(id))
    }

    /// The key of `subscale` of `instrument`, such as `bpi_sf.subscale.interference`.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::NoSuchSubscale`] when the instrument has no such subscale.
    pub fn subscale(
        instrument: InstrumentId,
        subscale: SubscaleId,
    ) -> Result<InstrumentKey, OutcomesError> {
        let has = instrument
            .definition()
            .subscales()
            .iter()
            .any(|s| s.id() == subscale);
        if !has {
            return Err(OutcomesError::NoSuchSubscale {
                instrument: instrument.as_str().to_owned(),
                subscale: subscale.as_str(),
            });
        }
        InstrumentKey::with_part(&instrument.into(), KeyPart::Subscale(subscale.as_str()))
    }
}

impl Measurement {
    /// A measurement of one item of `response` (1-based), keyed by [`InstrumentKey::item`]: the
    /// raw answer, under the instrument's current rule version, improving in the instrument's
    /// direction (the opposite one for a reverse-scored item, whose raw answer runs the other
    /// way).
    ///
    /// The Boulder trial's primary outcome is BPI-SF item 3, past-week average pain (clinical
    /// reference §1.7 `[S21]`): taken from the BPI response itself, not re-entered as an NRS.
    ///
    /// ```
    /// use pain_reprocessing::instruments::{InstrumentId, Response};
    /// use pain_reprocessing::outcomes::Measurement;
    /// use pain_reprocessing::Decimal;
    ///
    /// let answers = [7, 2, 5, 4, 6, 5, 4, 6, 3, 5, 6].map(Some);
    /// let bpi = Response::new(InstrumentId::BpiSf, &answers)?;
    /// let average_pain = Measurement::from_item(&bpi, 3)?;
    /// assert_eq!(average_pain.instrument().as_str(), "bpi_sf.item.bpi_5_average");
    /// assert_eq!(average_pain.value(), Decimal::from_int(5));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`OutcomesError::NoSuchItem`] beyond the instrument's items and
    /// [`OutcomesError::ItemUnanswered`] for an unanswered item (a missing answer is never a 0).
    pub fn from_item(response: &Response, item: usize) -> Result<Measurement, OutcomesError> {
        let instrument = response.instrument();
        let key = InstrumentKey::item(instrument, item)?;
        let answer = response
            .answer(item)
            .ok_or_else(|| OutcomesError::ItemUnanswered {
                instrument: instrument.as_str().to_owned(),
                item,
            })?;
        let definition = instrument.definition();
        let reversed = definition
            .reverse_items()
            .iter()
            .any(|&r| usize::from(r) == item);
        let direction = match (definition.direction(), reversed) {
            (direction, false) => direction,
            (Direction::HigherIsWorse, true) => Direction::HigherIsBetter,
            (Direction::HigherIsBetter, true) => Direction::HigherIsWorse,
        };
        Ok(Measurement::new(
            key,
            definition.rule_version(),
            Decimal::from_int(i32::from(answer)),
            direction,
        ))
    }

    /// A measurement of one subscale of `score`, keyed by [`InstrumentKey::subscale`], with the
    /// score's rule version and the instrument's direction.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::NoSuchSubscale`] when the instrument has no such subscale, and
    /// [`OutcomesError::SubscaleNotScored`] when this score does not carry it (too many of its
    /// items were missing).
    pub fn from_subscale(
        score: &Score,
        subscale: SubscaleId,
    ) -> Result<Measurement, OutcomesError> {
        let instrument = score.instrument();
        let key = InstrumentKey::subscale(instrument, subscale)?;
        let value = score
            .subscale(subscale)
            .ok_or_else(|| OutcomesError::SubscaleNotScored {
                instrument: instrument.as_str().to_owned(),
                subscale: subscale.as_str(),
            })?;
        Ok(Measurement::new(
            key,
            score.rule_version(),
            value,
            instrument.definition().direction(),
        ))
    }
}

impl TryFrom<&Score> for Measurement {
    type Error = OutcomesError;

    /// The score's exact total, with its instrument, scoring-rule version and the instrument's
    /// direction.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::NoTotal`] for a score without a total (a BPI-SF score whose severity was
    /// not scored, its interference subscale valid).
    fn try_from(score: &Score) -> Result<Measurement, OutcomesError> {
        let instrument = score.instrument();
        let total = score.total().ok_or_else(|| OutcomesError::NoTotal {
            instrument: instrument.as_str().to_owned(),
        })?;
        Ok(Measurement::new(
            instrument.into(),
            score.rule_version(),
            total,
            instrument.definition().direction(),
        ))
    }
}

/// The catalog outcomes that are pain-intensity ratings from 0 to 10: the only catalog outcomes
/// that [`ResponderDefinition::PainFreeOrNearly`](super::ResponderDefinition::PainFreeOrNearly)
/// judges, since "pain-free or nearly" is a pain score of 0 or 1 out of 10 (§1.8 `[S27]`).
///
/// - the pain NRS (§3.1);
/// - the BPI-SF's four severity items, its severity mean and its total, which is that mean (§3.2
///   `[S39]`); its interference items and mean rate interference, not pain;
/// - the PEG-3's first item, average pain (§3.3 `[S48]`); its total mixes in two interference items.
///
/// An outcome outside the catalog (an app's own pain scale) is the app's to judge.
const PAIN_INTENSITY: &[&str] = &[
    "nrs",
    "bpi_sf",
    "bpi_sf.subscale.severity",
    "bpi_sf.item.bpi_3_worst",
    "bpi_sf.item.bpi_4_least",
    "bpi_sf.item.bpi_5_average",
    "bpi_sf.item.bpi_6_now",
    "peg3.item.peg_1_pain",
];

/// Whether `key` names a catalog outcome ([`catalog_range`] knows it) that is not a pain-intensity
/// rating ([`PAIN_INTENSITY`]).
pub(crate) fn is_catalog_outcome_other_than_pain(key: &InstrumentKey) -> bool {
    catalog_range(key).is_some() && !PAIN_INTENSITY.contains(&key.as_str())
}

/// The catalog's range of what `key` measures: an instrument's score range, an item's answer range
/// or a subscale's range; `None` for a key the catalog does not know (an app's own outcome).
pub(crate) fn catalog_range(key: &InstrumentKey) -> Option<(Decimal, Decimal)> {
    let instrument: InstrumentId = key.instrument().parse().ok()?;
    let definition = instrument.definition();
    match key.part() {
        None => Some((definition.score_min(), definition.score_max())),
        Some(KeyPart::Item(id)) => definition.items().iter().any(|i| i.id() == id).then(|| {
            (
                Decimal::from_int(i32::from(definition.answer_min())),
                Decimal::from_int(i32::from(definition.answer_max())),
            )
        }),
        Some(KeyPart::Subscale(id)) => definition
            .subscales()
            .iter()
            .find(|s| s.id().as_str() == id)
            .map(|s| (s.min(), s.max())),
    }
}

impl TryFrom<&Score> for PgicCategory {
    type Error = OutcomesError;

    /// The category of a PGIC score (its total is the 1-7 answer).
    fn try_from(score: &Score) -> Result<PgicCategory, OutcomesError> {
        let not_pgic = || OutcomesError::NotPgic {
            instrument: score.instrument().as_str().to_owned(),
        };
        if score.instrument() != InstrumentId::Pgic {
            return Err(not_pgic());
        }
        let total = score.total().ok_or_else(not_pgic)?;
        let answer = u8::try_from(total.hundredths() / 100).map_err(|_| not_pgic())?;
        PgicCategory::try_from(answer)
    }
}

impl Mcid {
    /// The first verified MCID the catalog publishes for `instrument`, as an outcome threshold
    /// ("points or percent": [`McidRule::Either`], as the published MCIDs are written); `None` when
    /// the catalog has none (an UNVERIFIED figure is never used as a default).
    pub fn from_catalog(instrument: InstrumentId) -> Option<Mcid> {
        instrument
            .definition()
            .mcids()
            .iter()
            .filter(|mcid| mcid.verified())
            .find_map(|mcid| {
                Mcid::new(
                    mcid.points(),
                    mcid.percent(),
                    McidRule::Either,
                    mcid.source()?.as_str(),
                )
                .ok()
            })
    }
}

impl Reliability {
    /// The verified standard error of measurement the catalog publishes for `instrument` (TSK-11
    /// 2.54, TSK-17 3.16, §3.7 `[S66]`); `None` for instruments without one, so reliable change is
    /// reported as not computable rather than guessed.
    pub fn from_catalog(instrument: InstrumentId) -> Option<Reliability> {
        instrument
            .definition()
            .reliability()
            .iter()
            .filter(|r| r.verified() && r.kind() == ReliabilityKind::Sem)
            .find_map(|r| Reliability::sem(r.value()).ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Decimal;

    #[test]
    fn catalog_figures_become_outcome_inputs() {
        let tsk11 = Reliability::from_catalog(InstrumentId::Tsk11).unwrap();
        assert_eq!(
            tsk11,
            Reliability::sem(Decimal::from_ratio(254, 100).unwrap()).unwrap()
        );
        let tsk17 = Reliability::from_catalog(InstrumentId::Tsk17).unwrap();
        assert_eq!(
            tsk17,
            Reliability::sem(Decimal::from_ratio(316, 100).unwrap()).unwrap()
        );
        assert_eq!(Reliability::from_catalog(InstrumentId::Phq9), None);
        // ODI: 10 points or 30% (Ostelo 2008, §3.9 `[S44]`).
        let odi = Mcid::from_catalog(InstrumentId::Odi).unwrap();
        assert_eq!(odi.points(), Some(Decimal::from_int(10)));
        assert_eq!(odi.percent(), Some(Decimal::from_int(30)));
        assert_eq!(InstrumentKey::from(InstrumentId::Peg3).as_str(), "peg3");
    }

    #[test]
    fn only_a_pgic_score_has_a_pgic_category() {
        use crate::instruments::Response;
        let peg = Response::new(InstrumentId::Peg3, &[Some(1); 3])
            .unwrap()
            .score()
            .unwrap();
        assert_eq!(
            PgicCategory::try_from(&peg),
            Err(OutcomesError::NotPgic {
                instrument: "peg3".into()
            })
        );
        let pgic = Response::new(InstrumentId::Pgic, &[Some(2)])
            .unwrap()
            .score()
            .unwrap();
        assert_eq!(
            PgicCategory::try_from(&pgic),
            Ok(PgicCategory::MuchImproved)
        );
    }

    #[test]
    fn pgic_answers_map_to_immpact_classes() {
        // Moved from the instruments tests: the IMMPACT interpretation of a PGIC score.
        use crate::instruments::Response;
        use crate::outcomes::ImmpactClass;
        for (answer, class) in [
            (1, ImmpactClass::Substantial),
            (2, ImmpactClass::Moderate),
            (3, ImmpactClass::Minimal),
            (4, ImmpactClass::NoImportantChange),
            (7, ImmpactClass::NoImportantChange),
        ] {
            let score = Response::new(InstrumentId::Pgic, &[Some(answer)])
                .unwrap()
                .score()
                .unwrap();
            assert_eq!(
                PgicCategory::try_from(&score).unwrap().immpact_class(),
                class
            );
        }
    }

    #[test]
    fn an_item_is_an_outcome_of_its_own() {
        use crate::instruments::Response;
        // BPI-SF answers: worst 7, least 2, average 5, now 4, interference 6 5 4 6 3 5 6.
        let answers = [7, 2, 5, 4, 6, 5, 4, 6, 3, 5, 6].map(Some);
        let bpi = Response::new(InstrumentId::BpiSf, &answers).unwrap();
        let average = Measurement::from_item(&bpi, 3).unwrap();
        assert_eq!(average.instrument().as_str(), "bpi_sf.item.bpi_5_average");
        assert_eq!(average.value(), Decimal::from_int(5));
        assert_eq!(average.direction(), Direction::HigherIsWorse);
        assert_eq!(
            average.rule_version(),
            InstrumentId::BpiSf.definition().rule_version()
        );
        // The item is not the total: comparing the two is refused.
        let total = Measurement::try_from(&bpi.score().unwrap()).unwrap();
        assert!(matches!(
            average.check_comparable(&total),
            Err(OutcomesError::InstrumentMismatch { .. })
        ));
        assert_eq!(
            Measurement::from_item(&bpi, 12).unwrap_err().to_string(),
            "bpi_sf has no item 12; its items are 1-11"
        );
        assert!(matches!(
            Measurement::from_item(&bpi, 0),
            Err(OutcomesError::NoSuchItem { item: 0, .. })
        ));
        let mut gappy = answers;
        gappy[2] = None;
        let gappy = Response::new(InstrumentId::BpiSf, &gappy).unwrap();
        assert_eq!(
            Measurement::from_item(&gappy, 3).unwrap_err().to_string(),
            "bpi_sf item 3 is unanswered; an item outcome needs an answer"
        );
    }

    #[test]
    fn a_reverse_scored_item_improves_the_other_way() {
        use crate::instruments::Response;
        let reversed = InstrumentId::ALL
            .into_iter()
            .find(|id| !id.definition().reverse_items().is_empty())
            .unwrap();
        let definition = reversed.definition();
        let item = usize::from(definition.reverse_items()[0]);
        let answers: Vec<Option<u8>> = (0..definition.item_count())
            .map(|_| Some(definition.answer_min()))
            .collect();
        let response = Response::new(reversed, &answers).unwrap();
        let m = Measurement::from_item(&response, item).unwrap();
        assert_ne!(m.direction(), definition.direction());
    }

    #[test]
    fn a_subscale_is_an_outcome_of_its_own() {
        use crate::instruments::Response;
        let answers = [7, 2, 5, 4, 6, 5, 4, 6, 3, 5, 6].map(Some);
        let score = Response::new(InstrumentId::BpiSf, &answers)
            .unwrap()
            .score()
            .unwrap();
        let interference = Measurement::from_subscale(&score, SubscaleId::Interference).unwrap();
        assert_eq!(
            interference.instrument().as_str(),
            "bpi_sf.subscale.interference"
        );
        // (6 + 5 + 4 + 6 + 3 + 5 + 6) / 7 = 35 / 7 = 5.
        assert_eq!(interference.value(), Decimal::from_int(5));
        assert_eq!(
            Measurement::from_subscale(&score, SubscaleId::Rumination)
                .unwrap_err()
                .to_string(),
            "bpi_sf has no subscale rumination"
        );
        assert_eq!(
            InstrumentKey::subscale(InstrumentId::Pcs, SubscaleId::Rumination)
                .unwrap()
                .as_str(),
            "pcs.subscale.rumination"
        );
    }

    #[test]
    fn every_pain_intensity_outcome_is_a_0_to_10_catalog_outcome() {
        let ten = Some((Decimal::ZERO, Decimal::from_int(10)));
        for key in PAIN_INTENSITY {
            let key = InstrumentKey::new(*key).unwrap();
            assert_eq!(catalog_range(&key), ten, "{key}");
            assert!(!is_catalog_outcome_other_than_pain(&key), "{key}");
        }
        for other in [
            "bpi_sf.subscale.interference",
            "bpi_sf.item.bpi_9b_mood",
            "peg3",
            "odi",
        ] {
            let key = InstrumentKey::new(other).unwrap();
            assert!(is_catalog_outcome_other_than_pain(&key), "{key}");
        }
        assert!(!is_catalog_outcome_other_than_pain(
            &InstrumentKey::new("an_apps_own_pain_scale").unwrap()
        ));
    }

    #[test]
    fn catalog_ranges_of_keys() {
        let range = |key: &str| catalog_range(&InstrumentKey::new(key).unwrap());
        let ten = Some((Decimal::ZERO, Decimal::from_int(10)));
        assert_eq!(range("bpi_sf"), ten);
        assert_eq!(range("bpi_sf.item.bpi_5_average"), ten);
        assert_eq!(range("bpi_sf.subscale.interference"), ten);
        assert_eq!(range("odi"), Some((Decimal::ZERO, Decimal::from_int(100))));
        assert_eq!(range("bpi_sf.item.no_such_item"), None);
        assert_eq!(range("nrs_pain_own"), None);
    }

    #[test]
    fn every_instrument_id_is_a_valid_key() {
        for id in InstrumentId::ALL {
            assert_eq!(InstrumentKey::new(id.as_str()), Ok(InstrumentKey::from(id)));
        }
    }
}
