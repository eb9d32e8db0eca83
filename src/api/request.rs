//! A request (method, path, body) and the metadata of a response.

use super::*;

/// A request body. Files are never read whole into memory.
#[derive(Clone, Debug)]
pub enum Body {
    Empty,
    Json(Bytes),
    /// A sequence of in-memory and file parts (multipart uploads); length and SHA-256 known up front.
    Parts {
        parts: Vec<Part>,
        content_type: String,
        len: u64,
        sha256: String,
    },
}

#[derive(Clone, Debug)]
pub enum Part {
    Bytes(Bytes),
    File(PathBuf),
    /// A file whose bytes sent so far are counted (for progress bars).
    FileWithProgress(PathBuf, std::sync::Arc<std::sync::atomic::AtomicU64>),
}

impl Body {
    pub fn json(v: &Value) -> Body {
        Body::Json(Bytes::from(serde_json::to_vec(v).unwrap_or_default()))
    }

    pub(super) fn sha256(&self) -> String {
        match self {
            Body::Empty => EMPTY_SHA256.to_string(),
            Body::Json(b) => sha256_hex(b),
            Body::Parts { sha256, .. } => sha256.clone(),
        }
    }

    pub(super) fn content_type(&self) -> Option<&str> {
        match self {
            Body::Empty => None,
            Body::Json(_) => Some("application/json"),
            Body::Parts { content_type, .. } => Some(content_type),
        }
    }

    pub(super) fn to_reqwest(&self) -> reqwest::Body {
        match self {
            Body::Empty => reqwest::Body::from(Bytes::new()),
            Body::Json(b) => reqwest::Body::from(b.clone()),
            Body::Parts { parts, .. } => {
                let parts = parts.clone();
                let stream = futures_util::stream::iter(parts).then(|p| async move {
                    let s: std::pin::Pin<Box<dyn Stream<Item = std::io::Result<Bytes>> + Send>> =
                        match p {
                            Part::Bytes(b) => {
                                Box::pin(futures_util::stream::once(async move { Ok(b) }))
                            }
                            Part::File(path) => match tokio::fs::File::open(&path).await {
                                Ok(f) => Box::pin(tokio_util::io::ReaderStream::with_capacity(
                                    f,
                                    256 * 1024,
                                )),
                                Err(e) => {
                                    Box::pin(futures_util::stream::once(async move { Err(e) }))
                                }
                            },
                            Part::FileWithProgress(path, sent) => {
                                match tokio::fs::File::open(&path).await {
                                    Ok(f) => Box::pin(
                                        tokio_util::io::ReaderStream::with_capacity(f, 256 * 1024)
                                            .inspect_ok(move |b| {
                                                sent.fetch_add(
                                                    b.len() as u64,
                                                    std::sync::atomic::Ordering::Relaxed,
                                                );
                                            }),
                                    ),
                                    Err(e) => {
                                        Box::pin(futures_util::stream::once(async move { Err(e) }))
                                    }
                                }
                            }
                        };
                    s
                });
                reqwest::Body::wrap_stream(stream.flatten())
            }
        }
    }
}

/// The HTTP methods cpaws sends (the proxy forwards these and refuses the others).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    /// From the method's name as it appears on the wire (case-sensitive, as HTTP methods are);
    /// `None` for any other method.
    pub fn parse(name: &str) -> Option<Method> {
        [
            Method::Get,
            Method::Post,
            Method::Put,
            Method::Patch,
            Method::Delete,
        ]
        .into_iter()
        .find(|m| m.as_str() == name)
    }

    pub(super) fn to_reqwest(self) -> reqwest::Method {
        match self {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Patch => reqwest::Method::PATCH,
            Method::Delete => reqwest::Method::DELETE,
        }
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Debug)]
pub struct ApiRequest {
    pub method: Method,
    /// Path and query, starting with `/v1/`.
    pub path: String,
    pub body: Body,
    pub headers: Vec<(String, String)>,
}

impl ApiRequest {
    pub fn get(path: impl Into<String>) -> Self {
        ApiRequest {
            method: Method::Get,
            path: path.into(),
            body: Body::Empty,
            headers: Vec::new(),
        }
    }
    pub fn post_json(path: impl Into<String>, v: &Value) -> Self {
        ApiRequest {
            method: Method::Post,
            path: path.into(),
            body: Body::json(v),
            headers: Vec::new(),
        }
    }
    pub(super) fn describe(&self) -> String {
        format!(
            "gateway {} {}",
            self.method,
            self.path.split('?').next().unwrap_or("")
        )
    }
}

/// Metadata of a successful response.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ResponseMeta {
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amzn_request_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(skip)]
    pub server_date: Option<SystemTime>,
}

impl ResponseMeta {
    /// The request IDs as evidence lines (`x-amzn-requestid: …`, `request-id: …`), sanitized.
    pub fn request_ids(&self) -> Vec<String> {
        [
            ("x-amzn-requestid", &self.amzn_request_id),
            ("request-id", &self.request_id),
        ]
        .into_iter()
        .filter_map(|(name, id)| {
            id.as_ref()
                .map(|id| format!("{name}: {}", crate::output::one_line(id)))
        })
        .collect()
    }

    pub(super) fn from_response(r: &reqwest::Response) -> Self {
        let h = |n: &str| {
            r.headers()
                .get(n)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        ResponseMeta {
            status: r.status().as_u16(),
            amzn_request_id: h("x-amzn-requestid"),
            request_id: h("request-id"),
            server_date: h("date").and_then(|d| httpdate::parse_http_date(&d).ok()),
        }
    }
}

/// Read a body, at most `limit` bytes (the rest is not read).
pub(super) async fn read_limited(
    resp: reqwest::Response,
    limit: usize,
) -> Result<Bytes, reqwest::Error> {
    let mut out = bytes::BytesMut::new();
    let mut stream = resp.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        let room = limit.saturating_sub(out.len());
        out.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if out.len() >= limit {
            break;
        }
    }
    Ok(out.freeze())
}
