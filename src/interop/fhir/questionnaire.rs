//! A `Questionnaire` per catalog instrument.

use super::model::{AnswerOption, Coding, Extension, Questionnaire, QuestionnaireItem};
use super::write::category_coding;
use super::{
    ATTRIBUTION_CATEGORY_LINK_ID, ATTRIBUTION_CAUSES_LINK_ID, LOINC, NRS_RECALL_LINK_ID,
    RECALL_SYSTEM, loinc_code, questionnaire_url, resource_id_of, sentence_case,
};
use crate::instruments::{
    AttributionCategory, InstrumentId, LicenceStatus, LoincTarget, RecallPeriod,
};
use crate::text::MAX_NOTE_CHARS;

const ORDINAL_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
const MIN_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";

/// PHQ-9's item wording, as HL7's US Core `QuestionnaireResponse-phq-9-example` (CC0) writes it;
/// the PHQ is public domain (clinical reference §3.4 `[S55]` `[S56]`). PHQ-2 is items 1-2.
const PHQ9_TEXT: [&str; 9] = [
    "Little interest or pleasure in doing things?",
    "Feeling down, depressed, or hopeless?",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself-or that you are a failure or have let yourself or your family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed. Or the opposite-being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead, or of hurting yourself in some way",
];

/// The published wording of item `index` (0-based), where the instrument is public domain and the
/// crate has the wording from a CC0 source.
fn published_text(instrument: InstrumentId, index: usize) -> Option<&'static str> {
    match instrument {
        InstrumentId::Phq9 | InstrumentId::Phq2 => PHQ9_TEXT.get(index).copied(),
        _ => None,
    }
}

