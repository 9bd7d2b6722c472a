//! Tables out (feature `csv`): the long table that R, pandas, SAS, DuckDB, Spark or Polars read,
//! and CDISC SDTM QS rows.
//!
//! Both start from [`Administration`]s: one instrument given to one patient at one [`Visit`] (a
//! protocol timepoint, or unscheduled), with its [`Score`](crate::instruments::Score) and, when
//! the answers are at hand, its [`Response`](crate::instruments::Response). [`administrations`]
//! lists those of a program's event log, with the answers it recorded.
//!
//! - [`long_rows`] gives one [`LongRow`] per patient × timepoint × instrument × measure: the total,
//!   each subscale, and each item (when the response is given); [`LongTableWriter`] writes them as
//!   CSV. The column dictionary is in `docs/tables.md`.
//! - [`qs_rows`] gives the SDTM QS rows of an administration; [`QsWriter`] writes them as CSV.
//!   **Every code is sponsor-defined** (see [`qs`]).
//!
//! ```
//! use pain_reprocessing::instruments::{InstrumentId, Response};
//! use pain_reprocessing::interop::tables::{Administration, LongTableWriter};
//! use pain_reprocessing::{PatientId, Timepoint};
//!
//! let patient = PatientId::new("pt-1")?;
//! let at = "2026-03-04T09:00:00Z".parse()?;
//! let scored = Response::new(InstrumentId::Gad2, &[Some(1), Some(2)])?;
//! let score = scored.score()?;
//! let administration = Administration::new(&patient, Timepoint::Baseline, at, &score).with_response(&scored);
//! let mut writer = LongTableWriter::new(Vec::new());
//! writer.write(&administration)?;
//! let csv = String::from_utf8(writer.into_inner()?)?;
//! assert_eq!(csv.lines().next(), Some("patient_id,timepoint,follow_up_months,assessed_at,instrument,measure,name,item,value,missing,band,missing_handling,missing_items,safety_flag,rule_version"));
//! assert_eq!(csv.lines().nth(1), Some("pt-1,baseline,,2026-03-04T09:00:00Z,gad2,total,total,,3,false,,complete,,,1"));
//! assert_eq!(csv.lines().count(), 4); // header, total, two items
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod administration;
mod long;
pub mod qs;
#[cfg(test)]
mod tests;

use chrono::{DateTime, SecondsFormat, Utc};

use crate::outcomes::Timepoint;

pub use self::administration::{Administration, Visit, administrations};
pub use self::long::{LongRow, LongTableWriter, Measure, long_rows};
pub use self::qs::{QsRow, QsWriter, qs_rows};

/// What went wrong writing a table.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TablesError {
    /// The CSV writer failed (an I/O error of the underlying writer).
    #[error("cannot write the table: {0}")]
    Csv(#[from] csv::Error),
    /// The underlying writer failed when flushed.
    #[error("cannot write the table: {0}")]
    Io(#[from] std::io::Error),
}

/// A date-time as tables write it: RFC 3339 / ISO 8601 in UTC, to the second; empty when unknown.
fn timestamp(at: Option<DateTime<Utc>>) -> String {
    at.map(|at| at.to_rfc3339_opts(SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// The `timepoint` column of a visit (the snake_case name of a timepoint's kind, or
/// `unscheduled`) and its months for a follow-up.
fn timepoint_parts(visit: Visit) -> (&'static str, Option<u16>) {
    match visit {
        Visit::Scheduled(Timepoint::Baseline) => ("baseline", None),
        Visit::Scheduled(Timepoint::PostTreatment) => ("post_treatment", None),
        Visit::Scheduled(Timepoint::FollowUp { months }) => ("follow_up", Some(months)),
        Visit::Unscheduled => ("unscheduled", None),
    }
}
