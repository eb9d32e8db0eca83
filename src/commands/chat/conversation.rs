//! One conversation: the request body, the answer streamed through the pipeline (the stream's
//! events to the accumulator, stream.rs, and to a renderer, render.rs, whose module doc describes
//! the stages), the turn saved, errors shaped through the diagnosis table.

use std::pin::Pin;

use futures_util::Stream;

use super::render::{self, OutputMode, Renderer, Spinner};
use super::*;
use crate::api::{ResponseMeta, SseEvent};

/// How an answer ended.
#[derive(Debug)]
pub enum Outcome {
    Done,
    /// Ended by Ctrl-C (in the REPL: the key) or a signal; what was kept, in words.
    Cancelled(Signal, String),
    Failed(CliError),
}

/// Prompt caching (docs/chat.md): marks on the system prompt, the last attachment and the last
/// block, with a lifetime of 5 minutes (the default) or an hour; or none (`--no-cache`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cache {
    Off,
    FiveMinutes,
    OneHour,
}

/// What is kept of the conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// Saved to its session file after every answer (sessions, the REPL, one-shot history).
    Saved,
    /// Kept in memory, not saved (the REPL with `--no-save`, until `/save`).
    Memory,
    /// Not kept: a one-shot answer that is not saved (its text is then not even held, unless
    /// `--json` prints it).
    Nothing,
}

/// A conversation: the session plus the request options and where output goes.
pub struct Conversation {
    pub client: Client,
    pub diag: DiagContext,
    pub printer: Printer,
    pub output: OutputMode,
    /// `--show-thinking`: the thinking on stderr (in the human output modes).
    pub show_thinking: bool,
    pub thinking: Option<u64>,
    pub max_tokens: Option<u64>,
    pub temperature: Option<f64>,
    pub cache: Cache,
    pub keep: Keep,
    pub session: Session,
    /// The answer being streamed; kept by `Drop` if the whole command is interrupted.
    pub(super) inflight: Option<Accumulator>,
    /// Terminal in raw mode (REPL while streaming): write `\r\n` for newlines.
    pub crlf: bool,
    pub last: Usage,
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
            let _ = self.printer.stream("\n");
            if self.saves() && failed.is_none() && self.session.messages.len() > before {
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
        if self.cache == Cache::OneHour {
            json!({"type": "ephemeral", "ttl": "1h"})
        } else {
            json!({"type": "ephemeral"})
        }
    }

