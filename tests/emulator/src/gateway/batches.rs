//! `/v1/messages/batches`: create, list, get, cancel, results and delete.

use super::body::{ReqBody, bytes_of};
use super::serve::{paginate, parse_json};
use super::{ApiError, Ctx};
use crate::server::{App, json_response, lock, new_id, set_header};
use crate::state::{Batch, parse_rfc3339, rfc3339};
use axum::body::Body;
use axum::response::Response;
use serde_json::{Value, json};
use std::time::{Duration, SystemTime};

pub(super) fn create_batch(
    app: &App,
    body: &ReqBody,
    ws: String,
    now: SystemTime,
) -> Result<Response, ApiError> {
    let req = parse_json(bytes_of(body))?;
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

pub(super) fn list_batches(app: &App, ws: &str, ctx: &Ctx) -> Result<Response, ApiError> {
    let items: Vec<(String, Value)> = lock(&app.state)
        .batches
        .iter()
        .rev()
        .filter(|b| b.workspace_id == ws)
        .map(|b| (b.id.clone(), batch_json(b)))
        .collect();
    Ok(json_response(200, &paginate(items, &ctx.query)?))
}

pub(super) fn get_batch(
    app: &App,
    ws: &str,
    id: &str,
    now: SystemTime,
) -> Result<Response, ApiError> {
    // Deterministic lifecycle: a batch is `in_progress` when created and has ended the
    // first time it is retrieved (documented in docs/emulator.md).
    let b = with_batch(app, ws, id, |b| {
        if b.processing_status == "in_progress" {
            b.processing_status = "ended".into();
            b.ended_at = Some(rfc3339(now));
        }
    })?;
    Ok(json_response(200, &batch_json(&b)))
}

pub(super) fn cancel_batch(
    app: &App,
    ws: &str,
    id: &str,
    now: SystemTime,
) -> Result<Response, ApiError> {
    let b = with_batch(app, ws, id, |b| {
        if b.processing_status == "in_progress" {
            b.processing_status = "ended".into();
            b.cancel_initiated_at = Some(rfc3339(now));
            b.ended_at = Some(rfc3339(now));
            b.canceled = true;
        }
    })?;
    Ok(json_response(200, &batch_json(&b)))
}

pub(super) fn batch_results(app: &App, ws: &str, id: &str) -> Result<Response, ApiError> {
    let b = with_batch(app, ws, id, |_| {})?;
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

pub(super) fn delete_batch(app: &App, ws: &str, id: &str) -> Result<Response, ApiError> {
    let b = with_batch(app, ws, id, |_| {})?;
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
