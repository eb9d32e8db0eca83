//! IAM query-protocol actions (Version 2010-05-08) the emulator serves: outbound web identity
//! federation (platform.md §4.2), users/roles and their policies, managed policies,
//! SimulatePrincipalPolicy, and service-specific credentials (long-term API keys, platform.md
//! §2.2). Every call is authorized for `iam:<Action>` with the caller's identity policies.
//! Response/error XML follows the AWS query protocol; policy documents are returned
//! percent-encoded as real IAM does (clients.md §4).

use crate::policy::{self, Context, Decision, OwnedPolicy, PrincipalName};
use crate::state::{Account, Caller, CallerKind, ServiceSpecificCredential, State, unique_id};
use crate::xml::{self, IAM_NS, QueryResponse, elem, members, pct_encode, wrap};
use serde_json::Value;
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

// ---------------------------------------------------------------------------------------------
// Outbound web identity federation (platform.md §4.2)

/// New per-account issuer URL `https://<uuid>.tokens.sts.global.api.aws` (platform.md §4.2).
fn new_issuer() -> String {
    format!("https://{}.tokens.sts.global.api.aws", uuid::Uuid::new_v4())
}

fn get_federation(state: &mut State, caller: &Caller) -> R {
    authz(state, caller, "GetOutboundWebIdentityFederationInfo", "*")?;
    let acct = account(state, caller)?;
    if !acct.federation_enabled {
        // platform.md §4.2 lists FeatureDisabled 404 for this operation without its message;
        // the wording mirrors the documented Disable/Enable messages (UNCONFIRMED).
        return Err(err(
            404,
            "FeatureDisabled",
            "outbound identity federation is disabled for your AWS account.",
        ));
    }
    Ok(format!(
        "{}{}",
        elem("IssuerIdentifier", &acct.issuer),
        elem("JwtVendingEnabled", "true")
    ))
}

fn enable_federation(state: &mut State, caller: &Caller) -> R {
    authz(state, caller, "EnableOutboundWebIdentityFederation", "*")?;
    let acct = account_mut(state, caller)?;
    if acct.federation_enabled {
        return Err(err(
            409,
            "FeatureEnabled",
            "outbound identity federation is already enabled for your AWS account. You cannot enable the feature multiple times.",
        ));
    }
    acct.federation_enabled = true;
    // The issuer is stable per account (platform.md §4.2: "a unique per-account issuer URL"):
    // keep an existing one, mint one if the state has none.
    if acct.issuer.is_empty() {
        acct.issuer = new_issuer();
    }
    Ok(elem("IssuerIdentifier", &acct.issuer))
}

fn disable_federation(state: &mut State, caller: &Caller) -> R {
    authz(state, caller, "DisableOutboundWebIdentityFederation", "*")?;
    let acct = account_mut(state, caller)?;
    if !acct.federation_enabled {
        return Err(err(
            404,
            "FeatureDisabled",
            "outbound identity federation is already disabled for your AWS account. You cannot disable the feature multiple times.",
        ));
    }
    acct.federation_enabled = false;
    Ok(String::new())
}

// ---------------------------------------------------------------------------------------------
// Users and roles

fn boundary_xml(arn: &Option<String>) -> String {
    match arn {
        Some(a) => wrap(
            "PermissionsBoundary",
            &format!(
                "{}{}",
                elem("PermissionsBoundaryType", "PermissionsBoundaryPolicy"),
                elem("PermissionsBoundaryArn", a)
            ),
        ),
        None => String::new(),
    }
}

