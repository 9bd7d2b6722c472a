//! [`MeasuredValue`]: an exact measured value with four decimal places, the input of every outcome
//! figure; its range, constructors and conversions (its text and float readers are in `parse`,
//! printing in `display`, JSON in `json`, beside a [`Decimal`]'s).

use std::cmp::Ordering;

use super::rounding::{round_half_away_i64, round_half_away_i128};
use super::{Decimal, DecimalError, MAX_HUNDREDTHS};

/// The largest magnitude, in ten-thousandths, kept to 0.0001: ±99,999,999,999.9999.
///
/// A JSON number is an `f64` in most languages: doubles below 10^11 lie at most 2^-16 (about
/// 0.000015) apart, well inside half a ten-thousandth, so every four-place value below it survives
/// a JSON number both ways. Near 10^13 (a [`Decimal`]'s limit) they lie 0.002 apart, so four places
/// would not.
pub(super) const FINE_MAX: i64 = 999_999_999_999_999;

/// The largest magnitude in ten-thousandths: a [`Decimal`]'s, so every decimal is a measured value.
const MAX_TEN_THOUSANDTHS: i64 = MAX_HUNDREDTHS * 100;

/// An exact measured value: a whole number of ten-thousandths (0.0001), the value of a
/// [`Measurement`](crate::outcomes::Measurement) and of every input of outcome figures.
///
/// # Precision
///
/// Four decimal places below 10^11 in magnitude; from there up to a [`Decimal`]'s limit
/// (±9,999,999,999,999.99), two, where a JSON number no longer carries four (the doubles lie too
/// far apart). Every [`Decimal`] (a score's total or subscale, two places) is a measured value
/// exactly ([`From<Decimal>`]).
///
/// What four places represent exactly, and what they do not:
///
/// - every value published with at most four decimals: a T-score (`52.3`), a research export's
///   value (`4.375`), a date-shifted export's figures;
/// - the mean of `n` whole answers exactly when `n`, reduced with the sum, divides 10^4 (= 2⁴·5⁴):
///   means of 1, 2, 4, 5, 8, 10, 16, 20, 25, 40, 50 … answers (PROMIS 8a's mean of 8 answers
///   `35/8 = 4.375`, a 16-item mean `37/16 = 2.3125`);
/// - **not** the mean of 3, 6, 7, 9, 11 … answers in general (`14/3 = 4.666…`): such a value has
///   no exact decimal form. Bring it in with [`MeasuredValue::from_ratio`] (rounded once, half away
///   from zero, to 0.0001) or as its exact sum; the strict readers refuse `4.66667` rather than
///   round it silently.
///
/// # Figures derived from measured values
///
/// Outcome figures are computed exactly from the values' ten-thousandths (a change is the exact
/// difference, itself a measured value), threshold decisions (30%, an MCID, a cut-off) compare
/// exact ratios, and only a reported figure (a percent, a mean, an SD) is rounded, once, to a
/// [`Decimal`] by the crate's one rule: half away from zero to 0.01.
///
/// # JSON
///
/// A plain JSON number (`4.375`), read back exactly; `4.37512` is refused with
/// [`DecimalError::MeasuredTooPrecise`], never rounded. Its JSON Schema is a [`Decimal`]'s range,
/// like a decimal's without a `multipleOf` (which validators working in floats get wrong), so a
/// document of two-place values reads as before.
///
/// ```
/// use pain_reprocessing::{Decimal, MeasuredValue};
///
/// let mean: MeasuredValue = "4.375".parse()?; // 35/8, PROMIS 8a's mean of 8 answers
/// assert_eq!(mean, MeasuredValue::from_ratio(35, 8)?);
/// assert_eq!(mean.ten_thousandths(), 43_750);
/// assert_eq!(mean.to_string(), "4.375");
/// assert_eq!(format!("{mean:.2}"), "4.38"); // printed to 0.01, half away from zero
/// assert_eq!(MeasuredValue::from(Decimal::from_int(27)), MeasuredValue::from_int(27));
/// assert!("4.37512".parse::<MeasuredValue>().is_err());
/// # Ok::<(), pain_reprocessing::DecimalError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct MeasuredValue {
    ten_thousandths: i64,
}

impl MeasuredValue {
    /// Zero.
    pub const ZERO: MeasuredValue = MeasuredValue { ten_thousandths: 0 };

    /// The whole number `value`.
    pub const fn from_int(value: i32) -> MeasuredValue {
        MeasuredValue {
            ten_thousandths: value as i64 * 10_000,
        }
    }

