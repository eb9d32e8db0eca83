//! `cpaws status`: the resolved configuration, where each value came from, the credentials and
//! the principal, and a readiness verdict proven by one cheap signed request.

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::sync::Arc;

use serde::Serialize;

use crate::api::Client;
use crate::apikey::{self, KeyKind, ShortTermInfo};
use crate::aws::{self, CredentialCache, CredentialInfo, Identity};
use crate::ci_report::{self, Case, CaseStatus, Suite};
use crate::cli::{GlobalArgs, StatusArgs};
use crate::config::{self, AuthMode, Settings};
use crate::diagnosis::{self, DiagContext};
use crate::error::exit;
use crate::output::{BOLD, DIM, ERROR, GOOD, Printer, WARN, sanitize};
use crate::readiness::{
    MODELS_PROBE, Probe, ProbeReport, Problem, problem, prove, static_checks, uses_of,
};

pub const SCHEMA_VERSION: u32 = 1;

/// The first probe's use (`GET /v1/models`).
const MODELS: &str = "models";

#[derive(Clone, Debug, Serialize)]
pub struct ApiKeyReport {
    pub kind: KeyKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub short_term: Option<ShortTermInfo>,
}

/// The `cpaws status --json` document (docs/json.md).
#[derive(Clone, Debug, Serialize)]
pub struct StatusReport {
    pub schema_version: u32,
    pub ready: bool,
    /// True when readiness was proven by a request (false with --offline).
    pub verified: bool,
    pub region: Option<String>,
    pub workspace_id: Option<String>,
    pub base_url: Option<String>,
    pub auth_mode: AuthMode,
    pub profile: Option<String>,
    pub aws_profile: Option<String>,
    pub config_file: Option<String>,
    pub credentials: Option<CredentialInfo>,
    pub api_key: Option<ApiKeyReport>,
    pub identity: Option<Identity>,
    /// The first probe (GET /v1/models), as in earlier versions.
    pub probe: Option<ProbeReport>,
    /// The uses readiness had to prove (`--for`, default inference).
    #[serde(rename = "for")]
    pub for_uses: Vec<&'static str>,
    /// The uses proven by a probe that the service authorized.
    pub proven: Vec<&'static str>,
    /// Every probe sent, in order.
    pub probes: Vec<ProbeReport>,
    pub sources: BTreeMap<&'static str, String>,
    pub problems: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

pub async fn run(g: &GlobalArgs, args: &StatusArgs, printer: &Printer) -> anyhow::Result<ExitCode> {
    let settings = config::resolve(&g.overrides()).await?;
    let mode = settings.auth_mode();
    let (mut problems, warnings) = static_checks(&settings);
    // Where each problem was found (`config`, `credentials`, `identity`, a probe's use): the case
    // it fails in the CI formats.
    let mut origins: Vec<&'static str> = vec!["config"; problems.len()];
    let cx = DiagContext::from_settings(&settings);
    let sp = printer.spinner("checking…");
    // `status` never takes longer than --timeout in all: credentials, STS and the probe share
    // one deadline (each call also has it as its own limit).
    let deadline = tokio::time::Instant::now() + settings.timeout;
    let late = |what: &str| crate::api::ApiError {
        kind: crate::api::ApiErrorKind::Timeout,
        message: format!(
            "{what} gave no answer within {}s (--timeout)",
            settings.timeout.as_secs()
        ),
        call: what.to_string(),
        ..Default::default()
    };

    let api_key = settings
        .api_key
        .as_ref()
        .filter(|_| mode == AuthMode::ApiKey)
        .map(|k| {
            let kind = apikey::classify(k.value.expose());
            ApiKeyReport {
                kind,
                short_term: (kind == KeyKind::ShortTerm)
                    .then(|| apikey::decode_short_term(k.value.expose()).ok())
                    .flatten(),
            }
        });

    let mut credentials = None;
    let mut identity = None;
    let mut probes: Vec<ProbeReport> = Vec::new();
    let uses = uses_of(&args.for_, mode);
    let mut creds_ok = mode != AuthMode::Sigv4;
    let mut cache: Option<Arc<CredentialCache>> = None;
    let mut sdk = None;

    if mode == AuthMode::Sigv4 && !args.offline {
        let conf = aws::load_sdk_config(&settings).await;
        let c = Arc::new(CredentialCache::new(&conf));
        let mut got = tokio::time::timeout_at(deadline, c.get())
            .await
            .unwrap_or_else(|_| {
                Err(crate::error::CliError::new(
                    exit::CREDENTIALS,
                    "credentials.timeout",
                    format!(
                        "the AWS credential chain gave no answer within {}s (--timeout)",
                        settings.timeout.as_secs()
                    ),
                )
                .with_fix("check the credential source (SSO, credential_process, the instance metadata service), or raise --timeout"))
            });
        if let (Err(e), Some(cmd)) = (&got, &settings.auth_refresh)
            && e.code == "credentials.expired"
            && c.refresh_once(&cmd.value).await
        {
            got = c.get().await;
        }
        match got {
            Ok(creds) => {
                credentials = Some(CredentialInfo::from_credentials(&creds));
                creds_ok = true;
            }
            Err(e) => {
                let mut fix = e.fix.clone().unwrap_or_default();
                if let Some(cause) = &e.cause {
                    fix = format!("{fix}\n      cause: {cause}");
                }
                problems.push(problem(&e.code.replace('.', "_"), e.message.clone(), fix));
                origins.push("credentials");
            }
        }
        cache = Some(c);
        sdk = Some(conf);
    }

    let config_ok = problems.is_empty();
    if !args.offline && creds_ok {
        let sts_fut = async {
            match (&sdk, &cache) {
                (Some(conf), Some(c)) => Some(aws::get_caller_identity(conf, c.clone()).await),
                _ => None,
            }
        };
        let probe_fut = async {
            if !config_ok {
                return None;
            }
            let client = match Client::new(&settings, cache.clone()) {
                Ok(c) => c,
                Err(e) => return Some(Err(e)),
            };
            Some(Ok(prove(&client, &uses).await))
        };
        let (mut sts, pr) =
            tokio::time::timeout_at(deadline, async { tokio::join!(sts_fut, probe_fut) })
                .await
                .unwrap_or_else(|_| {
                    (
                        sdk.is_some().then(|| Err(late("sts GetCallerIdentity"))),
                        config_ok.then(|| {
                            Ok(vec![Probe::failed(
                                "models",
                                MODELS_PROBE,
                                late("gateway GET /v1/models"),
                            )])
                        }),
                    )
                });
        // STS said the credentials expired: run auth_refresh (once per run) and ask again.
        if let (Some(Err(e)), Some(cmd), Some(conf), Some(c)) =
            (&sts, &settings.auth_refresh, &sdk, &cache)
            && crate::api::credentials_expired(e)
            && c.refresh_once(&cmd.value).await
        {
            sts = Some(aws::get_caller_identity(conf, c.clone()).await);
        }
        match sts {
            Some(Ok(id)) => identity = Some(id),
            Some(Err(e)) => {
                let dg = diagnosis::diagnose(&e, &cx);
                problems.push(problem(
                    dg.code.as_str(),
                    format!("STS GetCallerIdentity failed: {}", diagnosis::summary(&e)),
                    format!("{} — {}", dg.cause, dg.fix),
                ));
                origins.push("identity");
            }
            None => {}
        }
        match pr {
            Some(Ok(done)) => {
                for p in done {
                    if let Some(e) = &p.error {
                        let dg = diagnosis::diagnose(e, &cx);
                        // The cause the identity check already reported (expired or refused
                        // credentials fail both): said once; the probe still lists its answer.
                        let already = problems
                            .iter()
                            .zip(&origins)
                            .any(|(q, o)| *o == "identity" && q.code == dg.code.as_str());
                        if already {
                            probes.push(p.report);
                            continue;
                        }
                        // The service's words as evidence, unless the cause already quotes them.
                        let said = diagnosis::summary(e);
                        let message = if dg.cause.contains(&e.message) && e.status.is_none() {
                            format!("{}: {}", p.report.proves, dg.cause)
                        } else {
                            format!("{}: {} ({said})", p.report.proves, dg.cause)
                        };
                        problems.push(problem(dg.code.as_str(), message, dg.fix));
                        origins.push(p.report.proves);
                    } else if let Some(found) = p.problem {
                        problems.push(found);
                        origins.push(p.report.proves);
                    }
                    probes.push(p.report);
                }
            }
            Some(Err(e)) => {
                problems.push(problem(
                    &e.code.replace('.', "_"),
                    e.message.clone(),
                    e.fix.clone().unwrap_or_default(),
                ));
                origins.push(MODELS);
            }
            None => {}
        }
    }
    sp.finish_and_clear();
    // Show the credentials that were finally used (auth_refresh may have replaced them).
    if let (Some(c), Some(_)) = (&cache, &credentials)
        && let Ok(now) = c.get().await
    {
        credentials = Some(CredentialInfo::from_credentials(&now));
    }

    let proven: Vec<&'static str> = uses
        .iter()
        .copied()
        .filter(|u| match *u {
            // An API key that authorized a call is the proof (CallWithBearerToken included).
            "api-key" => mode == AuthMode::ApiKey && probes.iter().any(|p| p.ok),
            u => probes.iter().any(|p| p.proves == u && p.ok),
        })
        .collect();
    if uses.contains(&"api-key") && mode != AuthMode::ApiKey && !args.offline {
        problems.push(problem(
            "api_key_use_unproven",
            "the api-key use cannot be proven while cpaws signs with SigV4",
            "mint a key (`cpaws keys create --export`) and run `cpaws status --for api-key` with ANTHROPIC_AWS_API_KEY set",
        ));
        origins.push("api-key");
    }
    let verified = probes.first().is_some_and(|p| p.ok);
    let ready = verified && problems.is_empty() && uses.iter().all(|u| proven.contains(u));
    let probe = probes.first().cloned();
    let report = StatusReport {
        schema_version: SCHEMA_VERSION,
        ready,
        verified,
        region: settings.region.as_ref().map(|r| r.value.clone()),
        workspace_id: settings.workspace_id.as_ref().map(|w| w.value.clone()),
        base_url: settings.base_url(),
        auth_mode: mode,
        profile: settings.profile.as_ref().map(|p| p.value.clone()),
        aws_profile: settings.aws_profile.as_ref().map(|p| p.value.clone()),
        config_file: settings
            .config_path
            .as_ref()
            .filter(|_| settings.config_loaded)
            .map(|p| p.display().to_string()),
        credentials,
        api_key,
        identity,
        probe,
        for_uses: uses.clone(),
        proven,
        probes,
        sources: settings.sources(),
        problems,
        warnings,
    };

    ci_report::print_report(
        printer,
        args.output_format,
        &report,
        || render_human(&report, &settings, args.offline),
        || suite(&report, &origins, args.offline),
        false,
    )?;
    let code = if report.ready || (args.offline && report.problems.is_empty()) {
        exit::OK
    } else {
        exit::FAILURE
    };
    Ok(ExitCode::from(code))
}

fn render_human(r: &StatusReport, s: &Settings, offline: bool) -> String {
    let mut out = String::new();
    let src = |k: &str| r.sources.get(k).cloned();
    // Values come from the environment, files and servers (an STS ARN, a region): sanitized.
    let mut line = |label: &str, value: String, source: Option<String>| {
        let source = source
            .map(|s| format!("  {DIM}({}){DIM:#}", sanitize(&s)))
            .unwrap_or_default();
        let value = sanitize(&value);
        out.push_str(&format!("  {BOLD}{label:<12}{BOLD:#} {value}{source}\n"));
    };
    let none = || "-".to_string();
    line(
        "region",
        r.region.clone().unwrap_or_else(none),
        src("region"),
    );
    line(
        "workspace",
        r.workspace_id.clone().unwrap_or_else(none),
        src("workspace_id"),
    );
    line(
        "base URL",
        r.base_url.clone().unwrap_or_else(none),
        Some(src("base_url").unwrap_or_else(|| "derived from the region".into())),
    );
    line(
        "auth",
        r.auth_mode.as_str().to_string(),
        src("auth").or_else(|| src("api_key").filter(|_| r.auth_mode == AuthMode::ApiKey)),
    );
    if let Some(t) = src("auth_token") {
        line("token", "sent as Authorization: Bearer".into(), Some(t));
    }
    if let Some(p) = &r.profile {
        line("profile", p.clone(), src("profile"));
    }
    if let Some(p) = &r.aws_profile {
        line("AWS profile", p.clone(), src("aws_profile"));
    }
    if let Some(c) = &r.credentials {
        let exp = c
            .expires_at
            .map(|e| format!(", expires {e}"))
            .unwrap_or_else(|| ", no expiry".into());
        line(
            "credentials",
            format!("{} ({}){exp}", c.provider, c.access_key_id),
            None,
        );
    } else if r.auth_mode == AuthMode::Sigv4 && offline {
        let guess = if s.env.aws_static_credentials {
            "environment (not resolved: offline)"
        } else {
            "AWS credential chain (not resolved: offline)"
        };
        line("credentials", guess.to_string(), None);
    }
    if let Some(k) = &r.api_key {
        let detail = match &k.short_term {
            Some(st) => format!(
                "short-term, {} , key {}, expires {}",
                st.region, st.access_key_id, st.expires_at
            ),
            None => format!("{:?}", k.kind).to_lowercase(),
        };
        line("API key", detail, None);
    }
    if let Some(id) = &r.identity {
        line(
            "identity",
            format!("{} (account {})", id.arn, id.account),
            Some("STS GetCallerIdentity".into()),
        );
    }
    for p in &r.probes {
        let ids = [p.amzn_request_id.as_ref(), p.request_id.as_ref()]
            .into_iter()
            .flatten()
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        let mark = if p.ok { "✓" } else { "✗" };
        line(
            &format!("{mark} {}", p.proves),
            format!(
                "{} → {}",
                p.request,
                p.status
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| "no answer".into())
            ),
            (!ids.is_empty()).then_some(ids),
        );
    }
    out.push('\n');
    for w in &r.warnings {
        out.push_str(&format!(
            "{WARN}!{WARN:#} {}\n    fix: {}\n",
            sanitize(&w.message),
            sanitize(&w.fix)
        ));
    }
    if r.ready {
        out.push_str(&format!(
            "{GOOD}✓ ready{GOOD:#} for {}: proven by requests the service authorized\n",
            r.proven.join(", ")
        ));
    } else if offline && r.problems.is_empty() {
        out.push_str(&format!("{WARN}? unverified{WARN:#}: no problems found offline; run `cpaws status` to prove access\n"));
    } else {
        out.push_str(&format!("{ERROR}✗ not ready{ERROR:#}\n"));
        for p in &r.problems {
            out.push_str(&format!(
                "  {ERROR}✗{ERROR:#} {}\n    fix: {}\n",
                sanitize(&p.message),
                sanitize(&p.fix)
            ));
        }
    }
    out
}

