//! NDJSON batches scored on several threads (feature `rayon`), in input order.
//!
//! The stream is read in blocks of whole lines ([`blocks`](super::blocks)), each cut into parts.
//! The worker threads score the parts of one block, each part into its own output buffer, from
//! splitting its lines to writing its results, with the memory of score JSON of the thread it
//! runs on (one [`ResultWriter`] a worker, warm from block to block); meanwhile the calling thread writes the previous
//! block's buffers in order and reads the next block (copying bytes and finding newlines, the
//! only serial work), then joins the scoring.

use std::io::{self, BufRead, IoSlice, Write};
use std::sync::{Mutex, PoisonError};

use rayon::prelude::*;

use super::blocks::{Block, BlockReader};
use super::{BatchConfig, ResultWriter, Summary};

/// Parts per block and thread: small parts (about 32 KiB of lines with two threads) keep the
/// wait at the end of each block, when one thread finishes its last part while the other has
/// none left, to a fraction of a millisecond.
const PARTS_PER_THREAD: usize = 16;

/// Scores every part of `block` on the pool, part `i` into `outs[i]` (buffers are reused from
/// block to block, so their memory is allocated once), each with the writer of the worker thread
/// it runs on (`writers[i]` for worker `i`: a lock nobody else takes while that worker runs).
fn score_block(
    block: &Block,
    config: &BatchConfig,
    outs: &mut Vec<Vec<u8>>,
    writers: &[Mutex<ResultWriter>],
) -> io::Result<Summary> {
    if outs.len() < block.part_count() {
        outs.resize_with(block.part_count(), Vec::new);
    }
    for out in outs.iter_mut() {
        out.clear();
    }
    outs.par_iter_mut()
        .enumerate()
        .map(|(index, out)| {
            let worker = rayon::current_thread_index().unwrap_or(0);
            match writers.get(worker) {
                Some(writer) => {
                    // Held only while `score_part` runs, which starts no rayon work: this worker
                    // cannot pick up another part (and take its own lock again) meanwhile.
                    let mut writer = writer.lock().unwrap_or_else(PoisonError::into_inner);
                    block.score_part(index, config, out, &mut writer)
                }
                // Not a worker of this pool (never the case): a writer of its own.
                None => block.score_part(index, config, out, &mut ResultWriter::default()),
            }
        })
        .try_reduce(Summary::default, |mut a, b| {
            a.merge(b);
            Ok(a)
        })
}

/// [`score_ndjson`](super::score_ndjson) on `threads` threads (0: one per core): the same
/// results, in the same order, in memory bounded by two blocks of lines and their output (about
/// 10 MB for PHQ-9 records, whatever the batch's size).
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
    input: R,
    output: W,
    config: &BatchConfig,
    threads: usize,
) -> io::Result<Summary> {
    parallel_in_blocks(input, output, config, threads, config.block_bytes())
}

/// [`score_ndjson_parallel`] with blocks of `block_bytes`.
pub(super) fn parallel_in_blocks<R: BufRead + Send, W: Write + Send>(
    mut input: R,
    mut output: W,
    config: &BatchConfig,
    threads: usize,
    block_bytes: usize,
) -> io::Result<Summary> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(io::Error::other)?;
    let parts = pool.current_num_threads() * PARTS_PER_THREAD;
    let limit = config.max_line_bytes();
    pool.install(|| {
        let mut summary = Summary::default();
        let mut reader = BlockReader::with_block_bytes(block_bytes);
        let mut current = Block::default();
        let mut next = Block::default();
        reader.read(&mut input, &mut current, limit, parts)?;
        let writers: Vec<Mutex<ResultWriter>> = (0..pool.current_num_threads())
            .map(|_| Mutex::new(ResultWriter::default()))
            .collect();
        let mut scoring: Vec<Vec<u8>> = Vec::new();
        let mut pending: Vec<Vec<u8>> = Vec::new();
        while !current.is_empty() {
            let (written, scored) = rayon::join(
                || -> io::Result<()> {
                    write_parts(&mut output, &pending)?;
                    reader.read(&mut input, &mut next, limit, parts)
                },
                || score_block(&current, config, &mut scoring, &writers),
            );
            written?;
            summary.merge(scored?);
            std::mem::swap(&mut scoring, &mut pending);
            std::mem::swap(&mut current, &mut next);
        }
        write_parts(&mut output, &pending)?;
        output.flush()?;
        Ok(summary)
    })
}

/// Writes the parts' results in order, handing the writer every part at once (a `BufWriter`
/// passes a block's worth straight to its inner writer instead of copying part by part into its
/// buffer).
fn write_parts<W: Write>(output: &mut W, parts: &[Vec<u8>]) -> io::Result<()> {
    let mut slices: Vec<IoSlice<'_>> = parts
        .iter()
        .filter(|part| !part.is_empty())
        .map(|part| IoSlice::new(part))
        .collect();
    let mut slices = &mut slices[..];
    while !slices.is_empty() {
        match output.write_vectored(slices) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(written) => IoSlice::advance_slices(&mut slices, written),
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    Ok(())
}
