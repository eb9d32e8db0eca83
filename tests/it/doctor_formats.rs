//! `cpaws doctor --output-format github|junit|json|human` against the emulator: the same exit code in
//! every format, GitHub workflow commands with the fix and a job summary, a well-formed JUnit document.

use crate::common;

use common::*;

fn federation_off() -> Sandbox {
    let mut st = State::default_state();
    st.accounts[0].federation_enabled = false;
    Sandbox::with_state(st)
}

fn run(s: &Sandbox, args: &[&str]) -> (i32, String) {
    let out = s.cmd().arg("doctor").args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn every_format_exits_as_the_diagnosis_says() {
    let s = federation_off();
    for f in ["human", "json", "github", "junit"] {
        let (code, out) = run(&s, &["--output-format", f]);
        assert_eq!(code, 1, "{f}: {out}");
    }
    let s = Sandbox::with_emulator();
    for f in ["human", "json", "github", "junit"] {
        let (code, out) = run(&s, &["--output-format", f]);
        assert_eq!(code, 0, "{f}: {out}");
    }
}

#[test]
fn github_annotations_and_job_summary() {
    let mut s = federation_off();
    let summary = s.path("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    s.set("GITHUB_STEP_SUMMARY", summary.to_str().unwrap());
    let (code, out) = run(&s, &["--output-format", "github"]);
    assert_eq!(code, 1);
    let line = out
        .lines()
        .find(|l| l.starts_with("::error title=doctor%3A federation::"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("cpaws enable-federation"), "{line}");
    assert!(
        out.lines().last().unwrap().contains("problems found"),
        "{out}"
    );
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(
        md.starts_with("earlier step\n### Doctor: problems found"),
        "{md}"
    );
    assert!(md.contains("| federation | fail |"), "{md}");
}

#[test]
fn junit_parses_and_wins_over_json() {
    let s = federation_off();
    let (code, xml) = run(&s, &["--json", "--output-format", "junit"]);
    assert_eq!(code, 1);
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    let fed = doc
        .descendants()
        .find(|n| n.has_tag_name("testcase") && n.attribute("name") == Some("federation"))
        .unwrap_or_else(|| panic!("{xml}"));
    let failure = fed.children().find(|n| n.has_tag_name("failure")).unwrap();
    assert_eq!(failure.attribute("type"), Some("federation_disabled"));
    assert!(failure.text().unwrap().contains("cpaws enable-federation"));
    // The global --json alone still gives JSON.
    let (_, json) = run(&s, &["--json"]);
    assert!(
        serde_json::from_str::<serde_json::Value>(&json).is_ok(),
        "{json}"
    );
}
