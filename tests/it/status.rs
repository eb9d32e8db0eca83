//! `cpaws status` against the emulator: one scenario per documented setup failure, each asserting
//! the problem's code and its fix, in `--json` and in human output.

use crate::common;

use common::*;
use cpaws_emulator::state::{AccessKey, State};
use predicates::prelude::*;
use serde_json::json;

fn status_json(s: &Sandbox) -> (i32, serde_json::Value) {
    run_json(s.cmd().args(["status", "--json"]))
}

#[test]
fn ready_with_sigv4_and_sources() {
    let s = Sandbox::with_emulator();
    let (code, v) = status_json(&s);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["ready"], true);
    assert_eq!(v["verified"], true);
    assert_eq!(v["auth_mode"], "sigv4");
    assert_eq!(v["region"], "us-west-2");
    assert_eq!(v["workspace_id"], "wrkspc_01TESTWORKSPACE");
    assert_eq!(v["identity"]["arn"], "arn:aws:iam::123456789012:user/dev");
    assert_eq!(v["identity"]["account"], "123456789012");
    assert_eq!(v["sources"]["region"], "env AWS_REGION");
    assert_eq!(
        v["sources"]["workspace_id"],
        "env ANTHROPIC_AWS_WORKSPACE_ID"
    );
    assert_eq!(v["sources"]["base_url"], "env ANTHROPIC_AWS_BASE_URL");
    assert_eq!(v["credentials"]["provider"], "EnvironmentVariable");
    assert_eq!(v["probe"]["status"], 200);
    assert!(v["probe"]["amzn_request_id"].is_string());
    assert_eq!(v["problems"], json!([]));
    // The probe was signed by cpaws and verified by the emulator: SigV4 headers, the workspace,
    // no x-amz-content-sha256, no API key.
    let reqs = s.emu().requests();
    let probe = reqs
        .iter()
        .find(|r| r.path.starts_with("/v1/models"))
        .expect("probe sent");
    let h = |n: &str| {
        probe
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(n))
            .map(|(_, v)| v.clone())
    };
    assert_eq!(probe.status, 200);
    assert!(
        h("authorization")
            .unwrap()
            .starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
    );
    assert!(
        h("authorization")
            .unwrap()
            .contains("/us-west-2/aws-external-anthropic/aws4_request")
    );
    assert_eq!(
        h("anthropic-workspace-id").as_deref(),
        Some("wrkspc_01TESTWORKSPACE")
    );
    assert_eq!(h("anthropic-version").as_deref(), Some("2023-06-01"));
    assert!(h("x-api-key").is_none());
    assert!(h("x-amz-security-token").is_none());
}

#[test]
fn ready_human_output() {
    let s = Sandbox::with_emulator();
    s.cmd()
        .arg("status")
        .assert()
        .success()
        .stdout(predicate::str::contains("✓ ready"))
        .stdout(predicate::str::contains("(env AWS_REGION)"))
        .stdout(predicate::str::contains(
            "arn:aws:iam::123456789012:user/dev",
        ));
}

#[test]
fn session_token_is_signed_and_verified() {
    let mut st = State::default_state();
    st.access_keys.insert(
        0,
        AccessKey {
            access_key_id: "ASIAEXAMPLESESSION".into(),
            secret: "sessionSecretEXAMPLEKEYsessionSecret0000".into(),
            session_token: Some("FwoGZXIvYXdzEXAMPLE/TOKEN+==".into()),
            account: "123456789012".into(),
            principal: "user/dev".into(),
            expires: None,
        },
    );
    let s = Sandbox::with_state(st);
    assert_eq!(
        s.get("AWS_SESSION_TOKEN").as_deref(),
        Some("FwoGZXIvYXdzEXAMPLE/TOKEN+==")
    );
    let (code, v) = status_json(&s);
    assert_eq!(code, 0, "{v:#}");
    let reqs = s.emu().requests();
    let probe = reqs
        .iter()
        .find(|r| r.path.starts_with("/v1/models"))
        .unwrap();
    let auth = probe
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("authorization"))
        .unwrap();
    assert!(auth.1.contains("x-amz-security-token"), "{}", auth.1);
}

