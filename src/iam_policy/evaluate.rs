//! Evaluation.

use super::*;
use crate::arn::Arn;

#[derive(Default)]
pub(super) struct Tally {
    allow: bool,
    deny: bool,
}

pub(super) fn scan(
    policies: &[NamedPolicy],
    action: &str,
    resource: &str,
    context: &Context,
    matched: &mut Vec<MatchedStatement>,
    missing: &mut Vec<String>,
) -> Tally {
    let mut tally = Tally::default();
    for policy in policies {
        let variables = uses_variables(&policy.document);
        for stmt in &policy.document.statements {
            if !action_applies(stmt, action)
                || !resource_applies(stmt, resource, context, variables)
            {
                continue;
            }
            if !conditions_hold(stmt, context, variables, missing) {
                continue;
            }
            match stmt.effect {
                Effect::Allow => tally.allow = true,
                Effect::Deny => tally.deny = true,
            }
            matched.push(MatchedStatement {
                policy_id: policy.id.clone(),
                policy_kind: policy.kind,
                index: stmt.index,
                sid: stmt.sid.clone(),
                effect: stmt.effect,
            });
        }
    }
    tally
}

/// Identity-policy evaluation as IAM does it within one account: an explicit Deny in any policy wins;
/// otherwise Allow if some Allow statement matches; otherwise implicit deny. If `boundary` is Some, the
/// action must also be allowed by the boundary (a boundary Deny is an explicit deny; no boundary Allow
/// is an implicit deny). `Principal`/`NotPrincipal` in these documents are ignored.
pub fn evaluate(
    policies: &[NamedPolicy],
    boundary: Option<&[NamedPolicy]>,
    action: &str,
    resource: &str,
    context: &Context,
) -> Evaluation {
    let mut matched = Vec::new();
    let mut missing = Vec::new();
    let identity = scan(
        policies,
        action,
        resource,
        context,
        &mut matched,
        &mut missing,
    );
    let boundary_tally =
        boundary.map(|b| scan(b, action, resource, context, &mut matched, &mut missing));
    let decision = if identity.deny || boundary_tally.as_ref().is_some_and(|t| t.deny) {
        Decision::ExplicitDeny
    } else if identity.allow && boundary_tally.as_ref().is_none_or(|t| t.allow) {
        Decision::Allowed
    } else {
        Decision::ImplicitDeny
    };
    Evaluation {
        decision,
        matched,
        missing_context: missing,
    }
}

pub(super) fn is_account_id(s: &str) -> bool {
    s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit())
}

/// The account a principal belongs to (from its ARN, or the bare 12-digit id itself).
pub(super) fn principal_account(principal: &str) -> Option<String> {
    if is_account_id(principal) {
        return Some(principal.to_string());
    }
    Arn::parse(principal)
        .ok()
        .map(|a| a.account().to_string())
        .filter(|a| !a.is_empty())
}

/// Does one `"AWS"` principal value from a policy cover `principal`?
pub(super) fn aws_principal_matches(value: &str, principal: &str) -> bool {
    let value = value.trim();
    if value == "*" || value == principal {
        return true;
    }
    let (value_arn, principal_arn) = (Arn::parse(value).ok(), Arn::parse(principal).ok());
    // Account trust: "123456789012" or "arn:aws:iam::123456789012:root".
    let trusted_account = if is_account_id(value) {
        Some(value.to_string())
    } else {
        value_arn
            .as_ref()
            .filter(|a| a.service() == "iam" && a.resource() == "root")
            .map(|a| a.account().to_string())
    };
    if let Some(account) = trusted_account {
        return principal_account(principal) == Some(account);
    }
    // An assumed-role session is also matched by its role's ARN (any path).
    if let (Some(v), Some(p)) = (&value_arn, &principal_arn)
        && v.service() == "iam"
        && v.resource().starts_with("role/")
        && v.partition() == p.partition()
        && v.account() == p.account()
        && let (Some(role_name), Some(session_role)) = (v.resource_name(), p.session_role_name())
        && p.resource().matches('/').count() >= 2
    {
        return role_name == session_role;
    }
    false
}

