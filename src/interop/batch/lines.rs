//! Splitting an NDJSON stream into lines with a length limit, without ever holding more than the
//! limit of one line in memory.

use std::io::{self, BufRead};

/// How one line was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Line {
    /// The line is in the buffer (its newline and a trailing carriage return removed).
    Complete,
    /// The line was longer than the limit: skipped up to its newline, nothing of it kept.
    TooLong {
        /// Its length in bytes.
        length: u64,
    },
}

/// Reads the next line of `input` onto the end of `buf`; `Ok(None)` at the end of the stream.
///
/// A line longer than `limit` bytes is consumed up to its newline but not stored, so a 10 MB line
/// costs no more memory than a short one.
pub(super) fn read_line<R: BufRead>(
    input: &mut R,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<Option<Line>> {
    let start = buf.len();
    let mut length: u64 = 0;
    let mut too_long = false;
    let mut any = false;
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        if available.is_empty() {
            break;
        }
        any = true;
        let (take, newline) = match memchr::memchr(b'\n', available) {
            Some(at) => (at, true),
            None => (available.len(), false),
        };
        let part = available.get(..take).unwrap_or(&[]);
        length += take as u64;
        if !too_long {
            if buf.len() - start + take > limit {
                too_long = true;
                buf.truncate(start);
            } else {
                buf.extend_from_slice(part);
            }
        }
        input.consume(take + usize::from(newline));
        if newline {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if too_long {
        return Ok(Some(Line::TooLong { length }));
    }
    if buf.len() > start && buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Some(Line::Complete))
}

/// Whether a line holds only whitespace (not a record).
pub(super) fn is_blank(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], limit: usize) -> Vec<(Line, Vec<u8>)> {
        let mut reader = io::BufReader::with_capacity(4, input);
        let mut out = Vec::new();
        loop {
            let mut buf = Vec::new();
            match read_line(&mut reader, &mut buf, limit).unwrap() {
                None => return out,
                Some(line) => out.push((line, buf)),
            }
        }
    }

    #[test]
    fn lines_split_on_newlines_and_drop_carriage_returns() {
        let got = lines(b"ab\r\ncd\n\nlast", 100);
        let texts: Vec<&[u8]> = got.iter().map(|(_, b)| b.as_slice()).collect();
        assert_eq!(texts, [&b"ab"[..], b"cd", b"", b"last"]);
        assert!(got.iter().all(|(line, _)| *line == Line::Complete));
    }

    #[test]
    fn a_long_line_is_skipped_whole_and_the_next_one_read() {
        let mut input = vec![b'x'; 50];
        input.extend_from_slice(b"\nok\n");
        let got = lines(&input, 10);
        assert_eq!(got[0], (Line::TooLong { length: 50 }, Vec::new()));
        assert_eq!(got[1], (Line::Complete, b"ok".to_vec()));
        assert_eq!(got.len(), 2);
        // Exactly at the limit is allowed.
        assert_eq!(lines(b"0123456789", 10)[0].0, Line::Complete);
        assert_eq!(lines(b"0123456789a", 10)[0].0, Line::TooLong { length: 11 });
    }

    #[test]
    fn blank_means_whitespace_only() {
        assert!(is_blank(b""));
        assert!(is_blank(b" \t "));
        assert!(!is_blank(b" {} "));
    }
}
