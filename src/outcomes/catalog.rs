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

use super::{InstrumentKey, Mcid, McidRule, Measurement, OutcomesError, PgicCategory, Reliability};
use crate::instruments::{InstrumentId, ReliabilityKind, Score};

impl From<InstrumentId> for InstrumentKey {
    /// The instrument's catalog id, such as `tsk11`: every id is a valid key.
    fn from(id: InstrumentId) -> InstrumentKey {
        InstrumentKey(id.as_str().to_owned())
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
    fn every_instrument_id_is_a_valid_key() {
        for id in InstrumentId::ALL {
            assert_eq!(InstrumentKey::new(id.as_str()), Ok(InstrumentKey::from(id)));
        }
    }
}
