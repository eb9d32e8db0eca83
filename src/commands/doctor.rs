//! `cpaws doctor`: every documented setup failure of Claude Platform on AWS, proven by real calls,
//! each with its cause and the exact fix; `--fix` applies the safe ones.
//!
//! Checks run concurrently; a check that depends on another waits only for it. Each has a timeout.

use std::collections::BTreeSet;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use futures_util::FutureExt;
use serde::Serialize;
use serde_json::{Value, json};

use crate::apikey::{self, KeyKind};
use crate::aws::{self, CredentialCache, Identity};
use crate::cli::{DoctorArgs, GlobalArgs};
use crate::commands::status::{diag_context, static_checks};
use crate::config::{self, AuthMode, Settings};
use crate::diagnosis::{self, DiagContext};
use crate::error::{CliError, exit};
use crate::federation::{self, FederationState};
use crate::iam_policy;
use crate::intents::{self, DEFAULT_INTENTS, Intent};
use crate::output::{BOLD, DIM, ERROR, GOOD, Printer, WARN};
use crate::principal::{self, PrincipalRef};
use crate::transport::{ApiError, ApiRequest, Client};

pub const SCHEMA_VERSION: u32 = 1;

/// (id, what it checks, the checks it waits for)
pub const CHECKS: &[(&str, &str, &[&str])] = &[
    (
        "config",
        "region, workspace ID, base URL, auth mode; conflicting environment",
        &[],
    ),
    (
        "credentials",
        "which provider of the AWS chain supplied credentials, and their expiry",
        &[],
    ),
    (
        "identity",
        "STS GetCallerIdentity: the account and principal",
        &["credentials"],
    ),
    (
        "clock",
        "local clock against the service's Date header (SigV4 allows 5 minutes)",
        &[],
    ),
    (
        "federation",
        "outbound web identity federation enabled for the account",
        &["credentials"],
    ),
    (
        "workspace",
        "the workspace exists in the configured region (GetWorkspace)",
        &["credentials"],
    ),
    (
        "permissions",
        "IAM allows exactly the actions the intended use needs (--for)",
        &["identity"],
    ),
    (
        "trust",
        "a role's trust policy lets the intended principal assume it",
        &["identity"],
    ),
    ("api-key", "the API key's kind, region and expiry", &[]),
    (
        "probe",
        "one authenticated request proves access",
        &["credentials"],
    ),
];

/// Checks that need the network (skipped by --offline).
const NETWORK: &[&str] = &[
    "credentials",
    "identity",
    "clock",
    "federation",
    "workspace",
    "permissions",
    "trust",
    "probe",
];

/// Commercial regions scanned by --scan-regions.
const REGIONS: &[&str] = &[
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
    "ca-central-1",
    "ca-west-1",
    "sa-east-1",
    "mx-central-1",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-central-1",
    "eu-central-2",
    "eu-north-1",
    "eu-south-1",
    "eu-south-2",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-5",
    "ap-southeast-7",
    "ap-south-1",
    "ap-south-2",
    "ap-east-1",
    "me-south-1",
    "me-central-1",
    "il-central-1",
    "af-south-1",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Warn,
    Fail,
    Skip,
}