#[test]
fn wrong_secret_is_a_signature_mismatch() {
    let mut s = Sandbox::with_emulator();
    s.set(
        "AWS_SECRET_ACCESS_KEY",
        "wrongSecretEXAMPLEKEYwrongSecretEXAMPLE0",
    );
    let (code, v) = status_json(&s);
    assert_eq!(code, 1);
    assert_eq!(v["ready"], false);
    assert!(
        codes(&v, "problems").contains(&"signature_mismatch".to_string()),
        "{v:#}"
    );
    let p = find(&v, "problems", "signature_mismatch");
    assert!(p["fix"].as_str().unwrap().contains("AWS_SECRET_ACCESS_KEY"));
}

#[test]
fn no_region() {
    let mut s = Sandbox::with_emulator();
    s.unset("AWS_REGION");
    let (code, v) = status_json(&s);
    assert_eq!(code, 1);
    assert_eq!(v["ready"], false);
    assert_eq!(v["region"], serde_json::Value::Null);
    let p = find(&v, "problems", "region_missing");
    assert!(p["fix"].as_str().unwrap().contains("AWS_REGION"));
    // Region has no fallback: no request was signed for a guessed region.
    assert!(
        s.emu()
            .requests()
            .iter()
            .all(|r| !r.path.starts_with("/v1/"))
    );
}

#[test]
fn region_from_aws_profile_is_used_and_attributed() {
    let mut s = Sandbox::with_emulator();
    s.unset("AWS_REGION");
    s.write("aws-config", "[default]\nregion = us-west-2\n");
    let (code, v) = status_json(&s);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["sources"]["region"], "AWS profile default");
}

#[test]
fn no_workspace() {
    let mut s = Sandbox::with_emulator();
    s.unset("ANTHROPIC_AWS_WORKSPACE_ID");
    let (code, v) = status_json(&s);
    assert_eq!(code, 1);
    let p = find(&v, "problems", "workspace_missing");
    assert!(
        p["fix"]
            .as_str()
            .unwrap()
            .contains("ANTHROPIC_AWS_WORKSPACE_ID")
    );
}

#[test]
fn wrong_workspace_variable_name_is_named_in_the_fix() {
    let mut s = Sandbox::with_emulator();
    let ws = s.get("ANTHROPIC_AWS_WORKSPACE_ID").unwrap();
    s.unset("ANTHROPIC_AWS_WORKSPACE_ID");
    s.set("ANTHROPIC_WORKSPACE_ID", &ws);
    let (_, v) = status_json(&s);
    let p = find(&v, "problems", "workspace_missing");
    assert!(
        p["fix"]
            .as_str()
            .unwrap()
            .contains("ANTHROPIC_WORKSPACE_ID is set"),
        "{p}"
    );
}

#[test]
fn malformed_workspace_id() {
    let mut s = Sandbox::with_emulator();
    s.set("ANTHROPIC_AWS_WORKSPACE_ID", "workspace-123");
    let (code, v) = status_json(&s);
    assert_eq!(code, 1);
    let p = find(&v, "problems", "workspace_malformed");
    assert!(
        p["message"]
            .as_str()
            .unwrap()
            .contains("env ANTHROPIC_AWS_WORKSPACE_ID")
    );
}

#[test]
fn no_credentials() {
    let mut s = Sandbox::with_emulator();
    s.unset("AWS_ACCESS_KEY_ID").unset("AWS_SECRET_ACCESS_KEY");
    let (code, v) = status_json(&s);
    assert_eq!(code, 1);
    let p = find(&v, "problems", "credentials_none");
    let fix = p["fix"].as_str().unwrap();
    assert!(
        fix.contains("AWS_PROFILE") && fix.contains("ANTHROPIC_AWS_API_KEY"),
        "{fix}"
    );
}

