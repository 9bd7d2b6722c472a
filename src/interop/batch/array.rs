//! A batch given as one JSON array, read element by element.

use std::fmt;
use std::io::{self, Read, Write};

use serde::Deserializer as _;
use serde::de::{SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::{
    BatchConfig, Place, RecordError, RecordResult, ResultWriter, Summary, WRITE_BATCH, score_at,
};

/// Scores a JSON array of records into NDJSON results, one line per element in order, reading
/// one element at a time (memory does not grow with the array).
///
/// An element that is JSON but not a valid record is an error for that element alone. A
/// malformed array (truncated, invalid UTF-8, not an array) cannot be resynchronised: the element
/// where it breaks gets an [`RecordError::ArrayBroken`] result and reading stops. The `line` of a
/// result is the element's 1-based position.
///
/// ```
/// use pain_reprocessing::interop::batch::{BatchConfig, score_json_array};
///
/// let input = br#"[{"schema_version": 2, "instrument": "gad2", "answers": [1, 2]}, 7,
///                  {"schema_version": 2, "instrument": "gad2", "answers": [3, 3]}, {"sch"#;
/// let mut output = Vec::new();
/// let summary = score_json_array(&input[..], &mut output, &BatchConfig::default())?;
/// assert_eq!((summary.records, summary.scored, summary.failed), (4, 2, 2));
/// let text = String::from_utf8(output)?;
/// assert!(text.lines().nth(1).unwrap().contains("\"invalid_record\""));
/// assert!(text.lines().nth(3).unwrap().contains("\"array_broken\""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Only a failure to read `input` or write `output`.
pub fn score_json_array<R: Read, W: Write>(
    input: R,
    mut output: W,
    config: &BatchConfig,
) -> io::Result<Summary> {
    let mut state = State {
        config,
        output: &mut output,
        out: Vec::with_capacity(WRITE_BATCH * 2),
        writer: ResultWriter::default(),
        summary: Summary::default(),
        io_error: None,
        broken: false,
    };
    let mut deserializer = serde_json::Deserializer::from_reader(input);
    let outcome = (&mut deserializer).deserialize_seq(ArrayVisitor(&mut state));
    let trailing = outcome.and_then(|()| deserializer.end());
    if let Some(error) = state.io_error.take() {
        return Err(error);
    }
    if let Err(error) = trailing {
        if error.is_io() {
            return Err(io::Error::other(error));
        }
        if !state.broken {
            state.push_error(RecordError::ArrayBroken {
                message: error.to_string(),
            })?;
        }
    }
    let State { out, summary, .. } = state;
    output.write_all(&out)?;
    output.flush()?;
    Ok(summary)
}

struct State<'a, W> {
    config: &'a BatchConfig,
    output: &'a mut W,
    out: Vec<u8>,
    writer: ResultWriter,
    summary: Summary,
    io_error: Option<io::Error>,
    broken: bool,
}

impl<W: Write> State<'_, W> {
    fn push(&mut self, result: &RecordResult) -> io::Result<()> {
        self.summary.add(result);
        self.writer.write(&mut self.out, result)?;
        if self.out.len() >= WRITE_BATCH {
            self.output.write_all(&self.out)?;
            self.out.clear();
        }
        Ok(())
    }

    fn push_error(&mut self, error: RecordError) -> io::Result<()> {
        let record = self.summary.records;
        self.push(&RecordResult {
            record,
            line: record + 1,
            id: None,
            outcome: Err(error),
        })
    }
}

struct ArrayVisitor<'s, 'a, W>(&'s mut State<'a, W>);

impl<'de, W: Write> Visitor<'de> for ArrayVisitor<'_, '_, W> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON array of records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let state = self.0;
        loop {
            let record = state.summary.records;
            let pushed = match seq.next_element::<Box<RawValue>>() {
                Ok(None) => return Ok(()),
                Ok(Some(raw)) => state.push(&score_at(
                    raw.get().as_bytes(),
                    record,
                    record + 1,
                    Place::Element,
                    state.config.options(),
                )),
                Err(error) => {
                    state.broken = true;
                    let message = error.to_string();
                    let pushed = state.push_error(RecordError::ArrayBroken { message });
                    if let Err(io) = pushed {
                        state.io_error = Some(io);
                    }
                    return Err(error);
                }
            };
            if let Err(error) = pushed {
                state.io_error = Some(error);
                return Err(serde::de::Error::custom("output failed"));
            }
        }
    }
}
