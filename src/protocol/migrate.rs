//! Protocol format 1 to 2.

/// Protocol format 1 to 2: renames the instrument ids of every assessment (the Boulder PROMIS
/// sleep and depression sets, see `instruments::migrate`). Also the step for a protocol embedded
/// in an event log or program (which then sets its `schema_version`).
///
/// # Errors
///
/// None today; the signature is that of every migration step.
pub(crate) fn upgrade_protocol_v1(
    mut protocol: serde_json::Map<String, serde_json::Value>,
) -> Result<serde_json::Map<String, serde_json::Value>, crate::versioning::VersionError> {
    if let Some(serde_json::Value::Array(assessments)) = protocol.get_mut("assessments") {
        for assessment in assessments
            .iter_mut()
            .filter_map(serde_json::Value::as_object_mut)
        {
            crate::instruments::migrate::upgrade_instrument_list_v1(assessment, "instruments");
        }
    }
    Ok(protocol)
}
