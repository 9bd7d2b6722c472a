//! Batch scoring: one result per record, in order, whatever the neighbours hold.

use super::*;
use crate::instruments::{MissingPolicy, SafetyFlag};

const PHQ9: &str =
    r#"{"schema_version": 2, "instrument": "phq9", "answers": [1, 1, 2, 1, 0, 1, 0, 0, 0]}"#;
const GAD7_GAP: &str =
    r#"{"schema_version": 2, "instrument": "gad7", "answers": [1, 1, null, 1, 1, 1, 1]}"#;

fn run(input: &[u8], config: &BatchConfig) -> (Summary, Vec<serde_json::Value>) {
    let mut out = Vec::new();
    let summary = score_ndjson(input, &mut out, config).unwrap();
    let lines = out
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    (summary, lines)
}

fn prorate_one() -> ScoringOptions {
    ScoringOptions::new(MissingPolicy::Prorate { max_missing: 1 }, 1).unwrap()
}

#[test]
fn every_bad_input_is_an_error_for_its_own_record_only() {
    let mut input = Vec::new();
    input.extend_from_slice(PHQ9.as_bytes());
    input.push(b'\n');
    // A truncated line.
    input.extend_from_slice(&PHQ9.as_bytes()[..40]);
    input.push(b'\n');
    // An invalid UTF-8 byte inside a string.
    input.extend_from_slice(b"{\"schema_version\": 2, \"instrument\": \"phq\xff9\"}\n");
    // A line of 10 MB.
    input.extend(std::iter::repeat_n(b' ', 10 << 20));
    input.extend_from_slice(b"{}\n");
    // Not JSON at all.
    input.extend_from_slice(b"hello\n");
    input.extend_from_slice(PHQ9.as_bytes());
    input.push(b'\n');
    let (summary, lines) = run(&input, &BatchConfig::default());
    assert_eq!(
        summary,
        Summary {
            records: 6,
            scored: 2,
            failed: 4,
            safety_flagged: 0
        }
    );
    let kinds: Vec<&str> = lines
        .iter()
        .map(|l| l["error"]["kind"].as_str().unwrap_or("scored"))
        .collect();
    assert_eq!(
        kinds,
        [
            "scored",
            "truncated",
            "invalid_utf8",
            "line_too_long",
            "invalid_json",
            "scored"
        ]
    );
    for (index, line) in lines.iter().enumerate() {
        assert_eq!(line["record"], index as u64);
        assert_eq!(line["line"], index as u64 + 1);
    }
    assert_eq!(
        lines[2]["error"]["message"],
        "byte 40 of the record is not UTF-8; records are UTF-8 JSON"
    );
    assert_eq!(
        lines[3]["error"]["message"],
        format!(
            "the line is {} bytes; a record is at most 1048576 bytes",
            (10 << 20) + 2
        )
    );
    assert_eq!(lines[5]["score"]["total"], 6);
}

#[test]
fn blank_lines_are_not_records_but_count_as_lines() {
    let input = format!("\n{PHQ9}\r\n   \n{PHQ9}");
    let (summary, lines) = run(input.as_bytes(), &BatchConfig::default());
    assert_eq!(summary.records, 2);
    assert_eq!(
        (lines[0]["record"].clone(), lines[0]["line"].clone()),
        (0.into(), 2.into())
    );
    assert_eq!(
        (lines[1]["record"].clone(), lines[1]["line"].clone()),
        (1.into(), 4.into())
    );
}