fn get_user(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
    let name = match param(p, "UserName") {
        Some(n) if !n.is_empty() => n.to_string(),
        _ => match &caller.kind {
            CallerKind::User { name } => name.clone(),
            CallerKind::Root => {
                // GetUser without UserName as the root user describes the root identity.
                authz(state, caller, "GetUser", &caller.arn)?;
                return Ok(wrap(
                    "User",
                    &format!(
                        "{}{}{}",
                        elem("UserId", &caller.account),
                        elem("Arn", &caller.arn),
                        elem("CreateDate", "2026-05-07T12:00:00Z")
                    ),
                ));
            }
            CallerKind::AssumedRole { .. } => {
                return Err(err(
                    400,
                    "ValidationError",
                    "Must specify userName when calling with non-User credentials",
                ));
            }
        },
    };
    let arn = user_resource(state, caller, &name);
    authz(state, caller, "GetUser", &arn)?;
    let acct = account(state, caller)?;
    let u = acct.user(&name).ok_or_else(|| no_such_user(&name))?;
    Ok(wrap(
        "User",
        &format!(
            "{}{}{}{}{}{}",
            elem("Path", &normalize_path(&u.path)),
            elem("UserName", &u.name),
            elem("UserId", &user_id(&acct.id, &u.name)),
            elem("Arn", &arn),
            elem("CreateDate", &u.created),
            boundary_xml(&u.permissions_boundary)
        ),
    ))
}

fn get_role(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
    let name = required(p, "RoleName")?;
    let arn = role_resource(state, caller, name);
    authz(state, caller, "GetRole", &arn)?;
    let acct = account(state, caller)?;
    let r = acct.role(name).ok_or_else(|| no_such_role(name))?;
    Ok(wrap(
        "Role",
        &format!(
            "{}{}{}{}{}{}{}{}<RoleLastUsed/>",
            elem("Path", &normalize_path(&r.path)),
            elem("RoleName", &r.name),
            elem("RoleId", &role_id(&acct.id, &r.name)),
            elem("Arn", &arn),
            elem("CreateDate", &r.created),
            elem(
                "AssumeRolePolicyDocument",
                &encoded_document(&r.trust_policy)
            ),
            elem("MaxSessionDuration", &r.max_session_duration.to_string()),
            boundary_xml(&r.permissions_boundary)
        ),
    ))
}

/// (action name, principal name param, resource ARN) for a role/user policy call.
fn target(
    state: &State,
    caller: &Caller,
    p: &[(String, String)],
    role: bool,
) -> Result<(String, String), IamError> {
    if role {
        let n = required(p, "RoleName")?.to_string();
        let arn = role_resource(state, caller, &n);
        Ok((n, arn))
    } else {
        let n = required(p, "UserName")?.to_string();
        let arn = user_resource(state, caller, &n);
        Ok((n, arn))
    }
}

fn inline_map<'a>(
    acct: &'a Account,
    name: &str,
    role: bool,
) -> Result<&'a std::collections::BTreeMap<String, Value>, IamError> {
    if role {
        acct.role(name)
            .map(|r| &r.inline_policies)
            .ok_or_else(|| no_such_role(name))
    } else {
        acct.user(name)
            .map(|u| &u.inline_policies)
            .ok_or_else(|| no_such_user(name))
    }
}

fn inline_map_mut<'a>(
    acct: &'a mut Account,
    name: &str,
    role: bool,
) -> Result<&'a mut std::collections::BTreeMap<String, Value>, IamError> {
    if role {
        acct.roles
            .iter_mut()
            .find(|r| r.name == name)
            .map(|r| &mut r.inline_policies)
            .ok_or_else(|| no_such_role(name))
    } else {
        acct.users
            .iter_mut()
            .find(|u| u.name == name)
            .map(|u| &mut u.inline_policies)
            .ok_or_else(|| no_such_user(name))
    }
}

fn list_inline(state: &mut State, caller: &Caller, p: &[(String, String)], role: bool) -> R {
    let (name, arn) = target(state, caller, p, role)?;
    authz(
        state,
        caller,
        if role {
            "ListRolePolicies"
        } else {
            "ListUserPolicies"
        },
        &arn,
    )?;
    let acct = account(state, caller)?;
    let names: Vec<String> = inline_map(acct, &name, role)?
        .keys()
        .map(|k| xml::escape(k))
        .collect();
    let (page, tail) = paginate(names, p)?;
    Ok(format!("{}{tail}", members("PolicyNames", &page)))
}

