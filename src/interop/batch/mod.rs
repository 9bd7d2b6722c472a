//! Batch scoring: a stream of responses in, one result per record out, in order. One bad record
//! never stops the others.
//!
//! - [`NdjsonRecords`] reads newline-delimited JSON (one record a line) and yields a
//!   [`RecordResult`] per record: the [`Score`], or a [`RecordError`] with the record's index, line
//!   and reason. A truncated line, an invalid UTF-8 byte or a line over the limit
//!   ([`BatchConfig::max_line_bytes`], 1 MiB by default) is an error for that record alone; reading
//!   resumes at the next line.
//! - [`score_ndjson`] streams NDJSON in to NDJSON out ([`RecordOutput`] per line) in constant memory
//!   and returns the [`Summary`]; with the `rayon` feature, [`score_ndjson_parallel`] does the same
//!   on several threads, in the same order.
//! - [`score_json_array`] streams a JSON array the same way (element by element, never the whole
//!   array in memory); a malformed array can only be read up to where it breaks.
//! - [`write_result`] writes one result as its NDJSON line; [`ResultWriter`] writes the same bytes
//!   faster (every batch function above uses it; use it with [`NdjsonRecords`] too).
//!
//! A record is a bare [`Response`](crate::instruments::Response), or an envelope with its own
//! [`ScoringOptions`] and an id ([`BatchRecord`]); the batch's options apply to the others.
//!
//! The caller owns the I/O: every function takes a reader and a writer, and reads no clock.
//!
//! ```
//! use pain_reprocessing::interop::batch::{BatchConfig, score_ndjson};
//!
//! let input = br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 2]}
//! {"schema_version": 2, "instrument": "gad2", "answers": [1, 9]}
//! {"schema_version": 2, "instrument": "gad2", "answers": [0, 0
//! "#;
//! let mut output = Vec::new();
//! let summary = score_ndjson(&input[..], &mut output, &BatchConfig::default())?;
//! assert_eq!((summary.records, summary.scored, summary.failed), (3, 1, 2));
//! let lines: Vec<serde_json::Value> =
//!     output.split(|&b| b == b'\n').filter(|l| !l.is_empty()).map(serde_json::from_slice).collect::<Result<_, _>>()?;
//! assert_eq!(lines[0]["score"]["total"], 3);
//! assert_eq!(lines[1]["error"]["kind"], "invalid_record");
//! assert_eq!(lines[2]["error"]["kind"], "truncated");
//! assert_eq!(lines[2]["record"], 2);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod array;
mod blocks;
mod fast;
mod lines;
mod locate;
mod outcome;
#[cfg(feature = "rayon")]
mod parallel;
mod record;
#[cfg(test)]
mod tests;
mod writer;

use std::io::{self, BufRead, Write};

use serde::Deserialize;

use crate::instruments::{Score, ScoringOptions};
use crate::json::objects::Objects;

pub use self::array::score_json_array;
pub use self::outcome::{ErrorOutput, RecordError, RecordOutput, RecordResult, Summary};
#[cfg(feature = "rayon")]
pub use self::parallel::score_ndjson_parallel;
pub use self::record::{BatchRecord, MAX_ID_BYTES};
pub use self::writer::{ResultWriter, write_result};

use self::lines::Line;
use self::locate::{Failure, Place};

/// The default longest NDJSON line: 1 MiB (a PHQ-9 record is under 100 bytes).
pub const DEFAULT_MAX_LINE_BYTES: usize = 1 << 20;

/// The default block of an NDJSON stream read at once ([`BatchConfig::block_bytes`]): 1 MiB.
pub const DEFAULT_BLOCK_BYTES: usize = blocks::BLOCK_BYTES;

