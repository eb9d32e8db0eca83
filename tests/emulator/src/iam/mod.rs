//! IAM query-protocol actions (Version 2010-05-08) the emulator serves: outbound web identity
//! federation (platform.md §4.2), users/roles and their policies, managed policies,
//! SimulatePrincipalPolicy, and service-specific credentials (long-term API keys, platform.md
//! §2.2). Every call is authorized for `iam:<Action>` with the caller's identity policies.
//! Response/error XML follows the AWS query protocol; policy documents are returned
//! percent-encoded as real IAM does (clients.md §4).
//!
//! One module per section: `federation`, `principals` (users and roles), `policies`
//! (managed policies), `simulate` (SimulatePrincipalPolicy) and `credentials`
//! (service-specific credentials); this file has the shared helpers and the dispatch.

mod credentials;
mod federation;
mod policies;
mod principals;
mod simulate;

pub use credentials::credential_expired;

use crate::policy::{self, Context, Decision};
use crate::state::{Account, Caller, State, unique_id};
use crate::xml::{self, IAM_NS, QueryResponse, elem, pct_encode};
use credentials::{create_ssc, delete_ssc, list_ssc, reset_ssc, update_ssc};
use federation::{disable_federation, enable_federation, get_federation};
use policies::{get_policy, get_policy_version};
use principals::{
    delete_inline, get_inline, get_role, get_user, list_attached, list_inline, put_inline,
};
use serde_json::Value;
use simulate::simulate_principal_policy;
use std::time::SystemTime;

/// An IAM error: HTTP status, error code, message.
#[derive(Debug)]
pub struct IamError {
    pub status: u16,
    pub code: &'static str,
    pub message: String,
}

type R = Result<String, IamError>;

fn err(status: u16, code: &'static str, message: impl Into<String>) -> IamError {
    IamError {
        status,
        code,
        message: message.into(),
    }
}

/// The first value of a query parameter.
pub fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Values of a query-protocol list `<prefix>.member.N` (or `<prefix>.N`), ordered by N.
pub fn list_param(params: &[(String, String)], prefix: &str) -> Vec<String> {
    let mut items: Vec<(u32, String)> = params
        .iter()
        .filter_map(|(k, v)| {
            let rest = k.strip_prefix(prefix)?.strip_prefix('.')?;
            let rest = rest.strip_prefix("member.").unwrap_or(rest);
            let n: u32 = rest.parse().ok()?;
            Some((n, v.clone()))
        })
        .collect();
    items.sort_by_key(|(n, _)| *n);
    items.into_iter().map(|(_, v)| v).collect()
}

/// A required parameter. Missing → ValidationError in the wording AWS's Coral services use
/// ("1 validation error detected: Value null at 'roleName' …"; UNCONFIRMED for IAM, where the
/// SDKs normally validate this client-side).
fn required<'a>(params: &'a [(String, String)], name: &str) -> Result<&'a str, IamError> {
    match param(params, name) {
        Some(v) if !v.is_empty() => Ok(v),
        _ => {
            let mut field = name.to_string();
            if let Some(first) = field.get(0..1) {
                let lower = first.to_ascii_lowercase();
                field.replace_range(0..1, &lower);
            }
            Err(err(
                400,
                "ValidationError",
                format!(
                    "1 validation error detected: Value null at '{field}' failed to satisfy constraint: Member must not be null"
                ),
            ))
        }
    }
}

/// ISO 8601 timestamp with whole seconds, e.g. `2026-05-07T12:00:00Z`.
pub fn iso8601(t: SystemTime) -> String {
    let dt = time::OffsetDateTime::from(t);
    let dt = dt.replace_nanosecond(0).unwrap_or(dt);
    dt.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".to_string())
}

fn parse_rfc3339(s: &str) -> Option<SystemTime> {
    time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
        .ok()
        .map(SystemTime::from)
}

