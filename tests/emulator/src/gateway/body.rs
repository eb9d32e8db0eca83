//! Reading the request body under the per-route size limits (platform.md §5.1); file uploads are
//! spooled to disk while hashed.

use super::{ApiError, Handler};
use crate::server::{App, Incoming, RECORD_BODY_LIMIT, RecordedRequest};
use crate::sigv4;
use axum::body::Body;
use bytes::Bytes;
use futures_util::StreamExt;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

/// Request size limits, platform.md §5.1.
const LIMIT_MESSAGES: u64 = 32 * 1024 * 1024;
const LIMIT_BATCHES: u64 = 256 * 1024 * 1024;
const LIMIT_FILES: u64 = 500 * 1024 * 1024;

pub(super) enum ReqBody {
    Bytes(Bytes),
    /// Spooled to disk (file uploads); deleted on drop.
    File(tempfile::TempPath),
}

pub(super) async fn read_body(
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

pub(super) fn bytes_of(b: &ReqBody) -> &[u8] {
    match b {
        ReqBody::Bytes(b) => b,
        ReqBody::File(_) => &[],
    }
}