fn with_long_term_key(key: &str) -> State {
    let mut st = State::default_state();
    common::add_long_term_key(&mut st, key);
    st
}

#[test]
fn api_key_mode_sends_no_sigv4_headers() {
    let key = "AEAAlongtermEXAMPLEkey0123456789";
    let mut s = Sandbox::with_state(with_long_term_key(key));
    s.set("ANTHROPIC_AWS_API_KEY", key);
    let (code, v) = status_json(&s);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["auth_mode"], "api_key");
    assert_eq!(v["api_key"]["kind"], "long_term");
    assert_eq!(v["sources"]["api_key"], "env ANTHROPIC_AWS_API_KEY");
    // Ambient AWS credentials are ignored, and cpaws says so.
    assert!(codes(&v, "warnings").contains(&"api_key_overrides_sigv4".to_string()));
    let reqs = s.emu().requests();
    let probe = reqs
        .iter()
        .find(|r| r.path.starts_with("/v1/models"))
        .unwrap();
    let names: Vec<String> = probe
        .headers
        .iter()
        .map(|(k, _)| k.to_ascii_lowercase())
        .collect();
    assert!(names.contains(&"x-api-key".to_string()));
    for forbidden in ["authorization", "x-amz-date", "x-amz-security-token"] {
        assert!(
            !names.contains(&forbidden.to_string()),
            "{forbidden} sent in API-key mode"
        );
    }
}

#[test]
fn api_key_as_bearer_header() {
    let key = "AEAAlongtermEXAMPLEkey0123456789";
    let mut s = Sandbox::with_state(with_long_term_key(key));
    s.set("ANTHROPIC_AWS_API_KEY", key)
        .set("CPAWS_API_KEY_HEADER", "bearer");
    let (code, v) = status_json(&s);
    assert_eq!(code, 0, "{v:#}");
    let reqs = s.emu().requests();
    let probe = reqs
        .iter()
        .find(|r| r.path.starts_with("/v1/models"))
        .unwrap();
    let auth = probe
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("authorization"))
        .unwrap();
    assert_eq!(auth.1, format!("Bearer {key}"));
}

