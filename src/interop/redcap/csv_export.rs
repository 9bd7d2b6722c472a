//! REDCap's CSV files (feature `csv`): the records export and the data dictionary.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;

use super::error::{MappingError, RedcapError, RowRef};
use super::mapping::{EVENT_FIELD, RedcapMapping};
use super::records::{RedcapResponse, Row};

/// One CSV row with the header's column positions.
struct CsvRow<'a> {
    columns: &'a HashMap<String, usize>,
    record: &'a csv::StringRecord,
}

impl Row for CsvRow<'_> {
    fn get(&self, field: &str) -> Option<&str> {
        self.columns.get(field).and_then(|&i| self.record.get(i))
    }
}

/// Reads a REDCap records export in CSV (raw values, variable names as the header, one row per
/// record and event) into responses, in row order.
///
/// Before any record, the header must hold the record id, `redcap_event_name` and every mapped
/// field. A row that cannot be read (invalid UTF-8, broken quoting) is an error for that row
/// alone; reading goes on with the next.
///
/// # Errors
///
/// [`RedcapError::Export`] when the header cannot be read or lacks a mapped column.
pub fn read_csv_records<R: Read>(
    mapping: &RedcapMapping,
    input: R,
) -> Result<Vec<Result<RedcapResponse, RedcapError>>, RedcapError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let header = reader.headers().map_err(|e| RedcapError::Export {
        message: format!("no header row: {e}"),
    })?;
    let columns: HashMap<String, usize> = header
        .iter()
        .enumerate()
        .map(|(i, name)| (name.trim().to_owned(), i))
        .collect();
    let required = [mapping.record_id_field(), EVENT_FIELD];
    if let Some(field) = required
        .into_iter()
        .chain(mapping.fields())
        .find(|field| !columns.contains_key(*field))
    {
        return Err(RedcapError::Export {
            message: MappingError::MissingColumn {
                field: field.to_owned(),
            }
            .to_string(),
        });
    }
    let mut out = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut row_number = 0;
    loop {
        row_number += 1;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => out.extend(mapping.read_row(
                row_number,
                &CsvRow {
                    columns: &columns,
                    record: &record,
                },
            )),
            Err(error) => {
                let fatal = matches!(error.kind(), csv::ErrorKind::Io(_));
                out.push(Err(RedcapError::Unreadable {
                    at: RowRef {
                        row: row_number,
                        record: None,
                        event: None,
                    },
                    message: error.to_string(),
                }));
                if fatal {
                    break;
                }
            }
        }
    }
    Ok(out)
}

/// One field of a REDCap data dictionary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictionaryField {
    /// The form (instrument) it belongs to.
    pub form: String,
    /// REDCap's field type: `radio`, `dropdown`, `checkbox`, `text`, `calc`, ...
    pub field_type: String,
    /// The choice codes of a radio, dropdown or checkbox field, in order.
    pub choices: Vec<String>,
}

/// A REDCap data dictionary: every field by its variable name.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DataDictionary {
    fields: BTreeMap<String, DictionaryField>,
}

impl DataDictionary {
    /// Reads the data dictionary CSV REDCap exports (columns "Variable / Field Name",
    /// "Form Name", ..., "Field Type", "Field Label", "Choices, Calculations, OR Slider Labels",
    /// found by their names).
    ///
    /// # Errors
    ///
    /// [`MappingError::Dictionary`] when the header lacks those columns or a row cannot be read.
    pub fn from_csv<R: Read>(input: R) -> Result<DataDictionary, MappingError> {
        let bad = |message: String| MappingError::Dictionary { message };
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
        let header = reader
            .headers()
            .map_err(|e| bad(format!("no header row: {e}")))?
            .clone();
        let find = |prefix: &str| {
            header
                .iter()
                .position(|h| h.trim().to_lowercase().starts_with(prefix))
                .ok_or_else(|| bad(format!("no column starting {prefix:?}")))
        };
        let (name, form, kind, choices) = (
            find("variable / field name")?,
            find("form name")?,
            find("field type")?,
            find("choices")?,
        );
        let mut fields = BTreeMap::new();
        for (index, row) in reader.records().enumerate() {
            let row = row.map_err(|e| bad(format!("row {}: {e}", index + 1)))?;
            let cell = |i: usize| row.get(i).unwrap_or("").trim().to_owned();
            let field_type = cell(kind);
            let codes = if matches!(field_type.as_str(), "radio" | "dropdown" | "checkbox") {
                parse_choices(&cell(choices))
            } else {
                Vec::new()
            };
            fields.insert(
                cell(name),
                DictionaryField {
                    form: cell(form),
                    field_type,
                    choices: codes,
                },
            );
        }
        Ok(DataDictionary { fields })
    }

    /// The field named `name`.
    pub fn field(&self, name: &str) -> Option<&DictionaryField> {
        self.fields.get(name)
    }
}

/// The codes of `1, Label | 2, Label`.
fn parse_choices(text: &str) -> Vec<String> {
    text.split('|')
        .filter_map(|choice| {
            let code = choice.split(',').next()?.trim();
            (!code.is_empty()).then(|| code.to_owned())
        })
        .collect()
}

impl RedcapMapping {
    /// Checks the mapping against the project's data dictionary, before any record: every mapped
    /// field exists; a checkbox option `field___code` names a checkbox field that offers `code`
    /// (and a checkbox is never mapped whole); every choice of a radio or dropdown field (other
    /// than a not-answered value) recodes into the instrument's answers, so ODI sections coded
    /// 1-6 without their offset are caught here, not on the first patient who answers 6.
    ///
    /// # Errors
    ///
    /// The first [`MappingError`] found, in mapping order.
    pub fn check_dictionary(&self, dictionary: &DataDictionary) -> Result<(), MappingError> {
        for instrument in self.instruments() {
            let definition = instrument.instrument.definition();
            let (min, max) = (definition.answer_min(), definition.answer_max());
            for item in &instrument.items {
                let field = item.field.as_str();
                if let Some((base, code)) = field.rsplit_once("___") {
                    let offered = dictionary.field(base).is_some_and(|f| {
                        f.field_type == "checkbox" && f.choices.iter().any(|c| c == code)
                    });
                    if !offered {
                        return Err(MappingError::Checkbox {
                            field: field.to_owned(),
                            problem: "the dictionary has no checkbox with this option",
                        });
                    }
                    continue;
                }
                let Some(entry) = dictionary.field(field) else {
                    return Err(MappingError::NotInDictionary {
                        field: field.to_owned(),
                    });
                };
                if entry.field_type == "checkbox" {
                    return Err(MappingError::Checkbox {
                        field: field.to_owned(),
                        problem: "a checkbox is exported per option: map field___code",
                    });
                }
                for code in &entry.choices {
                    if self.not_answered().iter().any(|n| n == code) {
                        continue;
                    }
                    let answer = RedcapMapping::recoded(item, code);
                    let fits =
                        answer.is_some_and(|a| (i64::from(min)..=i64::from(max)).contains(&a));
                    if !fits {
                        return Err(MappingError::ChoiceOutOfRange {
                            field: field.to_owned(),
                            code: code.clone(),
                            answer: answer.unwrap_or(i64::MIN),
                            min,
                            max,
                        });
                    }
                }
            }
        }
        Ok(())
    }
}
