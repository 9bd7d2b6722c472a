//! Reading a [`Decimal`] from text or a float: exactly (at most two decimal places), or rounded
//! once on request ([`Decimal::parse_rounded`]); and a [`MeasuredValue`], exactly (four places).

use std::str::FromStr;

use super::measured::FINE_MAX;
use super::{Decimal, DecimalError, MAX_VALUE, MeasuredValue};

impl Decimal {
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

impl TryFrom<f64> for MeasuredValue {
    type Error = DecimalError;

    /// Accepts a finite `f64` that is the nearest double to a number with at most four decimal
    /// places (two from 10^11 up): what parsing `"4.375"` produces. Anything else is refused, not
    /// rounded.
    fn try_from(value: f64) -> Result<MeasuredValue, DecimalError> {
        if !value.is_finite() {
            return Err(DecimalError::NotFinite {
                value: value.to_string(),
            });
        }
        if value.abs() > FINE_MAX as f64 / 10_000.0 {
            // Two places from 10^11 up, read as a decimal reads them.
            return Decimal::try_from(value).map(MeasuredValue::from).map_err(
                |error| match error {
                    DecimalError::TooPrecise { value } => {
                        DecimalError::MeasuredTooPrecise { value, places: 2 }
                    }
                    other => other,
                },
            );
        }
        let ten_thousandths = (value * 10_000.0).round();
        // Division is correctly rounded, so this is exact when `value` came from a four-place
        // literal below 10^11 (doubles there lie less than 0.00002 apart).
        if ten_thousandths / 10_000.0 != value {
            return Err(DecimalError::MeasuredTooPrecise {
                value: value.to_string(),
                places: 4,
            });
        }
        // Below FINE_MAX (checked above), so the cast neither truncates nor saturates.
        MeasuredValue::from_ten_thousandths(ten_thousandths as i64)
    }
}

impl FromStr for MeasuredValue {
    type Err = DecimalError;

    /// Parses `-12`, `2.5` or `4.375` exactly, without going through floating point.
    fn from_str(input: &str) -> Result<MeasuredValue, DecimalError> {
        let quoted = || input.chars().take(24).collect::<String>();
        let malformed = || DecimalError::MeasuredMalformed { input: quoted() };
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
        if fraction.len() > 4 {
            return Err(DecimalError::MeasuredTooPrecise {
                value: quoted(),
                places: 4,
            });
        }
        let too_large = || DecimalError::TooLarge { value: quoted() };
        let whole: i64 = whole.parse().map_err(|_| too_large())?;
        let digits: i64 = if fraction.is_empty() {
            0
        } else {
            fraction.parse().map_err(|_| malformed())?
        };
        // "4.375" has digits 375 in 3 places: 3750 ten-thousandths.
        let scale = match fraction.len() {
            0 | 4 => 1,
            1 => 1_000,
            2 => 100,
            _ => 10,
        };
        let magnitude = whole
            .checked_mul(10_000)
            .and_then(|w| w.checked_add(digits * scale))
            .ok_or_else(too_large)?;
        let value = if negative { -magnitude } else { magnitude };
        MeasuredValue::from_ten_thousandths(value).map_err(|error| match error {
            DecimalError::TooLarge { .. } => too_large(),
            DecimalError::MeasuredTooPrecise { places, .. } => DecimalError::MeasuredTooPrecise {
                value: quoted(),
                places,
            },
            other => other,
        })
    }
}
