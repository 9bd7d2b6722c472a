//! Ready-made protocols: the Boulder Back Pain Study and a shorter general clinical protocol.

use super::{Cadence, ProgramRules, Protocol, ProtocolBuilder, ProtocolId};
use crate::exercises::PrtComponent::{
    EmotionalThreats, PainEducation, PersonalEvidence, PositiveSensations, SomaticTracking,
};
use crate::instruments::InstrumentId::{
    BpiSf, Gad7, Odi, Pcs, Peg3, Pgic, Phq9, PromisAnger5a, PromisAnxiety8a, PromisDepression8a,
    PromisSleepDisturbance8a, Tsk11,
};
use crate::outcomes::InstrumentKey;
use crate::outcomes::Timepoint::{Baseline, FollowUp, PostTreatment};
use crate::sessions::Modality;

/// Assembles a preset. Presets are fixed data; `tests::presets_are_valid` proves each passes every
/// rule, so assembling them needs no runtime check (and no error path that could never be taken).
fn preset(builder: ProtocolBuilder) -> Protocol {
    builder.assemble()
}

impl Protocol {
    /// The Boulder Back Pain Study protocol (Ashar et al. 2022; clinical reference §1.3, §1.6, §1.7).
    ///
    /// - One physician evaluation and education session by telehealth (`[S1]` `[S4]`), 60 minutes
    ///   (length UNVERIFIED).
    /// - 8 PRT sessions, twice weekly, within 4 weeks (28 days) (`[S1]` `[S8]`); each about an hour
    ///   (UNVERIFIED; community practice advertises 50 minutes `[S9]`), face to face (`[S10]`),
    ///   sequenced through the five PRT components (`[S8]` `[S9]`): education and evidence first,
    ///   then somatic tracking, emotional threats and positive sensations.
    /// - Assessments at baseline, post-treatment (the primary endpoint), and 1, 2, 3, 6 and 12
    ///   months after post-treatment (`[S4]` `[S21]`), with the trial's instruments that this crate
    ///   scores (`[S21]` `[S24]`): BPI short form (its past-week average pain item is the primary
    ///   outcome, named by [`Protocol::primary_outcome`]), ODI, PROMIS depression, anxiety, anger and sleep disturbance short forms, PCS and
    ///   TSK-11; PGIC after treatment. The follow-ups were brief surveys: BPI and PGIC here.
    /// - Tolerance windows (14 days for baseline and post-treatment, ±14 days around each
    ///   follow-up) and the review after 2 missed sessions are design defaults, not trial facts.
    ///
    /// ```
    /// use pain_reprocessing::outcomes::Timepoint;
    /// use pain_reprocessing::protocol::Protocol;
    ///
    /// let p = Protocol::boulder_back_pain_study();
    /// assert_eq!(p.to_string(), "boulder-back-pain-study v1");
    /// assert_eq!(p.follow_up_after(Timepoint::PostTreatment), Some(Timepoint::FollowUp { months: 1 }));
    /// assert_eq!(p.primary_outcome().map(|k| k.as_str()), Some("bpi_sf.item.bpi_5_average"));
    /// ```
    ///
    /// The battery has no PHQ-9, so it has no suicide-risk item. To monitor PHQ-9 item 9
    /// throughout the program, record a PHQ-9 as an unscheduled assessment (at intake, between
    /// sessions, with each survey): every open program accepts one, and item 9 above 0 or
    /// unanswered puts the program on a safety hold.
    ///
    /// ```
    /// use pain_reprocessing::instruments::{InstrumentId, Response};
    /// use pain_reprocessing::program::{Actor, Event, Program};
    /// use pain_reprocessing::protocol::{AssessmentForm, Protocol};
    /// use pain_reprocessing::{PatientId, ProgramId};
    ///
    /// let mut program = Program::new(
    ///     ProgramId::new("prog-1")?,
    ///     PatientId::new("pt-1")?,
    ///     Protocol::boulder_back_pain_study(),
    /// );
    /// let form = AssessmentForm::unscheduled(InstrumentId::Phq9);
    /// let mut answers = form.blank();
    /// answers.fill(Some(0));
    /// answers[8] = Some(2); // item 9
    /// let check_in = Response::new(form.instrument(), &answers)?;
    /// let at = "2026-01-20T18:00:00Z".parse()?;
    /// program.apply(Event::unscheduled_assessment([check_in], Actor::Patient, at))?;
    /// assert!(program.state().is_on_safety_hold());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn boulder_back_pain_study() -> Protocol {
        let full_battery = [
            BpiSf,
            Odi,
            PromisDepression8a,
            PromisAnxiety8a,
            PromisAnger5a,
            PromisSleepDisturbance8a,
            Pcs,
            Tsk11,
        ];
        let post_battery = full_battery.iter().copied().chain([Pgic]);
        let mut builder = ProtocolBuilder::new(boulder_id(), 1)
            .evaluation_session(Modality::Video, 60)
            .therapy_sessions(2, Modality::InPerson, 60, [PainEducation, PersonalEvidence])
            .therapy_sessions(
                2,
                Modality::InPerson,
                60,
                [SomaticTracking, PersonalEvidence],
            )
            .therapy_sessions(
                2,
                Modality::InPerson,
                60,
                [SomaticTracking, EmotionalThreats],
            )
            .therapy_sessions(
                2,
                Modality::InPerson,
                60,
                [EmotionalThreats, PositiveSensations],
            )
            .cadence(Cadence::new(2, 28))
            .assessment(Baseline, full_battery, 0, 14)
            .assessment(PostTreatment, post_battery, 0, 14);
        for months in [1, 2, 3, 6, 12] {
            builder = builder.assessment(FollowUp { months }, [BpiSf, Pgic], 14, 14);
        }
        // The primary outcome: BPI-SF item 3, past-week average pain (§1.7 `[S21]`).
        if let Ok(average_pain) = InstrumentKey::item(BpiSf, 3) {
            builder = builder.primary_outcome(average_pain);
        }
        preset(builder.rules(ProgramRules::default()))
    }

    /// A shorter protocol for routine clinical care: a design choice of this crate, not a trial.
    ///
    /// One physician evaluation by video (45 minutes), 6 weekly PRT sessions of 50 minutes (`[S9]`)
    /// within 6 weeks, measured with free, public-domain instruments: PEG-3 for pain
    /// (`[S48]`), PHQ-9 for depression with its item-9 safety check (§2.2), GAD-7, and PGIC after
    /// treatment; one follow-up 3 months after treatment.
    ///
    /// ```
    /// use pain_reprocessing::protocol::Protocol;
    ///
    /// let p = Protocol::general_clinical();
    /// assert_eq!(p.treatment_session_count(), 6);
    /// assert_eq!(p.cadence().sessions_per_week(), 1);
    /// ```
    pub fn general_clinical() -> Protocol {
        let battery = [Peg3, Phq9, Gad7];
        let builder = ProtocolBuilder::new(general_id(), 1)
            .evaluation_session(Modality::Video, 45)
            .therapy_sessions(1, Modality::Video, 50, [PainEducation, PersonalEvidence])
            .therapy_sessions(2, Modality::Video, 50, [SomaticTracking, PersonalEvidence])
            .therapy_sessions(2, Modality::Video, 50, [EmotionalThreats, SomaticTracking])
            .therapy_sessions(
                1,
                Modality::Video,
                50,
                [PositiveSensations, EmotionalThreats],
            )
            .cadence(Cadence::new(1, 42))
            .assessment(Baseline, battery, 0, 14)
            .assessment(PostTreatment, battery.iter().copied().chain([Pgic]), 0, 14)
            .assessment(FollowUp { months: 3 }, [Peg3, Phq9, Pgic], 14, 14);
        preset(builder)
    }
}

fn boulder_id() -> ProtocolId {
    ProtocolId::preset("boulder-back-pain-study")
}

fn general_id() -> ProtocolId {
    ProtocolId::preset("general-clinical-prt")
}
