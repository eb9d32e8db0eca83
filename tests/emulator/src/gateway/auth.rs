//! Gateway authentication: SigV4 or an API key (short-term token or long-term key), then the
//! `CallWithBearerToken` authorization every API key needs.

use super::{ApiError, SERVICE};
use crate::apikey::{self, KeyError};
use crate::policy::{self, Decision};
use crate::server::{
    Incoming, MSG_BAD_SIGNATURE, MSG_EXPIRED_TOKEN, MSG_INVALID_TOKEN, MSG_WRONG_REGION, SigFail,
    verify_sigv4,
};
use crate::sigv4;
use crate::state::{BEARER_SERVICE_NAME, BearerKind, Caller, State, parse_rfc3339};
use std::time::{Duration, SystemTime};

pub(super) fn base_context(caller: &Caller, region: &str) -> policy::Context {
    let mut c = policy::Context::new();
    c.insert("aws:principalarn".into(), vec![caller.arn.clone()]);
    c.insert("aws:principalaccount".into(), vec![caller.account.clone()]);
    c.insert("aws:requestedregion".into(), vec![region.to_string()]);
    c
}

/// Find the API key in `x-api-key` or `Authorization: Bearer`. x-api-key wins if both are sent
/// (UNCONFIRMED; official SDKs never send both).
fn api_key(inc: &Incoming) -> Option<String> {
    if let Some(k) = inc.header("x-api-key") {
        return Some(k.trim().to_string());
    }
    let auth = inc.header("authorization")?;
    let (scheme, rest) = auth.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| rest.trim().to_string())
}

/// Returns the caller and the endpoint region.
pub(super) fn authenticate(
    st: &State,
    inc: &Incoming,
    body_hash: &str,
    now: SystemTime,
    pinned: Option<&str>,
) -> Result<(Caller, String), ApiError> {
    let auth = inc.header("authorization").unwrap_or("");
    // SigV4 wins over an API key if both are present (UNCONFIRMED: the gateway presumably
    // authenticates the SigV4 signature first; the SDKs never send both).
    if auth.trim_start().starts_with(sigv4::ALGORITHM) {
        let (caller, scope) = verify_sigv4(st, inc, body_hash, now, &[SERVICE], pinned)
            .map_err(|f| sigfail_to_error(&f))?;
        return Ok((caller, pinned.unwrap_or(&scope.region).to_string()));
    }
    let Some(key) = api_key(inc) else {
        // No credentials at all: AWS's "Missing Authentication Token" (403; UNCONFIRMED status).
        return Err(sigfail_to_error(&SigFail::Missing));
    };
    let is_long_term_key = |k: &str| {
        st.accounts.iter().any(|a| {
            a.service_specific_credentials
                .iter()
                .any(|c| c.secret == k && c.service == BEARER_SERVICE_NAME)
        })
    };
    if key.starts_with("sk-ant-") && !is_long_term_key(&key) {
        // First-party Claude Console key (UNCONFIRMED gateway text; first-party style). Under
        // `long_term_key_style: "sk_ant"` IAM's own long-term keys look alike and are accepted.
        return Err(ApiError::new(401, "invalid x-api-key"));
    }
    let invalid = || ApiError::aws(403, "UnrecognizedClientException", MSG_INVALID_TOKEN);
    let expired = || ApiError::aws(403, "ExpiredTokenException", MSG_EXPIRED_TOKEN);
    let (mut caller, region, kind) = if apikey::is_short_term(&key) {
        let tok = apikey::decode(&key).map_err(|_| invalid())?;
        let region = tok.scope.region.clone();
        if pinned.is_some_and(|p| p != region) {
            // Tokens are region-scoped (TOKGEN README); wrong endpoint = signature rejection.
            return Err(ApiError::aws(
                403,
                "InvalidSignatureException",
                MSG_WRONG_REGION,
            ));
        }
        let ak = st
            .access_key(&tok.scope.access_key_id)
            .ok_or_else(invalid)?;
        if ak.session_token != tok.session_token {
            return Err(invalid());
        }
        match tok.verify(&ak.secret, now) {
            Ok(()) => {}
            Err(KeyError::BadSignature) => {
                return Err(ApiError::aws(
                    403,
                    "InvalidSignatureException",
                    MSG_BAD_SIGNATURE,
                ));
            }
            Err(KeyError::Expired) => return Err(expired()),
            Err(KeyError::NotYetValid) => {
                return Err(ApiError::aws(
                    403,
                    "InvalidSignatureException",
                    format!(
                        "Signature not yet current: {} is still later than {}",
                        tok.amz_date,
                        sigv4::format_amz_date(now + Duration::from_secs(300))
                    ),
                ));
            }
            Err(KeyError::Malformed(_)) => return Err(invalid()),
        }
        if let Some(exp) = &ak.expires
            && parse_rfc3339(exp).is_some_and(|e| e <= now)
        {
            return Err(expired());
        }
        let caller = st.caller_for_access_key(ak).ok_or_else(invalid)?;
        (caller, region, BearerKind::ShortTerm)
    } else {
        // Long-term key: exactly the `secret` of an IAM service-specific credential (the real
        // key format is UNCONFIRMED, platform.md §2.2).
        let found = st.accounts.iter().find_map(|a| {
            a.service_specific_credentials
                .iter()
                .find(|c| c.secret == key && c.service == BEARER_SERVICE_NAME)
                .map(|c| (a, c))
        });
        let (acct, cred) = found.ok_or_else(invalid)?;
        if cred.status != "Active" {
            return Err(invalid());
        }
        if let Some(exp) = &cred.expires
            && parse_rfc3339(exp).is_some_and(|e| e <= now)
        {
            return Err(expired());
        }
        if acct.user(&cred.user).is_none() {
            return Err(invalid());
        }
        let caller = Caller::user(&acct.id, &cred.user);
        let region = pinned.unwrap_or(&st.default_region).to_string();
        (caller, region, BearerKind::LongTerm)
    };
    caller.bearer = Some(kind);
    // Any API key: the caller needs aws-external-anthropic:CallWithBearerToken on "*".
    let mut ctx = base_context(&caller, &region);
    // Condition-key values are UNCONFIRMED (platform.md §2.3): SHORT_TERM / LONG_TERM as on Bedrock.
    ctx.insert(
        "aws-external-anthropic:bearertokentype".into(),
        vec![
            match kind {
                BearerKind::ShortTerm => "SHORT_TERM",
                BearerKind::LongTerm => "LONG_TERM",
            }
            .to_string(),
        ],
    );
    let action = format!("{SERVICE}:CallWithBearerToken");
    let res = policy::authorize(st, &caller, &action, "*", &ctx);
    if res.decision != Decision::Allowed {
        return Err(ApiError::aws(
            403,
            "AccessDeniedException",
            policy::deny_message(&caller, &action, "*", res.decision),
        ));
    }
    Ok((caller, region))
}

fn sigfail_to_error(f: &SigFail) -> ApiError {
    // All AWS-layer authentication failures are 403 (contract; the real status is UNCONFIRMED).
    let t = match f {
        SigFail::Missing => "MissingAuthenticationTokenException",
        SigFail::Incomplete(_) => "IncompleteSignatureException",
        SigFail::InvalidToken => "UnrecognizedClientException",
        SigFail::TokenExpired => "ExpiredTokenException",
        SigFail::WrongService(_)
        | SigFail::WrongRegion
        | SigFail::SignatureExpired(_)
        | SigFail::BadSignature => "InvalidSignatureException",
    };
    ApiError::aws(403, t, f.message())
}
