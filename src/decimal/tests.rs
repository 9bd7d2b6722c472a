use super::*;
use schemars::JsonSchema;

#[test]
fn rounds_half_away_from_zero() {
    let cases = [
        (8, 3, 267),
        (1, 8, 13),
        (-1, 8, -13),
        (1, -8, -13),
        (-1, -8, 13),
        (1, 3, 33),
        (2, 3, 67),
        (5, 1, 500),
        (0, 7, 0),
        (1, 200, 1),
        (1, 201, 0),
        (-1, 200, -1),
    ];
    for (n, d, h) in cases {
        assert_eq!(
            Decimal::from_ratio(n, d).unwrap().hundredths(),
            h,
            "{n}/{d}"
        );
    }
}

#[test]
fn the_i64_path_agrees_with_the_wide_one() {
    let numerators = (-2_000..=2_000).chain([
        i64::MAX / 100,
        i64::MIN / 100,
        i64::MAX / 100 - 1,
        i64::MIN / 100 + 1,
    ]);
    for n in numerators {
        for d in (1..=64).chain([99, 100, 101, 1_000_003, i64::MAX / 2, i64::MAX]) {
            for d in [d, -d] {
                assert_eq!(
                    round_half_away_i64(n * 100, d).map(i128::from),
                    round_half_away_i128(i128::from(n) * 100, i128::from(d)),
                    "{n}/{d}"
                );
            }
        }
    }
}

#[test]
fn ratio_errors() {
    assert_eq!(
        Decimal::from_ratio(1, 0),
        Err(DecimalError::ZeroDenominator)
    );
    assert!(matches!(
        Decimal::from_ratio(i64::MAX, 1),
        Err(DecimalError::TooLarge { .. })
    ));
    assert!(Decimal::from_ratio(i64::MIN, -1).is_err());
}

#[test]
fn display_is_shortest_exact_form() {
    let shown: Vec<String> = [0, 300, 350, 267, -13, -300, 5, 1]
        .iter()
        .map(|&h| Decimal::from_hundredths(h).unwrap().to_string())
        .collect();
    assert_eq!(
        shown,
        ["0", "3", "3.5", "2.67", "-0.13", "-3", "0.05", "0.01"]
    );
}

#[test]
fn parse_rounded_rounds_once_half_away_from_zero() {
    for (input, hundredths) in [
        ("4.375", 438),
        ("-4.375", -438),
        ("4.3749", 437),
        ("4.37499999999", 437),
        ("4.385", 439),
        ("0.005", 1),
        ("-0.005", -1),
        ("-0.004", 0),
        ("0.994", 99),
        ("0.995", 100),
        ("9.999", 1000),
        ("2.67", 267),
        ("3", 300),
    ] {
        assert_eq!(
            Decimal::parse_rounded(input).unwrap().hundredths(),
            hundredths,
            "{input}"
        );
    }
    for bad in ["", "-", ".125", "1.2x5", "1.2.35", "abc.125", "+1.125"] {
        assert!(Decimal::parse_rounded(bad).is_err(), "{bad:?}");
    }
    assert!(matches!(
        Decimal::parse_rounded("9999999999999.995"),
        Err(DecimalError::TooLarge { .. })
    ));
    // The strict reader still refuses the same text.
    assert!(matches!(
        "4.375".parse::<Decimal>(),
        Err(DecimalError::TooPrecise { .. })
    ));
}

