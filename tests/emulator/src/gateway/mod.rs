//! The regional gateway `https://aws-external-anthropic.{region}.api.aws` (`/v1/…`), in the order
//! of docs/emulator.md: record + faults → authentication (SigV4 / API keys) → federation →
//! workspace header → route→IAM-action authorization → the route itself.
//!
//! The module is split by concern: `auth` (SigV4 / API-key authentication), `routes` (the
//! route → IAM action table), `body` (request-body reading and size limits), `serve` (the
//! dispatch to the per-API handlers and their shared helpers) and one module per API:
//! `messages`, `files`, `models`, `workspaces`, `batches`.

mod auth;
mod batches;
mod body;
mod files;
mod messages;
mod models;
mod routes;
mod serve;
mod workspaces;

pub use messages::estimate_tokens;
pub use routes::{Handler, Res, Route, route};

use crate::faults::{self, StreamShape};
use crate::policy::{self, Decision};
use crate::server::{
    App, Incoming, MSG_INVALID_TOKEN, RecordedRequest, json_response, lock, set_header,
};
use crate::sigv4;
use crate::state::{Caller, ErrorStyle};
use auth::{authenticate, base_context};
use axum::body::Body;
use axum::response::Response;
use body::read_body;
use serde_json::{Value, json};
use serve::serve;
use std::sync::Arc;

pub const SERVICE: &str = "aws-external-anthropic";
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

pub fn workspace_arn(region: &str, account: &str, id: &str) -> String {
    format!("arn:aws:{SERVICE}:{region}:{account}:workspace/{id}")
}

/// A workspace this endpoint does not know (wrong ID, or another region's), answered as the
/// state's `workspace_miss` reading says (both documented, platform.md §5.2; UNCONFIRMED which).
fn workspace_miss(st: &crate::state::State, id: &str) -> ApiError {
    match st.workspace_miss {
        crate::state::WorkspaceMiss::NotFound => {
            ApiError::new(404, format!("Workspace `{id}` not found."))
        }
        // A bare 403 that names neither the workspace nor an IAM action.
        crate::state::WorkspaceMiss::Forbidden => {
            ApiError::aws(403, "AccessDeniedException", "Forbidden")
        }
    }
}

fn valid_workspace_id(id: &str) -> bool {
    id.strip_prefix("wrkspc_")
        .is_some_and(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_alphanumeric()))
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
                    return Err(workspace_miss(&st, &id));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workspace_ids() {
        assert!(valid_workspace_id("wrkspc_01TESTWORKSPACE"));
        assert!(!valid_workspace_id("wrkspc_"));
        assert!(!valid_workspace_id("ws_01"));
        assert!(!valid_workspace_id("wrkspc_01-x"));
    }
}
