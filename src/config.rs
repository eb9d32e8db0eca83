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

/// One profile of the cpaws config file.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileConfig {
    pub workspace_id: Option<String>,
    pub region: Option<String>,
    pub aws_profile: Option<String>,
    pub base_url: Option<String>,
    pub auth: Option<AuthChoice>,
    pub api_key_file: Option<PathBuf>,
    pub api_key_header: Option<ApiKeyHeader>,
    /// A command run once when credentials have expired, e.g. `aws sso login --profile x`.
    pub auth_refresh: Option<String>,
    pub anthropic_version: Option<String>,
    pub max_retries: Option<u32>,
    pub timeout: Option<u64>,
}

/// The cpaws config file (`~/.config/cpaws/config.toml`).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// Profile used when none is chosen; `default` otherwise.
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, ProfileConfig>,
}

pub fn default_config_path() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    etcetera::choose_base_strategy()
        .ok()
        .map(|s| s.config_dir().join("cpaws").join("config.toml"))
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

/// A settings file (config, AWS shared file, CA bundle) must be a regular file of sane size: a
/// FIFO would block forever and a device (`/dev/urandom`) never end. Checked without opening it.
pub fn check_settings_file(path: &Path, what: &str, set_by: &str) -> Result<(), CliError> {
    let err = |why: String| {
        CliError::usage(
            "config.bad_file",
            format!("{what} {} (from {set_by}) cannot be used", path.display()),
        )
        .with_cause(why)
        .with_fix(format!("point {set_by} at a regular file, or unset it"))
    };
    let meta = std::fs::metadata(path).map_err(|e| err(e.to_string()))?;
    if !meta.is_file() {
        return Err(err(if meta.is_dir() {
            "it is a directory, not a file".into()
        } else {
            "it is not a regular file (a pipe, socket or device)".into()
        }));
    }
    if meta.len() > MAX_SETTINGS_FILE_BYTES {
        return Err(err(format!(
            "it is {} bytes, more than the {} MiB such a file can be",
            meta.len(),
            MAX_SETTINGS_FILE_BYTES >> 20
        )));
    }
    Ok(())
}

/// Which profile keys there are and what each takes (for errors).
const PROFILE_KEYS: &str = "workspace_id, region, aws_profile, base_url, auth, api_key_file, api_key_header, auth_refresh, anthropic_version (strings), max_retries, timeout (whole numbers)";

fn load_file(path: &Path, set_by: &str) -> Result<ConfigFile, CliError> {
    check_settings_file(path, "the cpaws config file", set_by)?;
    let bytes = std::fs::read(path).map_err(|e| {
        let fix = if e.kind() == std::io::ErrorKind::PermissionDenied {
            "fix the file's permissions (it must be readable by you), or point --config / CPAWS_CONFIG at another file"
        } else {
            "check the path, or point --config / CPAWS_CONFIG at another file"
        };
        CliError::usage(
            "config.unreadable",
            format!("cannot read the cpaws config file {}", path.display()),
        )
        .with_cause(e.to_string())
        .with_fix(fix)
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        CliError::usage(
            "config.invalid",
            format!("the cpaws config file {} is not text", path.display()),
        )
        .with_cause(format!(
            "byte {} is not UTF-8: a TOML file is UTF-8 text",
            e.utf8_error().valid_up_to()
        ))
        .with_fix("write the config as TOML text (docs/configuration.md), or point --config / CPAWS_CONFIG at the right file")
    })?;
    parse_config(&text, path)
}

