//! The interactive chat: rustyline line editing with persisted history, multi-line input (a
//! trailing `\`, Alt-Enter, bracketed paste, `/edit`), slash commands from one table, a spinner until
//! the first token, Ctrl-C cancelling only the answer being streamed, Ctrl-D or `/exit` leaving.
//!
//! While an answer streams the terminal is in raw mode and a watcher thread reads keys: Ctrl-C
//! arrives as a key (not SIGINT), so it cancels that answer without touching the process-wide
//! interrupt handler, and the partial text stays in the conversation.

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use rustyline::error::ReadlineError;
use rustyline::{Cmd, DefaultEditor, KeyCode, KeyEvent, Modifiers};
use serde_json::{Value, json};

use super::{
    Conversation, Keep, Outcome, attachment, parse_thinking, read_system, resolve_model, session,
};
use crate::error::CliError;
use crate::output::{DIM, sanitize};
use crate::signals::{self, Signal};

/// Every slash command: name, arguments, help. `/help` prints this table.
pub const COMMANDS: &[(&str, &str, &str)] = &[
    ("/help", "", "show this help"),
    (
        "/model",
        "[MODEL]",
        "show or change the model (opus, sonnet, haiku or an ID)",
    ),
    (
        "/system",
        "[TEXT|@FILE|off]",
        "show, set or clear the system prompt",
    ),
    (
        "/thinking",
        "[off|BUDGET|low|medium|high]",
        "show or set extended thinking",
    ),
    ("/attach", "FILE", "attach a file to the next message"),
    (
        "/usage",
        "",
        "tokens and cost of the last answer and of the session",
    ),
    (
        "/save",
        "[NAME]",
        "save the conversation (under a new name)",
    ),
    ("/clear", "", "start a new conversation"),
    ("/edit", "", "write the next message in $EDITOR"),
    ("/exit", "", "leave (or Ctrl-D)"),
];

fn info(text: &str) {
    let mut e = anstream::stderr().lock();
    let _ = writeln!(e, "{}", crate::output::redact(text));
}

fn history_path() -> Option<std::path::PathBuf> {
    session::data_dir().map(|d| d.join("history.txt"))
}

pub async fn run(conv: &mut Conversation, attachments: Vec<Value>) -> anyhow::Result<ExitCode> {
    let mut rl = DefaultEditor::new().map_err(|e| {
        CliError::usage("chat.terminal", "cannot start line editing").with_cause(e.to_string())
    })?;
    rl.bind_sequence(KeyEvent(KeyCode::Enter, Modifiers::ALT), Cmd::Newline);
    let hist = history_path();
    if let Some(h) = &hist {
        let _ = rl.load_history(h);
    }
    let mut pending = attachments;
    info(&format!(
        "{DIM}cpaws chat · {} · session {} · /help for commands, Ctrl-C cancels an answer, Ctrl-D leaves{DIM:#}",
        sanitize(&conv.session.model),
        conv.session.name
    ));
    let mut next_prompt: Option<String> = None;
    loop {
        let line = match next_prompt.take() {
            Some(p) => p,
            None => match read_message(&mut rl) {
                Ok(Some(l)) => l,
                Ok(None) => break,
                Err(e) => return Err(e.into()),
            },
        };
        if line.trim().is_empty() {
            continue;
        }
        if let Some(h) = &hist {
            let _ = rl.add_history_entry(line.as_str());
            if let Some(dir) = h.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            let _ = rl.save_history(h);
        }
        if line.starts_with('/') {
            match command(conv, &line, &mut pending).await {
                Ok(Action::Continue) => {}
                Ok(Action::Exit) => break,
                Ok(Action::Send(p)) => next_prompt = Some(p),
                Err(e) => {
                    crate::error::report(&e.into(), false);
                }
            }
            continue;
        }
        let mut content = std::mem::take(&mut pending);
        content.push(json!({"type": "text", "text": line}));
        let mut watch = KeyWatch::start();
        conv.crlf = watch.raw;
        let key = watch.cancelled();
        // Ctrl-C (a key in raw mode, or SIGINT) cancels the answer; SIGTERM or SIGHUP (the
        // terminal closed) end the chat, with the partial answer saved.
        let cancel = async move {
            tokio::select! {
                _ = key => Signal::Interrupt,
                sig = signals::shutdown() => sig,
            }
        };
        let outcome = conv.ask(content, cancel).await;
        watch.stop();
        conv.crlf = false;
        match outcome? {
            Outcome::Done => {}
            Outcome::Cancelled(Signal::Interrupt, _) => info(&format!(
                "{DIM}(cancelled; the partial answer is kept){DIM:#}"
            )),
            Outcome::Cancelled(sig, kept) => return Err(super::interrupted(sig, kept).into()),
            Outcome::Failed(e) => {
                crate::error::report(&e.into(), false);
            }
        }
    }
    if conv.saves() && !conv.session.messages.is_empty() {
        info(&format!(
            "{DIM}saved as session {} (continue with `cpaws chat --continue` or `--session {}`){DIM:#}",
            conv.session.name, conv.session.name
        ));
    }
    Ok(ExitCode::SUCCESS)
}

