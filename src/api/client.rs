//! The client: auth (SigV4, API key or none), deadlines, retries, JSON, streamed bodies and SSE.

use super::*;

pub(super) enum Auth {
    Sigv4 {
        creds: Arc<CredentialCache>,
        region: String,
    },
    ApiKey {
        key: Secret,
        header: ApiKeyHeader,
    },
    /// No AWS authentication; the gateway's own token, if any, as `Authorization: Bearer`.
    None {
        token: Option<Secret>,
    },
}

pub struct Client {
    pub(super) http: reqwest::Client,
    base_url: String,
    workspace_id: Option<String>,
    anthropic_version: String,
    max_retries: u32,
    pub(super) timeout: Duration,
    pub(super) auth: Auth,
    pub(super) auth_refresh: Option<String>,
    /// What [`Client::forward`] sends with, when not reqwest (see upstream.rs).
    pub(super) transport: Option<super::upstream::Transport>,
}

/// A successful answer whose body is read as it arrives ([`Client::send`]).
pub struct Streamed {
    /// `x-amzn-requestid: …` and `request-id: …` (made safe for a terminal), for error details.
    pub request_ids: Vec<String>,
    pub body: BodyStream,
}

/// A body as it arrives; a broken connection is an `io::Error` with the transport's words.
pub type BodyStream = std::pin::Pin<Box<dyn Stream<Item = Result<Bytes, std::io::Error>> + Send>>;

pub(super) fn body_stream(resp: reqwest::Response) -> BodyStream {
    Box::pin(
        resp.bytes_stream()
            .map_err(|e| std::io::Error::other(e.to_string())),
    )
}

/// Build the reqwest client: timeouts, proxies from the environment, an optional CA bundle.
pub fn http_client(settings: &Settings, streaming: bool) -> Result<reqwest::Client, CliError> {
    let mut b = reqwest::Client::builder()
        .user_agent(USER_AGENT)
        // Said, not assumed (it is reqwest's default): a streamed chunk leaves at once.
        .tcp_nodelay(true)
        .connect_timeout(Duration::from_secs(10).min(settings.timeout))
        .read_timeout(settings.timeout)
        // Claude Platform on AWS never redirects; following one would send the signature, the
        // API key or the session token (and, on 307/308, the prompt) to another host. A 3xx is
        // reported with its Location instead (diagnosis `redirected`).
        .redirect(reqwest::redirect::Policy::none());
    if !streaming {
        b = b.timeout(settings.timeout);
    }
    b = match tls_config(settings)? {
        Some(cfg) => b.tls_backend_preconfigured(cfg),
        None => b.tls_certs_only(Vec::<reqwest::Certificate>::new()),
    };
    b.build().map_err(|e| {
        CliError::new(
            exit::SERVICE,
            "transport.init",
            "cannot start the HTTP client",
        )
        .with_cause(e.to_string())
    })
}

/// The TLS set-up every transport uses: the platform's roots plus AWS_CA_BUNDLE (or SSL_CERT_FILE),
/// or `None` when the base URL is plain HTTP and no proxy needs TLS (see tls.rs).
pub(super) fn tls_config(settings: &Settings) -> Result<Option<rustls::ClientConfig>, CliError> {
    // Extra roots from AWS_CA_BUNDLE (or SSL_CERT_FILE), added to the platform's. Read here (a
    // missing file is reported now), decoded with the platform's roots in the background.
    let mut extra_roots = None;
    for var in [crate::envvars::AWS_CA_BUNDLE, crate::envvars::SSL_CERT_FILE] {
        if let Some(path) = crate::config::env_value(var) {
            let pem = std::fs::read(&path).map_err(|e| {
                CliError::usage(
                    "config.ca_bundle",
                    format!("cannot read the CA bundle {path} (from {var})"),
                )
                .with_cause(e.to_string())
                .with_fix(format!("point {var} at a readable PEM file, or unset it"))
            })?;
            extra_roots = Some(crate::tls::ExtraRoots {
                origin: format!("{path} (from {var})"),
                pem,
            });
            break;
        }
    }
    // No trust store for plain HTTP (see tls.rs); for HTTPS it loads while the connection opens.
    let tls_needed = settings
        .base_url()
        .is_none_or(|u| crate::tls::needs_tls(&u, crate::config::env_value));
    if !tls_needed {
        return Ok(None);
    }
    crate::tls::client_config(extra_roots)
        .map(Some)
        .map_err(tls_init_error)
}

