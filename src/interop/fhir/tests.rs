//! Tests of the FHIR adapter: HL7's own examples, every catalog instrument, every bad input the
//! issue names, and the shape of every resource written.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Value, json};

use super::*;
use crate::goals::{GoalId, GoalMeasure, TreatmentGoal};
use crate::instruments::{Band, LicenceStatus, RecallPeriod, Response, SafetyFlag};
use crate::intake::{IntakeForm, ScreeningCriteria, screen};
use crate::program::{Actor, Event, EventKind, Program};
use crate::protocol::Protocol;
use crate::sessions::{Modality, SessionKind, SessionOutcome};
use crate::{ClinicianId, Note, PatientId, ProgramId, SessionId, SessionRecord, Timepoint};

const US_CORE_PHQ9: &str =
    include_str!("../../../tests/fixtures/fhir/hl7/QuestionnaireResponse-phq-9-example.json");
const SDC_PROFILE_PHQ9: &str = include_str!(
    "../../../tests/fixtures/fhir/hl7/questionnaireresponse-sdc-profile-example-PHQ9.json"
);
const SDC_FLAT_PHQ9: &str =
    include_str!("../../../tests/fixtures/fhir/hl7/questionnaireresponse-sdc-example-PHQ9.json");
const SDC_QUESTIONNAIRE: &str =
    include_str!("../../../tests/fixtures/fhir/hl7/questionnaire-sdc-profile-example-PHQ9.json");

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn answers(response: &Response) -> Vec<Option<u8>> {
    response.answers().collect()
}

fn read(json: &Value) -> Result<ImportedResponse, FhirError> {
    read_questionnaire_response(&json.to_string(), &ReadOptions::new())
}

fn read_err(json: &Value) -> FhirError {
    read(json).unwrap_err()
}

/// A PHQ-9 response with LOINC linkIds (`/code`, as US Core writes them) and `valueInteger`s.
fn phq9_loinc(values: [u8; 9]) -> Value {
    let codes = [
        "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
        "44260-8",
    ];
    let items: Vec<Value> = codes
        .iter()
        .zip(values)
        .map(|(code, value)| json!({"linkId": format!("/{code}"), "answer": [{"valueInteger": value}]}))
        .collect();
    json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": "http://example.org/Questionnaire/phq9",
        "status": "completed",
        "item": [{"linkId": "/44249-1", "item": items}]
    })
}

// ---- HL7's examples -----------------------------------------------------------------------

#[test]
fn us_core_phq9_example_imports_and_scores_to_the_total_it_states() {
    let imported = read_questionnaire_response(US_CORE_PHQ9, &ReadOptions::new()).unwrap();
    let response = imported.response();
    assert_eq!(response.instrument(), InstrumentId::Phq9);
    assert_eq!(
        answers(response),
        [2, 2, 2, 2, 1, 1, 2, 0, 0].map(Some).to_vec()
    );
    let score = response.score().unwrap();
    assert_eq!(score.total(), Decimal::from_int(12));
    assert_eq!(imported.stated_total(), Some(Decimal::from_int(12)));
    assert_eq!(score.band(), Some(Band::Moderate));
    assert!(!score.has_safety_flag());
    assert_eq!(imported.status(), ResponseStatus::Completed);
    assert_eq!(imported.authored(), Some(at("2022-11-29T20:50:32.718Z")));
}

#[test]
fn sdc_questionnaire_items_carry_no_loinc_codes_so_its_linkids_need_an_item_map() {
    let map = QuestionnaireMap::from_json(SDC_QUESTIONNAIRE).unwrap();
    let options = ReadOptions::new().questionnaire(&map);
    let err = read_questionnaire_response(SDC_PROFILE_PHQ9, &options).unwrap_err();
    assert!(
        matches!(&err, FhirError::UnknownItem { link_id, instrument: InstrumentId::Phq9, .. } if link_id == "H1/T1/Q1"),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        "item[0].item[0]: linkId \"H1/T1/Q1\" is not an item of PHQ-9: not a crate item id, not one of its LOINC item codes, not in the item map, and the Questionnaire gives it no such code"
    );
}

fn sdc_links(map: &QuestionnaireMap) -> ReadOptions<'_> {
    (1..=9).fold(ReadOptions::new().questionnaire(map), |options, n| {
        options.link(&format!("H1/T1/Q{n}"), n)
    })
}

