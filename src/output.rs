//! Output: one printer for every command, colour rules, redaction of secrets and sanitising of
//! untrusted text.
//!
//! Rules (docs/output.md): data goes to stdout, everything else to stderr; `--json` prints only JSON
//! on stdout; colour only on a TTY (anstream honours NO_COLOR / CLICOLOR / CLICOLOR_FORCE and
//! `--color`); text that came from a server or a model is stripped of control sequences; every
//! secret cpaws has seen is replaced by `[REDACTED]` in everything it writes.

use std::io::{IsTerminal, Write};
use std::sync::{Mutex, OnceLock};

use anstyle::{AnsiColor, Style};
use serde::Serialize;

pub const BOLD: Style = Style::new().bold();
pub const GOOD: Style = AnsiColor::Green.on_default().bold();
pub const WARN: Style = AnsiColor::Yellow.on_default().bold();
pub const ERROR: Style = AnsiColor::Red.on_default().bold();
pub const DIM: Style = Style::new().dimmed();
pub const NOTE: Style = AnsiColor::Cyan.on_default().bold();

/// Secrets registered at run time (API keys, secret access keys, session tokens).
fn secrets() -> &'static Mutex<Vec<String>> {
    static SECRETS: OnceLock<Mutex<Vec<String>>> = OnceLock::new();
    SECRETS.get_or_init(|| Mutex::new(Vec::new()))
}

/// Remember a secret value so that it is redacted from every output. Short values are ignored
/// (they would redact ordinary words).
pub fn register_secret(value: &str) {
    let value = value.trim();
    if value.len() < 8 {
        return;
    }
    if let Ok(mut list) = secrets().lock()
        && !list.iter().any(|s| s == value)
    {
        list.push(value.to_string());
        // Longest first so that a secret containing another is replaced whole.
        list.sort_by_key(|s| std::cmp::Reverse(s.len()));
    }
}

/// Replace every registered secret and every secret-shaped token in `text`.
pub fn redact(text: &str) -> String {
    let mut out = text.to_string();
    if let Ok(list) = secrets().lock() {
        for s in list.iter() {
            if out.contains(s.as_str()) {
                out = out.replace(s.as_str(), "[REDACTED]");
            }
        }
    }
    redact_patterns(&out)
}

/// Pattern-based redaction for secrets cpaws never registered (e.g. echoed by a server).
fn redact_patterns(text: &str) -> String {
    const PREFIXES: [&str; 3] = ["aws-external-anthropic-api-key-", "sk-ant-", "Signature="];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    'outer: loop {
        let mut best: Option<(usize, &str)> = None;
        for p in PREFIXES {
            if let Some(i) = rest.find(p)
                && best.is_none_or(|(b, _)| i < b)
            {
                best = Some((i, p));
            }
        }
        let Some((i, p)) = best else {
            out.push_str(rest);
            break 'outer;
        };
        out.push_str(&rest[..i + p.len()]);
        let tail = &rest[i + p.len()..];
        let end = tail
            .find(|c: char| !(c.is_ascii_alphanumeric() || "+/=_-".contains(c)))
            .unwrap_or(tail.len());
        if end >= 8 {
            out.push_str("[REDACTED]");
        } else {
            out.push_str(&tail[..end]);
        }
        rest = &tail[end..];
    }
    out
}

/// Strip terminal control sequences and other control characters from untrusted text, keeping
/// newlines and tabs. Bidi overrides are removed too.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => {
                // ESC: skip a CSI/OSC sequence or a two-byte escape.
                match chars.peek() {
                    Some('[') => {
                        chars.next();
                        for d in chars.by_ref() {
                            if ('\u{40}'..='\u{7e}').contains(&d) {
                                break;
                            }
                        }
                    }
                    Some(']') => {
                        chars.next();
                        while let Some(d) = chars.next() {
                            if d == '\u{7}' {
                                break;
                            }
                            if d == '\u{1b}' {
                                if chars.peek() == Some(&'\\') {
                                    chars.next();
                                }
                                break;
                            }
                        }
                    }
                    Some(_) => {
                        chars.next();
                    }
                    None => {}
                }
            }
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            c => out.push(c),
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

pub fn init_color(choice: ColorChoice) {
    let c = match choice {
        ColorChoice::Auto => anstream::ColorChoice::Auto,
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
    };
    c.write_global();
}