/// Claude Code's gateway mode: with no AWS authentication (`--skip-auth`, `--auth none`,
/// `auth = "none"`), ANTHROPIC_AUTH_TOKEN goes to the gateway as `Authorization: Bearer`. The
/// emulator stands in for the gateway: it accepts the token because it is a key it knows.
#[test]
fn skip_auth_sends_anthropic_auth_token_as_bearer() {
    let token = "AEAAlongtermGATEWAYtoken0123456789";
    let mut s = Sandbox::with_state(with_long_term_key(token));
    s.set("ANTHROPIC_AUTH_TOKEN", token);
    s.write(
        ".config/cpaws/config.toml",
        "[profiles.gw]\nauth = \"none\"\n",
    );
    for how in [
        vec!["--skip-auth"],
        vec!["--auth", "none"],
        vec!["--profile", "gw"],
    ] {
        s.emu().clear_requests();
        let out = s
            .cmd()
            .args(&how)
            .args(["status", "--json", "-vvv"])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(out.status.code(), Some(0), "{how:?}: {v:#}");
        assert_eq!(v["auth_mode"], "none");
        assert_eq!(v["ready"], true, "{how:?}: {v:#}");
        assert_eq!(v["sources"]["auth_token"], "env ANTHROPIC_AUTH_TOKEN");
        // It is used, so it is not reported as unused.
        assert!(
            !codes(&v, "warnings").contains(&"first_party_env".to_string()),
            "{v:#}"
        );
        assert!(
            find(&v, "warnings", "no_auth")["message"]
                .as_str()
                .unwrap()
                .contains("ANTHROPIC_AUTH_TOKEN")
        );
        let reqs = s.emu().requests();
        assert!(!reqs.is_empty());
        for r in &reqs {
            let auth: Vec<&String> = r
                .headers
                .iter()
                .filter(|(k, _)| k.eq_ignore_ascii_case("authorization"))
                .map(|(_, v)| v)
                .collect();
            assert_eq!(auth, vec![&format!("Bearer {token}")], "{how:?} {}", r.path);
            assert!(
                !r.headers
                    .iter()
                    .any(|(k, _)| k.eq_ignore_ascii_case("x-api-key")
                        || k.to_ascii_lowercase().starts_with("x-amz-"))
            );
        }
        // Never printed, not even at -vvv.
        for text in [&out.stdout, &out.stderr] {
            assert!(
                !String::from_utf8_lossy(text).contains("GATEWAYtoken"),
                "{how:?}"
            );
        }
    }
    // Human output and a refusal do not print it either.
    s.set("ANTHROPIC_AUTH_TOKEN", "AEAAlongtermUNKNOWNtoken0123456789");
    let out = s.cmd().args(["--skip-auth", "status"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(s.emu().requests().iter().any(|r| {
        r.headers
            .iter()
            .any(|(_, v)| v == "Bearer AEAAlongtermUNKNOWNtoken0123456789")
    }));
    for text in [&out.stdout, &out.stderr] {
        assert!(!String::from_utf8_lossy(text).contains("UNKNOWNtoken"));
    }
}

#[test]
fn skip_auth_without_a_token_sends_no_authorization() {
    let s = Sandbox::with_emulator();
    let out = s
        .cmd()
        .args(["--skip-auth", "status", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["sources"].get("auth_token").is_none(), "{v:#}");
    let reqs = s.emu().requests();
    assert!(!reqs.is_empty());
    for r in reqs {
        assert!(
            !r.headers
                .iter()
                .any(|(k, _)| k.eq_ignore_ascii_case("authorization"))
        );
    }
}

#[test]
fn anthropic_auth_token_is_never_sent_with_sigv4() {
    let mut s = Sandbox::with_emulator();
    s.set("ANTHROPIC_AUTH_TOKEN", "first-party-TOKENVALUE-0123");
    let (code, v) = status_json(&s);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["auth_mode"], "sigv4");
    find(&v, "warnings", "first_party_env");
    for r in s.emu().requests() {
        assert!(!r.headers.iter().any(|(_, v)| v.contains("TOKENVALUE")));
    }
}

#[test]
fn api_key_without_call_with_bearer_token() {
    let key = "AEAAlongtermEXAMPLEkey0123456789";
    let mut st = with_long_term_key(key);
    st.accounts[0].users[0].attached_policies.clear();
    st.accounts[0].users[0].inline_policies.insert(
        "inference-only".into(),
        json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
            "Action": ["aws-external-anthropic:ListModels", "aws-external-anthropic:CreateInference"],
            "Resource": "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/*"}]}),
    );
    let mut s = Sandbox::with_state(st);
    s.set("ANTHROPIC_AWS_API_KEY", key);
    let (code, v) = status_json(&s);
    assert_eq!(code, 1);
    let p = find(&v, "problems", "missing_call_with_bearer_token");
    assert!(p["fix"].as_str().unwrap().contains("CallWithBearerToken"));
}

