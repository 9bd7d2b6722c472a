//! The catalog itself: ids, definitions that agree with themselves and the reference, and the
//! provenance of every figure.

use super::*;

#[test]
fn ids_round_trip_through_text_and_json() {
    for id in InstrumentId::ALL {
        assert_eq!(id.as_str().parse::<InstrumentId>().unwrap(), id);
        assert_eq!(serde_json::to_string(&id).unwrap(), format!("\"{id}\""));
        assert_eq!(id.definition().id(), id);
    }
    let err = "phq-9".parse::<InstrumentId>().unwrap_err();
    assert!(matches!(err, InstrumentError::UnknownInstrument { .. }));
    assert_eq!(
        err.to_string(),
        "unknown instrument \"phq-9\"; expected one of the catalog ids such as phq9, gad7, bpi_sf"
    );
    // The input is quoted only up to 40 bytes, whole characters.
    let long = format!("{}é", "x".repeat(39));
    let err = long.parse::<InstrumentId>().unwrap_err();
    assert!(
        err.to_string()
            .starts_with(&format!("unknown instrument \"{}\";", "x".repeat(39)))
    );
    assert_eq!(
        serde_json::from_str::<InstrumentId>("\"PHQ9\"")
            .unwrap_err()
            .to_string(),
        "unknown instrument \"PHQ9\"; expected one of the catalog ids such as phq9, gad7, bpi_sf"
    );
}

#[test]
fn definitions_are_coherent() {
    for def in catalog() {
        assert!(
            def.item_count() >= 1 && def.item_count() <= MAX_ITEMS,
            "{}",
            def.id()
        );
        assert!(def.answer_min() < def.answer_max());
        assert!(def.score_min() <= def.score_max());
        assert!(!def.sources().is_empty(), "{}", def.id());
        assert_eq!(def.rule_version(), 1);
        if let Some(bands) = def.bands() {
            let rules = bands.rules();
            assert_eq!(
                Decimal::from_int(rules[0].lower()),
                def.score_min(),
                "{}",
                def.id()
            );
            assert_eq!(
                Decimal::from_int(rules[rules.len() - 1].upper()),
                def.score_max(),
                "{}",
                def.id()
            );
            for pair in rules.windows(2) {
                assert_eq!(
                    pair[0].upper() + 1,
                    pair[1].lower(),
                    "{} bands leave a gap",
                    def.id()
                );
            }
        }
        for item in def
            .reverse_items()
            .iter()
            .chain(def.subscales().iter().flat_map(|s| s.items()))
        {
            assert!(usize::from(*item) <= def.item_count());
        }
        for anchor in def.anchors() {
            assert!((def.answer_min()..=def.answer_max()).contains(&anchor.value()));
        }
    }
}

#[test]
fn item_counts_match_the_reference() {
    let counts = [
        (InstrumentId::Nrs, 1),
        (InstrumentId::BpiSf, 11),
        (InstrumentId::Peg3, 3),
        (InstrumentId::Phq9, 9),
        (InstrumentId::Phq2, 2),
        (InstrumentId::Gad7, 7),
        (InstrumentId::Gad2, 2),
        (InstrumentId::Pcs, 13),
        (InstrumentId::Tsk11, 11),
        (InstrumentId::Tsk17, 17),
        (InstrumentId::Pseq, 10),
        (InstrumentId::Odi, 10),
        (InstrumentId::Rmdq, 24),
        (InstrumentId::Pgic, 1),
        (InstrumentId::Csi, 25),
        (InstrumentId::PromisDepression8a, 8),
        (InstrumentId::PromisAnxiety8a, 8),
        (InstrumentId::PromisAnger5a, 5),
        (InstrumentId::PromisSleepDisturbance8a, 8),
        (InstrumentId::PromisSleepDisturbance8b, 8),
        (InstrumentId::PainAttribution, 3),
    ];
    for (id, n) in counts {
        assert_eq!(id.definition().item_count(), n, "{id}");
    }
}

#[test]
fn reliability_and_mcids_are_readable() {
    let tsk17 = InstrumentId::Tsk17.definition();
    let sem = tsk17
        .reliability()
        .iter()
        .find(|r| r.kind() == ReliabilityKind::Sem)
        .unwrap();
    assert_eq!(sem.value(), d("3.16"));
    assert_eq!(tsk17.mcids()[0].points(), Some(d("4")));
    let odi = InstrumentId::Odi.definition();
    assert_eq!(odi.mcids()[0].points(), Some(d("10")));
    assert_eq!(odi.mcids()[0].percent(), Some(d("30")));
    assert_eq!(
        InstrumentId::Pseq.definition().direction(),
        crate::Direction::HigherIsBetter
    );
    assert_eq!(
        InstrumentId::Phq9.definition().direction(),
        crate::Direction::HigherIsWorse
    );
}

#[test]
fn a_verified_figure_cites_its_source_and_an_uncited_one_is_unverified() {
    use crate::source::SourceKey;
    let mut uncited = Vec::new();
    for def in catalog() {
        let figures = def
            .mcids()
            .iter()
            .map(|m| ("mcid", m.source(), m.verified()))
            .chain(
                def.reliability()
                    .iter()
                    .map(|r| ("reliability", r.source(), r.verified())),
            );
        for (what, source, verified) in figures {
            match source {
                Some(key) => assert_ne!(key, SourceKey::DesignChoice, "{} {what}", def.id()),
                None => {
                    assert!(!verified, "{} {what}: verified without a source", def.id());
                    uncited.push((def.id(), what));
                }
            }
        }
    }
    // The eight figures clinical.md §3 states without a source key (docs/sources.md).
    assert_eq!(
        uncited,
        [
            (InstrumentId::Peg3, "mcid"),
            (InstrumentId::Phq9, "reliability"),
            (InstrumentId::Gad7, "reliability"),
            (InstrumentId::Gad7, "reliability"),
            (InstrumentId::Pcs, "reliability"),
            (InstrumentId::Pseq, "mcid"),
            (InstrumentId::Pseq, "mcid"),
            (InstrumentId::Csi, "reliability"),
        ]
    );
}
