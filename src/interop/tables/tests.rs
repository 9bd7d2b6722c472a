//! The tables' shape: every row has every column, values parse back, QS codes fit SDTM's limits.

use super::*;
use crate::PatientId;
use crate::instruments::{InstrumentId, MissingPolicy, Response, ScoringOptions};

fn patient() -> PatientId {
    PatientId::new("pt-1").unwrap()
}

fn at() -> DateTime<Utc> {
    "2026-03-04T09:00:00Z".parse().unwrap()
}

fn read_back(bytes: &[u8]) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(bytes);
    let header = reader.headers().unwrap().clone();
    let rows = reader.records().collect::<Result<Vec<_>, _>>().unwrap();
    (header, rows)
}

#[test]
fn a_prorated_phq9_gives_total_and_item_rows_with_the_gap_and_the_flag() {
    let response = Response::new(
        InstrumentId::Phq9,
        &[
            Some(1),
            None,
            Some(2),
            Some(1),
            Some(0),
            Some(1),
            Some(0),
            Some(0),
            Some(1),
        ],
    )
    .unwrap();
    let options = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 1 }, 1).unwrap();
    let score = response.score_with(&options).unwrap();
    let patient = patient();
    let administration =
        Administration::new(&patient, Timepoint::follow_up(3).unwrap(), at(), &score)
            .with_response(&response);
    let mut writer = LongTableWriter::new(Vec::new());
    writer.write(&administration).unwrap();
    let (header, rows) = read_back(&writer.into_inner().unwrap());
    assert_eq!(header.len(), 15);
    assert_eq!(rows.len(), 10);
    let total = &rows[0];
    assert_eq!(&total[1], "follow_up");
    assert_eq!(&total[2], "3");
    // 6 answered items sum to 6; round(6/8 x 9) = round(6.75) = 7.
    assert_eq!(&total[8], "7");
    assert_eq!(&total[11], "prorated");
    assert_eq!(&total[12], "2");
    assert_eq!(&total[13], "suicidal_ideation:1");
    let gap = &rows[2];
    assert_eq!(
        (&gap[5], &gap[6], &gap[7], &gap[8], &gap[9]),
        ("item", "phq9_2", "2", "", "true")
    );
}

#[test]
fn a_response_of_another_instrument_gives_no_item_rows() {
    let gad = Response::new(InstrumentId::Gad2, &[Some(1), Some(1)]).unwrap();
    let phq = Response::new(InstrumentId::Phq2, &[Some(1), Some(1)]).unwrap();
    let score = phq.score().unwrap();
    let patient = patient();
    let administration =
        Administration::new(&patient, Timepoint::Baseline, at(), &score).with_response(&gad);
    assert!(administration.response().is_none());
    assert_eq!(long_rows(&administration).len(), 1);
}

#[test]
fn subscales_get_their_own_rows() {
    let answers: Vec<Option<u8>> = (0..13).map(|i| Some(i % 5)).collect();
    let response = Response::new(InstrumentId::Pcs, &answers).unwrap();
    let score = response.score().unwrap();
    let patient = patient();
    let rows = long_rows(&Administration::new(
        &patient,
        Timepoint::Baseline,
        at(),
        &score,
    ));
    let names: Vec<&str> = rows.iter().map(|r| r.name).collect();
    assert_eq!(
        names,
        ["total", "rumination", "magnification", "helplessness"]
    );
}

#[test]
fn qs_rows_mark_every_code_sponsor_defined_and_fit_sdtm_lengths() {
    let patient = patient();
    let mut writer = QsWriter::new("PRT-01", Vec::new());
    let mut expected_rows = 0;
    for id in InstrumentId::ALL
        .into_iter()
        .filter(|id| id.is_fixed_response())
    {
        let definition = id.definition();
        let answers: Vec<Option<u8>> = (0..definition.item_count())
            .map(|i| {
                if i == 0 && id != InstrumentId::Phq9 && definition.item_count() > 1 {
                    None
                } else {
                    Some(definition.answer_min())
                }
            })
            .collect();
        let response = if id == InstrumentId::Nrs {
            Response::nrs(Some(3), crate::instruments::RecallPeriod::PastWeek).unwrap()
        } else {
            Response::new(id, &answers).unwrap()
        };
        let options = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 1 }, 1).unwrap();
        let Ok(score) = response.score_with(&options) else {
            continue;
        };
        let administration = Administration::new(&patient, Timepoint::PostTreatment, at(), &score)
            .with_response(&response);
        expected_rows += qs_rows("PRT-01", &administration, 1).len();
        writer.write(&administration).unwrap();
    }
    let (header, rows) = read_back(&writer.into_inner().unwrap());
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        [
            "STUDYID", "DOMAIN", "USUBJID", "QSSEQ", "QSTESTCD", "QSTEST", "QSCAT", "QSORRES",
            "QSSTRESC", "QSSTRESN", "QSSTAT", "QSREASND", "VISITNUM", "VISIT", "QSDTC", "QSEVLINT",
            "QSCTSRC"
        ]
    );
    assert_eq!(rows.len(), expected_rows);
    let mut codes = std::collections::HashSet::new();
    for (index, row) in rows.iter().enumerate() {
        assert_eq!(&row[3], (index + 1).to_string(), "QSSEQ counts per subject");
        let code = &row[4];
        assert!(
            code.len() <= 8 && code.chars().next().unwrap().is_ascii_alphabetic(),
            "{code}"
        );
        assert!(code.chars().all(|c| c.is_ascii_alphanumeric()), "{code}");
        assert!(codes.insert(code.to_owned()), "{code} twice");
        assert!(row[5].chars().count() <= 40, "{}", &row[5]);
        assert_eq!(&row[16], "SPONSOR-DEFINED");
        assert_eq!(&row[13], "POST-TREATMENT");
        if &row[10] == "NOT DONE" {
            assert_eq!((&row[7], &row[9], &row[11]), ("", "", "NOT ANSWERED"));
        }
    }
    let phq9_item9 = rows.iter().find(|r| &r[4] == "PHQ909").unwrap();
    assert_eq!((&phq9_item9[6], &phq9_item9[15]), ("PHQ-9", "-P2W"));
    assert!(rows.iter().any(|r| &r[4] == "NRSTOT" && &r[15] == "-P1W"));
}

