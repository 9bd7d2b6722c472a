//! Results as NDJSON lines: [`write_result`] (serde_json, the reference) and [`ResultWriter`], the
//! same bytes with a score's JSON written by serde once per distinct score.

use std::io;

use super::RecordResult;
use super::fast;

/// Appends `result` to `out` as one NDJSON line.
///
/// # Errors
///
/// Only if serialization fails, which a score and an error message never do.
pub fn write_result(out: &mut Vec<u8>, result: &RecordResult) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &result.output()).map_err(io::Error::other)?;
    out.push(b'\n');
    Ok(())
}

/// [`write_result`], byte for byte, for many results: a score without an id is written directly
/// and its score's JSON is remembered by value (a batch of PHQ-9 responses has about a hundred
/// distinct scores), so serde writes each distinct score about once; every other result goes to
/// [`write_result`]. Keep one writer for a whole batch (it allocates as scores are first seen, up
/// to 256 short buffers, and then reuses them).
///
/// Every batch function of this module writes with it; use it to write the results of
/// [`NdjsonRecords`](super::NdjsonRecords) yourself.
///
/// ```
/// use pain_reprocessing::interop::batch::{BatchConfig, NdjsonRecords, ResultWriter, write_result};
///
/// let input = b"{\"schema_version\": 2, \"instrument\": \"gad2\", \"answers\": [1, 2]}\n{\"oops\n";
/// let (mut writer, mut fast, mut reference) = (ResultWriter::default(), Vec::new(), Vec::new());
/// for result in NdjsonRecords::new(&input[..], BatchConfig::default()) {
///     let result = result?;
///     writer.write(&mut fast, &result)?;
///     write_result(&mut reference, &result)?;
/// }
/// assert_eq!(fast, reference);
/// assert!(String::from_utf8(fast)?.starts_with("{\"record\":0,\"line\":1,\"score\":{"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Default)]
pub struct ResultWriter {
    scores: fast::ScoreJson,
}

impl ResultWriter {
    /// Appends `result` to `out` as one NDJSON line, byte for byte as [`write_result`] does.
    ///
    /// # Errors
    ///
    /// Only if serialization fails, which a score and an error message never do.
    pub fn write(&mut self, out: &mut Vec<u8>, result: &RecordResult) -> io::Result<()> {
        match (&result.id, &result.outcome) {
            (None, Ok(score)) => {
                // `RecordOutput` as serde_json writes it: no id, no error.
                out.extend_from_slice(b"{\"record\":");
                fast::write_u64(out, result.record);
                out.extend_from_slice(b",\"line\":");
                fast::write_u64(out, result.line);
                out.extend_from_slice(b",\"score\":");
                self.scores.write(out, score)?;
                out.extend_from_slice(b"}\n");
                Ok(())
            }
            _ => write_result(out, result),
        }
    }
}