    /// The measured value with this many ten-thousandths.
    ///
    /// # Errors
    ///
    /// [`DecimalError::TooLarge`] beyond ±9,999,999,999,999.99, and
    /// [`DecimalError::MeasuredTooPrecise`] for a value of 10^11 or more in magnitude that is not a
    /// whole number of hundredths.
    pub fn from_ten_thousandths(ten_thousandths: i64) -> Result<MeasuredValue, DecimalError> {
        let magnitude = ten_thousandths.unsigned_abs();
        if magnitude > MAX_TEN_THOUSANDTHS.unsigned_abs() {
            return Err(DecimalError::TooLarge {
                value: format!("{ten_thousandths}/10000"),
            });
        }
        if magnitude > FINE_MAX.unsigned_abs() && ten_thousandths % 100 != 0 {
            return Err(DecimalError::MeasuredTooPrecise {
                value: format!("{ten_thousandths}/10000"),
                places: 2,
            });
        }
        Ok(MeasuredValue { ten_thousandths })
    }

    /// `numerator / denominator`, rounded once, half away from zero, to 0.0001 (to 0.01 from 10^11
    /// in magnitude up): the mean of 3 answers summing to 14 is `4.6667`.
    ///
    /// ```
    /// # use pain_reprocessing::MeasuredValue;
    /// assert_eq!(MeasuredValue::from_ratio(14, 3)?.to_string(), "4.6667");
    /// assert_eq!(MeasuredValue::from_ratio(-1, 16)?.to_string(), "-0.0625");
    /// assert_eq!(MeasuredValue::from_ratio(1, 20_000)?.to_string(), "0.0001");
    /// # Ok::<(), pain_reprocessing::DecimalError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`DecimalError::ZeroDenominator`] when `denominator` is 0, and [`DecimalError::TooLarge`]
    /// beyond ±9,999,999,999,999.99.
    pub fn from_ratio(numerator: i64, denominator: i64) -> Result<MeasuredValue, DecimalError> {
        if denominator == 0 {
            return Err(DecimalError::ZeroDenominator);
        }
        let too_large = || DecimalError::TooLarge {
            value: format!("{numerator}/{denominator}"),
        };
        let (n, d) = (i128::from(numerator), i128::from(denominator));
        let fine = round_half_away_i128(n * 10_000, d).ok_or_else(too_large)?;
        let ten_thousandths = if fine.unsigned_abs() > u128::from(FINE_MAX.unsigned_abs()) {
            // Beyond 10^11 the value keeps two places: rounded once from the exact ratio.
            round_half_away_i128(n * 100, d)
                .and_then(|h| h.checked_mul(100))
                .ok_or_else(too_large)?
        } else {
            fine
        };
        let ten_thousandths = i64::try_from(ten_thousandths).map_err(|_| too_large())?;
        MeasuredValue::from_ten_thousandths(ten_thousandths).map_err(|_| too_large())
    }

    /// The value as a whole number of ten-thousandths (`4.375` gives `43750`).
    pub const fn ten_thousandths(self) -> i64 {
        self.ten_thousandths
    }

    /// The value as an `f64`; exact to the nearest double, as a JSON number would carry it.
    pub fn to_f64(self) -> f64 {
        // One correctly rounded division of an exact integer: below 10^11 the ten-thousandths are
        // under 2^53; from there up the value is whole hundredths, under 2^53 as a decimal's are.
        if self.ten_thousandths % 100 == 0 {
            (self.ten_thousandths / 100) as f64 / 100.0
        } else {
            self.ten_thousandths as f64 / 10_000.0
        }
    }

    /// Whether the value is below zero.
    pub const fn is_negative(self) -> bool {
        self.ten_thousandths < 0
    }

    /// The value as a [`Decimal`] when it has at most two decimal places (`4.25`), `None` when it
    /// has more (`4.375`): never rounded.
    pub fn to_decimal(self) -> Option<Decimal> {
        if self.ten_thousandths % 100 != 0 {
            return None;
        }
        Decimal::from_hundredths(self.ten_thousandths / 100).ok()
    }

    /// The value rounded once, half away from zero, to a [`Decimal`] (0.01): `4.375` is `4.38`,
    /// `-4.375` is `-4.38`, `4.3749` is `4.37`. For printing or storing a derived figure; decisions
    /// use the exact value.
    pub fn round_to_decimal(self) -> Decimal {
        // |ten_thousandths| ≤ 100 · MAX_HUNDREDTHS, so the rounded hundredths are in range.
        let hundredths = round_half_away_i64(self.ten_thousandths, 100).unwrap_or_default();
        Decimal::from_hundredths(hundredths).unwrap_or_default()
    }

