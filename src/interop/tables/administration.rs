//! One instrument given to one patient at one visit ([`Administration`]), and those of a
//! program's event log ([`administrations`]).

use chrono::{DateTime, Utc};

use crate::PatientId;
use crate::instruments::{Response, Score};
use crate::outcomes::Timepoint;
use crate::program::{EventKind, EventLog, Program};

/// Which assessment an administration belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Visit {
    /// One of the protocol's timepoints.
    Scheduled(Timepoint),
    /// An assessment outside the protocol's schedule (a between-session PHQ-9 check-in,
    /// `unscheduled_assessment_recorded`): no timepoint, only its date.
    Unscheduled,
}

/// One instrument given to one patient at one visit: the unit both tables are built from.
#[derive(Debug, Clone, Copy)]
pub struct Administration<'a> {
    patient: &'a PatientId,
    visit: Visit,
    at: Option<DateTime<Utc>>,
    score: &'a Score,
    response: Option<&'a Response>,
}

impl<'a> Administration<'a> {
    /// `score` of `patient` at `timepoint`, assessed `at`.
    pub const fn new(
        patient: &'a PatientId,
        timepoint: Timepoint,
        at: DateTime<Utc>,
        score: &'a Score,
    ) -> Administration<'a> {
        Administration {
            patient,
            visit: Visit::Scheduled(timepoint),
            at: Some(at),
            score,
            response: None,
        }
    }

    /// `score` of `patient` at `timepoint`, with no date: the source did not record when it was
    /// assessed (a REDCap export without a date field). The tables leave the date empty rather
    /// than invent one.
    pub const fn undated(
        patient: &'a PatientId,
        timepoint: Timepoint,
        score: &'a Score,
    ) -> Administration<'a> {
        Administration {
            patient,
            visit: Visit::Scheduled(timepoint),
            at: None,
            score,
            response: None,
        }
    }

    /// `score` of `patient` from an assessment outside the protocol's schedule, assessed `at`.
    pub const fn unscheduled(
        patient: &'a PatientId,
        at: DateTime<Utc>,
        score: &'a Score,
    ) -> Administration<'a> {
        Administration {
            patient,
            visit: Visit::Unscheduled,
            at: Some(at),
            score,
            response: None,
        }
    }

    /// With the answers, so the tables get item rows. The response must be the one scored (same
    /// instrument); a response of another instrument is ignored.
    pub fn with_response(mut self, response: &'a Response) -> Administration<'a> {
        if response.instrument() == self.score.instrument() {
            self.response = Some(response);
        }
        self
    }

    /// The patient.
    pub const fn patient(&self) -> &PatientId {
        self.patient
    }
    /// The visit: a protocol timepoint, or unscheduled.
    pub const fn visit(&self) -> Visit {
        self.visit
    }
    /// The protocol timepoint; `None` for an unscheduled assessment.
    pub const fn timepoint(&self) -> Option<Timepoint> {
        match self.visit {
            Visit::Scheduled(timepoint) => Some(timepoint),
            Visit::Unscheduled => None,
        }
    }
    /// When it was assessed, when the source says.
    pub const fn at(&self) -> Option<DateTime<Utc>> {
        self.at
    }
    /// The score.
    pub const fn score(&self) -> &Score {
        self.score
    }
    /// The answers, when given.
    pub const fn response(&self) -> Option<&Response> {
        self.response
    }
}

/// The administrations recorded in a program's history, oldest first: the protocol's assessments
/// and the unscheduled ones ([`Visit::Unscheduled`]), each dated by its event. Each carries the
/// score the program derived and the response it was derived from, so the tables get item rows;
/// an assessment recorded under event-log format 1 (`assessment_recorded_without_answers`, kept
/// its scores, not its answers) has none. A response the program could not score (too many items
/// unanswered) has no score, so no administration. Voided events give none.
pub fn administrations<'a>(
    program: &'a Program,
    log: &'a EventLog,
) -> impl Iterator<Item = Administration<'a>> + 'a {
    log.events()
        .iter()
        .enumerate()
        // Voided events do not count; their outcomes are those of the history without them.
        .filter(move |(index, _)| !program.is_voided(*index))
        .flat_map(move |(index, logged)| {
            let event = logged.event();
            let (visit, responses): (Option<Visit>, &'a [Response]) = match event.kind() {
                EventKind::AssessmentRecorded {
                    timepoint,
                    responses,
                    ..
                } => (Some(Visit::Scheduled(*timepoint)), responses),
                EventKind::AssessmentRecordedWithoutAnswers { timepoint, .. } => {
                    (Some(Visit::Scheduled(*timepoint)), &[])
                }
                EventKind::UnscheduledAssessmentRecorded { responses } => {
                    (Some(Visit::Unscheduled), responses)
                }
                _ => (None, &[]),
            };
            let scores: &[Score] = match visit {
                Some(_) => program.scores_of_event(index).unwrap_or(&[]),
                None => &[],
            };
            let visit = visit.unwrap_or(Visit::Unscheduled);
            scores.iter().map(move |score| {
                let administration = Administration {
                    patient: program.patient(),
                    visit,
                    at: Some(event.at()),
                    score,
                    response: None,
                };
                // An assessment answers each instrument once (the guards refuse a second), so
                // the instrument finds the response the score was derived from.
                match responses
                    .iter()
                    .find(|response| response.instrument() == score.instrument())
                {
                    Some(response) => administration.with_response(response),
                    None => administration,
                }
            })
        })
}
