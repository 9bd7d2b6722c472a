//! Hand-computed vectors for every instrument, every band boundary and every missing-item rule.

use super::*;
use crate::Decimal;

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn all(id: InstrumentId, value: u8) -> Response {
    Response::new(id, &vec![Some(value); id.definition().item_count()]).unwrap()
}

/// A response whose answers sum to `total` (filling items from the first, each up to the max).
fn summing_to(id: InstrumentId, total: u32) -> Response {
    let def = id.definition();
    let mut left = total;
    let answers: Vec<Option<u8>> = (0..def.item_count())
        .map(|_| {
            let v = left.min(u32::from(def.answer_max())) as u8;
            left -= u32::from(v);
            Some(v)
        })
        .collect();
    assert_eq!(left, 0, "{total} is beyond {id}");
    Response::new(id, &answers).unwrap()
}

fn prorate(max_missing: u8) -> ScoringOptions {
    ScoringOptions::new(MissingPolicy::Prorate { max_missing }, 1).unwrap()
}

/// Why `score`'s JSON, once `edit` has changed it, is refused on read; `None` when it is read.
pub(super) fn refusal(score: &Score, edit: impl FnOnce(&mut serde_json::Value)) -> Option<String> {
    let mut json = serde_json::to_value(score).unwrap();
    edit(&mut json);
    serde_json::from_value::<Score>(json)
        .err()
        .map(|e| e.to_string())
}

/// PCS items 1..=13 answered 0,1,2,3,4,0,1,2,3,4,0,1,2 (subscales worked out in `pcs_subscales`).
fn pcs_example() -> Score {
    let answers: Vec<Option<u8>> = [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2]
        .into_iter()
        .map(Some)
        .collect();
    Response::new(InstrumentId::Pcs, &answers)
        .unwrap()
        .score()
        .unwrap()
}

mod catalog {
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
        assert!(serde_json::from_str::<InstrumentId>("\"PHQ9\"").is_err());
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
            (InstrumentId::PromisDepression8b, 8),
            (InstrumentId::PromisAnxiety8a, 8),
            (InstrumentId::PromisAnger5a, 5),
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
}

mod validation {
    use super::*;

    #[test]
    fn wrong_count_out_of_range_and_fractions_are_errors() {
        let err = Response::new(InstrumentId::Phq9, &[Some(0); 8]).unwrap_err();
        assert_eq!(err.to_string(), "PHQ-9 takes 9 answers; found 8");
        let mut answers = [Some(0); 9];
        answers[2] = Some(4);
        let err = Response::new(InstrumentId::Phq9, &answers).unwrap_err();
        assert_eq!(
            err,
            InstrumentError::AnswerOutOfRange {
                instrument: InstrumentId::Phq9,
                item: 3,
                value: 4,
                min: 0,
                max: 3
            }
        );
        assert_eq!(err.to_string(), "PHQ-9 item 3 is 4; answers range 0-3");
        let err = Response::new(InstrumentId::Tsk11, &[Some(0); 11]).unwrap_err();
        assert_eq!(err.to_string(), "TSK-11 item 1 is 0; answers range 1-4");
        let err = serde_json::from_str::<Response>(
            r#"{"schema_version":1,"instrument":"gad2","answers":[1.5,0]}"#,
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .contains("GAD-2 item 1 is not a whole number"),
            "{err}"
        );
        let err = serde_json::from_str::<Response>(
            r#"{"schema_version":1,"instrument":"gad2","answers":[-1,0]}"#,
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .contains("GAD-2 item 1 is -1; answers range 0-3"),
            "{err}"
        );
        let ok: Response = serde_json::from_str(
            r#"{"schema_version":1,"instrument":"gad2","answers":[2.0,null]}"#,
        )
        .unwrap();
        assert_eq!(ok.answer(1), Some(2));
        assert!(
            serde_json::from_str::<Response>(
                r#"{"schema_version":1,"instrument":"gad2","answers":[1,0],"extra":1}"#
            )
            .is_err()
        );
        assert!(
            serde_json::from_str::<Response>(
                r#"{"schema_version":1,"instrument":"nope","answers":[1,0]}"#
            )
            .is_err()
        );
    }

    #[test]
    fn nrs_needs_a_recall_and_others_refuse_one() {
        assert_eq!(
            Response::new(InstrumentId::Nrs, &[Some(5)]).unwrap_err(),
            InstrumentError::RecallRequired {
                instrument: InstrumentId::Nrs
            }
        );
        assert!(
            serde_json::from_str::<Response>(
                r#"{"schema_version":1,"instrument":"nrs","answers":[5]}"#
            )
            .is_err()
        );
        // `"recall": null` names the rule it breaks: required for the NRS, fixed elsewhere.
        let null_recall = serde_json::from_str::<Response>(
            r#"{"schema_version":1,"instrument":"nrs","answers":[5],"recall":null}"#,
        )
        .unwrap_err();
        assert!(
            null_recall.to_string().contains("needs its recall period"),
            "{null_recall}"
        );
        assert!(
            serde_json::from_str::<Response>(
                r#"{"schema_version":1,"instrument":"phq2","answers":[1,1],"recall":"now"}"#
            )
            .is_err()
        );
        let null_recall = serde_json::from_str::<Response>(
            r#"{"schema_version":1,"instrument":"phq2","answers":[1,1],"recall":null}"#,
        )
        .unwrap_err();
        assert!(
            null_recall
                .to_string()
                .contains("has a fixed recall period"),
            "{null_recall}"
        );
        let r: Response = serde_json::from_str(
            r#"{"schema_version":1,"instrument":"nrs","answers":[5],"recall":"past_24_hours"}"#,
        )
        .unwrap();
        assert_eq!(r.recall(), Some(RecallPeriod::Past24Hours));
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"schema_version":1,"instrument":"nrs","answers":[5],"recall":"past_24_hours"}"#
        );
    }

    #[test]
    fn pain_attribution_is_not_a_fixed_response() {
        assert_eq!(
            Response::new(InstrumentId::PainAttribution, &[Some(1); 3]).unwrap_err(),
            InstrumentError::NotFixedAnswers {
                instrument: InstrumentId::PainAttribution
            }
        );
    }
}

