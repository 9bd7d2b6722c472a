//! Adherence metrics over a period: sessions attended of planned, homework adherence, practice
//! minutes per week.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{CancelledBy, Homework, SessionPlan, SessionRecord, SessionStatus, SessionsError};
use crate::exercises::PracticeLog;
use crate::{Decimal, Percentage, SessionId};

/// An exact proportion `part / whole` with `0 <= part <= whole` and `whole > 0`.
///
/// The counts stay integers; [`percentage`](Proportion::percentage) and
/// [`ratio`](Proportion::ratio) round half away from zero to two decimals only when asked, and
/// comparisons of two proportions ([`PartialOrd`] is not derived on purpose) should use
/// [`at_least`](Proportion::at_least), which compares the exact fractions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Proportion {
    part: u64,
    whole: u64,
}

impl Proportion {
    /// `part / whole`, or `None` ("no data") when `whole` is 0; `part` is capped at `whole`.
    pub fn new(part: u64, whole: u64) -> Option<Proportion> {
        (whole > 0).then_some(Proportion {
            part: part.min(whole),
            whole,
        })
    }

    /// The numerator.
    pub fn part(self) -> u64 {
        self.part
    }

    /// The denominator, never 0.
    pub fn whole(self) -> u64 {
        self.whole
    }

    /// `part / whole × 100`, rounded half away from zero to two decimals (`2/3` is `66.67%`).
    pub fn percentage(self) -> Percentage {
        // Scale down huge counts so `part × 100` fits an i64; realistic counts are never touched.
        let (part, whole) = scale(self.part, self.whole);
        Percentage::of(part, whole).unwrap_or(Percentage::HUNDRED)
    }

    /// `part / whole` as a decimal 0-1, rounded half away from zero to two decimals.
    pub fn ratio(self) -> Decimal {
        let (part, whole) = scale(self.part, self.whole);
        let to_i64 = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
        Decimal::from_ratio(to_i64(part), to_i64(whole)).unwrap_or(Decimal::ZERO)
    }

    /// Whether `part / whole >= numerator / denominator`, compared exactly (for thresholds).
    pub fn at_least(self, numerator: u64, denominator: u64) -> bool {
        u128::from(self.part) * u128::from(denominator)
            >= u128::from(numerator) * u128::from(self.whole)
    }
}

/// Halves both counts until `part × 100` fits an i64 (never for counts below 9 × 10^16).
fn scale(mut part: u64, mut whole: u64) -> (u64, u64) {
    const LIMIT: u64 = (i64::MAX as u64) / 100;
    while whole > LIMIT {
        part /= 2;
        whole /= 2;
    }
    (part, whole.max(1))
}

/// What adherence is computed from: any of the slices may be empty.
#[derive(Debug, Clone, Copy, Default)]
pub struct AdherenceInput<'a> {
    /// The session plans.
    pub plans: &'a [SessionPlan],
    /// The session records.
    pub records: &'a [SessionRecord],
    /// The homework documents.
    pub homework: &'a [Homework],
    /// Practice logs kept between sessions (in-session practice inside records is not counted).
    pub logs: &'a [PracticeLog],
}

