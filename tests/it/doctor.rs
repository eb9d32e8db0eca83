//! `cpaws doctor` against the emulator: one scenario per documented failure mode, each asserting
//! the failing check's id, status and fix; the JSON output validated against the documented schema.

use crate::common;

use std::time::{Duration, SystemTime};

use aws_credential_types::Credentials;
use common::*;
use cpaws_emulator::state::{AccessKey, Role};
use predicates::prelude::*;
use serde_json::{Value, json};

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/doctor.schema.json"
    ))
    .unwrap();
    jsonschema::validator_for(&serde_json::from_str(&text).unwrap()).unwrap()
}

/// Run `doctor --json` (plus args), validate against the schema, return (exit code, report).
fn doctor(s: &Sandbox, args: &[&str]) -> (i32, Value) {
    let mut cmd = s.cmd();
    cmd.args(["doctor", "--json"]).args(args);
    let (code, v) = run_json(&mut cmd);
    let errors: Vec<String> = schema().iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "schema errors: {errors:?}\n{v:#}");
    (code, v)
}

fn check<'a>(v: &'a Value, id: &str) -> &'a Value {
    v["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no check {id}: {v:#}"))
}

fn status(v: &Value, id: &str) -> String {
    check(v, id)["status"].as_str().unwrap().to_string()
}

fn fix(v: &Value, id: &str) -> String {
    check(v, id)["fix"].as_str().unwrap_or_default().to_string()
}

fn deny_user(st: &mut State, statements: Value) {
    let u = &mut st.accounts[0].users[0];
    u.attached_policies.clear();
    u.inline_policies.clear();
    u.inline_policies.insert(
        "custom".into(),
        json!({"Version": "2012-10-17", "Statement": statements}),
    );
}

#[test]
fn everything_green() {
    let mut s = Sandbox::with_emulator();
    // Set up for Claude Code too (without it the config check warns).
    s.set("CLAUDE_CODE_USE_ANTHROPIC_AWS", "1");
    let (code, v) = doctor(&s, &[]);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["ok"], true);
    for id in [
        "config",
        "credentials",
        "identity",
        "clock",
        "federation",
        "workspace",
        "permissions",
        "probe",
    ] {
        assert_eq!(status(&v, id), "pass", "{id}: {v:#}");
    }
    assert_eq!(status(&v, "trust"), "skip");
    assert_eq!(status(&v, "api-key"), "skip");
    assert!(
        check(&v, "identity")["message"]
            .as_str()
            .unwrap()
            .contains("not any permission")
    );
    // Human output: one line per check and a summary.
    s.cmd()
        .arg("doctor")
        .assert()
        .success()
        .stdout(predicate::str::contains("✓ probe"))
        .stdout(predicate::str::contains(
            "8 passed, 0 warnings, 0 failed, 2 skipped",
        ));
}

/// Claude Code reaches Claude Platform on AWS only with CLAUDE_CODE_USE_ANTHROPIC_AWS on; a
/// workspace ID in the environment without it means Claude Code routes elsewhere.
#[test]
fn config_warns_when_claude_code_would_route_elsewhere() {
    let mut s = Sandbox::with_emulator();
    for (value, named) in [
        (None, "is not set"),
        (Some("0"), "\"0\""),
        (Some("maybe"), "\"maybe\""),
    ] {
        match value {
            Some(v) => s.set("CLAUDE_CODE_USE_ANTHROPIC_AWS", v),
            None => s.unset("CLAUDE_CODE_USE_ANTHROPIC_AWS"),
        };
        let (code, v) = doctor(&s, &["--offline", "--check", "config"]);
        assert_eq!(code, 0, "{v:#}");
        assert_eq!(status(&v, "config"), "warn", "{value:?}: {v:#}");
        let c = check(&v, "config");
        assert_eq!(c["code"], "claude_code_not_enabled", "{v:#}");
        let msg = c["message"].as_str().unwrap();
        assert!(
            msg.contains("CLAUDE_CODE_USE_ANTHROPIC_AWS") && msg.contains(named),
            "{msg}"
        );
        assert!(msg.contains("ANTHROPIC_AWS_WORKSPACE_ID"), "{msg}");
        assert!(
            fix(&v, "config").contains("export CLAUDE_CODE_USE_ANTHROPIC_AWS=1"),
            "{v:#}"
        );
        let (code, _) = doctor(&s, &["--offline", "--check", "config", "--strict"]);
        assert_eq!(code, 1);
    }
    for on in ["1", "true", "TRUE", "yes", "on"] {
        s.set("CLAUDE_CODE_USE_ANTHROPIC_AWS", on);
        let (_, v) = doctor(&s, &["--offline", "--check", "config"]);
        assert_eq!(status(&v, "config"), "pass", "{on}: {v:#}");
    }
    // `status` is about cpaws itself: it does not carry this warning.
    s.unset("CLAUDE_CODE_USE_ANTHROPIC_AWS");
    let (_, v) = run_json(s.cmd().args(["status", "--json", "--offline"]));
    assert!(
        !codes(&v, "warnings").contains(&"claude_code_not_enabled".to_string()),
        "{v:#}"
    );
    // No workspace ID in the environment (cpaws's own variable only): nothing for Claude Code.
    s.unset("CLAUDE_CODE_USE_ANTHROPIC_AWS")
        .unset("ANTHROPIC_AWS_WORKSPACE_ID")
        .set("CPAWS_WORKSPACE_ID", "wrkspc_01TESTWORKSPACE");
    let (_, v) = doctor(&s, &["--offline", "--check", "config"]);
    assert_eq!(status(&v, "config"), "pass", "{v:#}");
}

