//! Pain attribution in FHIR (issue #19): the causes as answers of one repeating item, their
//! categories nested under them, the coded counts on the Observation, the round trip, the
//! privacy of the patient's words and every bad cause the reader refuses.

use super::*;
use crate::instruments::{AttributionCategory, CodedCause, MAX_CAUSES, SubscaleId};

const DISC: &str = "Herniated disc seen on the MRI";
const STRESS: &str = "Stress at work since the restructuring";
const SLEEP: &str = "Not sleeping well";

fn cause(text: &str, category: Option<AttributionCategory>) -> CodedCause {
    CodedCause::new(Note::new(text).unwrap(), category)
}

/// The response of `docs/schemas/fixtures/response/valid/pain_attribution.json`.
fn attribution() -> Response {
    Response::pain_attribution(
        &[Some(7), Some(4), None],
        vec![
            cause(DISC, Some(AttributionCategory::Peripheral)),
            cause(STRESS, Some(AttributionCategory::MindBrain)),
            cause(SLEEP, None),
        ],
    )
    .unwrap()
}

fn category(code: &str) -> Value {
    json!({"linkId": "attribution_cause_category", "answer": [{"valueCoding": {
        "system": ATTRIBUTION_CATEGORY_SYSTEM, "code": code}}]})
}

/// A response whose causes item has `answers`.
fn with_causes(answers: Vec<Value>) -> Value {
    json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": questionnaire_url(InstrumentId::PainAttribution),
        "status": "completed",
        "item": [
            {"linkId": "attribution_structural", "answer": [{"valueInteger": 2}]},
            {"linkId": "attribution_causes", "answer": answers}
        ]
    })
}

#[test]
fn the_causes_are_written_as_answers_with_their_category_nested() {
    let written = serde_json::to_value(questionnaire_response(&attribution())).unwrap();
    let category = |code: &str, display: &str| {
        json!([{"linkId": "attribution_cause_category", "answer": [{"valueCoding": {
            "system": "https://pain-reprocessing.example/fhir/CodeSystem/attribution-category",
            "code": code, "display": display}}]}])
    };
    assert_eq!(
        written["item"],
        json!([
            {"linkId": "attribution_structural", "answer": [{"valueInteger": 7}]},
            {"linkId": "attribution_mind_brain", "answer": [{"valueInteger": 4}]},
            {"linkId": "attribution_causes", "answer": [
                {"valueString": DISC, "item": category("peripheral", "Peripheral or tissue cause")},
                {"valueString": STRESS, "item": category("mind_brain", "Mind/brain cause")},
                {"valueString": SLEEP}
            ]}
        ])
    );
    // Ratings only (the 5-year form): no causes item at all.
    let ratings = Response::new(InstrumentId::PainAttribution, &[Some(1), None, None]).unwrap();
    let written = serde_json::to_value(questionnaire_response(&ratings)).unwrap();
    assert_eq!(
        written["item"],
        json!([{"linkId": "attribution_structural", "answer": [{"valueInteger": 1}]}])
    );
}

#[test]
fn written_causes_read_back_into_the_same_response() {
    for response in [
        attribution(),
        Response::new(InstrumentId::PainAttribution, &[None, Some(10), Some(0)]).unwrap(),
        Response::pain_attribution(
            &[None; 3],
            (0..MAX_CAUSES)
                .map(|n| cause(&format!("cause {n}\nline two"), None))
                .collect(),
        )
        .unwrap(),
    ] {
        let json = serde_json::to_string(&questionnaire_response(&response)).unwrap();
        let back = read_questionnaire_response(&json, &ReadOptions::new()).unwrap();
        assert_eq!(back.response(), &response);
    }
    // Scored after the trip: 1 mind/brain of 2 coded (the uncoded cause is left out) = 0.50.
    let json = serde_json::to_string(&questionnaire_response(&attribution())).unwrap();
    let score = read_questionnaire_response(&json, &ReadOptions::new())
        .unwrap()
        .response()
        .score()
        .unwrap();
    let causes = score.coded_causes().unwrap();
    assert_eq!((causes.n_coded(), causes.n_mind_brain()), (2, 1));
}

#[test]
fn the_patients_words_never_show_in_debug() {
    let written = questionnaire_response(&attribution());
    let json = serde_json::to_string(&written).unwrap();
    let back = read_questionnaire_response(&json, &ReadOptions::new()).unwrap();
    for debug in [format!("{written:?}"), format!("{back:?}")] {
        for words in [DISC, STRESS, SLEEP] {
            assert!(!debug.contains(words), "{debug}");
        }
        assert!(debug.contains("Note(<redacted, 30 chars>)"), "{debug}");
    }
}

