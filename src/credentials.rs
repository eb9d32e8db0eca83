//! AWS credentials for the whole run: the cache over the SDK's default chain (resolved once,
//! refreshed shortly before expiry), where they came from, the `auth_refresh` hook, and the
//! errors that say which provider gave nothing and why. Below both the HTTP client and the
//! STS/IAM layer, which share one cache.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use aws_credential_types::Credentials;
use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use aws_types::SdkConfig;
use serde::Serialize;
use tokio::sync::Mutex;

use crate::error::{CliError, exit};
use crate::output::register_secret;

/// Credentials are refreshed this long before they expire.
const REFRESH_MARGIN: Duration = Duration::from_secs(5 * 60);

/// Where credentials came from, for `status` and `doctor`. No secrets.
#[derive(Clone, Debug, Serialize)]
pub struct CredentialInfo {
    /// The provider of the chain that supplied them (Environment, ProfileFile, Sso, …).
    pub provider: String,
    pub access_key_id: String,
    pub temporary: bool,
    #[serde(with = "time::serde::rfc3339::option")]
    pub expires_at: Option<time::OffsetDateTime>,
}

impl CredentialInfo {
    pub fn from_credentials(c: &Credentials) -> Self {
        CredentialInfo {
            provider: provider_name(c),
            access_key_id: c.access_key_id().to_string(),
            temporary: c.session_token().is_some(),
            expires_at: c.expiry().map(time::OffsetDateTime::from),
        }
    }
}

