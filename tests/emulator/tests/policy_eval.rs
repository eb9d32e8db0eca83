//! Unit tests of the pure IAM policy evaluator (identity policies, boundaries, trust policies).

use cpaws_emulator::policy::{
    Context, Decision, PolicyRef, PrincipalMatch, RequestPrincipal, action_matches, eval_condition,
    evaluate, evaluate_resource_policy, glob, parse_date, principal_matches, statement_position,
    validate_document,
};
use serde_json::{Value, json};

const WS: &str =
    "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/wrkspc_01TESTWORKSPACE";

fn ctx(pairs: &[(&str, &[&str])]) -> Context {
    pairs
        .iter()
        .map(|(k, v)| {
            (
                k.to_ascii_lowercase(),
                v.iter().map(|s| s.to_string()).collect(),
            )
        })
        .collect()
}

fn pol(doc: &Value) -> Vec<PolicyRef<'_>> {
    vec![PolicyRef {
        id: "p".into(),
        kind: "user".into(),
        doc,
    }]
}

fn decide(doc: &Value, action: &str, resource: &str, c: &Context) -> Decision {
    evaluate(&pol(doc), None, action, resource, c).decision
}

fn cond(c: Value, context: &Context) -> (bool, Vec<String>) {
    let mut missing = Vec::new();
    let ok = eval_condition(&c, context, true, &mut missing);
    (ok, missing)
}

#[test]
fn glob_wildcards() {
    assert!(glob("a*c", "abbbc", false));
    assert!(glob("a*c", "ac", false));
    assert!(glob("a?c", "abc", false));
    assert!(!glob("a?c", "ac", false));
    assert!(!glob("a?c", "abbc", false));
    assert!(glob("*", "", false));
    assert!(glob("*a*b*", "xxaxxbxx", false));
    assert!(!glob("abc", "ABC", false));
    assert!(glob("abc", "ABC", true));
    assert!(!glob("a*d", "abc", false));
}

#[test]
fn actions_case_insensitive_and_wildcards() {
    assert!(action_matches("iam:Get*", "iam:GetUser"));
    assert!(action_matches("IAM:getuser", "iam:GetUser"));
    assert!(action_matches("*", "sts:AssumeRole"));
    assert!(action_matches(
        "aws-external-anthropic:*",
        "aws-external-anthropic:CreateInference"
    ));
    assert!(action_matches(
        "aws-external-anthropic:Get?odel",
        "aws-external-anthropic:GetModel"
    ));
    // platform.md §3.1: suffix wildcards over-match
    assert!(action_matches(
        "aws-external-anthropic:*File",
        "aws-external-anthropic:CreateFile"
    ));
    assert!(!action_matches("iam:Get*", "iam:ListUsers"));
    assert!(!action_matches("iam:GetUser", "iam:GetUserPolicy"));
}

#[test]
fn allow_and_implicit_deny() {
    let doc = json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"aws-external-anthropic:CreateInference","Resource":WS}]});
    let c = Context::new();
    assert_eq!(
        decide(&doc, "aws-external-anthropic:CreateInference", WS, &c),
        Decision::Allowed
    );
    assert_eq!(
        decide(&doc, "aws-external-anthropic:CountTokens", WS, &c),
        Decision::ImplicitDeny
    );
    let other = WS.replace("us-west-2", "us-east-1");
    assert_eq!(
        decide(&doc, "aws-external-anthropic:CreateInference", &other, &c),
        Decision::ImplicitDeny
    );
    // no policies at all
    assert_eq!(
        evaluate(&[], None, "iam:GetUser", "*", &c).decision,
        Decision::ImplicitDeny
    );
}

