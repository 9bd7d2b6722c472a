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
//! rounding it silently. A pipeline that brings in research values with more decimals (`4.375`)
//! rounds them explicitly, once, with [`Decimal::parse_rounded`].
//!
//! # Printing
//!
//! `{}` prints the shortest exact form (`0.2`); `{:.2}` prints exactly two decimals (`0.20`), so a
//! column of proportions prints alike.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::json::JsonNumber;

/// The largest magnitude, in hundredths, that a [`Decimal`] holds: ±9,999,999,999,999.99.
///
/// Every value up to it survives a JSON number (an `f64` in most languages) both ways: doubles near
/// 10^13 lie about 0.002 apart, well inside half a hundredth. Up to 2^53 hundredths (the first
/// limit chosen) they lie 0.0156 apart, and some two-decimal values came back changed.
const MAX_HUNDREDTHS: i64 = 999_999_999_999_999;

/// The largest value a [`Decimal`] holds, as written in its JSON Schema (and in every schema
/// that narrows a decimal, so that none allows more than the type reads).
pub(crate) const MAX_VALUE: f64 = MAX_HUNDREDTHS as f64 / 100.0;

/// Why a number could not become a [`Decimal`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecimalError {
    /// The input was NaN or infinite.
    #[error("{value} is not a finite number; a decimal must be finite")]
    NotFinite {
        /// The input as written.
        value: String,
    },
    /// The input had more than two decimal places.
    #[error("{value} has more than two decimal places; decimals are exact to 0.01")]
    TooPrecise {
        /// The input as written.
        value: String,
    },
    /// The input's magnitude was beyond what a JSON number carries exactly.
    #[error("{value} is too large; decimals range from -{MAX_VALUE} to {MAX_VALUE}")]
    TooLarge {
        /// The input as written.
        value: String,
    },
    /// A ratio had a zero denominator.
    #[error("a ratio with denominator 0 has no value")]
    ZeroDenominator,
    /// Text that is not a decimal number.
    #[error(
        "{input:?} is not a decimal number; expected digits with an optional sign and up to two decimal places, such as 2.67"
    )]
    Malformed {
        /// The text, cut to its first 24 characters.
        input: String,
    },
}

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

    /// Parses a decimal with any number of decimal places and rounds it once, half away from
    /// zero, to the crate's documented precision of 0.01: `4.375` is `4.38`, `-4.375` is
    /// `-4.38`, `4.3749` is `4.37`.
    ///
    /// For research values computed elsewhere (a mean of eight items, 35/8 = 4.375) that a
    /// pipeline chooses to bring in at 0.01. The strict readers ([`str::parse`], serde) keep
    /// refusing such a value with [`DecimalError::TooPrecise`], so nothing is rounded without
    /// being asked. Figures derived from the rounded values are exact from there on.
    ///
    /// ```
    /// # use pain_reprocessing::Decimal;
    /// assert_eq!(Decimal::parse_rounded("4.375")?.to_string(), "4.38");
    /// assert_eq!(Decimal::parse_rounded("-4.375")?.to_string(), "-4.38");
    /// assert!("4.375".parse::<Decimal>().is_err());
    /// # Ok::<(), pain_reprocessing::DecimalError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`DecimalError::Malformed`] for text that is not a decimal number and
    /// [`DecimalError::TooLarge`] beyond the exact range.
    pub fn parse_rounded(input: &str) -> Result<Decimal, DecimalError> {
        let malformed = || DecimalError::Malformed {
            input: input.chars().take(24).collect(),
        };
        let unsigned = input.strip_prefix('-').unwrap_or(input);
        let negative = unsigned.len() != input.len();
        let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        if fraction.len() <= 2 {
            return input.parse();
        }
        if whole.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return Err(malformed());
        }
        let (kept, rest) = fraction.split_at(2);
        let truncated: Decimal = format!("{whole}.{kept}").parse()?;
        let round_up = rest.bytes().next().is_some_and(|b| b >= b'5');
        if !round_up {
            return Ok(truncated);
        }
        let magnitude = truncated.hundredths.unsigned_abs().checked_add(1);
        let too_large = || DecimalError::TooLarge {
            value: input.chars().take(24).collect(),
        };
        let magnitude = magnitude
            .and_then(|m| i64::try_from(m).ok())
            .ok_or_else(too_large)?;
        // `-0.001` truncates to 0 with the sign lost; the sign comes from the input.
        Decimal::from_hundredths(if negative { -magnitude } else { magnitude })
            .map_err(|_| too_large())
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