fn get_inline(state: &mut State, caller: &Caller, p: &[(String, String)], role: bool) -> R {
    let (name, arn) = target(state, caller, p, role)?;
    let policy_name = required(p, "PolicyName")?;
    authz(
        state,
        caller,
        if role {
            "GetRolePolicy"
        } else {
            "GetUserPolicy"
        },
        &arn,
    )?;
    let acct = account(state, caller)?;
    let doc = inline_map(acct, &name, role)?
        .get(policy_name)
        .ok_or_else(|| {
            err(
                404,
                "NoSuchEntity",
                format!(
                    "The {} policy with name {policy_name} cannot be found.",
                    if role { "role" } else { "user" }
                ),
            )
        })?;
    Ok(format!(
        "{}{}{}",
        elem(if role { "RoleName" } else { "UserName" }, &name),
        elem("PolicyName", policy_name),
        elem("PolicyDocument", &encoded_document(doc))
    ))
}

fn put_inline(state: &mut State, caller: &Caller, p: &[(String, String)], role: bool) -> R {
    let (name, arn) = target(state, caller, p, role)?;
    let policy_name = required(p, "PolicyName")?.to_string();
    let text = required(p, "PolicyDocument")?.to_string();
    authz(
        state,
        caller,
        if role {
            "PutRolePolicy"
        } else {
            "PutUserPolicy"
        },
        &arn,
    )?;
    if !valid_policy_name(&policy_name) {
        return Err(err(
            400,
            "ValidationError",
            "The specified value for policyName is invalid. It must contain only alphanumeric characters and/or the following: +=,.@_-",
        ));
    }
    // The SDKs send the document as JSON text; accept a percent-encoded one as well.
    let doc = match parse_policy_document(&text) {
        Ok(d) => d,
        Err(e) if text.starts_with('%') => {
            parse_policy_document(&xml::pct_decode(&text)).map_err(|_| e)?
        }
        Err(e) => return Err(e),
    };
    let acct = account_mut(state, caller)?;
    inline_map_mut(acct, &name, role)?.insert(policy_name, doc);
    Ok(String::new())
}

fn delete_inline(state: &mut State, caller: &Caller, p: &[(String, String)], role: bool) -> R {
    let (name, arn) = target(state, caller, p, role)?;
    let policy_name = required(p, "PolicyName")?.to_string();
    authz(
        state,
        caller,
        if role {
            "DeleteRolePolicy"
        } else {
            "DeleteUserPolicy"
        },
        &arn,
    )?;
    let acct = account_mut(state, caller)?;
    if inline_map_mut(acct, &name, role)?
        .remove(&policy_name)
        .is_none()
    {
        return Err(err(
            404,
            "NoSuchEntity",
            format!(
                "The {} policy with name {policy_name} cannot be found.",
                if role { "role" } else { "user" }
            ),
        ));
    }
    Ok(String::new())
}

fn list_attached(state: &mut State, caller: &Caller, p: &[(String, String)], role: bool) -> R {
    let (name, arn) = target(state, caller, p, role)?;
    authz(
        state,
        caller,
        if role {
            "ListAttachedRolePolicies"
        } else {
            "ListAttachedUserPolicies"
        },
        &arn,
    )?;
    let acct = account(state, caller)?;
    let attached = if role {
        acct.role(&name)
            .map(|r| &r.attached_policies)
            .ok_or_else(|| no_such_role(&name))?
    } else {
        acct.user(&name)
            .map(|u| &u.attached_policies)
            .ok_or_else(|| no_such_user(&name))?
    };
    let prefix = param(p, "PathPrefix").unwrap_or("/");
    let items: Vec<String> = attached
        .iter()
        .filter_map(|policy_arn| {
            // An attachment that does not resolve is still listed, named after the ARN's tail.
            let (pname, path) = match crate::managed::resolve(acct, policy_arn) {
                Some(r) => (r.name, r.path),
                None => (
                    policy_arn
                        .rsplit('/')
                        .next()
                        .unwrap_or(policy_arn)
                        .to_string(),
                    "/".to_string(),
                ),
            };
            path.starts_with(prefix).then(|| {
                format!(
                    "{}{}",
                    elem("PolicyName", &pname),
                    elem("PolicyArn", policy_arn)
                )
            })
        })
        .collect();
    let (page, tail) = paginate(items, p)?;
    Ok(format!("{}{tail}", members("AttachedPolicies", &page)))
}

