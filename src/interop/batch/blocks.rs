//! An NDJSON stream read in large blocks of whole lines, each block split into parts at line
//! starts that can be scored independently (on one thread, or on several with the `rayon`
//! feature), each part into its own output buffer.
//!
//! The only work on the reading thread is copying bytes and finding newlines; splitting the lines
//! of a part, reading, scoring and writing its records happen where the part is scored, with the
//! scoring thread's [`ResultWriter`] (one memory of score JSON a thread, not a part). A line
//! longer than the limit and longer than what is already read is skipped while reading without
//! being held; it leaves an empty line in the block and a marker at that offset.

use std::io::{self, BufRead};

use super::lines::is_blank;
use super::{BatchConfig, RecordError, RecordResult, ResultWriter, Summary, score_record};

/// Bytes read per block, beyond which the block is cut at its last newline.
pub(super) const BLOCK_BYTES: usize = 1 << 20;

/// A block of whole lines, and where its parts start.
#[derive(Debug, Default)]
pub(super) struct Block {
    /// Whole lines, each ending in `\n` except perhaps the stream's last.
    bytes: Vec<u8>,
    /// Lines dropped while reading because they were too long: the offset of the empty line left
    /// in their place, and their length. In offset order.
    long_lines: Vec<(usize, u64)>,
    /// The parts, in order.
    parts: Vec<Part>,
}

/// A run of whole lines in a block, and the numbers of its first line and record.
#[derive(Debug, Clone, Copy)]
struct Part {
    start: usize,
    end: usize,
    /// The 1-based number of the line before the part's first (its first line is `line + 1`).
    line: u64,
    /// The 0-based index of the part's first record.
    record: u64,
}

impl Block {
    /// The number of parts (the parallel reader gives each its own output).
    #[cfg(feature = "rayon")]
    pub(super) fn part_count(&self) -> usize {
        self.parts.len()
    }

    /// Whether the block holds no line (the stream has ended).
    pub(super) fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// Scores part `index` of the block onto the end of `out`, with `writer`'s memory of scores.
    pub(super) fn score_part(
        &self,
        index: usize,
        config: &BatchConfig,
        out: &mut Vec<u8>,
        writer: &mut ResultWriter,
    ) -> io::Result<Summary> {
        let mut summary = Summary::default();
        let Some(part) = self.parts.get(index) else {
            return Ok(summary);
        };
        let mut long = self
            .long_lines
            .iter()
            .skip_while(|(offset, _)| *offset < part.start)
            .peekable();
        let (mut line, mut record) = (part.line, part.record);
        for (start, text) in lines_of(&self.bytes, part.start, part.end) {
            line += 1;
            let too_long = if long.peek().is_some_and(|(offset, _)| *offset == start) {
                long.next().map(|(_, length)| *length)
            } else if text.len() > config.max_line_bytes() {
                Some(text.len() as u64)
            } else {
                None
            };
            let result = match too_long {
                Some(length) => RecordResult {
                    record,
                    line,
                    id: None,
                    outcome: Err(RecordError::LineTooLong {
                        length,
                        limit: config.max_line_bytes(),
                    }),
                },
                None if is_blank(text) => continue,
                None => score_record(strip_cr(text), record, line, config.options()),
            };
            record += 1;
            summary.add(&result);
            writer.write(out, &result)?;
        }
        Ok(summary)
    }
}

/// The lines of `bytes[start..end]` with their offsets, without their newline; a last line
/// without a newline counts when it is not empty.
fn lines_of(bytes: &[u8], start: usize, end: usize) -> impl Iterator<Item = (usize, &[u8])> {
    let span = bytes.get(start..end).unwrap_or(&[]);
    let mut at = 0;
    std::iter::from_fn(move || {
        let rest = span.get(at..)?;
        if rest.is_empty() {
            return None;
        }
        let length = memchr::memchr(b'\n', rest).unwrap_or(rest.len());
        let line = (start + at, rest.get(..length).unwrap_or(&[]));
        at += length + 1;
        Some(line)
    })
}

/// A line without its trailing carriage return.
fn strip_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// Reads an NDJSON stream into [`Block`]s, carrying an incomplete last line to the next block.
#[derive(Debug)]
pub(super) struct BlockReader {
    /// Bytes per block (tests use tiny blocks to cut lines at every place).
    block_bytes: usize,
    carry: Vec<u8>,
    eof: bool,
    /// Lines and records before the next block.
    lines: u64,
    records: u64,
}

