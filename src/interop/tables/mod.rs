//! Tables out (feature `csv`): the long table that R, pandas, SAS, DuckDB, Spark or Polars read,
//! and CDISC SDTM QS rows.
//!
//! Both start from [`Administration`]s: one instrument given to one patient at one timepoint,
//! with its [`Score`] and, when the answers are at hand, its [`Response`]. [`administrations`]
//! lists those of a program's event log.
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

mod long;
pub mod qs;
#[cfg(test)]
mod tests;

use chrono::{DateTime, SecondsFormat, Utc};

use crate::PatientId;
use crate::instruments::{Response, Score};
use crate::outcomes::Timepoint;
use crate::program::{EventKind, EventLog, Program};

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

/// One instrument given to one patient at one timepoint: the unit both tables are built from.
#[derive(Debug, Clone, Copy)]
pub struct Administration<'a> {
    patient: &'a PatientId,
    timepoint: Timepoint,
    at: Option<DateTime<Utc>>,
    score: &'a Score,
    response: Option<&'a Response>,
}

impl<'a> Administration<'a> {
    /// `score` of `patient` at `timepoint`, assessed `at`.
    pub const fn new(
        patient: &'a PatientId,
        timepoint: Timepoint,
        at: DateTime<Utc>,
        score: &'a Score,
    ) -> Administration<'a> {
        Administration {
            patient,
            timepoint,
            at: Some(at),
            score,
            response: None,
        }
    }

    /// `score` of `patient` at `timepoint`, with no date: the source did not record when it was
    /// assessed (a REDCap export without a date field). The tables leave the date empty rather
    /// than invent one.
    pub const fn undated(
        patient: &'a PatientId,
        timepoint: Timepoint,
        score: &'a Score,
    ) -> Administration<'a> {
        Administration {
            patient,
            timepoint,
            at: None,
            score,
            response: None,
        }
    }

    /// With the answers, so the tables get item rows. The response must be the one scored (same
    /// instrument); a response of another instrument is ignored.
    pub fn with_response(mut self, response: &'a Response) -> Administration<'a> {
        if response.instrument() == self.score.instrument() {
            self.response = Some(response);
        }
        self
    }

    /// The patient.
    pub const fn patient(&self) -> &PatientId {
        self.patient
    }
    /// The timepoint.
    pub const fn timepoint(&self) -> Timepoint {
        self.timepoint
    }
    /// When it was assessed, when the source says.
    pub const fn at(&self) -> Option<DateTime<Utc>> {
        self.at
    }
    /// The score.
    pub const fn score(&self) -> &Score {
        self.score
    }
    /// The answers, when given.
    pub const fn response(&self) -> Option<&Response> {
        self.response
    }
}

/// The administrations of the protocol's assessments recorded in a program's history, oldest first
/// (scores only, the scores the program derived from the recorded responses; unscheduled
/// assessments are not rows of these tables).
pub fn administrations<'a>(
    program: &'a Program,
    log: &'a EventLog,
) -> impl Iterator<Item = Administration<'a>> + 'a {
    log.events()
        .iter()
        .enumerate()
        // Voided events do not count; their outcomes are those of the history without them.
        .filter(move |(index, _)| !program.is_voided(*index))
        .flat_map(move |(index, logged)| {
            let event = logged.event();
            let timepoint = match event.kind() {
                EventKind::AssessmentRecorded { timepoint, .. }
                | EventKind::AssessmentRecordedWithoutAnswers { timepoint, .. } => Some(*timepoint),
                _ => None,
            };
            let scores: &[Score] = match timepoint {
                Some(_) => program.scores_of_event(index).unwrap_or(&[]),
                None => &[],
            };
            let timepoint = timepoint.unwrap_or(Timepoint::Baseline);
            scores.iter().map(move |score| {
                Administration::new(program.patient(), timepoint, event.at(), score)
            })
        })
}

/// A date-time as tables write it: RFC 3339 / ISO 8601 in UTC, to the second; empty when unknown.
fn timestamp(at: Option<DateTime<Utc>>) -> String {
    at.map(|at| at.to_rfc3339_opts(SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// The snake_case name of a timepoint's kind and its months for a follow-up.
fn timepoint_parts(timepoint: Timepoint) -> (&'static str, Option<u16>) {
    match timepoint {
        Timepoint::Baseline => ("baseline", None),
        Timepoint::PostTreatment => ("post_treatment", None),
        Timepoint::FollowUp { months } => ("follow_up", Some(months)),
    }
}
