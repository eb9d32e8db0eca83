//! Configuration: the cpaws config file and the one resolution of every setting, remembering where
//! each value came from.
//!
//! Precedence: flags > environment > cpaws config file > AWS profile > nothing. Empty environment
//! values count as unset. The region has no fallback. See docs/configuration.md.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::envvars as ev;
use crate::error::{CliError, exit};
use crate::output::register_secret;
use clap::ValueEnum;

mod file;
mod resolve;

pub use file::*;
pub use resolve::*;

pub const DEFAULT_ANTHROPIC_VERSION: &str = "2023-06-01";
pub const DEFAULT_MAX_RETRIES: u32 = 2;
pub const DEFAULT_TIMEOUT_SECS: u64 = 600;
/// `--timeout` takes 1 s to a day.
pub const TIMEOUT_RANGE: std::ops::RangeInclusive<u64> = 1..=86_400;
/// `--max-retries` takes 0 to 10.
pub const MAX_RETRIES_RANGE: std::ops::RangeInclusive<u32> = 0..=10;
const MAX_KEY_FILE_BYTES: u64 = 64 * 1024;
/// Config files, AWS shared files and CA bundles larger than this are refused (a real one is a
/// few KB; a CA bundle a few hundred).
pub const MAX_SETTINGS_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Where a value came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    ConfigFile { path: PathBuf, profile: String },
    AwsProfile { name: String },
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(name) => write!(f, "flag {name}"),
            Source::Env(name) => write!(f, "env {name}"),
            Source::ConfigFile { path, profile } => {
                write!(f, "config {} [profile {profile}]", path.display())
            }
            Source::AwsProfile { name } => write!(f, "AWS profile {name}"),
            Source::Default => write!(f, "default"),
        }
    }
}

impl Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

#[derive(Clone, Debug)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

impl<T> Sourced<T> {
    fn new(value: T, source: Source) -> Self {
        Sourced { value, source }
    }
}

/// A secret string: never printed, registered for redaction on creation.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: String) -> Self {
        register_secret(&value);
        Secret(value)
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([REDACTED])")
    }
}

pub fn default_config_path() -> Option<PathBuf> {
    crate::paths::config_dir().map(|d| d.join("config.toml"))
}

pub fn valid_workspace_id(id: &str) -> bool {
    id.strip_prefix("wrkspc_")
        .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// AWS region names: `us-west-2`, `eu-central-1`, `us-gov-west-1`, `cn-north-1`, `ap-southeast-5`…
pub fn valid_region(region: &str) -> bool {
    let parts: Vec<&str> = region.split('-').collect();
    if parts.len() < 3 || parts.len() > 5 {
        return false;
    }
    let (last, head) = match parts.split_last() {
        Some(x) => x,
        None => return false,
    };
    !last.is_empty()
        && last.chars().all(|c| c.is_ascii_digit())
        && head
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase()))
        && head[0].len() == 2
}

/// Check a base URL (which may contain `{region}`).
pub fn check_base_url(raw: &str) -> Result<(), String> {
    let probe = raw.replace("{region}", "us-west-2");
    match url::Url::parse(&probe) {
        Ok(u) if u.scheme() == "https" || u.scheme() == "http" => {
            if u.host_str().is_none() {
                Err("the URL has no host".into())
            } else if u.query().is_some() || u.fragment().is_some() {
                Err("the URL must not have a query or fragment".into())
            } else {
                Ok(())
            }
        }
        Ok(u) => Err(format!("unsupported scheme {:?}", u.scheme())),
        Err(e) => Err(format!("not a URL: {e}")),
    }
}

/// Facts about the environment that matter for diagnosis (docs: common setup mistakes).
#[derive(Clone, Debug, Default, Serialize)]
pub struct EnvNotes {
    pub anthropic_api_key: bool,
    pub anthropic_auth_token: bool,
    pub anthropic_workspace_id_wrong_name: bool,
    pub anthropic_base_url: bool,
    pub claude_code_use_bedrock: bool,
    pub claude_code_use_foundry: bool,
    /// The value of CLAUDE_CODE_USE_ANTHROPIC_AWS (not a secret), when set.
    pub claude_code_use_anthropic_aws: Option<String>,
    /// ANTHROPIC_AWS_WORKSPACE_ID is set (the variable Claude Code and the SDKs read).
    pub anthropic_aws_workspace_id: bool,
    pub aws_static_credentials: bool,
}

/// Every setting, resolved once.
#[derive(Clone, Debug)]
pub struct Settings {
    pub config_path: Option<PathBuf>,
    pub config_loaded: bool,
    pub profile: Option<Sourced<String>>,
    pub aws_profile: Option<Sourced<String>>,
    pub region: Option<Sourced<String>>,
    pub workspace_id: Option<Sourced<String>>,
    /// Explicit base URL (may contain `{region}`); None = derived from the region.
    pub base_url: Option<Sourced<String>>,
    pub auth_choice: Option<Sourced<AuthChoice>>,
    pub api_key: Option<Sourced<Secret>>,
    pub api_key_header: Sourced<ApiKeyHeader>,
    /// With no AWS authentication (`auth = none`): `ANTHROPIC_AUTH_TOKEN`, which a gateway that
    /// signs requests itself receives as `Authorization: Bearer` (Claude Code's gateway mode).
    pub auth_token: Option<Sourced<Secret>>,
    pub auth_refresh: Option<Sourced<String>>,
    pub anthropic_version: Sourced<String>,
    pub max_retries: u32,
    pub timeout: Duration,
    pub env: EnvNotes,
}

/// The resolved authentication mode and why it was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthMode {
    Sigv4,
    ApiKey,
    None,
}

