//! Printing a [`Decimal`] and a [`MeasuredValue`]: the shortest exact form, or a stated number of
//! decimals.

use std::fmt;

use super::{Decimal, MeasuredValue};

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

impl fmt::Display for MeasuredValue {
    /// The shortest exact form: `3`, `3.5`, `4.375`, `-0.0625`.
    ///
    /// With a precision, exactly that many decimals: below four, rounded once, half away from zero,
    /// from the exact value (`{:.2}` of `4.375` is `4.38`, of `-4.375` is `-4.38`), so a printed
    /// figure follows the crate's one rounding rule. Width, alignment and `+` apply as for integers.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let magnitude = self.ten_thousandths().unsigned_abs();
        let digits = match f.precision() {
            None => {
                let (whole, fraction) = (magnitude / 10_000, magnitude % 10_000);
                if fraction == 0 {
                    format!("{whole}")
                } else {
                    let fraction = format!("{fraction:04}");
                    format!("{whole}.{}", fraction.trim_end_matches('0'))
                }
            }
            Some(places) if places < 4 => {
                let unit = 10_u64.pow(4 - places as u32);
                let rounded = (magnitude + unit / 2) / unit;
                let scale = 10_u64.pow(places as u32);
                if places == 0 {
                    format!("{rounded}")
                } else {
                    format!(
                        "{}.{:0width$}",
                        rounded / scale,
                        rounded % scale,
                        width = places
                    )
                }
            }
            Some(places) => format!(
                "{}.{:04}{:0<pad$}",
                magnitude / 10_000,
                magnitude % 10_000,
                "",
                pad = places - 4
            ),
        };
        // A value that rounds to zero prints without a minus sign.
        let negative =
            self.ten_thousandths() < 0 && digits.bytes().any(|b| matches!(b, b'1'..=b'9'));
        if f.width().is_none() && !f.sign_plus() {
            let sign = if negative { "-" } else { "" };
            return write!(f, "{sign}{digits}");
        }
        f.pad_integral(!negative, "", &digits)
    }
}

impl fmt::Debug for MeasuredValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MeasuredValue({self})")
    }
}
