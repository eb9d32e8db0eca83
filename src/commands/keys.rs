//! `cpaws keys`: short-term API keys minted locally from the current AWS credentials
//! (byte-identical to the official token generator, platform.md §2.1, clients.md §2), and
//! long-term keys, which are IAM service-specific credentials for
//! `aws-external-anthropic.amazonaws.com` (platform.md §2.2).

use std::io::Read;
use std::process::ExitCode;
use std::time::{Duration, SystemTime};

use serde_json::{Value, json};

use crate::api::{ApiError, ApiRequest, Client};
use crate::apikey::{self, KeyKind, MAX_TTL};
use crate::aws::iam::CredentialStatus;
use crate::cli::GlobalArgs;
use crate::cli::keys::{CreateArgs, IdArgs, KeysArgs, KeysCommand};
use crate::commands::AwsCtx;
use crate::config::{self, Secret, Settings, Source, Sourced};
use crate::diagnosis;
use crate::diagnosis::DiagContext;
use crate::error::{CliError, exit};
use crate::output::{BOLD, GOOD, Printer, WARN, sanitize};
use crate::output::{one_line, table};
use crate::prompt::confirm;

/// The IAM service name of long-term Claude Platform on AWS API keys (platform.md §2.2).
pub const LONG_TERM_SERVICE: &str = "aws-external-anthropic.amazonaws.com";
const API_KEY_VAR: &str = "ANTHROPIC_AWS_API_KEY";
/// The most `keys inspect -` / `keys verify -` read from stdin.
const MAX_STDIN: usize = 64 * 1024;

pub async fn run(g: &GlobalArgs, a: &KeysArgs, printer: &Printer) -> anyhow::Result<ExitCode> {
    match &a.cmd {
        KeysCommand::Create(c) if c.long_term => create_long_term(g, c, printer).await,
        KeysCommand::Create(c) => create_short_term(g, c, printer).await,
        KeysCommand::Inspect { key } => inspect(g, key.as_deref(), printer).await,
        KeysCommand::Exec { ttl, command } => exec(g, ttl.as_deref(), command, printer).await,
        KeysCommand::Verify { key } => verify(g, key.as_deref(), printer).await,
        KeysCommand::List { user, all_users } => {
            list_long_term(g, user.as_deref(), *all_users, printer).await
        }
        KeysCommand::Deactivate(i) => set_status(g, i, false, printer).await,
        KeysCommand::Activate(i) => set_status(g, i, true, printer).await,
        KeysCommand::Delete(i) => delete_long_term(g, i, printer).await,
    }
}

// ---------------------------------------------------------------------------------------------
// Durations

/// `90` (seconds), or what humantime reads: `90s`, `30m`, `1h`, `1h30m`, `12h`, `1d`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("empty duration".into());
    }
    if let Ok(n) = t.parse::<u64>() {
        return Ok(Duration::from_secs(n));
    }
    humantime::parse_duration(t)
        .map_err(|e| format!("{t:?} is not a duration ({e}; e.g. 30m, 1h, 1h30m, 12h)"))
}

/// `45s`, `30m`, `1h30m`, `12h`, `12h1s`: every unit that is not zero, down to the second.
fn human_duration(d: Duration) -> String {
    let s = d.as_secs();
    if s == 0 {
        return "0s".into();
    }
    let (h, m, sec) = (s / 3600, (s % 3600) / 60, s % 60);
    let mut out = String::new();
    for (n, unit) in [(h, 'h'), (m, 'm'), (sec, 's')] {
        if n > 0 {
            out.push_str(&format!("{n}{unit}"));
        }
    }
    out
}

/// A requested `--ttl`, parsed and checked before anything else is done.
fn requested_ttl(text: &str) -> Result<Duration, CliError> {
    let d = parse_duration(text).map_err(|e| {
        CliError::usage("keys.ttl_invalid", format!("--ttl: {e}"))
            .with_fix("use e.g. --ttl 30m, --ttl 1h or --ttl 12h")
    })?;
    let shown = sanitize(text.trim());
    if d.is_zero() {
        return Err(CliError::usage(
            "keys.ttl_invalid",
            format!("--ttl {shown} is zero; a short-term key must live at least 1s"),
        )
        .with_fix("pass --ttl between 1s and 12h (e.g. --ttl 1h)"));
    }
    if d > MAX_TTL {
        return Err(CliError::usage(
            "keys.ttl_invalid",
            format!(
                "--ttl {shown} ({}{}s) is longer than a short-term key can live: at most 12h ({}s)",
                if human_duration(d) == shown {
                    String::new()
                } else {
                    format!("{}, ", human_duration(d))
                },
                d.as_secs(),
                MAX_TTL.as_secs()
            ),
        )
        .with_fix("pass --ttl 12h or less (e.g. --ttl 12h, --ttl 1h); for a key that lives longer, create a long-term key (`cpaws keys create --long-term --user NAME`)"));
    }
    Ok(d)
}

