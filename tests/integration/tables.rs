//! The research tables built from a stored program's event log: item rows from the answers the
//! log keeps, unscheduled assessments as their own visit, format-1 logs with scores only.

use std::collections::BTreeSet;

use pain_reprocessing::interop::tables::{Measure, Visit, administrations, long_rows, qs_rows};
use pain_reprocessing::program::{EventLog, Program};

fn replayed(path: &str) -> (EventLog, Program) {
    let bytes = std::fs::read(
        super::support::schema_dir()
            .join("fixtures/event_log")
            .join(path),
    )
    .unwrap_or_else(|e| panic!("{path}: {e}"));
    EventLog::replay_json(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_format_2_log_gives_item_rows_with_the_answers_it_recorded() {
    let (log, program) = replayed("valid/treatment_completed.json");
    let rows: Vec<_> = administrations(&program, &log)
        .flat_map(|a| long_rows(&a))
        .collect();
    // The baseline BPI-SF was answered 6 on all 11 items: its average-pain item is a row.
    let average: Vec<_> = rows
        .iter()
        .filter(|r| r.instrument == "bpi_sf" && r.name == "bpi_5_average")
        .collect();
    let bpi_totals = rows
        .iter()
        .filter(|r| r.instrument == "bpi_sf" && r.measure == Measure::Total)
        .count();
    assert!(bpi_totals >= 2, "baseline and later");
    assert_eq!(average.len(), bpi_totals, "one item row per administration");
    let baseline = average.iter().find(|r| r.timepoint == "baseline").unwrap();
    assert_eq!(baseline.measure, Measure::Item);
    assert_eq!(baseline.value.as_deref(), Some("6"));
    assert!(!baseline.missing);
    // Every scored administration with answers has one item row per item of its form.
    for administration in administrations(&program, &log) {
        let response = administration
            .response()
            .expect("format 2 keeps the answers");
        let items = long_rows(&administration)
            .into_iter()
            .filter(|r| r.measure == Measure::Item)
            .count();
        assert_eq!(items, response.answers().count());
    }
}

#[test]
fn a_format_1_log_keeps_its_totals_and_has_no_item_rows() {
    let (old_log, old) = replayed("v1/treatment_completed.json");
    let (new_log, new) = replayed("valid/treatment_completed.json");
    let totals = |log, program| -> Vec<(&'static str, &'static str, Option<String>)> {
        administrations(program, log)
            .flat_map(|a| long_rows(&a))
            .filter(|r| r.measure == Measure::Total)
            .map(|r| (r.timepoint, r.instrument, r.value))
            .collect()
    };
    let old_totals = totals(&old_log, &old);
    assert!(!old_totals.is_empty());
    assert!(
        administrations(&old, &old_log).all(|a| a.response().is_none()),
        "format 1 kept scores, not answers"
    );
    assert!(
        administrations(&old, &old_log)
            .flat_map(|a| long_rows(&a))
            .all(|r| r.measure != Measure::Item)
    );
    // The same history in format 2 has the same totals where both have the instrument.
    let new_totals: BTreeSet<_> = totals(&new_log, &new).into_iter().collect();
    for total in &old_totals {
        assert!(
            new_totals.contains(total),
            "{total:?} not in the format-2 log's totals"
        );
    }
}

#[test]
fn an_unscheduled_assessment_is_its_own_visit_in_both_tables() {
    let (log, program) = replayed("valid/unscheduled_pain_attribution.json");
    let unscheduled: Vec<_> = administrations(&program, &log)
        .filter(|a| a.visit() == Visit::Unscheduled)
        .collect();
    assert_eq!(unscheduled.len(), 1);
    let administration = &unscheduled[0];
    assert_eq!(administration.timepoint(), None);
    assert_eq!(
        administration.score().instrument().as_str(),
        "pain_attribution"
    );
    assert_eq!(
        administration.at().map(|at| at.to_rfc3339()),
        Some("2026-01-12T09:00:00+00:00".to_owned())
    );

    let long = long_rows(administration);
    assert!(
        long.iter()
            .all(|r| r.timepoint == "unscheduled" && r.follow_up_months.is_none())
    );
    let items: Vec<_> = long
        .iter()
        .filter(|r| r.measure == Measure::Item)
        .map(|r| (r.item, r.value.as_deref(), r.missing))
        .collect();
    // Answered 7, 4 and left the third rating empty.
    assert_eq!(
        items,
        [
            (Some(1), Some("7"), false),
            (Some(2), Some("4"), false),
            (Some(3), None, true)
        ]
    );

    let qs = qs_rows("PRT-DEMO", administration, 1);
    assert!(!qs.is_empty());
    assert!(
        qs.iter()
            .all(|r| r.VISIT == "UNSCHEDULED" && r.VISITNUM.is_none())
    );
    // The scheduled baseline in the same log keeps its planned visit number.
    let baseline = administrations(&program, &log)
        .find(|a| a.visit() != Visit::Unscheduled)
        .unwrap();
    assert!(
        qs_rows("PRT-DEMO", &baseline, 1)
            .iter()
            .all(|r| r.VISIT == "BASELINE" && r.VISITNUM == Some(1))
    );
}

#[test]
fn a_voided_assessment_leaves_both_tables() {
    use pain_reprocessing::program::{Event, EventId};
    use pain_reprocessing::{ClinicianId, Note};

    let (log, mut program) = replayed("valid/unscheduled_pain_attribution.json");
    let before = administrations(&program, &log).count();
    let void = Event::voided(
        EventId::new("seq-4").unwrap(),
        Note::new("entered for the wrong patient").unwrap(),
        ClinicianId::new("dr-2").unwrap(),
        "2026-01-13T09:00:00Z".parse().unwrap(),
    );
    program
        .record(EventId::new("void-1").unwrap(), void)
        .unwrap();
    let log = program.event_log();
    let after: Vec<_> = administrations(&program, &log).collect();
    assert_eq!(after.len(), before - 1);
    assert!(after.iter().all(|a| a.visit() != Visit::Unscheduled));
}
