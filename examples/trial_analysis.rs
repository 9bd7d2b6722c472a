//! A synthetic three-arm trial, analysed with the crate alone: item-level BPI-SF responses at
//! baseline, post-treatment and a 12-month follow-up for 150 randomized patients, scored by the
//! crate, and the trial's outcome table by arm as a methods section reports it.
//!
//! The primary outcome is one BPI-SF item, past-week average pain (as in the Boulder trial,
//! clinical reference §1.7), taken from each response with `Measurement::from_item`; responders
//! are pain-free or nearly (0-1 of 10), over all randomized patients with missing counted as
//! non-responders. The secondary table is the BPI interference subscale with a 30% reduction. The
//! third is a research value as a trial's export carries it: the PROMIS Sleep Disturbance 8a mean
//! item score (raw sum / 8, such as 2.625), kept exact to 0.0001 (a `MeasuredValue`), with the
//! figures derived from it computed exactly and rounded once, as the table's header states.
//!
//! The data are made up by a tiny deterministic generator (no randomness from the system): every
//! run prints the same table. Run with `cargo run --example trial_analysis`.

use std::error::Error;

use pain_reprocessing::instruments::{InstrumentError, InstrumentId, Response, SubscaleId};
use pain_reprocessing::outcomes::{
    Administration, ArmLabel, InstrumentKey, Measurement, OutcomesError, ResponderContext,
    ResponderDefinition, ResponderDenominator, Timepoint, Trajectory, TrialAnalysis, TrialPatient,
    TrialTable,
};
use pain_reprocessing::{Direction, MeasuredValue};

/// SplitMix64: a few lines, deterministic, good enough for made-up data.
struct Prng(u64);

