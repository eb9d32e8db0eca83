//! The transport `cpaws proxy` forwards with: hyper-util's pooled client over the same TLS set-up
//! as every other request (the platform's roots plus AWS_CA_BUNDLE, ALPN h2 then http/1.1,
//! TCP_NODELAY, the connect timeout, no redirects), with HTTP/1 connection buffers capped at
//! [`CONNECTION_BUFFER`].
//!
//! Why not reqwest, as everywhere else: the proxy holds one upstream connection per concurrent
//! stream, and hyper's adaptive read buffer grows to ~400 KiB (more with `BytesMut`'s doubling) on
//! every connection whose reader is slower than the service. valgrind's massif put 90% of the
//! proxy's peak heap for 100 concurrent streams (~51 MB) in those buffers; with this cap they are
//! ~6 MB. reqwest does not expose hyper's cap (`http1_max_buf_size`); hyper-util's client, which
//! reqwest itself is built on, does.
//!
//! When an HTTP(S) proxy from the environment applies to the base URL (the same matcher reqwest
//! uses: HTTPS_PROXY, ALL_PROXY, NO_PROXY, either case), forwarding goes through reqwest and its
//! proxy support instead, with hyper's default buffers.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use hyper::body::Body as _;
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client as Pool;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioTimer};

use super::*;

/// The most an HTTP/1 upstream connection buffers (read and write; `BytesMut` may double it): a
/// streamed body moves through it, and a response head that does not fit in about that much is
/// refused (the service's are a few KiB; a 40 KiB head passes, a 1 MiB one is a 502).
pub const CONNECTION_BUFFER: usize = 32 * 1024;

pub(super) struct Transport {
    pool: Pool<HttpsConnector<HttpConnector>, reqwest::Body>,
    /// The longest wait for the next piece of a body (reqwest's `read_timeout` elsewhere).
    idle: Duration,
}

impl Transport {
    /// The transport for `base_url`, or `None` when a proxy from the environment applies to it.
    pub(super) fn new(settings: &Settings, base_url: &str) -> Result<Option<Transport>, CliError> {
        let uri: hyper::Uri = base_url
            .parse()
            .map_err(|e: hyper::http::uri::InvalidUri| {
                CliError::usage(
                    "config.base_url",
                    format!("the base URL {base_url} is not a URL"),
                )
                .with_cause(e.to_string())
            })?;
        if hyper_util::client::proxy::matcher::Matcher::from_system()
            .intercept(&uri)
            .is_some()
        {
            return Ok(None);
        }
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_nodelay(true);
        http.set_connect_timeout(Some(Duration::from_secs(10).min(settings.timeout)));
        // A plain-HTTP base URL needs no trust store; a configuration without roots keeps the
        // connector's type (no https URL is reached through it).
        let mut tls = match tls_config(settings)? {
            Some(cfg) => cfg,
            None => crate::tls::no_roots_config().map_err(tls_init_error)?,
        };
        // The connector sets ALPN itself (h2, then http/1.1: as tls.rs does for reqwest).
        tls.alpn_protocols.clear();
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_all_versions()
            .wrap_connector(http);
        // Timers as reqwest sets them: idle pooled connections expire (90 s), not only when next used.
        let pool = Pool::builder(TokioExecutor::new())
            .pool_timer(TokioTimer::new())
            .timer(TokioTimer::new())
            .http1_max_buf_size(CONNECTION_BUFFER)
            .build(connector);
        Ok(Some(Transport {
            pool,
            idle: settings.timeout,
        }))
    }

    /// Send a signed request; the answer as a reqwest response (what every caller reads) and the
    /// body's length when the service said it.
    pub(super) async fn send(
        &self,
        req: reqwest::Request,
        call: &str,
    ) -> Result<(reqwest::Response, Option<u64>), ApiError> {
        let mut url = req.url().clone();
        url.set_query(None);
        let mut req: hyper::Request<reqwest::Body> = req
            .try_into()
            .map_err(|e: reqwest::Error| ApiError::transport(&e, call))?;
        req.headers_mut()
            .entry(hyper::header::USER_AGENT)
            .or_insert(HeaderValue::from_static(USER_AGENT));
        let resp = self.pool.request(req).await.map_err(|e| {
            let kind = if timed_out(&e) {
                ApiErrorKind::Timeout
            } else if !e.is_connect() && unparsable_answer(&e) {
                ApiErrorKind::Decode
            } else {
                ApiErrorKind::Connect
            };
            ApiError::from_chain(kind, url.to_string(), Some(&e), call)
        })?;
        let len = resp.body().size_hint().exact();
        let (parts, body) = resp.into_parts();
        let body = IdleLimited {
            inner: Some(body),
            idle: self.idle,
            timer: None,
        };
        let resp = hyper::Response::from_parts(parts, reqwest::Body::wrap_stream(body));
        Ok((reqwest::Response::from(resp), len))
    }
}

/// A response body's data, each piece within `idle` of the one before (the timeout reqwest's
/// `read_timeout` gives every other request); it ends after an error.
struct IdleLimited {
    inner: Option<hyper::body::Incoming>,
    idle: Duration,
    timer: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl Stream for IdleLimited {
    type Item = Result<Bytes, std::io::Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            let Some(body) = this.inner.as_mut() else {
                return Poll::Ready(None);
            };
            match Pin::new(body).poll_frame(cx) {
                Poll::Ready(Some(Ok(frame))) => {
                    this.timer = None;
                    // Trailers are not passed on; the next frame is read.
                    if let Ok(data) = frame.into_data() {
                        return Poll::Ready(Some(Ok(data)));
                    }
                }
                Poll::Ready(Some(Err(e))) => {
                    this.inner = None;
                    return Poll::Ready(Some(Err(std::io::Error::other(e))));
                }
                Poll::Ready(None) => {
                    this.inner = None;
                    return Poll::Ready(None);
                }
                Poll::Pending => {
                    let idle = this.idle;
                    let timer = this
                        .timer
                        .get_or_insert_with(|| Box::pin(tokio::time::sleep(idle)));
                    if timer.as_mut().poll(cx).is_ready() {
                        this.inner = None;
                        return Poll::Ready(Some(Err(std::io::Error::new(
                            std::io::ErrorKind::TimedOut,
                            format!(
                                "no data from the service for {}",
                                humantime::format_duration(idle)
                            ),
                        ))));
                    }
                    return Poll::Pending;
                }
            }
        }
    }
}
