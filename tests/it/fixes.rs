//! Every fix works as printed (issue 12, point 6): for each setup mistake, the fix cpaws prints is
//! taken from its own output, run as printed (a `cpaws …` command, with `--yes` because tests have no
//! terminal to confirm on, and the user name the fix leaves as NAME; or an `export …` line), and then
//! `cpaws status` must be ready. tests/it/rules/fix_commands.rs checks that every command in the source
//! parses; this file checks that the commands do what the fix says.

use crate::common;

use common::*;
use cpaws_emulator::state::State;
use serde_json::{Value, json};

fn status(s: &Sandbox) -> (i32, Value) {
    run_json(s.cmd().args(["status", "--json"]))
}

fn first_problem(v: &Value) -> Value {
    v["problems"][0].clone()
}

/// The runnable part of a fix: the first `cpaws …` command (in backticks, or the fix's start up
/// to two spaces or a parenthesis), or the first `export …` line.
fn runnable(fix: &str) -> String {
    if let Some(start) = fix.find("`cpaws ") {
        let rest = &fix[start + 1..];
        return rest[..rest.find('`').expect("closing backtick")].to_string();
    }
    if fix.starts_with("cpaws ") {
        let end = fix
            .find("  ")
            .or_else(|| fix.find(" ("))
            .unwrap_or(fix.len());
        return fix[..end].to_string();
    }
    if let Some(start) = fix.find("export ") {
        let rest = &fix[start..];
        let end = rest
            .find("  ")
            .or_else(|| rest.find(" ("))
            .unwrap_or(rest.len());
        return rest[..end].trim_end_matches([';', '.']).to_string();
    }
    panic!("no runnable fix in {fix:?}");
}

/// Run a fix in the sandbox: a cpaws command (NAME → the IAM user `dev`), or export lines.
fn apply(s: &mut Sandbox, fix: &str) {
    let cmd = runnable(fix);
    if let Some(assignments) = cmd.strip_prefix("export ") {
        for a in assignments.split_whitespace() {
            let (k, v) = a.split_once('=').expect("VAR=value");
            s.set(k, v);
        }
        return;
    }
    let words: Vec<String> = cmd
        .split_whitespace()
        .skip(1)
        .map(|w| {
            if w == "NAME" {
                "dev".into()
            } else {
                w.to_string()
            }
        })
        .collect();
    let out = s.cmd().arg("--yes").args(&words).output().expect("runs");
    assert!(
        out.status.success(),
        "the fix `{cmd}` failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The principal may manage its own IAM policies (whoever runs a policy fix can).
fn with_iam_admin(st: &mut State) {
    st.accounts[0].users[0].inline_policies.insert(
        "admin".into(),
        json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
            "Action": ["iam:*", "sts:*"], "Resource": "*"}]}),
    );
}

/// Each fix is printed once: no sentence of it repeats within the line.
fn said_once(fix: &str) {
    let parts: Vec<&str> = fix
        .split(['.', ';'])
        .map(str::trim)
        .filter(|p| p.len() > 12)
        .collect();
    for (i, p) in parts.iter().enumerate() {
        assert!(
            !parts[i + 1..].contains(p),
            "repeated in the fix: {p:?} in {fix:?}"
        );
    }
}

fn fixed(s: &mut Sandbox, code: &str) {
    let (c, v) = status(s);
    assert_eq!(c, 1, "{v:#}");
    let p = first_problem(&v);
    assert_eq!(p["code"], code, "{v:#}");
    let fix = p["fix"].as_str().unwrap_or_default().to_string();
    said_once(&fix);
    apply(s, &fix);
    let (c, v) = status(s);
    assert_eq!(c, 0, "after `{}`: {v:#}", runnable(&fix));
    assert_eq!(v["ready"], true);
}

#[test]
fn federation_off_is_fixed_by_its_fix() {
    let mut st = State::default_state();
    st.accounts[0].federation_enabled = false;
    let mut s = Sandbox::with_state(st);
    fixed(&mut s, "federation_disabled");
}

