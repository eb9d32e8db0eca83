//! The one diagnosis table: what the service said → the cause and the exact fix.
//!
//! Every command shows service errors through [`diagnose`]; a 403 never reaches the user raw.
//! Each rule traces to platform.md §5 and §7 (documented messages and setup mistakes). Where the
//! service's exact text is UNCONFIRMED, rules match on the documented fragments, the standard AWS
//! phrasing, the status and the error type, and — for API keys — on what the key itself says.

use std::time::SystemTime;

use serde::Serialize;

use crate::api::{ApiError, ApiErrorKind, ResponseMeta};
use crate::apikey::{self, KeyKind};
use crate::config::{AuthMode, Settings};
use crate::error::{CliError, exit};
use crate::output::one_line;
use serde_json::Value;

/// What the diagnosis knows about the caller's setup.
#[derive(Clone, Debug, Default)]
pub struct DiagContext {
    pub auth_mode: Option<AuthMode>,
    pub region: Option<String>,
    pub workspace_id: Option<String>,
    /// The API key in use (only its kind and decoded metadata are used).
    pub api_key: Option<String>,
    pub auth_refresh: Option<String>,
}

impl DiagContext {
    /// What a diagnosis needs to know about the settings.
    pub fn from_settings(s: &Settings) -> DiagContext {
        DiagContext {
            auth_mode: Some(s.auth_mode()),
            region: s.region.as_ref().map(|r| r.value.clone()),
            workspace_id: s.workspace_id.as_ref().map(|w| w.value.clone()),
            api_key: s.api_key.as_ref().map(|k| k.value.expose().to_string()),
            auth_refresh: s.auth_refresh.as_ref().map(|a| a.value.clone()),
        }
    }
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Diagnosis {
    /// Stable id of the rule, e.g. `federation_disabled`, `missing_action`.
    pub code: Code,
    /// Why it failed, in words.
    pub cause: String,
    /// The exact fix: a command to run, an IAM action to add, a variable to set.
    pub fix: String,
    #[serde(skip)]
    pub exit: u8,
}

fn rule(code: Code, exit: u8, cause: impl Into<String>, fix: impl Into<String>) -> Diagnosis {
    Diagnosis {
        code,
        cause: cause.into(),
        fix: fix.into(),
        exit,
    }
}

/// `... is not authorized to perform: ACTION on resource: RES ...`
pub fn parse_not_authorized(msg: &str) -> Option<(String, String)> {
    let i = msg.find("not authorized to perform: ")? + "not authorized to perform: ".len();
    let rest = &msg[i..];
    let action = rest
        .split_whitespace()
        .next()?
        .trim_end_matches([',', '.'])
        .to_string();
    let resource = rest
        .find("on resource: ")
        .and_then(|j| rest[j + "on resource: ".len()..].split_whitespace().next())
        .map(|r| r.trim_end_matches([',', '.']).to_string())
        .unwrap_or_else(|| "*".into());
    Some((action, resource))
}

/// The smallest intent of `cpaws policy gen` that grants an `aws-external-anthropic` action, from
/// the intents' own action lists; None for actions no intent grants (IAM's, STS's, or service
/// actions cpaws does not generate).
fn intent_for(action: &str) -> Option<&'static str> {
    use crate::intents::Intent;
    let (service, name) = action
        .split_once(':')
        .unwrap_or((crate::sign::SERVICE, action));
    if !service.eq_ignore_ascii_case(crate::sign::SERVICE) {
        return None;
    }
    [
        Intent::Inference,
        Intent::Files,
        Intent::Batches,
        Intent::Workspaces,
        Intent::ApiKey,
    ]
    .into_iter()
    .find(|i| {
        let (ws, acct) = i.actions();
        ws.iter()
            .chain(acct.iter())
            .any(|a| a.eq_ignore_ascii_case(name))
    })
    .map(Intent::name)
}