#[test]
fn sdc_profile_example_states_13_but_its_answers_sum_to_10() {
    let map = QuestionnaireMap::from_json(SDC_QUESTIONNAIRE).unwrap();
    // The instrument comes from the Questionnaire's total item (code 44261-6); answer codes map
    // through the contained ValueSet's ordinalValues.
    let imported = read_questionnaire_response(SDC_PROFILE_PHQ9, &sdc_links(&map)).unwrap();
    let response = imported.response();
    assert_eq!(response.instrument(), InstrumentId::Phq9);
    assert_eq!(
        answers(response),
        [0, 0, 0, 1, 2, 1, 3, 2, 1].map(Some).to_vec()
    );
    let score = response.score().unwrap();
    assert_eq!(score.total(), Decimal::from_int(10));
    // The example's own total item says 13: the crate scores the answers, never the stated total.
    assert_eq!(imported.stated_total(), Some(Decimal::from_int(13)));
    assert_eq!(
        score.safety_flags(),
        &[SafetyFlag::SuicidalIdeation { answer: 1 }]
    );
}

#[test]
fn sdc_flat_example_names_another_questionnaire_and_codes_outside_its_valueset() {
    let map = QuestionnaireMap::from_json(SDC_QUESTIONNAIRE).unwrap();
    let err = read_questionnaire_response(SDC_FLAT_PHQ9, &sdc_links(&map)).unwrap_err();
    assert_eq!(
        err,
        FhirError::QuestionnaireMismatch {
            response: "Questionnaire/sdc-profile-example-PHQ9".to_owned(),
            given:
                "http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9"
                    .to_owned(),
        }
    );
    // Even told it is that Questionnaire, the answer "Several days" (with a space) is not the
    // ValueSet's code "Several-days": refused, not guessed from its display.
    let mut flat: Value = serde_json::from_str(SDC_FLAT_PHQ9).unwrap();
    flat["questionnaire"] =
        json!("http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9");
    let err = read_questionnaire_response(&flat.to_string(), &sdc_links(&map)).unwrap_err();
    assert!(
        matches!(&err, FhirError::UnknownAnswerCode { link_id, code, .. } if link_id == "H1/T1/Q1" && code == "Several days"),
        "{err}"
    );
}

#[test]
fn a_publisher_questionnaire_with_loinc_item_codes_maps_its_linkids_without_an_item_map() {
    let mut questionnaire: Value = serde_json::from_str(SDC_QUESTIONNAIRE).unwrap();
    let codes = [
        "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
        "44260-8",
    ];
    for (n, code) in codes.iter().enumerate() {
        questionnaire["item"][0]["item"][n]["code"] =
            json!([{"system": "http://loinc.org", "code": code}]);
    }
    let map = QuestionnaireMap::from_value(&questionnaire).unwrap();
    let options = ReadOptions::new().questionnaire(&map);
    let imported = read_questionnaire_response(SDC_PROFILE_PHQ9, &options).unwrap();
    assert_eq!(
        answers(imported.response()),
        [0, 0, 0, 1, 2, 1, 3, 2, 1].map(Some).to_vec()
    );
}

#[test]
fn inline_answer_options_with_ordinal_values_map_codes() {
    let questionnaire = json!({
        "resourceType": "Questionnaire",
        "url": "http://example.org/Questionnaire/gad",
        "code": [{"system": "http://loinc.org", "code": "69737-5"}],
        "item": (1..=7).map(|n| json!({
            "linkId": format!("g{n}"), "type": "choice",
            "answerOption": ([0, 1, 2, 3].iter().map(|v| json!({
                "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": v}],
                "valueCoding": {"system": "http://example.org/cs", "code": format!("a{v}")}
            })).collect::<Vec<_>>())
        })).collect::<Vec<_>>()
    });
    let map = QuestionnaireMap::from_value(&questionnaire).unwrap();
    let options = (1..=7).fold(ReadOptions::new().questionnaire(&map), |o, n| {
        o.link(&format!("g{n}"), n)
    });
    let response = json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": "http://example.org/Questionnaire/gad|1.0",
        "status": "completed",
        "item": (1..=7).map(|n| json!({"linkId": format!("g{n}"), "answer": [{"valueCoding": {"system": "http://example.org/cs", "code": format!("a{}", n % 4)}}]})).collect::<Vec<_>>()
    });
    let imported = read_questionnaire_response(&response.to_string(), &options).unwrap();
    assert_eq!(imported.response().instrument(), InstrumentId::Gad7);
    assert_eq!(
        answers(imported.response()),
        [1, 2, 3, 0, 1, 2, 3].map(Some).to_vec()
    );
}

// ---- item and answer forms ----------------------------------------------------------------

