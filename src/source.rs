//! [`SourceKey`]: the crate's bibliography, one key per entry of the clinical reference's source
//! list that the crate cites.
//!
//! Rules, bands, thresholds and codes cite where they come from: in rustdoc as a code span
//! (`` `[S39]` ``), and as data through [`SourceKey`] (instrument definitions, red flags, screening
//! criteria). Every key is one row of the table below, copied from the reference's source list (§6)
//! without paraphrase; `docs/sources.md` is generated from it (`cargo run --example generate_docs`).
//! A test scans `src/` so that every key cited there is in the table and every key in the table is
//! cited.

use std::borrow::Cow;
use std::fmt::Write as _;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

/// Writes [`SourceKey`] from the one table of keys and citations: the variants, [`SourceKey::ALL`],
/// [`SourceKey::as_str`] and [`SourceKey::citation`].
macro_rules! source_keys {
    ($($key:ident => $citation:literal,)+) => {
        /// A source of the crate's bibliography (`docs/sources.md`, copied from the clinical
        /// reference's source list), or [`SourceKey::DesignChoice`] for a rule the reference does not
        /// give and this crate chose.
        ///
        /// On the wire a key is its name (`"S39"`); the design choice is `"design_choice"`. Every
        /// [`ScreeningReason`](crate::intake::ScreeningReason) carries one, so a decision can always
        /// be traced to where its rule came from.
        ///
        /// ```
        /// use pain_reprocessing::source::SourceKey;
        ///
        /// assert_eq!(SourceKey::S39.as_str(), "S39");
        /// assert!(SourceKey::S39.citation().starts_with("ePPOC BPI scoring page"));
        /// assert_eq!(serde_json::to_string(&SourceKey::S3)?, "\"S3\"");
        /// assert_eq!(SourceKey::S30.to_string(), "S30");
        /// assert_eq!(serde_json::to_string(&SourceKey::DesignChoice)?, "\"design_choice\"");
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum SourceKey {
            $(
                #[doc = concat!("`[", stringify!($key), "]`: see [`SourceKey::citation`].")]
                $key,
            )+
            /// Not from the reference: a documented design choice of this crate.
            #[serde(rename = "design_choice")]
            DesignChoice,
        }

        impl SourceKey {
            /// Every key, in the bibliography's order, then [`SourceKey::DesignChoice`].
            pub const ALL: &'static [SourceKey] = &[$(SourceKey::$key,)+ SourceKey::DesignChoice];

            /// The key as the wire and the docs write it: `"S39"`, or `"design_choice"`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(SourceKey::$key => stringify!($key),)+
                    SourceKey::DesignChoice => "design_choice",
                }
            }

            /// The full citation with its links, as the clinical reference's source list writes it;
            /// for [`SourceKey::DesignChoice`], a sentence saying the rule is this crate's choice.
            pub const fn citation(self) -> &'static str {
                match self {
                    $(SourceKey::$key => $citation,)+
                    SourceKey::DesignChoice => DESIGN_CHOICE,
                }
            }
        }
    };
}

/// The citation of [`SourceKey::DesignChoice`].
const DESIGN_CHOICE: &str =
    "not from the clinical reference: a design choice of this crate, documented where it is made";