/// The one printer. Everything a command writes goes through it.
#[derive(Clone, Debug)]
pub struct Printer {
    pub json: bool,
    pub quiet: bool,
}

impl Printer {
    pub fn new(json: bool, quiet: bool) -> Self {
        Printer { json, quiet }
    }

    /// Print a JSON document (redacted) to stdout.
    pub fn json<T: Serialize>(&self, value: &T) -> std::io::Result<()> {
        let text = serde_json::to_string_pretty(value).map_err(std::io::Error::other)?;
        let mut out = std::io::stdout().lock();
        writeln!(out, "{}", redact(&text))?;
        out.flush()
    }

    /// Data the user explicitly asked to see with its secrets (`--include-secrets`, a newly
    /// created key). Not redacted; only ever used for those outputs.
    pub fn out_with_secrets(&self, text: &str) -> std::io::Result<()> {
        let mut out = anstream::stdout().lock();
        write!(out, "{text}")?;
        out.flush()
    }

    /// JSON that the user explicitly asked to see with its secrets. Not redacted.
    pub fn json_with_secrets<T: Serialize>(&self, value: &T) -> std::io::Result<()> {
        let text = serde_json::to_string_pretty(value).map_err(std::io::Error::other)?;
        let mut out = std::io::stdout().lock();
        writeln!(out, "{text}")?;
        out.flush()
    }

    /// Data for stdout in human mode (already styled); redacted.
    pub fn out(&self, text: &str) -> std::io::Result<()> {
        let mut out = anstream::stdout().lock();
        write!(out, "{}", redact(text))?;
        out.flush()
    }

    /// A line on stderr (status, progress, hints). Suppressed by --quiet.
    pub fn info(&self, text: &str) {
        if self.quiet {
            return;
        }
        let mut err = anstream::stderr().lock();
        let _ = writeln!(err, "{}", redact(text));
    }

    pub fn warn(&self, text: &str) {
        if self.quiet {
            return;
        }
        let mut err = anstream::stderr().lock();
        let _ = writeln!(err, "{WARN}warning{WARN:#}: {}", redact(text));
    }

    pub fn stderr_is_tty(&self) -> bool {
        std::io::stderr().is_terminal()
    }

    /// A spinner on stderr when it is a terminal and output is for a human; hidden otherwise.
    pub fn spinner(&self, msg: &str) -> indicatif::ProgressBar {
        if self.json || self.quiet || !self.stderr_is_tty() {
            return indicatif::ProgressBar::hidden();
        }
        let pb = indicatif::ProgressBar::new_spinner();
        pb.set_message(msg.to_string());
        pb.enable_steady_tick(std::time::Duration::from_millis(100));
        pb
    }
}

/// A `tracing` writer that redacts secrets and writes to stderr.
#[derive(Clone, Copy, Default)]
pub struct RedactingStderr;

impl Write for RedactingStderr {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        std::io::stderr().write_all(redact(&text).as_bytes())?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for RedactingStderr {
    type Writer = RedactingStderr;
    fn make_writer(&'a self) -> Self::Writer {
        RedactingStderr
    }
}

/// Mask an identifier for display: keep a recognisable prefix.
pub fn mask(value: &str, keep: usize) -> String {
    let n = value.chars().count();
    if n <= keep {
        return "*".repeat(n);
    }
    let head: String = value.chars().take(keep).collect();
    format!("{head}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_strips_escape_sequences_and_controls() {
        let evil = "ok\u{1b}[31mred\u{1b}[0m \u{1b}]0;title\u{7}x\u{0}y\u{202e}z\n\tend";
        assert_eq!(sanitize(evil), "okred xyz\n\tend");
    }

    #[test]
    fn registered_secrets_are_redacted() {
        register_secret("SUPERSECRETVALUE123");
        assert_eq!(redact("a SUPERSECRETVALUE123 b"), "a [REDACTED] b");
    }

    #[test]
    fn secret_shaped_tokens_are_redacted() {
        let t = redact(
            "key aws-external-anthropic-api-key-YXdzLWV4dGVybmFs== and sk-ant-api03-abcdefghijk x",
        );
        assert_eq!(
            t,
            "key aws-external-anthropic-api-key-[REDACTED] and sk-ant-[REDACTED] x"
        );
        assert_eq!(redact("Signature=abc"), "Signature=abc");
        assert!(redact("Signature=0123456789abcdef0123").ends_with("[REDACTED]"));
    }
}