#[test]
fn first_party_key_alone_is_explained() {
    let mut s = Sandbox::with_emulator();
    s.unset("AWS_ACCESS_KEY_ID").unset("AWS_SECRET_ACCESS_KEY");
    s.set("ANTHROPIC_API_KEY", "sk-ant-api03-FIRSTPARTYSECRETVALUE");
    let out = s.cmd().args(["status", "--json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1));
    let w = find(&v, "warnings", "first_party_env");
    assert!(w["fix"].as_str().unwrap().contains("ANTHROPIC_AWS_API_KEY"));
    // It is never sent.
    for r in s.emu().requests() {
        assert!(!r.headers.iter().any(|(_, v)| v.contains("sk-ant-")));
    }
    assert!(!String::from_utf8_lossy(&out.stdout).contains("FIRSTPARTYSECRETVALUE"));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("FIRSTPARTYSECRETVALUE"));
}

#[test]
fn first_party_key_given_as_aws_key() {
    let mut s = Sandbox::with_emulator();
    s.set(
        "ANTHROPIC_AWS_API_KEY",
        "sk-ant-api03-FIRSTPARTYSECRETVALUE",
    );
    let (code, v) = status_json(&s);
    assert_eq!(code, 1);
    let p = find(&v, "problems", "first_party_key");
    assert!(p["fix"].as_str().unwrap().contains("AWS Console"));
}

/// What a key looks like is never a reason to refuse it: the key is sent, the local hint is a
/// warning, and the service's answer decides (its diagnosis names the hint).
#[test]
fn a_key_that_looks_wrong_is_sent_and_the_service_decides() {
    let mut s = Sandbox::with_emulator();
    s.set(
        "ANTHROPIC_AWS_API_KEY",
        "sk-ant-api03-FIRSTPARTYSECRETVALUE",
    );
    let out = s.cmd().args(["status", "--json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{v:#}");
    find(&v, "warnings", "first_party_key");
    find(&v, "problems", "first_party_key");
    let sent = s
        .emu()
        .requests()
        .into_iter()
        .find(|r| r.path.starts_with("/v1/models"))
        .expect("the key was sent");
    assert!(sent.status == 401 || sent.status == 403, "{}", sent.status);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("FIRSTPARTYSECRETVALUE"));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("FIRSTPARTYSECRETVALUE"));
}

#[test]
fn federation_off() {
    let mut st = State::default_state();
    st.accounts[0].federation_enabled = false;
    let s = Sandbox::with_state(st);
    let (code, v) = status_json(&s);
    assert_eq!(code, 1);
    let p = find(&v, "problems", "federation_disabled");
    assert!(
        p["fix"]
            .as_str()
            .unwrap()
            .contains("cpaws enable-federation")
    );
    // Human output says the same.
    s.cmd()
        .arg("status")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("cpaws enable-federation"));
}

#[test]
fn federation_off_with_aws_error_style() {
    let mut st = State::default_state();
    st.accounts[0].federation_enabled = false;
    st.gateway_error_style = cpaws_emulator::state::ErrorStyle::Aws;
    let s = Sandbox::with_state(st);
    let (_, v) = status_json(&s);
    find(&v, "problems", "federation_disabled");
}

#[test]
fn workspace_in_another_region() {
    let mut s = Sandbox::with_emulator();
    s.set("AWS_REGION", "us-east-1");
    let (code, v) = status_json(&s);
    assert_eq!(code, 1);
    let p = find(&v, "problems", "workspace_not_found");
    assert!(p["fix"].as_str().unwrap().contains("`cpaws doctor`"));
    assert!(p["message"].as_str().unwrap().contains("us-east-1"));
}

#[test]
fn missing_list_models_action() {
    let mut st = State::default_state();
    st.accounts[0].users[0].attached_policies.clear();
    st.accounts[0].users[0].inline_policies.insert(
        "inference".into(),
        json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
            "Action": "aws-external-anthropic:CreateInference",
            "Resource": "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/*"}]}),
    );
    let s = Sandbox::with_state(st);
    let (code, v) = status_json(&s);
    assert_eq!(code, 1);
    let p = find(&v, "problems", "missing_action");
    assert!(
        p["message"]
            .as_str()
            .unwrap()
            .contains("aws-external-anthropic:ListModels"),
        "{p}"
    );
    assert!(p["fix"].as_str().unwrap().contains("cpaws policy gen"));
}

fn only_actions(actions: &[&str]) -> State {
    let mut st = State::default_state();
    st.accounts[0].users[0].attached_policies.clear();
    let actions: Vec<String> = actions
        .iter()
        .map(|a| format!("aws-external-anthropic:{a}"))
        .collect();
    st.accounts[0].users[0].inline_policies.insert(
        "some".into(),
        json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
            "Action": actions,
            "Resource": "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/*"}]}),
    );
    st
}

