//! `ApiError`: what went wrong talking to a service, parsed from any answer (Anthropic JSON, AWS
//! JSON or XML, text, an SDK error), with the evidence a diagnosis shows.

use super::*;

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
    /// The error cpaws itself said before sending (credentials: a missing AWS profile), with its
    /// own cause and fix for the diagnosis to keep.
    #[serde(skip)]
    pub local: Option<Box<CliError>>,
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

/// Whether the connection was made but what came back is not HTTP (garbage, a head too large):
/// hyper's parse error somewhere in the error's chain.
pub(super) fn unparsable_answer(e: &(dyn std::error::Error + 'static)) -> bool {
    crate::error::chain(e).any(|s| {
        s.downcast_ref::<hyper::Error>()
            .is_some_and(|h| h.is_parse() || h.is_parse_too_large() || h.is_parse_status())
    })
}

/// Whether an I/O timeout (a connect timeout) is somewhere in the error's chain.
pub(super) fn timed_out(e: &(dyn std::error::Error + 'static)) -> bool {
    crate::error::chain(e).any(|s| {
        s.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::TimedOut)
    })
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

    pub(super) fn transport(e: &reqwest::Error, call: &str) -> ApiError {
        let kind = if e.is_timeout() {
            ApiErrorKind::Timeout
        } else if e.is_connect() {
            ApiErrorKind::Connect
        } else if e.is_decode() || e.is_body() || unparsable_answer(e) {
            ApiErrorKind::Decode
        } else {
            ApiErrorKind::Connect
        };
        // "https://host/path: tcp connect error: Connection refused", not reqwest's and hyper's
        // wrappers ("error sending request for url (…): client error (Connect): …").
        let top = e.to_string();
        let first = match e.url() {
            Some(u) if top.starts_with("error sending request") => {
                let mut u = u.clone();
                u.set_query(None);
                u.to_string()
            }
            _ => top,
        };
        Self::from_chain(kind, first, std::error::Error::source(e), call)
    }

    /// A transport error from `first` (the URL or the error's own words) and an error chain,
    /// without hyper's "client error (…)" wrappers.
    pub(super) fn from_chain(
        kind: ApiErrorKind,
        first: String,
        src: Option<&(dyn std::error::Error + 'static)>,
        call: &str,
    ) -> ApiError {
        let mut parts = vec![first];
        parts.extend(
            src.into_iter()
                .flat_map(crate::error::chain)
                .map(|s| s.to_string())
                .filter(|t| !(t.starts_with("client error (") && t.ends_with(')'))),
        );
        ApiError {
            kind,
            message: parts.join(": "),
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
                // An error cpaws said itself (a missing AWS profile) keeps its words and fix.
                if let Some(local) = d
                    .as_connector_error()
                    .and_then(|c| CliError::in_chain(c as &(dyn std::error::Error + 'static)))
                {
                    e.kind = ApiErrorKind::Credentials;
                    e.message = local.message.clone();
                    e.local = Some(Box::new(local.clone()));
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

pub(super) fn error_chain(e: &dyn std::error::Error) -> String {
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

pub(super) fn xml_tag(text: &str, tag: &str) -> Option<String> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let start = text.find(&open)? + open.len();
    let end = text[start..].find(&close)? + start;
    Some(text[start..end].to_string())
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
