//! `cpaws-emulator --state FILE` merges a partial file over the default state, `--dump-state`
//! prints it, and every ready-made file in tests/emulator/examples does what docs/emulator.md says.

use cpaws_emulator::State;
use std::path::PathBuf;
use std::process::Command;

fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
}

fn dump(state: Option<&PathBuf>) -> State {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cpaws-emulator"));
    cmd.arg("--dump-state");
    if let Some(p) = state {
        cmd.arg("--state").arg(p);
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    State::from_json(&String::from_utf8_lossy(&out.stdout)).unwrap()
}

#[test]
fn dump_state_prints_the_default_state() {
    assert_eq!(dump(None), State::default_state());
}

#[test]
fn every_example_is_a_partial_file_that_keeps_the_rest_of_the_default() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let s = dump(Some(&p));
        assert_ne!(s, State::default_state(), "{} changes nothing", p.display());
        let a = &s.accounts[0];
        assert_eq!(a.workspaces[0].id, cpaws_emulator::state::DEFAULT_WORKSPACE);
        assert_eq!(a.users[0].name, "dev");
        assert_eq!(s.access_keys[0].access_key_id, "AKIDEXAMPLE");
        assert_eq!(
            s.access_keys.len(),
            State::default_state().access_keys.len()
        );
        n += 1;
    }
    assert_eq!(n, 7, "docs/emulator.md's cookbook lists 7 files");
}

#[test]
fn each_example_changes_what_its_name_says() {
    let s = dump(Some(&example("federation-off.json")));
    assert!(!s.accounts[0].federation_enabled);
    let s = dump(Some(&example("workspace-in-eu-west-1.json")));
    assert_eq!(s.accounts[0].workspaces[0].region, "eu-west-1");
    let s = dump(Some(&example("inference-action-removed.json")));
    assert_eq!(
        s.accounts[0].users[0].attached_policies,
        ["arn:aws:iam::aws:policy/AnthropicReadOnlyAccess"]
    );
    let s = dump(Some(&example("access-key-expired.json")));
    assert_eq!(
        s.access_keys[0].expires.as_deref(),
        Some("2020-01-01T00:00:00Z")
    );
    assert_eq!(
        s.access_keys[0].secret,
        cpaws_emulator::state::DEFAULT_SECRET
    );
    let j = |f: &str| serde_json::to_value(dump(Some(&example(f)))).unwrap();
    assert_eq!(
        j("workspace-miss-forbidden.json")["workspace_miss"],
        "forbidden"
    );
    assert_eq!(
        j("long-term-key-sk-ant.json")["long_term_key_style"],
        "sk_ant"
    );
    assert_eq!(
        j("gateway-errors-aws-style.json")["gateway_error_style"],
        "aws"
    );
}

#[test]
fn a_bad_state_file_is_refused_with_the_field_named() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bad.json");
    std::fs::write(
        &p,
        r#"{"accounts":[{"id":"123456789012","federaton_enabled":false}]}"#,
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_cpaws-emulator"))
        .args(["--dump-state", "--state"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("federaton_enabled"));
    assert!(out.stdout.is_empty());
}

#[cfg(unix)]
#[test]
fn print_env_is_one_eval_away() {
    let bin = env!("CARGO_BIN_EXE_cpaws-emulator");
    // `$(… &)` returns only if the emulator closes stdout after the export lines.
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            r#"eval "$('{bin}' --port 0 --print-env 2>/dev/null &)"; echo "$CPAWS_EMULATOR_PID $AWS_ACCESS_KEY_ID $ANTHROPIC_AWS_WORKSPACE_ID $CPAWS_EMULATOR_URL""#
        ))
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let line = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let f: Vec<&str> = line.split(' ').collect();
    assert_eq!(f.len(), 4, "{line:?}");
    let pid: u32 = f[0].parse().unwrap();
    let alive = reqwest::blocking::get(format!("{}/_emulator/state", f[3]));
    // Stop the emulator this test started, by its id.
    let _ = Command::new("kill").arg(pid.to_string()).status();
    assert_eq!(f[1], "AKIDEXAMPLE");
    assert_eq!(f[2], cpaws_emulator::state::DEFAULT_WORKSPACE);
    assert!(alive.unwrap().status().is_success());
}