// ---------------------------------------------------------------------------------------------
// Managed policies

fn no_such_policy(arn: &str) -> IamError {
    err(
        404,
        "NoSuchEntity",
        format!("Policy {arn} does not exist or is not attachable."),
    )
}

fn get_policy(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
    let arn = required(p, "PolicyArn")?;
    authz(state, caller, "GetPolicy", arn)?;
    let acct = account(state, caller)?;
    let pol = crate::managed::resolve(acct, arn).ok_or_else(|| no_such_policy(arn))?;
    let (attached, boundary) = crate::managed::usage_counts(acct, arn);
    let id_prefix = "ANPA";
    Ok(wrap(
        "Policy",
        &format!(
            "{}{}{}{}{}{}{}{}{}{}{}",
            elem("PolicyName", &pol.name),
            elem("DefaultVersionId", &pol.default_version),
            elem("PolicyId", &unique_id(id_prefix, &pol.arn)),
            elem("Path", &pol.path),
            elem("Arn", &pol.arn),
            elem("AttachmentCount", &attached.to_string()),
            elem("PermissionsBoundaryUsageCount", &boundary.to_string()),
            elem("IsAttachable", "true"),
            pol.description
                .as_deref()
                .map(|d| elem("Description", d))
                .unwrap_or_default(),
            elem("CreateDate", &pol.created),
            elem("UpdateDate", &pol.updated)
        ),
    ))
}

fn get_policy_version(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
    let arn = required(p, "PolicyArn")?;
    let version = required(p, "VersionId")?;
    authz(state, caller, "GetPolicyVersion", arn)?;
    let acct = account(state, caller)?;
    let pol = crate::managed::resolve(acct, arn).ok_or_else(|| no_such_policy(arn))?;
    // Only the default version of each policy is kept by the emulator.
    if pol.default_version != version {
        return Err(err(
            404,
            "NoSuchEntity",
            format!("Policy {arn} version {version} does not exist or is not attachable."),
        ));
    }
    Ok(wrap(
        "PolicyVersion",
        &format!(
            "{}{}{}{}",
            elem("Document", &encoded_document(&pol.document)),
            elem("VersionId", &pol.default_version),
            elem("IsDefaultVersion", "true"),
            elem("CreateDate", &pol.updated)
        ),
    ))
}

// ---------------------------------------------------------------------------------------------
// SimulatePrincipalPolicy

/// Parses `PolicySourceArn`: an IAM user or role ARN (`arn:aws:iam::<acct>:user/[path/]name`,
/// `…:role/[path/]name`). Returns (account, principal).
fn parse_source_arn(arn: &str) -> Option<(String, PrincipalName)> {
    let rest = arn.strip_prefix("arn:aws:iam::")?;
    let (acct, res) = rest.split_once(':')?;
    let (kind, path_name) = res.split_once('/')?;
    let name = path_name.rsplit('/').next()?.to_string();
    if name.is_empty() {
        return None;
    }
    match kind {
        "user" => Some((acct.to_string(), PrincipalName::User(name))),
        "role" => Some((acct.to_string(), PrincipalName::Role(name))),
        _ => None,
    }
}

