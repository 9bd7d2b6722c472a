//! Outcomes: hand-computed vectors through the public API, invariants as properties, and every
//! outcomes root type through serde and its published schema.

use chrono::NaiveDate;
use pain_reprocessing::outcomes::{
    Administration, Change, ClinicalSignificance, CohortSummary, Cutoff, ImmpactClass,
    InstrumentKey, JacobsonTruaxCategory, Measurement, Population, Reliability, ReliableChange,
    ResponderContext, ResponderDefinition, ResponderStatus, Timepoint, Trajectory,
};
use pain_reprocessing::{Decimal, Direction, testing};
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::support::{proptest_config, schema_verdict, validator};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn nrs(value: &str) -> Measurement {
    Measurement::new(
        InstrumentKey::new("nrs_pain").unwrap(),
        1,
        d(value),
        Direction::HigherIsWorse,
    )
}

fn check_round_trip<T>(name: &str, value: &T)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_value(value).unwrap();
    assert_eq!(
        schema_verdict(&validator(name), &json),
        Ok(()),
        "{name}: {json}"
    );
    assert_eq!(&serde_json::from_value::<T>(json).unwrap(), value, "{name}");
}

/// Serde and the schema agree on `instance`.
fn assert_doors_agree<T: serde::de::DeserializeOwned + std::fmt::Debug>(
    name: &str,
    instance: &Value,
    accepts: bool,
) {
    let schema = schema_verdict(&validator(name), instance);
    let serde = serde_json::from_value::<T>(instance.clone());
    assert_eq!(
        schema.is_ok(),
        accepts,
        "{name} schema: {schema:?} for {instance}"
    );
    assert_eq!(
        serde.is_ok(),
        accepts,
        "{name} serde: {serde:?} for {instance}"
    );
}

#[test]
fn nrs_six_to_four_is_a_moderately_important_33_percent_reduction() {
    // (6 − 4) / 6 = 33.33% ≥ 30% → IMMPACT moderate; responder at 30%, not at 50%.
    let change = Change::between(&nrs("6"), &nrs("4")).unwrap();
    assert_eq!(change.percent_improvement().percent(), Some(d("33.33")));
    assert_eq!(ImmpactClass::of(&change), Some(ImmpactClass::Moderate));
    let none = ResponderContext::default();
    assert_eq!(
        ResponderDefinition::percent_reduction_30().evaluate(&change, &none),
        ResponderStatus::Responder
    );
    assert_eq!(
        ResponderDefinition::percent_reduction_50().evaluate(&change, &none),
        ResponderStatus::NonResponder
    );
}

#[test]
fn five_to_one_is_pain_free_or_nearly() {
    let status = ResponderDefinition::PainFreeOrNearly
        .is_responder(&nrs("5"), &nrs("1"), &ResponderContext::default())
        .unwrap();
    assert_eq!(status, ResponderStatus::Responder);
    let other = Measurement::new(
        InstrumentKey::new("odi").unwrap(),
        1,
        d("1"),
        Direction::HigherIsWorse,
    );
    assert!(
        ResponderDefinition::PainFreeOrNearly
            .is_responder(&nrs("5"), &other, &ResponderContext::default())
            .is_err()
    );
}

#[test]
fn tsk_minimum_reliable_change() {
    // 1.96 · √2 · 2.54 = 7.0405… and 1.96 · √2 · 3.16 = 8.7590…
    for (sem, expected) in [("2.54", "7.04"), ("3.16", "8.76")] {
        let reliability = Reliability::sem(d(sem)).unwrap();
        let rc = ReliableChange::compute(
            d("30"),
            d("30"),
            Some(&reliability),
            Direction::HigherIsWorse,
        );
        assert_eq!(
            rc.computed().unwrap().min_reliable_change(),
            d(expected),
            "{sem}"
        );
    }
}