mod nrs_and_bpi {
    use super::*;

    #[test]
    fn nrs_score_and_bands() {
        // 0-4 mild, 5-6 moderate, 7-10 severe.
        for (value, band) in [
            (0, Band::Mild),
            (4, Band::Mild),
            (5, Band::Moderate),
            (6, Band::Moderate),
            (7, Band::Severe),
            (10, Band::Severe),
        ] {
            let score = Response::nrs(Some(value), RecallPeriod::Now)
                .unwrap()
                .score()
                .unwrap();
            assert_eq!(score.total(), Decimal::from_int(i32::from(value)));
            assert_eq!(score.band(), Some(band), "{value}");
        }
        let err = Response::nrs(None, RecallPeriod::Now)
            .unwrap()
            .score()
            .unwrap_err();
        assert!(matches!(
            err,
            InstrumentError::TooManyMissing {
                missing: 1,
                allowed: 0,
                ..
            }
        ));
        assert!(Response::nrs(Some(11), RecallPeriod::Now).is_err());
    }

    fn bpi(severity: [Option<u8>; 4], interference: [Option<u8>; 7]) -> Response {
        let answers: Vec<Option<u8>> = severity.into_iter().chain(interference).collect();
        Response::new(InstrumentId::BpiSf, &answers).unwrap()
    }

    #[test]
    fn bpi_severity_and_interference_means() {
        // Severity (7+3+5+4)/4 = 19/4 = 4.75 → moderate (above 4, up to 6).
        // Interference (2+3+4+5+6+7+8)/7 = 35/7 = 5.
        let score = bpi(
            [Some(7), Some(3), Some(5), Some(4)],
            [
                Some(2),
                Some(3),
                Some(4),
                Some(5),
                Some(6),
                Some(7),
                Some(8),
            ],
        )
        .score()
        .unwrap();
        assert_eq!(score.total(), d("4.75"));
        assert_eq!(score.band(), Some(Band::Moderate));
        assert_eq!(score.subscale(SubscaleId::Severity), Some(d("4.75")));
        assert_eq!(score.subscale(SubscaleId::Interference), Some(d("5")));
        assert_eq!(score.missing_handling(), MissingHandling::Complete);
        // Severity (4+4+4+4)/4 = 4 → mild; (5+4+4+4)/4 = 4.25 → moderate; 6.25 → severe.
        assert_eq!(
            bpi([Some(4); 4], [Some(0); 7]).score().unwrap().band(),
            Some(Band::Mild)
        );
        assert_eq!(
            bpi([Some(5), Some(4), Some(4), Some(4)], [Some(0); 7])
                .score()
                .unwrap()
                .band(),
            Some(Band::Moderate)
        );
        assert_eq!(
            bpi([Some(7), Some(6), Some(6), Some(6)], [Some(0); 7])
                .score()
                .unwrap()
                .band(),
            Some(Band::Severe)
        );
    }

    #[test]
    fn bpi_interference_with_3_missing_is_scored_and_with_4_is_not() {
        // 4 answered: (1+2+3+4)/4 = 2.5.
        let three_missing = bpi(
            [Some(5); 4],
            [Some(1), Some(2), None, Some(3), None, Some(4), None],
        )
        .score()
        .unwrap();
        assert_eq!(
            three_missing.subscale(SubscaleId::Interference),
            Some(d("2.5"))
        );
        assert_eq!(
            three_missing.missing_handling(),
            MissingHandling::MeanOfAnswered
        );
        assert_eq!(
            three_missing.missing_items().collect::<Vec<_>>(),
            vec![7, 9, 11]
        );
        // 3 answered: interference not computed; severity (the total) still is.
        let four_missing = bpi(
            [Some(5); 4],
            [Some(1), None, None, Some(3), None, Some(4), None],
        )
        .score()
        .unwrap();
        assert_eq!(four_missing.subscale(SubscaleId::Interference), None);
        assert_eq!(four_missing.total(), d("5"));
        // An interference mean of 8/7 = 1.142… rounds to 1.14.
        let sevenths = bpi(
            [Some(0); 4],
            [
                Some(2),
                Some(1),
                Some(1),
                Some(1),
                Some(1),
                Some(1),
                Some(1),
            ],
        )
        .score()
        .unwrap();
        assert_eq!(sevenths.subscale(SubscaleId::Interference), Some(d("1.14")));
    }

