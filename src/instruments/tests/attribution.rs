//! Pain attribution through the one response path (issue #19): the response JSON, its score (no
//! total; the three ratings as single-item subscales; the coded causes), the old
//! `AttributionResponse` documents, and the privacy of the patients' words.

use super::*;
use crate::Note;
use serde_json::json;

const WORDS: &str = "Stress at work since the restructuring";

fn cause(text: &str, category: Option<AttributionCategory>) -> CodedCause {
    CodedCause::new(Note::new(text).unwrap(), category)
}

/// The fixture `docs/schemas/fixtures/response/valid/pain_attribution.json`.
fn fixture() -> serde_json::Value {
    json!({
        "schema_version": 2,
        "instrument": "pain_attribution",
        "answers": [7, 4, null],
        "causes": [
            { "text": "Herniated disc seen on the MRI", "category": "peripheral" },
            { "text": WORDS, "category": "mind_brain" },
            { "text": "Not sleeping well", "category": null },
        ],
    })
}

#[test]
fn the_response_json_scores_like_every_other_instrument() {
    let response: Response = serde_json::from_value(fixture()).unwrap();
    assert_eq!(response.instrument(), InstrumentId::PainAttribution);
    assert_eq!(
        response.answers().collect::<Vec<_>>(),
        [Some(7), Some(4), None]
    );
    assert_eq!(response.causes().len(), 3);
    assert_eq!(serde_json::to_value(&response).unwrap(), fixture());
    let score = response.score().unwrap();
    // No total, no band (§3.14); each answered rating is a single-item subscale.
    assert_eq!(score.total(), None);
    assert_eq!(score.band(), None);
    assert_eq!(score.missing_handling(), MissingHandling::NotScored);
    assert_eq!(score.missing_items().collect::<Vec<_>>(), [3]);
    assert_eq!(score.subscale(SubscaleId::Structural), Some(d("7")));
    assert_eq!(score.subscale(SubscaleId::MindBrain), Some(d("4")));
    assert_eq!(score.subscale(SubscaleId::StructuralVsMindBrain), None);
    // 2 causes coded (the third is not), 1 of them mind/brain: 1/2 = 0.5.
    let causes = score.coded_causes().unwrap();
    assert_eq!((causes.n_coded(), causes.n_mind_brain()), (2, 1));
    assert_eq!(
        causes.mind_brain_share(),
        MindBrainShare::Computed { share: d("0.5") }
    );
    // The score JSON is the fixture docs/schemas/fixtures/score/valid/pain_attribution.json and
    // reads back as the same score.
    let written = serde_json::to_value(score).unwrap();
    assert_eq!(
        written,
        json!({
            "schema_version": 2,
            "instrument": "pain_attribution",
            "total": null,
            "band": null,
            "subscales": [
                { "subscale": "structural", "value": 7, "missing_handling": "complete" },
                { "subscale": "mind_brain", "value": 4, "missing_handling": "complete" },
            ],
            "safety_flags": [],
            "missing_items": [3],
            "missing_handling": "not_scored",
            "options": { "missing": { "rule": "require_all" }, "odi_max_missing_sections": 1 },
            "rule_version": 1,
            "coded_causes": {
                "n_coded": 2,
                "n_mind_brain": 1,
                "mind_brain_share": { "status": "computed", "share": 0.5 },
            },
        })
    );
    assert_eq!(serde_json::from_value::<Score>(written).unwrap(), score);
    // Other instruments' scores carry no coded causes.
    assert_eq!(
        all(InstrumentId::Gad7, 1).score().unwrap().coded_causes(),
        None
    );
}