#[test]
fn statement_object_form_and_string_action() {
    let doc = json!({"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"iam:*","Resource":"*"}});
    assert_eq!(
        decide(
            &doc,
            "iam:GetRole",
            "arn:aws:iam::123456789012:role/x",
            &Context::new()
        ),
        Decision::Allowed
    );
}

#[test]
fn explicit_deny_wins_over_allow() {
    let doc = json!({"Version":"2012-10-17","Statement":[
        {"Sid":"A","Effect":"Allow","Action":"*","Resource":"*"},
        {"Sid":"D","Effect":"Deny","Action":"aws-external-anthropic:Delete*","Resource":"*"}]});
    let r = evaluate(
        &pol(&doc),
        None,
        "aws-external-anthropic:DeleteFile",
        WS,
        &Context::new(),
    );
    assert_eq!(r.decision, Decision::ExplicitDeny);
    assert_eq!(r.matched.len(), 1);
    assert_eq!(r.matched[0].sid.as_deref(), Some("D"));
    assert_eq!(r.matched[0].index, 1);
    let r = evaluate(
        &pol(&doc),
        None,
        "aws-external-anthropic:GetFile",
        WS,
        &Context::new(),
    );
    assert_eq!(r.decision, Decision::Allowed);
    assert_eq!(r.matched[0].sid.as_deref(), Some("A"));
    assert_eq!(r.matched[0].source_policy_id, "p");
    assert_eq!(r.matched[0].source_policy_type, "user");
}

#[test]
fn deny_across_policies() {
    let a = json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]});
    let d = json!({"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"sts:*","Resource":"*"}]});
    let ps = vec![
        PolicyRef {
            id: "AdministratorAccess".into(),
            kind: "aws-managed".into(),
            doc: &a,
        },
        PolicyRef {
            id: "deny-sts".into(),
            kind: "user".into(),
            doc: &d,
        },
    ];
    let r = evaluate(&ps, None, "sts:GetWebIdentityToken", "*", &Context::new());
    assert_eq!(r.decision, Decision::ExplicitDeny);
    assert_eq!(r.matched[0].source_policy_id, "deny-sts");
}

#[test]
fn not_action_and_not_resource() {
    let doc = json!({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","NotAction":"iam:*","Resource":"*"},
        {"Effect":"Allow","Action":"iam:GetUser","NotResource":"arn:aws:iam::123456789012:user/admin*"}]});
    let c = Context::new();
    assert_eq!(decide(&doc, "sts:AssumeRole", "*", &c), Decision::Allowed);
    assert_eq!(
        decide(
            &doc,
            "iam:DeleteUser",
            "arn:aws:iam::123456789012:user/dev",
            &c
        ),
        Decision::ImplicitDeny
    );
    assert_eq!(
        decide(
            &doc,
            "iam:GetUser",
            "arn:aws:iam::123456789012:user/dev",
            &c
        ),
        Decision::Allowed
    );
    assert_eq!(
        decide(
            &doc,
            "iam:GetUser",
            "arn:aws:iam::123456789012:user/admin-1",
            &c
        ),
        Decision::ImplicitDeny
    );
    // Deny with NotAction: denies everything except the listed actions
    let deny = json!({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":"*","Resource":"*"},
        {"Effect":"Deny","NotAction":["iam:Get*","iam:List*"],"Resource":"*"}]});
    assert_eq!(decide(&deny, "iam:ListRoles", "*", &c), Decision::Allowed);
    assert_eq!(
        decide(&deny, "iam:PutRolePolicy", "*", &c),
        Decision::ExplicitDeny
    );
}

#[test]
fn resource_arn_components_and_case() {
    let doc = json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"aws-external-anthropic:Get*","Resource":"arn:aws:aws-external-anthropic:*:*:workspace/*"}]});
    let c = Context::new();
    assert_eq!(
        decide(&doc, "aws-external-anthropic:GetModel", WS, &c),
        Decision::Allowed
    );
    // resources are case-sensitive
    let upper = WS.replace("workspace/", "WORKSPACE/");
    assert_eq!(
        decide(&doc, "aws-external-anthropic:GetModel", &upper, &c),
        Decision::ImplicitDeny
    );
    // a workspace ARN does not match the "*" resource of an account-scoped action
    assert_eq!(
        decide(&doc, "aws-external-anthropic:GetModel", "*", &c),
        Decision::ImplicitDeny
    );
    let q = json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"arn:aws:iam::123456789012:user/de?"}]});
    assert_eq!(
        decide(&q, "iam:GetUser", "arn:aws:iam::123456789012:user/dev", &c),
        Decision::Allowed
    );
    assert_eq!(
        decide(&q, "iam:GetUser", "arn:aws:iam::123456789012:user/devs", &c),
        Decision::ImplicitDeny
    );
}

