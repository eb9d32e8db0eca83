//! Release tooling that can run here: the workflows and action.yml parse with the keys GitHub needs
//! (and .ci/run lints them with a schema validator),
//! `.ci/package.sh` builds this platform's archive from the built binary, and install.sh installs it
//! from a `file://` directory (checksum verified; a tampered archive installs nothing).

use std::path::{Path, PathBuf};
use std::process::Command;

use yaml_rust2::{Yaml, YamlLoader};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn load(rel: &str) -> Yaml {
    let text = std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let mut docs = YamlLoader::load_from_str(&text).unwrap_or_else(|e| panic!("{rel}: {e}"));
    assert_eq!(docs.len(), 1, "{rel}");
    docs.remove(0)
}

fn steps_are_valid(rel: &str, steps: &Yaml) {
    let steps = steps
        .as_vec()
        .unwrap_or_else(|| panic!("{rel}: steps is not a list"));
    assert!(!steps.is_empty(), "{rel}");
    for s in steps {
        let uses = s["uses"].as_str().is_some();
        let run = s["run"].as_str().is_some();
        assert!(
            uses ^ run,
            "{rel}: a step needs exactly one of uses/run: {s:?}"
        );
    }
}

#[test]
fn workflows_parse_with_jobs_and_steps() {
    for rel in [".github/workflows/ci.yml", ".github/workflows/release.yml"] {
        let w = load(rel);
        assert!(w["name"].as_str().is_some(), "{rel}");
        assert!(!w["on"].is_badvalue(), "{rel}: no `on`");
        let jobs = w["jobs"]
            .as_hash()
            .unwrap_or_else(|| panic!("{rel}: no jobs"));
        assert!(!jobs.is_empty());
        for (name, job) in jobs {
            assert!(
                job["runs-on"].as_str().is_some(),
                "{rel}: {name:?} has no runs-on"
            );
            steps_are_valid(rel, &job["steps"]);
        }
    }
    let ci = std::fs::read_to_string(root().join(".github/workflows/ci.yml")).unwrap();
    assert!(ci.contains("bash .ci/run"), "the PR workflow runs .ci/run");
    let rel = load(".github/workflows/release.yml");
    let targets: Vec<&str> = rel["jobs"]["build"]["strategy"]["matrix"]["include"]
        .as_vec()
        .unwrap()
        .iter()
        .filter_map(|m| m["target"].as_str())
        .collect();
    for t in [
        "x86_64-unknown-linux-musl",
        "aarch64-unknown-linux-musl",
        "x86_64-apple-darwin",
        "aarch64-apple-darwin",
        "x86_64-pc-windows-msvc",
    ] {
        assert!(
            targets.contains(&t),
            "release matrix lacks {t}: {targets:?}"
        );
    }
}

#[test]
fn action_is_a_composite_that_runs_doctor_in_github_format() {
    let a = load("action.yml");
    assert_eq!(a["runs"]["using"].as_str(), Some("composite"));
    steps_are_valid("action.yml", &a["runs"]["steps"]);
    for s in a["runs"]["steps"].as_vec().unwrap() {
        assert!(
            s["shell"].as_str().is_some(),
            "composite run steps need a shell"
        );
    }
    for input in ["region", "workspace-id", "for", "check", "skip", "strict"] {
        assert!(
            a["inputs"][input]["description"].as_str().is_some(),
            "action.yml lacks input {input}"
        );
    }
    let text = std::fs::read_to_string(root().join("action.yml")).unwrap();
    assert!(text.contains("doctor --output-format github"));
    // Inputs reach the shell through env, never pasted into the script (injection).
    for line in text.lines().filter(|l| l.contains("${{ inputs.")) {
        assert!(
            line.trim_start().starts_with("IN_") || line.trim_start().starts_with("VERSION:"),
            "an input is expanded outside env: {line}"
        );
    }
}

