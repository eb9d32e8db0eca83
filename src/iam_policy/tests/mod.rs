//! Evaluation tests (the managed policies, deny, boundaries), with the helpers the other test
//! files share.

use super::*;

mod conditions;
mod matching;
mod parse;
mod trust;

pub(super) const WS: &str =
    "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/wrkspc_01AbCdEf23GhIj";

pub(super) fn ctx(pairs: &[(&str, &[&str])]) -> Context {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect()))
        .collect()
}

pub(super) fn named(id: &str, kind: PolicyKind, json: &str) -> NamedPolicy {
    NamedPolicy {
        id: id.into(),
        kind,
        document: parse_document(json).unwrap(),
    }
}

pub(super) fn a(name: &str) -> String {
    format!("aws-external-anthropic:{name}")
}

pub(super) const STS_STATEMENTS: &str = r#"
    {"Sid": "GetToken", "Effect": "Allow", "Action": "sts:GetWebIdentityToken", "Resource": "*",
     "Condition": {
        "ForAnyValue:StringEquals": {"sts:IdentityTokenAudience": ["https://api.anthropic.com", "https://platform.claude.com"]},
        "StringEquals": {"aws:CalledViaLast": "aws-external-anthropic.amazonaws.com"}}},
    {"Sid": "TagToken", "Effect": "Allow", "Action": "sts:TagGetWebIdentityToken", "Resource": "*"}"#;

pub(super) fn full_access() -> String {
    format!(
        r#"{{"Version": "2012-10-17", "Statement": [
        {{"Effect": "Allow", "Action": "aws-external-anthropic:*", "Resource": "*"}},
        {{"Effect": "Allow", "Action": ["aws-marketplace:Subscribe", "aws-marketplace:Unsubscribe"], "Resource": "*",
          "Condition": {{"ForAnyValue:StringEquals": {{"aws-marketplace:ProductId": ["prod-3qbeiztufnva6"]}}}}}},
        {{"Effect": "Allow", "Action": "aws-marketplace:ViewSubscriptions", "Resource": "*"}},
        {{"Effect": "Allow", "Action": ["iam:GetOutboundWebIdentityFederationInfo", "iam:EnableOutboundWebIdentityFederation"], "Resource": "*"}},
        {STS_STATEMENTS}]}}"#
    )
}

pub(super) fn read_only() -> String {
    format!(
        r#"{{"Version": "2012-10-17", "Statement": [
        {{"Effect": "Allow", "Action": ["aws-external-anthropic:Get*", "aws-external-anthropic:List*"],
          "Resource": "arn:aws:aws-external-anthropic:*:*:workspace/*"}},
        {{"Effect": "Allow", "Action": ["aws-external-anthropic:GetAccountStatus", "aws-external-anthropic:CallWithBearerToken"], "Resource": "*"}},
        {STS_STATEMENTS}]}}"#
    )
}

pub(super) fn inference() -> String {
    format!(
        r#"{{"Version": "2012-10-17", "Statement": [
        {{"Sid": "AnthropicInferenceWorkspace", "Effect": "Allow",
          "Action": ["aws-external-anthropic:Get*", "aws-external-anthropic:List*",
                     "aws-external-anthropic:CreateInference", "aws-external-anthropic:CreateBatchInference",
                     "aws-external-anthropic:CancelBatchInference", "aws-external-anthropic:DeleteBatchInference",
                     "aws-external-anthropic:CountTokens"],
          "Resource": "arn:aws:aws-external-anthropic:*:*:workspace/*"}},
        {{"Sid": "AnthropicInferenceResourceless", "Effect": "Allow",
          "Action": ["aws-external-anthropic:GetAccountStatus", "aws-external-anthropic:CallWithBearerToken"], "Resource": "*"}},
        {STS_STATEMENTS}]}}"#
    )
}

pub(super) fn limited() -> String {
    let ws_actions = [
        "Get*",
        "List*",
        "ArchiveAgent",
        "ArchiveEnvironment",
        "ArchiveMemoryStore",
        "ArchiveSession",
        "ArchiveVault",
        "CancelBatchInference",
        "CountTokens",
        "CreateAgent",
        "CreateBatchInference",
        "CreateEnvironment",
        "CreateFile",
        "CreateInference",
        "CreateMemoryStore",
        "CreateSession",
        "CreateSkill",
        "CreateUserProfile",
        "CreateVault",
        "CreateWebhook",
        "DeleteBatchInference",
        "DeleteEnvironment",
        "DeleteFile",
        "DeleteMemoryStore",
        "DeleteSession",
        "DeleteSkill",
        "DeleteVault",
        "DeleteWebhook",
        "ProcessEnvironmentWork",
        "RotateWebhookSecret",
        "UpdateAgent",
        "UpdateEnvironment",
        "UpdateMemoryStore",
        "UpdateSession",
        "UpdateSkill",
        "UpdateUserProfile",
        "UpdateVault",
        "UpdateWebhook",
    ]
    .iter()
    .map(|n| format!("\"aws-external-anthropic:{n}\""))
    .collect::<Vec<_>>()
    .join(", ");
    format!(
        r#"{{"Version": "2012-10-17", "Statement": [
        {{"Effect": "Allow", "Action": [{ws_actions}], "Resource": "arn:aws:aws-external-anthropic:*:*:workspace/*"}},
        {{"Effect": "Allow", "Action": ["aws-external-anthropic:GetAccountStatus", "aws-external-anthropic:CallWithBearerToken"], "Resource": "*"}},
        {STS_STATEMENTS},
        {{"Effect": "Allow", "Action": "aws-external-anthropic:AssumeConsole", "Resource": "*",
          "Condition": {{"StringEquals": {{"aws-external-anthropic:Capability": "developer"}}}}}}]}}"#
    )
}