pub(super) fn tls_init_error(e: rustls::Error) -> CliError {
    CliError::new(exit::SERVICE, "transport.init", "cannot set up TLS").with_cause(e.to_string())
}

impl Client {
    /// A client for the gateway. Fails (with the fix) when region, workspace or credentials are
    /// missing for the chosen auth mode.
    pub fn new(
        settings: &Settings,
        creds: Option<Arc<CredentialCache>>,
    ) -> Result<Client, CliError> {
        Self::build_client(settings, creds, true)
    }

    /// A client for `cpaws proxy`: [`Client::new`], and forwarding through connections with
    /// small buffers (see upstream.rs), so that many concurrent streams keep memory flat.
    pub fn forwarding(
        settings: &Settings,
        creds: Option<Arc<CredentialCache>>,
    ) -> Result<Client, CliError> {
        let mut c = Self::build_client(settings, creds, true)?;
        c.transport = super::upstream::Transport::new(settings, &c.base_url)?;
        Ok(c)
    }

    /// A client for account-scoped calls (ListWorkspaces) that may go without a workspace: no
    /// workspace ID needs to be configured, and the `anthropic-workspace-id` header is sent only
    /// when `with_workspace` and one is.
    pub fn account_scoped(
        settings: &Settings,
        creds: Option<Arc<CredentialCache>>,
        with_workspace: bool,
    ) -> Result<Client, CliError> {
        let mut c = Self::build_client(settings, creds, false)?;
        if !with_workspace {
            c.workspace_id = None;
        }
        Ok(c)
    }