#[test]
fn visits_are_numbered_in_clinical_order() {
    let numbers: Vec<u16> = [
        Timepoint::Baseline,
        Timepoint::PostTreatment,
        Timepoint::follow_up(1).unwrap(),
        Timepoint::follow_up(12).unwrap(),
    ]
    .into_iter()
    .map(|t| qs::visit(t).0)
    .collect();
    assert_eq!(numbers, [1, 2, 11, 22]);
}

#[test]
fn redcap_responses_give_item_rows_as_answered_with_gaps_empty() {
    use crate::interop::redcap::{RedcapMapping, read_json_records};
    let mapping: RedcapMapping = serde_json::from_str(
        r#"{"schema_version": 2, "not_answered": ["-99"],
            "events": [{"event": "t2", "timepoint": {"kind": "post_treatment"}}],
            "instruments": [{"instrument": "odi", "items": [
                {"field": "odi_1", "recode": {"type": "offset", "add": -1}},
                {"field": "odi_2", "recode": {"type": "offset", "add": -1}},
                {"field": "odi_3", "recode": {"type": "offset", "add": -1}},
                {"field": "odi_4", "recode": {"type": "offset", "add": -1}},
                {"field": "odi_5", "recode": {"type": "offset", "add": -1}},
                {"field": "odi_6", "recode": {"type": "offset", "add": -1}},
                {"field": "odi_7", "recode": {"type": "offset", "add": -1}},
                {"field": "odi_8", "recode": {"type": "offset", "add": -1}},
                {"field": "odi_9", "recode": {"type": "offset", "add": -1}},
                {"field": "odi_10", "recode": {"type": "offset", "add": -1}}]}]}"#,
    )
    .unwrap();
    // Sections exported 1-6; section 3 not answered (-99), so the ODI is scored on 9 sections.
    let export = br#"[{"record_id": "r-9", "redcap_event_name": "t2", "odi_1": "2", "odi_2": "1",
        "odi_3": "-99", "odi_4": "3", "odi_5": "1", "odi_6": "1", "odi_7": "6", "odi_8": "1",
        "odi_9": "1", "odi_10": "1"}]"#;
    let read = read_json_records(&mapping, export).unwrap();
    let found = read[0].as_ref().unwrap();
    let score = found.response.score().unwrap();
    let patient = PatientId::new(&found.record).unwrap();
    let administration =
        Administration::undated(&patient, found.timepoint, &score).with_response(&found.response);
    let mut writer = LongTableWriter::new(Vec::new());
    writer.write(&administration).unwrap();
    let (_, rows) = read_back(&writer.into_inner().unwrap());
    assert_eq!(rows.len(), 11, "the total and ten item rows");
    let cells = |row: &csv::StringRecord| -> Vec<String> {
        [0, 1, 3, 5, 6, 7, 8, 9]
            .iter()
            .map(|&i| row[i].to_owned())
            .collect()
    };
    // Answered (after the -1 recode) 1+0+2+0+0+5+0+0+0 = 8 of 9 x 5 = 45: 17.78%.
    assert_eq!(
        cells(&rows[0]),
        [
            "r-9",
            "post_treatment",
            "",
            "total",
            "total",
            "",
            "17.78",
            "false"
        ]
    );
    assert_eq!(&rows[0][12], "3");
    assert_eq!(
        cells(&rows[1]),
        [
            "r-9",
            "post_treatment",
            "",
            "item",
            "odi_1_pain_intensity",
            "1",
            "1",
            "false"
        ]
    );
    assert_eq!(
        cells(&rows[3]),
        [
            "r-9",
            "post_treatment",
            "",
            "item",
            "odi_3_lifting",
            "3",
            "",
            "true"
        ]
    );
    assert_eq!(
        cells(&rows[7]),
        [
            "r-9",
            "post_treatment",
            "",
            "item",
            "odi_7_sleeping",
            "7",
            "5",
            "false"
        ]
    );
    // The QS rows: the unanswered section is NOT DONE, and the date is empty, not invented.
    let qs = qs_rows("S", &administration, 1);
    assert_eq!(qs.len(), 11);
    let gap = &qs[3];
    assert_eq!(
        (
            gap.QSTESTCD.as_str(),
            gap.QSSTAT,
            gap.QSREASND,
            gap.QSORRES.as_str()
        ),
        ("ODI03", "NOT DONE", qs::NOT_ANSWERED, "")
    );
    assert!(qs.iter().all(|row| row.QSDTC.is_empty()));
    assert_eq!(qs[7].QSSTRESN.as_deref(), Some("5"));
}
