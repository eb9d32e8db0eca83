//! The AWS side: SDK configuration, STS and IAM clients, the caller identity. The credential
//! cache and `auth_refresh` live in [`crate::credentials`].

use std::sync::Arc;
use std::time::Duration;

use aws_config::BehaviorVersion;
use aws_credential_types::Credentials;
use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use aws_types::SdkConfig;
use aws_types::region::Region;
use serde::Serialize;

use crate::config::Settings;
pub use crate::credentials::{
    CachedProvider, CredentialCache, CredentialInfo, credentials_error, provider_name,
    run_auth_refresh,
};
use crate::output::register_secret;

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
) -> Result<Identity, crate::api::ApiError> {
    let client = sts_client(sdk, creds);
    let out = client
        .get_caller_identity()
        .send()
        .await
        .map_err(crate::api::ApiError::from_sdk)?;
    let arn = out.arn().unwrap_or_default().to_string();
    Ok(Identity {
        role_arn: role_arn_from_session(&arn),
        arn,
        account: out.account().unwrap_or_default().to_string(),
        user_id: out.user_id().unwrap_or_default().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::exit;
    use std::time::SystemTime;

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
