//! [`DecimalError`]: why a number could not become a [`Decimal`](super::Decimal).

use super::MAX_VALUE;

/// Why a number could not become a [`Decimal`](super::Decimal).
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
    /// A measured value had more decimal places than it keeps: four below 10^11 in magnitude,
    /// two beyond (where a JSON number, an `f64`, no longer carries four).
    #[error(
        "{value} has more than {places} decimal places; measured values are exact to 0.0001 below 10^11 in magnitude and to 0.01 from there up to {MAX_VALUE}"
    )]
    MeasuredTooPrecise {
        /// The input as written.
        value: String,
        /// The decimal places a value of this magnitude may have: 4, or 2 from 10^11 up.
        places: u8,
    },
    /// Text that is not a measured value.
    #[error(
        "{input:?} is not a measured value; expected digits with an optional sign and up to four decimal places, such as 4.375"
    )]
    MeasuredMalformed {
        /// The text, cut to its first 24 characters.
        input: String,
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