#[test]
fn the_missing_item_policy_comes_per_batch_and_per_record() {
    let envelope_default = format!(
        r#"{{"id": "a", "options": {{"missing": {{"rule": "require_all"}}, "odi_max_missing_sections": 1}}, "response": {GAD7_GAP}}}"#
    );
    let envelope_prorate = format!(
        r#"{{"id": "b", "options": {{"missing": {{"rule": "prorate", "max_missing": 1}}, "odi_max_missing_sections": 1}}, "response": {GAD7_GAP}}}"#
    );
    let input = format!("{GAD7_GAP}\n{envelope_default}\n{envelope_prorate}\n");
    // Batch default: require every item; the second envelope opts in.
    let (summary, lines) = run(input.as_bytes(), &BatchConfig::default());
    assert_eq!((summary.scored, summary.failed), (1, 2));
    assert_eq!(lines[0]["error"]["kind"], "unscorable");
    assert_eq!(lines[1]["id"], "a");
    assert_eq!(lines[2]["id"], "b");
    assert_eq!(lines[2]["score"]["total"], 7); // round(6/6 x 7)
    assert_eq!(lines[2]["score"]["missing_handling"], "prorated");
    // Batch proration: the first envelope still requires every item.
    let (summary, lines) = run(input.as_bytes(), &BatchConfig::new(prorate_one()));
    assert_eq!((summary.scored, summary.failed), (2, 1));
    assert_eq!(lines[0]["score"]["total"], 7);
    assert_eq!(lines[1]["error"]["kind"], "unscorable");
}

#[test]
fn an_unscorable_response_keeps_its_safety_flag() {
    // PHQ-9 with item 9 unanswered: never prorated, and the flag travels with the error.
    let missing_9 =
        r#"{"schema_version": 2, "instrument": "phq9", "answers": [1, 1, 2, 1, 0, 1, 0, 0, null]}"#;
    let flagged =
        r#"{"schema_version": 2, "instrument": "phq9", "answers": [1, 1, 2, 1, 0, 1, 0, 0, 2]}"#;
    let input = format!("{missing_9}\n{flagged}\n{PHQ9}\n");
    let (summary, lines) = run(input.as_bytes(), &BatchConfig::new(prorate_one()));
    assert_eq!(
        summary,
        Summary {
            records: 3,
            scored: 2,
            failed: 1,
            safety_flagged: 2
        }
    );
    assert_eq!(
        lines[0]["error"]["safety_flags"],
        serde_json::json!([{"type": "safety_item_unanswered", "item": 9}])
    );
    assert_eq!(
        lines[1]["score"]["safety_flags"],
        serde_json::json!([{"type": "suicidal_ideation", "answer": 2}])
    );
    let result = score_record(missing_9.as_bytes(), 0, 1, &ScoringOptions::DEFAULT);
    assert_eq!(
        result.outcome().as_ref().unwrap_err().safety_flags(),
        &[SafetyFlag::SafetyItemUnanswered { item: 9 }]
    );
}

#[test]
fn the_line_limit_is_configurable() {
    let input = format!("{PHQ9}\n");
    let (summary, lines) = run(
        input.as_bytes(),
        &BatchConfig::default().with_max_line_bytes(20),
    );
    assert_eq!(summary.failed, 1);
    assert_eq!(lines[0]["error"]["kind"], "line_too_long");
    assert_eq!(
        BatchConfig::default()
            .with_max_line_bytes(0)
            .max_line_bytes(),
        1
    );
}

#[test]
fn the_block_size_changes_no_result() {
    let input = format!("{PHQ9}\n{{\"truncated\n\n{GAD7_GAP}\n{PHQ9}\n").repeat(50);
    let default = BatchConfig::default();
    assert_eq!(default.block_bytes(), 1 << 20);
    assert_eq!(default.with_block_bytes(0).block_bytes(), 1);
    let mut expected = Vec::new();
    let summary = score_ndjson(input.as_bytes(), &mut expected, &default).unwrap();
    assert_eq!(summary.records, 200);
    for block in [1, 7, 100, 1 << 17] {
        let config = default.with_block_bytes(block);
        let mut out = Vec::new();
        assert_eq!(
            score_ndjson(input.as_bytes(), &mut out, &config).unwrap(),
            summary
        );
        assert!(out == expected, "blocks of {block} bytes");
        #[cfg(feature = "rayon")]
        {
            let mut out = Vec::new();
            let threads = score_ndjson_parallel(input.as_bytes(), &mut out, &config, 2).unwrap();
            assert_eq!(threads, summary);
            assert!(out == expected, "blocks of {block} bytes, 2 threads");
        }
    }
}