#[test]
fn permissions_boundary_intersects() {
    let id = json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]});
    let b = json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"aws-external-anthropic:*","Resource":"*"}]});
    let idp = pol(&id);
    let bp = vec![PolicyRef {
        id: "boundary".into(),
        kind: "aws-managed".into(),
        doc: &b,
    }];
    let c = Context::new();
    assert_eq!(
        evaluate(
            &idp,
            Some(&bp),
            "aws-external-anthropic:CreateInference",
            WS,
            &c
        )
        .decision,
        Decision::Allowed
    );
    assert_eq!(
        evaluate(&idp, Some(&bp), "iam:GetUser", "*", &c).decision,
        Decision::ImplicitDeny
    );
    // boundary alone grants nothing
    assert_eq!(
        evaluate(
            &[],
            Some(&bp),
            "aws-external-anthropic:CreateInference",
            WS,
            &c
        )
        .decision,
        Decision::ImplicitDeny
    );
    let bd = json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},{"Effect":"Deny","Action":"iam:*","Resource":"*"}]});
    let bdp = vec![PolicyRef {
        id: "b2".into(),
        kind: "user-managed".into(),
        doc: &bd,
    }];
    assert_eq!(
        evaluate(&idp, Some(&bdp), "iam:GetUser", "*", &c).decision,
        Decision::ExplicitDeny
    );
}

#[test]
fn string_operators() {
    let c = ctx(&[("aws:RequestedRegion", &["us-west-2"])]);
    assert!(
        cond(
            json!({"StringEquals":{"aws:RequestedRegion":"us-west-2"}}),
            &c
        )
        .0
    );
    // condition key names are case-insensitive
    assert!(
        cond(
            json!({"StringEquals":{"AWS:requestedregion":"us-west-2"}}),
            &c
        )
        .0
    );
    // values are case-sensitive for StringEquals
    assert!(
        !cond(
            json!({"StringEquals":{"aws:RequestedRegion":"US-WEST-2"}}),
            &c
        )
        .0
    );
    assert!(
        cond(
            json!({"StringEqualsIgnoreCase":{"aws:RequestedRegion":"US-WEST-2"}}),
            &c
        )
        .0
    );
    assert!(
        !cond(
            json!({"StringNotEqualsIgnoreCase":{"aws:RequestedRegion":"US-WEST-2"}}),
            &c
        )
        .0
    );
    // multiple values OR
    assert!(
        cond(
            json!({"StringEquals":{"aws:RequestedRegion":["eu-west-1","us-west-2"]}}),
            &c
        )
        .0
    );
    assert!(
        !cond(
            json!({"StringNotEquals":{"aws:RequestedRegion":["eu-west-1","us-west-2"]}}),
            &c
        )
        .0
    );
    assert!(
        cond(
            json!({"StringNotEquals":{"aws:RequestedRegion":["eu-west-1"]}}),
            &c
        )
        .0
    );
    assert!(cond(json!({"StringLike":{"aws:RequestedRegion":"us-*"}}), &c).0);
    assert!(
        cond(
            json!({"StringLike":{"aws:RequestedRegion":"us-west-?"}}),
            &c
        )
        .0
    );
    assert!(!cond(json!({"StringNotLike":{"aws:RequestedRegion":"us-*"}}), &c).0);
    // StringEquals treats * literally
    assert!(!cond(json!({"StringEquals":{"aws:RequestedRegion":"us-*"}}), &c).0);
}

#[test]
fn multiple_keys_and_operators_are_anded() {
    let c = ctx(&[("a:x", &["1"]), ("a:y", &["2"])]);
    assert!(cond(json!({"StringEquals":{"a:x":"1","a:y":"2"}}), &c).0);
    assert!(!cond(json!({"StringEquals":{"a:x":"1","a:y":"3"}}), &c).0);
    assert!(
        !cond(
            json!({"StringEquals":{"a:x":"1"},"NumericGreaterThan":{"a:y":"5"}}),
            &c
        )
        .0
    );
    assert!(
        cond(
            json!({"StringEquals":{"a:x":"1"},"NumericLessThan":{"a:y":"5"}}),
            &c
        )
        .0
    );
}

