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

/// Secrets registered at run time (API keys, secret access keys, session tokens), in every
/// form, and one automaton that finds them all in a single pass (output is redacted as it is
/// written, a streamed answer included).
#[derive(Default)]
struct Registry {
    forms: Vec<String>,
    matcher: Option<aho_corasick::AhoCorasick>,
}

impl Registry {
    fn add(&mut self, forms: Vec<String>) {
        let before = self.forms.len();
        for f in forms {
            if !self.forms.contains(&f) {
                self.forms.push(f);
            }
        }
        if self.forms.len() != before {
            self.matcher = aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&self.forms)
                .ok();
        }
    }

    fn contains(&self, form: &str) -> bool {
        self.forms.iter().any(|f| f == form)
    }
}

fn secrets() -> &'static Mutex<Registry> {
    static SECRETS: OnceLock<Mutex<Registry>> = OnceLock::new();
    SECRETS.get_or_init(|| Mutex::new(Registry::default()))
}

/// Remember a secret value so that it is redacted from every output, in every encoding in which
/// it can appear there (see [`encodings`]). Short values are ignored (they would redact ordinary
/// words).
pub fn register_secret(value: &str) {
    let value = value.trim();
    if value.len() < 8 {
        return;
    }
    if let Ok(mut reg) = secrets().lock() {
        if reg.contains(value) {
            return;
        }
        reg.add(encodings(value));
    }
}

/// Remember a password from a URL's userinfo (a base URL, a proxy). Passwords are often short, so
/// the minimum is lower than for keys; every encoding is covered as for other secrets.
pub fn register_password(value: &str) {
    if value.len() < 4 {
        return;
    }
    if let Ok(mut reg) = secrets().lock() {
        reg.add(encodings(value));
    }
}

/// Shortest encoded fragment worth redacting (shorter ones would match ordinary text).
const MIN_FORM: usize = 8;

/// The forms in which a secret can reach output: raw; percent-encoded (upper- and lower-case hex,
/// as in a presigned URL's `X-Amz-Security-Token=`); JSON-escaped (`\/` too); and base64 (standard
/// and URL-safe) of the raw and the percent-encoded forms at each of the three byte alignments it
/// can have inside a longer encoded text (a short-term API key is base64 of a presigned URL that
/// holds the percent-encoded session token), keeping only the characters that depend on the
/// secret alone.
pub fn encodings(secret: &str) -> Vec<String> {
    use base64::Engine;
    use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};
    let mut forms = vec![secret.to_string()];
    let pct_upper =
        percent_encoding::utf8_percent_encode(secret, percent_encoding::NON_ALPHANUMERIC)
            .to_string();
    // Only the characters the token generator escapes (unreserved ones stay) as well.
    const QUERY: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');
    let pct_query = percent_encoding::utf8_percent_encode(secret, QUERY).to_string();
    let lower_hex = |s: &str| {
        let mut out = String::with_capacity(s.len());
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            out.push(c);
            if c == '%' {
                for h in chars.by_ref().take(2) {
                    out.push(h.to_ascii_lowercase());
                }
            }
        }
        out
    };
    let mut text_forms = vec![secret.to_string()];
    for p in [pct_upper.clone(), pct_query.clone()] {
        let l = lower_hex(&p);
        text_forms.push(p);
        text_forms.push(l);
    }
    let json = serde_json::to_string(secret).unwrap_or_default();
    let json = json.trim_matches('"').to_string();
    text_forms.push(json.replace('/', "\\/"));
    text_forms.push(json);
    for f in &text_forms {
        if !forms.contains(f) {
            forms.push(f.clone());
        }
    }
    for source in [secret.to_string(), pct_upper, pct_query] {
        let bytes = source.as_bytes();
        for offset in 0..3usize {
            let mut buf = vec![0u8; offset];
            buf.extend_from_slice(bytes);
            for engine in [&STANDARD_NO_PAD, &URL_SAFE_NO_PAD] {
                let enc = engine.encode(&buf);
                // Characters 6-bit aligned fully inside the secret's bits.
                let first = (offset * 8).div_ceil(6);
                let last = ((offset + bytes.len()) * 8) / 6;
                if last > first && last - first >= MIN_FORM {
                    let frag = enc[first..last.min(enc.len())].to_string();
                    if !forms.contains(&frag) {
                        forms.push(frag);
                    }
                }
            }
        }
    }
    forms
}

