//! `/v1/messages` and `/v1/messages/count_tokens`: the canned reply (state `reply`), token
//! estimates and prompt caching, the SSE event stream and the streamed JSON body, with the
//! drop/flush helpers the stream-shape faults use.

use super::serve::{check_messages, check_model, parse_json};
use super::{ApiError, Ctx};
use crate::faults::StreamShape;
use crate::server::{App, json_response, lock, new_id, set_header, status_code};
use crate::state::ErrorStyle;
use axum::body::Body;
use axum::response::Response;
use bytes::Bytes;
use futures_util::StreamExt;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::collections::VecDeque;
use std::sync::Arc;

/// Concatenate the request's text (system, message contents, tool inputs) for token estimates.
fn collect_text(v: &Value, out: &mut String) {
    match v {
        Value::String(s) => out.push_str(s),
        Value::Array(a) => a.iter().for_each(|x| collect_text(x, out)),
        Value::Object(o) => {
            for (k, x) in o {
                match k.as_str() {
                    "text" | "content" | "thinking" | "system" | "description" => {
                        collect_text(x, out)
                    }
                    "input" | "input_schema" => out.push_str(&x.to_string()),
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

fn request_text(req: &Value) -> String {
    let mut s = String::new();
    for k in ["system", "messages", "tools"] {
        if let Some(v) = req.get(k) {
            collect_text(v, &mut s);
        }
    }
    s
}

/// ≈ ceil(chars / 4), at least 1.
pub fn estimate_tokens(text: &str) -> u64 {
    (text.chars().count() as u64).div_ceil(4).max(1)
}

pub(super) fn last_user_text(req: &Value) -> String {
    let Some(msgs) = req.get("messages").and_then(Value::as_array) else {
        return String::new();
    };
    let Some(m) = msgs
        .iter()
        .rev()
        .find(|m| m.get("role").and_then(Value::as_str) == Some("user"))
    else {
        return String::new();
    };
    match m.get("content") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(blocks)) => blocks
            .iter()
            .filter(|b| b.get("type").and_then(Value::as_str) == Some("text"))
            .filter_map(|b| b.get("text").and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

#[derive(Clone, Debug)]
struct Plan {
    id: String,
    model: String,
    input_tokens: u64,
    cache_creation: u64,
    cache_read: u64,
    thinking: bool,
    tool_use: bool,
    text: Arc<str>,
    repeat: u64,
    chunk_chars: usize,
    output_tokens: u64,
}

const THINKING_TEXT: &str = "Let me think about this request step by step.";
const SIGNATURE: &str = "EqQBCkgIARABGAIiQL2cpawsEmulatorFakeSignatureAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==";
const TOOL_INPUT: &str = r#"{"location": "San Francisco, CA"}"#;

impl Plan {
    fn stop_reason(&self) -> &'static str {
        if self.tool_use {
            "tool_use"
        } else {
            "end_turn"
        }
    }
    fn usage(&self, output_tokens: u64) -> Value {
        json!({"input_tokens": self.input_tokens, "output_tokens": output_tokens,
               "cache_creation_input_tokens": self.cache_creation,
               "cache_read_input_tokens": self.cache_read})
    }
}

pub(super) fn messages(app: &Arc<App>, bytes: &[u8], ctx: &Ctx) -> Result<Response, ApiError> {
    let req = parse_json(bytes)?;
    let (model, reply) = {
        let st = lock(&app.state);
        (check_model(&st, &req)?, st.reply.clone())
    };
    match req.get("max_tokens") {
        None => return Err(ApiError::new(400, "max_tokens: Field required")),
        Some(v) if v.as_u64().is_none_or(|n| n == 0) => {
            return Err(ApiError::new(
                400,
                "max_tokens: Input should be a valid positive integer",
            ));
        }
        _ => {}
    }
    check_messages(&req)?;
    let text = request_text(&req);
    let total = estimate_tokens(&text);
    let (mut cache_creation, mut cache_read) = (0, 0);
    let raw = String::from_utf8_lossy(bytes);
    if raw.contains("\"cache_control\"") {
        // The cached prefix = the canonical request (model, system, tools, messages) up to the
        // last cache_control mark; first sight → creation, later → read.
        let canon = json!({"model": model, "system": req.get("system"), "tools": req.get("tools"),
                           "messages": req.get("messages")})
        .to_string();
        let cut = canon.rfind("\"cache_control\"").unwrap_or(canon.len());
        let hash = hex::encode(Sha256::digest(&canon.as_bytes()[..cut]));
        let cached = (total * cut as u64 / canon.len().max(1) as u64).min(total);
        if lock(&app.cache_prefixes).insert(hash) {
            cache_creation = cached;
        } else {
            cache_read = cached;
        }
    }
    let thinking = reply.thinking
        || matches!(
            req.get("thinking")
                .and_then(|t| t.get("type"))
                .and_then(Value::as_str),
            Some("enabled" | "adaptive")
        );
    let base: String = reply
        .text
        .clone()
        .unwrap_or_else(|| format!("You said: {}", last_user_text(&req)));
    let chars = base.chars().count() as u64 * reply.repeat;
    let mut output_tokens = chars.div_ceil(4).max(1);
    if thinking {
        output_tokens += estimate_tokens(THINKING_TEXT);
    }
    if reply.tool_use {
        output_tokens += estimate_tokens(TOOL_INPUT) + 10;
    }
    let plan = Plan {
        id: new_id("msg_01"),
        model,
        input_tokens: total - cache_creation - cache_read,
        cache_creation,
        cache_read,
        thinking,
        tool_use: reply.tool_use,
        text: Arc::from(base),
        repeat: reply.repeat,
        chunk_chars: reply.chunk_chars.max(1),
        output_tokens,
    };
    let stream = req.get("stream").and_then(Value::as_bool).unwrap_or(false);
    let style = lock(&app.state).gateway_error_style;
    if stream {
        Ok(sse_response(plan, ctx, style))
    } else {
        Ok(json_message_response(plan, ctx.shape))
    }
}

pub(super) fn count_tokens(app: &App, bytes: &[u8]) -> Result<Response, ApiError> {
    let req = parse_json(bytes)?;
    let st = lock(&app.state);
    check_model(&st, &req)?;
    check_messages(&req)?;
    Ok(json_response(
        200,
        &json!({"input_tokens": estimate_tokens(&request_text(&req))}),
    ))
}

/// Iterates a text `repeat` times in pieces of at most `chunk` chars.
struct TextCursor {
    text: Arc<str>,
    repeat: u64,
    rep: u64,
    pos: usize,
    chunk: usize,
}

impl TextCursor {
    fn new(text: Arc<str>, repeat: u64, chunk: usize) -> TextCursor {
        TextCursor {
            text,
            repeat,
            rep: 0,
            pos: 0,
            chunk,
        }
    }
    fn next_piece(&mut self) -> Option<String> {
        if self.text.is_empty() {
            return None;
        }
        while self.rep < self.repeat {
            if self.pos >= self.text.len() {
                self.rep += 1;
                self.pos = 0;
                continue;
            }
            let rest = &self.text[self.pos..];
            let end = rest
                .char_indices()
                .nth(self.chunk)
                .map(|(i, _)| i)
                .unwrap_or(rest.len());
            let piece = rest[..end].to_string();
            self.pos += end;
            return Some(piece);
        }
        None
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Phase {
    Start,
    Thinking,
    TextStart,
    TextDeltas,
    Tool,
    End,
    Done,
}

/// Lazily generates the SSE events of one streamed Message.
struct EventGen {
    plan: Plan,
    phase: Phase,
    queue: VecDeque<(&'static str, Value)>,
    cursor: TextCursor,
    index: u64,
    deltas: u64,
}

impl EventGen {
    fn new(plan: Plan) -> EventGen {
        let cursor = TextCursor::new(plan.text.clone(), plan.repeat, plan.chunk_chars);
        EventGen {
            plan,
            phase: Phase::Start,
            queue: VecDeque::new(),
            cursor,
            index: 0,
            deltas: 0,
        }
    }

    fn block_start(&mut self, block: Value) {
        self.queue.push_back((
            "content_block_start",
            json!({"type": "content_block_start", "index": self.index, "content_block": block}),
        ));
        if self.index == 0 {
            self.queue.push_back(("ping", json!({"type": "ping"})));
        }
    }

    fn delta(&mut self, delta: Value) {
        self.queue.push_back((
            "content_block_delta",
            json!({"type": "content_block_delta", "index": self.index, "delta": delta}),
        ));
    }

    fn block_stop(&mut self) {
        self.queue.push_back((
            "content_block_stop",
            json!({"type": "content_block_stop", "index": self.index}),
        ));
        self.index += 1;
    }

    fn advance(&mut self) {
        match self.phase {
            Phase::Start => {
                let msg = json!({"id": self.plan.id, "type": "message", "role": "assistant",
                    "model": self.plan.model, "content": [], "stop_reason": null,
                    "stop_sequence": null, "usage": self.plan.usage(1)});
                self.queue.push_back((
                    "message_start",
                    json!({"type": "message_start", "message": msg}),
                ));
                self.phase = if self.plan.thinking {
                    Phase::Thinking
                } else {
                    Phase::TextStart
                };
            }
            Phase::Thinking => {
                self.block_start(json!({"type": "thinking", "thinking": "", "signature": ""}));
                for part in THINKING_TEXT
                    .split_inclusive(' ')
                    .collect::<Vec<_>>()
                    .chunks(4)
                {
                    let t: String = part.concat();
                    self.delta(json!({"type": "thinking_delta", "thinking": t}));
                }
                self.delta(json!({"type": "signature_delta", "signature": SIGNATURE}));
                self.block_stop();
                self.phase = Phase::TextStart;
            }
            Phase::TextStart => {
                self.block_start(json!({"type": "text", "text": ""}));
                self.phase = Phase::TextDeltas;
            }
            Phase::TextDeltas => match self.cursor.next_piece() {
                Some(p) => {
                    self.delta(json!({"type": "text_delta", "text": p}));
                    self.deltas += 1;
                    if self.deltas.is_multiple_of(1000) {
                        self.queue.push_back(("ping", json!({"type": "ping"})));
                    }
                }
                None => {
                    self.block_stop();
                    self.phase = if self.plan.tool_use {
                        Phase::Tool
                    } else {
                        Phase::End
                    };
                }
            },
            Phase::Tool => {
                self.block_start(json!({"type": "tool_use", "id": new_id("toolu_01"),
                    "name": "get_weather", "input": {}}));
                let (a, b) = TOOL_INPUT.split_at(TOOL_INPUT.len() / 2);
                for part in ["", a, b] {
                    self.delta(json!({"type": "input_json_delta", "partial_json": part}));
                }
                self.block_stop();
                self.phase = Phase::End;
            }
            Phase::End => {
                self.queue.push_back((
                    "message_delta",
                    json!({"type": "message_delta",
                           "delta": {"stop_reason": self.plan.stop_reason(), "stop_sequence": null},
                           "usage": self.plan.usage(self.plan.output_tokens)}),
                ));
                self.queue
                    .push_back(("message_stop", json!({"type": "message_stop"})));
                self.phase = Phase::Done;
            }
            Phase::Done => {}
        }
    }
}

impl Iterator for EventGen {
    type Item = String;
    fn next(&mut self) -> Option<String> {
        while self.queue.is_empty() && self.phase != Phase::Done {
            self.advance();
        }
        let (name, data) = self.queue.pop_front()?;
        Some(format!("event: {name}\ndata: {data}\n\n"))
    }
}

/// Yield to the runtime a few times so hyper writes out what it has buffered.
async fn flush_point() {
    for _ in 0..8 {
        tokio::task::yield_now().await;
    }
}

/// Pass through the first `limit` bytes of a stream, then fail (DropStream on file content).
pub(super) fn drop_after_bytes(
    stream: impl futures_util::Stream<Item = std::io::Result<Bytes>> + Send + Unpin + 'static,
    limit: u64,
) -> impl futures_util::Stream<Item = std::io::Result<Bytes>> + Send + 'static {
    futures_util::stream::unfold(
        (stream, 0u64, false),
        move |(mut stream, sent, done)| async move {
            if done {
                return None;
            }
            let left = limit.saturating_sub(sent);
            if left == 0 {
                return Some((Err(dropped()), (stream, sent, true)));
            }
            match stream.next().await {
                Some(Ok(c)) => {
                    let c = c.slice(..(c.len() as u64).min(left) as usize);
                    let n = c.len() as u64;
                    Some((Ok(c), (stream, sent + n, false)))
                }
                Some(Err(e)) => Some((Err(e), (stream, sent, true))),
                None => Some((Err(dropped()), (stream, sent, true))),
            }
        },
    )
}

pub(super) fn dropped() -> std::io::Error {
    std::io::Error::other("cpaws-emulator fault: drop_stream")
}

fn sse_response(plan: Plan, ctx: &Ctx, style: ErrorStyle) -> Response {
    let shape = ctx.shape;
    let err_event = ctx.mid_stream_error.clone().map(|(n, e)| {
        let mut body = e.body(ErrorStyle::Anthropic, "");
        if let Some(o) = body.as_object_mut() {
            o.remove("request_id");
        }
        let _ = style;
        (n, format!("event: error\ndata: {body}\n\n"))
    });
    struct S {
        events: EventGen,
        sent: u64,
        done: bool,
        /// The first content delta has gone out (the service sends the first token as soon as it
        /// exists; only what follows is batched).
        first_delta_out: bool,
    }
    let init = S {
        events: EventGen::new(plan),
        sent: 0,
        done: false,
        first_delta_out: false,
    };
    let stream = futures_util::stream::unfold(init, move |mut s| {
        let err_event = err_event.clone();
        async move {
            if s.done {
                return None;
            }
            if let Some((n, ev)) = &err_event
                && s.sent >= *n
            {
                s.done = true;
                return Some((Ok(Bytes::from(ev.clone())), s));
            }
            if let Some(n) = shape.drop_after
                && s.sent >= n
            {
                s.done = true;
                // Let hyper flush the events already sent before the connection is cut
                // (a body that is Pending makes hyper flush its write buffer).
                flush_point().await;
                return Some((Err(dropped()), s));
            }
            if let Some(d) = shape.event_delay {
                if s.sent > 0 {
                    tokio::time::sleep(d).await;
                }
                let ev = s.events.next()?;
                s.sent += 1;
                return Some((Ok(Bytes::from(ev)), s));
            }
            // No delay: batch events into ~32 KiB frames (bounded by fault boundaries), except
            // the first frame, which ends with the first content delta. Each frame is flushed
            // before the next is made (as the service streams tokens as they come): a body that
            // is never Pending would let hyper buffer the whole answer before writing anything.
            if s.sent > 0 {
                flush_point().await;
            }
            let mut buf = String::new();
            while buf.len() < 32 * 1024 {
                let limit = [shape.drop_after, err_event.as_ref().map(|(n, _)| *n)]
                    .into_iter()
                    .flatten()
                    .min();
                if limit.is_some_and(|n| s.sent >= n) {
                    break;
                }
                match s.events.next() {
                    Some(ev) => {
                        let first_delta =
                            !s.first_delta_out && ev.starts_with("event: content_block_delta");
                        buf.push_str(&ev);
                        s.sent += 1;
                        if first_delta {
                            s.first_delta_out = true;
                            break;
                        }
                    }
                    None => {
                        s.done = err_event.is_none() && shape.drop_after.is_none();
                        break;
                    }
                }
            }
            if buf.is_empty() {
                // Exhausted (a fault boundary beyond the end never fires).
                return None;
            }
            Some((Ok::<Bytes, std::io::Error>(Bytes::from(buf)), s))
        }
    });
    let mut r = Response::new(Body::from_stream(stream));
    set_header(&mut r, "content-type", "text/event-stream");
    set_header(&mut r, "cache-control", "no-cache");
    r
}

/// A non-streaming Message; the text is streamed into the JSON body piece by piece so that
/// 10 MB+ replies are never held whole in memory.
fn json_message_response(plan: Plan, shape: StreamShape) -> Response {
    const PLACEHOLDER: &str = "\u{1}CPAWS_TEXT\u{1}";
    let mut content = Vec::new();
    if plan.thinking {
        content
            .push(json!({"type": "thinking", "thinking": THINKING_TEXT, "signature": SIGNATURE}));
    }
    content.push(json!({"type": "text", "text": PLACEHOLDER}));
    if plan.tool_use {
        content.push(json!({"type": "tool_use", "id": new_id("toolu_01"), "name": "get_weather",
                            "input": serde_json::from_str::<Value>(TOOL_INPUT).unwrap_or(Value::Null)}));
    }
    let msg = json!({"id": plan.id, "type": "message", "role": "assistant", "model": plan.model,
        "content": content, "stop_reason": plan.stop_reason(), "stop_sequence": null,
        "usage": plan.usage(plan.output_tokens)})
    .to_string();
    let ph = serde_json::to_string(PLACEHOLDER).unwrap_or_default();
    let ph = &ph[1..ph.len().saturating_sub(1)];
    let (prefix, suffix) = msg.split_once(ph).unwrap_or((&msg, ""));
    let (prefix, suffix) = (prefix.to_string(), suffix.to_string());
    if shape.drop_after.is_some() {
        // drop_stream on a non-streaming response: headers, then the connection is cut.
        let s = futures_util::stream::once(async { Err::<Bytes, _>(dropped()) });
        let mut r = Response::new(Body::from_stream(s));
        set_header(&mut r, "content-type", "application/json");
        return r;
    }
    let mut cursor = TextCursor::new(plan.text.clone(), plan.repeat, 64 * 1024);
    let mut stage = 0u8;
    let iter = std::iter::from_fn(move || match stage {
        0 => {
            stage = 1;
            Some(prefix.clone())
        }
        1 => match cursor.next_piece() {
            Some(p) => {
                let esc = serde_json::to_string(&p).unwrap_or_default();
                Some(esc[1..esc.len().saturating_sub(1)].to_string())
            }
            None => {
                stage = 2;
                Some(suffix.clone())
            }
        },
        _ => None,
    });
    let stream =
        futures_util::stream::iter(iter.map(|s| Ok::<Bytes, std::io::Error>(Bytes::from(s))));
    let mut r = Response::new(Body::from_stream(stream));
    *r.status_mut() = status_code(200);
    set_header(&mut r, "content-type", "application/json");
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cursor_chunks_and_repeats() {
        let mut c = TextCursor::new(Arc::from("héllo"), 2, 2);
        let mut v = Vec::new();
        while let Some(p) = c.next_piece() {
            v.push(p);
        }
        assert_eq!(v, vec!["hé", "ll", "o", "hé", "ll", "o"]);
    }

    #[test]
    fn sse_event_sequence() {
        let plan = Plan {
            id: "msg_1".into(),
            model: "m".into(),
            input_tokens: 3,
            cache_creation: 0,
            cache_read: 0,
            thinking: true,
            tool_use: true,
            text: Arc::from("abcdef"),
            repeat: 1,
            chunk_chars: 4,
            output_tokens: 9,
        };
        let names: Vec<String> = EventGen::new(plan)
            .map(|e| {
                e.lines()
                    .next()
                    .unwrap_or("")
                    .trim_start_matches("event: ")
                    .to_string()
            })
            .collect();
        assert_eq!(names.first().map(String::as_str), Some("message_start"));
        assert_eq!(names[1], "content_block_start");
        assert_eq!(names[2], "ping");
        assert_eq!(names.last().map(String::as_str), Some("message_stop"));
        assert_eq!(
            names.iter().filter(|n| *n == "content_block_start").count(),
            3
        );
        assert_eq!(
            names.iter().filter(|n| *n == "content_block_stop").count(),
            3
        );
        assert_eq!(names[names.len() - 2], "message_delta");
    }
}