    /// The sum, or `None` beyond what a measured value holds.
    pub fn checked_add(self, other: MeasuredValue) -> Option<MeasuredValue> {
        let sum = self.ten_thousandths.checked_add(other.ten_thousandths)?;
        MeasuredValue::from_ten_thousandths(sum).ok()
    }

    /// The difference, or `None` beyond what a measured value holds.
    pub fn checked_sub(self, other: MeasuredValue) -> Option<MeasuredValue> {
        let difference = self.ten_thousandths.checked_sub(other.ten_thousandths)?;
        MeasuredValue::from_ten_thousandths(difference).ok()
    }
}

impl From<Decimal> for MeasuredValue {
    /// The same value: a decimal's two places are four with two zeros.
    fn from(value: Decimal) -> MeasuredValue {
        // |hundredths| ≤ MAX_HUNDREDTHS: the product is within MAX_TEN_THOUSANDTHS.
        MeasuredValue {
            ten_thousandths: value.hundredths() * 100,
        }
    }
}

impl From<i32> for MeasuredValue {
    fn from(value: i32) -> MeasuredValue {
        MeasuredValue::from_int(value)
    }
}

impl From<MeasuredValue> for f64 {
    fn from(value: MeasuredValue) -> f64 {
        value.to_f64()
    }
}

impl PartialEq<Decimal> for MeasuredValue {
    fn eq(&self, other: &Decimal) -> bool {
        *self == MeasuredValue::from(*other)
    }
}

impl PartialEq<MeasuredValue> for Decimal {
    fn eq(&self, other: &MeasuredValue) -> bool {
        MeasuredValue::from(*self) == *other
    }
}