fn simulate_principal_policy(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
    let source = required(p, "PolicySourceArn")?.to_string();
    authz(state, caller, "SimulatePrincipalPolicy", &source)?;
    let actions = list_param(p, "ActionNames");
    if actions.is_empty() {
        return Err(err(
            400,
            "ValidationError",
            "1 validation error detected: Value null at 'actionNames' failed to satisfy constraint: Member must not be null",
        ));
    }
    let mut resources = list_param(p, "ResourceArns");
    if resources.is_empty() {
        resources.push("*".to_string());
    }
    let Some((acct_id, who)) = parse_source_arn(&source) else {
        // Real IAM wants the role ARN, not an assumed-role session ARN (emulator contract); the
        // exact error text is UNCONFIRMED.
        return Err(err(
            400,
            "InvalidInput",
            format!(
                "Invalid ARN {source}: PolicySourceArn must be the ARN of an IAM user, group or role."
            ),
        ));
    };
    let Some((mut identity, boundary)) = policy::principal_policies(state, &acct_id, &who) else {
        return Err(err(
            404,
            "NoSuchEntity",
            format!("PolicySourceArn {source} does not exist."),
        ));
    };
    // PolicyInputList.member.N: extra identity policies (SourcePolicyType "none",
    // SourcePolicyId "PolicyInputList.N" as the IAM simulator reports them).
    for (i, text) in list_param(p, "PolicyInputList").iter().enumerate() {
        let doc = parse_policy_document(text)?;
        identity.push(OwnedPolicy {
            id: format!("PolicyInputList.{}", i + 1),
            kind: "none".to_string(),
            doc,
        });
    }
    // ContextEntries.member.N.{ContextKeyName, ContextKeyValues.member.M, ContextKeyType}
    let mut ctx = Context::new();
    for n in 1.. {
        let base = format!("ContextEntries.member.{n}");
        let Some(key) = param(p, &format!("{base}.ContextKeyName")) else {
            break;
        };
        let values = list_param(p, &format!("{base}.ContextKeyValues"));
        ctx.entry(key.to_ascii_lowercase())
            .or_default()
            .extend(values);
    }
    // The simulator substitutes ${aws:username} for a simulated user; nothing else is implied.
    // (Choice: aws:username is provided for users unless given; all other keys must come from
    // ContextEntries and are otherwise reported in MissingContextValues.)
    if let PrincipalName::User(n) = &who {
        ctx.entry("aws:username".to_string())
            .or_insert_with(|| vec![n.clone()]);
    }
    let id_refs: Vec<policy::PolicyRef<'_>> = identity.iter().map(OwnedPolicy::as_ref).collect();
    let bd_refs: Option<Vec<policy::PolicyRef<'_>>> = boundary
        .as_ref()
        .map(|b| b.iter().map(OwnedPolicy::as_ref).collect());
    let all: Vec<&OwnedPolicy> = identity.iter().chain(boundary.iter().flatten()).collect();
    // UNCONFIRMED: one EvaluationResult per (action, resource) pair, each naming its resource.
    let mut results = Vec::new();
    for action in &actions {
        for resource in &resources {
            let r = policy::evaluate(&id_refs, bd_refs.as_deref(), action, resource, &ctx);
            let matched: Vec<String> = r
                .matched
                .iter()
                .map(|m| {
                    let pos = all
                        .iter()
                        .find(|o| o.id == m.source_policy_id && o.kind == m.source_policy_type)
                        .and_then(|o| policy::statement_position(&o.doc, m.index));
                    let pos_xml = match pos {
                        Some(((l1, c1), (l2, c2))) => format!(
                            "{}{}",
                            wrap(
                                "StartPosition",
                                &format!(
                                    "{}{}",
                                    elem("Line", &l1.to_string()),
                                    elem("Column", &c1.to_string())
                                )
                            ),
                            wrap(
                                "EndPosition",
                                &format!(
                                    "{}{}",
                                    elem("Line", &l2.to_string()),
                                    elem("Column", &c2.to_string())
                                )
                            )
                        ),
                        None => String::new(),
                    };
                    format!(
                        "{}{}{pos_xml}",
                        elem("SourcePolicyId", &m.source_policy_id),
                        elem("SourcePolicyType", &m.source_policy_type)
                    )
                })
                .collect();
            let missing: Vec<String> = r.missing_context.iter().map(|k| xml::escape(k)).collect();
            results.push(format!(
                "{}{}{}{}{}",
                elem("EvalActionName", action),
                elem("EvalResourceName", resource),
                elem("EvalDecision", r.decision.as_eval_str()),
                members("MatchedStatements", &matched),
                members("MissingContextValues", &missing)
            ));
        }
    }
    let (page, tail) = paginate(results, p)?;
    Ok(format!("{}{tail}", members("EvaluationResults", &page)))
}

