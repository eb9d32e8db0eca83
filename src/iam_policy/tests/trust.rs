use super::*;

fn trust(json: &str) -> PolicyDocument {
    parse_document(json).unwrap()
}

fn assume(doc: &PolicyDocument, principal: &str, c: &Context) -> Evaluation {
    evaluate_trust(doc, "AWS", principal, "sts:AssumeRole", c)
}

const USER: &str = "arn:aws:iam::123456789012:user/alice";
const ROLE: &str = "arn:aws:iam::123456789012:role/ci/deployer";
const SESSION: &str = "arn:aws:sts::123456789012:assumed-role/deployer/session-1";

#[test]
fn trust_exact_arn() {
    let doc = trust(&format!(
        r#"{{"Version":"2012-10-17","Statement":{{"Effect":"Allow","Principal":{{"AWS":"{ROLE}"}},"Action":"sts:AssumeRole"}}}}"#
    ));
    let c = Context::new();
    let e = assume(&doc, ROLE, &c);
    assert_eq!(e.decision, Decision::Allowed);
    assert_eq!(e.matched[0].policy_kind, PolicyKind::Trust);
    // A session of the role is matched by the role's ARN (path dropped in the session ARN).
    assert_eq!(assume(&doc, SESSION, &c).decision, Decision::Allowed);
    assert_eq!(
        assume(&doc, "arn:aws:sts::123456789012:assumed-role/other/s", &c).decision,
        Decision::ImplicitDeny
    );
    assert_eq!(
        assume(
            &doc,
            "arn:aws:sts::999999999999:assumed-role/deployer/s",
            &c
        )
        .decision,
        Decision::ImplicitDeny
    );
    assert_eq!(assume(&doc, USER, &c).decision, Decision::ImplicitDeny);
    assert_eq!(
        assume(&doc, "arn:aws:iam::123456789012:root", &c).decision,
        Decision::ImplicitDeny
    );
    // Wrong action.
    assert_eq!(
        evaluate_trust(&doc, "AWS", ROLE, "sts:AssumeRoleWithWebIdentity", &c).decision,
        Decision::ImplicitDeny
    );
    // Wrong principal kind.
    assert_eq!(
        evaluate_trust(&doc, "Service", ROLE, "sts:AssumeRole", &c).decision,
        Decision::ImplicitDeny
    );
}

#[test]
fn trust_account_root_and_bare_id() {
    let c = Context::new();
    for value in ["arn:aws:iam::123456789012:root", "123456789012"] {
        let doc = trust(&format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"AWS":["{value}"]}},"Action":["sts:AssumeRole","sts:TagSession"]}}]}}"#
        ));
        for p in [
            USER,
            ROLE,
            SESSION,
            "arn:aws:iam::123456789012:root",
            "123456789012",
        ] {
            assert_eq!(
                assume(&doc, p, &c).decision,
                Decision::Allowed,
                "{value} {p}"
            );
        }
        assert_eq!(
            assume(&doc, "arn:aws:iam::999999999999:user/mallory", &c).decision,
            Decision::ImplicitDeny
        );
    }
}

#[test]
fn trust_star_with_and_without_conditions() {
    let c = Context::new();
    let open =
        trust(r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}}"#);
    assert_eq!(
        assume(&open, "arn:aws:iam::999999999999:user/mallory", &c).decision,
        Decision::Allowed
    );
    assert_eq!(
        evaluate_trust(
            &open,
            "Federated",
            "token.actions.githubusercontent.com",
            "sts:AssumeRole",
            &c
        )
        .decision,
        Decision::Allowed
    );
    let aws_star = trust(
        r#"{"Statement":{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}}"#,
    );
    assert_eq!(assume(&aws_star, USER, &c).decision, Decision::Allowed);
    let guarded = trust(
        r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole",
           "Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}}}"#,
    );
    let e = assume(&guarded, USER, &c);
    assert_eq!(e.decision, Decision::ImplicitDeny);
    assert_eq!(e.missing_context, vec!["aws:PrincipalOrgID"]);
    let in_org = ctx(&[("aws:principalorgid", &["o-abc123"])]);
    assert_eq!(assume(&guarded, USER, &in_org).decision, Decision::Allowed);
    let other_org = ctx(&[("aws:PrincipalOrgID", &["o-zzz"])]);
    assert_eq!(
        assume(&guarded, USER, &other_org).decision,
        Decision::ImplicitDeny
    );
}