/// An error that says nothing about the user's setup: the service failed (5xx), was throttled,
/// does not implement the call, timed out, or answered with something that is not an answer (an
/// HTML page). A check that meets one could not be performed: a warning with evidence, never a
/// setup failure.
pub fn is_not_about_the_setup(e: &ApiError) -> bool {
    let code = |t: &Option<String>| {
        t.as_deref().is_some_and(|t| {
            let t = t.to_ascii_lowercase();
            [
                "throttl",
                "notimplemented",
                "not_implemented",
                "serviceunavailable",
                "internalfailure",
                "internalerror",
                "overloaded",
                "api_error",
            ]
            .iter()
            .any(|k| t.contains(k))
        })
    };
    // A spend limit is a 429 the user must act on.
    if e.error_code
        .as_deref()
        .is_some_and(|c| c.contains("spend_limit"))
    {
        return false;
    }
    // A 200 of the wrong shape from the gateway means the base URL points elsewhere: setup.
    let wrong_endpoint = e.kind == ApiErrorKind::Decode
        && e.status.is_some_and(|s| s < 300)
        && e.call.contains("/v1/");
    matches!(e.kind, ApiErrorKind::Timeout | ApiErrorKind::Decode) && !wrong_endpoint
        || e.status.is_some_and(|s| s >= 500 || s == 429)
        || code(&e.error_type)
        || code(&e.aws_error_type)
}

