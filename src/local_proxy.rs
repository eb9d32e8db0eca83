//! What a tool needs to reach a running `cpaws proxy`: its local token (random, from a file, or
//! from `CPAWS_PROXY_TOKEN`) and the environment lines for first-party SDK tools and Claude Code.
//! Shared by `cpaws proxy --print-env`, `cpaws env --via-proxy` and doctor's proxy check.

use std::path::Path;

use crate::error::{CliError, exit};
use crate::output::register_secret;

/// Every token cpaws generates starts with this (so a leaked one is recognisable).
pub const TOKEN_PREFIX: &str = "cpaws-proxy-";
/// What `ANTHROPIC_API_KEY` is set to for a proxy started with `--no-token` (first-party SDKs
/// refuse to start without a key; the proxy ignores it).
pub const NO_TOKEN: &str = "no-token";
/// Refuse token files larger than this (a token is one short line).
const MAX_TOKEN_FILE: u64 = 4096;

/// A new random token: the prefix and 32 random bytes in hex. Registered for redaction.
pub fn new_token() -> String {
    let bytes: [u8; 32] = rand::random();
    let t = format!("{TOKEN_PREFIX}{}", hex::encode(bytes));
    register_secret(&t);
    t
}

fn token_file_error(path: &Path, what: &str, cause: String) -> CliError {
    CliError::new(
        exit::USAGE,
        "proxy.token_file",
        format!("cannot {what} the token file {}", path.display()),
    )
    .with_cause(cause)
    .with_fix("point --token-file at a readable file holding one token line, or at a path where cpaws may create one")
}

/// Read a token file: one line, surrounding whitespace ignored. Registered for redaction.
pub fn read_token_file(path: &Path) -> Result<String, CliError> {
    let meta =
        std::fs::metadata(path).map_err(|e| token_file_error(path, "read", e.to_string()))?;
    if !meta.is_file() || meta.len() > MAX_TOKEN_FILE {
        return Err(token_file_error(
            path,
            "read",
            format!("it is not a regular file of at most {MAX_TOKEN_FILE} bytes"),
        ));
    }
    let text =
        std::fs::read_to_string(path).map_err(|e| token_file_error(path, "read", e.to_string()))?;
    let token = text.trim().to_string();
    let printable = token.chars().all(|c| c.is_ascii_graphic());
    if token.is_empty() || !printable {
        return Err(token_file_error(
            path,
            "use",
            "it must hold one token of printable ASCII characters (no spaces)".into(),
        ));
    }
    register_secret(&token);
    Ok(token)
}

/// The token in `path`; when the file does not exist, a new token written there (mode 0600, atomic).
pub fn load_or_create_token(path: &Path) -> Result<String, CliError> {
    match std::fs::symlink_metadata(path) {
        Ok(_) => read_token_file(path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let token = new_token();
            crate::atomic::write(path, format!("{token}\n").as_bytes())
                .map_err(|e| token_file_error(path, "create", e.to_string()))?;
            Ok(token)
        }
        Err(e) => Err(token_file_error(path, "read", e.to_string())),
    }
}

/// The environment another tool needs to use a proxy at `url` (no trailing slash): first-party
/// SDK tools (`ANTHROPIC_BASE_URL`, `ANTHROPIC_API_KEY`), then Claude Code
/// (`CLAUDE_CODE_USE_ANTHROPIC_AWS`, `CLAUDE_CODE_SKIP_ANTHROPIC_AWS_AUTH`, `ANTHROPIC_AWS_BASE_URL`,
/// the token as `ANTHROPIC_AUTH_TOKEN`, and the workspace it requires).
pub fn env_vars(
    url: &str,
    token: Option<&str>,
    workspace_id: Option<&str>,
) -> Vec<(String, String)> {
    let url = url.trim_end_matches('/');
    let token = token.unwrap_or(NO_TOKEN);
    let mut v = vec![
        ("ANTHROPIC_BASE_URL".to_string(), url.to_string()),
        ("ANTHROPIC_API_KEY".to_string(), token.to_string()),
        ("CLAUDE_CODE_USE_ANTHROPIC_AWS".to_string(), "1".to_string()),
        (
            "CLAUDE_CODE_SKIP_ANTHROPIC_AWS_AUTH".to_string(),
            "1".to_string(),
        ),
        ("ANTHROPIC_AWS_BASE_URL".to_string(), url.to_string()),
        ("ANTHROPIC_AUTH_TOKEN".to_string(), token.to_string()),
    ];
    if let Some(ws) = workspace_id {
        v.push(("ANTHROPIC_AWS_WORKSPACE_ID".to_string(), ws.to_string()));
    }
    v
}

/// `export K=V` for a POSIX shell, the value single-quoted unless it is plain.
pub fn posix_export(k: &str, v: &str) -> String {
    let plain = !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:@%+=,".contains(c));
    if plain {
        format!("export {k}={v}")
    } else {
        format!("export {k}='{}'", v.replace('\'', "'\\''"))
    }
}

/// Whether `url` is an `http://` URL on a loopback address (where a `cpaws proxy` listens).
pub fn is_loopback_url(url: &str) -> bool {
    let Ok(u) = url::Url::parse(url) else {
        return false;
    };
    if u.scheme() != "http" {
        return false;
    }
    match u.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_recognisable() {
        let a = new_token();
        let b = new_token();
        assert_ne!(a, b);
        assert!(a.starts_with(TOKEN_PREFIX));
        assert_eq!(a.len(), TOKEN_PREFIX.len() + 64);
    }

    #[test]
    fn token_file_is_created_once_then_read() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("tok");
        let t = load_or_create_token(&p).unwrap();
        assert_eq!(load_or_create_token(&p).unwrap(), t);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&p).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "{mode:o}");
        }
        std::fs::write(&p, "two words\n").unwrap();
        assert_eq!(
            load_or_create_token(&p).unwrap_err().code,
            "proxy.token_file"
        );
    }

    #[test]
    fn env_and_loopback() {
        let v = env_vars("http://127.0.0.1:9/", Some("t0ken-value"), None);
        assert_eq!(
            v[0],
            ("ANTHROPIC_BASE_URL".into(), "http://127.0.0.1:9".into())
        );
        assert!(v.contains(&("ANTHROPIC_AUTH_TOKEN".into(), "t0ken-value".into())));
        assert_eq!(posix_export("A", "it's"), "export A='it'\\''s'");
        assert!(is_loopback_url("http://127.0.0.1:8080"));
        assert!(is_loopback_url("http://localhost:8080/"));
        assert!(is_loopback_url("http://[::1]:1"));
        assert!(!is_loopback_url("https://127.0.0.1:8080"));
        assert!(!is_loopback_url("http://10.0.0.1:8080"));
    }
}
