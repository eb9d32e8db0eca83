//! `cpaws chat`: streaming one-shot and interactive chat over the Messages API, with sessions on
//! disk, token usage and cost, thinking, prompt caching, attachments and scripting output.
//!
//! An answer is a pipeline whose phases are kept apart (style.md C9): transport SSE →
//! [`stream::StreamEvent`] (typed, with an `Unknown` arm) → [`stream::Accumulator`] (the final
//! Message) → a [`render::Renderer`] chosen by the [`render::OutputMode`] (raw text, Markdown,
//! JSON, stream JSON), writing through the Printer; `Conversation::ask` (conversation.rs) wires
//! them, and render.rs's module doc describes the stages. docs/chat.md documents the behaviour.

mod attachments;
mod conversation;
mod cost;
mod count;
mod render;
mod repl;
mod session;
mod stream;

pub use attachments::*;
pub use conversation::*;

use std::future::Future;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use base64::Engine;
use futures_util::{FutureExt, StreamExt};
use serde_json::{Value, json};

use crate::api::{ApiError, ApiErrorKind, ApiRequest, Client};
use crate::cli::GlobalArgs;
use crate::cli::chat::{ChatArgs, ChatCommand, TOKEN_BOUND};
use crate::diagnosis::{self, DiagContext};
use crate::error::{CliError, exit};
use crate::models;
use crate::output::{self, DIM, Printer};
use crate::signals::{self, Signal};

use cost::Usage;
use session::Session;
use stream::{Accumulator, Shown, StreamEvent};

/// Piped stdin and text attachments larger than this are refused.
pub const MAX_TEXT_BYTES: u64 = 8 * 1024 * 1024;
/// The API's per-image limit.
pub const MAX_IMAGE_BYTES: u64 = 5 * 1024 * 1024;
/// PDFs: base64 grows by 4/3 and a request is at most 32 MB.
pub const MAX_PDF_BYTES: u64 = 20 * 1024 * 1024;
const DEFAULT_MAX_TOKENS: u64 = 8192;
use crate::api::FILES_BETA;

pub async fn run(g: &GlobalArgs, a: &ChatArgs, printer: &Printer) -> anyhow::Result<ExitCode> {
    match &a.command {
        Some(ChatCommand::List) => list(printer),
        Some(ChatCommand::Show { name }) => show(name, printer),
        Some(ChatCommand::Rm { name }) => {
            // Not from under a chat that is writing it.
            if session::exists(name)? {
                let _lock = session::lock(name).await?;
                session::remove(name)?;
            } else {
                session::remove(name)?;
            }
            if printer.json {
                printer.json(&json!({"removed": name}))?;
            } else {
                printer.info(&format!("removed session {name}"));
            }
            Ok(ExitCode::SUCCESS)
        }
        // clap refuses `chat --json --stream-json` (and CPAWS_JSON with --stream-json); a global
        // --json before the subcommand reaches here.
        None if g.json && a.opts.stream_json => Err(CliError::usage(
            "chat.json_and_stream_json",
            "--json and --stream-json cannot be used together",
        )
        .with_fix("use --json for the final Message, or --stream-json for every event")
        .into()),
        None if a.opts.count_tokens => count::run(g, a, printer).await,
        None => prompt_mode(g, a, printer).await,
    }
}