#[test]
fn federation_off() {
    let mut st = State::default_state();
    st.accounts[0].federation_enabled = false;
    let s = Sandbox::with_state(st);
    let (code, v) = doctor(&s, &[]);
    assert_eq!(code, 1);
    assert_eq!(status(&v, "federation"), "fail");
    assert_eq!(check(&v, "federation")["code"], "federation_disabled");
    assert!(fix(&v, "federation").contains("cpaws enable-federation"));
    assert_eq!(check(&v, "probe")["code"], "federation_disabled");
}

#[test]
fn fix_enables_federation_with_yes() {
    let mut st = State::default_state();
    st.accounts[0].federation_enabled = false;
    let s = Sandbox::with_state(st);
    // Without --yes and without a terminal, nothing is applied: the diagnosis, a note on how to
    // apply the fixes, and the diagnosis's exit code.
    s.cmd()
        .args(["doctor", "--fix"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("cpaws enable-federation"))
        .stderr(predicate::str::contains("run again with --yes"));
    assert!(!s.emu().state().accounts[0].federation_enabled);
    let (code, v) = doctor(&s, &["--fix", "--yes"]);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(
        v["fixes_applied"][0],
        "enabled outbound web identity federation"
    );
    assert_eq!(status(&v, "federation"), "pass");
    assert!(s.emu().state().accounts[0].federation_enabled);
}

#[test]
fn workspace_in_another_region_found_in_the_same_run() {
    let mut s = Sandbox::with_emulator();
    s.set("AWS_REGION", "eu-west-1");
    // No --scan-regions needed: a "not found" makes doctor ask every region.
    let (code, v) = doctor(&s, &["--check", "workspace"]);
    assert_eq!(code, 1);
    assert_eq!(status(&v, "workspace"), "fail");
    assert_eq!(check(&v, "workspace")["code"], "workspace_in_other_region");
    assert!(
        fix(&v, "workspace").contains("AWS_REGION=us-west-2"),
        "{v:#}"
    );
    assert_eq!(
        check(&v, "workspace")["data"]["found_in"],
        "us-west-2",
        "{v:#}"
    );
    // With the probe too: the probe's fix is the scan's answer.
    let (_, v) = doctor(&s, &[]);
    assert_eq!(check(&v, "probe")["code"], "workspace_not_found", "{v:#}");
    assert!(fix(&v, "probe").contains("AWS_REGION=us-west-2"), "{v:#}");
    // --scan-regions on a found workspace lists every region's workspaces.
    s.set("AWS_REGION", "us-west-2");
    let (code, v) = doctor(&s, &["--check", "workspace", "--scan-regions"]);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(
        check(&v, "workspace")["data"]["workspaces"][0]["id"],
        "wrkspc_01TESTWORKSPACE",
        "{v:#}"
    );
}

#[test]
fn unknown_workspace() {
    let mut s = Sandbox::with_emulator();
    s.set("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01DOESNOTEXIST");
    let (code, v) = doctor(&s, &[]);
    assert_eq!(code, 1);
    assert_eq!(status(&v, "workspace"), "fail");
    assert!(
        check(&v, "workspace")["message"]
            .as_str()
            .unwrap()
            .contains("not among the account's workspaces"),
        "{v:#}"
    );
    assert_eq!(check(&v, "probe")["code"], "workspace_not_found");
}

#[test]
fn missing_create_inference() {
    let mut st = State::default_state();
    deny_user(
        &mut st,
        json!([
            {"Effect": "Allow", "Action": ["iam:*", "sts:*"], "Resource": "*"},
            {"Effect": "Allow", "Action": ["aws-external-anthropic:ListModels", "aws-external-anthropic:GetModel", "aws-external-anthropic:CountTokens",
                "aws-external-anthropic:CreateFile", "aws-external-anthropic:ListFiles", "aws-external-anthropic:GetFile", "aws-external-anthropic:DeleteFile",
                "aws-external-anthropic:GetWorkspace"],
             "Resource": "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/*"}
        ]),
    );
    let s = Sandbox::with_state(st);
    let (code, v) = doctor(&s, &[]);
    assert_eq!(code, 1, "{v:#}");
    assert_eq!(status(&v, "permissions"), "fail");
    assert_eq!(check(&v, "permissions")["code"], "missing_action");
    assert!(
        check(&v, "permissions")["message"]
            .as_str()
            .unwrap()
            .contains("aws-external-anthropic:CreateInference")
    );
    let f = fix(&v, "permissions");
    assert!(
        f.contains("\"aws-external-anthropic:CreateInference\""),
        "{f}"
    );
    assert!(
        f.contains(
            "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/wrkspc_01TESTWORKSPACE"
        ),
        "{f}"
    );
    assert!(f.contains("aws iam put-user-policy --user-name dev"), "{f}");
    assert!(!f.contains("ListModels"), "only the missing action: {f}");
    // Listing models is not inference: the probe proves CreateInference itself and fails too,
    // naming the action the service refused.
    assert_eq!(status(&v, "probe"), "fail");
    assert_eq!(check(&v, "probe")["code"], "missing_action", "{v:#}");
    assert!(
        check(&v, "probe")["message"]
            .as_str()
            .unwrap()
            .contains("CreateInference"),
        "{v:#}"
    );
}

#[test]
fn explicit_deny() {
    let mut st = State::default_state();
    st.accounts[0].users[0].inline_policies.insert(
        "deny-files".into(),
        json!({"Version": "2012-10-17", "Statement": [{"Sid": "NoFiles", "Effect": "Deny", "Action": "aws-external-anthropic:*File", "Resource": "*"}]}),
    );
    let s = Sandbox::with_state(st);
    let (code, v) = doctor(&s, &[]);
    assert_eq!(code, 1);
    assert_eq!(check(&v, "permissions")["code"], "explicit_deny");
    assert!(fix(&v, "permissions").contains("explicit Deny"));
}

#[test]
fn simulation_denied_falls_back_to_local_evaluation() {
    let mut st = State::default_state();
    deny_user(
        &mut st,
        json!([
            {"Effect": "Allow", "Action": ["iam:Get*", "iam:List*", "sts:GetCallerIdentity"], "Resource": "*"},
            {"Effect": "Allow", "Action": ["aws-external-anthropic:CreateInference", "aws-external-anthropic:CountTokens", "aws-external-anthropic:ListModels", "aws-external-anthropic:GetModel"],
             "Resource": "arn:aws:aws-external-anthropic:*:*:workspace/*"}
        ]),
    );
    let s = Sandbox::with_state(st);
    let (_, v) = doctor(&s, &["--check", "permissions"]);
    let p = check(&v, "permissions");
    assert_eq!(p["status"], "fail", "{v:#}");
    assert!(
        p["data"]["method"]
            .as_str()
            .unwrap()
            .contains("local evaluation"),
        "{p:#}"
    );
    assert!(p["evidence"].to_string().contains("SCPs"), "{p:#}");
    assert!(p["message"].as_str().unwrap().contains("CreateFile"));
    assert!(!p["message"].as_str().unwrap().contains("CreateInference"));
    // Only the selected check is reported (its dependencies ran quietly).
    assert_eq!(v["checks"].as_array().unwrap().len(), 1);
    // --for inference: all allowed, by local evaluation.
    let (_, v) = doctor(&s, &["--check", "permissions", "--for", "inference"]);
    assert_eq!(status(&v, "permissions"), "pass", "{v:#}");
}

#[test]
fn api_key_without_call_with_bearer_token() {
    let key = "AEAAlongtermEXAMPLEkey0123456789";
    let mut st = State::default_state();
    common::add_long_term_key(&mut st, key);
    deny_user(
        &mut st,
        json!([{"Effect": "Allow", "Action": ["aws-external-anthropic:*Inference", "aws-external-anthropic:List*", "aws-external-anthropic:Get*", "iam:*"],
        "Resource": "*"}]),
    );
    let mut s = Sandbox::with_state(st);
    s.set("ANTHROPIC_AWS_API_KEY", key);
    let (code, v) = doctor(&s, &[]);
    assert_eq!(code, 1);
    assert_eq!(
        check(&v, "probe")["code"],
        "missing_call_with_bearer_token",
        "{v:#}"
    );
    assert!(fix(&v, "probe").contains("CallWithBearerToken"));
    assert_eq!(status(&v, "api-key"), "pass");
}

fn short_term(region: &str, issued: SystemTime, ttl: u64) -> String {
    let c = Credentials::new("AKIDEXAMPLE", SECRET, None, None, "t");
    cpaws::apikey::mint_short_term(&c, region, issued, Duration::from_secs(ttl)).unwrap()
}

#[test]
fn short_term_keys_valid_expired_and_wrong_region() {
    let mut s = Sandbox::with_emulator();
    s.set(
        "ANTHROPIC_AWS_API_KEY",
        &short_term("us-west-2", SystemTime::now(), 3600),
    );
    let (code, v) = doctor(&s, &[]);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(status(&v, "api-key"), "pass");
    assert_eq!(status(&v, "probe"), "pass");

    s.set(
        "ANTHROPIC_AWS_API_KEY",
        &short_term(
            "us-west-2",
            SystemTime::now() - Duration::from_secs(7200),
            3600,
        ),
    );
    let (code, v) = doctor(&s, &[]);
    assert_eq!(code, 1);
    assert_eq!(check(&v, "api-key")["code"], "api_key_expired");
    assert!(fix(&v, "api-key").contains("cpaws keys create"));
    assert_eq!(check(&v, "probe")["code"], "api_key_expired");

    s.set(
        "ANTHROPIC_AWS_API_KEY",
        &short_term("us-east-1", SystemTime::now(), 3600),
    );
    let (_, v) = doctor(&s, &[]);
    assert_eq!(check(&v, "api-key")["code"], "api_key_wrong_region");
    assert!(fix(&v, "api-key").contains("us-west-2"));
}

#[test]
fn first_party_key() {
    let mut s = Sandbox::with_emulator();
    s.set(
        "ANTHROPIC_AWS_API_KEY",
        "sk-ant-api03-FIRSTPARTYSECRETVALUE",
    );
    let (code, v) = doctor(&s, &[]);
    assert_eq!(code, 1);
    // What the key looks like is a warning; the key is sent, the service refuses it, and the
    // probe's diagnosis combines that answer with the hint.
    assert_eq!(check(&v, "api-key")["code"], "first_party_key");
    assert_eq!(status(&v, "api-key"), "warn");
    assert_eq!(check(&v, "probe")["code"], "first_party_key", "{v:#}");
    assert_eq!(status(&v, "probe"), "fail");
    assert!(!v.to_string().contains("FIRSTPARTYSECRETVALUE"));
}

#[test]
fn wrong_secret() {
    let mut s = Sandbox::with_emulator();
    s.set(
        "AWS_SECRET_ACCESS_KEY",
        "wrongSecretEXAMPLEKEYwrongSecretEXAMPLE0",
    );
    let (code, v) = doctor(&s, &[]);
    assert_eq!(code, 1);
    assert_eq!(check(&v, "probe")["code"], "signature_mismatch", "{v:#}");
    assert_eq!(status(&v, "identity"), "fail");
    assert!(fix(&v, "probe").contains("AWS_SECRET_ACCESS_KEY"));
}

#[test]
fn clock_skew() {
    let mut st = State::default_state();
    st.now_offset_seconds = 900;
    let s = Sandbox::with_state(st);
    let (code, v) = doctor(&s, &[]);
    assert_eq!(code, 1);
    assert_eq!(status(&v, "clock"), "fail", "{v:#}");
    assert_eq!(check(&v, "clock")["code"], "clock_skew");
    assert!(
        check(&v, "clock")["message"]
            .as_str()
            .unwrap()
            .contains("behind")
    );
    assert_eq!(check(&v, "probe")["code"], "clock_skew");
}

#[test]
fn no_credentials() {
    let mut s = Sandbox::with_emulator();
    s.unset("AWS_ACCESS_KEY_ID").unset("AWS_SECRET_ACCESS_KEY");
    let (code, v) = doctor(&s, &[]);
    assert_eq!(code, 1);
    assert_eq!(status(&v, "credentials"), "fail");
    assert_eq!(check(&v, "credentials")["code"], "credentials_none");
    assert!(fix(&v, "credentials").contains("AWS_PROFILE"));
    assert_eq!(status(&v, "identity"), "skip");
}

#[test]
fn expired_credentials_with_auth_refresh() {
    let mut st = State::default_state();
    st.access_keys.push(AccessKey {
        access_key_id: "ASIAEXPIREDEXAMPLE".into(),
        secret: "expiredSecretEXAMPLEKEYexpiredSecret0000".into(),
        session_token: Some("EXPIREDSESSIONTOKENEXAMPLE".into()),
        account: "123456789012".into(),
        principal: "user/dev".into(),
        expires: Some("2020-01-01T00:00:00Z".into()),
    });
    let mut s = Sandbox::with_state(st);
    s.unset("AWS_ACCESS_KEY_ID").unset("AWS_SECRET_ACCESS_KEY");
    // credential_process reporting credentials that expired an hour ago.
    let past = "2020-01-01T00:00:00Z";
    let creds = s.write("creds.json", &json!({"Version": 1, "AccessKeyId": "ASIAEXPIREDEXAMPLE", "SecretAccessKey": "expiredSecretEXAMPLEKEYexpiredSecret0000", "SessionToken": "EXPIREDSESSIONTOKENEXAMPLE", "Expiration": past}).to_string());
    let fresh = s.write(
        "fresh.json",
        &json!({"Version": 1, "AccessKeyId": "AKIDEXAMPLE", "SecretAccessKey": SECRET}).to_string(),
    );
    s.write(
        "aws-config",
        &format!(
            "[profile sso]\ncredential_process = cat {}\n",
            creds.display()
        ),
    );
    s.set("AWS_PROFILE", "sso");
    s.write(
        ".config/cpaws/config.toml",
        &format!(
            "[profiles.default]\nauth_refresh = \"cp {} {}\"\n",
            fresh.display(),
            creds.display()
        ),
    );
    let (code, v) = doctor(&s, &["--check", "credentials"]);
    assert_eq!(code, 1, "{v:#}");
    assert!(fix(&v, "credentials").contains("auth_refresh"), "{v:#}");
    let (code, v) = doctor(&s, &["--fix", "--yes"]);
    assert_eq!(code, 0, "{v:#}");
    assert!(
        v["fixes_applied"][0]
            .as_str()
            .unwrap()
            .contains("auth_refresh")
    );
}

fn with_role(trust: Value) -> State {
    let mut st = State::default_state();
    st.accounts[0].roles.push(Role {
        name: "gateway-access".into(),
        trust_policy: trust,
        ..Default::default()
    });
    st
}

const ROLE: &str = "arn:aws:iam::123456789012:role/gateway-access";
const GATEWAY: &str = "arn:aws:iam::999988887777:role/gateway";

#[test]
fn trust_policy_without_the_principal() {
    let s = Sandbox::with_state(with_role(json!({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/other"}, "Action": "sts:AssumeRole"}]})));
    let (code, v) = doctor(
        &s,
        &[
            "--check",
            "trust",
            "--role-arn",
            ROLE,
            "--trusted-principal",
            GATEWAY,
        ],
    );
    assert_eq!(code, 1, "{v:#}");
    assert_eq!(check(&v, "trust")["code"], "trust_principal_missing");
    assert!(fix(&v, "trust").contains(GATEWAY));
    assert!(fix(&v, "trust").contains("update-assume-role-policy"));
}

#[test]
fn trust_policy_with_the_wrong_external_id() {
    let s = Sandbox::with_state(with_role(json!({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": GATEWAY}, "Action": "sts:AssumeRole",
         "Condition": {"StringEquals": {"sts:ExternalId": "right-id"}}}]})));
    let (code, v) = doctor(
        &s,
        &[
            "--check",
            "trust",
            "--role-arn",
            ROLE,
            "--trusted-principal",
            GATEWAY,
            "--external-id",
            "wrong-id",
        ],
    );
    assert_eq!(code, 1);
    assert_eq!(check(&v, "trust")["code"], "trust_external_id", "{v:#}");
    let (code, v) = doctor(
        &s,
        &[
            "--check",
            "trust",
            "--role-arn",
            ROLE,
            "--trusted-principal",
            GATEWAY,
            "--external-id",
            "right-id",
        ],
    );
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(status(&v, "trust"), "pass");
}

/// `doctor --check trust` of ROLE with an external ID, and with the principal when given.
fn trust_args<'a>(external_id: &'a str, principal: Option<&'a str>) -> Vec<&'a str> {
    let mut args = vec![
        "--check",
        "trust",
        "--role-arn",
        ROLE,
        "--external-id",
        external_id,
    ];
    if let Some(p) = principal {
        args.extend(["--trusted-principal", p]);
    }
    args
}

/// `--external-id` against a trust policy with no sts:ExternalId condition: the ID is never
/// checked, so anyone who can act as the principal (another customer of the same gateway) can
/// assume the role. A warning naming the risk and the exact condition to add.
#[test]
fn trust_without_an_external_id_condition_is_a_confused_deputy_warning() {
    let s = Sandbox::with_state(with_role(json!({"Version": "2012-10-17", "Statement": [
        {"Sid": "Gateway", "Effect": "Allow", "Principal": {"AWS": GATEWAY}, "Action": "sts:AssumeRole"}]})));
    for principal in [Some(GATEWAY), None] {
        let mut args = trust_args("tenant-42", principal);
        let (code, v) = doctor(&s, &args);
        assert_eq!(code, 0, "{principal:?}: {v:#}");
        assert_eq!(status(&v, "trust"), "warn", "{principal:?}: {v:#}");
        let c = check(&v, "trust");
        assert_eq!(c["code"], "trust_external_id_unchecked", "{v:#}");
        let msg = c["message"].as_str().unwrap();
        assert!(msg.contains("confused-deputy"), "{msg}");
        assert!(
            msg.contains("Gateway") && msg.contains("tenant-42"),
            "{msg}"
        );
        assert!(
            fix(&v, "trust")
                .contains(r#""Condition": {"StringEquals": {"sts:ExternalId": "tenant-42"}}"#),
            "{v:#}"
        );
        args.push("--strict");
        let (code, _) = doctor(&s, &args);
        assert_eq!(code, 1);
    }
    // Without --external-id there is no ID to hold it against: as before.
    let (code, v) = doctor(
        &s,
        &[
            "--check",
            "trust",
            "--role-arn",
            ROLE,
            "--trusted-principal",
            GATEWAY,
        ],
    );
    assert_eq!(code, 0);
    assert_eq!(status(&v, "trust"), "pass", "{v:#}");
}

/// A condition that requires another external ID fails, naming both.
#[test]
fn trust_requiring_another_external_id_names_both() {
    let s = Sandbox::with_state(with_role(json!({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": GATEWAY}, "Action": "sts:AssumeRole",
         "Condition": {"StringEquals": {"sts:ExternalId": "tenant-7"}}}]})));
    for principal in [Some(GATEWAY), None] {
        let args = trust_args("tenant-42", principal);
        let (code, v) = doctor(&s, &args);
        assert_eq!(code, 1, "{principal:?}: {v:#}");
        let c = check(&v, "trust");
        assert_eq!(c["status"], "fail");
        assert_eq!(c["code"], "trust_external_id", "{v:#}");
        let msg = c["message"].as_str().unwrap();
        assert!(
            msg.contains("tenant-7") && msg.contains("tenant-42"),
            "{msg}"
        );
    }
    // The right one passes, with or without a principal.
    for principal in [Some(GATEWAY), None] {
        let args = trust_args("tenant-7", principal);
        let (code, v) = doctor(&s, &args);
        assert_eq!(code, 0, "{v:#}");
        assert_eq!(status(&v, "trust"), "pass", "{v:#}");
    }
}

/// `--trusted-principal truefoundry|portkey` checks the trust policy against the vendor's documented
/// hosted principal: a role that trusts another principal fails, one that trusts it passes.
#[test]
fn trusted_principal_gateway_presets() {
    let portkey = "arn:aws:iam::299329113195:role/portkey-app";
    let s = Sandbox::with_state(with_role(json!({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": portkey}, "Action": "sts:AssumeRole",
         "Condition": {"StringEquals": {"sts:ExternalId": "tenant-7"}}}]})));
    let run = |name: &str| {
        doctor(
            &s,
            &[
                "--check",
                "trust",
                "--role-arn",
                ROLE,
                "--trusted-principal",
                name,
                "--external-id",
                "tenant-7",
            ],
        )
    };
    let (code, v) = run("portkey");
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(status(&v, "trust"), "pass", "{v:#}");
    let (code, v) = run("truefoundry");
    assert_eq!(code, 1, "{v:#}");
    assert_eq!(status(&v, "trust"), "fail", "{v:#}");
}