/// Parse and check the text of a cpaws config file (`path` is only named in errors).
pub fn parse_config(text: &str, path: &Path) -> Result<ConfigFile, CliError> {
    let file: ConfigFile = toml::from_str(text).map_err(|e| {
        let cause = e.message().to_string();
        let position = e.span().map(|span| {
            let upto = text.get(..span.start).unwrap_or(text);
            let line = upto.matches('\n').count() + 1;
            let col = upto.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!(" at line {line}, column {col}")
        });
        let top_level = cause.contains("expected `default_profile` or `profiles`");
        let fix = if top_level {
            format!(
                "settings belong to a profile: put them under [profiles.default] (or [profiles.NAME]) in {}; only default_profile stands at the top",
                path.display()
            )
        } else if cause.contains("unknown field") {
            format!("remove or rename the key; valid profile keys are {PROFILE_KEYS} (docs/configuration.md)")
        } else if cause.contains("invalid type") || cause.contains("invalid value") {
            format!("give the key a value of the right type: {PROFILE_KEYS}; auth is sigv4, api-key or none; api_key_header is x-api-key or bearer")
        } else {
            format!("fix the TOML syntax in {}", path.display())
        };
        CliError::usage(
            "config.invalid",
            format!(
                "invalid cpaws config file {}{}",
                path.display(),
                position.unwrap_or_default()
            ),
        )
        .with_cause(cause)
        .with_fix(fix)
    })?;
    for (name, p) in &file.profiles {
        let key_err = |key: &str, value: &str, what: &str, example: &str| {
            CliError::usage(
                "config.invalid_value",
                format!(
                    "invalid {key} {value:?} in profile [profiles.{name}] of {}",
                    path.display()
                ),
            )
            .with_cause(what.to_string())
            .with_fix(format!(
                "set {key} = \"{example}\" in [profiles.{name}] of {}",
                path.display()
            ))
        };
        if let Some(ws) = &p.workspace_id
            && !valid_workspace_id(ws)
        {
            return Err(key_err(
                "workspace_id",
                ws,
                "a workspace ID is `wrkspc_` followed by letters and digits",
                "wrkspc_01AbCdEf23GhIj",
            ));
        }
        if let Some(r) = &p.region
            && !valid_region(r)
        {
            return Err(key_err("region", r, "not an AWS region name", "us-west-2"));
        }
        if let Some(t) = p.timeout
            && !TIMEOUT_RANGE.contains(&t)
        {
            return Err(key_err(
                "timeout",
                &t.to_string(),
                &format!(
                    "the timeout is {} to {} seconds",
                    TIMEOUT_RANGE.start(),
                    TIMEOUT_RANGE.end()
                ),
                "600",
            ));
        }
        if let Some(n) = p.max_retries
            && !MAX_RETRIES_RANGE.contains(&n)
        {
            return Err(key_err(
                "max_retries",
                &n.to_string(),
                &format!(
                    "retries are {} to {}",
                    MAX_RETRIES_RANGE.start(),
                    MAX_RETRIES_RANGE.end()
                ),
                "2",
            ));
        }
        if let Some(u) = &p.base_url
            && let Err(why) = check_base_url(u)
        {
            return Err(key_err(
                "base_url",
                u,
                &why,
                "https://aws-external-anthropic.us-west-2.api.aws",
            ));
        }
    }
    Ok(file)
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
    /// No authentication headers (for a signing gateway)
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

/// Resolve every setting. `aws_profile_region` looks up the AWS profile's region (async in the
/// AWS SDK); it is only called when no other layer set the region.
pub async fn resolve(g: &Overrides) -> Result<Settings, CliError> {
    // 1. The config file.
    let (config_path, explicit_path) = match (&g.config, env_value(ev::CPAWS_CONFIG)) {
        (Some(p), _) => (Some(p.clone()), true),
        (None, Some(p)) => (Some(PathBuf::from(p)), true),
        (None, None) => (default_config_path(), false),
    };
    let mut file = ConfigFile::default();
    let mut config_loaded = false;
    if let Some(path) = &config_path {
        if path.exists() || std::fs::symlink_metadata(path).is_ok() {
            let set_by = match (&g.config, explicit_path) {
                (Some(_), _) => "--config",
                (None, true) => ev::CPAWS_CONFIG,
                (None, false) => "the default location",
            };
            file = load_file(path, set_by)?;
            config_loaded = true;
        } else if explicit_path {
            return Err(CliError::usage(
                "config.missing",
                format!("the cpaws config file {} does not exist", path.display()),
            )
            .with_fix("create it (see docs/configuration.md) or drop --config / CPAWS_CONFIG"));
        }
    }

    // 2. The cpaws profile.
    let profile: Option<Sourced<String>> = match (&g.profile, env_value(ev::CPAWS_PROFILE)) {
        (Some(p), _) => Some(Sourced::new(p.clone(), Source::Flag("--profile"))),
        (None, Some(p)) => Some(Sourced::new(p, Source::Env(ev::CPAWS_PROFILE))),
        (None, None) => file.default_profile.clone().map(|p| {
            Sourced::new(
                p,
                Source::ConfigFile {
                    path: config_path.clone().unwrap_or_default(),
                    profile: "default_profile".into(),
                },
            )
        }),
    };
    let profile_name = profile
        .as_ref()
        .map(|p| p.value.clone())
        .unwrap_or_else(|| "default".to_string());
    let pc: ProfileConfig = match file.profiles.get(&profile_name) {
        Some(pc) => pc.clone(),
        None if profile.is_some() => {
            let known: Vec<&String> = file.profiles.keys().collect();
            return Err(CliError::usage(
                "config.unknown_profile",
                format!("cpaws profile {profile_name:?} is not defined"),
            )
            .with_cause(match &config_path {
                Some(p) if config_loaded => format!(
                    "{} defines {}",
                    p.display(),
                    if known.is_empty() {
                        "no profiles".to_string()
                    } else {
                        format!("{known:?}")
                    }
                ),
                Some(p) => format!("there is no config file at {}", p.display()),
                None => "no config file".into(),
            })
            .with_fix(format!(
                "add [profiles.{profile_name}] to the config file, or choose another --profile"
            )));
        }
        None => ProfileConfig::default(),
    };
    let from_file = |_: ()| Source::ConfigFile {
        path: config_path.clone().unwrap_or_default(),
        profile: profile_name.clone(),
    };

    // Helper for the flag > env > file chain.
    let pick = |flag: Option<&String>,
                flag_name: &'static str,
                envs: &[&'static str],
                file_value: Option<&String>|
     -> Option<Sourced<String>> {
        if let Some(v) = flag.map(|s| s.trim()).filter(|s| !s.is_empty()) {
            return Some(Sourced::new(v.to_string(), Source::Flag(flag_name)));
        }
        if let Some((v, n)) = first_env(envs) {
            return Some(Sourced::new(v, Source::Env(n)));
        }
        file_value.map(|v| Sourced::new(v.clone(), from_file(())))
    };

    let aws_profile = pick(
        g.aws_profile.as_ref(),
        "--aws-profile",
        &[ev::AWS_PROFILE],
        pc.aws_profile.as_ref(),
    );
    let mut region = pick(
        g.region.as_ref(),
        "--region",
        &[ev::CPAWS_REGION, ev::AWS_REGION, ev::AWS_DEFAULT_REGION],
        pc.region.as_ref(),
    );
    if region.is_none() {
        let name = aws_profile
            .as_ref()
            .map(|p| p.value.clone())
            .unwrap_or_else(|| "default".into());
        if let Some(r) = aws_profile_region(&name).await {
            region = Some(Sourced::new(r, Source::AwsProfile { name }));
        }
    }
    let workspace_id = pick(
        g.workspace_id.as_ref(),
        "--workspace-id",
        &[ev::CPAWS_WORKSPACE_ID, ev::ANTHROPIC_AWS_WORKSPACE_ID],
        pc.workspace_id.as_ref(),
    );
    let base_url = pick(
        g.base_url.as_ref(),
        "--base-url",
        &[ev::CPAWS_BASE_URL, ev::ANTHROPIC_AWS_BASE_URL],
        pc.base_url.as_ref(),
    );
    if let Some(b) = &base_url
        && let Err(why) = check_base_url(&b.value)
    {
        return Err(CliError::usage(
            "config.base_url",
            format!("invalid base URL {:?} (from {})", b.value, b.source),
        )
        .with_cause(why)
        .with_fix("use a full URL such as https://aws-external-anthropic.us-west-2.api.aws"));
    }

    // Passwords in URLs (the base URL, proxies) are secrets: redacted wherever a library logs
    // the URL in another form (hyper's pool keys print `user:password@host`).
    let mut urls: Vec<String> = base_url.iter().map(|b| b.value.clone()).collect();
    for var in [
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
    ] {
        urls.extend(env_value(var));
    }
    for u in urls {
        if let Ok(parsed) = url::Url::parse(&u.replace("{region}", "us-west-2"))
            && let Some(p) = parsed.password()
        {
            crate::output::register_password(p);
            if let Ok(decoded) = percent_encoding::percent_decode_str(p).decode_utf8() {
                crate::output::register_password(&decoded);
            }
        }
    }
    if let Some(r) = &region
        && !valid_region(&r.value)
    {
        return Err(CliError::usage(
            "config.region",
            format!(
                "invalid region {:?} (from {})",
                crate::output::sanitize(&r.value),
                r.source
            ),
        )
        .with_cause("an AWS region name is lower-case letters and digits such as us-west-2 or eu-central-1; it becomes part of the endpoint's host name")
        .with_fix(format!("set {} to the region of your workspace, e.g. us-west-2", setter(&r.source, "region"))));
    }
    if let Some(w) = &workspace_id {
        check_header_value(&w.value, "workspace ID", &w.source, "workspace_id")?;
    }

    let auth_choice = if g.skip_auth {
        Some(Sourced::new(AuthChoice::None, Source::Flag("--skip-auth")))
    } else if let Some(a) = g.auth {
        Some(Sourced::new(a, Source::Flag("--auth")))
    } else if let Some(v) = env_value(ev::CPAWS_AUTH) {
        let parsed = match v.as_str() {
            "sigv4" => AuthChoice::Sigv4,
            "api-key" | "api_key" => AuthChoice::ApiKey,
            "none" => AuthChoice::None,
            other => {
                return Err(CliError::usage(
                    "config.auth",
                    format!("invalid {}={other:?}", ev::CPAWS_AUTH),
                )
                .with_fix(format!("set {} to sigv4, api-key or none", ev::CPAWS_AUTH)));
            }
        };
        Some(Sourced::new(parsed, Source::Env(ev::CPAWS_AUTH)))
    } else {
        pc.auth.map(|a| Sourced::new(a, from_file(())))
    };

    // API key: --api-key-file > ANTHROPIC_AWS_API_KEY > CPAWS_API_KEY_FILE > config api_key_file.
    let api_key = if let Some(path) = &g.api_key_file {
        Some(Sourced::new(
            read_key_file(path)?,
            Source::Flag("--api-key-file"),
        ))
    } else if let Some(k) = env_value(ev::ANTHROPIC_AWS_API_KEY) {
        Some(Sourced::new(
            Secret::new(k),
            Source::Env(ev::ANTHROPIC_AWS_API_KEY),
        ))
    } else if let Some(p) = env_value(ev::CPAWS_API_KEY_FILE) {
        Some(Sourced::new(
            read_key_file(Path::new(&p))?,
            Source::Env(ev::CPAWS_API_KEY_FILE),
        ))
    } else if let Some(p) = &pc.api_key_file {
        Some(Sourced::new(read_key_file(p)?, from_file(())))
    } else {
        None
    };

    let api_key_header = if let Some(h) = g.api_key_header {
        Sourced::new(h, Source::Flag("--api-key-header"))
    } else if let Some(v) = env_value(ev::CPAWS_API_KEY_HEADER) {
        let h = match v.to_ascii_lowercase().as_str() {
            "x-api-key" => ApiKeyHeader::XApiKey,
            "bearer" | "authorization" => ApiKeyHeader::Bearer,
            other => {
                return Err(CliError::usage(
                    "config.api_key_header",
                    format!("invalid {}={other:?}", ev::CPAWS_API_KEY_HEADER),
                )
                .with_fix(format!(
                    "set {} to x-api-key or bearer",
                    ev::CPAWS_API_KEY_HEADER
                )));
            }
        };
        Sourced::new(h, Source::Env(ev::CPAWS_API_KEY_HEADER))
    } else if let Some(h) = pc.api_key_header {
        Sourced::new(h, from_file(()))
    } else {
        Sourced::new(ApiKeyHeader::XApiKey, Source::Default)
    };

    let auth_refresh = env_value(ev::CPAWS_AUTH_REFRESH)
        .map(|v| Sourced::new(v, Source::Env(ev::CPAWS_AUTH_REFRESH)))
        .or_else(|| {
            pc.auth_refresh
                .clone()
                .map(|v| Sourced::new(v, from_file(())))
        });

    let anthropic_version = pick(
        g.anthropic_version.as_ref(),
        "--anthropic-version",
        &[ev::CPAWS_ANTHROPIC_VERSION],
        pc.anthropic_version.as_ref(),
    )
    .unwrap_or_else(|| Sourced::new(DEFAULT_ANTHROPIC_VERSION.to_string(), Source::Default));
    check_header_value(
        &anthropic_version.value,
        "anthropic-version",
        &anthropic_version.source,
        "anthropic_version",
    )?;
    if let Some(k) = &api_key {
        check_header_value(k.value.expose(), "API key", &k.source, "api_key_file")?;
    }

    let max_retries = match g.max_retries {
        Some(n) => n,
        None => match env_value(ev::CPAWS_MAX_RETRIES) {
            Some(v) => env_number(ev::CPAWS_MAX_RETRIES, &v, MAX_RETRIES_RANGE, "retries")?,
            None => pc.max_retries.unwrap_or(DEFAULT_MAX_RETRIES),
        },
    };
    let timeout = match g.timeout {
        Some(n) => n,
        None => match env_value(ev::CPAWS_TIMEOUT) {
            Some(v) => env_number(ev::CPAWS_TIMEOUT, &v, TIMEOUT_RANGE, "seconds")?,
            None => pc.timeout.unwrap_or(DEFAULT_TIMEOUT_SECS),
        },
    };

    check_ca_environment()?;
    check_aws_environment()?;

    let env = EnvNotes {
        anthropic_api_key: env_value(ev::ANTHROPIC_API_KEY).is_some(),
        anthropic_auth_token: env_value(ev::ANTHROPIC_AUTH_TOKEN).is_some(),
        anthropic_workspace_id_wrong_name: env_value(ev::ANTHROPIC_WORKSPACE_ID).is_some(),
        anthropic_base_url: env_value(ev::ANTHROPIC_BASE_URL).is_some(),
        claude_code_use_bedrock: truthy(ev::CLAUDE_CODE_USE_BEDROCK),
        claude_code_use_foundry: truthy(ev::CLAUDE_CODE_USE_FOUNDRY),
        aws_static_credentials: env_value(ev::AWS_ACCESS_KEY_ID).is_some(),
    };
    // First-party secrets must never be sent, but must never be printed either.
    for name in [ev::ANTHROPIC_API_KEY, ev::ANTHROPIC_AUTH_TOKEN] {
        if let Some(v) = env_value(name) {
            register_secret(&v);
        }
    }
    for name in [ev::AWS_SECRET_ACCESS_KEY, ev::AWS_SESSION_TOKEN] {
        if let Some(v) = env_value(name) {
            register_secret(&v);
        }
    }

    Ok(Settings {
        config_path,
        config_loaded,
        profile,
        aws_profile,
        region,
        workspace_id,
        base_url,
        auth_choice,
        api_key,
        api_key_header,
        auth_refresh,
        anthropic_version,
        max_retries,
        timeout: Duration::from_secs(timeout.max(1)),
        env,
    })
}

/// A whole number from an environment variable, within `range` (exit 2 naming the range).
fn env_number<T>(
    var: &str,
    raw: &str,
    range: std::ops::RangeInclusive<T>,
    unit: &str,
) -> Result<T, CliError>
where
    T: std::str::FromStr + PartialOrd + fmt::Display + Copy,
{
    match raw.parse::<T>() {
        Ok(n) if range.contains(&n) => Ok(n),
        _ => Err(CliError::usage(
            "config.out_of_range",
            format!("invalid {var}={:?}", crate::output::sanitize(raw)),
        )
        .with_cause(format!(
            "it takes a whole number of {unit} from {} to {}",
            range.start(),
            range.end()
        ))
        .with_fix(format!(
            "set {var} to a number from {} to {}, or unset it",
            range.start(),
            range.end()
        ))),
    }
}

/// Where to change a value that came from `source` (for fixes).
fn setter(source: &Source, key: &str) -> String {
    match source {
        Source::Flag(f) => (*f).to_string(),
        Source::Env(v) => (*v).to_string(),
        Source::ConfigFile { path, profile } => {
            format!("{key} in [profiles.{profile}] of {}", path.display())
        }
        Source::AwsProfile { name } => format!("region in the AWS profile {name}"),
        Source::Default => key.to_string(),
    }
}

/// A value that is sent as an HTTP header must be printable ASCII: a control character (a pasted
/// newline, an escape sequence) is a setting to fix, not a connection failure.
fn check_header_value(value: &str, what: &str, source: &Source, key: &str) -> Result<(), CliError> {
    match value
        .chars()
        .position(|c| !(c.is_ascii_graphic() || c == ' '))
    {
        None => Ok(()),
        Some(i) => Err(CliError::usage(
            "config.invalid_value",
            format!("the {what} (from {source}) cannot be sent as an HTTP header"),
        )
        .with_cause(format!(
            "character {} is a control or non-ASCII character",
            i + 1
        ))
        .with_fix(format!(
            "set {} again without control characters (a pasted newline or escape sequence)",
            setter(source, key)
        ))),
    }
}

/// AWS SDK files and endpoint overrides that would hang the SDK or make it fail with its internals
/// (a FIFO or `/dev/urandom` as the config file, `AWS_ENDPOINT_URL_STS=garbage`): a clear error
/// up front instead.
pub fn check_aws_environment() -> Result<(), CliError> {
    for var in [ev::AWS_CONFIG_FILE, ev::AWS_SHARED_CREDENTIALS_FILE] {
        if let Some(path) = env_value(var) {
            let path = PathBuf::from(path);
            // A missing file is fine (the SDK treats it as empty); anything else must be a file.
            if std::fs::symlink_metadata(&path).is_ok() {
                check_settings_file(&path, "the AWS shared file", var)?;
            }
        }
    }
    for var in [
        ev::AWS_ENDPOINT_URL,
        ev::AWS_ENDPOINT_URL_STS,
        ev::AWS_ENDPOINT_URL_IAM,
    ] {
        let Some(raw) = env_value(var) else { continue };
        let ok = url::Url::parse(&raw)
            .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.has_host());
        if !ok {
            return Err(CliError::usage(
                "config.endpoint_url",
                format!(
                    "{var}={:?} is not a URL",
                    crate::output::sanitize(&crate::output::mask_userinfo(&raw))
                ),
            )
            .with_cause("the AWS SDK needs an http:// or https:// URL with a host")
            .with_fix(format!(
                "set {var} to a full URL such as https://sts.us-east-1.amazonaws.com, or unset it"
            )));
        }
    }
    Ok(())
}

/// A CA bundle named by AWS_CA_BUNDLE or SSL_CERT_FILE (or a directory by SSL_CERT_DIR) must be
/// usable: the TLS stacks of reqwest and the AWS SDK read them, and the SDK's client panics on a
/// bundle with no certificate. Checked once, up front, with a clear error.
pub fn check_ca_environment() -> Result<(), CliError> {
    for var in [ev::AWS_CA_BUNDLE, ev::SSL_CERT_FILE] {
        let Some(path) = env_value(var) else { continue };
        let err = |why: String| {
            CliError::usage(
                "config.ca_bundle",
                format!("the CA bundle {path} (from {var}) cannot be used"),
            )
            .with_cause(why)
            .with_fix(format!(
                "point {var} at a readable PEM file of CA certificates, or unset it"
            ))
        };
        check_settings_file(Path::new(&path), "the CA bundle", var)?;
        let pem = std::fs::read(&path).map_err(|e| err(e.to_string()))?;
        // One usable certificate is what both TLS stacks need (they skip unparsable ones); stopping
        // at the first keeps a 200 KB system bundle from being decoded on every run.
        use rustls::pki_types::{CertificateDer, pem::PemObject};
        let mut last_error = None;
        let usable = CertificateDer::pem_slice_iter(&pem).any(|c| match c {
            Ok(_) => true,
            Err(e) => {
                last_error = Some(e.to_string());
                false
            }
        });
        if !usable {
            return Err(err(
                last_error.unwrap_or_else(|| "it holds no PEM certificate".into())
            ));
        }
    }
    if let Some(dir) = env_value("SSL_CERT_DIR")
        && !Path::new(&dir).is_dir()
    {
        return Err(CliError::usage(
            "config.ca_bundle",
            format!("SSL_CERT_DIR={dir} is not a directory"),
        )
        .with_fix("point SSL_CERT_DIR at a directory of CA certificates, or unset it"));
    }
    Ok(())
}

fn truthy(name: &str) -> bool {
    env_value(name).is_some_and(|v| {
        !matches!(
            v.to_ascii_lowercase().as_str(),
            "0" | "false" | "no" | "off"
        )
    })
}

fn read_key_file(path: &Path) -> Result<Secret, CliError> {
    let mut buf = String::new();
    if path == Path::new("-") {
        if std::io::stdin().is_terminal() {
            return Err(CliError::usage(
                "config.api_key_stdin",
                "--api-key-file - reads the key from stdin, but stdin is a terminal",
            )
            .with_fix("pipe the key in: `cat key.txt | cpaws … --api-key-file -`"));
        }
        std::io::stdin()
            .take(MAX_KEY_FILE_BYTES)
            .read_to_string(&mut buf)
            .map_err(|e| {
                CliError::usage("config.api_key_stdin", "cannot read the API key from stdin")
                    .with_cause(e.to_string())
            })?;
    } else {
        let f = std::fs::File::open(path).map_err(|e| {
            CliError::usage(
                "config.api_key_file",
                format!("cannot read the API key file {}", path.display()),
            )
            .with_cause(e.to_string())
            .with_fix("check the path and its permissions")
        })?;
        f.take(MAX_KEY_FILE_BYTES)
            .read_to_string(&mut buf)
            .map_err(|e| {
                CliError::usage(
                    "config.api_key_file",
                    format!("cannot read the API key file {}", path.display()),
                )
                .with_cause(e.to_string())
            })?;
    }
    let key = buf.trim().to_string();
    if key.is_empty() || key.contains(char::is_whitespace) {
        return Err(CliError::new(
            exit::USAGE,
            "config.api_key_file",
            format!("the API key file {} does not hold one key", path.display()),
        )
        .with_fix("put only the key, on one line, in the file"));
    }
    Ok(Secret::new(key))
}

/// The `region` of an AWS profile in the shared config files (AWS_CONFIG_FILE honoured).
async fn aws_profile_region(name: &str) -> Option<String> {
    use aws_config::meta::region::ProvideRegion;
    let provider = aws_config::profile::ProfileFileRegionProvider::builder()
        .profile_name(name)
        .build();
    provider
        .region()
        .await
        .map(|r| r.as_ref().to_string())
        .filter(|r| !r.is_empty())
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
