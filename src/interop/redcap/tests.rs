//! REDCap exports written as REDCap writes them: long format, raw values, checkbox options as
//! `field___code` columns.

use super::*;
use crate::instruments::InstrumentId;
use crate::outcomes::Timepoint;

const MAPPING: &str = r#"{
    "schema_version": 2,
    "not_answered": ["-99"],
    "events": [
        {"event": "t2", "timepoint": {"kind": "post_treatment"}},
        {"event": "3_month_follow_up", "timepoint": {"kind": "follow_up", "months": 3}}
    ],
    "instruments": [
        {"instrument": "odi", "items": [
            {"field": "odi_1", "recode": {"type": "offset", "add": -1}},
            {"field": "odi_2", "recode": {"type": "offset", "add": -1}},
            {"field": "odi_3", "recode": {"type": "offset", "add": -1}},
            {"field": "odi_4", "recode": {"type": "offset", "add": -1}},
            {"field": "odi_5", "recode": {"type": "offset", "add": -1}},
            {"field": "odi_6", "recode": {"type": "offset", "add": -1}},
            {"field": "odi_7", "recode": {"type": "offset", "add": -1}},
            {"field": "odi_8", "recode": {"type": "offset", "add": -1}},
            {"field": "odi_9", "recode": {"type": "offset", "add": -1}},
            {"field": "odi_10", "recode": {"type": "offset", "add": -1}}
        ]},
        {"instrument": "phq2", "events": ["t2"], "items": [
            {"field": "phq___1"},
            {"field": "phq_2", "recode": {"type": "map", "values": [{"from": "no", "to": 0}, {"from": "yes", "to": 3}]}}
        ]}
    ]
}"#;

fn mapping() -> RedcapMapping {
    serde_json::from_str(MAPPING).unwrap()
}

fn refused(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(MAPPING).unwrap();
    edit(&mut value);
    serde_json::from_value::<RedcapMapping>(value)
        .unwrap_err()
        .to_string()
}

#[test]
fn a_mapping_is_refused_whole_before_any_record() {
    let err = refused(|m| m["instruments"][1]["items"][1]["field"] = "odi_3".into());
    assert_eq!(
        err,
        "field odi_3 is mapped twice; each field is one item of one instrument"
    );
    let err = refused(|m| m["instruments"][1]["items"][1]["field"] = "redcap_event_name".into());
    assert!(
        err.starts_with("field redcap_event_name is mapped twice"),
        "{err}"
    );
    let err = refused(|m| m["instruments"][1]["events"] = serde_json::json!(["t3"]));
    assert_eq!(
        err,
        "PHQ-2 is collected at event t3, which the mapping's events do not list"
    );
    let err = refused(|m| {
        m["instruments"][1]["items"]
            .as_array_mut()
            .unwrap()
            .pop()
            .map(|_| ())
            .unwrap()
    });
    assert_eq!(err, "PHQ-2 has 2 items; the mapping lists 1 fields");
    let err = refused(|m| m["instruments"][1]["items"][1]["recode"]["values"][1]["to"] = 4.into());
    assert_eq!(err, "field phq_2 maps a value to 4; answers range 0-3");
    let err =
        refused(|m| m["instruments"][1]["items"][1]["recode"]["values"][1]["from"] = "no".into());
    assert_eq!(err, "field phq_2 maps value \"no\" twice");
    let err = refused(|m| m["events"][1]["event"] = "t2".into());
    assert_eq!(err, "event t2 is listed twice");
    let err = refused(|m| m["instruments"][1]["instrument"] = "odi".into());
    assert!(err.starts_with("ODI has 10 items"), "{err}");
    let err = refused(|m| m["instruments"][1]["recall"] = "now".into());
    assert_eq!(err, "PHQ-2 takes no recall period");
}

#[test]
fn odi_sections_coded_1_to_6_are_scored_0_to_5() {
    // Every section answered 4 in REDCap (3 to score): sum 30, (30 / 50) x 100 = 60 (§3.9).
    let mut row = std::collections::BTreeMap::new();
    row.insert("record_id".to_owned(), "101".to_owned());
    row.insert(
        "redcap_event_name".to_owned(),
        "3_month_follow_up".to_owned(),
    );
    for n in 1..=10 {
        row.insert(format!("odi_{n}"), "4".to_owned());
    }
    let out = mapping().read_row(1, &row);
    assert_eq!(out.len(), 1, "PHQ-2 is not collected at the follow-up");
    let read = out[0].as_ref().unwrap();
    assert_eq!(read.timepoint, Timepoint::follow_up(3).unwrap());
    assert_eq!(read.response.instrument(), InstrumentId::Odi);
    assert_eq!(
        read.response.score().unwrap().total().unwrap().to_string(),
        "60"
    );
    // A section coded 7 is outside 1-6: the error names the row, event and field.
    row.insert("odi_5".to_owned(), "7".to_owned());
    let err = mapping().read_row(4, &row).remove(0).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"row 4 (event "3_month_follow_up"): field odi_5 gives 6 after its recode; answers range 0-5"#
    );
    assert_eq!(err.at().unwrap().record.as_deref(), Some("101"));
}

