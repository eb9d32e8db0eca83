//! `/v1/models`: ListModels and GetModel.

use super::serve::paginate;
use super::{ApiError, Ctx};
use crate::server::{App, json_response, lock};
use axum::response::Response;
use serde_json::{Value, json};

pub(super) fn list_models(app: &App, ctx: &Ctx) -> Result<Response, ApiError> {
    let items: Vec<(String, Value)> = lock(&app.state)
        .models
        .iter()
        .map(|m| (m.id.clone(), model_json(m)))
        .collect();
    Ok(json_response(200, &paginate(items, &ctx.query)?))
}

pub(super) fn get_model(app: &App, id: &str) -> Result<Response, ApiError> {
    let st = lock(&app.state);
    let m = st
        .models
        .iter()
        .find(|m| m.id == id)
        .ok_or_else(|| ApiError::new(404, format!("model: {id}")))?;
    Ok(json_response(200, &model_json(m)))
}

fn model_json(m: &crate::state::Model) -> Value {
    json!({"type": "model", "id": m.id, "display_name": m.display_name, "created_at": m.created_at})
}
