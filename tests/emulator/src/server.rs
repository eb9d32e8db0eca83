//! The HTTP server: one axum fallback handler that dispatches to the control API (`/_emulator/…`),
//! the IAM/STS query API (`POST /`) and the gateway (`/v1/…`, `/region/{r}/v1/…`).

use crate::faults;
use crate::sigv4::{self, Scope};
use crate::state::{Caller, State};
use crate::xml;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::Response;
use serde_json::{Value, json};
use std::collections::HashSet;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

/// Only the first 64 KiB of each request body is recorded.
pub const RECORD_BODY_LIMIT: usize = 64 * 1024;
/// AWS's allowed clock skew for SigV4 (±5 minutes).
pub const SIGV4_SKEW: Duration = Duration::from_secs(300);

/// One request as the emulator saw it (for tests: `Emulator::requests`, `GET /_emulator/requests`).
#[derive(Clone, Debug, PartialEq)]
pub struct RecordedRequest {
    pub method: String,
    /// Path including the query string.
    pub path: String,
    pub headers: Vec<(String, String)>,
    /// First 64 KiB.
    pub body: Vec<u8>,
    pub status: u16,
    /// "gateway" | "iam" | "sts"
    pub service: String,
    /// IAM/STS Action or the gateway route's IAM action (e.g. "CreateInference").
    pub action: Option<String>,
}

impl RecordedRequest {
    pub fn to_json(&self) -> Value {
        json!({
            "method": self.method,
            "path": self.path,
            "headers": self.headers,
            "body": String::from_utf8_lossy(&self.body),
            "status": self.status,
            "service": self.service,
            "action": self.action,
        })
    }
}

/// Shared server state.
pub struct App {
    pub state: Mutex<State>,
    pub requests: Mutex<Vec<RecordedRequest>>,
    /// Hashes of prompt prefixes seen with `cache_control` marks (prompt-caching usage numbers).
    pub cache_prefixes: Mutex<HashSet<String>>,
    /// Uploaded file contents live here.
    pub files_dir: tempfile::TempDir,
}

pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl App {
    pub fn new(state: State) -> std::io::Result<App> {
        Ok(App {
            state: Mutex::new(state),
            requests: Mutex::new(Vec::new()),
            cache_prefixes: Mutex::new(HashSet::new()),
            files_dir: tempfile::Builder::new()
                .prefix("cpaws-emulator-files-")
                .tempdir()?,
        })
    }

    /// The emulator's clock: wall clock + `now_offset_seconds`.
    pub fn now(&self) -> SystemTime {
        let offset = lock(&self.state).now_offset_seconds;
        offset_time(SystemTime::now(), offset)
    }
}

pub fn offset_time(t: SystemTime, offset: i64) -> SystemTime {
    if offset >= 0 {
        t + Duration::from_secs(offset.unsigned_abs())
    } else {
        t.checked_sub(Duration::from_secs(offset.unsigned_abs()))
            .unwrap_or(SystemTime::UNIX_EPOCH)
    }
}

/// What a request looks like to the handlers.
#[derive(Clone, Debug)]
pub struct Incoming {
    pub method: String,
    /// Path as received (still percent-encoded), without the query.
    pub raw_path: String,
    pub raw_query: String,
    /// Lower-case names, values as received (lossy UTF-8).
    pub headers: Vec<(String, String)>,
    /// `x-amzn-requestid` (UUID).
    pub amzn_request_id: String,
    /// `request-id` (`req_…`).
    pub request_id: String,
}

impl Incoming {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn path_and_query(&self) -> String {
        if self.raw_query.is_empty() {
            self.raw_path.clone()
        } else {
            format!("{}?{}", self.raw_path, self.raw_query)
        }
    }
}

