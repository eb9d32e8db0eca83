//! The one HTTP client for Claude Platform on AWS: headers, SigV4 or API-key auth, retries with
//! jittered backoff, timeouts, proxies and CA bundles, streamed bodies and SSE responses, and
//! errors that carry the status, request IDs and the parsed message.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use futures_util::{Stream, StreamExt, TryStreamExt};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::Serialize;
use serde_json::Value;

use crate::aws::CredentialCache;
use crate::cli::ApiKeyHeader;
use crate::config::{AuthMode, Secret, Settings};
use crate::error::{CliError, exit};
use crate::output::sanitize;
use crate::sign::{EMPTY_SHA256, sha256_hex, sign_headers};

mod sse;
pub use sse::{LineFramer, MAX_SSE_EVENT, SseEvent, Utf8Repair};
use sse::{SSE_EXCERPT, first_bytes, is_event_stream, one_line};

const MAX_BACKOFF: Duration = Duration::from_secs(8);
/// The longest wait a `retry-after` can ask for that cpaws honours; a longer one is reported.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);
/// Waits longer than this are announced on stderr (as uv announces its retries).
const ANNOUNCE_WAIT: Duration = Duration::from_secs(3);
const MAX_ERROR_BODY: usize = 64 * 1024;
/// The largest JSON answer read into memory; every documented answer is far smaller.
pub const MAX_JSON_BODY: usize = 64 * 1024 * 1024;
/// How much of an unexpected body is shown as evidence.
const EVIDENCE_BYTES: usize = 200;

/// What went wrong talking to a service. Everything a diagnosis needs, no secrets.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ApiError {
    pub kind: ApiErrorKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// Anthropic `error.type` (e.g. permission_error) or the AWS error code (e.g. AccessDenied).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_type: Option<String>,
    /// `x-amzn-ErrorType` header, when present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aws_error_type: Option<String>,
    pub message: String,
    /// `error.details.error_code` (e.g. enforced_spend_limit_reached).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amzn_request_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(skip)]
    pub retry_after: Option<Duration>,
    #[serde(skip)]
    pub server_date: Option<SystemTime>,
    /// Which call failed: "gateway GET /v1/models", "sts GetCallerIdentity", …
    #[serde(skip_serializing_if = "String::is_empty")]
    pub call: String,
    /// Where a redirect pointed (never followed), userinfo and query removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// A `retry-after` longer than cpaws waits, as the service sent it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after_refused: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ApiErrorKind {
    /// The service answered with an error status.
    #[default]
    Http,
    /// Could not connect (DNS, refused, TLS).
    Connect,
    /// No answer in time.
    Timeout,
    /// The answer could not be understood.
    Decode,
    /// An error event inside a stream, or the stream broke.
    Stream,
    /// No usable credentials.
    Credentials,
    /// The request could not be built from the settings (a header value with a control
    /// character): a setting to fix, nothing was sent.
    Invalid,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.status {
            Some(s) => write!(f, "HTTP {s}: {}", self.message),
            None => write!(f, "{}", self.message),
        }
    }
}

impl std::error::Error for ApiError {}

impl ApiError {
    pub fn request_ids(&self) -> Vec<String> {
        let mut v = Vec::new();
        if let Some(r) = &self.amzn_request_id {
            v.push(format!("x-amzn-requestid: {r}"));
        }
        if let Some(r) = &self.request_id {
            v.push(format!("request-id: {r}"));
        }
        v
    }

    fn transport(e: &reqwest::Error, call: &str) -> ApiError {
        let kind = if e.is_timeout() {
            ApiErrorKind::Timeout
        } else if e.is_connect() {
            ApiErrorKind::Connect
        } else if e.is_decode() || e.is_body() {
            ApiErrorKind::Decode
        } else {
            ApiErrorKind::Connect
        };
        // "https://host/path: tcp connect error: Connection refused", not reqwest's and hyper's
        // wrappers ("error sending request for url (…): client error (Connect): …").
        let top = e.to_string();
        let mut parts: Vec<String> = Vec::new();
        match e.url() {
            Some(u) if top.starts_with("error sending request") => {
                let mut u = u.clone();
                u.set_query(None);
                parts.push(u.to_string());
            }
            _ => parts.push(top),
        }
        let mut src = std::error::Error::source(e);
        while let Some(s) = src {
            let text = s.to_string();
            if !(text.starts_with("client error (") && text.ends_with(')')) {
                parts.push(text);
            }
            src = s.source();
        }
        let msg = parts.join(": ");
        ApiError {
            kind,
            message: msg,
            call: call.to_string(),
            ..Default::default()
        }
    }

