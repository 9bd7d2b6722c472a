//! An exact decimal number with two fractional digits, for every derived figure the crate reports.
//!
//! Means, percentages, percent changes and proportions are computed in integer arithmetic and stored
//! as a whole number of hundredths, so a PEG mean of 8/3 is `2.67` on every machine, never
//! `2.6666666666666665` or `2.6700000000000004`.
//!
//! # Rounding
//!
//! [`Decimal::from_ratio`] rounds **half away from zero** to two decimal places: `1/8 = 0.125` becomes
//! `0.13` and `-1/8` becomes `-0.13`. Clinical decisions that compare against a threshold (a 30%
//! reduction, a band edge) are made on the exact ratio by the modules that make them, never on the
//! rounded value.
//!
//! # JSON
//!
//! A `Decimal` is written as a plain JSON number (`2.67`) and read back exactly: the reader accepts any
//! JSON number with at most two decimal places and rejects `2.675` with a [`DecimalError`] instead of
//! rounding it silently. Research values with more decimals (`4.375`, a mean of eight answers) are
//! measured values, not derived figures: [`MeasuredValue`] keeps them exact to 0.0001 as the input
//! of outcomes; [`Decimal::parse_rounded`] remains for a pipeline that chooses to round them.
//!
//! # Printing
//!
//! `{}` prints the shortest exact form (`0.2`); `{:.2}` prints exactly two decimals (`0.20`), so a
//! column of proportions prints alike.
//!
//! # Layout
//!
//! - this file: the [`Decimal`] type, its exact range and its constructors;
//! - `measured`: [`MeasuredValue`], ten-thousandths for the values outcomes take in (a research
//!   value such as 4.375): its range, constructors and conversions;
//! - `error`: [`DecimalError`]; `parse`: reading text and floats (strict, and rounded on request),
//!   of both types; `display`: printing both; `json`: serde and JSON Schema of both; `rounding`:
//!   the crate's one rounding rule and the wide-integer helpers outcome figures use.

mod display;
mod error;
mod json;
mod measured;
mod parse;
mod rounding;
#[cfg(test)]
mod tests;

pub use self::error::DecimalError;
pub use self::measured::MeasuredValue;
pub(crate) use self::rounding::{ratio, sqrt_ratio_hundredths};
use self::rounding::{round_half_away_i64, round_half_away_i128};

/// The largest magnitude, in hundredths, that a [`Decimal`] holds: ±9,999,999,999,999.99.
///
/// Every value up to it survives a JSON number (an `f64` in most languages) both ways: doubles near
/// 10^13 lie about 0.002 apart, well inside half a hundredth. Up to 2^53 hundredths (the first
/// limit chosen) they lie 0.0156 apart, and some two-decimal values came back changed.
const MAX_HUNDREDTHS: i64 = 999_999_999_999_999;

/// The largest value a [`Decimal`] holds, as written in its JSON Schema (and in every schema
/// that narrows a decimal, so that none allows more than the type reads).
pub(crate) const MAX_VALUE: f64 = MAX_HUNDREDTHS as f64 / 100.0;

/// An exact decimal with two fractional digits (a whole number of hundredths).
///
/// ```
/// use pain_reprocessing::Decimal;
///
/// let mean = Decimal::from_ratio(8, 3)?; // the PEG mean of answers 3, 2, 3
/// assert_eq!(mean.to_string(), "2.67");
/// assert_eq!(mean.hundredths(), 267);
/// assert_eq!("2.67".parse::<Decimal>()?, mean);
/// assert!("2.675".parse::<Decimal>().is_err());
/// # Ok::<(), pain_reprocessing::DecimalError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Decimal {
    hundredths: i64,
}

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal { hundredths: 0 };

    /// The whole number `value`.
    ///
    /// ```
    /// # use pain_reprocessing::Decimal;
    /// assert_eq!(Decimal::from_int(27).to_string(), "27");
    /// ```
    pub const fn from_int(value: i32) -> Decimal {
        Decimal {
            hundredths: value as i64 * 100,
        }
    }

    /// The decimal with this many hundredths, for any `i32` (always within the exact range).
    ///
    /// ```
    /// # use pain_reprocessing::Decimal;
    /// assert_eq!(Decimal::from_hundredths_i32(-267).to_string(), "-2.67");
    /// ```
    pub const fn from_hundredths_i32(hundredths: i32) -> Decimal {
        Decimal {
            hundredths: hundredths as i64,
        }
    }

    /// The decimal with this many hundredths.
    ///
    /// # Errors
    ///
    /// [`DecimalError::TooLarge`] beyond ±(10^15 − 1) hundredths (±9,999,999,999,999.99).
    pub fn from_hundredths(hundredths: i64) -> Result<Decimal, DecimalError> {
        if hundredths.unsigned_abs() > MAX_HUNDREDTHS.unsigned_abs() {
            return Err(DecimalError::TooLarge {
                value: format!("{hundredths}/100"),
            });
        }
        Ok(Decimal { hundredths })
    }

    /// `numerator / denominator`, rounded half away from zero to two decimal places.
    ///
    /// ```
    /// # use pain_reprocessing::Decimal;
    /// assert_eq!(Decimal::from_ratio(1, 8)?.to_string(), "0.13");
    /// assert_eq!(Decimal::from_ratio(-1, 8)?.to_string(), "-0.13");
    /// assert_eq!(Decimal::from_ratio(33, 50)?.to_string(), "0.66");
    /// # Ok::<(), pain_reprocessing::DecimalError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`DecimalError::ZeroDenominator`] when `denominator` is 0, and [`DecimalError::TooLarge`] when
    /// the result is beyond the exact range.
    pub fn from_ratio(numerator: i64, denominator: i64) -> Result<Decimal, DecimalError> {
        if denominator == 0 {
            return Err(DecimalError::ZeroDenominator);
        }
        let rounded = match numerator.checked_mul(100) {
            // Sums (most scores) are whole: no division at all.
            Some(scaled) if denominator == 1 => Some(i128::from(scaled)),
            // Scores divide small sums by small positive counts: i64, which the CPU divides in
            // hardware, is exact there; 128-bit division is a software routine and made scoring
            // several times slower (docs/performance.md).
            Some(scaled) if denominator > 0 => {
                round_half_away_i64(scaled, denominator).map(i128::from)
            }
            _ => round_half_away_i128(i128::from(numerator) * 100, i128::from(denominator)),
        };
        let too_large = || DecimalError::TooLarge {
            value: format!("{numerator}/{denominator}"),
        };
        let hundredths = rounded
            .and_then(|rounded| i64::try_from(rounded).ok())
            .ok_or_else(too_large)?;
        Decimal::from_hundredths(hundredths).map_err(|_| too_large())
    }

    /// The value as a whole number of hundredths (`2.67` gives `267`).
    pub const fn hundredths(self) -> i64 {
        self.hundredths
    }

    /// The value as an `f64`; exact to the nearest double, as a JSON number would carry it.
    pub fn to_f64(self) -> f64 {
        self.hundredths as f64 / 100.0
    }

    /// Whether the value is below zero.
    pub const fn is_negative(self) -> bool {
        self.hundredths < 0
    }

    /// The sum, or `None` beyond the exact range.
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let sum = self.hundredths.checked_add(other.hundredths)?;
        Decimal::from_hundredths(sum).ok()
    }

    /// The difference, or `None` beyond the exact range.
    pub fn checked_sub(self, other: Decimal) -> Option<Decimal> {
        let difference = self.hundredths.checked_sub(other.hundredths)?;
        Decimal::from_hundredths(difference).ok()
    }
}
