//! `cpaws policy gen|trust|check`: exact statements per intent and format, valid JSON, Terraform
//! and YAML, and round trips on the emulator (the generated policies really grant what they say,
//! the generated trust policy lets the named principal in and no one else).

use crate::common;

use std::sync::Arc;

use aws_credential_types::Credentials;
use common::*;
use cpaws::api::{ApiRequest, Body, Client, Part};
use cpaws::aws::CredentialCache;
use cpaws_emulator::state::{AccessKey, Account, Role, User};
use predicates::prelude::*;
use serde_json::{Value, json};

const WS_ARN: &str =
    "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/wrkspc_01TESTWORKSPACE";

fn policy_gen(s: &Sandbox, args: &[&str]) -> Value {
    let out = s
        .cmd()
        .args(["policy", "gen", "--account", "123456789012"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn offline_sandbox() -> Sandbox {
    let mut s = Sandbox::new();
    s.set("AWS_REGION", "us-west-2")
        .set("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01TESTWORKSPACE");
    s
}

#[test]
fn gen_default_is_chat_and_files_with_sts_statements() {
    let v = policy_gen(&offline_sandbox(), &[]);
    assert_eq!(
        v,
        json!({
            "Version": "2012-10-17",
            "Statement": [
                {"Sid": "ClaudePlatformWorkspace", "Effect": "Allow",
                 "Action": ["aws-external-anthropic:CreateInference", "aws-external-anthropic:CountTokens",
                            "aws-external-anthropic:ListModels", "aws-external-anthropic:GetModel",
                            "aws-external-anthropic:CreateFile", "aws-external-anthropic:ListFiles",
                            "aws-external-anthropic:GetFile", "aws-external-anthropic:DeleteFile"],
                 "Resource": WS_ARN},
                {"Sid": "AllowGetWebIdentityTokenForClaudePlatform", "Effect": "Allow", "Action": "sts:GetWebIdentityToken", "Resource": "*",
                 "Condition": {"ForAnyValue:StringEquals": {"sts:IdentityTokenAudience": ["https://api.anthropic.com", "https://platform.claude.com"]},
                               "StringEquals": {"aws:CalledViaLast": "aws-external-anthropic.amazonaws.com"}}},
                {"Sid": "AllowTagGetWebIdentityToken", "Effect": "Allow", "Action": "sts:TagGetWebIdentityToken", "Resource": "*"}
            ]
        })
    );
}

#[test]
fn gen_per_intent() {
    let s = offline_sandbox();
    let v = policy_gen(
        &s,
        &["--intent", "api-key,workspaces", "--no-sts-statements"],
    );
    assert_eq!(
        v["Statement"],
        json!([
            {"Sid": "ClaudePlatformWorkspace", "Effect": "Allow", "Action": ["aws-external-anthropic:GetWorkspace"], "Resource": WS_ARN},
            {"Sid": "ClaudePlatformAccount", "Effect": "Allow",
             "Action": ["aws-external-anthropic:ListWorkspaces", "aws-external-anthropic:CallWithBearerToken"], "Resource": "*"}
        ])
    );
    let v = policy_gen(
        &s,
        &[
            "--intent",
            "batches",
            "--no-sts-statements",
            "--all-workspaces",
        ],
    );
    assert_eq!(
        v["Statement"][0]["Resource"],
        "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/*"
    );
    assert_eq!(v["Statement"][0]["Action"].as_array().unwrap().len(), 5);
    let v = policy_gen(&s, &["--intent", "full", "--no-sts-statements"]);
    let all = v.to_string();
    assert!(
        !all.contains("Get*") && !all.contains("aws-external-anthropic:*"),
        "explicit lists only: {all}"
    );
    let v = policy_gen(
        &s,
        &[
            "--intent",
            "inference",
            "--deny",
            "files",
            "--no-sts-statements",
        ],
    );
    assert_eq!(v["Statement"][1]["Effect"], "Deny");
    assert_eq!(v["Statement"][1]["Sid"], "ClaudePlatformDenyWorkspace");
}

#[test]
fn gen_needs_region_and_workspace_or_all_workspaces() {
    let s = Sandbox::new();
    s.cmd()
        .args(["policy", "gen", "--account", "123456789012"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("AWS_REGION"));
    s.cmd()
        .args(["policy", "gen", "--account", "12345"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("12-digit"));
}

#[test]
fn terraform_output_is_valid_hcl_with_the_same_policy() {
    let s = offline_sandbox();
    let out = s
        .cmd()
        .args([
            "policy",
            "gen",
            "--account",
            "123456789012",
            "--format",
            "terraform",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let body: hcl::Body =
        hcl::from_str(&text).unwrap_or_else(|e| panic!("invalid HCL: {e}\n{text}"));
    let block = body.blocks().next().unwrap();
    assert_eq!(block.identifier(), "resource");
    let policy = block
        .body()
        .attributes()
        .find(|a| a.key() == "policy")
        .unwrap();
    let hcl::Expression::TemplateExpr(t) = policy.expr() else {
        panic!("policy is not a heredoc")
    };
    let json_text = t.to_string();
    let start = json_text.find('{').unwrap();
    let end = json_text.rfind('}').unwrap();
    let doc: Value = serde_json::from_str(&json_text[start..=end]).unwrap();
    assert_eq!(doc, policy_gen(&s, &[]));
}

#[test]
fn cloudformation_output_is_valid_yaml_with_the_same_policy() {
    let s = offline_sandbox();
    let out = s
        .cmd()
        .args([
            "policy",
            "gen",
            "--account",
            "123456789012",
            "--format",
            "cloudformation",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let docs = yaml_rust2::YamlLoader::load_from_str(&text)
        .unwrap_or_else(|e| panic!("invalid YAML: {e}\n{text}"));
    let root = &docs[0];
    assert_eq!(
        root["AWSTemplateFormatVersion"].as_str(),
        Some("2010-09-09")
    );
    let res = &root["Resources"]["cpawsclaudeplatform"];
    assert_eq!(res["Type"].as_str(), Some("AWS::IAM::ManagedPolicy"));
    let st = &res["Properties"]["PolicyDocument"]["Statement"][0];
    assert_eq!(st["Resource"].as_str(), Some(WS_ARN));
    assert_eq!(
        st["Action"][0].as_str(),
        Some("aws-external-anthropic:CreateInference")
    );
    let cond = &res["Properties"]["PolicyDocument"]["Statement"][1]["Condition"]["StringEquals"]["aws:CalledViaLast"];
    assert_eq!(cond.as_str(), Some("aws-external-anthropic.amazonaws.com"));
}

// ---- round trips on the emulator -------------------------------------------------------------

const APP_KEY: &str = "AKIDAPPEXAMPLE";
const APP_SECRET: &str = "appSecretEXAMPLEKEYappSecretEXAMPLEKEY00";

fn app_state() -> State {
    let mut st = State::default_state();
    st.accounts[0].users.push(User {
        name: "app".into(),
        ..Default::default()
    });
    st.access_keys.push(AccessKey {
        access_key_id: APP_KEY.into(),
        secret: APP_SECRET.into(),
        account: "123456789012".into(),
        principal: "user/app".into(),
        ..Default::default()
    });
    // The default principal (dev) administers IAM here.
    st.accounts[0].users[0]
        .inline_policies
        .insert("admin".into(), json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}]}));
    st
}

fn app_client(emu: &Emulator) -> Client {
    let settings = emulator_settings(emu, 0);
    let creds = Credentials::new(APP_KEY, APP_SECRET, None, None, "test");
    Client::new(&settings, Some(Arc::new(CredentialCache::fixed(creds)))).unwrap()
}

fn upload_request() -> ApiRequest {
    let boundary = "cpawsboundary0123456789";
    let whole = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--{boundary}--\r\n"
    );
    ApiRequest {
        method: cpaws::api::Method::Post,
        path: "/v1/files".into(),
        body: Body::Parts {
            parts: vec![Part::Bytes(whole.clone().into())],
            content_type: format!("multipart/form-data; boundary={boundary}"),
            len: whole.len() as u64,
            sha256: cpaws::sign::sha256_hex(whole.as_bytes()),
        },
        headers: vec![],
    }
}

#[test]
fn generated_inference_policy_allows_messages_but_not_files_until_files_is_added() {
    let s = Sandbox::with_state(app_state());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let c = app_client(s.emu());
    // Before: nothing is allowed.
    let e = rt
        .block_on(c.json(&ApiRequest::post_json(
            "/v1/messages/count_tokens",
            &json!({"model": "claude-sonnet-4-6", "messages": [{"role": "user", "content": "hi"}]}),
        )))
        .unwrap_err();
    assert_eq!(e.status, Some(403));

    s.cmd()
        .args([
            "policy",
            "gen",
            "--intent",
            "inference",
            "--user",
            "app",
            "--yes",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "attached the inline policy cpaws-claude-platform to user app",
        ));
    let msg = json!({"model": "claude-sonnet-4-6", "max_tokens": 16, "messages": [{"role": "user", "content": "hi"}]});
    let (v, _) = rt
        .block_on(c.json(&ApiRequest::post_json("/v1/messages", &msg)))
        .unwrap();
    assert_eq!(v["type"], "message");
    let (v, _) = rt
        .block_on(c.json(&ApiRequest::post_json(
            "/v1/messages/count_tokens",
            &json!({"model": "claude-sonnet-4-6", "messages": [{"role": "user", "content": "hi"}]}),
        )))
        .unwrap();
    assert!(v["input_tokens"].as_u64().unwrap() > 0);
    let e = rt
        .block_on(c.json(&ApiRequest::get("/v1/files")))
        .unwrap_err();
    assert_eq!(e.status, Some(403));
    assert!(
        e.message.contains("aws-external-anthropic:ListFiles"),
        "{e:?}"
    );
    let e = rt.block_on(c.json(&upload_request())).unwrap_err();
    assert_eq!(e.status, Some(403));

    // Without a terminal, replacing needs --yes; with it, it says what it replaced.
    s.cmd()
        .args([
            "policy",
            "gen",
            "--intent",
            "inference,files",
            "--user",
            "app",
        ])
        .assert()
        .code(2);
    s.cmd()
        .args([
            "policy",
            "gen",
            "--intent",
            "inference,files",
            "--user",
            "app",
            "--yes",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "replaced the inline policy cpaws-claude-platform of user app",
        ));
    let (v, meta) = rt.block_on(c.json(&upload_request())).unwrap();
    assert_eq!(meta.status, 200, "{v}");
    assert_eq!(v["filename"], "a.txt");
    // Re-running changes nothing.
    s.cmd()
        .args([
            "policy",
            "gen",
            "--intent",
            "inference,files",
            "--user",
            "app",
            "--yes",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("nothing to change"));
}

fn assume(
    emu: &Emulator,
    key: &str,
    secret: &str,
    external_id: Option<&str>,
) -> Result<String, String> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let conf = aws_sdk_sts::Config::builder()
            .behavior_version(aws_sdk_sts::config::BehaviorVersion::latest())
            .region(aws_sdk_sts::config::Region::new("us-west-2"))
            .endpoint_url(emu.url())
            .credentials_provider(Credentials::new(key, secret, None, None, "test"))
            .retry_config(aws_sdk_sts::config::retry::RetryConfig::disabled())
            .build();
        let sts = aws_sdk_sts::Client::from_conf(conf);
        let mut req = sts
            .assume_role()
            .role_arn("arn:aws:iam::123456789012:role/gateway-access")
            .role_session_name("gw-session");
        if let Some(x) = external_id {
            req = req.external_id(x);
        }
        match req.send().await {
            Ok(out) => Ok(out
                .assumed_role_user()
                .map(|u| u.arn().to_string())
                .unwrap_or_default()),
            Err(e) => Err(format!(
                "{:?}",
                aws_sdk_sts::error::ProvideErrorMetadata::code(&e)
            )),
        }
    })
}

#[test]
fn generated_trust_policy_lets_the_named_principal_in_and_no_one_else() {
    let s = Sandbox::new();
    let out = s
        .cmd()
        .args([
            "policy",
            "trust",
            "--principal",
            "arn:aws:iam::999988887777:user/gateway",
            "--external-id",
            "gw-123",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let trust: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        trust["Statement"][0]["Condition"]["StringEquals"]["sts:ExternalId"],
        "gw-123"
    );

    let mut st = State::default_state();
    st.accounts[0].roles.push(Role {
        name: "gateway-access".into(),
        trust_policy: trust,
        ..Default::default()
    });
    let assume_all = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]});
    let mut other = Account {
        id: "999988887777".into(),
        ..Default::default()
    };
    for name in ["gateway", "intruder"] {
        let mut u = User {
            name: name.into(),
            ..Default::default()
        };
        u.inline_policies
            .insert("assume".into(), assume_all.clone());
        other.users.push(u);
    }
    st.accounts.push(other);
    for (id, user) in [
        ("AKIDGATEWAYEXAMPLE", "gateway"),
        ("AKIDINTRUDEREXAMPLE", "intruder"),
    ] {
        st.access_keys.push(AccessKey {
            access_key_id: id.into(),
            secret: format!("{user}SecretEXAMPLEKEY0123456789abcdef"),
            account: "999988887777".into(),
            principal: format!("user/{user}"),
            ..Default::default()
        });
    }
    let emu = Emulator::start(st).unwrap();
    let ok = assume(
        &emu,
        "AKIDGATEWAYEXAMPLE",
        "gatewaySecretEXAMPLEKEY0123456789abcdef",
        Some("gw-123"),
    )
    .unwrap();
    assert!(
        ok.contains("assumed-role/gateway-access/gw-session"),
        "{ok}"
    );
    assert!(
        assume(
            &emu,
            "AKIDGATEWAYEXAMPLE",
            "gatewaySecretEXAMPLEKEY0123456789abcdef",
            None
        )
        .is_err()
    );
    assert!(
        assume(
            &emu,
            "AKIDGATEWAYEXAMPLE",
            "gatewaySecretEXAMPLEKEY0123456789abcdef",
            Some("wrong")
        )
        .is_err()
    );
    assert!(
        assume(
            &emu,
            "AKIDINTRUDEREXAMPLE",
            "intruderSecretEXAMPLEKEY0123456789abcdef",
            Some("gw-123")
        )
        .is_err()
    );
}

