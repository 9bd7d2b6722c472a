//! Screening and validation vectors, computed by hand from the clinical reference, and the
//! fixtures they share.

use chrono::{NaiveDate, TimeZone, Utc};

use super::*;

mod legacy_ids;
mod safety;
mod screening;
mod validation;
use crate::{ClinicianId, Note, Rating};

pub(super) fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Assessment on 2026-03-02. Age 44, 26 months of low back pain since 2024 (26 ± 3 months allows
/// a start from 2023-10-02 to 2024-04-02, overlapping 2024), pain on 160 of 183 days, past-week
/// average 6/10, every red flag and condition "no", psychiatric answers clear.
pub(super) fn base() -> IntakeFormFields {
    IntakeFormFields {
        schema_version: SchemaVersion::CURRENT,
        assessment_date: date(2026, 3, 2),
        age: Age::Years { years: 44 },
        pain: PainHistory {
            locations: vec![PainLocation::new(BodyRegion::LowerBack, Side::Midline)],
            duration: PainDuration::Months { value: 26 },
            days_with_pain_past_6_months: 160,
            onset: Onset {
                date: OnsetDate::Year { year: 2024 },
                circumstances: OnsetCircumstances::NoInjury,
            },
            current_intensity: Rating::new(5).unwrap(),
            average_intensity_past_week: Rating::new(6).unwrap(),
            prior_treatments: vec![],
            imaging: vec![],
            back_surgery: BackSurgery::NoSurgery,
        },
        red_flags: RedFlag::ALL
            .into_iter()
            .filter(|f| !f.is_derived())
            .map(|f| (f, Answer::No))
            .collect(),
        conditions: Condition::ALL
            .into_iter()
            .map(|c| (c, Answer::No))
            .collect(),
        psychiatric: PsychiatricSafety::all_clear(),
        neuroplastic_evidence: Default::default(),
    }
}

/// 3-4 months of pain (onset November 2025), pain on 92 days: for duration boundaries.
pub(super) fn short(duration: PainDuration) -> IntakeFormFields {
    let mut data = base();
    data.pain.duration = duration;
    data.pain.onset.date = OnsetDate::Month {
        year: 2025,
        month: 11,
    };
    data.pain.days_with_pain_past_6_months = 92;
    data
}

pub(super) fn boulder(data: IntakeFormFields) -> ScreeningOutcome {
    screen(
        &IntakeForm::new(data).unwrap(),
        &ScreeningCriteria::boulder_trial(),
    )
}

pub(super) fn reason(outcome: &ScreeningOutcome, criterion: Criterion) -> ScreeningReason {
    *outcome
        .reasons()
        .iter()
        .find(|r| r.criterion() == criterion)
        .unwrap_or_else(|| panic!("no reason for {criterion:?}"))
}

pub(super) fn clearance(flag: RedFlag, y: i32, m: u32, d: u32) -> RedFlagClearance {
    RedFlagClearance::new(
        flag,
        ClinicianId::new("dr-7").unwrap(),
        Utc.with_ymd_and_hms(y, m, d, 9, 0, 0).unwrap(),
        Note::new("evaluated, benign").unwrap(),
    )
}

pub(super) const REFER_ROUTINE: ScreeningDecision = ScreeningDecision::ReferForMedicalEvaluation {
    urgency: Urgency::Routine,
};
pub(super) const REFER_URGENT: ScreeningDecision = ScreeningDecision::ReferForMedicalEvaluation {
    urgency: Urgency::Urgent,
};
pub(super) const REFER_EMERGENCY: ScreeningDecision =
    ScreeningDecision::ReferForMedicalEvaluation {
        urgency: Urgency::Emergency,
    };