/// How a batch is scored: the options for records without their own, the longest line, and how
/// much of an NDJSON stream is read and scored at once.
///
/// ```
/// use pain_reprocessing::instruments::{MissingPolicy, ScoringOptions};
/// use pain_reprocessing::interop::batch::BatchConfig;
///
/// let prorate: ScoringOptions = serde_json::from_str(
///     r#"{"missing": {"rule": "prorate", "max_missing": 1}, "odi_max_missing_sections": 1}"#,
/// )?;
/// let config = BatchConfig::new(prorate).with_max_line_bytes(4096);
/// assert_eq!(config.options().missing(), MissingPolicy::Prorate { max_missing: 1 });
/// assert_eq!(config.max_line_bytes(), 4096);
/// assert_eq!(config.with_block_bytes(1 << 17).block_bytes(), 131_072);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchConfig {
    options: ScoringOptions,
    max_line_bytes: usize,
    block_bytes: usize,
}

impl Default for BatchConfig {
    /// The default scoring options (every item required), lines up to 1 MiB, blocks of 1 MiB.
    fn default() -> BatchConfig {
        BatchConfig::new(ScoringOptions::DEFAULT)
    }
}

impl BatchConfig {
    /// Scores records without options of their own with `options`.
    pub const fn new(options: ScoringOptions) -> BatchConfig {
        BatchConfig {
            options,
            max_line_bytes: DEFAULT_MAX_LINE_BYTES,
            block_bytes: DEFAULT_BLOCK_BYTES,
        }
    }

    /// Refuses NDJSON lines longer than `bytes` (at least 1).
    pub const fn with_max_line_bytes(mut self, bytes: usize) -> BatchConfig {
        self.max_line_bytes = if bytes == 0 { 1 } else { bytes };
        self
    }

    /// Reads an NDJSON stream in blocks of about `bytes` (at least 1; a block always holds whole
    /// lines, so a longer line makes a longer block). Results are the same for every size; memory
    /// is about five times a block on one thread (the block and its results) and twice that on
    /// several. Smaller blocks keep the working set in a core's cache, larger ones synchronise the
    /// threads less often: a tuning knob (`benches/two_cores.sh` compares sizes).
    pub const fn with_block_bytes(mut self, bytes: usize) -> BatchConfig {
        self.block_bytes = if bytes == 0 { 1 } else { bytes };
        self
    }

    /// The batch's scoring options.
    pub const fn options(&self) -> &ScoringOptions {
        &self.options
    }

    /// The longest NDJSON line, in bytes.
    pub const fn max_line_bytes(&self) -> usize {
        self.max_line_bytes
    }

    /// The size of the blocks an NDJSON stream is read in, in bytes.
    pub const fn block_bytes(&self) -> usize {
        self.block_bytes
    }
}

/// Scores one record given as JSON text: the core of every batch reader.
///
/// `record` and `line` label the result, and `line` is the line an error's position names (an
/// NDJSON record is one line). The record's own options, when it has them, replace `options`.
/// A record that cannot be read still gets its `id` echoed when its object gives one (once, a
/// string of at most [`MAX_ID_BYTES`] bytes) before the text breaks off or a byte is not UTF-8.
///
/// ```
/// use pain_reprocessing::instruments::ScoringOptions;
/// use pain_reprocessing::interop::batch::{RecordError, score_record};
///
/// let result = score_record(b"{\"schema_version\": 2, \"instrument\": \"gad2\", \"answers\": [1, 2]}", 0, 1, &ScoringOptions::DEFAULT);
/// assert_eq!(result.outcome().as_ref().map(|s| s.total()), Ok(Some(3.into())));
/// let result = score_record(b"{\"schema\xff", 1, 2, &ScoringOptions::DEFAULT);
/// assert_eq!(result.outcome().as_ref().unwrap_err(), &RecordError::InvalidUtf8 { offset: 8 });
/// let bad = br#"{"id": "row-9", "response": {"schema_version": 2, "instrument": "gad2", "answers": [1, 7]}}"#;
/// let result = score_record(bad, 2, 3, &ScoringOptions::DEFAULT);
/// assert_eq!(result.id(), Some("row-9"));
/// assert_eq!(
///     result.outcome().as_ref().unwrap_err().to_string(),
///     "the record is not a valid response: GAD-2 item 2 is 7; answers range 0-3, \
///      at `response.answers[1]` (line 3, column 88)"
/// );
/// ```
pub fn score_record(text: &[u8], record: u64, line: u64, options: &ScoringOptions) -> RecordResult {
    score_at(text, record, line, Place::Line(line), options)
}

