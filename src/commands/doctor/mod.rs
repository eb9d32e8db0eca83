//! `cpaws doctor`: every documented setup failure of Claude Platform on AWS, proven by real calls,
//! each with its cause and the exact fix; `--fix` applies the safe ones.
//!
//! Checks run concurrently; a check that depends on another waits only for it. Each has a timeout.

use std::collections::BTreeSet;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use serde::Serialize;
use serde_json::{Value, json};

use crate::api::{ApiError, ApiRequest, Client};
use crate::apikey::{self, KeyKind};
use crate::aws::{self, CredentialCache, Identity};
use crate::cli::{DoctorArgs, GlobalArgs};
use crate::config::{self, AuthMode, Settings};
use crate::diagnosis::{self, DiagContext};
use crate::error::{CliError, exit};
use crate::federation::{self, FederationState};
use crate::iam_policy;
use crate::intents::{self, Intent};
use crate::output::{BOLD, DIM, ERROR, GOOD, Printer, WARN};
use crate::principal::{self, PrincipalRef};
use crate::readiness::{claude_code_checks, static_checks};
/// Commercial regions scanned by --scan-regions.
use crate::workspaces::REGIONS;
use graph::{CheckId, Finished, Outcome};

mod checks;
pub mod formats;
mod graph;
pub mod report;

pub const SCHEMA_VERSION: u32 = 1;

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
    fn from_error(id: &'static str, what: &str, e: &ApiError, diag: &DiagContext) -> Self {
        // The probe is the proof of readiness: when it cannot be made, access is not proven, so it
        // stays a failure (with the service's reason); other checks only inform.
        if id != "probe" && diagnosis::is_not_about_the_setup(e) {
            let mut r = CheckResult::warn(
                id,
                format!("could not check: {what}: {}", diagnosis::summary(e)),
            )
            .fix("retry; if it keeps happening, report it with the request IDs shown")
            .code("could_not_check");
            r.evidence.push(format!(
                "{} → {}",
                if e.call.is_empty() { what } else { &e.call },
                diagnosis::summary(e)
            ));
            r.evidence.extend(e.request_ids());
            return r;
        }
        let d = diagnosis::diagnose(e, diag);
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

/// One run of the checks: what they share.
struct Doctor<'a> {
    settings: &'a Settings,
    args: &'a DoctorArgs,
    sdk: Option<aws_types::SdkConfig>,
    creds: Arc<CredentialCache>,
    diag: DiagContext,
    intents: Vec<Intent>,
    /// The checks to run (the others report themselves skipped).
    run: BTreeSet<CheckId>,
}

/// What the `credentials` check hands on: whether AWS credentials were resolved.
#[derive(Clone)]
struct CredentialsOutcome {
    result: CheckResult,
    ok: bool,
}

/// What the `identity` check hands on: the caller, when STS answered.
#[derive(Clone)]
struct IdentityOutcome {
    result: CheckResult,
    identity: Option<Identity>,
}

impl Doctor<'_> {
    fn wants(&self, id: &str) -> bool {
        CheckId::parse(id).is_some_and(|c| self.run.contains(&c))
    }

    fn skipped(&self, id: &'static str) -> Option<CheckResult> {
        if self.wants(id) {
            return None;
        }
        if self.args.offline && CheckId::parse(id).is_some_and(CheckId::network) {
            return Some(CheckResult::skip(id, "offline"));
        }
        Some(CheckResult::skip(id, "not selected"))
    }

    fn iam(&self) -> Option<aws::Iam> {
        self.sdk
            .as_ref()
            .map(|s| aws::Iam::new(s, self.creds.clone()))
    }

    fn client(&self) -> Result<Client, CliError> {
        Client::new(self.settings, Some(self.creds.clone()))
    }

    fn workspace_arn(&self, account: &str, region: Option<&str>) -> Option<String> {
        let region = region.or(self.settings.region.as_ref().map(|r| r.value.as_str()))?;
        let ws = self.settings.workspace_id.as_ref()?;
        Some(intents::workspace_arn(region, account, &ws.value))
    }
}