#[test]
fn a_reader_failure_ends_the_batch_as_an_io_error() {
    struct Failing;
    impl std::io::Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk gone"))
        }
    }
    let err = score_ndjson(
        std::io::BufReader::new(Failing),
        Vec::new(),
        &BatchConfig::default(),
    )
    .unwrap_err();
    assert_eq!(err.to_string(), "disk gone");
}

#[test]
fn a_json_array_is_read_element_by_element() {
    let input = format!("[{PHQ9}, {{\"schema_version\": 2}}, {PHQ9}]");
    let mut out = Vec::new();
    let summary = score_json_array(input.as_bytes(), &mut out, &BatchConfig::default()).unwrap();
    assert_eq!((summary.records, summary.scored, summary.failed), (3, 2, 1));
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[1]["error"]["kind"], "invalid_record");
    assert_eq!(lines[2]["line"], 3);
}

#[test]
fn a_broken_array_reports_where_it_broke() {
    for (input, records) in [
        (format!("[{PHQ9}, {PHQ9}"), 3),
        (PHQ9.to_string(), 1),
        (format!("[{PHQ9}] trailing"), 2),
    ] {
        let mut out = Vec::new();
        let summary =
            score_json_array(input.as_bytes(), &mut out, &BatchConfig::default()).unwrap();
        let text = String::from_utf8(out).unwrap();
        let last: serde_json::Value = serde_json::from_str(text.lines().last().unwrap()).unwrap();
        assert_eq!(summary.records, records, "{input}");
        assert_eq!(last["error"]["kind"], "array_broken", "{input}");
    }
    let mut out = Vec::new();
    let bad_utf8 = [b"[".as_slice(), PHQ9.as_bytes(), b", {\"a\xff\": 1}]"].concat();
    let summary = score_json_array(&bad_utf8[..], &mut out, &BatchConfig::default()).unwrap();
    assert_eq!((summary.scored, summary.failed), (1, 1));
    assert!(String::from_utf8_lossy(&out).contains("array_broken"));
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_scoring_gives_the_same_lines_in_the_same_order() {
    let mut input = String::new();
    for i in 0..50_000 {
        match i % 997 {
            0 => input.push_str("{\"truncated\n"),
            1 => input.push('\n'),
            2 => input.push_str(GAD7_GAP),
            _ => input.push_str(PHQ9),
        }
        input.push('\n');
    }
    for threads in [1, 2, 3] {
        let (mut one, mut many) = (Vec::new(), Vec::new());
        let a = score_ndjson(input.as_bytes(), &mut one, &BatchConfig::default()).unwrap();
        let b = score_ndjson_parallel(
            input.as_bytes(),
            &mut many,
            &BatchConfig::default(),
            threads,
        )
        .unwrap();
        assert_eq!(a, b);
        assert!(one == many, "outputs differ with {threads} threads");
    }
}

/// The reference: the line-by-line iterator, each result written as it comes.
fn line_by_line(input: &[u8], config: &BatchConfig) -> (Summary, Vec<u8>) {
    let mut summary = Summary::default();
    let mut out = Vec::new();
    for result in NdjsonRecords::new(input, *config) {
        let result = result.unwrap();
        summary.add(&result);
        write_result(&mut out, &result).unwrap();
    }
    (summary, out)
}

/// Lines of every kind the block reader must cut around: records, blank and whitespace lines,
/// CRLF ends, lines longer than the limit (shorter and longer than a block), bad UTF-8.
fn piece() -> impl proptest::strategy::Strategy<Value = &'static [u8]> {
    proptest::sample::select(vec![
        PHQ9.as_bytes(),
        GAD7_GAP.as_bytes(),
        b"\n".as_slice(),
        b"\r\n",
        b"   \n",
        b"\n\n",
        b"{\"truncated\n",
        b"\xff\xfe\n",
        b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        b"                                                                                                            ",
    ])
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    #[test]
    fn blocks_give_the_same_lines_as_reading_line_by_line(
        pieces in proptest::collection::vec(piece(), 0..40),
        block in 1_usize..200,
        limit in proptest::sample::select(vec![1_usize, 20, 70, 90, 150, 1 << 20]),
    ) {
        let input = pieces.concat();
        let config = BatchConfig::default().with_max_line_bytes(limit);
        let expected = line_by_line(&input, &config);
        let mut out = Vec::new();
        let summary = score_ndjson_in_blocks(&input[..], &mut out, &config, block).unwrap();
        proptest::prop_assert_eq!(&(summary, String::from_utf8_lossy(&out)), &(expected.0, String::from_utf8_lossy(&expected.1)));
        #[cfg(feature = "rayon")]
        for threads in [1, 2, 3] {
            let mut out = Vec::new();
            let summary = parallel::parallel_in_blocks(&input[..], &mut out, &config, threads, block).unwrap();
            proptest::prop_assert_eq!(&(summary, String::from_utf8_lossy(&out)), &(expected.0, String::from_utf8_lossy(&expected.1)));
        }
    }
}