impl AuthMode {
    pub fn as_str(self) -> &'static str {
        match self {
            AuthMode::Sigv4 => "sigv4",
            AuthMode::ApiKey => "api_key",
            AuthMode::None => "none",
        }
    }
}

impl Settings {
    /// The effective base URL: the override with `{region}` filled in, or the regional endpoint.
    pub fn base_url(&self) -> Option<String> {
        match (&self.base_url, &self.region) {
            (Some(b), Some(r)) => Some(b.value.replace("{region}", &r.value)),
            (Some(b), None) if !b.value.contains("{region}") => Some(b.value.clone()),
            (Some(_), None) => None,
            (None, Some(r)) => Some(regional_base_url(&r.value)),
            (None, None) => None,
        }
        .map(|u| u.trim_end_matches('/').to_string())
    }

    pub fn base_url_for_region(&self, region: &str) -> String {
        match &self.base_url {
            Some(b) => b.value.replace("{region}", region),
            None => regional_base_url(region),
        }
        .trim_end_matches('/')
        .to_string()
    }

    /// The official SDKs' precedence (platform.md §1.4), with an explicit `--auth` first.
    pub fn auth_mode(&self) -> AuthMode {
        if let Some(c) = &self.auth_choice {
            return match c.value {
                AuthChoice::Sigv4 => AuthMode::Sigv4,
                AuthChoice::ApiKey => AuthMode::ApiKey,
                AuthChoice::None => AuthMode::None,
            };
        }
        match (&self.api_key, &self.aws_profile) {
            (Some(k), _) if matches!(k.source, Source::Flag(_)) => AuthMode::ApiKey,
            (_, Some(p)) if matches!(p.source, Source::Flag(_)) => AuthMode::Sigv4,
            (Some(_), _) => AuthMode::ApiKey,
            _ => AuthMode::Sigv4,
        }
    }

    /// (name, value, source) of each resolved value, for `status` and reports. No secrets.
    pub fn sources(&self) -> BTreeMap<&'static str, String> {
        let mut m = BTreeMap::new();
        let mut put = |k: &'static str, s: Option<&Source>| {
            if let Some(s) = s {
                m.insert(k, s.to_string());
            }
        };
        put("profile", self.profile.as_ref().map(|s| &s.source));
        put("aws_profile", self.aws_profile.as_ref().map(|s| &s.source));
        put("region", self.region.as_ref().map(|s| &s.source));
        put(
            "workspace_id",
            self.workspace_id.as_ref().map(|s| &s.source),
        );
        put("base_url", self.base_url.as_ref().map(|s| &s.source));
        put("auth", self.auth_choice.as_ref().map(|s| &s.source));
        put("api_key", self.api_key.as_ref().map(|s| &s.source));
        put("api_key_header", Some(&self.api_key_header.source));
        put("auth_token", self.auth_token.as_ref().map(|s| &s.source));
        put(
            "auth_refresh",
            self.auth_refresh.as_ref().map(|s| &s.source),
        );
        put("anthropic_version", Some(&self.anthropic_version.source));
        m
    }
}

pub fn regional_base_url(region: &str) -> String {
    format!("https://aws-external-anthropic.{region}.api.aws")
}

/// Read an environment variable; empty or blank values count as unset.
pub fn env_value(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

fn first_env(names: &[&'static str]) -> Option<(String, &'static str)> {
    names.iter().find_map(|n| env_value(n).map(|v| (v, *n)))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuthChoice {
    /// AWS Signature Version 4 with the AWS credential chain
    Sigv4,
    /// An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)
    ApiKey,
    /// No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)
    None,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ApiKeyHeader {
    /// `x-api-key: <key>` (the platform docs' form)
    XApiKey,
    /// `Authorization: Bearer <key>` (the AWS docs' form)
    Bearer,
}

/// What the command line sets, flag by flag (`None` where a flag was not given). The command
/// line's own types live in `cli`; this is the plain form config resolution takes.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub config: Option<PathBuf>,
    pub profile: Option<String>,
    pub aws_profile: Option<String>,
    pub region: Option<String>,
    pub workspace_id: Option<String>,
    pub base_url: Option<String>,
    pub auth: Option<AuthChoice>,
    pub skip_auth: bool,
    pub api_key_file: Option<PathBuf>,
    pub api_key_header: Option<ApiKeyHeader>,
    pub anthropic_version: Option<String>,
    pub max_retries: Option<u32>,
    pub timeout: Option<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workspace_ids() {
        assert!(valid_workspace_id("wrkspc_01AbCdEf23GhIj"));
        assert!(!valid_workspace_id("wrkspc_"));
        assert!(!valid_workspace_id("wrkspc_01-AB"));
        assert!(!valid_workspace_id("ws_01AB"));
    }

    #[test]
    fn regions() {
        for r in [
            "us-west-2",
            "eu-central-1",
            "us-gov-west-1",
            "ap-southeast-5",
            "cn-north-1",
        ] {
            assert!(valid_region(r), "{r}");
        }
        for r in [
            "us-west",
            "USWEST2",
            "us_west_2",
            "west-2",
            "us-west-2a",
            "",
        ] {
            assert!(!valid_region(r), "{r}");
        }
    }

    #[test]
    fn base_urls() {
        assert!(check_base_url("https://aws-external-anthropic.{region}.api.aws").is_ok());
        assert!(check_base_url("http://127.0.0.1:8080/region/{region}").is_ok());
        assert!(check_base_url("ftp://x").is_err());
        assert!(check_base_url("not a url").is_err());
        assert!(check_base_url("https://x/?a=b").is_err());
    }
}