/// [`score_record`] for a record at `place`.
fn score_at(
    text: &[u8],
    record: u64,
    line: u64,
    place: Place,
    options: &ScoringOptions,
) -> RecordResult {
    let (id, outcome) = match fast::bare_response(text) {
        // The common shape, read directly: the same response the strict reader gives (`fast`).
        Some(response) => (
            None,
            response
                .score_with(options)
                .map_err(RecordError::Unscorable),
        ),
        None => score_strict(text, place, options),
    };
    RecordResult {
        record,
        line,
        id,
        outcome,
    }
}

/// A record's id and outcome through the strict reader alone (every record the fast path does
/// not take).
fn score_strict(
    text: &[u8],
    place: Place,
    options: &ScoringOptions,
) -> (Option<String>, Result<Score, RecordError>) {
    match std::str::from_utf8(text) {
        Err(error) => (
            // The id, when the valid text before the bad byte gives it.
            text.get(..error.valid_up_to())
                .and_then(|valid| std::str::from_utf8(valid).ok())
                .and_then(locate::id_of),
            Err(RecordError::InvalidUtf8 {
                offset: error.valid_up_to(),
            }),
        ),
        Ok(text) => match read_record(text, Tracking::Off) {
            Err(failure) => {
                // Read again, tracking the path this time (only a failed record pays for it).
                let failure = read_record(text, Tracking::Path).err().unwrap_or(failure);
                (
                    locate::id_of(text),
                    Err(RecordError::from_failure(&failure, place)),
                )
            }
            Ok(parsed) => {
                let (response, own, id) = parsed.into_parts();
                let options = own.as_ref().unwrap_or(options);
                (
                    id,
                    response
                        .score_with(options)
                        .map_err(RecordError::Unscorable),
                )
            }
        },
    }
}

/// Whether a reading tracks the JSON path of a bad value (`serde_path_to_error` keeps every key
/// it passes, so only a failed record is read with it).
#[derive(Clone, Copy)]
enum Tracking {
    Off,
    Path,
}

/// The record in `text`: at the current format, else (only then, so format 2 records keep the
/// streaming path) a format 1 response (before 2026-12), bare or in an envelope, upgraded
/// (`instruments::migrate`). When the upgrade does not apply, the first error stands.
fn read_record(text: &str, tracking: Tracking) -> Result<BatchRecord, Failure> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let first = deserialize(&mut deserializer, tracking).and_then(|record| {
        deserializer
            .end()
            .map_err(|error| Failure { path: None, error })?;
        Ok(record)
    });
    first.or_else(|failure| read_format_1(text, tracking).unwrap_or(Err(failure)))
}

/// A record whose response is at `schema_version` 1, upgraded and read; `None` for anything else.
fn read_format_1(text: &str, tracking: Tracking) -> Option<Result<BatchRecord, Failure>> {
    let mut value: serde_json::Value = serde_json::from_str(text).ok()?;
    let response = match value.get_mut("response") {
        Some(response) => response,
        None => &mut value,
    };
    if crate::versioning::version_of(response) != Some(1) {
        return None;
    }
    crate::instruments::migrate::upgrade_embedded_response_v1(response).ok()?;
    Some(deserialize(value, tracking))
}

