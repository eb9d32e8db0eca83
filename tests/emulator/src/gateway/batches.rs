//! `/v1/messages/batches`: create, list, get, cancel, results and delete (platform.md §6, the
//! first-party batch-processing guide it cites).
//!
//! Lifecycle: a batch is `in_progress` for `processing_ms` after creation (the emulator's clock,
//! so `now_offset_seconds` moves it), its requests finishing evenly over that time; then it has
//! `ended`. A cancel makes it `canceling` for a moment; the requests not processed by then end
//! `canceled`. Each request's result is decided at creation: a request whose model the state does
//! not list, or without messages, is `errored` (an `invalid_request_error`, as the API reports
//! per-request validation); the others are `succeeded` with the reply chat would give. Results are
//! JSON lines at `GET …/{id}/results`; the batch's `results_url` is that route as an absolute URL
//! on the endpoint that was called, or (state `results_url_host: "first_party"`) on the
//! first-party API host, which the emulator does not serve: the host of the real one is
//! UNCONFIRMED (platform.md §6). At most 100,000 requests per batch, unique `custom_id`s.

use super::body::{ReqBody, bytes_of};
use super::messages::last_user_text;
use super::serve::{check_messages, check_model, paginate, parse_json};
use super::{ApiError, Ctx};
use crate::faults;
use crate::server::{App, Incoming, json_response, lock, new_id, set_header};
use crate::state::{Batch, ResultsUrlHost, parse_rfc3339, rfc3339};
use axum::body::Body;
use axum::response::Response;
use serde_json::{Value, json};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How long a new batch stays in progress (docs/emulator.md).
pub const DEFAULT_PROCESSING_MS: u64 = 1500;
/// A cancel takes this long to end the batch.
const CANCELING_MS: u64 = 300;
/// The documented per-batch request limit.
const MAX_REQUESTS: usize = 100_000;
/// Batches expire 24 hours after creation.
const EXPIRY: Duration = Duration::from_secs(86_400);