    /// Parse an error response: Anthropic JSON, AWS JSON (`message`/`Message`), AWS XML, or text.
    pub fn from_parts(status: u16, headers: &HeaderMap, body: &[u8], call: &str) -> ApiError {
        let h = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(|s| s.to_string())
        };
        let mut e = ApiError {
            kind: ApiErrorKind::Http,
            status: Some(status),
            aws_error_type: h("x-amzn-errortype")
                .map(|t| t.split(':').next().unwrap_or_default().to_string()),
            amzn_request_id: h("x-amzn-requestid").or_else(|| h("x-amz-request-id")),
            request_id: h("request-id"),
            retry_after: None,
            server_date: h("date").and_then(|d| httpdate::parse_http_date(&d).ok()),
            call: call.to_string(),
            ..Default::default()
        };
        match parse_retry_after(headers) {
            RetryAfter::Wait(d) => e.retry_after = Some(d),
            RetryAfter::TooLong(v) => e.retry_after_refused = Some(sanitize(&v)),
            RetryAfter::None => {}
        }
        if (300..400).contains(&status) {
            e.location = h("location").map(|l| display_url(&sanitize(&l)));
            e.message = format!(
                "the server answered HTTP {status} with a redirect to {}; cpaws never follows redirects",
                e.location.as_deref().unwrap_or("(no Location header)")
            );
            return e;
        }
        let text = String::from_utf8_lossy(&body[..body.len().min(MAX_ERROR_BODY)]).to_string();
        if let Ok(v) = serde_json::from_str::<Value>(&text) {
            let err = v.get("error");
            e.error_type = err
                .and_then(|x| x.get("type"))
                .and_then(Value::as_str)
                .map(str::to_string)
                .or_else(|| {
                    v.get("__type")
                        .and_then(Value::as_str)
                        .map(|t| t.rsplit('#').next().unwrap_or(t).to_string())
                });
            e.message = err
                .and_then(|x| x.get("message"))
                .and_then(Value::as_str)
                .or_else(|| v.get("message").and_then(Value::as_str))
                .or_else(|| v.get("Message").and_then(Value::as_str))
                .unwrap_or_default()
                .to_string();
            e.error_code = err
                .and_then(|x| x.get("details"))
                .and_then(|d| d.get("error_code"))
                .and_then(Value::as_str)
                .map(str::to_string);
            if e.request_id.is_none() {
                e.request_id = v
                    .get("request_id")
                    .and_then(Value::as_str)
                    .map(str::to_string);
            }
        } else if text.trim_start().starts_with('<') {
            e.error_type = xml_tag(&text, "Code");
            e.message = xml_tag(&text, "Message").unwrap_or_default();
            if e.amzn_request_id.is_none() {
                e.amzn_request_id = xml_tag(&text, "RequestId");
            }
        } else {
            e.message = text.trim().chars().take(500).collect();
        }
        if e.message.is_empty() {
            e.message = format!(
                "HTTP {status}{}",
                e.aws_error_type
                    .as_deref()
                    .map(|t| format!(" ({t})"))
                    .unwrap_or_default()
            );
        }
        e.message = sanitize(&e.message).trim().to_string();
        e
    }

    /// An AWS SDK (STS/IAM) error, with its code, message and status.
    pub fn from_sdk<E, R>(err: aws_smithy_runtime_api::client::result::SdkError<E, R>) -> ApiError
    where
        E: aws_smithy_types_error_meta::ProvideErrorMetadata + std::error::Error + 'static,
        R: std::fmt::Debug + HasStatus,
    {
        use aws_smithy_runtime_api::client::result::SdkError;
        let mut e = ApiError {
            kind: ApiErrorKind::Http,
            ..Default::default()
        };
        match &err {
            SdkError::ServiceError(se) => {
                let inner = se.err();
                let status = se.raw().status_code();
                e.status = Some(status);
                e.error_type = inner.code().map(str::to_string);
                e.amzn_request_id = inner.meta().extra("aws_request_id").map(str::to_string);
                match (inner.code(), inner.message()) {
                    (_, Some(m)) => e.message = m.to_string(),
                    (Some(code), None) => e.message = code.to_string(),
                    // No code and no message: the body was not an AWS error document (an HTML
                    // page from a proxy, garbage). The SDK would say "unhandled error".
                    (None, None) => {
                        e.kind = ApiErrorKind::Decode;
                        e.message = format!(
                            "the service answered HTTP {status} with a body that is not an AWS answer: {}",
                            evidence(se.raw().body_bytes())
                        );
                    }
                }
            }
            SdkError::TimeoutError(_) => {
                e.kind = ApiErrorKind::Timeout;
                e.message = "the request timed out".into();
            }
            SdkError::DispatchFailure(d) => {
                e.kind = if d.is_timeout() {
                    ApiErrorKind::Timeout
                } else {
                    ApiErrorKind::Connect
                };
                e.message = error_chain(&err);
                if e.message.contains("credential") || e.message.contains("Credentials") {
                    e.kind = ApiErrorKind::Credentials;
                }
            }
            SdkError::ResponseError(r) => {
                e.kind = ApiErrorKind::Decode;
                e.status = Some(r.raw().status_code());
                e.message = format!(
                    "the service answered HTTP {} with a body that is not an AWS answer: {}",
                    r.raw().status_code(),
                    evidence(r.raw().body_bytes())
                );
            }
            _ => {
                e.kind = ApiErrorKind::Connect;
                e.message = error_chain(&err);
                if e.message.to_ascii_lowercase().contains("credential") {
                    e.kind = ApiErrorKind::Credentials;
                }
            }
        }
        e.message = sanitize(&e.message);
        e
    }
}

/// Re-exported so the generic bound above reads well.
pub mod aws_smithy_types_error_meta {
    pub use aws_sdk_sts::error::ProvideErrorMetadata;
}

/// Status code access for the SDK's raw response type.
pub trait HasStatus {
    fn status_code(&self) -> u16;
    /// The body, when it was read into memory (for evidence).
    fn body_bytes(&self) -> &[u8];
}

