//! IAM / STS query handlers exercised directly through `iam::handle` / `sts::handle` with a
//! `State` (no HTTP): response shapes, error codes/statuses, authorization, state changes.

use cpaws_emulator::state::{Caller, Role, State, User};
use cpaws_emulator::xml::{QueryResponse, pct_decode};
use cpaws_emulator::{iam, sts};
use serde_json::{Value, json};
use std::time::{Duration, SystemTime};

const ACCT: &str = "123456789012";

fn now() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_778_155_200) // 2026-05-07T12:00:00Z
}

fn params(action: &str, extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut p = vec![
        ("Action".to_string(), action.to_string()),
        ("Version".to_string(), "2010-05-08".to_string()),
    ];
    p.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    p
}

fn call_iam(
    state: &mut State,
    caller: &Caller,
    action: &str,
    extra: &[(&str, &str)],
) -> QueryResponse {
    iam::handle(state, caller, &params(action, extra), now(), "req-1")
}

fn call_sts(
    state: &mut State,
    caller: &Caller,
    action: &str,
    extra: &[(&str, &str)],
) -> QueryResponse {
    sts::handle(state, caller, &params(action, extra), now(), "req-1")
}

/// Text of the first `<name>…</name>` element.
fn tag(body: &str, name: &str) -> Option<String> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let start = body.find(&open)? + open.len();
    let end = start + body[start..].find(&close)?;
    Some(body[start..end].to_string())
}

fn tags(body: &str, name: &str) -> Vec<String> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(s) = rest.find(&open) {
        let after = &rest[s + open.len()..];
        let Some(e) = after.find(&close) else { break };
        out.push(after[..e].to_string());
        rest = &after[e + close.len()..];
    }
    out
}

fn assert_error(r: &QueryResponse, status: u16, code: &str) {
    assert_eq!(r.status, status, "{}", r.body);
    assert!(r.body.starts_with("<ErrorResponse xmlns="), "{}", r.body);
    assert_eq!(tag(&r.body, "Code").as_deref(), Some(code), "{}", r.body);
    assert_eq!(tag(&r.body, "RequestId").as_deref(), Some("req-1"));
}

fn dev() -> Caller {
    Caller::user(ACCT, "dev")
}

fn admin() -> Caller {
    Caller::user(ACCT, "admin")
}

/// Default state plus an `admin` user (Allow *) and a role `cp-role` trusting `dev` with an
/// ExternalId condition.
fn state() -> State {
    let mut s = State::default_state();
    let acct = &mut s.accounts[0];
    let mut admin = User {
        name: "admin".into(),
        ..User::default()
    };
    admin.inline_policies.insert(
        "all".into(),
        json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}),
    );
    acct.users.push(admin);
    let mut role = Role {
        name: "cp-role".into(),
        trust_policy: json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow",
            "Principal":{"AWS":"arn:aws:iam::123456789012:user/dev"},"Action":"sts:AssumeRole",
            "Condition":{"StringEquals":{"sts:ExternalId":"ext-123"}}}]}),
        ..Role::default()
    };
    role.attached_policies
        .push("arn:aws:iam::aws:policy/AnthropicInferenceAccess".into());
    role.inline_policies.insert(
        "read-iam".into(),
        json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:Get*"],"Resource":"*"}]}),
    );
    acct.roles.push(role);
    s
}

#[test]
fn get_caller_identity_needs_no_permission() {
    let mut s = state();
    // a user with no policies at all
    s.accounts[0].users.push(User {
        name: "nobody".into(),
        ..User::default()
    });
    let r = call_sts(
        &mut s,
        &Caller::user(ACCT, "nobody"),
        "GetCallerIdentity",
        &[],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.starts_with("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"));
    assert_eq!(
        tag(&r.body, "Arn").as_deref(),
        Some("arn:aws:iam::123456789012:user/nobody")
    );
    assert_eq!(tag(&r.body, "Account").as_deref(), Some(ACCT));
    assert!(tag(&r.body, "UserId").unwrap().starts_with("AIDA"));
    assert_eq!(tag(&r.body, "RequestId").as_deref(), Some("req-1"));
}

