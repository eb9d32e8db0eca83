//! What can be judged from the settings alone, before any request: missing or malformed values,
//! conflicting environment, the API key's kind. `status` and `doctor` both report these.

use serde::Serialize;

use crate::apikey::{self, KeyKind};
use crate::config::{self, AuthMode, Settings, Source};
use crate::envvars as ev;

#[derive(Clone, Debug, Serialize)]
pub struct Problem {
    pub code: String,
    pub message: String,
    pub fix: String,
}

pub fn problem(code: &str, message: impl Into<String>, fix: impl Into<String>) -> Problem {
    Problem {
        code: code.to_string(),
        message: message.into(),
        fix: fix.into(),
    }
}

/// Problems and warnings that need no network: missing or malformed values, conflicting
/// environment, the API key's kind. `status` and `doctor` both report them.
pub fn static_checks(s: &Settings) -> (Vec<Problem>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mode = s.auth_mode();
    match &s.region {
        None if mode != AuthMode::None || s.base_url.is_none() => problems.push(problem(
            "region_missing",
            "no AWS region is configured, and Claude Platform on AWS has no default region",
            format!("export {}=<the region of your workspace, e.g. us-west-2>   (or --region, or region = \"…\" in the cpaws config)", ev::AWS_REGION),
        )),
        Some(r) if !config::valid_region(&r.value) => problems.push(problem(
            "region_malformed",
            format!("{:?} (from {}) is not an AWS region name", r.value, r.source),
            format!("set it to a region such as us-west-2 where it comes from ({})", r.source),
        )),
        _ => {}
    }
    match &s.workspace_id {
        None if mode != AuthMode::None => {
            let fix = if s.env.anthropic_workspace_id_wrong_name {
                format!(
                    "ANTHROPIC_WORKSPACE_ID is set, but the variable is {}: export {}=\"$ANTHROPIC_WORKSPACE_ID\"",
                    ev::ANTHROPIC_AWS_WORKSPACE_ID,
                    ev::ANTHROPIC_AWS_WORKSPACE_ID
                )
            } else {
                format!(
                    "export {}=wrkspc_…   (the ID in the AWS Console under Claude Platform on AWS → Workspaces; or --workspace-id)",
                    ev::ANTHROPIC_AWS_WORKSPACE_ID
                )
            };
            problems.push(problem(
                "workspace_missing",
                "no workspace ID is configured",
                fix,
            ));
        }
        Some(w) if !config::valid_workspace_id(&w.value) => problems.push(problem(
            "workspace_malformed",
            format!(
                "{:?} (from {}) is not a workspace ID; they look like wrkspc_01AbCdEf23GhIj",
                w.value, w.source
            ),
            format!(
                "set the wrkspc_… ID from the AWS Console where it comes from ({})",
                w.source
            ),
        )),
        _ => {}
    }
    if s.env.claude_code_use_bedrock || s.env.claude_code_use_foundry {
        warnings.push(problem(
            "routing_conflict",
            format!(
                "{} is set: Claude Code would route to {} instead of Claude Platform on AWS",
                if s.env.claude_code_use_bedrock { ev::CLAUDE_CODE_USE_BEDROCK } else { ev::CLAUDE_CODE_USE_FOUNDRY },
                if s.env.claude_code_use_bedrock { "Amazon Bedrock" } else { "Microsoft Foundry" }
            ),
            "unset CLAUDE_CODE_USE_BEDROCK and CLAUDE_CODE_USE_FOUNDRY, and set CLAUDE_CODE_USE_ANTHROPIC_AWS=1",
        ));
    }
    if (s.env.anthropic_api_key || s.env.anthropic_auth_token) && s.api_key.is_none() {
        let name = if s.env.anthropic_api_key {
            ev::ANTHROPIC_API_KEY
        } else {
            ev::ANTHROPIC_AUTH_TOKEN
        };
        warnings.push(problem(
            "first_party_env",
            format!(
                "{name} is set, but Claude Platform on AWS never uses it (cpaws does not send it)"
            ),
            format!(
                "if it holds a key from the AWS Console, export {}=\"${name}\" and unset {name}",
                ev::ANTHROPIC_AWS_API_KEY
            ),
        ));
    }
    if s.env.anthropic_base_url && s.base_url.is_none() {
        warnings.push(problem(
            "first_party_base_url",
            "ANTHROPIC_BASE_URL is set, but Claude Platform on AWS uses ANTHROPIC_AWS_BASE_URL",
            "export ANTHROPIC_AWS_BASE_URL=… if you meant to override the endpoint, and unset ANTHROPIC_BASE_URL",
        ));
    }
    if mode == AuthMode::ApiKey {
        if let Some(k) = &s.api_key {
            if s.env.aws_static_credentials && matches!(k.source, Source::Env(_)) {
                warnings.push(problem(
                    "api_key_overrides_sigv4",
                    format!("the API key from {} takes precedence over your AWS credentials, which are ignored", k.source),
                    format!("unset {} to use SigV4, or keep it if that is intended", ev::ANTHROPIC_AWS_API_KEY),
                ));
            }
            match apikey::classify(k.value.expose()) {
                KeyKind::FirstParty => problems.push(problem(
                    "first_party_key",
                    format!("the API key from {} is a first-party Claude Console key (sk-ant-…), which Claude Platform on AWS does not accept", k.source),
                    "use a key from the AWS Console (Claude Platform on AWS → API keys) or `cpaws keys create`, or unset it to use SigV4",
                )),
                KeyKind::Bedrock => problems.push(problem(
                    "bedrock_key",
                    format!("the API key from {} is an Amazon Bedrock key, which Claude Platform on AWS does not accept", k.source),
                    "use a Claude Platform on AWS key (`cpaws keys create`, or the AWS Console), or unset it to use SigV4",
                )),
                KeyKind::ShortTerm => match apikey::decode_short_term(k.value.expose()) {
                    Ok(info) => {
                        if info.expired_at(std::time::SystemTime::now()) {
                            problems.push(problem(
                                "api_key_expired",
                                format!("the short-term API key expired at {}", info.expires_at),
                                "mint a new one with `cpaws keys create` and update ANTHROPIC_AWS_API_KEY",
                            ));
                        }
                        if let Some(r) = &s.region
                            && r.value != info.region
                        {
                            problems.push(problem(
                                "api_key_wrong_region",
                                format!("the short-term API key is for {} but the region is {}", info.region, r.value),
                                format!("mint a key for {} (`cpaws keys create`), or set AWS_REGION={}", r.value, info.region),
                            ));
                        }
                    }
                    Err(why) => problems.push(problem(
                        "api_key_malformed",
                        format!("the API key looks like a short-term key but cannot be decoded: {why}"),
                        "copy the whole key again, or mint a new one with `cpaws keys create`",
                    )),
                },
                KeyKind::LongTerm => {}
            }
        } else {
            problems.push(problem(
                "api_key_missing",
                "API-key authentication was chosen, but no API key is configured",
                format!(
                    "export {}=…, or pass --api-key-file FILE",
                    ev::ANTHROPIC_AWS_API_KEY
                ),
            ));
        }
    }
    if mode == AuthMode::None {
        warnings.push(problem(
            "no_auth",
            "no authentication headers will be sent (signing-gateway mode)",
            "only use --skip-auth / --auth none behind a gateway that signs requests",
        ));
    }
    (problems, warnings)
}
