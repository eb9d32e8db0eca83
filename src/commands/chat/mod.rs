//! `cpaws chat`: streaming one-shot and interactive chat over the Messages API, with sessions on
//! disk, token usage and cost, thinking, prompt caching, attachments and scripting output.
//!
//! Phases are kept apart (style.md C9): transport SSE → [`stream::StreamEvent`] (typed, with an
//! `Unknown` arm) → [`stream::Accumulator`] (the final Message) → the renderer here (raw text as it
//! arrives, Markdown re-render on a TTY). docs/chat.md documents the behaviour.

mod cost;
mod repl;
mod session;
mod stream;

use std::future::Future;
use std::io::{IsTerminal, Read, Write};
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
const FILES_BETA: &str = "files-api-2025-04-14";

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

/// Whether `cpaws chat` with these arguments opens the interactive chat: no subcommand, no prompt
/// words, stdin a terminal. Decided once, before the runtime starts (the REPL needs worker threads).
pub fn opens_repl(a: &ChatArgs) -> bool {
    a.command.is_none() && a.prompt.join(" ").trim().is_empty() && std::io::stdin().is_terminal()
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
        if !o.no_save {
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
        json: g.json,
        stream_json: o.stream_json,
        raw: o.raw,
        show_thinking: o.show_thinking,
        thinking,
        max_tokens: o.max_tokens,
        temperature: o.temperature,
        cache: !o.no_cache,
        cache_1h: o.cache_ttl.as_deref() == Some("1h"),
        save: !o.no_save,
        session: sess,
        inflight: None,
        crlf: false,
        last: Usage::default(),
        keep_history: true,
        lock,
    };
    if interactive {
        return repl::run(&mut conv, attachments).await;
    }
    conv.keep_history = conv.save;
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

/// Read and check every attachment before anything is sent.
pub fn load_attachments(paths: &[PathBuf], file_ids: &[String]) -> Result<Vec<Value>, CliError> {
    let mut out = Vec::new();
    for p in paths {
        out.push(attachment(p)?);
    }
    for id in file_ids {
        if id.trim().is_empty() || id.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(CliError::usage(
                "chat.bad_file_id",
                format!("{id:?} is not a file ID"),
            ));
        }
        out.push(json!({"type": "document", "source": {"type": "file", "file_id": id}}));
    }
    Ok(out)
}

pub fn attachment(p: &Path) -> Result<Value, CliError> {
    let shown = output::sanitize(&p.display().to_string());
    let unreadable = |e: std::io::Error| {
        CliError::usage(
            "chat.attachment_unreadable",
            format!("cannot read the attachment {shown}"),
        )
        .with_cause(e.to_string())
    };
    let meta = std::fs::metadata(p).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(CliError::usage(
            "chat.attachment_not_file",
            format!("{shown} is not a file"),
        ));
    }
    let ext = p
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let image = match ext.as_str() {
        "png" => Some("image/png"),
        "jpg" | "jpeg" => Some("image/jpeg"),
        "gif" => Some("image/gif"),
        "webp" => Some("image/webp"),
        _ => None,
    };
    let (limit, kind) = match (image, ext.as_str()) {
        (Some(_), _) => (MAX_IMAGE_BYTES, "images"),
        (None, "pdf") => (MAX_PDF_BYTES, "PDFs"),
        _ => (MAX_TEXT_BYTES, "text files"),
    };
    if meta.len() > limit {
        return Err(CliError::usage(
            "chat.attachment_too_large",
            format!(
                "{shown} is {:.1} MiB; {kind} can be at most {} MiB",
                meta.len() as f64 / 1048576.0,
                limit >> 20
            ),
        )
        .with_fix(
            "upload it with `cpaws files upload` and pass --file-id ID, or send a smaller file",
        ));
    }
    let bytes = std::fs::read(p).map_err(unreadable)?;
    let b64 = || base64::engine::general_purpose::STANDARD.encode(&bytes);
    let title = p
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("file")
        .to_string();
    if let Some(mt) = image {
        return Ok(
            json!({"type": "image", "source": {"type": "base64", "media_type": mt, "data": b64()}}),
        );
    }
    if ext == "pdf" {
        return Ok(json!({"type": "document", "title": title,
            "source": {"type": "base64", "media_type": "application/pdf", "data": b64()}}));
    }
    let text = String::from_utf8(bytes.clone()).map_err(|_| {
        CliError::usage(
            "chat.attachment_binary",
            format!("{shown} is neither text, an image (png, jpeg, gif, webp) nor a PDF"),
        )
    })?;
    Ok(json!({"type": "document", "title": title,
        "source": {"type": "text", "media_type": "text/plain", "data": text}}))
}