fn rfc3339(t: SystemTime) -> String {
    time::OffsetDateTime::from(t)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// Short-term keys

/// A freshly minted short-term key and what it says about itself.
pub struct Minted {
    pub key: String,
    pub region: String,
    pub access_key_id: String,
    pub issued_at: SystemTime,
    pub ttl: Duration,
    /// The lifetime was shortened to the credentials' own expiry.
    pub capped: bool,
}

/// The effective lifetime: the request (default 12 h), never more than 12 h, capped at the
/// credentials' expiry (TOKGEN README: min(requested, credential expiry, 12 h)).
pub fn effective_ttl(
    requested: Option<Duration>,
    creds_expiry: Option<SystemTime>,
    now: SystemTime,
) -> Result<(Duration, bool), CliError> {
    let want = requested.unwrap_or(MAX_TTL);
    if want.is_zero() || want > MAX_TTL {
        return Err(CliError::usage(
            "keys.ttl_invalid",
            format!(
                "a short-term key lives at least 1s and at most 12h, not {} ({}s)",
                human_duration(want),
                want.as_secs()
            ),
        )
        .with_fix("pass --ttl between 1s and 12h (e.g. --ttl 1h)"));
    }
    if let Some(exp) = creds_expiry {
        let left = exp.duration_since(now).unwrap_or_default();
        let left = Duration::from_secs(left.as_secs());
        if left.is_zero() {
            return Err(CliError::new(
                exit::CREDENTIALS,
                "credentials.expired",
                "the AWS credentials have expired, so no key can be minted from them",
            )
            .with_fix("refresh them (e.g. `aws sso login`), then retry"));
        }
        if left < want {
            return Ok((left, true));
        }
    }
    Ok((want, false))
}

async fn mint(g: &GlobalArgs, ttl: Option<&str>) -> Result<(Minted, Settings), CliError> {
    let requested = ttl.map(requested_ttl).transpose()?;
    let ctx = AwsCtx::load(g).await?;
    let region = ctx
        .settings
        .region
        .as_ref()
        .map(|r| r.value.clone())
        .ok_or_else(|| {
            CliError::usage(
                "config.region_missing",
                "a short-term key is scoped to one region, and no region is configured",
            )
            .with_fix("set AWS_REGION (or pass --region) to the region of your workspace")
        })?;
    let creds = ctx.creds.get().await?;
    let now = SystemTime::now();
    let (ttl, capped) = effective_ttl(requested, creds.expiry(), now)?;
    let key = apikey::mint_short_term(&creds, &region, now, ttl).map_err(|e| {
        CliError::new(exit::FAILURE, "keys.mint_failed", "cannot mint the key").with_cause(e)
    })?;
    let secs = now
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    Ok((
        Minted {
            key,
            region,
            access_key_id: creds.access_key_id().to_string(),
            issued_at: SystemTime::UNIX_EPOCH + Duration::from_secs(secs),
            ttl,
            capped,
        },
        ctx.settings,
    ))
}

fn warn_capped(printer: &Printer, m: &Minted) {
    if m.capped {
        printer.warn(&format!(
            "the key lives only {} (until {}): the AWS credentials it is made from expire then, and a key cannot outlive them",
            human_duration(m.ttl),
            rfc3339(m.issued_at + m.ttl)
        ));
    }
}

async fn create_short_term(
    g: &GlobalArgs,
    c: &CreateArgs,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let (m, _settings) = mint(g, c.ttl.as_deref()).await?;
    warn_capped(printer, &m);
    if printer.json {
        printer.json_with_secrets(&json!({
            "kind": "short_term",
            "key": m.key,
            "region": m.region,
            "access_key_id": m.access_key_id,
            "issued_at": rfc3339(m.issued_at),
            "expires_at": rfc3339(m.issued_at + m.ttl),
            "expires_in_seconds": m.ttl.as_secs(),
            "capped_by_credentials": m.capped,
        }))?;
    } else if c.export {
        printer.out_with_secrets(&format!("export {API_KEY_VAR}={}\n", m.key))?;
    } else {
        printer.out_with_secrets(&format!("{}\n", m.key))?;
    }
    Ok(ExitCode::SUCCESS)
}

async fn exec(
    g: &GlobalArgs,
    ttl: Option<&str>,
    command: &[String],
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let Some((program, args)) = command.split_first() else {
        return Err(CliError::usage("keys.exec_no_command", "no command to run")
            .with_fix("cpaws keys exec -- CMD ARGS…")
            .into());
    };
    let (m, settings) = mint(g, ttl).await?;
    warn_capped(printer, &m);
    let mut cmd = tokio::process::Command::new(program);
    cmd.args(args)
        .env(API_KEY_VAR, &m.key)
        .env("AWS_REGION", &m.region);
    if let Some(ws) = &settings.workspace_id {
        cmd.env("ANTHROPIC_AWS_WORKSPACE_ID", &ws.value);
    }
    let mut child = cmd.spawn().map_err(|e| {
        let code = if e.kind() == std::io::ErrorKind::NotFound {
            127
        } else {
            126
        };
        CliError::new(
            code,
            "keys.exec_failed",
            format!("cannot run {}", sanitize(program)),
        )
        .with_cause(e.to_string())
    })?;
    let status = child.wait().await.map_err(|e| {
        CliError::new(
            exit::FAILURE,
            "keys.exec_failed",
            "waiting for the command failed",
        )
        .with_cause(e.to_string())
    })?;
    if let Some(code) = status.code() {
        return Ok(ExitCode::from(code.clamp(0, 255) as u8));
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return Ok(ExitCode::from((128 + sig).clamp(0, 255) as u8));
        }
    }
    Ok(ExitCode::FAILURE)
}