#[test]
fn loinc_linkids_with_and_without_a_slash_nested_groups_and_unanswered_items() {
    let mut json = phq9_loinc([1, 2, 0, 1, 0, 0, 1, 0, 1]);
    json["item"][0]["item"][1]["linkId"] = json!("44255-8"); // no slash
    json["item"][0]["item"][2]
        .as_object_mut()
        .unwrap()
        .remove("answer"); // unanswered
    json["item"][0]["item"][3]["answer"] = json!([{"valueDecimal": 1.0}]);
    json["item"][0]["item"][0]["answer"] =
        json!([{"valueCoding": {"system": "http://loinc.org", "code": "LA6569-3"}}]);
    let imported = read(&json).unwrap();
    assert_eq!(
        answers(imported.response()),
        vec![
            Some(1),
            Some(2),
            None,
            Some(1),
            Some(0),
            Some(0),
            Some(1),
            Some(0),
            Some(1)
        ]
    );
}

#[test]
fn every_loinc_answer_code_reads_as_its_value() {
    for (code, value) in [
        ("LA6568-5", 0),
        ("LA6569-3", 1),
        ("LA6570-1", 2),
        ("LA6571-9", 3),
    ] {
        let mut json = phq9_loinc([0; 9]);
        json["item"][0]["item"][8]["answer"] =
            json!([{"valueCoding": {"system": "http://loinc.org", "code": code}}]);
        assert_eq!(read(&json).unwrap().response().answer(9), Some(value));
    }
}

#[test]
fn answers_nested_under_an_answer_are_read() {
    let mut json = phq9_loinc([0; 9]);
    let items = json["item"][0]["item"].take();
    json["item"] = json!([{"linkId": "intro", "answer": [{"valueBoolean": true, "item": items}]}]);
    json["item"][0]["linkId"] = json!("/44249-1"); // the panel: its own answers are not read
    assert_eq!(read(&json).unwrap().response().missing_count(), 0);
}

#[test]
fn every_catalog_instrument_reads_by_crate_linkids_and_by_its_loinc_codes() {
    for instrument in InstrumentId::ALL
        .into_iter()
        .filter(|i| i.is_fixed_response())
    {
        let definition = instrument.definition();
        let values: Vec<Option<u8>> = (0..definition.item_count())
            .map(|i| {
                let span = definition.answer_max() - definition.answer_min() + 1;
                Some(definition.answer_min() + u8::try_from(i).unwrap() % span)
            })
            .collect();
        let response = if instrument == InstrumentId::Nrs {
            Response::nrs(values[0], RecallPeriod::Now).unwrap()
        } else {
            Response::new(instrument, &values).unwrap()
        };
        let written = serde_json::to_value(questionnaire_response(&response)).unwrap();
        assert_eq!(
            read(&written).unwrap().response(),
            &response,
            "{instrument}"
        );
        // The same answers under LOINC linkIds, where the catalog has item codes.
        let coded: Vec<Value> = definition
            .items()
            .iter()
            .enumerate()
            .filter_map(|(i, _)| {
                let code = loinc_code(instrument, LoincTarget::Item(u8::try_from(i + 1).ok()?))?;
                Some(json!({"linkId": format!("/{code}"), "answer": [{"valueInteger": values[i]}]}))
            })
            .collect();
        if coded.len() == definition.item_count() {
            let json = json!({
                "resourceType": "QuestionnaireResponse",
                "questionnaire": "http://example.org/Q",
                "status": "completed",
                "item": coded
            });
            let options = ReadOptions::new().instrument(instrument);
            let imported = read_questionnaire_response(&json.to_string(), &options).unwrap();
            assert_eq!(imported.response(), &response, "{instrument} by LOINC");
        }
    }
}

#[test]
fn the_nrs_reads_through_its_loinc_code_with_the_recall_given() {
    let json = json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": "http://example.org/Q/pain",
        "status": "completed",
        "item": [{"linkId": "72514-3", "answer": [{"valueInteger": 7}]}]
    });
    assert_eq!(read_err(&json), FhirError::RecallMissing);
    let options = ReadOptions::new().recall(RecallPeriod::PastWeek);
    let imported = read_questionnaire_response(&json.to_string(), &options).unwrap();
    assert_eq!(
        imported.response(),
        &Response::nrs(Some(7), RecallPeriod::PastWeek).unwrap()
    );
}

// ---- round trips --------------------------------------------------------------------------

#[test]
fn every_response_fixture_round_trips_through_a_questionnaire_response() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/schemas/fixtures/response/valid"
    );
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let response: Response = serde_json::from_str(&text).unwrap();
        let json = serde_json::to_string(&questionnaire_response(&response)).unwrap();
        let back = read_questionnaire_response(&json, &ReadOptions::new()).unwrap();
        assert_eq!(back.response(), &response, "{text}");
        count += 1;
    }
    assert!(count >= 3);
}

