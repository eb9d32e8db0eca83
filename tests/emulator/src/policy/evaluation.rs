//! Evaluation: a set of policies, identity policies combined with a permissions boundary, and
//! resource (trust) policies against a request principal.

use super::conditions::eval_condition;
use super::document::{member, statements, uses_variables};
use super::statement::{
    effect_is_deny, principal_matches, statement_action_matches, statement_resource_matches,
};
use super::{
    AuthzResult, Context, Decision, MatchedStatement, PolicyRef, PrincipalMatch, RequestPrincipal,
};
use serde_json::Value;

/// Result of evaluating a set of policies (without combining with boundaries).
#[derive(Clone, Debug, Default)]
pub struct SetResult {
    pub allow: Vec<MatchedStatement>,
    pub deny: Vec<MatchedStatement>,
    pub missing: Vec<String>,
}

fn matched(
    p: &PolicyRef<'_>,
    s: &serde_json::Map<String, Value>,
    index: usize,
) -> MatchedStatement {
    MatchedStatement {
        source_policy_id: p.id.clone(),
        source_policy_type: p.kind.clone(),
        sid: member(s, "Sid").and_then(Value::as_str).map(str::to_string),
        index,
    }
}

/// Evaluates identity-style statements (no Principal) of `policies` for one action/resource.
pub fn evaluate_set(
    policies: &[PolicyRef<'_>],
    action: &str,
    resource: &str,
    ctx: &Context,
) -> SetResult {
    let mut out = SetResult::default();
    for p in policies {
        let vars = uses_variables(p.doc);
        for (i, s) in statements(p.doc).into_iter().enumerate() {
            let Some(deny) = effect_is_deny(s) else {
                continue;
            };
            if !statement_action_matches(s, action)
                || !statement_resource_matches(s, resource, ctx, vars)
            {
                continue;
            }
            let ok = match member(s, "Condition") {
                Some(c) => eval_condition(c, ctx, vars, &mut out.missing),
                None => true,
            };
            if ok {
                if deny {
                    out.deny.push(matched(p, s, i));
                } else {
                    out.allow.push(matched(p, s, i));
                }
            }
        }
    }
    out
}

/// Identity-policy evaluation with an optional permissions boundary: an explicit Deny in either
/// wins; otherwise the action must be allowed by the identity policies and (if a boundary is set)
/// by the boundary; otherwise implicit deny (AWS "Policy evaluation logic").
pub fn evaluate(
    identity: &[PolicyRef<'_>],
    boundary: Option<&[PolicyRef<'_>]>,
    action: &str,
    resource: &str,
    ctx: &Context,
) -> AuthzResult {
    let id = evaluate_set(identity, action, resource, ctx);
    let mut missing = id.missing.clone();
    let bd = boundary.map(|b| evaluate_set(b, action, resource, ctx));
    if let Some(b) = &bd {
        for m in &b.missing {
            if !missing.contains(m) {
                missing.push(m.clone());
            }
        }
    }
    let mut deny = id.deny.clone();
    if let Some(b) = &bd {
        deny.extend(b.deny.iter().cloned());
    }
    if !deny.is_empty() {
        return AuthzResult {
            decision: Decision::ExplicitDeny,
            matched: deny,
            missing_context: missing,
        };
    }
    let boundary_ok = bd.as_ref().is_none_or(|b| !b.allow.is_empty());
    if !id.allow.is_empty() && boundary_ok {
        let mut m = id.allow;
        if let Some(b) = bd {
            m.extend(b.allow);
        }
        return AuthzResult {
            decision: Decision::Allowed,
            matched: m,
            missing_context: missing,
        };
    }
    AuthzResult {
        decision: Decision::ImplicitDeny,
        matched: Vec::new(),
        missing_context: missing,
    }
}

/// Result of evaluating a resource-based (trust) policy.
#[derive(Clone, Debug)]
pub struct TrustResult {
    pub decision: Decision,
    /// How the allowing statement named the principal (Specific vs Broad) — decides whether a
    /// same-account caller also needs an identity-policy Allow.
    pub principal_match: PrincipalMatch,
    pub matched: Vec<MatchedStatement>,
    pub missing_context: Vec<String>,
}

/// Evaluates a resource-based policy (e.g. a role trust policy) for `who` performing `action`
/// on `resource`. Statements must name the principal (Principal matches, or NotPrincipal does
/// not match). Explicit deny wins.
pub fn evaluate_resource_policy(
    p: &PolicyRef<'_>,
    who: &RequestPrincipal,
    action: &str,
    resource: &str,
    ctx: &Context,
) -> TrustResult {
    let vars = uses_variables(p.doc);
    let mut missing = Vec::new();
    let mut allow = Vec::new();
    let mut deny = Vec::new();
    let mut best = PrincipalMatch::None;
    for (i, s) in statements(p.doc).into_iter().enumerate() {
        let Some(is_deny) = effect_is_deny(s) else {
            continue;
        };
        let pm = if let Some(pr) = member(s, "Principal") {
            principal_matches(pr, who)
        } else if let Some(np) = member(s, "NotPrincipal") {
            if principal_matches(np, who) == PrincipalMatch::None {
                PrincipalMatch::Broad
            } else {
                PrincipalMatch::None
            }
        } else {
            PrincipalMatch::None
        };
        if pm == PrincipalMatch::None
            || !statement_action_matches(s, action)
            || !statement_resource_matches(s, resource, ctx, vars)
        {
            continue;
        }
        let ok = match member(s, "Condition") {
            Some(c) => eval_condition(c, ctx, vars, &mut missing),
            None => true,
        };
        if !ok {
            continue;
        }
        if is_deny {
            deny.push(matched(p, s, i));
        } else {
            best = best.max(pm);
            allow.push(matched(p, s, i));
        }
    }
    if !deny.is_empty() {
        TrustResult {
            decision: Decision::ExplicitDeny,
            principal_match: PrincipalMatch::None,
            matched: deny,
            missing_context: missing,
        }
    } else if !allow.is_empty() {
        TrustResult {
            decision: Decision::Allowed,
            principal_match: best,
            matched: allow,
            missing_context: missing,
        }
    } else {
        TrustResult {
            decision: Decision::ImplicitDeny,
            principal_match: PrincipalMatch::None,
            matched: Vec::new(),
            missing_context: missing,
        }
    }
}