#[test]
fn missing_context_keys() {
    let c = Context::new();
    let (ok, missing) = cond(
        json!({"StringEquals":{"aws:CalledViaLast":"aws-external-anthropic.amazonaws.com"}}),
        &c,
    );
    assert!(!ok);
    assert_eq!(missing, vec!["aws:CalledViaLast".to_string()]);
    // ...IfExists: true when absent, still evaluated when present
    assert!(
        cond(
            json!({"StringEqualsIfExists":{"aws:CalledViaLast":"x"}}),
            &c
        )
        .0
    );
    let present = ctx(&[("aws:CalledViaLast", &["y"])]);
    assert!(
        !cond(
            json!({"StringEqualsIfExists":{"aws:CalledViaLast":"x"}}),
            &present
        )
        .0
    );
    // negated operators are true for a missing key (AWS documented behaviour)
    let (ok, missing) = cond(json!({"StringNotEquals":{"aws:PrincipalTag/team":"x"}}), &c);
    assert!(ok);
    assert_eq!(missing, vec!["aws:PrincipalTag/team".to_string()]);
    // in a full evaluation, a statement whose condition key is missing does not apply
    let doc = json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:GetWebIdentityToken","Resource":"*",
        "Condition":{"ForAnyValue:StringEquals":{"sts:IdentityTokenAudience":["https://api.anthropic.com"]},
                     "StringEquals":{"aws:CalledViaLast":"aws-external-anthropic.amazonaws.com"}}}]});
    let r = evaluate(&pol(&doc), None, "sts:GetWebIdentityToken", "*", &c);
    assert_eq!(r.decision, Decision::ImplicitDeny);
    assert!(
        r.missing_context
            .contains(&"sts:IdentityTokenAudience".to_string())
    );
    assert!(r.missing_context.contains(&"aws:CalledViaLast".to_string()));
    let full = ctx(&[
        ("sts:IdentityTokenAudience", &["https://api.anthropic.com"]),
        (
            "aws:CalledViaLast",
            &["aws-external-anthropic.amazonaws.com"],
        ),
    ]);
    let r = evaluate(&pol(&doc), None, "sts:GetWebIdentityToken", "*", &full);
    assert_eq!(r.decision, Decision::Allowed);
    assert!(r.missing_context.is_empty());
}

#[test]
fn null_operator() {
    let c = ctx(&[("aws:TokenIssueTime", &["2026-01-01T00:00:00Z"])]);
    assert!(cond(json!({"Null":{"aws:TokenIssueTime":"false"}}), &c).0);
    assert!(!cond(json!({"Null":{"aws:TokenIssueTime":"true"}}), &c).0);
    let (ok, missing) = cond(json!({"Null":{"aws:MultiFactorAuthAge":"true"}}), &c);
    assert!(ok);
    assert!(missing.is_empty(), "Null does not report a missing key");
    assert!(cond(json!({"Null":{"aws:MultiFactorAuthAge":true}}), &c).0);
}