impl TryFrom<f64> for Decimal {
    type Error = DecimalError;

    /// Accepts a finite `f64` that is the nearest double to a number with at most two decimal places
    /// (what parsing `"2.67"` produces), and rejects anything else rather than rounding it.
    fn try_from(value: f64) -> Result<Decimal, DecimalError> {
        if !value.is_finite() {
            return Err(DecimalError::NotFinite {
                value: value.to_string(),
            });
        }
        if value.abs() > MAX_VALUE {
            return Err(DecimalError::TooLarge {
                value: value.to_string(),
            });
        }
        let hundredths = (value * 100.0).round();
        // Division is correctly rounded, so this is exact when `value` came from a two-decimal literal.
        if hundredths / 100.0 != value {
            return Err(DecimalError::TooPrecise {
                value: value.to_string(),
            });
        }
        // In range (checked above), so the cast neither truncates nor saturates.
        Decimal::from_hundredths(hundredths as i64)
    }
}

impl From<Decimal> for f64 {
    fn from(value: Decimal) -> f64 {
        value.to_f64()
    }
}

impl From<i32> for Decimal {
    fn from(value: i32) -> Decimal {
        Decimal::from_int(value)
    }
}

impl FromStr for Decimal {
    type Err = DecimalError;

    /// Parses `-12`, `2.5` or `2.67` exactly, without going through floating point.
    fn from_str(input: &str) -> Result<Decimal, DecimalError> {
        let malformed = || DecimalError::Malformed {
            input: input.chars().take(24).collect(),
        };
        let (negative, unsigned) = match input.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, input),
        };
        let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
            return Err(malformed());
        }
        if unsigned.contains('.') && fraction.is_empty() {
            return Err(malformed());
        }
        if fraction.len() > 2 {
            return Err(DecimalError::TooPrecise {
                value: input.chars().take(24).collect(),
            });
        }
        let too_large = || DecimalError::TooLarge {
            value: input.chars().take(24).collect(),
        };
        let whole: i64 = whole.parse().map_err(|_| too_large())?;
        let fraction: i64 = match fraction.len() {
            0 => 0,
            1 => fraction.parse::<i64>().map_err(|_| malformed())? * 10,
            _ => fraction.parse().map_err(|_| malformed())?,
        };
        let magnitude = whole
            .checked_mul(100)
            .and_then(|w| w.checked_add(fraction))
            .ok_or_else(too_large)?;
        Decimal::from_hundredths(if negative { -magnitude } else { magnitude })
            .map_err(|_| too_large())
    }
}