pub fn diagnose(e: &ApiError, cx: &DiagContext) -> Diagnosis {
    let msg = e.message.as_str();
    let lower = msg.to_ascii_lowercase();
    let region = cx.region.as_deref().unwrap_or("<region>");
    let ws = cx.workspace_id.as_deref().unwrap_or("<workspace-id>");
    let status = e.status.unwrap_or(0);
    let aws_type = e
        .aws_error_type
        .as_deref()
        .or(e.error_type.as_deref())
        .unwrap_or("");

    match e.kind {
        // Chat's stream checks (commands/chat/stream.rs, api/sse.rs).
        ApiErrorKind::Stream if e.error_type.as_deref() == Some("stream_invalid") => {
            return rule(
                Code::StreamInvalid,
                exit::SERVICE,
                format!("the answer stream broke the protocol: {msg}"),
                "retry; what arrived before was kept. If it keeps happening, check that the base URL is Claude Platform on AWS (cpaws status shows it) and that no proxy rewrites the stream",
            );
        }
        ApiErrorKind::Stream if e.error_type.as_deref() == Some("stream_stalled") => {
            return rule(
                Code::StreamStalled,
                exit::SERVICE,
                format!("the answer stream stalled: {msg}"),
                "retry; what arrived before was kept. Raise --timeout (or CPAWS_TIMEOUT) if the answers you ask for pause longer; check proxies that hold streams back",
            );
        }
        ApiErrorKind::Decode if e.error_type.as_deref() == Some("unexpected_response") => {
            return rule(
                Code::UnexpectedResponse,
                exit::SERVICE,
                msg.to_string(),
                "check that the base URL points at Claude Platform on AWS (cpaws status shows it) and that no proxy or captive portal answers in its place, then retry",
            );
        }
        ApiErrorKind::Connect if lower.contains("no ca certificates were loaded") => {
            return rule(
                Code::TlsNoRoots,
                exit::SERVICE,
                format!("no CA certificates to check the server with: {msg}"),
                "install the system's CA certificates (e.g. `apt install ca-certificates`), or point SSL_CERT_FILE or AWS_CA_BUNDLE at a PEM bundle",
            );
        }
        ApiErrorKind::Connect if crate::api::is_certificate_error(msg) => {
            return rule(
                Code::TlsUntrusted,
                exit::SERVICE,
                format!("the server's TLS certificate is not trusted: {msg}"),
                "if a proxy or firewall in your network re-signs TLS traffic, point AWS_CA_BUNDLE (or SSL_CERT_FILE) at its CA certificate (PEM); otherwise check the base URL (cpaws status shows it): the endpoint is https://aws-external-anthropic.<region>.api.aws",
            );
        }
        ApiErrorKind::Connect => {
            return rule(
                Code::ConnectionFailed,
                exit::SERVICE,
                format!("could not connect: {msg}"),
                "check the network, HTTPS_PROXY/NO_PROXY and the base URL (cpaws status shows it); the endpoint is https://aws-external-anthropic.<region>.api.aws",
            );
        }
        ApiErrorKind::Timeout => {
            return rule(
                Code::Timeout,
                exit::SERVICE,
                format!("no answer in time: {msg}"),
                "try again; raise --timeout for long requests; check proxies",
            );
        }
        ApiErrorKind::Decode => {
            return rule(
                Code::UnexpectedResponse,
                exit::SERVICE,
                format!("the answer is not what the API returns: {msg}"),
                "check that the base URL points at Claude Platform on AWS (not a proxy's error page), then retry",
            );
        }
        ApiErrorKind::Credentials => {
            // A missing AWS profile is said by cpaws with the profiles that exist: kept as it is.
            if let Some(local) = e
                .local
                .as_ref()
                .filter(|l| l.code == "credentials.profile_missing")
            {
                return rule(
                    Code::ProfileMissing,
                    exit::CREDENTIALS,
                    local.cause.clone().unwrap_or_else(|| msg.to_string()),
                    local.fix.clone().unwrap_or_default(),
                );
            }
            let fix = match &cx.auth_refresh {
                Some(cmd) => format!("run `{cmd}` (your auth_refresh), then retry"),
                None => "refresh your AWS credentials (e.g. `aws sso login`), or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE".into(),
            };
            let code = if lower.contains("expired") {
                Code::CredentialsExpired
            } else {
                Code::NoCredentials
            };
            return rule(code, exit::CREDENTIALS, msg.to_string(), fix);
        }
        ApiErrorKind::Stream if e.status.is_none() => {
            return rule(
                Code::StreamInterrupted,
                exit::SERVICE,
                format!("the answer stream broke before it finished: {msg}"),
                "retry; what arrived was kept. If it keeps happening, check proxies that cut long responses (and --timeout)",
            );
        }
        ApiErrorKind::Invalid => {
            return rule(
                Code::InvalidSetting,
                exit::USAGE,
                format!("{msg}; nothing was sent"),
                "set the value again without control characters (`cpaws status` shows where each setting comes from); for anthropic-beta, check --beta / CPAWS_FILES_BETA",
            );
        }
        ApiErrorKind::Stream | ApiErrorKind::Http => {}
    }

    // 0. A redirect: the service never sends one, so the base URL or a proxy points elsewhere.
    //    It was not followed (no credentials or prompt went to the other host).
    if (300..400).contains(&status) {
        return rule(
            Code::Redirected,
            exit::SERVICE,
            format!(
                "{msg}. Claude Platform on AWS never redirects: the base URL or a proxy in between sends requests elsewhere"
            ),
            "check the base URL (`cpaws status` shows it and where it came from) and HTTPS_PROXY/NO_PROXY; the endpoint is https://aws-external-anthropic.<region>.api.aws",
        );
    }
    if matches!(status, 408 | 429 | 500..=599)
        && let Some(wait) = &e.retry_after_refused
    {
        return rule(
            Code::RetryAfterTooLong,
            exit::SERVICE,
            format!(
                "{msg}; the service asked to wait longer than cpaws waits ({wait}; at most {}s)",
                crate::api::MAX_RETRY_AFTER.as_secs()
            ),
            "try again later; rate limits: https://docs.aws.amazon.com/claude-platform/latest/userguide/rate-limits.html",
        );
    }

    // 1. Federation (platform.md §4.1, §7.1): the most common setup error.
    if lower.contains("outbound web identity federation is disabled")
        || lower.contains("outboundwebidentityfederationdisabled")
    {
        return rule(
            Code::FederationDisabled,
            exit::REJECTED,
            "outbound web identity federation is disabled for this AWS account; the gateway needs it to mint the token it forwards to Anthropic",
            "cpaws enable-federation   (or: aws iam enable-outbound-web-identity-federation)",
        );
    }

    // 2. API-key problems the key itself explains (platform.md §2, §7.2).
    if cx.auth_mode == Some(AuthMode::ApiKey)
        && let Some(key) = &cx.api_key
        && matches!(status, 401 | 403)
    {
        match apikey::classify(key) {
            // A 401 is how a first-party key is refused (the first-party text `invalid x-api-key`).
            // A 403 "invalid token" may as well be one of IAM's long-term keys (their format is
            // UNCONFIRMED, and may start `sk-ant-` too) that was revoked: rule 4 says so, with the hint.
            KeyKind::FirstParty
                if status == 401
                    || !(lower.contains("security token")
                        || aws_type.contains("UnrecognizedClient")
                        || aws_type.contains("ExpiredToken")) =>
            {
                return rule(
                    Code::FirstPartyKey,
                    exit::REJECTED,
                    "the API key looks like a first-party Claude Console key (sk-ant-…) and the service refused it; Claude Platform on AWS only accepts keys from AWS",
                    "use a key from the AWS Console (Claude Platform on AWS → API keys), `cpaws keys create`, or SigV4 credentials; put it in ANTHROPIC_AWS_API_KEY",
                );
            }
            KeyKind::FirstParty => {}
            KeyKind::Bedrock => {
                return rule(
                    Code::BedrockKey,
                    exit::REJECTED,
                    "the API key is an Amazon Bedrock key; it does not work with Claude Platform on AWS",
                    "create a Claude Platform on AWS key (`cpaws keys create`, or the AWS Console) and put it in ANTHROPIC_AWS_API_KEY",
                );
            }
            KeyKind::ShortTerm => match apikey::decode_short_term(key) {
                Ok(info) if info.expired_at(SystemTime::now()) => {
                    return rule(
                        Code::ApiKeyExpired,
                        exit::CREDENTIALS,
                        format!("the short-term API key expired at {}", info.expires_at),
                        "mint a new one: `cpaws keys create` (or `cpaws keys exec -- CMD`), and update ANTHROPIC_AWS_API_KEY",
                    );
                }
                Ok(info) if cx.region.as_deref().is_some_and(|r| r != info.region) => {
                    return rule(
                        Code::ApiKeyWrongRegion,
                        exit::REJECTED,
                        format!(
                            "the short-term API key was made for {} but the request went to {region}; keys are scoped to one region",
                            info.region
                        ),
                        format!(
                            "mint a key for {region}: `cpaws --region {region} keys create`, or set AWS_REGION={}",
                            info.region
                        ),
                    );
                }
                Err(why) => {
                    return rule(
                        Code::ApiKeyMalformed,
                        exit::CREDENTIALS,
                        format!(
                            "the API key looks like a short-term key but cannot be decoded ({why})"
                        ),
                        "copy the whole key again, or mint a new one with `cpaws keys create`",
                    );
                }
                Ok(_) => {}
            },
            KeyKind::LongTerm => {}
        }
    }

    // 3. Missing or denied IAM actions (platform.md §3, §5.2).
    if let Some((action, resource)) = parse_not_authorized(msg) {
        let short = action.rsplit(':').next().unwrap_or(&action).to_string();
        if lower.contains("explicit deny") {
            return rule(
                Code::ExplicitDeny,
                exit::REJECTED,
                format!(
                    "an explicit Deny for {action} on {resource} applies (identity policy, permissions boundary, SCP or session policy); an Allow cannot override it"
                ),
                format!(
                    "find and narrow the Deny statement for {action} (`cpaws doctor --check permissions` shows which one matched), or ask your AWS administrator"
                ),
            );
        }
        if short.eq_ignore_ascii_case("CallWithBearerToken") {
            return rule(
                Code::MissingCallWithBearerToken,
                exit::REJECTED,
                "the principal behind the API key lacks aws-external-anthropic:CallWithBearerToken, which every API-key caller needs (on Resource \"*\")",
                "`cpaws policy gen --intent api-key --user NAME` (or `--role NAME`: the key's IAM principal) writes and attaches aws-external-anthropic:CallWithBearerToken on \"*\"",
            );
        }
        let on = if resource == "*" {
            "\"*\"".to_string()
        } else {
            resource.clone()
        };
        let managed = crate::intents::managed_policies_granting(&short);
        let managed = match managed.as_slice() {
            [] => String::new(),
            [one] => format!("; or attach the AWS managed policy {one}"),
            [first, second, ..] => format!(
                "; or attach an AWS managed policy that grants it: {first} (the smallest) or {second}"
            ),
        };
        let fix = match intent_for(&action) {
            Some(intent) => format!(
                "grant {action} on {on}: `cpaws policy gen --intent {intent} --user NAME` (or `--role NAME`) writes and attaches a policy for it{managed}"
            ),
            // No intent of `policy gen` grants it (an IAM or STS action, say): the exact statement.
            None => format!(
                "ask an IAM administrator to add this statement to the principal's policy: {{\"Effect\": \"Allow\", \"Action\": \"{action}\", \"Resource\": \"{}\"}}{managed}",
                if resource == "*" {
                    "*"
                } else {
                    resource.as_str()
                }
            ),
        };
        return rule(
            Code::MissingAction,
            exit::REJECTED,
            format!("the principal is not allowed {action} on {resource}"),
            fix,
        );
    }

    // 4. Signatures, clocks, regions, credentials (standard AWS texts).
    if lower.contains("signature expired")
        || lower.contains("signature not yet current")
        || lower.contains("request time too skewed")
    {
        return rule(
            Code::ClockSkew,
            exit::REJECTED,
            "the local clock differs from the server's by more than 5 minutes, so SigV4 signatures are rejected",
            "sync the system clock (e.g. `sudo chronyc makestep` or enable NTP), then retry",
        );
    }
    if lower.contains("credential should be scoped to a valid region")
        || lower.contains("scoped to correct service")
        || lower.contains("credential should be scoped")
    {
        return rule(
            Code::SignatureScope,
            exit::REJECTED,
            format!(
                "the request was signed for region {region} (service aws-external-anthropic) but sent to an endpoint of another region or service"
            ),
            "make the region and the base URL agree: drop ANTHROPIC_AWS_BASE_URL/--base-url, or set AWS_REGION to the region in the URL",
        );
    }
    if lower.contains("signature we calculated does not match")
        || lower.contains("invalid signature")
        || aws_type.contains("InvalidSignature")
        || aws_type == "SignatureDoesNotMatch"
    {
        return rule(
            Code::SignatureMismatch,
            exit::CREDENTIALS,
            "the SigV4 signature was rejected: the secret access key does not match the access key ID, or a proxy changed the request, or the region/service in the signature does not match the endpoint",
            "check AWS_SECRET_ACCESS_KEY (or the profile's aws_secret_access_key); make sure --region matches the workspace's region and nothing rewrites the request",
        );
    }
    // With an API key, "security token" errors are about the key, not about AWS access keys.
    if cx.auth_mode == Some(AuthMode::ApiKey)
        && (lower.contains("security token included in the request is")
            || aws_type.contains("UnrecognizedClient")
            || aws_type.contains("ExpiredToken"))
    {
        if lower.contains("expired") || aws_type.contains("ExpiredToken") {
            return rule(
                Code::ApiKeyExpired,
                exit::CREDENTIALS,
                "the API key (or the credentials behind it) has expired",
                "mint a new short-term key (`cpaws keys create`), or check the long-term key's expiry (`cpaws keys list`)",
            );
        }
        let looks = match cx.api_key.as_deref().map(apikey::classify) {
            Some(KeyKind::FirstParty) => {
                "; it starts like a first-party Claude Console key (sk-ant-…), which does not work here, unless it is a Claude Platform on AWS long-term key"
            }
            _ => "",
        };
        return rule(
            Code::ApiKeyRejected,
            exit::CREDENTIALS,
            format!(
                "the API key is not valid: revoked, deactivated, from another account, or not a Claude Platform on AWS key{looks}"
            ),
            "check it with `cpaws keys inspect` and `cpaws keys list`; activate it (`cpaws keys activate ID --user U`) or create a new one",
        );
    }
    if lower.contains("security token included in the request is expired")
        || aws_type.contains("ExpiredToken")
    {
        let fix = match &cx.auth_refresh {
            Some(cmd) => format!("run `{cmd}` (your auth_refresh), then retry"),
            None => "refresh the credentials (`aws sso login`, re-assume the role, or replace an expired access key), or set auth_refresh in the cpaws config".into(),
        };
        return rule(
            Code::CredentialsExpired,
            exit::CREDENTIALS,
            "the AWS credentials have expired",
            fix,
        );
    }
    if lower.contains("security token included in the request is invalid")
        || aws_type.contains("UnrecognizedClient")
        || aws_type == "InvalidClientTokenId"
    {
        return rule(
            Code::UnknownAccessKey,
            exit::CREDENTIALS,
            "AWS does not recognise the access key ID (deleted, from another partition, or a session token is missing or wrong)",
            "check AWS_ACCESS_KEY_ID / the profile's keys; temporary credentials also need AWS_SESSION_TOKEN",
        );
    }

    // 5. Workspaces (platform.md §1.2, §6, §7.3–7.4).
    if lower.contains("anthropic-workspace-id")
        && (lower.contains("required") || lower.contains("missing"))
    {
        return rule(
            Code::WorkspaceMissing,
            exit::REJECTED,
            "the request had no anthropic-workspace-id header",
            "set ANTHROPIC_AWS_WORKSPACE_ID (or --workspace-id) to your wrkspc_… ID",
        );
    }
    if lower.contains("anthropic-workspace-id") && lower.contains("valid") {
        return rule(
            Code::WorkspaceMalformed,
            exit::REJECTED,
            format!("{ws} is not a valid workspace ID"),
            "use the wrkspc_… ID shown in the AWS Console (Claude Platform on AWS → Workspaces)",
        );
    }
    if lower.contains("workspace")
        && (lower.contains("not found") || lower.contains("does not exist"))
    {
        return rule(
            Code::WorkspaceNotFound,
            exit::REJECTED,
            format!(
                "workspace {ws} does not exist in {region}: it is wrong, or it lives in another region (each workspace is bound to one region)"
            ),
            "check the ID; `cpaws doctor` finds the region it lives in (and lists the account's workspaces), then set AWS_REGION to it",
        );
    }

    // 6. Status classes (platform.md §5.1).
    match status {
        401 => {
            if cx.auth_mode == Some(AuthMode::ApiKey) {
                return rule(
                    Code::ApiKeyRejected,
                    exit::CREDENTIALS,
                    "the API key was rejected (revoked, deactivated, expired, or not a Claude Platform on AWS key)",
                    "check it with `cpaws keys inspect`, or create a new one (`cpaws keys create`, or AWS Console → API keys)",
                );
            }
            return rule(
                Code::Unauthenticated,
                exit::CREDENTIALS,
                format!("authentication failed: {msg}"),
                "check the AWS credentials (`cpaws status`) and that the region matches the endpoint",
            );
        }
        402 => {
            return rule(
                Code::Billing,
                exit::REJECTED,
                "the account has a billing problem (billing_error)",
                "check the Claude Platform on AWS subscription in AWS Marketplace (AWS Console → AWS Marketplace → Manage subscriptions)",
            );
        }
        403 => {
            return forbidden_suspects(e, cx);
        }
        404 => {
            if lower.contains("model") {
                return rule(
                    Code::ModelNotFound,
                    exit::REJECTED,
                    format!(
                        "the model was not found: {msg}. Claude Platform on AWS uses bare first-party IDs (claude-sonnet-4-6), not Bedrock IDs or ARNs"
                    ),
                    "list the models the workspace serves: `cpaws models list`; use an ID from that list",
                );
            }
            // A batch route: the ID is one of the workspace's batches, or none.
            if e.call.contains(" /v1/messages/batches/") {
                return rule(
                    Code::NotFound,
                    exit::REJECTED,
                    format!(
                        "the batch was not found in workspace {ws}: {msg} (a batch belongs to the workspace it was created in)"
                    ),
                    "list the workspace's batches and copy an ID: `cpaws batches list --all`; if the batch was created in another workspace, set ANTHROPIC_AWS_WORKSPACE_ID to it",
                );
            }
            return rule(
                Code::NotFound,
                exit::REJECTED,
                format!("not found: {msg}"),
                "check the ID and the workspace (files and batches are per workspace)",
            );
        }
        413 => {
            return rule(
                Code::TooLarge,
                exit::REJECTED,
                format!("the request is too large: {msg}"),
                "messages and count_tokens take up to 32 MB, files up to 500 MB, a batch up to 256 MB (batches create --split makes several); make the request smaller",
            );
        }
        429 => {
            if e.error_code.as_deref() == Some("enforced_spend_limit_reached") {
                return rule(
                    Code::SpendLimit,
                    exit::REJECTED,
                    "the workspace reached its spend limit (no retry will help until the limit resets or is raised)",
                    "raise the spend limit in the AWS Console (Claude Platform on AWS), or wait for the monthly reset",
                );
            }
            return rule(
                Code::RateLimited,
                exit::SERVICE,
                "rate limited (limits are per workspace, pooled per model family)",
                "wait and retry (cpaws already retried, honouring retry-after); request a higher tier in the AWS Console if it persists",
            );
        }
        529 => {
            return rule(
                Code::Overloaded,
                exit::SERVICE,
                "the service is overloaded (529)",
                "retry in a little while; cpaws retries automatically (--max-retries)",
            );
        }
        500..=599 => {
            return rule(
                Code::ServerError,
                exit::SERVICE,
                format!("the service failed: {msg}"),
                "retry; if it persists, report it with the request IDs shown",
            );
        }
        400 => {
            if lower.contains("anthropic.") || lower.contains("arn:aws:bedrock") {
                return rule(
                    Code::BedrockModelId,
                    exit::REJECTED,
                    format!("the request used a Bedrock-style model ID: {msg}"),
                    "use a bare model ID such as claude-sonnet-4-6 (no `anthropic.` prefix, no ARN)",
                );
            }
            return rule(
                Code::InvalidRequest,
                exit::REJECTED,
                format!("the request was invalid: {msg}"),
                "fix the request as the message says",
            );
        }
        _ => {}
    }
    rule(
        Code::ApiError,
        exit::REJECTED,
        msg.to_string(),
        "run `cpaws doctor` for a full check",
    )
}

