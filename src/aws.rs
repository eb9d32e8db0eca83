//! The AWS side: SDK configuration, the credential cache, STS and IAM clients, and the
//! `auth_refresh` hook.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use aws_config::BehaviorVersion;
use aws_credential_types::Credentials;
use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use aws_types::SdkConfig;
use aws_types::region::Region;
use serde::Serialize;
use tokio::sync::Mutex;

use crate::config::Settings;
use crate::error::{CliError, exit};
use crate::output::register_secret;

/// Credentials are refreshed this long before they expire.
const REFRESH_MARGIN: Duration = Duration::from_secs(5 * 60);

/// The AWS SDK configuration: every STS/IAM call gets `--timeout` as its deadline (connect and
/// all attempts), and a chosen AWS profile that does not exist is a clear credentials error
/// instead of a fall-through to other credentials.
pub async fn load_sdk_config(settings: &Settings) -> SdkConfig {
    use aws_config::timeout::TimeoutConfig;
    let timeouts = TimeoutConfig::builder()
        .connect_timeout(Duration::from_secs(10).min(settings.timeout))
        .read_timeout(settings.timeout)
        .operation_timeout(settings.timeout)
        .build();
    let mut loader = aws_config::defaults(BehaviorVersion::latest()).timeout_config(timeouts);
    if let Some(p) = &settings.aws_profile {
        loader = loader.profile_name(&p.value);
        match missing_profile(&p.value).await {
            Some(problem) => {
                loader = loader
                    .credentials_provider(SharedCredentialsProvider::new(MissingProfile(problem)));
            }
            // Chosen by flag or in the cpaws config: that profile, as the official SDKs do for
            // an explicit profile, never the environment's keys.
            None if !matches!(p.source, crate::config::Source::Env(_)) => {
                loader = loader.credentials_provider(SharedCredentialsProvider::new(
                    aws_config::profile::ProfileFileCredentialsProvider::builder()
                        .profile_name(&p.value)
                        .build(),
                ));
            }
            None => {}
        }
    }
    if let Some(r) = &settings.region {
        loader = loader.region(Region::new(r.value.clone()));
    }
    loader.load().await
}

/// Why the named AWS profile cannot be used, when it is defined in neither shared file (the
/// profiles that are defined are listed). `None` when it exists or the files cannot be read (the
/// SDK then reports its own error).
pub async fn missing_profile(name: &str) -> Option<String> {
    use aws_runtime::env_config::file::EnvConfigFiles as ProfileFiles;
    use aws_types::os_shim_internal::{Env, Fs};
    let set = aws_config::profile::load(&Fs::real(), &Env::real(), &ProfileFiles::default(), None)
        .await
        .ok()?;
    if set.get_profile(name).is_some() {
        return None;
    }
    let mut known: Vec<&str> = set.profiles().collect();
    known.sort_unstable();
    let known = if known.is_empty() {
        "no profile is defined".to_string()
    } else {
        format!("defined: {}", known.join(", "))
    };
    Some(format!(
        "the AWS profile {name:?} does not exist in the AWS config or credentials file ({known})"
    ))
}

/// A credentials provider standing for a profile that does not exist.
#[derive(Debug)]
struct MissingProfile(String);

impl ProvideCredentials for MissingProfile {
    fn provide_credentials<'a>(
        &'a self,
    ) -> aws_credential_types::provider::future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        aws_credential_types::provider::future::ProvideCredentials::ready(Err(
            aws_credential_types::provider::error::CredentialsError::invalid_configuration(
                self.0.clone(),
            ),
        ))
    }
}

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
        let provider = self.provider.as_ref().ok_or_else(no_credentials_error)?;
        let creds = provider
            .provide_credentials()
            .await
            .map_err(|e| credentials_error(&e))?;
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

