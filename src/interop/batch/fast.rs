//! The batch's fast paths, which change no result: the common shape of a record read directly,
//! and a score's JSON written once per distinct score.
//!
//! - [`bare_response`] reads the shape nearly every stored record has (a bare response, the three
//!   fields `schema_version`, `instrument` and `answers` in any order, whole answers of at most three
//!   digits or `null`, plain ASCII) straight from the bytes, without serde. It accepts a strict
//!   subset of what the strict reader accepts, and yields the very [`Response`] that reader would:
//!   anything else (a fourth field, a duplicate, an escape, a fraction, a sign, an answer out of
//!   range, a wrong count, another version, trailing bytes) gives `None`, and the record goes to the
//!   strict reader, whose error is the one reported. It allocates nothing.
//! - [`ScoreJson`] keeps the NDJSON of the last scores seen, by the score's value: a batch of
//!   PHQ-9 responses has a few dozen distinct scores (total, band, flag), each written by serde once
//!   and copied afterwards. Equal scores serialize to equal bytes, so the output is unchanged.
//!
//! A property test (`super::tests`) checks both against the strict path on mutated records.

use std::hash::{Hash, Hasher};
use std::io;

use crate::instruments::{InstrumentId, Response, Score};
use crate::versioning::Versioned;

/// More answer slots than any instrument has items (a longer list is not the common shape).
const SLOTS: usize = 32;

/// The response in `line` when it has the common shape and is valid; `None` otherwise (the strict
/// reader then decides, with its exact error).
pub(super) fn bare_response(line: &[u8]) -> Option<Response> {
    let mut at = Cursor { bytes: line, at: 0 };
    let current = u64::from(<Response as Versioned>::CURRENT.number());
    let (mut version, mut instrument, mut answers) = (false, None, None);
    at.skip_ws();
    at.expect(b'{')?;
    loop {
        at.skip_ws();
        match at.key()? {
            b"schema_version" if !version => {
                version = at.whole()? == current;
                if !version {
                    return None;
                }
            }
            b"instrument" if instrument.is_none() => {
                let id = std::str::from_utf8(at.string()?).ok()?;
                instrument = Some(id.parse::<InstrumentId>().ok()?);
            }
            b"answers" if answers.is_none() => answers = Some(at.answers()?),
            _ => return None,
        }
        at.skip_ws();
        match at.next()? {
            b',' => {}
            b'}' => break,
            _ => return None,
        }
    }
    at.skip_ws();
    if at.at != line.len() || !version {
        return None;
    }
    let (slots, count) = answers?;
    Response::new(instrument?, slots.get(..count)?).ok()
}

/// A position in a record's bytes.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        Some(byte)
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.next()? == byte).then_some(())
    }

    /// JSON's four whitespace bytes.
    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// A string of lowercase ASCII letters, digits and `_` (no escape), without its quotes.
    fn string(&mut self) -> Option<&'a [u8]> {
        self.expect(b'"')?;
        let start = self.at;
        while matches!(self.peek()?, b'a'..=b'z' | b'0'..=b'9' | b'_') {
            self.at += 1;
        }
        let text = self.bytes.get(start..self.at)?;
        self.expect(b'"')?;
        Some(text)
    }

    /// A key and its colon.
    fn key(&mut self) -> Option<&'a [u8]> {
        let key = self.string()?;
        self.skip_ws();
        self.expect(b':')?;
        self.skip_ws();
        Some(key)
    }

    /// A whole number of one to three digits, without sign, fraction, exponent or leading zero,
    /// followed by a byte that ends a JSON number.
    fn whole(&mut self) -> Option<u64> {
        let start = self.at;
        let mut value = 0_u64;
        while let Some(digit @ b'0'..=b'9') = self.peek() {
            if self.at - start == 3 {
                return None;
            }
            value = value * 10 + u64::from(digit - b'0');
            self.at += 1;
        }
        let digits = self.at - start;
        let leading_zero = digits > 1 && self.bytes.get(start) == Some(&b'0');
        if digits == 0 || leading_zero {
            return None;
        }
        match self.peek()? {
            b' ' | b'\t' | b'\n' | b'\r' | b',' | b']' | b'}' => Some(value),
            _ => None,
        }
    }

    /// `null`, followed by a byte that ends a JSON value.
    fn null(&mut self) -> Option<()> {
        let end = self.at + 4;
        if self.bytes.get(self.at..end)? != b"null" {
            return None;
        }
        self.at = end;
        match self.peek()? {
            b' ' | b'\t' | b'\n' | b'\r' | b',' | b']' | b'}' => Some(()),
            _ => None,
        }
    }

    /// An array of whole answers (0-255) and `null`s, at most [`SLOTS`]: the slots and the count.
    fn answers(&mut self) -> Option<([Option<u8>; SLOTS], usize)> {
        let mut slots = [None; SLOTS];
        let mut count = 0;
        self.expect(b'[')?;
        self.skip_ws();
        if self.peek()? == b']' {
            self.at += 1;
            return Some((slots, 0));
        }
        loop {
            self.skip_ws();
            let answer = if self.peek()? == b'n' {
                self.null()?;
                None
            } else {
                Some(u8::try_from(self.whole()?).ok()?)
            };
            *slots.get_mut(count)? = answer;
            count += 1;
            self.skip_ws();
            match self.next()? {
                b',' => {}
                b']' => return Some((slots, count)),
                _ => return None,
            }
        }
    }
}

