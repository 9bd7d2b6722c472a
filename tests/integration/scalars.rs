//! The scalar types accept, through every door (constructor, serde, published schema), exactly the
//! same values, and round-trip through JSON unchanged.

use pain_reprocessing::{
    ClinicianId, Note, PatientId, Percentage, ProgramId, Rating, SessionId, testing,
};
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::support::{proptest_config, schema_verdict, validator};

/// Asserts that serde and the schema `name` agree on `instance`, and that an accepted value
/// serializes back to the same JSON.
fn assert_doors_agree<T>(name: &str, instance: &Value, constructor_accepts: bool)
where
    T: serde::de::DeserializeOwned + serde::Serialize,
{
    let schema = schema_verdict(&validator(name), instance);
    let serde = serde_json::from_value::<T>(instance.clone());
    assert_eq!(
        schema.is_ok(),
        constructor_accepts,
        "{name}: schema says {schema:?} for {instance}, constructor says {constructor_accepts}"
    );
    assert_eq!(
        serde.is_ok(),
        constructor_accepts,
        "{name}: serde says {:?} for {instance}, constructor says {constructor_accepts}",
        serde.as_ref().err()
    );
    if let Ok(value) = serde {
        let written = serde_json::to_value(&value).unwrap();
        // JSON does not tell `5.0` from `5`: numbers compare by value.
        let same = match (&written, instance) {
            (Value::Number(a), Value::Number(b)) => a.as_f64() == b.as_f64(),
            (a, b) => a == b,
        };
        assert!(same, "{name}: {instance} was written back as {written}");
    }
}

#[test]
fn rating_boundaries_through_every_door() {
    for v in [-1_i64, 0, 1, 9, 10, 11, 255, 256, i64::MIN, i64::MAX] {
        assert_doors_agree::<Rating>("rating", &json!(v), Rating::try_from(v).is_ok());
    }
    // Fractions and non-numbers: rejected by all three.
    for bad in [json!(3.5), json!("5"), json!(null), json!(true), json!([5])] {
        assert_doors_agree::<Rating>("rating", &bad, false);
    }
}

#[test]
fn percentage_boundaries_through_every_door() {
    for v in [-0.01, 0.0, 0.01, 50.5, 99.99, 100.0, 100.01, 1e9] {
        assert_doors_agree::<Percentage>("percentage", &json!(v), Percentage::try_from(v).is_ok());
    }
    assert!(Percentage::try_from(f64::NAN).is_err());
    assert!(Percentage::try_from(f64::INFINITY).is_err());
}

#[test]
fn identifier_boundaries_through_every_door() {
    let cases = [
        String::new(),
        "a".into(),
        "x".repeat(64),
        "x".repeat(65),
        "é".repeat(64),
        "a\u{0}b".into(),
        "tab\tinside".into(),
        "del\u{7f}".into(),
        "c1\u{85}".into(),
        "nbsp\u{a0}ok".into(),
    ];
    for case in cases {
        let instance = json!(case);
        assert_doors_agree::<PatientId>(
            "patient_id",
            &instance,
            PatientId::new(case.clone()).is_ok(),
        );
        assert_doors_agree::<ClinicianId>(
            "clinician_id",
            &instance,
            ClinicianId::new(case.clone()).is_ok(),
        );
        assert_doors_agree::<ProgramId>(
            "program_id",
            &instance,
            ProgramId::new(case.clone()).is_ok(),
        );
        assert_doors_agree::<SessionId>(
            "session_id",
            &instance,
            SessionId::new(case.clone()).is_ok(),
        );
    }
}

#[test]
fn note_boundaries_through_every_door() {
    for case in [
        String::new(),
        "x".into(),
        "x".repeat(10_000),
        "x".repeat(10_001),
        "a\r\nb\tc".into(),
        "bell\u{7}".into(),
        "vt\u{b}".into(),
    ] {
        let accepts = Note::new(case.clone()).is_ok();
        assert_doors_agree::<Note>("note", &json!(case), accepts);
    }
}

fn arbitrary_number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(|v| json!(v)),
        (-20_i64..=120).prop_map(|v| json!(v)),
        (-20.0_f64..120.0).prop_map(|v| json!(v)),
        (-2_000_i64..=12_000).prop_map(|h| json!(h as f64 / 100.0)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|v| json!(v)),
    ]
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,80}",
        proptest::collection::vec(any::<char>(), 0..80).prop_map(|c| c.into_iter().collect()),
        "[a-z0-9-]{60,70}",
    ]
}

proptest! {
    #![proptest_config(proptest_config(256))]

    #[test]
    fn rating_schema_accepts_exactly_what_the_type_accepts(instance in arbitrary_number()) {
        let accepts = match &instance {
            Value::Number(n) => n.as_i64().is_some_and(|v| Rating::try_from(v).is_ok())
                || n.as_f64().is_some_and(|v| Rating::try_from(v).is_ok()),
            _ => false,
        };
        assert_doors_agree::<Rating>("rating", &instance, accepts);
    }

    #[test]
    fn percentage_schema_accepts_exactly_what_the_type_accepts(
        instance in (-2_000_i64..=12_000).prop_map(|h| json!(h as f64 / 100.0)),
    ) {
        let accepts = instance.as_f64().is_some_and(|v| Percentage::try_from(v).is_ok());
        assert_doors_agree::<Percentage>("percentage", &instance, accepts);
    }

    #[test]
    fn identifier_schemas_accept_exactly_what_the_types_accept(text in arbitrary_text()) {
        let instance = json!(text);
        assert_doors_agree::<PatientId>("patient_id", &instance, PatientId::new(text.clone()).is_ok());
        assert_doors_agree::<SessionId>("session_id", &instance, SessionId::new(text.clone()).is_ok());
    }

    #[test]
    fn note_schema_accepts_exactly_what_the_type_accepts(text in arbitrary_text()) {
        assert_doors_agree::<Note>("note", &json!(text), Note::new(text.clone()).is_ok());
    }

    #[test]
    fn generated_values_round_trip_and_validate(
        rating in testing::rating(),
        percentage in testing::percentage(),
        decimal in testing::decimal(),
        patient in testing::patient_id(),
        clinician in testing::clinician_id(),
        program in testing::program_id(),
        session in testing::session_id(),
        note in testing::note(),
    ) {
        fn check<T>(name: &str, value: &T)
        where
            T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
        {
            let json = serde_json::to_value(value).unwrap();
            assert_eq!(schema_verdict(&validator(name), &json), Ok(()), "{name}: {json}");
            assert_eq!(&serde_json::from_value::<T>(json).unwrap(), value, "{name}");
        }
        check("rating", &rating);
        check("percentage", &percentage);
        check("decimal", &decimal);
        check("patient_id", &patient);
        check("clinician_id", &clinician);
        check("program_id", &program);
        check("session_id", &session);
        check("note", &note);
    }
}
