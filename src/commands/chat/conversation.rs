//! One conversation: the request body, the streamed answer (accumulated, rendered, sanitized per
//! terminal), the turn saved, errors shaped through the diagnosis table.

use super::*;

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
    pub(super) inflight: Option<Accumulator>,
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
                if err.code == diagnosis::Code::ModelNotFound.as_str()
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
                err.code = diagnosis::Code::StreamInterrupted.into();
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
pub(super) struct Terminals {
    pub(super) stdout: bool,
    pub(super) stderr: bool,
}

impl Terminals {
    fn detect() -> Self {
        Terminals {
            stdout: std::io::stdout().is_terminal(),
            stderr: std::io::stderr().is_terminal(),
        }
    }

    pub(super) fn answer<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        clean_for(self.stdout, text)
    }

    pub(super) fn thinking<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        clean_for(self.stderr, text)
    }
}

pub(super) fn clean_for(terminal: bool, text: &str) -> std::borrow::Cow<'_, str> {
    if terminal {
        std::borrow::Cow::Owned(output::sanitize(text))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// How many terminal rows `text` took when printed from column 0 on a screen `cols` wide: wide
/// characters (CJK, emoji) take two columns, a tab moves to the next multiple of 8, long lines wrap.
pub(super) fn screen_rows(text: &str, cols: usize) -> usize {
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
pub(super) fn rerender_markdown(text: &str, crlf: bool) {
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
