//! Printing a [`Decimal`]: the shortest exact form, or a stated number of decimals.

use std::fmt;

use super::Decimal;

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