impl Default for BlockReader {
    fn default() -> BlockReader {
        BlockReader::with_block_bytes(BLOCK_BYTES)
    }
}

impl BlockReader {
    /// A reader of blocks of about `block_bytes` (at least 1).
    pub(super) fn with_block_bytes(block_bytes: usize) -> BlockReader {
        BlockReader {
            block_bytes: block_bytes.max(1),
            carry: Vec::new(),
            eof: false,
            lines: 0,
            records: 0,
        }
    }

    /// Fills `block` with the next whole lines of `input` (about a block's bytes, more when one
    /// line is longer) and splits it into `parts` parts; an empty block at the end.
    pub(super) fn read<R: BufRead>(
        &mut self,
        input: &mut R,
        block: &mut Block,
        limit: usize,
        parts: usize,
    ) -> io::Result<()> {
        block.bytes.clear();
        block.long_lines.clear();
        block.bytes.append(&mut self.carry);
        let mut target = self.block_bytes;
        loop {
            while block.bytes.len() < target && !self.eof {
                let available = match input.fill_buf() {
                    Ok(available) => available,
                    Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                    Err(error) => return Err(error),
                };
                if available.is_empty() {
                    self.eof = true;
                    break;
                }
                let take = available.len().min(target - block.bytes.len());
                block
                    .bytes
                    .extend_from_slice(available.get(..take).unwrap_or(&[]));
                input.consume(take);
            }
            let tail = memchr::memrchr(b'\n', &block.bytes).map_or(0, |at| at + 1);
            let tail_length = block.bytes.len() - tail;
            if tail_length > limit {
                // Too long: drop what was read of it, skip the rest, leave an empty line.
                block.bytes.truncate(tail);
                let mut length = tail_length as u64;
                if !self.eof {
                    length += self.skip_line(input)?;
                }
                block.long_lines.push((tail, length));
                block.bytes.push(b'\n');
                if block.bytes.len() < target && !self.eof {
                    continue;
                }
                break;
            }
            if self.eof {
                break;
            }
            if tail == 0 {
                // One line, longer than a block but within the limit: read on.
                target = block.bytes.len() + self.block_bytes;
                continue;
            }
            self.carry
                .extend_from_slice(block.bytes.get(tail..).unwrap_or(&[]));
            block.bytes.truncate(tail);
            break;
        }
        self.split(block, limit, parts);
        Ok(())
    }

    /// Consumes `input` up to and including the next newline; the bytes before it.
    fn skip_line<R: BufRead>(&mut self, input: &mut R) -> io::Result<u64> {
        let mut length = 0;
        loop {
            let available = match input.fill_buf() {
                Ok(available) => available,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => return Err(error),
            };
            if available.is_empty() {
                self.eof = true;
                return Ok(length);
            }
            match memchr::memchr(b'\n', available) {
                Some(at) => {
                    input.consume(at + 1);
                    return Ok(length + at as u64);
                }
                None => {
                    let all = available.len();
                    input.consume(all);
                    length += all as u64;
                }
            }
        }
    }

    /// Cuts `block` into `parts` runs of whole lines and numbers their first lines and records.
    fn split(&mut self, block: &mut Block, limit: usize, parts: usize) {
        block.parts.clear();
        let length = block.bytes.len();
        let per_part = length.div_ceil(parts.max(1)).max(1);
        let mut start = 0;
        while start < length {
            let end = memchr::memchr(b'\n', block.bytes.get(start + per_part..).unwrap_or(&[]))
                .map_or(length, |at| start + per_part + at + 1)
                .min(length);
            let part = Part {
                start,
                end,
                line: self.lines,
                record: self.records,
            };
            let mut long = block
                .long_lines
                .iter()
                .map(|(offset, _)| *offset)
                .peekable();
            for (offset, text) in lines_of(&block.bytes, start, end) {
                self.lines += 1;
                while long.peek().is_some_and(|&at| at < offset) {
                    long.next();
                }
                let too_long = long.peek() == Some(&offset) || text.len() > limit;
                if too_long || !is_blank(text) {
                    self.records += 1;
                }
            }
            block.parts.push(part);
            start = end;
        }
    }
}
