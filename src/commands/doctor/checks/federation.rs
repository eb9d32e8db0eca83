//! The `federation` check.

use crate::commands::doctor::*;

impl Doctor<'_> {
    pub(in crate::commands::doctor) async fn check_federation(
        &self,
        creds: CredentialsOutcome,
    ) -> CheckResult {
        if let Some(s) = self.skipped("federation") {
            return s;
        }
        if !creds.ok {
            return CheckResult::skip("federation", "needs AWS credentials for the IAM call");
        }
        let Some(iam) = self.iam() else {
            return CheckResult::skip("federation", "offline");
        };
        match federation::get_state(&iam).await {
            Ok(FederationState::Enabled { issuer }) => CheckResult::pass(
                "federation",
                format!("enabled{}", issuer.as_deref().map(|i| format!(" (issuer {i})")).unwrap_or_default()),
            )
            .evidence("iam GetOutboundWebIdentityFederationInfo → 200"),
            Ok(FederationState::Disabled) => CheckResult::fail(
                "federation",
                "outbound web identity federation is disabled: every request fails with \"Outbound web identity federation is disabled for your account\"",
            )
            .fix(format!("cpaws enable-federation   (or `cpaws doctor --fix`, or: {})", federation::CLI_ENABLE))
            .code(diagnosis::Code::FederationDisabled)
            .evidence("iam GetOutboundWebIdentityFederationInfo → 404 FeatureDisabled"),
            Err(e) if federation::is_access_denied(&e) => CheckResult::warn(
                "federation",
                format!("cannot read the flag: the caller lacks {}; the probe decides", federation::GET_ACTION),
            )
            .fix(format!("grant {} on \"*\" to check it, or ask an administrator to run `cpaws enable-federation --status`", federation::GET_ACTION))
            .code("iam_access_denied")
            .evidence(format!("iam GetOutboundWebIdentityFederationInfo → {}", diagnosis::summary(&e))),
            Err(e) => CheckResult::from_error("federation", "GetOutboundWebIdentityFederationInfo failed", &e, &self.diag),
        }
    }
}