/// The chain provider that produced the credentials. `Credentials` has no public getter for it;
/// its Debug form (which redacts the secret) carries it.
pub fn provider_name(c: &Credentials) -> String {
    let dbg = format!("{c:?}");
    dbg.split("provider_name: \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or("unknown")
        .to_string()
}

/// Resolves credentials through the AWS default chain once and keeps them until shortly before
/// they expire (the SDK's provider would re-resolve on every call).
pub struct CredentialCache {
    provider: Option<SharedCredentialsProvider>,
    cached: Mutex<Option<Credentials>>,
    /// The outcome of running `auth_refresh`, which happens at most once per run.
    refreshed: Mutex<Option<bool>>,
}

impl CredentialCache {
    pub fn new(sdk: &SdkConfig) -> Self {
        CredentialCache {
            provider: sdk.credentials_provider(),
            cached: Mutex::new(None),
            refreshed: Mutex::new(None),
        }
    }

    /// A cache with no provider (offline): every `get` reports no credentials.
    pub fn empty() -> Self {
        CredentialCache {
            provider: None,
            cached: Mutex::new(None),
            refreshed: Mutex::new(None),
        }
    }

    /// A cache over fixed credentials (tests, `keys exec`).
    pub fn fixed(creds: Credentials) -> Self {
        CredentialCache {
            provider: Some(SharedCredentialsProvider::new(creds)),
            cached: Mutex::new(None),
            refreshed: Mutex::new(None),
        }
    }

    pub async fn get(&self) -> Result<Credentials, CliError> {
        let mut guard = self.cached.lock().await;
        if let Some(c) = guard.as_ref() {
            let fresh = c
                .expiry()
                .is_none_or(|exp| exp > SystemTime::now() + REFRESH_MARGIN);
            if fresh {
                return Ok(c.clone());
            }
        }
        let provider = self
            .provider
            .as_ref()
            .ok_or_else(|| name_first_party_key(no_credentials_error()))?;
        let creds = provider
            .provide_credentials()
            .await
            .map_err(|e| name_first_party_key(credentials_error(&e)))?;
        register_secret(creds.secret_access_key());
        if let Some(t) = creds.session_token() {
            register_secret(t);
        }
        if let Some(exp) = creds.expiry()
            && exp <= SystemTime::now()
        {
            return Err(CliError::new(
                exit::CREDENTIALS,
                "credentials.expired",
                format!(
                    "the AWS credentials from {} have expired",
                    provider_name(&creds)
                ),
            )
            .with_fix(
                "refresh them (e.g. `aws sso login`), or set auth_refresh in the cpaws config",
            ));
        }
        *guard = Some(creds.clone());
        Ok(creds)
    }

    pub async fn invalidate(&self) {
        *self.cached.lock().await = None;
    }

    /// Run `auth_refresh` at most once per run (concurrent callers wait for the one run) and
    /// drop the cached credentials. Returns whether the refresh succeeded.
    pub async fn refresh_once(&self, command: &str) -> bool {
        let mut done = self.refreshed.lock().await;
        if let Some(ok) = *done {
            return ok;
        }
        let ok = match run_auth_refresh(command).await {
            Ok(()) => true,
            Err(e) => {
                tracing::warn!("{}", e.message);
                false
            }
        };
        *done = Some(ok);
        if ok {
            self.invalidate().await;
        }
        ok
    }
}

fn no_credentials_error() -> CliError {
    CliError::new(exit::CREDENTIALS, "credentials.none", "no AWS credentials were found")
        .with_fix("set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, choose a profile with --aws-profile or AWS_PROFILE (run `aws sso login` for SSO), or use an API key via ANTHROPIC_AWS_API_KEY")
}

/// With no AWS credentials and `ANTHROPIC_API_KEY` set (a first-party key, never sent), the
/// likely mistake is the variable's name: say so, and name the one cpaws reads.
fn name_first_party_key(err: CliError) -> CliError {
    if err.code != "credentials.none"
        || crate::config::env_value(crate::envvars::ANTHROPIC_API_KEY).is_none()
    {
        return err;
    }
    // No colon in the message: the API layer keeps only the text before the first one.
    let message = format!(
        "{} (ANTHROPIC_API_KEY is set, but a first-party Anthropic key does not work with Claude Platform on AWS and cpaws never sends it; put a Claude Platform on AWS key in {})",
        err.message,
        crate::envvars::ANTHROPIC_AWS_API_KEY
    );
    let mut err = CliError { message, ..err };
    err.fix = Some(format!(
        "put a Claude Platform on AWS API key (from the AWS Console, or `cpaws keys create`) in {}; otherwise set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or choose a profile with --aws-profile or AWS_PROFILE (run `aws sso login` for SSO)",
        crate::envvars::ANTHROPIC_AWS_API_KEY,
    ));
    err
}

/// Turn the credential chain's error into a report of each provider and why it gave nothing.
pub fn credentials_error(e: &aws_credential_types::provider::error::CredentialsError) -> CliError {
    // A provider that already says what is wrong and how to fix it (a missing profile).
    if let Some(said) = CliError::in_chain(e) {
        return said.clone();
    }
    let mut chain = Vec::new();
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = cur {
        // An error's text often ends with its source's: keep each text once.
        let text = err.to_string();
        if !chain.iter().any(|c: &String| c.contains(&text)) {
            chain.push(text);
        }
        cur = err.source();
    }
    let joined = chain.join(": ");
    let lower = joined.to_ascii_lowercase();
    let (code, message, fix) = if lower.contains("aws profile") && lower.contains("does not exist")
    {
        (
            "credentials.profile_missing",
            "the AWS profile chosen does not exist",
            "choose a defined profile with --aws-profile or AWS_PROFILE (`aws configure list-profiles`), or create it (`aws configure --profile NAME`, or `aws configure sso`)",
        )
    } else if lower.contains("expired") || lower.contains("sso") && lower.contains("token") {
        (
            "credentials.expired",
            "the AWS credentials (or the SSO session) have expired",
            "run `aws sso login` (with --profile if you use one), or set auth_refresh in the cpaws config so cpaws runs it for you",
        )
    } else if lower.contains("no credentials")
        || lower.contains("not loaded")
        || lower.contains("not enabled")
        || lower.contains("could not find")
    {
        (
            "credentials.none",
            "no AWS credentials were found by the default credential chain",
            "set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, choose a profile with --aws-profile or AWS_PROFILE (run `aws sso login` for SSO), or use an API key via ANTHROPIC_AWS_API_KEY",
        )
    } else {
        (
            "credentials.error",
            "the AWS credential chain failed",
            "check the profile named in the cause (aws configure list) and try again",
        )
    };
    // A missing profile is said in our own words, naming it and the profiles that exist.
    let message = match chain.last() {
        Some(last) if code == "credentials.profile_missing" => last.clone(),
        _ => message.to_string(),
    };
    // The default chain lists each provider it tried on a line of its own ("Attempted:" and then
    // "  Environment: …"): the cause is the first line, each provider a detail, each said once.
    let mut lines = joined.lines();
    let cause = lines
        .next()
        .unwrap_or_default()
        .trim_end()
        .trim_end_matches("Attempted:")
        .trim_end()
        .trim_end_matches('.')
        .to_string();
    let mut err = CliError::new(exit::CREDENTIALS, code, message)
        .with_cause(cause)
        .with_fix(fix);
    err.details = lines
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("tried {l}"))
        .collect();
    err
}

