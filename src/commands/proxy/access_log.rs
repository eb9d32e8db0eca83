//! The access log: one line per request on stderr (JSON lines with `--json`, schema in
//! docs/json.md). Method, path (no query), status, duration, model, token counts from the usage in
//! the answer, request ID, outcome and, for an error, its diagnosis. Never a header value, a body
//! or a prompt; every field from a client or server is sanitized and redacted.

use std::io::Write;
use std::time::Instant;

use serde::Serialize;
use serde_json::{Value, json};

use crate::error::CliError;
use crate::output::{one_line, redact};

/// The longest model name or path kept in the log.
const MAX_FIELD: usize = 200;
/// The longest SSE line, or JSON answer, scanned for usage; longer ones are skipped.
const MAX_SCAN: usize = 1024 * 1024;

/// Where log lines go and in which form.
#[derive(Clone, Copy, Debug)]
pub struct Log {
    pub json: bool,
    pub quiet: bool,
}

impl Log {
    /// Write one line (redacted) to stderr.
    pub fn line(&self, human: &str, doc: &Value) {
        if self.quiet {
            return;
        }
        let text = if self.json {
            serde_json::to_string(doc).unwrap_or_default()
        } else {
            human.to_string()
        };
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "{}", redact(&text));
    }

    /// Explain an upstream error or a proxy failure (human mode; in JSON mode the entry carries it).
    pub fn explain(&self, what: &CliError) {
        if self.quiet || self.json {
            return;
        }
        let mut text = format!("  error: {}", what.message);
        if let Some(c) = &what.cause {
            text.push_str(&format!("\n  cause: {c}"));
        }
        if let Some(f) = &what.fix {
            text.push_str(&format!("\n  fix: {f}"));
        }
        for d in &what.details {
            text.push_str(&format!("\n  {d}"));
        }
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "{}", redact(&text));
    }
}

/// What happened to a request, as the log says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The answer was passed on whole.
    Complete,
    /// Refused by the proxy (token, path, method, size): nothing reached the service.
    Refused,
    /// The service could not be reached (or gave no headers in time): the proxy answered 502/504.
    UpstreamFailed,
    /// The stream from the service broke midway.
    UpstreamBroken,
    /// The client went away before the end; the request to the service was cancelled.
    ClientClosed,
}

/// One request's log entry, filled in as it goes.
#[derive(Debug)]
pub struct Entry {
    pub start: Instant,
    pub method: String,
    pub path: String,
    pub status: u16,
    pub model: Option<String>,
    pub input_tokens: Option<u64>,
    pub output_tokens: Option<u64>,
    pub request_id: Option<String>,
    pub error: Option<CliError>,
}

impl Entry {
    pub fn new(method: &str, path_and_query: &str) -> Entry {
        let path = path_and_query.split('?').next().unwrap_or_default();
        Entry {
            start: Instant::now(),
            method: one_line(method),
            path: clip(&one_line(path)),
            status: 0,
            model: None,
            input_tokens: None,
            output_tokens: None,
            request_id: None,
            error: None,
        }
    }

    pub fn set_model(&mut self, m: &str) {
        if self.model.is_none() && !m.is_empty() {
            self.model = Some(clip(&one_line(m)));
        }
    }

    /// Write the entry (and, in human mode, the explanation of its error).
    pub fn write(&self, log: &Log, outcome: Outcome) {
        let ms = self.start.elapsed().as_millis();
        let mut human = format!("{} {} {} {ms}ms", self.method, self.path, self.status);
        if let Some(m) = &self.model {
            human.push_str(&format!(" model={m}"));
        }
        if let Some(i) = self.input_tokens {
            human.push_str(&format!(" in={i}"));
        }
        if let Some(o) = self.output_tokens {
            human.push_str(&format!(" out={o}"));
        }
        if let Some(r) = &self.request_id {
            human.push_str(&format!(" request-id={r}"));
        }
        if outcome != Outcome::Complete {
            human.push_str(&format!(" ({})", outcome_name(outcome)));
        }
        let doc = json!({
            "type": "access",
            "time": now_rfc3339(),
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "duration_ms": ms as u64,
            "model": self.model,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "request_id": self.request_id,
            "outcome": outcome,
            "error": self.error.as_ref().map(|e| json!({
                "code": e.code, "message": e.message, "cause": e.cause, "fix": e.fix,
            })),
        });
        log.line(&human, &doc);
        if let Some(e) = &self.error {
            log.explain(e);
        }
    }

    /// Take the usage numbers (and the model) from an answer's JSON (`usage` at the top, or in
    /// `message` for a `message_start` event).
    pub fn take_usage(&mut self, v: &Value) {
        let msg = if v["type"] == "message_start" {
            &v["message"]
        } else {
            v
        };
        if let Some(m) = msg["model"].as_str() {
            self.set_model(m);
        }
        let usage = &msg["usage"];
        if let Some(i) = usage["input_tokens"].as_u64() {
            self.input_tokens = Some(i);
        }
        if let Some(o) = usage["output_tokens"].as_u64() {
            self.output_tokens = Some(o);
        }
    }
}