impl fmt::Display for Decimal {
    /// The shortest exact form: `3`, `3.5`, `2.67`, `-0.13`.
    ///
    /// With a precision, exactly that many decimals, so figures in a column print alike:
    /// `format!("{:.2}", d)` gives `0.20` beside `0.26` and `3.00`; below two decimals the value is
    /// rounded half away from zero from its exact hundredths (`{:.1}` of `0.25` is `0.3`, of `-0.25`
    /// is `-0.3`). Width, alignment and the `+` flag apply as for integers (`{:+.2}` gives `+0.20`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let magnitude = self.hundredths.unsigned_abs();
        let digits = match f.precision() {
            None => {
                let (whole, fraction) = (magnitude / 100, magnitude % 100);
                match fraction {
                    0 => format!("{whole}"),
                    f10 if f10 % 10 == 0 => format!("{whole}.{}", f10 / 10),
                    _ => format!("{whole}.{fraction:02}"),
                }
            }
            Some(0) => format!("{}", (magnitude + 50) / 100),
            Some(1) => {
                let tenths = (magnitude + 5) / 10;
                format!("{}.{}", tenths / 10, tenths % 10)
            }
            Some(places) => format!(
                "{}.{:02}{:0<pad$}",
                magnitude / 100,
                magnitude % 100,
                "",
                pad = places - 2
            ),
        };
        // A value that rounds to zero prints without a minus sign.
        let negative = self.hundredths < 0 && digits.bytes().any(|b| matches!(b, b'1'..=b'9'));
        if f.width().is_none() && !f.sign_plus() {
            let sign = if negative { "-" } else { "" };
            return write!(f, "{sign}{digits}");
        }
        f.pad_integral(!negative, "", &digits)
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Decimal({self})")
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.hundredths % 100 == 0 {
            serializer.serialize_i64(self.hundredths / 100)
        } else {
            serializer.serialize_f64(self.to_f64())
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
        let number = JsonNumber::deserialize(deserializer)?;
        Decimal::from_json_number(number).map_err(serde::de::Error::custom)
    }
}

impl Decimal {
    /// A JSON number as an exact decimal: the reader of every decimal field (and of
    /// [`Percentage`](crate::Percentage)'s).
    pub(crate) fn from_json_number(number: JsonNumber) -> Result<Decimal, DecimalError> {
        match number {
            JsonNumber::Integer(i) => {
                let hundredths = i.checked_mul(100).and_then(|h| i64::try_from(h).ok());
                hundredths
                    .ok_or_else(|| DecimalError::TooLarge {
                        value: i.to_string(),
                    })
                    .and_then(Decimal::from_hundredths)
            }
            JsonNumber::Float(f) => Decimal::try_from(f),
        }
    }
}

impl JsonSchema for Decimal {
    fn schema_name() -> Cow<'static, str> {
        "Decimal".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::Decimal").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An exact decimal with at most two decimal places, written as a JSON number.",
            "type": "number",
            "minimum": -MAX_VALUE,
            "maximum": MAX_VALUE,
        })
    }
}

/// `numerator / denominator` for the wide integers of outcome figures (sums of squares, cohort
/// totals), rounded half away from zero to 0.01 like [`Decimal::from_ratio`]; `None` for a zero
/// denominator or beyond the exact range.
pub(crate) fn ratio(numerator: i128, denominator: i128) -> Option<Decimal> {
    let hundredths = round_half_away_i128(numerator.checked_mul(100)?, denominator)?;
    Decimal::from_hundredths(i64::try_from(hundredths).ok()?).ok()
}

/// The square root of the exact ratio `numerator / denominator`, a quantity in hundredths², as a
/// [`Decimal`] rounded to the nearest hundredth (ties up), computed exactly in integers.
pub(crate) fn sqrt_ratio_hundredths(numerator: u128, denominator: u128) -> Option<Decimal> {
    if denominator == 0 {
        return None;
    }
    // With V = numerator / denominator (in hundredths²), the rounded root k satisfies
    // (2k - 1)² <= 4V < (2k + 1)²; r = isqrt(floor(4V)) gives k = (r + 1) / 2.
    let four_v = numerator.checked_mul(4)? / denominator;
    let r = four_v.isqrt();
    let k = r.div_ceil(2);
    Decimal::from_hundredths(i64::try_from(k).ok()?).ok()
}

/// The crate's one rounding rule, written once for the two widths it runs at: `scaled /
/// denominator` rounded half away from zero; `None` for a zero denominator (and for the one
/// overflowing division, `MIN / -1`). `i64` is the scoring fast path, `i128` everything else.
macro_rules! round_half_away {
    ($($name:ident: $int:ty),* $(,)?) => {$(
        fn $name(scaled: $int, denominator: $int) -> Option<$int> {
            let quotient = scaled.checked_div(denominator)?;
            let remainder = (scaled % denominator).unsigned_abs();
            // 2·|r| ≥ |d|, written without the doubling that could overflow.
            if remainder > 0 && remainder >= denominator.unsigned_abs() - remainder {
                Some(quotient + if (scaled < 0) == (denominator < 0) { 1 } else { -1 })
            } else {
                Some(quotient)
            }
        }
    )*};
}