/// How an answer ended.
#[derive(Debug)]
pub enum Outcome {
    Done,
    /// Ended by Ctrl-C (in the REPL: the key) or a signal; what was kept, in words.
    Cancelled(Signal, String),
    Failed(CliError),
}

/// A conversation: the session plus the request options and where output goes.
pub struct Conversation {
    pub client: Client,
    pub diag: DiagContext,
    pub printer: Printer,
    pub json: bool,
    pub stream_json: bool,
    pub raw: bool,
    pub show_thinking: bool,
    pub thinking: Option<u64>,
    pub max_tokens: Option<u64>,
    pub temperature: Option<f64>,
    pub cache: bool,
    pub cache_1h: bool,
    pub save: bool,
    pub session: Session,
    /// The answer being streamed; kept by `Drop` if the whole command is interrupted.
    inflight: Option<Accumulator>,
    /// Terminal in raw mode (REPL while streaming): write `\r\n` for newlines.
    pub crlf: bool,
    pub last: Usage,
    /// False for a one-shot answer that is not saved: the answer text is then not kept.
    pub keep_history: bool,
    /// This process's lock on the session (held until the conversation is dropped, after its
    /// last save).
    pub lock: Option<session::SessionLock>,
}

impl Drop for Conversation {
    fn drop(&mut self) {
        // A signal caught by the process-wide handler (lib.rs) rather than by `ask` drops the
        // future mid-answer: keep the partial answer and save it, and say so.
        if self.inflight.is_some() {
            let before = self.session.messages.len();
            let failed = self.finish_answer();
            let _ = std::io::stdout().write_all(b"\n");
            let _ = std::io::stdout().flush();
            if self.save && failed.is_none() && self.session.messages.len() > before {
                self.write_err(&format!(
                    "the partial answer was kept in session {}\n",
                    self.session.name
                ));
            }
        }
    }
}

impl Conversation {
    fn cache_control(&self) -> Value {
        if self.cache_1h {
            json!({"type": "ephemeral", "ttl": "1h"})
        } else {
            json!({"type": "ephemeral"})
        }
    }

    /// The Messages request for the conversation so far.
    pub fn body(&self) -> Value {
        let mut messages = self.session.messages.clone();
        if self.cache {
            let cc = self.cache_control();
            if let Some(last) = messages.last_mut()
                && let Some(blocks) = last.get_mut("content").and_then(Value::as_array_mut)
            {
                // Attachments of this turn, then the whole conversation so far.
                if let Some(i) = blocks
                    .iter()
                    .rposition(|b| matches!(b["type"].as_str(), Some("image" | "document")))
                    && i + 1 < blocks.len()
                    && let Some(o) = blocks[i].as_object_mut()
                {
                    o.insert("cache_control".into(), cc.clone());
                }
                if let Some(o) = blocks.last_mut().and_then(Value::as_object_mut) {
                    o.insert("cache_control".into(), cc.clone());
                }
            }
        }
        let budget = self.thinking;
        let max_tokens = self.max_tokens.unwrap_or_else(|| {
            budget.map_or(DEFAULT_MAX_TOKENS, |b| {
                DEFAULT_MAX_TOKENS.max(b.saturating_add(4096))
            })
        });
        let mut body = json!({"model": self.session.model, "max_tokens": max_tokens,
                              "messages": messages, "stream": true});
        if let Some(sys) = &self.session.system {
            body["system"] = if self.cache {
                json!([{"type": "text", "text": sys, "cache_control": self.cache_control()}])
            } else {
                json!(sys)
            };
        }
        if let Some(b) = budget {
            body["thinking"] = json!({"type": "enabled", "budget_tokens": b});
        }
        if let Some(t) = self.temperature {
            body["temperature"] = json!(t);
        }
        body
    }

