//! Trust policies for the role paths people use with Claude Platform on AWS (shared by `doctor`'s
//! trust fix and `policy trust`).

use serde::Serialize;
use serde_json::{Value, json};

use crate::iam_policy;

/// One statement letting an AWS principal (role/user ARN, account ID or root ARN) assume the role,
/// with an `sts:ExternalId` condition when given (as AI gateways require).
pub fn aws_principal_statement(principal: &str, external_id: Option<&str>) -> Value {
    let principal = if principal.chars().all(|c| c.is_ascii_digit()) && principal.len() == 12 {
        format!("arn:aws:iam::{principal}:root")
    } else {
        principal.to_string()
    };
    let mut st = json!({
        "Sid": "AllowAssumeRole",
        "Effect": "Allow",
        "Principal": {"AWS": principal},
        "Action": "sts:AssumeRole"
    });
    if let Some(x) = external_id {
        st["Condition"] = json!({"StringEquals": {"sts:ExternalId": x}});
    }
    st
}

/// A whole trust policy with that one statement.
pub fn aws_principal_trust(principal: &str, external_id: Option<&str>) -> Value {
    json!({"Version": "2012-10-17", "Statement": [aws_principal_statement(principal, external_id)]})
}

/// An AI gateway that assumes a role in its customers' accounts. Each preset's principal is the one
/// its vendor documents for its hosted service (shared/seeds: TrueFoundry's "AWS Claude Platform"
/// page, Portkey's "Setup Assumed Role for Claude Platform on AWS"); self-hosted deployments
/// assume from their own role, which `note` says how to pass.
#[derive(Clone, Copy, Debug)]
pub struct Gateway {
    /// The preset's name on the command line (`--principal truefoundry`).
    pub name: &'static str,
    pub label: &'static str,
    /// The AWS principal (role ARN or account) the gateway assumes roles from, when documented.
    pub principal: Option<&'static str>,
    /// The gateway's own Claude Platform on AWS setup page.
    pub docs: &'static str,
    /// What its setup asks for, from the same documents.
    pub note: &'static str,
}

pub const GATEWAYS: &[Gateway] = &[
    Gateway {
        name: "truefoundry",
        label: "TrueFoundry",
        // "For SAAS deployments: Gateway role ARN: …" (TrueFoundry docs, "Using Assumed Role").
        principal: Some("arn:aws:iam::416964291864:role/tfy-ctl-production-ai-gateway-deps"),
        docs: "https://www.truefoundry.com/docs/ai-gateway/aws-claude-platform",
        note: "this is TrueFoundry's SaaS gateway role; an on-prem gateway assumes from arn:aws:iam::<your-account>:role/<account-prefix>-truefoundry-deps: pass that ARN instead. Give TrueFoundry the same external ID",
    },
    Gateway {
        name: "portkey",
        label: "Portkey",
        // "Portkey Account ARN: …" — "This ARN is for the hosted Portkey app" (Portkey docs).
        principal: Some("arn:aws:iam::299329113195:role/portkey-app"),
        docs: "https://portkey.ai/docs/integrations/llms/claude-platform-aws/claude-platform-aws",
        note: "this is the hosted Portkey app's role; a self-hosted gateway assumes from its own role (Portkey's Helm docs): pass that ARN instead. Its assumedRole auth type takes the role ARN and the same external ID",
    },
];

/// What to tell the user when `given` names a gateway preset: which principal it stands for and
/// when to pass another.
pub fn preset_note(given: &str) -> Option<String> {
    let g = GATEWAYS
        .iter()
        .find(|g| g.name.eq_ignore_ascii_case(given.trim()))?;
    Some(format!(
        "{}: trusting {} ({}; {})",
        g.label, g.principal?, g.note, g.docs
    ))
}

/// Why a principal given on the command line cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrincipalError {
    pub message: String,
    pub fix: String,
}

/// A principal as given to `flag` (`--principal`, `--trusted-principal`): an ARN, an account ID,
/// an OIDC provider's host, `*`, or the name of a gateway preset, which stands for its documented
/// principal. A bare word that is no preset (`truefoundy`) is an error, not an ARN.
pub fn resolve_principal(given: &str, flag: &str) -> Result<String, PrincipalError> {
    resolve_in(GATEWAYS, given, flag)
}