/// Listing models is not inference: with CreateInference denied, `status` is not ready (the
/// pipeline's real call would fail), and the problem names the action.
#[test]
fn ready_needs_inference_proven_not_only_the_models_list() {
    let s = Sandbox::with_state(only_actions(&["ListModels"]));
    let (code, v) = status_json(&s);
    assert_eq!(code, 1, "{v:#}");
    assert_eq!(v["ready"], false);
    assert_eq!(v["for"], json!(["inference"]));
    assert_eq!(v["proven"], json!([]));
    let p = find(&v, "problems", "missing_action");
    assert!(
        p["message"]
            .as_str()
            .unwrap()
            .contains("aws-external-anthropic:CreateInference"),
        "{p}"
    );
    assert_eq!(v["probes"][0]["proves"], "models");
    assert_eq!(v["probes"][0]["ok"], true);
    assert_eq!(v["probes"][1]["proves"], "inference");
    assert_eq!(v["probes"][1]["status"], 403);
}

/// The inference proof costs nothing: an empty conversation, refused with 400 after the AWS layer
/// authorized it; no model runs.
#[test]
fn inference_is_proven_by_a_request_no_model_runs() {
    let s = Sandbox::with_state(only_actions(&["ListModels", "CreateInference"]));
    let (code, v) = status_json(&s);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["ready"], true);
    assert_eq!(v["proven"], json!(["inference"]));
    assert_eq!(v["probes"][1]["status"], 400);
    let reqs = s.emu().requests();
    let sent = reqs
        .iter()
        .find(|r| r.path == "/v1/messages")
        .expect("inference probe sent");
    assert_eq!(sent.status, 400);
    let body: serde_json::Value = serde_json::from_slice(&sent.body).unwrap();
    assert_eq!(body["messages"], json!([]));
    assert_eq!(body["max_tokens"], 1);
    // Human output names what was proven, one line per probe.
    s.cmd()
        .arg("status")
        .assert()
        .success()
        .stdout(predicate::str::contains("✓ ready for inference"))
        .stdout(predicate::str::contains("✓ inference"));
}

/// `--for` selects the uses to prove: files needs ListFiles, which this principal lacks.
#[test]
fn for_files_proves_the_files_api_too() {
    let s = Sandbox::with_state(only_actions(&["ListModels", "CreateInference"]));
    let (code, v) = run_json(
        s.cmd()
            .args(["status", "--json", "--for", "inference,files"]),
    );
    assert_eq!(code, 1, "{v:#}");
    assert_eq!(v["proven"], json!(["inference"]));
    let p = find(&v, "problems", "missing_action");
    assert!(p["message"].as_str().unwrap().contains("ListFiles"), "{p}");
    let s = Sandbox::with_state(only_actions(&[
        "ListModels",
        "CreateInference",
        "ListFiles",
    ]));
    let (code, v) = run_json(
        s.cmd()
            .args(["status", "--json", "--for", "inference,files"]),
    );
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["proven"], json!(["inference", "files"]));
}

#[test]
fn explicit_deny() {
    let mut st = State::default_state();
    st.accounts[0].users[0].inline_policies.insert(
        "deny".into(),
        json!({"Version": "2012-10-17", "Statement": [{"Effect": "Deny",
            "Action": "aws-external-anthropic:*", "Resource": "*"}]}),
    );
    let s = Sandbox::with_state(st);
    let (_, v) = status_json(&s);
    find(&v, "problems", "explicit_deny");
}

#[test]
fn offline_makes_no_requests() {
    let s = Sandbox::with_emulator();
    let (code, v) = status_json(&s);
    assert_eq!(code, 0);
    s.emu().clear_requests();
    let (code, v2) = run_json(s.cmd().args(["status", "--offline", "--json"]));
    assert_eq!(code, 0);
    assert_eq!(v2["verified"], false);
    assert_eq!(v2["ready"], false);
    assert_eq!(v2["identity"], serde_json::Value::Null);
    assert!(s.emu().requests().is_empty());
    assert_eq!(v["region"], v2["region"]);
}