#[test]
fn a_format_1_record_is_upgraded_and_keeps_its_total() {
    // Format 1's `promis_sleep_disturbance_8b` is the Boulder set, short form 8a: answers
    // 1-5-1-5-1-5-1-5 give 20 (items 1, 2 and 8 reversed), as format 1 scored it.
    let old = br#"{"schema_version": 1, "instrument": "promis_sleep_disturbance_8b", "answers": [1, 5, 1, 5, 1, 5, 1, 5]}"#;
    let result = score_record(old, 0, 1, &ScoringOptions::DEFAULT);
    let score = result.outcome().as_ref().unwrap();
    assert_eq!(
        score.instrument(),
        crate::instruments::InstrumentId::PromisSleepDisturbance8a
    );
    assert_eq!(score.total(), Some(20.into()));
    // In an envelope too; a format 1 record with a bad answer names the answer.
    let enveloped = br#"{"id": "r1", "response": {"schema_version": 1, "instrument": "gad2", "answers": [1, 2]}}"#;
    let result = score_record(enveloped, 1, 2, &ScoringOptions::DEFAULT);
    assert_eq!(result.outcome().as_ref().unwrap().total(), Some(3.into()));
    let bad = br#"{"schema_version": 1, "instrument": "gad2", "answers": [1, 9]}"#;
    let result = score_record(bad, 2, 3, &ScoringOptions::DEFAULT);
    let err = result.outcome().as_ref().unwrap_err().to_string();
    assert!(
        err.contains("GAD-2 item 2 is 9; answers range 0-3"),
        "{err}"
    );
}

/// A record for the writer tests: PHQ-9 with any answers (some out of range, some missing), in
/// an envelope with an id or not, or something that is not a record.
fn element() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    (
        proptest::collection::vec(proptest::option::weighted(0.95, 0_u8..5), 9),
        0_u8..8,
    )
        .prop_map(|(answers, shape)| {
            let answers: Vec<String> = answers
                .iter()
                .map(|a| a.map_or("null".to_owned(), |v| v.to_string()))
                .collect();
            let phq9 = format!(
                r#"{{"schema_version": 2, "instrument": "phq9", "answers": [{}]}}"#,
                answers.join(", ")
            );
            match shape {
                0 => format!(r#"{{"id": "r\"{}", "response": {phq9}}}"#, answers.len()),
                1 => r#"{"schema_version": 1, "instrument": "gad2", "answers": [1, 2]}"#.to_owned(),
                2 => "[7, {}]".to_owned(),
                3 => GAD7_GAP.to_owned(),
                _ => phq9,
            }
        })
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// `NdjsonRecords` with a `ResultWriter`, and the JSON-array path (which writes with one),
    /// give `write_result`'s bytes.
    #[test]
    fn every_reader_with_the_result_writer_gives_write_results_bytes(
        elements in proptest::collection::vec(element(), 0..60),
    ) {
        let config = BatchConfig::default();
        // NDJSON, line by line: the writer against the reference, result by result.
        let ndjson = elements.join("\n");
        let (mut writer, mut fast) = (ResultWriter::default(), Vec::new());
        let mut reference = Vec::new();
        for result in NdjsonRecords::new(ndjson.as_bytes(), config) {
            let result = result.unwrap();
            writer.write(&mut fast, &result).unwrap();
            write_result(&mut reference, &result).unwrap();
        }
        proptest::prop_assert_eq!(String::from_utf8_lossy(&fast), String::from_utf8_lossy(&reference));
        // The same records as one JSON array: each element scored and written by serde.
        let array = format!("[{}]", elements.join(",\n"));
        let mut expected = Vec::new();
        for (index, element) in elements.iter().enumerate() {
            let index = index as u64;
            write_result(&mut expected, &score_at(element.as_bytes(), index, index + 1, Place::Element, config.options())).unwrap();
        }
        let mut out = Vec::new();
        let summary = score_json_array(array.as_bytes(), &mut out, &config).unwrap();
        proptest::prop_assert_eq!(summary.records, elements.len() as u64);
        proptest::prop_assert_eq!(String::from_utf8_lossy(&out), String::from_utf8_lossy(&expected));
    }
}