#[test]
fn the_questionnaire_has_the_causes_and_reads_the_crates_own_response() {
    let q = questionnaire(InstrumentId::PainAttribution).unwrap();
    let value = serde_json::to_value(&q).unwrap();
    assert_eq!(
        value["item"][3],
        json!({
            "linkId": "attribution_causes",
            "text": "causes (free text)",
            "type": "string",
            "repeats": true,
            "maxLength": 10000,
            "item": [{
                "linkId": "attribution_cause_category",
                "text": "coded category",
                "type": "choice",
                "answerOption": [
                    {"valueCoding": {"system": ATTRIBUTION_CATEGORY_SYSTEM, "code": "peripheral",
                        "display": "Peripheral or tissue cause"}},
                    {"valueCoding": {"system": ATTRIBUTION_CATEGORY_SYSTEM, "code": "mind_brain",
                        "display": "Mind/brain cause"}}
                ]
            }]
        })
    );
    // No wording of the (unverified-licence) scale: the catalog's labels only.
    assert_eq!(
        value["item"][0]["text"],
        json!("structural/body causes (0-10)")
    );
    let map = QuestionnaireMap::from_value(&value).unwrap();
    let json = serde_json::to_string(&questionnaire_response(&attribution())).unwrap();
    let back = read_questionnaire_response(&json, &ReadOptions::new().questionnaire(&map)).unwrap();
    assert_eq!(back.response(), &attribution());
}

#[test]
fn the_observation_carries_the_ratings_and_the_coded_counts_not_the_words() {
    let response = attribution();
    let score = response.score().unwrap();
    let context = Context::new(&PatientId::new("pt-1").unwrap(), at("2026-03-04T09:00:00Z"));
    let out = observations(&score, Some(&response), &context, "a1");
    let total = serde_json::to_value(&out.total).unwrap();
    assert_eq!(total.get("valueQuantity"), None); // no total (§3.14)
    let components: Vec<(String, Value, String)> = out
        .total
        .component
        .iter()
        .map(|c| {
            let quantity = c.value_quantity.clone().unwrap();
            (
                c.code.coding[0].code.clone().unwrap(),
                serde_json::to_value(quantity.value).unwrap(),
                quantity.unit.unwrap(),
            )
        })
        .collect();
    let row = |code: &str, value: Value, unit: &str| (code.to_owned(), value, unit.to_owned());
    assert_eq!(
        components,
        vec![
            row("pain_attribution.structural", json!(7), "{score}"),
            row("pain_attribution.mind_brain", json!(4), "{score}"),
            row("pain_attribution.n_coded", json!(2), "{count}"),
            row("pain_attribution.n_mind_brain", json!(1), "{count}"),
            row("pain_attribution.mind_brain_share", json!(0.5), "1"),
        ]
    );
    assert_eq!(score.subscale(SubscaleId::StructuralVsMindBrain), None);
    let text = serde_json::to_string(&out.total).unwrap();
    assert!(!text.contains("restructuring"), "{text}");
    // No cause coded: no share (never 0).
    let uncoded = Response::pain_attribution(&[None; 3], vec![cause(SLEEP, None)]).unwrap();
    let out = observations(&uncoded.score().unwrap(), None, &context, "a2");
    let codes: Vec<_> = out
        .total
        .component
        .iter()
        .filter_map(|c| c.code.coding[0].code.as_deref())
        .collect();
    assert_eq!(
        codes,
        ["pain_attribution.n_coded", "pain_attribution.n_mind_brain"]
    );
}