pub(super) const SELF_HOSTED: &str = r#"{"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": ["aws-external-anthropic:GetEnvironment", "aws-external-anthropic:GetSession",
       "aws-external-anthropic:GetSkill", "aws-external-anthropic:ProcessEnvironmentWork", "aws-external-anthropic:UpdateSession"],
     "Resource": "arn:aws:aws-external-anthropic:*:*:workspace/*"},
    {"Effect": "Allow", "Action": "aws-external-anthropic:CallWithBearerToken", "Resource": "*"}]}"#;

pub(super) fn eval1(json: &str, action: &str, resource: &str, c: &Context) -> Evaluation {
    evaluate(
        &[named("p", PolicyKind::Managed, json)],
        None,
        action,
        resource,
        c,
    )
}

pub(super) fn allowed(json: &str, action: &str, resource: &str) -> bool {
    eval1(json, action, resource, &Context::new()).decision == Decision::Allowed
}

pub(super) fn sts_ctx() -> Context {
    ctx(&[
        ("sts:IdentityTokenAudience", &["https://api.anthropic.com"]),
        (
            "aws:CalledViaLast",
            &["aws-external-anthropic.amazonaws.com"],
        ),
    ])
}

#[test]
pub(super) fn managed_full_access() {
    let doc = full_access();
    for name in KNOWN_ACTIONS {
        assert!(allowed(&doc, &a(name), WS), "{name}");
        assert!(allowed(&doc, &a(name), "*"), "{name}");
    }
    assert!(allowed(
        &doc,
        "iam:EnableOutboundWebIdentityFederation",
        "*"
    ));
    assert!(!allowed(
        &doc,
        "iam:DisableOutboundWebIdentityFederation",
        "*"
    ));
    let sub = ctx(&[("aws-marketplace:ProductId", &["prod-3qbeiztufnva6"])]);
    assert_eq!(
        eval1(&doc, "aws-marketplace:Subscribe", "*", &sub).decision,
        Decision::Allowed
    );
    let other = ctx(&[("aws-marketplace:ProductId", &["prod-other"])]);
    assert_eq!(
        eval1(&doc, "aws-marketplace:Subscribe", "*", &other).decision,
        Decision::ImplicitDeny
    );
    assert_eq!(
        eval1(&doc, "sts:GetWebIdentityToken", "*", &sts_ctx()).decision,
        Decision::Allowed
    );
    assert!(allowed(&doc, "sts:TagGetWebIdentityToken", "*"));
    assert!(unknown_actions(&parse_document(&doc).unwrap()).is_empty());
}

#[test]
pub(super) fn managed_read_only_over_grants_get() {
    let doc = read_only();
    assert!(allowed(&doc, &a("GetFile"), WS)); // content, not metadata
    assert!(allowed(&doc, &a("ListWorkspaces"), WS));
    assert!(allowed(&doc, &a("getfile"), WS)); // case-insensitive
    assert!(!allowed(&doc, &a("CreateFile"), WS));
    assert!(!allowed(&doc, &a("CreateInference"), WS));
    assert!(allowed(&doc, &a("GetAccountStatus"), "*"));
    assert!(allowed(&doc, &a("CallWithBearerToken"), "*"));
    // Account-scoped action on "*" is not covered by the workspace statement.
    assert!(!allowed(&doc, &a("ListWorkspaces"), "*"));
    assert!(!allowed(&doc, &a("AssumeConsole"), "*"));
}

