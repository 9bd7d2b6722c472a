//! The printed form of a [`TrialTable`]: what a methods section shows.

use std::fmt;

use super::TrialTable;
use crate::decimal::Decimal;
use crate::outcomes::ResponderDefinition;
use crate::rating::Direction;

/// The table as a methods section prints it: a header stating the outcome, the definition, the
/// denominator and the rounding rule, then one line per timepoint and arm and one per comparison.
impl fmt::Display for TrialTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Outcome {} (rule v{}, {}); responders: {}; denominator: {}.",
            self.instrument,
            self.rule_version,
            match self.direction {
                Direction::HigherIsWorse => "higher is worse",
                Direction::HigherIsBetter => "higher is better",
            },
            definition_words(&self.definition),
            self.denominator,
        )?;
        writeln!(
            f,
            "N randomized, n with a value. Values exact to 0.0001; responders decided on exact values; figures computed exactly and rounded once: means, SDs and differences to 0.01 (half away from zero; SD and g to the nearest 0.01), percents to 0.1 from exact counts."
        )?;
        writeln!(
            f,
            "{:<22} {:<14} {:>4} {:>5}  {:<14} {:<15} responders",
            "timepoint", "arm", "N", "n", "mean (SD)", "change (SD)"
        )?;
        for row in &self.rows {
            let timepoint = row.timepoint.to_string();
            for (index, arm) in row.arms.iter().enumerate() {
                let change = arm
                    .change
                    .as_ref()
                    .map_or_else(|| String::from("-"), ToString::to_string);
                let responders = arm
                    .responders
                    .as_ref()
                    .map_or_else(|| String::from("-"), ToString::to_string);
                writeln!(
                    f,
                    "{:<22} {:<14} {:>4} {:>5}  {:<14} {:<15} {}",
                    if index == 0 { timepoint.as_str() } else { "" },
                    arm.arm.as_str(),
                    arm.randomized,
                    arm.value.n,
                    arm.value.to_string(),
                    change,
                    responders
                )?;
            }
            for c in &row.comparisons {
                let shown =
                    |d: Option<Decimal>| d.map_or_else(|| String::from("-"), |d| format!("{d:.2}"));
                write!(
                    f,
                    "{:<22} {} vs {}: mean difference {} (g {})",
                    "",
                    c.arm,
                    c.versus,
                    shown(c.mean_difference),
                    shown(c.hedges_g)
                )?;
                if c.change_difference.is_some() {
                    write!(
                        f,
                        "; change {} (g {})",
                        shown(c.change_difference),
                        shown(c.change_hedges_g)
                    )?;
                }
                if let Some(points) = c.responder_difference {
                    write!(f, "; responders {points:+.2} points")?;
                }
                writeln!(f)?;
            }
        }
        Ok(())
    }
}

/// A definition in words, for the table's header.
fn definition_words(definition: &ResponderDefinition) -> String {
    match definition {
        ResponderDefinition::PainFreeOrNearly => "pain-free or nearly (0-1 of 10)".into(),
        ResponderDefinition::PercentReduction { percent } => {
            format!("at least {percent}% improvement from baseline")
        }
        ResponderDefinition::McidReached => "MCID reached".into(),
        ResponderDefinition::ReliableImprovement => "reliable improvement".into(),
        ResponderDefinition::AtMost { value } => format!("at most {value}"),
        ResponderDefinition::AtLeast { value } => format!("at least {value}"),
    }
}