/// Run the configured `auth_refresh` command once. Its output goes to stderr so stdout stays data.
pub async fn run_auth_refresh(command: &str) -> Result<(), CliError> {
    tracing::info!("running auth_refresh: {command}");
    let stderr = std::io::stderr().as_fd_clone().map_err(|e| {
        CliError::new(
            exit::CREDENTIALS,
            "auth_refresh.failed",
            "cannot run auth_refresh",
        )
        .with_cause(e.to_string())
    })?;
    let status = tokio::process::Command::new(if cfg!(windows) { "cmd" } else { "sh" })
        .arg(if cfg!(windows) { "/C" } else { "-c" })
        .arg(command)
        .stdout(stderr)
        .status()
        .await
        .map_err(|e| {
            CliError::new(
                exit::CREDENTIALS,
                "auth_refresh.failed",
                format!("could not run auth_refresh `{command}`"),
            )
            .with_cause(e.to_string())
        })?;
    if !status.success() {
        return Err(CliError::new(
            exit::CREDENTIALS,
            "auth_refresh.failed",
            format!("auth_refresh `{command}` failed ({status})"),
        )
        .with_fix("run it yourself to see why, or fix auth_refresh in the cpaws config"));
    }
    Ok(())
}

trait AsFdClone {
    fn as_fd_clone(&self) -> std::io::Result<std::process::Stdio>;
}

impl AsFdClone for std::io::Stderr {
    #[cfg(unix)]
    fn as_fd_clone(&self) -> std::io::Result<std::process::Stdio> {
        use std::os::fd::AsFd;
        Ok(std::process::Stdio::from(
            self.as_fd().try_clone_to_owned()?,
        ))
    }
    #[cfg(not(unix))]
    fn as_fd_clone(&self) -> std::io::Result<std::process::Stdio> {
        Ok(std::process::Stdio::inherit())
    }
}

/// Lets SDK clients use cpaws's cache (one resolution for the whole run).
#[derive(Clone)]
pub struct CachedProvider(pub Arc<CredentialCache>);

impl std::fmt::Debug for CachedProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CachedProvider")
    }
}

impl ProvideCredentials for CachedProvider {
    fn provide_credentials<'a>(
        &'a self,
    ) -> aws_credential_types::provider::future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        aws_credential_types::provider::future::ProvideCredentials::new(async move {
            self.0.get().await.map_err(|e| {
                use aws_credential_types::provider::error::CredentialsError;
                // A missing profile travels whole, for `ApiError::from_sdk` to find its fix.
                if e.code == "credentials.profile_missing" {
                    CredentialsError::invalid_configuration(e)
                } else {
                    CredentialsError::not_loaded(e.message)
                }
            })
        })
    }
}