// ---------------------------------------------------------------------------------------------
// Service-specific credentials (long-term API keys, platform.md §2.2)

/// Services that support service-specific credentials in real IAM; only the first one is used by
/// the emulator's gateway.
const SSC_SERVICES: &[&str] = &[
    crate::state::BEARER_SERVICE_NAME,
    "bedrock.amazonaws.com",
    "codecommit.amazonaws.com",
    "cassandra.amazonaws.com",
];

/// Real IAM allows two service-specific credentials per user and service.
const SSC_PER_USER_PER_SERVICE: usize = 2;

/// The target user: `UserName`, else the calling IAM user (IAM's default for these calls).
fn ssc_user(caller: &Caller, p: &[(String, String)]) -> Result<String, IamError> {
    match param(p, "UserName") {
        Some(n) if !n.is_empty() => Ok(n.to_string()),
        _ => match &caller.kind {
            CallerKind::User { name } => Ok(name.clone()),
            _ => Err(err(
                400,
                "ValidationError",
                "Must specify userName when calling with non-User credentials",
            )),
        },
    }
}

/// The alias (public part) of a long-term API key: `<user>-at-<account>` (the IAM API reference
/// describes ServiceCredentialAlias as "the public portion of the credential that includes the
/// IAM user name"; the exact suffix is UNCONFIRMED).
fn ssc_alias(user: &str, account: &str) -> String {
    format!("{user}-at-{account}")
}

/// The long-term key string. Format UNCONFIRMED (platform.md §2.2); the emulator uses the
/// [3rd-party] decoded shape `AEAA` + base64(`<alias>:<secret>`), i.e. the same construction as
/// Bedrock's `ABSK` keys from ServiceCredentialAlias + ServiceCredentialSecret. The gateway
/// matches a presented key against this exact value (stored in the credential's `secret`).
fn new_api_key(user: &str, account: &str) -> String {
    use base64::Engine;
    let secret: String = uuid::Uuid::new_v4().simple().to_string();
    let raw = format!("{}:{secret}", ssc_alias(user, account));
    format!(
        "AEAA{}",
        base64::engine::general_purpose::STANDARD.encode(raw.as_bytes())
    )
}

/// Splits a stored key into (alias, secret) when it has the `AEAA` + base64(alias:secret) shape.
fn split_api_key(key: &str) -> Option<(String, String)> {
    use base64::Engine;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(key.strip_prefix("AEAA")?)
        .ok()?;
    let raw = String::from_utf8(raw).ok()?;
    let (alias, secret) = raw.split_once(':')?;
    Some((alias.to_string(), secret.to_string()))
}

