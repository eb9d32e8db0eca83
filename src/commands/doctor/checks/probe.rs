//! The `probe` check.

use crate::commands::doctor::*;

impl Dx<'_> {
    pub(in crate::commands::doctor) async fn check_probe(&self, creds: CredOut) -> CheckResult {
        if let Some(s) = self.skipped("probe") {
            return s;
        }
        if self.settings.auth_mode() == AuthMode::Sigv4 && !creds.ok {
            return CheckResult::skip("probe", "needs credentials");
        }
        let client = match self.client() {
            Ok(c) => c,
            Err(e) => return CheckResult::skip("probe", format!("cannot send: {}", e.message)),
        };
        match client
            .json_list(&ApiRequest::get("/v1/models?limit=1"))
            .await
        {
            Ok((v, meta)) => {
                let model = crate::output::sanitize(
                    v.get("data")
                        .and_then(|d| d.get(0))
                        .and_then(|m| m.get("id"))
                        .and_then(Value::as_str)
                        .unwrap_or("-"),
                );
                let mut r = CheckResult::pass(
                    "probe",
                    format!(
                        "GET /v1/models?limit=1 → {} (first model: {model}): access works",
                        meta.status
                    ),
                );
                r.evidence.extend(
                    meta.amzn_request_id
                        .map(|i| format!("x-amzn-requestid: {i}")),
                );
                r.evidence
                    .extend(meta.request_id.map(|i| format!("request-id: {i}")));
                r
            }
            Err(e) => {
                CheckResult::from_error("probe", "the authenticated request failed", &e, &self.cx)
            }
        }
    }
}
