//! `Debug` of the model's types that can hold patient data: a patient's id (in a `Patient/…`
//! reference, an identifier's value, the `Patient` resource and its bundle entry) and a goal's
//! valued activity. They show what a log needs to tell resources apart (types, systems, lengths)
//! and never the text, as [`PatientId`](crate::PatientId) and [`Note`](crate::Note) do.

use std::fmt;

use super::{BundleEntry, CodeableConcept, Goal, Identifier, Patient, Reference};

/// Text shown as its length only: `<redacted, 5 chars>`.
struct Length<'a>(&'a str);

impl fmt::Debug for Length<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<redacted, {} chars>", self.0.chars().count())
    }
}

/// A relative or absolute resource URL with a patient's id redacted:
/// `"https://example.org/fhir/Patient/<redacted>"`; any other URL as it is.
struct PatientUrl<'a>(&'a str);

impl fmt::Debug for PatientUrl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const PATIENT: &str = "Patient/";
        let url = self.0;
        let at = if url.starts_with(PATIENT) {
            Some(0)
        } else {
            url.find("/Patient/").map(|slash| slash + 1)
        };
        match at.and_then(|start| url.get(..start + PATIENT.len())) {
            Some(base) => write!(f, "\"{}<redacted>\"", base.escape_debug()),
            None => fmt::Debug::fmt(url, f),
        }
    }
}

impl fmt::Debug for Identifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Identifier { system, value } = self;
        f.debug_struct("Identifier")
            .field("system", system)
            .field("value", &value.as_deref().map(Length))
            .finish()
    }
}

impl fmt::Debug for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Reference {
            reference,
            identifier,
        } = self;
        f.debug_struct("Reference")
            .field("reference", &reference.as_deref().map(PatientUrl))
            .field("identifier", identifier)
            .finish()
    }
}

impl fmt::Debug for Patient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Patient {
            resource_type,
            id,
            identifier,
        } = self;
        f.debug_struct("Patient")
            .field("resource_type", resource_type)
            .field("id", &Length(id))
            .field("identifier", identifier)
            .finish()
    }
}

impl fmt::Debug for BundleEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let BundleEntry { full_url, resource } = self;
        f.debug_struct("BundleEntry")
            .field("full_url", &PatientUrl(full_url))
            .field("resource", resource)
            .finish()
    }
}

impl fmt::Debug for Goal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        /// The description with its text redacted as a [`Note`](crate::Note)'s is.
        struct Description<'a>(&'a CodeableConcept);
        impl fmt::Debug for Description<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct("CodeableConcept")
                    .field("coding", &self.0.coding)
                    .field("text", &self.0.text.as_deref().map(Length))
                    .finish()
            }
        }
        let Goal {
            resource_type,
            id,
            identifier,
            lifecycle_status,
            achievement_status,
            description,
            subject,
            start_date,
            target,
        } = self;
        f.debug_struct("Goal")
            .field("resource_type", resource_type)
            .field("id", id)
            .field("identifier", identifier)
            .field("lifecycle_status", lifecycle_status)
            .field("achievement_status", achievement_status)
            .field("description", &Description(description))
            .field("subject", subject)
            .field("start_date", start_date)
            .field("target", target)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_patient_url_keeps_its_base_and_hides_the_id() {
        let shown = |url| format!("{:?}", PatientUrl(url));
        assert_eq!(shown("Patient/pt-1"), r#""Patient/<redacted>""#);
        assert_eq!(
            shown("https://example.org/fhir/Patient/pt-1"),
            r#""https://example.org/fhir/Patient/<redacted>""#
        );
        assert_eq!(shown("Practitioner/dr-1"), r#""Practitioner/dr-1""#);
        assert_eq!(
            shown("QuestionnaireResponse/qr-1"),
            r#""QuestionnaireResponse/qr-1""#
        );
        // Not a Patient reference, only a similar name.
        assert_eq!(shown("PatientGroup/g-1"), r#""PatientGroup/g-1""#);
    }

    #[test]
    fn an_identifier_shows_its_system_and_the_values_length() {
        let identifier = Identifier {
            system: Some("urn:example".to_owned()),
            value: Some("pt-12".to_owned()),
        };
        assert_eq!(
            format!("{identifier:?}"),
            r#"Identifier { system: Some("urn:example"), value: Some(<redacted, 5 chars>) }"#
        );
    }
}
