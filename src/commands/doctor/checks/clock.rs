//! The `clock` check.

use crate::commands::doctor::*;

impl Doctor<'_> {
    pub(in crate::commands::doctor) async fn check_clock(&self) -> CheckResult {
        if let Some(s) = self.skipped("clock") {
            return s;
        }
        let Some(base) = self.settings.base_url() else {
            return CheckResult::skip("clock", "no base URL (no region)");
        };
        let url = format!("{base}/v1/models");
        match crate::api::plain_get(self.settings, &url, &[], false).await {
            Err(crate::api::PlainError::Setup(e)) => CheckResult::skip("clock", e.message),
            Ok(r) => {
                let (before, after) = (r.sent, r.received);
                let Some(server) = r.server_date else {
                    return CheckResult::warn(
                        "clock",
                        "the service sent no Date header; skew unknown",
                    );
                };
                let mid = before + after.duration_since(before).unwrap_or_default() / 2;
                let (skew, ahead) = match mid.duration_since(server) {
                    Ok(d) => (d, true),
                    Err(e) => (e.duration(), false),
                };
                let secs = skew.as_secs_f64();
                let msg = format!(
                    "local clock is {:.0}s {} the service (Date: {})",
                    secs,
                    if ahead { "ahead of" } else { "behind" },
                    httpdate::fmt_http_date(server)
                );
                let data = json!({"skew_seconds": if ahead { secs } else { -secs }});
                if secs > 300.0 {
                    CheckResult::fail("clock", format!("{msg}: SigV4 signatures will be rejected (limit 5 minutes)"))
                        .fix("sync the system clock (enable NTP, e.g. `sudo timedatectl set-ntp true` or `sudo chronyc makestep`)")
                        .code("clock_skew")
                        .data(data)
                } else if secs > 60.0 {
                    CheckResult::warn("clock", msg)
                        .fix("sync the system clock before it drifts past 5 minutes")
                        .data(data)
                } else {
                    CheckResult::pass("clock", msg).data(data)
                }
            }
            Err(crate::api::PlainError::Send(e)) => {
                CheckResult::warn("clock", format!("could not reach {base}: {e}"))
                    .code("connection_failed")
            }
        }
    }
}
