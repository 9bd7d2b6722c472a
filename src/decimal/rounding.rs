//! The crate's one rounding rule (half away from zero), and the wide-integer helpers outcome figures
//! (sums of squares, cohort totals) use.

use super::Decimal;

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
        pub(super) fn $name(scaled: $int, denominator: $int) -> Option<$int> {
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