pub fn header_pairs(h: &HeaderMap) -> Vec<(String, String)> {
    h.iter()
        .map(|(k, v)| {
            (
                k.as_str().to_ascii_lowercase(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect()
}

pub fn new_id(prefix: &str) -> String {
    format!("{prefix}{}", uuid::Uuid::new_v4().simple())
}

/// Set a header, ignoring values that are not valid header text.
pub fn set_header(resp: &mut Response, name: &str, value: &str) {
    if let (Ok(n), Ok(v)) = (
        HeaderName::from_bytes(name.as_bytes()),
        HeaderValue::from_str(value),
    ) {
        resp.headers_mut().insert(n, v);
    }
}

pub fn status_code(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

pub fn json_response(status: u16, v: &Value) -> Response {
    let mut r = Response::new(Body::from(v.to_string()));
    *r.status_mut() = status_code(status);
    set_header(&mut r, "content-type", "application/json");
    r
}

fn xml_response(q: xml::QueryResponse) -> Response {
    let mut r = Response::new(Body::from(q.body));
    *r.status_mut() = status_code(q.status);
    set_header(&mut r, "content-type", "text/xml");
    r
}

/// The axum entry point for every request.
pub async fn dispatch(
    axum::extract::State(app): axum::extract::State<Arc<App>>,
    req: Request,
) -> Response {
    let (parts, body) = req.into_parts();
    let raw_path = parts.uri.path().to_string();
    let raw_query = parts.uri.query().unwrap_or("").to_string();
    if raw_path == "/_emulator" || raw_path.starts_with("/_emulator/") {
        return control(&app, parts.method.as_str(), &raw_path, body).await;
    }
    let inc = Incoming {
        method: parts.method.as_str().to_string(),
        raw_path,
        raw_query,
        headers: header_pairs(&parts.headers),
        amzn_request_id: uuid::Uuid::new_v4().to_string(),
        request_id: new_id("req_"),
    };
    let mut rec = RecordedRequest {
        method: inc.method.clone(),
        path: inc.path_and_query(),
        headers: inc.headers.clone(),
        body: Vec::new(),
        status: 0,
        service: "gateway".to_string(),
        action: None,
    };
    let is_query_api =
        inc.raw_path == "/" && (inc.method == "POST" || inc.raw_query.contains("Action="));
    let mut resp = if is_query_api {
        query_api(&app, &inc, body, &mut rec).await
    } else {
        crate::gateway::handle(&app, &inc, body, &mut rec).await
    };
    let now = app.now();
    set_header(&mut resp, "x-amzn-requestid", &inc.amzn_request_id);
    if !is_query_api {
        set_header(&mut resp, "request-id", &inc.request_id);
    }
    set_header(&mut resp, "date", &httpdate::fmt_http_date(now));
    rec.status = resp.status().as_u16();
    lock(&app.requests).push(rec);
    resp
}

// ---------------------------------------------------------------------------------------------
// SigV4 (header form) shared by the gateway and IAM/STS.

#[derive(Clone, Debug, PartialEq)]
pub enum SigFail {
    /// No Authorization header (and no API key).
    Missing,
    /// Unparseable Authorization header / missing X-Amz-Date.
    Incomplete(String),
    /// Scope service is not the expected one.
    WrongService(String),
    /// Scope region differs from the (pinned) endpoint region.
    WrongRegion,
    /// X-Amz-Date outside ±5 minutes of the emulator clock (AWS text in the payload).
    SignatureExpired(String),
    /// Unknown access key id, or session token missing/mismatched.
    InvalidToken,
    /// The access key (session) has expired.
    TokenExpired,
    /// The signature does not match.
    BadSignature,
}

pub const MSG_INVALID_TOKEN: &str = "The security token included in the request is invalid.";
pub const MSG_EXPIRED_TOKEN: &str = "The security token included in the request is expired";
pub const MSG_BAD_SIGNATURE: &str = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";
pub const MSG_WRONG_REGION: &str = "Credential should be scoped to a valid region.";

impl SigFail {
    pub fn message(&self) -> String {
        match self {
            SigFail::Missing => "Missing Authentication Token".to_string(),
            SigFail::Incomplete(m) | SigFail::SignatureExpired(m) => m.clone(),
            SigFail::WrongService(s) => {
                format!("Credential should be scoped to correct service: '{s}'. ")
            }
            SigFail::WrongRegion => MSG_WRONG_REGION.to_string(),
            SigFail::InvalidToken => MSG_INVALID_TOKEN.to_string(),
            SigFail::TokenExpired => MSG_EXPIRED_TOKEN.to_string(),
            SigFail::BadSignature => MSG_BAD_SIGNATURE.to_string(),
        }
    }
}

/// Verify a header-signed SigV4 request. `services` lists the acceptable scope services (the first
/// one is named in the wrong-service message); `pinned_region` = the endpoint's region if fixed.
/// Returns the caller and the credential scope.
pub fn verify_sigv4(
    state: &State,
    inc: &Incoming,
    body_sha256: &str,
    now: SystemTime,
    services: &[&str],
    pinned_region: Option<&str>,
) -> Result<(Caller, Scope), SigFail> {
    let auth = inc.header("authorization").ok_or(SigFail::Missing)?;
    let parsed = sigv4::parse_authorization(auth).map_err(SigFail::Incomplete)?;
    let scope = parsed.scope.clone();
    if !services.contains(&scope.service.as_str()) {
        return Err(SigFail::WrongService(
            services.first().copied().unwrap_or("").to_string(),
        ));
    }
    if let Some(r) = pinned_region
        && r != scope.region
    {
        return Err(SigFail::WrongRegion);
    }
    let amz_date = inc.header("x-amz-date").ok_or_else(|| {
        SigFail::Incomplete(
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
                .to_string(),
        )
    })?;
    let signed_at = sigv4::parse_amz_date(amz_date).ok_or_else(|| {
        SigFail::Incomplete(format!(
            "Date must be in ISO-8601 'basic format'. Got '{amz_date}'."
        ))
    })?;
    let fmt = sigv4::format_amz_date;
    if signed_at + SIGV4_SKEW < now {
        // AWS: "Signature expired: <date> is now earlier than <now - 5 min> (<now> - 5 min.)"
        return Err(SigFail::SignatureExpired(format!(
            "Signature expired: {amz_date} is now earlier than {} ({} - 5 min.)",
            fmt(now - SIGV4_SKEW),
            fmt(now)
        )));
    }
    if signed_at > now + SIGV4_SKEW {
        return Err(SigFail::SignatureExpired(format!(
            "Signature not yet current: {amz_date} is still later than {} ({} + 5 min.)",
            fmt(now + SIGV4_SKEW),
            fmt(now)
        )));
    }
    let key = state
        .access_key(&scope.access_key_id)
        .ok_or(SigFail::InvalidToken)?;
    let sent_token = inc.header("x-amz-security-token");
    if sent_token != key.session_token.as_deref() {
        return Err(SigFail::InvalidToken);
    }
    if let Some(exp) = &key.expires
        && crate::state::parse_rfc3339(exp).is_some_and(|e| e <= now)
    {
        return Err(SigFail::TokenExpired);
    }
    // Payload hash: the x-amz-content-sha256 value if sent (UNSIGNED-PAYLOAD accepted), else the
    // SHA-256 of the exact body bytes. A sent hash that does not match the body is a mismatch.
    let payload_hash = match inc.header("x-amz-content-sha256") {
        Some(h) if h == "UNSIGNED-PAYLOAD" => h.to_string(),
        Some(h) => {
            if !h.eq_ignore_ascii_case(body_sha256) {
                return Err(SigFail::BadSignature);
            }
            h.to_string()
        }
        None => body_sha256.to_string(),
    };
    let query = sigv4::parse_query(&inc.raw_query);
    let input = sigv4::CanonicalInput {
        method: &inc.method,
        raw_path: &inc.raw_path,
        query: &query,
        headers: &inc.headers,
        signed_headers: &parsed.signed_headers,
        payload_hash: &payload_hash,
    };
    let expected = sigv4::compute_header_signature(&key.secret, &scope, amz_date, &input)
        .ok_or(SigFail::BadSignature)?;
    if !sigv4::signatures_equal(&expected, &parsed.signature) {
        return Err(SigFail::BadSignature);
    }
    let caller = state
        .caller_for_access_key(key)
        .ok_or(SigFail::InvalidToken)?;
    Ok((caller, scope))
}

// ---------------------------------------------------------------------------------------------
// IAM / STS query protocol.

const STS_ACTIONS: &[&str] = &["GetCallerIdentity", "AssumeRole", "GetWebIdentityToken"];

/// Decode an `application/x-www-form-urlencoded` string (`+` = space).
pub fn parse_form(raw: &str) -> Vec<(String, String)> {
    raw.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            let dec = |s: &str| {
                percent_encoding::percent_decode_str(&s.replace('+', " "))
                    .decode_utf8_lossy()
                    .into_owned()
            };
            (dec(k), dec(v))
        })
        .collect()
}

async fn query_api(
    app: &Arc<App>,
    inc: &Incoming,
    body: Body,
    rec: &mut RecordedRequest,
) -> Response {
    let rid = inc.amzn_request_id.clone();
    let bytes = match axum::body::to_bytes(body, 16 * 1024 * 1024).await {
        Ok(b) => b,
        Err(_) => {
            return xml_response(xml::error_response(
                413,
                "RequestEntityTooLarge",
                "Request body too large",
                &rid,
            ));
        }
    };
    rec.body = bytes[..bytes.len().min(RECORD_BODY_LIMIT)].to_vec();
    let mut params = parse_form(&inc.raw_query);
    params.extend(parse_form(&String::from_utf8_lossy(&bytes)));
    let action = params
        .iter()
        .find(|(k, _)| k == "Action")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let is_sts = STS_ACTIONS.contains(&action.as_str());
    rec.service = if is_sts { "sts" } else { "iam" }.to_string();
    rec.action = Some(action.clone());

    // Faults (latency first, then status / malformed body).
    let fired = faults::take(app, &inc.method, &inc.raw_path, Some(&action));
    faults::apply_latency(&fired).await;
    if let Some(f) = faults::status_fault(&fired) {
        let status = f.status.unwrap_or(500);
        let code = f.error_type.clone().unwrap_or_else(|| {
            if status == 429 || status == 400 {
                "Throttling".to_string()
            } else {
                "ServiceUnavailable".to_string()
            }
        });
        let msg = f
            .message
            .clone()
            .unwrap_or_else(|| "Rate exceeded".to_string());
        let mut r = xml_response(xml::error_response(status, &code, &msg, &rid));
        if let Some(ra) = &f.retry_after {
            set_header(&mut r, "retry-after", ra);
        }
        return r;
    }
    if faults::malformed_fault(&fired).is_some() {
        let mut r = Response::new(Body::from("<html><body>502 Bad Gateway</body></html"));
        set_header(&mut r, "content-type", "text/xml");
        return r;
    }

    let now = app.now();
    let body_hash = sigv4::sha256_hex(&bytes);
    let verified = {
        let st = lock(&app.state);
        verify_sigv4(&st, inc, &body_hash, now, &["iam", "sts"], None)
    };
    let caller = match verified {
        Ok((c, _)) => c,
        Err(fail) => {
            // AWS query-protocol codes for authentication failures.
            let (status, code) = match &fail {
                SigFail::Missing => (403, "MissingAuthenticationToken"),
                SigFail::Incomplete(_) => (400, "IncompleteSignature"),
                SigFail::InvalidToken => (403, "InvalidClientTokenId"),
                SigFail::TokenExpired => (403, "ExpiredToken"),
                SigFail::WrongService(_)
                | SigFail::WrongRegion
                | SigFail::SignatureExpired(_)
                | SigFail::BadSignature => (403, "SignatureDoesNotMatch"),
            };
            let ns = if is_sts { xml::STS_NS } else { xml::IAM_NS };
            return xml_response(xml::error_response_ns(
                ns,
                status,
                code,
                &fail.message(),
                &rid,
            ));
        }
    };
    let q = {
        let mut st = lock(&app.state);
        if is_sts {
            crate::sts::handle(&mut st, &caller, &params, now, &rid)
        } else {
            crate::iam::handle(&mut st, &caller, &params, now, &rid)
        }
    };
    xml_response(q)
}

// ---------------------------------------------------------------------------------------------
// Control API (no auth): /_emulator/…

async fn control(app: &Arc<App>, method: &str, path: &str, body: Body) -> Response {
    let bytes = match axum::body::to_bytes(body, 64 * 1024 * 1024).await {
        Ok(b) => b,
        Err(e) => return json_response(400, &json!({"error": e.to_string()})),
    };
    let bad = |m: String| json_response(400, &json!({"error": m}));
    match (method, path) {
        ("GET", "/_emulator/state") => {
            let st = lock(&app.state).clone();
            json_response(200, &serde_json::to_value(&st).unwrap_or(Value::Null))
        }
        ("PUT", "/_emulator/state") => match State::from_json(&String::from_utf8_lossy(&bytes)) {
            Ok(s) => {
                *lock(&app.state) = s;
                json_response(200, &json!({"ok": true}))
            }
            Err(e) => bad(e),
        },
        ("POST", "/_emulator/faults") => {
            let v: Value = match serde_json::from_slice(&bytes) {
                Ok(v) => v,
                Err(e) => return bad(format!("invalid JSON: {e}")),
            };
            let list = match v {
                Value::Array(a) => a,
                other => vec![other],
            };
            let mut parsed = Vec::new();
            for f in list {
                match serde_json::from_value::<crate::state::Fault>(f) {
                    Ok(f) => parsed.push(f),
                    Err(e) => return bad(format!("invalid fault rule: {e}")),
                }
            }
            let n = parsed.len();
            lock(&app.state).faults.extend(parsed);
            json_response(200, &json!({"ok": true, "added": n}))
        }
        ("DELETE", "/_emulator/faults") => {
            lock(&app.state).faults.clear();
            json_response(200, &json!({"ok": true}))
        }
        ("GET", "/_emulator/requests") => {
            let list: Vec<Value> = lock(&app.requests).iter().map(|r| r.to_json()).collect();
            json_response(200, &Value::Array(list))
        }
        ("DELETE", "/_emulator/requests") => {
            lock(&app.requests).clear();
            json_response(200, &json!({"ok": true}))
        }
        ("POST", "/_emulator/clock") => {
            let v: Value = match serde_json::from_slice(&bytes) {
                Ok(v) => v,
                Err(e) => return bad(format!("invalid JSON: {e}")),
            };
            let Some(off) = v.get("offset_seconds").and_then(Value::as_i64) else {
                return bad("expected {\"offset_seconds\": <integer>}".to_string());
            };
            lock(&app.state).now_offset_seconds = off;
            let now = app.now();
            json_response(
                200,
                &json!({"offset_seconds": off, "now": crate::state::rfc3339(now)}),
            )
        }
        _ => json_response(
            404,
            &json!({"error": format!("unknown control route {method} {path}")}),
        ),
    }
}