#[test]
fn trust_for_github_and_eks_and_account_root() {
    let s = Sandbox::new();
    let out = s
        .cmd()
        .args([
            "policy",
            "trust",
            "--github-repo",
            "acme/app:main",
            "--account",
            "123456789012",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let st = &v["Statement"][0];
    assert_eq!(
        st["Principal"]["Federated"],
        "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
    );
    assert_eq!(st["Action"], "sts:AssumeRoleWithWebIdentity");
    assert_eq!(
        st["Condition"]["StringEquals"]["token.actions.githubusercontent.com:aud"],
        "sts.amazonaws.com"
    );
    assert_eq!(
        st["Condition"]["StringLike"]["token.actions.githubusercontent.com:sub"],
        "repo:acme/app:ref:refs/heads/main"
    );

    let out = s
        .cmd()
        .args([
            "policy",
            "trust",
            "--eks-oidc-issuer",
            "https://oidc.eks.us-west-2.amazonaws.com/id/ABC123",
            "--service-account",
            "ml:claude",
            "--account",
            "123456789012",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let c = &v["Statement"][0]["Condition"]["StringEquals"];
    assert_eq!(
        c["oidc.eks.us-west-2.amazonaws.com/id/ABC123:sub"],
        "system:serviceaccount:ml:claude"
    );

    let out = s
        .cmd()
        .args(["policy", "trust", "--account-root", "123456789012"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["Statement"][0]["Principal"]["AWS"],
        "arn:aws:iam::123456789012:root"
    );
    s.cmd()
        .args(["policy", "trust"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--principal"));
}

/// Gateway presets stand for the principal each vendor documents for its hosted service, with a
/// note (stderr) on self-hosted deployments; a misspelt name is not taken for an ARN.
#[test]
fn gateway_presets_trust_the_documented_principal() {
    let s = Sandbox::new();
    for (name, arn, label) in [
        (
            "truefoundry",
            "arn:aws:iam::416964291864:role/tfy-ctl-production-ai-gateway-deps",
            "TrueFoundry",
        ),
        (
            "Portkey",
            "arn:aws:iam::299329113195:role/portkey-app",
            "Portkey",
        ),
    ] {
        let out = s
            .cmd()
            .args([
                "policy",
                "trust",
                "--principal",
                name,
                "--external-id",
                "gw-1",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{name}");
        let v: Value = serde_json::from_slice(&out.stdout).expect("a policy");
        let st = &v["Statement"][0];
        assert_eq!(st["Principal"]["AWS"], arn, "{v:#}");
        assert_eq!(st["Condition"]["StringEquals"]["sts:ExternalId"], "gw-1");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(label) && err.contains("instead"), "{err}");
    }
    s.cmd()
        .args(["policy", "trust", "--principal", "truefoundy"])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("truefoundry, portkey"));
}

// ---- policy check --------------------------------------------------------------------------

fn check(doc: &str, extra: &[&str]) -> (i32, Value) {
    let s = offline_sandbox();
    let f = s.write("p.json", doc);
    let mut cmd = s.cmd();
    cmd.args(["policy", "check", "--json", "--account", "123456789012"])
        .arg(&f)
        .args(extra);
    run_json(&mut cmd)
}

fn kinds(v: &Value) -> Vec<String> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn check_passes_a_generated_policy() {
    let s = offline_sandbox();
    let policy = serde_json::to_string(&policy_gen(&s, &[])).unwrap();
    let (code, v) = check(&policy, &[]);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["ok"], true);
    assert_eq!(v["findings"], json!([]));
}

#[test]
fn check_finds_missing_actions() {
    let (code, v) = check(
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"aws-external-anthropic:CreateInference","Resource":"*"}]}"#,
        &["--intent", "inference"],
    );
    assert_eq!(code, 1);
    let msgs = v["findings"].to_string();
    assert!(
        msgs.contains("CountTokens")
            && msgs.contains("ListModels")
            && !msgs.contains("CreateInference is"),
        "{msgs}"
    );
}

#[test]
fn check_finds_over_grants() {
    let (code, v) = check(
        r#"{"Version":"2012-10-17","Statement":[{"Sid":"Wide","Effect":"Allow","Action":["aws-external-anthropic:Get*","aws-external-anthropic:List*","aws-external-anthropic:Create*","aws-external-anthropic:DeleteFile","aws-external-anthropic:CountTokens"],"Resource":"*"},{"Effect":"Allow","Action":"aws-external-anthropic:*","Resource":"*"}]}"#,
        &[],
    );
    assert_eq!(code, 0, "over-grants warn but do not fail: {v:#}");
    let k = kinds(&v);
    assert_eq!(k.iter().filter(|k| *k == "over_grant").count(), 4, "{v:#}");
    assert!(
        v["findings"].to_string().contains("content"),
        "Get* returns content: {v:#}"
    );
}

#[test]
fn check_finds_ineffective_statements() {
    let (code, v) = check(
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["aws-external-anthropic:ListWorkspaces","aws-external-anthropic:CallWithBearerToken"],"Resource":"arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/*"}]}"#,
        &["--intent", "workspaces"],
    );
    assert_eq!(code, 1);
    let k = kinds(&v);
    assert_eq!(k.iter().filter(|k| *k == "ineffective").count(), 2, "{v:#}");
}

