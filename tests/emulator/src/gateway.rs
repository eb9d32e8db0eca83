//! The regional gateway `https://aws-external-anthropic.{region}.api.aws` (`/v1/…`), in the order
//! of docs/emulator.md: record + faults → authentication (SigV4 / API keys) → federation →
//! workspace header → route→IAM-action authorization → the route itself.

use crate::apikey::{self, KeyError};
use crate::faults::{self, StreamShape};
use crate::policy::{self, Decision};
use crate::server::{
    App, Incoming, MSG_BAD_SIGNATURE, MSG_EXPIRED_TOKEN, MSG_INVALID_TOKEN, MSG_WRONG_REGION,
    RECORD_BODY_LIMIT, RecordedRequest, SigFail, json_response, lock, new_id, set_header,
    status_code, verify_sigv4,
};
use crate::sigv4;
use crate::state::{
    BEARER_SERVICE_NAME, Batch, BearerKind, Caller, ErrorStyle, FileObject, State, Workspace,
    parse_rfc3339, rfc3339,
};
use axum::body::Body;
use axum::response::Response;
use bytes::Bytes;
use futures_util::StreamExt;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::collections::VecDeque;
use std::sync::Arc;
use std::time::{Duration, SystemTime};
use tokio::io::AsyncWriteExt;

pub const SERVICE: &str = "aws-external-anthropic";
/// Request size limits, platform.md §5.1.
const LIMIT_MESSAGES: u64 = 32 * 1024 * 1024;
const LIMIT_BATCHES: u64 = 256 * 1024 * 1024;
const LIMIT_FILES: u64 = 500 * 1024 * 1024;
/// Text for the federation-disabled rejection (documented verbatim, platform.md §4.1/§5.2).
pub const MSG_FEDERATION_DISABLED: &str =
    "Outbound web identity federation is disabled for your account";

// ---------------------------------------------------------------------------------------------
// Errors

/// status → error.type, platform.md §5.1.
pub fn error_type_for(status: u16) -> &'static str {
    match status {
        400 => "invalid_request_error",
        401 => "authentication_error",
        402 => "billing_error",
        403 => "permission_error",
        404 => "not_found_error",
        409 => "conflict_error",
        413 => "request_too_large",
        429 => "rate_limit_error",
        504 => "timeout_error",
        529 => "overloaded_error",
        _ => "api_error",
    }
}

#[derive(Clone, Debug)]
pub struct ApiError {
    pub status: u16,
    pub etype: String,
    pub message: String,
    /// `x-amzn-ErrorType` for AWS-layer rejections (auth, signature, IAM deny, federation).
    pub aws_type: Option<&'static str>,
    pub retry_after: Option<String>,
    pub details: Option<Box<Value>>,
}

impl ApiError {
    pub fn new(status: u16, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            etype: error_type_for(status).to_string(),
            message: message.into(),
            aws_type: None,
            retry_after: None,
            details: None,
        }
    }
    pub fn aws(status: u16, aws_type: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            aws_type: Some(aws_type),
            ..ApiError::new(status, message)
        }
    }
    pub fn body(&self, style: ErrorStyle, request_id: &str) -> Value {
        if style == ErrorStyle::Aws && self.aws_type.is_some() {
            return json!({"message": self.message});
        }
        let mut err = json!({"type": self.etype, "message": self.message});
        if let Some(d) = &self.details {
            err["details"] = (**d).clone();
        }
        json!({"type": "error", "error": err, "request_id": request_id})
    }
    pub fn render(&self, style: ErrorStyle, request_id: &str) -> Response {
        let mut r = json_response(self.status, &self.body(style, request_id));
        if let Some(t) = self.aws_type {
            set_header(&mut r, "x-amzn-ErrorType", t);
        }
        if let Some(ra) = &self.retry_after {
            set_header(&mut r, "retry-after", ra);
        }
        r
    }
}

fn sigfail_to_error(f: &SigFail) -> ApiError {
    // All AWS-layer authentication failures are 403 (contract; the real status is UNCONFIRMED).
    let t = match f {
        SigFail::Missing => "MissingAuthenticationTokenException",
        SigFail::Incomplete(_) => "IncompleteSignatureException",
        SigFail::InvalidToken => "UnrecognizedClientException",
        SigFail::TokenExpired => "ExpiredTokenException",
        SigFail::WrongService(_)
        | SigFail::WrongRegion
        | SigFail::SignatureExpired(_)
        | SigFail::BadSignature => "InvalidSignatureException",
    };
    ApiError::aws(403, t, f.message())
}

// ---------------------------------------------------------------------------------------------
// Routes (platform.md §3.2)