#[test]
fn federation_get_enable_disable() {
    let mut s = state();
    let r = call_iam(&mut s, &dev(), "GetOutboundWebIdentityFederationInfo", &[]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        r.body
            .contains("<GetOutboundWebIdentityFederationInfoResult>")
    );
    assert_eq!(
        tag(&r.body, "IssuerIdentifier").as_deref(),
        Some("https://0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b.tokens.sts.global.api.aws")
    );
    assert_eq!(tag(&r.body, "JwtVendingEnabled").as_deref(), Some("true"));

    // already enabled -> 409 FeatureEnabled with the documented text
    let r = call_iam(&mut s, &dev(), "EnableOutboundWebIdentityFederation", &[]);
    assert_error(&r, 409, "FeatureEnabled");
    assert!(
        r.body
            .contains("You cannot enable the feature multiple times.")
    );

    // AnthropicFullAccess grants Get+Enable but not Disable (platform.md §4.2)
    let r = call_iam(&mut s, &dev(), "DisableOutboundWebIdentityFederation", &[]);
    assert_error(&r, 403, "AccessDenied");
    assert_eq!(
        tag(&r.body, "Message").as_deref(),
        Some(
            "User: arn:aws:iam::123456789012:user/dev is not authorized to perform: iam:DisableOutboundWebIdentityFederation on resource: * because no identity-based policy allows the iam:DisableOutboundWebIdentityFederation action"
        )
    );

    let r = call_iam(
        &mut s,
        &admin(),
        "DisableOutboundWebIdentityFederation",
        &[],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        r.body,
        "<DisableOutboundWebIdentityFederationResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></DisableOutboundWebIdentityFederationResponse>"
    );
    assert!(!s.accounts[0].federation_enabled);

    assert_error(
        &call_iam(&mut s, &dev(), "GetOutboundWebIdentityFederationInfo", &[]),
        404,
        "FeatureDisabled",
    );
    let r = call_iam(
        &mut s,
        &admin(),
        "DisableOutboundWebIdentityFederation",
        &[],
    );
    assert_error(&r, 404, "FeatureDisabled");
    assert!(
        r.body
            .contains("You cannot disable the feature multiple times.")
    );

    let r = call_iam(&mut s, &dev(), "EnableOutboundWebIdentityFederation", &[]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        tag(&r.body, "IssuerIdentifier").as_deref(),
        Some("https://0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b.tokens.sts.global.api.aws")
    );
    assert!(s.accounts[0].federation_enabled);
}

#[test]
fn enable_mints_an_issuer_when_none_is_set() {
    let mut s = state();
    s.accounts[0].federation_enabled = false;
    s.accounts[0].issuer = String::new();
    let r = call_iam(&mut s, &dev(), "EnableOutboundWebIdentityFederation", &[]);
    assert_eq!(r.status, 200, "{}", r.body);
    let issuer = tag(&r.body, "IssuerIdentifier").unwrap();
    assert!(
        issuer.starts_with("https://") && issuer.ends_with(".tokens.sts.global.api.aws"),
        "{issuer}"
    );
    assert_eq!(s.accounts[0].issuer, issuer);
}