const KEYS: &[&str] = &[
    "resourceType",
    "questionnaire",
    "status",
    "item",
    "linkId",
    "answer",
    "valueInteger",
    "valueDecimal",
    "valueCoding",
    "valueString",
    "valueQuantity",
    "value",
    "code",
    "system",
    "modifierExtension",
    "extension",
    "url",
    "valueDecimal",
    "answerOption",
    "answerValueSet",
    "contained",
    "compose",
    "include",
    "concept",
    "type",
    "authored",
    "id",
];
const TEXTS: &[&str] = &[
    "QuestionnaireResponse",
    "Questionnaire",
    "ValueSet",
    "completed",
    "entered-in-error",
    "in-progress",
    "/44250-9",
    "44260-8",
    "44261-6",
    "44249-1",
    "phq9_9",
    "nrs_recall",
    "H1/T1/Q1",
    "http://loinc.org",
    "LA6569-3",
    "#VSPHQ9",
    "group",
    "https://pain-reprocessing.example/fhir/Questionnaire/phq9",
    "https://pain-reprocessing.example/fhir/Questionnaire/nrs",
    "http://hl7.org/fhir/StructureDefinition/ordinalValue",
    "",
    "é\u{0}",
];

/// Arbitrary JSON whose keys and strings are the ones the reader looks at.
fn json_value() -> impl proptest::strategy::Strategy<Value = Value> {
    use proptest::prelude::*;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-1e20f64..1e20).prop_map(|f| json!(f)),
        (-2i64..30).prop_map(|n| json!(n)),
        proptest::sample::select(TEXTS).prop_map(|t| json!(t)),
    ];
    leaf.prop_recursive(6, 96, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((proptest::sample::select(KEYS), inner), 0..8).prop_map(
                |pairs| Value::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            ),
        ]
    })
}

/// A QuestionnaireResponse root with arbitrary items: gets past the outer checks.
fn plausible_response() -> impl proptest::strategy::Strategy<Value = Value> {
    use proptest::prelude::*;
    (
        proptest::sample::select(TEXTS),
        proptest::sample::select(&["completed", "in-progress", "stopped", "amended"][..]),
        proptest::collection::vec(json_value(), 0..12),
    )
        .prop_map(|(questionnaire, status, items)| {
            json!({"resourceType": "QuestionnaireResponse", "questionnaire": questionnaire, "status": status, "item": items})
        })
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(256))]

    #[test]
    fn any_response_round_trips(response in crate::testing::response()) {
        let json = serde_json::to_string(&questionnaire_response(&response)).unwrap();
        let back = read_questionnaire_response(&json, &ReadOptions::new()).unwrap();
        proptest::prop_assert_eq!(back.response(), &response);
    }

    #[test]
    fn reading_any_json_never_panics(value in json_value(), plausible in plausible_response()) {
        let _ = read_questionnaire_response(&value.to_string(), &ReadOptions::new());
        let _ = read_questionnaire_response(&plausible.to_string(), &ReadOptions::new().recall(RecallPeriod::Now));
        let map = QuestionnaireMap::from_value(&value).unwrap_or_default();
        let _ = read_questionnaire_response(&plausible.to_string(), &ReadOptions::new().questionnaire(&map).link("H1/T1/Q1", 1).link("x", 99));
    }
}

// ---- bad input ----------------------------------------------------------------------------