impl PartialOrd<Decimal> for MeasuredValue {
    fn partial_cmp(&self, other: &Decimal) -> Option<Ordering> {
        Some(self.cmp(&MeasuredValue::from(*other)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(text: &str) -> MeasuredValue {
        text.parse().unwrap()
    }

    #[test]
    fn text_reads_exactly_to_four_places() {
        for (text, ten_thousandths) in [
            ("4.375", 43_750),
            ("-2.25", -22_500),
            ("0.0001", 1),
            ("-0.0625", -625),
            ("27", 270_000),
            ("3.5", 35_000),
            ("99999999999.9999", FINE_MAX),
        ] {
            assert_eq!(m(text).ten_thousandths(), ten_thousandths, "{text}");
        }
    }

    #[test]
    fn beyond_four_places_is_refused_not_rounded() {
        assert_eq!(
            "4.37512".parse::<MeasuredValue>(),
            Err(DecimalError::MeasuredTooPrecise {
                value: "4.37512".into(),
                places: 4
            })
        );
        assert_eq!(
            MeasuredValue::try_from(4.37512),
            Err(DecimalError::MeasuredTooPrecise {
                value: "4.37512".into(),
                places: 4
            })
        );
        let json = serde_json::from_str::<MeasuredValue>("4.37512").unwrap_err();
        assert!(
            json.to_string().contains("more than 4 decimal places"),
            "{json}"
        );
    }

    #[test]
    fn from_ten_to_the_eleven_up_two_places() {
        // 10^11 + 0.001 has no exact f64 near enough to come back: refused; 10^11 + 0.01 reads.
        assert_eq!(
            "100000000000.001".parse::<MeasuredValue>(),
            Err(DecimalError::MeasuredTooPrecise {
                value: "100000000000.001".into(),
                places: 2
            })
        );
        assert_eq!(
            m("100000000000.01").ten_thousandths(),
            1_000_000_000_000_100
        );
        assert!(matches!(
            MeasuredValue::try_from(100_000_000_000.001),
            Err(DecimalError::MeasuredTooPrecise { places: 2, .. })
        ));
        // Every decimal, its largest included, is a measured value.
        let largest = Decimal::from_hundredths(MAX_HUNDREDTHS).unwrap();
        assert_eq!(MeasuredValue::from(largest).to_decimal(), Some(largest));
        assert!(matches!(
            MeasuredValue::from_ten_thousandths(MAX_TEN_THOUSANDTHS + 100),
            Err(DecimalError::TooLarge { .. })
        ));
    }

    #[test]
    fn malformed_text_names_itself() {
        for text in ["", "-", "4.", ".5", "4,375", "1e3", "+1"] {
            assert!(
                matches!(
                    text.parse::<MeasuredValue>(),
                    Err(DecimalError::MeasuredMalformed { .. })
                ),
                "{text:?}"
            );
        }
    }

    #[test]
    fn ratios_round_once_half_away_from_zero() {
        // 14/3 = 4.66666… → 4.6667; 1/20000 = 0.00005 → 0.0001 (a tie, away from zero).
        assert_eq!(MeasuredValue::from_ratio(14, 3).unwrap(), m("4.6667"));
        assert_eq!(MeasuredValue::from_ratio(1, 20_000).unwrap(), m("0.0001"));
        assert_eq!(MeasuredValue::from_ratio(-1, 20_000).unwrap(), m("-0.0001"));
        assert_eq!(MeasuredValue::from_ratio(35, 8).unwrap(), m("4.375"));
        assert_eq!(
            MeasuredValue::from_ratio(1, 0),
            Err(DecimalError::ZeroDenominator)
        );
        // Beyond 10^11: to 0.01, from the exact ratio (10^12 / 3 = 333333333333.333…).
        assert_eq!(
            MeasuredValue::from_ratio(1_000_000_000_000, 3).unwrap(),
            m("333333333333.33")
        );
    }

    #[test]
    fn decimals_convert_exactly_and_compare() {
        let d: Decimal = "2.67".parse().unwrap();
        assert_eq!(MeasuredValue::from(d), m("2.67"));
        assert_eq!(m("2.67"), d);
        assert_eq!(d, m("2.67"));
        assert!(m("1.0001") > Decimal::from_int(1));
        assert_eq!(m("4.25").to_decimal(), Some("4.25".parse().unwrap()));
        assert_eq!(m("4.375").to_decimal(), None);
        // The crate's one rounding rule: half away from zero.
        for (value, rounded) in [
            ("4.375", "4.38"),
            ("-4.375", "-4.38"),
            ("4.3749", "4.37"),
            ("-0.0049", "0"),
        ] {
            assert_eq!(m(value).round_to_decimal().to_string(), rounded, "{value}");
        }
    }

    #[test]
    fn prints_shortest_or_to_a_precision() {
        let cases = [
            ("4.375", "{}", "4.375"),
            ("-0.0625", "{}", "-0.0625"),
            ("2.5", "{}", "2.5"),
            ("4.375", "{:.2}", "4.38"),
            ("-4.375", "{:.2}", "-4.38"),
            ("0.25", "{:.1}", "0.3"),
            ("-0.004", "{:.2}", "0.00"),
            ("4.375", "{:.0}", "4"),
            ("4.375", "{:.6}", "4.375000"),
            ("4.375", "{:+.2}", "+4.38"),
            ("4.375", "{:>7.2}", "   4.38"),
        ];
        for (value, format, printed) in cases {
            let value = m(value);
            let out = match format {
                "{}" => format!("{value}"),
                "{:.2}" => format!("{value:.2}"),
                "{:.1}" => format!("{value:.1}"),
                "{:.0}" => format!("{value:.0}"),
                "{:.6}" => format!("{value:.6}"),
                "{:+.2}" => format!("{value:+.2}"),
                _ => format!("{value:>7.2}"),
            };
            assert_eq!(out, printed, "{format} of {value:?}");
        }
    }

    #[test]
    fn large_values_write_the_number_a_decimal_writes() {
        // Beyond 2^53 ten-thousandths the value is whole hundredths: written as the decimal is.
        let largest = Decimal::from_hundredths(MAX_HUNDREDTHS).unwrap();
        let value = MeasuredValue::from(largest);
        assert_eq!(value.to_f64(), largest.to_f64());
        assert_eq!(
            serde_json::to_string(&value).unwrap(),
            serde_json::to_string(&largest).unwrap()
        );
        let back: MeasuredValue =
            serde_json::from_str(&serde_json::to_string(&value).unwrap()).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn json_round_trips_as_a_plain_number() {
        for text in [
            "4.375",
            "-2.25",
            "0.0001",
            "27",
            "99999999999.9999",
            "-3.1416",
        ] {
            let value = m(text);
            let json = serde_json::to_string(&value).unwrap();
            assert_eq!(json, text, "{text}");
            assert_eq!(serde_json::from_str::<MeasuredValue>(&json).unwrap(), value);
        }
        assert!(serde_json::from_str::<MeasuredValue>("\"4.375\"").is_err());
        // The schema is a decimal's range: two-place documents validate as before.
        let schema = schemars::schema_for!(MeasuredValue);
        let decimal = schemars::schema_for!(Decimal);
        assert_eq!(schema.get("maximum"), decimal.get("maximum"));
        assert_eq!(schema.get("minimum"), decimal.get("minimum"));
        assert_eq!(schema.get("multipleOf"), None);
    }
}
