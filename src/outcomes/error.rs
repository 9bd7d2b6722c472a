//! [`OutcomesError`]: why an outcome could not be computed or a value could not be built.

use super::{NotEvaluableReason, Timepoint};
use crate::text::TextError;

/// Why an outcome could not be computed or a value could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum OutcomesError {
    /// A measurement was asked of a score without a total (a BPI-SF score whose severity was not
    /// scored; its interference subscale is valid).
    #[error(
        "the {instrument} score has no total (too many items unanswered); measure a subscale instead"
    )]
    NoTotal {
        /// The score's instrument.
        instrument: String,
    },
    /// A PGIC category was asked of another instrument's score.
    #[error("a PGIC category needs a PGIC score; this one is {instrument}")]
    NotPgic {
        /// The score's instrument.
        instrument: String,
    },
    /// Two measurements of different instruments were compared.
    #[error(
        "cannot compare instrument {left} with instrument {right}; changes need one instrument"
    )]
    InstrumentMismatch {
        /// The first instrument.
        left: String,
        /// The second instrument.
        right: String,
    },
    /// Two measurements scored by different rule versions were compared.
    #[error(
        "cannot compare scoring rule version {left} with version {right}; changes need one rule version"
    )]
    RuleVersionMismatch {
        /// The first version.
        left: u16,
        /// The second version.
        right: u16,
    },
    /// Two measurements disagreed on the scale's direction.
    #[error(
        "the two measurements disagree on whether higher is better; one instrument has one direction"
    )]
    DirectionMismatch,
    /// An instrument key broke the key rules.
    #[error(
        "instrument key {key:?} is invalid; allowed 1-64 characters of lowercase a-z, digits, '_' and '-', starting with a letter or digit"
    )]
    InvalidInstrumentKey {
        /// The key, cut to its first 24 characters.
        key: String,
    },
    /// A parameter was outside its allowed range.
    #[error("{what} is {value}; allowed {allowed}")]
    OutOfRange {
        /// What was being read, such as `mcid points`.
        what: &'static str,
        /// The value as given.
        value: String,
        /// The allowed values.
        allowed: &'static str,
    },
    /// A source citation broke the text rules.
    #[error("mcid source is invalid; allowed 1-200 characters without control characters")]
    InvalidSource,
    /// An MCID had neither a points nor a percent threshold.
    #[error("an mcid needs a points threshold, a percent threshold or both")]
    EmptyMcid,
    /// Clinical and functional population means were the wrong way round for the direction.
    #[error(
        "the clinical mean {clinical} is not worse than the functional mean {functional} on this scale"
    )]
    PopulationsNotOrdered {
        /// The clinical (dysfunctional) mean.
        clinical: String,
        /// The functional (normative) mean.
        functional: String,
    },
    /// Two administrations in a trajectory had the same timepoint.
    #[error("timepoint {timepoint} appears more than once; each timepoint is administered once")]
    DuplicateTimepoint {
        /// The repeated timepoint.
        timepoint: Timepoint,
    },
    /// Dates did not increase with the timepoints. The dates themselves are left out: assessment
    /// dates are patient data and error messages end up in logs.
    #[error("{later} is not dated after {earlier}; dates must increase with the timepoints")]
    DatesOutOfOrder {
        /// The earlier timepoint.
        earlier: Timepoint,
        /// The later timepoint, dated on or before the earlier one.
        later: Timepoint,
    },
    /// A trajectory was built from no measurements, so its instrument is unknown.
    #[error("a trajectory from measurements needs at least one measurement")]
    EmptyTrajectory,
    /// A trajectory has no baseline administration.
    #[error("the trajectory has no baseline administration; changes are measured from baseline")]
    NoBaseline,
    /// Trajectories of different instruments or rule versions were summarized together.
    #[error("a cohort summary needs one instrument and rule version; got {left} and {right}")]
    MixedCohort {
        /// The first instrument and version, as `key v1`.
        left: String,
        /// The other instrument and version.
        right: String,
    },
    /// A figure was beyond the exact range of a [`Decimal`](crate::Decimal).
    #[error("{what} is too large to compute exactly")]
    TooLarge {
        /// Which figure.
        what: &'static str,
    },
    /// A stored document's derived figures disagree with its inputs.
    #[error("{what} does not match the figures it was derived from")]
    Inconsistent {
        /// Which figure.
        what: &'static str,
    },
    /// An item outcome named an item the instrument does not have.
    #[error("{instrument} has no item {item}; its items are 1-{items}")]
    NoSuchItem {
        /// The instrument's id.
        instrument: String,
        /// The 1-based item asked for.
        item: usize,
        /// How many items the instrument has.
        items: usize,
    },
    /// An item outcome named an unanswered item.
    #[error("{instrument} item {item} is unanswered; an item outcome needs an answer")]
    ItemUnanswered {
        /// The instrument's id.
        instrument: String,
        /// The 1-based item.
        item: usize,
    },
    /// A subscale outcome named a subscale the instrument does not have.
    #[error("{instrument} has no subscale {subscale}")]
    NoSuchSubscale {
        /// The instrument's id.
        instrument: String,
        /// The subscale's id.
        subscale: &'static str,
    },
    /// A subscale outcome named a subscale this score does not carry.
    #[error(
        "this {instrument} score carries no {subscale} subscale: too many of its items were missing"
    )]
    SubscaleNotScored {
        /// The instrument's id.
        instrument: String,
        /// The subscale's id.
        subscale: &'static str,
    },
    /// A text field broke the text rules.
    #[error("{field} {source}")]
    Text {
        /// The field, such as `arm label`.
        field: &'static str,
        /// The rule it broke.
        source: TextError,
    },
    /// A trial analysis was set up wrongly.
    #[error("the trial analysis is invalid: {why}")]
    InvalidTrialDesign {
        /// What is wrong.
        why: &'static str,
    },
    /// A patient's arm is not among the analysis' arms.
    #[error("patient {patient} is in arm {arm:?}, which is not among the analysis' arms")]
    UnknownArm {
        /// The patient's index in the input.
        patient: usize,
        /// The arm's label (an app's arm name, not patient data).
        arm: String,
    },
    /// A trial table was asked of no patients.
    #[error("a trial table needs at least one patient; none were given")]
    EmptyTrial,
    /// A patient's outcome differs from the first patient's.
    #[error(
        "patient {patient} has outcome {found}, the trial's is {expected}; a trial table needs one outcome and rule version"
    )]
    TrialPatientMismatch {
        /// The patient's index in the input.
        patient: usize,
        /// The first patient's outcome and version, as `key v1`.
        expected: String,
        /// This patient's.
        found: String,
    },
    /// A responder definition was applied to an outcome it does not fit.
    #[error("the responder definition {definition} does not fit outcome {instrument}: {why}")]
    DefinitionNotApplicable {
        /// The definition's kind.
        definition: &'static str,
        /// The outcome's key.
        instrument: String,
        /// What it needs.
        why: &'static str,
    },
    /// No patient had a value at a requested timepoint.
    #[error("no patient has a value at {timepoint}; report only timepoints with data")]
    NoDataAt {
        /// The timepoint.
        timepoint: Timepoint,
    },
    /// The responder definition could not judge a patient.
    #[error("patient {patient} at {timepoint} cannot be judged by the responder definition: {why}")]
    TrialPatientNotEvaluable {
        /// The patient's index in the input.
        patient: usize,
        /// The timepoint.
        timepoint: Timepoint,
        /// Why.
        why: NotEvaluableReason,
    },
    /// A cohort's JSON is not an array of trajectory documents.
    #[error("a cohort is a JSON array of trajectories, one per patient: {message}")]
    CohortNotAnArray {
        /// What the JSON reader said.
        message: String,
    },
    /// One patient's trajectory in a cohort's JSON could not be read (a value beyond the
    /// precision, an unknown field, …): which patient, where in the trajectory, and why.
    #[error("patient {patient}: {message}, at `{path}`")]
    CohortPatient {
        /// The patient's index in the array (and so in the trajectories read).
        patient: usize,
        /// The JSON path of the bad value within the patient's trajectory
        /// (`administrations[1].value`; `.` for the trajectory itself).
        path: String,
        /// What was wrong, as the type says it.
        message: String,
    },
}