#[test]
fn bad_documents_get_typed_errors_naming_the_field() {
    let good = phq9_loinc([0; 9]);

    let mut wrong = good.clone();
    wrong["resourceType"] = json!("Questionnaire");
    assert_eq!(
        read_err(&wrong).to_string(),
        "resourceType is \"Questionnaire\"; expected \"QuestionnaireResponse\""
    );

    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("questionnaire");
    assert_eq!(
        read_err(&missing).to_string(),
        "questionnaire is missing; the canonical URL of the Questionnaire answered"
    );

    let mut voided = good.clone();
    voided["status"] = json!("entered-in-error");
    assert_eq!(read_err(&voided), FhirError::EnteredInError);

    let mut status = good.clone();
    status["status"] = json!("done");
    assert_eq!(
        read_err(&status).to_string(),
        "status is \"done\"; allowed in-progress, completed, amended, stopped"
    );

    let mut unknown = good.clone();
    unknown["item"][0]["item"][4]["linkId"] = json!("/12345-6");
    assert!(
        matches!(read_err(&unknown), FhirError::UnknownItem { link_id, path, .. } if link_id == "/12345-6" && path == "item[0].item[4]")
    );

    let mut text = good.clone();
    text["item"][0]["item"][2]["answer"] = json!([{"valueString": "some days, maybe"}]);
    let err = read_err(&text);
    assert_eq!(
        err.to_string(),
        "item[0].item[2].answer[0]: linkId \"/44259-0\" is answered with valueString (text); this item takes valueInteger, valueDecimal or valueCoding"
    );
    assert!(!err.to_string().contains("maybe")); // no answer text in messages

    let mut range = good.clone();
    range["item"][0]["item"][0]["answer"] = json!([{"valueInteger": 4}]);
    assert_eq!(
        read_err(&range).to_string(),
        "item[0].item[0].answer[0]: linkId \"/44250-9\" is 4; PHQ-9 answers range 0-3"
    );

    let mut fraction = good.clone();
    fraction["item"][0]["item"][0]["answer"] = json!([{"valueDecimal": 1.5}]);
    assert!(matches!(
        read_err(&fraction),
        FhirError::NotAWholeNumber { min: 0, max: 3, .. }
    ));

    let mut two = good.clone();
    two["item"][0]["item"][0]["answer"] = json!([{"valueInteger": 1}, {"valueInteger": 2}]);
    assert!(matches!(
        read_err(&two),
        FhirError::MultipleAnswers { count: 2, .. }
    ));

    let mut twice = good.clone();
    twice["item"][0]["item"][1]["linkId"] = json!("phq9_1");
    assert!(matches!(
        read_err(&twice),
        FhirError::DuplicateItem { item: 1, .. }
    ));

    let mut code = good.clone();
    code["item"][0]["item"][0]["answer"] =
        json!([{"valueCoding": {"system": "http://loinc.org", "code": "LA6573-5"}}]);
    assert!(
        matches!(read_err(&code), FhirError::UnknownAnswerCode { code, .. } if code == "LA6573-5")
    );

    let mut modifier = good.clone();
    modifier["item"][0]["item"][0]["modifierExtension"] = json!([{"url": "http://x"}]);
    assert_eq!(
        read_err(&modifier),
        FhirError::ModifierExtension {
            path: "item[0].item[0]".to_owned()
        }
    );

    let mut no_value = good.clone();
    no_value["item"][0]["item"][0]["answer"] = json!([{}]);
    assert!(
        matches!(read_err(&no_value), FhirError::Missing { path, .. } if path == "item[0].item[0].answer[0].value[x]")
    );

    assert!(matches!(
        read_questionnaire_response("{\"resourceType\":", &ReadOptions::new()),
        Err(FhirError::NotJson {
            category: "eof",
            ..
        })
    ));
}

#[test]
fn the_instrument_must_be_knowable_and_agree() {
    // Only item codes, shared by PHQ-2 and PHQ-9: the reader does not guess.
    let mut json = phq9_loinc([0; 9]);
    json["item"][0]["linkId"] = json!("group");
    assert!(matches!(
        read_err(&json),
        FhirError::UnknownInstrument { .. }
    ));

    let mut crate_url = phq9_loinc([0; 9]);
    crate_url["questionnaire"] = json!(questionnaire_url(InstrumentId::Phq9));
    let options = ReadOptions::new().instrument(InstrumentId::Gad7);
    let err = read_questionnaire_response(&crate_url.to_string(), &options).unwrap_err();
    assert!(matches!(
        err,
        FhirError::InstrumentMismatch {
            given: InstrumentId::Gad7,
            found: InstrumentId::Phq9,
            ..
        }
    ));

    let attribution = json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": questionnaire_url(InstrumentId::PainAttribution),
        "status": "completed"
    });
    assert_eq!(
        read_err(&attribution),
        FhirError::UnsupportedInstrument {
            instrument: InstrumentId::PainAttribution
        }
    );
}

#[test]
fn an_unscorable_phq9_still_yields_its_flag() {
    let mut json = phq9_loinc([0; 9]);
    json["item"][0]["item"][8]
        .as_object_mut()
        .unwrap()
        .remove("answer");
    let response = *read(&json).unwrap().response();
    let flags = response.safety_flags();
    assert_eq!(
        flags.as_slice(),
        &[SafetyFlag::SafetyItemUnanswered { item: 9 }]
    );
    let context = Context::new(&PatientId::new("pt-1").unwrap(), at("2026-03-04T09:00:00Z"));
    let resource = flag(&flags.as_slice()[0], InstrumentId::Phq9, &context);
    assert_eq!(
        resource.code.coding[0].code.as_deref(),
        Some("safety_item_unanswered")
    );
}

// ---- questionnaires -----------------------------------------------------------------------

