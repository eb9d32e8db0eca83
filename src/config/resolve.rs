//! Resolution: every setting from flags, environment, the config file and the AWS profile, in
//! that order, each with where it came from.

use super::*;

/// Resolve every setting. `aws_profile_region` looks up the AWS profile's region (async in the
/// AWS SDK); it is only called when no other layer set the region.
pub async fn resolve(g: &Overrides) -> Result<Settings, CliError> {
    let (config_path, config_loaded, file) = load_config(g)?;
    let (profile, profile_name, pc) = select_profile(g, &file, &config_path, config_loaded)?;
    let layer = FileLayer {
        path: config_path.clone().unwrap_or_default(),
        profile: profile_name,
    };
    let endpoint = resolve_endpoint(g, &layer, &pc).await?;
    let auth = resolve_auth(g, &layer, &pc)?;
    let anthropic_version = resolve_anthropic_version(g, &layer, &pc)?;
    if let Some(k) = &auth.api_key {
        check_header_value(k.value.expose(), "API key", &k.source, "api_key_file")?;
    }
    let (max_retries, timeout) = resolve_limits(g, &pc)?;

    check_ca_environment()?;
    check_aws_environment()?;
    let env = env_notes();

    Ok(Settings {
        config_path,
        config_loaded,
        profile,
        aws_profile: endpoint.aws_profile,
        region: endpoint.region,
        workspace_id: endpoint.workspace_id,
        base_url: endpoint.base_url,
        auth_choice: auth.auth_choice,
        api_key: auth.api_key,
        api_key_header: auth.api_key_header,
        auth_token: auth.auth_token,
        auth_refresh: auth.auth_refresh,
        anthropic_version,
        max_retries,
        timeout: Duration::from_secs(timeout.max(1)),
        env,
    })
}

/// The config file: `--config` > `CPAWS_CONFIG` > the default location. Returns its path, whether
/// it was loaded, and its contents (empty when there is none).
fn load_config(g: &Overrides) -> Result<(Option<PathBuf>, bool, ConfigFile), CliError> {
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
    Ok((config_path, config_loaded, file))
}

/// The cpaws profile (`--profile` > `CPAWS_PROFILE` > `default_profile`), its name, and its
/// section of the config file. Naming a profile the file does not define is an error.
fn select_profile(
    g: &Overrides,
    file: &ConfigFile,
    config_path: &Option<PathBuf>,
    config_loaded: bool,
) -> Result<(Option<Sourced<String>>, String, ProfileConfig), CliError> {
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
            let known: Vec<&str> = file.profiles.keys().map(String::as_str).collect();
            let chosen_by = match profile.as_ref().map(|p| &p.source) {
                Some(Source::ConfigFile { .. }) => "default_profile".to_string(),
                Some(source) => source.to_string(),
                None => "the default".to_string(),
            };
            let choose = match profile.as_ref().map(|p| &p.source) {
                _ if known.is_empty() => String::new(),
                Some(Source::Flag(f)) => format!("pass {f} {}, or ", known.join(" or ")),
                Some(Source::Env(v)) => format!("set {v} to {}, or ", known.join(" or ")),
                _ => format!("set default_profile to {}, or ", known.join(" or ")),
            };
            return Err(CliError::usage(
                "config.unknown_profile",
                format!("the cpaws profile {profile_name:?} (from {chosen_by}) is not defined"),
            )
            .with_cause(match &config_path {
                Some(p) if config_loaded => format!(
                    "the cpaws config file {} defines {}",
                    p.display(),
                    if known.is_empty() {
                        "no profiles".to_string()
                    } else {
                        format!("the profiles {}", known.join(", "))
                    }
                ),
                Some(p) => format!("there is no cpaws config file at {}", p.display()),
                None => "there is no cpaws config file".into(),
            })
            .with_fix(format!(
                "{choose}add [profiles.{profile_name}] to the config file (docs/configuration.md)"
            )));
        }
        None => ProfileConfig::default(),
    };
    Ok((profile, profile_name, pc))
}

/// The config file's profile section as a layer: where a value from it came from, and the
/// flag > environment > file chain.
struct FileLayer {
    path: PathBuf,
    profile: String,
}

impl FileLayer {
    fn source(&self) -> Source {
        Source::ConfigFile {
            path: self.path.clone(),
            profile: self.profile.clone(),
        }
    }

