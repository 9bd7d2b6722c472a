//! Reading a stored [`TrialTable`] back, with every check a table alone allows.
//!
//! A table does not hold its patients, so it cannot show that its means, SDs and Hedges' g come
//! from real values. What it can show is checked: rows in timepoint order, each once; the same
//! arms in the same order in every row, each with one randomized count; samples no larger than
//! their arm (changes no more than values), a mean exactly when there is a value and an SD exactly
//! from two; a change from baseline exactly after baseline; responders exactly where the
//! definition judges, no more than their denominator, the denominator the table states (every
//! randomized patient, or at most the arm's values for completers), with the percent those counts
//! give; comparisons of the first arm with each other arm in order, with the difference of
//! responder percentages the counts give.

use serde::Deserialize;

use super::super::stats;
use super::parts::{ArmComparison, ArmSummary, MeanSd, Responders, TrialRow};
use super::{ResponderDenominator, TrialTable};
use crate::outcomes::{InstrumentKey, OutcomesError, ResponderDefinition, Timepoint};
use crate::rating::Direction;

/// The unchecked wire form of a [`TrialTable`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TrialTableWire {
    instrument: InstrumentKey,
    rule_version: u16,
    direction: Direction,
    definition: ResponderDefinition,
    denominator: ResponderDenominator,
    rows: Vec<TrialRow>,
}

impl TryFrom<TrialTableWire> for TrialTable {
    type Error = OutcomesError;

    fn try_from(raw: TrialTableWire) -> Result<TrialTable, OutcomesError> {
        let first = raw.rows.first().ok_or(OutcomesError::Inconsistent {
            what: "rows: a trial table has at least one timepoint",
        })?;
        if first.arms.is_empty() {
            return inconsistent("arms: a trial table has at least one arm");
        }
        for (index, arm) in first.arms.iter().enumerate() {
            if first.arms.iter().skip(index + 1).any(|a| a.arm == arm.arm) {
                return inconsistent("arms: each arm is listed once");
            }
        }
        if raw.rows.windows(2).any(|pair| match pair {
            [a, b] => a.timepoint >= b.timepoint,
            _ => false,
        }) {
            return inconsistent("row order");
        }
        for row in &raw.rows {
            row.timepoint.validated()?;
            if row.arms.len() != first.arms.len()
                || row
                    .arms
                    .iter()
                    .zip(&first.arms)
                    .any(|(a, b)| a.arm != b.arm || a.randomized != b.randomized)
            {
                return inconsistent(
                    "arms: the same arms, randomized counts and order in every row",
                );
            }
            let judged = row.timepoint != Timepoint::Baseline || !raw.definition.needs_baseline();
            for arm in &row.arms {
                check_arm(arm, row.timepoint, judged, raw.denominator)?;
            }
            check_comparisons(row, judged)?;
        }
        Ok(TrialTable {
            instrument: raw.instrument,
            rule_version: raw.rule_version,
            direction: raw.direction,
            definition: raw.definition,
            denominator: raw.denominator,
            rows: raw.rows,
        })
    }
}

fn inconsistent<T>(what: &'static str) -> Result<T, OutcomesError> {
    Err(OutcomesError::Inconsistent { what })
}

/// A sample of at most `most` values with a mean exactly when it has one and an SD from two.
fn check_sample(sample: &MeanSd, most: u64, what: &'static str) -> Result<(), OutcomesError> {
    if sample.n > most
        || sample.mean.is_some() != (sample.n > 0)
        || sample.sd.is_some() != (sample.n > 1)
        || sample.sd.is_some_and(|sd| sd.is_negative())
    {
        return inconsistent(what);
    }
    Ok(())
}

fn check_arm(
    arm: &ArmSummary,
    timepoint: Timepoint,
    judged: bool,
    denominator: ResponderDenominator,
) -> Result<(), OutcomesError> {
    check_sample(
        &arm.value,
        arm.randomized,
        "value: n, mean and SD of an arm",
    )?;
    match (&arm.change, timepoint == Timepoint::Baseline) {
        (None, true) => {}
        (Some(change), false) => {
            check_sample(change, arm.value.n, "change: n, mean and SD of an arm")?;
        }
        _ => return inconsistent("change: present exactly after baseline"),
    }
    match (&arm.responders, judged) {
        (None, false) => Ok(()),
        (Some(responders), true) => check_responders(responders, arm, denominator),
        _ => inconsistent("responders: present exactly where the definition judges"),
    }
}

fn check_responders(
    responders: &Responders,
    arm: &ArmSummary,
    denominator: ResponderDenominator,
) -> Result<(), OutcomesError> {
    let denominator_fits = match denominator {
        ResponderDenominator::AllRandomized => responders.denominator == arm.randomized,
        ResponderDenominator::Completers => responders.denominator <= arm.value.n,
    };
    if !denominator_fits {
        return inconsistent("responders: the denominator the table states");
    }
    if responders.responders > responders.denominator
        || responders.percent != stats::percent(responders.responders, responders.denominator)
    {
        return inconsistent("responders: n/N and percent");
    }
    Ok(())
}

fn check_comparisons(row: &TrialRow, judged: bool) -> Result<(), OutcomesError> {
    let Some((first, others)) = row.arms.split_first() else {
        return inconsistent("arms: a trial table has at least one arm");
    };
    if row.comparisons.len() != others.len() {
        return inconsistent("comparisons: the first arm against each other arm");
    }
    for (comparison, other) in row.comparisons.iter().zip(others) {
        check_comparison(comparison, first, other, judged)?;
    }
    Ok(())
}

fn check_comparison(
    comparison: &ArmComparison,
    first: &ArmSummary,
    other: &ArmSummary,
    judged: bool,
) -> Result<(), OutcomesError> {
    if comparison.arm != first.arm || comparison.versus != other.arm {
        return inconsistent("comparisons: the first arm against each other arm, in order");
    }
    let both_means = first.value.mean.is_some() && other.value.mean.is_some();
    let both_changes = first.change.is_some_and(|c| c.mean.is_some())
        && other.change.is_some_and(|c| c.mean.is_some());
    if comparison.mean_difference.is_some() != both_means
        || (comparison.hedges_g.is_some() && !(both_means && first.value.n + other.value.n >= 3))
        || comparison.change_difference.is_some() != both_changes
        || (comparison.change_hedges_g.is_some() && !both_changes)
    {
        return inconsistent("comparisons: differences exactly where both arms have a mean");
    }
    let expected = match (&first.responders, &other.responders) {
        (Some(a), Some(b)) if judged => {
            stats::percent_difference((a.responders, a.denominator), (b.responders, b.denominator))
        }
        _ => None,
    };
    if comparison.responder_difference != expected {
        return inconsistent("comparisons: the difference of responder percentages");
    }
    Ok(())
}