    fn request(&self) -> ApiRequest {
        let body = self.body();
        let mut req = ApiRequest::post_json("/v1/messages", &body);
        if body["messages"].to_string().contains("\"file_id\"") {
            req.headers
                .push(("anthropic-beta".into(), FILES_BETA.into()));
        }
        req
    }

    /// Move the streamed answer (complete or partial) into the conversation, add its usage, save.
    fn finish_answer(&mut self) -> Option<CliError> {
        let acc = self.inflight.take()?;
        let usage = Value::Object(acc.usage.clone());
        let blocks = acc.into_history_blocks();
        if blocks.is_empty() {
            self.drop_unanswered_turn();
        } else {
            self.session
                .messages
                .push(json!({"role": "assistant", "content": blocks}));
        }
        let price = cost::price_for(&self.session.model).unwrap_or(None);
        let u = Usage::from_api(&usage).priced(price, self.cache_1h);
        self.last = u;
        self.session.usage.add(&u);
        self.persist()
    }

    /// A user turn that got no answer at all leaves the conversation (the REPL's history still
    /// has it, ↑ recalls it): asking again must not send it twice.
    fn drop_unanswered_turn(&mut self) {
        if self
            .session
            .messages
            .last()
            .is_some_and(|m| m["role"] == "user")
        {
            self.session.messages.pop();
        }
    }

    pub fn persist(&mut self) -> Option<CliError> {
        if !self.save || self.session.messages.is_empty() {
            return None;
        }
        self.session.updated_at = session::now_rfc3339();
        session::save(&self.session).err()
    }

    fn write_out(&self, text: &str) -> std::io::Result<()> {
        if text.is_empty() {
            return Ok(());
        }
        let mut out = std::io::stdout().lock();
        let text = if self.crlf {
            text.replace('\n', "\r\n")
        } else {
            text.to_string()
        };
        out.write_all(output::redact(&text).as_bytes())?;
        out.flush()
    }

    fn write_err(&self, text: &str) {
        let mut e = anstream::stderr().lock();
        let text = if self.crlf {
            text.replace('\n', "\r\n")
        } else {
            text.to_string()
        };
        let _ = e.write_all(output::redact(&text).as_bytes());
        let _ = e.flush();
    }

