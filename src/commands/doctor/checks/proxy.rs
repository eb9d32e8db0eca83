//! The `proxy` check: when `ANTHROPIC_BASE_URL` points at this machine (a `cpaws proxy`), the proxy
//! answers, accepts the token the environment gives first-party tools, and reaches the service.

use crate::commands::doctor::*;
use crate::envvars as ev;
use crate::local_proxy;

impl Doctor<'_> {
    pub(in crate::commands::doctor) async fn check_proxy(&self) -> CheckResult {
        if let Some(s) = self.skipped("proxy") {
            return s;
        }
        let Some(url) = config::env_value(ev::ANTHROPIC_BASE_URL) else {
            return CheckResult::skip("proxy", "ANTHROPIC_BASE_URL is not set");
        };
        if !local_proxy::is_loopback_url(&url) {
            return CheckResult::skip(
                "proxy",
                "ANTHROPIC_BASE_URL does not point at this machine (no local proxy to check)",
            );
        }
        let url = url.trim_end_matches('/').to_string();
        let shown = crate::output::one_line(&url);
        let token = [
            ev::ANTHROPIC_API_KEY,
            ev::ANTHROPIC_AUTH_TOKEN,
            ev::CPAWS_PROXY_TOKEN,
        ]
        .iter()
        .find_map(|v| config::env_value(v));
        if let Some(t) = &token {
            crate::output::register_secret(t);
        }
        let mut headers = vec![("anthropic-version", "2023-06-01")];
        if let Some(t) = &token {
            headers.push(("x-api-key", t.as_str()));
        }
        let call = "proxy GET /v1/models";
        let answer = crate::api::plain_get(
            self.settings,
            &format!("{url}/v1/models?limit=1"),
            &headers,
            true,
        )
        .await;
        let resp = match answer {
            Ok(r) => r,
            Err(crate::api::PlainError::Setup(e)) => return CheckResult::skip("proxy", e.message),
            Err(crate::api::PlainError::Send(e)) => {
                return CheckResult::fail("proxy", format!("nothing answers at {shown} (ANTHROPIC_BASE_URL): {e}"))
                    .code("proxy_unreachable")
                    .fix("start the proxy (`cpaws proxy --print-env`) and export the lines it prints, or unset ANTHROPIC_BASE_URL");
            }
        };
        let (status, headers, body) = (resp.status, resp.headers, resp.body);
        let local = headers.contains_key("x-cpaws-proxy");
        let data = json!({"url": shown, "status": status, "token_sent": token.is_some()});
        if status < 300 {
            return CheckResult::pass(
                "proxy",
                format!("the proxy at {shown} answers, accepts the token and reaches the service"),
            )
            .data(data);
        }
        if local && status == 401 {
            return CheckResult::fail(
                "proxy",
                format!(
                    "the proxy at {shown} refused {}",
                    if token.is_some() { "the token in ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN" } else { "the request: no token is set" }
                ),
            )
            .code("proxy_token_refused")
            .fix("export the token the proxy printed (`cpaws proxy --print-env`), or read it from its file: `cpaws env --for sdk --via-proxy URL --token-file FILE --include-secrets`")
            .data(data);
        }
        let err = ApiError::from_parts(status, &headers, &body, call);
        if local {
            return CheckResult::fail(
                "proxy",
                format!(
                    "the proxy at {shown} answers but cannot reach the service: {}",
                    diagnosis::summary(&err)
                ),
            )
            .code("proxy_upstream_failed")
            .fix("read the proxy's own log (stderr) for the cause and fix; `cpaws doctor` without ANTHROPIC_BASE_URL checks the direct path")
            .data(data);
        }
        let dg = diagnosis::diagnose(&err, &self.diag);
        let mut r = CheckResult::fail(
            "proxy",
            format!(
                "the proxy at {shown} passed on an error from the service: {}",
                diagnosis::summary(&err)
            ),
        )
        .code(dg.code)
        .fix(dg.fix)
        .data(data);
        for id in err.request_ids() {
            r = r.evidence(id);
        }
        r
    }
}