#[test]
pub(super) fn managed_inference_access() {
    let doc = inference();
    let e = eval1(&doc, &a("CreateInference"), WS, &Context::new());
    assert_eq!(e.decision, Decision::Allowed);
    assert_eq!(e.matched.len(), 1);
    assert_eq!(
        e.matched[0].sid.as_deref(),
        Some("AnthropicInferenceWorkspace")
    );
    assert_eq!(e.matched[0].index, 0);
    assert_eq!(e.matched[0].policy_kind, PolicyKind::Managed);
    assert!(allowed(&doc, &a("CountTokens"), WS));
    assert!(allowed(&doc, &a("CreateBatchInference"), WS));
    assert!(!allowed(&doc, &a("CreateFile"), WS));
    assert!(!allowed(&doc, &a("CreateInference"), "*"));
    assert!(!allowed(
        &doc,
        &a("CreateInference"),
        "arn:aws:aws-external-anthropic:us-west-2:123456789012:other/x"
    ));
}

#[test]
pub(super) fn managed_limited_access() {
    let doc = limited();
    assert!(allowed(&doc, &a("CreateFile"), WS));
    assert!(allowed(&doc, &a("DeleteSkill"), WS));
    assert!(!allowed(&doc, &a("ArchiveWorkspace"), WS));
    assert!(!allowed(&doc, &a("CreateWorkspace"), "*"));
    let dev = ctx(&[("aws-external-anthropic:Capability", &["developer"])]);
    let admin = ctx(&[("aws-external-anthropic:Capability", &["admin"])]);
    assert_eq!(
        eval1(&doc, &a("AssumeConsole"), "*", &dev).decision,
        Decision::Allowed
    );
    assert_eq!(
        eval1(&doc, &a("AssumeConsole"), "*", &admin).decision,
        Decision::ImplicitDeny
    );
    let none = eval1(&doc, &a("AssumeConsole"), "*", &Context::new());
    assert_eq!(none.decision, Decision::ImplicitDeny);
    assert_eq!(
        none.missing_context,
        vec!["aws-external-anthropic:Capability"]
    );
    assert!(unknown_actions(&parse_document(&doc).unwrap()).is_empty());
}

#[test]
pub(super) fn managed_self_hosted() {
    assert!(allowed(SELF_HOSTED, &a("ProcessEnvironmentWork"), WS));
    assert!(allowed(SELF_HOSTED, &a("UpdateSession"), WS));
    assert!(allowed(SELF_HOSTED, &a("CallWithBearerToken"), "*"));
    assert!(!allowed(SELF_HOSTED, &a("CreateInference"), WS));
    assert!(!allowed(SELF_HOSTED, "sts:GetWebIdentityToken", "*"));
}

#[test]
pub(super) fn sts_get_web_identity_token_conditions() {
    let doc = inference();
    let act = "sts:GetWebIdentityToken";
    assert_eq!(
        eval1(&doc, act, "*", &sts_ctx()).decision,
        Decision::Allowed
    );
    // Two audiences, one of them allowed: ForAnyValue matches.
    let two = ctx(&[
        (
            "sts:IdentityTokenAudience",
            &["https://example.com", "https://platform.claude.com"],
        ),
        (
            "aws:calledvialast",
            &["aws-external-anthropic.amazonaws.com"],
        ), // key case-insensitive
    ]);
    assert_eq!(eval1(&doc, act, "*", &two).decision, Decision::Allowed);
    let wrong_aud = ctx(&[
        ("sts:IdentityTokenAudience", &["https://example.com"]),
        (
            "aws:CalledViaLast",
            &["aws-external-anthropic.amazonaws.com"],
        ),
    ]);
    assert_eq!(
        eval1(&doc, act, "*", &wrong_aud).decision,
        Decision::ImplicitDeny
    );
    let direct = ctx(&[("sts:IdentityTokenAudience", &["https://api.anthropic.com"])]);
    let e = eval1(&doc, act, "*", &direct);
    assert_eq!(e.decision, Decision::ImplicitDeny);
    assert_eq!(e.missing_context, vec!["aws:CalledViaLast"]);
    let e = eval1(&doc, act, "*", &Context::new());
    assert_eq!(
        e.missing_context,
        vec!["sts:IdentityTokenAudience", "aws:CalledViaLast"]
    );
}

#[test]
pub(super) fn explicit_deny_wins_across_policies() {
    let allow = named("allow", PolicyKind::Managed, &full_access());
    let deny = named(
        "deny-files",
        PolicyKind::Inline,
        r#"{"Version":"2012-10-17","Statement":{"Sid":"NoFiles","Effect":"Deny","Action":"aws-external-anthropic:*File","Resource":"*"}}"#,
    );
    let e = evaluate(
        &[allow.clone(), deny.clone()],
        None,
        &a("CreateFile"),
        WS,
        &Context::new(),
    );
    assert_eq!(e.decision, Decision::ExplicitDeny);
    assert!(
        e.matched
            .iter()
            .any(|m| m.policy_id == "deny-files" && m.effect == Effect::Deny)
    );
    // `*File` is a plain glob: it also matches CreateUserProfile.
    let e = evaluate(
        &[allow.clone(), deny.clone()],
        None,
        &a("CreateUserProfile"),
        WS,
        &Context::new(),
    );
    assert_eq!(e.decision, Decision::ExplicitDeny);
    let e = evaluate(
        &[allow, deny],
        None,
        &a("CreateInference"),
        WS,
        &Context::new(),
    );
    assert_eq!(e.decision, Decision::Allowed);
    assert_eq!(
        expand_action_pattern("aws-external-anthropic:*File"),
        vec![
            "CreateFile",
            "GetFile",
            "DeleteFile",
            "CreateUserProfile",
            "GetUserProfile",
            "UpdateUserProfile"
        ]
    );
    assert!(expand_action_pattern("aws-external-anthropic:Create*").len() > 10);
    assert!(!expand_action_pattern("aws-external-anthropic:Create*").contains(&"RegisterKey"));
}