#[test]
fn flags_beat_environment() {
    let s = Sandbox::with_emulator();
    let (_, v) = run_json(s.cmd().args([
        "status",
        "--offline",
        "--json",
        "--region",
        "eu-central-1",
        "--workspace-id",
        "wrkspc_01FLAG",
    ]));
    assert_eq!(v["region"], "eu-central-1");
    assert_eq!(v["sources"]["region"], "flag --region");
    assert_eq!(v["workspace_id"], "wrkspc_01FLAG");
    assert_eq!(v["sources"]["workspace_id"], "flag --workspace-id");
}

#[test]
fn config_file_profiles_and_precedence() {
    let mut s = Sandbox::new();
    s.write(
        ".config/cpaws/config.toml",
        "default_profile = \"work\"\n[profiles.work]\nregion = \"eu-west-1\"\nworkspace_id = \"wrkspc_01FILE\"\n",
    );
    let (_, v) = run_json(s.cmd().args(["status", "--offline", "--json"]));
    assert_eq!(v["region"], "eu-west-1");
    assert!(
        v["sources"]["region"]
            .as_str()
            .unwrap()
            .contains("[profile work]")
    );
    // Environment beats the file.
    s.set("AWS_REGION", "ap-south-1");
    let (_, v) = run_json(s.cmd().args(["status", "--offline", "--json"]));
    assert_eq!(v["region"], "ap-south-1");
    assert_eq!(v["workspace_id"], "wrkspc_01FILE");
    // Empty values count as unset.
    s.set("AWS_REGION", "");
    let (_, v) = run_json(s.cmd().args(["status", "--offline", "--json"]));
    assert_eq!(v["region"], "eu-west-1");
}

