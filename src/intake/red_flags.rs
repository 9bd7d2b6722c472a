//! Red flags of low back pain (clinical reference §2.1) as data: each [`RedFlag`] has a code, the
//! [`RedFlagCategory`] of condition it suggests, an [`Urgency`] of referral and a source key.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::SourceKey;

/// A yes / no / unknown answer to a safety question.
///
/// A question left unanswered is [`Answer::Unknown`] (the [`Default`]), never [`Answer::No`]: the
/// screening treats unknown as needing a clinician, not as clear.
///
/// ```
/// use pain_reprocessing::intake::Answer;
///
/// assert_eq!(Answer::default(), Answer::Unknown);
/// assert_eq!(serde_json::to_string(&Answer::Yes)?, "\"yes\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[schemars(rename = "IntakeAnswer")]
pub enum Answer {
    /// Yes.
    Yes,
    /// No.
    No,
    /// Not known, not asked, or not answered.
    #[default]
    Unknown,
}

impl Answer {
    /// Every answer.
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::Unknown];

    /// A short label: `yes`, `no` or `unknown`.
    pub const fn label(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Unknown => "unknown",
        }
    }
}

/// The kind of serious condition a red flag suggests (clinical reference §2.1 `[S30]`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RedFlagCategory {
    /// Vertebral fracture.
    Fracture,
    /// Tumour or spinal infection.
    TumourInfection,
    /// Cauda equina syndrome.
    CaudaEquina,
    /// Inflammatory disease. No §2.1 history item maps here: inflammatory diseases (ankylosing
    /// spondylitis, rheumatoid arthritis …) are screened as
    /// [`ExclusionCriterion`](super::ExclusionCriterion) conditions.
    Inflammatory,
    /// Vascular cause (abdominal aortic aneurysm).
    Vascular,
    /// Other flags from secondary lists that suggest a specific cause worth a medical look.
    Other,
}

/// How soon a positive red flag must be medically evaluated.
///
/// Ordered `Routine < Urgent < Emergency`, so the highest urgency of several flags is their
/// maximum. The mapping from category to urgency is the reference's design suggestion (§2.1:
/// "urgency levels are my design suggestion", UNVERIFIED as a guideline mapping): cauda equina
/// signs are an emergency, suspected fracture, tumour or infection urgent, everything else routine.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// Evaluate at the next regular appointment, before enrolment.
    Routine,
    /// Evaluate promptly (days), before enrolment.
    Urgent,
    /// Evaluate now (emergency department).
    Emergency,
}

/// The [`label`](Urgency::label): `routine`, `urgent` or `emergency`.
impl std::fmt::Display for Urgency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

impl Urgency {
    /// A short label: `routine`, `urgent` or `emergency`.
    pub const fn label(self) -> &'static str {
        match self {
            Urgency::Routine => "routine",
            Urgency::Urgent => "urgent",
            Urgency::Emergency => "emergency",
        }
    }
}

impl RedFlagCategory {
    /// The urgency of referral for a positive flag of this category (a design suggestion of the
    /// reference, see [`Urgency`]).
    pub const fn urgency(self) -> Urgency {
        match self {
            RedFlagCategory::CaudaEquina => Urgency::Emergency,
            RedFlagCategory::Fracture | RedFlagCategory::TumourInfection => Urgency::Urgent,
            RedFlagCategory::Inflammatory | RedFlagCategory::Vascular | RedFlagCategory::Other => {
                Urgency::Routine
            }
        }
    }
}

