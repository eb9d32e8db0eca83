//! The cpaws config file (`config.toml`): its schema, loading with clear errors, and the API key
//! file.

use super::*;

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
pub(super) const PROFILE_KEYS: &str = "workspace_id, region, aws_profile, base_url, auth, api_key_file, api_key_header, auth_refresh, anthropic_version (strings), max_retries, timeout (whole numbers)";

pub(super) fn load_file(path: &Path, set_by: &str) -> Result<ConfigFile, CliError> {
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

pub(super) fn read_key_file(path: &Path) -> Result<Secret, CliError> {
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
