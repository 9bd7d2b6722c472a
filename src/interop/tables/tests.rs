//! The tables' shape: every row has every column, values parse back, QS codes fit SDTM's limits.

use super::*;
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