/// One red flag of low back pain (clinical reference §2.1).
///
/// The AHCPR 1994 table (`[S30]`) gives the fracture, tumour/infection and cauda equina items;
/// secondary lists (`[S31]`) add the rest. Every flag is answered yes / no / unknown on the
/// [`IntakeForm`](super::IntakeForm), except [`RedFlag::AgeUnder20OrOver50`], which screening
/// derives from the age on the assessment date (it is the table's tumour/infection age item).
///
/// ```
/// use pain_reprocessing::intake::{RedFlag, RedFlagCategory, Urgency};
///
/// let flag = RedFlag::SaddleAnaesthesia;
/// assert_eq!(flag.as_str(), "saddle_anaesthesia");
/// assert_eq!(flag.category(), RedFlagCategory::CaudaEquina);
/// assert_eq!(flag.urgency(), Urgency::Emergency);
/// assert_eq!(RedFlag::MajorTrauma.urgency(), Urgency::Urgent);
/// assert_eq!("history_of_cancer".parse::<RedFlag>(), Ok(RedFlag::HistoryOfCancer));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RedFlag {
    /// Major trauma such as a vehicle accident or fall from height (`[S30]`).
    MajorTrauma,
    /// Minor trauma or strenuous lifting in an older or possibly osteoporotic patient (`[S30]`).
    MinorTraumaOlderOrOsteoporotic,
    /// Prolonged corticosteroid use (`[S31]`; informative for fracture per Downie 2013 `[S34]`).
    ProlongedCorticosteroidUse,
    /// Osteoporosis (`[S31]`).
    Osteoporosis,
    /// Age over 50 or under 20 (`[S30]`): derived from the age, never answered.
    AgeUnder20OrOver50,
    /// History of cancer (`[S30]`).
    HistoryOfCancer,
    /// Recent fever or chills (`[S30]`).
    FeverOrChills,
    /// Unexplained weight loss (`[S30]`).
    UnexplainedWeightLoss,
    /// Recent bacterial infection such as a urinary tract infection (`[S30]`).
    RecentBacterialInfection,
    /// Intravenous drug use (`[S30]`).
    IntravenousDrugUse,
    /// Immunosuppression: steroids, transplant, HIV (`[S30]`).
    Immunosuppression,
    /// Pain worse when lying down (`[S30]`).
    PainWorseSupine,
    /// Severe night pain (`[S30]`).
    SevereNightPain,
    /// Saddle anaesthesia (`[S30]`).
    SaddleAnaesthesia,
    /// Recent bladder dysfunction: retention, frequency, overflow incontinence (`[S30]`).
    BladderDysfunction,
    /// Severe or progressive neurological deficit in the legs (`[S30]`).
    SevereOrProgressiveNeurologicalDeficit,
    /// Lax anal sphincter on examination (`[S30]`).
    LaxAnalSphincter,
    /// Perianal or perineal sensory loss on examination (`[S30]`).
    PerianalSensoryLoss,
    /// Major motor weakness: knee extension, ankle plantar- or dorsiflexion, foot drop (`[S30]`).
    MajorMotorWeakness,
    /// Faecal incontinence (`[S31]`; grouped with cauda equina signs by this crate).
    FaecalIncontinence,
    /// Symptoms in both legs (`[S31]`).
    BilateralLegSymptoms,
    /// No improvement after about 4-6 weeks (`[S31]`).
    FailureToImprove,
    /// Pain not relieved by rest (`[S31]`).
    PainUnrelievedByRest,
    /// Lumbar surgery within the past year (`[S31]`).
    RecentLumbarSurgery,
    /// Thoracic pain (`[S31]`).
    ThoracicPain,
    /// Structural deformity (`[S31]`).
    StructuralDeformity,
    /// Signs of abdominal aortic aneurysm: pulsatile abdominal mass, age over 60, atherosclerotic
    /// disease (`[S31]`, UNVERIFIED against a guideline).
    AbdominalAorticAneurysm,
}

impl RedFlag {
    /// Every red flag, in the order listed above.
    pub const ALL: [RedFlag; 27] = [
        RedFlag::MajorTrauma,
        RedFlag::MinorTraumaOlderOrOsteoporotic,
        RedFlag::ProlongedCorticosteroidUse,
        RedFlag::Osteoporosis,
        RedFlag::AgeUnder20OrOver50,
        RedFlag::HistoryOfCancer,
        RedFlag::FeverOrChills,
        RedFlag::UnexplainedWeightLoss,
        RedFlag::RecentBacterialInfection,
        RedFlag::IntravenousDrugUse,
        RedFlag::Immunosuppression,
        RedFlag::PainWorseSupine,
        RedFlag::SevereNightPain,
        RedFlag::SaddleAnaesthesia,
        RedFlag::BladderDysfunction,
        RedFlag::SevereOrProgressiveNeurologicalDeficit,
        RedFlag::LaxAnalSphincter,
        RedFlag::PerianalSensoryLoss,
        RedFlag::MajorMotorWeakness,
        RedFlag::FaecalIncontinence,
        RedFlag::BilateralLegSymptoms,
        RedFlag::FailureToImprove,
        RedFlag::PainUnrelievedByRest,
        RedFlag::RecentLumbarSurgery,
        RedFlag::ThoracicPain,
        RedFlag::StructuralDeformity,
        RedFlag::AbdominalAorticAneurysm,
    ];

