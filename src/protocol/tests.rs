use super::*;
use crate::exercises::PrtComponent;
use crate::instruments::InstrumentId;
use crate::instruments::InstrumentId::{Peg3, Phq9};
use crate::outcomes::Timepoint;
use crate::outcomes::Timepoint::{Baseline, FollowUp, PostTreatment};
use crate::sessions::{Modality, SessionKind};

fn id(s: &str) -> ProtocolId {
    ProtocolId::new(s).unwrap()
}

/// A valid minimal protocol to break one rule at a time.
fn base() -> ProtocolBuilder {
    Protocol::builder(id("t"), 1)
        .evaluation_session(Modality::Video, 60)
        .therapy_sessions(8, Modality::InPerson, 60, [PrtComponent::SomaticTracking])
        .cadence(Cadence::new(2, 28))
        .assessment(Baseline, [Peg3], 0, 14)
        .assessment(PostTreatment, [Peg3], 0, 14)
}

#[test]
fn presets_are_valid() {
    for preset in [
        Protocol::boulder_back_pain_study(),
        Protocol::general_clinical(),
    ] {
        assert_eq!(preset.validate(), Ok(()), "{preset}");
    }
}

#[test]
fn boulder_preset_matches_the_trial() {
    let p = Protocol::boulder_back_pain_study();
    // §1.3: 1 physician telehealth session + 8 sessions over 4 weeks (twice weekly).
    assert_eq!(p.evaluation_session_count(), 1);
    assert_eq!(
        p.session(1).unwrap().kind(),
        SessionKind::PhysicianEvaluation
    );
    assert_eq!(p.session(1).unwrap().modality(), Modality::Video);
    assert_eq!(p.treatment_session_count(), 8);
    assert_eq!(p.cadence(), Cadence::new(2, 28));
    // §1.6: baseline, post-treatment, then +1, +2, +3, +6, +12 months.
    let timepoints: Vec<Timepoint> = p.assessments().iter().map(|a| a.timepoint()).collect();
    assert_eq!(
        timepoints,
        [
            Baseline,
            PostTreatment,
            FollowUp { months: 1 },
            FollowUp { months: 2 },
            FollowUp { months: 3 },
            FollowUp { months: 6 },
            FollowUp { months: 12 }
        ]
    );
    assert!(
        p.assessment(Baseline)
            .unwrap()
            .instruments()
            .contains(&InstrumentId::Tsk11)
    );
    assert_eq!(
        p.follow_up_after(FollowUp { months: 3 }),
        Some(FollowUp { months: 6 })
    );
    assert_eq!(p.follow_up_after(FollowUp { months: 12 }), None);
    assert_eq!(p.session(0), None);
    assert_eq!(p.session(10), None);
}

#[test]
fn cadence_offsets() {
    // Twice weekly: sessions due on days 0, 4, 7, 11, 14, 18, 21, 25 (ceil(k*7/2)).
    let c = Cadence::new(2, 28);
    let offsets: Vec<u32> = (0..8).map(|k| c.due_offset_days(k)).collect();
    assert_eq!(offsets, [0, 4, 7, 11, 14, 18, 21, 25]);
    assert_eq!(Cadence::new(1, 42).due_offset_days(5), 35);
}

#[test]
fn cadence_must_fit_the_window() {
    // 8 sessions twice weekly: last due on day 25 <= 28.
    assert!(base().build().is_ok());
    // 9 sessions twice weekly: last due on day ceil(8*7/2) = 28 <= 28, still fits.
    assert!(
        base()
            .therapy_sessions(1, Modality::InPerson, 60, [])
            .build()
            .is_ok()
    );
    // 10 sessions: day ceil(9*7/2) = 32 > 28.
    assert_eq!(
        base()
            .therapy_sessions(2, Modality::InPerson, 60, [])
            .build(),
        Err(ProtocolError::CadenceDoesNotFit {
            sessions: 10,
            per_week: 2,
            needed_days: 32,
            window_days: 28
        })
    );
}