impl Prng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A whole number in `low..=high`.
    fn between(&mut self, low: i32, high: i32) -> i32 {
        let span = u64::try_from(high - low + 1).unwrap_or(1);
        low + i32::try_from(self.next() % span).unwrap_or(0)
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// The arms, in table order: the first is compared with each other.
const ARMS: [&str; 3] = ["PRT", "placebo", "usual care"];
const PER_ARM: usize = 50;

/// Mean improvement in average pain after treatment, by arm (made up, in the spirit of §1.8).
const IMPROVEMENT: [i32; 3] = [4, 2, 1];

/// One BPI-SF response: 4 severity items around `pain`, 7 interference items around it, with a
/// few unanswered items.
fn bpi_response(rng: &mut Prng, pain: i32) -> Result<Response, Box<dyn Error>> {
    let clamp = |v: i32| u8::try_from(v.clamp(0, 10)).unwrap_or(0);
    let mut answers: Vec<Option<u8>> = vec![
        Some(clamp(pain + rng.between(1, 3))),  // worst
        Some(clamp(pain - rng.between(0, 2))),  // least
        Some(clamp(pain)),                      // average: the primary outcome
        Some(clamp(pain + rng.between(-1, 1))), // now
    ];
    for _ in 0..7 {
        answers.push(Some(clamp(pain + rng.between(-1, 2))));
    }
    // A few unanswered items: an interference item now and then, rarely the average item.
    for answer in answers.iter_mut().skip(4) {
        if rng.chance(3) {
            *answer = None;
        }
    }
    if rng.chance(2)
        && let Some(average) = answers.get_mut(2)
    {
        *average = None;
    }
    Ok(Response::new(InstrumentId::BpiSf, &answers)?)
}

/// One PROMIS Sleep Disturbance 8a response at disturbance `level` (1-5): items 1, 2 and 8 run the
/// other way (higher is better sleep), so their answers are `6 − level`.
fn sleep_response(rng: &mut Prng, level: i32) -> Result<Response, Box<dyn Error>> {
    let answers: Vec<Option<u8>> = (1..=8)
        .map(|item| {
            let disturbance = (level + rng.between(-1, 1)).clamp(1, 5);
            let answer = if matches!(item, 1 | 2 | 8) {
                6 - disturbance
            } else {
                disturbance
            };
            u8::try_from(answer).ok()
        })
        .collect();
    Ok(Response::new(
        InstrumentId::PromisSleepDisturbance8a,
        &answers,
    )?)
}

/// The mean item score of a sleep response, as a research export carries it: raw sum / 8, exact
/// (eighths have at most three decimals).
fn sleep_mean(response: &Response) -> Result<MeasuredValue, Box<dyn Error>> {
    let total = response.score()?.total().ok_or("a PROMIS raw sum")?;
    Ok(MeasuredValue::from_ratio(total.hundredths(), 800)?)
}

/// One patient's sleep trajectory at the visits attended, improving by arm.
fn sleep_trajectory(
    rng: &mut Prng,
    key: &InstrumentKey,
    arm: usize,
    visits: &[(Timepoint, Response)],
) -> Result<Trajectory, Box<dyn Error>> {
    let baseline = rng.between(3, 4);
    let improvement = [2, 1, 0].get(arm).copied().unwrap_or(0);
    let mut administrations = Vec::new();
    for (timepoint, _) in visits {
        let level = if *timepoint == Timepoint::Baseline {
            baseline
        } else {
            baseline - improvement + rng.between(-1, 1)
        };
        let mean = sleep_mean(&sleep_response(rng, level)?)?;
        administrations.push(Administration::undated(*timepoint, mean));
    }
    Ok(Trajectory::new(
        key.clone(),
        1,
        Direction::HigherIsWorse,
        administrations,
    )?)
}

/// One patient's three visits: `None` for a visit the patient missed.
fn visits(rng: &mut Prng, arm: usize) -> Result<Vec<(Timepoint, Response)>, Box<dyn Error>> {
    let baseline = rng.between(4, 7); // inclusion: pain at least 4 of 10 (§1.2)
    let improvement = IMPROVEMENT.get(arm).copied().unwrap_or(0) + rng.between(-1, 2);
    let post = baseline - improvement;
    let follow_up = post + rng.between(-1, 1);
    let mut out = vec![(Timepoint::Baseline, bpi_response(rng, baseline)?)];
    if !rng.chance(4) {
        out.push((Timepoint::PostTreatment, bpi_response(rng, post)?));
    }
    if !rng.chance(10) {
        out.push((Timepoint::follow_up(12)?, bpi_response(rng, follow_up)?));
    }
    Ok(out)
}

/// The trajectory of one outcome across a patient's visits; a visit without the outcome (the item
/// unanswered, the subscale not scorable) is missing there, never a 0.
fn trajectory(
    key: &InstrumentKey,
    visits: &[(Timepoint, Response)],
    measure: impl Fn(&Response) -> Result<Measurement, Box<dyn Error>>,
    missing: &mut usize,
) -> Result<Trajectory, Box<dyn Error>> {
    let mut administrations = Vec::new();
    let mut version = 1;
    let mut direction = InstrumentId::BpiSf.definition().direction();
    for (timepoint, response) in visits {
        match measure(response) {
            Ok(m) => {
                version = m.rule_version();
                direction = m.direction();
                administrations.push(Administration::undated(*timepoint, m.value()));
            }
            Err(e) if is_missing(e.as_ref()) => *missing += 1,
            Err(e) => return Err(e),
        }
    }
    Ok(Trajectory::new(
        key.clone(),
        version,
        direction,
        administrations,
    )?)
}

/// Whether `error` says the outcome is missing at a visit (printed, so nothing is dropped silently).
fn is_missing(error: &(dyn Error + 'static)) -> bool {
    let outcome_missing = matches!(
        error.downcast_ref::<OutcomesError>(),
        Some(OutcomesError::ItemUnanswered { .. } | OutcomesError::SubscaleNotScored { .. })
    );
    // Too many unanswered items for a score under the BPI-SF's missing-item rules.
    let score_missing = matches!(
        error.downcast_ref::<InstrumentError>(),
        Some(InstrumentError::TooManyMissing { .. })
    );
    outcome_missing || score_missing
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut rng = Prng(20_221_001);
    // Its own stream, so the BPI tables stay as they were before the sleep outcome was added.
    let mut sleep_rng = Prng(20_221_002);
    let arms = ARMS.map(ArmLabel::new);
    let arms: Vec<ArmLabel> = arms.into_iter().collect::<Result<_, _>>()?;
    let average_pain = InstrumentKey::item(InstrumentId::BpiSf, 3)?;
    let interference = InstrumentKey::subscale(InstrumentId::BpiSf, SubscaleId::Interference)?;
    // An app's own outcome key: the mean item score, not the catalog's raw sum.
    let sleep = InstrumentKey::new("promis_sleep_8a_item_mean")?;

    // Visits attended without the outcome (primary, secondary): reported, never dropped silently.
    let mut missing = [0_usize; 2];
    let mut primary = Vec::new();
    let mut secondary = Vec::new();
    let mut research = Vec::new();
    for (index, arm) in arms.iter().enumerate() {
        for _ in 0..PER_ARM {
            let visits = visits(&mut rng, index)?;
            primary.push(TrialPatient {
                arm: arm.clone(),
                trajectory: trajectory(
                    &average_pain,
                    &visits,
                    |r| Ok(Measurement::from_item(r, 3)?),
                    &mut missing[0],
                )?,
            });
            secondary.push(TrialPatient {
                arm: arm.clone(),
                trajectory: trajectory(
                    &interference,
                    &visits,
                    |r| {
                        Ok(Measurement::from_subscale(
                            &r.score()?,
                            SubscaleId::Interference,
                        )?)
                    },
                    &mut missing[1],
                )?,
            });
            research.push(TrialPatient {
                arm: arm.clone(),
                trajectory: sleep_trajectory(&mut sleep_rng, &sleep, index, &visits)?,
            });
        }
    }

    let timepoints = [
        Timepoint::Baseline,
        Timepoint::PostTreatment,
        Timepoint::follow_up(12)?,
    ];
    let primary_table = TrialTable::summarize(
        &primary,
        &TrialAnalysis {
            arms: &arms,
            timepoints: &timepoints,
            definition: &ResponderDefinition::PainFreeOrNearly,
            denominator: ResponderDenominator::AllRandomized,
            context: ResponderContext::default(),
        },
    )?;
    let secondary_table = TrialTable::summarize(
        &secondary,
        &TrialAnalysis {
            arms: &arms,
            timepoints: &timepoints,
            definition: &ResponderDefinition::percent_reduction_30(),
            denominator: ResponderDenominator::Completers,
            context: ResponderContext::default(),
        },
    )?;
    let research_table = TrialTable::summarize(
        &research,
        &TrialAnalysis {
            arms: &arms,
            timepoints: &timepoints,
            definition: &ResponderDefinition::percent_reduction_30(),
            denominator: ResponderDenominator::Completers,
            context: ResponderContext::default(),
        },
    )?;
    println!(
        "Synthetic three-arm trial: {} randomized ({PER_ARM} per arm), BPI-SF at baseline, post-treatment and 12 months.\n",
        primary.len()
    );
    println!(
        "Primary outcome: BPI-SF average pain, past week (form item 5, bpi_5_average)\n{primary_table}"
    );
    println!("Secondary outcome: BPI-SF interference (mean of answered items)\n{secondary_table}");
    println!(
        "Research value: PROMIS Sleep Disturbance 8a mean item score (raw sum / 8, exact to 0.001)\n{research_table}"
    );
    println!(
        "Visits attended without the outcome: average pain unanswered {}, interference not scorable {}.",
        missing[0], missing[1]
    );
    Ok(())
}
