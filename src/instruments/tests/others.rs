//! RMDQ, PGIC, CSI, pain attribution, and reading options and responses back.

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
    assert_eq!(score.total().unwrap(), d("2"));
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
    assert_eq!(
        Response::new(InstrumentId::Rmdq, &answers)
            .unwrap_err()
            .to_string(),
        "RMDQ item 9 is 2; answers range 0-1"
    );
}

#[test]
fn pgic_categories() {
    // The IMMPACT interpretation lives in outcomes::PgicCategory (one place for the rule), and is
    // tested there (`outcomes::catalog`).
    for (answer, band) in [
        (1, Band::VeryMuchImproved),
        (2, Band::MuchImproved),
        (3, Band::MinimallyImproved),
        (4, Band::NoChange),
        (7, Band::VeryMuchWorse),
    ] {
        let score = Response::new(InstrumentId::Pgic, &[Some(answer)])
            .unwrap()
            .score()
            .unwrap();
        assert_eq!(score.band(), Some(band));
    }
    assert_eq!(
        Response::new(InstrumentId::Pgic, &[Some(0)])
            .unwrap_err()
            .to_string(),
        "PGIC item 1 is 0; answers range 1-7"
    );
    assert_eq!(
        Response::new(InstrumentId::Pgic, &[Some(8)])
            .unwrap_err()
            .to_string(),
        "PGIC item 1 is 8; answers range 1-7"
    );
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
    assert_eq!(
        serde_json::from_str::<AttributionSummary>(&forged)
            .unwrap_err()
            .to_string(),
        "pain attribution: mind_brain_share does not match the counts"
    );
    assert_eq!(
        AttributionResponse::new(None, None, None, vec![cause(None); 21])
            .unwrap_err()
            .to_string(),
        "pain attribution: more than 20 causes"
    );
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
    assert_eq!(
        serde_json::from_value::<AttributionSummary>(more)
            .unwrap_err()
            .to_string(),
        "pain attribution: counts out of range: n_mind_brain ≤ n_coded ≤ 20"
    );
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
    assert_eq!(
        serde_json::from_value::<AttributionSummary>(too_many)
            .unwrap_err()
            .to_string(),
        "pain attribution: counts out of range: n_mind_brain ≤ n_coded ≤ 20"
    );
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