fn normalize_path(path: &str) -> String {
    let mut p = path.to_string();
    if !p.starts_with('/') {
        p.insert(0, '/');
    }
    if !p.ends_with('/') {
        p.push('/');
    }
    p
}

pub fn user_arn(account: &str, path: &str, name: &str) -> String {
    format!("arn:aws:iam::{account}:user{}{name}", normalize_path(path))
}

pub fn role_arn(account: &str, path: &str, name: &str) -> String {
    format!("arn:aws:iam::{account}:role{}{name}", normalize_path(path))
}

/// `AIDA…` of a user: derived exactly as `Caller::user` does, so GetUser and
/// GetCallerIdentity agree.
fn user_id(account: &str, name: &str) -> String {
    unique_id("AIDA", &format!("arn:aws:iam::{account}:user/{name}"))
}

/// `AROA…` of a role, derived exactly as `Caller::assumed_role` does.
pub fn role_id(account: &str, name: &str) -> String {
    unique_id("AROA", &format!("arn:aws:iam::{account}:role/{name}"))
}

/// Serialized policy document as returned (percent-encoded) by IAM. The emulator stores
/// documents as JSON values, so the text is their compact serialization (positions reported by
/// SimulatePrincipalPolicy refer to this text).
pub fn encoded_document(doc: &Value) -> String {
    pct_encode(&serde_json::to_string(doc).unwrap_or_default())
}

fn authz(state: &State, caller: &Caller, action: &str, resource: &str) -> Result<(), IamError> {
    let full = format!("iam:{action}");
    let r = policy::authorize(state, caller, &full, resource, &Context::new());
    if r.decision == Decision::Allowed {
        Ok(())
    } else {
        Err(err(
            403,
            "AccessDenied",
            policy::deny_message(caller, &full, resource, r.decision),
        ))
    }
}

fn account<'a>(state: &'a State, caller: &Caller) -> Result<&'a Account, IamError> {
    state.account(&caller.account).ok_or_else(|| {
        err(
            404,
            "NoSuchEntity",
            format!("The account {} cannot be found.", caller.account),
        )
    })
}

fn account_mut<'a>(state: &'a mut State, caller: &Caller) -> Result<&'a mut Account, IamError> {
    let id = caller.account.clone();
    state.account_mut(&id).ok_or_else(|| {
        err(
            404,
            "NoSuchEntity",
            format!("The account {id} cannot be found."),
        )
    })
}

fn no_such_user(name: &str) -> IamError {
    err(
        404,
        "NoSuchEntity",
        format!("The user with name {name} cannot be found."),
    )
}

fn no_such_role(name: &str) -> IamError {
    err(
        404,
        "NoSuchEntity",
        format!("The role with name {name} cannot be found."),
    )
}

/// The ARN of user `name` for authorization (the stored path when the user exists).
fn user_resource(state: &State, caller: &Caller, name: &str) -> String {
    let path = state
        .account(&caller.account)
        .and_then(|a| a.user(name))
        .map(|u| u.path.clone())
        .unwrap_or_else(|| "/".to_string());
    user_arn(&caller.account, &path, name)
}

fn role_resource(state: &State, caller: &Caller, name: &str) -> String {
    let path = state
        .account(&caller.account)
        .and_then(|a| a.role(name))
        .map(|r| r.path.clone())
        .unwrap_or_else(|| "/".to_string());
    role_arn(&caller.account, &path, name)
}

