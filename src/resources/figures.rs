//! [`EngagementFigures`] over a period, and [`AdherenceWithResources`], the sessions' adherence
//! report with them alongside.

use chrono::NaiveDate;

use super::{ResourceAssignment, ResourcePlan, ResourcesError};
use crate::Decimal;
use crate::sessions::{AdherenceReport, Proportion};

/// Engagement with assigned resources over the days `from..=to` (both inclusive).
///
/// # Definitions
///
/// - **Assigned**: assignments whose `assigned_on` falls in the period.
/// - Of those, counting only engagement entries dated on or before `to`:
///   - **opened**: any entry at all (completing or rating a resource implies opening it);
///   - **completed**: at least one `completed` entry;
///   - **on time**: the first completion is on or before the due date.
/// - **Completion**: completed / assigned, exact ([`Proportion`]); `None` with nothing assigned.
/// - **Mean helpfulness**: over the assignments with a rating, the mean of each one's *latest*
///   rating (one voice per resource, so rating one video five times does not outweigh the rest),
///   rounded half away from zero to two decimals; `None` with no rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EngagementFigures {
    from: NaiveDate,
    to: NaiveDate,
    assigned: u64,
    opened: u64,
    completed: u64,
    on_time: u64,
    rated: u64,
    rating_sum: u64,
}

impl EngagementFigures {
    /// The figures of `assignments` over `from..=to`.
    ///
    /// # Errors
    ///
    /// [`ResourcesError::Before`] when `to` is before `from`.
    pub fn of<'a>(
        assignments: impl IntoIterator<Item = &'a ResourceAssignment>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<EngagementFigures, ResourcesError> {
        if to < from {
            return Err(ResourcesError::Before {
                field: "to",
                date: to,
                other_field: "from",
                other: from,
            });
        }
        let mut figures = EngagementFigures {
            from,
            to,
            assigned: 0,
            opened: 0,
            completed: 0,
            on_time: 0,
            rated: 0,
            rating_sum: 0,
        };
        for assignment in assignments {
            if assignment.assigned_on() < from || assignment.assigned_on() > to {
                continue;
            }
            figures.assigned += 1;
            figures.opened += u64::from(assignment.opened_by(to));
            if let Some(done) = assignment.completed_on(to) {
                figures.completed += 1;
                figures.on_time += u64::from(done <= assignment.due());
            }
            if let Some(rating) = assignment.helpfulness(to) {
                figures.rated += 1;
                figures.rating_sum += u64::from(rating.value());
            }
        }
        Ok(figures)
    }

    /// The first day of the period.
    pub fn from(&self) -> NaiveDate {
        self.from
    }

    /// The last day of the period.
    pub fn to(&self) -> NaiveDate {
        self.to
    }

    /// Resources assigned in the period.
    pub fn assigned(&self) -> u64 {
        self.assigned
    }

    /// Of those, how many were opened.
    pub fn opened(&self) -> u64 {
        self.opened
    }

    /// Of those, how many were completed.
    pub fn completed(&self) -> u64 {
        self.completed
    }

    /// Of those, how many were completed on or before their due date.
    pub fn on_time(&self) -> u64 {
        self.on_time
    }

    /// Of those, how many were rated for helpfulness.
    pub fn rated(&self) -> u64 {
        self.rated
    }

    /// Completed / assigned, exact; `None` with nothing assigned.
    pub fn completion(&self) -> Option<Proportion> {
        Proportion::new(self.completed, self.assigned)
    }

    /// Opened / assigned, exact; `None` with nothing assigned.
    pub fn opening(&self) -> Option<Proportion> {
        Proportion::new(self.opened, self.assigned)
    }

    /// The mean of the latest helpfulness ratings, 0-10 to two decimals; `None` with no rating.
    pub fn mean_helpfulness(&self) -> Option<Decimal> {
        let sum = i64::try_from(self.rating_sum).ok()?;
        let count = i64::try_from(self.rated).ok()?;
        Decimal::from_ratio(sum, count).ok()
    }
}

impl ResourcePlan {
    /// The plan's [`EngagementFigures`] over `from..=to`.
    ///
    /// # Errors
    ///
    /// [`ResourcesError::Before`] when `to` is before `from`.
    pub fn engagement_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<EngagementFigures, ResourcesError> {
        EngagementFigures::of(self.assignments(), from, to)
    }
}

/// The sessions' [`AdherenceReport`] with resource [`EngagementFigures`] over the same period.
///
/// ```
/// use chrono::NaiveDate;
/// use pain_reprocessing::resources::{AdherenceWithResources, ResourcePlan};
/// use pain_reprocessing::sessions::{AdherenceInput, AdherenceReport};
///
/// let from = NaiveDate::from_ymd_opt(2026, 3, 1).ok_or("date")?;
/// let to = NaiveDate::from_ymd_opt(2026, 3, 28).ok_or("date")?;
/// let adherence = AdherenceReport::new(from, to, AdherenceInput::default())?;
/// let report = AdherenceWithResources::new(adherence, &ResourcePlan::default());
/// assert_eq!(report.resources().assigned(), 0);
/// assert_eq!(report.resources().completion(), None); // no data, never NaN
/// assert_eq!(report.adherence().from(), from);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdherenceWithResources {
    adherence: AdherenceReport,
    resources: EngagementFigures,
}

impl AdherenceWithResources {
    /// `adherence` with the engagement figures of `plan` over the report's period.
    pub fn new(adherence: AdherenceReport, plan: &ResourcePlan) -> AdherenceWithResources {
        let (from, to) = (adherence.from(), adherence.to());
        // The report guarantees `from <= to`, so the figures are always computed; the fallback
        // (all zero) is never taken.
        let resources =
            EngagementFigures::of(plan.assignments(), from, to).unwrap_or(EngagementFigures {
                from,
                to,
                assigned: 0,
                opened: 0,
                completed: 0,
                on_time: 0,
                rated: 0,
                rating_sum: 0,
            });
        AdherenceWithResources {
            adherence,
            resources,
        }
    }

    /// The sessions' adherence report.
    pub fn adherence(&self) -> &AdherenceReport {
        &self.adherence
    }

    /// The resource engagement figures over the same period.
    pub fn resources(&self) -> &EngagementFigures {
        &self.resources
    }
}