/// Adherence over the days `from..=to` (UTC dates, both inclusive).
///
/// # Definitions
///
/// - **Sessions planned**: each session id found in a plan or a record, counted once, whose current
///   scheduled time falls in the period. The record's time (which follows reschedules) wins over the
///   plan's; where several records share an id, the first one counts.
/// - **Sessions attended**: those of the planned sessions whose record is completed.
///   Cancellations (by either side) and no-shows count as planned and not attended; the report
///   also counts them separately so an app can leave clinic cancellations out if it wishes.
/// - **Attendance**: attended / planned, `None` with no planned sessions.
/// - **Homework adherence**: over all homework documents together, capped completions over
///   expected completions in the period, as [`Homework::adherence_between`] defines them;
///   `None` when nothing was expected.
/// - **Practice minutes**: the minutes of the practice logs given whose start date falls in the
///   period, plus homework completions in the period recorded *without* a log (a completion with a
///   log is assumed to be among the logs given, and is not counted twice).
/// - **Practice minutes per week**: practice minutes × 7 / days in the period, rounded half away
///   from zero to two decimals; `None` ("no data") when neither logs nor homework were given.
///
/// ```
/// use chrono::NaiveDate;
/// use pain_reprocessing::sessions::{AdherenceInput, AdherenceReport};
///
/// let from = NaiveDate::from_ymd_opt(2026, 3, 1).ok_or("date")?;
/// let to = NaiveDate::from_ymd_opt(2026, 3, 28).ok_or("date")?;
/// let report = AdherenceReport::new(from, to, AdherenceInput::default())?;
/// assert_eq!(report.attendance(), None); // no data, never NaN
/// assert_eq!(report.minutes_per_week(), None);
/// assert!(AdherenceReport::new(to, from, AdherenceInput::default()).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdherenceReport {
    from: NaiveDate,
    to: NaiveDate,
    planned: u64,
    attended: u64,
    cancelled_by_patient: u64,
    cancelled_by_clinic: u64,
    no_shows: u64,
    homework: Option<Proportion>,
    practice_minutes: u64,
    minutes_per_week: Option<Decimal>,
}

impl AdherenceReport {
    /// The report for the days `from..=to`.
    ///
    /// # Errors
    ///
    /// [`SessionsError::Before`] when `to` is before `from`.
    pub fn new(
        from: NaiveDate,
        to: NaiveDate,
        input: AdherenceInput<'_>,
    ) -> Result<AdherenceReport, SessionsError> {
        if to < from {
            return Err(SessionsError::Before {
                field: "to",
                limit: "from",
            });
        }
        let in_period = |date: NaiveDate| (from..=to).contains(&date);

        // Current scheduled date and status per session id: records first, plans fill the gaps.
        let mut sessions: BTreeMap<&SessionId, (NaiveDate, Option<&SessionStatus>)> =
            BTreeMap::new();
        for record in input.records {
            sessions
                .entry(record.session())
                .or_insert((record.scheduled_at().date_naive(), Some(record.status())));
        }
        for plan in input.plans {
            sessions
                .entry(plan.session())
                .or_insert((plan.scheduled_at().date_naive(), None));
        }
        let mut report = AdherenceReport {
            from,
            to,
            planned: 0,
            attended: 0,
            cancelled_by_patient: 0,
            cancelled_by_clinic: 0,
            no_shows: 0,
            homework: None,
            practice_minutes: 0,
            minutes_per_week: None,
        };
        for (date, status) in sessions.values() {
            if !in_period(*date) {
                continue;
            }
            report.planned += 1;
            match status {
                Some(SessionStatus::Completed { .. }) => report.attended += 1,
                Some(SessionStatus::Cancelled { by, .. }) => match by {
                    CancelledBy::Patient => report.cancelled_by_patient += 1,
                    CancelledBy::Clinic => report.cancelled_by_clinic += 1,
                },
                Some(SessionStatus::NoShow { .. }) => report.no_shows += 1,
                _ => {}
            }
        }

        let (done, expected) = input
            .homework
            .iter()
            .map(|h| h.adherence_sevenths(from, to))
            .fold((0_u64, 0_u64), |(d, e), (hd, he)| {
                (d.saturating_add(hd), e.saturating_add(he))
            });
        report.homework = Proportion::new(done, expected);

        let log_minutes = input
            .logs
            .iter()
            .filter(|log| in_period(log.started_at().date_naive()))
            .map(|log| u64::from(log.minutes()));
        let completion_minutes = input
            .homework
            .iter()
            .flat_map(Homework::completions)
            .filter(|c| c.log().is_none() && in_period(c.on()))
            .map(|c| u64::from(c.minutes()));
        report.practice_minutes = log_minutes.chain(completion_minutes).sum();
        if !input.logs.is_empty() || !input.homework.is_empty() {
            let days = (to - from).num_days() + 1;
            let minutes = i64::try_from(report.practice_minutes).unwrap_or(i64::MAX);
            report.minutes_per_week = minutes
                .checked_mul(7)
                .and_then(|scaled| Decimal::from_ratio(scaled, days).ok());
        }
        Ok(report)
    }