#[test]
fn clinical_significance_by_hand() {
    // Clinical 40 ± 8, functional 20 ± 5 (made up), higher is worse:
    // a = 40 − 16 = 24; b = 20 + 10 = 30; c = (8·20 + 5·40) / 13 = 360 / 13 = 27.6923… → 27.69.
    let sig = ClinicalSignificance::new(
        Population::new(d("40"), d("8")).unwrap(),
        Population::new(d("20"), d("5")).unwrap(),
        Direction::HigherIsWorse,
    )
    .unwrap();
    let cutoffs = sig.cutoffs();
    assert_eq!(
        (cutoffs.a, cutoffs.b, cutoffs.c),
        (d("24"), d("30"), d("27.69"))
    );
    // 27.69 < 27.6923 crosses c (exactly), 27.7 does not.
    assert!(sig.is_functional(d("27.69"), Cutoff::C));
    assert!(!sig.is_functional(d("27.7"), Cutoff::C));
    let rel = Reliability::sem(d("2.54")).unwrap();
    let classify = |pre: &str, post: &str, cutoff| {
        let rc = ReliableChange::compute(d(pre), d(post), Some(&rel), Direction::HigherIsWorse);
        sig.classify(d(pre), d(post), &rc, cutoff).unwrap()
    };
    assert_eq!(
        classify("38", "26", Cutoff::C),
        JacobsonTruaxCategory::Recovered
    );
    assert_eq!(
        classify("38", "26", Cutoff::A),
        JacobsonTruaxCategory::Improved
    ); // 26 ≥ a = 24
    assert_eq!(
        classify("38", "35", Cutoff::C),
        JacobsonTruaxCategory::Unchanged
    );
    assert_eq!(
        classify("26", "38", Cutoff::C),
        JacobsonTruaxCategory::Deteriorated
    );
}

#[test]
fn boulder_thirty_three_of_fifty() {
    let day = |m| NaiveDate::from_ymd_opt(2024, m, 1).unwrap();
    let key = InstrumentKey::new("bpi_average_pain").unwrap();
    let cohort: Vec<Trajectory> = (0..50)
        .map(|i| {
            Trajectory::new(
                key.clone(),
                1,
                Direction::HigherIsWorse,
                vec![
                    Administration::new(Timepoint::Baseline, day(1), d("4")),
                    Administration::new(
                        Timepoint::PostTreatment,
                        day(2),
                        d(if i < 33 { "1" } else { "3" }),
                    ),
                ],
            )
            .unwrap()
        })
        .collect();
    let summary = CohortSummary::summarize(
        &cohort,
        &[Timepoint::PostTreatment, Timepoint::follow_up(12).unwrap()],
        &ResponderDefinition::PainFreeOrNearly,
        &ResponderContext::default(),
    )
    .unwrap();
    let post = summary.row(Timepoint::PostTreatment).unwrap();
    assert_eq!(post.responder_proportion(), Some(d("0.66")));
    assert_eq!(post.responder_percentage().unwrap().to_string(), "66%");
    // Mean change: (33 · −3 + 17 · −1) / 50 = −116 / 50 = −2.32.
    assert_eq!(post.mean_change(), Some(d("-2.32")));
    let year = summary.row(Timepoint::follow_up(12).unwrap()).unwrap();
    assert_eq!((year.with_data(), year.missing_value()), (0, 50));
    assert_eq!(year.responder_proportion(), None);
    check_round_trip("cohort_summary", &summary);
}

