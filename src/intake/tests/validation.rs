//! Every way an intake form can be impossible.

use super::*;

/// Every validation error, each from one edit of a valid form.
#[test]
fn every_validation_error_names_its_field() {
    type Edit = fn(&mut IntakeFormFields);
    let cases: Vec<(Edit, IntakeError)> = vec![
        (
            |d| d.age = Age::Years { years: 121 },
            IntakeError::AgeOutOfRange { years: 121 },
        ),
        (
            |d| {
                d.age = Age::DateOfBirth {
                    date: date(1905, 3, 2),
                }
            },
            IntakeError::AgeOutOfRange { years: 121 },
        ),
        (
            |d| {
                d.age = Age::DateOfBirth {
                    date: date(2026, 3, 3),
                }
            },
            IntakeError::BirthAfterAssessment,
        ),
        (|d| d.pain.locations.clear(), IntakeError::NoPainLocation),
        (
            |d| d.pain.locations.push(d.pain.locations[0]),
            IntakeError::DuplicatePainLocation,
        ),
        (
            |d| d.pain.duration = PainDuration::Months { value: 0 },
            IntakeError::DurationOutOfRange {
                unit: "months",
                value: 0,
                max: 1440,
            },
        ),
        (
            |d| d.pain.duration = PainDuration::Weeks { value: 6262 },
            IntakeError::DurationOutOfRange {
                unit: "weeks",
                value: 6262,
                max: 6261,
            },
        ),
        (
            |d| d.pain.days_with_pain_past_6_months = 184,
            IntakeError::PainDaysOutOfRange { days: 184 },
        ),
        (
            // 4 weeks (tolerance 1: at most 5 weeks, 35 days) of pain cannot hold 60 pain days.
            |d| {
                d.pain.duration = PainDuration::Weeks { value: 4 };
                d.pain.onset.date = OnsetDate::Exact {
                    date: date(2026, 2, 2),
                };
                d.pain.days_with_pain_past_6_months = 60;
            },
            IntakeError::PainDaysExceedDuration { days: 60 },
        ),
        (
            |d| {
                d.pain.onset.date = OnsetDate::Month {
                    year: 2024,
                    month: 13,
                }
            },
            IntakeError::OnsetMonthOutOfRange { month: 13 },
        ),
        (
            |d| d.pain.onset.date = OnsetDate::Year { year: 1899 },
            IntakeError::OnsetYearOutOfRange { year: 1899 },
        ),
        (
            |d| {
                d.pain.onset.date = OnsetDate::Exact {
                    date: date(2026, 3, 3),
                }
            },
            IntakeError::OnsetAfterAssessment,
        ),
        (
            // Born 1990-06-01, onset in 1985.
            |d| {
                d.age = Age::DateOfBirth {
                    date: date(1990, 6, 1),
                };
                d.pain.onset.date = OnsetDate::Year { year: 1985 };
            },
            IntakeError::OnsetBeforeBirth,
        ),
        (
            // 10 years old with 20 years (240 ± 25 months) of pain.
            |d| {
                d.age = Age::Years { years: 10 };
                d.pain.duration = PainDuration::Months { value: 240 };
            },
            IntakeError::DurationExceedsAge,
        ),
        (
            // Onset 2024 implies at least 14 months; 6 ± 1 months is too short.
            |d| d.pain.duration = PainDuration::Months { value: 6 },
            IntakeError::DurationShorterThanOnset,
        ),
        (
            // Onset 2024 implies at most 26 months; 60 ± 7 months is too long.
            |d| d.pain.duration = PainDuration::Months { value: 60 },
            IntakeError::DurationLongerThanOnset,
        ),
        (
            |d| {
                d.pain.back_surgery = BackSurgery::Surgery {
                    most_recent: date(2026, 3, 3),
                }
            },
            IntakeError::SurgeryAfterAssessment,
        ),
        (
            |d| {
                d.age = Age::DateOfBirth {
                    date: date(1980, 1, 1),
                };
                d.pain.back_surgery = BackSurgery::Surgery {
                    most_recent: date(1979, 1, 1),
                };
            },
            IntakeError::SurgeryBeforeBirth,
        ),
        (
            |d| {
                d.red_flags.insert(RedFlag::AgeUnder20OrOver50, Answer::No);
            },
            IntakeError::DerivedRedFlagAnswered {
                flag: "age_under20_or_over50",
            },
        ),
    ];
    for (edit, expected) in cases {
        let mut data = base();
        edit(&mut data);
        let err = IntakeForm::new(data.clone()).unwrap_err();
        assert_eq!(err, expected);
        let message = err.to_string();
        assert!(
            message.contains('`') || message.starts_with("phq"),
            "{message}"
        );
        // Deserialization runs the same check.
        let json = serde_json::to_value(&data).unwrap();
        let serde_err = serde_json::from_value::<IntakeForm>(json).unwrap_err();
        assert_eq!(serde_err.to_string(), message);
    }
}

#[test]
fn errors_never_carry_free_text() {
    let mut data = base();
    data.pain.prior_treatments.push(PriorTreatment {
        kind: TreatmentKind::Opioids,
        note: Some(Note::new("SECRET oxycodone from Dr Smith").unwrap()),
    });
    data.pain.days_with_pain_past_6_months = 200;
    let message = IntakeForm::new(data.clone()).unwrap_err().to_string();
    assert!(!message.contains("SECRET"));
    assert!(!format!("{:?}", IntakeForm::new(base()).unwrap()).contains("SECRET"));
    data.pain.days_with_pain_past_6_months = 100;
    assert!(!format!("{:?}", IntakeForm::new(data).unwrap()).contains("SECRET"));
}

#[test]
fn tolerance_accepts_rounded_durations() {
    // Exact onset 2016-03-01 is 120 months and a day before 2026-03-02. A duration of v months
    // may differ by 1 + v/10 months: 110 (±12), 120 (±13), 128 (±13) and 132 (±14) agree.
    let mut data = base();
    data.pain.onset.date = OnsetDate::Exact {
        date: date(2016, 3, 1),
    };
    for value in [110, 120, 128, 132] {
        data.pain.duration = PainDuration::Months { value };
        if let Err(err) = IntakeForm::new(data.clone()) {
            panic!("{value} months is refused: {err}");
        }
    }
    // 100 ± 11 reaches back only to 111 months: too short. 150 ± 16 starts 134 months back at
    // the latest: too long.
    data.pain.duration = PainDuration::Months { value: 100 };
    assert_eq!(
        IntakeForm::new(data.clone()).unwrap_err(),
        IntakeError::DurationShorterThanOnset
    );
    data.pain.duration = PainDuration::Months { value: 150 };
    assert_eq!(
        IntakeForm::new(data).unwrap_err(),
        IntakeError::DurationLongerThanOnset
    );
}