/// A records export (CSV), read only with the `csv` feature.
#[cfg(feature = "csv")]
const CSV: &str = "\
record_id,redcap_event_name,odi_1,odi_2,odi_3,odi_4,odi_5,odi_6,odi_7,odi_8,odi_9,odi_10,phq___1,phq___2,phq_2,free_text
1,t2,1,2,3,4,5,6,1,2,3,4,1,0,yes,\"unmapped, ignored\"
1,3_month_follow_up,1,1,1,1,1,1,1,1,-99,,,,,
2,t2,,,,,,,,,,,0,0,no,
2,t9,1,1,1,1,1,1,1,1,1,1,0,0,no,
3,t2,N/A,1,1,1,1,1,1,1,1,1,1,1,maybe,
";

#[cfg(feature = "csv")]
#[test]
fn a_csv_export_gives_one_result_per_record_event_and_instrument() {
    let out = read_csv_records(&mapping(), CSV.as_bytes()).unwrap();
    let summary: Vec<String> = out
        .iter()
        .map(|r| match r {
            Ok(read) => format!(
                "{} {} {}",
                read.record,
                read.event,
                read.response.instrument()
            ),
            Err(error) => error.to_string(),
        })
        .collect();
    assert_eq!(
        summary,
        [
            "1 t2 odi",
            "1 t2 phq2",
            "1 3_month_follow_up odi",
            // Record 2 at t2: ODI wholly blank (not given), PHQ-2 answered.
            "2 t2 phq2",
            r#"row 4 (event "t9"): the event is not one the mapping lists"#,
            r#"row 5 (event "t2"): field odi_1 is "N/A", not a whole number (and not a not-answered value)"#,
            r#"row 5 (event "t2"): field phq_2 is "maybe", which its value map does not list"#,
        ]
    );
    // Two sections unanswered (-99 and blank): more than the ODI default allows, but read.
    let follow_up = out[2].as_ref().unwrap();
    assert_eq!(follow_up.response.missing_count(), 2);
    let phq = out[1].as_ref().unwrap();
    assert_eq!(
        phq.response.answers().collect::<Vec<_>>(),
        [Some(1), Some(3)]
    );
}

#[cfg(feature = "csv")]
#[test]
fn a_csv_export_without_a_mapped_column_is_refused_before_any_row() {
    let csv = "record_id,redcap_event_name,odi_1\n1,t2,1\n";
    let err = read_csv_records(&mapping(), csv.as_bytes()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the export cannot be read: field odi_2 is not a column of the export"
    );
}

#[cfg(feature = "csv")]
#[test]
fn an_unreadable_csv_row_does_not_lose_its_neighbours() {
    let mut csv = CSV
        .lines()
        .take(2)
        .collect::<Vec<_>>()
        .join("\n")
        .into_bytes();
    csv.extend_from_slice(b"\n1,t2,\xff,1,1,1,1,1,1,1,1,1,1,1,no,\n");
    csv.extend_from_slice(CSV.lines().nth(3).unwrap().as_bytes());
    csv.push(b'\n');
    let out = read_csv_records(&mapping(), &csv[..]).unwrap();
    assert_eq!(out.len(), 4);
    assert!(
        matches!(&out[2], Err(RedcapError::Unreadable { at, .. }) if at.row == 2),
        "{:?}",
        out[2]
    );
    assert_eq!(out[3].as_ref().unwrap().record, "2");
}

#[test]
fn a_json_export_reads_like_the_csv_one() {
    let json = r#"[
        {"record_id": "1", "redcap_event_name": "t2", "odi_1": "1", "odi_2": "2", "odi_3": "3", "odi_4": "4", "odi_5": "5",
         "odi_6": "6", "odi_7": "1", "odi_8": "2", "odi_9": "3", "odi_10": "4", "phq___1": "1", "phq___2": "0", "phq_2": "yes"},
        ["not", "an", "object"],
        {"record_id": "2", "redcap_event_name": "t2", "phq___1": 0, "phq_2": null}
    ]"#;
    let out = read_json_records(&mapping(), json.as_bytes()).unwrap();
    assert_eq!(out.len(), 5);
    assert_eq!(
        out[4]
            .as_ref()
            .unwrap()
            .response
            .answers()
            .collect::<Vec<_>>(),
        [Some(0), None]
    );
    assert_eq!(
        out[0]
            .as_ref()
            .unwrap()
            .response
            .score()
            .unwrap()
            .total()
            .unwrap()
            .to_string(),
        "42"
    ); // (0+1+2+3+4+5+0+1+2+3) / 50 x 100
    assert!(matches!(&out[2], Err(RedcapError::Unreadable { at, .. }) if at.row == 2));
    assert_eq!(
        out[3].as_ref().unwrap_err().to_string(),
        r#"row 3 (event "t2"): field odi_1 is missing"#
    );
    let err = read_json_records(&mapping(), b"{\"record_id\": 1}").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("the export cannot be read: not a JSON array"),
        "{err}"
    );
}