fn resolve_in(gateways: &[Gateway], given: &str, flag: &str) -> Result<String, PrincipalError> {
    let word = given.trim();
    if let Some(g) = gateways.iter().find(|g| g.name.eq_ignore_ascii_case(word)) {
        return match g.principal {
            Some(p) => Ok(p.to_string()),
            None => Err(PrincipalError {
                message: format!(
                    "no AWS principal for {label} is documented where cpaws can rely on it, and cpaws does not guess one",
                    label = g.label
                ),
                fix: format!(
                    "copy the AWS principal (the role ARN or account {label} assumes roles from) and your external ID from {label}'s setup ({docs}), then pass {flag} ARN --external-id ID ({label}: {note})",
                    label = g.label,
                    docs = g.docs,
                    note = g.note
                ),
            }),
        };
    }
    let bare = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && !word.chars().all(|c| c.is_ascii_digit());
    if bare {
        let names: Vec<&str> = gateways.iter().map(|g| g.name).collect();
        return Err(PrincipalError {
            message: format!(
                "{word:?} is not an ARN, an account ID, or a gateway cpaws knows ({})",
                names.join(", ")
            ),
            fix: format!(
                "pass {flag} arn:aws:iam::ACCOUNT:role/NAME (or a 12-digit account ID), or one of: {}",
                names.join(", ")
            ),
        });
    }
    Ok(given.to_string())
}

/// A statement's name in messages: its Sid, else its position (`statement 0` is the first).
pub fn statement_label(st: &iam_policy::Statement) -> String {
    st.sid
        .clone()
        .unwrap_or_else(|| format!("statement {}", st.index))
}

/// The condition that makes a statement require `external_id`, as JSON to paste into it.
pub fn external_id_condition(external_id: &str) -> String {
    format!(
        "\"Condition\": {{\"StringEquals\": {{\"sts:ExternalId\": {}}}}}",
        serde_json::to_string(external_id).unwrap_or_default()
    )
}

/// How the Allow statements that let a principal assume a role treat an external ID.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum ExternalIdCheck {
    /// No such statement.
    NoStatement,
    /// Every one requires an `sts:ExternalId`, and one accepts the given ID.
    Required,
    /// These statements let the principal in without requiring any `sts:ExternalId`: whoever can
    /// act as that principal (any customer of a shared gateway) can assume the role — the
    /// confused-deputy problem.
    NotRequired { statements: Vec<String> },
    /// Every one requires an `sts:ExternalId`, none the given one; these are the IDs they name.
    Other { ids: Vec<String> },
}