#[test]
fn trust_warnings_for_open_trusts() {
    let s = Sandbox::with_state(with_role(json!({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"},
        {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
         "Action": "sts:AssumeRoleWithWebIdentity"}]})));
    let (code, v) = doctor(&s, &["--check", "trust", "--role-arn", ROLE]);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(status(&v, "trust"), "warn");
    let all = check(&v, "trust").to_string();
    assert!(all.contains("any principal"), "{all}");
    assert!(all.contains("sub"), "{all}");
    // --strict turns warnings into a failure exit.
    let (code, _) = doctor(&s, &["--check", "trust", "--role-arn", ROLE, "--strict"]);
    assert_eq!(code, 1);
}

#[test]
fn offline_list_check_skip_and_report() {
    let mut s = Sandbox::with_emulator();
    s.set("CLAUDE_CODE_USE_ANTHROPIC_AWS", "1");
    let (code, v) = doctor(&s, &["--offline"]);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(status(&v, "config"), "pass");
    assert_eq!(status(&v, "probe"), "skip");
    assert!(s.emu().requests().is_empty(), "offline made requests");

    s.cmd()
        .args(["doctor", "--list-checks"])
        .assert()
        .success()
        .stdout(predicate::str::contains("permissions"));
    s.cmd()
        .args(["doctor", "--check", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown check"));

    let (_, v) = doctor(&s, &["--skip", "permissions,trust"]);
    assert!(
        v["checks"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["id"] != "permissions")
    );

    let report = s.path("report.md");
    let mut s2 = Sandbox::with_emulator();
    s2.set("ANTHROPIC_API_KEY", "sk-ant-api03-FIRSTPARTYSECRETVALUE");
    s2.cmd()
        .args(["doctor", "--report"])
        .arg(&report)
        .assert()
        .success();
    let md = std::fs::read_to_string(&report).unwrap();
    assert!(md.contains("# cpaws doctor report"));
    assert!(
        md.contains("| region | us-west-2 | env AWS_REGION |"),
        "{md}"
    );
    assert!(md.contains("x-amzn-requestid"), "{md}");
    assert!(!md.contains(SECRET) && !md.contains("FIRSTPARTYSECRETVALUE"));
}

#[test]
fn cannot_run_at_all_exits_3() {
    let s = Sandbox::new();
    s.write(".config/cpaws/config.toml", "not toml [");
    s.cmd().arg("doctor").assert().code(3);
}

fn iam_fault(s: &Sandbox, action: &str, kind: &str) {
    let f: cpaws_emulator::state::Fault = serde_json::from_value(json!({
        "match": {"action": action}, "kind": kind, "status": 500,
        "error_type": "ServiceUnavailable", "message": "the service is unavailable"
    }))
    .unwrap();
    s.emu().update_state(|st| st.faults.push(f));
}

/// A check the service would not let cpaws perform (a 5xx, an HTML page) is not a setup failure:
/// it says it could not check, with evidence, and a passing probe settles what it wanted to know.
#[test]
fn an_iam_failure_is_could_not_check_and_the_probe_settles_federation() {
    for kind in ["status", "malformed_body"] {
        let s = Sandbox::with_emulator();
        iam_fault(&s, "GetOutboundWebIdentityFederationInfo", kind);
        let (code, v) = doctor(&s, &[]);
        assert_eq!(code, 0, "{kind}: {v:#}");
        assert_eq!(status(&v, "federation"), "pass", "{kind}: {v:#}");
        let ev = check(&v, "federation")["evidence"].to_string();
        assert!(ev.contains("could not check"), "{kind}: {ev}");
        assert!(!v.to_string().contains("unhandled error"), "{v:#}");
    }
}

/// Without a passing probe to settle it, the check stays a warning: never a failure.
#[test]
fn an_iam_failure_without_a_probe_is_a_warning_with_evidence() {
    let s = Sandbox::with_emulator();
    iam_fault(&s, "GetOutboundWebIdentityFederationInfo", "status");
    let (code, v) = doctor(&s, &["--check", "federation"]);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(status(&v, "federation"), "warn", "{v:#}");
    assert_eq!(check(&v, "federation")["code"], "could_not_check");
    let ev = check(&v, "federation")["evidence"].to_string();
    assert!(ev.contains("500"), "{ev}");
    assert!(ev.contains("x-amzn-requestid"), "{ev}");
    let (code, _) = doctor(&s, &["--check", "federation", "--strict"]);
    assert_eq!(code, 1, "--strict fails on the warning");
}

/// `doctor --fix` on a terminal (a pseudo-terminal): the whole diagnosis comes before the first
/// question; "n" applies nothing and the report still follows (exit 1); "y" applies the fix, runs
/// the checks again and reports them passing (exit 0).
#[test]
fn fix_on_a_terminal_shows_the_diagnosis_then_asks() {
    use rexpect::process::WaitStatus;
    let mut st = State::default_state();
    st.accounts[0].federation_enabled = false;
    let s = Sandbox::with_state(st);
    let spawn = || {
        let mut c = s.std_cmd();
        c.env("TERM", "xterm").args(["doctor", "--fix"]);
        rexpect::session::spawn_command(c, Some(30_000)).unwrap()
    };
    const QUESTION: &str = "Enable outbound web identity federation for this AWS account? [y/N]";
    // A single-key prompt reads once the terminal leaves line mode.
    let asking = |p: &rexpect::session::PtySession| {
        until_terminal(p, |mode| {
            !mode.contains(nix::sys::termios::LocalFlags::ICANON)
        })
    };

    let mut p = spawn();
    let before = p.exp_string(QUESTION).unwrap();
    assert!(before.contains("diagnosis before fixes"), "{before}");
    for id in [
        "config",
        "credentials",
        "identity",
        "federation",
        "workspace",
        "permissions",
        "probe",
    ] {
        assert!(
            before.contains(id),
            "{id} is not shown before the question: {before}"
        );
    }
    assert!(before.contains("cpaws enable-federation"), "{before}");
    asking(&p);
    p.send("n").unwrap();
    p.flush().unwrap();
    let after = p.exp_eof().unwrap();
    assert!(after.contains("declined"), "{after}");
    assert!(after.contains("problems found"), "{after}");
    assert!(!after.contains("fixed"), "{after}");
    assert!(matches!(p.process().wait(), Ok(WaitStatus::Exited(_, 1))));
    assert!(!s.emu().state().accounts[0].federation_enabled);

    let mut p = spawn();
    p.exp_string(QUESTION).unwrap();
    asking(&p);
    p.send("y").unwrap();
    p.flush().unwrap();
    let after = p.exp_eof().unwrap();
    assert!(
        after.contains("enabled outbound web identity federation"),
        "{after}"
    );
    assert!(after.contains("ok:"), "{after}");
    assert!(matches!(p.process().wait(), Ok(WaitStatus::Exited(_, 0))));
    assert!(s.emu().state().accounts[0].federation_enabled);
}
