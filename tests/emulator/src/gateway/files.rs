//! `/v1/files`: upload (multipart, streamed to disk), list, metadata, content download and
//! delete.

use super::body::ReqBody;
use super::messages::{drop_after_bytes, dropped};
use super::serve::paginate;
use super::{ApiError, Ctx};
use crate::server::{App, Incoming, json_response, lock, new_id, set_header};
use crate::state::{FileObject, State, rfc3339};
use axum::body::Body;
use axum::response::Response;
use bytes::Bytes;
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::SystemTime;
use tokio::io::AsyncWriteExt;

pub(super) async fn create_file(
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

pub(super) fn list_files(app: &App, ws: &str, ctx: &Ctx) -> Result<Response, ApiError> {
    let items: Vec<(String, Value)> = lock(&app.state)
        .files
        .iter()
        .rev()
        .filter(|f| f.workspace_id == ws)
        .map(|f| (f.id.clone(), file_json(f)))
        .collect();
    Ok(json_response(200, &paginate(items, &ctx.query)?))
}

pub(super) fn get_file(app: &App, ws: &str, id: &str) -> Result<Response, ApiError> {
    let f = find_file(&lock(&app.state), ws, id)?;
    Ok(json_response(200, &file_json(&f)))
}

pub(super) async fn file_content(
    app: &App,
    ws: &str,
    id: &str,
    ctx: &Ctx,
) -> Result<Response, ApiError> {
    let f = find_file(&lock(&app.state), ws, id)?;
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

pub(super) async fn delete_file(app: &App, ws: &str, id: &str) -> Result<Response, ApiError> {
    let f = find_file(&lock(&app.state), ws, id)?;
    lock(&app.state).files.retain(|x| x.id != id);
    if let Some(p) = &f.storage_path {
        let _ = tokio::fs::remove_file(p).await;
    }
    Ok(json_response(
        200,
        &json!({"id": id, "type": "file_deleted"}),
    ))
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