#[derive(Clone, Debug, PartialEq)]
pub enum Res {
    /// The workspace of the `anthropic-workspace-id` header.
    Workspace,
    /// Account-scoped action: resource `*`.
    Account,
    /// The workspace named in the path (GetWorkspace/UpdateWorkspace/ArchiveWorkspace).
    PathWorkspace(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Handler {
    Messages,
    CountTokens,
    ListModels,
    GetModel(String),
    CreateFile,
    ListFiles,
    GetFile(String),
    FileContent(String),
    DeleteFile(String),
    ListWorkspaces,
    CreateWorkspace,
    GetWorkspace(String),
    UpdateWorkspace(String),
    ArchiveWorkspace(String),
    CreateBatch,
    ListBatches,
    GetBatch(String),
    BatchResults(String),
    CancelBatch(String),
    DeleteBatch(String),
    /// Authorized like the real gateway but not emulated (501).
    NotImplemented,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    pub action: &'static str,
    pub res: Res,
    pub handler: Handler,
}

fn r(action: &'static str, res: Res, handler: Handler) -> Option<Route> {
    Some(Route {
        action,
        res,
        handler,
    })
}

fn ni(action: &'static str) -> Option<Route> {
    r(action, Res::Workspace, Handler::NotImplemented)
}

/// Standard CRUD families of the managed-agents era routes (all 501, authorization only).
fn family(method: &str, rest: &[&str], a: [&'static str; 6]) -> Option<Route> {
    // a = [Create, Get, List, Update, Archive, Delete]
    let [create, get, list, update, archive, delete] = a;
    let pick = |s: &'static str| if s.is_empty() { None } else { ni(s) };
    match (method, rest) {
        ("POST", []) => pick(create),
        ("GET", []) => pick(list),
        ("GET", [_, ..]) => pick(get),
        ("POST", [_, "archive"]) => pick(archive),
        ("DELETE", [_]) => pick(delete),
        ("POST", [_, ..]) | ("DELETE", [_, _, ..]) => pick(update),
        _ => None,
    }
}

/// Map a request to its route and IAM action; None = not available (denied by default).
pub fn route(method: &str, path: &str) -> Option<Route> {
    let rest = path.strip_prefix("/v1/")?;
    let segs: Vec<&str> = rest.split('/').collect();
    if segs.iter().any(|s| s.is_empty()) {
        return None;
    }
    use Handler as H;
    use Res::{Account, Workspace as Ws};
    let id = |s: &str| s.to_string();
    match (method, segs.as_slice()) {
        ("POST", ["messages"]) => r("CreateInference", Ws, H::Messages),
        ("POST", ["messages", "count_tokens"]) => r("CountTokens", Ws, H::CountTokens),
        ("POST", ["messages", "batches"]) => r("CreateBatchInference", Ws, H::CreateBatch),
        ("GET", ["messages", "batches"]) => r("ListBatchInferences", Ws, H::ListBatches),
        ("GET", ["messages", "batches", b]) => r("GetBatchInference", Ws, H::GetBatch(id(b))),
        ("GET", ["messages", "batches", b, "results"]) => {
            r("GetBatchInference", Ws, H::BatchResults(id(b)))
        }
        ("POST", ["messages", "batches", b, "cancel"]) => {
            r("CancelBatchInference", Ws, H::CancelBatch(id(b)))
        }
        ("DELETE", ["messages", "batches", b]) => {
            r("DeleteBatchInference", Ws, H::DeleteBatch(id(b)))
        }
        ("GET", ["models"]) => r("ListModels", Ws, H::ListModels),
        ("GET", ["models", m]) => r("GetModel", Ws, H::GetModel(id(m))),
        ("POST", ["files"]) => r("CreateFile", Ws, H::CreateFile),
        ("GET", ["files"]) => r("ListFiles", Ws, H::ListFiles),
        ("GET", ["files", f]) => r("GetFile", Ws, H::GetFile(id(f))),
        ("GET", ["files", f, "content"]) => r("GetFile", Ws, H::FileContent(id(f))),
        ("DELETE", ["files", f]) => r("DeleteFile", Ws, H::DeleteFile(id(f))),
        ("POST", ["skills"]) => ni("CreateSkill"),
        ("GET", ["skills"]) => ni("ListSkills"),
        ("GET", ["skills", _, ..]) => ni("GetSkill"),
        ("POST", ["skills", _, "versions"]) | ("DELETE", ["skills", _, "versions", _]) => {
            ni("UpdateSkill")
        }
        ("DELETE", ["skills", _]) => ni("DeleteSkill"),
        ("POST", ["user_profiles"]) => ni("CreateUserProfile"),
        ("GET", ["user_profiles"]) => ni("ListUserProfiles"),
        ("GET", ["user_profiles", _]) => ni("GetUserProfile"),
        ("POST", ["user_profiles", _]) => ni("UpdateUserProfile"),
        ("GET", ["environments", _, "work", "poll"])
        | ("POST", ["environments", _, "work", _, ..]) => ni("ProcessEnvironmentWork"),
        ("POST", ["webhooks", _, "regenerate_signing_secret"]) => ni("RotateWebhookSecret"),
        (m, ["agents", rest @ ..]) => family(
            m,
            rest,
            [
                "CreateAgent",
                "GetAgent",
                "ListAgents",
                "UpdateAgent",
                "ArchiveAgent",
                "",
            ],
        ),
        (m, ["sessions", rest @ ..]) => family(
            m,
            rest,
            [
                "CreateSession",
                "GetSession",
                "ListSessions",
                "UpdateSession",
                "ArchiveSession",
                "DeleteSession",
            ],
        ),
        (m, ["environments", rest @ ..]) => family(
            m,
            rest,
            [
                "CreateEnvironment",
                "GetEnvironment",
                "ListEnvironments",
                "UpdateEnvironment",
                "ArchiveEnvironment",
                "DeleteEnvironment",
            ],
        ),
        (m, ["vaults", rest @ ..]) => family(
            m,
            rest,
            [
                "CreateVault",
                "GetVault",
                "ListVaults",
                "UpdateVault",
                "ArchiveVault",
                "DeleteVault",
            ],
        ),
        (m, ["memory_stores", rest @ ..]) => family(
            m,
            rest,
            [
                "CreateMemoryStore",
                "GetMemoryStore",
                "ListMemoryStores",
                "UpdateMemoryStore",
                "ArchiveMemoryStore",
                "DeleteMemoryStore",
            ],
        ),
        (m, ["webhooks", rest @ ..]) => family(
            m,
            rest,
            [
                "CreateWebhook",
                "GetWebhook",
                "ListWebhooks",
                "UpdateWebhook",
                "",
                "DeleteWebhook",
            ],
        ),
        ("GET", ["organizations", "workspaces"]) => r("ListWorkspaces", Account, H::ListWorkspaces),
        ("POST", ["organizations", "workspaces"]) => {
            r("CreateWorkspace", Account, H::CreateWorkspace)
        }
        ("GET", ["organizations", "workspaces", w]) => r(
            "GetWorkspace",
            Res::PathWorkspace(id(w)),
            H::GetWorkspace(id(w)),
        ),
        ("POST", ["organizations", "workspaces", w]) => r(
            "UpdateWorkspace",
            Res::PathWorkspace(id(w)),
            H::UpdateWorkspace(id(w)),
        ),
        ("POST", ["organizations", "workspaces", w, "archive"]) => r(
            "ArchiveWorkspace",
            Res::PathWorkspace(id(w)),
            H::ArchiveWorkspace(id(w)),
        ),
        ("POST", ["organizations", "external_keys"]) => {
            r("RegisterKey", Account, H::NotImplemented)
        }
        ("GET", ["organizations", "external_keys"]) => r("ListKeys", Account, H::NotImplemented),
        ("GET", ["organizations", "external_keys", _]) => r("GetKey", Account, H::NotImplemented),
        ("POST", ["organizations", "external_keys", _]) => {
            r("UpdateKey", Account, H::NotImplemented)
        }
        ("DELETE", ["organizations", "external_keys", _]) => {
            r("DisableKey", Account, H::NotImplemented)
        }
        ("GET", ["compliance", "activities"]) => {
            r("ListComplianceActivities", Account, H::NotImplemented)
        }
        _ => None,
    }
}

pub fn workspace_arn(region: &str, account: &str, id: &str) -> String {
    format!("arn:aws:{SERVICE}:{region}:{account}:workspace/{id}")
}

fn valid_workspace_id(id: &str) -> bool {
    id.strip_prefix("wrkspc_")
        .is_some_and(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_alphanumeric()))
}

// ---------------------------------------------------------------------------------------------
// Request body

enum ReqBody {
    Bytes(Bytes),
    /// Spooled to disk (file uploads); deleted on drop.
    File(tempfile::TempPath),
}

async fn read_body(
    app: &App,
    inc: &Incoming,
    body: Body,
    handler: Option<&Handler>,
    rec: &mut RecordedRequest,
) -> Result<(ReqBody, String), ApiError> {
    let limit = match handler {
        Some(Handler::CreateFile) => LIMIT_FILES,
        Some(Handler::CreateBatch) => LIMIT_BATCHES,
        _ => LIMIT_MESSAGES,
    };
    let too_large = || {
        ApiError::new(
            413,
            format!("Request exceeds the maximum allowed size of {limit} bytes."),
        )
    };
    if inc
        .header("content-length")
        .and_then(|v| v.trim().parse::<u64>().ok())
        .is_some_and(|n| n > limit)
    {
        return Err(too_large());
    }
    if matches!(handler, Some(Handler::CreateFile)) {
        // Stream to a temp file while hashing; never hold the upload in memory.
        let tmp = tempfile::NamedTempFile::new_in(app.files_dir.path())
            .map_err(|e| ApiError::new(500, format!("temp file: {e}")))?
            .into_temp_path();
        let mut f = tokio::fs::File::create(&tmp)
            .await
            .map_err(|e| ApiError::new(500, format!("temp file: {e}")))?;
        let mut hasher = Sha256::new();
        let mut size: u64 = 0;
        let mut stream = body.into_data_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| ApiError::new(400, format!("reading body: {e}")))?;
            size += chunk.len() as u64;
            if size > limit {
                return Err(too_large());
            }
            if rec.body.len() < RECORD_BODY_LIMIT {
                let take = (RECORD_BODY_LIMIT - rec.body.len()).min(chunk.len());
                rec.body.extend_from_slice(&chunk[..take]);
            }
            hasher.update(&chunk);
            f.write_all(&chunk)
                .await
                .map_err(|e| ApiError::new(500, format!("temp file: {e}")))?;
        }
        f.flush()
            .await
            .map_err(|e| ApiError::new(500, format!("temp file: {e}")))?;
        return Ok((ReqBody::File(tmp), hex::encode(hasher.finalize())));
    }
    let bytes = axum::body::to_bytes(body, limit as usize)
        .await
        .map_err(|_| too_large())?;
    rec.body = bytes[..bytes.len().min(RECORD_BODY_LIMIT)].to_vec();
    let hash = sigv4::sha256_hex(&bytes);
    Ok((ReqBody::Bytes(bytes), hash))
}