/// Turn the credential chain's error into a report of each provider and why it gave nothing.
pub fn credentials_error(e: &aws_credential_types::provider::error::CredentialsError) -> CliError {
    let mut chain = Vec::new();
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = cur {
        let text = err.to_string();
        if !chain.contains(&text) {
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
    let mut err = CliError::new(exit::CREDENTIALS, code, message)
        .with_cause(joined)
        .with_fix(fix);
    err.details = chain
        .iter()
        .skip(1)
        .map(|c| format!("provider chain: {c}"))
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

/// The caller identity from STS GetCallerIdentity.
#[derive(Clone, Debug, Serialize)]
pub struct Identity {
    pub arn: String,
    pub account: String,
    pub user_id: String,
    /// For an assumed-role session, the role's IAM ARN.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
}

/// `arn:aws:sts::123:assumed-role/Role/session` → `arn:aws:iam::123:role/Role`.
pub fn role_arn_from_session(arn: &str) -> Option<String> {
    let rest = arn.strip_prefix("arn:")?;
    let mut parts = rest.splitn(5, ':');
    let partition = parts.next()?;
    let service = parts.next()?;
    let _region = parts.next()?;
    let account = parts.next()?;
    let resource = parts.next()?;
    if service != "sts" {
        return None;
    }
    let role = resource.strip_prefix("assumed-role/")?.split('/').next()?;
    Some(format!("arn:{partition}:iam::{account}:role/{role}"))
}

/// Credentials for gateway requests without loading the whole AWS SDK configuration when the
/// first link of the default chain (static environment variables) already answers — as the chain
/// itself would. `None` means: load the SDK configuration and use the full chain.
pub fn environment_credentials(settings: &Settings) -> Option<Credentials> {
    if settings.aws_profile.is_some() {
        return None;
    }
    let id = crate::config::env_value(crate::envvars::AWS_ACCESS_KEY_ID)?;
    let secret = crate::config::env_value(crate::envvars::AWS_SECRET_ACCESS_KEY)?;
    let token = crate::config::env_value(crate::envvars::AWS_SESSION_TOKEN);
    register_secret(&secret);
    if let Some(t) = &token {
        register_secret(t);
    }
    Some(Credentials::new(
        id,
        secret,
        token,
        None,
        "EnvironmentVariable",
    ))
}

/// The credential cache for gateway requests: none in API-key and no-auth modes, the environment's
/// static credentials when set, else the full AWS default chain.
pub async fn gateway_credentials(settings: &Settings) -> Option<Arc<CredentialCache>> {
    match settings.auth_mode() {
        crate::config::AuthMode::ApiKey | crate::config::AuthMode::None => None,
        crate::config::AuthMode::Sigv4 => Some(Arc::new(match environment_credentials(settings) {
            Some(c) => CredentialCache::fixed(c),
            None => CredentialCache::new(&load_sdk_config(settings).await),
        })),
    }
}

/// IAM and STS are reachable without a Claude Platform region; like the AWS CLI, use us-east-1
/// for them when no region is configured (IAM is global; the signing region comes from the
/// endpoint rules).
fn service_region(sdk: &SdkConfig) -> Option<Region> {
    sdk.region().is_none().then(|| Region::new("us-east-1"))
}

pub fn iam_client(sdk: &SdkConfig, creds: Arc<CredentialCache>) -> aws_sdk_iam::Client {
    let mut b = aws_sdk_iam::config::Builder::from(sdk).credentials_provider(CachedProvider(creds));
    if let Some(r) = service_region(sdk) {
        b = b.region(r);
    }
    aws_sdk_iam::Client::from_conf(b.build())
}

pub fn sts_client(sdk: &SdkConfig, creds: Arc<CredentialCache>) -> aws_sdk_sts::Client {
    let mut b = aws_sdk_sts::config::Builder::from(sdk).credentials_provider(CachedProvider(creds));
    if let Some(r) = service_region(sdk) {
        b = b.region(r);
    }
    aws_sdk_sts::Client::from_conf(b.build())
}

pub async fn get_caller_identity(
    sdk: &SdkConfig,
    creds: Arc<CredentialCache>,
) -> Result<Identity, crate::transport::ApiError> {
    let client = sts_client(sdk, creds);
    let out = client
        .get_caller_identity()
        .send()
        .await
        .map_err(crate::transport::ApiError::from_sdk)?;
    let arn = out.arn().unwrap_or_default().to_string();
    Ok(Identity {
        role_arn: role_arn_from_session(&arn),
        arn,
        account: out.account().unwrap_or_default().to_string(),
        user_id: out.user_id().unwrap_or_default().to_string(),
    })
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
                aws_credential_types::provider::error::CredentialsError::not_loaded(e.message)
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_from_session() {
        assert_eq!(
            role_arn_from_session("arn:aws:sts::123456789012:assumed-role/cp-role/sess").as_deref(),
            Some("arn:aws:iam::123456789012:role/cp-role")
        );
        assert_eq!(
            role_arn_from_session("arn:aws:iam::123456789012:user/dev"),
            None
        );
    }

    #[tokio::test]
    async fn cache_returns_same_credentials() {
        let c = CredentialCache::fixed(Credentials::new(
            "AKIDEXAMPLE",
            "secretsecretsecret",
            None,
            None,
            "Static",
        ));
        let a = c.get().await.unwrap();
        let b = c.get().await.unwrap();
        assert_eq!(a.access_key_id(), b.access_key_id());
    }

    #[tokio::test]
    async fn expired_credentials_are_reported() {
        let c = CredentialCache::fixed(Credentials::new(
            "ASIAEXAMPLE",
            "secretsecretsecret",
            Some("tokentokentoken".into()),
            Some(SystemTime::now() - Duration::from_secs(60)),
            "Static",
        ));
        let e = c.get().await.unwrap_err();
        assert_eq!(e.code, "credentials.expired");
        assert_eq!(e.exit, exit::CREDENTIALS);
    }
}