#[test]
fn display_with_a_precision_prints_that_many_decimals() {
    let d = |h: i64| Decimal::from_hundredths(h).unwrap();
    let show = |h: i64, places: usize| format!("{:.*}", places, d(h));
    assert_eq!(show(20, 2), "0.20");
    assert_eq!(show(26, 2), "0.26");
    assert_eq!(show(300, 2), "3.00");
    assert_eq!(show(-13, 2), "-0.13");
    assert_eq!(show(267, 4), "2.6700");
    // Fewer decimals: half away from zero from the exact hundredths.
    assert_eq!(show(25, 1), "0.3");
    assert_eq!(show(-25, 1), "-0.3");
    assert_eq!(show(24, 1), "0.2");
    assert_eq!(show(150, 0), "2");
    assert_eq!(show(-150, 0), "-2");
    assert_eq!(show(-4, 1), "0.0");
    // Sign and width as for integers; no precision keeps the shortest form.
    assert_eq!(format!("{:+.2}", d(20)), "+0.20");
    assert_eq!(format!("{:+.2}", d(-20)), "-0.20");
    assert_eq!(format!("{:>6.1}", d(1960)), "  19.6");
    assert_eq!(format!("{}", d(20)), "0.2");
    assert_eq!(format!("{:>5}", d(20)), "  0.2");
}

#[test]
fn parses_exactly() {
    assert_eq!("2.67".parse::<Decimal>().unwrap().hundredths(), 267);
    assert_eq!("-0.5".parse::<Decimal>().unwrap().hundredths(), -50);
    assert_eq!("10".parse::<Decimal>().unwrap().hundredths(), 1000);
    for bad in [
        "", "-", ".5", "5.", "1e3", "2.675", "abc", "+1", " 1", "1.2.3",
    ] {
        assert!(bad.parse::<Decimal>().is_err(), "{bad:?}");
    }
}

#[test]
fn from_f64_accepts_two_decimals_only() {
    assert_eq!(Decimal::try_from(2.67).unwrap().hundredths(), 267);
    assert_eq!(Decimal::try_from(-0.01).unwrap().hundredths(), -1);
    assert!(matches!(
        Decimal::try_from(2.675),
        Err(DecimalError::TooPrecise { .. })
    ));
    assert!(matches!(
        Decimal::try_from(f64::NAN),
        Err(DecimalError::NotFinite { .. })
    ));
    assert!(matches!(
        Decimal::try_from(f64::INFINITY),
        Err(DecimalError::NotFinite { .. })
    ));
    assert!(matches!(
        Decimal::try_from(1e17),
        Err(DecimalError::TooLarge { .. })
    ));
}

#[test]
fn json_round_trip() {
    let d = Decimal::from_ratio(8, 3).unwrap();
    assert_eq!(serde_json::to_string(&d).unwrap(), "2.67");
    assert_eq!(serde_json::to_string(&Decimal::from_int(4)).unwrap(), "4");
    assert_eq!(serde_json::from_str::<Decimal>("2.67").unwrap(), d);
    assert_eq!(
        serde_json::from_str::<Decimal>("4").unwrap(),
        Decimal::from_int(4)
    );
    let err = serde_json::from_str::<Decimal>("2.675").unwrap_err();
    assert!(
        err.to_string().contains("more than two decimal places"),
        "{err}"
    );
    assert!(serde_json::from_str::<Decimal>("\"2.5\"").is_err());
}

#[test]
fn checked_arithmetic() {
    let a = Decimal::from_int(3);
    let b = Decimal::from_ratio(1, 2).unwrap();
    assert_eq!(a.checked_add(b).unwrap().to_string(), "3.5");
    assert_eq!(b.checked_sub(a).unwrap().to_string(), "-2.5");
    let max = Decimal::from_hundredths(MAX_HUNDREDTHS).unwrap();
    assert_eq!(max.checked_add(Decimal::from_hundredths(1).unwrap()), None);
}