/// One message: a line, continued while it ends with `\`. `None` at Ctrl-D.
fn read_message(rl: &mut DefaultEditor) -> Result<Option<String>, CliError> {
    let mut text = String::new();
    let mut prompt = "> ";
    loop {
        // On a worker thread of the multi-thread runtime the REPL gets (lib.rs, `opens_repl`).
        let r = tokio::task::block_in_place(|| rl.readline(prompt));
        match r {
            Ok(l) => {
                if let Some(head) = l.strip_suffix('\\') {
                    text.push_str(head);
                    text.push('\n');
                    prompt = ". ";
                    continue;
                }
                text.push_str(&l);
                return Ok(Some(text));
            }
            Err(ReadlineError::Interrupted) => {
                text.clear();
                prompt = "> ";
            }
            Err(ReadlineError::Eof) => return Ok(None),
            Err(e) => {
                return Err(CliError::usage("chat.terminal", "cannot read the terminal")
                    .with_cause(e.to_string()));
            }
        }
    }
}

enum Action {
    Continue,
    Exit,
    Send(String),
}

async fn command(
    conv: &mut Conversation,
    line: &str,
    pending: &mut Vec<Value>,
) -> Result<Action, CliError> {
    let (name, arg) = match line.split_once(char::is_whitespace) {
        Some((n, a)) => (n, a.trim()),
        None => (line.trim(), ""),
    };
    match name {
        "/help" | "/?" => {
            let mut s = String::new();
            for (n, a, h) in COMMANDS {
                s.push_str(&format!("  {:<34} {h}\n", format!("{n} {a}")));
            }
            s.push_str(
                "  multi-line: end a line with \\ or press Alt-Enter; pasted text keeps its lines",
            );
            info(&s);
        }
        "/model" => {
            if arg.is_empty() {
                info(&format!("model: {}", sanitize(&conv.session.model)));
            } else {
                conv.session.model =
                    resolve_model(&conv.client, Some(arg), &conv.diag, false).await?;
                info(&format!("model: {}", sanitize(&conv.session.model)));
            }
        }
        "/system" => match arg {
            "" => info(&format!(
                "system: {}",
                conv.session
                    .system
                    .as_deref()
                    .map(sanitize)
                    .unwrap_or("(none)".into())
            )),
            "off" => {
                conv.session.system = None;
                info("system prompt cleared");
            }
            s => {
                conv.session.system = Some(read_system(s)?);
                info("system prompt set");
            }
        },
        "/thinking" => match arg {
            "" => info(&format!(
                "thinking: {}",
                conv.thinking
                    .map(|b| format!("{b} tokens"))
                    .unwrap_or("off".into())
            )),
            "off" => {
                conv.thinking = None;
                info("thinking off");
            }
            b => {
                conv.thinking = Some(parse_thinking(b)?);
                info(&format!(
                    "thinking: {} tokens",
                    conv.thinking.unwrap_or_default()
                ));
            }
        },
        "/attach" => {
            if arg.is_empty() {
                return Err(CliError::usage("chat.usage", "/attach FILE"));
            }
            pending.push(attachment(std::path::Path::new(arg))?);
            info(&format!(
                "attached {} (sent with your next message)",
                sanitize(arg)
            ));
        }
        "/usage" => {
            info(&format!("last answer: {}", conv.last.line()));
            info(&format!("session:     {}", conv.session.usage.line()));
        }
        "/save" => {
            if !arg.is_empty() {
                session::check_name(arg)?;
                // Another conversation saved under that name would be overwritten.
                if arg != conv.session.name && session::exists(arg)? {
                    return Err(CliError::usage(
                        "chat.session_exists",
                        format!("a session named {arg:?} already exists"),
                    )
                    .with_fix(
                        "choose another name, or remove it first with `cpaws chat rm NAME`",
                    ));
                }
                // The new name is this process's before anything is written under it.
                if arg != conv.session.name || conv.lock.is_none() {
                    conv.lock = Some(session::lock(arg).await?);
                }
                let old = conv.session.name.clone();
                conv.session.name = arg.to_string();
                if conv.saves() && old != arg {
                    let _ = session::remove(&old);
                }
            }
            if conv.lock.is_none() {
                conv.lock = Some(session::lock(&conv.session.name).await?);
            }
            conv.keep = Keep::Saved;
            if let Some(e) = conv.persist() {
                return Err(e);
            }
            if conv.session.messages.is_empty() {
                info(&format!(
                    "the conversation will be saved as session {} from its first answer",
                    conv.session.name
                ));
            } else {
                info(&format!("saved as session {}", conv.session.name));
            }
        }
        "/clear" => {
            let name = session::new_name(&session::sessions_dir()?);
            if conv.saves() {
                conv.lock = Some(session::lock(&name).await?);
            }
            conv.session.messages.clear();
            conv.session.usage = Default::default();
            conv.session.name = name;
            conv.session.created_at = session::now_rfc3339();
            pending.clear();
            info(&format!("new conversation (session {})", conv.session.name));
        }
        "/edit" => {
            let text = edit()?;
            // Editors end the file with a newline; it is not part of the message.
            let text = text.trim_end_matches(['\n', '\r']);
            if text.trim().is_empty() {
                info("(empty; nothing sent)");
            } else {
                return Ok(Action::Send(text.to_string()));
            }
        }
        "/exit" | "/quit" => return Ok(Action::Exit),
        other => {
            return Err(CliError::usage(
                "chat.unknown_command",
                format!("unknown command {}", sanitize(other)),
            )
            .with_fix("/help lists the commands"));
        }
    }
    Ok(Action::Continue)
}

