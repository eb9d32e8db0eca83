//! STS query-protocol actions (Version 2011-06-15): GetCallerIdentity, AssumeRole and
//! GetWebIdentityToken. Errors use the STS namespace of the query-protocol error shape.

use crate::iam::{IamError, list_param, param, role_arn};
use crate::policy::{self, Context, Decision, PolicyRef, PrincipalMatch};
use crate::state::{AccessKey, Caller, CallerKind, State, unique_id};
use crate::xml::{self, QueryResponse, STS_NS, elem, wrap};
use std::time::{Duration, SystemTime};

type R = Result<String, IamError>;

fn err(status: u16, code: &'static str, message: impl Into<String>) -> IamError {
    IamError {
        status,
        code,
        message: message.into(),
    }
}

/// Handles one STS query call. `now` is the emulator clock.
pub fn handle(
    state: &mut State,
    caller: &Caller,
    params: &[(String, String)],
    now: SystemTime,
    request_id: &str,
) -> QueryResponse {
    let action = param(params, "Action").unwrap_or("").to_string();
    let result = match action.as_str() {
        "GetCallerIdentity" => Ok(get_caller_identity(caller)),
        "AssumeRole" => assume_role(state, caller, params, now),
        "GetWebIdentityToken" => get_web_identity_token(state, caller, params, now),
        _ => Err(err(
            400,
            "InvalidAction",
            format!("Could not find operation {action} for version 2011-06-15"),
        )),
    };
    match result {
        Ok(inner) => xml::success_response(STS_NS, &action, &inner, request_id),
        Err(e) => xml::error_response_ns(STS_NS, e.status, e.code, &e.message, request_id),
    }
}

/// GetCallerIdentity never needs a permission (AWS: "No permissions are required to perform
/// this operation").
fn get_caller_identity(caller: &Caller) -> String {
    format!(
        "{}{}{}",
        elem("Arn", &caller.arn),
        elem("UserId", &caller.user_id),
        elem("Account", &caller.account)
    )
}

fn random_token(len: usize, alphabet: &[u8]) -> String {
    let mut out = String::with_capacity(len);
    while out.len() < len {
        for b in uuid::Uuid::new_v4().as_bytes() {
            if out.len() == len {
                break;
            }
            out.push(alphabet[(*b as usize) % alphabet.len()] as char);
        }
    }
    out
}

const UPPER_ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const SECRET_CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn valid_session_name(s: &str) -> bool {
    (2..=64).contains(&s.len())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "+=,.@-_".contains(c))
}