/// Distinct scores remembered (a PHQ-9 batch has about a hundred: total × item 9): a table of
/// 2^[`ENTRY_BITS`] entries, a score kept in one of the [`PROBES`] entries from the one the top
/// bits of its hash pick.
const ENTRIES: usize = 1 << ENTRY_BITS;
const ENTRY_BITS: u32 = 8;

/// Entries tried for one score: a hundred scores in 256 entries all find room (with one entry per
/// score, about one in six would share an entry with another and be written by serde again and
/// again), and a miss costs at most this many hash comparisons.
const PROBES: usize = 8;

/// A remembered score: its hash (compared first), the score and its JSON.
#[derive(Debug)]
struct Entry {
    hash: u64,
    score: Score,
    json: Vec<u8>,
}

/// The JSON of recently written scores, by value (module documentation). Its memory is allocated
/// as scores are first seen and then reused: at most [`ENTRIES`] short buffers.
#[derive(Debug, Default)]
pub(super) struct ScoreJson {
    entries: Vec<Option<Entry>>,
    /// Scores serde has written (for the tests of the memory).
    #[cfg(test)]
    serialized: usize,
}

impl ScoreJson {
    /// Appends `score` as serde_json writes it (compact) to `out`.
    pub(super) fn write(&mut self, out: &mut Vec<u8>, score: &Score) -> io::Result<()> {
        if self.entries.is_empty() {
            self.entries.resize_with(ENTRIES, || None);
        }
        let mut hasher = FoldHasher(0);
        score.hash(&mut hasher);
        let hash = hasher.finish();
        // The top bits of the hash (the best mixed by its multiplications) pick the first entry.
        #[allow(clippy::cast_possible_truncation)]
        let first = (hash >> (u64::BITS - ENTRY_BITS)) as usize;
        let mut free = None;
        for probe in 0..PROBES {
            let slot = (first + probe) % ENTRIES;
            match self.entries.get(slot) {
                Some(Some(entry)) if entry.hash == hash && entry.score == *score => {
                    out.extend_from_slice(&entry.json);
                    return Ok(());
                }
                Some(None) => {
                    free = Some(slot);
                    break;
                }
                _ => {}
            }
        }
        // Not remembered: written by serde into the first free entry, or in place of the first
        // entry tried when every one is taken.
        let Some(entry) = self.entries.get_mut(free.unwrap_or(first)) else {
            return serde_json::to_writer(out, score).map_err(io::Error::other);
        };
        #[cfg(test)]
        {
            self.serialized += 1;
        }
        let mut json = entry.take().map(|old| old.json).unwrap_or_default();
        json.clear();
        serde_json::to_writer(&mut json, score).map_err(io::Error::other)?;
        out.extend_from_slice(&json);
        *entry = Some(Entry {
            hash,
            score: *score,
            json,
        });
        Ok(())
    }
}

/// A small multiply-fold hasher for picking an entry (not for untrusted keys in a map: a collision
/// only costs a serialization).
struct FoldHasher(u64);

impl Hasher for FoldHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.write_u64(u64::from(byte));
        }
    }

    fn write_u8(&mut self, value: u8) {
        self.write_u64(u64::from(value));
    }

    fn write_u16(&mut self, value: u16) {
        self.write_u64(u64::from(value));
    }

    fn write_u32(&mut self, value: u32) {
        self.write_u64(u64::from(value));
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = (self.0.rotate_left(5) ^ value).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_usize(&mut self, value: usize) {
        self.write_u64(value as u64);
    }
}

