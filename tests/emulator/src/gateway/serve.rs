//! Dispatch of an authenticated, authorized request to its handler, and the helpers the
//! handlers share (JSON body, model and messages checks, list pagination).

use super::body::{ReqBody, bytes_of};
use super::{ApiError, Ctx, Handler, batches, files, messages, models, workspaces};
use crate::server::{App, Incoming};
use crate::state::State;
use axum::response::Response;
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::SystemTime;

pub(super) async fn serve(
    app: &Arc<App>,
    inc: &Incoming,
    handler: Handler,
    body: ReqBody,
    ctx: Ctx,
    now: SystemTime,
) -> Result<Response, ApiError> {
    let ws = ctx.workspace.clone().unwrap_or_default();
    match handler {
        Handler::Messages => messages::messages(app, bytes_of(&body), &ctx),
        Handler::CountTokens => messages::count_tokens(app, bytes_of(&body)),
        Handler::ListModels => models::list_models(app, &ctx),
        Handler::GetModel(id) => models::get_model(app, &id),
        Handler::CreateFile => files::create_file(app, inc, body, &ws, now).await,
        Handler::ListFiles => files::list_files(app, &ws, &ctx),
        Handler::GetFile(id) => files::get_file(app, &ws, &id),
        Handler::FileContent(id) => files::file_content(app, &ws, &id, &ctx).await,
        Handler::DeleteFile(id) => files::delete_file(app, &ws, &id).await,
        Handler::ListWorkspaces => workspaces::list_workspaces(app, &ctx),
        Handler::GetWorkspace(id) => workspaces::get_workspace(app, &ctx, &id),
        Handler::CreateWorkspace => workspaces::create_workspace(app, &body, &ctx, now),
        Handler::UpdateWorkspace(id) | Handler::ArchiveWorkspace(id) => {
            workspaces::update_workspace(app, inc, &body, &ctx, &id, now)
        }
        Handler::CreateBatch => batches::create_batch(app, inc, &body, ws, now),
        Handler::ListBatches => batches::list_batches(app, inc, &ws, &ctx, now),
        Handler::GetBatch(id) => batches::get_batch(app, inc, &ws, &id, now),
        Handler::CancelBatch(id) => batches::cancel_batch(app, inc, &ws, &id, now),
        Handler::BatchResults(id) => batches::batch_results(app, &ws, &id, now),
        Handler::DeleteBatch(id) => batches::delete_batch(app, &ws, &id, now),
        Handler::NotImplemented => Err(ApiError::new(
            501,
            "This route is authorized by the emulator but not emulated",
        )),
    }
}

pub(super) fn parse_json(bytes: &[u8]) -> Result<Value, ApiError> {
    let v: Value = serde_json::from_slice(bytes)
        .map_err(|e| ApiError::new(400, format!("Request body is not valid JSON: {e}")))?;
    if !v.is_object() {
        return Err(ApiError::new(400, "Request body must be a JSON object"));
    }
    Ok(v)
}

pub(super) fn check_model(st: &State, req: &Value) -> Result<String, ApiError> {
    let model = req
        .get("model")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::new(400, "model: Field required"))?;
    if !st.models.iter().any(|m| m.id == model) {
        return Err(ApiError::new(404, format!("model: {model}")));
    }
    Ok(model.to_string())
}

pub(super) fn check_messages(req: &Value) -> Result<(), ApiError> {
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

pub(super) fn paginate(
    items: Vec<(String, Value)>,
    q: &[(String, String)],
) -> Result<Value, ApiError> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sigv4;

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
}