/// `ServiceSpecificCredential` / `ServiceSpecificCredentialMetadata` members. For API keys
/// (aws-external-anthropic / bedrock) the IAM model (botocore 1.44.5, aws-sdk-iam 1.133) carries
/// ServiceCredentialAlias and, on create/reset only, ServiceCredentialSecret, documented as "the
/// secret portion of the credential that should be used to authenticate API calls". So the
/// emulator returns the whole key the gateway accepts as ServiceCredentialSecret (UNCONFIRMED
/// whether real IAM returns the bare secret or the full `AEAA…` string there; what SDK clients
/// can see is only this field). platform.md §2.2 (IAM-APIKEYS doc) names the key field
/// `ServiceApiKeyValue`, absent from those models: the emulator sends the same key in it too
/// (SDKs ignore unknown elements). ServiceUserName / ServicePassword are
/// the CodeCommit/Keyspaces-style fields, sent only for those services.
fn ssc_xml(c: &ServiceSpecificCredential, account: &str, with_secret: bool) -> String {
    let api_key =
        c.service == crate::state::BEARER_SERVICE_NAME || c.service == "bedrock.amazonaws.com";
    let alias = split_api_key(&c.secret)
        .map(|(alias, _)| alias)
        .unwrap_or_else(|| ssc_alias(&c.user, account));
    let mut s = format!(
        "{}{}{}",
        elem("CreateDate", &c.created),
        c.expires
            .as_deref()
            .map(|e| elem("ExpirationDate", e))
            .unwrap_or_default(),
        elem("ServiceName", &c.service),
    );
    if api_key {
        s.push_str(&elem("ServiceCredentialAlias", &alias));
        if with_secret {
            s.push_str(&elem("ServiceCredentialSecret", &c.secret));
            s.push_str(&elem("ServiceApiKeyValue", &c.secret));
        }
    } else {
        s.push_str(&elem("ServiceUserName", &ssc_alias(&c.user, account)));
        if with_secret {
            s.push_str(&elem("ServicePassword", &c.secret));
        }
    }
    s.push_str(&elem("ServiceSpecificCredentialId", &c.id));
    s.push_str(&elem("UserName", &c.user));
    s.push_str(&elem("Status", &c.status));
    s
}

fn create_ssc(state: &mut State, caller: &Caller, p: &[(String, String)], now: SystemTime) -> R {
    let user = required(p, "UserName")?.to_string();
    let service = required(p, "ServiceName")?.to_string();
    let arn = user_resource(state, caller, &user);
    authz(state, caller, "CreateServiceSpecificCredential", &arn)?;
    let days = match param(p, "CredentialAgeDays") {
        Some(d) => match d.parse::<u64>() {
            Ok(n) if (1..=36600).contains(&n) => Some(n),
            _ => {
                return Err(err(
                    400,
                    "ValidationError",
                    format!(
                        "1 validation error detected: Value '{d}' at 'credentialAgeDays' failed to satisfy constraint: Member must have value between 1 and 36600"
                    ),
                ));
            }
        },
        None => None,
    };
    let acct = account_mut(state, caller)?;
    if acct.user(&user).is_none() {
        return Err(no_such_user(&user));
    }
    if !SSC_SERVICES.contains(&service.as_str()) {
        return Err(err(
            404,
            "NotSupportedService",
            format!(
                "The specified service {service} does not support service-specific credentials."
            ),
        ));
    }
    let existing = acct
        .service_specific_credentials
        .iter()
        .filter(|c| c.user == user && c.service == service)
        .count();
    if existing >= SSC_PER_USER_PER_SERVICE {
        return Err(err(
            409,
            "LimitExceeded",
            "Cannot exceed quota for ServiceSpecificCredentialsPerUserPerService: 2",
        ));
    }
    let expires = days.map(|d| iso8601(now + std::time::Duration::from_secs(d * 86400)));
    let cred = ServiceSpecificCredential {
        id: unique_id("ACCA", &uuid::Uuid::new_v4().to_string()),
        user: user.clone(),
        service,
        secret: new_api_key(&user, &acct.id),
        status: "Active".to_string(),
        created: iso8601(now),
        expires,
    };
    let out = wrap("ServiceSpecificCredential", &ssc_xml(&cred, &acct.id, true));
    acct.service_specific_credentials.push(cred);
    Ok(out)
}