    fn build_client(
        settings: &Settings,
        creds: Option<Arc<CredentialCache>>,
        need_workspace: bool,
    ) -> Result<Client, CliError> {
        let mode = settings.auth_mode();
        let base_url = settings.base_url().ok_or_else(|| {
            CliError::usage("config.region_missing", "no AWS region is configured, and Claude Platform on AWS has no default region")
                .with_fix("set AWS_REGION (or pass --region, or set region in the cpaws config) to the region of your workspace")
        })?;
        let auth = match mode {
            AuthMode::Sigv4 => {
                let region = settings
                    .region
                    .as_ref()
                    .map(|r| r.value.clone())
                    .ok_or_else(|| {
                        CliError::usage(
                            "config.region_missing",
                            "SigV4 signing needs a region, even with a base URL override",
                        )
                        .with_fix(
                            "set AWS_REGION (or pass --region) to the region of your workspace",
                        )
                    })?;
                let creds = creds.ok_or_else(|| {
                    CliError::new(exit::CREDENTIALS, "credentials.none", "no AWS credentials")
                })?;
                Auth::Sigv4 { creds, region }
            }
            AuthMode::ApiKey => {
                let key = settings.api_key.as_ref().ok_or_else(|| {
                    CliError::new(
                        exit::CREDENTIALS,
                        "api_key.missing",
                        "API-key authentication was chosen, but no API key is configured",
                    )
                    .with_fix("set ANTHROPIC_AWS_API_KEY, or pass --api-key-file FILE")
                })?;
                Auth::ApiKey {
                    key: key.value.clone(),
                    header: settings.api_key_header.value,
                }
            }
            AuthMode::None => Auth::None {
                token: settings.auth_token.as_ref().map(|t| t.value.clone()),
            },
        };
        if need_workspace && mode != AuthMode::None && settings.workspace_id.is_none() {
            return Err(CliError::usage("config.workspace_missing", "no workspace ID is configured")
                .with_fix("set ANTHROPIC_AWS_WORKSPACE_ID (or pass --workspace-id, or set workspace_id in the cpaws config)"));
        }
        Ok(Client {
            http: http_client(settings, true)?,
            base_url,
            workspace_id: settings.workspace_id.as_ref().map(|w| w.value.clone()),
            anthropic_version: settings.anthropic_version.value.clone(),
            max_retries: settings.max_retries,
            timeout: settings.timeout,
            auth,
            auth_refresh: settings.auth_refresh.as_ref().map(|a| a.value.clone()),
            transport: None,
        })
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    pub fn workspace_id(&self) -> Option<&str> {
        self.workspace_id.as_deref()
    }

    pub(super) async fn build(&self, req: &ApiRequest) -> Result<reqwest::Request, ApiError> {
        let url_text = format!("{}{}", self.base_url, req.path);
        let url = reqwest::Url::parse(&url_text).map_err(|e| ApiError {
            kind: ApiErrorKind::Connect,
            message: format!("invalid URL {url_text}: {e}"),
            call: req.describe(),
            ..Default::default()
        })?;
        let host = match (url.host_str(), url.port()) {
            (Some(h), Some(p)) => format!("{h}:{p}"),
            (Some(h), None) => h.to_string(),
            _ => String::new(),
        };
        let mut headers: Vec<(String, String)> = Vec::new();
        if let Some(ct) = req.body.content_type() {
            headers.push(("content-type".into(), ct.to_string()));
        }
        if let Body::Parts { len, .. } = &req.body {
            headers.push(("content-length".into(), len.to_string()));
        }
        // A forwarded request (`cpaws proxy`) carries its client's version.
        if !req
            .headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("anthropic-version"))
        {
            headers.push(("anthropic-version".into(), self.anthropic_version.clone()));
        }
        if let Some(ws) = &self.workspace_id {
            headers.push(("anthropic-workspace-id".into(), ws.clone()));
        }
        for (k, v) in &req.headers {
            headers.push((k.to_ascii_lowercase(), v.clone()));
        }
        // Every value must be sendable before anything is signed (a control character in a
        // setting is a setting to fix, not a signing or connection failure).
        for (k, v) in &headers {
            if HeaderValue::from_str(v).is_err() {
                return Err(ApiError {
                    kind: ApiErrorKind::Invalid,
                    message: format!(
                        "the value for the {k} header has a control character and cannot be sent"
                    ),
                    call: req.describe(),
                    ..Default::default()
                });
            }
        }
        let mut extra: Vec<(String, String, bool)> = Vec::new();
        match &self.auth {
            Auth::Sigv4 { creds, region } => {
                let c = creds.get().await.map_err(|e| ApiError {
                    kind: ApiErrorKind::Credentials,
                    message: e.message.clone(),
                    error_type: Some(e.code.clone()),
                    call: req.describe(),
                    local: Some(Box::new(e)),
                    ..Default::default()
                })?;
                let mut to_sign = vec![("host".to_string(), host.clone())];
                to_sign.extend(headers.iter().cloned());
                let signed = sign_headers(
                    &c,
                    region,
                    SystemTime::now(),
                    req.method.as_str(),
                    url.as_str(),
                    &to_sign,
                    &req.body.sha256(),
                )
                .map_err(|m| ApiError {
                    kind: ApiErrorKind::Credentials,
                    message: format!("cannot sign the request: {m}"),
                    call: req.describe(),
                    ..Default::default()
                })?;
                for (k, v) in signed.0 {
                    let sensitive = k == "authorization" || k == "x-amz-security-token";
                    extra.push((k, v, sensitive));
                }
            }
            Auth::ApiKey { key, header } => match header {
                ApiKeyHeader::XApiKey => {
                    extra.push(("x-api-key".into(), key.expose().to_string(), true))
                }
                ApiKeyHeader::Bearer => extra.push((
                    "authorization".into(),
                    format!("Bearer {}", key.expose()),
                    true,
                )),
            },
            Auth::None { token: Some(t) } => extra.push((
                "authorization".into(),
                format!("Bearer {}", t.expose()),
                true,
            )),
            Auth::None { token: None } => {}
        }
        let mut map = HeaderMap::new();
        for (k, v, sensitive) in headers.into_iter().map(|(k, v)| (k, v, false)).chain(extra) {
            let name = HeaderName::from_bytes(k.as_bytes()).map_err(|e| ApiError {
                kind: ApiErrorKind::Invalid,
                message: format!("invalid header name {}: {e}", sanitize(&k)),
                call: req.describe(),
                ..Default::default()
            })?;
            let mut value = HeaderValue::from_str(&v).map_err(|_| ApiError {
                kind: ApiErrorKind::Invalid,
                message: format!(
                    "the value for the {k} header has a control character and cannot be sent"
                ),
                call: req.describe(),
                ..Default::default()
            })?;
            value.set_sensitive(sensitive);
            map.insert(name, value);
        }
        let mut r = reqwest::Request::new(req.method.to_reqwest(), url);
        *r.headers_mut() = map;
        if !matches!(req.body, Body::Empty) || req.method != Method::Get {
            *r.body_mut() = Some(req.body.to_reqwest());
        }
        Ok(r)
    }