/// Mask the userinfo of every URL in a text: `https://user:pass@host` → `https://***@host`.
pub fn mask_userinfo(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("://") {
        out.push_str(&rest[..i + 3]);
        let tail = &rest[i + 3..];
        let authority_end = tail
            .find(|c: char| c == '/' || c == '?' || c == '#' || c.is_whitespace() || c == '"')
            .unwrap_or(tail.len());
        match tail[..authority_end].rfind('@') {
            Some(at) => {
                out.push_str("***");
                rest = &tail[at..];
            }
            None => rest = tail,
        }
    }
    out.push_str(rest);
    out
}

/// Replace every registered secret (in every encoding), every secret-shaped token and every URL's
/// userinfo in `text`.
pub fn redact(text: &str) -> String {
    let mut out = mask_userinfo(text);
    if let Ok(reg) = secrets().lock()
        && let Some(m) = &reg.matcher
        && m.is_match(&out)
    {
        // Leftmost-longest: a secret containing another is replaced whole.
        let mut dst = String::with_capacity(out.len());
        m.replace_all_with(&out, &mut dst, |_, _, dst| {
            dst.push_str("[REDACTED]");
            true
        });
        out = dst;
    }
    redact_patterns(&out)
}

/// Pattern-based redaction for secrets cpaws never registered (e.g. echoed by a server).
fn redact_patterns(text: &str) -> String {
    const PREFIXES: [&str; 5] = [
        "aws-external-anthropic-api-key-",
        "sk-ant-",
        "Signature=",
        "X-Amz-Security-Token=",
        "x-amz-security-token=",
    ];
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
            .find(|c: char| !(c.is_ascii_alphanumeric() || "+/=_-%".contains(c)))
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

    /// Text that streams to stdout as it arrives (a chat answer, JSON lines), written at once and
    /// flushed. Redacted, and written as exact bytes: no colour stripping, since the caller has
    /// sanitized server text for a terminal already (and a pipe gets the model's bytes). Empty
    /// text writes nothing.
    pub fn stream(&self, text: &str) -> std::io::Result<()> {
        if text.is_empty() {
            return Ok(());
        }
        let mut out = std::io::stdout().lock();
        out.write_all(redact(text).as_bytes())?;
        out.flush()
    }

    /// Replace the last `rows` rows on the terminal (stdout) with `text` (redacted): what was
    /// just streamed, re-rendered.
    pub fn replace_rows(&self, rows: u16, text: &str) -> std::io::Result<()> {
        use termimad::crossterm::{cursor, execute, terminal};
        let mut out = std::io::stdout().lock();
        execute!(
            out,
            cursor::MoveUp(rows),
            cursor::MoveToColumn(0),
            terminal::Clear(terminal::ClearType::FromCursorDown)
        )?;
        write!(out, "{}", redact(text))?;
        out.flush()
    }

    /// Text for stderr as given (no newline added, not silenced by --quiet: the caller decides),
    /// redacted, flushed: what streams there (a chat's thinking, its usage line).
    pub fn err(&self, text: &str) {
        let mut err = anstream::stderr().lock();
        let _ = err.write_all(redact(text).as_bytes());
        let _ = err.flush();
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

    pub fn stdout_is_tty(&self) -> bool {
        std::io::stdout().is_terminal()
    }

    /// Whether stdout gets colour (--color, NO_COLOR, CLICOLOR_FORCE and the terminal decide).
    pub fn stdout_has_color(&self) -> bool {
        anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
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
        // Through anstream: the log's colours follow --color, NO_COLOR and whether stderr is a
        // terminal, like everything else cpaws prints.
        anstream::stderr().write_all(redact(&text).as_bytes())?;
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

/// Untrusted text for one line of a terminal (a table cell, a name in a message): control
/// characters and escape sequences removed, line breaks and tabs made spaces.
pub fn one_line(text: &str) -> String {
    sanitize(text).replace(['\n', '\t'], " ")
}

/// A plain, left-aligned text table (two spaces between columns, no borders), one line per row.
/// Widths are terminal columns (comfy-table), so wide characters line up.
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    use comfy_table::{CellAlignment, ContentArrangement, Table, presets};
    let mut t = Table::new();
    t.load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(headers.to_vec());
    for r in rows {
        t.add_row(r.iter().take(headers.len()).map(String::as_str));
    }
    let last = headers.len().saturating_sub(1);
    for (i, col) in t.column_iter_mut().enumerate() {
        col.set_padding((0, if i == last { 0 } else { 2 }));
        col.set_cell_alignment(CellAlignment::Left);
    }
    let mut out = String::new();
    for line in t.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_plain_left_aligned_and_count_terminal_columns() {
        let rows = vec![
            vec!["a".to_string(), "long value".to_string(), "x".to_string()],
            vec!["日本".to_string(), "b".to_string(), String::new()],
        ];
        assert_eq!(
            table(&["ID", "NAME", "LAST"], &rows),
            "ID    NAME        LAST\na     long value  x\n日本  b\n"
        );
        assert_eq!(table(&["ONLY"], &[]), "ONLY\n");
    }

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
    fn every_encoding_of_a_registered_secret_is_redacted() {
        use base64::Engine;
        let secret = "FwoGZXIvYXdzEXAMPLE/TOKEN+==with/more+stuff";
        register_secret(secret);
        let pct = percent_encoding::utf8_percent_encode(secret, percent_encoding::NON_ALPHANUMERIC)
            .to_string();
        let json = serde_json::to_string(secret).unwrap();
        for text in [
            format!("raw {secret} end"),
            format!("X-Amz-Security-Token={pct}&X-Amz-Signature=1"),
            format!(
                "q {} end",
                pct.replace("%2F", "%2f")
                    .replace("%2B", "%2b")
                    .replace("%3D", "%3d")
            ),
            format!("{{\"t\":{json}}}"),
            format!("{{\"t\":{}}}", json.replace('/', "\\/")),
        ] {
            let r = redact(&text);
            assert!(!r.contains(secret) && !r.contains(&pct), "{r}");
            assert!(r.contains("[REDACTED]"), "{r}");
        }
        // base64 of a URL holding the percent-encoded secret, at every alignment.
        for pad in ["", "a", "ab"] {
            let url = format!("host/?{pad}X-Amz-Security-Token={pct}&Version=1");
            for enc in [
                base64::engine::general_purpose::STANDARD.encode(&url),
                base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&url),
            ] {
                let r = redact(&format!("token {enc} end"));
                assert!(r.contains("[REDACTED]"), "{pad:?}: {r}");
                let enc_secret = base64::engine::general_purpose::STANDARD.encode(&pct);
                assert!(!r.contains(&enc_secret[4..enc_secret.len() - 4]), "{r}");
            }
        }
    }

    #[test]
    fn userinfo_is_masked() {
        assert_eq!(
            redact("GET http://user:hunter2@proxy.example:8080/v1 failed"),
            "GET http://***@proxy.example:8080/v1 failed"
        );
        assert_eq!(
            mask_userinfo("a https://x@h/p and https://h2/q@r"),
            "a https://***@h/p and https://h2/q@r"
        );
        assert_eq!(mask_userinfo("no url here"), "no url here");
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