fn list(printer: &Printer) -> anyhow::Result<ExitCode> {
    let all = session::list()?;
    // Everything printed comes from files: sanitized (JSON escapes control characters itself).
    let clean = |t: &str| output::sanitize(t);
    let unreadable = |e: &CliError| match &e.cause {
        Some(c) => format!("{}: {c}", e.message),
        None => e.message.clone(),
    };
    if printer.json {
        let rows: Vec<Value> = all
            .iter()
            .map(|en| match &en.session {
                Ok(s) => json!({"name": en.name, "model": s.model, "created_at": s.created_at,
                       "updated_at": s.updated_at, "messages": s.messages.len(),
                       "title": session::title(s), "usage": s.usage}),
                Err(e) => json!({"name": en.name, "path": en.path, "updated_at": en.when_rfc3339(),
                       "error": unreadable(e)}),
            })
            .collect();
        printer.json(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    if all.is_empty() {
        printer.info("no saved sessions");
        return Ok(ExitCode::SUCCESS);
    }
    let when = |en: &session::Entry| {
        en.when_rfc3339()
            .chars()
            .take(19)
            .collect::<String>()
            .replace('T', " ")
    };
    let rows: Vec<[String; 5]> = all
        .iter()
        .map(|en| match &en.session {
            Ok(s) => [
                en.name.clone(),
                when(en),
                clean(&s.model),
                s.messages.len().div_ceil(2).to_string(),
                session::title(s),
            ],
            Err(e) => [
                en.name.clone(),
                when(en),
                "-".into(),
                "-".into(),
                clean(&format!(
                    "(unreadable: {}; `cpaws chat rm {}` removes it)",
                    e.cause.as_deref().unwrap_or(&e.message),
                    en.name
                )),
            ],
        })
        .collect();
    let header = ["NAME", "UPDATED", "MODEL", "TURNS", "FIRST PROMPT"].map(String::from);
    let mut w = [0usize; 5];
    for r in std::iter::once(&header).chain(rows.iter()) {
        for (i, c) in r.iter().enumerate() {
            w[i] = w[i].max(c.chars().count());
        }
    }
    let mut t = String::new();
    for r in std::iter::once(&header).chain(rows.iter()) {
        let line: Vec<String> = r
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c:<width$}", width = w[i]))
            .collect();
        t.push_str(line.join("  ").trim_end());
        t.push('\n');
    }
    printer.out(&t)?;
    Ok(ExitCode::SUCCESS)
}

fn show(name: &str, printer: &Printer) -> anyhow::Result<ExitCode> {
    let s = session::load(name)?;
    if printer.json {
        printer.json(&s)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = output::sanitize(&format!(
        "session {} · {} · {}\n",
        s.name, s.model, s.updated_at
    ));
    if let Some(sys) = &s.system {
        out.push_str(&format!(
            "\n{DIM}system{DIM:#}\n{}\n",
            output::sanitize(sys)
        ));
    }
    for m in &s.messages {
        let role = output::sanitize(m["role"].as_str().unwrap_or("?"));
        out.push_str(&format!("\n{DIM}{role}{DIM:#}\n"));
        match &m["content"] {
            Value::String(t) => out.push_str(&output::sanitize(t)),
            Value::Array(blocks) => {
                for b in blocks {
                    match b["type"].as_str() {
                        Some("text") => {
                            out.push_str(&output::sanitize(b["text"].as_str().unwrap_or("")))
                        }
                        Some("thinking") => out.push_str(&format!(
                            "{DIM}[thinking] {}{DIM:#}",
                            output::sanitize(b["thinking"].as_str().unwrap_or(""))
                        )),
                        Some("image") => out.push_str("[image]"),
                        Some("document") => out.push_str(&format!(
                            "[document {}]",
                            output::sanitize(
                                b["title"]
                                    .as_str()
                                    .or(b["source"]["file_id"].as_str())
                                    .unwrap_or("")
                            )
                        )),
                        Some(t) => out.push_str(&format!("[{}]", output::sanitize(t))),
                        None => {}
                    }
                    out.push('\n');
                }
            }
            _ => {}
        }
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    out.push_str(&format!("\n{}\n", s.usage.line()));
    printer.out(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Read piped stdin, bounded.
fn read_stdin_bounded() -> Result<String, CliError> {
    let mut buf = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_TEXT_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(|e| {
            CliError::usage("chat.stdin", "cannot read stdin").with_cause(e.to_string())
        })?;
    if buf.len() as u64 > MAX_TEXT_BYTES {
        return Err(CliError::usage(
            "chat.stdin_too_large",
            format!("piped input is larger than {} MiB", MAX_TEXT_BYTES >> 20),
        )
        .with_fix("pipe less (e.g. `head -c 1000000`), or attach the file with -a FILE"));
    }
    String::from_utf8(buf).map_err(|_| {
        CliError::usage("chat.stdin_not_text", "piped input is not UTF-8 text")
            .with_fix("attach binary files with -a FILE (images and PDFs are supported)")
    })
}

/// Whether one-shot calls are saved to the history: `CPAWS_CHAT_HISTORY` on (default) or off.
fn one_shot_history() -> Result<bool, CliError> {
    let name = crate::envvars::CPAWS_CHAT_HISTORY;
    let Some(v) = crate::config::env_value(name) else {
        return Ok(true);
    };
    match v.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(
            CliError::usage("config.invalid", format!("{name} must be on or off"))
                .with_cause(format!("{name}={}", crate::output::sanitize(&v)))
                .with_fix(format!(
                    "export {name}=off (or on, the default), or unset it"
                )),
        ),
    }
}

/// Whether `cpaws chat` with these arguments opens the interactive chat: no subcommand, no prompt
/// words, stdin a terminal. Decided once, before the runtime starts (the REPL needs worker threads).
pub fn opens_repl(a: &ChatArgs) -> bool {
    a.command.is_none()
        && !a.opts.count_tokens
        && a.prompt.join(" ").trim().is_empty()
        && std::io::stdin().is_terminal()
}

async fn prompt_mode(g: &GlobalArgs, a: &ChatArgs, printer: &Printer) -> anyhow::Result<ExitCode> {
    let o = &a.opts;
    let stdin_tty = std::io::stdin().is_terminal();
    let mut prompt = a.prompt.join(" ");
    if !stdin_tty {
        let piped = read_stdin_bounded()?;
        if !piped.trim().is_empty() {
            prompt = if prompt.trim().is_empty() {
                piped
            } else {
                format!("{prompt}\n\n{piped}")
            };
        }
    }
    // (When stdin is a terminal nothing was read from it, so this is the prompt words alone.)
    let interactive = opens_repl(a);
    if prompt.trim().is_empty() && !interactive {
        return Err(CliError::usage("chat.no_prompt", "no prompt given")
            .with_fix("cpaws chat \"your question\" (or pipe text into it; run it on a terminal for the interactive chat)")
            .into());
    }
    if interactive && (g.json || o.stream_json) {
        return Err(CliError::usage(
            "chat.json_needs_prompt",
            "--json and --stream-json need a prompt (the interactive chat is for people)",
        )
        .into());
    }
    // Check everything local before anything is sent.
    let attachments = load_attachments(&o.attach, &o.file_id)?;
    let system = match &o.system {
        Some(s) => Some(read_system(s)?),
        None => None,
    };
    let thinking = match &o.thinking {
        Some(t) => Some(parse_thinking(t)?),
        None => None,
    };
    if let Some(t) = o.temperature
        && !(0.0..=1.0).contains(&t)
    {
        return Err(CliError::usage(
            "chat.bad_temperature",
            "--temperature must be between 0 and 1",
        )
        .into());
    }

    // One-shot calls go to the history unless --no-save or CPAWS_CHAT_HISTORY=off (docs/chat.md).
    let no_save = o.no_save
        || (!interactive && o.session.is_none() && !o.continue_last && !one_shot_history()?);
    // The session is locked from before it is read until the last write (docs/chat.md).
    let mut lock = None;
    let mut sess = if let Some(name) = &o.session {
        session::check_name(name)?;
        lock = Some(session::lock(name).await?);
        match session::load(name) {
            Ok(s) => s,
            Err(e) if e.code == "chat.no_such_session" => Session {
                name: name.clone(),
                created_at: session::now_rfc3339(),
                ..Session::default()
            },
            Err(e) => return Err(e.into()),
        }
    } else if o.continue_last {
        let newest = session::list()?.into_iter().next().ok_or_else(|| {
            CliError::usage(
                "chat.nothing_to_continue",
                "there is no saved session to continue",
            )
            .with_fix("start one with `cpaws chat \"…\"` or `cpaws chat --session NAME`")
        })?;
        if let Err(e) = &newest.session {
            // Never silently continue an older one.
            return Err(CliError::usage(
                "chat.session_corrupt",
                format!(
                    "cannot continue the most recent session: {}",
                    e.message
                ),
            )
            .with_cause(e.cause.clone().unwrap_or_default())
            .with_fix(format!(
                "remove it with `cpaws chat rm {}` (then --continue takes the one before), repair the file, or pick a session with --session NAME (`cpaws chat list`)",
                newest.name
            ))
            .into());
        }
        lock = Some(session::lock(&newest.name).await?);
        // Read again under the lock: another process may have written it meanwhile.
        session::load(&newest.name)?
    } else {
        let dir = session::sessions_dir()?;
        let name = session::new_name(&dir);
        if !no_save {
            lock = Some(session::lock(&name).await?);
        }
        Session {
            name,
            created_at: session::now_rfc3339(),
            ..Session::default()
        }
    };
    if system.is_some() {
        sess.system = system;
    }

    let settings = crate::config::resolve(&g.overrides()).await?;
    let diag = crate::diagnosis::DiagContext::from_settings(&settings);
    let creds = crate::aws::gateway_credentials(&settings).await;
    let client = Client::new(&settings, creds)?;
    let model_spec = o
        .model
        .clone()
        .or_else(|| (!sess.model.is_empty()).then(|| sess.model.clone()));
    let model = resolve_model(&client, model_spec.as_deref(), &diag, true).await?;
    sess.model = model.clone();

    let mut conv = Conversation {
        client,
        diag,
        printer: printer.clone(),
        output: render::OutputMode::from_flags(g.json, o.stream_json, o.raw),
        show_thinking: o.show_thinking,
        thinking,
        max_tokens: o.max_tokens,
        temperature: o.temperature,
        cache: match o.cache_ttl.as_deref() {
            _ if o.no_cache => Cache::Off,
            Some("1h") => Cache::OneHour,
            _ => Cache::FiveMinutes,
        },
        keep: match (no_save, interactive) {
            (false, _) => Keep::Saved,
            (true, true) => Keep::Memory,
            (true, false) => Keep::Nothing,
        },
        session: sess,
        inflight: None,
        crlf: false,
        last: Usage::default(),
        lock,
    };
    if interactive {
        return repl::run(&mut conv, attachments).await;
    }
    let mut content = attachments;
    content.push(json!({"type": "text", "text": prompt}));
    // SIGINT, SIGTERM and SIGHUP (a closed terminal) all end the answer the same way: what
    // arrived is kept and saved, and the exit code names the signal (130, 143, 129).
    let outcome = conv.ask(content, signals::shutdown()).await?;
    match outcome {
        Outcome::Done => Ok(ExitCode::SUCCESS),
        Outcome::Cancelled(sig, kept) => Err(interrupted(sig, kept).into()),
        Outcome::Failed(e) => Err(e.into()),
    }
}

/// The error of a command that a signal ended mid-answer.
fn interrupted(sig: Signal, kept: String) -> CliError {
    CliError::new(
        sig.exit_code(),
        "interrupted",
        format!("interrupted ({})", sig.name()),
    )
    .with_detail(kept)
}

fn read_system(s: &str) -> Result<String, CliError> {
    match s.strip_prefix('@') {
        Some(path) => std::fs::read_to_string(path).map_err(|e| {
            CliError::usage(
                "chat.system_file",
                format!("cannot read the system prompt file {path}"),
            )
            .with_cause(e.to_string())
        }),
        None => Ok(s.to_string()),
    }
}

/// `--thinking`: a budget in tokens (1024 to [`TOKEN_BOUND`]) or an effort word.
pub fn parse_thinking(s: &str) -> Result<u64, CliError> {
    let b = match s.to_ascii_lowercase().as_str() {
        "low" => 2048,
        "medium" => 8192,
        "high" => 24576,
        other => other.parse::<u64>().map_err(|_| {
            CliError::usage(
                "chat.bad_thinking",
                format!("--thinking {s:?} is not a budget"),
            )
            .with_fix("give a token budget (1024 to 1000000) or low / medium / high")
        })?,
    };
    if !(1024..=TOKEN_BOUND).contains(&b) {
        return Err(CliError::usage(
            "chat.bad_thinking",
            format!("the thinking budget must be between 1024 and {TOKEN_BOUND} tokens"),
        ));
    }
    Ok(b)
}

/// Aliases are cached per endpoint and workspace.
fn alias_cache_key(client: &Client) -> String {
    format!(
        "{} {}",
        client.base_url(),
        client.workspace_id().unwrap_or("-")
    )
}

/// An alias resolves to the newest model of its family; `cached` takes a resolution from the last
/// day (start-up: no round trip before the first token), otherwise the models are listed now (the
/// REPL's `/model`, where the user asks for the newest).
async fn resolve_model(
    client: &Client,
    spec: Option<&str>,
    diag: &DiagContext,
    cached: bool,
) -> Result<String, CliError> {
    let spec = spec.unwrap_or("sonnet").trim();
    let lower = spec.to_ascii_lowercase();
    if models::FAMILIES.contains(&lower.as_str()) {
        let cache = models::alias_cache_path();
        let key = alias_cache_key(client);
        if let Some(id) = cache
            .as_deref()
            .filter(|_| cached)
            .and_then(|p| models::cached_alias(p, &key, &lower))
        {
            tracing::debug!("{lower} is {id} (cached)");
            return Ok(id);
        }
        let list = models::list(client)
            .await
            .map_err(|e| diagnosis::to_cli_error("cannot list the models", &e, diag))?;
        if let Some(p) = cache.as_deref() {
            models::remember_aliases(p, &key, &list);
        }
        return models::newest_of(&list, &lower)
            .map(|m| m.id.clone())
            .ok_or_else(|| {
                CliError::new(
                    exit::REJECTED,
                    "chat.no_model",
                    format!("the workspace lists no {lower} model"),
                )
                .with_fix("pick a listed model with -m MODEL (cpaws status lists them)")
            });
    }
    models::check_model_id(spec).map_err(|m| {
        CliError::usage("chat.bedrock_model_id", m)
            .with_fix("use a bare ID such as claude-sonnet-4-6, or an alias: opus, sonnet, haiku")
    })?;
    Ok(spec.to_string())
}