// ---------------------------------------------------------------------------------------------
// Authentication

fn base_context(caller: &Caller, region: &str) -> policy::Context {
    let mut c = policy::Context::new();
    c.insert("aws:principalarn".into(), vec![caller.arn.clone()]);
    c.insert("aws:principalaccount".into(), vec![caller.account.clone()]);
    c.insert("aws:requestedregion".into(), vec![region.to_string()]);
    c
}

/// Find the API key in `x-api-key` or `Authorization: Bearer`. x-api-key wins if both are sent
/// (UNCONFIRMED; official SDKs never send both).
fn api_key(inc: &Incoming) -> Option<String> {
    if let Some(k) = inc.header("x-api-key") {
        return Some(k.trim().to_string());
    }
    let auth = inc.header("authorization")?;
    let (scheme, rest) = auth.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| rest.trim().to_string())
}

/// Returns the caller and the endpoint region.
fn authenticate(
    st: &State,
    inc: &Incoming,
    body_hash: &str,
    now: SystemTime,
    pinned: Option<&str>,
) -> Result<(Caller, String), ApiError> {
    let auth = inc.header("authorization").unwrap_or("");
    // SigV4 wins over an API key if both are present (UNCONFIRMED: the gateway presumably
    // authenticates the SigV4 signature first; the SDKs never send both).
    if auth.trim_start().starts_with(sigv4::ALGORITHM) {
        let (caller, scope) = verify_sigv4(st, inc, body_hash, now, &[SERVICE], pinned)
            .map_err(|f| sigfail_to_error(&f))?;
        return Ok((caller, pinned.unwrap_or(&scope.region).to_string()));
    }
    let Some(key) = api_key(inc) else {
        // No credentials at all: AWS's "Missing Authentication Token" (403; UNCONFIRMED status).
        return Err(sigfail_to_error(&SigFail::Missing));
    };
    if key.starts_with("sk-ant-") {
        // First-party Claude Console key (UNCONFIRMED gateway text; first-party style).
        return Err(ApiError::new(401, "invalid x-api-key"));
    }
    let invalid = || ApiError::aws(403, "UnrecognizedClientException", MSG_INVALID_TOKEN);
    let expired = || ApiError::aws(403, "ExpiredTokenException", MSG_EXPIRED_TOKEN);
    let (mut caller, region, kind) = if apikey::is_short_term(&key) {
        let tok = apikey::decode(&key).map_err(|_| invalid())?;
        let region = tok.scope.region.clone();
        if pinned.is_some_and(|p| p != region) {
            // Tokens are region-scoped (TOKGEN README); wrong endpoint = signature rejection.
            return Err(ApiError::aws(
                403,
                "InvalidSignatureException",
                MSG_WRONG_REGION,
            ));
        }
        let ak = st
            .access_key(&tok.scope.access_key_id)
            .ok_or_else(invalid)?;
        if ak.session_token != tok.session_token {
            return Err(invalid());
        }
        match tok.verify(&ak.secret, now) {
            Ok(()) => {}
            Err(KeyError::BadSignature) => {
                return Err(ApiError::aws(
                    403,
                    "InvalidSignatureException",
                    MSG_BAD_SIGNATURE,
                ));
            }
            Err(KeyError::Expired) => return Err(expired()),
            Err(KeyError::NotYetValid) => {
                return Err(ApiError::aws(
                    403,
                    "InvalidSignatureException",
                    format!(
                        "Signature not yet current: {} is still later than {}",
                        tok.amz_date,
                        sigv4::format_amz_date(now + Duration::from_secs(300))
                    ),
                ));
            }
            Err(KeyError::Malformed(_)) => return Err(invalid()),
        }
        if let Some(exp) = &ak.expires
            && parse_rfc3339(exp).is_some_and(|e| e <= now)
        {
            return Err(expired());
        }
        let caller = st.caller_for_access_key(ak).ok_or_else(invalid)?;
        (caller, region, BearerKind::ShortTerm)
    } else {
        // Long-term key: exactly the `secret` of an IAM service-specific credential (the real
        // key format is UNCONFIRMED, platform.md §2.2).
        let found = st.accounts.iter().find_map(|a| {
            a.service_specific_credentials
                .iter()
                .find(|c| c.secret == key && c.service == BEARER_SERVICE_NAME)
                .map(|c| (a, c))
        });
        let (acct, cred) = found.ok_or_else(invalid)?;
        if cred.status != "Active" {
            return Err(invalid());
        }
        if let Some(exp) = &cred.expires
            && parse_rfc3339(exp).is_some_and(|e| e <= now)
        {
            return Err(expired());
        }
        if acct.user(&cred.user).is_none() {
            return Err(invalid());
        }
        let caller = Caller::user(&acct.id, &cred.user);
        let region = pinned.unwrap_or(&st.default_region).to_string();
        (caller, region, BearerKind::LongTerm)
    };
    caller.bearer = Some(kind);
    // Any API key: the caller needs aws-external-anthropic:CallWithBearerToken on "*".
    let mut ctx = base_context(&caller, &region);
    // Condition-key values are UNCONFIRMED (platform.md §2.3): SHORT_TERM / LONG_TERM as on Bedrock.
    ctx.insert(
        "aws-external-anthropic:bearertokentype".into(),
        vec![
            match kind {
                BearerKind::ShortTerm => "SHORT_TERM",
                BearerKind::LongTerm => "LONG_TERM",
            }
            .to_string(),
        ],
    );
    let action = format!("{SERVICE}:CallWithBearerToken");
    let res = policy::authorize(st, &caller, &action, "*", &ctx);
    if res.decision != Decision::Allowed {
        return Err(ApiError::aws(
            403,
            "AccessDeniedException",
            policy::deny_message(&caller, &action, "*", res.decision),
        ));
    }
    Ok((caller, region))
}