    #[test]
    fn bpi_severity_missing_follows_the_policy() {
        let response = bpi([Some(6), None, Some(4), Some(5)], [Some(0); 7]);
        assert!(matches!(
            response.score().unwrap_err(),
            InstrumentError::TooManyMissing {
                missing: 1,
                allowed: 0,
                ..
            }
        ));
        // Opt-in: mean of the 3 answered = 15/3 = 5.
        let score = response.score_with(&prorate(1)).unwrap();
        assert_eq!(score.total(), d("5"));
        assert!(score.is_prorated());
    }
}

mod peg {
    use super::*;

    #[test]
    fn peg_mean_is_exact() {
        // (3+2+3)/3 = 8/3 = 2.666… → 2.67.
        let score = Response::new(InstrumentId::Peg3, &[Some(3), Some(2), Some(3)])
            .unwrap()
            .score()
            .unwrap();
        assert_eq!(score.total(), d("2.67"));
        assert_eq!(score.band(), None);
        // (10+10+10)/3 = 10.
        assert_eq!(
            all(InstrumentId::Peg3, 10).score().unwrap().total(),
            d("10")
        );
        let partial = Response::new(InstrumentId::Peg3, &[Some(3), None, Some(4)]).unwrap();
        assert!(partial.score().is_err());
        // Opt-in: mean of answered (3+4)/2 = 3.5.
        assert_eq!(partial.score_with(&prorate(1)).unwrap().total(), d("3.5"));
    }
}

mod phq_gad {
    use super::*;

    #[test]
    fn phq9_band_boundaries() {
        for (total, band) in [
            (0, Band::Minimal),
            (4, Band::Minimal),
            (5, Band::Mild),
            (9, Band::Mild),
            (10, Band::Moderate),
            (14, Band::Moderate),
            (15, Band::ModeratelySevere),
            (19, Band::ModeratelySevere),
            (20, Band::Severe),
            (27, Band::Severe),
        ] {
            let score = summing_to(InstrumentId::Phq9, total).score().unwrap();
            assert_eq!(score.total(), Decimal::from_int(total as i32));
            assert_eq!(score.band(), Some(band), "PHQ-9 {total}");
        }
    }

    #[test]
    fn phq9_item9_at_0_1_and_missing() {
        // Item 9 = 0: no flag. Total 1+1+1+1+1+1+1+1+0 = 8 → mild.
        let mut answers = [Some(1); 9];
        answers[8] = Some(0);
        let score = Response::new(InstrumentId::Phq9, &answers)
            .unwrap()
            .score()
            .unwrap();
        assert_eq!(score.total(), d("8"));
        assert!(!score.has_safety_flag());
        // Item 9 = 1 with a minimal total of 1: the flag is still raised.
        let mut answers = [Some(0); 9];
        answers[8] = Some(1);
        let score = Response::new(InstrumentId::Phq9, &answers)
            .unwrap()
            .score()
            .unwrap();
        assert_eq!(score.total(), d("1"));
        assert_eq!(score.band(), Some(Band::Minimal));
        assert_eq!(
            score.safety_flags(),
            &[SafetyFlag::SuicidalIdeation { answer: 1 }]
        );
        // Item 9 missing: no total under any policy, and the error carries the flag.
        let mut answers = [Some(2); 9];
        answers[8] = None;
        let response = Response::new(InstrumentId::Phq9, &answers).unwrap();
        for options in [ScoringOptions::DEFAULT, prorate(2)] {
            let err = response.score_with(&options).unwrap_err();
            assert!(matches!(
                err,
                InstrumentError::SafetyItemUnanswered { item: 9, .. }
            ));
            assert_eq!(
                err.safety_flags(),
                &[SafetyFlag::SafetyItemUnanswered { item: 9 }]
            );
            assert!(err.to_string().contains("safety flag raised"), "{err}");
            assert!(err.has_safety_flag());
        }
        assert_eq!(response.missing_count(), 1);
        assert_eq!(response.missing_items().collect::<Vec<_>>(), [9]);
    }

    #[test]
    fn phq9_flag_survives_a_too_many_missing_error() {
        let answers = [
            None,
            None,
            None,
            Some(0),
            Some(0),
            Some(0),
            Some(0),
            Some(0),
            Some(3),
        ];
        let response = Response::new(InstrumentId::Phq9, &answers).unwrap();
        assert_eq!(response.missing_count(), 3);
        assert_eq!(response.missing_items().collect::<Vec<_>>(), [1, 2, 3]);
        let err = response.score_with(&prorate(2)).unwrap_err();
        assert_eq!(
            err.safety_flags(),
            &[SafetyFlag::SuicidalIdeation { answer: 3 }]
        );
        assert!(err.has_safety_flag());
        // The same gaps with item 9 at 0: an error without a flag.
        let mut unflagged = answers;
        unflagged[8] = Some(0);
        let unflagged_err = Response::new(InstrumentId::Phq9, &unflagged)
            .unwrap()
            .score_with(&prorate(2))
            .unwrap_err();
        assert!(unflagged_err.safety_flags().is_empty());
        assert!(!unflagged_err.has_safety_flag());
        assert_eq!(
            err.to_string(),
            "PHQ-9 has 3 unanswered items; the missing-item rule allows 2; safety flag raised: suicidal ideation"
        );
    }

