//! The emulator's cookbook (tests/emulator/examples/*.json, docs/emulator.md): cpaws run against
//! each breakage reports the diagnosis the cookbook promises — `doctor --json`'s failing check and
//! `status --json`'s problem, each with its code and fix. (tests/emulator/tests/state_files.rs
//! checks that each file changes the state as its name says.)

use crate::common;

use common::*;
use serde_json::{Value, json};

fn example(name: &str) -> State {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/emulator/examples")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    State::from_json_over_default(&text).unwrap()
}

/// The cookbook file's breakage with the client set up as the docs say (the default workspace,
/// the default region, the default access key).
fn sandbox(name: &str) -> Sandbox {
    let mut s = Sandbox::with_state(example(name));
    s.set("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01TESTWORKSPACE")
        .set("CLAUDE_CODE_USE_ANTHROPIC_AWS", "1");
    s
}

fn check<'a>(v: &'a Value, id: &str) -> &'a Value {
    v["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no check {id}: {v:#}"))
}

/// `doctor --json`: exit 1, and check `id` failed with `code` and a fix containing `fix`.
fn doctor_says(s: &Sandbox, id: &str, code: &str, fix: &str) -> Value {
    let (exit, v) = run_json(s.cmd().args(["doctor", "--json"]));
    assert_eq!(exit, 1, "{v:#}");
    let c = check(&v, id);
    assert_eq!(c["status"], "fail", "{id}: {c:#}");
    assert_eq!(c["code"], code, "{id}: {c:#}");
    let f = c["fix"].as_str().unwrap_or_default();
    assert!(f.contains(fix), "{id}: fix {f:?} lacks {fix:?}");
    v
}

/// `status --json`: not ready (exit 1), with problem `code` whose fix contains `fix`.
fn status_says(s: &Sandbox, code: &str, fix: &str) -> Value {
    let (exit, v) = run_json(s.cmd().args(["status", "--json"]));
    assert_eq!(exit, 1, "{v:#}");
    assert_eq!(v["ready"], false, "{v:#}");
    let p = find(&v, "problems", code);
    let f = p["fix"].as_str().unwrap_or_default();
    assert!(f.contains(fix), "{code}: fix {f:?} lacks {fix:?}");
    v
}

#[test]
fn federation_off_is_diagnosed_with_its_fix() {
    let s = sandbox("federation-off.json");
    let v = doctor_says(
        &s,
        "federation",
        "federation_disabled",
        "cpaws enable-federation",
    );
    assert_eq!(check(&v, "probe")["code"], "federation_disabled", "{v:#}");
    status_says(&s, "federation_disabled", "cpaws enable-federation");
}

#[test]
fn a_workspace_in_eu_west_1_is_found_there() {
    let s = sandbox("workspace-in-eu-west-1.json");
    let v = doctor_says(
        &s,
        "workspace",
        "workspace_in_other_region",
        "AWS_REGION=eu-west-1",
    );
    assert_eq!(check(&v, "workspace")["data"]["found_in"], "eu-west-1");
    assert_eq!(check(&v, "probe")["code"], "workspace_not_found", "{v:#}");
    // status does not scan the regions: it says where to look.
    status_says(&s, "workspace_not_found", "cpaws doctor");
}

#[test]
fn a_removed_inference_action_is_named() {
    let s = sandbox("inference-action-removed.json");
    let v = doctor_says(
        &s,
        "permissions",
        "missing_action",
        "aws-external-anthropic:CreateInference",
    );
    assert_eq!(check(&v, "probe")["code"], "missing_action", "{v:#}");
    status_says(
        &s,
        "missing_action",
        "aws-external-anthropic:CreateInference",
    );
}

#[test]
fn an_expired_access_key_is_diagnosed_as_expired() {
    let s = sandbox("access-key-expired.json");
    let v = doctor_says(&s, "identity", "credentials_expired", "aws sso login");
    assert_eq!(check(&v, "probe")["code"], "credentials_expired", "{v:#}");
    let v = status_says(&s, "credentials_expired", "auth_refresh");
    // One cause, said once (the identity check and the probe both meet it), and not called
    // "session" credentials: this is a long-term access key.
    let problems = v["problems"].as_array().unwrap();
    let expired = problems
        .iter()
        .filter(|p| p["code"] == "credentials_expired")
        .count();
    assert_eq!(expired, 1, "{v:#}");
    assert!(!v.to_string().contains("session credentials"), "{v:#}");
    let probe = v["probes"].as_array().unwrap();
    assert!(probe.iter().any(|p| p["ok"] == false), "{v:#}");
}