/// Turn a service error into the CLI error the reporter prints (cause, fix, request IDs).
pub fn to_cli_error(what: &str, e: &ApiError, cx: &DiagContext) -> CliError {
    let dg = diagnose(e, cx);
    // Connection failures have no status and their cause quotes the whole error already: it is not
    // repeated on the first line.
    let message = if e.status.is_none() && !e.message.is_empty() && dg.cause.contains(&e.message) {
        // "chat: could not connect", the details on the cause line.
        let head = dg.cause.split(": ").next().unwrap_or_default();
        format!("{what}: {head}")
    } else {
        format!("{what}: {}", summary(e))
    };
    let mut err = CliError::new(dg.exit, dg.code.as_str(), message)
        .with_cause(dg.cause)
        .with_fix(dg.fix);
    err.details = e.request_ids();
    err
}

/// A one-line summary of the error: status, type and message (sanitised, no secrets).
pub fn summary(e: &ApiError) -> String {
    let mut s = String::new();
    if let Some(st) = e.status {
        s.push_str(&format!("HTTP {st}"));
        if let Some(t) = e.aws_error_type.as_deref().or(e.error_type.as_deref()) {
            s.push_str(&format!(" {t}"));
        }
        s.push_str(": ");
    }
    s.push_str(&e.message);
    s
}