    #[test]
    fn phq9_opt_in_proration() {
        // Item 2 missing; answered 1+2+1+1+1+1+1+2 = 10 over 8; round(10/8 × 9) = round(11.25) = 11.
        let answers = [
            Some(1),
            None,
            Some(2),
            Some(1),
            Some(1),
            Some(1),
            Some(1),
            Some(1),
            Some(2),
        ];
        let response = Response::new(InstrumentId::Phq9, &answers).unwrap();
        assert!(matches!(
            response.score().unwrap_err(),
            InstrumentError::TooManyMissing {
                missing: 1,
                allowed: 0,
                ..
            }
        ));
        let score = response.score_with(&prorate(2)).unwrap();
        assert_eq!(score.total(), d("11"));
        assert_eq!(score.band(), Some(Band::Moderate));
        assert!(score.is_prorated());
        assert_eq!(score.missing_count(), 1);
        assert_eq!(score.missing_items().collect::<Vec<_>>(), [2]);
        assert_eq!(score.rule_version(), 1);
        assert!(score.is_current_rule());
        assert_eq!(
            score.safety_flags(),
            &[SafetyFlag::SuicidalIdeation { answer: 2 }]
        );
        // The same options on a complete response: nothing prorated.
        let complete = Response::new(InstrumentId::Phq9, &[Some(1); 9])
            .unwrap()
            .score_with(&prorate(2))
            .unwrap();
        assert_eq!(
            (complete.missing_count(), complete.is_prorated()),
            (0, false)
        );
        assert_eq!(complete.missing_handling(), MissingHandling::Complete);
        // Half rounds up: answered 1×8 minus one 0 … 0,1,1,1,1,1,1,1 = 7 over 8 → 7/8 × 9 = 7.875 → 8.
        let answers = [
            Some(0),
            None,
            Some(1),
            Some(1),
            Some(1),
            Some(1),
            Some(1),
            Some(1),
            Some(1),
        ];
        let score = Response::new(InstrumentId::Phq9, &answers)
            .unwrap()
            .score_with(&prorate(1))
            .unwrap();
        assert_eq!(score.total(), d("8"));
    }

    #[test]
    fn phq2_screen() {
        // 1+1 = 2 negative; 2+1 = 3 positive.
        assert_eq!(
            Response::new(InstrumentId::Phq2, &[Some(1), Some(1)])
                .unwrap()
                .score()
                .unwrap()
                .band(),
            Some(Band::NegativeScreen)
        );
        assert_eq!(
            Response::new(InstrumentId::Phq2, &[Some(2), Some(1)])
                .unwrap()
                .score()
                .unwrap()
                .band(),
            Some(Band::PositiveScreen)
        );
        assert!(
            Response::new(InstrumentId::Phq2, &[Some(2), None])
                .unwrap()
                .score()
                .is_err()
        );
    }

    #[test]
    fn gad7_band_boundaries() {
        for (total, band) in [
            (0, Band::Minimal),
            (4, Band::Minimal),
            (5, Band::Mild),
            (9, Band::Mild),
            (10, Band::Moderate),
            (14, Band::Moderate),
            (15, Band::Severe),
            (21, Band::Severe),
        ] {
            let score = summing_to(InstrumentId::Gad7, total).score().unwrap();
            assert_eq!(score.total(), Decimal::from_int(total as i32));
            assert_eq!(score.band(), Some(band), "GAD-7 {total}");
        }
    }

    #[test]
    fn gad2_sum_has_no_band() {
        // 3+2 = 5; the ≥3 screen is UNVERIFIED, so no band.
        let score = Response::new(InstrumentId::Gad2, &[Some(3), Some(2)])
            .unwrap()
            .score()
            .unwrap();
        assert_eq!(score.total(), d("5"));
        assert_eq!(score.band(), None);
    }
}

mod pcs_tsk_pseq {
    use super::*;

    #[test]
    fn pcs_subscales() {
        // Items 1..=13 answered 0,1,2,3,4,0,1,2,3,4,0,1,2.
        // Rumination 8-11: 2+3+4+0 = 9. Magnification 6,7,13: 0+1+2 = 3.
        // Helplessness 1-5,12: 0+1+2+3+4+1 = 11. Total 9+3+11 = 23.
        let score = pcs_example();
        assert_eq!(score.total(), d("23"));
        assert_eq!(score.subscale(SubscaleId::Rumination), Some(d("9")));
        assert_eq!(score.subscale(SubscaleId::Magnification), Some(d("3")));
        assert_eq!(score.subscale(SubscaleId::Helplessness), Some(d("11")));
        assert_eq!(score.band(), Some(Band::BelowThreshold));
    }

    #[test]
    fn pcs_boundary_29_30() {
        assert_eq!(
            summing_to(InstrumentId::Pcs, 29).score().unwrap().band(),
            Some(Band::BelowThreshold)
        );
        assert_eq!(
            summing_to(InstrumentId::Pcs, 30).score().unwrap().band(),
            Some(Band::ClinicallyRelevant)
        );
    }

