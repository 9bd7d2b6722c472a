//! The long table: one row per patient × timepoint × instrument × measure.

use std::io::Write;

use schemars::JsonSchema;
use serde::Serialize;

use super::{Administration, TablesError, timepoint_parts, timestamp};
use crate::instruments::{MissingHandling, SafetyFlag};

/// What a long-table row measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Measure {
    /// The instrument's total.
    Total,
    /// One subscale.
    Subscale,
    /// One item's answer.
    Item,
}

/// One row of the long table. The column dictionary is in `docs/tables.md`; columns appear in
/// this order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct LongRow {
    /// The patient's identifier.
    pub patient_id: String,
    /// `baseline`, `post_treatment`, `follow_up` or `unscheduled`.
    pub timepoint: &'static str,
    /// Months after post-treatment, for a follow-up; empty otherwise.
    pub follow_up_months: Option<u16>,
    /// When the instrument was assessed, RFC 3339 in UTC; empty when the source has no date.
    pub assessed_at: String,
    /// The instrument's catalog id.
    pub instrument: &'static str,
    /// `total`, `subscale` or `item`.
    pub measure: Measure,
    /// `total`, the subscale's id, or the item's id (such as `phq9_9`).
    pub name: &'static str,
    /// The item's 1-based number, for an item row; empty otherwise.
    pub item: Option<u8>,
    /// The value (exact decimal text); empty for an unanswered item.
    pub value: Option<String>,
    /// Whether the item was unanswered (always false for totals and subscales).
    pub missing: bool,
    /// The total's band, on the total row when the instrument has bands.
    pub band: Option<&'static str>,
    /// How unanswered items were handled, on the total row.
    pub missing_handling: Option<&'static str>,
    /// The unanswered items, `;`-separated, on the total row.
    pub missing_items: Option<String>,
    /// The safety flags, `;`-separated (`suicidal_ideation:2`), on the total row.
    pub safety_flag: Option<String>,
    /// The scoring rule's version.
    pub rule_version: u16,
}

pub(super) fn handling_name(handling: MissingHandling) -> &'static str {
    match handling {
        MissingHandling::Complete => "complete",
        MissingHandling::Prorated => "prorated",
        MissingHandling::MeanOfAnswered => "mean_of_answered",
        MissingHandling::ReducedDenominator => "reduced_denominator",
        MissingHandling::NotScored => "not_scored",
    }
}

fn flag_text(flag: &SafetyFlag) -> String {
    match flag {
        SafetyFlag::SuicidalIdeation { answer } => format!("suicidal_ideation:{answer}"),
        SafetyFlag::SafetyItemUnanswered { item } => format!("safety_item_unanswered:{item}"),
    }
}

fn joined<T: ToString>(items: impl Iterator<Item = T>) -> Option<String> {
    let text = items.map(|i| i.to_string()).collect::<Vec<_>>().join(";");
    (!text.is_empty()).then_some(text)
}

/// The long-table rows of one administration: the total, its subscales in the definition's
/// order, then every item when the response is given.
pub fn long_rows(administration: &Administration<'_>) -> Vec<LongRow> {
    let score = administration.score();
    let definition = score.definition();
    let (timepoint, follow_up_months) = timepoint_parts(administration.visit());
    let row = |measure, name, item, value, missing| LongRow {
        patient_id: administration.patient().as_str().to_owned(),
        timepoint,
        follow_up_months,
        assessed_at: timestamp(administration.at()),
        instrument: score.instrument().as_str(),
        measure,
        name,
        item,
        value,
        missing,
        band: None,
        missing_handling: None,
        missing_items: None,
        safety_flag: None,
        rule_version: score.rule_version(),
    };
    let mut rows = Vec::with_capacity(1 + score.subscales().len() + definition.item_count());
    rows.push(LongRow {
        band: score.band().map(|band| band.as_str()),
        missing_handling: Some(handling_name(score.missing_handling())),
        missing_items: joined(score.missing_items()),
        safety_flag: joined(score.safety_flags().iter().map(flag_text)),
        ..row(
            Measure::Total,
            "total",
            None,
            score.total().map(|total| total.to_string()),
            false,
        )
    });
    for subscale in score.subscales() {
        rows.push(row(
            Measure::Subscale,
            subscale.subscale().as_str(),
            None,
            Some(subscale.value().to_string()),
            false,
        ));
    }
    if let Some(response) = administration.response() {
        for ((number, answer), item) in (1_u8..).zip(response.answers()).zip(definition.items()) {
            rows.push(row(
                Measure::Item,
                item.id(),
                Some(number),
                answer.map(|a| a.to_string()),
                answer.is_none(),
            ));
        }
    }
    rows
}

/// Writes long-table rows as CSV with a header row (RFC 4180 quoting, `\n` line ends, UTF-8).
#[derive(Debug)]
pub struct LongTableWriter<W: Write> {
    writer: csv::Writer<W>,
}

impl<W: Write> LongTableWriter<W> {
    /// A writer onto `output`; the header is written with the first row.
    pub fn new(output: W) -> LongTableWriter<W> {
        LongTableWriter {
            writer: csv::WriterBuilder::new()
                .terminator(csv::Terminator::Any(b'\n'))
                .from_writer(output),
        }
    }

    /// Writes the rows of `administration`.
    ///
    /// # Errors
    ///
    /// [`TablesError`] when the underlying writer fails.
    pub fn write(&mut self, administration: &Administration<'_>) -> Result<(), TablesError> {
        for row in long_rows(administration) {
            self.writer.serialize(row)?;
        }
        Ok(())
    }

    /// Flushes and hands back the output.
    ///
    /// # Errors
    ///
    /// [`TablesError::Io`] when flushing fails.
    pub fn into_inner(self) -> Result<W, TablesError> {
        self.writer
            .into_inner()
            .map_err(|error| TablesError::Io(error.into_error()))
    }
}
