//! One unsigned GET, sent once, whatever its answer: for checks that look at the answer itself
//! rather than at the service's data (`doctor`'s clock check reads the `Date` header; its proxy
//! check asks a local `cpaws proxy`). Same TLS, proxy and timeout settings as every request.

use super::*;

/// An answer of any status.
pub struct PlainAnswer {
    pub status: u16,
    pub headers: HeaderMap,
    /// Empty unless asked for (and empty when reading it failed).
    pub body: Bytes,
    /// When the request was handed to the connection, and when the answer's headers arrived.
    pub sent: SystemTime,
    pub received: SystemTime,
    /// The `Date` header, parsed.
    pub server_date: Option<SystemTime>,
}

/// Why no answer came.
pub enum PlainError {
    /// The HTTP client could not be set up from the settings (a CA bundle that cannot be read).
    Setup(CliError),
    /// Nothing answered: the transport's own words.
    Send(String),
}

/// GET `url` with `headers`; `read_body`: read the whole body into the answer.
pub async fn plain_get(
    settings: &Settings,
    url: &str,
    headers: &[(&str, &str)],
    read_body: bool,
) -> Result<PlainAnswer, PlainError> {
    let http = http_client(settings, false).map_err(PlainError::Setup)?;
    let mut req = http.get(url);
    for (name, value) in headers {
        req = req.header(*name, *value);
    }
    let sent = SystemTime::now();
    let resp = req.send().await;
    let received = SystemTime::now();
    let resp = resp.map_err(|e| PlainError::Send(e.to_string()))?;
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let server_date = headers
        .get("date")
        .and_then(|d| d.to_str().ok())
        .and_then(|d| httpdate::parse_http_date(d).ok());
    let body = if read_body {
        resp.bytes().await.unwrap_or_default()
    } else {
        Bytes::new()
    };
    Ok(PlainAnswer {
        status,
        headers,
        body,
        sent,
        received,
        server_date,
    })
}
