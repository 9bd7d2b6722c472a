//! What a batch gives back for one record: its score, or a typed error with the reason; and the
//! summary of a whole batch.

use schemars::JsonSchema;
use serde::Serialize;

use crate::instruments::{InstrumentError, SafetyFlag, Score};

/// Why one record of a batch has no score. Messages say what was wrong and what is allowed, and
/// never contain the record's text or id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// The line is longer than the batch allows; it was skipped without being held in memory.
    #[error("the line is {length} bytes; a record is at most {limit} bytes")]
    LineTooLong {
        /// The line's length in bytes, without its newline.
        length: u64,
        /// The batch's limit.
        limit: usize,
    },
    /// The record is not UTF-8.
    #[error("byte {offset} of the record is not UTF-8; records are UTF-8 JSON")]
    InvalidUtf8 {
        /// The 0-based offset of the first invalid byte within the record.
        offset: usize,
    },
    /// The record ends before its JSON does (a truncated line or file).
    #[error("the record ends early (truncated?): {message}")]
    Truncated {
        /// The parser's message, with the column.
        message: String,
    },
    /// The record is not JSON.
    #[error("the record is not JSON: {message}")]
    InvalidJson {
        /// The parser's message, with the column.
        message: String,
    },
    /// The record is JSON but not a valid response or envelope.
    #[error("the record is not a valid response: {message}")]
    InvalidRecord {
        /// The reader's message: which field, what is allowed.
        message: String,
    },
    /// A valid response that cannot be scored under its options (too many unanswered items, or the
    /// safety item unanswered); the error carries the response's safety flags.
    #[error("the response cannot be scored: {0}")]
    Unscorable(InstrumentError),
    /// A JSON array batch broke off here: the array itself is malformed, so no later element can
    /// be found (NDJSON batches resume at the next line instead).
    #[error("the array is malformed here, no further records can be read: {message}")]
    ArrayBroken {
        /// The parser's message, with line and column.
        message: String,
    },
}

impl RecordError {
    /// A stable snake_case name of the kind of error, for the `kind` field of a result.
    pub const fn kind(&self) -> &'static str {
        match self {
            RecordError::LineTooLong { .. } => "line_too_long",
            RecordError::InvalidUtf8 { .. } => "invalid_utf8",
            RecordError::Truncated { .. } => "truncated",
            RecordError::InvalidJson { .. } => "invalid_json",
            RecordError::InvalidRecord { .. } => "invalid_record",
            RecordError::Unscorable(_) => "unscorable",
            RecordError::ArrayBroken { .. } => "array_broken",
        }
    }

    /// The safety flags the response raised, when it was read but could not be scored.
    pub fn safety_flags(&self) -> &[SafetyFlag] {
        match self {
            RecordError::Unscorable(error) => error.safety_flags(),
            _ => &[],
        }
    }
}

/// The result for one record: where it was, its id when it gave one, and its score or error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordResult {
    pub(super) record: u64,
    pub(super) line: u64,
    pub(super) id: Option<String>,
    pub(super) outcome: Result<Score, RecordError>,
}

impl RecordResult {
    /// The record's 0-based index in the batch (blank NDJSON lines are not records).
    pub const fn record(&self) -> u64 {
        self.record
    }
    /// The 1-based line the record starts on (for a JSON array, the element's 1-based position).
    pub const fn line(&self) -> u64 {
        self.line
    }
    /// The record's id, when it gave one.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }
    /// The score, or why there is none.
    pub const fn outcome(&self) -> &Result<Score, RecordError> {
        &self.outcome
    }
    /// Whether the record raised a safety flag, scored or not.
    pub fn has_safety_flag(&self) -> bool {
        match &self.outcome {
            Ok(score) => score.has_safety_flag(),
            Err(error) => !error.safety_flags().is_empty(),
        }
    }

    /// The result as one JSON document ([`RecordOutput`]).
    pub fn output(&self) -> RecordOutput<'_> {
        let (score, error) = match &self.outcome {
            Ok(score) => (Some(score), None),
            Err(error) => (
                None,
                Some(ErrorOutput {
                    kind: error.kind(),
                    message: error.to_string(),
                    safety_flags: error.safety_flags(),
                }),
            ),
        };
        RecordOutput {
            record: self.record,
            line: self.line,
            id: self.id.as_deref(),
            score,
            error,
        }
    }
}

/// One line of a batch's NDJSON output: `{"record": 0, "line": 1, "score": {...}}` or
/// `{"record": 3, "line": 4, "error": {"kind": "invalid_json", "message": "...", "safety_flags": []}}`,
/// with `"id"` when the record gave one. Exactly one of `score` and `error` is present.
#[derive(Debug, Serialize, JsonSchema)]
pub struct RecordOutput<'a> {
    /// The record's 0-based index in the batch.
    pub record: u64,
    /// The 1-based line (or array position) it came from.
    pub line: u64,
    /// The record's id, when it gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a str>,
    /// The score (`docs/schemas/score.schema.json`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<&'a Score>,
    /// Why there is no score.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorOutput<'a>>,
}

/// The error part of a [`RecordOutput`].
#[derive(Debug, Serialize, JsonSchema)]
pub struct ErrorOutput<'a> {
    /// [`RecordError::kind`].
    pub kind: &'static str,
    /// The error's message.
    pub message: String,
    /// The safety flags of a response that was read but not scored: never lost with the score.
    pub safety_flags: &'a [SafetyFlag],
}

/// What a whole batch came to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Summary {
    /// Records read.
    pub records: u64,
    /// Records scored.
    pub scored: u64,
    /// Records with an error.
    pub failed: u64,
    /// Records that raised a safety flag, scored or not.
    pub safety_flagged: u64,
}

impl Summary {
    /// Counts one result.
    pub fn add(&mut self, result: &RecordResult) {
        self.records += 1;
        if result.outcome.is_ok() {
            self.scored += 1;
        } else {
            self.failed += 1;
        }
        if result.has_safety_flag() {
            self.safety_flagged += 1;
        }
    }

    /// Adds another summary's counts.
    pub fn merge(&mut self, other: Summary) {
        self.records += other.records;
        self.scored += other.scored;
        self.failed += other.failed;
        self.safety_flagged += other.safety_flagged;
    }

    /// Whether every record was scored.
    pub const fn all_scored(&self) -> bool {
        self.failed == 0
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} records: {} scored, {} failed, {} raised a safety flag",
            self.records, self.scored, self.failed, self.safety_flagged
        )
    }
}