/// The problems of one case: the first one's message, fix and code; the others as evidence.
fn failed(id: &str, found: &[&Problem]) -> Case {
    let mut c = Case::new(id, CaseStatus::Fail, found[0].message.clone());
    c.code = Some(found[0].code.clone());
    c.fix = Some(found[0].fix.clone()).filter(|f| !f.is_empty());
    for p in &found[1..] {
        c.evidence
            .push(format!("also: {} (fix: {})", p.message, p.fix));
    }
    c
}

/// The report as the CI formats read it (docs/ci.md): `config`, `credentials`, `identity`, one case
/// per probe (named by the use it proves), then any problem that belongs to none of them (named by
/// where it was found). Each problem fails the case it was found in; warnings are `config`'s.
fn suite(r: &StatusReport, origins: &[&'static str], offline: bool) -> Suite {
    let of = |id: &str| -> Vec<&Problem> {
        r.problems
            .iter()
            .zip(origins)
            .filter(|(_, o)| **o == id)
            .map(|(p, _)| p)
            .collect()
    };
    let skip = |id: &str, why: &str| Case::new(id, CaseStatus::Skip, why);
    let mut cases = Vec::new();

    let found = of("config");
    cases.push(if !found.is_empty() {
        let mut c = failed("config", &found);
        c.evidence
            .extend(r.warnings.iter().map(|w| format!("warning: {}", w.message)));
        c
    } else if let Some(w) = r.warnings.first() {
        let mut c = Case::new("config", CaseStatus::Warn, w.message.clone());
        c.code = Some(w.code.clone());
        c.fix = Some(w.fix.clone());
        c.evidence.extend(
            r.warnings[1..]
                .iter()
                .map(|w| format!("also: {} (fix: {})", w.message, w.fix)),
        );
        c
    } else {
        Case::new(
            "config",
            CaseStatus::Pass,
            format!(
                "region {}, workspace {}, auth {}",
                r.region.as_deref().unwrap_or("-"),
                r.workspace_id.as_deref().unwrap_or("-"),
                r.auth_mode.as_str()
            ),
        )
    });

    let found = of("credentials");
    cases.push(match r.auth_mode {
        _ if !found.is_empty() => failed("credentials", &found),
        AuthMode::Sigv4 if offline => skip("credentials", "not resolved: --offline"),
        AuthMode::Sigv4 => match &r.credentials {
            Some(c) => Case::new(
                "credentials",
                CaseStatus::Pass,
                format!("{} ({})", c.provider, c.access_key_id),
            ),
            None => skip(
                "credentials",
                "not resolved: the configuration has problems",
            ),
        },
        AuthMode::ApiKey => match &r.api_key {
            Some(k) => Case::new(
                "credentials",
                CaseStatus::Pass,
                format!("API key ({})", format!("{:?}", k.kind).to_lowercase()),
            ),
            None => skip("credentials", "no API key"),
        },
        AuthMode::None => skip("credentials", "no AWS authentication (--auth none)"),
    });

    let found = of("identity");
    cases.push(match (&r.identity, r.auth_mode) {
        _ if !found.is_empty() => failed("identity", &found),
        (Some(id), _) => Case::new(
            "identity",
            CaseStatus::Pass,
            format!("{} (account {})", id.arn, id.account),
        ),
        (None, AuthMode::Sigv4) if offline => skip("identity", "not asked: --offline"),
        (None, AuthMode::Sigv4) => skip("identity", "not asked: no credentials"),
        (None, _) => skip("identity", "not asked: STS needs SigV4 credentials"),
    });

    for p in &r.probes {
        let found = of(p.proves);
        let said = format!(
            "{} → {}",
            p.request,
            p.status
                .map(|s| s.to_string())
                .unwrap_or_else(|| "no answer".into())
        );
        let mut c = if !found.is_empty() {
            failed(p.proves, &found)
        } else if p.ok {
            Case::new(p.proves, CaseStatus::Pass, said.clone())
        } else {
            Case::new(
                p.proves,
                CaseStatus::Fail,
                format!("not authorized: {said}"),
            )
        };
        c.evidence.insert(0, said);
        c.evidence.extend(
            [p.amzn_request_id.as_ref(), p.request_id.as_ref()]
                .into_iter()
                .flatten()
                .cloned(),
        );
        cases.push(c);
    }
    if r.probes.is_empty() {
        cases.push(if offline {
            skip(MODELS, "no request sent: --offline")
        } else {
            skip(MODELS, "no request sent: the problems above come first")
        });
    }

    // Problems found anywhere else (a use that cannot be proven), one case per place.
    let mut shown: Vec<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    let mut rest = Vec::new();
    for o in origins {
        if !shown.contains(o) {
            shown.push(o);
            rest.push(failed(o, &of(o)));
        }
    }
    cases.extend(rest);

    let verdict = if r.ready {
        "ready"
    } else if offline && r.problems.is_empty() {
        "unverified"
    } else {
        "not ready"
    };
    Suite {
        command: "status",
        verdict: verdict.into(),
        cases,
    }
}