#[test]
fn ratings_only_and_no_cause_coded() {
    // The 5-year form: ratings only; `causes` may be left out and is written as [].
    let ratings_only: Response = serde_json::from_value(json!({
        "schema_version": 2, "instrument": "pain_attribution", "answers": [2, 8, 3],
    }))
    .unwrap();
    assert_eq!(
        ratings_only,
        Response::new(InstrumentId::PainAttribution, &[Some(2), Some(8), Some(3)]).unwrap()
    );
    assert_eq!(
        serde_json::to_value(&ratings_only).unwrap()["causes"],
        json!([])
    );
    let score = ratings_only.score().unwrap();
    assert_eq!(score.subscales().len(), 3);
    let causes = score.coded_causes().unwrap();
    assert_eq!((causes.n_coded(), causes.n_mind_brain()), (0, 0));
    assert_eq!(causes.mind_brain_share(), MindBrainShare::NotComputable);
    // Every rating unanswered, causes listed: still a score (the share), with no subscale.
    let causes_only = Response::pain_attribution(
        &[None, None, None],
        vec![cause("a", Some(AttributionCategory::MindBrain))],
    )
    .unwrap();
    let score = causes_only.score().unwrap();
    assert_eq!(score.subscales().len(), 0);
    assert_eq!(
        score.coded_causes().unwrap().mind_brain_share(),
        MindBrainShare::Computed { share: d("1") }
    );
    assert_eq!(
        serde_json::from_value::<Score>(serde_json::to_value(score).unwrap()).unwrap(),
        score
    );
}

#[test]
fn bad_attribution_input_is_refused_with_its_kind() {
    assert_eq!(
        Response::pain_attribution(&[Some(11), None, None], vec![]).unwrap_err(),
        InstrumentError::AnswerOutOfRange {
            instrument: InstrumentId::PainAttribution,
            item: 1,
            value: 11,
            min: 0,
            max: 10,
        }
    );
    assert_eq!(
        Response::pain_attribution(&[None, None], vec![]).unwrap_err(),
        InstrumentError::WrongAnswerCount {
            instrument: InstrumentId::PainAttribution,
            expected: 3,
            found: 2,
        }
    );
    assert_eq!(
        Response::pain_attribution(&[None; 3], vec![cause("a", None); 21]).unwrap_err(),
        InstrumentError::InvalidAttribution {
            reason: "more than 20 causes"
        }
    );
    // Causes belong to pain attribution only, even an empty list.
    let mut phq9 = serde_json::to_value(all(InstrumentId::Phq9, 0)).unwrap();
    phq9["causes"] = json!([]);
    assert_eq!(
        serde_json::from_value::<Response>(phq9)
            .unwrap_err()
            .to_string(),
        InstrumentError::CausesNotApplicable {
            instrument: InstrumentId::Phq9
        }
        .to_string()
    );
    // A forged score: a total, a complete handling, missing or foreign coded causes, a share
    // that is not the counts'.
    let score = serde_json::to_value(
        serde_json::from_value::<Response>(fixture())
            .unwrap()
            .score()
            .unwrap(),
    )
    .unwrap();
    let refused = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut forged = score.clone();
        edit(&mut forged);
        serde_json::from_value::<Score>(forged)
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        refused(&|s| s["total"] = json!(0.5)),
        "Pain attribution score is inconsistent: a total that was not scored must be null"
    );
    assert_eq!(
        refused(&|s| s["missing_handling"] = json!("complete")),
        "Pain attribution score is inconsistent: only a BPI-SF total that was not scored, or pain attribution's, may be null"
    );
    assert_eq!(
        refused(&|s| {
            s.as_object_mut().unwrap().remove("coded_causes");
        }),
        "Pain attribution score is inconsistent: a pain-attribution score carries its coded_causes"
    );
    assert_eq!(
        refused(&|s| s["coded_causes"]["mind_brain_share"]["share"] = json!(0.67)),
        "pain attribution: mind_brain_share does not match the counts"
    );
    assert_eq!(
        refused(&|s| s["subscales"][1]["value"] = json!(11)),
        "Pain attribution score is inconsistent: subscale outside its range"
    );
    let mut gad7 = serde_json::to_value(all(InstrumentId::Gad7, 1).score().unwrap()).unwrap();
    gad7["coded_causes"] = score["coded_causes"].clone();
    assert_eq!(
        serde_json::from_value::<Score>(gad7)
            .unwrap_err()
            .to_string(),
        "GAD-7 score is inconsistent: only a pain-attribution score has coded_causes"
    );
}