    #[test]
    fn pcs_prorated_total_keeps_only_complete_subscales() {
        // Item 9 (rumination) missing; others all 2: answered 24 over 12 → round(2 × 13) = 26.
        let mut answers = [Some(2); 13];
        answers[8] = None;
        let score = Response::new(InstrumentId::Pcs, &answers)
            .unwrap()
            .score_with(&prorate(1))
            .unwrap();
        assert_eq!(score.total(), d("26"));
        assert_eq!(score.subscale(SubscaleId::Rumination), None);
        assert_eq!(score.subscale(SubscaleId::Magnification), Some(d("6")));
        assert_eq!(score.subscale(SubscaleId::Helplessness), Some(d("12")));
    }

    #[test]
    fn tsk17_reverses_items_4_8_12_16() {
        // All answers 4: 13 items × 4 = 52, reversed 4 items × (5 − 4 = 1) = 4 → 56.
        assert_eq!(
            all(InstrumentId::Tsk17, 4).score().unwrap().total(),
            d("56")
        );
        // All answers 1: 13 × 1 + 4 × 4 = 29.
        assert_eq!(
            all(InstrumentId::Tsk17, 1).score().unwrap().total(),
            d("29")
        );
        // Only item 4 changes 1 → 4: reversed 4 → 1, so the total drops by 3 from 29 to 26.
        let mut answers = [Some(1); 17];
        answers[3] = Some(4);
        assert_eq!(
            Response::new(InstrumentId::Tsk17, &answers)
                .unwrap()
                .score()
                .unwrap()
                .total(),
            d("26")
        );
    }

    #[test]
    fn tsk11_has_no_reverse_items() {
        // 11 × 4 = 44; 11 × 1 = 11.
        assert_eq!(
            all(InstrumentId::Tsk11, 4).score().unwrap().total(),
            d("44")
        );
        assert_eq!(
            all(InstrumentId::Tsk11, 1).score().unwrap().total(),
            d("11")
        );
        assert_eq!(all(InstrumentId::Tsk11, 2).score().unwrap().band(), None);
    }

    #[test]
    fn pseq_band_boundaries() {
        for (total, band) in [
            (0, Band::Severe),
            (19, Band::Severe),
            (20, Band::Moderate),
            (30, Band::Moderate),
            (31, Band::Mild),
            (40, Band::Mild),
            (41, Band::Minimal),
            (60, Band::Minimal),
        ] {
            let score = summing_to(InstrumentId::Pseq, total).score().unwrap();
            assert_eq!(score.band(), Some(band), "PSEQ {total}");
        }
    }
}

mod odi {
    use super::*;

    fn odi(answers: [Option<u8>; 10]) -> Response {
        Response::new(InstrumentId::Odi, &answers).unwrap()
    }

    #[test]
    fn odi_with_0_1_and_2_missing_sections() {
        // 0 missing: sum 2×10 = 20 / 50 × 100 = 40% → moderate.
        let score = odi([Some(2); 10]).score().unwrap();
        assert_eq!(score.total(), d("40"));
        assert_eq!(score.band(), Some(Band::Moderate));
        // 1 missing: sum 2×9 = 18 / 45 × 100 = 40%.
        let mut one = [Some(2); 10];
        one[7] = None;
        let score = odi(one).score().unwrap();
        assert_eq!(score.total(), d("40"));
        assert_eq!(
            score.missing_handling(),
            MissingHandling::ReducedDenominator
        );
        // 2 missing: not scored by default; ÷40 when allowed: sum 3×8 = 24 / 40 × 100 = 60% → severe.
        let mut two = [Some(3); 10];
        two[0] = None;
        two[9] = None;
        let err = odi(two).score().unwrap_err();
        assert!(matches!(
            err,
            InstrumentError::TooManyMissing {
                missing: 2,
                allowed: 1,
                ..
            }
        ));
        let options = ScoringOptions::new(MissingPolicy::RequireAll {}, 2).unwrap();
        let score = odi(two).score_with(&options).unwrap();
        assert_eq!(score.total(), d("60"));
        assert_eq!(score.band(), Some(Band::Severe));
    }

    #[test]
    fn odi_band_boundaries() {
        // Complete ODI: % = 2 × sum.
        for (sum, total, band) in [
            (10, 20, Band::Minimal),
            (11, 22, Band::Moderate),
            (20, 40, Band::Moderate),
            (21, 42, Band::Severe),
            (30, 60, Band::Severe),
            (31, 62, Band::Crippled),
            (40, 80, Band::Crippled),
            (41, 82, Band::BedBoundOrExaggerating),
            (50, 100, Band::BedBoundOrExaggerating),
        ] {
            let score = summing_to(InstrumentId::Odi, sum).score().unwrap();
            assert_eq!(score.total(), Decimal::from_int(total), "sum {sum}");
            assert_eq!(score.band(), Some(band), "ODI {total}%");
        }
    }

    #[test]
    fn odi_fractions_above_an_edge_take_the_higher_band() {
        // 1 missing, sum 9+... : 10 / 45 × 100 = 22.22 → moderate; 9/45 = 20 → minimal.
        let mut answers = [Some(1); 10];
        answers[0] = None;
        let score = odi(answers).score().unwrap();
        assert_eq!(score.total(), d("20"));
        assert_eq!(score.band(), Some(Band::Minimal));
        answers[1] = Some(2);
        let score = odi(answers).score().unwrap();
        assert_eq!(score.total(), d("22.22"));
        assert_eq!(score.band(), Some(Band::Moderate));
        // 2 missing, sum 9 / 40 × 100 = 22.5; sum 8.5 is impossible, so test 20.5 via the exact rule.
        let bands = InstrumentId::Odi.definition().bands().unwrap();
        assert_eq!(bands.classify(2050, 100), Some(Band::Moderate));
        assert_eq!(bands.classify(2000, 100), Some(Band::Minimal));
        assert_eq!(bands.classify(4001, 100), Some(Band::Severe));
    }
}