#[test]
fn for_any_and_for_all_values() {
    let c = ctx(&[("aws:TagKeys", &["env", "team"])]);
    assert!(
        cond(
            json!({"ForAnyValue:StringEquals":{"aws:TagKeys":["team","cost"]}}),
            &c
        )
        .0
    );
    assert!(
        !cond(
            json!({"ForAnyValue:StringEquals":{"aws:TagKeys":["cost"]}}),
            &c
        )
        .0
    );
    assert!(
        cond(
            json!({"ForAllValues:StringEquals":{"aws:TagKeys":["env","team","cost"]}}),
            &c
        )
        .0
    );
    assert!(
        !cond(
            json!({"ForAllValues:StringEquals":{"aws:TagKeys":["env"]}}),
            &c
        )
        .0
    );
    assert!(
        cond(
            json!({"ForAllValues:StringLike":{"aws:TagKeys":["e*","t*"]}}),
            &c
        )
        .0
    );
    // negated set operators
    assert!(
        cond(
            json!({"ForAnyValue:StringNotEquals":{"aws:TagKeys":["env"]}}),
            &c
        )
        .0
    );
    assert!(
        !cond(
            json!({"ForAnyValue:StringNotEquals":{"aws:TagKeys":["env","team"]}}),
            &c
        )
        .0
    );
    assert!(
        cond(
            json!({"ForAllValues:StringNotEquals":{"aws:TagKeys":["cost"]}}),
            &c
        )
        .0
    );
    assert!(
        !cond(
            json!({"ForAllValues:StringNotEquals":{"aws:TagKeys":["env"]}}),
            &c
        )
        .0
    );
    // missing key: ForAllValues true, ForAnyValue false
    let empty = Context::new();
    assert!(
        cond(
            json!({"ForAllValues:StringEquals":{"aws:TagKeys":["x"]}}),
            &empty
        )
        .0
    );
    assert!(
        !cond(
            json!({"ForAnyValue:StringEquals":{"aws:TagKeys":["x"]}}),
            &empty
        )
        .0
    );
    // ForAnyValue with IfExists
    assert!(
        cond(
            json!({"ForAnyValue:StringEqualsIfExists":{"aws:TagKeys":["x"]}}),
            &empty
        )
        .0
    );
}