#[test]
fn every_rule_has_its_error() {
    let no_sessions = Protocol::builder(id("t"), 1)
        .assessment(Baseline, [Peg3], 0, 14)
        .assessment(PostTreatment, [Peg3], 0, 14)
        .build();
    assert_eq!(no_sessions, Err(ProtocolError::NoSessions));

    let evaluation_only = Protocol::builder(id("t"), 1)
        .evaluation_session(Modality::Video, 60)
        .assessment(Baseline, [Peg3], 0, 14)
        .assessment(PostTreatment, [Peg3], 0, 14)
        .build();
    assert_eq!(evaluation_only, Err(ProtocolError::NoTreatmentSessions));

    assert_eq!(
        base().evaluation_session(Modality::Video, 60).build(),
        Err(ProtocolError::EvaluationAfterTreatment { number: 10 })
    );
    assert_eq!(
        Protocol::builder(id("t"), 0).build(),
        Err(ProtocolError::ZeroVersion)
    );
    assert_eq!(
        base().therapy_sessions(1, Modality::Phone, 0, []).build(),
        Err(ProtocolError::SessionLength {
            number: 10,
            minutes: 0
        })
    );
    assert_eq!(
        base().cadence(Cadence::new(0, 28)).build(),
        Err(ProtocolError::SessionsPerWeek { per_week: 0 })
    );
    assert_eq!(
        base().cadence(Cadence::new(8, 28)).build(),
        Err(ProtocolError::SessionsPerWeek { per_week: 8 })
    );
    assert_eq!(
        base().cadence(Cadence::new(2, 0)).build(),
        Err(ProtocolError::WindowDays { days: 0 })
    );
    assert_eq!(
        base().rules(ProgramRules::new(0)).build(),
        Err(ProtocolError::MissedSessionsLimit)
    );
}

#[test]
fn assessment_schedule_rules() {
    let no_post = Protocol::builder(id("t"), 1)
        .therapy_sessions(1, Modality::Video, 50, [])
        .assessment(Baseline, [Peg3], 0, 14)
        .build();
    assert_eq!(
        no_post,
        Err(ProtocolError::MissingTimepoint {
            timepoint: PostTreatment
        })
    );
    assert_eq!(
        base()
            .assessment(FollowUp { months: 6 }, [Peg3], 14, 14)
            .assessment(FollowUp { months: 3 }, [Peg3], 14, 14)
            .build(),
        Err(ProtocolError::TimepointsNotIncreasing {
            previous: FollowUp { months: 6 },
            next: FollowUp { months: 3 }
        })
    );
    assert_eq!(
        base()
            .assessment(FollowUp { months: 3 }, [Peg3], 14, 14)
            .assessment(FollowUp { months: 3 }, [Peg3], 14, 14)
            .build(),
        Err(ProtocolError::DuplicateTimepoint {
            timepoint: FollowUp { months: 3 }
        })
    );
    assert_eq!(
        base()
            .assessment(FollowUp { months: 0 }, [Peg3], 14, 14)
            .build(),
        Err(ProtocolError::FollowUpOffset { months: 0 })
    );
    assert_eq!(
        base()
            .assessment(FollowUp { months: 121 }, [Peg3], 14, 14)
            .build(),
        Err(ProtocolError::FollowUpOffset { months: 121 })
    );
    assert_eq!(
        base()
            .assessment(FollowUp { months: 1 }, [], 14, 14)
            .build(),
        Err(ProtocolError::NoInstruments {
            timepoint: FollowUp { months: 1 }
        })
    );
    assert_eq!(
        base()
            .assessment(FollowUp { months: 1 }, [Phq9, Peg3, Phq9], 14, 14)
            .build(),
        Err(ProtocolError::DuplicateInstrument {
            timepoint: FollowUp { months: 1 },
            instrument: Phq9
        })
    );
    assert_eq!(
        base()
            .assessment(FollowUp { months: 1 }, [Peg3], 366, 14)
            .build(),
        Err(ProtocolError::AssessmentWindow {
            timepoint: FollowUp { months: 1 },
            days: 366
        })
    );
    // A protocol prints as `id v<version>`.
    assert_eq!(base().build().unwrap().to_string(), "t v1");
    // 365 days on either side is the longest window allowed (mutation survivor: `>` -> `>=`).
    let edge = base()
        .assessment(FollowUp { months: 1 }, [Peg3], 365, 365)
        .build();
    assert!(edge.is_ok(), "{edge:?}");
    let post_before_baseline = Protocol::builder(id("t"), 1)
        .therapy_sessions(1, Modality::Video, 50, [])
        .assessment(PostTreatment, [Peg3], 0, 14)
        .assessment(Baseline, [Peg3], 0, 14)
        .build();
    assert!(matches!(
        post_before_baseline,
        Err(ProtocolError::TimepointsNotIncreasing { .. })
    ));
}