source_keys! {
    S1 => "Ashar et al. 2022, PMC full text — https://pmc.ncbi.nlm.nih.gov/articles/PMC8482298/ ; doi:10.1001/jamapsychiatry.2021.2669",
    S3 => "NCT03294148 eligibility — https://trials.co/clinical-trials-details/-/NCT03294148",
    S4 => "NCT03294148 description — https://ctv.veeva.com/study/mind-body-treatments-for-chronic-back-pain ; https://meddatax.com/clinical-trials/NCT03294148",
    S7 => "CU Anschutz online PRT study listing — https://studies.buildclinical.com/bcfs00685-cuanschutz-ashar-backpain",
    S8 => "Pain Reprocessing Therapy Center, \"Pain Reprocessing Therapy\" — https://www.painreprocessingtherapy.com/pain-reprocessing-therapy",
    S9 => "Practitioner description (5 components; 50-min sessions) — https://www.marinalondonlcsw.com/therapy",
    S10 => "Scimex, 5-year press summary — https://www.scimex.org/newsfeed/pain-reprocessing-therapy-could-help-those-with-mild-chronic-back-pain",
    S11 => "HealthDay/EMPR news — https://www.empr.com/home/news/psychological-treatment-provides-pain-relief-for-chronic-back-pain/",
    S12 => "*The Way Out* highlights (somatic tracking, outcome independence) — https://sublime.app/card/the-way-out-a-revolutionary-scientifically-proven-approach-to-healing-chronic-pain?section=highlights",
    S13 => "PRT Recovery book group, Ch.6 \"The Process\" — https://prtrecovery.org/posts/58",
    S14 => "PRT Recovery book group, Ch.8 \"Feeling Good\" / Ch.2 — https://prtrecovery.org/threads/chapter-8-feeling-good-discussion-of-the-way-out-by-alan-gordon.30/ ; https://prtrecovery.org/posts/98",
    S16 => "Tankha et al. 2023, J Pain 24(9):1582-1593, doi:10.1016/j.jpain.2023.04.006 — https://pmc.ncbi.nlm.nih.gov/articles/PMC11020878",
    S17 => "Schubiner-attributed neuroplastic criteria — https://www.alexmartbodywork.com/blog/criteria-for-evaluating-if-pain-symptoms-are-neuroplastic",
    S18 => "\"Gathering Evidence\" checklist — https://healyourchronicpain.net/gatheringevidence",
    S19 => "Neuroplastic symptom assessment list — https://www.migraineoasis.com",
    S20 => "Neuroplastic pain screening — https://merilevy.com/qsm_quiz/neuroplastic-pain-screening",
    S21 => "Trial team code: PAIN-SCIENCE/Boulder_backpain_5_year_fu, `scripts/data_prep_scripts/compute_scale_scores.m` and data header — https://github.com/PAIN-SCIENCE/Boulder_backpain_5_year_fu ; outcome/event list in trial analysis R script (clinical_outcomes.csv events)",
    S24 => "Same repo, raw 5-year dataset column names (`data/5YearsFollowUp deidentified reIDed.csv`)",
    S25 => "Ashar et al. 2023, *Reattribution to Mind-Brain Processes…*, JAMA Netw Open 6(9):e2333846, doi:10.1001/jamanetworkopen.2023.33846 ; code https://github.com/yonestar/Ashar_2023_PRT_reattribution",
    S26 => "Secondary-analysis abstract (attribution effect sizes) — https://discovery.researcher.life/article/effects-of-pain-reprocessing-therapy-on-attributed-causes-of-chronic-back-pain/e450bb5c80d237c983d5110f378ace26",
    S27 => "JAMA figure legends (0 or 1 of 10) — http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fdoi.org%2F10.1001%2Fjamapsychiatry.2021.2669",
    S28 => "Abstract summary with SDs — https://keismedicalprofessional.blogspot.com/2021/09/usefulness-of-psychotherapy-for.html",
    S29 => "5-year outcome table — PAIN-SCIENCE/Boulder_backpain_5_year_fu `figs/All outcomes at 5 years.csv`",
    S30 => "AHCPR Quick Reference Guide 14, red-flag table — http://www.ncbi.nlm.nih.gov/books/NBK52120/table/A34364/",
    S31 => "Red-flag lists — https://cliniborg.com/2014/08/22/low-back-pain-red-flags ; http://physiorev.blogspot.com/2014/01",
    S32 => "BACPAC light-phenotyping criteria, Pain Med 2023;24(Suppl 1):S126, doi:10.1093/pm/pnad005 — https://pmc.ncbi.nlm.nih.gov/articles/PMC10403311/table/pnad005-T1",
    S34 => "Downie et al. 2013, BMJ 347:f7095, doi:10.1136/bmj.f7095 — https://www.bmj.com/content/347/bmj.f7095.abstract",
    S35 => "FHIR starter-library note on PHQ-9 item-9 routing (design guidance) — public FHIR example content (PEG/PHQ)",
    S36 => "Simon et al. 2013, Psychiatr Serv, doi:10.1176/appi.ps.201200587 — https://psychiatryonline.org/doi/full/10.1176/appi.ps.201200587",
    S37 => "*Does Suicidal Ideation as Measured by the PHQ-9 Predict Suicide Among VA Patients?* Psychiatr Serv 2016, doi:10.1176/appi.ps.201500149",
    S38 => "Example exclusions — https://trials.co/clinical-trials-details/-/NCT05607381 ; https://ignite-sd.com/clinical/show/eligibilitymodule/11799",
    S39 => "ePPOC BPI scoring page — https://ahsri.atlassian.net/wiki/pages/viewpage.action?pageId=20584125",
    S40 => "Kamper et al. 2010, Eur Spine J 19:1495, doi:10.1007/s00586-010-1366-1 — https://pmc.ncbi.nlm.nih.gov/articles/PMC2989296",
    S41 => "IMMPACT table (Bandolier) — http://www.bandolier.org.uk/booth/painpag/Chronout.html",
    S42 => "Dworkin et al. 2008, J Pain 9:105-121, doi:10.1016/j.jpain.2007.09.005",
    S43 => "Farrar et al. 2001, Pain 94:149-158, doi:10.1016/S0304-3959(01)00349-9 — https://pubmed.ncbi.nlm.nih.gov/11690728/",
    S44 => "Ostelo et al. 2008, Spine 33(1):90-94, doi:10.1097/BRS.0b013e31815e3a10 — https://metajournal.com/articles/201999/",
    S45 => "CMS eCQM value sets \"Standardized Pain Assessment Tool\" and \"PHQ 9 and PHQ 9M Tools\" (as packaged in public code)",
    S46 => "BPI User Guide (Cleeland) — https://studyres.com/doc/1712721/bpi-user-guide---md-anderson-cancer-center ; NINDS CDE — https://www.commondataelements.ninds.nih.gov/report-viewer/25216/",
    S47 => "SRALab Rehab Measures, BPI (cost) — https://www.sralab.org/rehabilitation-measures/brief-pain-inventory",
    S48 => "Krebs et al. 2009, J Gen Intern Med 24(6):733-738, doi:10.1007/s11606-009-0981-1 — https://link.springer.com/article/10.1007/s11606-009-0981-1",
    S49 => "PEG scoring as used in a registered trial — https://inclinicaltrials.com/chronic-pain/NCT04129450/details",
    S50 => "FHIR Questionnaire starter set (PEG-3 LOINC, licence note; cites loinc.org/91148-7) — public FHIR example content",
    S51 => "PHQ-9 scoring summaries — http://www.ementalhealth.ca/index.php?m=printSurveyScoring&hideFormatting=1&ID=42",
    S52 => "Kroenke et al. 2001 summary (α 0.89; ≥10 88%/88%) — https://www.oskarflygare.com/sources/scientific-publications/Kroenke2001---The-PHQ-9,-validity-of-a-brief-depression-severity-measure",
    S53 => "Arroll et al. 2010, Ann Fam Med — https://pmc.ncbi.nlm.nih.gov/articles/PMC2906530",
    S54 => "MID table, Archives of Physiotherapy 2017 — https://archivesphysiotherapy.biomedcentral.com/articles/10.1186/s40945-017-0032-x/tables/2",
    S55 => "CamCOPS PHQ-9 docs (IP statement quoting phqscreeners.com) — https://github.com/ucam-department-of-psychiatry/camcops (docs/source/tasks/phq9.rst)",
    S56 => "Pfizer free-access announcement — http://www.worldpharmanews.com/pfizer/1311-pfizer-to-offer-free-public-access-to-mental-health-assessment-tools",
    S57 => "LOINC usage in public FHIR profiles (MII PRO score profile for 70274-6; Synthea-style PHQ-2 55758-7)",
    S58 => "Spitzer et al. 2006, Arch Intern Med 166:1092-1097 — https://jamanetwork.com/journals/jamainternalmedicine/fullarticle/410326",
    S59 => "GAD-7 cut points (5/10/15) — http://babayi.nokia-phone.ru/methods-of-validating-questionnaire-1255.html (secondary; matches [S58])",
    S60 => "Toussaint et al. 2020, J Affect Disord 265:395-401 — https://c.coek.info/pdf-sensitivity-to-change-and-minimal-clinically-important-difference-of-the-7-item-232b7986cfbc455c95dc63772635123f38588.html",
    S61 => "Rehab Measures, PCS — http://semestadata.com/rehabilitation-measures/pain-catastrophizing-scale",
    S62 => "PCS overview — https://en.wikipedia.org/wiki/Pain_Catastrophizing_Scale",
    S63 => "PCS User Manual (Sullivan) — https://vdocument.in/pain-catastrophizing-scale-manual-sullivan.html",
    S64 => "TSK overview — https://www.physio-pedia.com/index.php?title=Tampa_Scale_of_Kinesiophobia",
    S65 => "TSK-11 scoring — https://www.physiotutors.com/questionnaires/tampa-scale-11-tsk-11/",
    S66 => "Woby et al. 2005, Pain 117:137-144, doi:10.1016/j.pain.2005.05.029 — https://metajournal.com/articles/309710/",
    S67 => "Nicholas 2007, Eur J Pain 11:153-163, doi:10.1016/j.ejpain.2005.12.008 — https://studylib.net/doc/25456042/nicholas2007",
    S68 => "Measurely PSEQ page — https://measurely.com.au/outcome-measures/pain-self-efficacy-questionnaire/",
    S69 => "Nicholas et al. 2015 PSEQ-2, J Pain, doi:10.1016/j.jpain.2014.11.002",
    S70 => "Fairbank & Pynsent 2000, Spine 25(22):2940-2953, doi:10.1097/00007632-200011150-00017",
    S71 => "ODI scoring summaries — https://www.idcafe.net/how-is-the-oswestry-disability-scale-scored/",
    S72 => "ODI interpretation table — https://asir-journal.biomedcentral.com/articles/10.1186/1750-1164-7-12/tables/1",
    S73 => "Roland & Fairbank 2000, Spine 25:3115-3124 — https://studylib.net/doc/5830226/--roland-morris-disability-questionnaire",
    S74 => "RMDQ scoring — http://scientificspine.com/spine-scores/roland-morris-disability-questionnaire_%28rdq%29.html",
    S75 => "Roland & Morris 1983, Spine 8:141-144",
    S76 => "Kent & Lauridsen, managing missing RMDQ scores — https://portal.findresearcher.sdu.dk/da/publications/managing-missing-scores-on-the-roland-morris-disability-questionn",
    S77 => "NINDS CDE PGIC — https://www.commondataelements.ninds.nih.gov/report-viewer/25166/Patient%20Global%20Impression%20of%20Change%20Scale",
    S78 => "PROMIS terms (T-score 50/10 reference) — http://projectredcap.org/cite_promis.php",
    S79 => "HealthMeasures scoring instructions — https://www.healthmeasures.net/score-and-interpret/calculate-scores/scoring-instructions",
    S80 => "PROMIS score direction — https://p2i2.ai/about-p2i2/promis-scoring/",
    S81 => "HealthMeasures \"Obtain & Administer\" — https://www.healthmeasures.net/explore-measurement-systems/promis/obtain-administer-measures",
    S82 => "Healthie note on HEAP permission — https://help.gethealthie.com/article/1387-using-promis-healthmeasures-forms-in-healthie",
    S83 => "Nishigami et al. 2018 (CSI-9), PLoS One, doi:10.1371/journal.pone.0200152 — https://pmc.ncbi.nlm.nih.gov/articles/PMC6033441",
    S84 => "CSI scoring summary — https://form.jotform.com/231581354649058",
    S85 => "Neblett et al., CSI severity levels — https://experts.unthsc.edu/en/publications/establishing-clinically-relevant-severity-levels-for-the-central-",
    S86 => "Jacobson & Truax 1991, J Consult Clin Psychol 59(1):12-19, doi:10.1037/0022-006X.59.1.12 — https://info.5y1.org/statistically-significant-vs-clinically-significant_1_6a0c99.html",
    S87 => "Evans, RCI calculator notes (√2 term; Christensen & Mendoza 1986) — http://psyctc.org/stats/rcsc1.htm",
    S88 => "`clinsig` R function (criteria a, b, c) — https://github.com/TypeFox/R-Examples (clinsig/R/clinsig.R)",
    S89 => "`clinicalsignificance` R package docs/vignette — http://ftp.eenet.ee/pub/cran/web/packages/clinicalsignificance/vignettes/clinical-significance-cutoffs.html ; https://github.com/pedscience/clinicalsignificance",
    S91 => "HL7 US Core IG examples, `input/examples/QuestionnaireResponse-phq-9-example.json` and `Observation-PHQ9-*-example-*.json` — https://github.com/HL7/US-Core",
    S92 => "HealthMeasures, PROMIS Sleep Disturbance scoring manual and short forms (8a/8b item lists) — https://www.healthmeasures.net ; third-party summary of the 8a/8b difference: https://legalclarity.org/how-to-fill-out-and-score-the-promis-sleep-disturbance-short-form/",
    S93 => "APA, DSM-5 Level 2 Sleep Disturbance - Adult (PROMIS Sleep Disturbance Short Form, 8 items) — https://www.psychiatry.org/psychiatrists/practice/dsm/educational-resources/assessment-measures",
}