#[test]
fn numeric_bool_date_ip_arn_operators() {
    let c = ctx(&[
        ("sts:DurationSeconds", &["900"]),
        ("aws:SecureTransport", &["true"]),
        ("aws:CurrentTime", &["2026-05-07T12:00:00Z"]),
        ("aws:SourceIp", &["10.1.2.3"]),
        (
            "aws:PrincipalArn",
            &["arn:aws:iam::123456789012:role/cp-role"],
        ),
    ]);
    assert!(
        cond(
            json!({"NumericLessThanEquals":{"sts:DurationSeconds":"900"}}),
            &c
        )
        .0
    );
    assert!(!cond(json!({"NumericLessThan":{"sts:DurationSeconds":900}}), &c).0);
    assert!(
        cond(
            json!({"NumericGreaterThan":{"sts:DurationSeconds":"60"}}),
            &c
        )
        .0
    );
    assert!(
        cond(
            json!({"NumericGreaterThanEquals":{"sts:DurationSeconds":"900.0"}}),
            &c
        )
        .0
    );
    assert!(cond(json!({"NumericEquals":{"sts:DurationSeconds":"900"}}), &c).0);
    assert!(
        cond(
            json!({"NumericNotEquals":{"sts:DurationSeconds":"901"}}),
            &c
        )
        .0
    );
    assert!(!cond(json!({"NumericEquals":{"sts:DurationSeconds":"abc"}}), &c).0);
    assert!(cond(json!({"Bool":{"aws:SecureTransport":"true"}}), &c).0);
    assert!(cond(json!({"Bool":{"aws:SecureTransport":true}}), &c).0);
    assert!(!cond(json!({"Bool":{"aws:SecureTransport":"false"}}), &c).0);
    assert!(
        cond(
            json!({"DateLessThan":{"aws:CurrentTime":"2026-06-01T00:00:00Z"}}),
            &c
        )
        .0
    );
    assert!(
        !cond(
            json!({"DateGreaterThan":{"aws:CurrentTime":"2026-06-01"}}),
            &c
        )
        .0
    );
    assert!(
        cond(
            json!({"DateGreaterThanEquals":{"aws:CurrentTime":"2026-05-07T14:00:00+02:00"}}),
            &c
        )
        .0
    );
    assert!(
        cond(
            json!({"DateEquals":{"aws:CurrentTime":"2026-05-07T12:00:00Z"}}),
            &c
        )
        .0
    );
    assert!(cond(json!({"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}), &c).0);
    assert!(!cond(json!({"IpAddress":{"aws:SourceIp":"192.168.0.0/16"}}), &c).0);
    assert!(
        cond(
            json!({"NotIpAddress":{"aws:SourceIp":"192.168.0.0/16"}}),
            &c
        )
        .0
    );
    assert!(
        cond(
            json!({"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/cp-*"}}),
            &c
        )
        .0
    );
    assert!(
        cond(
            json!({"ArnEquals":{"aws:PrincipalArn":"arn:aws:iam::123456789012:role/cp-role"}}),
            &c
        )
        .0
    );
    assert!(
        !cond(
            json!({"ArnNotLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/*"}}),
            &c
        )
        .0
    );
    // unknown operator fails closed
    assert!(!cond(json!({"StringSortOf":{"aws:SecureTransport":"true"}}), &c).0);
}

#[test]
fn dates_parse() {
    assert_eq!(parse_date("1970-01-01T00:00:00Z"), Some(0.0));
    assert_eq!(parse_date("1970-01-02"), Some(86400.0));
    assert_eq!(parse_date("2026-05-07T12:00:00Z"), Some(1_778_155_200.0));
    assert_eq!(
        parse_date("2026-05-07T14:00:00+02:00"),
        Some(1_778_155_200.0)
    );
    assert_eq!(parse_date("1778155200"), Some(1_778_155_200.0));
    assert_eq!(parse_date("not a date"), None);
}

#[test]
fn policy_variables() {
    let doc = json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"arn:aws:iam::123456789012:user/${aws:username}"}]});
    let c = ctx(&[("aws:username", &["dev"])]);
    assert_eq!(
        decide(
            &doc,
            "iam:GetUser",
            "arn:aws:iam::123456789012:user/dev",
            &c
        ),
        Decision::Allowed
    );
    assert_eq!(
        decide(
            &doc,
            "iam:GetUser",
            "arn:aws:iam::123456789012:user/other",
            &c
        ),
        Decision::ImplicitDeny
    );
    // no value for the variable: no match
    assert_eq!(
        decide(
            &doc,
            "iam:GetUser",
            "arn:aws:iam::123456789012:user/dev",
            &Context::new()
        ),
        Decision::ImplicitDeny
    );
    // 2008-10-17 documents take ${...} literally
    let old = json!({"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"arn:aws:iam::123456789012:user/${aws:username}"}]});
    assert_eq!(
        decide(
            &old,
            "iam:GetUser",
            "arn:aws:iam::123456789012:user/dev",
            &c
        ),
        Decision::ImplicitDeny
    );
    assert_eq!(
        decide(
            &old,
            "iam:GetUser",
            "arn:aws:iam::123456789012:user/${aws:username}",
            &c
        ),
        Decision::Allowed
    );
    // ${*} is a literal star
    let lit = json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/${*}"}]});
    assert_eq!(
        decide(&lit, "s3:GetObject", "arn:aws:s3:::b/*", &c),
        Decision::Allowed
    );
    assert_eq!(
        decide(&lit, "s3:GetObject", "arn:aws:s3:::b/x", &c),
        Decision::ImplicitDeny
    );
    // variables in condition values
    let cv = json!({"StringEquals":{"aws:PrincipalTag/owner":"${aws:username}"}});
    let c2 = ctx(&[
        ("aws:username", &["dev"]),
        ("aws:PrincipalTag/owner", &["dev"]),
    ]);
    assert!(cond(cv, &c2).0);
}

fn user(arn: &str) -> RequestPrincipal {
    RequestPrincipal::Aws {
        arn: arn.into(),
        account: "123456789012".into(),
        role_arn: None,
    }
}

#[test]
fn principal_matching() {
    let dev = user("arn:aws:iam::123456789012:user/dev");
    let session = RequestPrincipal::Aws {
        arn: "arn:aws:sts::123456789012:assumed-role/cp-role/s1".into(),
        account: "123456789012".into(),
        role_arn: Some("arn:aws:iam::123456789012:role/cp-role".into()),
    };
    let other = RequestPrincipal::Aws {
        arn: "arn:aws:iam::210987654321:user/x".into(),
        account: "210987654321".into(),
        role_arn: None,
    };
    assert_eq!(principal_matches(&json!("*"), &dev), PrincipalMatch::Broad);
    assert_eq!(
        principal_matches(&json!("*"), &RequestPrincipal::Anonymous),
        PrincipalMatch::Broad
    );
    assert_eq!(
        principal_matches(&json!({"AWS":"*"}), &other),
        PrincipalMatch::Broad
    );
    assert_eq!(
        principal_matches(&json!({"AWS":"123456789012"}), &dev),
        PrincipalMatch::Broad
    );
    assert_eq!(
        principal_matches(&json!({"AWS":"123456789012"}), &other),
        PrincipalMatch::None
    );
    assert_eq!(
        principal_matches(&json!({"AWS":"arn:aws:iam::123456789012:root"}), &session),
        PrincipalMatch::Broad
    );
    assert_eq!(
        principal_matches(&json!({"AWS":["arn:aws:iam::123456789012:user/dev"]}), &dev),
        PrincipalMatch::Specific
    );
    assert_eq!(
        principal_matches(&json!({"AWS":"arn:aws:iam::123456789012:user/dev2"}), &dev),
        PrincipalMatch::None
    );
    assert_eq!(
        principal_matches(
            &json!({"AWS":"arn:aws:iam::123456789012:role/cp-role"}),
            &session
        ),
        PrincipalMatch::Broad
    );
    assert_eq!(
        principal_matches(
            &json!({"AWS":"arn:aws:sts::123456789012:assumed-role/cp-role/s1"}),
            &session
        ),
        PrincipalMatch::Specific
    );
    let oidc = RequestPrincipal::Federated {
        provider: "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
            .into(),
    };
    assert_eq!(
        principal_matches(
            &json!({"Federated":"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"}),
            &oidc
        ),
        PrincipalMatch::Specific
    );
    assert_eq!(
        principal_matches(&json!({"AWS":"arn:aws:iam::123456789012:root"}), &oidc),
        PrincipalMatch::None
    );
    assert_eq!(
        principal_matches(
            &json!({"Service":"ec2.amazonaws.com"}),
            &RequestPrincipal::Service {
                name: "ec2.amazonaws.com".into()
            }
        ),
        PrincipalMatch::Specific
    );
    assert_eq!(
        principal_matches(&json!({"Service":"ec2.amazonaws.com"}), &dev),
        PrincipalMatch::None
    );
}

#[test]
fn trust_policy_external_id_and_not_principal() {
    let trust = json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow",
        "Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole",
        "Condition":{"StringEquals":{"sts:ExternalId":"secret-ext"}}}]});
    let p = PolicyRef {
        id: "trust".into(),
        kind: "resource".into(),
        doc: &trust,
    };
    let role = "arn:aws:iam::123456789012:role/cp-role";
    let dev = user("arn:aws:iam::123456789012:user/dev");
    let r = evaluate_resource_policy(
        &p,
        &dev,
        "sts:AssumeRole",
        role,
        &ctx(&[("sts:ExternalId", &["secret-ext"])]),
    );
    assert_eq!(r.decision, Decision::Allowed);
    assert_eq!(r.principal_match, PrincipalMatch::Broad);
    let r = evaluate_resource_policy(
        &p,
        &dev,
        "sts:AssumeRole",
        role,
        &ctx(&[("sts:ExternalId", &["wrong"])]),
    );
    assert_eq!(r.decision, Decision::ImplicitDeny);
    let r = evaluate_resource_policy(&p, &dev, "sts:AssumeRole", role, &Context::new());
    assert_eq!(r.decision, Decision::ImplicitDeny);
    assert_eq!(r.missing_context, vec!["sts:ExternalId".to_string()]);
    // wrong action
    let r = evaluate_resource_policy(
        &p,
        &dev,
        "sts:AssumeRoleWithWebIdentity",
        role,
        &ctx(&[("sts:ExternalId", &["secret-ext"])]),
    );
    assert_eq!(r.decision, Decision::ImplicitDeny);
    // statement without Principal never applies in a resource policy
    let nop =
        json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]});
    let r = evaluate_resource_policy(
        &PolicyRef {
            id: "t".into(),
            kind: "resource".into(),
            doc: &nop,
        },
        &dev,
        "sts:AssumeRole",
        role,
        &Context::new(),
    );
    assert_eq!(r.decision, Decision::ImplicitDeny);
    // NotPrincipal + Deny: deny everybody except dev
    let np = json!({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"},
        {"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::123456789012:user/dev"},"Action":"sts:AssumeRole"}]});
    let npp = PolicyRef {
        id: "t".into(),
        kind: "resource".into(),
        doc: &np,
    };
    assert_eq!(
        evaluate_resource_policy(&npp, &dev, "sts:AssumeRole", role, &Context::new()).decision,
        Decision::Allowed
    );
    let eve = user("arn:aws:iam::123456789012:user/eve");
    assert_eq!(
        evaluate_resource_policy(&npp, &eve, "sts:AssumeRole", role, &Context::new()).decision,
        Decision::ExplicitDeny
    );
}

