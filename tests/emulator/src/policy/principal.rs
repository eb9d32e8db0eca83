//! Evaluation against the emulator state: the policies of a user or role, the condition keys of
//! a caller, `authorize` and the AccessDenied message.

use super::evaluation::evaluate;
use super::{AuthzResult, Context, Decision, PolicyRef, RequestPrincipal};
use crate::state::{Caller, CallerKind, State};
use serde_json::Value;

/// A policy document owned together with its simulation identity.
#[derive(Clone, Debug)]
pub struct OwnedPolicy {
    pub id: String,
    pub kind: String,
    pub doc: Value,
}

impl OwnedPolicy {
    pub fn as_ref(&self) -> PolicyRef<'_> {
        PolicyRef {
            id: self.id.clone(),
            kind: self.kind.clone(),
            doc: &self.doc,
        }
    }
}

/// An IAM principal whose policies are evaluated (user or role, by name).
#[derive(Clone, Debug, PartialEq)]
pub enum PrincipalName {
    User(String),
    Role(String),
}

/// The identity policies (inline + attached managed) and the permissions boundary (if any) of a
/// user or role. None when the principal does not exist. SourcePolicyType values follow
/// SimulatePrincipalPolicy: inline user policies `user`, inline role policies `role`, AWS
/// managed `aws-managed`, customer managed `user-managed`; the SourcePolicyId of a managed policy
/// is its name.
pub fn principal_policies(
    state: &State,
    account_id: &str,
    who: &PrincipalName,
) -> Option<(Vec<OwnedPolicy>, Option<Vec<OwnedPolicy>>)> {
    let account = state.account(account_id)?;
    let (inline, attached, boundary, inline_kind) = match who {
        PrincipalName::User(n) => {
            let u = account.user(n)?;
            (
                &u.inline_policies,
                &u.attached_policies,
                &u.permissions_boundary,
                "user",
            )
        }
        PrincipalName::Role(n) => {
            let r = account.role(n)?;
            (
                &r.inline_policies,
                &r.attached_policies,
                &r.permissions_boundary,
                "role",
            )
        }
    };
    let mut out: Vec<OwnedPolicy> = inline
        .iter()
        .map(|(name, doc)| OwnedPolicy {
            id: name.clone(),
            kind: inline_kind.to_string(),
            doc: doc.clone(),
        })
        .collect();
    for arn in attached {
        // An attachment whose policy does not exist grants nothing.
        if let Some(p) = crate::managed::resolve(account, arn) {
            out.push(OwnedPolicy {
                id: p.name,
                kind: if p.aws_managed {
                    "aws-managed"
                } else {
                    "user-managed"
                }
                .to_string(),
                doc: p.document,
            });
        }
    }
    let boundary = boundary.as_ref().map(|arn| {
        // A boundary ARN that does not resolve allows nothing (fail closed; UNCONFIRMED, IAM
        // refuses to set such a boundary in the first place).
        crate::managed::resolve(account, arn)
            .map(|p| OwnedPolicy {
                id: p.name,
                kind: if p.aws_managed {
                    "aws-managed"
                } else {
                    "user-managed"
                }
                .to_string(),
                doc: p.document,
            })
            .into_iter()
            .collect::<Vec<_>>()
    });
    Some((out, boundary))
}

/// Evaluates the identity policies (+ boundary) of a user or role. Missing principal = implicit
/// deny with nothing matched.
pub fn evaluate_principal(
    state: &State,
    account_id: &str,
    who: &PrincipalName,
    action: &str,
    resource: &str,
    ctx: &Context,
) -> AuthzResult {
    match principal_policies(state, account_id, who) {
        Some((identity, boundary)) => {
            let id: Vec<PolicyRef<'_>> = identity.iter().map(OwnedPolicy::as_ref).collect();
            let bd: Option<Vec<PolicyRef<'_>>> = boundary
                .as_ref()
                .map(|b| b.iter().map(OwnedPolicy::as_ref).collect());
            evaluate(&id, bd.as_deref(), action, resource, ctx)
        }
        None => AuthzResult {
            decision: Decision::ImplicitDeny,
            matched: Vec::new(),
            missing_context: Vec::new(),
        },
    }
}

/// The principal-related global condition keys AWS adds to every request context
/// (aws:PrincipalArn — the role ARN for role sessions —, aws:PrincipalAccount, aws:userid,
/// aws:username for IAM users, aws:PrincipalType). Values already in `ctx` are kept.
pub fn with_principal_keys(caller: &Caller, ctx: &Context) -> Context {
    let mut c = ctx.clone();
    let mut put = |k: &str, v: String| {
        c.entry(k.to_string()).or_insert_with(|| vec![v]);
    };
    let (principal_arn, ptype) = match &caller.kind {
        CallerKind::User { .. } => (caller.arn.clone(), "User"),
        CallerKind::AssumedRole { role, .. } => (
            format!("arn:aws:iam::{}:role/{role}", caller.account),
            "AssumedRole",
        ),
        CallerKind::Root => (caller.arn.clone(), "Account"),
    };
    put("aws:principalarn", principal_arn);
    put("aws:principalaccount", caller.account.clone());
    put("aws:userid", caller.user_id.clone());
    put("aws:principaltype", ptype.to_string());
    if let CallerKind::User { name } = &caller.kind {
        put("aws:username", name.clone());
    }
    c
}

/// Authorizes `caller` for `action` on `resource` by its identity policies (and permissions
/// boundary). The account root user is allowed everything in its account (SCPs are not
/// emulated). A role session is evaluated with its role's policies (session policies are not
/// emulated).
pub fn authorize(
    state: &State,
    caller: &Caller,
    action: &str,
    resource: &str,
    context: &Context,
) -> AuthzResult {
    let ctx = with_principal_keys(caller, context);
    let who = match &caller.kind {
        CallerKind::Root => {
            return AuthzResult {
                decision: Decision::Allowed,
                matched: Vec::new(),
                missing_context: Vec::new(),
            };
        }
        CallerKind::User { name } => PrincipalName::User(name.clone()),
        CallerKind::AssumedRole { role, .. } => PrincipalName::Role(role.clone()),
    };
    evaluate_principal(state, &caller.account, &who, action, resource, &ctx)
}

/// Standard IAM denial text: "User: <arn> is not authorized to perform: <action> on resource:
/// <res> because no identity-based policy allows the <action> action" / "... with an explicit
/// deny in an identity-based policy" (platform.md §5.2).
pub fn deny_message(caller: &Caller, action: &str, resource: &str, decision: Decision) -> String {
    match decision {
        Decision::ExplicitDeny => format!(
            "User: {} is not authorized to perform: {action} on resource: {resource} with an explicit deny in an identity-based policy",
            caller.arn
        ),
        _ => format!(
            "User: {} is not authorized to perform: {action} on resource: {resource} because no identity-based policy allows the {action} action",
            caller.arn
        ),
    }
}

/// The requester of a trust-policy evaluation for `caller`.
pub fn request_principal(caller: &Caller) -> RequestPrincipal {
    let role_arn = match &caller.kind {
        CallerKind::AssumedRole { role, .. } => {
            Some(format!("arn:aws:iam::{}:role/{role}", caller.account))
        }
        _ => None,
    };
    RequestPrincipal::Aws {
        arn: caller.arn.clone(),
        account: caller.account.clone(),
        role_arn,
    }
}