/// Does one `"Federated"` principal value cover `principal`? Exact match, or an OIDC provider ARN
/// (`arn:aws:iam::ACCT:oidc-provider/HOST`) against its bare host, either way round.
pub(super) fn federated_principal_matches(value: &str, principal: &str) -> bool {
    let host = |s: &str| -> String {
        match Arn::parse(s) {
            Ok(a) if a.service() == "iam" => {
                let res = a.resource();
                res.strip_prefix("oidc-provider/")
                    .or_else(|| res.strip_prefix("saml-provider/"))
                    .unwrap_or(res)
                    .to_ascii_lowercase()
            }
            _ => s.to_ascii_lowercase(),
        }
    };
    if value == "*" || value == principal {
        return true;
    }
    let (v_arn, p_arn) = (Arn::parse(value).is_ok(), Arn::parse(principal).is_ok());
    if v_arn && p_arn {
        return false;
    }
    host(value) == host(principal)
}

pub(super) fn principal_value_matches(kind: &str, value: &str, principal: &str) -> bool {
    match kind {
        "AWS" => aws_principal_matches(value, principal),
        "Federated" => federated_principal_matches(value, principal),
        "Service" => value == "*" || value.eq_ignore_ascii_case(principal),
        _ => value == "*" || value == principal,
    }
}

pub(super) fn principal_covers(p: &Principal, kind: &str, principal: &str) -> bool {
    match p {
        Principal::Any => true,
        Principal::Map(map) => map.iter().any(|(k, values)| {
            k.eq_ignore_ascii_case(kind)
                && values
                    .iter()
                    .any(|v| principal_value_matches(k, v, principal))
        }),
    }
}

/// Does a trust-policy statement apply to `principal_arn` (of `principal_kind`) for `action`,
/// its conditions aside? (`Principal`/`NotPrincipal` as in [`evaluate_trust`].)
pub fn statement_names(
    stmt: &Statement,
    principal_kind: &str,
    principal_arn: &str,
    action: &str,
) -> bool {
    action_applies(stmt, action)
        && match (&stmt.principal, &stmt.not_principal) {
            (Some(p), _) => principal_covers(p, principal_kind, principal_arn),
            (None, Some(np)) => !principal_covers(np, principal_kind, principal_arn),
            (None, None) => false,
        }
}

/// Does the statement's `Action`/`NotAction` cover `action`?
pub fn statement_grants(stmt: &Statement, action: &str) -> bool {
    action_applies(stmt, action)
}

/// Trust-policy evaluation: does `principal_arn` (an IAM user/role ARN, an account root
/// `arn:aws:iam::ACCT:root`, an assumed-role session ARN, or for Federated an OIDC provider ARN /
/// `token.actions.githubusercontent.com`) get `action` (e.g. `sts:AssumeRole`)?
///
/// `"*"` matches anyone; `{"AWS": "123456789012"}` or `arn:aws:iam::123456789012:root` trusts every
/// principal of that account; an exact ARN matches itself; an assumed-role session is also matched by
/// its role ARN; `NotPrincipal` applies to everyone it does not name. A statement with neither
/// `Principal` nor `NotPrincipal` applies to nobody. `Resource` is ignored. The matched statements
/// carry policy id `"trust"` and kind `"trust"`.
pub fn evaluate_trust(
    trust: &PolicyDocument,
    principal_kind: &str,
    principal_arn: &str,
    action: &str,
    context: &Context,
) -> Evaluation {
    let variables = uses_variables(trust);
    let mut matched = Vec::new();
    let mut missing = Vec::new();
    let (mut allow, mut deny) = (false, false);
    for stmt in &trust.statements {
        if !statement_names(stmt, principal_kind, principal_arn, action)
            || !conditions_hold(stmt, context, variables, &mut missing)
        {
            continue;
        }
        match stmt.effect {
            Effect::Allow => allow = true,
            Effect::Deny => deny = true,
        }
        matched.push(MatchedStatement {
            policy_id: "trust".to_string(),
            policy_kind: PolicyKind::Trust,
            index: stmt.index,
            sid: stmt.sid.clone(),
            effect: stmt.effect,
        });
    }
    let decision = if deny {
        Decision::ExplicitDeny
    } else if allow {
        Decision::Allowed
    } else {
        Decision::ImplicitDeny
    };
    Evaluation {
        decision,
        matched,
        missing_context: missing,
    }
}
