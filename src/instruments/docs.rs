//! The instrument catalog rendered as Markdown (`docs/instruments.md` is generated from it).

use std::fmt::Write as _;

use crate::instruments::{LoincTarget, catalog};
use crate::source::SourceKey;

/// What the page says where the reference states a figure without a source key.
const UNCITED: &str = "(no source in the reference)";

fn keys(sources: &[SourceKey]) -> String {
    if sources.is_empty() {
        return UNCITED.to_owned();
    }
    sources
        .iter()
        .map(|s| format!("`[{s}]`"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// One figure's source: its key, or [`UNCITED`].
fn key(source: Option<SourceKey>) -> String {
    match source {
        Some(source) => format!(" `[{source}]`"),
        None => format!(" {UNCITED}"),
    }
}

/// Markdown describing every instrument of the catalog: items, answers, scoring, bands, missing
/// rule, MCIDs, reliability, licence, LOINC codes and source keys.
///
/// `cargo run --example generate_docs` writes it to `docs/instruments.md`; a test fails when the
/// committed file differs.
///
/// ```
/// let markdown = pain_reprocessing::instruments::catalog_markdown();
/// assert!(markdown.contains("## PHQ-9"));
/// assert!(markdown.contains("44261-6"));
/// ```
pub fn catalog_markdown() -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Outcome instruments\n");
    let _ = writeln!(
        out,
        "Generated from the catalog in `src/instruments` by `cargo run --example generate_docs`; do not edit by hand.\n\
         Source keys refer to the team's clinical reference; each is cited in full in [sources.md](sources.md). Values \
         marked UNVERIFIED are not used in scoring unless configurable.\n"
    );
    for definition in catalog() {
        let id = definition.id();
        let _ = writeln!(out, "## {}\n", definition.short_name());
        let _ = writeln!(out, "{} (id `{}`).\n", definition.name(), id);
        let _ = writeln!(out, "| field | value |\n|---|---|");
        let _ = writeln!(out, "| items | {} |", definition.item_count());
        let anchors = definition
            .anchors()
            .iter()
            .map(|a| format!("{} = {}", a.value(), a.label()))
            .collect::<Vec<_>>()
            .join("; ");
        let _ = writeln!(
            out,
            "| answers | {}-{}{} |",
            definition.answer_min(),
            definition.answer_max(),
            if anchors.is_empty() {
                String::new()
            } else {
                format!(" ({anchors})")
            }
        );
        let _ = writeln!(out, "| recall | {} |", definition.recall());
        let direction = match definition.direction() {
            crate::Direction::HigherIsWorse => "higher is worse",
            crate::Direction::HigherIsBetter => "higher is better",
        };
        let _ = writeln!(out, "| direction | {direction} |");
        let _ = writeln!(out, "| scoring | {} |", definition.scoring().describe());
        if !definition.reverse_items().is_empty() {
            let items: Vec<String> = definition
                .reverse_items()
                .iter()
                .map(u8::to_string)
                .collect();
            let _ = writeln!(
                out,
                "| reverse-scored items | {}{} |",
                items.join(", "),
                if definition.reverse_items_verified() {
                    ""
                } else {
                    " (positions UNVERIFIED)"
                }
            );
        }
        for subscale in definition.subscales() {
            let items: Vec<String> = subscale.items().iter().map(u8::to_string).collect();
            let _ = writeln!(
                out,
                "| subscale {} | items {} ({}-{}) {} |",
                subscale.id().as_str(),
                items.join(", "),
                subscale.min(),
                subscale.max(),
                keys(subscale.sources())
            );
        }
        if id.is_fixed_response() {
            let _ = writeln!(
                out,
                "| valid range | {}-{} |",
                definition.score_min(),
                definition.score_max()
            );
        }
        match definition.bands() {
            Some(bands) => {
                let list: Vec<String> = bands
                    .rules()
                    .iter()
                    .map(|r| format!("{}-{} {}", r.lower(), r.upper(), r.band()))
                    .collect();
                let _ = writeln!(
                    out,
                    "| bands | {}; {} {} |",
                    list.join(", "),
                    bands.note(),
                    keys(bands.sources())
                );
            }
            None => {
                let _ = writeln!(out, "| bands | none verified |");
            }
        }
        let _ = writeln!(
            out,
            "| missing items | {} |",
            definition.missing_rule().describe()
        );
        if let Some(item) = definition.safety_item() {
            let _ = writeln!(
                out,
                "| safety item | {item}: above 0 raises a suicidal-ideation flag; unanswered raises a safety-item-unanswered flag; never prorated |"
            );
        }
        let mcids: Vec<String> = definition
            .mcids()
            .iter()
            .map(|m| {
                let mut parts = Vec::new();
                if let Some(points) = m.points() {
                    parts.push(if points == crate::Decimal::from_int(1) {
                        "1 point".to_owned()
                    } else {
                        format!("{points} points")
                    });
                }
                if let Some(percent) = m.percent() {
                    parts.push(format!("{percent}%"));
                }
                format!(
                    "{} ({}){}{}",
                    parts.join(" or "),
                    m.note(),
                    key(m.source()),
                    if m.verified() { "" } else { " UNVERIFIED" }
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "| MCID | {} |",
            if mcids.is_empty() {
                "none published".to_owned()
            } else {
                mcids.join("; ")
            }
        );
        let reliability: Vec<String> = definition
            .reliability()
            .iter()
            .map(|r| {
                format!(
                    "{} {}{}{}{}",
                    r.kind().as_str(),
                    r.value(),
                    if r.note().is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", r.note())
                    },
                    key(r.source()),
                    if r.verified() { "" } else { " UNVERIFIED" }
                )
            })
            .collect();
        if !reliability.is_empty() {
            let _ = writeln!(out, "| reliability | {} |", reliability.join("; "));
        }
        let licence = definition.licence();
        let _ = writeln!(
            out,
            "| licence | {}: {} {} |",
            licence.status().as_str(),
            licence.note(),
            keys(licence.sources())
        );
        let loinc: Vec<String> = definition
            .loinc()
            .iter()
            .map(|l| {
                let target = match l.target() {
                    LoincTarget::Panel => "panel".to_owned(),
                    LoincTarget::Total => "total".to_owned(),
                    LoincTarget::Subscale(s) => format!("{} score", s.as_str()),
                    LoincTarget::Item(i) => format!("item {i}"),
                    LoincTarget::Answer(v) => format!("answer {v}"),
                };
                format!("{} {} `[{}]`", target, l.code(), l.source())
            })
            .collect();
        let _ = writeln!(
            out,
            "| LOINC | {} |",
            if loinc.is_empty() {
                "none verified".to_owned()
            } else {
                loinc.join("; ")
            }
        );
        let _ = writeln!(out, "| rule version | {} |", definition.rule_version());
        let _ = writeln!(out, "| sources | {} |", keys(definition.sources()));
        let _ = writeln!(out);
        let labels: Vec<String> = definition
            .items()
            .iter()
            .enumerate()
            .map(|(i, item)| format!("{}. `{}`: {}", i + 1, item.id(), item.label()))
            .collect();
        let _ = writeln!(out, "Items: {}\n", labels.join("; "));
        for note in definition.notes() {
            let _ = writeln!(out, "- {note}");
        }
        if !definition.notes().is_empty() {
            let _ = writeln!(out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    /// Beside the code rather than in the integration tests, so that lib-only mutation runs see
    /// a changed label, description or range in the generated page.
    #[test]
    fn committed_instruments_doc_matches_the_catalog() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/instruments.md");
        let on_disk = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            on_disk == super::catalog_markdown(),
            "docs/instruments.md is stale: run `cargo run --example generate_docs` and commit it"
        );
    }
}
