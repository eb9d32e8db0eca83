//! Service-specific credentials (long-term API keys, platform.md §2.2): Create, List, Update,
//! Delete and Reset ServiceSpecificCredential.

use super::{
    IamError, R, account, account_mut, authz, err, iso8601, no_such_user, paginate, param,
    parse_rfc3339, required, user_resource,
};
use crate::state::{
    Account, Caller, CallerKind, KeyStyle, ServiceSpecificCredential, State, unique_id,
};
use crate::xml::{elem, members, wrap};
use std::time::SystemTime;

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
/// With `long_term_key_style: "sk_ant"` the key is `sk-ant-` + the same base64 (the other reading:
/// the Claude Code docs show `ANTHROPIC_AWS_API_KEY=sk-ant-xxxxx` for a Console-generated key).
fn new_api_key(style: KeyStyle, user: &str, account: &str) -> String {
    use base64::Engine;
    let secret: String = uuid::Uuid::new_v4().simple().to_string();
    let raw = format!("{}:{secret}", ssc_alias(user, account));
    let encoded = base64::engine::general_purpose::STANDARD.encode(raw.as_bytes());
    match style {
        KeyStyle::Aeaa => format!("AEAA{encoded}"),
        KeyStyle::SkAnt => format!("sk-ant-{encoded}"),
    }
}

/// Splits a stored key into (alias, secret) when it has the `AEAA` + base64(alias:secret) shape.
fn split_api_key(key: &str) -> Option<(String, String)> {
    use base64::Engine;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(
            key.strip_prefix("AEAA")
                .or_else(|| key.strip_prefix("sk-ant-"))?,
        )
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

pub(super) fn create_ssc(
    state: &mut State,
    caller: &Caller,
    p: &[(String, String)],
    now: SystemTime,
) -> R {
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
    let style = state.long_term_key_style;
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
        secret: new_api_key(style, &user, &acct.id),
        status: "Active".to_string(),
        created: iso8601(now),
        expires,
    };
    let out = wrap("ServiceSpecificCredential", &ssc_xml(&cred, &acct.id, true));
    acct.service_specific_credentials.push(cred);
    Ok(out)
}

pub(super) fn list_ssc(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
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

pub(super) fn update_ssc(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
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

pub(super) fn delete_ssc(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
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

pub(super) fn reset_ssc(state: &mut State, caller: &Caller, p: &[(String, String)]) -> R {
    let user = ssc_user(caller, p)?;
    let id = required(p, "ServiceSpecificCredentialId")?.to_string();
    let arn = user_resource(state, caller, &user);
    authz(state, caller, "ResetServiceSpecificCredential", &arn)?;
    let style = state.long_term_key_style;
    let acct = account_mut(state, caller)?;
    let account_id = acct.id.clone();
    let cred = find_ssc(acct, &user, &id)?;
    cred.secret = new_api_key(style, &user, &account_id);
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
