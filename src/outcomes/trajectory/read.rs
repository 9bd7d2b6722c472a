//! [`Trajectory::read_cohort`]: a cohort's trajectories from JSON, each error naming the patient.

use serde_json::value::RawValue;

use super::Trajectory;
use crate::outcomes::OutcomesError;

impl Trajectory {
    /// Reads a cohort: a JSON array of `trajectory` documents (the published schema), one per
    /// patient, in the order [`CohortSummary::summarize`](crate::outcomes::CohortSummary::summarize)
    /// and a trial's patients take them.
    ///
    /// A bad value is refused with the patient's index and the value's path, never dropped or
    /// rounded: a research value beyond the documented precision (`4.37512`, five decimals) names
    /// the patient and the field.
    ///
    /// ```
    /// use pain_reprocessing::outcomes::{OutcomesError, Trajectory};
    ///
    /// let ok = br#"[{"instrument": "sleep_mean", "rule_version": 1, "direction": "higher_is_worse",
    ///     "administrations": [{"timepoint": {"kind": "baseline"}, "value": 4.375}]}]"#;
    /// assert_eq!(Trajectory::read_cohort(ok)?[0].administrations()[0].value().to_string(), "4.375");
    ///
    /// let bad = br#"[{"instrument": "sleep_mean", "rule_version": 1, "direction": "higher_is_worse",
    ///     "administrations": [{"timepoint": {"kind": "baseline"}, "value": 4.375}]},
    ///   {"instrument": "sleep_mean", "rule_version": 1, "direction": "higher_is_worse",
    ///     "administrations": [{"timepoint": {"kind": "baseline"}, "value": 4.37512}]}]"#;
    /// let error = Trajectory::read_cohort(bad).unwrap_err();
    /// assert!(matches!(&error, OutcomesError::CohortPatient { patient: 1, path, .. } if path == "administrations[0].value"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`OutcomesError::CohortNotAnArray`] when `json` is not a JSON array, and
    /// [`OutcomesError::CohortPatient`] for the first patient whose trajectory the type refuses.
    pub fn read_cohort(json: &[u8]) -> Result<Vec<Trajectory>, OutcomesError> {
        let patients: Vec<&RawValue> =
            serde_json::from_slice(json).map_err(|error| OutcomesError::CohortNotAnArray {
                message: error.to_string(),
            })?;
        patients
            .into_iter()
            .enumerate()
            .map(|(patient, raw)| {
                crate::located::from_slice::<Trajectory>(raw.get().as_bytes()).map_err(|error| {
                    OutcomesError::CohortPatient {
                        patient,
                        path: error.location.path().to_owned(),
                        message: error.message,
                    }
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn patient(value: &str) -> String {
        format!(
            r#"{{"instrument": "x", "rule_version": 1, "direction": "higher_is_worse",
                "administrations": [{{"timepoint": {{"kind": "baseline"}}, "value": 2.125}},
                                    {{"timepoint": {{"kind": "post_treatment"}}, "value": {value}}}]}}"#
        )
    }

    #[test]
    fn every_patient_is_read_in_order() {
        let json = format!("[{}, {}]", patient("1.0625"), patient("3"));
        let cohort = Trajectory::read_cohort(json.as_bytes()).unwrap();
        let post: Vec<String> = cohort
            .iter()
            .map(|t| t.administrations()[1].value().to_string())
            .collect();
        assert_eq!(post, ["1.0625", "3"]);
    }

    #[test]
    fn a_value_beyond_the_precision_names_the_patient_and_field() {
        let json = format!(
            "[{}, {}, {}]",
            patient("1"),
            patient("2"),
            patient("4.37512")
        );
        match Trajectory::read_cohort(json.as_bytes()) {
            Err(OutcomesError::CohortPatient {
                patient,
                path,
                message,
            }) => {
                assert_eq!((patient, path.as_str()), (2, "administrations[1].value"));
                assert!(message.contains("more than 4 decimal places"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_document_that_is_not_an_array_is_refused_as_such() {
        assert!(matches!(
            Trajectory::read_cohort(patient("1").as_bytes()),
            Err(OutcomesError::CohortNotAnArray { .. })
        ));
        assert!(matches!(
            Trajectory::read_cohort(b"[1, 2"),
            Err(OutcomesError::CohortNotAnArray { .. })
        ));
    }
}