/// What cannot run here is at least linted: `.ci/run` validates every workflow and action.yml
/// (action-validator, pinned by its lock file) before the tests, and the script covers them all.
#[test]
fn ci_lints_the_workflows_and_action_before_the_tests() {
    let run = std::fs::read_to_string(root().join(".ci/run")).unwrap();
    let lint = run
        .find("bash .ci/lint-workflows.sh")
        .expect(".ci/run lints the workflows");
    let tests = run
        .find("tests/run-all.sh")
        .expect(".ci/run runs the tests");
    assert!(lint < tests, "the lint runs before the tests");
    let script = std::fs::read_to_string(root().join(".ci/lint-workflows.sh")).unwrap();
    assert!(
        script.contains(".github/workflows/*.yml action.yml"),
        "every workflow and action.yml by default"
    );
    assert!(
        script.contains("npm ci --prefix .ci/lint"),
        "installed from the lock"
    );
    let lock: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join(".ci/lint/package-lock.json")).unwrap(),
    )
    .unwrap();
    for pkg in ["cli", "core"] {
        let entry = &lock["packages"][format!("node_modules/@action-validator/{pkg}")];
        assert!(entry["version"].is_string(), "{pkg} pinned");
        assert!(entry["integrity"].is_string(), "{pkg} has its hash");
    }
}

fn target_triple() -> Option<&'static str> {
    match (std::env::consts::OS, std::env::consts::ARCH) {
        ("linux", "x86_64") => Some("x86_64-unknown-linux-musl"),
        ("linux", "aarch64") => Some("aarch64-unknown-linux-musl"),
        ("macos", "x86_64") => Some("x86_64-apple-darwin"),
        ("macos", "aarch64") => Some("aarch64-apple-darwin"),
        _ => None,
    }
}

fn install(dist: &Path, dir: &Path, home: &Path) -> std::process::Output {
    Command::new("sh")
        .arg(root().join("install.sh"))
        .arg("--dir")
        .arg(dir)
        .env("HOME", home)
        .env("CPAWS_DOWNLOAD_URL", format!("file://{}", dist.display()))
        .output()
        .unwrap()
}

#[test]
fn package_then_install_from_a_local_directory() {
    let Some(target) = target_triple() else {
        eprintln!("no release target for this platform");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let dist = tmp.path().join("dist");
    let out = Command::new("bash")
        .arg(root().join(".ci/package.sh"))
        .arg(target)
        .arg(env!("CARGO_BIN_EXE_cpaws"))
        .arg(&dist)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let archive = format!("cpaws-{target}.tar.gz");
    assert!(dist.join(&archive).is_file());
    let sum = std::fs::read_to_string(dist.join(format!("{archive}.sha256"))).unwrap();
    assert!(sum.trim_end().ends_with(&archive), "{sum}");
    // The man pages ship with it (the root page refers to the subcommands' pages).
    let list = Command::new("tar")
        .arg("-tzf")
        .arg(dist.join(&archive))
        .output()
        .unwrap();
    let list = String::from_utf8_lossy(&list.stdout);
    for page in [
        "man/cpaws.1",
        "man/cpaws-status.1",
        "man/cpaws-policy-gen.1",
    ] {
        assert!(
            list.contains(&format!("cpaws-{target}/{page}")),
            "{page}: {list}"
        );
    }

    let bin_dir = tmp.path().join("bin");
    let out = install(&dist, &bin_dir, tmp.path());
    assert!(out.status.success(), "{out:?}");
    let installed = bin_dir.join("cpaws");
    let v = Command::new(&installed).arg("--version").output().unwrap();
    assert!(v.status.success());
    assert!(
        String::from_utf8_lossy(&v.stdout).contains(env!("CARGO_PKG_VERSION")),
        "{v:?}"
    );

    // A tampered archive: the checksum no longer matches, nothing is installed.
    let other = tmp.path().join("bin2");
    let mut bytes = std::fs::read(dist.join(&archive)).unwrap();
    bytes.extend_from_slice(b"tampered");
    std::fs::write(dist.join(&archive), bytes).unwrap();
    let out = install(&dist, &other, tmp.path());
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("checksum mismatch"),
        "{out:?}"
    );
    assert!(!other.join("cpaws").exists());

    // A missing archive: a clear error, nothing installed.
    std::fs::remove_file(dist.join(&archive)).unwrap();
    let out = install(&dist, &other, tmp.path());
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot download"));
    assert!(!other.join("cpaws").exists());
}