    /// The first day of the period.
    pub fn from(&self) -> NaiveDate {
        self.from
    }

    /// The last day of the period (inclusive).
    pub fn to(&self) -> NaiveDate {
        self.to
    }

    /// Sessions planned in the period.
    pub fn sessions_planned(&self) -> u64 {
        self.planned
    }

    /// Sessions of those completed.
    pub fn sessions_attended(&self) -> u64 {
        self.attended
    }

    /// Sessions of those cancelled by the patient.
    pub fn cancelled_by_patient(&self) -> u64 {
        self.cancelled_by_patient
    }

    /// Sessions of those cancelled by the clinic.
    pub fn cancelled_by_clinic(&self) -> u64 {
        self.cancelled_by_clinic
    }

    /// Sessions of those the patient did not attend.
    pub fn no_shows(&self) -> u64 {
        self.no_shows
    }

    /// Attended of planned; `None` when no session was planned in the period.
    pub fn attendance(&self) -> Option<Proportion> {
        Proportion::new(self.attended, self.planned)
    }

    /// Homework adherence; `None` when no homework expected anything in the period.
    pub fn homework(&self) -> Option<Proportion> {
        self.homework
    }

    /// Practice minutes in the period.
    pub fn practice_minutes(&self) -> u64 {
        self.practice_minutes
    }

    /// Practice minutes per week; `None` when neither logs nor homework were given.
    pub fn minutes_per_week(&self) -> Option<Decimal> {
        self.minutes_per_week
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};

    use super::*;
    use crate::exercises::ExerciseKind;
    use crate::sessions::{
        Assignment, CancellationReason, Completion, Frequency, Modality, Per, SessionKind,
        SessionOutcome,
    };

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn plan(n: u16, at: &str) -> SessionPlan {
        SessionPlan::new(
            SessionId::new(format!("s-{n}")).unwrap(),
            n,
            SessionKind::PrtTherapy,
            t(at),
            Modality::Video,
            50,
        )
        .unwrap()
    }

    #[test]
    fn proportion_is_exact_and_capped() {
        assert_eq!(Proportion::new(1, 0), None);
        let p = Proportion::new(2, 3).unwrap();
        assert_eq!(p.percentage().to_string(), "66.67%");
        assert_eq!(p.ratio().to_string(), "0.67");
        assert!(p.at_least(2, 3));
        assert!(!p.at_least(667, 1000)); // 2/3 = 0.6666… < 0.667
        assert_eq!(Proportion::new(5, 3).unwrap().part(), 3);
        let huge = Proportion::new(u64::MAX / 2, u64::MAX).unwrap();
        assert_eq!(huge.percentage().to_string(), "50%");
    }