impl HasStatus for aws_smithy_runtime_api::http::Response {
    fn status_code(&self) -> u16 {
        self.status().as_u16()
    }
    fn body_bytes(&self) -> &[u8] {
        self.body().bytes().unwrap_or_default()
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut cur = e.source();
    while let Some(s) = cur {
        let t = s.to_string();
        if !parts.contains(&t) {
            parts.push(t);
        }
        cur = s.source();
    }
    parts.join(": ")
}

fn xml_tag(text: &str, tag: &str) -> Option<String> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let start = text.find(&open)? + open.len();
    let end = text[start..].find(&close)? + start;
    Some(text[start..end].to_string())
}

/// What a `retry-after` / `retry-after-ms` header asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum RetryAfter {
    /// Nothing usable (absent, negative, not a number or a date).
    None,
    /// A wait cpaws honours (at most [`MAX_RETRY_AFTER`]).
    Wait(Duration),
    /// A wait longer than cpaws honours (the header's text): reported, not slept on.
    TooLong(String),
}

/// Parse `retry-after-ms` (milliseconds) or `retry-after` (seconds or an HTTP date). Any value a
/// server can send is handled: huge, fractional, negative, NaN or garbage never panic.
pub fn parse_retry_after(headers: &HeaderMap) -> RetryAfter {
    let text = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.trim().to_string())
    };
    let judge = |secs: f64, raw: String| -> RetryAfter {
        if !secs.is_finite() || secs < 0.0 {
            return RetryAfter::None;
        }
        match Duration::try_from_secs_f64(secs) {
            Ok(d) if d <= MAX_RETRY_AFTER => RetryAfter::Wait(d),
            _ => RetryAfter::TooLong(raw.chars().take(40).collect()),
        }
    };
    if let Some(raw) = text("retry-after-ms")
        && let Ok(ms) = raw.parse::<f64>()
    {
        let r = judge(ms / 1000.0, format!("retry-after-ms: {raw}"));
        if r != RetryAfter::None {
            return r;
        }
    }
    let Some(raw) = text("retry-after") else {
        return RetryAfter::None;
    };
    if let Ok(secs) = raw.parse::<f64>() {
        return judge(secs, format!("retry-after: {raw}"));
    }
    match httpdate::parse_http_date(&raw) {
        Ok(when) => {
            let wait = when
                .duration_since(SystemTime::now())
                .unwrap_or_default()
                .as_secs_f64();
            judge(wait, format!("retry-after: {raw}"))
        }
        Err(_) => RetryAfter::None,
    }
}

/// A URL for display: userinfo (`user:password@`) replaced by `***@`, query and fragment
/// dropped. Text that does not parse as a URL is returned with any userinfo-looking part masked.
pub fn display_url(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut u) if u.has_host() => {
            let had_userinfo = !u.username().is_empty() || u.password().is_some();
            let _ = u.set_username("");
            let _ = u.set_password(None);
            u.set_query(None);
            u.set_fragment(None);
            let mut s = u.to_string();
            if had_userinfo && let Some(i) = s.find("://") {
                s.insert_str(i + 3, "***@");
            }
            s
        }
        _ => crate::output::mask_userinfo(raw),
    }
}

/// A request body. Files are never read whole into memory.
#[derive(Clone, Debug)]
pub enum Body {
    Empty,
    Json(Bytes),
    /// A sequence of in-memory and file parts (multipart uploads); length and SHA-256 known up front.
    Parts {
        parts: Vec<Part>,
        content_type: String,
        len: u64,
        sha256: String,
    },
}

#[derive(Clone, Debug)]
pub enum Part {
    Bytes(Bytes),
    File(PathBuf),
    /// A file whose bytes sent so far are counted (for progress bars).
    FileWithProgress(PathBuf, std::sync::Arc<std::sync::atomic::AtomicU64>),
}

impl Body {
    pub fn json(v: &Value) -> Body {
        Body::Json(Bytes::from(serde_json::to_vec(v).unwrap_or_default()))
    }

    fn sha256(&self) -> String {
        match self {
            Body::Empty => EMPTY_SHA256.to_string(),
            Body::Json(b) => sha256_hex(b),
            Body::Parts { sha256, .. } => sha256.clone(),
        }
    }

    fn content_type(&self) -> Option<&str> {
        match self {
            Body::Empty => None,
            Body::Json(_) => Some("application/json"),
            Body::Parts { content_type, .. } => Some(content_type),
        }
    }