#[test]
fn a_cause_with_an_unknown_category_is_refused_naming_its_answer() {
    let unknown = |system: &str, code: &str| {
        let answer = json!({"valueString": "x", "item": [{"linkId": "attribution_cause_category",
            "answer": [{"valueCoding": {"system": system, "code": code}}]}]});
        read_err(&with_causes(vec![json!({"valueString": "y"}), answer]))
    };
    let path = "item[1].answer[1].item[0].answer[0].valueCoding";
    assert_eq!(
        unknown(ATTRIBUTION_CATEGORY_SYSTEM, "genetic"),
        FhirError::UnknownAnswerCode {
            path: path.to_owned(),
            link_id: "attribution_cause_category".to_owned(),
            system: ATTRIBUTION_CATEGORY_SYSTEM.to_owned(),
            code: "genetic".to_owned(),
        }
    );
    // The right code in another system is not the crate's code.
    assert!(matches!(
        unknown(LOINC, "mind_brain"),
        FhirError::UnknownAnswerCode { code, system, .. } if code == "mind_brain" && system == LOINC
    ));
    // A category that is not a coding.
    let answer = json!({"valueString": "x", "item": [{"linkId": "attribution_cause_category",
        "answer": [{"valueInteger": 1}]}]});
    assert!(matches!(
        read_err(&with_causes(vec![answer])),
        FhirError::UnknownAnswerCode { path, code, .. }
            if path == "item[1].answer[0].item[0].answer[0].valueCoding" && code.is_empty()
    ));
    // Two categories for one cause.
    let answer =
        json!({"valueString": "x", "item": [category("peripheral"), category("mind_brain")]});
    assert_eq!(
        read_err(&with_causes(vec![answer])),
        FhirError::MultipleAnswers {
            path: "item[1].answer[0].item[1]".to_owned(),
            link_id: "attribution_cause_category".to_owned(),
            count: 2,
        }
    );
    // Something else nested under a cause.
    let answer = json!({"valueString": "x", "item": [{"linkId": "cause_weight", "answer": [{"valueInteger": 1}]}]});
    assert_eq!(
        read_err(&with_causes(vec![answer])),
        FhirError::UnknownItem {
            path: "item[1].answer[0].item[0]".to_owned(),
            link_id: "cause_weight".to_owned(),
            instrument: InstrumentId::PainAttribution,
        }
    );
}

#[test]
fn a_cause_without_text_is_refused_without_quoting_any_text() {
    let problem =
        |answer: Value| match read_err(&with_causes(vec![json!({"valueString": "ok"}), answer])) {
            FhirError::CauseText {
                path,
                link_id,
                problem,
            } => {
                assert_eq!(path, "item[1].answer[1]");
                assert_eq!(link_id, "attribution_causes");
                problem
            }
            other => panic!("{other:?}"),
        };
    assert_eq!(
        problem(json!({"item": [category("peripheral")]})),
        "without a valueString"
    );
    assert_eq!(
        problem(json!({"valueString": ""})),
        "whose text is empty, too long or has a control character"
    );
    let secret = "secret\u{7}bell";
    assert_eq!(
        problem(json!({"valueString": secret})),
        "whose text is empty, too long or has a control character"
    );
    assert_eq!(
        problem(json!({"valueString": 3})),
        "whose valueString is not a JSON string"
    );
    assert_eq!(
        problem(json!({"valueInteger": 3})),
        "answered with a value[x] other than valueString"
    );
    let err = read_err(&with_causes(vec![json!({"valueString": secret})]));
    assert!(!err.to_string().contains("secret"), "{err}");
    assert!(!format!("{err:?}").contains("secret"), "{err:?}");
    assert_eq!(
        read_err(&with_causes(vec![json!("stress")])),
        FhirError::Invalid {
            path: "item[1].answer[0]".to_owned(),
            expected: "an object",
        }
    );
}

#[test]
fn more_than_the_most_causes_or_a_second_causes_item_is_refused() {
    let answers = |n: usize| {
        (0..n)
            .map(|_| json!({"valueString": "c"}))
            .collect::<Vec<_>>()
    };
    let read = read(&with_causes(answers(MAX_CAUSES))).unwrap();
    assert_eq!(read.response().causes().len(), 20);
    assert_eq!(
        read_err(&with_causes(answers(MAX_CAUSES + 1))),
        FhirError::TooManyCauses {
            path: "item[1]".to_owned(),
            link_id: "attribution_causes".to_owned(),
            count: 21,
            max: 20,
        }
    );
    let mut twice = with_causes(answers(1));
    let again = twice["item"][1].clone();
    twice["item"].as_array_mut().unwrap().push(again);
    assert_eq!(
        read_err(&twice),
        FhirError::DuplicateCauses {
            path: "item[2]".to_owned(),
            link_id: "attribution_causes".to_owned(),
        }
    );
    // A cause's answer with a modifierExtension is refused like any other answer's.
    let modified =
        json!({"valueString": "c", "modifierExtension": [{"url": "http://example.org/x"}]});
    assert_eq!(
        read_err(&with_causes(vec![modified])),
        FhirError::ModifierExtension {
            path: "item[1].answer[0]".to_owned()
        }
    );
    // The causes item belongs to pain attribution only.
    let mut phq = phq9_loinc([0; 9]);
    phq["item"]
        .as_array_mut()
        .unwrap()
        .push(json!({"linkId": "attribution_causes", "answer": [{"valueString": "c"}]}));
    assert!(matches!(
        read_err(&phq),
        FhirError::UnknownItem { link_id, .. } if link_id == "attribution_causes"
    ));
}