mod others {
    use super::*;

    #[test]
    fn rmdq_counts_ticks() {
        let mut answers = [Some(0); 24];
        answers[0] = Some(1);
        answers[5] = Some(1);
        let score = Response::new(InstrumentId::Rmdq, &answers)
            .unwrap()
            .score()
            .unwrap();
        assert_eq!(score.total(), d("2"));
        assert_eq!(score.band(), Some(Band::Recovered));
        answers[7] = Some(1);
        assert_eq!(
            Response::new(InstrumentId::Rmdq, &answers)
                .unwrap()
                .score()
                .unwrap()
                .band(),
            Some(Band::NotRecovered)
        );
        answers[8] = Some(2);
        assert!(Response::new(InstrumentId::Rmdq, &answers).is_err());
    }

    #[test]
    fn pgic_categories() {
        // The IMMPACT interpretation lives in outcomes::PgicCategory (one place for the rule).
        use crate::outcomes::{ImmpactClass, PgicCategory};
        for (answer, band, class) in [
            (1, Band::VeryMuchImproved, ImmpactClass::Substantial),
            (2, Band::MuchImproved, ImmpactClass::Moderate),
            (3, Band::MinimallyImproved, ImmpactClass::Minimal),
            (4, Band::NoChange, ImmpactClass::NoImportantChange),
            (7, Band::VeryMuchWorse, ImmpactClass::NoImportantChange),
        ] {
            let score = Response::new(InstrumentId::Pgic, &[Some(answer)])
                .unwrap()
                .score()
                .unwrap();
            assert_eq!(score.band(), Some(band));
            assert_eq!(
                PgicCategory::try_from(&score).unwrap().immpact_class(),
                class
            );
        }
        assert!(Response::new(InstrumentId::Pgic, &[Some(0)]).is_err());
        assert!(Response::new(InstrumentId::Pgic, &[Some(8)]).is_err());
    }

    #[test]
    fn csi_bands() {
        for (total, band) in [
            (29, Band::Subclinical),
            (30, Band::Mild),
            (39, Band::Mild),
            (40, Band::Moderate),
            (49, Band::Moderate),
            (50, Band::Severe),
            (59, Band::Severe),
            (60, Band::Extreme),
            (100, Band::Extreme),
        ] {
            assert_eq!(
                summing_to(InstrumentId::Csi, total).score().unwrap().band(),
                Some(band),
                "CSI {total}"
            );
        }
    }

    #[test]
    fn promis_raw_sums_and_sleep_reverse_items() {
        // Anger 5a: 5 × 3 = 15.
        assert_eq!(
            all(InstrumentId::PromisAnger5a, 3).score().unwrap().total(),
            d("15")
        );
        // Depression 8b: 8 × 5 = 40.
        assert_eq!(
            all(InstrumentId::PromisDepression8b, 5)
                .score()
                .unwrap()
                .total(),
            d("40")
        );
        // Sleep 8b all 5: 5 items × 5 = 25 + 3 reversed × (6 − 5 = 1) = 28.
        assert_eq!(
            all(InstrumentId::PromisSleepDisturbance8b, 5)
                .score()
                .unwrap()
                .total(),
            d("28")
        );
        // Sleep 8b all 1: 5 × 1 + 3 × 5 = 20.
        assert_eq!(
            all(InstrumentId::PromisSleepDisturbance8b, 1)
                .score()
                .unwrap()
                .total(),
            d("20")
        );
        assert!(
            !InstrumentId::PromisSleepDisturbance8b
                .definition()
                .reverse_items_verified()
        );
    }

    #[test]
    fn attribution_share() {
        use crate::Note;
        let cause = |c| CodedCause::new(Note::new("a cause").unwrap(), c);
        let none = AttributionResponse::new(None, None, None, vec![cause(None)]).unwrap();
        assert_eq!(
            none.summary().mind_brain_share(),
            MindBrainShare::NotComputable
        );
        let one_of_three = AttributionResponse::new(
            None,
            None,
            None,
            vec![
                cause(Some(AttributionCategory::MindBrain)),
                cause(Some(AttributionCategory::Peripheral)),
                cause(Some(AttributionCategory::Peripheral)),
            ],
        )
        .unwrap();
        // 1/3 = 0.333… → 0.33.
        assert_eq!(
            one_of_three.summary().mind_brain_share(),
            MindBrainShare::Computed { share: d("0.33") }
        );
        let json = serde_json::to_string(&one_of_three.summary()).unwrap();
        assert_eq!(
            serde_json::from_str::<AttributionSummary>(&json).unwrap(),
            one_of_three.summary()
        );
        let forged = json.replace("0.33", "0.5");
        assert!(serde_json::from_str::<AttributionSummary>(&forged).is_err());
        assert!(AttributionResponse::new(None, None, None, vec![cause(None); 21]).is_err());
    }

