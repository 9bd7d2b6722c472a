//! CDISC SDTM QS (Questionnaires) rows.
//!
//! # Every code here is sponsor-defined
//!
//! The team's clinical reference (the crate's only source of clinical facts) lists no CDISC
//! controlled terminology, and no stored public source verifying the CDISC QS codes of any
//! instrument of the catalog (PHQ-9 included) was found. So none of `QSTESTCD`, `QSTEST`, `QSCAT`,
//! `VISIT`, `VISITNUM` or `QSREASND` claims to be CDISC controlled terminology: each is a
//! sponsor-defined value, built by the rule documented on [`QsRow`], and every row says so in its
//! non-standard `QSCTSRC` column (`SPONSOR-DEFINED`; in a submission it belongs in SUPPQS).
//! Replace them with the published codes through your own mapping before a submission.
//!
//! `QSEVLINT` is filled only where the clinical reference gives the recall period: PHQ-9, PHQ-2,
//! GAD-7, GAD-2 over the past 2 weeks (§3.4 `[S51]`, §3.5 `[S58]`), PROMIS short forms over 7
//! days (§3.12 `[S24]`), and the NRS by its recorded recall.

use std::io::Write;

use schemars::JsonSchema;
use serde::Serialize;

use super::{Administration, TablesError, Visit, timestamp};
use crate::instruments::{InstrumentId, RecallPeriod, SubscaleId};
use crate::outcomes::Timepoint;

/// What the `QSCTSRC` column says on every row: no code is CDISC controlled terminology.
pub const SPONSOR_DEFINED: &str = "SPONSOR-DEFINED";

/// `QSREASND` of an unanswered item (sponsor-defined).
pub const NOT_ANSWERED: &str = "NOT ANSWERED";

/// One SDTM QS row. Columns appear in this order (`docs/tables.md` has the dictionary).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[allow(non_snake_case)]
pub struct QsRow {
    /// Study identifier, as given.
    pub STUDYID: String,
    /// Always `QS`.
    pub DOMAIN: &'static str,
    /// `STUDYID-patient id`.
    pub USUBJID: String,
    /// Sequence number within the subject, from 1, in the order rows are written.
    pub QSSEQ: u32,
    /// Sponsor-defined test code (at most 8 characters): the instrument prefix then the item
    /// number (`PHQ901`), `TOT` for the total (`PHQ9TOT`), or a subscale suffix (`BPISEV`).
    pub QSTESTCD: String,
    /// Sponsor-defined test name (at most 40 characters): the instrument's short name and the
    /// item's neutral label, `total` or the subscale.
    pub QSTEST: String,
    /// Sponsor-defined category: the instrument's short name (`PHQ-9`).
    pub QSCAT: &'static str,
    /// The result as collected: the answer or the score; empty when not done.
    pub QSORRES: String,
    /// The result in standard character form (same as `QSORRES`).
    pub QSSTRESC: String,
    /// The result in standard numeric form; empty when not done.
    pub QSSTRESN: Option<String>,
    /// `NOT DONE` for an unanswered item; empty otherwise.
    pub QSSTAT: &'static str,
    /// Why not done: [`NOT_ANSWERED`]; empty otherwise.
    pub QSREASND: &'static str,
    /// Sponsor-defined visit number: 1 baseline, 2 post-treatment, 10 + months for a follow-up;
    /// empty for an unscheduled assessment (no planned visit: `QSDTC` dates it).
    pub VISITNUM: Option<u16>,
    /// Sponsor-defined visit name: `BASELINE`, `POST-TREATMENT`, `FOLLOW-UP MONTH n`,
    /// `UNSCHEDULED`.
    pub VISIT: String,
    /// When it was assessed, ISO 8601 in UTC; empty when the source has no date.
    pub QSDTC: String,
    /// The evaluation interval (ISO 8601 duration, `-P2W`), where the reference gives the recall.
    pub QSEVLINT: &'static str,
    /// Non-standard: always [`SPONSOR_DEFINED`], the source of every code on the row.
    pub QSCTSRC: &'static str,
}

/// The sponsor-defined prefix of an instrument's test codes (at most 5 characters).
fn prefix(id: InstrumentId) -> &'static str {
    match id {
        InstrumentId::Nrs => "NRS",
        InstrumentId::BpiSf => "BPI",
        InstrumentId::Peg3 => "PEG",
        InstrumentId::Phq9 => "PHQ9",
        InstrumentId::Phq2 => "PHQ2",
        InstrumentId::Gad7 => "GAD7",
        InstrumentId::Gad2 => "GAD2",
        InstrumentId::Pcs => "PCS",
        InstrumentId::Tsk11 => "TSK11",
        InstrumentId::Tsk17 => "TSK17",
        InstrumentId::Pseq => "PSEQ",
        InstrumentId::Odi => "ODI",
        InstrumentId::Rmdq => "RMDQ",
        InstrumentId::Pgic => "PGIC",
        InstrumentId::Csi => "CSI",
        InstrumentId::PromisDepression8a => "PRDEP",
        InstrumentId::PromisAnxiety8a => "PRANX",
        InstrumentId::PromisAnger5a => "PRANG",
        InstrumentId::PromisSleepDisturbance8a => "PRSLP",
        InstrumentId::PromisSleepDisturbance8b => "PRSLB",
        InstrumentId::PainAttribution => "PATTR",
    }
}

fn subscale_suffix(id: SubscaleId) -> &'static str {
    match id {
        SubscaleId::Severity => "SEV",
        SubscaleId::Interference => "INT",
        SubscaleId::Rumination => "RUM",
        SubscaleId::Magnification => "MAG",
        SubscaleId::Helplessness => "HLP",
        SubscaleId::Structural => "STR",
        SubscaleId::MindBrain => "MB",
        SubscaleId::StructuralVsMindBrain => "RAT",
    }
}

