//! Exact summary statistics over measured values (in ten-thousandths): mean, sample SD,
//! difference of means, Hedges' g and difference of proportions, computed in integers and rounded
//! once, half away from zero, to a two-place figure.

use crate::decimal::{Decimal, ratio, sqrt_ratio_hundredths};

/// The count, sum and sum of squares of a sample of values given in ten-thousandths, exact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Moments {
    n: i128,
    sum: i128,
    squares: i128,
}

impl Moments {
    /// Adds one value (in ten-thousandths); `None` beyond the exact range.
    pub(super) fn push(&mut self, ten_thousandths: i64) -> Option<()> {
        let v = i128::from(ten_thousandths);
        self.n = self.n.checked_add(1)?;
        self.sum = self.sum.checked_add(v)?;
        self.squares = self.squares.checked_add(v.checked_mul(v)?)?;
        Some(())
    }

    /// The number of values.
    pub(super) fn n(&self) -> u64 {
        u64::try_from(self.n).unwrap_or(u64::MAX)
    }

    /// The mean, rounded half away from zero to 0.01; `None` for no values (or beyond the range).
    pub(super) fn mean(&self) -> Option<Decimal> {
        if self.n == 0 {
            return None;
        }
        // sum / n ten-thousandths = sum / (10⁴ n).
        ratio(self.sum, self.n.checked_mul(10_000)?)
    }

    /// `n·Σx² − (Σx)²`, never negative: `n (n − 1)` times the sample variance, in ten-thousandths².
    fn spread(&self) -> Option<i128> {
        self.n
            .checked_mul(self.squares)?
            .checked_sub(self.sum.checked_mul(self.sum)?)
    }

    /// The sample SD (n − 1), rounded to the nearest 0.01 (ties up); `None` below 2 values.
    pub(super) fn sd(&self) -> Option<Decimal> {
        if self.n < 2 {
            return None;
        }
        // Sample variance in ten-thousandths² = (n·Σx² − (Σx)²) / (n (n − 1)); in hundredths²
        // (what the root takes) divided by 10⁴ more.
        let numerator = u128::try_from(self.spread()?).ok()?;
        let denominator =
            u128::try_from(self.n.checked_mul(self.n - 1)?.checked_mul(10_000)?).ok()?;
        sqrt_ratio_hundredths(numerator, denominator)
    }
}

/// `mean(a) − mean(b)`, computed from the exact sums and rounded once, half away from zero, to
/// 0.01; `None` when either sample is empty.
pub(super) fn mean_difference(a: &Moments, b: &Moments) -> Option<Decimal> {
    if a.n == 0 || b.n == 0 {
        return None;
    }
    // (Σa / na − Σb / nb) / 10⁴ = (nb Σa − na Σb) / (10⁴ na nb).
    let numerator =
        b.n.checked_mul(a.sum)?
            .checked_sub(a.n.checked_mul(b.sum)?)?;
    ratio(numerator, a.n.checked_mul(b.n)?.checked_mul(10_000)?)
}

/// Hedges' g of `a` against `b`: the difference of means over the pooled SD, times the usual
/// small-sample correction, rounded once to the nearest 0.01 (a tie away from zero).
///
/// `g = J · (mean_a − mean_b) / s_pooled`, with
/// `s_pooled = √(((n_a − 1) s_a² + (n_b − 1) s_b²) / (n_a + n_b − 2))` and
/// `J = 1 − 3 / (4 (n_a + n_b) − 9)` (Hedges 1981, J. Educ. Stat. 6:107; Hedges & Olkin 1985,
/// *Statistical Methods for Meta-Analysis*, ch. 5). Everything under the root is an exact ratio of
/// integers: `g² = (4N − 12)² (n_b Σa − n_a Σb)² (N − 2) / ((4N − 9)² n_a n_b W)` with `N = n_a + n_b`
/// and `W = n_b (n_a Σa² − (Σa)²) + n_a (n_b Σb² − (Σb)²)`.
///
/// `None` without at least one value in each sample and three in all, when both samples have no
/// spread (the pooled SD is 0), or beyond the exact range.
pub(super) fn hedges_g(a: &Moments, b: &Moments) -> Option<Decimal> {
    let total = a.n.checked_add(b.n)?;
    if a.n == 0 || b.n == 0 || total < 3 {
        return None;
    }
    let w =
        b.n.checked_mul(a.spread()?)?
            .checked_add(a.n.checked_mul(b.spread()?)?)?;
    if w <= 0 {
        return None;
    }
    let difference =
        b.n.checked_mul(a.sum)?
            .checked_sub(a.n.checked_mul(b.sum)?)?;
    let j_numerator = total.checked_mul(4)?.checked_sub(12)?;
    let j_denominator = total.checked_mul(4)?.checked_sub(9)?;
    let square = |v: i128| -> Option<u128> { v.unsigned_abs().checked_mul(v.unsigned_abs()) };
    // g in hundredths: √(10⁴ g²), so the numerator carries 10⁴.
    let numerator = square(j_numerator)?
        .checked_mul(square(difference)?)?
        .checked_mul(u128::try_from(total - 2).ok()?)?
        .checked_mul(10_000)?;
    let denominator = square(j_denominator)?
        .checked_mul(u128::try_from(a.n.checked_mul(b.n)?).ok()?)?
        .checked_mul(u128::try_from(w).ok()?)?;
    // sqrt_ratio_hundredths takes V = (100 g)² = 10⁴ g² and returns √V as hundredths: |g|.
    let magnitude = sqrt_ratio_hundredths(numerator, denominator)?;
    Some(if difference < 0 {
        Decimal::from_hundredths(-magnitude.hundredths()).ok()?
    } else {
        magnitude
    })
}