fn assume_role(state: &mut State, caller: &Caller, p: &[(String, String)], now: SystemTime) -> R {
    let role_arn_param = param(p, "RoleArn").unwrap_or("").to_string();
    let session = param(p, "RoleSessionName").unwrap_or("").to_string();
    if role_arn_param.is_empty() {
        return Err(err(
            400,
            "ValidationError",
            "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null",
        ));
    }
    if !valid_session_name(&session) {
        return Err(err(
            400,
            "ValidationError",
            format!(
                "1 validation error detected: Value '{session}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"
            ),
        ));
    }
    let denied = || {
        err(
            403,
            "AccessDenied",
            format!(
                "User: {} is not authorized to perform: sts:AssumeRole on resource: {role_arn_param}",
                caller.arn
            ),
        )
    };
    // AWS: the root user cannot assume roles.
    if caller.kind == CallerKind::Root {
        return Err(err(
            403,
            "AccessDenied",
            "Roles may not be assumed by root accounts.",
        ));
    }
    // Resolve the role: arn:aws:iam::<acct>:role/[path/]name. An unknown role is
    // indistinguishable from a forbidden one (AccessDenied), as on AWS.
    let parsed = role_arn_param
        .strip_prefix("arn:aws:iam::")
        .and_then(|r| r.split_once(':'))
        .and_then(|(acct, res)| Some((acct.to_string(), res.strip_prefix("role/")?.to_string())));
    let Some((role_acct, path_name)) = parsed else {
        return Err(err(
            400,
            "ValidationError",
            format!("{role_arn_param} is invalid"),
        ));
    };
    let role_name = path_name.rsplit('/').next().unwrap_or("").to_string();
    let role = state
        .account(&role_acct)
        .and_then(|a| a.role(&role_name))
        .filter(|r| role_arn(&role_acct, &r.path, &r.name) == role_arn_param)
        .cloned()
        .ok_or_else(denied)?;

    let chained = matches!(caller.kind, CallerKind::AssumedRole { .. });
    let duration = match param(p, "DurationSeconds") {
        Some(d) => d.parse::<u64>().map_err(|_| {
            err(
                400,
                "ValidationError",
                format!("Value '{d}' at 'durationSeconds' failed to satisfy constraint"),
            )
        })?,
        None => 3600,
    };
    if duration < 900 {
        return Err(err(
            400,
            "ValidationError",
            format!(
                "1 validation error detected: Value '{duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900"
            ),
        ));
    }
    if chained && duration > 3600 {
        return Err(err(
            400,
            "ValidationError",
            "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
        ));
    }
    if duration > u64::from(role.max_session_duration.max(3600)) {
        return Err(err(
            400,
            "ValidationError",
            "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
        ));
    }

    let mut ctx = Context::new();
    ctx.insert("sts:rolesessionname".to_string(), vec![session.clone()]);
    if let Some(ext) = param(p, "ExternalId") {
        ctx.insert("sts:externalid".to_string(), vec![ext.to_string()]);
    }
    if let Some(si) = param(p, "SourceIdentity") {
        ctx.insert("sts:sourceidentity".to_string(), vec![si.to_string()]);
    }
    // Session tags, session policies and source identity checks are not emulated.
    let ctx = policy::with_principal_keys(caller, &ctx);

    // Identity side: the caller's own policies for sts:AssumeRole on the role ARN.
    let identity = policy::authorize(state, caller, "sts:AssumeRole", &role_arn_param, &ctx);
    if identity.decision == Decision::ExplicitDeny {
        return Err(err(
            403,
            "AccessDenied",
            policy::deny_message(
                caller,
                "sts:AssumeRole",
                &role_arn_param,
                Decision::ExplicitDeny,
            ),
        ));
    }
    // Resource side: the role's trust policy.
    let trust_ref = PolicyRef {
        id: "TrustPolicy".to_string(),
        kind: "resource".to_string(),
        doc: &role.trust_policy,
    };
    let who = policy::request_principal(caller);
    let trust =
        policy::evaluate_resource_policy(&trust_ref, &who, "sts:AssumeRole", &role_arn_param, &ctx);
    // AWS evaluation logic: the trust policy must allow. Within one account, a trust statement
    // naming the exact caller ARN suffices on its own; one naming the account / `*` / the role
    // (Broad) also needs an identity-policy Allow; across accounts both sides must allow.
    // (The emulator contract says "AND"; this refines it per AWS's documented same-account rule.)
    let allowed = trust.decision == Decision::Allowed
        && (identity.decision == Decision::Allowed
            || (caller.account == role_acct && trust.principal_match == PrincipalMatch::Specific));
    if !allowed {
        return Err(denied());
    }

    let access_key_id = format!("ASIA{}", random_token(16, UPPER_ALNUM));
    let secret = random_token(40, SECRET_CHARS);
    let token = format!("FQoGZXIvYXdzE{}", random_token(160, SECRET_CHARS));
    let expires = crate::iam::iso8601(now + Duration::from_secs(duration));
    let session_arn = format!(
        "arn:aws:sts::{role_acct}:assumed-role/{}/{session}",
        role.name
    );
    let assumed_id = format!("{}:{session}", crate::iam::role_id(&role_acct, &role.name));
    state.access_keys.push(AccessKey {
        access_key_id: access_key_id.clone(),
        secret: secret.clone(),
        session_token: Some(token.clone()),
        account: role_acct.clone(),
        principal: format!("assumed-role/{}/{session}", role.name),
        expires: Some(expires.clone()),
    });
    Ok(format!(
        "{}{}",
        wrap(
            "Credentials",
            &format!(
                "{}{}{}{}",
                elem("AccessKeyId", &access_key_id),
                elem("SecretAccessKey", &secret),
                elem("SessionToken", &token),
                elem("Expiration", &expires)
            )
        ),
        wrap(
            "AssumedRoleUser",
            &format!(
                "{}{}",
                elem("AssumedRoleId", &assumed_id),
                elem("Arn", &session_arn)
            )
        )
    ))
}

