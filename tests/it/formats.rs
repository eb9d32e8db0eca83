//! `cpaws status --output-format github|junit|json|human` against the emulator (the same exit code in
//! every format, GitHub workflow commands with the fix and a job summary, a well-formed JUnit
//! document), and usage errors as a JSON document on stdout when machine output was asked for, in
//! every subcommand.

use crate::common;

use common::*;

fn federation_off() -> Sandbox {
    let mut st = State::default_state();
    st.accounts[0].federation_enabled = false;
    Sandbox::with_state(st)
}

fn run(s: &Sandbox, args: &[&str]) -> (i32, String, String) {
    let out = s.cmd().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn status_exits_the_same_in_every_format() {
    let s = federation_off();
    for f in ["human", "json", "github", "junit"] {
        let (code, out, _) = run(&s, &["status", "--output-format", f]);
        assert_eq!(code, 1, "{f}: {out}");
    }
    let s = Sandbox::with_emulator();
    for f in ["human", "json", "github", "junit"] {
        let (code, out, _) = run(&s, &["status", "--output-format", f]);
        assert_eq!(code, 0, "{f}: {out}");
    }
    let (code, out, _) = run(&s, &["status", "--offline", "--output-format", "github"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("status: models skipped: no request sent: --offline"),
        "{out}"
    );
    assert!(
        out.ends_with("status: unverified: 1 passed, 0 warnings, 0 failed, 3 skipped\n"),
        "{out}"
    );
}

#[test]
fn status_github_annotations_and_job_summary() {
    let mut s = federation_off();
    let summary = s.path("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    s.set("GITHUB_STEP_SUMMARY", summary.to_str().unwrap());
    let (code, out, _) = run(&s, &["status", "--output-format", "github"]);
    assert_eq!(code, 1);
    let line = out
        .lines()
        .find(|l| l.starts_with("::error title=status%3A models::"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("cpaws enable-federation"), "{line}");
    assert!(line.contains("GET /v1/models?limit=1 → 403"), "{line}");
    assert!(
        out.contains("status: config pass: region us-west-2"),
        "{out}"
    );
    assert!(
        out.contains("status: identity pass: arn:aws:iam::123456789012:user/dev"),
        "{out}"
    );
    assert!(
        out.lines()
            .last()
            .unwrap()
            .starts_with("status: not ready: "),
        "{out}"
    );
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(
        md.starts_with("earlier step\n### Status: not ready"),
        "{md}"
    );
    assert!(md.contains("| models | fail |"), "{md}");
    // A warning is a warning annotation and does not fail the run.
    let mut s = Sandbox::with_emulator();
    s.set("ANTHROPIC_API_KEY", "sk-ant-api03-NOTUSEDNOTUSEDNOTUSED");
    let (code, out, _) = run(&s, &["status", "--output-format", "github"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("::warning title=status%3A config::"), "{out}");
    assert!(!out.contains("NOTUSEDNOTUSED"), "{out}");
}

#[test]
fn status_junit_has_a_case_per_part_and_wins_over_json() {
    let s = federation_off();
    let (code, xml, _) = run(
        &s,
        &[
            "status",
            "--json",
            "--for",
            "inference,files",
            "--output-format",
            "junit",
        ],
    );
    assert_eq!(code, 1);
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    let names: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .filter_map(|n| n.attribute("name"))
        .collect();
    assert_eq!(names[..3], ["config", "credentials", "identity"], "{xml}");
    assert!(names.contains(&"models"), "{xml}");
    let models = doc
        .descendants()
        .find(|n| n.has_tag_name("testcase") && n.attribute("name") == Some("models"))
        .unwrap();
    assert_eq!(models.attribute("classname"), Some("cpaws.status"));
    let failure = models
        .children()
        .find(|n| n.has_tag_name("failure"))
        .unwrap();
    assert_eq!(failure.attribute("type"), Some("federation_disabled"));
    assert!(failure.text().unwrap().contains("cpaws enable-federation"));
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    assert_eq!(suite.attribute("name"), Some("cpaws-status"));
    // A configuration problem is the config case's failure, and the probes are skipped.
    let mut s = Sandbox::with_emulator();
    s.unset("AWS_REGION");
    let (code, xml, _) = run(&s, &["status", "--output-format", "junit"]);
    assert_eq!(code, 1);
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    let config = doc
        .descendants()
        .find(|n| n.has_tag_name("testcase") && n.attribute("name") == Some("config"))
        .unwrap();
    let failure = config
        .children()
        .find(|n| n.has_tag_name("failure"))
        .unwrap();
    assert_eq!(failure.attribute("type"), Some("region_missing"), "{xml}");
    // The global --json alone still gives JSON.
    let (_, json, _) = run(&s, &["status", "--json"]);
    assert!(
        serde_json::from_str::<serde_json::Value>(&json).is_ok(),
        "{json}"
    );
}

#[test]
fn errors_follow_the_output_format() {
    let mut s = Sandbox::new();
    s.set("AWS_REGION", "not a region");
    // (doctor cannot run at all without a valid configuration: exit 3)
    for (args, json, want) in [
        (&["status", "--output-format", "json"][..], true, 2),
        (&["status", "--output-format", "junit"], true, 2),
        (&["doctor", "--output-format", "github"], true, 3),
        (&["status", "--json", "--output-format", "human"], false, 2),
        (&["status"], false, 2),
    ] {
        let (code, out, err) = run(&s, args);
        assert_eq!(code, want, "{args:?}: {out}{err}");
        assert!(err.contains("invalid region"), "{args:?}: {err}");
        if json {
            let v: serde_json::Value = serde_json::from_str(&out)
                .unwrap_or_else(|e| panic!("{args:?}: stdout is not JSON ({e}): {out:?}"));
            assert_eq!(v["error"]["code"], "config.region", "{v:#}");
            assert_eq!(v["error"]["exit_code"], want, "{v:#}");
        } else {
            assert_eq!(out, "", "{args:?}");
        }
    }
}

/// The usage error document: on stdout, exit 2, clap's message still on stderr.
fn usage_error(s: &Sandbox, args: &[&str]) -> serde_json::Value {
    let (code, out, err) = run(s, args);
    assert_eq!(code, 2, "{args:?}: {out}{err}");
    assert!(!err.is_empty(), "{args:?}: stderr keeps clap's message");
    let v: serde_json::Value = serde_json::from_str(&out)
        .unwrap_or_else(|e| panic!("{args:?}: stdout is not JSON ({e}): {out:?}"));
    said_once(&v);
    assert_eq!(v["error"]["exit_code"], 2, "{v:#}");
    assert!(
        v["error"]["code"].as_str().unwrap().starts_with("usage."),
        "{v:#}"
    );
    v
}

#[test]
fn usage_errors_are_json_when_json_was_asked_for() {
    let s = Sandbox::new();
    let v = usage_error(&s, &["status", "--json", "--bogus"]);
    assert_eq!(v["error"]["code"], "usage.unknown_argument");
    assert!(
        v["error"]["message"].as_str().unwrap().contains("--bogus"),
        "{v:#}"
    );
    assert!(
        v["error"]["fix"]
            .as_str()
            .unwrap()
            .contains("`cpaws status --help`"),
        "{v:#}"
    );
    let v = usage_error(&s, &["--json", "policy", "gen", "--intent", "nonsense"]);
    assert_eq!(v["error"]["code"], "usage.invalid_value");
    assert!(
        v["error"]["fix"]
            .as_str()
            .unwrap()
            .contains("`cpaws policy gen --help`"),
        "{v:#}"
    );
    usage_error(&s, &["doctor", "--output-format", "junit", "--bogus"]);
    usage_error(&s, &["status", "--output-format=github", "--bogus"]);
    let v = usage_error(&s, &["--json"]);
    assert_eq!(v["error"]["code"], "usage.missing_subcommand");
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("requires a subcommand"),
        "{v:#}"
    );
    // Every subcommand with --json.
    for sub in [
        "status",
        "doctor",
        "enable-federation",
        "keys",
        "chat",
        "files",
        "models",
        "batches",
        "workspaces",
        "env",
        "proxy",
        "completions",
    ] {
        usage_error(&s, &[sub, "--json", "--no-such-option"]);
    }
    let mut s = Sandbox::new();
    s.set("CPAWS_JSON", "1");
    usage_error(&s, &["files", "list", "--bogus"]);
    // No subcommand at all.
    let v = usage_error(&s, &[]);
    assert_eq!(v["error"]["code"], "usage.missing_subcommand");
}

#[test]
fn usage_errors_stay_human_when_json_was_not_asked_for() {
    let mut s = Sandbox::new();
    for args in [
        &["status", "--bogus"][..],
        &["status", "--json", "--output-format", "human", "--bogus"],
        &["chat", "--bogus", "--", "--json"],
        &["proxy", "--bogus", "--", "tool", "--json"],
    ] {
        let (code, out, err) = run(&s, args);
        assert_eq!(code, 2, "{args:?}");
        assert_eq!(out, "", "{args:?}");
        assert!(
            err.contains("error: unexpected argument"),
            "{args:?}: {err}"
        );
    }
    s.set("CPAWS_JSON", "false");
    let (_, out, _) = run(&s, &["status", "--bogus"]);
    assert_eq!(out, "");
    // Help and version are no errors: printed as clap prints them, exit 0.
    let (code, out, _) = run(&s, &["status", "--json", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("Usage: cpaws status"), "{out}");
}
