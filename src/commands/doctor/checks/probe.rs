//! The `probe` check.

use crate::commands::doctor::*;

impl Doctor<'_> {
    pub(in crate::commands::doctor) async fn check_probe(
        &self,
        creds: CredentialsOutcome,
    ) -> CheckResult {
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
        // Every intended use (--for) proven by a request that costs nothing (readiness::prove).
        let uses = crate::readiness::uses_of(&self.intents, self.settings.auth_mode());
        let probes = crate::readiness::prove(&client, &uses).await;
        let evidence = |p: &crate::readiness::Probe| {
            let r = &p.report;
            let mut line = format!(
                "{} {} → {}",
                r.proves,
                r.request,
                r.status
                    .map_or_else(|| "no answer".to_string(), |s| s.to_string())
            );
            for (name, id) in [
                ("x-amzn-requestid", &r.amzn_request_id),
                ("request-id", &r.request_id),
            ] {
                if let Some(id) = id {
                    line.push_str(&format!(", {name}: {}", crate::output::sanitize(id)));
                }
            }
            line
        };
        if let Some(bad) = probes.iter().find(|p| !p.report.ok) {
            let mut r = match (&bad.error, &bad.problem) {
                (Some(e), _) => CheckResult::from_error(
                    "probe",
                    &format!("the {} probe failed", bad.report.proves),
                    e,
                    &self.diag,
                ),
                (None, Some(found)) => CheckResult::fail("probe", found.message.clone())
                    .fix(found.fix.clone())
                    .code(&found.code),
                (None, None) => CheckResult::fail("probe", "a probe failed"),
            };
            r.evidence.extend(probes.iter().map(evidence));
            return r;
        }
        let proven: Vec<&str> = probes.iter().map(|p| p.report.proves).collect();
        let mut r = CheckResult::pass(
            "probe",
            format!(
                "proven by requests the service authorized: {}",
                proven.join(", ")
            ),
        );
        r.evidence.extend(probes.iter().map(evidence));
        r
    }
}
