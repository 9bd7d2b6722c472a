//! [`Score`] to `Observation` (and the LOINC panel), safety flags to `Flag`.

use chrono::{DateTime, Utc};

use super::model::{
    Annotation, CodeableConcept, Coding, Flag, Identifier, Observation, ObservationComponent,
    Period, Quantity, Reference,
};
use super::{
    BAND_SYSTEM, CLINICIAN_ID_SYSTEM, LOINC, PATIENT_ID_SYSTEM, SAFETY_FLAG_SYSTEM, SCORE_SYSTEM,
    UCUM, child_id, date_time, fhir_id, loinc_code, number, resource_id_of, sentence_case,
};
use crate::instruments::{
    CodedCauses, InstrumentId, LoincTarget, MindBrainShare, MissingHandling, Response, SafetyFlag,
    Score, ScoringMethod,
};
use crate::program::{Actor, Event};
use crate::{ClinicianId, Decimal, PatientId};

const OBSERVATION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
const FLAG_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/flag-category";

/// Who and when: the subject, effective time, performer and source of the resources a score
/// produces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// The patient.
    pub subject: Reference,
    /// When the answers were given (the event's time).
    pub effective: DateTime<Utc>,
    /// Who recorded them: the patient or a clinician.
    pub performer: Option<Reference>,
    /// The `QuestionnaireResponse` the score was computed from, if stored.
    pub derived_from: Option<Reference>,
}

impl Context {
    /// The patient at `effective`, performed by the patient.
    pub fn new(patient: &PatientId, effective: DateTime<Utc>) -> Context {
        let subject = patient_reference(patient);
        Context {
            performer: Some(subject.clone()),
            subject,
            effective,
            derived_from: None,
        }
    }

    /// The patient, with the time and actor of the event that recorded the assessment (a system
    /// actor is no performer).
    pub fn from_event(patient: &PatientId, event: &Event) -> Context {
        let subject = patient_reference(patient);
        let performer = match event.actor() {
            Actor::Patient => Some(subject.clone()),
            Actor::Clinician { id } => Some(clinician_reference(id)),
            Actor::System => None,
        };
        Context {
            subject,
            effective: event.at(),
            performer,
            derived_from: None,
        }
    }

    /// The same context with the `QuestionnaireResponse` the score came from.
    pub fn derived_from(mut self, reference: Reference) -> Context {
        self.derived_from = Some(reference);
        self
    }
}

/// `Patient/<id>` with the patient id as identifier.
pub(crate) fn patient_reference(patient: &PatientId) -> Reference {
    Reference {
        reference: Some(format!("Patient/{}", fhir_id(patient.as_str()))),
        identifier: Some(Identifier {
            system: Some(PATIENT_ID_SYSTEM.to_owned()),
            value: Some(patient.as_str().to_owned()),
        }),
    }
}

/// `Practitioner/<id>` with the clinician id as identifier.
pub(crate) fn clinician_reference(clinician: &ClinicianId) -> Reference {
    Reference {
        reference: Some(format!("Practitioner/{}", fhir_id(clinician.as_str()))),
        identifier: Some(Identifier {
            system: Some(CLINICIAN_ID_SYSTEM.to_owned()),
            value: Some(clinician.as_str().to_owned()),
        }),
    }
}

/// Every resource one score produces.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreResources {
    /// The total, with subscales as components and the band as interpretation.
    pub total: Observation,
    /// The LOINC panel with `hasMember` (items and total), where LOINC defines a panel.
    pub panel: Option<Observation>,
    /// One Observation per answered item that has a verified LOINC item code (PHQ-9, PHQ-2),
    /// when the response is given.
    pub items: Vec<Observation>,
    /// One Flag per safety flag.
    pub flags: Vec<Flag>,
}

impl ScoreResources {
    /// Every Observation: the panel first, then the items, then the total.
    pub fn observations(&self) -> impl Iterator<Item = &Observation> {
        self.panel
            .iter()
            .chain(self.items.iter())
            .chain(std::iter::once(&self.total))
    }
}