/// How much of a body of the wrong shape [`unexpected_response`] shows.
const BODY_PREVIEW: usize = 200;

/// A 200 whose body is not what the route returns (a proxy's page, a misconfigured base URL, a
/// broken server): exit 5 `unexpected_response`, with the first bytes of the body (sanitized) and
/// the request IDs as evidence.
pub fn unexpected_response(
    what: &str,
    call: &str,
    expected: &str,
    body: &Value,
    meta: &ResponseMeta,
) -> CliError {
    let text = serde_json::to_string(body).unwrap_or_default();
    let mut preview: String = text.chars().take(BODY_PREVIEW).collect();
    if preview.len() < text.len() {
        preview.push('…');
    }
    let mut e = CliError::new(
        exit::SERVICE,
        "unexpected_response",
        format!(
            "{what}: {call} answered {} with a body that is not {expected}",
            meta.status
        ),
    )
    .with_cause(format!("the body begins: {}", one_line(&preview)))
    .with_fix("check that the base URL (--base-url, ANTHROPIC_AWS_BASE_URL) points at Claude Platform on AWS and not at a proxy or another service; if it does, retry, and report it with the request ID if it persists");
    e.details.extend(meta.request_ids());
    e
}

/// A listing error ([`crate::api::Client::list_pages`]) as the CLI reports it: the service's errors
/// through [`diagnose`], a page of the wrong shape or broken paging as `unexpected_response`.
pub fn list_error(what: &str, e: crate::api::ListError, cx: &DiagContext) -> CliError {
    match e {
        crate::api::ListError::Api(e) => to_cli_error(what, &e, cx),
        crate::api::ListError::Shape {
            call,
            expected,
            body,
            meta,
        } => unexpected_response(what, &call, &expected, &body, &meta),
        crate::api::ListError::Paging {
            message,
            cause,
            fix,
            meta,
        } => {
            let mut e = CliError::new(
                exit::SERVICE,
                "unexpected_response",
                format!("{what}: {message}"),
            )
            .with_cause(cause)
            .with_fix(fix);
            e.details.extend(meta.request_ids());
            e
        }
    }
}

mod code;
mod forbidden;
#[cfg(test)]
mod tests;

pub use code::Code;
use forbidden::forbidden_suspects;
