//! What can be judged from the settings alone, before any request: missing or malformed values,
//! conflicting environment, the API key's kind. `status` and `doctor` both report these. And the
//! probes that prove each intended use with a request that costs nothing.

use serde::Serialize;

use crate::api::{ApiError, ApiRequest, Client, ResponseMeta};
use crate::intents::Intent;

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
    // ANTHROPIC_AUTH_TOKEN is used in gateway mode (no AWS authentication): sent as a bearer token.
    let unused = if s.env.anthropic_api_key {
        Some(ev::ANTHROPIC_API_KEY)
    } else if s.env.anthropic_auth_token && s.auth_token.is_none() {
        Some(ev::ANTHROPIC_AUTH_TOKEN)
    } else {
        None
    };
    if let Some(name) = unused
        && s.api_key.is_none()
    {
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
            // What the key looks like is a hint, never a refusal: the key is sent and the
            // service's answer decides (its diagnosis names the same hint).
            match apikey::classify(k.value.expose()) {
                KeyKind::FirstParty => warnings.push(problem(
                    "first_party_key",
                    format!("the API key from {} is a first-party Claude Console key (sk-ant-…), which Claude Platform on AWS does not accept", k.source),
                    "use a key from the AWS Console (Claude Platform on AWS → API keys) or `cpaws keys create`, or unset it to use SigV4",
                )),
                KeyKind::Bedrock => warnings.push(problem(
                    "bedrock_key",
                    format!("the API key from {} is an Amazon Bedrock key, which Claude Platform on AWS does not accept", k.source),
                    "use a Claude Platform on AWS key (`cpaws keys create`, or the AWS Console), or unset it to use SigV4",
                )),
                KeyKind::ShortTerm => match apikey::decode_short_term(k.value.expose()) {
                    Ok(info) => {
                        if info.expired_at(std::time::SystemTime::now()) {
                            warnings.push(problem(
                                "api_key_expired",
                                format!("the short-term API key expired at {}", info.expires_at),
                                "mint a new one with `cpaws keys create` and update ANTHROPIC_AWS_API_KEY",
                            ));
                        }
                        if let Some(r) = &s.region
                            && r.value != info.region
                        {
                            warnings.push(problem(
                                "api_key_wrong_region",
                                format!("the short-term API key is for {} but the region is {}", info.region, r.value),
                                format!("mint a key for {} (`cpaws keys create`), or set AWS_REGION={}", r.value, info.region),
                            ));
                        }
                    }
                    Err(why) => warnings.push(problem(
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
        warnings.push(match &s.auth_token {
            Some(t) => problem(
                "no_auth",
                format!("no AWS authentication will be sent (signing-gateway mode); {} ({}) goes to the gateway as Authorization: Bearer", ev::ANTHROPIC_AUTH_TOKEN, t.source),
                "only use --skip-auth / --auth none behind a gateway that signs requests",
            ),
            None => problem(
                "no_auth",
                "no authentication headers will be sent (signing-gateway mode)",
                format!("only use --skip-auth / --auth none behind a gateway that signs requests; if it wants a token, export {}=…", ev::ANTHROPIC_AUTH_TOKEN),
            ),
        });
    }
    (problems, warnings)
}

/// What only matters to Claude Code, for `doctor`'s config check (not `status`, which is about
/// cpaws itself): a workspace ID in the environment while CLAUDE_CODE_USE_ANTHROPIC_AWS is off,
/// so Claude Code would not route to Claude Platform on AWS.
pub fn claude_code_checks(s: &Settings) -> Vec<Problem> {
    let mut warnings = Vec::new();
    if !s.env.anthropic_aws_workspace_id {
        return warnings;
    }
    // Claude Code reads 1/true/yes/on (any case) as on; the documented value is 1.
    let on = |v: &str| matches!(v.to_ascii_lowercase().as_str(), "1" | "true" | "yes" | "on");
    let state = match s.env.claude_code_use_anthropic_aws.as_deref() {
        None => "is not set".to_string(),
        Some(v) if on(v) => return warnings,
        Some(v) => format!("is {:?}, which is not on", crate::output::sanitize(v)),
    };
    warnings.push(problem(
        "claude_code_not_enabled",
        format!(
            "{ws} is set but {var} {state}: Claude Code would not route to Claude Platform on AWS (cpaws and the SDKs do not need it)",
            ws = ev::ANTHROPIC_AWS_WORKSPACE_ID,
            var = ev::CLAUDE_CODE_USE_ANTHROPIC_AWS,
        ),
        format!(
            "export {}=1   (if you use Claude Code here; `cpaws env --for claude-code` prints all it needs)",
            ev::CLAUDE_CODE_USE_ANTHROPIC_AWS
        ),
    ));
    warnings
}

/// One request sent to prove a use, as `status --json` reports it.
#[derive(Clone, Debug, Serialize)]
pub struct ProbeReport {
    /// The use this request proves: models, inference, files, batches, workspaces.
    pub proves: &'static str,
    pub request: String,
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amzn_request_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ProbeReport {
    /// A request the service answered with an error (`ok`: that error still proves the use).
    fn from_error(proves: &'static str, request: &str, ok: bool, e: &ApiError) -> ProbeReport {
        ProbeReport {
            proves,
            request: request.into(),
            ok,
            status: e.status,
            amzn_request_id: e.amzn_request_id.clone(),
            request_id: e.request_id.clone(),
        }
    }

    /// A request that could not be sent (nothing to send it about).
    fn unsent(proves: &'static str, request: &str) -> ProbeReport {
        ProbeReport {
            proves,
            request: request.into(),
            ok: false,
            status: None,
            amzn_request_id: None,
            request_id: None,
        }
    }
}

/// The request that proves the models use (and that the workspace answers at all).
pub const MODELS_PROBE: &str = "GET /v1/models?limit=1";
/// The inference probe: an empty conversation, which the API rejects (400) before any model runs,
/// once the AWS layer has authorized `CreateInference` (docs/configuration.md, "Readiness").
pub const INFERENCE_PROBE: &str = "POST /v1/messages (an empty conversation: 400 once authorized)";

/// The uses to prove: `--for`, default inference; `full` is every use this service has.
pub fn uses_of(asked: &[Intent], mode: AuthMode) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let asked: Vec<Intent> = if asked.is_empty() {
        vec![Intent::Inference]
    } else {
        asked.to_vec()
    };
    for i in asked {
        let add: &[&'static str] = match i {
            Intent::Inference => &["inference"],
            Intent::Files => &["files"],
            Intent::Batches => &["batches"],
            Intent::Workspaces => &["workspaces"],
            Intent::ApiKey => &["api-key"],
            Intent::Full if mode == AuthMode::ApiKey => {
                &["inference", "files", "batches", "workspaces", "api-key"]
            }
            Intent::Full => &["inference", "files", "batches", "workspaces"],
        };
        for u in add {
            if !out.contains(u) {
                out.push(u);
            }
        }
    }
    out
}

/// One probe's outcome.
pub struct Probe {
    pub report: ProbeReport,
    /// The service's refusal, for the diagnosis table.
    pub error: Option<ApiError>,
    /// A problem that is not an error of the service (no model to probe with).
    pub problem: Option<Problem>,
}

impl Probe {
    pub fn ok(proves: &'static str, request: &str, meta: &ResponseMeta) -> Probe {
        Probe {
            report: ProbeReport {
                proves,
                request: request.into(),
                ok: true,
                status: Some(meta.status),
                amzn_request_id: meta.amzn_request_id.clone(),
                request_id: meta.request_id.clone(),
            },
            error: None,
            problem: None,
        }
    }

    pub fn failed(proves: &'static str, request: &str, e: ApiError) -> Probe {
        Probe {
            report: ProbeReport::from_error(proves, request, false, &e),
            error: Some(e),
            problem: None,
        }
    }
}

/// Send the probes `uses` need: the models list first (its first model is the one the inference
/// probe names), then the rest concurrently. Each costs nothing: lists of one item, and a message
/// request the API rejects before any model runs.
pub async fn prove(client: &Client, uses: &[&'static str]) -> Vec<Probe> {
    let models = client
        .json_list(&ApiRequest::get("/v1/models?limit=1"))
        .await;
    let (first, model) = match models {
        Ok((v, meta)) => (
            Probe::ok("models", MODELS_PROBE, &meta),
            v["data"][0]["id"].as_str().map(str::to_string),
        ),
        // Nothing else can succeed where the models list failed: its diagnosis says why.
        Err(e) => return vec![Probe::failed("models", MODELS_PROBE, e)],
    };
    let one = |u: &'static str| {
        let model = model.clone();
        async move {
            match u {
                "inference" => prove_inference(client, model.as_deref()).await,
                "files" => list_probe(client, u, "/v1/files?limit=1").await,
                "batches" => list_probe(client, u, "/v1/messages/batches?limit=1").await,
                "workspaces" => list_probe(client, u, "/v1/organizations/workspaces?limit=1").await,
                _ => None,
            }
        }
    };
    let rest = futures_util::future::join_all(uses.iter().map(|u| one(u))).await;
    std::iter::once(first)
        .chain(rest.into_iter().flatten())
        .collect()
}

async fn list_probe(client: &Client, proves: &'static str, path: &str) -> Option<Probe> {
    let request = format!("GET {path}");
    Some(match client.json_list(&ApiRequest::get(path)).await {
        Ok((_, meta)) => Probe::ok(proves, &request, &meta),
        Err(e) => Probe::failed(proves, &request, e),
    })
}

/// `CreateInference` is proven by a request the AWS layer must authorize and the API then rejects
/// for its body (an empty `messages`), so no model runs and nothing is billed. A 400
/// `invalid_request_error` is the proof; a 403 names what is missing. UNCONFIRMED: that the
/// service authorizes before it validates the body (the emulator does; documented in
/// docs/configuration.md).
async fn prove_inference(client: &Client, model: Option<&str>) -> Option<Probe> {
    let Some(model) = model else {
        return Some(Probe {
            report: ProbeReport::unsent("inference", INFERENCE_PROBE),
            error: None,
            problem: Some(problem(
                "no_models",
                "inference: the workspace lists no models, so there is no model to prove inference with",
                "check that the workspace is the one you meant (cpaws doctor lists the account's workspaces), or ask its administrator which models it serves",
            )),
        });
    };
    let body = serde_json::json!({"model": model, "max_tokens": 1, "messages": []});
    let req = ApiRequest::post_json("/v1/messages", &body);
    Some(match client.json(&req).await {
        // The service accepted an empty conversation: authorized all the same.
        Ok((_, meta)) => Probe::ok("inference", INFERENCE_PROBE, &meta),
        Err(e)
            if e.status == Some(400)
                && e.error_type.as_deref() == Some("invalid_request_error") =>
        {
            Probe {
                report: ProbeReport::from_error("inference", INFERENCE_PROBE, true, &e),
                error: None,
                problem: None,
            }
        }
        Err(e) => Probe::failed("inference", INFERENCE_PROBE, e),
    })
}