impl Status {
    fn symbol(self) -> String {
        match self {
            Status::Pass => format!("{GOOD}✓{GOOD:#}"),
            Status::Warn => format!("{WARN}!{WARN:#}"),
            Status::Fail => format!("{ERROR}✗{ERROR:#}"),
            Status::Skip => format!("{DIM}-{DIM:#}"),
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct CheckResult {
    pub id: &'static str,
    pub status: Status,
    pub message: String,
    /// What was called and what came back (request IDs included).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    /// A stable code for the failure (diagnosis codes), when not passing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Value>,
    pub duration_ms: u64,
}

impl CheckResult {
    fn new(id: &'static str, status: Status, message: impl Into<String>) -> Self {
        CheckResult {
            id,
            status,
            message: message.into(),
            evidence: vec![],
            fix: None,
            code: None,
            data: None,
            duration_ms: 0,
        }
    }
    fn pass(id: &'static str, m: impl Into<String>) -> Self {
        Self::new(id, Status::Pass, m)
    }
    fn warn(id: &'static str, m: impl Into<String>) -> Self {
        Self::new(id, Status::Warn, m)
    }
    fn fail(id: &'static str, m: impl Into<String>) -> Self {
        Self::new(id, Status::Fail, m)
    }
    fn skip(id: &'static str, m: impl Into<String>) -> Self {
        Self::new(id, Status::Skip, m)
    }
    fn fix(mut self, f: impl Into<String>) -> Self {
        self.fix = Some(f.into());
        self
    }
    fn code(mut self, c: impl Into<String>) -> Self {
        self.code = Some(c.into());
        self
    }
    fn evidence(mut self, e: impl Into<String>) -> Self {
        self.evidence.push(e.into());
        self
    }
    fn data(mut self, d: Value) -> Self {
        self.data = Some(d);
        self
    }
    /// A failed call, through the diagnosis table.
    fn from_error(id: &'static str, what: &str, e: &ApiError, cx: &DiagContext) -> Self {
        let d = diagnosis::diagnose(e, cx);
        let mut r = CheckResult::fail(id, format!("{what}: {}", d.cause))
            .fix(d.fix)
            .code(d.code);
        r.evidence.push(format!(
            "{} → {}",
            if e.call.is_empty() { what } else { &e.call },
            diagnosis::summary(e)
        ));
        r.evidence.extend(e.request_ids());
        r
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    pub pass: usize,
    pub warn: usize,
    pub fail: usize,
    pub skip: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct DoctorReport {
    pub schema_version: u32,
    pub ok: bool,
    pub summary: Summary,
    pub region: Option<String>,
    pub workspace_id: Option<String>,
    pub auth_mode: AuthMode,
    pub checks: Vec<CheckResult>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fixes_applied: Vec<String>,
}

struct Dx<'a> {
    settings: &'a Settings,
    args: &'a DoctorArgs,
    sdk: Option<aws_types::SdkConfig>,
    creds: Arc<CredentialCache>,
    cx: DiagContext,
    intents: Vec<Intent>,
    run: BTreeSet<&'static str>,
}

#[derive(Clone)]
struct CredOut {
    result: CheckResult,
    ok: bool,
}

#[derive(Clone)]
struct IdOut {
    result: CheckResult,
    identity: Option<Identity>,
}

fn deps(id: &str) -> &'static [&'static str] {
    CHECKS
        .iter()
        .find(|c| c.0 == id)
        .map(|c| c.2)
        .unwrap_or(&[])
}

fn canonical(id: &str) -> Option<&'static str> {
    let id = id.trim().to_ascii_lowercase().replace('_', "-");
    CHECKS.iter().map(|c| c.0).find(|c| *c == id)
}

async fn timed<F: std::future::Future<Output = CheckResult>>(
    id: &'static str,
    limit: Duration,
    f: F,
) -> CheckResult {
    let start = Instant::now();
    let mut r = match tokio::time::timeout(limit, f).await {
        Ok(r) => r,
        Err(_) => CheckResult::fail(id, format!("timed out after {}s", limit.as_secs()))
            .fix("check the network and proxies; raise --check-timeout")
            .code("timeout"),
    };
    r.duration_ms = start.elapsed().as_millis() as u64;
    r
}

impl Dx<'_> {
    fn wants(&self, id: &str) -> bool {
        self.run.contains(id)
    }

    fn skipped(&self, id: &'static str) -> Option<CheckResult> {
        if self.wants(id) {
            return None;
        }
        if self.args.offline && NETWORK.contains(&id) {
            return Some(CheckResult::skip(id, "offline"));
        }
        Some(CheckResult::skip(id, "not selected"))
    }

    fn iam(&self) -> Option<aws_sdk_iam::Client> {
        self.sdk
            .as_ref()
            .map(|s| aws::iam_client(s, self.creds.clone()))
    }

    fn client(&self) -> Result<Client, CliError> {
        Client::new(self.settings, Some(self.creds.clone()))
    }

    fn workspace_arn(&self, account: &str, region: Option<&str>) -> Option<String> {
        let region = region.or(self.settings.region.as_ref().map(|r| r.value.as_str()))?;
        let ws = self.settings.workspace_id.as_ref()?;
        Some(intents::workspace_arn(region, account, &ws.value))
    }

    // ---- checks -------------------------------------------------------------------------

    fn check_config(&self) -> CheckResult {
        if let Some(s) = self.skipped("config") {
            return s;
        }
        let (problems, warnings) = static_checks(self.settings);
        let s = self.settings;
        let summary = format!(
            "region {}, workspace {}, {} auth, base URL {}",
            s.region
                .as_ref()
                .map(|r| format!("{} ({})", r.value, r.source))
                .unwrap_or_else(|| "-".into()),
            s.workspace_id
                .as_ref()
                .map(|w| format!("{} ({})", w.value, w.source))
                .unwrap_or_else(|| "-".into()),
            s.auth_mode().as_str(),
            s.base_url().unwrap_or_else(|| "-".into())
        );
        let mut all = problems.clone();
        all.extend(warnings.clone());
        let data = json!({"problems": problems, "warnings": warnings, "sources": s.sources()});
        if let Some(p) = problems.first() {
            let mut r = CheckResult::fail("config", p.message.clone())
                .fix(p.fix.clone())
                .code(p.code.clone())
                .data(data);
            for extra in all.iter().skip(1) {
                r.evidence
                    .push(format!("also: {} — fix: {}", extra.message, extra.fix));
            }
            r.evidence.push(summary);
            return r;
        }
        if let Some(w) = warnings.first() {
            let mut r = CheckResult::warn("config", w.message.clone())
                .fix(w.fix.clone())
                .code(w.code.clone())
                .data(data);
            for extra in warnings.iter().skip(1) {
                r.evidence
                    .push(format!("also: {} — fix: {}", extra.message, extra.fix));
            }
            r.evidence.push(summary);
            return r;
        }
        CheckResult::pass("config", summary).data(data)
    }

    async fn check_credentials(&self) -> CredOut {
        if let Some(s) = self.skipped("credentials") {
            return CredOut {
                result: s,
                ok: false,
            };
        }
        let mode = self.settings.auth_mode();
        if mode == AuthMode::None {
            return CredOut {
                result: CheckResult::skip(
                    "credentials",
                    "no authentication (--skip-auth): a gateway signs requests",
                ),
                ok: false,
            };
        }
        match self.creds.get().await {
            Ok(c) => {
                let info = aws::CredentialInfo::from_credentials(&c);
                let exp = info
                    .expires_at
                    .map(|e| format!(", expire {e}"))
                    .unwrap_or_else(|| ", no expiry".into());
                let mut r = CheckResult::pass(
                    "credentials",
                    format!(
                        "from {} (access key {}{}){exp}",
                        info.provider,
                        info.access_key_id,
                        if info.temporary { ", temporary" } else { "" }
                    ),
                )
                .data(json!(info));
                if let Some(e) = c.expiry()
                    && e < SystemTime::now() + Duration::from_secs(15 * 60)
                {
                    r.status = Status::Warn;
                    r.fix = Some(match &self.settings.auth_refresh {
                        Some(cmd) => {
                            format!("they expire within 15 minutes; `{}` renews them", cmd.value)
                        }
                        None => "they expire within 15 minutes; renew them (e.g. `aws sso login`)"
                            .into(),
                    });
                }
                if mode == AuthMode::ApiKey {
                    r.message = format!(
                        "{} — used only for the IAM checks; requests use the API key",
                        r.message
                    );
                }
                CredOut {
                    result: r,
                    ok: true,
                }
            }
            Err(e) => {
                let status = if mode == AuthMode::ApiKey {
                    Status::Warn
                } else {
                    Status::Fail
                };
                let mut r = CheckResult::new("credentials", status, e.message.clone())
                    .code(e.code.replace('.', "_"));
                r.fix = Some(match (&self.settings.auth_refresh, e.code.as_str()) {
                    (Some(cmd), "credentials.expired") => format!(
                        "run `{}` (your auth_refresh), or `cpaws doctor --fix`",
                        cmd.value
                    ),
                    _ => e.fix.clone().unwrap_or_default(),
                });
                if mode == AuthMode::ApiKey {
                    r.message = format!(
                        "{} (requests use the API key; the IAM checks are skipped)",
                        e.message
                    );
                }
                if let Some(c) = &e.cause {
                    r.evidence.push(format!("credential chain: {c}"));
                }
                r.evidence.extend(e.details.iter().cloned());
                CredOut {
                    result: r,
                    ok: false,
                }
            }
        }
    }

    async fn check_identity(&self, creds: CredOut) -> IdOut {
        if let Some(s) = self.skipped("identity") {
            return IdOut {
                result: s,
                identity: None,
            };
        }
        if !creds.ok {
            return IdOut {
                result: CheckResult::skip("identity", "needs AWS credentials"),
                identity: None,
            };
        }
        let Some(sdk) = &self.sdk else {
            return IdOut {
                result: CheckResult::skip("identity", "offline"),
                identity: None,
            };
        };
        match aws::get_caller_identity(sdk, self.creds.clone()).await {
            Ok(id) => {
                let role = id
                    .role_arn
                    .as_ref()
                    .map(|r| format!(" (role {r})"))
                    .unwrap_or_default();
                let r = CheckResult::pass(
                    "identity",
                    format!(
                        "{}{} in account {} — this proves the credentials, not any permission",
                        id.arn, role, id.account
                    ),
                )
                .evidence("sts GetCallerIdentity → 200")
                .data(json!(id));
                IdOut {
                    result: r,
                    identity: Some(id),
                }
            }
            Err(e) => IdOut {
                result: CheckResult::from_error(
                    "identity",
                    "STS GetCallerIdentity failed",
                    &e,
                    &self.cx,
                ),
                identity: None,
            },
        }
    }

    async fn check_clock(&self) -> CheckResult {
        if let Some(s) = self.skipped("clock") {
            return s;
        }
        let Some(base) = self.settings.base_url() else {
            return CheckResult::skip("clock", "no base URL (no region)");
        };
        let http = match crate::transport::http_client(self.settings, false) {
            Ok(h) => h,
            Err(e) => return CheckResult::skip("clock", e.message),
        };
        let before = SystemTime::now();
        let resp = http.get(format!("{base}/v1/models")).send().await;
        let after = SystemTime::now();
        match resp {
            Ok(r) => {
                let Some(server) = r
                    .headers()
                    .get("date")
                    .and_then(|d| d.to_str().ok())
                    .and_then(|d| httpdate::parse_http_date(d).ok())
                else {
                    return CheckResult::warn(
                        "clock",
                        "the service sent no Date header; skew unknown",
                    );
                };
                let mid = before + after.duration_since(before).unwrap_or_default() / 2;
                let (skew, ahead) = match mid.duration_since(server) {
                    Ok(d) => (d, true),
                    Err(e) => (e.duration(), false),
                };
                let secs = skew.as_secs_f64();
                let msg = format!(
                    "local clock is {:.0}s {} the service (Date: {})",
                    secs,
                    if ahead { "ahead of" } else { "behind" },
                    httpdate::fmt_http_date(server)
                );
                let data = json!({"skew_seconds": if ahead { secs } else { -secs }});
                if secs > 300.0 {
                    CheckResult::fail("clock", format!("{msg}: SigV4 signatures will be rejected (limit 5 minutes)"))
                        .fix("sync the system clock (enable NTP, e.g. `sudo timedatectl set-ntp true` or `sudo chronyc makestep`)")
                        .code("clock_skew")
                        .data(data)
                } else if secs > 60.0 {
                    CheckResult::warn("clock", msg)
                        .fix("sync the system clock before it drifts past 5 minutes")
                        .data(data)
                } else {
                    CheckResult::pass("clock", msg).data(data)
                }
            }
            Err(e) => CheckResult::warn("clock", format!("could not reach {base}: {e}"))
                .code("connection_failed"),
        }
    }

    async fn check_federation(&self, creds: CredOut) -> CheckResult {
        if let Some(s) = self.skipped("federation") {
            return s;
        }
        if !creds.ok {
            return CheckResult::skip("federation", "needs AWS credentials for the IAM call");
        }
        let Some(iam) = self.iam() else {
            return CheckResult::skip("federation", "offline");
        };
        match federation::get_state(&iam).await {
            Ok(FederationState::Enabled { issuer }) => CheckResult::pass(
                "federation",
                format!("enabled{}", issuer.as_deref().map(|i| format!(" (issuer {i})")).unwrap_or_default()),
            )
            .evidence("iam GetOutboundWebIdentityFederationInfo → 200"),
            Ok(FederationState::Disabled) => CheckResult::fail(
                "federation",
                "outbound web identity federation is disabled: every request fails with \"Outbound web identity federation is disabled for your account\"",
            )
            .fix(format!("cpaws enable-federation   (or `cpaws doctor --fix`, or: {})", federation::CLI_ENABLE))
            .code("federation_disabled")
            .evidence("iam GetOutboundWebIdentityFederationInfo → 404 FeatureDisabled"),
            Err(e) if federation::is_access_denied(&e) => CheckResult::warn(
                "federation",
                format!("cannot read the flag: the caller lacks {}; the probe decides", federation::GET_ACTION),
            )
            .fix(format!("grant {} on \"*\" to check it, or ask an administrator to run `cpaws enable-federation --status`", federation::GET_ACTION))
            .code("iam_access_denied")
            .evidence(format!("iam GetOutboundWebIdentityFederationInfo → {}", diagnosis::summary(&e))),
            Err(e) => CheckResult::from_error("federation", "GetOutboundWebIdentityFederationInfo failed", &e, &self.cx),
        }
    }

    async fn get_workspace(
        &self,
        client: &Client,
        ws: &str,
    ) -> Result<(Value, crate::transport::ResponseMeta), ApiError> {
        client
            .json(&ApiRequest::get(format!(
                "/v1/organizations/workspaces/{ws}"
            )))
            .await
    }

    async fn check_workspace(&self, creds: CredOut) -> CheckResult {
        if let Some(s) = self.skipped("workspace") {
            return s;
        }
        let mode = self.settings.auth_mode();
        if mode == AuthMode::Sigv4 && !creds.ok {
            return CheckResult::skip("workspace", "needs credentials");
        }
        let (Some(ws), Some(region)) = (&self.settings.workspace_id, &self.settings.region) else {
            return CheckResult::skip(
                "workspace",
                "needs a region and a workspace ID (see config)",
            );
        };
        if !config::valid_workspace_id(&ws.value) {
            return CheckResult::skip("workspace", "the workspace ID is malformed (see config)");
        }
        let client = match self.client() {
            Ok(c) => c,
            Err(e) => return CheckResult::skip("workspace", e.message),
        };
        match self.get_workspace(&client, &ws.value).await {
            Ok((v, meta)) => {
                let name = v.get("name").and_then(Value::as_str).unwrap_or("");
                let mut r = CheckResult::pass(
                    "workspace",
                    format!("{} ({name}) exists in {}", ws.value, region.value),
                )
                .data(json!({"workspace": v}));
                r.evidence.push(format!(
                    "gateway GET /v1/organizations/workspaces/{} → {}",
                    ws.value, meta.status
                ));
                r.evidence.extend(
                    meta.amzn_request_id
                        .map(|id| format!("x-amzn-requestid: {id}")),
                );
                r
            }
            Err(e) => {
                let d = diagnosis::diagnose(&e, &self.cx);
                match d.code {
                    "workspace_not_found" => {
                        let mut r = CheckResult::from_error(
                            "workspace",
                            &format!("workspace {} is not in {}", ws.value, region.value),
                            &e,
                            &self.cx,
                        );
                        if self.args.scan_regions && mode == AuthMode::Sigv4 {
                            match self.scan_regions(&ws.value, &region.value).await {
                                Some(found) => {
                                    r.message = format!(
                                        "workspace {} lives in {found}, not in {}",
                                        ws.value, region.value
                                    );
                                    r.fix = Some(format!(
                                        "export AWS_REGION={found}   (or --region {found}; the workspace is only reachable through its own regional endpoint)"
                                    ));
                                    r.code = Some("workspace_in_other_region".into());
                                    r.data = Some(json!({"found_in": found}));
                                }
                                None => {
                                    r.message = format!(
                                        "workspace {} was found in no region scanned; the ID is wrong or belongs to another account",
                                        ws.value
                                    );
                                    r.fix = Some("copy the wrkspc_… ID again from the AWS Console (Claude Platform on AWS → Workspaces) of this account".into());
                                }
                            }
                            r.evidence
                                .push(format!("--scan-regions: {} regions tried", REGIONS.len()));
                        } else if mode == AuthMode::Sigv4 {
                            r.fix = Some(format!(
                                "{}; or run `cpaws doctor --scan-regions` to find its region",
                                r.fix.unwrap_or_default()
                            ));
                        }
                        r
                    }
                    "missing_action" | "explicit_deny" => {
                        let mut r = CheckResult::warn("workspace", "cannot verify the workspace: GetWorkspace is not allowed; the probe decides")
                            .fix("grant aws-external-anthropic:GetWorkspace on the workspace ARN to check it (cpaws policy gen --intent workspaces)")
                            .code(d.code);
                        r.evidence.push(diagnosis::summary(&e));
                        r
                    }
                    "federation_disabled" => CheckResult::warn(
                        "workspace",
                        "blocked: federation is disabled (see federation)",
                    )
                    .code(d.code),
                    _ => CheckResult::from_error("workspace", "GetWorkspace failed", &e, &self.cx),
                }
            }
        }
    }

    /// Look the workspace up through every other region's endpoint (signed for that region).
    async fn scan_regions(&self, ws: &str, current: &str) -> Option<String> {
        let mut futs = Vec::new();
        for region in REGIONS.iter().filter(|r| **r != current) {
            let mut s = self.settings.clone();
            s.region = Some(config::Sourced {
                value: region.to_string(),
                source: config::Source::Default,
            });
            s.max_retries = 0;
            let creds = self.creds.clone();
            let ws = ws.to_string();
            futs.push(async move {
                let client = Client::new(&s, Some(creds)).ok()?;
                let r = client
                    .json(&ApiRequest::get(format!(
                        "/v1/organizations/workspaces/{ws}"
                    )))
                    .await;
                r.ok().map(|_| region.to_string())
            });
        }
        futures_util::future::join_all(futs)
            .await
            .into_iter()
            .flatten()
            .next()
    }

    async fn check_permissions(&self, id: IdOut) -> CheckResult {
        if let Some(s) = self.skipped("permissions") {
            return s;
        }
        let Some(identity) = id.identity else {
            return CheckResult::skip("permissions", "needs the caller identity");
        };
        let Some(iam) = self.iam() else {
            return CheckResult::skip("permissions", "offline");
        };
        let intents_list: Vec<Intent> = self.intents.clone();
        let (ws_actions, acct_actions) = intents::actions_for(&intents_list);
        let Some(ws_arn) = self.workspace_arn(&identity.account, None) else {
            return CheckResult::skip(
                "permissions",
                "needs a region and a workspace ID for the workspace ARN",
            );
        };
        if identity.arn.ends_with(":root") {
            return CheckResult::warn(
                "permissions",
                "the caller is the account root user, which has every permission",
            )
            .fix(
                "use an IAM role or user with least privilege instead of root (cpaws policy gen)",
            );
        }
        let source_arn = identity
            .role_arn
            .clone()
            .unwrap_or_else(|| identity.arn.clone());
        let for_names: Vec<&str> = intents_list.iter().map(|i| i.name()).collect();

        // 1. IAM's own simulator.
        let sim = simulate(&iam, &source_arn, &ws_actions, &ws_arn, &acct_actions).await;
        let (rows, method, caveat) = match sim {
            Ok(rows) => (
                rows,
                "iam SimulatePrincipalPolicy",
                "SCPs and resource policies are included only as far as IAM simulates them",
            ),
            Err(e) if federation::is_access_denied(&e) => {
                // 2. Read the principal's policies and evaluate them locally.
                let Some(p) = PrincipalRef::from_arn(&source_arn) else {
                    return CheckResult::warn(
                        "permissions",
                        "simulation is denied and the principal type cannot be read",
                    )
                    .fix("grant iam:SimulatePrincipalPolicy");
                };
                match principal::read_policies(&iam, &p).await {
                    Ok(raw) => match evaluate_locally(&raw, &ws_actions, &ws_arn, &acct_actions) {
                        Ok(rows) => (
                            rows,
                            "local evaluation of the principal's policies (simulation denied)",
                            "evaluated locally: SCPs, session policies and resource policies were not seen",
                        ),
                        Err(msg) => return CheckResult::warn("permissions", msg),
                    },
                    Err(e2) => {
                        return CheckResult::warn(
                            "permissions",
                            "cannot check permissions: iam:SimulatePrincipalPolicy is denied and the principal's policies cannot be read; the probe decides",
                        )
                        .fix("grant iam:SimulatePrincipalPolicy (or iam:Get*/List* on the principal) to let doctor check permissions")
                        .evidence(format!("iam SimulatePrincipalPolicy → {}", diagnosis::summary(&e)))
                        .evidence(format!("reading policies → {}", diagnosis::summary(&e2)))
                        .code("iam_access_denied");
                    }
                }
            }
            Err(e) => {
                return CheckResult::from_error(
                    "permissions",
                    "SimulatePrincipalPolicy failed",
                    &e,
                    &self.cx,
                );
            }
        };
        let denied: Vec<&PermRow> = rows.iter().filter(|r| r.decision != "allowed").collect();
        let data =
            json!({"principal": source_arn, "for": for_names, "method": method, "results": rows});
        if denied.is_empty() {
            return CheckResult::pass(
                "permissions",
                format!(
                    "{} allows all {} actions for {} ({method})",
                    source_arn,
                    rows.len(),
                    for_names.join(", ")
                ),
            )
            .evidence(caveat)
            .data(data);
        }
        let explicit: Vec<&&PermRow> = denied
            .iter()
            .filter(|r| r.decision == "explicitDeny")
            .collect();
        let missing_ws: Vec<String> = denied
            .iter()
            .filter(|r| r.resource != "*")
            .map(|r| r.action.clone())
            .collect();
        let missing_acct: Vec<String> = denied
            .iter()
            .filter(|r| r.resource == "*")
            .map(|r| r.action.clone())
            .collect();
        let policy = intents::policy_document(&missing_ws, &missing_acct, &ws_arn, false);
        let attach = match PrincipalRef::from_arn(&source_arn) {
            Some(PrincipalRef::Role(n)) => format!(
                "aws iam put-role-policy --role-name {n} --policy-name cpaws-claude-platform --policy-document file://policy.json"
            ),
            Some(PrincipalRef::User(n)) => format!(
                "aws iam put-user-policy --user-name {n} --policy-name cpaws-claude-platform --policy-document file://policy.json"
            ),
            None => "attach policy.json to the principal".into(),
        };
        let names: Vec<String> = denied
            .iter()
            .map(|r| format!("{} ({})", r.action, r.decision))
            .collect();
        let mut r = CheckResult::fail(
            "permissions",
            format!("{source_arn} is not allowed: {}", names.join(", ")),
        )
        .code(if explicit.is_empty() {
            "missing_action"
        } else {
            "explicit_deny"
        })
        .evidence(caveat)
        .data(data);
        for d in &denied {
            if !d.matched.is_empty() {
                r.evidence
                    .push(format!("{} matched {}", d.action, d.matched.join(", ")));
            }
            if !d.missing_context.is_empty() {
                r.evidence.push(format!(
                    "{} missing context keys: {}",
                    d.action,
                    d.missing_context.join(", ")
                ));
            }
        }
        let pretty = serde_json::to_string_pretty(&policy).unwrap_or_default();
        r.fix = Some(if explicit.is_empty() {
            format!("attach this policy (policy.json):\n{pretty}\nwith: {attach}")
        } else {
            format!(
                "an explicit Deny blocks {}: remove or narrow that statement (an Allow cannot override it); the missing grants are:\n{pretty}\nwith: {attach}",
                explicit
                    .iter()
                    .map(|r| r.action.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        });
        r
    }

    async fn check_trust(&self, id: IdOut) -> CheckResult {
        if let Some(s) = self.skipped("trust") {
            return s;
        }
        let role_arn = match (
            &self.args.role_arn,
            id.identity.as_ref().and_then(|i| i.role_arn.clone()),
        ) {
            (Some(r), _) => r.clone(),
            (None, Some(r)) => r,
            (None, None) => {
                return CheckResult::skip("trust", "no role in use (pass --role-arn to check one)");
            }
        };
        let Some(PrincipalRef::Role(name)) = PrincipalRef::from_arn(&role_arn) else {
            return CheckResult::fail("trust", format!("{role_arn} is not a role ARN"))
                .fix("pass --role-arn arn:aws:iam::ACCOUNT:role/NAME");
        };
        let Some(iam) = self.iam() else {
            return CheckResult::skip("trust", "offline");
        };
        let raw = match principal::trust_policy(&iam, &name).await {
            Ok(d) => d,
            Err(e) => {
                return CheckResult::from_error(
                    "trust",
                    &format!("reading the trust policy of {name} failed"),
                    &e,
                    &self.cx,
                );
            }
        };
        let doc = match iam_policy::parse_document(&raw) {
            Ok(d) => d,
            Err(e) => {
                return CheckResult::fail(
                    "trust",
                    format!("the trust policy of {name} cannot be parsed: {}", e.message),
                );
            }
        };
        let mut warnings = Vec::new();
        for st in &doc.statements {
            if st.effect != iam_policy::Effect::Allow {
                continue;
            }
            let label = st
                .sid
                .clone()
                .unwrap_or_else(|| format!("statement {}", st.index));
            let any = matches!(&st.principal, Some(iam_policy::Principal::Any))
                || matches!(&st.principal, Some(iam_policy::Principal::Map(m)) if m.get("AWS").is_some_and(|v| v.iter().any(|x| x == "*")));
            if any && st.conditions.is_empty() {
                warnings.push(format!("{label} trusts any principal (\"*\") without conditions: anyone can assume {name}"));
            }
            if let Some(iam_policy::Principal::Map(m)) = &st.principal
                && let Some(feds) = m.get("Federated")
            {
                for f in feds {
                    if f.contains("oidc-provider")
                        || f.contains("token.actions.githubusercontent.com")
                    {
                        let keys: Vec<String> = st
                            .conditions
                            .iter()
                            .map(|c| c.key.to_ascii_lowercase())
                            .collect();
                        let has = |suffix: &str| keys.iter().any(|k| k.ends_with(suffix));
                        if !has(":sub") || !has(":aud") {
                            warnings.push(format!("{label} trusts the OIDC provider {f} without both `sub` and `aud` conditions: any repository or workload of that provider could assume {name}"));
                        }
                    }
                }
            }
        }
        let Some(principal_arn) = &self.args.trusted_principal else {
            let mut r = if warnings.is_empty() {
                CheckResult::pass(
                    "trust",
                    format!(
                        "{role_arn}: trust policy read ({} statements); pass --trusted-principal ARN to check who may assume it",
                        doc.statements.len()
                    ),
                )
            } else {
                CheckResult::warn("trust", warnings[0].clone()).fix("add conditions (sts:ExternalId, aws:PrincipalArn, or the OIDC sub/aud) or name exact principals")
            };
            r.evidence.extend(warnings.iter().skip(1).cloned());
            return r.data(json!({"role": role_arn, "trust_policy": doc}));
        };
        let (kind, action) = if principal_arn.contains("oidc-provider")
            || principal_arn.contains("token.actions.githubusercontent.com")
        {
            ("Federated", "sts:AssumeRoleWithWebIdentity")
        } else {
            ("AWS", "sts:AssumeRole")
        };
        let mut ctx = iam_policy::Context::new();
        if let Some(x) = &self.args.external_id {
            ctx.insert("sts:ExternalId".into(), vec![x.clone()]);
        }
        if kind == "AWS" {
            ctx.insert("aws:PrincipalArn".into(), vec![principal_arn.clone()]);
            if let Some(acct) = principal_arn
                .split(':')
                .nth(4)
                .filter(|a| !a.is_empty())
                .or_else(|| {
                    principal_arn
                        .chars()
                        .all(|c| c.is_ascii_digit())
                        .then_some(principal_arn.as_str())
                })
            {
                ctx.insert("aws:PrincipalAccount".into(), vec![acct.to_string()]);
            }
        }
        let ev = iam_policy::evaluate_trust(&doc, kind, principal_arn, action, &ctx);
        let data = json!({"role": role_arn, "principal": principal_arn, "action": action, "evaluation": ev, "trust_policy": doc});
        match ev.decision {
            iam_policy::Decision::Allowed => {
                let mut r = if warnings.is_empty() {
                    CheckResult::pass("trust", format!("{principal_arn} may {action} {role_arn}"))
                } else {
                    CheckResult::warn("trust", format!("{principal_arn} may {action} {role_arn}, but: {}", warnings[0]))
                        .fix("add conditions (sts:ExternalId, aws:PrincipalArn, or the OIDC sub/aud) or name exact principals")
                };
                r.evidence.extend(warnings.iter().skip(1).cloned());
                r.data(data)
            }
            decision => {
                let ext_missing = ev
                    .missing_context
                    .iter()
                    .any(|k| k.eq_ignore_ascii_case("sts:ExternalId"));
                let ext_condition = doc.statements.iter().any(|s| {
                    s.conditions
                        .iter()
                        .any(|c| c.key.eq_ignore_ascii_case("sts:ExternalId"))
                });
                let (msg, fix, code) = if decision == iam_policy::Decision::ExplicitDeny {
                    (
                        format!(
                            "the trust policy of {role_arn} explicitly denies {action} to {principal_arn}"
                        ),
                        "remove or narrow the Deny statement in the role's trust policy"
                            .to_string(),
                        "trust_explicit_deny",
                    )
                } else if ext_condition && (ext_missing || self.args.external_id.is_some()) {
                    (
                        format!(
                            "{principal_arn} is trusted only with the right sts:ExternalId, and {}",
                            if ext_missing { "no external ID was given (--external-id)".to_string() } else { format!("{:?} does not match", self.args.external_id.as_deref().unwrap_or("")) }
                        ),
                        "use the external ID in the role's trust policy (the gateway's form must send the same), or update the sts:ExternalId condition".to_string(),
                        "trust_external_id",
                    )
                } else {
                    let fixed = crate::trust::aws_principal_trust(
                        principal_arn,
                        self.args.external_id.as_deref(),
                    );
                    (
                        format!(
                            "the trust policy of {role_arn} does not let {principal_arn} {action}"
                        ),
                        format!(
                            "add this statement to the role's trust policy:\n{}\nwith: aws iam update-assume-role-policy --role-name {name} --policy-document file://trust.json",
                            serde_json::to_string_pretty(&fixed).unwrap_or_default()
                        ),
                        "trust_principal_missing",
                    )
                };
                CheckResult::fail("trust", msg)
                    .fix(fix)
                    .code(code)
                    .data(data)
            }
        }
    }

    fn check_api_key(&self) -> CheckResult {
        if let Some(s) = self.skipped("api-key") {
            return s;
        }
        let Some(key) = self
            .settings
            .api_key
            .as_ref()
            .filter(|_| self.settings.auth_mode() == AuthMode::ApiKey)
        else {
            return CheckResult::skip("api-key", "no API key in use");
        };
        let k = key.value.expose();
        match apikey::classify(k) {
            KeyKind::FirstParty => CheckResult::fail("api-key", format!("the key from {} is a first-party Claude Console key (sk-ant-…): Claude Platform on AWS does not accept it", key.source))
                .fix("use a key from the AWS Console (Claude Platform on AWS → API keys) or `cpaws keys create`; put it in ANTHROPIC_AWS_API_KEY")
                .code("first_party_key"),
            KeyKind::Bedrock => CheckResult::fail("api-key", format!("the key from {} is an Amazon Bedrock API key: it does not work here", key.source))
                .fix("create a Claude Platform on AWS key (`cpaws keys create`, or the AWS Console)")
                .code("bedrock_key"),
            KeyKind::LongTerm => CheckResult::pass("api-key", format!("a long-term key (IAM service-specific credential) from {}; its principal needs aws-external-anthropic:CallWithBearerToken", key.source))
                .data(json!({"kind": "long_term"})),
            KeyKind::ShortTerm => match apikey::decode_short_term(k) {
                Err(e) => CheckResult::fail("api-key", format!("the short-term key cannot be decoded: {e}")).fix("copy the whole key again, or mint a new one: `cpaws keys create`").code("api_key_malformed"),
                Ok(info) => {
                    let data = json!({"kind": "short_term", "short_term": info});
                    let now = SystemTime::now();
                    if info.expired_at(now) {
                        return CheckResult::fail("api-key", format!("the short-term key (access key {}) expired at {}", info.access_key_id, info.expires_at))
                            .fix("mint a new one: `cpaws keys create` (keys last at most 12 hours, and no longer than the credentials that made them)")
                            .code("api_key_expired")
                            .data(data);
                    }
                    if let Some(r) = &self.settings.region
                        && r.value != info.region
                    {
                        return CheckResult::fail("api-key", format!("the short-term key is for {} but requests go to {}: keys work in one region only", info.region, r.value))
                            .fix(format!("mint a key for {0}: `cpaws --region {0} keys create`, or set AWS_REGION={1}", r.value, info.region))
                            .code("api_key_wrong_region")
                            .data(data);
                    }
                    let left = (info.expires_at - time::OffsetDateTime::from(now)).whole_minutes();
                    let msg = format!("short-term key for {} (access key {}), expires {} ({left} min left)", info.region, info.access_key_id, info.expires_at);
                    if left < 15 {
                        CheckResult::warn("api-key", msg).fix("mint a fresh one soon: `cpaws keys create`").data(data)
                    } else {
                        CheckResult::pass("api-key", msg).data(data)
                    }
                }
            },
        }
    }

    async fn check_probe(&self, creds: CredOut) -> CheckResult {
        if let Some(s) = self.skipped("probe") {
            return s;
        }
        if self.settings.auth_mode() == AuthMode::Sigv4 && !creds.ok {
            return CheckResult::skip("probe", "needs credentials");
        }
        let client = match self.client() {
            Ok(c) => c,
            Err(e) => return CheckResult::skip("probe", format!("cannot send: {}", e.message)),
        };
        match client
            .json_list(&ApiRequest::get("/v1/models?limit=1"))
            .await
        {
            Ok((v, meta)) => {
                let model = crate::output::sanitize(
                    v.get("data")
                        .and_then(|d| d.get(0))
                        .and_then(|m| m.get("id"))
                        .and_then(Value::as_str)
                        .unwrap_or("-"),
                );
                let mut r = CheckResult::pass(
                    "probe",
                    format!(
                        "GET /v1/models?limit=1 → {} (first model: {model}): access works",
                        meta.status
                    ),
                );
                r.evidence.extend(
                    meta.amzn_request_id
                        .map(|i| format!("x-amzn-requestid: {i}")),
                );
                r.evidence
                    .extend(meta.request_id.map(|i| format!("request-id: {i}")));
                r
            }
            Err(e) => {
                CheckResult::from_error("probe", "the authenticated request failed", &e, &self.cx)
            }
        }
    }
}

#[derive(Clone, Debug, Serialize)]
struct PermRow {
    action: String,
    resource: String,
    decision: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    matched: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    missing_context: Vec<String>,
}

async fn simulate(
    iam: &aws_sdk_iam::Client,
    source: &str,
    ws_actions: &[String],
    ws_arn: &str,
    acct_actions: &[String],
) -> Result<Vec<PermRow>, ApiError> {
    let mut rows = Vec::new();
    for (actions, resource) in [(ws_actions, ws_arn), (acct_actions, "*")] {
        if actions.is_empty() {
            continue;
        }
        let out = iam
            .simulate_principal_policy()
            .policy_source_arn(source)
            .set_action_names(Some(actions.to_vec()))
            .set_resource_arns(Some(vec![resource.to_string()]))
            .send()
            .await
            .map_err(ApiError::from_sdk)?;
        for r in out.evaluation_results() {
            rows.push(PermRow {
                action: r.eval_action_name().to_string(),
                resource: resource.to_string(),
                decision: r.eval_decision().as_str().to_string(),
                matched: r
                    .matched_statements()
                    .iter()
                    .map(|s| s.source_policy_id().unwrap_or("?").to_string())
                    .collect(),
                missing_context: r.missing_context_values().to_vec(),
            });
        }
    }
    Ok(rows)
}

fn evaluate_locally(
    raw: &[principal::RawPolicy],
    ws_actions: &[String],
    ws_arn: &str,
    acct_actions: &[String],
) -> Result<Vec<PermRow>, String> {
    let mut identity = Vec::new();
    let mut boundary = Vec::new();
    for p in raw {
        let doc = iam_policy::parse_document(&p.document)
            .map_err(|e| format!("cannot parse policy {}: {}", p.id, e.message))?;
        let named = iam_policy::NamedPolicy {
            id: p.id.clone(),
            kind: p.kind.to_string(),
            document: doc,
        };
        if p.kind == "boundary" {
            boundary.push(named);
        } else {
            identity.push(named);
        }
    }
    let ctx = iam_policy::Context::new();
    let mut rows = Vec::new();
    for (actions, resource) in [(ws_actions, ws_arn), (acct_actions, "*")] {
        for a in actions {
            let ev = iam_policy::evaluate(
                &identity,
                (!boundary.is_empty()).then_some(boundary.as_slice()),
                a,
                resource,
                &ctx,
            );
            rows.push(PermRow {
                action: a.clone(),
                resource: resource.to_string(),
                decision: match ev.decision {
                    iam_policy::Decision::Allowed => "allowed",
                    iam_policy::Decision::ExplicitDeny => "explicitDeny",
                    iam_policy::Decision::ImplicitDeny => "implicitDeny",
                }
                .to_string(),
                matched: ev
                    .matched
                    .iter()
                    .map(|m| {
                        format!(
                            "{}#{}",
                            m.policy_id,
                            m.sid.clone().unwrap_or_else(|| m.index.to_string())
                        )
                    })
                    .collect(),
                missing_context: ev.missing_context,
            });
        }
    }
    Ok(rows)
}

/// Which checks to run: the selected ones (all by default) plus what they depend on, less --skip
/// and, offline, the network ones.
fn plan(args: &DoctorArgs) -> Result<(BTreeSet<&'static str>, BTreeSet<&'static str>), CliError> {
    let parse = |ids: &[String]| -> Result<Vec<&'static str>, CliError> {
        ids.iter()
            .map(|i| {
                canonical(i).ok_or_else(|| {
                    CliError::usage("doctor.unknown_check", format!("unknown check {i:?}"))
                        .with_fix(format!(
                            "use one of: {}",
                            CHECKS.iter().map(|c| c.0).collect::<Vec<_>>().join(", ")
                        ))
                })
            })
            .collect()
    };
    let selected: BTreeSet<&'static str> = if args.check.is_empty() {
        CHECKS.iter().map(|c| c.0).collect()
    } else {
        parse(&args.check)?.into_iter().collect()
    };
    let skip: BTreeSet<&'static str> = parse(&args.skip)?.into_iter().collect();
    let mut run: BTreeSet<&'static str> = BTreeSet::new();
    let mut stack: Vec<&'static str> = selected.iter().copied().collect();
    while let Some(id) = stack.pop() {
        if run.insert(id) {
            stack.extend(deps(id));
        }
    }
    run.retain(|id| !(skip.contains(id) || args.offline && NETWORK.contains(id)));
    let shown = selected
        .into_iter()
        .filter(|id| !skip.contains(id) || !args.check.is_empty())
        .collect();
    Ok((run, shown))
}

async fn run_checks(dx: &Dx<'_>) -> Vec<CheckResult> {
    let limit = Duration::from_secs(dx.args.check_timeout.max(1));
    if dx.args.sequential {
        // One after another, in dependency order (for the benchmark's comparison).
        let config = dx.check_config();
        let creds = dx.check_credentials().await;
        let identity = dx.check_identity(creds.clone()).await;
        let clock = timed("clock", limit, dx.check_clock()).await;
        let fed = timed("federation", limit, dx.check_federation(creds.clone())).await;
        let ws = timed("workspace", limit, dx.check_workspace(creds.clone())).await;
        let perms = timed("permissions", limit, dx.check_permissions(identity.clone())).await;
        let trust = timed("trust", limit, dx.check_trust(identity.clone())).await;
        let key = dx.check_api_key();
        let probe = timed("probe", limit, dx.check_probe(creds.clone())).await;
        return vec![
            config,
            creds.result,
            identity.result,
            clock,
            fed,
            ws,
            perms,
            trust,
            key,
            probe,
        ];
    }
    let creds = async {
        let start = Instant::now();
        let out = match tokio::time::timeout(limit, dx.check_credentials()).await {
            Ok(o) => o,
            Err(_) => CredOut {
                result: CheckResult::fail("credentials", "timed out resolving credentials")
                    .code("timeout")
                    .fix("check SSO/credential_process/IMDS reachability"),
                ok: false,
            },
        };
        CredOut {
            result: CheckResult {
                duration_ms: start.elapsed().as_millis() as u64,
                ..out.result
            },
            ok: out.ok,
        }
    }
    .shared();
    let identity = {
        let c = creds.clone();
        async move {
            let start = Instant::now();
            let cr = c.await;
            match tokio::time::timeout(limit, dx.check_identity(cr)).await {
                Ok(o) => IdOut {
                    result: CheckResult {
                        duration_ms: start.elapsed().as_millis() as u64,
                        ..o.result
                    },
                    identity: o.identity,
                },
                Err(_) => IdOut {
                    result: CheckResult::fail("identity", "timed out").code("timeout"),
                    identity: None,
                },
            }
        }
        .shared()
    };
    let config = async { dx.check_config() };
    let clock = timed("clock", limit, dx.check_clock());
    let fed = {
        let c = creds.clone();
        async move {
            let cr = c.await;
            timed("federation", limit, dx.check_federation(cr)).await
        }
    };
    let ws = {
        let c = creds.clone();
        async move {
            let cr = c.await;
            timed("workspace", limit, dx.check_workspace(cr)).await
        }
    };
    let perms = {
        let i = identity.clone();
        async move {
            let id = i.await;
            timed("permissions", limit, dx.check_permissions(id)).await
        }
    };
    let trust = {
        let i = identity.clone();
        async move {
            let id = i.await;
            timed("trust", limit, dx.check_trust(id)).await
        }
    };
    let key = async { dx.check_api_key() };
    let probe = {
        let c = creds.clone();
        async move {
            let cr = c.await;
            timed("probe", limit, dx.check_probe(cr)).await
        }
    };
    let (config, creds_out, id_out, clock, fed, ws, perms, trust, key, probe) = tokio::join!(
        config, creds, identity, clock, fed, ws, perms, trust, key, probe
    );
    vec![
        config,
        creds_out.result,
        id_out.result,
        clock,
        fed,
        ws,
        perms,
        trust,
        key,
        probe,
    ]
}

pub async fn run(g: &GlobalArgs, args: &DoctorArgs, printer: &Printer) -> anyhow::Result<ExitCode> {
    if args.list_checks {
        if printer.json {
            let list: Vec<Value> = CHECKS.iter().map(|(id, what, deps)| json!({"id": id, "description": what, "depends_on": deps, "network": NETWORK.contains(id)})).collect();
            printer.json(&json!({"schema_version": SCHEMA_VERSION, "checks": list}))?;
        } else {
            let mut out = String::new();
            for (id, what, deps) in CHECKS {
                let d = if deps.is_empty() {
                    String::new()
                } else {
                    format!("  {DIM}(after {}){DIM:#}", deps.join(", "))
                };
                out.push_str(&format!("{BOLD}{id:<12}{BOLD:#} {what}{d}\n"));
            }
            printer.out(&out)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let settings = match config::resolve(g).await {
        Ok(s) => s,
        Err(mut e) => {
            // The doctor could not run at all.
            e.exit = exit::CREDENTIALS;
            return Err(e.into());
        }
    };
    let (run_set, shown) = plan(args).map_err(|mut e| {
        e.exit = exit::USAGE;
        e
    })?;
    let mut applied = Vec::new();
    let mut results = run_once(&settings, args, &run_set, printer).await;
    if args.fix {
        let fixes = apply_fixes(g, &settings, &results, printer).await?;
        if !fixes.is_empty() {
            applied = fixes;
            results = run_once(&settings, args, &run_set, printer).await;
        }
    }
    let results: Vec<CheckResult> = results
        .into_iter()
        .filter(|r| shown.contains(r.id))
        .collect();
    let count = |s: Status| results.iter().filter(|r| r.status == s).count();
    let summary = Summary {
        pass: count(Status::Pass),
        warn: count(Status::Warn),
        fail: count(Status::Fail),
        skip: count(Status::Skip),
    };
    let ok = summary.fail == 0 && (!args.strict || summary.warn == 0);
    let report = DoctorReport {
        schema_version: SCHEMA_VERSION,
        ok,
        summary,
        region: settings.region.as_ref().map(|r| r.value.clone()),
        workspace_id: settings.workspace_id.as_ref().map(|w| w.value.clone()),
        auth_mode: settings.auth_mode(),
        checks: results,
        fixes_applied: applied,
    };
    if let Some(path) = &args.report {
        crate::report::write_markdown(path, &report, &settings)?;
        printer.info(&format!("report written to {}", path.display()));
    }
    if printer.json {
        printer.json(&report)?;
    } else {
        printer.out(&render(&report, args.offline))?;
    }
    Ok(ExitCode::from(if ok { exit::OK } else { exit::FAILURE }))
}

async fn run_once(
    settings: &Settings,
    args: &DoctorArgs,
    run_set: &BTreeSet<&'static str>,
    printer: &Printer,
) -> Vec<CheckResult> {
    let sdk = if args.offline {
        None
    } else {
        Some(aws::load_sdk_config(settings).await)
    };
    let creds = Arc::new(match &sdk {
        Some(s) => CredentialCache::new(s),
        None => CredentialCache::empty(),
    });
    let intents = if args.for_.is_empty() {
        DEFAULT_INTENTS.to_vec()
    } else {
        args.for_.clone()
    };
    let dx = Dx {
        settings,
        args,
        sdk,
        creds,
        cx: diag_context(settings),
        intents,
        run: run_set.clone(),
    };
    let sp = printer.spinner("running checks…");
    let r = run_checks(&dx).await;
    sp.finish_and_clear();
    r
}

/// The safe fixes: enable federation, run auth_refresh. Each confirmed on a TTY or by --yes.
async fn apply_fixes(
    g: &GlobalArgs,
    settings: &Settings,
    results: &[CheckResult],
    printer: &Printer,
) -> Result<Vec<String>, CliError> {
    let mut applied = Vec::new();
    let failed = |id: &str, code: &str| {
        results
            .iter()
            .any(|r| r.id == id && r.status != Status::Pass && r.code.as_deref() == Some(code))
    };
    if let Some(cmd) = &settings.auth_refresh
        && (failed("credentials", "credentials_expired")
            || results
                .iter()
                .any(|r| r.code.as_deref() == Some("credentials_expired")))
    {
        crate::commands::enable_federation::confirm(
            g,
            &format!("Run auth_refresh `{}`?", cmd.value),
        )?;
        aws::run_auth_refresh(&cmd.value).await?;
        applied.push(format!("ran auth_refresh `{}`", cmd.value));
    }
    if failed("federation", "federation_disabled")
        || results
            .iter()
            .any(|r| r.id == "probe" && r.code.as_deref() == Some("federation_disabled"))
    {
        crate::commands::enable_federation::confirm(
            g,
            "Enable outbound web identity federation for this AWS account?",
        )?;
        let ctx = crate::commands::AwsCtx::from_settings(settings.clone()).await;
        match federation::enable(&ctx.iam()).await {
            Ok((_, changed)) => applied.push(if changed {
                "enabled outbound web identity federation".into()
            } else {
                "outbound web identity federation was already enabled".into()
            }),
            Err(e) => {
                return Err(CliError::new(
                    exit::REJECTED,
                    "fix_failed",
                    "could not enable federation",
                )
                .with_cause(diagnosis::summary(&e))
                .with_fix(federation::denied_fix(federation::ENABLE_ACTION)));
            }
        }
    }
    for r in results {
        if r.id == "permissions"
            && r.status == Status::Fail
            && let Some(fix) = &r.fix
        {
            printer.info(&format!("permissions cannot be fixed automatically; {fix}"));
        }
    }
    Ok(applied)
}

fn render(r: &DoctorReport, offline: bool) -> String {
    use crate::output::sanitize;
    let mut out = String::new();
    // Messages, evidence and fixes quote servers, files and the environment: sanitized.
    for c in &r.checks {
        out.push_str(&format!(
            "{} {BOLD}{:<12}{BOLD:#} {}\n",
            c.status.symbol(),
            c.id,
            sanitize(&c.message)
        ));
        if matches!(c.status, Status::Fail | Status::Warn) {
            for e in &c.evidence {
                out.push_str(&format!("    {DIM}{}{DIM:#}\n", sanitize(e)));
            }
            if let Some(f) = &c.fix {
                let f = sanitize(f);
                let mut lines = f.lines();
                if let Some(first) = lines.next() {
                    out.push_str(&format!("    fix: {first}\n"));
                }
                for l in lines {
                    out.push_str(&format!("         {l}\n"));
                }
            }
        }
    }
    for f in &r.fixes_applied {
        out.push_str(&format!("{GOOD}fixed{GOOD:#}: {}\n", sanitize(f)));
    }
    let s = &r.summary;
    let verdict = if r.ok {
        format!("{GOOD}ok{GOOD:#}")
    } else {
        format!("{ERROR}problems found{ERROR:#}")
    };
    out.push_str(&format!(
        "\n{verdict}: {} passed, {} warning{}, {} failed, {} skipped{}\n",
        s.pass,
        s.warn,
        if s.warn == 1 { "" } else { "s" },
        s.fail,
        s.skip,
        if offline {
            " (offline: network checks skipped)"
        } else {
            ""
        }
    ));
    out
}
