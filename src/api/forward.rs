//! Forwarding for `cpaws proxy`: a request built by the proxy (path, allow-listed headers, body)
//! signed like every other request, sent once (the proxy's client does its own retries), and the
//! answer returned whatever its status, because the proxy passes errors through unchanged.

use super::*;

/// The largest error (or redirect) body the proxy reads to explain and pass on.
pub const MAX_FORWARDED_ERROR_BODY: usize = 4 * 1024 * 1024;

/// An answer from the service, as the proxy passes it on.
pub struct Forwarded {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: ForwardedBody,
}

pub enum ForwardedBody {
    /// A success: the body still to be streamed.
    Stream(Upstream),
    /// An error or a redirect: the body read whole (at most [`MAX_FORWARDED_ERROR_BODY`]), with the
    /// parsed error for the explanation.
    Read(Bytes, Box<ApiError>),
}

/// A successful answer whose body is still to be read, chunk by chunk as it arrives.
pub struct Upstream {
    resp: reqwest::Response,
    len: Option<u64>,
}

impl Upstream {
    /// The body's length, when the service said it (`content-length`).
    pub fn content_length(&self) -> Option<u64> {
        self.len
    }

    /// The body as it arrives.
    pub fn bytes_stream(self) -> BodyStream {
        body_stream(self.resp)
    }
}

impl Client {
    /// Send `req` once (credentials refreshed through `auth_refresh` at most once when they
    /// expired) and return the answer. `Err` only when nothing came back: no credentials, no
    /// connection, no headers within `--timeout`.
    pub async fn forward(&self, req: &ApiRequest) -> Result<Forwarded, ApiError> {
        let deadline = tokio::time::Instant::now() + self.timeout;
        let mut refreshed = false;
        loop {
            let built = match self.build(req).await {
                Ok(b) => b,
                Err(e) if !refreshed && self.try_refresh(&e).await => {
                    refreshed = true;
                    continue;
                }
                Err(e) => return Err(e),
            };
            let call = req.describe();
            let sent = async {
                match &self.transport {
                    Some(t) => t.send(built, &call).await,
                    None => match self.http.execute(built).await {
                        Ok(r) => {
                            let len = r.content_length();
                            Ok((r, len))
                        }
                        Err(e) => Err(ApiError::transport(&e, &call)),
                    },
                }
            };
            let (resp, len) = match tokio::time::timeout_at(deadline, sent).await {
                Ok(Ok(r)) => r,
                Ok(Err(e)) => return Err(e),
                Err(_) => return Err(self.deadline_error(req)),
            };
            let status = resp.status().as_u16();
            let headers = resp.headers().clone();
            if status < 300 {
                return Ok(Forwarded {
                    status,
                    headers,
                    body: ForwardedBody::Stream(Upstream { resp, len }),
                });
            }
            let body = match tokio::time::timeout_at(
                deadline,
                read_limited(resp, MAX_FORWARDED_ERROR_BODY),
            )
            .await
            {
                Ok(Ok(b)) => b,
                Ok(Err(e)) => return Err(ApiError::transport(&e, &req.describe())),
                Err(_) => return Err(self.deadline_error(req)),
            };
            let mut err = ApiError::from_parts(status, &headers, &body, &req.describe());
            if (300..400).contains(&status) {
                err.location = headers
                    .get(reqwest::header::LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .map(display_url);
            }
            if !refreshed && self.try_refresh(&err).await {
                refreshed = true;
                continue;
            }
            return Ok(Forwarded {
                status,
                headers,
                body: ForwardedBody::Read(body, Box::new(err)),
            });
        }
    }

    /// When `err` says the credentials expired and `auth_refresh` is set: run it (once per run,
    /// serialized) and say whether the request should be sent again.
    async fn try_refresh(&self, err: &ApiError) -> bool {
        match (&self.auth_refresh, &self.auth) {
            (Some(cmd), Auth::Sigv4 { creds, .. }) if credentials_expired(err) => {
                creds.refresh_once(cmd).await
            }
            _ => false,
        }
    }
}
