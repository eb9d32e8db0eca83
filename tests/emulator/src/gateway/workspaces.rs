//! `/v1/organizations/workspaces`: list, get, create, update and archive (account-scoped).

use super::body::{ReqBody, bytes_of};
use super::serve::{paginate, parse_json};
use super::{ApiError, Ctx};
use crate::server::{App, Incoming, json_response, lock, new_id};
use crate::state::{State, Workspace, rfc3339};
use axum::response::Response;
use serde_json::{Value, json};
use std::time::SystemTime;

pub(super) fn list_workspaces(app: &App, ctx: &Ctx) -> Result<Response, ApiError> {
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

pub(super) fn get_workspace(app: &App, ctx: &Ctx, id: &str) -> Result<Response, ApiError> {
    let st = lock(&app.state);
    let w = find_workspace(&st, ctx, id)?;
    Ok(json_response(200, &workspace_json(&w)))
}

pub(super) fn create_workspace(
    app: &App,
    body: &ReqBody,
    ctx: &Ctx,
    now: SystemTime,
) -> Result<Response, ApiError> {
    let req = parse_json(bytes_of(body))?;
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

/// UpdateWorkspace, or ArchiveWorkspace when the path ends in `/archive`.
pub(super) fn update_workspace(
    app: &App,
    inc: &Incoming,
    body: &ReqBody,
    ctx: &Ctx,
    id: &str,
    now: SystemTime,
) -> Result<Response, ApiError> {
    let archive = inc.raw_path.ends_with("/archive");
    let req = if archive {
        Value::Null
    } else {
        parse_json(bytes_of(body))?
    };
    let mut st = lock(&app.state);
    find_workspace(&st, ctx, id)?;
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
        .ok_or_else(|| super::workspace_miss(st, id))
}