/// STS GetWebIdentityToken (platform.md §4.3): Audience.member.N (1–10), SigningAlgorithm
/// RS256|ES384, DurationSeconds 60–3600 (default 300). Fails with
/// OutboundWebIdentityFederationDisabled when the account's federation is off. The token is a
/// fake, unsigned JWT-shaped string (the emulator has no keys; UNCONFIRMED content).
fn get_web_identity_token(
    state: &mut State,
    caller: &Caller,
    p: &[(String, String)],
    now: SystemTime,
) -> R {
    let audiences = list_param(p, "Audience");
    if audiences.is_empty() || audiences.len() > 10 {
        return Err(err(
            400,
            "ValidationError",
            "1 validation error detected: Value at 'audience' failed to satisfy constraint: Member must have length between 1 and 10",
        ));
    }
    let alg = param(p, "SigningAlgorithm").unwrap_or("");
    if alg != "RS256" && alg != "ES384" {
        return Err(err(
            400,
            "ValidationError",
            format!(
                "1 validation error detected: Value '{alg}' at 'signingAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [RS256, ES384]"
            ),
        ));
    }
    let duration = match param(p, "DurationSeconds") {
        Some(d) => match d.parse::<u64>() {
            Ok(n) if (60..=3600).contains(&n) => n,
            _ => {
                return Err(err(
                    400,
                    "ValidationError",
                    format!(
                        "1 validation error detected: Value '{d}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 60 and 3600"
                    ),
                ));
            }
        },
        None => 300,
    };
    let mut ctx = Context::new();
    ctx.insert("sts:identitytokenaudience".to_string(), audiences.clone());
    ctx.insert("sts:signingalgorithm".to_string(), vec![alg.to_string()]);
    ctx.insert(
        "sts:durationseconds".to_string(),
        vec![duration.to_string()],
    );
    let r = policy::authorize(state, caller, "sts:GetWebIdentityToken", "*", &ctx);
    if r.decision != Decision::Allowed {
        return Err(err(
            403,
            "AccessDenied",
            policy::deny_message(caller, "sts:GetWebIdentityToken", "*", r.decision),
        ));
    }
    let acct = state.account(&caller.account);
    let (enabled, issuer) = acct
        .map(|a| (a.federation_enabled, a.issuer.clone()))
        .unwrap_or((false, String::new()));
    if !enabled {
        // botocore 1.44.5's STS model (shape OutboundWebIdentityFederationDisabledException) gives
        // the code with its `Exception` suffix, HTTP 403, Sender fault (checked by the interop tests).
        return Err(err(
            403,
            "OutboundWebIdentityFederationDisabledException",
            "The outbound web identity federation feature is not enabled for this account.",
        ));
    }
    use base64::Engine;
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let iat = now
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let header = serde_json::json!({"alg": alg, "typ": "JWT", "kid": "emulator"});
    let claims = serde_json::json!({
        "iss": issuer, "sub": caller.arn, "aud": audiences,
        "iat": iat, "exp": iat + duration, "jti": uuid::Uuid::new_v4().to_string()
    });
    let token = format!(
        "{}.{}.{}",
        b64.encode(header.to_string()),
        b64.encode(claims.to_string()),
        b64.encode(unique_id("SIG", &claims.to_string()))
    );
    Ok(format!(
        "{}{}",
        elem("WebIdentityToken", &token),
        elem(
            "Expiration",
            &crate::iam::iso8601(now + Duration::from_secs(duration))
        )
    ))
}