// ---------------------------------------------------------------------------------------------
// Entry point

struct Ctx {
    caller: Caller,
    region: String,
    workspace: Option<String>,
    query: Vec<(String, String)>,
    shape: StreamShape,
    /// A status fault with `after_events`: emitted mid-stream as an SSE `error` event.
    mid_stream_error: Option<(u64, ApiError)>,
}

pub async fn handle(
    app: &Arc<App>,
    inc: &Incoming,
    body: Body,
    rec: &mut RecordedRequest,
) -> Response {
    let style = lock(&app.state).gateway_error_style;
    match handle_inner(app, inc, body, rec).await {
        Ok(r) => r,
        Err(e) => e.render(style, &inc.request_id),
    }
}

fn fault_error(f: &crate::state::Fault) -> ApiError {
    let status = f.status.unwrap_or(500);
    let mut e = ApiError::new(
        status,
        f.message.clone().unwrap_or_else(|| match status {
            429 => "Number of requests has exceeded your rate limit.".to_string(),
            529 => "Overloaded".to_string(),
            402 => "Your credit balance is too low to access the API.".to_string(),
            _ => "Internal server error".to_string(),
        }),
    );
    if let Some(t) = &f.error_type {
        e.etype = t.clone();
    }
    e.retry_after = f.retry_after.clone();
    e.details = f.details.clone().map(Box::new);
    e
}