#[test]
fn exact_range_is_plus_minus_10_pow_15_minus_1_hundredths() {
    let max = 999_999_999_999_999_i64;
    assert_eq!(Decimal::from_hundredths(max).unwrap().hundredths(), max);
    assert_eq!(Decimal::from_hundredths(-max).unwrap().hundredths(), -max);
    for beyond in [max + 1, -max - 1, i64::MAX, i64::MIN] {
        assert!(matches!(
            Decimal::from_hundredths(beyond),
            Err(DecimalError::TooLarge { .. })
        ));
    }
    // The same edge from an f64: MAX_VALUE itself reads back exactly, beyond it is too large
    // (not "too precise", even where the double has no hundredths at all).
    assert_eq!(Decimal::try_from(MAX_VALUE).unwrap().hundredths(), max);
    assert_eq!(Decimal::try_from(-MAX_VALUE).unwrap().hundredths(), -max);
    for beyond in [10_000_000_000_000.0, 90_071_992_547_410.0, 1e300, -1e300] {
        assert!(
            matches!(
                Decimal::try_from(beyond),
                Err(DecimalError::TooLarge { .. })
            ),
            "{beyond}"
        );
    }
}

#[test]
fn values_at_the_edge_of_the_range_survive_json() {
    // Where 2^53 - 1 hundredths used to be the limit, 90071992547409.91 came back as .9.
    let edge = [
        999_999_999_999_999_i64,
        999_999_999_999_991,
        123_456_789_012_345,
        1,
        0,
    ];
    for hundredths in edge.into_iter().flat_map(|h| [h, -h]) {
        let decimal = Decimal::from_hundredths(hundredths).unwrap();
        let json = serde_json::to_string(&decimal).unwrap();
        assert_eq!(
            serde_json::from_str::<Decimal>(&json).unwrap(),
            decimal,
            "{hundredths} wrote {json}"
        );
    }
}

#[test]
fn sign_and_conversions() {
    let negative = Decimal::from_hundredths(-1).unwrap();
    assert!(negative.is_negative());
    assert!(!Decimal::ZERO.is_negative());
    assert!(!Decimal::from_hundredths(1).unwrap().is_negative());
    assert_eq!(f64::from(Decimal::from_hundredths(-250).unwrap()), -2.5);
    assert_eq!(f64::from(Decimal::from_ratio(8, 3).unwrap()), 2.67);
    assert_eq!(Decimal::from(-7).hundredths(), -700);
    assert_eq!(Decimal::from_int(i32::MIN).hundredths(), -214_748_364_800);
    assert_eq!(
        format!("{:?}", Decimal::from_hundredths(-13).unwrap()),
        "Decimal(-0.13)"
    );
    assert_eq!(Decimal::default(), Decimal::ZERO);
}

#[test]
fn schema_carries_the_exact_range() {
    let schema = serde_json::to_value(schemars::schema_for!(Decimal)).unwrap();
    assert_eq!(schema["type"], "number");
    assert_eq!(schema["maximum"], MAX_VALUE);
    assert_eq!(schema["minimum"], -MAX_VALUE);
    assert_eq!(Decimal::schema_name(), "Decimal");
    assert_eq!(Decimal::schema_id(), "pain_reprocessing::decimal::Decimal");
}

#[test]
fn exact_helpers() {
    assert_eq!(ratio(1, 3).unwrap().to_string(), "0.33");
    assert_eq!(ratio(-1, 8).unwrap().to_string(), "-0.13");
    // The sign of either side decides the direction of rounding away from zero.
    assert_eq!(ratio(1, -8).unwrap().to_string(), "-0.13");
    assert_eq!(ratio(-1, -8).unwrap().to_string(), "0.13");
    assert_eq!(ratio(1, 0), None);
    // sqrt(2.25) = 1.5: V = 22500 hundredths².
    assert_eq!(sqrt_ratio_hundredths(22_500, 1).unwrap().to_string(), "1.5");
    // sqrt(2) = 1.41421…: V = 20000.
    assert_eq!(
        sqrt_ratio_hundredths(20_000, 1).unwrap().to_string(),
        "1.41"
    );
    // 0.005² exactly: V = 0.25 hundredths² → root 0.5 hundredths → ties up to 0.01.
    assert_eq!(sqrt_ratio_hundredths(1, 4).unwrap().to_string(), "0.01");
    assert_eq!(sqrt_ratio_hundredths(0, 4).unwrap(), Decimal::ZERO);
}