/// A record read from `deserializer`, structs only as objects (`crate::json::objects`): serde's
/// derive alone would also read an envelope's `response` or `options` from the array of their
/// values.
fn deserialize<'de, D>(deserializer: D, tracking: Tracking) -> Result<BatchRecord, Failure>
where
    D: serde::Deserializer<'de, Error = serde_json::Error>,
{
    match tracking {
        Tracking::Off => BatchRecord::deserialize(Objects(deserializer))
            .map_err(|error| Failure { path: None, error }),
        Tracking::Path => {
            serde_path_to_error::deserialize(Objects(deserializer)).map_err(|error| Failure {
                path: Some(error.path().to_string()),
                error: error.into_inner(),
            })
        }
    }
}

/// The records of an NDJSON stream, scored one by one: an iterator of [`RecordResult`]s in input
/// order. Blank lines are skipped (they are not records). Only a failure of the reader itself
/// ends it early, as an `Err`.
#[derive(Debug)]
pub struct NdjsonRecords<R> {
    input: R,
    config: BatchConfig,
    buf: Vec<u8>,
    record: u64,
    line: u64,
    failed: bool,
}

impl<R: BufRead> NdjsonRecords<R> {
    /// Reads `input` under `config`.
    pub fn new(input: R, config: BatchConfig) -> NdjsonRecords<R> {
        NdjsonRecords {
            input,
            config,
            buf: Vec::new(),
            record: 0,
            line: 0,
            failed: false,
        }
    }
}

impl<R: BufRead> Iterator for NdjsonRecords<R> {
    type Item = io::Result<RecordResult>;

    fn next(&mut self) -> Option<io::Result<RecordResult>> {
        if self.failed {
            return None;
        }
        loop {
            self.buf.clear();
            let read = match lines::read_line(
                &mut self.input,
                &mut self.buf,
                self.config.max_line_bytes,
            ) {
                Ok(read) => read?,
                Err(error) => {
                    self.failed = true;
                    return Some(Err(error));
                }
            };
            self.line += 1;
            let result = match read {
                Line::TooLong { length } => RecordResult {
                    record: self.record,
                    line: self.line,
                    id: None,
                    outcome: Err(RecordError::LineTooLong {
                        length,
                        limit: self.config.max_line_bytes,
                    }),
                },
                Line::Complete if lines::is_blank(&self.buf) => continue,
                Line::Complete => {
                    score_record(&self.buf, self.record, self.line, &self.config.options)
                }
            };
            self.record += 1;
            return Some(Ok(result));
        }
    }
}

/// How much output is gathered before it is written.
const WRITE_BATCH: usize = 1 << 16;

/// Scores an NDJSON stream into NDJSON results ([`RecordOutput`], one line per record, in order),
/// on the calling thread, in memory that does not grow with the batch (a block of lines,
/// [`BatchConfig::block_bytes`], 1 MiB by default, and its output).
///
/// # Errors
///
/// Only a failure to read `input` or write `output`; bad records are results, not errors.
pub fn score_ndjson<R: BufRead, W: Write>(
    input: R,
    output: W,
    config: &BatchConfig,
) -> io::Result<Summary> {
    score_ndjson_in_blocks(input, output, config, config.block_bytes)
}

/// [`score_ndjson`] with blocks of `block_bytes`.
fn score_ndjson_in_blocks<R: BufRead, W: Write>(
    mut input: R,
    mut output: W,
    config: &BatchConfig,
    block_bytes: usize,
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut reader = blocks::BlockReader::with_block_bytes(block_bytes);
    let mut block = blocks::Block::default();
    let mut out = Vec::new();
    let mut writer = ResultWriter::default();
    loop {
        reader.read(&mut input, &mut block, config.max_line_bytes, 1)?;
        if block.is_empty() {
            break;
        }
        out.clear();
        summary.merge(block.score_part(0, config, &mut out, &mut writer)?);
        output.write_all(&out)?;
    }
    output.flush()?;
    Ok(summary)
}