fn list_ssc(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
    let all_users = param(p, "AllUsers").is_some_and(|v| v.eq_ignore_ascii_case("true"));
    let user = if all_users {
        None
    } else {
        Some(ssc_user(caller, p)?)
    };
    let resource = match &user {
        Some(u) => user_resource(state, caller, u),
        None => format!("arn:aws:iam::{}:user/*", caller.account),
    };
    authz(state, caller, "ListServiceSpecificCredentials", &resource)?;
    let acct = account(state, caller)?;
    if let Some(u) = &user
        && acct.user(u).is_none()
    {
        return Err(no_such_user(u));
    }
    let service = param(p, "ServiceName");
    let items: Vec<String> = acct
        .service_specific_credentials
        .iter()
        .filter(|c| user.as_deref().is_none_or(|u| c.user == u))
        .filter(|c| service.is_none_or(|s| c.service == s))
        .map(|c| ssc_xml(c, &acct.id, false))
        .collect();
    // AllUsers listings paginate with MaxItems/Marker; per-user listings return everything.
    if all_users {
        let (page, tail) = paginate(items, p)?;
        Ok(format!(
            "{}{tail}",
            members("ServiceSpecificCredentials", &page)
        ))
    } else {
        Ok(format!(
            "{}<IsTruncated>false</IsTruncated>",
            members("ServiceSpecificCredentials", &items)
        ))
    }
}

fn find_ssc<'a>(
    acct: &'a mut Account,
    user: &str,
    id: &str,
) -> Result<&'a mut ServiceSpecificCredential, IamError> {
    if acct.user(user).is_none() {
        return Err(no_such_user(user));
    }
    acct.service_specific_credentials
        .iter_mut()
        .find(|c| c.user == user && c.id == id)
        .ok_or_else(|| {
            err(
                404,
                "NoSuchEntity",
                format!("No such credential {id} exists for user {user}."),
            )
        })
}

fn update_ssc(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
    let user = ssc_user(caller, p)?;
    let id = required(p, "ServiceSpecificCredentialId")?.to_string();
    let status = required(p, "Status")?.to_string();
    let arn = user_resource(state, caller, &user);
    authz(state, caller, "UpdateServiceSpecificCredential", &arn)?;
    if status != "Active" && status != "Inactive" {
        return Err(err(
            400,
            "ValidationError",
            format!(
                "1 validation error detected: Value '{status}' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]"
            ),
        ));
    }
    let acct = account_mut(state, caller)?;
    find_ssc(acct, &user, &id)?.status = status;
    Ok(String::new())
}

fn delete_ssc(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
    let user = ssc_user(caller, p)?;
    let id = required(p, "ServiceSpecificCredentialId")?.to_string();
    let arn = user_resource(state, caller, &user);
    authz(state, caller, "DeleteServiceSpecificCredential", &arn)?;
    let acct = account_mut(state, caller)?;
    find_ssc(acct, &user, &id)?;
    acct.service_specific_credentials
        .retain(|c| !(c.user == user && c.id == id));
    Ok(String::new())
}

fn reset_ssc(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
    let user = ssc_user(caller, p)?;
    let id = required(p, "ServiceSpecificCredentialId")?.to_string();
    let arn = user_resource(state, caller, &user);
    authz(state, caller, "ResetServiceSpecificCredential", &arn)?;
    let acct = account_mut(state, caller)?;
    let account_id = acct.id.clone();
    let cred = find_ssc(acct, &user, &id)?;
    cred.secret = new_api_key(&user, &account_id);
    Ok(wrap(
        "ServiceSpecificCredential",
        &ssc_xml(cred, &account_id, true),
    ))
}

/// True when a credential's `expires` (RFC 3339) is at or before `now` (used by tests/gateway).
pub fn credential_expired(c: &ServiceSpecificCredential, now: SystemTime) -> bool {
    c.expires
        .as_deref()
        .and_then(parse_rfc3339)
        .is_some_and(|e| e <= now)
}