    /// Send one user turn and stream the answer. The user turn stays in the conversation with the
    /// answer (or what arrived of it); a turn that got nothing back is dropped. The session is
    /// saved either way.
    pub async fn ask(
        &mut self,
        content: Vec<Value>,
        cancel: impl Future<Output = Signal>,
    ) -> anyhow::Result<Outcome> {
        self.session
            .messages
            .push(json!({"role": "user", "content": content}));
        let req = self.request();
        let terms = Terminals::detect();
        let human = !self.json && !self.stream_json;
        let markdown = human && terms.stdout && !self.raw;
        let spinner = self
            .printer
            .spinner(if self.thinking.is_some() && !self.show_thinking {
                "thinking…"
            } else {
                "waiting for the answer…"
            });
        let mut cancel = std::pin::pin!(cancel);
        let started = tokio::select! {
            r = self.client.sse(&req) => Ok(r),
            sig = &mut cancel => Err(sig),
        };
        let (events, meta) = match started {
            Err(sig) => {
                spinner.finish_and_clear();
                self.drop_unanswered_turn();
                let _ = self.persist();
                return Ok(Outcome::Cancelled(
                    sig,
                    "nothing of the answer had arrived".into(),
                ));
            }
            Ok(Err(e)) => {
                spinner.finish_and_clear();
                self.drop_unanswered_turn();
                let _ = self.persist();
                let err = diagnosis::to_cli_error("chat", &e, &self.diag);
                // A cached alias may name a model that is gone: list again next time.
                if err.code == "model_not_found"
                    && let Some(p) = models::alias_cache_path()
                {
                    models::forget_aliases(&p, &alias_cache_key(&self.client));
                }
                return Ok(Outcome::Failed(err));
            }
            Ok(Ok(x)) => x,
        };
        let mut acc = Accumulator::new();
        acc.discard_text = !self.keep_history && !self.json;
        self.inflight = Some(acc);
        let mut text_ends_nl = true;
        let mut text_chars: usize = 0;
        let mut events = std::pin::pin!(events);
        let mut printed = String::new();
        let mut thinking_shown = false;
        let mut in_thinking = false;
        let mut spinner = Some(spinner);
        let mut failure: Option<ApiError> = None;
        let mut cancelled: Option<Signal> = None;
        // stdout is written in batches: while further events have already arrived, their text is
        // gathered (up to 64 KiB); it is written and flushed as soon as the stream has to wait, so
        // every token still shows the moment it arrives.
        let mut pending = String::new();
        loop {
            let ready = if pending.is_empty() || pending.len() >= 64 * 1024 {
                None
            } else if let Some(sig) = cancel.as_mut().now_or_never() {
                cancelled = Some(sig);
                break;
            } else {
                events.next().now_or_never()
            };
            let next = match ready {
                Some(n) => n,
                None => {
                    if !pending.is_empty() {
                        self.write_out(&pending)?;
                        pending.clear();
                    }
                    tokio::select! {
                        n = events.next() => n,
                        sig = &mut cancel => { cancelled = Some(sig); break; }
                    }
                }
            };
            let ev = match next {
                None => break,
                Some(Err(e)) => {
                    failure = Some(e);
                    break;
                }
                Some(Ok(ev)) => ev,
            };
            if self.stream_json {
                let line = match serde_json::from_str::<Value>(&ev.data) {
                    Ok(v) => v.to_string(),
                    Err(_) => {
                        json!({"type": "unparsed", "event": ev.event, "data": ev.data}).to_string()
                    }
                };
                pending.push_str(&line);
                pending.push('\n');
            }
            let parsed = StreamEvent::parse(&ev.data);
            if let StreamEvent::Error { error } = &parsed {
                let etype = error["type"].as_str().map(str::to_string);
                failure = Some(ApiError {
                    kind: ApiErrorKind::Stream,
                    status: etype.as_deref().and_then(stream::status_for_error_type),
                    error_type: etype,
                    message: output::sanitize(
                        error["message"]
                            .as_str()
                            .unwrap_or("error event in the stream"),
                    ),
                    amzn_request_id: meta.amzn_request_id.clone(),
                    request_id: meta.request_id.clone(),
                    call: "gateway POST /v1/messages (stream)".into(),
                    ..Default::default()
                });
                break;
            }
            let Some(acc) = self.inflight.as_mut() else {
                break;
            };
            let shown = match acc.apply(&parsed) {
                Ok(shown) => shown,
                Err(stream::Invalid(why)) => {
                    failure = Some(ApiError {
                        kind: ApiErrorKind::Stream,
                        error_type: Some("stream_invalid".into()),
                        message: output::sanitize(&why),
                        amzn_request_id: meta.amzn_request_id.clone(),
                        request_id: meta.request_id.clone(),
                        call: "gateway POST /v1/messages (stream)".into(),
                        ..Default::default()
                    });
                    break;
                }
            };
            if !human {
                continue;
            }
            match shown {
                Shown::Text(t) => {
                    if let Some(s) = spinner.take() {
                        s.finish_and_clear();
                    }
                    if in_thinking {
                        in_thinking = false;
                        self.write_out(&std::mem::take(&mut pending))?;
                        self.write_err("\n\n");
                    }
                    let t = terms.answer(t);
                    if markdown {
                        printed.push_str(&t);
                    }
                    if !t.is_empty() {
                        text_ends_nl = t.ends_with('\n');
                        text_chars += t.chars().count();
                    }
                    pending.push_str(&t);
                }
                Shown::Thinking(t) if self.show_thinking => {
                    if let Some(s) = spinner.take() {
                        s.finish_and_clear();
                    }
                    // What is on stdout so far goes out first: the two streams share a terminal.
                    self.write_out(&std::mem::take(&mut pending))?;
                    if !thinking_shown {
                        thinking_shown = true;
                        self.write_err(&format!("{DIM}thinking…{DIM:#}\n"));
                    }
                    in_thinking = true;
                    let t = terms.thinking(t);
                    self.write_err(&format!("{DIM}{t}{DIM:#}"));
                }
                _ => {}
            }
        }
        self.write_out(&pending)?;
        if let Some(s) = spinner.take() {
            s.finish_and_clear();
        }
        if in_thinking {
            self.write_err("\n");
        }
        let complete = self.inflight.as_ref().is_some_and(|a| a.stopped);
        if failure.is_none() && cancelled.is_none() && !complete {
            failure = Some(ApiError {
                kind: ApiErrorKind::Stream,
                message: "the connection closed before the answer was complete".into(),
                amzn_request_id: meta.amzn_request_id.clone(),
                request_id: meta.request_id.clone(),
                call: "gateway POST /v1/messages (stream)".into(),
                ..Default::default()
            });
        }
        let message = if self.json {
            self.inflight.as_ref().map(|a| a.message())
        } else {
            None
        };
        if human && !text_ends_nl {
            self.write_out("\n")?;
        }
        let save_err = self.finish_answer();
        if markdown && complete && !thinking_shown && failure.is_none() && cancelled.is_none() {
            rerender_markdown(&printed, self.crlf);
        }
        if self.json
            && failure.is_none()
            && cancelled.is_none()
            && let Some(m) = &message
        {
            self.printer.json(m)?;
        }
        if let Some(e) = save_err {
            self.printer.warn(&format!(
                "{}{}",
                e.message,
                e.cause.map(|c| format!(": {c}")).unwrap_or_default()
            ));
        }
        if !self.printer.quiet {
            let line = self.last.line();
            self.write_err(&format!("{DIM}{line}{DIM:#}\n"));
        }
        let kept = if text_chars == 0 {
            "nothing of the answer had arrived".to_string()
        } else if self.keep_history {
            format!("the partial answer ({text_chars} characters) was kept")
        } else {
            format!("the partial answer ({text_chars} characters) was printed")
        };
        let kept = if self.save {
            format!("{kept} in session {}", self.session.name)
        } else {
            kept
        };
        if let Some(sig) = cancelled {
            return Ok(Outcome::Cancelled(sig, kept));
        }
        if let Some(e) = failure {
            let mut err = diagnosis::to_cli_error("chat: the answer was cut off", &e, &self.diag);
            if e.kind == ApiErrorKind::Stream && e.status.is_none() && e.error_type.is_none() {
                // A broken stream is a network/service failure (exit 5), not a rejection.
                err.exit = exit::SERVICE;
                err.code = "stream_interrupted".into();
                err.cause = Some(format!("the stream broke: {}", e.message));
                err.fix = Some("ask again (the partial answer is kept in the conversation); check proxies that cut long responses".into());
            }
            return Ok(Outcome::Failed(err.with_detail(kept)));
        }
        Ok(Outcome::Done)
    }
}

