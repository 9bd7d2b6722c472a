//! The state diagram docs/state-machine.md embeds is the one the code enforces.

use std::fs;
use std::path::PathBuf;

use pain_reprocessing::program::state_diagram;

#[test]
fn the_documented_diagram_is_the_one_the_code_enforces() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/state-machine.md");
    let doc = fs::read_to_string(&path).unwrap();
    let expected = format!("```mermaid\n{}```\n", state_diagram());
    assert!(
        doc.contains(&expected),
        "docs/state-machine.md does not embed the current state_diagram(); replace its mermaid block with:\n{expected}"
    );
}
