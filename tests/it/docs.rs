//! The documentation tells the truth: README's examples print what the binary prints (run against
//! the emulator, compared after IDs, times, ports and URLs are normalised), the configuration
//! precedence of docs/configuration.md is the binary's, and user-facing files cite only what a
//! reader of the repository can open.

use crate::common;

use std::path::PathBuf;

use common::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

// ---------------------------------------------------------------------------------------------
// Citations

/// Files a reader of the repository cannot open (the developers' reference notes) and paths of
/// one machine.
const NOT_IN_THE_REPOSITORY: &[&str] = &[
    "platform.md",
    "clients.md",
    "requests-lead.md",
    "shared/reference",
    "crates.md",
    "style.md",
    "users.md",
    "/work/",
    "/tmp/ci",
];

/// The user-facing files: README, docs/, the completions, the CI files, the benchmarks and the
/// emulator's documentation, requirement and test files (not Rust source: comments there are for
/// developers).
fn user_facing() -> Vec<PathBuf> {
    let r = root();
    let mut out = vec![
        r.join("README.md"),
        r.join("action.yml"),
        r.join("install.sh"),
    ];
    let mut stack = vec![
        r.join("docs"),
        r.join("completions"),
        r.join("tests/bench"),
        r.join("tests/emulator"),
    ];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let name = e.file_name().to_string_lossy().to_string();
            if p.is_dir() {
                if !matches!(
                    name.as_str(),
                    "target" | ".venv" | "__pycache__" | ".pytest_cache"
                ) && !name.starts_with("venv")
                {
                    stack.push(p);
                }
            } else if !name.ends_with(".rs") && !name.ends_with(".lock") {
                out.push(p);
            }
        }
    }
    out
}

/// The citations of `text` that name something not in the repository.
fn bad_citations(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for pat in NOT_IN_THE_REPOSITORY {
            if line.contains(pat) {
                out.push(format!("line {}: {pat}: {}", n + 1, line.trim()));
            }
        }
    }
    out
}

#[test]
fn the_guard_sees_what_it_guards() {
    assert_eq!(
        bad_citations("see platform.md §5.1\nfine\n(../shared/reference/x)\n/work/main/x").len(),
        3
    );
    assert!(
        bad_citations("https://docs.aws.amazon.com/claude-platform/latest/userguide/").is_empty()
    );
    let files = user_facing();
    for f in [
        "README.md",
        "docs/emulator.md",
        "tests/emulator/interop/requirements.txt",
        "tests/emulator/interop/constraints-sdk2.txt",
        "tests/emulator/interop/conftest.py",
        "completions/cpaws.bash",
        "docs/man/cpaws.1",
    ] {
        assert!(files.contains(&root().join(f)), "{f} is not checked");
    }
}