#[test]
fn json_round_trip_and_validation_on_read() {
    let p = Protocol::boulder_back_pain_study();
    let json = serde_json::to_value(&p).unwrap();
    assert_eq!(serde_json::from_value::<Protocol>(json.clone()).unwrap(), p);

    let mut broken = json.clone();
    broken["cadence"]["sessions_per_week"] = serde_json::json!(1);
    let err = serde_json::from_value::<Protocol>(broken)
        .unwrap_err()
        .to_string();
    assert!(err.contains("need 49 days; the window is 28 days"), "{err}");

    let mut unknown = json.clone();
    unknown["assessments"][0]["instruments"][0] = serde_json::json!("no_such_instrument");
    assert!(serde_json::from_value::<Protocol>(unknown).is_err());

    let mut version = json.clone();
    version["schema_version"] = serde_json::json!(3);
    let err = serde_json::from_value::<Protocol>(version)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("schema_version 3 is not supported; supported: 2"),
        "{err}"
    );

    let mut extra = json;
    extra["colour"] = serde_json::json!("blue");
    assert!(serde_json::from_value::<Protocol>(extra).is_err());
}

#[test]
fn the_primary_outcome_is_optional_and_checked_against_the_battery() {
    use crate::outcomes::InstrumentKey;
    let boulder = Protocol::boulder_back_pain_study();
    assert_eq!(
        boulder.primary_outcome().map(InstrumentKey::as_str),
        Some("bpi_sf.item.bpi_5_average")
    );
    let json = serde_json::to_value(&boulder).unwrap();
    assert_eq!(json["primary_outcome"], "bpi_sf.item.bpi_5_average");
    assert_eq!(
        serde_json::from_value::<Protocol>(json.clone()).unwrap(),
        boulder
    );
    // A document written before the field existed reads unchanged, with no primary outcome, and
    // writes back without the field.
    let mut older = json.clone();
    older.as_object_mut().unwrap().remove("primary_outcome");
    let read = serde_json::from_value::<Protocol>(older.clone()).unwrap();
    assert_eq!(read.primary_outcome(), None);
    assert_eq!(serde_json::to_value(&read).unwrap(), older);
    // An outcome the post-treatment assessment does not measure, or an item the catalog lacks.
    for bad in ["peg3", "bpi_sf.item.no_such_item", "an_apps_own_scale"] {
        let mut changed = json.clone();
        changed["primary_outcome"] = serde_json::json!(bad);
        let err = serde_json::from_value::<Protocol>(changed)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(&format!(
                "the primary outcome {bad} is not an instrument, item or subscale of the post-treatment assessment"
            )),
            "{err}"
        );
    }
}

#[test]
fn preset_ids_are_valid_ids() {
    for (preset, text) in [
        (
            Protocol::boulder_back_pain_study(),
            "boulder-back-pain-study",
        ),
        (Protocol::general_clinical(), "general-clinical-prt"),
    ] {
        assert_eq!(preset.id(), &id(text));
        assert_eq!(preset.id().as_str(), text);
    }
}