/// Simple MaxItems/Marker pagination (Marker = opaque offset chosen by the emulator).
fn paginate(
    items: Vec<String>,
    params: &[(String, String)],
) -> Result<(Vec<String>, String), IamError> {
    let max: usize = match param(params, "MaxItems") {
        Some(m) => match m.parse::<usize>() {
            Ok(n) if (1..=1000).contains(&n) => n,
            _ => {
                return Err(err(
                    400,
                    "ValidationError",
                    format!(
                        "1 validation error detected: Value '{m}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000"
                    ),
                ));
            }
        },
        None => 100,
    };
    let start: usize = match param(params, "Marker") {
        Some(m) => m
            .parse()
            .map_err(|_| err(400, "ValidationError", "Invalid Marker."))?,
        None => 0,
    };
    let total = items.len();
    let page: Vec<String> = items.into_iter().skip(start).take(max).collect();
    let end = start + page.len();
    let tail = if end < total {
        format!(
            "<IsTruncated>true</IsTruncated>{}",
            elem("Marker", &end.to_string())
        )
    } else {
        "<IsTruncated>false</IsTruncated>".to_string()
    };
    Ok((page, tail))
}

fn valid_policy_name(name: &str) -> bool {
    (1..=128).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+=,.@-_".contains(c))
}

/// Parses and validates a policy document parameter (MalformedPolicyDocument 400 otherwise).
fn parse_policy_document(text: &str) -> Result<Value, IamError> {
    let doc: Value = serde_json::from_str(text)
        .map_err(|_| err(400, "MalformedPolicyDocument", "Syntax errors in policy."))?;
    policy::validate_document(&doc).map_err(|m| err(400, "MalformedPolicyDocument", m))?;
    Ok(doc)
}

// ---------------------------------------------------------------------------------------------

/// Handles one IAM query call. `now` is the emulator clock.
pub fn handle(
    state: &mut State,
    caller: &Caller,
    params: &[(String, String)],
    now: SystemTime,
    request_id: &str,
) -> QueryResponse {
    let action = param(params, "Action").unwrap_or("").to_string();
    let result = dispatch(state, caller, &action, params, now);
    match result {
        Ok(inner) => xml::success_response(IAM_NS, &action, &inner, request_id),
        Err(e) => xml::error_response(e.status, e.code, &e.message, request_id),
    }
}

fn dispatch(
    state: &mut State,
    caller: &Caller,
    action: &str,
    p: &[(String, String)],
    now: SystemTime,
) -> R {
    match action {
        "GetOutboundWebIdentityFederationInfo" => get_federation(state, caller),
        "EnableOutboundWebIdentityFederation" => enable_federation(state, caller),
        "DisableOutboundWebIdentityFederation" => disable_federation(state, caller),
        "GetUser" => get_user(state, caller, p),
        "GetRole" => get_role(state, caller, p),
        "ListRolePolicies" => list_inline(state, caller, p, true),
        "ListUserPolicies" => list_inline(state, caller, p, false),
        "GetRolePolicy" => get_inline(state, caller, p, true),
        "GetUserPolicy" => get_inline(state, caller, p, false),
        "PutRolePolicy" => put_inline(state, caller, p, true),
        "PutUserPolicy" => put_inline(state, caller, p, false),
        "DeleteRolePolicy" => delete_inline(state, caller, p, true),
        "DeleteUserPolicy" => delete_inline(state, caller, p, false),
        "ListAttachedRolePolicies" => list_attached(state, caller, p, true),
        "ListAttachedUserPolicies" => list_attached(state, caller, p, false),
        "GetPolicy" => get_policy(state, caller, p),
        "GetPolicyVersion" => get_policy_version(state, caller, p),
        "SimulatePrincipalPolicy" => simulate_principal_policy(state, caller, p),
        "CreateServiceSpecificCredential" => create_ssc(state, caller, p, now),
        "ListServiceSpecificCredentials" => list_ssc(state, caller, p),
        "UpdateServiceSpecificCredential" => update_ssc(state, caller, p),
        "DeleteServiceSpecificCredential" => delete_ssc(state, caller, p),
        "ResetServiceSpecificCredential" => reset_ssc(state, caller, p),
        // The error real AWS query services give for an unknown Action.
        _ => Err(err(
            400,
            "InvalidAction",
            format!("Could not find operation {action} for version 2010-05-08"),
        )),
    }
}
