//! Proptest strategies that generate valid values of the crate's types, for testing apps that embed
//! it (enabled by the `proptest` feature).
//!
//! Every strategy yields only values the constructors accept, so a property test of an app's own code
//! exercises realistic inputs. One module per domain module (`testing::care` for `care`, and so
//! on), all re-exported here; the strategies of the base types (decimal, rating, text, identifiers,
//! dates) are in this file:
//!
//! ```
//! use pain_reprocessing::testing;
//! use proptest::prelude::*;
//!
//! proptest!(|(pain in testing::rating(), share in testing::percentage())| {
//!     prop_assert!(pain.value() <= 10);
//!     prop_assert!(share.value().hundredths() <= 10_000);
//! });
//! ```

use chrono::{DateTime, Days, NaiveDate, Utc};
use proptest::prelude::*;

use crate::id::MAX_ID_CHARS;
use crate::{
    ClinicianId, Decimal, MeasuredValue, Note, PatientId, Percentage, ProgramId, Rating, SessionId,
};

mod care;
mod exercises;
mod goals;
mod instruments;
mod intake;
mod outcomes;
mod program;
mod protocol;
mod resources;
mod sessions;

pub use self::care::*;
pub use self::exercises::*;
pub use self::goals::*;
pub use self::instruments::*;
pub use self::intake::*;
pub use self::outcomes::*;
pub use self::program::*;
pub use self::protocol::*;
pub use self::resources::*;
pub use self::sessions::*;

/// Any [`Decimal`] in ±1,000,000.
pub fn decimal() -> impl Strategy<Value = Decimal> {
    (-100_000_000_i64..=100_000_000)
        .prop_filter_map("in range", |h| Decimal::from_hundredths(h).ok())
}

/// Any [`MeasuredValue`] in ±1,000,000 with up to four decimals.
pub fn measured_value() -> impl Strategy<Value = MeasuredValue> {
    (-10_000_000_000_i64..=10_000_000_000)
        .prop_filter_map("in range", |t| MeasuredValue::from_ten_thousandths(t).ok())
}

/// Any [`Rating`] 0-10.
pub fn rating() -> impl Strategy<Value = Rating> {
    (0_u8..=10).prop_filter_map("in range", |v| Rating::new(v).ok())
}

/// Any [`Percentage`] 0-100 with two decimals.
pub fn percentage() -> impl Strategy<Value = Percentage> {
    (0_i64..=10_000).prop_filter_map("in range", |h| {
        Decimal::from_hundredths(h)
            .ok()
            .and_then(|d| Percentage::new(d).ok())
    })
}

/// Text that is a valid identifier: 1-64 characters of the id alphabet (`A-Z a-z 0-9 - . _`),
/// never `.` or `..`.
pub fn identifier_text() -> impl Strategy<Value = String> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._";
    proptest::collection::vec(proptest::sample::select(ALPHABET), 1..=MAX_ID_CHARS)
        .prop_map(|bytes| bytes.into_iter().map(char::from).collect::<String>())
        .prop_filter("not a dot name", |s| s != "." && s != "..")
}

/// Any [`PatientId`].
pub fn patient_id() -> impl Strategy<Value = PatientId> {
    identifier_text().prop_filter_map("valid", |s| PatientId::new(s).ok())
}

/// Any [`ClinicianId`].
pub fn clinician_id() -> impl Strategy<Value = ClinicianId> {
    identifier_text().prop_filter_map("valid", |s| ClinicianId::new(s).ok())
}

/// Any [`ProgramId`].
pub fn program_id() -> impl Strategy<Value = ProgramId> {
    identifier_text().prop_filter_map("valid", |s| ProgramId::new(s).ok())
}

/// Any [`SessionId`].
pub fn session_id() -> impl Strategy<Value = SessionId> {
    identifier_text().prop_filter_map("valid", |s| SessionId::new(s).ok())
}

/// Any [`Note`]: up to a few hundred characters, with line breaks; the full length range is covered
/// by unit tests rather than generated.
pub fn note() -> impl Strategy<Value = Note> {
    proptest::collection::vec(
        prop_oneof![
            8 => any::<char>().prop_filter("not a control", |c| !c.is_control()),
            1 => prop_oneof![Just('\n'), Just('\t'), Just('\r')],
        ],
        1..300,
    )
    .prop_filter_map("valid", |chars| {
        Note::new(chars.into_iter().collect::<String>()).ok()
    })
}

/// Any instant from 2000 to about 2040, whole seconds.
pub fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    (946_684_800_i64..=2_208_988_800).prop_filter_map("representable", |secs| {
        DateTime::<Utc>::from_timestamp(secs, 0)
    })
}

/// Any calendar day from 2000 to about 2040.
pub fn day() -> impl Strategy<Value = NaiveDate> {
    instant().prop_map(|t| t.date_naive())
}

/// `day` plus `days`, or `day` itself past chrono's range (strategies never panic).
fn plus(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_add_days(Days::new(days)).unwrap_or(day)
}