/// Judge `statements` (the Allow statements that let the principal in, conditions aside) against
/// the external ID the principal sends.
pub fn check_external_id<'a>(
    statements: impl IntoIterator<Item = &'a iam_policy::Statement>,
    given: &str,
) -> ExternalIdCheck {
    let is_ext = |c: &&iam_policy::Condition| c.key.eq_ignore_ascii_case("sts:ExternalId");
    let mut ctx = iam_policy::Context::new();
    ctx.insert("sts:ExternalId".into(), vec![given.to_string()]);
    let (mut any, mut accepted) = (false, false);
    let mut open = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for st in statements {
        any = true;
        let conds: Vec<&iam_policy::Condition> = st.conditions.iter().filter(is_ext).collect();
        if !conds
            .iter()
            .any(|c| iam_policy::condition_requires_value(c))
        {
            open.push(statement_label(st));
            continue;
        }
        if conds.iter().all(|c| iam_policy::condition_holds(c, &ctx)) {
            accepted = true;
        }
        for c in conds
            .iter()
            .filter(|c| iam_policy::condition_requires_value(c))
        {
            for v in &c.values {
                if !ids.contains(v) {
                    ids.push(v.clone());
                }
            }
        }
    }
    if !any {
        ExternalIdCheck::NoStatement
    } else if !open.is_empty() {
        ExternalIdCheck::NotRequired { statements: open }
    } else if accepted {
        ExternalIdCheck::Required
    } else {
        ExternalIdCheck::Other { ids }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statements(json: &str) -> Vec<iam_policy::Statement> {
        iam_policy::parse_document(json).unwrap().statements
    }

    #[test]
    fn external_id_required_missing_optional_or_other() {
        let st = |cond: &str| {
            statements(&format!(
                r#"{{"Version":"2012-10-17","Statement":[{{"Sid":"Gw","Effect":"Allow","Principal":{{"AWS":"arn:aws:iam::999988887777:role/gw"}},"Action":"sts:AssumeRole"{cond}}}]}}"#
            ))
        };
        let none = st("");
        assert_eq!(
            check_external_id(&none, "x-1"),
            ExternalIdCheck::NotRequired {
                statements: vec!["Gw".into()]
            }
        );
        let right = st(r#","Condition":{"StringEquals":{"sts:ExternalId":"x-1"}}"#);
        assert_eq!(check_external_id(&right, "x-1"), ExternalIdCheck::Required);
        assert_eq!(
            check_external_id(&right, "x-2"),
            ExternalIdCheck::Other {
                ids: vec!["x-1".into()]
            }
        );
        // Conditions that hold without the key do not protect against the confused deputy.
        for weak in [
            r#","Condition":{"StringEqualsIfExists":{"sts:ExternalId":"x-1"}}"#,
            r#","Condition":{"StringNotEquals":{"sts:ExternalId":"x-9"}}"#,
            r#","Condition":{"StringLike":{"sts:ExternalId":"*"}}"#,
            r#","Condition":{"Null":{"sts:ExternalId":"false"}}"#,
            r#","Condition":{"StringEquals":{"aws:PrincipalAccount":"999988887777"}}"#,
        ] {
            assert!(
                matches!(
                    check_external_id(&st(weak), "x-1"),
                    ExternalIdCheck::NotRequired { .. }
                ),
                "{weak}"
            );
        }
        let like = st(r#","Condition":{"StringLike":{"sts:ExternalId":"team-*"}}"#);
        assert_eq!(
            check_external_id(&like, "team-a"),
            ExternalIdCheck::Required
        );
        // One open statement is enough to make the ID optional.
        let mixed = statements(
            r#"{"Statement":[
              {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::999988887777:role/gw"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"x-1"}}},
              {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::999988887777:root"},"Action":"sts:AssumeRole"}]}"#,
        );
        assert_eq!(
            check_external_id(&mixed, "x-1"),
            ExternalIdCheck::NotRequired {
                statements: vec!["statement 1".into()]
            }
        );
        assert_eq!(check_external_id(&[], "x-1"), ExternalIdCheck::NoStatement);
    }

    #[test]
    fn principals_and_gateway_presets() {
        for p in [
            "arn:aws:iam::999988887777:role/gateway",
            "999988887777",
            "*",
            "token.actions.githubusercontent.com",
            "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com",
        ] {
            assert_eq!(resolve_principal(p, "--principal").as_deref(), Ok(p));
        }
        // Each preset stands for its vendor's documented hosted principal.
        assert_eq!(
            resolve_principal(" PORTKEY ", "--principal").as_deref(),
            Ok("arn:aws:iam::299329113195:role/portkey-app")
        );
        assert_eq!(
            resolve_principal("TrueFoundry", "--trusted-principal").as_deref(),
            Ok("arn:aws:iam::416964291864:role/tfy-ctl-production-ai-gateway-deps")
        );
        assert!(preset_note("portkey").is_some_and(|n| n.contains("self-hosted")));
        assert_eq!(preset_note("arn:aws:iam::1:role/x"), None);
        let e = resolve_principal("truefoundy", "--principal").unwrap_err();
        assert!(e.message.contains("truefoundry, portkey"), "{e:?}");
        // A preset without a documented principal is an error that says where to find it.
        let table = [Gateway {
            principal: None,
            ..GATEWAYS[0]
        }];
        let e = resolve_in(&table, "truefoundry", "--trusted-principal").unwrap_err();
        assert!(
            e.fix.contains("--trusted-principal ARN --external-id ID"),
            "{e:?}"
        );
        assert!(e.fix.contains("https://"), "{e:?}");
    }

    #[test]
    fn the_condition_snippet_is_json() {
        let s = external_id_condition("a\"b");
        assert_eq!(
            s,
            r#""Condition": {"StringEquals": {"sts:ExternalId": "a\"b"}}"#
        );
        let v: Value = serde_json::from_str(&format!("{{{s}}}")).unwrap();
        assert_eq!(v["Condition"]["StringEquals"]["sts:ExternalId"], "a\"b");
    }
}