/// The `Questionnaire` of a catalog instrument (every instrument of the catalog has one; `None`
/// is kept for an instrument without a FHIR form).
///
/// Items use the crate's item ids as `linkId`s and carry the catalog's verified LOINC item codes.
/// Items with verified LOINC answer codes (PHQ-9, PHQ-2) are `choice` questions whose options
/// carry an `ordinalValue`; the others are `integer` questions with `minValue`/`maxValue`. The
/// text is the published wording only for public-domain instruments with a CC0 source in hand
/// (PHQ-9, PHQ-2), otherwise the catalog's short neutral label; copyrighted instruments (per the
/// catalog's licence) get no wording at all, only the label, structure and codes. Pain
/// attribution adds its causes: a repeating `string` question `attribution_causes` with a nested
/// `choice` question `attribution_cause_category` (the crate-defined
/// [`ATTRIBUTION_CATEGORY_SYSTEM`](super::ATTRIBUTION_CATEGORY_SYSTEM) codes).
///
/// ```
/// use pain_reprocessing::instruments::InstrumentId;
/// use pain_reprocessing::interop::fhir::questionnaire;
///
/// let phq9 = questionnaire(InstrumentId::Phq9).unwrap();
/// assert_eq!(phq9.code[0].code.as_deref(), Some("44249-1"));
/// assert_eq!(phq9.item[8].code[0].code.as_deref(), Some("44260-8"));
/// assert_eq!(phq9.item[0].answer_option.len(), 4);
/// let bpi = questionnaire(InstrumentId::BpiSf).unwrap();
/// assert_eq!(bpi.item[0].kind, "integer");
/// ```
pub fn questionnaire(instrument: InstrumentId) -> Option<Questionnaire> {
    let definition = instrument.definition();
    let public_domain = definition.licence().status() == LicenceStatus::PublicDomain;
    let answer_codes: Vec<(u8, &str)> = definition
        .loinc()
        .iter()
        .filter_map(|loinc| match loinc.target() {
            LoincTarget::Answer(value) => Some((value, loinc.code())),
            _ => None,
        })
        .collect();
    let mut item: Vec<QuestionnaireItem> = definition
        .items()
        .iter()
        .enumerate()
        .map(|(index, catalog_item)| {
            let n = u8::try_from(index + 1).unwrap_or(u8::MAX);
            let text = published_text(instrument, index)
                .filter(|_| public_domain)
                .unwrap_or(catalog_item.label());
            let code = loinc_code(instrument, LoincTarget::Item(n))
                .map(|code| vec![Coding::new(LOINC, code)])
                .unwrap_or_default();
            let mut question = QuestionnaireItem {
                link_id: catalog_item.id().to_owned(),
                code,
                text: Some(text.to_owned()),
                ..QuestionnaireItem::default()
            };
            let complete_codes = (definition.answer_min()..=definition.answer_max())
                .all(|value| answer_codes.iter().any(|(v, _)| *v == value));
            if complete_codes {
                question.kind = "choice".to_owned();
                question.answer_option = answer_codes
                    .iter()
                    .map(|(value, code)| {
                        let mut coding = Coding::new(LOINC, code);
                        coding.display = definition
                            .anchors()
                            .iter()
                            .find(|anchor| anchor.value() == *value)
                            .map(|anchor| sentence_case(anchor.label()));
                        AnswerOption {
                            extension: vec![Extension {
                                url: ORDINAL_VALUE.to_owned(),
                                value_decimal: Some(serde_json::Number::from(*value)),
                                ..Extension::default()
                            }],
                            value_coding: coding,
                        }
                    })
                    .collect();
            } else {
                question.kind = "integer".to_owned();
                question.extension = vec![
                    Extension {
                        url: MIN_VALUE.to_owned(),
                        value_integer: Some(i64::from(definition.answer_min())),
                        ..Extension::default()
                    },
                    Extension {
                        url: MAX_VALUE.to_owned(),
                        value_integer: Some(i64::from(definition.answer_max())),
                        ..Extension::default()
                    },
                ];
            }
            question
        })
        .collect();
    if instrument == InstrumentId::Nrs {
        item.push(QuestionnaireItem {
            link_id: NRS_RECALL_LINK_ID.to_owned(),
            text: Some("recall period".to_owned()),
            kind: "choice".to_owned(),
            required: Some(true),
            answer_option: [
                RecallPeriod::Now,
                RecallPeriod::Past24Hours,
                RecallPeriod::PastWeek,
            ]
            .into_iter()
            .map(|period| AnswerOption {
                extension: Vec::new(),
                value_coding: Coding::new(RECALL_SYSTEM, period.as_str()),
            })
            .collect(),
            ..QuestionnaireItem::default()
        });
    }
    if instrument == InstrumentId::PainAttribution {
        item.push(causes_item());
    }
    let id = resource_id_of(instrument);
    Some(Questionnaire {
        resource_type: "Questionnaire".to_owned(),
        name: instrument.as_str().to_uppercase(),
        url: questionnaire_url(instrument),
        id,
        title: definition.name().to_owned(),
        status: "active".to_owned(),
        subject_type: vec!["Patient".to_owned()],
        copyright: Some(format!(
            "{}: {}",
            definition.licence().status().as_str(),
            definition.licence().note()
        )),
        code: loinc_code(instrument, LoincTarget::Panel)
            .map(|code| vec![Coding::new(LOINC, code)])
            .unwrap_or_default(),
        item,
    })
}

/// Pain attribution's causes (§3.14): each answer one cause in the patient's words, its blind
/// code nested under it.
fn causes_item() -> QuestionnaireItem {
    QuestionnaireItem {
        link_id: ATTRIBUTION_CAUSES_LINK_ID.to_owned(),
        text: Some("causes (free text)".to_owned()),
        kind: "string".to_owned(),
        repeats: Some(true),
        max_length: u32::try_from(MAX_NOTE_CHARS).ok(),
        item: vec![QuestionnaireItem {
            link_id: ATTRIBUTION_CATEGORY_LINK_ID.to_owned(),
            text: Some("coded category".to_owned()),
            kind: "choice".to_owned(),
            answer_option: AttributionCategory::ALL
                .into_iter()
                .map(|category| AnswerOption {
                    extension: Vec::new(),
                    value_coding: category_coding(category),
                })
                .collect(),
            ..QuestionnaireItem::default()
        }],
        ..QuestionnaireItem::default()
    }
}