/// The error message of each result line (`scored` for a score).
fn messages(lines: &[serde_json::Value]) -> Vec<&str> {
    lines
        .iter()
        .map(|line| line["error"]["message"].as_str().unwrap_or("scored"))
        .collect()
}

#[test]
fn an_error_result_keeps_the_records_id() {
    let long = "x".repeat(MAX_ID_BYTES + 1);
    let input = format!(
        concat!(
            r#"{{"id": "r-1", "response": {{"schema_version": 2, "instrument": "gad2", "answers": [1, 9]}}}}"#,
            "\n",
            r#"{{"id": "r-2", "response": {{"schema_version": 2, "instrument": "gad2", "answers": [1"#,
            "\n",
            r#"{{"response": {{"schema_version": 2, "instrument": "gad2", "answers": [1, 2]}}, "id": "r-3", "extra": 1}}"#,
            "\n",
            r#"{{"id": 4, "response": {{"schema_version": 2, "instrument": "gad2", "answers": [1, 2]}}}}"#,
            "\n",
            r#"{{"id": "{long}", "response": {{"schema_version": 2, "instrument": "gad2", "answers": [1, 2]}}}}"#,
            "\n",
            r#"{{"id": "r-6", "response": {{"schema_version": 2, "instrument": "gad2", "answers": [1, 2]}}}}"#,
            "\n",
        ),
        long = long
    );
    let (summary, lines) = run(input.as_bytes(), &BatchConfig::default());
    assert_eq!((summary.records, summary.failed), (6, 5));
    let ids: Vec<Option<&str>> = lines.iter().map(|line| line["id"].as_str()).collect();
    assert_eq!(
        ids,
        [
            Some("r-1"),
            Some("r-2"),
            Some("r-3"),
            None,
            None,
            Some("r-6")
        ]
    );
    let kinds: Vec<&str> = lines
        .iter()
        .map(|line| line["error"]["kind"].as_str().unwrap_or("scored"))
        .collect();
    assert_eq!(
        kinds,
        [
            "invalid_record",
            "truncated",
            "invalid_record",
            "invalid_record",
            "invalid_record",
            "scored"
        ]
    );
    // An id is echoed in its own field, never in a message.
    assert!(lines.iter().all(|line| {
        let message = line["error"]["message"].as_str().unwrap_or("");
        !message.contains("r-") && !message.contains("xxx")
    }));
    // Before a byte that is not UTF-8 too.
    let mut bad = br#"{"id": "r-7", "response": {"schema_version": 2, "instrument": "gad2", "answers": [1, 2]}, "note": ""#.to_vec();
    bad.extend_from_slice(b"\xff\"}");
    let result = score_record(&bad, 0, 1, &ScoringOptions::DEFAULT);
    assert_eq!(result.id(), Some("r-7"));
    assert_eq!(
        result.outcome().as_ref().unwrap_err().kind(),
        "invalid_utf8"
    );
    // A refused id is placed at `id`.
    let refused = messages(&lines)[4];
    assert!(
        refused.starts_with("the record is not a valid response: the record id is 257 bytes; ids are at most 256 bytes, at `id` (line 5, column "),
        "{refused}"
    );
    // In a JSON array too.
    let array = br#"[{"id": "a-1", "response": {"schema_version": 2, "instrument": "gad2", "answers": [1, 7]}}]"#;
    let mut out = Vec::new();
    score_json_array(&array[..], &mut out, &BatchConfig::default()).unwrap();
    let line: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(line["id"], "a-1");
    assert_eq!(line["error"]["kind"], "invalid_record");
}