    /// The first of the flag, the environment variables and the file value that is set.
    fn pick(
        &self,
        flag: Option<&String>,
        flag_name: &'static str,
        envs: &[&'static str],
        file_value: Option<&String>,
    ) -> Option<Sourced<String>> {
        if let Some(v) = flag.map(|s| s.trim()).filter(|s| !s.is_empty()) {
            return Some(Sourced::new(v.to_string(), Source::Flag(flag_name)));
        }
        if let Some((v, n)) = first_env(envs) {
            return Some(Sourced::new(v, Source::Env(n)));
        }
        file_value.map(|v| Sourced::new(v.clone(), self.source()))
    }
}

/// Where requests go: the AWS profile, region, workspace and base URL.
struct Endpoint {
    aws_profile: Option<Sourced<String>>,
    region: Option<Sourced<String>>,
    workspace_id: Option<Sourced<String>>,
    base_url: Option<Sourced<String>>,
}

/// The AWS profile, region (the AWS profile's region last), workspace ID and base URL, checked.
async fn resolve_endpoint(
    g: &Overrides,
    layer: &FileLayer,
    pc: &ProfileConfig,
) -> Result<Endpoint, CliError> {
    let aws_profile = layer.pick(
        g.aws_profile.as_ref(),
        "--aws-profile",
        &[ev::AWS_PROFILE],
        pc.aws_profile.as_ref(),
    );
    let mut region = layer.pick(
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
    let workspace_id = layer.pick(
        g.workspace_id.as_ref(),
        "--workspace-id",
        &[ev::CPAWS_WORKSPACE_ID, ev::ANTHROPIC_AWS_WORKSPACE_ID],
        pc.workspace_id.as_ref(),
    );
    let base_url = layer.pick(
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
    register_url_passwords(base_url.as_ref());
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
    Ok(Endpoint {
        aws_profile,
        region,
        workspace_id,
        base_url,
    })
}

/// Passwords in URLs (the base URL, proxies) are secrets: redacted wherever a library logs the
/// URL in another form (hyper's pool keys print `user:password@host`).
fn register_url_passwords(base_url: Option<&Sourced<String>>) {
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
}

/// How requests authenticate.
struct Auth {
    auth_choice: Option<Sourced<AuthChoice>>,
    api_key: Option<Sourced<Secret>>,
    api_key_header: Sourced<ApiKeyHeader>,
    auth_token: Option<Sourced<Secret>>,
    auth_refresh: Option<Sourced<String>>,
}

/// The auth mode, API key and its header, the gateway token and the auth_refresh command.
fn resolve_auth(g: &Overrides, layer: &FileLayer, pc: &ProfileConfig) -> Result<Auth, CliError> {
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
        pc.auth.map(|a| Sourced::new(a, layer.source()))
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
        Some(Sourced::new(read_key_file(p)?, layer.source()))
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
        Sourced::new(h, layer.source())
    } else {
        Sourced::new(ApiKeyHeader::XApiKey, Source::Default)
    };

    // Claude Code's gateway mode: without AWS authentication, ANTHROPIC_AUTH_TOKEN goes to the
    // gateway as a bearer token. With any other mode it is never read for sending.
    let auth_token = match &auth_choice {
        Some(c) if c.value == AuthChoice::None => env_value(ev::ANTHROPIC_AUTH_TOKEN)
            .map(|t| Sourced::new(Secret::new(t), Source::Env(ev::ANTHROPIC_AUTH_TOKEN))),
        _ => None,
    };
    if let Some(t) = &auth_token {
        check_header_value(t.value.expose(), "gateway token", &t.source, "auth_token")?;
    }

    let auth_refresh = env_value(ev::CPAWS_AUTH_REFRESH)
        .map(|v| Sourced::new(v, Source::Env(ev::CPAWS_AUTH_REFRESH)))
        .or_else(|| {
            pc.auth_refresh
                .clone()
                .map(|v| Sourced::new(v, layer.source()))
        });
    Ok(Auth {
        auth_choice,
        api_key,
        api_key_header,
        auth_token,
        auth_refresh,
    })
}

/// The `anthropic-version` header value, checked.
fn resolve_anthropic_version(
    g: &Overrides,
    layer: &FileLayer,
    pc: &ProfileConfig,
) -> Result<Sourced<String>, CliError> {
    let anthropic_version = layer
        .pick(
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
    Ok(anthropic_version)
}

/// Retries and the timeout in seconds: flag > environment > file > default.
fn resolve_limits(g: &Overrides, pc: &ProfileConfig) -> Result<(u32, u64), CliError> {
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
    Ok((max_retries, timeout))
}

/// What the environment says about other tools' settings; registers the secrets it holds.
fn env_notes() -> EnvNotes {
    let env = EnvNotes {
        anthropic_api_key: env_value(ev::ANTHROPIC_API_KEY).is_some(),
        anthropic_auth_token: env_value(ev::ANTHROPIC_AUTH_TOKEN).is_some(),
        anthropic_workspace_id_wrong_name: env_value(ev::ANTHROPIC_WORKSPACE_ID).is_some(),
        anthropic_base_url: env_value(ev::ANTHROPIC_BASE_URL).is_some(),
        claude_code_use_bedrock: truthy(ev::CLAUDE_CODE_USE_BEDROCK),
        claude_code_use_foundry: truthy(ev::CLAUDE_CODE_USE_FOUNDRY),
        claude_code_use_anthropic_aws: env_value(ev::CLAUDE_CODE_USE_ANTHROPIC_AWS),
        anthropic_aws_workspace_id: env_value(ev::ANTHROPIC_AWS_WORKSPACE_ID).is_some(),
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
    env
}

/// A whole number from an environment variable, within `range` (exit 2 naming the range).
pub(super) fn env_number<T>(
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
pub fn setter(source: &Source, key: &str) -> String {
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
pub(super) fn check_header_value(
    value: &str,
    what: &str,
    source: &Source,
    key: &str,
) -> Result<(), CliError> {
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

pub(super) fn truthy(name: &str) -> bool {
    env_value(name).is_some_and(|v| {
        !matches!(
            v.to_ascii_lowercase().as_str(),
            "0" | "false" | "no" | "off"
        )
    })
}

/// The `region` of an AWS profile in the shared config files (AWS_CONFIG_FILE honoured).
pub(super) async fn aws_profile_region(name: &str) -> Option<String> {
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
