//! Managed policies: GetPolicy and GetPolicyVersion (AWS managed and customer managed).

use super::{IamError, R, account, authz, encoded_document, err, required};
use crate::state::{Caller, State, unique_id};
use crate::xml::{elem, wrap};

fn no_such_policy(arn: &str) -> IamError {
    err(
        404,
        "NoSuchEntity",
        format!("Policy {arn} does not exist or is not attachable."),
    )
}

pub(super) fn get_policy(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
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

pub(super) fn get_policy_version(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
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