async fn handle_inner(
    app: &Arc<App>,
    inc: &Incoming,
    body: Body,
    rec: &mut RecordedRequest,
) -> Result<Response, ApiError> {
    let (pinned, inner_path) = match faults::strip_region(&inc.raw_path) {
        Some((r, p)) => (Some(r.to_string()), p.to_string()),
        None => (None, inc.raw_path.clone()),
    };
    let route = route(&inc.method, &inner_path);
    rec.action = route.as_ref().map(|r| r.action.to_string());
    let (req_body, body_hash) =
        read_body(app, inc, body, route.as_ref().map(|r| &r.handler), rec).await?;

    // 1. faults
    let fired = faults::take(
        app,
        &inc.method,
        &inc.raw_path,
        route.as_ref().map(|r| r.action),
    );
    faults::apply_latency(&fired).await;
    let mut mid_stream_error = None;
    if let Some(f) = faults::status_fault(&fired) {
        match f.after_events {
            Some(n) => mid_stream_error = Some((n, fault_error(f))),
            None => return Err(fault_error(f)),
        }
    }
    if faults::malformed_fault(&fired).is_some() {
        let mut r = Response::new(Body::from("<html><body>upstream error</body>"));
        set_header(&mut r, "content-type", "application/json");
        return Ok(r);
    }
    let shape = faults::stream_shape(&fired);

    // 2. authentication, 3. federation, 4. workspace header, 5. authorization
    let now = app.now();
    let ctx = {
        let st = lock(&app.state);
        let (caller, region) = authenticate(&st, inc, &body_hash, now, pinned.as_deref())?;
        let account = st
            .account(&caller.account)
            .ok_or_else(|| ApiError::aws(403, "UnrecognizedClientException", MSG_INVALID_TOKEN))?;
        if !account.federation_enabled {
            // Documented text; status and error type UNCONFIRMED (403 AccessDeniedException).
            return Err(ApiError::aws(
                403,
                "AccessDeniedException",
                MSG_FEDERATION_DISABLED,
            ));
        }
        let is_org = inner_path.starts_with("/v1/organizations/");
        let ws_header = inc
            .header("anthropic-workspace-id")
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        let workspace = match ws_header {
            // Org routes accept a missing header (UNCONFIRMED, platform.md §6).
            None if is_org => None,
            None => {
                // Text UNCONFIRMED ("Requests fail with a missing-workspace error").
                return Err(ApiError::new(
                    400,
                    "anthropic-workspace-id header is required",
                ));
            }
            Some(id) => {
                if !valid_workspace_id(&id) {
                    return Err(ApiError::new(
                        400,
                        "anthropic-workspace-id header must be a valid workspace ID.",
                    ));
                }
                // A regional endpoint only sees its own region's workspaces (platform.md
                // "Workspace scoping"): another region's workspace is "not found" here.
                let visible = account
                    .workspace(&id)
                    .is_some_and(|w| w.region == region && (is_org || !w.archived));
                if !visible {
                    return Err(ApiError::new(404, format!("Workspace `{id}` not found.")));
                }
                Some(id)
            }
        };
        let Some(route) = route.as_ref() else {
            // "Routes not in this table are not available … denied by default" (text UNCONFIRMED).
            return Err(ApiError::new(
                404,
                format!(
                    "Not Found: {} {} is not available on Claude Platform on AWS",
                    inc.method, inner_path
                ),
            ));
        };
        let resource = match &route.res {
            Res::Account => "*".to_string(),
            Res::Workspace => match &workspace {
                Some(w) => workspace_arn(&region, &caller.account, w),
                None => "*".to_string(),
            },
            Res::PathWorkspace(w) => workspace_arn(&region, &caller.account, w),
        };
        let action = format!("{SERVICE}:{}", route.action);
        let context = base_context(&caller, &region);
        let res = policy::authorize(&st, &caller, &action, &resource, &context);
        if res.decision != Decision::Allowed {
            return Err(ApiError::aws(
                403,
                "AccessDeniedException",
                policy::deny_message(&caller, &action, &resource, res.decision),
            ));
        }
        // platform.md §4.4: the gateway mints the JWT as the caller, but whether a missing
        // sts:GetWebIdentityToken permission fails API calls is UNCONFIRMED, so it is only
        // enforced when the state asks for it.
        if st.require_sts_get_web_identity_token {
            let mut c = context.clone();
            c.insert(
                "aws:calledvialast".into(),
                vec!["aws-external-anthropic.amazonaws.com".into()],
            );
            c.insert(
                "sts:identitytokenaudience".into(),
                vec![
                    "https://api.anthropic.com".into(),
                    "https://platform.claude.com".into(),
                ],
            );
            let a = "sts:GetWebIdentityToken";
            let res = policy::authorize(&st, &caller, a, "*", &c);
            if res.decision != Decision::Allowed {
                return Err(ApiError::aws(
                    403,
                    "AccessDeniedException",
                    policy::deny_message(&caller, a, "*", res.decision),
                ));
            }
        }
        if !account.outbound_token_audiences_ok {
            // State switch for "the token audience was rejected upstream" (text UNCONFIRMED).
            return Err(ApiError::aws(
                403,
                "AccessDeniedException",
                "Could not obtain a web identity token for the Claude Platform audiences",
            ));
        }
        Ctx {
            caller,
            region,
            workspace,
            query: sigv4::parse_query(&inc.raw_query),
            shape,
            mid_stream_error,
        }
    };
    let Some(route) = route else {
        return Err(ApiError::new(404, "Not Found"));
    };
    serve(app, inc, route.handler, req_body, ctx, now).await
}

fn bytes_of(b: &ReqBody) -> &[u8] {
    match b {
        ReqBody::Bytes(b) => b,
        ReqBody::File(_) => &[],
    }
}