#[test]
fn an_error_names_where_the_bad_value_is() {
    // Line 2 is blank: the position names the stream's line, not the record's number.
    let input = concat!(
        r#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 2]}"#,
        "\n\n",
        r#"{"id": "r", "response": {"schema_version": 2, "instrument": "gad2", "answers": [1, 9]}}"#,
        "\n",
        r#"{"id": "r", "options": {"missing": {"rule": "prorate", "max_missing": 0}}, "response": {}}"#,
        "\n",
        r#"{"schema_version": 2, "instrument": "gad2", "answers": [1"#,
        "\n",
        r#"{"schema_version" 2}"#,
        "\n",
        r#"{"schema_version": 1, "instrument": "gad2", "answers": [1, 9]}"#,
        "\n",
    );
    let (_, lines) = run(input.as_bytes(), &BatchConfig::default());
    assert_eq!(
        messages(&lines),
        [
            "scored",
            // The 9 is in column 84.
            "the record is not a valid response: GAD-2 item 2 is 9; answers range 0-3, at `response.answers[1]` (line 3, column 84)",
            // The options are checked as a whole, once read: column 73 closes them.
            "the record is not a valid response: max_missing is 0; allowed 1 or more (use require_all for 0), at `options` (line 4, column 73)",
            "the record ends early (truncated?): EOF while parsing a list, at `answers` (line 5, column 57)",
            "the record is not JSON: expected `:`, at the top level (line 6, column 19)",
            // A format 1 record is read from its upgraded value: no column, and its fields in
            // key order, so the answer is judged with the whole response.
            "the record is not a valid response: GAD-2 item 2 is 9; answers range 0-3",
        ]
    );
    // An array element's position counts from the element's start; a bad answer in the middle
    // of the answers is placed at its own last character (the 7 of 17), not after the array.
    let array = b"[\n{\"schema_version\": 2,\n \"instrument\": \"gad7\", \"answers\": [1,\n 17,\n 0, 0, 0, 0, 0]}]";
    let mut out = Vec::new();
    score_json_array(&array[..], &mut out, &BatchConfig::default()).unwrap();
    let line: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        line["error"]["message"],
        "the record is not a valid response: GAD-7 item 2 is 17; answers range 0-3, at `answers[1]` (line 3, column 3 of the element)"
    );
    let phq9 =
        br#"{"schema_version": 2, "instrument": "phq9", "answers": [1, 17, 0, 0, 0, 0, 0, 0, 0]}"#;
    let result = score_record(phq9, 0, 9, &ScoringOptions::DEFAULT);
    assert_eq!(
        result.outcome().as_ref().unwrap_err().to_string(),
        // `[` is column 56, so the 17 is in columns 60-61.
        "the record is not a valid response: PHQ-9 item 2 is 17; answers range 0-3, at `answers[1]` (line 9, column 61)"
    );
}

#[test]
fn a_records_partial_options_take_the_defaults_not_the_batchs() {
    // The batch prorates; a record's own options replace the batch's whole, and a field it leaves
    // out is the documented default (`require_all`), so the record's meaning does not depend on
    // the batch it is in.
    let input = format!(
        "{GAD7_GAP}\n{{\"options\": {{\"odi_max_missing_sections\": 2}}, \"response\": {GAD7_GAP}}}\n"
    );
    let (summary, lines) = run(input.as_bytes(), &BatchConfig::new(prorate_one()));
    assert_eq!((summary.scored, summary.failed), (1, 1));
    assert_eq!(lines[0]["score"]["missing_handling"], "prorated");
    assert_eq!(lines[1]["error"]["kind"], "unscorable");
    assert_eq!(
        lines[1]["error"]["message"],
        "the response cannot be scored: GAD-7 has 1 unanswered item; the missing-item rule allows 0"
    );
}
