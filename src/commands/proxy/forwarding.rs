//! One request through the proxy: the token guard, the allow-lists, the body (kept in memory when
//! small, spooled to a temporary file when large, hashed for SigV4 as it arrives), the call through
//! the one HTTP client, and the answer passed on unchanged: streamed when it succeeds, whole with
//! its explanation on stderr when it is an error.

use std::convert::Infallible;
use std::io::Write;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::{Bytes, BytesMut};
use futures_util::Stream;
use http_body_util::{BodyExt, Full, StreamBody, combinators::UnsyncBoxBody};
use hyper::body::{Frame, Incoming};
use hyper::header::{HeaderMap, HeaderName, HeaderValue};
use hyper::{Request, Response};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::access_log::{Entry, Log, Outcome, Scanner};
use super::token;
use crate::api::{ApiError, ApiErrorKind, ApiRequest, Body, Client, ForwardedBody, Part};
use crate::diagnosis::{DiagContext, to_cli_error};

pub type ProxyBody = UnsyncBoxBody<Bytes, std::io::Error>;

/// Request bodies up to this size stay in memory; larger ones are spooled to a temporary file.
const IN_MEMORY: usize = 8 * 1024 * 1024;
/// The largest request body accepted (the Files API's limit is 500 MB).
const MAX_BODY: u64 = 1024 * 1024 * 1024;

/// Request headers passed on to the service. Everything else (the client's key, cookies, its own
/// workspace or AWS headers, hop-by-hop headers) stays behind.
const FORWARDED_HEADERS: &[&str] = &["anthropic-version", "anthropic-beta", "accept"];