#[test]
fn schemas_reject_what_serde_rejects() {
    let cases: [(&str, Value, bool); 20] = [
        (
            "timepoint",
            json!({"kind": "follow_up", "months": 0}),
            false,
        ),
        (
            "timepoint",
            json!({"kind": "follow_up", "months": 120}),
            true,
        ),
        ("timepoint", json!({"kind": "baseline", "months": 1}), false),
        ("timepoint", json!({"kind": "post_treatment"}), true),
        ("mcid", json!({"source": "[S43]"}), false),
        (
            "mcid",
            json!({"points": null, "percent": null, "source": "x"}),
            false,
        ),
        ("mcid", json!({"points": 2, "source": "[S43]"}), true),
        ("mcid", json!({"points": 0, "source": "[S43]"}), false),
        ("mcid", json!({"percent": 100.5, "source": "x"}), false),
        ("mcid", json!({"percent": 30, "source": ""}), false),
        ("reliability", json!({"kind": "sem", "sem": 2.54}), true),
        ("reliability", json!({"kind": "sem", "sem": 0}), false),
        (
            "reliability",
            json!({"kind": "sd_and_reliability", "sd": 8, "r": 1}),
            false,
        ),
        (
            "reliability",
            json!({"kind": "sd_and_reliability", "sd": 8, "r": 0.99}),
            true,
        ),
        (
            "responder_definition",
            json!({"kind": "percent_reduction", "percent": 0}),
            false,
        ),
        (
            "responder_definition",
            json!({"kind": "pain_free_or_nearly", "x": 1}),
            false,
        ),
        (
            "responder_definition",
            json!({"kind": "at_least", "value": 41}),
            true,
        ),
        ("population", json!({"mean": 1, "sd": 0}), false),
        ("instrument_key", json!("TSK"), false),
        ("instrument_key", json!("tsk_11"), true),
    ];
    for (name, instance, accepts) in cases {
        match name {
            "timepoint" => assert_doors_agree::<Timepoint>(name, &instance, accepts),
            "mcid" => {
                assert_doors_agree::<pain_reprocessing::outcomes::Mcid>(name, &instance, accepts)
            }
            "reliability" => assert_doors_agree::<Reliability>(name, &instance, accepts),
            "responder_definition" => {
                assert_doors_agree::<ResponderDefinition>(name, &instance, accepts)
            }
            "population" => assert_doors_agree::<Population>(name, &instance, accepts),
            _ => assert_doors_agree::<InstrumentKey>(name, &instance, accepts),
        }
    }
}