    #[test]
    fn attribution_answers_and_counts_read_back() {
        use crate::{Note, Rating};
        let cause = |c| CodedCause::new(Note::new("a cause").unwrap(), c);
        let rating = |r| Some(Rating::new(r).unwrap());
        let causes = vec![
            cause(Some(AttributionCategory::MindBrain)),
            cause(Some(AttributionCategory::MindBrain)),
            cause(Some(AttributionCategory::Peripheral)),
        ];
        let response =
            AttributionResponse::new(rating(2), rating(7), rating(6), causes.clone()).unwrap();
        assert_eq!(
            (
                response.structural(),
                response.mind_brain(),
                response.ratio()
            ),
            (rating(2), rating(7), rating(6))
        );
        assert_eq!(response.causes(), causes.as_slice());
        assert_eq!(causes[2].category(), Some(AttributionCategory::Peripheral));
        assert_eq!(cause(None).category(), None);
        let summary = response.summary();
        assert_eq!((summary.n_coded(), summary.n_mind_brain()), (3, 2));
        assert_eq!(
            (summary.structural(), summary.mind_brain(), summary.ratio()),
            (rating(2), rating(7), rating(6))
        );
        // Every cause coded mind/brain is allowed on read; one more than coded is not.
        let all = AttributionResponse::new(
            None,
            None,
            None,
            vec![cause(Some(AttributionCategory::MindBrain))],
        )
        .unwrap()
        .summary();
        let json = serde_json::to_value(all).unwrap();
        assert_eq!(
            serde_json::from_value::<AttributionSummary>(json.clone()).unwrap(),
            all
        );
        assert_eq!(json["n_mind_brain"], serde_json::json!(1));
        let mut more = json.clone();
        more["n_mind_brain"] = serde_json::json!(2);
        assert!(serde_json::from_value::<AttributionSummary>(more).is_err());
        // Twenty coded causes, the most a response holds, read back.
        let twenty = AttributionResponse::new(
            None,
            None,
            None,
            vec![cause(Some(AttributionCategory::Peripheral)); 20],
        )
        .unwrap()
        .summary();
        assert_eq!(twenty.n_coded(), 20);
        let json = serde_json::to_value(twenty).unwrap();
        assert_eq!(
            serde_json::from_value::<AttributionSummary>(json.clone()).unwrap(),
            twenty
        );
        // Twenty-one, none mind/brain (so the share, 0, still matches the counts): refused.
        let mut too_many = json;
        too_many["n_coded"] = serde_json::json!(21);
        assert!(serde_json::from_value::<AttributionSummary>(too_many).is_err());
    }

    #[test]
    fn options_and_responses_read_back_what_was_written() {
        let options = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 2 }, 3).unwrap();
        let json = serde_json::to_value(options).unwrap();
        let read: ScoringOptions = serde_json::from_value(json).unwrap();
        assert_eq!(read, options);
        assert_ne!(read, ScoringOptions::DEFAULT);
        let response = Response::new(InstrumentId::Gad2, &[Some(1), Some(2)]).unwrap();
        assert!(!response.is_empty());
        assert_eq!(response.len(), 2);
    }

    #[test]
    fn t_scores_only_for_complete_promis_raw_sums() {
        /// An app's table: T = 30 + raw sum.
        struct Table;
        impl TScoreTable for Table {
            fn t_score(&self, _: InstrumentId, raw_sum: u8) -> Option<Decimal> {
                Some(Decimal::from_int(30 + i32::from(raw_sum)))
            }
        }
        let complete = Response::new(InstrumentId::PromisAnger5a, &[Some(2); 5])
            .unwrap()
            .score()
            .unwrap();
        assert_eq!(complete.t_score(&Table), Some(Decimal::from_int(40)));
        let mut answers = [Some(2); 5];
        answers[0] = None;
        let options = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 1 }, 1).unwrap();
        let prorated = Response::new(InstrumentId::PromisAnger5a, &answers)
            .unwrap()
            .score_with(&options)
            .unwrap();
        assert!(prorated.is_prorated());
        assert_eq!(prorated.t_score(&Table), None);
        let phq9 = Response::new(InstrumentId::Phq9, &[Some(0); 9])
            .unwrap()
            .score()
            .unwrap();
        assert_eq!(phq9.t_score(&Table), None);
    }

    #[test]
    fn bands_print_their_ids() {
        assert_eq!(Band::ModeratelySevere.to_string(), "moderately_severe");
        assert_eq!(Band::Minimal.to_string(), Band::Minimal.as_str());
    }
}

mod score_json {
    use super::*;

