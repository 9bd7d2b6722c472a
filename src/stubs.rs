//! TEMPORARY stand-ins for modules being built in parallel; removed when they merge.
#![allow(missing_docs)]

pub mod exercises {
    use schemars::JsonSchema;
    use serde::{Deserialize, Serialize};
    #[derive(
        Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
    )]
    #[serde(rename_all = "snake_case")]
    pub enum PrtComponent {
        PainEducation,
        PersonalEvidence,
        SomaticTracking,
        EmotionalThreats,
        PositiveSensations,
    }
}

pub mod sessions {
    use schemars::JsonSchema;
    use serde::{Deserialize, Serialize};
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
    #[serde(rename_all = "snake_case")]
    pub enum SessionKind {
        PhysicianEvaluation,
        PrtTherapy,
        AssessmentOnly,
        Booster,
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
    #[serde(rename_all = "snake_case")]
    pub enum Modality {
        InPerson,
        Video,
        Phone,
        AsyncMessaging,
    }
}

pub mod instruments {
    use schemars::JsonSchema;
    use serde::{Deserialize, Serialize};
    #[derive(
        Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
    )]
    #[serde(rename_all = "snake_case")]
    pub enum InstrumentId {
        Nrs,
        BpiSf,
        Peg3,
        Phq9,
        Gad7,
        Pcs,
        Tsk11,
        Pgic,
        Odi,
        PromisDepression8b,
        PromisAnxiety8a,
        PromisAnger5a,
        PromisSleepDisturbance8b,
    }
    impl std::fmt::Display for InstrumentId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{self:?}")
        }
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
    #[serde(tag = "type", rename_all = "snake_case")]
    pub enum SafetyFlag {
        SuicidalIdeation { answer: u8 },
        SafetyItemUnanswered { item: u8 },
    }
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
    pub struct Score {
        pub instrument: InstrumentId,
        pub total: crate::Decimal,
        pub flags: Vec<SafetyFlag>,
    }
    impl Score {
        pub fn instrument(&self) -> InstrumentId {
            self.instrument
        }
        pub fn safety_flags(&self) -> &[SafetyFlag] {
            &self.flags
        }
        pub fn has_safety_flag(&self) -> bool {
            !self.flags.is_empty()
        }
        pub fn total(&self) -> crate::Decimal {
            self.total
        }
    }
}

pub mod intake {
    use schemars::JsonSchema;
    use serde::{Deserialize, Serialize};
    #[derive(
        Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
    )]
    #[serde(rename_all = "snake_case")]
    pub enum Urgency {
        Routine,
        Urgent,
        Emergency,
    }
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
    #[serde(tag = "decision", rename_all = "snake_case")]
    pub enum ScreeningDecision {
        Eligible,
        ReferForMedicalEvaluation { urgency: Urgency },
        CrisisPathway,
        NotEligible,
        Incomplete,
    }
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
    pub struct ScreeningOutcome {
        pub decision: ScreeningDecision,
    }
    impl ScreeningOutcome {
        pub fn decision(&self) -> &ScreeningDecision {
            &self.decision
        }
    }
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
    pub struct RedFlagClearance {
        pub flag: String,
    }
}
