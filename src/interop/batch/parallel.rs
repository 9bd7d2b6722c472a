//! NDJSON batches scored on several threads (feature `rayon`), in input order.
//!
//! The stream is read in chunks of lines. While the worker threads score one chunk (each a slice
//! of its lines, into its own output buffer), the calling thread writes the previous chunk's
//! output and reads the next chunk, so reading and writing overlap the scoring.

use std::io::{self, BufRead, Write};

use rayon::prelude::*;

use super::lines::{self, Line};
use super::{BatchConfig, RecordError, RecordResult, Summary, score_record, write_result};

/// Lines per chunk.
const CHUNK_RECORDS: usize = 16 * 1024;
/// Bytes per chunk, past which a chunk is cut short.
const CHUNK_BYTES: usize = 4 << 20;

/// One line of a chunk: its span in the chunk's bytes, or that it was too long.
struct Slot {
    start: usize,
    end: usize,
    line: u64,
    too_long: Option<u64>,
}

#[derive(Default)]
struct Chunk {
    bytes: Vec<u8>,
    slots: Vec<Slot>,
    /// Lines read before this chunk.
    lines_before: u64,
    eof: bool,
}

/// Fills `chunk` with the next lines of `input`.
fn read_chunk<R: BufRead>(input: &mut R, chunk: &mut Chunk, limit: usize) -> io::Result<()> {
    chunk.bytes.clear();
    chunk.slots.clear();
    let mut line = chunk.lines_before;
    while chunk.slots.len() < CHUNK_RECORDS && chunk.bytes.len() < CHUNK_BYTES {
        let start = chunk.bytes.len();
        let Some(read) = lines::read_line(input, &mut chunk.bytes, limit)? else {
            chunk.eof = true;
            break;
        };
        line += 1;
        let too_long = match read {
            Line::TooLong { length } => Some(length),
            Line::Complete => {
                if lines::is_blank(chunk.bytes.get(start..).unwrap_or(&[])) {
                    chunk.bytes.truncate(start);
                    continue;
                }
                None
            }
        };
        chunk.slots.push(Slot {
            start,
            end: chunk.bytes.len(),
            line,
            too_long,
        });
    }
    chunk.lines_before = line;
    Ok(())
}

/// Scores the slots `slots` (records from `first` on) onto `out`.
fn score_part(
    bytes: &[u8],
    slots: &[Slot],
    first: u64,
    config: &BatchConfig,
    out: &mut Vec<u8>,
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    for (offset, slot) in slots.iter().enumerate() {
        let record = first + offset as u64;
        let result = match slot.too_long {
            Some(length) => RecordResult {
                record,
                line: slot.line,
                id: None,
                outcome: Err(RecordError::LineTooLong {
                    length,
                    limit: config.max_line_bytes(),
                }),
            },
            None => score_record(
                bytes.get(slot.start..slot.end).unwrap_or(&[]),
                record,
                slot.line,
                config.options(),
            ),
        };
        summary.add(&result);
        write_result(out, &result)?;
    }
    Ok(summary)
}

/// Scores a whole chunk on the pool, one part per output buffer (buffers are reused from chunk
/// to chunk, so their memory is allocated once).
fn score_chunk(
    chunk: &Chunk,
    first: u64,
    config: &BatchConfig,
    outs: &mut [Vec<u8>],
) -> io::Result<Summary> {
    for out in outs.iter_mut() {
        out.clear();
    }
    // ceil(len / ceil(len / parts)) <= parts: every slice of slots gets a buffer.
    let per_part = chunk.slots.len().div_ceil(outs.len().max(1)).max(1);
    chunk
        .slots
        .par_chunks(per_part)
        .zip(outs.par_iter_mut())
        .enumerate()
        .map(|(index, (slots, out))| {
            score_part(
                &chunk.bytes,
                slots,
                first + (index * per_part) as u64,
                config,
                out,
            )
        })
        .try_reduce(Summary::default, |mut a, b| {
            a.merge(b);
            Ok(a)
        })
}

/// [`score_ndjson`](super::score_ndjson) on `threads` threads (0: one per core): the same
/// results, in the same order, in memory bounded by two chunks of lines and their output.
///
/// ```
/// use pain_reprocessing::interop::batch::{BatchConfig, score_ndjson, score_ndjson_parallel};
///
/// let line = "{\"schema_version\": 2, \"instrument\": \"gad2\", \"answers\": [1, 2]}\n";
/// let input = format!("{}oops\n{}", line.repeat(40_000), line.repeat(3));
/// let (mut one, mut two) = (Vec::new(), Vec::new());
/// let a = score_ndjson(input.as_bytes(), &mut one, &BatchConfig::default())?;
/// let b = score_ndjson_parallel(input.as_bytes(), &mut two, &BatchConfig::default(), 2)?;
/// assert_eq!((a, one), (b, two));
/// assert_eq!(b.failed, 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// A failure to read `input`, to write `output`, or to start the threads.
pub fn score_ndjson_parallel<R: BufRead + Send, W: Write + Send>(
    mut input: R,
    mut output: W,
    config: &BatchConfig,
    threads: usize,
) -> io::Result<Summary> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(io::Error::other)?;
    let parts = pool.current_num_threads() * 4;
    let limit = config.max_line_bytes();
    pool.install(|| {
        let mut summary = Summary::default();
        let mut current = Chunk::default();
        let mut next = Chunk::default();
        read_chunk(&mut input, &mut current, limit)?;
        let mut scoring: Vec<Vec<u8>> = vec![Vec::new(); parts];
        let mut pending: Vec<Vec<u8>> = vec![Vec::new(); parts];
        loop {
            let first = summary.records;
            let (written, scored) = rayon::join(
                || -> io::Result<()> {
                    for out in &pending {
                        output.write_all(out)?;
                    }
                    if !current.eof {
                        next.lines_before = current.lines_before;
                        read_chunk(&mut input, &mut next, limit)?;
                    } else {
                        next.slots.clear();
                        next.eof = true;
                    }
                    Ok(())
                },
                || score_chunk(&current, first, config, &mut scoring),
            );
            written?;
            summary.merge(scored?);
            std::mem::swap(&mut scoring, &mut pending);
            if current.eof && next.slots.is_empty() {
                break;
            }
            std::mem::swap(&mut current, &mut next);
        }
        for out in &pending {
            output.write_all(out)?;
        }
        output.flush()?;
        Ok(summary)
    })
}