    /// The Messages request for the conversation so far.
    pub fn body(&self) -> Value {
        let mut messages = self.session.messages.clone();
        if self.cache != Cache::Off {
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
            body["system"] = if self.cache != Cache::Off {
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
        let u = Usage::from_api(&usage).priced(price, self.cache == Cache::OneHour);
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

    /// Whether the conversation is saved to its session file.
    pub fn saves(&self) -> bool {
        self.keep == Keep::Saved
    }

    pub fn persist(&mut self) -> Option<CliError> {
        if !self.saves() || self.session.messages.is_empty() {
            return None;
        }
        self.session.updated_at = session::now_rfc3339();
        session::save(&self.session).err()
    }

    fn write_err(&self, text: &str) {
        self.printer.err(&render::lines(text, self.crlf));
    }

    /// Send one user turn and stream the answer: build the request, start the stream, feed its
    /// events to the accumulator and the renderer (render.rs), save the turn, shape any error.
    /// The user turn stays in the conversation with the answer (or what arrived of it); a turn
    /// that got nothing back is dropped. The session is saved either way.
    pub async fn ask(
        &mut self,
        content: Vec<Value>,
        cancel: impl Future<Output = Signal>,
    ) -> anyhow::Result<Outcome> {
        self.session
            .messages
            .push(json!({"role": "user", "content": content}));
        let req = self.request();
        let mut render = self.renderer();
        let mut cancel = std::pin::pin!(cancel);
        let started = tokio::select! {
            r = self.client.sse(&req) => r.map_err(|e| NotStarted::Error(Box::new(e))),
            sig = &mut cancel => Err(NotStarted::Signal(sig)),
        };
        let (events, meta) = match started {
            Ok(x) => x,
            Err(why) => {
                drop(render);
                return Ok(self.unanswered(why));
            }
        };
        let mut acc = Accumulator::new();
        acc.discard_text = self.keep == Keep::Nothing && self.output != OutputMode::Json;
        let acc = self.inflight.insert(acc);
        let mut end = pump(acc, events, &meta, render.as_mut(), cancel).await?;
        if end.failure.is_none() && end.cancelled.is_none() && !acc.stopped {
            let why = "the connection closed before the answer was complete";
            end.failure = Some(stream_failure(&meta, None, why.into()));
        }
        let clean = end.failure.is_none() && end.cancelled.is_none();
        render.end(acc, clean)?;
        // --json and --stream-json show no text as it comes: count what arrived instead.
        let received = render.chars_shown().max(acc.text_chars());
        let save_err = self.finish_answer();
        render.finish(clean)?;
        self.report_turn(save_err);
        let kept = self.kept(received);
        Ok(match (end.cancelled, end.failure) {
            (Some(sig), _) => Outcome::Cancelled(sig, kept),
            (None, Some(e)) => Outcome::Failed(self.cut_off(&e).with_detail(kept)),
            (None, None) => Outcome::Done,
        })
    }

    /// This answer's renderer (render.rs), its spinner running until the first token.
    fn renderer(&self) -> Box<dyn Renderer> {
        let waiting = if self.thinking.is_some() && !self.show_thinking {
            "thinking…"
        } else {
            "waiting for the answer…"
        };
        let spinner = Spinner::start(&self.printer, waiting);
        render::for_mode(
            self.output,
            &self.printer,
            spinner,
            self.show_thinking,
            self.crlf,
        )
    }

    /// The stream never started (a signal, or an error before its first byte): the user turn
    /// leaves the conversation, which is saved as it was.
    fn unanswered(&mut self, why: NotStarted) -> Outcome {
        self.drop_unanswered_turn();
        let _ = self.persist();
        match why {
            NotStarted::Signal(sig) => {
                Outcome::Cancelled(sig, "nothing of the answer had arrived".into())
            }
            NotStarted::Error(e) => {
                let err = diagnosis::to_cli_error("chat", &e, &self.diag);
                // A cached alias may name a model that is gone: list again next time.
                if err.code == diagnosis::Code::ModelNotFound.as_str()
                    && let Some(p) = models::alias_cache_path()
                {
                    models::forget_aliases(&p, &alias_cache_key(&self.client));
                }
                Outcome::Failed(err)
            }
        }
    }

    /// After the answer, on stderr: a failed save (a warning), then the usage line (not with
    /// --quiet).
    fn report_turn(&self, save_err: Option<CliError>) {
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
    }

    /// What was kept of an answer that ended early (`chars` of it shown), in words.
    fn kept(&self, chars: usize) -> String {
        let kept = if chars == 0 {
            "nothing of the answer had arrived".to_string()
        } else if self.keep != Keep::Nothing {
            format!("the partial answer ({chars} characters) was kept")
        } else {
            format!("the partial answer ({chars} characters) was printed")
        };
        if self.saves() {
            format!("{kept} in session {}", self.session.name)
        } else {
            kept
        }
    }

    /// An answer cut off after it started, through the diagnosis table.
    fn cut_off(&self, e: &ApiError) -> CliError {
        let mut err = diagnosis::to_cli_error("chat: the answer was cut off", e, &self.diag);
        if e.kind == ApiErrorKind::Stream && e.status.is_none() && e.error_type.is_none() {
            // A broken stream is a network/service failure (exit 5), not a rejection.
            err.exit = exit::SERVICE;
            err.code = diagnosis::Code::StreamInterrupted.into();
            err.cause = Some(format!("the stream broke: {}", e.message));
            err.fix = Some("ask again (the partial answer is kept in the conversation); check proxies that cut long responses".into());
        }
        err
    }
}

/// Why an answer never started.
enum NotStarted {
    Signal(Signal),
    Error(Box<ApiError>),
}

/// How the stream ended: `failure` (an error event, a broken or invalid stream), `cancelled` (a
/// signal, or Ctrl-C in the REPL), or neither.
#[derive(Default)]
struct Ended {
    failure: Option<ApiError>,
    cancelled: Option<Signal>,
}

/// Feed the stream's events to the renderer and the accumulator until the stream ends, fails or
/// is cancelled. Output is batched (render.rs): while further events have already arrived it is
/// held; it is written as soon as the stream has to wait, so every token shows when it arrives.
async fn pump(
    acc: &mut Accumulator,
    events: impl Stream<Item = Result<SseEvent, ApiError>>,
    meta: &ResponseMeta,
    render: &mut dyn Renderer,
    mut cancel: Pin<&mut impl Future<Output = Signal>>,
) -> std::io::Result<Ended> {
    let mut events = std::pin::pin!(events);
    let mut end = Ended::default();
    loop {
        let held = render.held();
        let ready = if held == 0 || held >= render::BATCH {
            None
        } else if let Some(sig) = cancel.as_mut().now_or_never() {
            end.cancelled = Some(sig);
            break;
        } else {
            events.next().now_or_never()
        };
        let next = match ready {
            Some(n) => n,
            None => {
                render.flush()?;
                tokio::select! {
                    n = events.next() => n,
                    sig = &mut cancel => { end.cancelled = Some(sig); break; }
                }
            }
        };
        let ev = match next {
            None => break,
            Some(Err(e)) => {
                end.failure = Some(e);
                break;
            }
            Some(Ok(ev)) => ev,
        };
        render.on_event(&ev);
        if let Err(e) = apply(acc, &ev, meta, render)? {
            end.failure = Some(e);
            break;
        }
    }
    Ok(end)
}

/// One event into the accumulator, and what it shows into the renderer. The inner `Err` ends the
/// answer: an `error` event, or an event that breaks the protocol (nothing of it was applied).
fn apply(
    acc: &mut Accumulator,
    ev: &SseEvent,
    meta: &ResponseMeta,
    render: &mut dyn Renderer,
) -> std::io::Result<Result<(), ApiError>> {
    let parsed = StreamEvent::parse(&ev.data);
    if let StreamEvent::Error { error } = &parsed {
        let message = error["message"]
            .as_str()
            .unwrap_or("error event in the stream");
        let failure = stream_failure(meta, error["type"].as_str(), output::sanitize(message));
        return Ok(Err(failure));
    }
    match acc.apply(&parsed) {
        Ok(Shown::Text(t)) => render.on_text(t)?,
        Ok(Shown::Thinking(t)) => render.on_thinking(t)?,
        Ok(_) => {}
        Err(stream::Invalid(why)) => {
            let sanitized = output::sanitize(&why);
            return Ok(Err(stream_failure(meta, Some("stream_invalid"), sanitized)));
        }
    }
    Ok(Ok(()))
}

/// A failure of the stream after it started: an `error` event (with its type, mapped to the
/// status the same error has outside a stream), a stream that breaks the protocol
/// (`stream_invalid`), or one that ended early (no type).
fn stream_failure(meta: &ResponseMeta, error_type: Option<&str>, message: String) -> ApiError {
    ApiError {
        kind: ApiErrorKind::Stream,
        status: error_type.and_then(stream::status_for_error_type),
        error_type: error_type.map(str::to_string),
        message,
        amzn_request_id: meta.amzn_request_id.clone(),
        request_id: meta.request_id.clone(),
        call: "gateway POST /v1/messages (stream)".into(),
        ..Default::default()
    }
}