#[test]
pub(super) fn not_action_and_not_resource() {
    let doc = r#"{"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","NotAction":"aws-external-anthropic:Delete*","Resource":"*"},
        {"Effect":"Deny","Action":"aws-external-anthropic:*","NotResource":"arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/wrkspc_01AbCdEf23GhIj"}]}"#;
    assert!(allowed(doc, &a("CreateInference"), WS));
    assert!(!allowed(doc, &a("DeleteFile"), WS));
    let other = "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/wrkspc_other";
    assert_eq!(
        eval1(doc, &a("CreateInference"), other, &Context::new()).decision,
        Decision::ExplicitDeny
    );
    // NotAction covers other services too.
    assert!(allowed(doc, "s3:GetObject", "arn:aws:s3:::b/k"));
}

#[test]
pub(super) fn permissions_boundary_intersection() {
    let id = [named("full", PolicyKind::Managed, &full_access())];
    let b = [named("boundary", PolicyKind::Boundary, &inference())];
    let c = Context::new();
    assert_eq!(
        evaluate(&id, Some(&b), &a("CreateInference"), WS, &c).decision,
        Decision::Allowed
    );
    assert_eq!(
        evaluate(&id, Some(&b), &a("CreateFile"), WS, &c).decision,
        Decision::ImplicitDeny
    );
    assert_eq!(
        evaluate(&id, None, &a("CreateFile"), WS, &c).decision,
        Decision::Allowed
    );
    // Boundary allows but identity does not.
    let ro = [named("ro", PolicyKind::Managed, &read_only())];
    assert_eq!(
        evaluate(&ro, Some(&b), &a("CreateInference"), WS, &c).decision,
        Decision::ImplicitDeny
    );
    // Boundary Deny is explicit.
    let bd = [named(
        "bd",
        PolicyKind::Boundary,
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},{"Effect":"Deny","Action":"aws-external-anthropic:CreateInference","Resource":"*"}]}"#,
    )];
    let e = evaluate(&id, Some(&bd), &a("CreateInference"), WS, &c);
    assert_eq!(e.decision, Decision::ExplicitDeny);
    assert!(
        e.matched
            .iter()
            .any(|m| m.policy_kind == PolicyKind::Boundary && m.effect == Effect::Deny)
    );
    // Empty boundary = nothing allowed.
    assert_eq!(
        evaluate(&id, Some(&[]), &a("CreateInference"), WS, &c).decision,
        Decision::ImplicitDeny
    );
}

#[test]
pub(super) fn percent_encoded_input() {
    let raw = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"aws-external-anthropic:CreateInference","Resource":"arn:aws:aws-external-anthropic:*:*:workspace/*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"a+b c"}}}]}"#;
    let encoded =
        percent_encoding::utf8_percent_encode(raw, percent_encoding::NON_ALPHANUMERIC).to_string();
    assert!(encoded.starts_with("%7B%22Version%22"));
    assert_eq!(percent_decode_document(&encoded), raw);
    let from_encoded = parse_document(&encoded).unwrap();
    assert_eq!(from_encoded, parse_document(raw).unwrap());
    assert_eq!(from_encoded.conditions_values(), vec!["a+b c"]);
    // `+` stays `+` (not a space).
    let plus = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22s3%3AGet*%22%2C%22Resource%22%3A%22a+b%22%7D%7D";
    let d = parse_document(plus).unwrap();
    assert_eq!(d.statements[0].resource, Some(vec!["a+b".to_string()]));
    // Raw JSON with a literal % is left alone.
    let pct = r#"{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/100%25"}}"#;
    assert_eq!(
        parse_document(pct).unwrap().statements[0].resource,
        Some(vec!["arn:aws:s3:::b/100%25".to_string()])
    );
}

impl PolicyDocument {
    fn conditions_values(&self) -> Vec<String> {
        self.statements
            .iter()
            .flat_map(|s| s.conditions.iter().flat_map(|c| c.values.clone()))
            .collect()
    }
}