#[test]
fn a_missing_inference_action_is_fixed_by_its_fix() {
    let mut st = State::default_state();
    st.accounts[0].users[0].attached_policies.clear();
    with_iam_admin(&mut st);
    let mut s = Sandbox::with_state(st);
    // Twice: ListModels first (the first probe), then CreateInference once listing works.
    let (_, v) = status(&s);
    let fix = first_problem(&v)["fix"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(fix.contains("--intent inference"), "{fix}");
    fixed(&mut s, "missing_action");
}

#[test]
fn a_missing_call_with_bearer_token_is_fixed_by_its_fix() {
    let key = "AEAAlongtermEXAMPLEkey0123456789";
    let mut st = State::default_state();
    st.accounts[0].service_specific_credentials.push(
        cpaws_emulator::state::ServiceSpecificCredential {
            id: "ACCAEXAMPLELONGTERM1".into(),
            user: "dev".into(),
            secret: key.into(),
            ..Default::default()
        },
    );
    st.accounts[0].users[0].attached_policies.clear();
    st.accounts[0].users[0].inline_policies.insert(
        "inference-only".into(),
        json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
            "Action": ["aws-external-anthropic:ListModels", "aws-external-anthropic:CreateInference",
                       "iam:*", "sts:*"],
            "Resource": "*"}]}),
    );
    let mut s = Sandbox::with_state(st);
    s.set("ANTHROPIC_AWS_API_KEY", key);
    // policy gen runs with the AWS credentials of the administrator (here: the same user).
    fixed(&mut s, "missing_call_with_bearer_token");
}

/// Run doctor, apply the fix its `check` prints, and require `status` to be ready.
fn fixed_by_doctor(s: &mut Sandbox, check: &str) {
    let (_, v) = run_json(s.cmd().args(["doctor", "--json"]));
    let fix = v["checks"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["id"] == check))
        .and_then(|c| c["fix"].as_str())
        .unwrap_or_default()
        .to_string();
    said_once(&fix);
    apply(s, &fix);
    let (c, v) = status(s);
    assert_eq!(c, 0, "{v:#}");
}

#[test]
fn a_workspace_in_another_region_is_fixed_by_doctors_fix() {
    let mut s = Sandbox::with_emulator();
    s.set("AWS_REGION", "eu-west-1");
    fixed_by_doctor(&mut s, "workspace");
}

#[test]
fn a_wrong_workspace_id_is_fixed_by_doctors_fix() {
    let mut s = Sandbox::with_emulator();
    s.set("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01DOESNOTEXIST");
    fixed_by_doctor(&mut s, "probe");
}

#[test]
fn an_expired_short_term_key_is_fixed_by_its_fix() {
    let mut s = Sandbox::with_emulator();
    let (c, k) = run_json(s.cmd().args(["keys", "create", "--ttl", "1h", "--json"]));
    assert_eq!(c, 0, "{k:#}");
    let key = k["key"].as_str().unwrap_or_default().to_string();
    s.set("ANTHROPIC_AWS_API_KEY", &key);
    // Two hours later, the key has expired.
    s.emu().update_state(|st| st.now_offset_seconds = 7200);
    let (c, v) = status(&s);
    assert_eq!(c, 1, "{v:#}");
    let p = first_problem(&v);
    assert_eq!(p["code"], "api_key_expired", "{v:#}");
    let fix = p["fix"].as_str().unwrap_or_default().to_string();
    said_once(&fix);
    // The fix mints a new key: run it, then use what it printed.
    let cmd = runnable(&fix);
    assert!(cmd.starts_with("cpaws keys create"), "{cmd}");
    s.unset("ANTHROPIC_AWS_API_KEY");
    let words: Vec<&str> = cmd.split_whitespace().skip(1).collect();
    let (c, k) = run_json(s.cmd().args(&words).arg("--json"));
    assert_eq!(c, 0, "{k:#}");
    s.set(
        "ANTHROPIC_AWS_API_KEY",
        k["key"].as_str().unwrap_or_default(),
    );
    let (c, v) = status(&s);
    assert_eq!(c, 0, "{v:#}");
}
