//! A publisher's `Questionnaire`, as far as the reader needs it: item codes and ordinal values.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::FhirError;
use super::LOINC;
use super::error::clip;
use super::json::{array, hundredths_of, opt_str, parse, req_str, resource};
use crate::instruments::{InstrumentId, LoincTarget};

const ORDINAL_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
const ISO21090_CO_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value";

/// What a publisher's `Questionnaire` tells the reader: its URL, which LOINC codes its items
/// carry, and the `ordinalValue` of each answer option (inline `answerOption`s or a contained
/// `ValueSet` named by `answerValueSet`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuestionnaireMap {
    pub(super) url: Option<String>,
    pub(super) id: Option<String>,
    pub(super) codes: Vec<String>,
    pub(super) items: BTreeMap<String, MapItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct MapItem {
    pub(super) codes: Vec<String>,
    pub(super) kind: String,
    pub(super) options: Vec<AnswerCode>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct AnswerCode {
    pub(super) system: Option<String>,
    pub(super) code: String,
    /// The ordinal value in hundredths, when given.
    pub(super) ordinal: Option<i64>,
}

impl QuestionnaireMap {
    /// Reads a `Questionnaire` from JSON text.
    ///
    /// # Errors
    ///
    /// [`FhirError::NotJson`], [`FhirError::WrongResourceType`], or [`FhirError::Missing`] /
    /// [`FhirError::Invalid`] for an item without a string `linkId`.
    pub fn from_json(json: &str) -> Result<QuestionnaireMap, FhirError> {
        QuestionnaireMap::from_value(&parse(json)?)
    }

    /// Reads a `Questionnaire` from a JSON value.
    ///
    /// # Errors
    ///
    /// As [`QuestionnaireMap::from_json`].
    pub fn from_value(value: &Value) -> Result<QuestionnaireMap, FhirError> {
        let root = resource(value, "Questionnaire")?;
        let mut valuesets = BTreeMap::new();
        for resource in array(root, "contained", "contained")? {
            if resource.get("resourceType").and_then(Value::as_str) == Some("ValueSet")
                && let Some(id) = resource.get("id").and_then(Value::as_str)
            {
                valuesets.insert(format!("#{id}"), valueset_codes(resource));
            }
        }
        let mut map = QuestionnaireMap {
            url: opt_str(root, "url", "url")?.map(str::to_owned),
            id: opt_str(root, "id", "id")?.map(str::to_owned),
            codes: loinc_codes(root.get("code")),
            items: BTreeMap::new(),
        };
        map.read_items(root, "item", &valuesets)?;
        Ok(map)
    }

    fn read_items(
        &mut self,
        parent: &Map<String, Value>,
        path: &str,
        valuesets: &BTreeMap<String, Vec<AnswerCode>>,
    ) -> Result<(), FhirError> {
        for (index, item) in array(parent, "item", path)?.iter().enumerate() {
            let path = format!("{path}[{index}]");
            let item = item.as_object().ok_or_else(|| FhirError::Invalid {
                path: path.clone(),
                expected: "an object",
            })?;
            let link_id = req_str(item, "linkId", &path)?.to_owned();
            let mut options: Vec<AnswerCode> = Vec::new();
            for option in item
                .get("answerOption")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(coding) = option.get("valueCoding").and_then(Value::as_object)
                    && let Some(code) = coding.get("code").and_then(Value::as_str)
                {
                    let ordinal = ordinal(option.get("extension"))
                        .or_else(|| ordinal(coding.get("extension")));
                    options.push(AnswerCode {
                        system: coding
                            .get("system")
                            .and_then(Value::as_str)
                            .map(str::to_owned),
                        code: code.to_owned(),
                        ordinal,
                    });
                }
            }
            if let Some(reference) = item.get("answerValueSet").and_then(Value::as_str)
                && let Some(codes) = valuesets.get(reference)
            {
                options.extend(codes.iter().cloned());
            }
            self.items.insert(
                link_id,
                MapItem {
                    codes: loinc_codes(item.get("code")),
                    kind: item
                        .get("type")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_owned(),
                    options,
                },
            );
            self.read_items(item, &format!("{path}.item"), valuesets)?;
        }
        Ok(())
    }

    /// Whether the response's `questionnaire` reference names this Questionnaire: its `url`
    /// (with or without `|version`) or `Questionnaire/<id>`.
    pub(super) fn is_named_by(&self, reference: &str) -> bool {
        let canonical = reference.split('|').next().unwrap_or(reference);
        self.url.as_deref() == Some(canonical)
            || self
                .id
                .as_deref()
                .is_some_and(|id| canonical == format!("Questionnaire/{id}"))
    }

    pub(super) fn name(&self) -> String {
        clip(
            self.url
                .clone()
                .or_else(|| self.id.as_ref().map(|id| format!("Questionnaire/{id}")))
                .as_deref()
                .unwrap_or(""),
        )
    }

    /// The single catalog instrument whose panel or total LOINC code the Questionnaire carries.
    pub(super) fn instrument(&self) -> Option<InstrumentId> {
        let codes = self
            .codes
            .iter()
            .chain(self.items.values().flat_map(|item| item.codes.iter()));
        unique_instrument(codes.map(String::as_str))
    }
}

/// The instrument whose panel or total code is among `codes`, when exactly one.
pub(super) fn unique_instrument<'c>(codes: impl Iterator<Item = &'c str>) -> Option<InstrumentId> {
    let mut found: Option<InstrumentId> = None;
    for code in codes {
        for instrument in InstrumentId::ALL {
            let names = instrument.definition().loinc().iter().any(|loinc| {
                loinc.code() == code
                    && matches!(loinc.target(), LoincTarget::Panel | LoincTarget::Total)
            });
            if names {
                match found {
                    Some(other) if other != instrument => return None,
                    _ => found = Some(instrument),
                }
            }
        }
    }
    found
}

/// The LOINC codes of a `code` array of Codings.
pub(super) fn loinc_codes(codes: Option<&Value>) -> Vec<String> {
    codes
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|coding| coding.get("system").and_then(Value::as_str) == Some(LOINC))
        .filter_map(|coding| coding.get("code").and_then(Value::as_str))
        .map(str::to_owned)
        .collect()
}

/// The ordinal value (in hundredths) of an extension list.
pub(super) fn ordinal(extensions: Option<&Value>) -> Option<i64> {
    extensions
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|ext| {
            matches!(
                ext.get("url").and_then(Value::as_str),
                Some(ORDINAL_VALUE | ISO21090_CO_VALUE)
            )
        })
        .and_then(|ext| ext.get("valueDecimal").or_else(|| ext.get("valueInteger")))
        .and_then(hundredths_of)
}

/// The codes of a contained ValueSet's `compose.include[].concept[]`, with their ordinal values.
pub(super) fn valueset_codes(valueset: &Value) -> Vec<AnswerCode> {
    let includes = valueset
        .get("compose")
        .and_then(|c| c.get("include"))
        .and_then(Value::as_array);
    let mut codes = Vec::new();
    for include in includes.into_iter().flatten() {
        let system = include.get("system").and_then(Value::as_str);
        for concept in include
            .get("concept")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(code) = concept.get("code").and_then(Value::as_str) {
                codes.push(AnswerCode {
                    system: system.map(str::to_owned),
                    code: code.to_owned(),
                    ordinal: ordinal(concept.get("extension")),
                });
            }
        }
    }
    codes
}