    #[test]
    fn a_score_round_trips_and_rejects_inconsistency() {
        let mut answers = [Some(2); 9];
        answers[8] = Some(1);
        let score = Response::new(InstrumentId::Phq9, &answers)
            .unwrap()
            .score()
            .unwrap();
        let json = serde_json::to_value(score).unwrap();
        assert_eq!(json["total"], serde_json::json!(17));
        assert_eq!(json["band"], serde_json::json!("moderately_severe"));
        assert_eq!(
            json["safety_flags"],
            serde_json::json!([{"type": "suicidal_ideation", "answer": 1}])
        );
        assert_eq!(
            serde_json::from_value::<Score>(json.clone()).unwrap(),
            score
        );
        // Each inconsistency is refused by its own check, named in the message.
        for (field, value, reason) in [
            (
                "total",
                serde_json::json!(28),
                "total outside the valid range",
            ),
            (
                "total",
                serde_json::json!(-1),
                "total outside the valid range",
            ),
            ("total", serde_json::json!(16.5), "must be a whole number"),
            ("band", serde_json::json!("mild"), "band does not match"),
            (
                "missing_items",
                serde_json::json!([9]),
                "without the safety item",
            ),
            (
                "missing_items",
                serde_json::json!([0]),
                "distinct item numbers",
            ),
            (
                "missing_items",
                serde_json::json!([10]),
                "distinct item numbers",
            ),
            ("missing_items", serde_json::json!([2]), "options disagree"),
            ("rule_version", serde_json::json!(2), "unknown rule version"),
            (
                "safety_flags",
                serde_json::json!([{"type": "suicidal_ideation", "answer": 0}]),
                "safety flags impossible",
            ),
            (
                "subscales",
                serde_json::json!([{"subscale": "rumination", "value": 3}]),
                "subscale not of this instrument",
            ),
        ] {
            let message = refusal(&score, |json| json[field] = value);
            assert!(
                message.as_deref().is_some_and(|m| m.contains(reason)),
                "{field}: {message:?}"
            );
        }
        // PCS subscales (rumination 9, magnification 3, helplessness 11; see `pcs_subscales`):
        // in range, once each, in the definition's order.
        let pcs = pcs_example();
        let sub = |id: &str, value: i32| serde_json::json!({"subscale": id, "value": value});
        for (subscales, reason) in [
            (
                [
                    sub("rumination", 17),
                    sub("magnification", 3),
                    sub("helplessness", 11),
                ],
                "subscale outside its range",
            ),
            (
                [
                    sub("rumination", -1),
                    sub("magnification", 3),
                    sub("helplessness", 11),
                ],
                "subscale outside its range",
            ),
            (
                [
                    sub("rumination", 9),
                    sub("rumination", 9),
                    sub("helplessness", 11),
                ],
                "repeated or out of order",
            ),
            (
                [
                    sub("magnification", 3),
                    sub("rumination", 9),
                    sub("helplessness", 11),
                ],
                "repeated or out of order",
            ),
        ] {
            let message = refusal(&pcs, |json| {
                json["subscales"] = serde_json::json!(subscales)
            });
            assert!(
                message.as_deref().is_some_and(|m| m.contains(reason)),
                "{subscales:?}: {message:?}"
            );
        }
    }

    #[test]
    fn an_nrs_score_keeps_its_recall() {
        let score = Response::nrs(Some(3), RecallPeriod::PastWeek)
            .unwrap()
            .score()
            .unwrap();
        assert_eq!(score.recall(), Some(RecallPeriod::PastWeek));
        let json = serde_json::to_value(score).unwrap();
        assert_eq!(json["recall"], serde_json::json!("past_week"));
        assert_eq!(
            serde_json::from_value::<Score>(json.clone()).unwrap(),
            score
        );
        let mut without = json.clone();
        without.as_object_mut().unwrap().remove("recall");
        assert!(serde_json::from_value::<Score>(without).is_err());
        let phq2 = Response::new(InstrumentId::Phq2, &[Some(1), Some(1)])
            .unwrap()
            .score()
            .unwrap();
        let mut with = serde_json::to_value(phq2).unwrap();
        assert_eq!(serde_json::from_value::<Score>(with.clone()).unwrap(), phq2);
        with["recall"] = serde_json::json!("now");
        assert!(serde_json::from_value::<Score>(with.clone()).is_err());
        with["recall"] = serde_json::Value::Null;
        assert!(serde_json::from_value::<Score>(with).is_err());
    }

    #[test]
    fn subscales_must_agree_with_the_total_and_the_answered_items() {
        // PCS all 2: total 26, rumination 8, magnification 6, helplessness 12.
        let pcs = serde_json::to_value(all(InstrumentId::Pcs, 2).score().unwrap()).unwrap();
        assert!(serde_json::from_value::<Score>(pcs.clone()).is_ok());
        let mut bad = pcs.clone();
        bad["subscales"][0]["value"] = serde_json::json!(9);
        assert!(
            serde_json::from_value::<Score>(bad).is_err(),
            "subscales no longer add up to 26"
        );
        let mut dropped = pcs;
        dropped["subscales"].as_array_mut().unwrap().remove(0);
        assert!(
            serde_json::from_value::<Score>(dropped).is_err(),
            "a complete PCS has every subscale"
        );
        // BPI: the severity subscale is the total.
        let bpi = serde_json::to_value(all(InstrumentId::BpiSf, 3).score().unwrap()).unwrap();
        assert!(serde_json::from_value::<Score>(bpi.clone()).is_ok());
        let mut bad = bpi;
        bad["subscales"][0]["value"] = serde_json::json!(4);
        assert!(serde_json::from_value::<Score>(bad).is_err());
        // PEG: 2.5 is not a mean of 3 whole answers (k/3 is .00, .33 or .67).
        let mut peg = serde_json::to_value(all(InstrumentId::Peg3, 2).score().unwrap()).unwrap();
        peg["total"] = serde_json::json!(2.5);
        assert!(serde_json::from_value::<Score>(peg).is_err());
    }
}