    /// The stable snake_case code, as in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            RedFlag::MajorTrauma => "major_trauma",
            RedFlag::MinorTraumaOlderOrOsteoporotic => "minor_trauma_older_or_osteoporotic",
            RedFlag::ProlongedCorticosteroidUse => "prolonged_corticosteroid_use",
            RedFlag::Osteoporosis => "osteoporosis",
            RedFlag::AgeUnder20OrOver50 => "age_under20_or_over50",
            RedFlag::HistoryOfCancer => "history_of_cancer",
            RedFlag::FeverOrChills => "fever_or_chills",
            RedFlag::UnexplainedWeightLoss => "unexplained_weight_loss",
            RedFlag::RecentBacterialInfection => "recent_bacterial_infection",
            RedFlag::IntravenousDrugUse => "intravenous_drug_use",
            RedFlag::Immunosuppression => "immunosuppression",
            RedFlag::PainWorseSupine => "pain_worse_supine",
            RedFlag::SevereNightPain => "severe_night_pain",
            RedFlag::SaddleAnaesthesia => "saddle_anaesthesia",
            RedFlag::BladderDysfunction => "bladder_dysfunction",
            RedFlag::SevereOrProgressiveNeurologicalDeficit => {
                "severe_or_progressive_neurological_deficit"
            }
            RedFlag::LaxAnalSphincter => "lax_anal_sphincter",
            RedFlag::PerianalSensoryLoss => "perianal_sensory_loss",
            RedFlag::MajorMotorWeakness => "major_motor_weakness",
            RedFlag::FaecalIncontinence => "faecal_incontinence",
            RedFlag::BilateralLegSymptoms => "bilateral_leg_symptoms",
            RedFlag::FailureToImprove => "failure_to_improve",
            RedFlag::PainUnrelievedByRest => "pain_unrelieved_by_rest",
            RedFlag::RecentLumbarSurgery => "recent_lumbar_surgery",
            RedFlag::ThoracicPain => "thoracic_pain",
            RedFlag::StructuralDeformity => "structural_deformity",
            RedFlag::AbdominalAorticAneurysm => "abdominal_aortic_aneurysm",
        }
    }

    /// The kind of condition the flag suggests.
    pub const fn category(self) -> RedFlagCategory {
        match self {
            RedFlag::MajorTrauma
            | RedFlag::MinorTraumaOlderOrOsteoporotic
            | RedFlag::ProlongedCorticosteroidUse
            | RedFlag::Osteoporosis => RedFlagCategory::Fracture,
            RedFlag::AgeUnder20OrOver50
            | RedFlag::HistoryOfCancer
            | RedFlag::FeverOrChills
            | RedFlag::UnexplainedWeightLoss
            | RedFlag::RecentBacterialInfection
            | RedFlag::IntravenousDrugUse
            | RedFlag::Immunosuppression
            | RedFlag::PainWorseSupine
            | RedFlag::SevereNightPain => RedFlagCategory::TumourInfection,
            RedFlag::SaddleAnaesthesia
            | RedFlag::BladderDysfunction
            | RedFlag::SevereOrProgressiveNeurologicalDeficit
            | RedFlag::LaxAnalSphincter
            | RedFlag::PerianalSensoryLoss
            | RedFlag::MajorMotorWeakness
            | RedFlag::FaecalIncontinence => RedFlagCategory::CaudaEquina,
            RedFlag::AbdominalAorticAneurysm => RedFlagCategory::Vascular,
            RedFlag::BilateralLegSymptoms
            | RedFlag::FailureToImprove
            | RedFlag::PainUnrelievedByRest
            | RedFlag::RecentLumbarSurgery
            | RedFlag::ThoracicPain
            | RedFlag::StructuralDeformity => RedFlagCategory::Other,
        }
    }

    /// The urgency of referral when the flag is positive: its category's urgency.
    pub const fn urgency(self) -> Urgency {
        self.category().urgency()
    }

    /// The reference source of the flag.
    pub const fn source(self) -> SourceKey {
        match self {
            RedFlag::ProlongedCorticosteroidUse
            | RedFlag::Osteoporosis
            | RedFlag::FaecalIncontinence
            | RedFlag::BilateralLegSymptoms
            | RedFlag::FailureToImprove
            | RedFlag::PainUnrelievedByRest
            | RedFlag::RecentLumbarSurgery
            | RedFlag::ThoracicPain
            | RedFlag::StructuralDeformity
            | RedFlag::AbdominalAorticAneurysm => SourceKey::S31,
            _ => SourceKey::S30,
        }
    }

    /// Whether screening derives this flag from other answers (the age) instead of asking it.
    pub const fn is_derived(self) -> bool {
        matches!(self, RedFlag::AgeUnder20OrOver50)
    }
}