#[test]
fn trust_external_id() {
    let doc = trust(
        r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},
           "Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"cpaws-123"}}}}"#,
    );
    let vendor = "arn:aws:iam::111122223333:role/vendor";
    let ok = ctx(&[("sts:ExternalId", &["cpaws-123"])]);
    assert_eq!(assume(&doc, vendor, &ok).decision, Decision::Allowed);
    let bad = ctx(&[("sts:ExternalId", &["nope"])]);
    let e = assume(&doc, vendor, &bad);
    assert_eq!(e.decision, Decision::ImplicitDeny);
    assert!(e.missing_context.is_empty());
    let e = assume(&doc, vendor, &Context::new());
    assert_eq!(e.decision, Decision::ImplicitDeny);
    assert_eq!(e.missing_context, vec!["sts:ExternalId"]);
    // Principal not trusted: conditions are not even looked at.
    let e = assume(&doc, USER, &Context::new());
    assert_eq!(e.decision, Decision::ImplicitDeny);
    assert!(e.missing_context.is_empty());
}

#[test]
fn trust_github_oidc() {
    let doc = trust(
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow",
           "Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
           "Action":"sts:AssumeRoleWithWebIdentity",
           "Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"},
                        "StringLike":{"token.actions.githubusercontent.com:sub":"repo:acme/app:*"}}}]}"#,
    );
    let act = "sts:AssumeRoleWithWebIdentity";
    let good = ctx(&[
        (
            "token.actions.githubusercontent.com:aud",
            &["sts.amazonaws.com"],
        ),
        (
            "token.actions.githubusercontent.com:sub",
            &["repo:acme/app:ref:refs/heads/main"],
        ),
    ]);
    let provider = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
    for p in [provider, "token.actions.githubusercontent.com"] {
        assert_eq!(
            evaluate_trust(&doc, "Federated", p, act, &good).decision,
            Decision::Allowed,
            "{p}"
        );
    }
    assert_eq!(
        evaluate_trust(
            &doc,
            "Federated",
            "arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com",
            act,
            &good
        )
        .decision,
        Decision::ImplicitDeny
    );
    assert_eq!(
        evaluate_trust(&doc, "AWS", provider, act, &good).decision,
        Decision::ImplicitDeny
    );
    assert_eq!(
        evaluate_trust(&doc, "Federated", provider, "sts:AssumeRole", &good).decision,
        Decision::ImplicitDeny
    );
    let other_repo = ctx(&[
        (
            "token.actions.githubusercontent.com:aud",
            &["sts.amazonaws.com"],
        ),
        (
            "token.actions.githubusercontent.com:sub",
            &["repo:evil/app:ref:refs/heads/main"],
        ),
    ]);
    assert_eq!(
        evaluate_trust(&doc, "Federated", provider, act, &other_repo).decision,
        Decision::ImplicitDeny
    );
    let wrong_aud = ctx(&[
        (
            "token.actions.githubusercontent.com:aud",
            &["https://example.com"],
        ),
        (
            "token.actions.githubusercontent.com:sub",
            &["repo:acme/app:ref:refs/heads/main"],
        ),
    ]);
    assert_eq!(
        evaluate_trust(&doc, "Federated", provider, act, &wrong_aud).decision,
        Decision::ImplicitDeny
    );
    let e = evaluate_trust(&doc, "Federated", provider, act, &Context::new());
    assert_eq!(
        e.missing_context,
        vec![
            "token.actions.githubusercontent.com:aud",
            "token.actions.githubusercontent.com:sub"
        ]
    );
}

#[test]
fn trust_not_principal_and_deny() {
    let doc = trust(&format!(
        r#"{{"Version":"2012-10-17","Statement":[
           {{"Effect":"Allow","Principal":{{"AWS":"123456789012"}},"Action":"sts:AssumeRole","Resource":"arn:aws:iam::123456789012:role/unrelated"}},
           {{"Sid":"OnlyCi","Effect":"Deny","NotPrincipal":{{"AWS":"{ROLE}"}},"Action":"sts:AssumeRole"}}]}}"#
    ));
    let c = Context::new();
    // Resource is ignored for trust policies.
    assert_eq!(assume(&doc, ROLE, &c).decision, Decision::Allowed);
    assert_eq!(assume(&doc, SESSION, &c).decision, Decision::Allowed);
    let e = assume(&doc, USER, &c);
    assert_eq!(e.decision, Decision::ExplicitDeny);
    assert!(e.matched.iter().any(|m| m.sid.as_deref() == Some("OnlyCi")));
    let svc = trust(
        r#"{"Statement":{"Effect":"Allow","Principal":{"Service":["ec2.amazonaws.com","lambda.amazonaws.com"]},"Action":"sts:AssumeRole"}}"#,
    );
    assert_eq!(
        evaluate_trust(
            &svc,
            "Service",
            "lambda.amazonaws.com",
            "sts:AssumeRole",
            &c
        )
        .decision,
        Decision::Allowed
    );
    assert_eq!(
        evaluate_trust(&svc, "Service", "ecs.amazonaws.com", "sts:AssumeRole", &c).decision,
        Decision::ImplicitDeny
    );
}