/// The key to look at. With no argument: the configured one (ANTHROPIC_AWS_API_KEY, an API key
/// file), else stdin when it is not a terminal, else a hidden prompt on the terminal. `-` reads
/// stdin (or prompts on a terminal). An argument works, with a warning: shell history and process
/// lists keep it.
async fn key_from(
    g: &GlobalArgs,
    key: Option<&str>,
    printer: &Printer,
) -> Result<(String, Option<Settings>), CliError> {
    match key {
        Some("-") => Ok((key_from_stdin_or_prompt(true)?, None)),
        Some(k) => {
            crate::output::register_secret(k.trim());
            printer.warn("the key was given on the command line, where shell history and process lists keep it; pipe it in instead (`printenv ANTHROPIC_AWS_API_KEY | cpaws keys inspect`), or leave the argument out to use ANTHROPIC_AWS_API_KEY");
            Ok((k.trim().to_string(), None))
        }
        None => {
            let settings = config::resolve(&g.overrides()).await?;
            match &settings.api_key {
                Some(k) => Ok((k.value.expose().to_string(), Some(settings))),
                None => Ok((key_from_stdin_or_prompt(false)?, Some(settings))),
            }
        }
    }
}

/// The key from stdin (when `-` was given or stdin is not a terminal), else asked for on the
/// terminal without echo. It is registered as a secret before anything can print it.
fn key_from_stdin_or_prompt(explicit_dash: bool) -> Result<String, CliError> {
    use std::io::IsTerminal;
    let how = "set ANTHROPIC_AWS_API_KEY, or pipe the key in: `printenv ANTHROPIC_AWS_API_KEY | cpaws keys inspect`";
    let stdin_is_terminal = std::io::stdin().is_terminal();
    if stdin_is_terminal {
        if !std::io::stderr().is_terminal() {
            return Err(CliError::usage(
                "api_key.missing",
                "no key given: ANTHROPIC_AWS_API_KEY is not set, and there is no terminal to ask on",
            )
            .with_fix(how));
        }
        let k = dialoguer::Password::new()
            .with_prompt("API key (not shown)")
            .allow_empty_password(true)
            .interact()
            .map_err(|e| {
                CliError::new(exit::INTERRUPTED, "interrupted", "no key was entered")
                    .with_cause(e.to_string())
            })?;
        let k = k.trim().to_string();
        crate::output::register_secret(&k);
        if k.is_empty() {
            return Err(CliError::usage("keys.empty", "no key was entered").with_fix(how));
        }
        return Ok(k);
    }
    let mut s = String::new();
    std::io::stdin()
        .take(MAX_STDIN as u64 + 1)
        .read_to_string(&mut s)
        .map_err(|e| {
            CliError::usage("keys.stdin", "cannot read the key from stdin")
                .with_cause(e.to_string())
        })?;
    if s.len() > MAX_STDIN {
        return Err(CliError::usage(
            "keys.too_long",
            format!("stdin has more than {MAX_STDIN} bytes, too long for a key"),
        )
        .with_fix("pipe in only the key (one line), e.g. `printenv ANTHROPIC_AWS_API_KEY | cpaws keys inspect`"));
    }
    let k = s.trim().to_string();
    crate::output::register_secret(&k);
    if k.is_empty() {
        return Err(if explicit_dash {
            CliError::usage("keys.empty", "stdin had no key").with_fix(how)
        } else {
            CliError::usage(
                "api_key.missing",
                "no key given: ANTHROPIC_AWS_API_KEY is not set, and stdin had no key",
            )
            .with_fix(how)
        });
    }
    Ok(k)
}