/// The Observations and Flags of `score`, with ids `<id_prefix>-<instrument>-total`, `-panel`,
/// `-item-<n>` and `-flag-<k>` (hashed when not a valid FHIR id) so that the panel's `hasMember`
/// references resolve. Pass the `response` the score came from to get item Observations.
///
/// The total's `code` is the catalog's verified LOINC total code, or the crate's own
/// [`SCORE_SYSTEM`] code; its `valueQuantity` is in UCUM `{score}` (ODI: `%`); each subscale is a
/// `component`; the band is the `interpretation`; unanswered items and proration are a `note`.
/// Pain attribution has no total: its ratings are components, and so are its coded causes'
/// counts and mind/brain share (`pain_attribution.n_coded`, `.n_mind_brain`,
/// `.mind_brain_share` of [`SCORE_SYSTEM`]).
///
/// ```
/// use pain_reprocessing::PatientId;
/// use pain_reprocessing::instruments::{InstrumentId, Response};
/// use pain_reprocessing::interop::fhir::{Context, observations};
///
/// let response = Response::new(InstrumentId::Phq9, &[2, 2, 2, 2, 1, 1, 2, 0, 1].map(Some))?;
/// let score = response.score()?;
/// let at = "2026-03-04T09:00:00Z".parse()?;
/// let out = observations(&score, Some(&response), &Context::new(&PatientId::new("pt-1")?, at), "a1");
/// assert_eq!(out.total.code.coding[0].code.as_deref(), Some("44261-6"));
/// assert_eq!(out.panel.as_ref().map(|p| p.has_member.len()), Some(10)); // 9 items + total
/// assert_eq!(out.flags.len(), 1); // item 9 = 1
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn observations(
    score: &Score,
    response: Option<&Response>,
    context: &Context,
    id_prefix: &str,
) -> ScoreResources {
    let instrument = score.instrument();
    let stem = resource_id_of(instrument);
    let id = |suffix: &str| child_id(id_prefix, &format!("{stem}-{suffix}"));
    let mut total = total_observation(score, context);
    total.id = Some(id("total"));
    let items: Vec<Observation> = response
        .filter(|response| response.instrument() == instrument)
        .map(|response| item_observations(response, context, &id))
        .unwrap_or_default();
    let panel = loinc_code(instrument, LoincTarget::Panel).map(|code| {
        let mut panel = base(context, Coding::new(LOINC, code), panel_text(instrument));
        panel.id = Some(id("panel"));
        panel.has_member = items
            .iter()
            .chain(std::iter::once(&total))
            .filter_map(|member| member.id.as_deref())
            .map(|member| Reference::to("Observation", member))
            .collect();
        panel
    });
    let flags = score
        .safety_flags()
        .iter()
        .enumerate()
        .map(|(k, safety)| {
            let mut resource = flag(safety, instrument, context);
            resource.id = Some(id(&format!("flag-{}", k + 1)));
            resource
        })
        .collect();
    ScoreResources {
        total,
        panel,
        items,
        flags,
    }
}

fn panel_text(instrument: InstrumentId) -> String {
    format!("{} panel", instrument.definition().short_name())
}

fn base(context: &Context, code: Coding, text: String) -> Observation {
    Observation {
        resource_type: "Observation".to_owned(),
        status: "final".to_owned(),
        category: vec![CodeableConcept::coded(
            Coding::new(OBSERVATION_CATEGORY, "survey").with_display("Survey"),
            None,
        )],
        code: CodeableConcept::coded(code, Some(text)),
        subject: Some(context.subject.clone()),
        effective_date_time: Some(date_time(context.effective)),
        performer: context.performer.iter().cloned().collect(),
        derived_from: context.derived_from.iter().cloned().collect(),
        ..Observation::default()
    }
}

fn quantity(value: Decimal, percent: bool) -> Quantity {
    let unit = if percent { "%" } else { "{score}" };
    Quantity {
        value: Some(number(value)),
        unit: Some(unit.to_owned()),
        system: Some(UCUM.to_owned()),
        code: Some(unit.to_owned()),
    }
}

fn total_observation(score: &Score, context: &Context) -> Observation {
    let instrument = score.instrument();
    let definition = instrument.definition();
    let code = loinc_code(instrument, LoincTarget::Total)
        .map(|code| Coding::new(LOINC, code))
        .unwrap_or_else(|| Coding::new(SCORE_SYSTEM, instrument.as_str()));
    let text = match definition.scoring() {
        ScoringMethod::BpiMeans => format!("{} severity (total)", definition.short_name()),
        ScoringMethod::OdiPercentage => {
            format!("{} disability percentage", definition.short_name())
        }
        ScoringMethod::AttributionShare => {
            format!("{} ratings and coded causes", definition.short_name())
        }
        _ => format!("{} total score", definition.short_name()),
    };
    let percent = definition.scoring() == ScoringMethod::OdiPercentage;
    let mut observation = base(context, code, text);
    // A BPI-SF score without a valid severity has no total: the Observation then has no value.
    observation.value_quantity = score.total().map(|total| quantity(total, percent));
    observation.interpretation = score
        .band()
        .map(|band| {
            let display = band.as_str().replace('_', " ");
            CodeableConcept::coded(
                Coding::new(BAND_SYSTEM, band.as_str()).with_display(&display),
                Some(display.clone()),
            )
        })
        .into_iter()
        .collect();
    observation.component = score
        .subscales()
        .map(|subscale| {
            let id = subscale.subscale();
            let code = loinc_code(instrument, LoincTarget::Subscale(id))
                .map(|code| Coding::new(LOINC, code))
                .unwrap_or_else(|| {
                    Coding::new(
                        SCORE_SYSTEM,
                        &format!("{}.{}", instrument.as_str(), id.as_str()),
                    )
                });
            ObservationComponent {
                code: CodeableConcept::coded(
                    code,
                    Some(format!("{} {}", definition.short_name(), id.as_str())),
                ),
                value_quantity: Some(quantity(subscale.value(), false)),
            }
        })
        .collect();
    if let Some(causes) = score.coded_causes() {
        observation
            .component
            .extend(cause_components(instrument, causes));
    }
    if score.missing_count() > 0 {
        let items: Vec<String> = score.missing_items().map(|i| i.to_string()).collect();
        let handling = match score.missing_handling() {
            MissingHandling::Prorated => "the total is prorated",
            MissingHandling::MeanOfAnswered => "interference is the mean of the answered items",
            MissingHandling::ReducedDenominator => "the denominator dropped by 5 per section",
            _ => "scored as the catalog's rule allows",
        };
        observation.note = vec![Annotation {
            text: format!("unanswered items: {}; {handling}", items.join(", ")),
        }];
    }
    observation
}