    #[test]
    fn report_over_plans_records_homework_and_logs() {
        // Four plans, the 4th outside the period (1-14 March).
        let plans = [
            plan(1, "2026-03-02T17:00:00Z"),
            plan(2, "2026-03-05T17:00:00Z"),
            plan(3, "2026-03-09T17:00:00Z"),
            plan(4, "2026-03-20T17:00:00Z"),
        ];
        let mut s1 = SessionRecord::from_plan(&plans[0]);
        s1.start(t("2026-03-02T17:00:00Z"), None).unwrap();
        s1.complete(SessionOutcome::new(t("2026-03-02T17:50:00Z")))
            .unwrap();
        let mut s2 = SessionRecord::from_plan(&plans[1]);
        s2.cancel(
            CancelledBy::Clinic,
            CancellationReason::Illness,
            t("2026-03-04T09:00:00Z"),
        )
        .unwrap();
        // Session 3 is rescheduled out of the period: no longer planned in it.
        let mut s3 = SessionRecord::from_plan(&plans[2]);
        s3.reschedule(t("2026-03-16T17:00:00Z")).unwrap();
        // Session 5 exists only as a record, a no-show inside the period.
        let mut s5 = SessionRecord::new(
            SessionId::new("s-5").unwrap(),
            5,
            SessionKind::Booster,
            Modality::Phone,
            t("2026-03-12T10:00:00Z"),
        )
        .unwrap();
        s5.no_show(t("2026-03-12T10:30:00Z")).unwrap();
        let records = [s1, s2, s3, s5];

        // Homework from 2 March: 1/day until 8 March → 7 expected; 4 completions without logs,
        // 10 minutes each; one with a log of 15 minutes (counted among the logs instead).
        let mut hw = Homework::new(
            day(2),
            [Assignment::new(
                ExerciseKind::SomaticTracking.into(),
                Frequency::new(1, Per::Day).unwrap(),
                day(8),
            )],
        )
        .unwrap();
        for d in [2, 3, 4, 5] {
            hw.record(Completion::new(0, day(d), 10)).unwrap();
        }
        let logged = PracticeLog::builder(
            ExerciseKind::SomaticTracking.into(),
            t("2026-03-06T08:00:00Z"),
            15,
        )
        .build()
        .unwrap();
        hw.record(Completion::new(0, day(6), 15).with_log(logged.clone()))
            .unwrap();
        let outside =
            PracticeLog::builder(ExerciseKind::BodyScan.into(), t("2026-03-20T08:00:00Z"), 30)
                .build()
                .unwrap();
        let homework = [hw];
        let logs = [logged, outside];

        let report = AdherenceReport::new(
            day(1),
            day(14),
            AdherenceInput {
                plans: &plans,
                records: &records,
                homework: &homework,
                logs: &logs,
            },
        )
        .unwrap();
        // Planned in period: s-1, s-2, s-5 (s-3 moved to 16 March, s-4 on 20 March) = 3.
        assert_eq!(report.sessions_planned(), 3);
        assert_eq!(report.sessions_attended(), 1);
        assert_eq!(report.cancelled_by_clinic(), 1);
        assert_eq!(report.cancelled_by_patient(), 0);
        assert_eq!(report.no_shows(), 1);
        let attendance = report.attendance().unwrap();
        assert_eq!(attendance.percentage().to_string(), "33.33%"); // 1/3
        // Homework: 5 of 7 done → 35/49 sevenths = 71.43%.
        let homework = report.homework().unwrap();
        assert_eq!((homework.part(), homework.whole()), (35, 49));
        assert_eq!(homework.percentage().to_string(), "71.43%");
        // Minutes: 4 × 10 (completions without logs) + 15 (the log on 6 March) = 55;
        // the 20 March log is outside. Per week: 55 × 7 / 14 days = 27.5.
        assert_eq!(report.practice_minutes(), 55);
        assert_eq!(report.minutes_per_week().unwrap().to_string(), "27.5");
    }

    #[test]
    fn empty_inputs_are_no_data() {
        let report = AdherenceReport::new(day(1), day(1), AdherenceInput::default()).unwrap();
        assert_eq!(report.sessions_planned(), 0);
        assert_eq!(report.attendance(), None);
        assert_eq!(report.homework(), None);
        assert_eq!(report.minutes_per_week(), None);
        // Logs given but none in the period: a real zero, not "no data".
        let log = PracticeLog::builder(ExerciseKind::BodyScan.into(), t("2026-02-01T08:00:00Z"), 5)
            .build()
            .unwrap();
        let logs = [log];
        let report = AdherenceReport::new(
            day(1),
            day(7),
            AdherenceInput {
                logs: &logs,
                ..AdherenceInput::default()
            },
        )
        .unwrap();
        assert_eq!(report.minutes_per_week(), Some(Decimal::ZERO));
        assert_eq!(
            AdherenceReport::new(day(2), day(1), AdherenceInput::default()),
            Err(SessionsError::Before {
                field: "to",
                limit: "from"
            })
        );
    }
}