/// Response headers that belong to one connection, not to the answer.
const HOP_BY_HOP: &[&str] = &[
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

/// What every request handler shares.
pub struct Shared {
    pub client: Client,
    pub token: Option<String>,
    pub cx: DiagContext,
    pub log: Log,
}

/// Handle one request. Never fails: every problem is an HTTP answer and a log line.
pub async fn handle(
    shared: Arc<Shared>,
    req: Request<Incoming>,
) -> Result<Response<ProxyBody>, Infallible> {
    let path = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".into());
    let mut entry = Entry::new(req.method().as_str(), &path);
    let refuse = |mut entry: Entry, status: u16, kind: &str, msg: String| {
        entry.status = status;
        entry.write(&shared.log, Outcome::Refused);
        Ok(local_error(status, kind, &msg))
    };
    if !token::accepted(req.headers(), shared.token.as_deref()) {
        return refuse(
            entry,
            401,
            "authentication_error",
            "this request does not carry the local token of the cpaws proxy (send it as x-api-key or Authorization: Bearer; `cpaws proxy --print-env` prints it)".into(),
        );
    }
    if !path.starts_with("/v1/") {
        return refuse(
            entry,
            404,
            "not_found_error",
            "the cpaws proxy forwards only /v1/… paths of the Claude API".into(),
        );
    }
    let Some(method) = crate::api::Method::parse(req.method().as_str()) else {
        return refuse(
            entry,
            405,
            "invalid_request_error",
            format!("the cpaws proxy does not forward {} requests", req.method()),
        );
    };
    let mut headers: Vec<(String, String)> = Vec::new();
    for name in FORWARDED_HEADERS {
        let values: Vec<&str> = req
            .headers()
            .get_all(*name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        if !values.is_empty() {
            headers.push((name.to_string(), values.join(",")));
        }
    }
    let content_type = req
        .headers()
        .get(hyper::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let declared = req
        .headers()
        .get(hyper::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY) {
        return refuse(
            entry,
            413,
            "request_too_large",
            format!("the cpaws proxy accepts request bodies up to {MAX_BODY} bytes"),
        );
    }
    let received = match receive(req.into_body()).await {
        Ok(r) => r,
        Err(Received::TooLarge) => {
            return refuse(
                entry,
                413,
                "request_too_large",
                format!("the cpaws proxy accepts request bodies up to {MAX_BODY} bytes"),
            );
        }
        Err(Received::Failed(why)) => {
            return refuse(
                entry,
                400,
                "invalid_request_error",
                format!("the cpaws proxy could not read the request body: {why}"),
            );
        }
    };
    // Keep the spool file until the request is sent; it is removed when this is dropped.
    let (body, _spool) = match received {
        Spooled::Memory(b) if b.is_empty() => (Body::Empty, None),
        Spooled::Memory(b) => {
            if content_type
                .as_deref()
                .is_some_and(|c| c.to_ascii_lowercase().starts_with("application/json"))
                && let Ok(ModelOnly { model: Some(m) }) = serde_json::from_slice(&b)
            {
                entry.set_model(&m);
            }
            let sha256 = crate::sign::sha256_hex(&b);
            let len = b.len() as u64;
            (
                Body::Parts {
                    parts: vec![Part::Bytes(b)],
                    content_type: content_type.clone().unwrap_or_else(octet_stream),
                    len,
                    sha256,
                },
                None,
            )
        }
        Spooled::File { file, len, sha256 } => (
            Body::Parts {
                parts: vec![Part::File(file.path().to_path_buf())],
                content_type: content_type.clone().unwrap_or_else(octet_stream),
                len,
                sha256,
            },
            Some(file),
        ),
    };
    let api_req = ApiRequest {
        method,
        path: path.clone(),
        body,
        headers,
    };
    let what = format!("{} {}", entry.method, entry.path);
    match shared.client.forward(&api_req).await {
        Err(e) => {
            let status = if e.kind == ApiErrorKind::Timeout {
                504
            } else {
                502
            };
            entry.status = status;
            let err = to_cli_error(&what, &e, &shared.cx);
            // The client sees why too (a transport error's words: no secret, no query string).
            let cause = err.cause.as_deref().map(|c| format!(" ({c})"));
            let msg = format!(
                "the cpaws proxy could not forward the request: {}{}",
                err.message,
                cause.unwrap_or_default()
            );
            entry.error = Some(err);
            entry.write(&shared.log, Outcome::UpstreamFailed);
            Ok(local_error(status, "api_error", &msg))
        }
        Ok(f) => {
            entry.status = f.status;
            entry.request_id = f
                .headers
                .get("request-id")
                .or_else(|| f.headers.get("x-amzn-requestid"))
                .and_then(|v| v.to_str().ok())
                .map(crate::output::one_line);
            let mut resp = Response::builder().status(f.status);
            let ct = f
                .headers
                .get(hyper::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string();
            match f.body {
                ForwardedBody::Read(bytes, err) => {
                    if let Some(h) = resp.headers_mut() {
                        copy_headers(&f.headers, h, false);
                    }
                    explain(&mut entry, &what, &err, &shared.cx);
                    if let Ok(v) = serde_json::from_slice::<Value>(&bytes) {
                        entry.take_usage(&v);
                    }
                    entry.write(&shared.log, Outcome::Complete);
                    Ok(resp
                        .body(full(bytes))
                        .unwrap_or_else(|_| local_error(502, "api_error", "bad answer")))
                }
                ForwardedBody::Stream(upstream) => {
                    if let Some(h) = resp.headers_mut() {
                        copy_headers(&f.headers, h, true);
                    }
                    let tap = Tap {
                        flush_next: false,
                        expected: upstream.content_length(),
                        sent: 0,
                        inner: upstream.bytes_stream(),
                        scanner: Scanner::for_content_type(&ct),
                        entry: Some(entry),
                        log: shared.log,
                    };
                    let body = StreamBody::new(tap);
                    Ok(resp
                        .body(UnsyncBoxBody::new(body))
                        .unwrap_or_else(|_| local_error(502, "api_error", "bad answer")))
                }
            }
        }
    }
}

/// The request's `model`, the rest of the body skipped unparsed (a prompt is never kept).
#[derive(serde::Deserialize)]
struct ModelOnly {
    model: Option<String>,
}

fn octet_stream() -> String {
    "application/octet-stream".to_string()
}

/// Put the diagnosis of an upstream error in the log entry (a redirect is never followed: said so).
fn explain(entry: &mut Entry, what: &str, err: &ApiError, cx: &DiagContext) {
    let mut e = to_cli_error(what, err, cx);
    if let Some(loc) = &err.location {
        e.details
            .push(format!("redirect to {loc} not followed (Location removed)"));
    }
    entry.error = Some(e);
}

/// Copy the service's answer headers, without hop-by-hop ones; a redirect's `Location` is
/// removed (the proxy never follows one, and a client should not either). `keep_length`: the body
/// is passed on as it came, so its length still holds.
fn copy_headers(from: &HeaderMap, to: &mut HeaderMap, keep_length: bool) {
    for (k, v) in from {
        let name = k.as_str();
        if HOP_BY_HOP.contains(&name)
            || name == "location"
            || (!keep_length && name == "content-length")
        {
            continue;
        }
        if let (Ok(n), Ok(v)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_bytes(v.as_bytes()),
        ) {
            to.append(n, v);
        }
    }
}

fn full(b: Bytes) -> ProxyBody {
    UnsyncBoxBody::new(Full::new(b).map_err(|never: Infallible| match never {}))
}

/// An answer the proxy makes itself, in the Anthropic error shape first-party SDKs parse.
pub fn local_error(status: u16, kind: &str, message: &str) -> Response<ProxyBody> {
    let body = json!({"type": "error", "error": {"type": kind, "message": message}});
    let mut r = Response::new(full(Bytes::from(body.to_string())));
    *r.status_mut() = hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::BAD_GATEWAY);
    r.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r.headers_mut()
        .insert("x-cpaws-proxy", HeaderValue::from_static("local-error"));
    r
}

enum Spooled {
    Memory(Bytes),
    File {
        file: tempfile::NamedTempFile,
        len: u64,
        sha256: String,
    },
}

enum Received {
    TooLarge,
    Failed(String),
}

/// Read the request body: in memory up to [`IN_MEMORY`], then into a temporary file (mode 0600),
/// hashing as it arrives, so a large upload never sits in memory.
async fn receive(mut body: Incoming) -> Result<Spooled, Received> {
    let mut mem = BytesMut::new();
    let mut spool: Option<(tempfile::NamedTempFile, Sha256, u64)> = None;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| Received::Failed(e.to_string()))?;
        let Ok(data) = frame.into_data() else {
            continue;
        };
        match spool.as_mut() {
            None if mem.len() + data.len() <= IN_MEMORY => mem.extend_from_slice(&data),
            None => {
                let mut file =
                    tempfile::NamedTempFile::new().map_err(|e| Received::Failed(e.to_string()))?;
                let mut hash = Sha256::new();
                hash.update(&mem);
                hash.update(&data);
                file.write_all(&mem)
                    .and_then(|_| file.write_all(&data))
                    .map_err(|e| Received::Failed(e.to_string()))?;
                let len = (mem.len() + data.len()) as u64;
                mem = BytesMut::new();
                spool = Some((file, hash, len));
            }
            Some((file, hash, len)) => {
                *len += data.len() as u64;
                if *len > MAX_BODY {
                    return Err(Received::TooLarge);
                }
                hash.update(&data);
                file.write_all(&data)
                    .map_err(|e| Received::Failed(e.to_string()))?;
            }
        }
    }
    match spool {
        None => Ok(Spooled::Memory(mem.freeze())),
        Some((mut file, hash, len)) => {
            file.flush().map_err(|e| Received::Failed(e.to_string()))?;
            Ok(Spooled::File {
                file,
                len,
                sha256: hex::encode(hash.finalize()),
            })
        }
    }
}

/// The service's answer on its way to the client: each chunk passed on as it arrives (no
/// buffering), watched for usage; the log line is written at the end, or when the client goes
/// away (dropping this drops the upstream response, which cancels the request to the service).
struct Tap {
    /// A chunk was just handed over: answer "not yet" once, so that hyper writes it out now
    /// instead of gathering a burst of events in its buffer (up to ~400 KiB) before flushing.
    flush_next: bool,
    /// The answer's length, when the service said it: hyper stops polling once it is sent.
    expected: Option<u64>,
    sent: u64,
    inner: crate::api::BodyStream,
    scanner: Scanner,
    entry: Option<Entry>,
    log: Log,
}

impl Tap {
    fn done(&mut self, outcome: Outcome) {
        if let Some(mut e) = self.entry.take() {
            self.scanner.finish(&mut e);
            e.write(&self.log, outcome);
        }
    }
}

impl Stream for Tap {
    type Item = Result<Frame<Bytes>, std::io::Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.flush_next {
            this.flush_next = false;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        match this.inner.as_mut().poll_next(cx) {
            Poll::Ready(Some(Ok(chunk))) => {
                this.flush_next = true;
                if let Some(e) = this.entry.as_mut() {
                    this.scanner.feed(&chunk, e);
                }
                this.sent += chunk.len() as u64;
                if this.expected == Some(this.sent) {
                    this.done(Outcome::Complete);
                }
                Poll::Ready(Some(Ok(Frame::data(chunk))))
            }
            Poll::Ready(Some(Err(err))) => {
                this.done(Outcome::UpstreamBroken);
                Poll::Ready(Some(Err(std::io::Error::other(err.to_string()))))
            }
            Poll::Ready(None) => {
                this.done(Outcome::Complete);
                Poll::Ready(None)
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

impl Drop for Tap {
    fn drop(&mut self) {
        self.done(Outcome::ClientClosed);
    }
}