/// Which of the answer's streams are terminals. Text from the model is sanitized per stream: on a
/// terminal, control sequences are stripped (they could clear the screen, set the clipboard with
/// OSC 52, retitle the window); a stream that is not a terminal gets the exact bytes (pipelines,
/// logs). The answer goes to stdout, the thinking (`--show-thinking`) to stderr.
#[derive(Clone, Copy, Debug)]
struct Terminals {
    stdout: bool,
    stderr: bool,
}

impl Terminals {
    fn detect() -> Self {
        Terminals {
            stdout: std::io::stdout().is_terminal(),
            stderr: std::io::stderr().is_terminal(),
        }
    }

    fn answer<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        clean_for(self.stdout, text)
    }

    fn thinking<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        clean_for(self.stderr, text)
    }
}

fn clean_for(terminal: bool, text: &str) -> std::borrow::Cow<'_, str> {
    if terminal {
        std::borrow::Cow::Owned(output::sanitize(text))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// How many terminal rows `text` took when printed from column 0 on a screen `cols` wide: wide
/// characters (CJK, emoji) take two columns, a tab moves to the next multiple of 8, long lines wrap.
fn screen_rows(text: &str, cols: usize) -> usize {
    use unicode_width::UnicodeWidthChar;
    let cols = cols.max(1);
    let body = text.strip_suffix('\n').unwrap_or(text);
    body.split('\n')
        .map(|line| {
            let mut col = 0usize;
            for c in line.trim_end_matches('\r').chars() {
                col = match c {
                    '\t' => (col / 8 + 1) * 8,
                    c => col + c.width().unwrap_or(0),
                };
            }
            col.div_ceil(cols).max(1)
        })
        .sum()
}

/// Replace the raw text just streamed with its Markdown rendering, when it still fits on the
/// screen (otherwise the raw text stays: it is already readable).
fn rerender_markdown(text: &str, crlf: bool) {
    use termimad::crossterm::{cursor, execute, terminal};
    let (cols, rows) = termimad::terminal_size();
    let cols = cols.max(1) as usize;
    let used = screen_rows(text, cols);
    if used == 0 || used + 1 >= rows as usize {
        return;
    }
    // The colour rules of all output (--color, NO_COLOR, CLICOLOR_FORCE; anstream decides):
    // colour off = no styles at all; colour on = crossterm must not drop the colours on its own.
    let skin = if anstream::AutoStream::choice(&std::io::stdout()) == anstream::ColorChoice::Never {
        termimad::MadSkin::no_style()
    } else {
        termimad::crossterm::style::force_color_output(true);
        termimad::MadSkin::default()
    };
    let mut rendered = format!("{}", skin.term_text(text));
    if crlf {
        rendered = rendered.replace('\n', "\r\n");
    }
    let mut out = std::io::stdout().lock();
    let _ = execute!(
        out,
        cursor::MoveUp(used as u16),
        cursor::MoveToColumn(0),
        terminal::Clear(terminal::ClearType::FromCursorDown)
    );
    let _ = write!(out, "{}", output::redact(&rendered));
    let _ = out.flush();
}

#[cfg(test)]
mod tests {
    #[test]
    fn text_is_sanitized_for_the_stream_that_is_a_terminal() {
        let evil = "a\u{1b}[2J\u{1b}]52;c;SGVsbG8=\u{7}b";
        // Only stderr a terminal (the answer piped, the thinking on screen).
        let t = super::Terminals {
            stdout: false,
            stderr: true,
        };
        assert_eq!(t.answer(evil), evil);
        assert_eq!(t.thinking(evil), "ab");
        // Only stdout a terminal (the thinking to a log file).
        let t = super::Terminals {
            stdout: true,
            stderr: false,
        };
        assert_eq!(t.answer(evil), "ab");
        assert_eq!(t.thinking(evil), evil);
    }

    #[test]
    fn screen_rows_count_wide_characters_tabs_and_wrapping() {
        assert_eq!(super::screen_rows("abc\n", 10), 1);
        assert_eq!(super::screen_rows("0123456789", 10), 1);
        assert_eq!(super::screen_rows("0123456789a", 10), 2);
        // 6 CJK characters are 12 columns: two rows on a 10-column screen.
        assert_eq!(super::screen_rows("日本語の文章", 10), 2);
        assert_eq!(super::screen_rows("\tx", 8), 2);
        assert_eq!(super::screen_rows("a\n\nb\n", 80), 3);
    }
}