fn ms(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

fn n_requests(b: &Batch) -> u64 {
    if b.synthetic_results > 0 {
        b.synthetic_results
    } else {
        b.custom_ids.len() as u64
    }
}

/// How many requests are processed at `now`.
fn processed(b: &Batch, now_ms: u64) -> u64 {
    let n = n_requests(b);
    let elapsed = now_ms.saturating_sub(b.created_ms);
    let done = if b.processing_ms == 0 || elapsed >= b.processing_ms {
        n
    } else {
        n * elapsed / b.processing_ms
    };
    // A batch seeded as `canceled` without a count had processed nothing.
    let at_cancel = b.processed_at_cancel.or(b.canceled.then_some(0));
    at_cancel.map_or(done, |c| done.min(c))
}

/// Bring the status up to `now`.
fn refresh(b: &mut Batch, now: SystemTime) {
    let now_ms = ms(now);
    if b.processing_status == "ended" {
        return;
    }
    let ends_at = match (&b.cancel_initiated_at, b.processed_at_cancel) {
        (Some(c), Some(_)) => parse_rfc3339(c).map_or(now_ms, |t| ms(t) + CANCELING_MS),
        _ => b.created_ms + b.processing_ms,
    };
    if now_ms >= ends_at || processed(b, now_ms) >= n_requests(b) {
        b.processing_status = "ended".into();
        b.ended_at = Some(rfc3339(now));
    } else if b.processed_at_cancel.is_some() {
        b.processing_status = "canceling".into();
    }
}

fn result_url(inc: &Incoming, id: &str, on: ResultsUrlHost) -> String {
    if on == ResultsUrlHost::FirstParty {
        return format!("https://api.anthropic.com/v1/messages/batches/{id}/results");
    }
    let host = inc.header("host").unwrap_or("127.0.0.1");
    let pin = faults::strip_region(&inc.raw_path)
        .map(|(r, _)| format!("/region/{r}"))
        .unwrap_or_default();
    format!("http://{host}{pin}/v1/messages/batches/{id}/results")
}

pub(super) fn create_batch(
    app: &App,
    inc: &Incoming,
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
    if reqs.len() > MAX_REQUESTS {
        return Err(ApiError::new(
            400,
            format!("requests: a batch holds at most {MAX_REQUESTS} requests"),
        ));
    }
    let st = lock(&app.state);
    let mut custom_ids = Vec::with_capacity(reqs.len());
    let mut errors = Vec::with_capacity(reqs.len());
    let mut texts = Vec::with_capacity(reqs.len());
    let mut seen = std::collections::HashSet::new();
    for (i, r) in reqs.iter().enumerate() {
        let c = r
            .get("custom_id")
            .and_then(Value::as_str)
            .ok_or_else(|| ApiError::new(400, format!("requests.{i}.custom_id: Field required")))?;
        if !seen.insert(c.to_string()) {
            return Err(ApiError::new(
                400,
                format!("requests.{i}.custom_id: duplicate custom_id {c:?}"),
            ));
        }
        let params = r
            .get("params")
            .filter(|p| p.is_object())
            .ok_or_else(|| ApiError::new(400, format!("requests.{i}.params: Field required")))?;
        let err = check_model(&st, params)
            .and_then(|_| check_messages(params))
            .err()
            .map(|e| e.message);
        texts.push(match &err {
            Some(_) => String::new(),
            None => st
                .reply
                .text
                .clone()
                .unwrap_or_else(|| format!("You said: {}", last_user_text(params))),
        });
        errors.push(err);
        custom_ids.push(c.to_string());
    }
    drop(st);
    let b = Batch {
        id: new_id("msgbatch_"),
        workspace_id: ws,
        processing_status: "in_progress".into(),
        created_at: rfc3339(now),
        created_ms: ms(now),
        processing_ms: DEFAULT_PROCESSING_MS,
        custom_ids,
        errors,
        texts,
        ..Batch::default()
    };
    let mut st = lock(&app.state);
    let out = batch_json(&b, inc, ms(now), st.results_url_host);
    st.batches.push(b);
    Ok(json_response(200, &out))
}

pub(super) fn list_batches(
    app: &App,
    inc: &Incoming,
    ws: &str,
    ctx: &Ctx,
    now: SystemTime,
) -> Result<Response, ApiError> {
    let mut st = lock(&app.state);
    let on = st.results_url_host;
    let items: Vec<(String, Value)> = st
        .batches
        .iter_mut()
        .rev()
        .filter(|b| b.workspace_id == ws)
        .map(|b| {
            refresh(b, now);
            (b.id.clone(), batch_json(b, inc, ms(now), on))
        })
        .collect();
    Ok(json_response(200, &paginate(items, &ctx.query)?))
}

pub(super) fn get_batch(
    app: &App,
    inc: &Incoming,
    ws: &str,
    id: &str,
    now: SystemTime,
) -> Result<Response, ApiError> {
    let b = with_batch(app, ws, id, now, |_| Ok(()))?;
    let on = lock(&app.state).results_url_host;
    Ok(json_response(200, &batch_json(&b, inc, ms(now), on)))
}

pub(super) fn cancel_batch(
    app: &App,
    inc: &Incoming,
    ws: &str,
    id: &str,
    now: SystemTime,
) -> Result<Response, ApiError> {
    let b = with_batch(app, ws, id, now, |b| {
        if b.processing_status == "in_progress" {
            b.processed_at_cancel = Some(processed(b, ms(now)));
            b.cancel_initiated_at = Some(rfc3339(now));
            b.canceled = true;
            b.processing_status = "canceling".into();
        }
        Ok(())
    })?;
    let on = lock(&app.state).results_url_host;
    Ok(json_response(200, &batch_json(&b, inc, ms(now), on)))
}

/// The result line of request `i`.
fn result_line(b: &Batch, i: usize, model: &str, done: u64) -> Value {
    let c = &b.custom_ids[i];
    if i as u64 >= done {
        return json!({"custom_id": c, "result": {"type": "canceled"}});
    }
    match b.errors.get(i).cloned().flatten() {
        Some(m) => json!({"custom_id": c, "result": {"type": "errored", "error": {
            "type": "error", "error": {"type": "invalid_request_error", "message": m}}}}),
        None => succeeded(c, b.texts.get(i).map_or("", String::as_str), model),
    }
}

fn succeeded(custom_id: &str, text: &str, model: &str) -> Value {
    json!({"custom_id": custom_id, "result": {"type": "succeeded", "message": {
        "id": new_id("msg_"), "type": "message", "role": "assistant", "model": model,
        "content": [{"type": "text", "text": text}],
        "stop_reason": "end_turn", "stop_sequence": null,
        "usage": {"input_tokens": 1, "output_tokens": text.len().div_ceil(4).max(1),
                  "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}}}})
}

pub(super) fn batch_results(
    app: &App,
    ws: &str,
    id: &str,
    now: SystemTime,
) -> Result<Response, ApiError> {
    let b = with_batch(app, ws, id, now, |_| Ok(()))?;
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
    let body = if b.synthetic_results > 0 {
        synthetic(b.synthetic_results, b.synthetic_text_bytes, model)
    } else {
        let done = processed(&b, u64::MAX);
        let mut out = String::new();
        for i in 0..b.custom_ids.len() {
            out.push_str(&result_line(&b, i, &model, done).to_string());
            out.push('\n');
        }
        Body::from(out)
    };
    let mut r = Response::new(body);
    set_header(&mut r, "content-type", "application/binary");
    Ok(r)
}

/// `n` generated results, produced as they are sent (benchmarks: any size in flat memory).
fn synthetic(n: u64, text_bytes: u64, model: String) -> Body {
    let text = "x".repeat(text_bytes as usize);
    let template = succeeded("r0", &text, &model).to_string();
    let (head, tail) = template.split_once("\"r0\"").unwrap_or(("", ""));
    let (head, tail) = (head.to_string(), tail.to_string());
    const PER_CHUNK: u64 = 256;
    let stream = futures_util::stream::iter((0..n.div_ceil(PER_CHUNK)).map(move |c| {
        let mut out = String::with_capacity((template.len() + 16) * PER_CHUNK as usize);
        for i in c * PER_CHUNK..((c + 1) * PER_CHUNK).min(n) {
            out.push_str(&head);
            out.push_str(&format!("\"r{i}\""));
            out.push_str(&tail);
            out.push('\n');
        }
        Ok::<_, std::io::Error>(bytes::Bytes::from(out))
    }));
    Body::from_stream(stream)
}

pub(super) fn delete_batch(
    app: &App,
    ws: &str,
    id: &str,
    now: SystemTime,
) -> Result<Response, ApiError> {
    with_batch(app, ws, id, now, |b| {
        if b.processing_status != "ended" {
            return Err(ApiError::new(
                400,
                format!(
                    "Batch {id} cannot be deleted while it is {}; cancel it first",
                    b.processing_status
                ),
            ));
        }
        Ok(())
    })?;
    lock(&app.state).batches.retain(|x| x.id != id);
    Ok(json_response(
        200,
        &json!({"id": id, "type": "message_batch_deleted"}),
    ))
}

fn batch_json(b: &Batch, inc: &Incoming, now_ms: u64, on: ResultsUrlHost) -> Value {
    let n = n_requests(b);
    let ended = b.processing_status == "ended";
    let done = if ended {
        processed(b, u64::MAX)
    } else {
        processed(b, now_ms)
    };
    let limit = if b.synthetic_results > 0 {
        0
    } else {
        (done as usize).min(b.custom_ids.len())
    };
    let errored = b.errors[..limit.min(b.errors.len())]
        .iter()
        .filter(|e| e.is_some())
        .count() as u64;
    let canceled = if ended { n - done } else { 0 };
    let expires = parse_rfc3339(&b.created_at)
        .map(|t| rfc3339(t + EXPIRY))
        .unwrap_or_default();
    json!({
        "id": b.id, "type": "message_batch", "processing_status": b.processing_status,
        "request_counts": {
            "processing": if ended { 0 } else { n - done },
            "succeeded": done - errored,
            "errored": errored, "canceled": canceled, "expired": 0,
        },
        "ended_at": b.ended_at, "created_at": b.created_at, "expires_at": expires,
        "cancel_initiated_at": b.cancel_initiated_at, "archived_at": b.archived_at,
        "results_url": if ended { Some(result_url(inc, &b.id, on)) } else { None },
    })
}

fn with_batch(
    app: &App,
    ws: &str,
    id: &str,
    now: SystemTime,
    f: impl FnOnce(&mut Batch) -> Result<(), ApiError>,
) -> Result<Batch, ApiError> {
    let mut st = lock(&app.state);
    let b = st
        .batches
        .iter_mut()
        .find(|b| b.id == id && b.workspace_id == ws)
        .ok_or_else(|| ApiError::new(404, format!("Batch not found: {id}")))?;
    refresh(b, now);
    f(b)?;
    Ok(b.clone())
}