#[test]
fn questionnaires_carry_text_only_for_public_domain_instruments() {
    for instrument in InstrumentId::ALL {
        let Some(q) = questionnaire(instrument) else {
            assert_eq!(instrument, InstrumentId::PainAttribution);
            continue;
        };
        let definition = instrument.definition();
        assert_eq!(q.url, questionnaire_url(instrument));
        assert!(q.id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
        for (item, catalog) in q.item.iter().zip(definition.items()) {
            assert_eq!(item.link_id, catalog.id());
            if definition.licence().status() != LicenceStatus::PublicDomain {
                assert_eq!(item.text.as_deref(), Some(catalog.label()), "{instrument}");
            }
        }
        // A QuestionnaireMap of the crate's own Questionnaire reads the crate's own responses.
        let map = QuestionnaireMap::from_value(&serde_json::to_value(&q).unwrap()).unwrap();
        let min = vec![Some(definition.answer_min()); definition.item_count()];
        let response = match instrument {
            InstrumentId::Nrs => Response::nrs(min[0], RecallPeriod::Past24Hours).unwrap(),
            _ => Response::new(instrument, &min).unwrap(),
        };
        let written = serde_json::to_string(&questionnaire_response(&response)).unwrap();
        let options = ReadOptions::new().questionnaire(&map);
        let back = read_questionnaire_response(&written, &options).unwrap();
        assert_eq!(back.response(), &response, "{instrument}");
    }
    let phq9 = questionnaire(InstrumentId::Phq9).unwrap();
    assert_eq!(
        phq9.item[8].text.as_deref(),
        Some("Thoughts that you would be better off dead, or of hurting yourself in some way")
    );
    let bpi = questionnaire(InstrumentId::BpiSf).unwrap();
    assert!(bpi.copyright.unwrap().contains("Cleeland"));
}

// ---- observations and flags ---------------------------------------------------------------

fn context() -> Context {
    Context::new(&PatientId::new("pt-1").unwrap(), at("2026-03-04T09:00:00Z"))
        .derived_from(model::Reference::to("QuestionnaireResponse", "qr-1"))
}

#[test]
fn a_phq9_score_becomes_a_loinc_observation_a_panel_with_members_and_a_flag() {
    let response =
        Response::new(InstrumentId::Phq9, &[2, 2, 2, 2, 1, 1, 2, 0, 2].map(Some)).unwrap();
    let score = response.score().unwrap();
    let out = observations(&score, Some(&response), &context(), "a1");
    let total = serde_json::to_value(&out.total).unwrap();
    assert_eq!(
        total,
        json!({
            "resourceType": "Observation",
            "id": "a1-phq9-total",
            "status": "final",
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey", "display": "Survey"}]}],
            "code": {"coding": [{"system": "http://loinc.org", "code": "44261-6"}], "text": "PHQ-9 total score"},
            "subject": {"reference": "Patient/pt-1", "identifier": {"system": PATIENT_ID_SYSTEM, "value": "pt-1"}},
            "effectiveDateTime": "2026-03-04T09:00:00Z",
            "performer": [{"reference": "Patient/pt-1", "identifier": {"system": PATIENT_ID_SYSTEM, "value": "pt-1"}}],
            "valueQuantity": {"value": 14, "unit": "{score}", "system": "http://unitsofmeasure.org", "code": "{score}"},
            "interpretation": [{"coding": [{"system": BAND_SYSTEM, "code": "moderate", "display": "moderate"}], "text": "moderate"}],
            "derivedFrom": [{"reference": "QuestionnaireResponse/qr-1"}]
        })
    );
    let panel = out.panel.as_ref().unwrap();
    assert_eq!(panel.code.coding[0].code.as_deref(), Some("44249-1"));
    assert!(panel.value_quantity.is_none());
    let ids: BTreeSet<String> = out
        .observations()
        .filter_map(|o| o.id.clone())
        .map(|id| format!("Observation/{id}"))
        .collect();
    assert_eq!(panel.has_member.len(), 10);
    for member in &panel.has_member {
        assert!(ids.contains(member.reference.as_deref().unwrap()));
    }
    let item9 = &out.items[8];
    assert_eq!(item9.code.coding[0].code.as_deref(), Some("44260-8"));
    assert_eq!(
        item9.value_codeable_concept.as_ref().unwrap().coding[0]
            .code
            .as_deref(),
        Some("LA6570-1")
    );
    assert_eq!(out.flags.len(), 1);
    let flag = serde_json::to_value(&out.flags[0]).unwrap();
    assert_eq!(flag["category"][0]["coding"][0]["code"], "safety");
    assert_eq!(flag["code"]["coding"][0]["code"], "suicidal_ideation");
    assert_eq!(flag["status"], "active");
    let display = item9.value_codeable_concept.as_ref().unwrap().coding[0]
        .display
        .as_deref();
    assert_eq!(display, Some("More than half the days")); // as HL7's US Core example writes it
    assert_eq!(flag["period"]["start"], "2026-03-04T09:00:00Z");
}

#[test]
fn scores_without_a_verified_loinc_code_use_the_crate_code_system() {
    let response = Response::new(InstrumentId::BpiSf, &[Some(5); 11]).unwrap();
    let out = observations(&response.score().unwrap(), Some(&response), &context(), "b");
    assert_eq!(
        out.total.code.coding[0].system.as_deref(),
        Some(SCORE_SYSTEM)
    );
    assert_eq!(out.total.code.coding[0].code.as_deref(), Some("bpi_sf"));
    let interference = &out.total.component[1];
    assert_eq!(interference.code.coding[0].code.as_deref(), Some("77565-0"));
    assert!(out.panel.is_none() && out.items.is_empty() && out.flags.is_empty());

    let odi = Response::new(InstrumentId::Odi, &[Some(2); 10]).unwrap();
    let out = observations(&odi.score().unwrap(), None, &context(), "c");
    let quantity = out.total.value_quantity.unwrap();
    assert_eq!(
        (quantity.value.unwrap().as_i64(), quantity.code.as_deref()),
        (Some(40), Some("%"))
    );

    let peg = Response::new(InstrumentId::Peg3, &[Some(6), Some(5), Some(6)]).unwrap();
    let out = observations(&peg.score().unwrap(), Some(&peg), &context(), "d");
    assert_eq!(
        out.total.value_quantity.unwrap().value.unwrap().as_f64(),
        Some(5.67)
    );
    assert_eq!(out.panel.unwrap().has_member.len(), 1); // PEG items have no assigned codes
}

#[test]
fn a_prorated_score_says_so_in_a_note() {
    let options = crate::instruments::ScoringOptions::new(
        crate::instruments::MissingPolicy::Prorate { max_missing: 1 },
        1,
    )
    .unwrap();
    let response = Response::new(
        InstrumentId::Gad7,
        &[Some(1), Some(1), None, Some(1), Some(1), Some(1), Some(1)],
    )
    .unwrap();
    let out = observations(
        &response.score_with(&options).unwrap(),
        None,
        &context(),
        "p",
    );
    assert_eq!(
        out.total.note[0].text,
        "unanswered items: 3; the total is prorated"
    );
}

// ---- goals, encounters, care plans, bundles -------------------------------------------------

fn program() -> (Program, Vec<SessionRecord>) {
    let dr = ClinicianId::new("dr-1").unwrap();
    let mut program = Program::new(
        ProgramId::new("prog-1").unwrap(),
        PatientId::new("pt-1").unwrap(),
        Protocol::general_clinical(),
    );
    let intake = IntakeForm::new(crate::testing::eligible_intake()).unwrap();
    let outcome = screen(&intake, &ScreeningCriteria::boulder_trial());
    program
        .apply(Event::screened(
            outcome,
            dr.clone(),
            at("2026-03-02T09:00:00Z"),
        ))
        .unwrap();
    program
        .apply(Event::enrolled(dr.clone(), at("2026-03-03T09:00:00Z")))
        .unwrap();
    let peg = Response::new(InstrumentId::Peg3, &[Some(6), Some(5), Some(6)]).unwrap();
    let phq9 = Response::new(InstrumentId::Phq9, &[1, 1, 2, 1, 0, 1, 0, 0, 1].map(Some)).unwrap();
    let gad7 = Response::new(InstrumentId::Gad7, &[1, 1, 0, 1, 0, 1, 0].map(Some)).unwrap();
    program
        .apply(Event::assessment(
            Timepoint::Baseline,
            [peg, phq9, gad7].map(|r| r.score().unwrap()),
            Actor::Patient {},
            at("2026-03-04T09:00:00Z"),
        ))
        .unwrap();
    program
        .apply(Event::new(
            at("2026-03-04T15:00:00Z"),
            Actor::clinician(dr.clone()),
            EventKind::SafetyConcernResolved { note: None },
        ))
        .unwrap();
    let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
    let goal = TreatmentGoal::new(
        GoalId::new("walk").unwrap(),
        Note::new("Walk the dog every morning").unwrap(),
        day(5),
        GoalMeasure::count_per_week(5).unwrap(),
        day(30),
    )
    .unwrap();
    program
        .apply(Event::new(
            at("2026-03-05T09:00:00Z"),
            Actor::clinician(dr.clone()),
            EventKind::GoalSet { goal },
        ))
        .unwrap();
    let session = SessionId::new("s-1").unwrap();
    program
        .apply(Event::new(
            at("2026-03-05T09:30:00Z"),
            Actor::clinician(dr.clone()),
            EventKind::SessionScheduled {
                number: 1,
                session_id: session.clone(),
                scheduled_for: at("2026-03-06T10:00:00Z"),
            },
        ))
        .unwrap();
    program
        .apply(Event::session_completed(
            1,
            session.clone(),
            dr,
            at("2026-03-06T11:00:00Z"),
        ))
        .unwrap();
    let mut record = SessionRecord::new(
        session,
        1,
        SessionKind::PhysicianEvaluation,
        Modality::Video,
        at("2026-03-06T10:00:00Z"),
    )
    .unwrap();
    record.start(at("2026-03-06T10:00:00Z"), None).unwrap();
    record
        .complete(SessionOutcome::new(at("2026-03-06T10:50:00Z")))
        .unwrap();
    (program, vec![record])
}

#[test]
fn goals_encounters_and_care_plans_map_their_statuses() {
    let (program, records) = program();
    let patient = program.patient();
    let goal = goal(&program.goals()[0], patient);
    assert_eq!(goal.lifecycle_status, "active");
    assert_eq!(
        goal.achievement_status.unwrap().coding[0].code.as_deref(),
        Some("in-progress")
    );
    let range = goal.target[0].detail_range.as_ref().unwrap();
    assert_eq!(
        range.low.as_ref().unwrap().value.as_ref().unwrap().as_i64(),
        Some(5)
    );
    assert!(range.high.is_none());

    let encounter = encounter(&records[0], patient);
    assert_eq!(encounter.status, "finished");
    assert_eq!(encounter.class.code.as_deref(), Some("VR"));
    assert_eq!(
        encounter.period.unwrap().end.as_deref(),
        Some("2026-03-06T10:50:00Z")
    );

    let plan = care_plan(&program, &records);
    assert_eq!(plan.status, "active");
    assert_eq!(plan.activity[0].detail.status, "completed");
    assert_eq!(plan.activity[1].detail.status, "not-started");
    let baseline = plan
        .activity
        .iter()
        .find(|a| {
            a.detail
                .code
                .as_ref()
                .and_then(|c| c.coding[0].code.as_deref())
                == Some("baseline")
        })
        .unwrap();
    assert_eq!(baseline.detail.status, "completed");
    assert_eq!(baseline.outcome_reference.len(), 3);
}

#[test]
fn a_bundle_has_stable_unique_ids_and_every_reference_resolves_inside_it() {
    let (program, records) = program();
    let first = serde_json::to_value(bundle(&program, &records)).unwrap();
    assert_eq!(
        first,
        serde_json::to_value(bundle(&program, &records)).unwrap()
    );
    let entries = first["entry"].as_array().unwrap();
    let mut urls = BTreeSet::new();
    for entry in entries {
        let resource = &entry["resource"];
        let id = resource["id"].as_str().unwrap();
        assert!(
            id.len() <= 64
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.'),
            "{id}"
        );
        let url = format!(
            "{FHIR_BASE}{}/{id}",
            resource["resourceType"].as_str().unwrap()
        );
        assert_eq!(entry["fullUrl"], json!(url));
        assert!(urls.insert(url), "duplicate {id}");
    }
    fn references(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get("reference") {
                    out.push(reference.clone());
                }
                map.values().for_each(|v| references(v, out));
            }
            Value::Array(list) => list.iter().for_each(|v| references(v, out)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    references(&first, &mut found);
    assert!(found.len() > 20);
    for reference in found {
        assert!(
            urls.contains(&format!("{FHIR_BASE}{reference}")),
            "{reference} does not resolve"
        );
    }
    let kinds: BTreeSet<&str> = entries
        .iter()
        .filter_map(|e| e["resource"]["resourceType"].as_str())
        .collect();
    assert_eq!(
        kinds,
        [
            "CarePlan",
            "Encounter",
            "Flag",
            "Goal",
            "Observation",
            "Patient",
            "Practitioner"
        ]
        .into_iter()
        .collect()
    );
}

#[test]
fn ids_are_hashed_when_app_ids_are_not_fhir_ids() {
    assert_eq!(fhir_id("pt-1"), "pt-1");
    assert_eq!(fhir_id("mrn 000123"), fhir_id("mrn 000123"));
    assert_ne!(fhir_id("mrn 000123"), fhir_id("mrn 000124"));
    assert!(fhir_id("mrn 000123").starts_with('h'));
    assert_eq!(fhir_id("mrn 000123").len(), 17);
    assert_eq!(child_id(&"x".repeat(60), "total").len(), 23);
}