/// Which checks to run: the selected ones (all by default) plus what they depend on, less --skip
/// and, offline, the network ones; and which to show.
fn plan(args: &DoctorArgs) -> Result<(BTreeSet<CheckId>, BTreeSet<CheckId>), CliError> {
    let parse = |ids: &[String]| -> Result<Vec<CheckId>, CliError> {
        ids.iter()
            .map(|i| {
                CheckId::parse(i).ok_or_else(|| {
                    CliError::usage("doctor.unknown_check", format!("unknown check {i:?}"))
                        .with_fix(format!(
                            "use one of: {}",
                            CheckId::ALL.map(CheckId::id).join(", ")
                        ))
                })
            })
            .collect()
    };
    let selected: BTreeSet<CheckId> = if args.check.is_empty() {
        CheckId::ALL.into_iter().collect()
    } else {
        parse(&args.check)?.into_iter().collect()
    };
    let skip: BTreeSet<CheckId> = parse(&args.skip)?.into_iter().collect();
    let mut run: BTreeSet<CheckId> = BTreeSet::new();
    let mut stack: Vec<CheckId> = selected.iter().copied().collect();
    while let Some(check) = stack.pop() {
        if run.insert(check) {
            stack.extend(check.depends_on());
        }
    }
    run.retain(|c| !(skip.contains(c) || args.offline && c.network()));
    let shown = selected
        .into_iter()
        .filter(|c| !skip.contains(c) || !args.check.is_empty())
        .collect();
    Ok((run, shown))
}

impl Doctor<'_> {
    /// Runs one check with the outcomes of the checks it depends on.
    async fn run_check(&self, check: CheckId, inputs: Finished<'_>) -> Outcome {
        match check {
            CheckId::Config => Outcome::Plain(self.check_config()),
            CheckId::Credentials => Outcome::Credentials(self.check_credentials().await),
            CheckId::Identity => Outcome::Identity(self.check_identity(inputs.credentials()).await),
            CheckId::Clock => Outcome::Plain(self.check_clock().await),
            CheckId::Federation => {
                Outcome::Plain(self.check_federation(inputs.credentials()).await)
            }
            CheckId::Workspace => Outcome::Plain(self.check_workspace(inputs.credentials()).await),
            CheckId::Permissions => Outcome::Plain(self.check_permissions(inputs.identity()).await),
            CheckId::Trust => Outcome::Plain(self.check_trust(inputs.identity()).await),
            CheckId::ApiKey => Outcome::Plain(self.check_api_key()),
            CheckId::Probe => Outcome::Plain(self.check_probe(inputs.credentials()).await),
            CheckId::Proxy => Outcome::Plain(self.check_proxy().await),
        }
    }
}