#[test]
fn get_user_and_role() {
    let mut s = state();
    let r = call_iam(&mut s, &dev(), "GetUser", &[]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(tag(&r.body, "UserName").as_deref(), Some("dev"));
    assert_eq!(
        tag(&r.body, "Arn").as_deref(),
        Some("arn:aws:iam::123456789012:user/dev")
    );
    assert_eq!(tag(&r.body, "UserId"), Some(dev().user_id));
    assert_eq!(tag(&r.body, "Path").as_deref(), Some("/"));
    assert!(tag(&r.body, "CreateDate").is_some());

    assert_error(
        &call_iam(&mut s, &dev(), "GetUser", &[("UserName", "ghost")]),
        404,
        "NoSuchEntity",
    );

    let r = call_iam(&mut s, &dev(), "GetRole", &[("RoleName", "cp-role")]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        tag(&r.body, "Arn").as_deref(),
        Some("arn:aws:iam::123456789012:role/cp-role")
    );
    assert!(tag(&r.body, "RoleId").unwrap().starts_with("AROA"));
    assert_eq!(tag(&r.body, "MaxSessionDuration").as_deref(), Some("3600"));
    let enc = tag(&r.body, "AssumeRolePolicyDocument").unwrap();
    assert!(
        enc.starts_with("%7B%22"),
        "percent-encoded like real IAM: {enc}"
    );
    let doc: Value = serde_json::from_str(&pct_decode(&enc)).unwrap();
    assert_eq!(doc, s.accounts[0].roles[0].trust_policy);

    let r = call_iam(&mut s, &dev(), "GetRole", &[("RoleName", "nope")]);
    assert_error(&r, 404, "NoSuchEntity");
    assert_eq!(
        tag(&r.body, "Message").as_deref(),
        Some("The role with name nope cannot be found.")
    );
    assert_error(
        &call_iam(&mut s, &dev(), "GetRole", &[]),
        400,
        "ValidationError",
    );
}

#[test]
fn inline_and_attached_policy_listing() {
    let mut s = state();
    let r = call_iam(&mut s, &dev(), "ListUserPolicies", &[("UserName", "dev")]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("<PolicyNames><member>cpaws-readonly-iam</member></PolicyNames><IsTruncated>false</IsTruncated>"), "{}", r.body);

    let r = call_iam(
        &mut s,
        &dev(),
        "GetUserPolicy",
        &[("UserName", "dev"), ("PolicyName", "cpaws-readonly-iam")],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let doc: Value =
        serde_json::from_str(&pct_decode(&tag(&r.body, "PolicyDocument").unwrap())).unwrap();
    assert_eq!(doc["Statement"][0]["Sid"], "CpawsReadOnlyIam");
    assert_error(
        &call_iam(
            &mut s,
            &dev(),
            "GetUserPolicy",
            &[("UserName", "dev"), ("PolicyName", "x")],
        ),
        404,
        "NoSuchEntity",
    );

    let r = call_iam(
        &mut s,
        &dev(),
        "ListAttachedUserPolicies",
        &[("UserName", "dev")],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("<AttachedPolicies><member><PolicyName>AnthropicFullAccess</PolicyName><PolicyArn>arn:aws:iam::aws:policy/AnthropicFullAccess</PolicyArn></member></AttachedPolicies>"), "{}", r.body);

    let r = call_iam(
        &mut s,
        &dev(),
        "ListRolePolicies",
        &[("RoleName", "cp-role")],
    );
    assert_eq!(tags(&r.body, "member"), vec!["read-iam".to_string()]);
    let r = call_iam(
        &mut s,
        &dev(),
        "GetRolePolicy",
        &[("RoleName", "cp-role"), ("PolicyName", "read-iam")],
    );
    assert_eq!(tag(&r.body, "RoleName").as_deref(), Some("cp-role"));
    let r = call_iam(
        &mut s,
        &dev(),
        "ListAttachedRolePolicies",
        &[("RoleName", "cp-role")],
    );
    assert_eq!(
        tag(&r.body, "PolicyArn").as_deref(),
        Some("arn:aws:iam::aws:policy/AnthropicInferenceAccess")
    );
    assert_error(
        &call_iam(
            &mut s,
            &dev(),
            "ListAttachedRolePolicies",
            &[("RoleName", "zz")],
        ),
        404,
        "NoSuchEntity",
    );
}

#[test]
fn pagination_with_max_items_and_marker() {
    let mut s = state();
    for i in 0..3 {
        s.accounts[0].users[0].inline_policies.insert(
            format!("p{i}"),
            json!({"Version":"2012-10-17","Statement":[]}),
        );
    }
    let r = call_iam(
        &mut s,
        &dev(),
        "ListUserPolicies",
        &[("UserName", "dev"), ("MaxItems", "2")],
    );
    assert_eq!(tag(&r.body, "IsTruncated").as_deref(), Some("true"));
    let marker = tag(&r.body, "Marker").unwrap();
    assert_eq!(tags(&r.body, "member").len(), 2);
    let r = call_iam(
        &mut s,
        &dev(),
        "ListUserPolicies",
        &[("UserName", "dev"), ("MaxItems", "2"), ("Marker", &marker)],
    );
    assert_eq!(tags(&r.body, "member").len(), 2);
    assert_eq!(tag(&r.body, "IsTruncated").as_deref(), Some("false"));
    assert!(tag(&r.body, "Marker").is_none());
}

#[test]
fn managed_policies_get_policy_and_version() {
    let mut s = state();
    let arn = "arn:aws:iam::aws:policy/AnthropicFullAccess";
    let r = call_iam(&mut s, &dev(), "GetPolicy", &[("PolicyArn", arn)]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        tag(&r.body, "PolicyName").as_deref(),
        Some("AnthropicFullAccess")
    );
    assert_eq!(tag(&r.body, "DefaultVersionId").as_deref(), Some("v2"));
    assert_eq!(tag(&r.body, "AttachmentCount").as_deref(), Some("1"));
    assert!(tag(&r.body, "PolicyId").unwrap().starts_with("ANPA"));

    let r = call_iam(
        &mut s,
        &dev(),
        "GetPolicyVersion",
        &[("PolicyArn", arn), ("VersionId", "v2")],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(tag(&r.body, "IsDefaultVersion").as_deref(), Some("true"));
    let doc: Value = serde_json::from_str(&pct_decode(&tag(&r.body, "Document").unwrap())).unwrap();
    assert_eq!(doc["Statement"][0]["Action"][0], "aws-external-anthropic:*");
    assert_eq!(doc["Statement"].as_array().unwrap().len(), 6);

    assert_error(
        &call_iam(
            &mut s,
            &dev(),
            "GetPolicyVersion",
            &[("PolicyArn", arn), ("VersionId", "v1")],
        ),
        404,
        "NoSuchEntity",
    );
    let r = call_iam(
        &mut s,
        &dev(),
        "GetPolicy",
        &[("PolicyArn", "arn:aws:iam::aws:policy/Nope")],
    );
    assert_error(&r, 404, "NoSuchEntity");
    assert_eq!(
        tag(&r.body, "Message").as_deref(),
        Some("Policy arn:aws:iam::aws:policy/Nope does not exist or is not attachable.")
    );

    for name in [
        "AnthropicReadOnlyAccess",
        "AnthropicInferenceAccess",
        "AnthropicLimitedAccess",
        "AnthropicSelfHostedEnvironmentAccess",
        "IAMReadOnlyAccess",
    ] {
        let r = call_iam(
            &mut s,
            &dev(),
            "GetPolicy",
            &[("PolicyArn", &format!("arn:aws:iam::aws:policy/{name}"))],
        );
        assert_eq!(r.status, 200, "{name}: {}", r.body);
    }

    // customer managed policy
    s.accounts[0].managed_policies.push(cpaws_emulator::state::ManagedPolicy {
        name: "MyPolicy".into(),
        document: json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetUser","Resource":"*"}]}),
        ..Default::default()
    });
    let r = call_iam(
        &mut s,
        &dev(),
        "GetPolicyVersion",
        &[
            ("PolicyArn", "arn:aws:iam::123456789012:policy/MyPolicy"),
            ("VersionId", "v1"),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
}

fn simulate(s: &mut State, caller: &Caller, extra: &[(&str, &str)]) -> QueryResponse {
    call_iam(s, caller, "SimulatePrincipalPolicy", extra)
}

#[test]
fn simulate_principal_policy_results() {
    let mut s = state();
    let ws =
        "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/wrkspc_01TESTWORKSPACE";
    let r = simulate(
        &mut s,
        &dev(),
        &[
            ("PolicySourceArn", "arn:aws:iam::123456789012:user/dev"),
            (
                "ActionNames.member.1",
                "aws-external-anthropic:CreateInference",
            ),
            ("ActionNames.member.2", "iam:DeleteRole"),
            ("ActionNames.member.3", "sts:GetWebIdentityToken"),
            ("ResourceArns.member.1", ws),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let results = tags(&r.body, "member");
    assert!(!results.is_empty());
    let evals: Vec<String> = r
        .body
        .split("<EvalActionName>")
        .skip(1)
        .map(str::to_string)
        .collect();
    assert_eq!(evals.len(), 3);
    assert!(evals[0].starts_with("aws-external-anthropic:CreateInference</EvalActionName>"));
    assert_eq!(tag(&evals[0], "EvalResourceName").as_deref(), Some(ws));
    assert_eq!(tag(&evals[0], "EvalDecision").as_deref(), Some("allowed"));
    assert_eq!(
        tag(&evals[0], "SourcePolicyId").as_deref(),
        Some("AnthropicFullAccess")
    );
    assert_eq!(
        tag(&evals[0], "SourcePolicyType").as_deref(),
        Some("aws-managed")
    );
    assert_eq!(tag(&evals[0], "Line").as_deref(), Some("1"));
    assert!(tag(&evals[0], "Column").unwrap().parse::<usize>().unwrap() > 1);
    assert!(evals[0].contains("<MissingContextValues></MissingContextValues>"));
    assert_eq!(
        tag(&evals[1], "EvalDecision").as_deref(),
        Some("implicitDeny")
    );
    assert!(evals[1].contains("<MatchedStatements></MatchedStatements>"));
    assert_eq!(
        tag(&evals[2], "EvalDecision").as_deref(),
        Some("implicitDeny")
    );
    let missing = tags(
        evals[2].split("<MissingContextValues>").nth(1).unwrap(),
        "member",
    );
    assert!(
        missing.contains(&"aws:CalledViaLast".to_string()),
        "{missing:?}"
    );
    assert!(
        missing.contains(&"sts:IdentityTokenAudience".to_string()),
        "{missing:?}"
    );

    // with the context supplied, GetWebIdentityToken is allowed
    let r = simulate(
        &mut s,
        &dev(),
        &[
            ("PolicySourceArn", "arn:aws:iam::123456789012:user/dev"),
            ("ActionNames.member.1", "sts:GetWebIdentityToken"),
            (
                "ContextEntries.member.1.ContextKeyName",
                "aws:CalledViaLast",
            ),
            (
                "ContextEntries.member.1.ContextKeyValues.member.1",
                "aws-external-anthropic.amazonaws.com",
            ),
            ("ContextEntries.member.1.ContextKeyType", "string"),
            (
                "ContextEntries.member.2.ContextKeyName",
                "sts:IdentityTokenAudience",
            ),
            (
                "ContextEntries.member.2.ContextKeyValues.member.1",
                "https://api.anthropic.com",
            ),
            ("ContextEntries.member.2.ContextKeyType", "stringList"),
        ],
    );
    assert_eq!(
        tag(&r.body, "EvalDecision").as_deref(),
        Some("allowed"),
        "{}",
        r.body
    );
    assert_eq!(tag(&r.body, "EvalResourceName").as_deref(), Some("*"));

    // explicit deny and inline policy source type for roles
    s.accounts[0].roles[0].inline_policies.insert(
        "deny-delete".into(),
        json!({"Version":"2012-10-17","Statement":[{"Sid":"NoDelete","Effect":"Deny","Action":"aws-external-anthropic:Delete*","Resource":"*"}]}),
    );
    let r = simulate(
        &mut s,
        &dev(),
        &[
            ("PolicySourceArn", "arn:aws:iam::123456789012:role/cp-role"),
            (
                "ActionNames.member.1",
                "aws-external-anthropic:DeleteBatchInference",
            ),
            ("ResourceArns.member.1", ws),
        ],
    );
    assert_eq!(
        tag(&r.body, "EvalDecision").as_deref(),
        Some("explicitDeny"),
        "{}",
        r.body
    );
    assert_eq!(
        tag(&r.body, "SourcePolicyId").as_deref(),
        Some("deny-delete")
    );
    assert_eq!(tag(&r.body, "SourcePolicyType").as_deref(), Some("role"));
}

#[test]
fn simulate_rejects_session_arns_and_unknown_principals() {
    let mut s = state();
    let r = simulate(
        &mut s,
        &dev(),
        &[
            (
                "PolicySourceArn",
                "arn:aws:sts::123456789012:assumed-role/cp-role/s1",
            ),
            ("ActionNames.member.1", "iam:GetUser"),
        ],
    );
    assert_error(&r, 400, "InvalidInput");
    let r = simulate(
        &mut s,
        &dev(),
        &[
            ("PolicySourceArn", "arn:aws:iam::123456789012:role/ghost"),
            ("ActionNames.member.1", "iam:GetUser"),
        ],
    );
    assert_error(&r, 404, "NoSuchEntity");
    let r = simulate(
        &mut s,
        &dev(),
        &[("PolicySourceArn", "arn:aws:iam::123456789012:user/dev")],
    );
    assert_error(&r, 400, "ValidationError");
}

#[test]
fn put_and_delete_inline_policies() {
    let mut s = state();
    let doc = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:DeleteRole","Resource":"*"}]}"#;
    // dev only has read-only IAM rights
    let r = call_iam(
        &mut s,
        &dev(),
        "PutUserPolicy",
        &[
            ("UserName", "dev"),
            ("PolicyName", "x"),
            ("PolicyDocument", doc),
        ],
    );
    assert_error(&r, 403, "AccessDenied");
    assert!(tag(&r.body, "Message").unwrap().contains("iam:PutUserPolicy on resource: arn:aws:iam::123456789012:user/dev because no identity-based policy allows"));

    let r = call_iam(
        &mut s,
        &admin(),
        "PutUserPolicy",
        &[
            ("UserName", "dev"),
            ("PolicyName", "x"),
            ("PolicyDocument", doc),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(tag(&r.body, "RequestId").as_deref(), Some("req-1"));
    assert!(s.accounts[0].users[0].inline_policies.contains_key("x"));
    // the new policy takes effect
    let r = simulate(
        &mut s,
        &dev(),
        &[
            ("PolicySourceArn", "arn:aws:iam::123456789012:user/dev"),
            ("ActionNames.member.1", "iam:DeleteRole"),
        ],
    );
    assert_eq!(tag(&r.body, "EvalDecision").as_deref(), Some("allowed"));
    assert_eq!(tag(&r.body, "SourcePolicyId").as_deref(), Some("x"));
    assert_eq!(tag(&r.body, "SourcePolicyType").as_deref(), Some("user"));

    let r = call_iam(
        &mut s,
        &admin(),
        "PutRolePolicy",
        &[
            ("RoleName", "cp-role"),
            ("PolicyName", "bad"),
            ("PolicyDocument", "{not json"),
        ],
    );
    assert_error(&r, 400, "MalformedPolicyDocument");
    let r = call_iam(
        &mut s,
        &admin(),
        "PutRolePolicy",
        &[
            ("RoleName", "cp-role"),
            ("PolicyName", "bad"),
            ("PolicyDocument", r#"{"Statement":[{"Effect":"Allow"}]}"#),
        ],
    );
    assert_error(&r, 400, "MalformedPolicyDocument");
    let r = call_iam(
        &mut s,
        &admin(),
        "PutRolePolicy",
        &[
            ("RoleName", "ghost"),
            ("PolicyName", "p"),
            ("PolicyDocument", doc),
        ],
    );
    assert_error(&r, 404, "NoSuchEntity");
    let r = call_iam(
        &mut s,
        &admin(),
        "PutRolePolicy",
        &[
            ("RoleName", "cp-role"),
            ("PolicyName", "p"),
            ("PolicyDocument", doc),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);

    assert_eq!(
        call_iam(
            &mut s,
            &admin(),
            "DeleteRolePolicy",
            &[("RoleName", "cp-role"), ("PolicyName", "p")]
        )
        .status,
        200
    );
    assert_error(
        &call_iam(
            &mut s,
            &admin(),
            "DeleteRolePolicy",
            &[("RoleName", "cp-role"), ("PolicyName", "p")],
        ),
        404,
        "NoSuchEntity",
    );
    assert_eq!(
        call_iam(
            &mut s,
            &admin(),
            "DeleteUserPolicy",
            &[("UserName", "dev"), ("PolicyName", "x")]
        )
        .status,
        200
    );
    assert!(!s.accounts[0].users[0].inline_policies.contains_key("x"));
}

#[test]
fn explicit_deny_message() {
    let mut s = state();
    s.accounts[0].users[0].inline_policies.insert(
        "deny".into(),
        json!({"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:GetRole","Resource":"*"}]}),
    );
    let r = call_iam(&mut s, &dev(), "GetRole", &[("RoleName", "cp-role")]);
    assert_error(&r, 403, "AccessDenied");
    assert_eq!(
        tag(&r.body, "Message").as_deref(),
        Some(
            "User: arn:aws:iam::123456789012:user/dev is not authorized to perform: iam:GetRole on resource: arn:aws:iam::123456789012:role/cp-role with an explicit deny in an identity-based policy"
        )
    );
}

#[test]
fn unknown_action() {
    let mut s = state();
    assert_error(
        &call_iam(&mut s, &dev(), "FlyToTheMoon", &[]),
        400,
        "InvalidAction",
    );
    assert_error(
        &call_sts(&mut s, &dev(), "FlyToTheMoon", &[]),
        400,
        "InvalidAction",
    );
}

#[test]
fn assume_role_trust_policy_and_minted_credentials() {
    let mut s = state();
    let role = "arn:aws:iam::123456789012:role/cp-role";
    // wrong / missing ExternalId
    let r = call_sts(
        &mut s,
        &dev(),
        "AssumeRole",
        &[
            ("RoleArn", role),
            ("RoleSessionName", "cpaws"),
            ("ExternalId", "nope"),
        ],
    );
    assert_error(&r, 403, "AccessDenied");
    assert!(
        r.body
            .starts_with("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">")
    );
    assert_eq!(
        tag(&r.body, "Message").as_deref(),
        Some(
            "User: arn:aws:iam::123456789012:user/dev is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/cp-role"
        )
    );
    assert_error(
        &call_sts(
            &mut s,
            &dev(),
            "AssumeRole",
            &[("RoleArn", role), ("RoleSessionName", "cpaws")],
        ),
        403,
        "AccessDenied",
    );
    // another user of the account is not named by the trust policy
    assert_error(
        &call_sts(
            &mut s,
            &admin(),
            "AssumeRole",
            &[
                ("RoleArn", role),
                ("RoleSessionName", "cpaws"),
                ("ExternalId", "ext-123"),
            ],
        ),
        403,
        "AccessDenied",
    );
    // unknown role
    assert_error(
        &call_sts(
            &mut s,
            &dev(),
            "AssumeRole",
            &[
                ("RoleArn", "arn:aws:iam::123456789012:role/ghost"),
                ("RoleSessionName", "cpaws"),
            ],
        ),
        403,
        "AccessDenied",
    );
    // too long
    assert_error(
        &call_sts(
            &mut s,
            &dev(),
            "AssumeRole",
            &[
                ("RoleArn", role),
                ("RoleSessionName", "cpaws"),
                ("ExternalId", "ext-123"),
                ("DurationSeconds", "7200"),
            ],
        ),
        400,
        "ValidationError",
    );
    assert_error(
        &call_sts(
            &mut s,
            &dev(),
            "AssumeRole",
            &[("RoleArn", role), ("RoleSessionName", "x")],
        ),
        400,
        "ValidationError",
    );

    // the trust policy names dev exactly: allowed without an identity policy (same account)
    let keys_before = s.access_keys.len();
    let r = call_sts(
        &mut s,
        &dev(),
        "AssumeRole",
        &[
            ("RoleArn", role),
            ("RoleSessionName", "cpaws"),
            ("ExternalId", "ext-123"),
            ("DurationSeconds", "900"),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.starts_with("<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult><Credentials>"));
    let akid = tag(&r.body, "AccessKeyId").unwrap();
    assert!(akid.starts_with("ASIA") && akid.len() == 20, "{akid}");
    assert_eq!(
        tag(&r.body, "Expiration").as_deref(),
        Some("2026-05-07T12:15:00Z")
    );
    assert_eq!(
        tag(&r.body, "Arn").as_deref(),
        Some("arn:aws:sts::123456789012:assumed-role/cp-role/cpaws")
    );
    assert!(tag(&r.body, "AssumedRoleId").unwrap().ends_with(":cpaws"));
    assert_eq!(s.access_keys.len(), keys_before + 1);
    let key = s.access_key(&akid).unwrap().clone();
    assert_eq!(key.principal, "assumed-role/cp-role/cpaws");
    assert_eq!(
        key.session_token.as_deref(),
        tag(&r.body, "SessionToken").as_deref()
    );
    assert_eq!(key.secret, tag(&r.body, "SecretAccessKey").unwrap());

    // the session acts with the role's policies
    let session = s.caller_for_access_key(&key).unwrap();
    let r = call_sts(&mut s, &session, "GetCallerIdentity", &[]);
    assert_eq!(
        tag(&r.body, "Arn").as_deref(),
        Some("arn:aws:sts::123456789012:assumed-role/cp-role/cpaws")
    );
    assert_eq!(
        tag(&r.body, "UserId"),
        tag(
            &call_sts(
                &mut s,
                &dev(),
                "AssumeRole",
                &[
                    ("RoleArn", role),
                    ("RoleSessionName", "cpaws"),
                    ("ExternalId", "ext-123")
                ]
            )
            .body,
            "AssumedRoleId"
        )
    );
    assert_eq!(
        call_iam(&mut s, &session, "GetRole", &[("RoleName", "cp-role")]).status,
        200
    );
    assert_error(
        &call_iam(
            &mut s,
            &session,
            "ListRolePolicies",
            &[("RoleName", "cp-role")],
        ),
        403,
        "AccessDenied",
    );
    let r = call_iam(&mut s, &session, "GetUser", &[]);
    assert_error(&r, 400, "ValidationError");
}

#[test]
fn assume_role_via_account_principal_needs_identity_permission() {
    let mut s = state();
    s.accounts[0].roles[0].trust_policy = json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow",
        "Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]});
    let role = "arn:aws:iam::123456789012:role/cp-role";
    let r = call_sts(
        &mut s,
        &dev(),
        "AssumeRole",
        &[("RoleArn", role), ("RoleSessionName", "s1")],
    );
    assert_error(&r, 403, "AccessDenied");
    s.accounts[0].users[0].inline_policies.insert(
        "assume".into(),
        json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":role}]}),
    );
    let r = call_sts(
        &mut s,
        &dev(),
        "AssumeRole",
        &[("RoleArn", role), ("RoleSessionName", "s1")],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    // an explicit identity deny wins over the trust policy
    s.accounts[0].users[0].inline_policies.insert(
        "deny".into(),
        json!({"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"sts:*","Resource":"*"}]}),
    );
    assert_error(
        &call_sts(
            &mut s,
            &dev(),
            "AssumeRole",
            &[("RoleArn", role), ("RoleSessionName", "s1")],
        ),
        403,
        "AccessDenied",
    );
}

#[test]
fn service_specific_credentials_lifecycle() {
    let mut s = state();
    let svc = "aws-external-anthropic.amazonaws.com";
    let r = call_iam(
        &mut s,
        &dev(),
        "CreateServiceSpecificCredential",
        &[("UserName", "dev"), ("ServiceName", svc)],
    );
    assert_error(&r, 403, "AccessDenied");

    let r = call_iam(
        &mut s,
        &admin(),
        "CreateServiceSpecificCredential",
        &[
            ("UserName", "dev"),
            ("ServiceName", svc),
            ("CredentialAgeDays", "30"),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        r.body
            .contains("<CreateServiceSpecificCredentialResult><ServiceSpecificCredential>")
    );
    let key = tag(&r.body, "ServiceApiKeyValue").unwrap();
    // ServiceCredentialSecret (the field SDK models carry) is the whole key the gateway accepts:
    // AEAA + base64(<alias>:<random>), the alias being ServiceCredentialAlias.
    let alias = tag(&r.body, "ServiceCredentialAlias").unwrap();
    let secret = tag(&r.body, "ServiceCredentialSecret").unwrap();
    assert_eq!(alias, "dev-at-123456789012");
    assert_eq!(secret, key);
    {
        use base64::Engine;
        let raw = base64::engine::general_purpose::STANDARD
            .decode(key.strip_prefix("AEAA").unwrap())
            .unwrap();
        assert!(
            String::from_utf8(raw)
                .unwrap()
                .starts_with(&format!("{alias}:"))
        );
    }
    let id = tag(&r.body, "ServiceSpecificCredentialId").unwrap();
    assert!(id.starts_with("ACCA"));
    assert_eq!(tag(&r.body, "Status").as_deref(), Some("Active"));
    assert_eq!(tag(&r.body, "ServiceName").as_deref(), Some(svc));
    assert_eq!(
        tag(&r.body, "ExpirationDate").as_deref(),
        Some("2026-06-06T12:00:00Z")
    );
    let stored = &s.accounts[0].service_specific_credentials[0];
    assert_eq!(stored.secret, key);
    assert_eq!(stored.user, "dev");
    assert_eq!(stored.expires.as_deref(), Some("2026-06-06T12:00:00Z"));
    assert!(!iam::credential_expired(stored, now()));

    // list: the secret is never shown again
    let r = call_iam(
        &mut s,
        &dev(),
        "ListServiceSpecificCredentials",
        &[("UserName", "dev"), ("ServiceName", svc)],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        tag(&r.body, "ServiceSpecificCredentialId"),
        Some(id.clone())
    );
    assert!(tag(&r.body, "ServiceApiKeyValue").is_none());
    assert!(tag(&r.body, "ServiceCredentialSecret").is_none());
    assert_eq!(
        tag(&r.body, "ServiceCredentialAlias").as_deref(),
        Some("dev-at-123456789012")
    );
    let r = call_iam(
        &mut s,
        &dev(),
        "ListServiceSpecificCredentials",
        &[("AllUsers", "true")],
    );
    assert_eq!(tags(&r.body, "ServiceSpecificCredentialId").len(), 1);

    let r = call_iam(
        &mut s,
        &admin(),
        "UpdateServiceSpecificCredential",
        &[
            ("UserName", "dev"),
            ("ServiceSpecificCredentialId", &id),
            ("Status", "Inactive"),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        s.accounts[0].service_specific_credentials[0].status,
        "Inactive"
    );

    let r = call_iam(
        &mut s,
        &admin(),
        "ResetServiceSpecificCredential",
        &[("UserName", "dev"), ("ServiceSpecificCredentialId", &id)],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let new_key = tag(&r.body, "ServiceApiKeyValue").unwrap();
    assert_ne!(new_key, key);
    assert_eq!(
        s.accounts[0].service_specific_credentials[0].secret,
        new_key
    );

    // quota of two per user and service
    assert_eq!(
        call_iam(
            &mut s,
            &admin(),
            "CreateServiceSpecificCredential",
            &[("UserName", "dev"), ("ServiceName", svc)]
        )
        .status,
        200
    );
    assert_error(
        &call_iam(
            &mut s,
            &admin(),
            "CreateServiceSpecificCredential",
            &[("UserName", "dev"), ("ServiceName", svc)],
        ),
        409,
        "LimitExceeded",
    );
    assert_error(
        &call_iam(
            &mut s,
            &admin(),
            "CreateServiceSpecificCredential",
            &[("UserName", "dev"), ("ServiceName", "s3.amazonaws.com")],
        ),
        404,
        "NotSupportedService",
    );
    assert_error(
        &call_iam(
            &mut s,
            &admin(),
            "CreateServiceSpecificCredential",
            &[
                ("UserName", "admin"),
                ("ServiceName", svc),
                ("CredentialAgeDays", "0"),
            ],
        ),
        400,
        "ValidationError",
    );
    assert_error(
        &call_iam(
            &mut s,
            &admin(),
            "CreateServiceSpecificCredential",
            &[("UserName", "ghost"), ("ServiceName", svc)],
        ),
        404,
        "NoSuchEntity",
    );

    let r = call_iam(
        &mut s,
        &admin(),
        "DeleteServiceSpecificCredential",
        &[("UserName", "dev"), ("ServiceSpecificCredentialId", &id)],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_error(
        &call_iam(
            &mut s,
            &admin(),
            "DeleteServiceSpecificCredential",
            &[("UserName", "dev"), ("ServiceSpecificCredentialId", &id)],
        ),
        404,
        "NoSuchEntity",
    );
    assert_eq!(s.accounts[0].service_specific_credentials.len(), 1);
}

#[test]
fn get_web_identity_token() {
    let mut s = state();
    let r = call_sts(
        &mut s,
        &dev(),
        "GetWebIdentityToken",
        &[
            ("Audience.member.1", "https://api.anthropic.com"),
            ("SigningAlgorithm", "RS256"),
        ],
    );
    // dev's AnthropicFullAccess only allows it when called via the gateway (aws:CalledViaLast)
    assert_error(&r, 403, "AccessDenied");
    let r = call_sts(
        &mut s,
        &admin(),
        "GetWebIdentityToken",
        &[
            ("Audience.member.1", "https://api.anthropic.com"),
            ("SigningAlgorithm", "RS256"),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        tag(&r.body, "WebIdentityToken").unwrap().split('.').count(),
        3
    );
    assert_eq!(
        tag(&r.body, "Expiration").as_deref(),
        Some("2026-05-07T12:05:00Z")
    );
    s.accounts[0].federation_enabled = false;
    let r = call_sts(
        &mut s,
        &admin(),
        "GetWebIdentityToken",
        &[
            ("Audience.member.1", "https://api.anthropic.com"),
            ("SigningAlgorithm", "RS256"),
        ],
    );
    assert_error(&r, 403, "OutboundWebIdentityFederationDisabledException");
}