#[cfg(feature = "csv")]
#[test]
fn the_data_dictionary_catches_a_missing_offset_and_a_checkbox_option() {
    let dictionary = "\
Variable / Field Name,Form Name,Section Header,Field Type,Field Label,\"Choices, Calculations, OR Slider Labels\",Field Note
record_id,enrolment,,text,Record ID,,
odi_1,odi,,radio,Section 1,\"1, a | 2, b | 3, c | 4, d | 5, e | 6, f\",
phq,phq,,checkbox,Item 1,\"1, ticked | 2, other\",
phq_2,phq,,dropdown,Item 2,\"no, No | yes, Yes\",
";
    let dictionary = DataDictionary::from_csv(dictionary.as_bytes()).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(MAPPING).unwrap();
    let err = mapping().check_dictionary(&dictionary).unwrap_err();
    assert_eq!(err.to_string(), "field odi_2 is not in the data dictionary");
    // Only the fields the dictionary has: ODI section 1 without its offset gives 6 for choice 6.
    value["instruments"][0]["items"][0]["recode"] = serde_json::json!({"type": "identity"});
    let items = value["instruments"][0]["items"].as_array_mut().unwrap();
    for n in 2..=10 {
        items[n - 1]["field"] = "odi_1".into();
    }
    let single = serde_json::json!({
        "schema_version": 2,
        "events": [{"event": "t2", "timepoint": {"kind": "post_treatment"}}],
        "instruments": [{"instrument": "phq2", "items": [{"field": "phq___1"}, {"field": "phq_2", "recode": {"type": "map", "values": [{"from": "no", "to": 0}, {"from": "yes", "to": 3}]}}]}]
    });
    let ok: RedcapMapping = serde_json::from_value(single.clone()).unwrap();
    assert_eq!(ok.check_dictionary(&dictionary), Ok(()));
    let mut bad = single.clone();
    bad["instruments"][0]["items"][0]["field"] = "phq___3".into();
    let bad: RedcapMapping = serde_json::from_value(bad).unwrap();
    assert_eq!(
        bad.check_dictionary(&dictionary).unwrap_err().to_string(),
        "field phq___3: the dictionary has no checkbox with this option"
    );
    let mut whole = single.clone();
    whole["instruments"][0]["items"][0]["field"] = "phq".into();
    let whole: RedcapMapping = serde_json::from_value(whole).unwrap();
    assert!(
        whole
            .check_dictionary(&dictionary)
            .unwrap_err()
            .to_string()
            .contains("map field___code")
    );
    let odi = serde_json::json!({
        "schema_version": 2,
        "events": [{"event": "t2", "timepoint": {"kind": "post_treatment"}}],
        "instruments": [{"instrument": "odi", "items": (1..=10).map(|n| serde_json::json!({"field": if n == 1 { "odi_1".to_owned() } else { format!("record_id_{n}") }})).collect::<Vec<_>>()}]
    });
    let odi: RedcapMapping = serde_json::from_value(odi).unwrap();
    assert_eq!(
        odi.check_dictionary(&dictionary).unwrap_err().to_string(),
        "field odi_1: the dictionary's choice \"6\" gives 6; answers range 0-5 (a recode such as an offset is missing?)"
    );
}

#[test]
fn the_boulder_mapping_covers_the_boulder_battery_at_every_timepoint() {
    let text = include_str!("../../../examples/redcap/boulder_mapping.json");
    let mapping: RedcapMapping = serde_json::from_str(text).unwrap();
    assert_eq!(
        text,
        include_str!("../../../docs/schemas/fixtures/redcap_mapping/valid/boulder_battery.json")
    );
    let protocol = crate::protocol::Protocol::boulder_back_pain_study();
    for event in mapping.events() {
        let mapped: std::collections::BTreeSet<InstrumentId> = mapping
            .instruments()
            .iter()
            .filter(|i| i.collected_at(&event.event))
            .map(|i| i.instrument)
            .collect();
        let scheduled: std::collections::BTreeSet<InstrumentId> = protocol
            .assessment(event.timepoint)
            .map(|a| a.instruments().to_vec())
            .unwrap_or_default()
            .into_iter()
            .collect();
        assert_eq!(mapped, scheduled, "{}", event.event);
    }
    let odi = mapping
        .instruments()
        .iter()
        .find(|i| i.instrument == InstrumentId::Odi)
        .unwrap();
    assert!(
        odi.items
            .iter()
            .all(|i| i.recode == Recode::Offset { add: -1 })
    );
}

#[test]
fn the_mapping_example_in_docs_tables_md_is_a_valid_current_mapping() {
    let page = include_str!("../../../docs/tables.md");
    let start = page
        .find("```json\n")
        .expect("docs/tables.md has a JSON example")
        + 8;
    let end = start + page[start..].find("```").expect("the example is closed");
    let example = &page[start..end];
    let mapping: RedcapMapping = crate::versioning::read_slice(example.as_bytes())
        .unwrap_or_else(|e| panic!("docs/tables.md's mapping: {e}"));
    assert_eq!(mapping.fields().count(), 4);
    let value: serde_json::Value = serde_json::from_str(example).unwrap();
    assert_eq!(
        value["schema_version"], 2,
        "the example shows the current format"
    );
}