async fn serve(
    app: &Arc<App>,
    inc: &Incoming,
    handler: Handler,
    body: ReqBody,
    ctx: Ctx,
    now: SystemTime,
) -> Result<Response, ApiError> {
    let ws = ctx.workspace.clone().unwrap_or_default();
    match handler {
        Handler::Messages => messages(app, bytes_of(&body), &ctx),
        Handler::CountTokens => {
            let req = parse_json(bytes_of(&body))?;
            let st = lock(&app.state);
            check_model(&st, &req)?;
            check_messages(&req)?;
            Ok(json_response(
                200,
                &json!({"input_tokens": estimate_tokens(&request_text(&req))}),
            ))
        }
        Handler::ListModels => {
            let items: Vec<(String, Value)> = lock(&app.state)
                .models
                .iter()
                .map(|m| (m.id.clone(), model_json(m)))
                .collect();
            Ok(json_response(200, &paginate(items, &ctx.query)?))
        }
        Handler::GetModel(id) => {
            let st = lock(&app.state);
            let m = st
                .models
                .iter()
                .find(|m| m.id == id)
                .ok_or_else(|| ApiError::new(404, format!("model: {id}")))?;
            Ok(json_response(200, &model_json(m)))
        }
        Handler::CreateFile => create_file(app, inc, body, &ws, now).await,
        Handler::ListFiles => {
            let items: Vec<(String, Value)> = lock(&app.state)
                .files
                .iter()
                .rev()
                .filter(|f| f.workspace_id == ws)
                .map(|f| (f.id.clone(), file_json(f)))
                .collect();
            Ok(json_response(200, &paginate(items, &ctx.query)?))
        }
        Handler::GetFile(id) => {
            let f = find_file(&lock(&app.state), &ws, &id)?;
            Ok(json_response(200, &file_json(&f)))
        }
        Handler::FileContent(id) => {
            let f = find_file(&lock(&app.state), &ws, &id)?;
            if !f.downloadable {
                // Text UNCONFIRMED.
                return Err(ApiError::new(400, format!("File {id} is not downloadable")));
            }
            let body = if let Some(p) = &f.storage_path {
                let file = tokio::fs::File::open(p)
                    .await
                    .map_err(|e| ApiError::new(500, format!("reading file: {e}")))?;
                let stream = tokio_util::io::ReaderStream::new(file);
                match ctx.shape.drop_after {
                    // DropStream on the content route: `after_events` counts bytes here (0 = half
                    // of the file); then the connection breaks without a complete body.
                    Some(n) => Body::from_stream(drop_after_bytes(
                        stream,
                        if n == 0 { f.size_bytes / 2 } else { n },
                    )),
                    None => Body::from_stream(stream),
                }
            } else {
                let content = f.content.clone().unwrap_or_default();
                match ctx.shape.drop_after {
                    Some(n) => {
                        let len = content.len() as u64;
                        let cut = if n == 0 { len / 2 } else { n.min(len) } as usize;
                        let head = Bytes::from(content.into_bytes()).slice(..cut);
                        Body::from_stream(futures_util::stream::iter([
                            Ok::<Bytes, std::io::Error>(head),
                            Err(dropped()),
                        ]))
                    }
                    None => Body::from(content),
                }
            };
            let mut r = Response::new(body);
            let mime = if f.mime_type.is_empty() {
                "application/octet-stream"
            } else {
                &f.mime_type
            };
            set_header(&mut r, "content-type", mime);
            set_header(
                &mut r,
                "content-disposition",
                &format!("attachment; filename=\"{}\"", f.filename.replace('"', "")),
            );
            Ok(r)
        }
        Handler::DeleteFile(id) => {
            let f = find_file(&lock(&app.state), &ws, &id)?;
            lock(&app.state).files.retain(|x| x.id != id);
            if let Some(p) = &f.storage_path {
                let _ = tokio::fs::remove_file(p).await;
            }
            Ok(json_response(
                200,
                &json!({"id": id, "type": "file_deleted"}),
            ))
        }
        Handler::ListWorkspaces => {
            let include_archived = ctx
                .query
                .iter()
                .any(|(k, v)| k == "include_archived" && v == "true");
            let st = lock(&app.state);
            let items: Vec<(String, Value)> = st
                .account(&ctx.caller.account)
                .map(|a| {
                    a.workspaces
                        .iter()
                        // Only this endpoint's region (UNCONFIRMED).
                        .filter(|w| w.region == ctx.region && (include_archived || !w.archived))
                        .map(|w| (w.id.clone(), workspace_json(w)))
                        .collect()
                })
                .unwrap_or_default();
            Ok(json_response(200, &paginate(items, &ctx.query)?))
        }
        Handler::GetWorkspace(id) => {
            let st = lock(&app.state);
            let w = find_workspace(&st, &ctx, &id)?;
            Ok(json_response(200, &workspace_json(&w)))
        }
        Handler::CreateWorkspace => {
            let req = parse_json(bytes_of(&body))?;
            let name = req
                .get("name")
                .and_then(Value::as_str)
                .ok_or_else(|| ApiError::new(400, "name: Field required"))?;
            let w = Workspace {
                id: format!("wrkspc_01{}", &new_id("")[..22].to_ascii_uppercase()),
                name: name.to_string(),
                region: ctx.region.clone(),
                created_at: rfc3339(now),
                ..Workspace::default()
            };
            let mut st = lock(&app.state);
            if let Some(a) = st.account_mut(&ctx.caller.account) {
                a.workspaces.push(w.clone());
            }
            Ok(json_response(200, &workspace_json(&w)))
        }
        Handler::UpdateWorkspace(id) | Handler::ArchiveWorkspace(id) => {
            let archive = inc.raw_path.ends_with("/archive");
            let req = if archive {
                Value::Null
            } else {
                parse_json(bytes_of(&body))?
            };
            let mut st = lock(&app.state);
            find_workspace(&st, &ctx, &id)?;
            let w = st
                .account_mut(&ctx.caller.account)
                .and_then(|a| a.workspaces.iter_mut().find(|w| w.id == id))
                .ok_or_else(|| ApiError::new(404, format!("Workspace `{id}` not found.")))?;
            if archive {
                w.archived = true;
                w.archived_at = Some(rfc3339(now));
            } else if let Some(n) = req.get("name").and_then(Value::as_str) {
                w.name = n.to_string();
            }
            Ok(json_response(200, &workspace_json(w)))
        }
        Handler::CreateBatch => {
            let req = parse_json(bytes_of(&body))?;
            let reqs = req
                .get("requests")
                .and_then(Value::as_array)
                .filter(|a| !a.is_empty())
                .ok_or_else(|| ApiError::new(400, "requests: Field required"))?;
            let custom_ids = reqs
                .iter()
                .map(|r| {
                    r.get("custom_id")
                        .and_then(Value::as_str)
                        .map(str::to_string)
                        .ok_or_else(|| ApiError::new(400, "requests.custom_id: Field required"))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let b = Batch {
                id: new_id("msgbatch_"),
                workspace_id: ws,
                processing_status: "in_progress".into(),
                created_at: rfc3339(now),
                custom_ids,
                ..Batch::default()
            };
            lock(&app.state).batches.push(b.clone());
            Ok(json_response(200, &batch_json(&b)))
        }
        Handler::ListBatches => {
            let items: Vec<(String, Value)> = lock(&app.state)
                .batches
                .iter()
                .rev()
                .filter(|b| b.workspace_id == ws)
                .map(|b| (b.id.clone(), batch_json(b)))
                .collect();
            Ok(json_response(200, &paginate(items, &ctx.query)?))
        }
        Handler::GetBatch(id) => {
            // Deterministic lifecycle: a batch is `in_progress` when created and has ended the
            // first time it is retrieved (documented in docs/emulator.md).
            let b = with_batch(app, &ws, &id, |b| {
                if b.processing_status == "in_progress" {
                    b.processing_status = "ended".into();
                    b.ended_at = Some(rfc3339(now));
                }
            })?;
            Ok(json_response(200, &batch_json(&b)))
        }
        Handler::CancelBatch(id) => {
            let b = with_batch(app, &ws, &id, |b| {
                if b.processing_status == "in_progress" {
                    b.processing_status = "ended".into();
                    b.cancel_initiated_at = Some(rfc3339(now));
                    b.ended_at = Some(rfc3339(now));
                    b.canceled = true;
                }
            })?;
            Ok(json_response(200, &batch_json(&b)))
        }
        Handler::BatchResults(id) => {
            let b = with_batch(app, &ws, &id, |_| {})?;
            if b.processing_status != "ended" {
                return Err(ApiError::new(
                    400,
                    format!("Batch {id} has not ended; results are not available yet"),
                ));
            }
            let model = lock(&app.state)
                .models
                .first()
                .map(|m| m.id.clone())
                .unwrap_or_default();
            let mut out = String::new();
            for c in &b.custom_ids {
                let line = match b.canceled {
                    true => json!({"custom_id": c, "result": {"type": "canceled"}}),
                    false => json!({"custom_id": c, "result": {"type": "succeeded", "message": {
                        "id": new_id("msg_"), "type": "message", "role": "assistant", "model": model,
                        "content": [{"type": "text", "text": "Batch reply"}],
                        "stop_reason": "end_turn", "stop_sequence": null,
                        "usage": {"input_tokens": 1, "output_tokens": 3,
                                  "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}}}}),
                };
                out.push_str(&line.to_string());
                out.push('\n');
            }
            let mut r = Response::new(Body::from(out));
            set_header(&mut r, "content-type", "application/binary");
            Ok(r)
        }
        Handler::DeleteBatch(id) => {
            let b = with_batch(app, &ws, &id, |_| {})?;
            if b.processing_status != "ended" {
                return Err(ApiError::new(
                    400,
                    format!("Batch {id} cannot be deleted while it is in progress"),
                ));
            }
            lock(&app.state).batches.retain(|x| x.id != id);
            Ok(json_response(
                200,
                &json!({"id": id, "type": "message_batch_deleted"}),
            ))
        }
        Handler::NotImplemented => Err(ApiError::new(
            501,
            "This route is authorized by the emulator but not emulated",
        )),
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers for routes

fn parse_json(bytes: &[u8]) -> Result<Value, ApiError> {
    let v: Value = serde_json::from_slice(bytes)
        .map_err(|e| ApiError::new(400, format!("Request body is not valid JSON: {e}")))?;
    if !v.is_object() {
        return Err(ApiError::new(400, "Request body must be a JSON object"));
    }
    Ok(v)
}

fn check_model(st: &State, req: &Value) -> Result<String, ApiError> {
    let model = req
        .get("model")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::new(400, "model: Field required"))?;
    if !st.models.iter().any(|m| m.id == model) {
        return Err(ApiError::new(404, format!("model: {model}")));
    }
    Ok(model.to_string())
}

fn check_messages(req: &Value) -> Result<(), ApiError> {
    match req.get("messages") {
        None => Err(ApiError::new(400, "messages: Field required")),
        Some(Value::Array(a)) if a.is_empty() => Err(ApiError::new(
            400,
            "messages: at least one message is required",
        )),
        Some(Value::Array(_)) => Ok(()),
        Some(_) => Err(ApiError::new(400, "messages: Input should be a valid list")),
    }
}

fn paginate(items: Vec<(String, Value)>, q: &[(String, String)]) -> Result<Value, ApiError> {
    let get = |k: &str| q.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let limit: usize = match get("limit") {
        None => 20,
        Some(v) => v
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=1000).contains(n))
            .ok_or_else(|| ApiError::new(400, "limit: Input should be between 1 and 1000"))?,
    };
    let pos = |id: &str| items.iter().position(|(i, _)| i == id);
    let (page, has_more): (Vec<&(String, Value)>, bool) = if let Some(b) = get("before_id") {
        let end = pos(b).unwrap_or(0);
        let start = end.saturating_sub(limit);
        (items[start..end].iter().collect(), start > 0)
    } else {
        // `page` = the opaque cursor of the SDKs' SyncPageCursor (Files); it is the last id of
        // the previous page, i.e. an alias of after_id.
        let start = match get("after_id").or(get("page")) {
            Some(a) => pos(a).map(|p| p + 1).unwrap_or(items.len()),
            None => 0,
        };
        let end = (start + limit).min(items.len());
        (items[start..end].iter().collect(), end < items.len())
    };
    Ok(json!({
        "data": page.iter().map(|(_, v)| v.clone()).collect::<Vec<_>>(),
        "has_more": has_more,
        "first_id": page.first().map(|(i, _)| i.clone()),
        "last_id": page.last().map(|(i, _)| i.clone()),
        // Files pagination of the official SDKs (SyncPageCursor): next cursor or null.
        "next_page": if has_more { page.last().map(|(i, _)| i.clone()) } else { None },
    }))
}

fn model_json(m: &crate::state::Model) -> Value {
    json!({"type": "model", "id": m.id, "display_name": m.display_name, "created_at": m.created_at})
}

fn file_json(f: &FileObject) -> Value {
    json!({
        "type": "file", "id": f.id, "filename": f.filename, "mime_type": f.mime_type,
        "size_bytes": f.size_bytes, "created_at": f.created_at, "downloadable": f.downloadable,
    })
}

fn find_file(st: &State, ws: &str, id: &str) -> Result<FileObject, ApiError> {
    st.files
        .iter()
        .find(|f| f.id == id && f.workspace_id == ws)
        .cloned()
        .ok_or_else(|| ApiError::new(404, format!("File not found: {id}")))
}

/// data_residency.workspace_geo derived from the region prefix (UNCONFIRMED mapping).
fn workspace_geo(region: &str) -> &'static str {
    match region.split('-').next() {
        Some("us") => "us",
        Some("eu") => "eu",
        _ => "global",
    }
}

fn workspace_json(w: &Workspace) -> Value {
    json!({
        "type": "workspace", "id": w.id, "name": w.name, "created_at": w.created_at,
        "archived_at": if w.archived { Some(w.archived_at.clone().unwrap_or_else(|| w.created_at.clone())) } else { None },
        "display_color": w.display_color,
        "data_residency": {"workspace_geo": workspace_geo(&w.region),
                           "allowed_inference_geos": "unrestricted", "default_inference_geo": "global"},
    })
}

fn find_workspace(st: &State, ctx: &Ctx, id: &str) -> Result<Workspace, ApiError> {
    st.account(&ctx.caller.account)
        .and_then(|a| a.workspace(id))
        .filter(|w| w.region == ctx.region)
        .cloned()
        .ok_or_else(|| ApiError::new(404, format!("Workspace `{id}` not found.")))
}

fn batch_json(b: &Batch) -> Value {
    let n = b.custom_ids.len();
    let canceled = if b.canceled { n } else { 0 };
    let ended = b.processing_status == "ended";
    let expires = parse_rfc3339(&b.created_at)
        .map(|t| rfc3339(t + Duration::from_secs(86400)))
        .unwrap_or_default();
    json!({
        "id": b.id, "type": "message_batch", "processing_status": b.processing_status,
        "request_counts": {
            "processing": if ended { 0 } else { n },
            "succeeded": if ended { n - canceled } else { 0 },
            "errored": 0, "canceled": canceled, "expired": 0,
        },
        "ended_at": b.ended_at, "created_at": b.created_at, "expires_at": expires,
        "cancel_initiated_at": b.cancel_initiated_at, "archived_at": b.archived_at,
        "results_url": if ended { Some(format!("/v1/messages/batches/{}/results", b.id)) } else { None },
    })
}

fn with_batch(
    app: &App,
    ws: &str,
    id: &str,
    f: impl FnOnce(&mut Batch),
) -> Result<Batch, ApiError> {
    let mut st = lock(&app.state);
    let b = st
        .batches
        .iter_mut()
        .find(|b| b.id == id && b.workspace_id == ws)
        .ok_or_else(|| ApiError::new(404, format!("Batch not found: {id}")))?;
    f(b);
    Ok(b.clone())
}

// ---------------------------------------------------------------------------------------------
// Files

async fn create_file(
    app: &Arc<App>,
    inc: &Incoming,
    body: ReqBody,
    ws: &str,
    now: SystemTime,
) -> Result<Response, ApiError> {
    let ReqBody::File(tmp) = body else {
        return Err(ApiError::new(400, "expected a multipart body"));
    };
    let ct = inc.header("content-type").unwrap_or("");
    let boundary = multer::parse_boundary(ct).map_err(|_| {
        ApiError::new(
            400,
            "Content-Type must be multipart/form-data with a boundary",
        )
    })?;
    let file = tokio::fs::File::open(&tmp)
        .await
        .map_err(|e| ApiError::new(500, format!("temp file: {e}")))?;
    let mut mp = multer::Multipart::new(tokio_util::io::ReaderStream::new(file), boundary);
    let bad = |e: multer::Error| ApiError::new(400, format!("Invalid multipart body: {e}"));
    while let Some(mut field) = mp.next_field().await.map_err(bad)? {
        if field.name() != Some("file") {
            continue;
        }
        let filename = field.file_name().unwrap_or("upload").to_string();
        let mime = field
            .content_type()
            .map(|m| m.to_string())
            .unwrap_or_else(|| "application/octet-stream".to_string());
        let id = new_id("file_011C");
        let path = app.files_dir.path().join(&id);
        let mut out = tokio::fs::File::create(&path)
            .await
            .map_err(|e| ApiError::new(500, format!("storing file: {e}")))?;
        let mut size: u64 = 0;
        while let Some(chunk) = field.chunk().await.map_err(bad)? {
            size += chunk.len() as u64;
            out.write_all(&chunk)
                .await
                .map_err(|e| ApiError::new(500, format!("storing file: {e}")))?;
        }
        out.flush()
            .await
            .map_err(|e| ApiError::new(500, format!("storing file: {e}")))?;
        let f = FileObject {
            id,
            workspace_id: ws.to_string(),
            filename,
            mime_type: mime,
            size_bytes: size,
            created_at: rfc3339(now),
            // Uploaded files are not downloadable on the Claude API (only files produced by
            // tools are); pre-seed a downloadable file through the state instead.
            downloadable: false,
            content: None,
            storage_path: Some(path.to_string_lossy().into_owned()),
        };
        lock(&app.state).files.push(f.clone());
        return Ok(json_response(200, &file_json(&f)));
    }
    Err(ApiError::new(400, "file: Field required"))
}

// ---------------------------------------------------------------------------------------------
// Messages

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

fn last_user_text(req: &Value) -> String {
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

fn messages(app: &Arc<App>, bytes: &[u8], ctx: &Ctx) -> Result<Response, ApiError> {
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
fn drop_after_bytes(
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

fn dropped() -> std::io::Error {
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
    fn routes_map_to_actions() {
        let a = |m: &str, p: &str| route(m, p).map(|r| r.action);
        assert_eq!(a("POST", "/v1/messages"), Some("CreateInference"));
        assert_eq!(a("POST", "/v1/messages/count_tokens"), Some("CountTokens"));
        assert_eq!(
            a("GET", "/v1/messages/batches/b1/results"),
            Some("GetBatchInference")
        );
        assert_eq!(a("GET", "/v1/files/f1/content"), Some("GetFile"));
        assert_eq!(a("DELETE", "/v1/skills/s/versions/1"), Some("UpdateSkill"));
        assert_eq!(
            a("GET", "/v1/environments/e/work/poll"),
            Some("ProcessEnvironmentWork")
        );
        assert_eq!(
            a("GET", "/v1/environments/e/work/stats"),
            Some("GetEnvironment")
        );
        assert_eq!(a("POST", "/v1/sessions/s/archive"), Some("ArchiveSession"));
        assert_eq!(
            a("DELETE", "/v1/sessions/s/resources/r"),
            Some("UpdateSession")
        );
        assert_eq!(
            a("POST", "/v1/webhooks/w/regenerate_signing_secret"),
            Some("RotateWebhookSecret")
        );
        assert_eq!(
            a("GET", "/v1/organizations/workspaces"),
            Some("ListWorkspaces")
        );
        assert_eq!(
            route("GET", "/v1/organizations/workspaces/wrkspc_1").map(|r| r.res),
            Some(Res::PathWorkspace("wrkspc_1".into()))
        );
        assert_eq!(
            a("GET", "/v1/compliance/activities"),
            Some("ListComplianceActivities")
        );
        assert_eq!(a("GET", "/v1/organizations/api_keys"), None);
        assert_eq!(a("DELETE", "/v1/agents/a"), None);
        assert_eq!(a("GET", "/v2/models"), None);
    }

    #[test]
    fn workspace_ids() {
        assert!(valid_workspace_id("wrkspc_01TESTWORKSPACE"));
        assert!(!valid_workspace_id("wrkspc_"));
        assert!(!valid_workspace_id("ws_01"));
        assert!(!valid_workspace_id("wrkspc_01-x"));
    }

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
    fn pagination() {
        let items: Vec<(String, Value)> = (0..5).map(|i| (format!("m{i}"), json!(i))).collect();
        let q = |s: &str| sigv4::parse_query(s);
        let p = paginate(items.clone(), &q("limit=2")).unwrap();
        assert_eq!(p["data"], json!([0, 1]));
        assert_eq!(p["has_more"], true);
        assert_eq!(p["last_id"], "m1");
        let p = paginate(items.clone(), &q("limit=2&after_id=m3")).unwrap();
        assert_eq!(p["data"], json!([4]));
        assert_eq!(p["has_more"], false);
        let p = paginate(items.clone(), &q("limit=2&before_id=m3")).unwrap();
        assert_eq!(p["data"], json!([1, 2]));
        assert_eq!(p["has_more"], true);
        assert!(paginate(items, &q("limit=0")).is_err());
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