#[test]
fn user_facing_files_cite_only_what_the_repository_holds() {
    let mut wrong = Vec::new();
    for f in user_facing() {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue; // binary
        };
        for b in bad_citations(&text) {
            wrong.push(format!(
                "{}: {b}",
                f.strip_prefix(root()).unwrap_or(&f).display()
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "cite the public source (the documentation URL) or state the behaviour in words:\n{}",
        wrong.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------
// README's examples

/// One ```console block: the emulator state it runs against, then each `$ cpaws …` command with
/// the output README shows for it.
struct Example {
    line: usize,
    state: Option<String>,
    env: Vec<(String, String)>,
    commands: Vec<(String, Vec<String>)>,
}

/// The ```console blocks of `text`. A `<!-- example: state=FILE env=NAME=VALUE -->` line just
/// before a block names the emulator state (a partial file merged over the default one) and
/// variables the reader's setup would have; `$ export NAME=VALUE` sets a variable too; the other
/// `$ ` lines are commands, each followed by the output shown.
fn examples(text: &str) -> Vec<Example> {
    let mut out = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim() != "```console" {
            i += 1;
            continue;
        }
        let marker = i
            .checked_sub(1)
            .and_then(|p| lines[p].trim().strip_prefix("<!-- example:"))
            .and_then(|m| m.trim().strip_suffix("-->"))
            .unwrap_or_default();
        let mut ex = Example {
            line: i + 1,
            state: None,
            env: Vec::new(),
            commands: Vec::new(),
        };
        for word in marker.split_whitespace() {
            if let Some(f) = word.strip_prefix("state=") {
                ex.state = Some(f.to_string());
            } else if let Some(kv) = word.strip_prefix("env=") {
                let (k, v) = kv.split_once('=').expect("env=NAME=VALUE");
                ex.env.push((k.to_string(), v.to_string()));
            }
        }
        i += 1;
        while i < lines.len() && lines[i].trim() != "```" {
            let l = lines[i];
            if let Some(cmd) = l.strip_prefix("$ ") {
                if let Some(kv) = cmd.strip_prefix("export ") {
                    let (k, v) = kv.split_once('=').expect("export NAME=VALUE");
                    ex.env.push((k.to_string(), v.to_string()));
                } else {
                    ex.commands.push((cmd.to_string(), Vec::new()));
                }
            } else if let Some(last) = ex.commands.last_mut() {
                last.1.push(l.to_string());
            }
            i += 1;
        }
        out.push(ex);
    }
    out
}

/// A word with what is different on every run (or every account) replaced by a placeholder.
fn normalise_word(w: &str) -> String {
    let start = w
        .find(|c: char| !matches!(c, '(' | '[' | '`'))
        .unwrap_or(w.len());
    let end = w
        .rfind(|c: char| !matches!(c, ')' | ',' | ':' | ';' | ']' | '`'))
        .map(|e| e + w[e..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(start)
        .max(start);
    let (pre, core, post) = (&w[..start], &w[start..end], &w[end..]);
    let digits = core.chars().filter(char::is_ascii_digit).count();
    let norm = if core.contains("://") {
        "URL".to_string()
    } else if core.starts_with("wrkspc_") {
        "WORKSPACE".into()
    } else if ["AKIA", "ASIA", "AKID"].iter().any(|p| core.starts_with(p)) {
        "KEYID".into()
    } else if core.starts_with("arn:") {
        "ARN".into()
    } else if core.starts_with("req_")
        || core == "…"
        || (core.len() >= 32 && core.chars().all(|c| c.is_ascii_hexdigit() || c == '-'))
    {
        "ID".into()
    } else if digits > 0
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | ':' | '.' | '+' | 'T' | 'Z'))
        && (core.contains('-') || core.contains(':'))
    {
        "TIME".into()
    } else if core.split('-').count() == 3
        && core.split('-').all(|p| !p.is_empty())
        && core.ends_with(|c: char| c.is_ascii_digit())
        && core
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        "REGION".into()
    } else if digits > 0 && core.chars().all(|c| c.is_ascii_digit()) {
        "N".into()
    } else {
        core.to_string()
    };
    format!("{pre}{norm}{post}")
}

/// A line of output as the test compares it: placeholders for IDs, times, ports, URLs, regions and
/// where a setting came from (`(env AWS_REGION)`, `(derived from the region)`), one space between
/// words, the credential provider and its expiry as placeholders.
fn normalise(line: &str) -> String {
    let words: Vec<String> = line.split_whitespace().map(normalise_word).collect();
    let mut s = words.join(" ");
    for (open, close) in [
        ("(env ", ")"),
        ("(flag ", ")"),
        ("(config ", ")"),
        ("(AWS profile ", ")"),
        ("(derived from the region", ")"),
    ] {
        while let Some(at) = s.find(open) {
            let Some(len) = s[at..].find(close) else {
                break;
            };
            s.replace_range(at..at + len + close.len(), "(SOURCE)");
        }
    }
    // How the credentials were found and when they expire depend on the machine.
    if let Some(rest) = s.strip_prefix("credentials ") {
        let provider_end = rest.find(" (KEYID)").unwrap_or(0);
        s = format!("credentials PROVIDER{}", &rest[provider_end..]);
        for expiry in [
            ", no expiry",
            ", expires TIME TIME TIME",
            ", expires TIME TIME",
            ", expires TIME",
        ] {
            if s.ends_with(expiry) {
                s = format!("{}, EXPIRY", &s[..s.len() - expiry.len()]);
                break;
            }
        }
    }
    s
}

/// An expected line matches when equal after normalising; one that ends with ` …` is a prefix.
fn matches(expected: &str, actual: &str) -> bool {
    let (e, a) = (normalise(expected), normalise(actual));
    match e
        .strip_suffix(" ID")
        .filter(|_| expected.trim_end().ends_with(" …"))
    {
        Some(prefix) => a.starts_with(prefix),
        None => e == a,
    }
}

#[test]
fn normalising_keeps_the_shape_and_drops_the_run() {
    assert_eq!(
        normalise("  region       us-east-1  (env AWS_REGION)"),
        "region REGION (SOURCE)"
    );
    assert_eq!(
        normalise(
            "  ✗ models     GET /v1/models?limit=1 → 404  (3f0c2a1e-9a4b-4c1d-8e2f-0123456789ab, req_011CXYZ)"
        ),
        "✗ models GET /v1/models?limit=1 → N (ID, ID)"
    );
    assert_eq!(
        normalise("  credentials  Sso (ASIA…), expires 2026-11-21 23:10:00.0 +00:00:00"),
        normalise("  credentials  EnvironmentVariable (AKIDEXAMPLE), no expiry")
    );
    assert_ne!(
        normalise(
            "  ✗ models     GET /v1/models?limit=1 → 404  (x-amzn-requestid: …, request-id: …)"
        ),
        normalise(
            "  ✗ models     GET /v1/models?limit=1 → 404  (3f0c2a1e-9a4b-4c1d-8e2f-0123456789ab, req_011CXYZ)"
        ),
        "labels the binary does not print are not the same shape"
    );
    assert!(matches(
        "  ✗ workspace wrkspc_01AbCdEf23GhIj does not exist in us-east-1: it is wrong …",
        "  ✗ workspace wrkspc_01TESTWORKSPACE does not exist in us-west-2: it is wrong, or …"
    ));
}

#[test]
fn readme_examples_print_what_readme_shows() {
    let text = std::fs::read_to_string(root().join("README.md")).unwrap();
    let found = examples(&text);
    assert!(!found.is_empty(), "README has no ```console example");
    for ex in found {
        let state = match &ex.state {
            Some(f) => {
                let json = std::fs::read_to_string(root().join(f))
                    .unwrap_or_else(|e| panic!("README line {}: {f}: {e}", ex.line));
                State::from_json_over_default(&json)
                    .unwrap_or_else(|e| panic!("README line {}: {f}: {e}", ex.line))
            }
            None => State::default_state(),
        };
        let mut s = Sandbox::with_state(state);
        for (k, v) in &ex.env {
            s.set(k, v);
        }
        assert!(
            !ex.commands.is_empty(),
            "README line {}: no command",
            ex.line
        );
        for (cmd, shown) in &ex.commands {
            let words: Vec<&str> = cmd.split_whitespace().collect();
            assert_eq!(
                words.first(),
                Some(&"cpaws"),
                "README line {}: {cmd}",
                ex.line
            );
            assert!(
                !cmd.contains(['"', '\'', '|', '>', '$']),
                "README line {}: keep examples to plain words: {cmd}",
                ex.line
            );
            let out = s.cmd().args(&words[1..]).output().unwrap();
            let actual = String::from_utf8_lossy(&out.stdout).to_string();
            let trim = |v: Vec<String>| -> Vec<String> {
                let mut v = v;
                while v.last().is_some_and(|l| l.trim().is_empty()) {
                    v.pop();
                }
                v
            };
            let want = trim(shown.clone());
            let got = trim(actual.lines().map(str::to_string).collect());
            let same = want.len() == got.len() && want.iter().zip(&got).all(|(w, g)| matches(w, g));
            assert!(
                same,
                "README line {}: `{cmd}` printed another shape.\n--- README:\n{}\n--- cpaws:\n{}\n--- normalised README:\n{}\n--- normalised cpaws:\n{}",
                ex.line,
                want.join("\n"),
                got.join("\n"),
                want.iter()
                    .map(|l| normalise(l))
                    .collect::<Vec<_>>()
                    .join("\n"),
                got.iter()
                    .map(|l| normalise(l))
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// docs/configuration.md: precedence, one test per documented step

fn sources(s: &Sandbox, extra: &[&str]) -> serde_json::Value {
    let (_, v) = run_json(s.cmd().args(["status", "--offline", "--json"]).args(extra));
    v
}

fn offline_sandbox() -> Sandbox {
    let mut s = Sandbox::new();
    s.set("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
        .set("AWS_SECRET_ACCESS_KEY", SECRET);
    s
}

#[test]
fn cpaws_variables_come_before_the_sdk_variables() {
    let mut s = offline_sandbox();
    s.set("AWS_DEFAULT_REGION", "eu-west-3");
    assert_eq!(
        sources(&s, &[])["sources"]["region"],
        "env AWS_DEFAULT_REGION"
    );
    s.set("AWS_REGION", "eu-west-2");
    assert_eq!(sources(&s, &[])["sources"]["region"], "env AWS_REGION");
    s.set("CPAWS_REGION", "eu-west-1");
    let v = sources(&s, &[]);
    assert_eq!(v["region"], "eu-west-1");
    assert_eq!(v["sources"]["region"], "env CPAWS_REGION");

    s.set("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01SDK")
        .set("CPAWS_WORKSPACE_ID", "wrkspc_01CPAWS")
        .set("ANTHROPIC_AWS_BASE_URL", "http://127.0.0.1:9/sdk")
        .set("CPAWS_BASE_URL", "http://127.0.0.1:9/cpaws");
    let v = sources(&s, &[]);
    assert_eq!(v["workspace_id"], "wrkspc_01CPAWS");
    assert_eq!(v["sources"]["workspace_id"], "env CPAWS_WORKSPACE_ID");
    assert_eq!(v["base_url"], "http://127.0.0.1:9/cpaws");
    assert_eq!(v["sources"]["base_url"], "env CPAWS_BASE_URL");
}

#[test]
fn the_sdk_api_key_variable_comes_before_cpaws_key_file() {
    let mut s = offline_sandbox();
    s.set("AWS_REGION", "us-west-2")
        .set("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01TESTWORKSPACE");
    let file = s.write("key.txt", "aws-external-anthropic-api-key-FROMFILE\n");
    s.set("CPAWS_API_KEY_FILE", file.to_str().unwrap());
    assert_eq!(
        sources(&s, &[])["sources"]["api_key"],
        "env CPAWS_API_KEY_FILE"
    );
    s.set(
        "ANTHROPIC_AWS_API_KEY",
        "aws-external-anthropic-api-key-FROMENV",
    );
    assert_eq!(
        sources(&s, &[])["sources"]["api_key"],
        "env ANTHROPIC_AWS_API_KEY"
    );
    // The flag comes before both.
    let v = sources(&s, &["--api-key-file", file.to_str().unwrap()]);
    assert_eq!(v["sources"]["api_key"], "flag --api-key-file");
}

#[test]
fn flags_come_before_the_environment_and_the_environment_before_the_file() {
    let mut s = offline_sandbox();
    let cfg = s.write(
        ".config/cpaws/config.toml",
        "[profiles.default]\nbase_url = \"http://127.0.0.1:9/file\"\naws_profile = \"from-file\"\nanthropic_version = \"2023-01-01\"\n",
    );
    s.write(
        "aws-config",
        "[profile from-file]\nregion = eu-north-1\n[profile from-env]\nregion = eu-south-1\n",
    );
    let v = sources(&s, &[]);
    assert!(
        v["sources"]["base_url"]
            .as_str()
            .unwrap()
            .starts_with("config "),
        "{v:#}"
    );
    assert!(
        v["sources"]["aws_profile"]
            .as_str()
            .unwrap()
            .starts_with("config "),
        "{v:#}"
    );
    assert!(
        v["sources"]["anthropic_version"]
            .as_str()
            .unwrap()
            .starts_with("config "),
        "{v:#}"
    );
    s.set("ANTHROPIC_AWS_BASE_URL", "http://127.0.0.1:9/env")
        .set("AWS_PROFILE", "from-env")
        .set("CPAWS_ANTHROPIC_VERSION", "2023-02-02");
    let v = sources(&s, &[]);
    assert_eq!(v["sources"]["base_url"], "env ANTHROPIC_AWS_BASE_URL");
    assert_eq!(v["sources"]["aws_profile"], "env AWS_PROFILE");
    assert_eq!(
        v["sources"]["anthropic_version"],
        "env CPAWS_ANTHROPIC_VERSION"
    );
    // The AWS profile's region comes from the profile the environment chose.
    assert_eq!(v["region"], "eu-south-1");
    let v = sources(
        &s,
        &[
            "--base-url",
            "http://127.0.0.1:9/flag",
            "--aws-profile",
            "from-file",
            "--anthropic-version",
            "2023-03-03",
            "--config",
            cfg.to_str().unwrap(),
        ],
    );
    assert_eq!(v["sources"]["base_url"], "flag --base-url");
    assert_eq!(v["sources"]["aws_profile"], "flag --aws-profile");
    assert_eq!(
        v["sources"]["anthropic_version"],
        "flag --anthropic-version"
    );
    assert_eq!(v["region"], "eu-north-1");
}

#[test]
fn the_file_comes_before_the_aws_profile_and_there_is_no_default_region() {
    let s = offline_sandbox();
    s.write("aws-config", "[default]\nregion = ap-south-1\n");
    assert_eq!(sources(&s, &[])["sources"]["region"], "AWS profile default");
    s.write(
        ".config/cpaws/config.toml",
        "[profiles.default]\nregion = \"ca-central-1\"\n",
    );
    let v = sources(&s, &[]);
    assert_eq!(v["region"], "ca-central-1");
    assert!(
        v["sources"]["region"]
            .as_str()
            .unwrap()
            .starts_with("config "),
        "{v:#}"
    );
    // Nothing anywhere: no region at all.
    let s = offline_sandbox();
    let (code, v) = run_json(s.cmd().args(["status", "--offline", "--json"]));
    assert_eq!(code, 1);
    assert!(v["region"].is_null(), "{v:#}");
    assert!(codes(&v, "problems").contains(&"region_missing".to_string()));
}

#[test]
fn a_profile_named_by_the_environment_comes_before_the_files_default() {
    let mut s = offline_sandbox();
    s.write(
        ".config/cpaws/config.toml",
        "default_profile = \"a\"\n[profiles.a]\nregion = \"eu-west-1\"\n[profiles.b]\nregion = \"eu-west-2\"\n",
    );
    let v = sources(&s, &[]);
    assert_eq!(v["region"], "eu-west-1");
    s.set("CPAWS_PROFILE", "b");
    let v = sources(&s, &[]);
    assert_eq!(v["region"], "eu-west-2");
    assert_eq!(v["sources"]["profile"], "env CPAWS_PROFILE");
    let v = sources(&s, &["--profile", "a"]);
    assert_eq!(v["region"], "eu-west-1");
    assert_eq!(v["sources"]["profile"], "flag --profile");
}