#[test]
fn old_attribution_documents_read_and_convert_without_loss() {
    // docs/schemas/fixtures/attribution_response/valid: the format before issue #19.
    let old: AttributionResponse = serde_json::from_value(json!({
        "structural": 7,
        "mind_brain": 4,
        "ratio": null,
        "causes": fixture()["causes"].clone(),
    }))
    .unwrap();
    let summary = old.summary();
    let response = Response::from(old.clone());
    assert_eq!(
        response,
        serde_json::from_value::<Response>(fixture()).unwrap()
    );
    assert_eq!(response.causes(), old.causes());
    // The score says what the old summary said.
    let score = response.score().unwrap();
    let causes = score.coded_causes().unwrap();
    assert_eq!(
        (
            causes.n_coded(),
            causes.n_mind_brain(),
            causes.mind_brain_share()
        ),
        (
            summary.n_coded(),
            summary.n_mind_brain(),
            summary.mind_brain_share()
        )
    );
    assert_eq!(
        score.subscale(SubscaleId::Structural),
        summary
            .structural()
            .map(|r| Decimal::from_int(i32::from(r.value())))
    );
    assert_eq!(
        score.subscale(SubscaleId::MindBrain),
        summary
            .mind_brain()
            .map(|r| Decimal::from_int(i32::from(r.value())))
    );
    assert_eq!(score.subscale(SubscaleId::StructuralVsMindBrain), None);
}

#[test]
fn the_patients_words_stay_out_of_debug_and_errors() {
    let response = Response::pain_attribution(
        &[Some(1), None, Some(2)],
        vec![cause(WORDS, Some(AttributionCategory::MindBrain))],
    )
    .unwrap();
    assert!(!format!("{response:?}").contains("restructuring"));
    let score = response.score().unwrap();
    assert!(!format!("{score:?}").contains("restructuring"));
    assert!(
        !serde_json::to_string(&score)
            .unwrap()
            .contains("restructuring")
    );
    let mut too_many = fixture();
    too_many["causes"] = json!(vec![json!({ "text": WORDS, "category": null }); 21]);
    let error = serde_json::from_value::<Response>(too_many)
        .unwrap_err()
        .to_string();
    assert!(!error.contains("restructuring"), "{error}");
}

#[test]
fn interchange_formats_handle_pain_attribution_or_refuse_it_by_kind() {
    use crate::interop::redcap::{MappingError, RedcapMapping};
    // REDCap carries answers only: a mapping of pain attribution is refused by kind.
    let mapping = json!({
        "schema_version": 2,
        "not_answered": [],
        "events": [{ "event": "t1", "timepoint": { "kind": "baseline" } }],
        "instruments": [{
            "instrument": "pain_attribution",
            "items": [{ "field": "a1" }, { "field": "a2" }, { "field": "a3" }],
        }],
    });
    assert_eq!(
        serde_json::from_value::<RedcapMapping>(mapping)
            .unwrap_err()
            .to_string(),
        MappingError::NotFixedAnswers {
            instrument: InstrumentId::PainAttribution
        }
        .to_string()
    );
    // FHIR carries the causes (a QuestionnaireResponse answer each, read back unchanged:
    // interop::fhir::tests::read).
    // The batch path scores it like any response; its output has the counts, never the words.
    let record = serde_json::to_string(&fixture()).unwrap();
    let result =
        crate::interop::batch::score_record(record.as_bytes(), 1, 1, &ScoringOptions::DEFAULT);
    let mut out = Vec::new();
    crate::interop::batch::write_result(&mut out, &result).unwrap();
    let line = String::from_utf8(out).unwrap();
    assert!(
        line.contains(r#""coded_causes":{"n_coded":2,"n_mind_brain":1"#),
        "{line}"
    );
    assert!(!line.contains("restructuring"), "{line}");
}

#[test]
fn a_category_is_named_as_serde_writes_it() {
    for category in AttributionCategory::ALL {
        assert_eq!(
            serde_json::to_value(category).unwrap(),
            json!(category.as_str())
        );
    }
    assert_eq!(AttributionCategory::MindBrain.as_str(), "mind_brain");
}