/// Pain attribution's coded causes as components (§3.14): causes coded, causes coded mind/brain
/// (UCUM `{count}`), and the mind/brain share (UCUM `1`) when there is one. Counts only: the
/// patient's words are in the `QuestionnaireResponse`.
fn cause_components(instrument: InstrumentId, causes: CodedCauses) -> Vec<ObservationComponent> {
    let short = instrument.definition().short_name();
    let component = |key: &str, label: &str, value: Decimal, unit: &str| ObservationComponent {
        code: CodeableConcept::coded(
            Coding::new(SCORE_SYSTEM, &format!("{}.{key}", instrument.as_str())),
            Some(format!("{short} {label}")),
        ),
        value_quantity: Some(Quantity {
            value: Some(number(value)),
            unit: Some(unit.to_owned()),
            system: Some(UCUM.to_owned()),
            code: Some(unit.to_owned()),
        }),
    };
    let mut components = vec![
        component(
            "n_coded",
            "causes coded",
            Decimal::from_int(i32::from(causes.n_coded())),
            "{count}",
        ),
        component(
            "n_mind_brain",
            "causes coded mind/brain",
            Decimal::from_int(i32::from(causes.n_mind_brain())),
            "{count}",
        ),
    ];
    if let MindBrainShare::Computed { share } = causes.mind_brain_share() {
        components.push(component(
            "mind_brain_share",
            "mind/brain share of coded causes",
            share,
            "1",
        ));
    }
    components
}

fn item_observations(
    response: &Response,
    context: &Context,
    id: &impl Fn(&str) -> String,
) -> Vec<Observation> {
    let instrument = response.instrument();
    let definition = instrument.definition();
    definition
        .items()
        .iter()
        .enumerate()
        .filter_map(|(index, item)| {
            let n = u8::try_from(index + 1).ok()?;
            let code = loinc_code(instrument, LoincTarget::Item(n))?;
            let value = response.answer(index + 1)?;
            let mut observation = base(
                context,
                Coding::new(LOINC, code),
                format!("{} item {n}: {}", definition.short_name(), item.label()),
            );
            observation.id = Some(id(&format!("item-{n}")));
            match loinc_code(instrument, LoincTarget::Answer(value)) {
                Some(answer) => {
                    let label = definition
                        .anchors()
                        .iter()
                        .find(|anchor| anchor.value() == value)
                        .map(|anchor| sentence_case(anchor.label()));
                    let mut coding = Coding::new(LOINC, answer);
                    coding.display.clone_from(&label);
                    observation.value_codeable_concept =
                        Some(CodeableConcept::coded(coding, label));
                }
                None => observation.value_integer = Some(i64::from(value)),
            }
            Some(observation)
        })
        .collect()
}

/// The `Flag` an EHR shows for a safety flag: category `safety`, the crate's
/// [`SAFETY_FLAG_SYSTEM`] code, active from the context's time, authored by its performer.
///
/// A response that cannot be scored still has its flags ([`Response::safety_flags`]): pass each
/// here, so that a missing PHQ-9 item 9 reaches the EHR even without a total.
pub fn flag(safety: &SafetyFlag, instrument: InstrumentId, context: &Context) -> Flag {
    let short = instrument.definition().short_name();
    let (code, text) = match *safety {
        SafetyFlag::SuicidalIdeation { answer } => (
            "suicidal_ideation",
            format!(
                "{short} item 9 (thoughts of death or self-harm) answered {answer}: same-session clinician review"
            ),
        ),
        SafetyFlag::SafetyItemUnanswered { item } => (
            "safety_item_unanswered",
            format!("{short} safety item {item} unanswered: safety unknown, ask again"),
        ),
    };
    Flag {
        resource_type: "Flag".to_owned(),
        id: None,
        status: "active".to_owned(),
        category: vec![CodeableConcept::coded(
            Coding::new(FLAG_CATEGORY, "safety").with_display("Safety"),
            None,
        )],
        code: CodeableConcept::coded(Coding::new(SAFETY_FLAG_SYSTEM, code), Some(text)),
        subject: context.subject.clone(),
        period: Some(Period {
            start: Some(date_time(context.effective)),
            end: None,
        }),
        author: context.performer.clone(),
    }
}
