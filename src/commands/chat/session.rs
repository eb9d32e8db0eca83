//! Sessions on disk: `<data dir>/cpaws/sessions/NAME.json`, written atomically (temp file in the
//! same directory + rename), so a crash or Ctrl-C never leaves a half-written session.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::cost::Usage;
use crate::error::CliError;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Session {
    pub name: String,
    #[serde(default)]
    pub model: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
    /// The conversation exactly as sent to the Messages API (assistant turns verbatim, thinking
    /// blocks with their signatures).
    #[serde(default)]
    pub messages: Vec<Value>,
    /// Summed usage of every answer in the session.
    #[serde(default)]
    pub usage: Usage,
}

pub fn data_dir() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().ok()?;
    Some(base.data_dir().join("cpaws"))
}

pub fn sessions_dir() -> Result<PathBuf, CliError> {
    data_dir().map(|d| d.join("sessions")).ok_or_else(|| {
        CliError::usage(
            "chat.no_data_dir",
            "cannot find the data directory (no HOME)",
        )
        .with_fix("set HOME or XDG_DATA_HOME")
    })
}

pub fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Session names: letters, digits, `.`, `_`, `-`; 1–64 characters; not starting with `.`.
pub fn check_name(name: &str) -> Result<(), CliError> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(())
    } else {
        Err(CliError::usage(
            "chat.bad_session_name",
            format!("{name:?} is not a valid session name"),
        )
        .with_fix("use 1-64 letters, digits, '.', '_' or '-' (not starting with '.')"))
    }
}

/// A fresh name for an unnamed conversation: `chat-YYYYMMDD-HHMMSS` (plus `-N` if taken).
pub fn new_name(dir: &Path) -> String {
    let now = time::OffsetDateTime::now_utc();
    let base = format!(
        "chat-{:04}{:02}{:02}-{:02}{:02}{:02}",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    );
    let mut name = base.clone();
    let mut n = 2;
    while dir.join(format!("{name}.json")).exists() {
        name = format!("{base}-{n}");
        n += 1;
    }
    name
}

fn path_of(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{name}.json"))
}

fn no_such_session(name: &str) -> CliError {
    CliError::usage("chat.no_such_session", format!("no session named {name:?}"))
        .with_fix("`cpaws chat list` shows the saved sessions")
}

pub fn load(name: &str) -> Result<Session, CliError> {
    check_name(name)?;
    let dir = sessions_dir()?;
    let path = path_of(&dir, name);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            no_such_session(name)
        } else {
            CliError::new(
                crate::error::exit::FAILURE,
                "chat.session_unreadable",
                format!("cannot read {}", path.display()),
            )
            .with_cause(e.to_string())
        }
    })?;
    serde_json::from_str(&text).map_err(|e| {
        CliError::new(
            crate::error::exit::FAILURE,
            "chat.session_corrupt",
            format!("{} is not a cpaws session", path.display()),
        )
        .with_cause(e.to_string())
    })
}

/// Write atomically: a temp file in the sessions directory, fsync, rename over the old file.
pub fn save(s: &Session) -> Result<PathBuf, CliError> {
    let dir = sessions_dir()?;
    let fail = |what: &str, e: &dyn std::fmt::Display| {
        CliError::new(
            crate::error::exit::FAILURE,
            "chat.session_write",
            format!("cannot save the session {}: {what}", s.name),
        )
        .with_cause(e.to_string())
    };
    std::fs::create_dir_all(&dir).map_err(|e| fail("create the directory", &e))?;
    let text = serde_json::to_vec_pretty(s).map_err(|e| fail("encode", &e))?;
    let path = path_of(&dir, &s.name);
    crate::atomic::write(&path, &text).map_err(|e| fail("write", &e))?;
    Ok(path)
}

/// Every saved session, most recently updated first.
pub fn list() -> Result<Vec<Session>, CliError> {
    let dir = sessions_dir()?;
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return Ok(out);
    };
    for entry in rd.flatten() {
        let p = entry.path();
        if p.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let Some(name) = p.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if check_name(name).is_err() {
            continue;
        }
        if let Ok(s) = load(name) {
            out.push(s);
        }
    }
    out.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(b.name.cmp(&a.name)));
    Ok(out)
}

/// Whether a session of that name is saved.
pub fn exists(name: &str) -> Result<bool, CliError> {
    check_name(name)?;
    Ok(path_of(&sessions_dir()?, name).exists())
}

pub fn remove(name: &str) -> Result<(), CliError> {
    check_name(name)?;
    let path = path_of(&sessions_dir()?, name);
    std::fs::remove_file(&path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            no_such_session(name)
        } else {
            CliError::new(
                crate::error::exit::FAILURE,
                "chat.session_remove",
                format!("cannot remove {}", path.display()),
            )
            .with_cause(e.to_string())
        }
    })
}

/// The first user text of a session, shortened, for listings.
pub fn title(s: &Session) -> String {
    let first = s
        .messages
        .iter()
        .find(|m| m["role"] == "user")
        .map(|m| match &m["content"] {
            Value::String(t) => t.clone(),
            Value::Array(b) => b
                .iter()
                .filter(|x| x["type"] == "text")
                .filter_map(|x| x["text"].as_str())
                .collect::<Vec<_>>()
                .join(" "),
            _ => String::new(),
        })
        .unwrap_or_default();
    let one_line: String = first.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut t: String = one_line.chars().take(60).collect();
    if one_line.chars().count() > 60 {
        t.push('…');
    }
    crate::output::sanitize(&t)
}
