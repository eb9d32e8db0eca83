//! Sessions on disk: `<data dir>/cpaws/sessions/NAME.json`, written atomically (temp file in the
//! same directory + rename), so a crash or Ctrl-C never leaves a half-written session. A command
//! that writes a session holds an advisory lock on `<data dir>/cpaws/session-locks/NAME.lock` from
//! before it reads the session until its last write ([`lock`]), so two processes on one session
//! never lose a turn.
//! A session is named by its file: the `name` inside a file is not trusted.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

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
    crate::paths::data_dir()
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

fn corrupt(name: &str, path: &Path, e: &serde_json::Error) -> CliError {
    CliError::usage(
        "chat.session_corrupt",
        format!("{} is not a cpaws session", path.display()),
    )
    .with_cause(e.to_string())
    .with_fix(format!(
        "remove it with `cpaws chat rm {name}`, or repair the file (it is JSON)"
    ))
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
    let mut s: Session = serde_json::from_str(&text).map_err(|e| corrupt(name, &path, &e))?;
    // The file's name is the session's name (a name inside could point elsewhere on save).
    s.name = name.to_string();
    Ok(s)
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

/// One file in the sessions directory: a session, or why it cannot be read.
pub struct Entry {
    pub name: String,
    pub path: PathBuf,
    /// When it was last updated (`updated_at`, else the file's modification time).
    pub when: Option<time::OffsetDateTime>,
    pub session: Result<Session, CliError>,
}

impl Entry {
    /// `when` as RFC 3339 (UTC), or empty.
    pub fn when_rfc3339(&self) -> String {
        self.when
            .and_then(|t| {
                t.format(&time::format_description::well_known::Rfc3339)
                    .ok()
            })
            .unwrap_or_default()
    }
}

/// Every saved session, readable or not, most recently updated first.
pub fn list() -> Result<Vec<Entry>, CliError> {
    use time::format_description::well_known::Rfc3339;
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
        let session = load(name);
        let modified = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .map(time::OffsetDateTime::from);
        let when = session
            .as_ref()
            .ok()
            .and_then(|s| time::OffsetDateTime::parse(&s.updated_at, &Rfc3339).ok())
            .or(modified);
        out.push(Entry {
            name: name.to_string(),
            path: p.clone(),
            when,
            session,
        });
    }
    out.sort_by(|a, b| b.when.cmp(&a.when).then(b.name.cmp(&a.name)));
    Ok(out)
}

/// How long a command waits for a session another cpaws process holds.
pub const LOCK_WAIT: Duration = Duration::from_secs(2);

/// The advisory lock on one session, released when dropped (or when the process ends, however it
/// ends). The lock files live apart from the sessions, in `session-locks/`, and stay: removing one
/// would let two processes lock different files of one name.
#[derive(Debug)]
pub struct SessionLock {
    _file: Option<std::fs::File>,
}

/// Where the session locks are: `<data dir>/cpaws/session-locks`.
pub fn locks_dir() -> Result<PathBuf, CliError> {
    Ok(sessions_dir()?.with_file_name("session-locks"))
}

fn in_use(name: &str) -> CliError {
    CliError::usage(
        "chat.session_in_use",
        format!("session {name} is in use by another cpaws process"),
    )
    .with_cause(format!(
        "another `cpaws chat` has held it for more than {} s; two at once would lose a turn",
        LOCK_WAIT.as_secs()
    ))
    .with_fix("wait for the other chat to finish, or use another session: --session OTHER_NAME")
}

/// Lock the session `name` for this process: waits up to [`LOCK_WAIT`] for another process to
/// finish with it, then refuses (`chat.session_in_use`, exit 2). Where locks are not possible
/// (a directory that cannot be written, a file system without locks) the command goes on
/// unlocked: saving will say what is wrong.
pub async fn lock(name: &str) -> Result<SessionLock, CliError> {
    check_name(name)?;
    let dir = locks_dir()?;
    let path = dir.join(format!("{name}.lock"));
    let unlocked = |why: &dyn std::fmt::Display| {
        tracing::warn!(
            "cannot lock {}: {why}; going on without a lock",
            path.display()
        );
        Ok(SessionLock { _file: None })
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        return unlocked(&e);
    }
    let file = match std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
    {
        Ok(f) => f,
        Err(e) => return unlocked(&e),
    };
    let deadline = Instant::now() + LOCK_WAIT;
    // Bounded: at most LOCK_WAIT / 50 ms rounds.
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(SessionLock { _file: Some(file) }),
            Err(std::fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            Err(std::fs::TryLockError::WouldBlock) => return Err(in_use(name)),
            Err(std::fs::TryLockError::Error(e)) => return unlocked(&e),
        }
    }
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