impl std::str::FromStr for RedFlag {
    type Err = super::IntakeError;

    fn from_str(code: &str) -> Result<RedFlag, super::IntakeError> {
        RedFlag::ALL
            .into_iter()
            .find(|flag| flag.as_str() == code)
            .ok_or(super::IntakeError::UnknownRedFlag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_json_and_parse_back() {
        for flag in RedFlag::ALL {
            let json = serde_json::to_string(&flag).unwrap();
            assert_eq!(json, format!("\"{}\"", flag.as_str()));
            assert_eq!(flag.as_str().parse::<RedFlag>().unwrap(), flag);
        }
        assert!("broken_leg".parse::<RedFlag>().is_err());
    }

    #[test]
    fn each_category_has_its_urgency() {
        assert_eq!(RedFlagCategory::CaudaEquina.urgency(), Urgency::Emergency);
        assert_eq!(RedFlagCategory::Fracture.urgency(), Urgency::Urgent);
        assert_eq!(RedFlagCategory::TumourInfection.urgency(), Urgency::Urgent);
        assert_eq!(RedFlagCategory::Inflammatory.urgency(), Urgency::Routine);
        assert_eq!(RedFlagCategory::Vascular.urgency(), Urgency::Routine);
        assert_eq!(RedFlagCategory::Other.urgency(), Urgency::Routine);
        assert!(Urgency::Emergency > Urgency::Urgent && Urgency::Urgent > Urgency::Routine);
        for flag in RedFlag::ALL {
            assert_eq!(flag.urgency(), flag.category().urgency());
        }
    }

    #[test]
    fn the_ahcpr_table_items_have_their_categories() {
        use RedFlagCategory::*;
        let cases = [
            (RedFlag::MajorTrauma, Fracture),
            (RedFlag::HistoryOfCancer, TumourInfection),
            (RedFlag::IntravenousDrugUse, TumourInfection),
            (RedFlag::SaddleAnaesthesia, CaudaEquina),
            (RedFlag::BladderDysfunction, CaudaEquina),
            (RedFlag::MajorMotorWeakness, CaudaEquina),
            (RedFlag::AbdominalAorticAneurysm, Vascular),
            (RedFlag::ThoracicPain, Other),
        ];
        for (flag, category) in cases {
            assert_eq!(flag.category(), category, "{flag:?}");
        }
        assert_eq!(RedFlag::HistoryOfCancer.source(), SourceKey::S30);
        assert_eq!(RedFlag::Osteoporosis.source(), SourceKey::S31);
        let derived: Vec<_> = RedFlag::ALL
            .into_iter()
            .filter(|f| f.is_derived())
            .collect();
        assert_eq!(derived, [RedFlag::AgeUnder20OrOver50]);
    }
}
