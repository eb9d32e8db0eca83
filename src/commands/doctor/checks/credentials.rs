//! The `credentials` check.

use crate::commands::doctor::*;

impl Doctor<'_> {
    pub(in crate::commands::doctor) async fn check_credentials(&self) -> CredentialsOutcome {
        if let Some(s) = self.skipped("credentials") {
            return CredentialsOutcome {
                result: s,
                ok: false,
            };
        }
        let mode = self.settings.auth_mode();
        if mode == AuthMode::None {
            return CredentialsOutcome {
                result: CheckResult::skip(
                    "credentials",
                    match &self.settings.auth_token {
                        Some(t) => format!(
                            "no AWS authentication (--skip-auth): a gateway signs requests; the token from {} is sent to it as Authorization: Bearer",
                            t.source
                        ),
                        None => "no authentication (--skip-auth): a gateway signs requests".into(),
                    },
                ),
                ok: false,
            };
        }
        match self.creds.get().await {
            Ok(c) => {
                let info = aws::CredentialInfo::from_credentials(&c);
                let exp = info
                    .expires_at
                    .map(|e| format!(", expire {e}"))
                    .unwrap_or_else(|| ", no expiry".into());
                let mut r = CheckResult::pass(
                    "credentials",
                    format!(
                        "from {} (access key {}{}){exp}",
                        info.provider,
                        info.access_key_id,
                        if info.temporary { ", temporary" } else { "" }
                    ),
                )
                .data(json!(info));
                if let Some(e) = c.expiry()
                    && e < SystemTime::now() + Duration::from_secs(15 * 60)
                {
                    r.status = Status::Warn;
                    r.fix = Some(match &self.settings.auth_refresh {
                        Some(cmd) => {
                            format!("they expire within 15 minutes; `{}` renews them", cmd.value)
                        }
                        None => "they expire within 15 minutes; renew them (e.g. `aws sso login`)"
                            .into(),
                    });
                }
                if mode == AuthMode::ApiKey {
                    r.message = format!(
                        "{} — used only for the IAM checks; requests use the API key",
                        r.message
                    );
                }
                CredentialsOutcome {
                    result: r,
                    ok: true,
                }
            }
            Err(e) => {
                let status = if mode == AuthMode::ApiKey {
                    Status::Warn
                } else {
                    Status::Fail
                };
                let mut r = CheckResult::new("credentials", status, e.message.clone())
                    .code(e.code.replace('.', "_"));
                r.fix = Some(match (&self.settings.auth_refresh, e.code.as_str()) {
                    (Some(cmd), "credentials.expired") => format!(
                        "run `{}` (your auth_refresh), or `cpaws doctor --fix`",
                        cmd.value
                    ),
                    _ => e.fix.clone().unwrap_or_default(),
                });
                if mode == AuthMode::ApiKey {
                    r.message = format!(
                        "{} (requests use the API key; the IAM checks are skipped)",
                        e.message
                    );
                }
                // The cause once, then each provider the chain tried, one line each.
                if let Some(c) = &e.cause {
                    r.evidence.push(match e.code.as_str() {
                        "credentials.profile_missing" => c.clone(),
                        _ => format!("credential chain: {c}"),
                    });
                }
                r.evidence.extend(e.details.iter().cloned());
                CredentialsOutcome {
                    result: r,
                    ok: false,
                }
            }
        }
    }
}