/// Open $VISUAL / $EDITOR (default vi) on a temp file and return what was written.
fn edit() -> Result<String, CliError> {
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| "vi".into());
    let file = tempfile::Builder::new()
        .suffix(".md")
        .tempfile()
        .map_err(|e| {
            CliError::usage("chat.edit", "cannot create a temp file").with_cause(e.to_string())
        })?;
    let mut parts = editor.split_whitespace();
    let prog = parts.next().unwrap_or("vi");
    let status = std::process::Command::new(prog)
        .args(parts)
        .arg(file.path())
        .status()
        .map_err(|e| {
            CliError::usage("chat.edit", format!("cannot run the editor {prog}"))
                .with_cause(e.to_string())
                .with_fix("set EDITOR (or VISUAL) to your editor")
        })?;
    if !status.success() {
        return Err(CliError::usage(
            "chat.edit",
            "the editor failed; nothing sent",
        ));
    }
    std::fs::read_to_string(file.path()).map_err(|e| {
        CliError::usage("chat.edit", "cannot read the edited text").with_cause(e.to_string())
    })
}

/// Raw mode plus a thread that turns a Ctrl-C key press into a cancellation.
struct KeyWatch {
    raw: bool,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
    rx: Option<tokio::sync::oneshot::Receiver<()>>,
}

impl KeyWatch {
    fn start() -> KeyWatch {
        use termimad::crossterm::{event, terminal};
        let stop = Arc::new(AtomicBool::new(false));
        let (tx, rx) = tokio::sync::oneshot::channel();
        let raw = terminal::enable_raw_mode().is_ok();
        let thread = raw.then(|| {
            let stop = stop.clone();
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    if !event::poll(std::time::Duration::from_millis(30)).unwrap_or(false) {
                        continue;
                    }
                    if let Ok(event::Event::Key(k)) = event::read()
                        && k.kind == event::KeyEventKind::Press
                        && k.code == event::KeyCode::Char('c')
                        && k.modifiers.contains(event::KeyModifiers::CONTROL)
                    {
                        let _ = tx.send(());
                        return;
                    }
                }
            })
        });
        KeyWatch {
            raw,
            stop,
            thread,
            rx: Some(rx),
        }
    }

    /// Resolves when Ctrl-C is pressed; never otherwise.
    fn cancelled(&mut self) -> impl std::future::Future<Output = ()> + use<> {
        let rx = self.rx.take();
        async move {
            let pressed = match rx {
                Some(rx) => rx.await.is_ok(),
                None => false,
            };
            if !pressed {
                std::future::pending::<()>().await
            }
        }
    }

    fn stop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        if self.raw {
            self.raw = false;
            let _ = termimad::crossterm::terminal::disable_raw_mode();
        }
    }
}

impl Drop for KeyWatch {
    fn drop(&mut self) {
        self.stop();
    }
}