    fn to_reqwest(&self) -> reqwest::Body {
        match self {
            Body::Empty => reqwest::Body::from(Bytes::new()),
            Body::Json(b) => reqwest::Body::from(b.clone()),
            Body::Parts { parts, .. } => {
                let parts = parts.clone();
                let stream = futures_util::stream::iter(parts).then(|p| async move {
                    let s: std::pin::Pin<Box<dyn Stream<Item = std::io::Result<Bytes>> + Send>> =
                        match p {
                            Part::Bytes(b) => {
                                Box::pin(futures_util::stream::once(async move { Ok(b) }))
                            }
                            Part::File(path) => match tokio::fs::File::open(&path).await {
                                Ok(f) => Box::pin(tokio_util::io::ReaderStream::with_capacity(
                                    f,
                                    256 * 1024,
                                )),
                                Err(e) => {
                                    Box::pin(futures_util::stream::once(async move { Err(e) }))
                                }
                            },
                            Part::FileWithProgress(path, sent) => {
                                match tokio::fs::File::open(&path).await {
                                    Ok(f) => Box::pin(
                                        tokio_util::io::ReaderStream::with_capacity(f, 256 * 1024)
                                            .inspect_ok(move |b| {
                                                sent.fetch_add(
                                                    b.len() as u64,
                                                    std::sync::atomic::Ordering::Relaxed,
                                                );
                                            }),
                                    ),
                                    Err(e) => {
                                        Box::pin(futures_util::stream::once(async move { Err(e) }))
                                    }
                                }
                            }
                        };
                    s
                });
                reqwest::Body::wrap_stream(stream.flatten())
            }
        }
    }
}

#[derive(Clone, Debug)]
pub struct ApiRequest {
    pub method: reqwest::Method,
    /// Path and query, starting with `/v1/`.
    pub path: String,
    pub body: Body,
    pub headers: Vec<(String, String)>,
}

impl ApiRequest {
    pub fn get(path: impl Into<String>) -> Self {
        ApiRequest {
            method: reqwest::Method::GET,
            path: path.into(),
            body: Body::Empty,
            headers: Vec::new(),
        }
    }
    pub fn post_json(path: impl Into<String>, v: &Value) -> Self {
        ApiRequest {
            method: reqwest::Method::POST,
            path: path.into(),
            body: Body::json(v),
            headers: Vec::new(),
        }
    }
    fn describe(&self) -> String {
        format!(
            "gateway {} {}",
            self.method,
            self.path.split('?').next().unwrap_or("")
        )
    }
}

enum Auth {
    Sigv4 {
        creds: Arc<CredentialCache>,
        region: String,
    },
    ApiKey {
        key: Secret,
        header: ApiKeyHeader,
    },
    None,
}

/// Metadata of a successful response.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ResponseMeta {
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amzn_request_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(skip)]
    pub server_date: Option<SystemTime>,
}