impl std::fmt::Display for SourceKey {
    /// The key (`S39`); the design choice prints as `design choice`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SourceKey::DesignChoice => "design choice",
            key => key.as_str(),
        })
    }
}

impl JsonSchema for SourceKey {
    fn schema_name() -> Cow<'static, str> {
        "SourceKey".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::SourceKey").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let keys: Vec<&str> = SourceKey::ALL.iter().map(|key| key.as_str()).collect();
        json_schema!({
            "description": "A source key of the crate's bibliography (docs/sources.md, from the clinical reference's source list), or design_choice for a rule the reference does not give and this crate chose.",
            "type": "string",
            "enum": keys,
        })
    }
}

/// The bibliography as Markdown: one row per key with its full citation (`docs/sources.md` is
/// generated from it).
///
/// `cargo run --example generate_docs` writes it; a test fails when the committed file differs.
///
/// ```
/// let markdown = pain_reprocessing::source::bibliography_markdown();
/// assert!(markdown.contains("| `S39` | ePPOC BPI scoring page"));
/// ```
pub fn bibliography_markdown() -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Sources\n");
    let _ = writeln!(
        out,
        "<!-- Generated by `cargo run --example generate_docs` from `src/source.rs`; do not edit. -->\n"
    );
    let _ = writeln!(
        out,
        "The bibliography of every source key the crate cites, in rustdoc (`` `[S39]` ``) and as data \
         (`SourceKey` in instrument definitions, red flags and screening criteria). Each citation is \
         copied from the source list (§6) of the team's clinical reference, without paraphrase; keys \
         the reference lists but the crate does not cite are left out, so the numbering has gaps. A \
         test fails when a key cited in `src/` is missing here or a key here is not cited.\n"
    );
    let _ = writeln!(
        out,
        "A catalog figure the reference states without a source key has no key here: \
         [docs/instruments.md](instruments.md) marks it \"no source in the reference\" (it is always \
         UNVERIFIED), and a key is never made up for it.\n"
    );
    let _ = writeln!(out, "| key | citation |");
    let _ = writeln!(out, "|---|---|");
    for key in SourceKey::ALL {
        let _ = writeln!(out, "| `{}` | {} |", key.as_str(), key.citation());
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    use super::{SourceKey, bibliography_markdown};

    fn root() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    /// Every `.rs` and `.md` file under `dir`, sorted.
    fn files(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                out.extend(files(&path));
            } else if path
                .extension()
                .is_some_and(|ext| ext == "rs" || ext == "md")
            {
                out.push(path);
            }
        }
        out
    }

    /// The source keys a text cites: an `S` starting a word, then digits ending it (`S39` in
    /// `` `[S39]` ``, `SourceKey::S39` or `"S39"`).
    fn cited(text: &str) -> BTreeSet<String> {
        let bytes = text.as_bytes();
        let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
        let mut keys = BTreeSet::new();
        for (start, _) in text.match_indices('S') {
            if start > 0 && word(bytes[start - 1]) {
                continue;
            }
            let digits = bytes[start + 1..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            let end = start + 1 + digits;
            if digits > 0 && (end == bytes.len() || !word(bytes[end])) {
                keys.insert(text[start..end].to_owned());
            }
        }
        keys
    }

    fn table() -> BTreeSet<String> {
        SourceKey::ALL
            .iter()
            .filter(|key| **key != SourceKey::DesignChoice)
            .map(|key| key.as_str().to_owned())
            .collect()
    }

    #[test]
    fn the_scanner_finds_keys_in_doc_spans_and_data_only() {
        let text = "`[S39]` `[S1]` SourceKey::S7, \"S45\" Sleep109 S4x xS5 S";
        let expected: BTreeSet<String> = ["S1", "S39", "S45", "S7"]
            .into_iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(cited(text), expected);
    }

    #[test]
    fn every_key_cited_in_src_is_in_the_table_and_every_key_in_the_table_is_cited() {
        let own = root().join("src/source.rs");
        let mut used = BTreeSet::new();
        for path in files(&root().join("src")) {
            if path != own {
                used.extend(cited(&std::fs::read_to_string(&path).unwrap()));
            }
        }
        let table = table();
        let unknown: Vec<&String> = used.difference(&table).collect();
        assert!(
            unknown.is_empty(),
            "cited in src/ but not in the SourceKey table: {unknown:?}"
        );
        let unused: Vec<&String> = table.difference(&used).collect();
        assert!(
            unused.is_empty(),
            "in the SourceKey table but cited nowhere in src/: {unused:?}"
        );
    }

    #[test]
    fn every_key_the_tests_examples_and_docs_cite_is_in_the_table() {
        let table = table();
        let mut paths = vec![root().join("README.md")];
        for dir in ["tests", "examples", "benches", "docs"] {
            paths.extend(files(&root().join(dir)));
        }
        // docs/sources.md is compared with the table whole; its citations hold DOIs such as
        // `S0304-3959`, which are not keys.
        paths.retain(|path| !path.ends_with("docs/sources.md"));
        for path in paths {
            let keys = cited(&std::fs::read_to_string(&path).unwrap());
            let unknown: Vec<&String> = keys.difference(&table).collect();
            assert!(
                unknown.is_empty(),
                "{} cites keys not in the SourceKey table: {unknown:?}",
                path.display()
            );
        }
    }

    #[test]
    fn committed_sources_doc_lists_exactly_the_table() {
        let on_disk = std::fs::read_to_string(root().join("docs/sources.md")).unwrap_or_default();
        assert!(
            on_disk == bibliography_markdown(),
            "docs/sources.md is stale: run `cargo run --example generate_docs` and commit it"
        );
        let listed: BTreeSet<String> = on_disk
            .lines()
            .filter_map(|line| line.strip_prefix("| `"))
            .filter_map(|rest| rest.split('`').next())
            .filter(|key| *key != "design_choice")
            .map(str::to_owned)
            .collect();
        assert_eq!(listed, table());
    }

    #[test]
    fn keys_and_citations_are_one_to_one_and_the_citations_carry_the_reference_text() {
        let names: BTreeSet<&str> = SourceKey::ALL.iter().map(|key| key.as_str()).collect();
        assert_eq!(names.len(), SourceKey::ALL.len());
        let citations: BTreeSet<&str> = SourceKey::ALL.iter().map(|key| key.citation()).collect();
        assert_eq!(citations.len(), SourceKey::ALL.len());
        assert_eq!(
            SourceKey::S39.citation(),
            "ePPOC BPI scoring page — https://ahsri.atlassian.net/wiki/pages/viewpage.action?pageId=20584125"
        );
        assert_eq!(
            SourceKey::S43.citation(),
            "Farrar et al. 2001, Pain 94:149-158, doi:10.1016/S0304-3959(01)00349-9 — https://pubmed.ncbi.nlm.nih.gov/11690728/"
        );
        assert_eq!(SourceKey::DesignChoice.as_str(), "design_choice");
        assert_eq!(SourceKey::DesignChoice.to_string(), "design choice");
    }

    #[test]
    fn the_wire_form_is_the_key_and_unknown_keys_are_refused() {
        for key in SourceKey::ALL {
            let json = serde_json::to_string(key).unwrap();
            assert_eq!(json, format!("\"{}\"", key.as_str()));
            assert_eq!(serde_json::from_str::<SourceKey>(&json).unwrap(), *key);
        }
        let err = serde_json::from_str::<SourceKey>("\"S2\"").unwrap_err();
        assert!(err.to_string().contains("unknown variant `S2`"), "{err}");
    }
}