fn long_term_alias(key: &str) -> Option<String> {
    use base64::Engine;
    // [3rd-party] decoded shape `AEAA` + base64(`<alias>:<secret>`) — UNCONFIRMED (platform.md §2.2).
    let raw = base64::engine::general_purpose::STANDARD
        .decode(key.strip_prefix("AEAA")?)
        .ok()?;
    let raw = String::from_utf8(raw).ok()?;
    let (alias, _) = raw.split_once(':')?;
    Some(one_line(alias))
}

async fn inspect(g: &GlobalArgs, key: Option<&str>, printer: &Printer) -> anyhow::Result<ExitCode> {
    let (key, _) = key_from(g, key, printer).await?;
    let kind = apikey::classify(&key);
    match kind {
        KeyKind::ShortTerm => {
            let info = apikey::decode_short_term(&key).map_err(|e| {
                CliError::usage(
                    "api_key_malformed",
                    format!("the key looks like a short-term key but cannot be decoded: {e}"),
                )
                .with_fix("copy the whole key again, or mint a new one with `cpaws keys create`")
            })?;
            let now = SystemTime::now();
            let expired = info.expired_at(now);
            let left = (info.expires_at - time::OffsetDateTime::from(now)).whole_seconds();
            if printer.json {
                let mut v = serde_json::to_value(&info)?;
                if let Value::Object(o) = &mut v {
                    o.insert("kind".into(), json!("short_term"));
                    o.insert("expired".into(), json!(expired));
                    o.insert("remaining_seconds".into(), json!(left.max(0)));
                }
                printer.json(&v)?;
            } else {
                let state = if expired {
                    format!("{WARN}expired{WARN:#}")
                } else {
                    format!(
                        "{GOOD}valid{GOOD:#} for {}",
                        human_duration(Duration::from_secs(left.max(0) as u64))
                    )
                };
                printer.out(&format!(
                    "{BOLD}short-term API key{BOLD:#} ({state})\n  region:         {}\n  access key ID:  {}\n  issued:         {}\n  expires:        {} ({}s lifetime)\n  session token:  {}\n",
                    sanitize(&info.region),
                    sanitize(&info.access_key_id),
                    info.issued_at,
                    info.expires_at,
                    info.expires_in_seconds,
                    if info.has_session_token { "yes (temporary credentials; not shown)" } else { "no (long-term access key)" },
                ))?;
                if expired {
                    printer.info("mint a new one with `cpaws keys create`");
                }
            }
            Ok(if expired {
                ExitCode::from(exit::CREDENTIALS)
            } else {
                ExitCode::SUCCESS
            })
        }
        KeyKind::LongTerm => {
            let alias = long_term_alias(&key);
            if printer.json {
                printer.json(&json!({"kind": "long_term", "alias": alias,
                    "note": "long-term keys are IAM service-specific credentials; they cannot be checked offline (use `cpaws keys verify`)"}))?;
            } else {
                printer.out(&format!(
                    "{BOLD}long-term API key{BOLD:#} (an IAM service-specific credential for {LONG_TERM_SERVICE}){}\n  It cannot be decoded or checked offline: `cpaws keys verify` tries it, `cpaws keys list` shows its status and expiry.\n",
                    alias.map(|a| format!("\n  alias:  {a}")).unwrap_or_default()
                ))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        KeyKind::FirstParty | KeyKind::Bedrock => {
            let (name, why) = if kind == KeyKind::FirstParty {
                (
                    "first_party",
                    "a first-party Claude Console key (sk-ant-…); Claude Platform on AWS does not accept it: the AWS sign-up creates a separate organization, and only keys from AWS work",
                )
            } else {
                (
                    "bedrock",
                    "an Amazon Bedrock API key; Claude Platform on AWS does not accept it",
                )
            };
            let fix = "use `cpaws keys create` (short-term), a key from the AWS Console (Claude Platform on AWS → API keys), or SigV4 credentials";
            if printer.json {
                printer
                    .json(&json!({"kind": name, "works_here": false, "why": why, "fix": fix}))?;
            } else {
                printer.out(&format!(
                    "{WARN}{}{WARN:#}: this is {why}.\n  fix: {fix}\n",
                    if kind == KeyKind::FirstParty {
                        "first-party key"
                    } else {
                        "Bedrock key"
                    }
                ))?;
            }
            Ok(ExitCode::from(exit::REJECTED))
        }
    }
}

async fn verify(g: &GlobalArgs, key: Option<&str>, printer: &Printer) -> anyhow::Result<ExitCode> {
    let (key, settings) = key_from(g, key, printer).await?;
    let mut settings = match settings {
        Some(s) => s,
        None => config::resolve(&g.overrides()).await?,
    };
    settings.api_key = Some(Sourced {
        value: Secret::new(key.clone()),
        source: Source::Flag("KEY"),
    });
    settings.auth_choice = Some(Sourced {
        value: crate::config::AuthChoice::ApiKey,
        source: Source::Flag("KEY"),
    });
    let client = Client::new(&settings, None)?;
    let cx = DiagContext::from_settings(&settings);
    let kind = apikey::classify(&key);
    let sp = printer.spinner("calling GET /v1/models?limit=1 with the key…");
    let res = client.json(&ApiRequest::get("/v1/models?limit=1")).await;
    sp.finish_and_clear();
    match res {
        // A 200 that is not a model list did not come from Claude Platform on AWS: the key was
        // not checked.
        Ok((v, meta)) if !v["data"].is_array() => Err(crate::diagnosis::unexpected_response(
            "verifying the key failed",
            "GET /v1/models",
            "a model list (an object with a `data` array)",
            &v,
            &meta,
        )
        .into()),
        Ok((_, meta)) => {
            let region = settings.region.as_ref().map(|r| r.value.clone());
            let ws = settings.workspace_id.as_ref().map(|w| w.value.clone());
            if printer.json {
                printer.json(&json!({"ok": true, "kind": kind, "status": meta.status,
                    "region": region, "workspace_id": ws,
                    "amzn_request_id": meta.amzn_request_id, "request_id": meta.request_id}))?;
            } else {
                printer.out(&format!(
                    "{GOOD}the key works{GOOD:#}: GET /v1/models answered {} ({} key, region {}, workspace {})\n",
                    meta.status,
                    kind_name(kind),
                    region.as_deref().unwrap_or("?"),
                    ws.as_deref().unwrap_or("?")
                ))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => Err(diagnosis::to_cli_error("the key was not accepted", &e, &cx).into()),
    }
}

fn kind_name(k: KeyKind) -> &'static str {
    match k {
        KeyKind::ShortTerm => "short-term",
        KeyKind::LongTerm => "long-term",
        KeyKind::FirstParty => "first-party",
        KeyKind::Bedrock => "Bedrock",
    }
}

// ---------------------------------------------------------------------------------------------
// Long-term keys: IAM service-specific credentials

fn iam_error(what: &str, e: ApiError, ctx: &AwsCtx) -> CliError {
    diagnosis::to_cli_error(what, &e, &ctx.diag())
}

async fn create_long_term(
    g: &GlobalArgs,
    c: &CreateArgs,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let user = c.user.clone().unwrap_or_default();
    let ctx = AwsCtx::load(g).await?;
    let sp = printer.spinner("creating the key…");
    let out = ctx
        .iam()
        .create_service_credential(&user, LONG_TERM_SERVICE, c.expires_in_days)
        .await;
    sp.finish_and_clear();
    let out = out.map_err(|e| iam_error("creating the long-term key failed", e, &ctx))?;
    let Some(cred) = out else {
        return Err(CliError::new(
            exit::SERVICE,
            "keys.no_credential",
            "IAM answered without the new credential",
        )
        .into());
    };
    // The key a client presents: ServiceCredentialSecret, "the secret portion of the credential
    // that should be used to authenticate API calls" (IAM API reference / aws-sdk-iam 1.133).
    // platform.md §2.2 names a `ServiceApiKeyValue` field that no SDK model has (UNCONFIRMED).
    let Some(key) = cred.secret.as_deref().filter(|s| !s.is_empty()) else {
        return Err(CliError::new(
            exit::SERVICE,
            "keys.no_secret",
            format!(
                "IAM created credential {} but returned no ServiceCredentialSecret",
                one_line(&cred.id)
            ),
        )
        .with_fix(format!(
            "delete it (`cpaws keys delete {} --user {}`) and create it again, or create a key in the AWS Console",
            one_line(&cred.id),
            sanitize(&user)
        ))
        .into());
    };
    // The key goes to stdout unredacted: it must be nothing a terminal acts on.
    if key.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(CliError::new(
            exit::SERVICE,
            "unexpected_response",
            format!(
                "IAM created credential {} but its ServiceCredentialSecret contains control characters or spaces, so it is not shown",
                one_line(&cred.id)
            ),
        )
        .with_fix(format!(
            "delete it (`cpaws keys delete {} --user {}`) and create it again, or create a key in the AWS Console",
            one_line(&cred.id),
            one_line(&user)
        ))
        .into());
    }
    let expires = cred.expires.clone();
    if printer.json {
        printer.json_with_secrets(&json!({
            "kind": "long_term",
            "key": key,
            "id": cred.id,
            "user": cred.user_name,
            "service": cred.service_name,
            "alias": cred.alias,
            "status": cred.status,
            "created": cred.created,
            "expires": expires,
        }))?;
    } else {
        printer.info(&format!(
            "created long-term key {} for IAM user {} ({}). This is the only time the key is shown; store it now.",
            one_line(&cred.id),
            one_line(&cred.user_name),
            expires
                .as_deref()
                .map(|e| format!("expires {e}"))
                .unwrap_or_else(|| "never expires".into())
        ));
        if c.export {
            printer.out_with_secrets(&format!("export {API_KEY_VAR}={key}\n"))?;
        } else {
            printer.out_with_secrets(&format!("{key}\n"))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn list_long_term(
    g: &GlobalArgs,
    user: Option<&str>,
    all_users: bool,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let ctx = AwsCtx::load(g).await?;
    let sp = printer.spinner("listing keys…");
    let listed = ctx
        .iam()
        .list_service_credentials(LONG_TERM_SERVICE, user, all_users)
        .await;
    sp.finish_and_clear();
    let items: Vec<Value> = listed
        .map_err(|e| iam_error("listing long-term keys failed", e, &ctx))?
        .into_iter()
        .map(|c| {
            json!({
                "id": c.id,
                "user": c.user_name,
                "status": c.status,
                "alias": c.alias,
                "created": c.created,
                "expires": c.expires,
            })
        })
        .collect();
    if printer.json {
        printer.json(&json!({"keys": items}))?;
        return Ok(ExitCode::SUCCESS);
    }
    if items.is_empty() {
        printer.out("no long-term keys\n")?;
        return Ok(ExitCode::SUCCESS);
    }
    let s = |v: &Value| one_line(v.as_str().unwrap_or("-"));
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|i| {
            vec![
                s(&i["id"]),
                s(&i["user"]),
                s(&i["status"]),
                s(&i["created"]),
                if i["expires"].is_null() {
                    "never".to_string()
                } else {
                    s(&i["expires"])
                },
                s(&i["alias"]),
            ]
        })
        .collect();
    let t = table(
        &["ID", "USER", "STATUS", "CREATED", "EXPIRES", "ALIAS"],
        &rows,
    );
    printer.out(&t)?;
    Ok(ExitCode::SUCCESS)
}

async fn set_status(
    g: &GlobalArgs,
    i: &IdArgs,
    active: bool,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let verb = if active { "activate" } else { "deactivate" };
    confirm(
        g.yes,
        &format!("{verb} long-term key {} of IAM user {}?", i.id, i.user),
    )?;
    let ctx = AwsCtx::load(g).await?;
    let status = if active {
        CredentialStatus::Active
    } else {
        CredentialStatus::Inactive
    };
    ctx.iam()
        .set_service_credential_status(&i.user, &i.id, status)
        .await
        .map_err(|e| iam_error(&format!("could not {verb} the key"), e, &ctx))?;
    if printer.json {
        printer.json(&json!({"id": i.id, "user": i.user, "status": status.as_str()}))?;
    } else {
        printer.out(&format!(
            "key {} of {} is now {}\n",
            sanitize(&i.id),
            sanitize(&i.user),
            status.as_str()
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}

async fn delete_long_term(
    g: &GlobalArgs,
    i: &IdArgs,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    confirm(
        g.yes,
        &format!(
            "delete long-term key {} of IAM user {}? Anything using it stops working",
            i.id, i.user
        ),
    )?;
    let ctx = AwsCtx::load(g).await?;
    ctx.iam()
        .delete_service_credential(&i.user, &i.id)
        .await
        .map_err(|e| iam_error("could not delete the key", e, &ctx))?;
    if printer.json {
        printer.json(&json!({"id": i.id, "user": i.user, "deleted": true}))?;
    } else {
        printer.out(&format!("deleted key {}\n", sanitize(&i.id)))?;
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_duration("30m").unwrap(), Duration::from_secs(1800));
        assert_eq!(parse_duration("1h30m").unwrap(), Duration::from_secs(5400));
        assert_eq!(parse_duration("12h").unwrap(), MAX_TTL);
        assert!(parse_duration("1x").is_err());
        assert!(parse_duration("1h3").is_err());
        assert!(parse_duration("").is_err());
    }

    #[test]
    fn human_durations_keep_every_unit() {
        for (secs, text) in [
            (0, "0s"),
            (45, "45s"),
            (1800, "30m"),
            (5400, "1h30m"),
            (43200, "12h"),
            (43201, "12h1s"),
            (3661, "1h1m1s"),
        ] {
            assert_eq!(human_duration(Duration::from_secs(secs)), text);
        }
    }

    /// Issue 10 item 22: `12h1s` used to be reported as "not 12h0m".
    #[test]
    fn requested_ttl_names_the_maximum_and_what_was_given() {
        let e = requested_ttl("12h1s").unwrap_err();
        assert!(e.message.contains("--ttl 12h1s (43201s)"), "{}", e.message);
        assert!(e.message.contains("at most 12h"), "{}", e.message);
        let e = requested_ttl("720m1s").unwrap_err();
        assert!(e.message.contains("(12h1s, 43201s)"), "{}", e.message);
        assert!(
            requested_ttl("0")
                .unwrap_err()
                .message
                .contains("at least 1s")
        );
        assert!(requested_ttl("18446744073709551615").is_err());
        assert!(requested_ttl("99999999999999999999999h").is_err());
        assert_eq!(requested_ttl("12h").unwrap(), MAX_TTL);
        assert_eq!(requested_ttl("1s").unwrap(), Duration::from_secs(1));
    }

    #[test]
    fn ttl_rules() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        assert_eq!(effective_ttl(None, None, now).unwrap(), (MAX_TTL, false));
        assert!(effective_ttl(Some(Duration::from_secs(13 * 3600)), None, now).is_err());
        assert!(effective_ttl(Some(Duration::ZERO), None, now).is_err());
        let exp = now + Duration::from_secs(3600);
        assert_eq!(
            effective_ttl(None, Some(exp), now).unwrap(),
            (Duration::from_secs(3600), true)
        );
        assert_eq!(
            effective_ttl(Some(Duration::from_secs(60)), Some(exp), now).unwrap(),
            (Duration::from_secs(60), false)
        );
        assert!(effective_ttl(None, Some(now), now).is_err());
    }
}
