//! Users and roles: GetUser, GetRole, their inline policies (List/Get/Put/Delete
//! {User,Role}Policy) and attached managed policies (ListAttached{User,Role}Policies).

use super::{
    IamError, R, account, account_mut, authz, encoded_document, err, no_such_role, no_such_user,
    normalize_path, paginate, param, parse_policy_document, required, role_id, role_resource,
    user_id, user_resource, valid_policy_name,
};
use crate::state::{Account, Caller, CallerKind, State};
use crate::xml::{self, elem, members, wrap};
use serde_json::Value;

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

pub(super) fn get_user(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
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

pub(super) fn get_role(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
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

pub(super) fn list_inline(
    state: &mut State,
    caller: &Caller,
    p: &[(String, String)],
    role: bool,
) -> R {
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

pub(super) fn get_inline(
    state: &mut State,
    caller: &Caller,
    p: &[(String, String)],
    role: bool,
) -> R {
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

pub(super) fn put_inline(
    state: &mut State,
    caller: &Caller,
    p: &[(String, String)],
    role: bool,
) -> R {
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

pub(super) fn delete_inline(
    state: &mut State,
    caller: &Caller,
    p: &[(String, String)],
    role: bool,
) -> R {
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

pub(super) fn list_attached(
    state: &mut State,
    caller: &Caller,
    p: &[(String, String)],
    role: bool,
) -> R {
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