fn outcome_name(o: Outcome) -> &'static str {
    match o {
        Outcome::Complete => "complete",
        Outcome::Refused => "refused",
        Outcome::UpstreamFailed => "upstream failed",
        Outcome::UpstreamBroken => "upstream stream broke",
        Outcome::ClientClosed => "client closed, upstream cancelled",
    }
}

fn clip(s: &str) -> String {
    if s.len() <= MAX_FIELD {
        return s.to_string();
    }
    let mut end = MAX_FIELD;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &s[..end])
}

pub fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Watches an answer's bytes as they pass, for the usage numbers: the `data:` lines of an event
/// stream, or a whole JSON answer. Memory is bounded by [`MAX_SCAN`] whatever the answer's size.
pub enum Scanner {
    Sse { line: Vec<u8>, skipping: bool },
    Json(Vec<u8>),
    Off,
}

impl Scanner {
    pub fn for_content_type(ct: &str) -> Scanner {
        let ct = ct.to_ascii_lowercase();
        if ct.starts_with("text/event-stream") {
            Scanner::Sse {
                line: Vec::new(),
                skipping: false,
            }
        } else if ct.starts_with("application/json") {
            Scanner::Json(Vec::new())
        } else {
            Scanner::Off
        }
    }

    pub fn feed(&mut self, chunk: &[u8], entry: &mut Entry) {
        match self {
            Scanner::Sse { line, skipping } => {
                // Lines split with memchr: this runs over every byte of every answer.
                let mut rest = chunk;
                while !rest.is_empty() {
                    let (part, complete) = match memchr::memchr(b'\n', rest) {
                        Some(i) => (&rest[..=i], true),
                        None => (rest, false),
                    };
                    rest = &rest[part.len()..];
                    if !*skipping {
                        if line.len() + part.len() > MAX_SCAN {
                            line.clear();
                            *skipping = true;
                        } else {
                            line.extend_from_slice(part);
                        }
                    }
                    if complete {
                        if !*skipping {
                            sse_line(line, entry);
                        }
                        line.clear();
                        *skipping = false;
                    }
                }
            }
            Scanner::Json(buf) => {
                if buf.len() + chunk.len() > MAX_SCAN {
                    *self = Scanner::Off;
                } else {
                    buf.extend_from_slice(chunk);
                }
            }
            Scanner::Off => {}
        }
    }

    pub fn finish(&mut self, entry: &mut Entry) {
        if let Scanner::Json(buf) = self
            && let Ok(v) = serde_json::from_slice::<Value>(buf)
        {
            entry.take_usage(&v);
        }
        *self = Scanner::Off;
    }
}

fn sse_line(line: &[u8], entry: &mut Entry) {
    let Some(data) = line.strip_prefix(b"data:") else {
        return;
    };
    // Only the events that carry usage are parsed (a substring search: this runs for every event).
    static USAGE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"\"usage\""));
    if USAGE.find(data).is_none() {
        return;
    }
    if let Ok(v) = serde_json::from_slice::<Value>(data) {
        entry.take_usage(&v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sse_usage_across_chunk_boundaries() {
        let mut e = Entry::new("POST", "/v1/messages?beta=true");
        assert_eq!(e.path, "/v1/messages");
        let mut s = Scanner::for_content_type("text/event-stream; charset=utf-8");
        let stream = concat!(
            "event: message_start\n",
            "data: {\"type\":\"message_start\",\"message\":{\"model\":\"claude-x\",\"usage\":{\"input_tokens\":12,\"output_tokens\":1}}}\n\n",
            "event: content_block_delta\n",
            "data: {\"type\":\"content_block_delta\",\"delta\":{\"text\":\"secret prompt echo\"}}\n\n",
            "event: message_delta\n",
            "data: {\"type\":\"message_delta\",\"usage\":{\"output_tokens\":48}}\n\n",
        );
        for chunk in stream.as_bytes().chunks(7) {
            s.feed(chunk, &mut e);
        }
        s.finish(&mut e);
        assert_eq!(e.model.as_deref(), Some("claude-x"));
        assert_eq!(e.input_tokens, Some(12));
        assert_eq!(e.output_tokens, Some(48));
    }

    #[test]
    fn json_usage_and_bounded_memory() {
        let mut e = Entry::new("POST", "/v1/messages");
        let mut s = Scanner::for_content_type("application/json");
        s.feed(br#"{"model":"m","usage":{"input_tokens":3,"#, &mut e);
        s.feed(br#""output_tokens":4}}"#, &mut e);
        s.finish(&mut e);
        assert_eq!((e.input_tokens, e.output_tokens), (Some(3), Some(4)));
        let mut big = Scanner::for_content_type("application/json");
        let chunk = vec![b' '; 64 * 1024];
        for _ in 0..20 {
            big.feed(&chunk, &mut e);
        }
        assert!(matches!(big, Scanner::Off));
    }
}
