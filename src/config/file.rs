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

/// The keys a profile takes, in the order docs/configuration.md lists them.
pub(super) const PROFILE_KEY_NAMES: [&str; 11] = [
    "workspace_id",
    "region",
    "aws_profile",
    "base_url",
    "auth",
    "api_key_file",
    "api_key_header",
    "auth_refresh",
    "anthropic_version",
    "max_retries",
    "timeout",
];

/// The keys that stand at the top of the file.
const TOP_LEVEL_KEYS: [&str; 2] = ["default_profile", "profiles"];

/// The name serde gives in "unknown field `NAME`, expected …".
fn unknown_field(cause: &str) -> Option<&str> {
    cause
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next())
}

/// The known key closest to a misspelt one (`regoin` → `region`), if one is close.
fn closest_key<'a>(key: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::jaro_winkler(key, k), k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

/// A key at the top of the file that belongs to a profile: the error names it, the profile it
/// belongs in (the file's default_profile, else `default`) and shows the file's top-level profile
/// keys moved there.
fn misplaced_key_error(text: &str, path: &Path, key: &str, position: &str) -> CliError {
    let table: toml::Table = toml::from_str(text).unwrap_or_default();
    let profile = table
        .get("default_profile")
        .and_then(toml::Value::as_str)
        .filter(|p| !p.is_empty())
        .unwrap_or("default");
    // The file's top-level profile keys, in the order it has them.
    let line_of = |key: &str| {
        text.lines().position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
    };
    let mut moved: Vec<(&str, &toml::Value)> = PROFILE_KEY_NAMES
        .iter()
        .filter_map(|k| Some((*k, table.get(*k)?)))
        .collect();
    moved.sort_by_key(|(k, _)| line_of(k));
    let mut snippet = format!("[profiles.{profile}]");
    for (k, v) in moved {
        snippet.push_str(&format!("\n{k} = {v}"));
    }
    let exists = table
        .get("profiles")
        .and_then(toml::Value::as_table)
        .is_some_and(|t| t.contains_key(profile));
    CliError::usage(
        "config.misplaced_key",
        format!(
            "`{key}` stands at the top of the cpaws config file {}{position}, outside any profile",
            path.display()
        ),
    )
    .with_cause(
        "settings belong to a profile section such as [profiles.default]; only default_profile stands at the top (a key before the first [section] is at the top)",
    )
    .with_fix(format!(
        "move it under [profiles.{profile}] ({}), as:\n{snippet}",
        if exists {
            "into the section the file has"
        } else {
            "a new section"
        }
    ))
}

/// Parse and check the text of a cpaws config file (`path` is only named in errors).
pub fn parse_config(text: &str, path: &Path) -> Result<ConfigFile, CliError> {
    let file: ConfigFile = toml::from_str(text).map_err(|e| {
        let cause = e.message().to_string();
        let position = e
            .span()
            .map(|span| {
                let upto = text.get(..span.start).unwrap_or(text);
                let line = upto.matches('\n').count() + 1;
                let col = upto.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                format!(" at line {line}, column {col}")
            })
            .unwrap_or_default();
        let top_level = cause.contains("expected `default_profile` or `profiles`");
        let unknown = unknown_field(&cause);
        if let Some(key) = unknown.filter(|k| top_level && PROFILE_KEY_NAMES.contains(k)) {
            return misplaced_key_error(text, path, key, &position);
        }
        let is_section = |key: &str| {
            toml::from_str::<toml::Table>(text)
                .ok()
                .is_some_and(|t| t.get(key).is_some_and(toml::Value::is_table))
        };
        let fix = match unknown {
            // `[work]` or `[default]`, as in the AWS config file.
            Some(key) if top_level && is_section(key) => format!(
                "profile sections are named [profiles.NAME]: rename [{key}] to [profiles.{key}] in {}",
                path.display()
            ),
            Some(key) if top_level => {
                let all = TOP_LEVEL_KEYS.iter().chain(&PROFILE_KEY_NAMES).copied();
                match closest_key(key, all) {
                    Some(k) if PROFILE_KEY_NAMES.contains(&k) => format!(
                        "did you mean `{k}`? It belongs in a profile: write it under [profiles.default] (or [profiles.NAME]) in {}",
                        path.display()
                    ),
                    Some(k) => format!("did you mean `{k}`? Rename the key in {}", path.display()),
                    None => format!(
                        "remove the key; only default_profile and [profiles.NAME] sections stand at the top of {} (docs/configuration.md)",
                        path.display()
                    ),
                }
            }
            Some(key) => match closest_key(key, PROFILE_KEY_NAMES) {
                Some(k) => format!("did you mean `{k}`? Rename the key in {}", path.display()),
                None => format!(
                    "remove or rename the key; valid profile keys are {PROFILE_KEYS} (docs/configuration.md)"
                ),
            },
            None if cause.contains("invalid type") || cause.contains("invalid value") => {
                format!("give the key a value of the right type: {PROFILE_KEYS}; auth is sigv4, api-key or none; api_key_header is x-api-key or bearer")
            }
            None => format!("fix the TOML syntax in {}", path.display()),
        };
        CliError::usage(
            "config.invalid",
            format!("invalid cpaws config file {}{position}", path.display()),
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