#[test]
fn trust_policy_federated_oidc() {
    let trust = json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow",
        "Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
        "Action":"sts:AssumeRoleWithWebIdentity",
        "Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"},
                     "StringLike":{"token.actions.githubusercontent.com:sub":"repo:org/*"}}}]});
    let p = PolicyRef {
        id: "trust".into(),
        kind: "resource".into(),
        doc: &trust,
    };
    let who = RequestPrincipal::Federated {
        provider: "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
            .into(),
    };
    let c = ctx(&[
        (
            "token.actions.githubusercontent.com:aud",
            &["sts.amazonaws.com"],
        ),
        (
            "token.actions.githubusercontent.com:sub",
            &["repo:org/app:ref:refs/heads/main"],
        ),
    ]);
    let role = "arn:aws:iam::123456789012:role/gh";
    let r = evaluate_resource_policy(&p, &who, "sts:AssumeRoleWithWebIdentity", role, &c);
    assert_eq!(r.decision, Decision::Allowed);
    assert_eq!(r.principal_match, PrincipalMatch::Specific);
    let bad = ctx(&[
        (
            "token.actions.githubusercontent.com:aud",
            &["sts.amazonaws.com"],
        ),
        (
            "token.actions.githubusercontent.com:sub",
            &["repo:evil/app"],
        ),
    ]);
    assert_eq!(
        evaluate_resource_policy(&p, &who, "sts:AssumeRoleWithWebIdentity", role, &bad).decision,
        Decision::ImplicitDeny
    );
    // an AWS principal is not the federated provider
    assert_eq!(
        evaluate_resource_policy(
            &p,
            &user("arn:aws:iam::123456789012:user/dev"),
            "sts:AssumeRoleWithWebIdentity",
            role,
            &c
        )
        .decision,
        Decision::ImplicitDeny
    );
}

