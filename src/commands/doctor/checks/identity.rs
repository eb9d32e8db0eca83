//! The `identity` check.

use crate::commands::doctor::*;

impl Doctor<'_> {
    pub(in crate::commands::doctor) async fn check_identity(
        &self,
        creds: CredentialsOutcome,
    ) -> IdentityOutcome {
        if let Some(s) = self.skipped("identity") {
            return IdentityOutcome {
                result: s,
                identity: None,
            };
        }
        if !creds.ok {
            return IdentityOutcome {
                result: CheckResult::skip("identity", "needs AWS credentials"),
                identity: None,
            };
        }
        let Some(sdk) = &self.sdk else {
            return IdentityOutcome {
                result: CheckResult::skip("identity", "offline"),
                identity: None,
            };
        };
        match aws::get_caller_identity(sdk, self.creds.clone()).await {
            Ok(id) => {
                let role = id
                    .role_arn
                    .as_ref()
                    .map(|r| format!(" (role {r})"))
                    .unwrap_or_default();
                let r = CheckResult::pass(
                    "identity",
                    format!(
                        "{}{} in account {} — this proves the credentials, not any permission",
                        id.arn, role, id.account
                    ),
                )
                .evidence("sts GetCallerIdentity → 200")
                .data(json!(id));
                IdentityOutcome {
                    result: r,
                    identity: Some(id),
                }
            }
            Err(e) => IdentityOutcome {
                result: CheckResult::from_error(
                    "identity",
                    "STS GetCallerIdentity failed",
                    &e,
                    &self.diag,
                ),
                identity: None,
            },
        }
    }
}
