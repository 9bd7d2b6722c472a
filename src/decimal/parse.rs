//! Reading a [`Decimal`] from text or a float: exactly (at most two decimal places), or rounded
//! once on request ([`Decimal::parse_rounded`]).

use std::str::FromStr;

use super::{Decimal, DecimalError, MAX_VALUE};

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