/// `part / whole` as a percent, rounded half away from zero to 0.01; `None` for an empty whole.
pub(super) fn percent(part: u64, whole: u64) -> Option<Decimal> {
    if whole == 0 {
        return None;
    }
    ratio(i128::from(part).checked_mul(100)?, i128::from(whole))
}

/// `part / whole` as a percent rounded once, half away from zero, to 0.1 (a [`Decimal`] whose
/// hundredths digit is 0), for printing; `None` for an empty whole.
pub(super) fn percent_tenths(part: u64, whole: u64) -> Option<Decimal> {
    if whole == 0 {
        return None;
    }
    // `ratio(x, d)` rounds x / d to hundredths once, so ratio(10 part, whole) has
    // hundredths = round(1000 part / whole): the percent in tenths.
    let tenths = ratio(i128::from(part).checked_mul(10)?, i128::from(whole))?.hundredths();
    Decimal::from_hundredths(tenths.checked_mul(10)?).ok()
}

/// `part_a / whole_a − part_b / whole_b` in percentage points, from the exact counts, rounded once
/// half away from zero to 0.01; `None` when either whole is empty.
pub(super) fn percent_difference(
    (part_a, whole_a): (u64, u64),
    (part_b, whole_b): (u64, u64),
) -> Option<Decimal> {
    if whole_a == 0 || whole_b == 0 {
        return None;
    }
    let (pa, wa, pb, wb) = (
        i128::from(part_a),
        i128::from(whole_a),
        i128::from(part_b),
        i128::from(whole_b),
    );
    let numerator = pa.checked_mul(wb)?.checked_sub(pb.checked_mul(wa)?)?;
    ratio(numerator.checked_mul(100)?, wa.checked_mul(wb)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(values: &[i64]) -> Moments {
        let mut m = Moments::default();
        for &v in values {
            m.push(v * 10_000).unwrap();
        }
        m
    }

    #[test]
    fn mean_and_sd_by_hand() {
        // 1, 2, 6: mean 3; deviations −2, −1, 3; squares 4 + 1 + 9 = 14; / 2 = 7; √7 = 2.6458 → 2.65.
        let m = sample(&[1, 2, 6]);
        assert_eq!(m.n(), 3);
        assert_eq!(m.mean().unwrap().to_string(), "3");
        assert_eq!(m.sd().unwrap().to_string(), "2.65");
        assert_eq!(sample(&[4]).sd(), None);
        assert_eq!(Moments::default().mean(), None);
    }

    #[test]
    fn hedges_g_by_hand() {
        // a = 1, 2, 6 (mean 3, variance 7); b = 4, 6, 8 (mean 6, variance 4).
        // Pooled variance (2·7 + 2·4) / 4 = 5.5, s = 2.34521; d = −3 / 2.34521 = −1.27920.
        // J = 1 − 3 / (4·6 − 9) = 1 − 3/15 = 0.8; g = −1.02336 → −1.02.
        let (a, b) = (sample(&[1, 2, 6]), sample(&[4, 6, 8]));
        assert_eq!(hedges_g(&a, &b).unwrap().to_string(), "-1.02");
        assert_eq!(hedges_g(&b, &a).unwrap().to_string(), "1.02");
        assert_eq!(mean_difference(&a, &b).unwrap().to_string(), "-3");
        // No spread at all: g has no value; too few values: none either.
        assert_eq!(hedges_g(&sample(&[2, 2]), &sample(&[3, 3])), None);
        assert_eq!(hedges_g(&sample(&[2]), &sample(&[3])), None);
        assert_eq!(hedges_g(&sample(&[]), &sample(&[3, 4, 5])), None);
    }

    #[test]
    fn hedges_g_of_unit_spread() {
        // Equal groups of 3 with means 1 and 2 and SD 1 each: d = −1, J = 1 − 3/15 = 0.8, g = −0.8.
        assert_eq!(
            hedges_g(&sample(&[0, 1, 2]), &sample(&[1, 2, 3]))
                .unwrap()
                .to_string(),
            "-0.8"
        );
    }

    #[test]
    fn percents_by_hand() {
        assert_eq!(percent(33, 50).unwrap().to_string(), "66");
        assert_eq!(percent(10, 51).unwrap().to_string(), "19.61");
        assert_eq!(percent(1, 0), None);
        // To one decimal from the exact counts: 10/51 = 19.6078…% → 19.6; 1/16 = 6.25% → 6.3
        // (half away from zero); 1/8 = 12.5%.
        assert_eq!(percent_tenths(10, 51).unwrap().to_string(), "19.6");
        assert_eq!(percent_tenths(1, 16).unwrap().to_string(), "6.3");
        assert_eq!(percent_tenths(1, 8).unwrap().to_string(), "12.5");
        assert_eq!(percent_tenths(0, 0), None);
        // 33/50 − 10/51 = 0.66 − 0.196078… = 46.39 points.
        assert_eq!(
            percent_difference((33, 50), (10, 51)).unwrap().to_string(),
            "46.39"
        );
        assert_eq!(percent_difference((1, 0), (1, 2)), None);
    }
}