proptest! {
    #![proptest_config(proptest_config(128))]

    #[test]
    fn generated_outcome_values_round_trip_and_validate(
        key in testing::instrument_key(),
        timepoint in testing::timepoint(),
        measurement in testing::measurement(),
        change in testing::change(),
        mcid in testing::mcid(),
        reliability in testing::reliability(),
        population in testing::population(),
        definition in testing::responder_definition(),
        trajectory in testing::trajectory(),
    ) {
        check_round_trip("instrument_key", &key);
        check_round_trip("timepoint", &timepoint);
        check_round_trip("measurement", &measurement);
        check_round_trip("change", &change);
        check_round_trip("mcid", &mcid);
        check_round_trip("reliability", &reliability);
        check_round_trip("population", &population);
        check_round_trip("responder_definition", &definition);
        check_round_trip("trajectory", &trajectory);
    }

    #[test]
    fn generated_cohort_summaries_round_trip_and_validate(summary in testing::cohort_summary()) {
        check_round_trip("cohort_summary", &summary);
    }

    #[test]
    fn percent_change_sign_agrees_with_direction(change in testing::change()) {
        let before = change.baseline().value();
        let after = change.current().value();
        let improved = change.direction().improved(before, after);
        let worsened = change.direction().improved(after, before);
        prop_assert_eq!(change.is_improvement(), improved);
        if let Some(percent) = change.percent_improvement().percent() {
            // Rounding can take a tiny change to 0.00%, never to the wrong sign.
            prop_assert!(!(improved && percent < Decimal::ZERO), "{change}");
            prop_assert!(!(worsened && percent > Decimal::ZERO), "{change}");
            prop_assert!(improved || worsened || percent == Decimal::ZERO);
        } else {
            prop_assert_eq!(before, Decimal::ZERO);
        }
    }

    #[test]
    fn rc_is_monotone_in_the_change(
        pre in testing::score_value(),
        a in testing::score_value(),
        b in testing::score_value(),
        reliability in testing::reliability(),
        direction in testing::direction(),
    ) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let rc = |post| {
            ReliableChange::compute(pre, post, Some(&reliability), direction)
                .computed()
                .copied()
                .unwrap()
        };
        let (rc_low, rc_high) = (rc(low), rc(high));
        prop_assert!(rc_low.rc() <= rc_high.rc());
        // Reliability is symmetric in |post − pre| and monotone in it.
        if rc_low.is_reliable() && low < pre {
            prop_assert!(rc(low).rc() < Decimal::ZERO);
        }
        prop_assert_eq!(rc_low.min_reliable_change(), rc_high.min_reliable_change());
    }

    #[test]
    fn cohort_proportions_stay_in_range_and_counts_add_up(
        cohort in testing::cohort(),
        definition in testing::responder_definition(),
        mcid in testing::mcid(),
    ) {
        let context = ResponderContext { mcid: Some(&mcid), reliability: None };
        let mut points = CohortSummary::observed_timepoints(&cohort);
        points.push(Timepoint::follow_up(120).unwrap());
        let summary = CohortSummary::summarize(&cohort, &points, &definition, &context).unwrap();
        prop_assert_eq!(summary.patients(), cohort.len() as u64);
        for row in summary.rows() {
            prop_assert_eq!(row.patients(), summary.patients());
            prop_assert_eq!(row.with_data() + row.missing_value() + row.missing_baseline(), row.patients());
            prop_assert_eq!(row.responders() + row.non_responders() + row.not_evaluable(), row.with_data());
            for proportion in [row.responder_proportion(), row.responder_proportion_of_cohort()].into_iter().flatten() {
                prop_assert!(proportion >= Decimal::ZERO && proportion <= Decimal::from_int(1));
            }
            prop_assert_eq!(row.responder_proportion().is_some(), row.responders() + row.non_responders() > 0);
            prop_assert!(row.with_change() <= row.with_data());
            if definition.needs_baseline() {
                prop_assert_eq!(row.with_change(), row.with_data());
            } else {
                prop_assert_eq!(row.missing_baseline(), 0);
            }
            prop_assert_eq!(row.mean_change().is_some(), row.with_change() >= 1);
            prop_assert_eq!(row.sd_change().is_some(), row.with_change() >= 2);
            prop_assert!(row.sd_change().is_none_or(|sd| sd >= Decimal::ZERO));
        }
    }

    #[test]
    fn reliability_is_monotone_in_the_size_of_the_change(
        pre in testing::score_value(),
        a in testing::score_value(),
        b in testing::score_value(),
        reliability in testing::reliability(),
    ) {
        let distance = |x: Decimal| (x.hundredths() - pre.hundredths()).abs();
        let (near, far) = if distance(a) <= distance(b) { (a, b) } else { (b, a) };
        let reliable = |post| {
            ReliableChange::compute(pre, post, Some(&reliability), Direction::HigherIsWorse)
                .computed()
                .unwrap()
                .is_reliable()
        };
        prop_assert!(!reliable(near) || reliable(far));
        prop_assert!(!reliable(pre));
    }

    #[test]
    fn immpact_class_is_monotone_in_the_improvement(
        baseline in 1_i64..=100_000,
        a in -100_000_i64..=100_000,
        b in -100_000_i64..=100_000,
    ) {
        let (worse_value, better_value) = if a >= b { (a, b) } else { (b, a) };
        let class = |value: i64| {
            let m = |h| Measurement::new(
                InstrumentKey::new("nrs").unwrap(),
                1,
                Decimal::from_hundredths(h).unwrap(),
                Direction::HigherIsWorse,
            );
            ImmpactClass::of(&Change::between(&m(baseline), &m(value)).unwrap()).unwrap()
        };
        prop_assert!(class(worse_value) <= class(better_value));
    }

    #[test]
    fn trajectories_do_not_depend_on_input_order(
        trajectory in testing::trajectory(),
        seed in any::<u64>(),
    ) {
        let mut shuffled = trajectory.administrations().to_vec();
        let len = shuffled.len();
        if len > 1 {
            shuffled.rotate_left((seed as usize) % len);
            shuffled.swap(0, len - 1);
        }
        let rebuilt = Trajectory::new(
            trajectory.instrument().clone(),
            trajectory.rule_version(),
            trajectory.direction(),
            shuffled,
        )
        .unwrap();
        prop_assert_eq!(rebuilt, trajectory);
    }

    #[test]
    fn timepoints_order_like_their_months(a in testing::timepoint(), b in testing::timepoint()) {
        let rank = |t: Timepoint| match t {
            Timepoint::Baseline => -2,
            Timepoint::PostTreatment => -1,
            Timepoint::FollowUp { months } => i32::from(months),
            _ => unreachable!("no other timepoints are generated"),
        };
        prop_assert_eq!(a.cmp(&b), rank(a).cmp(&rank(b)));
    }
}