round_half_away!(round_half_away_i64: i64, round_half_away_i128: i128);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_half_away_from_zero() {
        let cases = [
            (8, 3, 267),
            (1, 8, 13),
            (-1, 8, -13),
            (1, -8, -13),
            (-1, -8, 13),
            (1, 3, 33),
            (2, 3, 67),
            (5, 1, 500),
            (0, 7, 0),
            (1, 200, 1),
            (1, 201, 0),
            (-1, 200, -1),
        ];
        for (n, d, h) in cases {
            assert_eq!(
                Decimal::from_ratio(n, d).unwrap().hundredths(),
                h,
                "{n}/{d}"
            );
        }
    }

    #[test]
    fn the_i64_path_agrees_with_the_wide_one() {
        let numerators = (-2_000..=2_000).chain([
            i64::MAX / 100,
            i64::MIN / 100,
            i64::MAX / 100 - 1,
            i64::MIN / 100 + 1,
        ]);
        for n in numerators {
            for d in (1..=64).chain([99, 100, 101, 1_000_003, i64::MAX / 2, i64::MAX]) {
                for d in [d, -d] {
                    assert_eq!(
                        round_half_away_i64(n * 100, d).map(i128::from),
                        round_half_away_i128(i128::from(n) * 100, i128::from(d)),
                        "{n}/{d}"
                    );
                }
            }
        }
    }

    #[test]
    fn ratio_errors() {
        assert_eq!(
            Decimal::from_ratio(1, 0),
            Err(DecimalError::ZeroDenominator)
        );
        assert!(matches!(
            Decimal::from_ratio(i64::MAX, 1),
            Err(DecimalError::TooLarge { .. })
        ));
        assert!(Decimal::from_ratio(i64::MIN, -1).is_err());
    }

    #[test]
    fn display_is_shortest_exact_form() {
        let shown: Vec<String> = [0, 300, 350, 267, -13, -300, 5, 1]
            .iter()
            .map(|&h| Decimal::from_hundredths(h).unwrap().to_string())
            .collect();
        assert_eq!(
            shown,
            ["0", "3", "3.5", "2.67", "-0.13", "-3", "0.05", "0.01"]
        );
    }

    #[test]
    fn parse_rounded_rounds_once_half_away_from_zero() {
        for (input, hundredths) in [
            ("4.375", 438),
            ("-4.375", -438),
            ("4.3749", 437),
            ("4.37499999999", 437),
            ("4.385", 439),
            ("0.005", 1),
            ("-0.005", -1),
            ("-0.004", 0),
            ("0.994", 99),
            ("0.995", 100),
            ("9.999", 1000),
            ("2.67", 267),
            ("3", 300),
        ] {
            assert_eq!(
                Decimal::parse_rounded(input).unwrap().hundredths(),
                hundredths,
                "{input}"
            );
        }
        for bad in ["", "-", ".125", "1.2x5", "1.2.35", "abc.125", "+1.125"] {
            assert!(Decimal::parse_rounded(bad).is_err(), "{bad:?}");
        }
        assert!(matches!(
            Decimal::parse_rounded("9999999999999.995"),
            Err(DecimalError::TooLarge { .. })
        ));
        // The strict reader still refuses the same text.
        assert!(matches!(
            "4.375".parse::<Decimal>(),
            Err(DecimalError::TooPrecise { .. })
        ));
    }

    #[test]
    fn display_with_a_precision_prints_that_many_decimals() {
        let d = |h: i64| Decimal::from_hundredths(h).unwrap();
        let show = |h: i64, places: usize| format!("{:.*}", places, d(h));
        assert_eq!(show(20, 2), "0.20");
        assert_eq!(show(26, 2), "0.26");
        assert_eq!(show(300, 2), "3.00");
        assert_eq!(show(-13, 2), "-0.13");
        assert_eq!(show(267, 4), "2.6700");
        // Fewer decimals: half away from zero from the exact hundredths.
        assert_eq!(show(25, 1), "0.3");
        assert_eq!(show(-25, 1), "-0.3");
        assert_eq!(show(24, 1), "0.2");
        assert_eq!(show(150, 0), "2");
        assert_eq!(show(-150, 0), "-2");
        assert_eq!(show(-4, 1), "0.0");
        // Sign and width as for integers; no precision keeps the shortest form.
        assert_eq!(format!("{:+.2}", d(20)), "+0.20");
        assert_eq!(format!("{:+.2}", d(-20)), "-0.20");
        assert_eq!(format!("{:>6.1}", d(1960)), "  19.6");
        assert_eq!(format!("{}", d(20)), "0.2");
        assert_eq!(format!("{:>5}", d(20)), "  0.2");
    }

    #[test]
    fn parses_exactly() {
        assert_eq!("2.67".parse::<Decimal>().unwrap().hundredths(), 267);
        assert_eq!("-0.5".parse::<Decimal>().unwrap().hundredths(), -50);
        assert_eq!("10".parse::<Decimal>().unwrap().hundredths(), 1000);
        for bad in [
            "", "-", ".5", "5.", "1e3", "2.675", "abc", "+1", " 1", "1.2.3",
        ] {
            assert!(bad.parse::<Decimal>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn from_f64_accepts_two_decimals_only() {
        assert_eq!(Decimal::try_from(2.67).unwrap().hundredths(), 267);
        assert_eq!(Decimal::try_from(-0.01).unwrap().hundredths(), -1);
        assert!(matches!(
            Decimal::try_from(2.675),
            Err(DecimalError::TooPrecise { .. })
        ));
        assert!(matches!(
            Decimal::try_from(f64::NAN),
            Err(DecimalError::NotFinite { .. })
        ));
        assert!(matches!(
            Decimal::try_from(f64::INFINITY),
            Err(DecimalError::NotFinite { .. })
        ));
        assert!(matches!(
            Decimal::try_from(1e17),
            Err(DecimalError::TooLarge { .. })
        ));
    }

    #[test]
    fn json_round_trip() {
        let d = Decimal::from_ratio(8, 3).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "2.67");
        assert_eq!(serde_json::to_string(&Decimal::from_int(4)).unwrap(), "4");
        assert_eq!(serde_json::from_str::<Decimal>("2.67").unwrap(), d);
        assert_eq!(
            serde_json::from_str::<Decimal>("4").unwrap(),
            Decimal::from_int(4)
        );
        let err = serde_json::from_str::<Decimal>("2.675").unwrap_err();
        assert!(
            err.to_string().contains("more than two decimal places"),
            "{err}"
        );
        assert!(serde_json::from_str::<Decimal>("\"2.5\"").is_err());
    }

    #[test]
    fn checked_arithmetic() {
        let a = Decimal::from_int(3);
        let b = Decimal::from_ratio(1, 2).unwrap();
        assert_eq!(a.checked_add(b).unwrap().to_string(), "3.5");
        assert_eq!(b.checked_sub(a).unwrap().to_string(), "-2.5");
        let max = Decimal::from_hundredths(MAX_HUNDREDTHS).unwrap();
        assert_eq!(max.checked_add(Decimal::from_hundredths(1).unwrap()), None);
    }

    #[test]
    fn exact_range_is_plus_minus_10_pow_15_minus_1_hundredths() {
        let max = 999_999_999_999_999_i64;
        assert_eq!(Decimal::from_hundredths(max).unwrap().hundredths(), max);
        assert_eq!(Decimal::from_hundredths(-max).unwrap().hundredths(), -max);
        for beyond in [max + 1, -max - 1, i64::MAX, i64::MIN] {
            assert!(matches!(
                Decimal::from_hundredths(beyond),
                Err(DecimalError::TooLarge { .. })
            ));
        }
        // The same edge from an f64: MAX_VALUE itself reads back exactly, beyond it is too large
        // (not "too precise", even where the double has no hundredths at all).
        assert_eq!(Decimal::try_from(MAX_VALUE).unwrap().hundredths(), max);
        assert_eq!(Decimal::try_from(-MAX_VALUE).unwrap().hundredths(), -max);
        for beyond in [10_000_000_000_000.0, 90_071_992_547_410.0, 1e300, -1e300] {
            assert!(
                matches!(
                    Decimal::try_from(beyond),
                    Err(DecimalError::TooLarge { .. })
                ),
                "{beyond}"
            );
        }
    }

    #[test]
    fn values_at_the_edge_of_the_range_survive_json() {
        // Where 2^53 - 1 hundredths used to be the limit, 90071992547409.91 came back as .9.
        let edge = [
            999_999_999_999_999_i64,
            999_999_999_999_991,
            123_456_789_012_345,
            1,
            0,
        ];
        for hundredths in edge.into_iter().flat_map(|h| [h, -h]) {
            let decimal = Decimal::from_hundredths(hundredths).unwrap();
            let json = serde_json::to_string(&decimal).unwrap();
            assert_eq!(
                serde_json::from_str::<Decimal>(&json).unwrap(),
                decimal,
                "{hundredths} wrote {json}"
            );
        }
    }

    #[test]
    fn sign_and_conversions() {
        let negative = Decimal::from_hundredths(-1).unwrap();
        assert!(negative.is_negative());
        assert!(!Decimal::ZERO.is_negative());
        assert!(!Decimal::from_hundredths(1).unwrap().is_negative());
        assert_eq!(f64::from(Decimal::from_hundredths(-250).unwrap()), -2.5);
        assert_eq!(f64::from(Decimal::from_ratio(8, 3).unwrap()), 2.67);
        assert_eq!(Decimal::from(-7).hundredths(), -700);
        assert_eq!(Decimal::from_int(i32::MIN).hundredths(), -214_748_364_800);
        assert_eq!(
            format!("{:?}", Decimal::from_hundredths(-13).unwrap()),
            "Decimal(-0.13)"
        );
        assert_eq!(Decimal::default(), Decimal::ZERO);
    }

    #[test]
    fn schema_carries_the_exact_range() {
        let schema = serde_json::to_value(schemars::schema_for!(Decimal)).unwrap();
        assert_eq!(schema["type"], "number");
        assert_eq!(schema["maximum"], MAX_VALUE);
        assert_eq!(schema["minimum"], -MAX_VALUE);
        assert_eq!(Decimal::schema_name(), "Decimal");
        assert_eq!(Decimal::schema_id(), "pain_reprocessing::decimal::Decimal");
    }

    #[test]
    fn exact_helpers() {
        assert_eq!(ratio(1, 3).unwrap().to_string(), "0.33");
        assert_eq!(ratio(-1, 8).unwrap().to_string(), "-0.13");
        // The sign of either side decides the direction of rounding away from zero.
        assert_eq!(ratio(1, -8).unwrap().to_string(), "-0.13");
        assert_eq!(ratio(-1, -8).unwrap().to_string(), "0.13");
        assert_eq!(ratio(1, 0), None);
        // sqrt(2.25) = 1.5: V = 22500 hundredths².
        assert_eq!(sqrt_ratio_hundredths(22_500, 1).unwrap().to_string(), "1.5");
        // sqrt(2) = 1.41421…: V = 20000.
        assert_eq!(
            sqrt_ratio_hundredths(20_000, 1).unwrap().to_string(),
            "1.41"
        );
        // 0.005² exactly: V = 0.25 hundredths² → root 0.5 hundredths → ties up to 0.01.
        assert_eq!(sqrt_ratio_hundredths(1, 4).unwrap().to_string(), "0.01");
        assert_eq!(sqrt_ratio_hundredths(0, 4).unwrap(), Decimal::ZERO);
    }
}