/// UNCONFIRMED variant: a workspace the gateway does not know is refused with a 403 instead of a
/// 404. The probe cannot tell the workspace from a permission then, but doctor's workspace check
/// finds it is not among the account's and gives the fix for both.
#[test]
fn an_unknown_workspace_refused_with_403_is_still_found() {
    let mut s = sandbox("workspace-miss-forbidden.json");
    s.set("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01DOESNOTEXIST");
    let v = doctor_says(
        &s,
        "workspace",
        "workspace_not_found",
        "ANTHROPIC_AWS_WORKSPACE_ID=wrkspc_01TESTWORKSPACE",
    );
    let probe = check(&v, "probe");
    assert_eq!(probe["code"], "forbidden", "{v:#}");
    assert!(
        probe["fix"]
            .as_str()
            .unwrap()
            .contains("ANTHROPIC_AWS_WORKSPACE_ID=wrkspc_01TESTWORKSPACE"),
        "{probe:#}"
    );
    status_says(&s, "forbidden", "cpaws doctor");
}

/// UNCONFIRMED variant: gateway errors in the AWS JSON shape get the same diagnoses as in the
/// Anthropic shape.
#[test]
fn aws_style_gateway_errors_get_the_same_diagnoses() {
    let diagnoses = |name: &str, breakage: &dyn Fn(&mut State), env: &[(&str, &str)]| {
        let mut state = if name.is_empty() {
            State::default_state()
        } else {
            example(name)
        };
        breakage(&mut state);
        let mut s = Sandbox::with_state(state);
        s.set("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01TESTWORKSPACE")
            .set("CLAUDE_CODE_USE_ANTHROPIC_AWS", "1");
        for (k, v) in env {
            s.set(k, v);
        }
        let (_, d) = run_json(s.cmd().args(["doctor", "--json"]));
        let (_, st) = run_json(s.cmd().args(["status", "--json"]));
        let failed: Vec<Value> = d["checks"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["status"] != "pass")
            .map(|c| json!([c["id"], c["status"], c["code"], c["fix"]]))
            .collect();
        (failed, codes(&st, "problems"))
    };
    let federation_off = |st: &mut State| st.accounts[0].federation_enabled = false;
    let unchanged = |_: &mut State| {};
    type Breakage<'a> = (&'a dyn Fn(&mut State), &'a [(&'a str, &'a str)]);
    let cases: [Breakage; 2] = [
        (&federation_off, &[]),
        (
            &unchanged,
            &[("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01DOESNOTEXIST")],
        ),
    ];
    for (breakage, env) in cases {
        let anthropic = diagnoses("", breakage, env);
        let aws = diagnoses("gateway-errors-aws-style.json", breakage, env);
        assert!(!anthropic.1.is_empty(), "{anthropic:?}");
        assert_eq!(aws, anthropic);
    }
}

/// UNCONFIRMED variant: IAM mints long-term keys as `sk-ant-…`. Such a key looks like a
/// first-party key, but cpaws sends it and the service's answer decides: it works.
#[test]
fn a_long_term_key_minted_as_sk_ant_still_works() {
    let mut s = sandbox("long-term-key-sk-ant.json");
    s.emu().update_state(|st| {
        common::allow_long_term_keys(st);
    });
    let (code, v) =
        run_json(
            s.cmd()
                .args(["keys", "create", "--long-term", "--user", "dev", "--json"]),
        );
    assert_eq!(code, 0, "{v:#}");
    let key = v["key"].as_str().unwrap().to_string();
    assert!(key.starts_with("sk-ant-"), "{key}");
    s.set("ANTHROPIC_AWS_API_KEY", &key)
        .unset("AWS_ACCESS_KEY_ID")
        .unset("AWS_SECRET_ACCESS_KEY");
    let (code, v) = run_json(s.cmd().args(["status", "--json"]));
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["ready"], true, "{v:#}");
    assert!(!v.to_string().contains(&key), "the key was printed");
}