impl ResponseMeta {
    fn from_response(r: &reqwest::Response) -> Self {
        let h = |n: &str| {
            r.headers()
                .get(n)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        ResponseMeta {
            status: r.status().as_u16(),
            amzn_request_id: h("x-amzn-requestid"),
            request_id: h("request-id"),
            server_date: h("date").and_then(|d| httpdate::parse_http_date(&d).ok()),
        }
    }
}

pub struct Client {
    http: reqwest::Client,
    base_url: String,
    workspace_id: Option<String>,
    anthropic_version: String,
    max_retries: u32,
    timeout: Duration,
    auth: Auth,
    auth_refresh: Option<String>,
}

/// Build the reqwest client: timeouts, proxies from the environment, an optional CA bundle.
pub fn http_client(settings: &Settings, streaming: bool) -> Result<reqwest::Client, CliError> {
    let mut b = reqwest::Client::builder()
        .user_agent(concat!("cpaws/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(Duration::from_secs(10).min(settings.timeout))
        .read_timeout(settings.timeout)
        // Claude Platform on AWS never redirects; following one would send the signature, the
        // API key or the session token (and, on 307/308, the prompt) to another host. A 3xx is
        // reported with its Location instead (diagnosis `redirected`).
        .redirect(reqwest::redirect::Policy::none());
    if !streaming {
        b = b.timeout(settings.timeout);
    }
    // Extra roots from AWS_CA_BUNDLE (or SSL_CERT_FILE), added to the platform's. Read here (a
    // missing file is reported now), decoded with the platform's roots in the background.
    let mut extra_roots = None;
    for var in [crate::envvars::AWS_CA_BUNDLE, crate::envvars::SSL_CERT_FILE] {
        if let Some(path) = crate::config::env_value(var) {
            let pem = std::fs::read(&path).map_err(|e| {
                CliError::usage(
                    "config.ca_bundle",
                    format!("cannot read the CA bundle {path} (from {var})"),
                )
                .with_cause(e.to_string())
                .with_fix(format!("point {var} at a readable PEM file, or unset it"))
            })?;
            extra_roots = Some(crate::tls::ExtraRoots {
                origin: format!("{path} (from {var})"),
                pem,
            });
            break;
        }
    }
    // No trust store for plain HTTP (see tls.rs); for HTTPS it loads while the connection opens.
    let tls_needed = settings
        .base_url()
        .is_none_or(|u| crate::tls::needs_tls(&u, crate::config::env_value));
    if tls_needed {
        let cfg = crate::tls::client_config(extra_roots).map_err(|e| {
            CliError::new(exit::SERVICE, "transport.init", "cannot set up TLS")
                .with_cause(e.to_string())
        })?;
        b = b.tls_backend_preconfigured(cfg);
    } else {
        b = b.tls_certs_only(Vec::<reqwest::Certificate>::new());
    }
    b.build().map_err(|e| {
        CliError::new(
            exit::SERVICE,
            "transport.init",
            "cannot start the HTTP client",
        )
        .with_cause(e.to_string())
    })
}

impl Client {
    /// A client for the gateway. Fails (with the fix) when region, workspace or credentials are
    /// missing for the chosen auth mode.
    pub fn new(
        settings: &Settings,
        creds: Option<Arc<CredentialCache>>,
    ) -> Result<Client, CliError> {
        let mode = settings.auth_mode();
        let base_url = settings.base_url().ok_or_else(|| {
            CliError::usage("config.region_missing", "no AWS region is configured, and Claude Platform on AWS has no default region")
                .with_fix("set AWS_REGION (or pass --region, or set region in the cpaws config) to the region of your workspace")
        })?;
        let auth = match mode {
            AuthMode::Sigv4 => {
                let region = settings
                    .region
                    .as_ref()
                    .map(|r| r.value.clone())
                    .ok_or_else(|| {
                        CliError::usage(
                            "config.region_missing",
                            "SigV4 signing needs a region, even with a base URL override",
                        )
                        .with_fix(
                            "set AWS_REGION (or pass --region) to the region of your workspace",
                        )
                    })?;
                let creds = creds.ok_or_else(|| {
                    CliError::new(exit::CREDENTIALS, "credentials.none", "no AWS credentials")
                })?;
                Auth::Sigv4 { creds, region }
            }
            AuthMode::ApiKey => {
                let key = settings.api_key.as_ref().ok_or_else(|| {
                    CliError::new(
                        exit::CREDENTIALS,
                        "api_key.missing",
                        "API-key authentication was chosen, but no API key is configured",
                    )
                    .with_fix("set ANTHROPIC_AWS_API_KEY, or pass --api-key-file FILE")
                })?;
                Auth::ApiKey {
                    key: key.value.clone(),
                    header: settings.api_key_header.value,
                }
            }
            AuthMode::None => Auth::None,
        };
        if mode != AuthMode::None && settings.workspace_id.is_none() {
            return Err(CliError::usage("config.workspace_missing", "no workspace ID is configured")
                .with_fix("set ANTHROPIC_AWS_WORKSPACE_ID (or pass --workspace-id, or set workspace_id in the cpaws config)"));
        }
        Ok(Client {
            http: http_client(settings, true)?,
            base_url,
            workspace_id: settings.workspace_id.as_ref().map(|w| w.value.clone()),
            anthropic_version: settings.anthropic_version.value.clone(),
            max_retries: settings.max_retries,
            timeout: settings.timeout,
            auth,
            auth_refresh: settings.auth_refresh.as_ref().map(|a| a.value.clone()),
        })
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    pub fn workspace_id(&self) -> Option<&str> {
        self.workspace_id.as_deref()
    }

    async fn build(&self, req: &ApiRequest) -> Result<reqwest::Request, ApiError> {
        let url_text = format!("{}{}", self.base_url, req.path);
        let url = reqwest::Url::parse(&url_text).map_err(|e| ApiError {
            kind: ApiErrorKind::Connect,
            message: format!("invalid URL {url_text}: {e}"),
            call: req.describe(),
            ..Default::default()
        })?;
        let host = match (url.host_str(), url.port()) {
            (Some(h), Some(p)) => format!("{h}:{p}"),
            (Some(h), None) => h.to_string(),
            _ => String::new(),
        };
        let mut headers: Vec<(String, String)> = Vec::new();
        if let Some(ct) = req.body.content_type() {
            headers.push(("content-type".into(), ct.to_string()));
        }
        if let Body::Parts { len, .. } = &req.body {
            headers.push(("content-length".into(), len.to_string()));
        }
        headers.push(("anthropic-version".into(), self.anthropic_version.clone()));
        if let Some(ws) = &self.workspace_id {
            headers.push(("anthropic-workspace-id".into(), ws.clone()));
        }
        for (k, v) in &req.headers {
            headers.push((k.to_ascii_lowercase(), v.clone()));
        }
        // Every value must be sendable before anything is signed (a control character in a
        // setting is a setting to fix, not a signing or connection failure).
        for (k, v) in &headers {
            if HeaderValue::from_str(v).is_err() {
                return Err(ApiError {
                    kind: ApiErrorKind::Invalid,
                    message: format!(
                        "the value for the {k} header has a control character and cannot be sent"
                    ),
                    call: req.describe(),
                    ..Default::default()
                });
            }
        }
        let mut extra: Vec<(String, String, bool)> = Vec::new();
        match &self.auth {
            Auth::Sigv4 { creds, region } => {
                let c = creds.get().await.map_err(|e| ApiError {
                    kind: ApiErrorKind::Credentials,
                    message: e.message.clone(),
                    error_type: Some(e.code.clone()),
                    call: req.describe(),
                    ..Default::default()
                })?;
                let mut to_sign = vec![("host".to_string(), host.clone())];
                to_sign.extend(headers.iter().cloned());
                let signed = sign_headers(
                    &c,
                    region,
                    SystemTime::now(),
                    req.method.as_str(),
                    url.as_str(),
                    &to_sign,
                    &req.body.sha256(),
                )
                .map_err(|m| ApiError {
                    kind: ApiErrorKind::Credentials,
                    message: format!("cannot sign the request: {m}"),
                    call: req.describe(),
                    ..Default::default()
                })?;
                for (k, v) in signed.0 {
                    let sensitive = k == "authorization" || k == "x-amz-security-token";
                    extra.push((k, v, sensitive));
                }
            }
            Auth::ApiKey { key, header } => match header {
                ApiKeyHeader::XApiKey => {
                    extra.push(("x-api-key".into(), key.expose().to_string(), true))
                }
                ApiKeyHeader::Bearer => extra.push((
                    "authorization".into(),
                    format!("Bearer {}", key.expose()),
                    true,
                )),
            },
            Auth::None => {}
        }
        let mut map = HeaderMap::new();
        for (k, v, sensitive) in headers.into_iter().map(|(k, v)| (k, v, false)).chain(extra) {
            let name = HeaderName::from_bytes(k.as_bytes()).map_err(|e| ApiError {
                kind: ApiErrorKind::Invalid,
                message: format!("invalid header name {}: {e}", sanitize(&k)),
                call: req.describe(),
                ..Default::default()
            })?;
            let mut value = HeaderValue::from_str(&v).map_err(|_| ApiError {
                kind: ApiErrorKind::Invalid,
                message: format!(
                    "the value for the {k} header has a control character and cannot be sent"
                ),
                call: req.describe(),
                ..Default::default()
            })?;
            value.set_sensitive(sensitive);
            map.insert(name, value);
        }
        let mut r = reqwest::Request::new(req.method.clone(), url);
        *r.headers_mut() = map;
        if !matches!(req.body, Body::Empty) || req.method != reqwest::Method::GET {
            *r.body_mut() = Some(req.body.to_reqwest());
        }
        Ok(r)
    }

    /// Send with retries; returns the successful response (status < 300) or the parsed error.
    /// Connecting, the headers and every retry must fit in `--timeout` (the body is the caller's:
    /// [`Client::json`] bounds it by the same deadline, a stream by its idle timeout).
    pub async fn send(&self, req: &ApiRequest) -> Result<reqwest::Response, ApiError> {
        self.send_until(req, tokio::time::Instant::now() + self.timeout)
            .await
    }

    async fn send_until(
        &self,
        req: &ApiRequest,
        deadline: tokio::time::Instant,
    ) -> Result<reqwest::Response, ApiError> {
        let mut attempt: u32 = 0;
        let mut refreshed = false;
        loop {
            let built = self.build(req).await?;
            tracing::debug!(method = %req.method, path = %req.path, attempt, "request");
            let outcome = match tokio::time::timeout_at(deadline, self.http.execute(built)).await {
                Ok(o) => o,
                Err(_) => return Err(self.deadline_error(req)),
            };
            let err = match outcome {
                Ok(resp) if resp.status().as_u16() < 300 => {
                    tracing::debug!(status = resp.status().as_u16(), "response");
                    return Ok(resp);
                }
                Ok(resp) => {
                    let status = resp.status().as_u16();
                    let headers = resp.headers().clone();
                    let body =
                        match tokio::time::timeout_at(deadline, read_limited(resp, MAX_ERROR_BODY))
                            .await
                        {
                            Ok(b) => b.unwrap_or_default(),
                            Err(_) => Bytes::new(),
                        };
                    ApiError::from_parts(status, &headers, &body, &req.describe())
                }
                Err(e) => ApiError::transport(&e, &req.describe()),
            };
            tracing::debug!(error = %err, "request failed");
            if !refreshed
                && credentials_expired(&err)
                && let (Some(cmd), Auth::Sigv4 { creds, .. }) = (&self.auth_refresh, &self.auth)
            {
                refreshed = true;
                if creds.refresh_once(cmd).await {
                    continue;
                }
            }
            if attempt >= self.max_retries || !retryable(&err) {
                return Err(err);
            }
            let delay = backoff(attempt, err.retry_after);
            if tokio::time::Instant::now() + delay >= deadline {
                // Waiting would pass the deadline: the last answer is the result.
                return Err(err);
            }
            if delay >= ANNOUNCE_WAIT {
                tracing::warn!(
                    "{} answered {}; retrying in {:.0}s (attempt {} of {})",
                    req.describe(),
                    err.status
                        .map_or_else(|| err.message.clone(), |s| format!("HTTP {s}")),
                    delay.as_secs_f64(),
                    attempt + 2,
                    self.max_retries + 1
                );
            } else {
                tracing::info!("retrying in {:.1}s after {}", delay.as_secs_f64(), err);
            }
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    fn deadline_error(&self, req: &ApiRequest) -> ApiError {
        ApiError {
            kind: ApiErrorKind::Timeout,
            message: format!(
                "no complete answer within {}s (--timeout)",
                self.timeout.as_secs()
            ),
            call: req.describe(),
            ..Default::default()
        }
    }

    /// Send and parse a JSON answer. The whole exchange (connect, headers, body, retries) must
    /// fit in `--timeout`, and the body in [`MAX_JSON_BODY`].
    pub async fn json(&self, req: &ApiRequest) -> Result<(Value, ResponseMeta), ApiError> {
        let deadline = tokio::time::Instant::now() + self.timeout;
        let resp = self.send_until(req, deadline).await?;
        let meta = ResponseMeta::from_response(&resp);
        let bytes =
            match tokio::time::timeout_at(deadline, read_limited(resp, MAX_JSON_BODY + 1)).await {
                Ok(b) => b.map_err(|e| ApiError::transport(&e, &req.describe()))?,
                Err(_) => return Err(self.deadline_error(req)),
            };
        if bytes.len() > MAX_JSON_BODY {
            return Err(ApiError {
                kind: ApiErrorKind::Decode,
                status: Some(meta.status),
                message: format!(
                    "the answer is larger than {} MiB, far more than the API sends",
                    MAX_JSON_BODY >> 20
                ),
                amzn_request_id: meta.amzn_request_id.clone(),
                request_id: meta.request_id.clone(),
                call: req.describe(),
                ..Default::default()
            });
        }
        let v: Value = serde_json::from_slice(&bytes).map_err(|e| ApiError {
            kind: ApiErrorKind::Decode,
            status: Some(meta.status),
            message: format!(
                "the service answered with something that is not JSON ({e}): {}",
                evidence(&bytes)
            ),
            amzn_request_id: meta.amzn_request_id.clone(),
            request_id: meta.request_id.clone(),
            call: req.describe(),
            ..Default::default()
        })?;
        Ok((v, meta))
    }

    /// Send and parse a list answer (`{"data": [objects…], …}`); any other shape is an
    /// unexpected response, not an empty list.
    pub async fn json_list(&self, req: &ApiRequest) -> Result<(Value, ResponseMeta), ApiError> {
        let (v, meta) = self.json(req).await?;
        let ok = v
            .get("data")
            .and_then(Value::as_array)
            .is_some_and(|a| a.iter().all(Value::is_object));
        if !ok {
            return Err(unexpected_shape(
                &v,
                &meta,
                &req.describe(),
                "a list ({\"data\": [...]})",
            ));
        }
        Ok((v, meta))
    }

    /// Send and return the server-sent events of the answer. The answer must be an event stream
    /// (`text/event-stream`); anything else (a proxy's HTML page, a JSON Message) is an
    /// `unexpected_response` error showing the content type and the first bytes of the body.
    /// Invalid UTF-8 in the stream is replaced with U+FFFD ([`Utf8Repair`]) instead of ending it.
    pub async fn sse(
        &self,
        req: &ApiRequest,
    ) -> Result<
        (
            impl Stream<Item = Result<SseEvent, ApiError>> + use<>,
            ResponseMeta,
        ),
        ApiError,
    > {
        let resp = self.send(req).await?;
        let meta = ResponseMeta::from_response(&resp);
        let call = req.describe();
        let ctype = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
            .unwrap_or_default();
        if !is_event_stream(&ctype) {
            let head = first_bytes(resp, SSE_EXCERPT).await;
            let shown_type = if ctype.trim().is_empty() {
                "none".to_string()
            } else {
                one_line(&ctype)
            };
            let excerpt = one_line(&String::from_utf8_lossy(&head));
            let began = if excerpt.is_empty() {
                "its body was empty".to_string()
            } else if head.len() >= SSE_EXCERPT {
                format!("its body began with {excerpt}…")
            } else {
                format!("its body was {excerpt}")
            };
            return Err(ApiError {
                kind: ApiErrorKind::Decode,
                error_type: Some("unexpected_response".into()),
                message: format!(
                    "the service did not answer with an event stream (HTTP {}, content type {shown_type}): {began}",
                    meta.status
                ),
                amzn_request_id: meta.amzn_request_id.clone(),
                request_id: meta.request_id.clone(),
                call,
                ..Default::default()
            });
        }
        Ok((sse::events(resp, call, self.timeout), meta))
    }
}

/// Read a body, at most `limit` bytes (the rest is not read).
async fn read_limited(resp: reqwest::Response, limit: usize) -> Result<Bytes, reqwest::Error> {
    let mut out = bytes::BytesMut::new();
    let mut stream = resp.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        let room = limit.saturating_sub(out.len());
        out.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if out.len() >= limit {
            break;
        }
    }
    Ok(out.freeze())
}

/// The first bytes of a body, sanitized, for an error's evidence.
pub fn evidence(bytes: &[u8]) -> String {
    let head = &bytes[..bytes.len().min(EVIDENCE_BYTES)];
    let mut text = sanitize(&String::from_utf8_lossy(head)).replace('\n', " ");
    if bytes.len() > EVIDENCE_BYTES {
        text.push('…');
    }
    format!("{text:?}")
}

/// A successful answer whose body is not the documented shape: evidence, not a guess.
pub fn unexpected_shape(v: &Value, meta: &ResponseMeta, call: &str, expected: &str) -> ApiError {
    let body = serde_json::to_vec(v).unwrap_or_default();
    ApiError {
        kind: ApiErrorKind::Decode,
        status: Some(meta.status),
        message: format!(
            "the service answered HTTP {} with a body that is not {expected}: {}",
            meta.status,
            evidence(&body)
        ),
        amzn_request_id: meta.amzn_request_id.clone(),
        request_id: meta.request_id.clone(),
        call: call.to_string(),
        ..Default::default()
    }
}

/// Credentials that expired (locally or as the service says): `auth_refresh` can fix this.
pub fn credentials_expired(err: &ApiError) -> bool {
    let m = err.message.to_ascii_lowercase();
    (err.kind == ApiErrorKind::Credentials && m.contains("expired"))
        || m.contains("security token included in the request is expired")
        || err
            .aws_error_type
            .as_deref()
            .is_some_and(|t| t.contains("ExpiredToken"))
        || err
            .error_type
            .as_deref()
            .is_some_and(|t| t.contains("ExpiredToken"))
}

/// Whether a connection failed on the server's certificate (rustls: "invalid peer certificate: …").
pub fn is_certificate_error(message: &str) -> bool {
    let m = message.to_ascii_lowercase();
    m.contains("invalid peer certificate")
        || m.contains("certificate verify failed")
        || m.contains("no ca certificates were loaded")
}

fn retryable(err: &ApiError) -> bool {
    match err.kind {
        // A certificate that is not trusted now will not be trusted in a second.
        ApiErrorKind::Connect => !is_certificate_error(&err.message),
        ApiErrorKind::Timeout => true,
        // A wait longer than cpaws honours is reported, not slept on.
        ApiErrorKind::Http if err.retry_after_refused.is_some() => false,
        ApiErrorKind::Http => match err.status {
            Some(429) => err.error_code.as_deref() != Some("enforced_spend_limit_reached"),
            Some(408 | 409 | 500 | 502 | 503 | 504 | 529) => true,
            _ => false,
        },
        _ => false,
    }
}

/// The wait before the next attempt: the server's `retry-after` (already capped when parsed),
/// else jittered exponential backoff.
fn backoff(attempt: u32, retry_after: Option<Duration>) -> Duration {
    if let Some(ra) = retry_after {
        return ra.min(MAX_RETRY_AFTER);
    }
    let base = Duration::from_millis(500).saturating_mul(1u32 << attempt.min(6));
    let base = base.min(MAX_BACKOFF);
    let jitter: f64 = rand::random::<f64>() * 0.5 + 0.75;
    base.mul_f64(jitter)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(
                HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        h
    }

    #[test]
    fn parses_anthropic_error_shape() {
        let body = br#"{"type":"error","error":{"type":"rate_limit_error","message":"slow down","details":{"error_code":"enforced_spend_limit_reached"}},"request_id":"req_1"}"#;
        let e = ApiError::from_parts(429, &headers(&[("x-amzn-requestid", "abc")]), body, "t");
        assert_eq!(e.error_type.as_deref(), Some("rate_limit_error"));
        assert_eq!(e.message, "slow down");
        assert_eq!(
            e.error_code.as_deref(),
            Some("enforced_spend_limit_reached")
        );
        assert_eq!(e.request_id.as_deref(), Some("req_1"));
        assert_eq!(e.amzn_request_id.as_deref(), Some("abc"));
        assert!(!retryable(&e));
    }

    #[test]
    fn parses_aws_shapes() {
        let e = ApiError::from_parts(
            403,
            &headers(&[("x-amzn-errortype", "AccessDeniedException:http://internal")]),
            br#"{"Message":"User: x is not authorized"}"#,
            "t",
        );
        assert_eq!(e.aws_error_type.as_deref(), Some("AccessDeniedException"));
        assert_eq!(e.message, "User: x is not authorized");
        let x = ApiError::from_parts(
            403,
            &HeaderMap::new(),
            b"<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>nope</Message></Error><RequestId>r1</RequestId></ErrorResponse>",
            "t",
        );
        assert_eq!(x.error_type.as_deref(), Some("AccessDenied"));
        assert_eq!(x.message, "nope");
        assert_eq!(x.amzn_request_id.as_deref(), Some("r1"));
        let t = ApiError::from_parts(502, &HeaderMap::new(), b"Bad gateway \x1b[31m", "t");
        assert_eq!(t.message, "Bad gateway");
        let empty = ApiError::from_parts(500, &HeaderMap::new(), b"", "t");
        assert_eq!(empty.message, "HTTP 500");
    }

    #[test]
    fn retry_rules() {
        let mk = |status| ApiError {
            status: Some(status),
            ..Default::default()
        };
        assert!(retryable(&mk(429)));
        assert!(retryable(&mk(529)));
        assert!(retryable(&mk(503)));
        assert!(!retryable(&mk(403)));
        assert!(!retryable(&mk(400)));
        assert_eq!(
            backoff(0, Some(Duration::from_secs(2))),
            Duration::from_secs(2)
        );
        assert_eq!(backoff(0, Some(Duration::from_secs(3600))), MAX_RETRY_AFTER);
        let b = backoff(10, None);
        assert!(b <= MAX_BACKOFF.mul_f64(1.25));
    }

    #[test]
    fn retry_after_forms() {
        assert_eq!(
            parse_retry_after(&headers(&[("retry-after", "2")])),
            RetryAfter::Wait(Duration::from_secs(2))
        );
        assert_eq!(
            parse_retry_after(&headers(&[("retry-after-ms", "150")])),
            RetryAfter::Wait(Duration::from_millis(150))
        );
        assert_eq!(
            parse_retry_after(&headers(&[("retry-after", "soon")])),
            RetryAfter::None
        );
        for huge in ["1e30", "18446744073709551616", "inf", "1e308"] {
            assert!(matches!(
                parse_retry_after(&headers(&[("retry-after", huge)])),
                RetryAfter::TooLong(_) | RetryAfter::None
            ));
            assert!(matches!(
                parse_retry_after(&headers(&[("retry-after-ms", huge)])),
                RetryAfter::TooLong(_) | RetryAfter::None
            ));
        }
        assert_eq!(
            parse_retry_after(&headers(&[("retry-after", "-5")])),
            RetryAfter::None
        );
        assert_eq!(
            parse_retry_after(&headers(&[("retry-after", "NaN")])),
            RetryAfter::None
        );
    }
}