/// Appends `value` in decimal.
pub(super) fn write_u64(out: &mut Vec<u8>, mut value: u64) {
    let mut digits = [0_u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        if let Some(slot) = digits.get_mut(at) {
            // A digit, 0-9.
            #[allow(clippy::cast_possible_truncation)]
            {
                *slot = b'0' + (value % 10) as u8;
            }
        }
        value /= 10;
        if value == 0 || at == 0 {
            break;
        }
    }
    out.extend_from_slice(digits.get(at..).unwrap_or(&[]));
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::instruments::{MissingPolicy, ScoringOptions};
    use crate::interop::batch::{
        Place, RecordResult, ResultWriter, score_record, score_strict, write_result,
    };

    /// Both readers on `text`: the fast path takes only what the strict one reads, as the same
    /// response, and the record's result is the strict reader's either way.
    fn check(text: &[u8], options: &ScoringOptions) -> Result<(), TestCaseError> {
        let (id, outcome) = score_strict(text, Place::Line(4), options);
        let strict = RecordResult {
            record: 3,
            line: 4,
            id,
            outcome,
        };
        prop_assert_eq!(&score_record(text, 3, 4, options), &strict);
        if let Some(fast) = bare_response(text) {
            let read = serde_json::from_slice::<crate::interop::batch::BatchRecord>(text);
            prop_assert!(read.is_ok(), "{}", String::from_utf8_lossy(text));
            let (response, own, id) = read.unwrap_or_else(|_| unreachable!()).into_parts();
            prop_assert_eq!((response, own, id), (fast, None, None));
        }
        Ok(())
    }

    #[test]
    fn the_common_shape_is_read_directly() {
        let phq9 = br#"{"schema_version": 2, "instrument": "phq9", "answers": [1, 1, 2, 1, 0, 1, 0, 0, 1]}"#;
        let response = bare_response(phq9).unwrap();
        assert_eq!(response.instrument(), InstrumentId::Phq9);
        assert_eq!(response.answer(9), Some(1));
        let reordered = b"\t{\"answers\":[0,null,3],\"instrument\":\"promis_anger_5a\"}";
        assert_eq!(bare_response(reordered), None, "no schema_version");
        let gap = br#" {"answers":[1,null],"instrument":"gad2","schema_version":2} "#;
        assert_eq!(bare_response(gap).unwrap().missing_count(), 1);
    }

    #[test]
    fn every_other_shape_goes_to_the_strict_reader() {
        let cases: &[&[u8]] = &[
            br#"{"schema_version": 2.0, "instrument": "gad2", "answers": [1, 2]}"#,
            br#"{"schema_version": 1, "instrument": "gad2", "answers": [1, 2]}"#,
            br#"{"schema_version": 02, "instrument": "gad2", "answers": [1, 2]}"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 2], "schema_version": 2}"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 2], "recall": null}"#,
            br#"{"schema_version": 2, "instrument": "gad\u0032", "answers": [1, 2]}"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 2.0]}"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, -0]}"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 1e0]}"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 01]}"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 2,]}"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 4]}"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 256]}"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 2, 3]}"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, nul]}"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, nullx]}"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": []}"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 2]} x"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 2]}{}"#,
            br#"{"schema_version": 2, "instrument": "nrs", "answers": [4]}"#,
            br#"{"schema_version": 2, "instrument": "pain_attribution", "answers": [1]}"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 2]"#,
            br#"{"response": {"schema_version": 2, "instrument": "gad2", "answers": [1, 2]}}"#,
            b"\xef\xbb\xbf{\"schema_version\": 2, \"instrument\": \"gad2\", \"answers\": [1, 2]}",
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 2],}"#,
            br#"{"schema_version": 2 "instrument": "gad2", "answers": [1, 2]}"#,
            br#"{"schema_version": 2, "instrument": "gad2", "answers": [1 2]}"#,
            br#"[2, "gad2", [1, 2]]"#,
        ];
        for case in cases {
            assert_eq!(
                bare_response(case),
                None,
                "{}",
                String::from_utf8_lossy(case)
            );
            check(case, &ScoringOptions::DEFAULT).unwrap();
        }
    }

    /// A record of `instrument` with answers that may be out of range, in a key order and spacing.
    fn record() -> impl Strategy<Value = Vec<u8>> {
        let instrument = proptest::sample::select(InstrumentId::ALL.to_vec());
        (
            instrument,
            proptest::collection::vec(proptest::option::weighted(0.9, 0_u16..12), 0..26),
            0_u8..6,
            proptest::sample::select(vec!["", " ", "\t", "  ", "\r"]),
            any::<bool>(),
        )
            .prop_map(|(instrument, answers, order, space, fit)| {
                let count = instrument.definition().item_count();
                let answers: Vec<String> = answers
                    .iter()
                    .take(if fit { count } else { usize::MAX })
                    .map(|a| a.map_or("null".to_owned(), |v| v.to_string()))
                    .collect();
                let fields = [
                    format!("\"schema_version\":{space}2"),
                    format!("\"instrument\":{space}\"{}\"", instrument.as_str()),
                    format!(
                        "\"answers\":{space}[{}]",
                        answers.join(&format!(",{space}"))
                    ),
                ];
                let order = [
                    [0, 1, 2],
                    [0, 2, 1],
                    [1, 0, 2],
                    [1, 2, 0],
                    [2, 0, 1],
                    [2, 1, 0],
                ][usize::from(order % 6)];
                let body: Vec<&str> = order.iter().map(|&i| fields[i].as_str()).collect();
                format!(
                    "{space}{{{space}{}{space}}}{space}",
                    body.join(&format!(",{space}"))
                )
                .into_bytes()
            })
    }

    /// A byte that often breaks JSON in a way a fast reader could miss.
    fn mutation() -> impl Strategy<Value = u8> {
        proptest::sample::select(b"\"\\,:-.eE0129 \t\n{}[]nulx\xff".to_vec())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        #[test]
        fn the_fast_path_changes_no_result(
            record in record(),
            edits in proptest::collection::vec((any::<prop::sample::Index>(), 0_u8..3, mutation()), 0..3),
            prorate in any::<bool>(),
        ) {
            let mut text = record;
            for (at, kind, byte) in edits {
                let at = at.index(text.len() + 1);
                match kind {
                    0 => text.insert(at, byte),
                    1 if at < text.len() => { text.remove(at); }
                    _ => if let Some(slot) = text.get_mut(at) { *slot = byte },
                }
            }
            let options = if prorate {
                ScoringOptions::new(MissingPolicy::Prorate { max_missing: 1 }, 1).unwrap_or_else(|_| unreachable!())
            } else {
                ScoringOptions::DEFAULT
            };
            check(&text, &options)?;
        }

    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn remembered_score_json_is_serde_json_byte_for_byte(
            records in proptest::collection::vec((record(), 0_u64..u64::MAX), 1..100),
        ) {
            let mut writer = ResultWriter::default();
            let (mut fast, mut serde) = (Vec::new(), Vec::new());
            for (text, number) in records {
                let result = score_record(&text, number, number / 3, &ScoringOptions::DEFAULT);
                writer.write(&mut fast, &result).unwrap_or_else(|_| unreachable!());
                write_result(&mut serde, &result).unwrap_or_else(|_| unreachable!());
            }
            prop_assert_eq!(String::from_utf8_lossy(&fast), String::from_utf8_lossy(&serde));
        }
    }

    /// Every PHQ-9 score with all items answered (total 0-27 × item 9 at 0-3, about a hundred):
    /// each is written by serde once, however often it comes (with one entry per score, about
    /// one score in six would share its entry and be written again each time it came back).
    #[test]
    fn a_hundred_distinct_scores_are_all_remembered() {
        let mut scores = Vec::new();
        for item_9 in 0..=3_u8 {
            for rest in 0..=24_u8 {
                let mut answers = [Some(0_u8); 9];
                for (item, slot) in answers.iter_mut().take(8).enumerate() {
                    let item = u8::try_from(item).unwrap_or(0);
                    *slot = Some(rest.saturating_sub(item * 3).min(3));
                }
                answers[8] = Some(item_9);
                let response = Response::new(InstrumentId::Phq9, &answers).unwrap();
                scores.push(response.score().unwrap());
            }
        }
        let distinct: std::collections::HashSet<String> = scores
            .iter()
            .map(|s| serde_json::to_string(s).unwrap())
            .collect();
        assert_eq!(distinct.len(), 100);
        let mut memory = ScoreJson::default();
        let (mut fast, mut serde) = (Vec::new(), Vec::new());
        for score in scores.iter().chain(scores.iter().rev()).chain(&scores) {
            memory.write(&mut fast, score).unwrap();
            serde_json::to_writer(&mut serde, score).unwrap();
        }
        assert_eq!(
            String::from_utf8(fast).unwrap(),
            String::from_utf8(serde).unwrap()
        );
        assert_eq!(memory.serialized, distinct.len());
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for value in [0, 7, 10, 99, 100, 12_345, u64::MAX] {
            let mut out = Vec::new();
            write_u64(&mut out, value);
            assert_eq!(out, value.to_string().into_bytes());
        }
    }
}