#[test]
fn check_finds_wrong_region_and_unknown_actions() {
    let (code, v) = check(
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["aws-external-anthropic:CreateInference","aws-external-anthropic:CreateInferences"],"Resource":"arn:aws:aws-external-anthropic:us-east-1:123456789012:workspace/*"}]}"#,
        &["--intent", "inference"],
    );
    assert_eq!(code, 1);
    let k = kinds(&v);
    assert!(k.contains(&"wrong_region".to_string()), "{v:#}");
    assert!(k.contains(&"unknown_action".to_string()), "{v:#}");
    assert!(v["findings"].to_string().contains("CreateInferences"));
}

#[test]
fn check_reports_invalid_json_with_position() {
    let (code, v) = check(
        "{\"Version\": \"2012-10-17\",\n  \"Statement\": [ {\"Effect\": \"Allow\",, } ]\n}",
        &[],
    );
    assert_eq!(code, 2);
    assert_eq!(v["findings"][0]["kind"], "invalid");
    assert!(
        v["findings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("line 2"),
        "{v:#}"
    );
    // Percent-encoded documents (as IAM returns them) are accepted, and stdin works.
    let s = offline_sandbox();
    let encoded = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22aws-external-anthropic%3A%2A%22%2C%22Resource%22%3A%22%2A%22%7D%5D%7D";
    let out = s
        .cmd()
        .args(["policy", "check", "--json", "-"])
        .write_stdin(encoded)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn apply_without_a_principal_is_a_usage_error_not_json() {
    let s = Sandbox::with_emulator();
    let out = s.cmd().args(["policy", "gen", "--apply"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--user NAME or --role NAME"), "{err}");
}

/// With an API key in use, a generated policy carries CallWithBearerToken: without it every
/// API-key call fails, whatever else the policy allows.
#[test]
fn api_key_mode_adds_call_with_bearer_token() {
    let mut s = Sandbox::with_emulator();
    let (_, v) = run_json(s.cmd().args(["policy", "gen", "--json"]));
    assert!(!v.to_string().contains("CallWithBearerToken"), "{v:#}");
    s.set(
        "ANTHROPIC_AWS_API_KEY",
        "aws-external-anthropic-api-key-EXAMPLE",
    );
    let (code, v) = run_json(s.cmd().args(["policy", "gen", "--json"]));
    assert_eq!(code, 0, "{v:#}");
    assert!(
        v.to_string()
            .contains("aws-external-anthropic:CallWithBearerToken"),
        "{v:#}"
    );
}
