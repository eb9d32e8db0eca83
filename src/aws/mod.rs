//! The AWS side: SDK configuration, the STS layer (`sts`: the caller identity) and the IAM layer
//! (`iam`: every IAM call, returning cpaws types). The credential cache and `auth_refresh` live
//! in [`crate::credentials`]. Commands reach AWS only through these functions.

use std::sync::Arc;
use std::time::Duration;

use aws_config::BehaviorVersion;
use aws_credential_types::Credentials;
use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use aws_types::SdkConfig;
use aws_types::region::Region;

use crate::config::{Settings, Sourced};
pub use crate::credentials::{
    CachedProvider, CredentialCache, CredentialInfo, credentials_error, provider_name,
    run_auth_refresh,
};
use crate::error::{CliError, exit};
use crate::output::register_secret;

pub mod iam;
pub mod sts;

pub use iam::Iam;
pub use sts::{Identity, get_caller_identity};

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
        match missing_profile(p).await {
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

/// The AWS shared config and credentials files, as the SDK finds them (AWS_CONFIG_FILE and
/// AWS_SHARED_CREDENTIALS_FILE, else `~/.aws/config` and `~/.aws/credentials`).
fn shared_files() -> [(&'static str, Option<std::path::PathBuf>); 2] {
    let file = |var: &str, default: &str| {
        crate::config::env_value(var)
            .map(std::path::PathBuf::from)
            .or_else(|| crate::paths::home_dir().map(|h| h.join(".aws").join(default)))
    };
    [
        (
            "config file",
            file(crate::envvars::AWS_CONFIG_FILE, "config"),
        ),
        (
            "credentials file",
            file(crate::envvars::AWS_SHARED_CREDENTIALS_FILE, "credentials"),
        ),
    ]
}

/// Why the chosen AWS profile cannot be used, when it is defined in neither shared file: the
/// error says where the profile was chosen, which files were read, the profiles that exist and
/// how to choose one. `None` when it exists or the files cannot be read (the SDK then reports its
/// own error).
pub async fn missing_profile(profile: &Sourced<String>) -> Option<CliError> {
    use aws_runtime::env_config::file::EnvConfigFiles as ProfileFiles;
    use aws_types::os_shim_internal::{Env, Fs};
    let name = &profile.value;
    let set = aws_config::profile::load(&Fs::real(), &Env::real(), &ProfileFiles::default(), None)
        .await
        .ok()?;
    if set.get_profile(name).is_some() {
        return None;
    }
    let mut known: Vec<&str> = set.profiles().collect();
    known.sort_unstable();
    let files: Vec<String> = shared_files()
        .iter()
        .map(|(what, path)| match path {
            Some(p) if p.is_file() => format!("the AWS {what} {}", p.display()),
            Some(p) => format!("the AWS {what} {} (absent)", p.display()),
            None => format!("the AWS {what} (no home directory)"),
        })
        .collect();
    let cause = format!(
        "{} {}",
        files.join(" and "),
        if known.is_empty() {
            "define no profile".to_string()
        } else {
            format!("define the profiles {}", known.join(", "))
        }
    );
    let setter = crate::config::setter(&profile.source, "aws_profile");
    let choose = match known.as_slice() {
        [] => format!("unset {setter} to use the default credential chain"),
        [one] => format!("set {setter} to {one}"),
        many => format!("set {setter} to one of {}", many.join(", ")),
    };
    Some(
        CliError::new(
            exit::CREDENTIALS,
            "credentials.profile_missing",
            format!(
                "the AWS profile {:?} (from {}) does not exist",
                crate::output::sanitize(name),
                profile.source
            ),
        )
        .with_cause(cause)
        .with_fix(format!(
            "{choose}, or create it with `aws configure --profile {name}` (`aws configure sso` for SSO)"
        )),
    )
}

/// A credentials provider standing for a profile that does not exist: its error carries the
/// [`CliError`] that says so, which `credentials_error` hands on as it is.
#[derive(Debug)]
struct MissingProfile(CliError);

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
pub(crate) fn service_region(sdk: &SdkConfig) -> Option<Region> {
    sdk.region().is_none().then(|| Region::new("us-east-1"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::exit;
    use std::time::SystemTime;

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