/// The evaluation interval, only where the clinical reference gives the recall period.
fn evaluation_interval(id: InstrumentId, recall: Option<RecallPeriod>) -> &'static str {
    match (id, recall) {
        (InstrumentId::Phq9 | InstrumentId::Phq2 | InstrumentId::Gad7 | InstrumentId::Gad2, _) => {
            "-P2W"
        }
        (
            InstrumentId::PromisDepression8a
            | InstrumentId::PromisAnxiety8a
            | InstrumentId::PromisAnger5a
            | InstrumentId::PromisSleepDisturbance8a
            | InstrumentId::PromisSleepDisturbance8b,
            _,
        ) => "-P7D",
        (_, Some(RecallPeriod::PastWeek)) => "-P1W",
        (_, Some(RecallPeriod::Past24Hours)) => "-P1D",
        _ => "",
    }
}

/// The sponsor-defined visit number and name of a timepoint.
pub fn visit(timepoint: Timepoint) -> (u16, String) {
    match timepoint {
        Timepoint::Baseline => (1, "BASELINE".to_owned()),
        Timepoint::PostTreatment => (2, "POST-TREATMENT".to_owned()),
        Timepoint::FollowUp { months } => (10 + months, format!("FOLLOW-UP MONTH {months}")),
    }
}

/// `VISITNUM` and `VISIT` of an administration's visit: [`visit`] of a protocol timepoint; no
/// number and `UNSCHEDULED` for an unscheduled assessment (the crate assigns no planned-visit
/// number to it; its `QSDTC` orders it).
fn visit_columns(of: Visit) -> (Option<u16>, String) {
    match of {
        Visit::Scheduled(timepoint) => {
            let (number, name) = visit(timepoint);
            (Some(number), name)
        }
        Visit::Unscheduled => (None, "UNSCHEDULED".to_owned()),
    }
}

/// At most `max` characters of `text`, upper-cased.
fn upper_clipped(text: &str, max: usize) -> String {
    text.chars().take(max).collect::<String>().to_uppercase()
}

/// The QS rows of one administration: the total, its subscales, then every item when the
/// response is given. `QSSEQ` counts on from `next_seq`.
pub fn qs_rows(study: &str, administration: &Administration<'_>, next_seq: u32) -> Vec<QsRow> {
    let score = administration.score();
    let id = score.instrument();
    let definition = score.definition();
    let (visitnum, visit) = visit_columns(administration.visit());
    let mut seq = next_seq;
    let mut row = |code: String, test: String, result: Option<String>| {
        let done = result.is_some();
        let result_text = result.clone().unwrap_or_default();
        let row = QsRow {
            STUDYID: study.to_owned(),
            DOMAIN: "QS",
            USUBJID: format!("{study}-{}", administration.patient().as_str()),
            QSSEQ: seq,
            QSTESTCD: code,
            QSTEST: upper_clipped(&test, 40),
            QSCAT: definition.short_name(),
            QSORRES: result_text.clone(),
            QSSTRESC: result_text,
            QSSTRESN: result,
            QSSTAT: if done { "" } else { "NOT DONE" },
            QSREASND: if done { "" } else { NOT_ANSWERED },
            VISITNUM: visitnum,
            VISIT: visit.clone(),
            QSDTC: timestamp(administration.at()),
            QSEVLINT: evaluation_interval(id, score.recall()),
            QSCTSRC: SPONSOR_DEFINED,
        };
        seq += 1;
        row
    };
    let short = definition.short_name();
    let mut rows = vec![row(
        format!("{}TOT", prefix(id)),
        format!("{short} total"),
        score.total().map(|total| total.to_string()),
    )];
    for subscale in score.subscales() {
        rows.push(row(
            format!("{}{}", prefix(id), subscale_suffix(subscale.subscale())),
            format!("{short} {}", subscale.subscale().as_str()),
            Some(subscale.value().to_string()),
        ));
    }
    if let Some(response) = administration.response() {
        for ((number, answer), item) in (1_u8..).zip(response.answers()).zip(definition.items()) {
            rows.push(row(
                format!("{}{number:02}", prefix(id)),
                format!("{short} {}", item.label()),
                answer.map(|a| a.to_string()),
            ));
        }
    }
    rows
}

/// Writes QS rows as CSV with a header row, numbering `QSSEQ` per subject across writes.
#[derive(Debug)]
pub struct QsWriter<W: Write> {
    writer: csv::Writer<W>,
    study: String,
    subject: String,
    next_seq: u32,
}

impl<W: Write> QsWriter<W> {
    /// A writer of study `study`'s rows onto `output`.
    pub fn new(study: &str, output: W) -> QsWriter<W> {
        QsWriter {
            writer: csv::WriterBuilder::new()
                .terminator(csv::Terminator::Any(b'\n'))
                .from_writer(output),
            study: study.to_owned(),
            subject: String::new(),
            next_seq: 1,
        }
    }

    /// Writes the rows of `administration`.
    ///
    /// # Errors
    ///
    /// [`TablesError`] when the underlying writer fails.
    pub fn write(&mut self, administration: &Administration<'_>) -> Result<(), TablesError> {
        if administration.patient().as_str() != self.subject {
            self.subject = administration.patient().as_str().to_owned();
            self.next_seq = 1;
        }
        let rows = qs_rows(&self.study, administration, self.next_seq);
        self.next_seq += u32::try_from(rows.len()).unwrap_or(u32::MAX);
        for row in rows {
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