#[test]
fn bad_config_files_exit_2_naming_file_and_key() {
    let s = Sandbox::new();
    let p = s.write(
        ".config/cpaws/config.toml",
        "[profiles.default]\nregoin = \"us-west-2\"\n",
    );
    s.cmd()
        .args(["status", "--offline"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(p.display().to_string()))
        .stderr(predicate::str::contains("regoin"));
    s.write(".config/cpaws/config.toml", "[profiles.default\nregion=");
    s.cmd()
        .args(["status", "--offline"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 1"));
    s.write(
        ".config/cpaws/config.toml",
        "[profiles.default]\nworkspace_id = \"ws-1\"\n",
    );
    s.cmd()
        .args(["status", "--offline"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("workspace_id"))
        .stderr(predicate::str::contains("wrkspc_"));
    s.write(
        ".config/cpaws/config.toml",
        "[profiles.default]\nregion = \"us west 2\"\n",
    );
    s.cmd()
        .args(["status", "--offline", "--json"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "\"code\": \"config.invalid_value\"",
        ));
    s.write(
        ".config/cpaws/config.toml",
        "[profiles.work]\nregion = \"us-west-2\"\n",
    );
    s.cmd()
        .args(["status", "--offline", "--profile", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nope"));
}

fn expiring_state() -> State {
    let mut st = State::default_state();
    st.access_keys.push(AccessKey {
        access_key_id: "ASIAEXPIREDEXAMPLE".into(),
        secret: "expiredSecretEXAMPLEKEYexpiredSecret0000".into(),
        session_token: Some("EXPIREDSESSIONTOKENEXAMPLE".into()),
        account: "123456789012".into(),
        principal: "user/dev".into(),
        expires: Some("2020-01-01T00:00:00Z".into()),
    });
    st.access_keys.push(AccessKey {
        access_key_id: "ASIAFRESHEXAMPLE".into(),
        secret: "freshSecretEXAMPLEKEYfreshSecret00000000".into(),
        session_token: Some("FRESHSESSIONTOKENEXAMPLE".into()),
        account: "123456789012".into(),
        principal: "user/dev".into(),
        expires: None,
    });
    st
}

fn process_creds(id: &str, secret: &str, token: &str) -> String {
    json!({"Version": 1, "AccessKeyId": id, "SecretAccessKey": secret, "SessionToken": token})
        .to_string()
}

/// Credentials the service says have expired: cpaws runs auth_refresh once, then succeeds.
#[test]
fn expired_credentials_run_auth_refresh_once() {
    let mut s = Sandbox::with_state(expiring_state());
    s.unset("AWS_ACCESS_KEY_ID").unset("AWS_SECRET_ACCESS_KEY");
    let creds = s.write(
        "creds.json",
        &process_creds(
            "ASIAEXPIREDEXAMPLE",
            "expiredSecretEXAMPLEKEYexpiredSecret0000",
            "EXPIREDSESSIONTOKENEXAMPLE",
        ),
    );
    let fresh = s.write(
        "fresh.json",
        &process_creds(
            "ASIAFRESHEXAMPLE",
            "freshSecretEXAMPLEKEYfreshSecret00000000",
            "FRESHSESSIONTOKENEXAMPLE",
        ),
    );
    let log = s.path("refresh.log");
    s.write(
        "aws-config",
        &format!(
            "[profile sso]\ncredential_process = cat {}\n",
            creds.display()
        ),
    );
    s.set("AWS_PROFILE", "sso");
    // Without auth_refresh: not ready, and the fix says how to refresh.
    let (code, v) = status_json(&s);
    assert_eq!(code, 1, "{v:#}");
    let p = find(&v, "problems", "credentials_expired");
    assert!(p["fix"].as_str().unwrap().contains("auth_refresh"), "{p}");
    // With auth_refresh: it runs once and the retry succeeds.
    s.write(
        ".config/cpaws/config.toml",
        &format!(
            "[profiles.default]\nauth_refresh = \"cp {} {} && echo refreshed >> {}\"\n",
            fresh.display(),
            creds.display(),
            log.display()
        ),
    );
    let (code, v) = status_json(&s);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["credentials"]["access_key_id"], "ASIAFRESHEXAMPLE");
    assert_eq!(std::fs::read_to_string(&log).unwrap().lines().count(), 1);
}

/// HTTP(S)_PROXY is honoured (a dead proxy breaks the probe) and NO_PROXY bypasses it.
#[test]
fn proxy_environment_is_honoured() {
    let port = common::dead_port();
    let mut s = Sandbox::with_emulator();
    s.set("HTTP_PROXY", &format!("http://127.0.0.1:{port}"));
    let (code, v) = status_json(&s);
    assert_eq!(code, 1);
    assert_eq!(v["probe"]["ok"], false, "{v:#}");
    find(&v, "problems", "connection_failed");
    s.set("NO_PROXY", "127.0.0.1,localhost");
    let (code, v) = status_json(&s);
    assert_eq!(code, 0, "{v:#}");
}

#[test]
fn unreadable_ca_bundle_is_a_config_error() {
    let mut s = Sandbox::with_emulator();
    s.set("SSL_CERT_FILE", "/nonexistent/ca.pem");
    s.cmd()
        .args(["status"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("SSL_CERT_FILE"))
        .stderr(predicate::str::contains("panicked").not());
    let bad = s.write("bad.pem", "not a certificate");
    s.set("SSL_CERT_FILE", bad.to_str().unwrap());
    let (code, v) = run_json(s.cmd().args(["status", "--json"]));
    assert_eq!(code, 2);
    assert_eq!(v["error"]["code"], "config.ca_bundle");
}

/// Logs follow the colour choice like everything else: no escape sequences when stderr is not a
/// terminal or with --color never.
#[test]
fn logs_are_not_coloured_in_a_file_or_with_color_never() {
    let mut s = Sandbox::with_emulator();
    // The sandbox sets NO_COLOR; an empty value means "not set" (no-color.org).
    s.set("NO_COLOR", "");
    for args in [
        vec!["-vvv", "status"],
        vec!["-vvv", "--color", "never", "status"],
    ] {
        let out = s.cmd().args(&args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.is_empty(), "-vvv logged nothing: the test cannot fail");
        assert!(!err.contains('\u{1b}'), "{args:?}: {err:?}");
    }
}