    /// Send with retries; returns the successful response (status < 300) or the parsed error.
    /// Connecting, the headers and every retry must fit in `--timeout` (the body is the caller's:
    /// [`Client::json`] bounds it by the same deadline, a stream by its idle timeout).
    pub async fn send(&self, req: &ApiRequest) -> Result<Streamed, ApiError> {
        let resp = self.send_response(req).await?;
        let request_ids = ["x-amzn-requestid", "request-id"]
            .iter()
            .filter_map(|n| {
                let v = resp.headers().get(*n)?.to_str().ok()?;
                Some(format!("{n}: {}", crate::output::one_line(v)))
            })
            .collect();
        Ok(Streamed {
            request_ids,
            body: body_stream(resp),
        })
    }

    /// [`Client::send`]'s response, for the readers in this layer (SSE).
    async fn send_response(&self, req: &ApiRequest) -> Result<reqwest::Response, ApiError> {
        self.send_until(req, tokio::time::Instant::now() + self.timeout)
            .await
    }

    pub(super) async fn send_until(
        &self,
        req: &ApiRequest,
        deadline: tokio::time::Instant,
    ) -> Result<reqwest::Response, ApiError> {
        let mut attempt: u32 = 0;
        let mut refreshed = false;
        loop {
            let built = self.build(req).await?;
            tracing::debug!(method = %req.method, path = %req.path, attempt, "request");
            let outcome = match tokio::time::timeout_at(deadline, self.http.execute(built)).await {
                Ok(o) => o,
                Err(_) => return Err(self.deadline_error(req)),
            };
            let err = match outcome {
                Ok(resp) if resp.status().as_u16() < 300 => {
                    tracing::debug!(status = resp.status().as_u16(), "response");
                    return Ok(resp);
                }
                Ok(resp) => {
                    let status = resp.status().as_u16();
                    let headers = resp.headers().clone();
                    let body =
                        match tokio::time::timeout_at(deadline, read_limited(resp, MAX_ERROR_BODY))
                            .await
                        {
                            Ok(b) => b.unwrap_or_default(),
                            Err(_) => Bytes::new(),
                        };
                    ApiError::from_parts(status, &headers, &body, &req.describe())
                }
                Err(e) => ApiError::transport(&e, &req.describe()),
            };
            tracing::debug!(error = %err, "request failed");
            if !refreshed
                && credentials_expired(&err)
                && let (Some(cmd), Auth::Sigv4 { creds, .. }) = (&self.auth_refresh, &self.auth)
            {
                refreshed = true;
                if creds.refresh_once(cmd).await {
                    continue;
                }
            }
            if attempt >= self.max_retries || !retryable(&err) {
                return Err(err);
            }
            let delay = backoff(attempt, err.retry_after);
            if tokio::time::Instant::now() + delay >= deadline {
                // Waiting would pass the deadline: the last answer is the result.
                return Err(err);
            }
            if delay >= ANNOUNCE_WAIT {
                tracing::warn!(
                    "{} answered {}; retrying in {:.0}s (attempt {} of {})",
                    req.describe(),
                    err.status
                        .map_or_else(|| err.message.clone(), |s| format!("HTTP {s}")),
                    delay.as_secs_f64(),
                    attempt + 2,
                    self.max_retries + 1
                );
            } else {
                tracing::info!("retrying in {:.1}s after {}", delay.as_secs_f64(), err);
            }
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    pub(super) fn deadline_error(&self, req: &ApiRequest) -> ApiError {
        ApiError {
            kind: ApiErrorKind::Timeout,
            message: format!(
                "no complete answer within {}s (--timeout)",
                self.timeout.as_secs()
            ),
            call: req.describe(),
            ..Default::default()
        }
    }

    /// Send and parse a JSON answer. The whole exchange (connect, headers, body, retries) must
    /// fit in `--timeout`, and the body in [`MAX_JSON_BODY`].
    pub async fn json(&self, req: &ApiRequest) -> Result<(Value, ResponseMeta), ApiError> {
        let deadline = tokio::time::Instant::now() + self.timeout;
        let resp = self.send_until(req, deadline).await?;
        let meta = ResponseMeta::from_response(&resp);
        let bytes =
            match tokio::time::timeout_at(deadline, read_limited(resp, MAX_JSON_BODY + 1)).await {
                Ok(b) => b.map_err(|e| ApiError::transport(&e, &req.describe()))?,
                Err(_) => return Err(self.deadline_error(req)),
            };
        if bytes.len() > MAX_JSON_BODY {
            return Err(ApiError {
                kind: ApiErrorKind::Decode,
                status: Some(meta.status),
                message: format!(
                    "the answer is larger than {} MiB, far more than the API sends",
                    MAX_JSON_BODY >> 20
                ),
                amzn_request_id: meta.amzn_request_id.clone(),
                request_id: meta.request_id.clone(),
                call: req.describe(),
                ..Default::default()
            });
        }
        let v: Value = serde_json::from_slice(&bytes).map_err(|e| ApiError {
            kind: ApiErrorKind::Decode,
            status: Some(meta.status),
            message: format!(
                "the service answered with something that is not JSON ({e}): {}",
                evidence(&bytes)
            ),
            amzn_request_id: meta.amzn_request_id.clone(),
            request_id: meta.request_id.clone(),
            call: req.describe(),
            ..Default::default()
        })?;
        Ok((v, meta))
    }

    /// Send and parse a list answer (`{"data": [objects…], …}`); any other shape is an
    /// unexpected response, not an empty list.
    pub async fn json_list(&self, req: &ApiRequest) -> Result<(Value, ResponseMeta), ApiError> {
        let (v, meta) = self.json(req).await?;
        let ok = v
            .get("data")
            .and_then(Value::as_array)
            .is_some_and(|a| a.iter().all(Value::is_object));
        if !ok {
            return Err(unexpected_shape(
                &v,
                &meta,
                &req.describe(),
                "a list ({\"data\": [...]})",
            ));
        }
        Ok((v, meta))
    }

    /// Send and return the server-sent events of the answer. The answer must be an event stream
    /// (`text/event-stream`); anything else (a proxy's HTML page, a JSON Message) is an
    /// `unexpected_response` error showing the content type and the first bytes of the body.
    /// Invalid UTF-8 in the stream is replaced with U+FFFD ([`Utf8Repair`]) instead of ending it.
    pub async fn sse(
        &self,
        req: &ApiRequest,
    ) -> Result<
        (
            impl Stream<Item = Result<SseEvent, ApiError>> + use<>,
            ResponseMeta,
        ),
        ApiError,
    > {
        let resp = self.send_response(req).await?;
        let meta = ResponseMeta::from_response(&resp);
        let call = req.describe();
        let ctype = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
            .unwrap_or_default();
        if !is_event_stream(&ctype) {
            let head = first_bytes(resp, SSE_EXCERPT).await;
            let shown_type = if ctype.trim().is_empty() {
                "none".to_string()
            } else {
                one_line(&ctype)
            };
            let excerpt = one_line(&String::from_utf8_lossy(&head));
            let began = if excerpt.is_empty() {
                "its body was empty".to_string()
            } else if head.len() >= SSE_EXCERPT {
                format!("its body began with {excerpt}…")
            } else {
                format!("its body was {excerpt}")
            };
            return Err(ApiError {
                kind: ApiErrorKind::Decode,
                error_type: Some("unexpected_response".into()),
                message: format!(
                    "the service did not answer with an event stream (HTTP {}, content type {shown_type}): {began}",
                    meta.status
                ),
                amzn_request_id: meta.amzn_request_id.clone(),
                request_id: meta.request_id.clone(),
                call,
                ..Default::default()
            });
        }
        Ok((sse::events(resp, call, self.timeout), meta))
    }
}