pub async fn run(g: &GlobalArgs, args: &DoctorArgs, printer: &Printer) -> anyhow::Result<ExitCode> {
    if args.list_checks {
        if printer.json {
            let list: Vec<Value> = CheckId::ALL
                .iter()
                .map(|c| {
                    json!({
                        "id": c.id(),
                        "description": c.description(),
                        "depends_on": c.depends_on().iter().map(|d| d.id()).collect::<Vec<_>>(),
                        "network": c.network(),
                    })
                })
                .collect();
            printer.json(&json!({"schema_version": SCHEMA_VERSION, "checks": list}))?;
        } else {
            let mut out = String::new();
            for check in CheckId::ALL {
                let (id, what, deps) = (check.id(), check.description(), check.depends_on());
                let d = if deps.is_empty() {
                    String::new()
                } else {
                    let deps: Vec<&str> = deps.iter().map(|d| d.id()).collect();
                    format!("  {DIM}(after {}){DIM:#}", deps.join(", "))
                };
                out.push_str(&format!("{BOLD}{id:<12}{BOLD:#} {what}{d}\n"));
            }
            printer.out(&out)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let settings = match config::resolve(&g.overrides()).await {
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
    // A gateway preset stands for its documented principal (or, undocumented, is a usage error).
    let resolved;
    let args = match &args.trusted_principal {
        Some(p) => {
            let p = crate::trust::resolve_principal(p, "--trusted-principal").map_err(|e| {
                CliError::usage("doctor.trusted_principal", e.message).with_fix(e.fix)
            })?;
            resolved = DoctorArgs {
                trusted_principal: Some(p),
                ..args.clone()
            };
            &resolved
        }
        None => args,
    };
    let mut applied = Vec::new();
    let mut results = run_once(&settings, args, &run_set, printer).await;
    let interactive = {
        use std::io::IsTerminal;
        std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    };
    if args.fix && !g.yes && !interactive {
        // No one to ask: the diagnosis below is the answer; nothing is changed.
        printer.info(
            "--fix: no terminal to confirm on, so nothing was applied; run again with --yes to apply the safe fixes",
        );
    } else if args.fix {
        if !g.yes {
            // The full diagnosis first, then each fix offered with it in view.
            let shown_now: Vec<CheckResult> = results
                .iter()
                .filter(|r| CheckId::parse(r.id).is_some_and(|c| shown.contains(&c)))
                .cloned()
                .collect();
            let mut pre = String::from("diagnosis before fixes:\n");
            for c in &shown_now {
                pre.push_str(&format!(
                    "  {} {:<12} {}\n",
                    c.status.symbol(),
                    c.id,
                    crate::output::sanitize(&c.message)
                ));
                if let Some(f) = c.fix.as_ref().filter(|_| c.status != Status::Pass) {
                    pre.push_str(&format!("      fix: {}\n", crate::output::sanitize(f)));
                }
            }
            printer.info(&pre);
        }
        let fixes = apply_fixes(g, &settings, &results, printer).await?;
        if !fixes.is_empty() {
            applied = fixes;
            results = run_once(&settings, args, &run_set, printer).await;
        }
    }
    let results: Vec<CheckResult> = results
        .into_iter()
        .filter(|r| CheckId::parse(r.id).is_some_and(|c| shown.contains(&c)))
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
        report::write_markdown(path, &report, &settings)?;
        printer.info(&format!("report written to {}", path.display()));
    }
    crate::ci_report::print_report(
        printer,
        args.output_format,
        &report,
        || render(&report, args.offline),
        || formats::suite(&report),
        args.strict,
    )?;
    Ok(ExitCode::from(if ok { exit::OK } else { exit::FAILURE }))
}

async fn run_once(
    settings: &Settings,
    args: &DoctorArgs,
    run_set: &BTreeSet<CheckId>,
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
    let intents = intents::with_auth_needs(&args.for_, settings.auth_mode() == AuthMode::ApiKey);
    let doctor = Doctor {
        settings,
        args,
        sdk,
        creds,
        diag: DiagContext::from_settings(settings),
        intents,
        run: run_set.clone(),
    };
    let sp = printer.spinner("running checks…");
    let limit = Duration::from_secs(args.check_timeout.max(1));
    // --sequential: one check at a time (for the benchmark's comparison).
    let concurrency = if args.sequential {
        1
    } else {
        CheckId::ALL.len()
    };
    let mut r = graph::run_graph(&doctor, limit, concurrency).await;
    // The proxy check is shown when there is a proxy to check, or when asked for by name.
    let proxy_asked = args.check.iter().any(|c| c == CheckId::Proxy.id());
    r.retain(|c| c.id != CheckId::Proxy.id() || c.status != Status::Skip || proxy_asked);
    sp.finish_and_clear();
    reconcile(&mut r);
    r
}

/// A passing probe proves what the checks that could not look had to find out: the gateway
/// minted its token, so outbound web identity federation is enabled.
fn reconcile(results: &mut [CheckResult]) {
    // The workspace check asked every region: when it found where the workspace lives (or that
    // it exists nowhere), a probe refused for the workspace (404, or a bare 403 whose suspects
    // include it) gets that answer as its fix, and a missing region gets the region found.
    let finding = results
        .iter()
        .find(|r| r.id == "workspace" && r.status == Status::Fail)
        .filter(|r| {
            matches!(
                r.code.as_deref(),
                Some("workspace_in_other_region" | "workspace_not_found" | "region_missing")
            ) && r
                .data
                .as_ref()
                .is_some_and(|d| d.get("workspaces").is_some())
        })
        .and_then(|r| Some((r.message.clone(), r.fix.clone()?, r.code.clone())));
    if let Some((message, fix, code)) = &finding {
        for r in results.iter_mut() {
            let about_workspace = matches!(
                r.code.as_deref().and_then(diagnosis::Code::parse),
                Some(
                    diagnosis::Code::WorkspaceNotFound
                        | diagnosis::Code::Forbidden
                        | diagnosis::Code::ApiKeyForbidden
                )
            );
            if r.id == "probe" && r.status == Status::Fail && about_workspace {
                r.evidence
                    .push(format!("the workspace check found the cause: {message}"));
                r.fix = Some(fix.clone());
            }
            if r.id == "config"
                && code.as_deref() == Some("region_missing")
                && r.code.as_deref() == Some("region_missing")
            {
                r.fix = Some(fix.clone());
            }
        }
    }
    let probe_passed = results
        .iter()
        .any(|r| r.id == "probe" && r.status == Status::Pass);
    if !probe_passed {
        return;
    }
    for r in results.iter_mut() {
        let unknown = matches!(
            r.code.as_deref(),
            Some("could_not_check" | "iam_access_denied")
        );
        if r.id == "federation" && r.status == Status::Warn && unknown {
            r.evidence
                .insert(0, format!("the IAM flag could not be read: {}", r.message));
            r.status = Status::Pass;
            r.message = "enabled: the probe succeeded, and the gateway only answers when it can mint its token".into();
            r.fix = None;
            r.code = None;
        }
    }
}

/// The safe fixes: enable federation, run auth_refresh. Each confirmed on a TTY or by --yes.
async fn apply_fixes(
    g: &GlobalArgs,
    settings: &Settings,
    results: &[CheckResult],
    printer: &Printer,
) -> Result<Vec<String>, CliError> {
    let mut applied = Vec::new();
    // A fix declined on the terminal is skipped; the report that follows still says what is wrong.
    let agreed = |question: &str| match crate::prompt::confirm(g.yes, question) {
        Ok(()) => Ok(true),
        Err(e) if e.code == "declined" => {
            printer.info("declined: nothing was changed");
            Ok(false)
        }
        Err(e) => Err(e),
    };
    let failed = |id: &str, code: &str| {
        results
            .iter()
            .any(|r| r.id == id && r.status != Status::Pass && r.code.as_deref() == Some(code))
    };
    if let Some(cmd) = &settings.auth_refresh
        && (failed("credentials", diagnosis::Code::CredentialsExpired.as_str())
            || results
                .iter()
                .any(|r| r.code.as_deref() == Some(diagnosis::Code::CredentialsExpired.as_str())))
        && agreed(&format!("Run auth_refresh `{}`?", cmd.value))?
    {
        aws::run_auth_refresh(&cmd.value).await?;
        applied.push(format!("ran auth_refresh `{}`", cmd.value));
    }
    let federation_off = failed("federation", diagnosis::Code::FederationDisabled.as_str())
        || results.iter().any(|r| {
            r.id == "probe"
                && r.code.as_deref() == Some(diagnosis::Code::FederationDisabled.as_str())
        });
    if federation_off && agreed("Enable outbound web identity federation for this AWS account?")? {
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
            // Evidence of several lines (an SDK's error text) keeps every line indented.
            for line in c.evidence.iter().flat_map(|e| {
                sanitize(e)
                    .lines()
                    .map(str::trim)
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            }) {
                out.push_str(&format!("    {DIM}{line}{DIM:#}\n"));
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
