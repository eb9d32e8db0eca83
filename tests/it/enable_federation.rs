//! `cpaws enable-federation` against the emulator: off → on, already on, denied, dry run, status.

use crate::common;

use common::*;
use predicates::prelude::*;
use serde_json::json;

fn federation_off() -> State {
    let mut st = State::default_state();
    st.accounts[0].federation_enabled = false;
    st
}

#[test]
fn off_to_on_and_the_gateway_error_disappears() {
    let s = Sandbox::with_state(federation_off());
    let (code, v) = run_json(s.cmd().args(["status", "--json"]));
    assert_eq!(code, 1);
    find(&v, "problems", "federation_disabled");

    let (code, v) = run_json(s.cmd().args(["enable-federation", "--yes", "--json"]));
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["enabled"], true);
    assert_eq!(v["changed"], true);
    assert!(v["issuer"].as_str().unwrap().starts_with("https://"), "{v}");
    assert!(s.emu().state().accounts[0].federation_enabled);

    let (code, v) = run_json(s.cmd().args(["status", "--json"]));
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["ready"], true);

    // Re-running changes nothing and says so.
    let (code, v) = run_json(s.cmd().args(["enable-federation", "--yes", "--json"]));
    assert_eq!(code, 0);
    assert_eq!(v["changed"], false);
    assert_eq!(v["enabled"], true);
    s.cmd()
        .arg("enable-federation")
        .assert()
        .success()
        .stdout(predicate::str::contains("already enabled"));
}

#[test]
fn needs_yes_without_a_terminal() {
    let s = Sandbox::with_state(federation_off());
    s.cmd()
        .arg("enable-federation")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--yes"));
    assert!(!s.emu().state().accounts[0].federation_enabled);
}

#[test]
fn dry_run_changes_nothing() {
    let s = Sandbox::with_state(federation_off());
    s.cmd()
        .args(["enable-federation", "--dry-run"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "iam:EnableOutboundWebIdentityFederation",
        ))
        .stdout(predicate::str::contains(
            "aws iam enable-outbound-web-identity-federation",
        ));
    assert!(!s.emu().state().accounts[0].federation_enabled);
    assert!(
        !s.emu()
            .requests()
            .iter()
            .any(|r| r.action.as_deref() == Some("EnableOutboundWebIdentityFederation"))
    );
}

#[test]
fn status_only_reports() {
    let s = Sandbox::with_state(federation_off());
    let (code, v) = run_json(s.cmd().args(["enable-federation", "--status", "--json"]));
    assert_eq!(code, 1);
    assert_eq!(v["enabled"], false);
    let s2 = Sandbox::with_emulator();
    let (code, v) = run_json(s2.cmd().args(["enable-federation", "--status", "--json"]));
    assert_eq!(code, 0);
    assert_eq!(v["enabled"], true);
}

#[test]
fn denied_names_the_permission() {
    let mut st = federation_off();
    st.accounts[0].users[0].attached_policies.clear();
    st.accounts[0].users[0].inline_policies.clear();
    st.accounts[0].users[0].inline_policies.insert(
        "read".into(),
        json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
            "Action": ["iam:GetOutboundWebIdentityFederationInfo"], "Resource": "*"}]}),
    );
    let s = Sandbox::with_state(st);
    s.cmd()
        .args(["enable-federation", "--yes"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains(
            "iam:EnableOutboundWebIdentityFederation",
        ))
        .stderr(predicate::str::contains("AnthropicFullAccess"));
    assert!(!s.emu().state().accounts[0].federation_enabled);
}

#[test]
fn infrastructure_as_code() {
    let s = Sandbox::new();
    s.cmd()
        .args(["enable-federation", "--format", "terraform"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "resource \"aws_iam_outbound_web_identity_federation\"",
        ));
    s.cmd()
        .args(["enable-federation", "--format", "cloudformation"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "iam:EnableOutboundWebIdentityFederation",
        ))
        .stdout(predicate::str::contains("AWSTemplateFormatVersion"));
}

/// A dry run always shows the exact call and the equivalent AWS CLI command, even when reading
/// the current state fails.
#[test]
fn dry_run_shows_the_call_even_when_the_state_cannot_be_read() {
    let s = Sandbox::with_emulator();
    let f: cpaws_emulator::state::Fault = serde_json::from_value(serde_json::json!({
        "match": {"action": "GetOutboundWebIdentityFederationInfo"}, "kind": "status", "status": 500
    }))
    .unwrap();
    s.emu().update_state(|st| st.faults.push(f));
    let out = s
        .cmd()
        .args(["enable-federation", "--dry-run"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("would call iam:EnableOutboundWebIdentityFederation"),
        "{stdout}"
    );
    assert!(
        stdout.contains("aws iam enable-outbound-web-identity-federation"),
        "{stdout}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read the federation state"));
}