#[test]
fn statement_positions_point_at_the_statement() {
    let doc = json!({"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"*","Resource":"*"},{"Sid":"B","Effect":"Deny","Action":"iam:*","Resource":"*"}]});
    let text = serde_json::to_string(&doc).unwrap();
    let ((l1, c1), (l2, c2)) = statement_position(&doc, 1).unwrap();
    assert_eq!((l1, l2), (1, 1));
    let sub: String = text.chars().skip(c1 - 1).take(c2 - c1).collect();
    assert!(
        sub.starts_with('{') && sub.ends_with('}') && sub.contains("\"Sid\":\"B\""),
        "{sub}"
    );
    let ((_, a1), (_, a2)) = statement_position(&doc, 0).unwrap();
    let sub0: String = text.chars().skip(a1 - 1).take(a2 - a1).collect();
    assert!(sub0.contains("\"Sid\":\"A\""));
    assert!(statement_position(&doc, 2).is_none());
}

#[test]
fn validation() {
    assert!(validate_document(&json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]})).is_ok());
    assert!(validate_document(&json!({"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}})).is_ok());
    assert!(validate_document(&json!([])).is_err());
    assert!(validate_document(&json!({"Version":"2012-10-17"})).is_err());
    assert!(validate_document(&json!({"Version":"2012-10-17","Statement":[{"Effect":"Maybe","Action":"*","Resource":"*"}]})).is_err());
    assert!(
        validate_document(
            &json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Resource":"*"}]})
        )
        .is_err()
    );
    assert!(validate_document(&json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","NotAction":"x","Resource":"*"}]})).is_err());
    assert!(
        validate_document(
            &json!({"Version":"1999","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]})
        )
        .is_err()
    );
}
