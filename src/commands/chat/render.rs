//! The last stage of the chat pipeline: renderers.
//!
//! An answer flows through four stages, each unaware of the ones after it:
//!
//! 1. transport: `api::Client::sse` yields [`SseEvent`]s (the `data:` payloads, UTF-8 repaired,
//!    bounded, retried before the first byte only);
//! 2. model: [`StreamEvent::parse`](super::stream::StreamEvent::parse) types each payload (with an
//!    `Unknown` arm for what a newer API adds);
//! 3. accumulator: [`Accumulator::apply`] rebuilds the Message (blocks, thinking with its
//!    signature, usage, stop reason), checks the protocol, and says what the event shows
//!    ([`Shown`](super::stream::Shown)): it knows nothing of terminals or flags;
//! 4. renderer (here): prints. One [`Renderer`] per answer, chosen by the [`OutputMode`] and
//!    whether stdout is a terminal.
//!
//! `Conversation::ask` (conversation.rs) wires them: build the request, start the stream, feed
//! each event to the renderer ([`Renderer::on_event`]) and the accumulator, hand what the
//! accumulator says is shown to the renderer ([`Renderer::on_text`], [`Renderer::on_thinking`]),
//! then [`Renderer::end`] (the stream is over), save the turn, [`Renderer::finish`] (final output
//! of an answer that ended cleanly), and shape any error through the diagnosis table. Errors are
//! not rendered: they become a `CliError`, which the one reporter prints (as JSON with `--json`).
//!
//! | mode | as the answer streams | at the end |
//! |---|---|---|
//! | [`Raw`] (`--raw`, or stdout not a terminal) | the text; the thinking on stderr (`--show-thinking`) | a newline if the text did not end with one |
//! | [`Markdown`] (default, stdout a terminal) | as Raw | the text re-rendered as Markdown in place, when it fits on the screen |
//! | [`Json`] (`--json`) | nothing | the Message as one document |
//! | [`StreamJson`] (`--stream-json`) | every event as one JSON line | nothing |
//!
//! Batching: stdout is held in a buffer while further events have already arrived (up to
//! [`BATCH`]); the pump calls [`Renderer::flush`] as soon as the stream has to wait, so every
//! token still shows the moment it arrives. Every write goes through the [`Printer`] (redacted);
//! text from the model is sanitized for the stream that is a terminal ([`Terminals`]).

use std::borrow::Cow;
use std::io;

use serde_json::{Value, json};

use crate::api::SseEvent;
use crate::output::{self, DIM, Printer};

use super::stream::Accumulator;

/// How much stdout is held before it is written even though more events are ready.
pub(super) const BATCH: usize = 64 * 1024;

/// How an answer is printed, from the flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputMode {
    /// The text as it streams, re-rendered as Markdown at the end when stdout is a terminal
    /// (elsewhere the same as [`OutputMode::Raw`]). The default.
    Markdown,
    /// The text as it streams, never rendered (`--raw`).
    Raw,
    /// The final Message as one JSON document (`--json`).
    Json,
    /// Every stream event as one JSON object per line (`--stream-json`).
    StreamJson,
}

impl OutputMode {
    /// `--json` and `--stream-json` conflict (clap), and `--stream-json` conflicts with `--raw`.
    pub fn from_flags(json: bool, stream_json: bool, raw: bool) -> OutputMode {
        if stream_json {
            OutputMode::StreamJson
        } else if json {
            OutputMode::Json
        } else if raw {
            OutputMode::Raw
        } else {
            OutputMode::Markdown
        }
    }

    /// Output for a person (text, thinking on request) rather than for a program.
    pub fn human(self) -> bool {
        matches!(self, OutputMode::Markdown | OutputMode::Raw)
    }
}

/// One answer's printing. Output for stdout may be held until [`Renderer::flush`]; stderr is
/// written at once (after what is held for stdout, when both share a terminal).
pub(super) trait Renderer {
    /// An event as it arrived, before the accumulator applies it.
    fn on_event(&mut self, _ev: &SseEvent) {}
    /// A piece of the answer's text (as the model sent it: not yet sanitized).
    fn on_text(&mut self, _text: &str) -> io::Result<()> {
        Ok(())
    }
    /// A piece of the model's thinking (not yet sanitized).
    fn on_thinking(&mut self, _text: &str) -> io::Result<()> {
        Ok(())
    }
    /// Bytes held for stdout.
    fn held(&self) -> usize;
    /// The stream has to wait: write what is held.
    fn flush(&mut self) -> io::Result<()>;
    /// The stream is over (complete, failed or cancelled): write what is held, end the line.
    /// `clean`: it completed, without an error or a cancellation.
    fn end(&mut self, acc: &Accumulator, clean: bool) -> io::Result<()>;
    /// After the turn is saved: the final output of a clean answer.
    fn finish(&mut self, _clean: bool) -> io::Result<()> {
        Ok(())
    }
    /// Characters of the answer shown so far (for "the partial answer (N characters) was kept").
    fn chars_shown(&self) -> usize {
        0
    }
}

/// The renderer for `mode`, given which streams are terminals. `crlf`: the terminal is in raw
/// mode (the REPL while an answer streams), so a newline is written as `\r\n`.
pub(super) fn for_mode(
    mode: OutputMode,
    printer: &Printer,
    spinner: Spinner,
    show_thinking: bool,
    crlf: bool,
) -> Box<dyn Renderer> {
    let terms = Terminals::detect(printer);
    let out = Out {
        printer: printer.clone(),
        crlf,
        held: String::new(),
        spinner,
    };
    let raw = || Raw {
        out,
        terms,
        show_thinking,
        in_thinking: false,
        thinking_shown: false,
        ends_nl: true,
        chars: 0,
    };
    match mode {
        OutputMode::Markdown if terms.stdout => Box::new(Markdown {
            raw: raw(),
            printed: String::new(),
        }),
        OutputMode::Markdown | OutputMode::Raw => Box::new(raw()),
        OutputMode::Json => Box::new(Json {
            out: raw().out,
            message: None,
        }),
        OutputMode::StreamJson => Box::new(StreamJson { out: raw().out }),
    }
}

/// The spinner shown on stderr until the first token (hidden unless stderr is a terminal and the
/// output is for a person): cleared by the first output, at the latest when the answer ends.
pub(super) struct Spinner(Option<indicatif::ProgressBar>);

impl Spinner {
    pub(super) fn start(printer: &Printer, msg: &str) -> Spinner {
        Spinner(Some(printer.spinner(msg)))
    }

    fn clear(&mut self) {
        if let Some(s) = self.0.take() {
            s.finish_and_clear();
        }
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        self.clear();
    }
}

/// Where a renderer writes: stdout held until flushed, stderr at once, both through the Printer.
struct Out {
    printer: Printer,
    crlf: bool,
    held: String,
    spinner: Spinner,
}

impl Out {
    fn hold(&mut self, text: &str) {
        self.held.push_str(text);
    }

    /// Write what is held; the buffer keeps its capacity for the next batch.
    fn flush(&mut self) -> io::Result<()> {
        self.printer.stream(&lines(&self.held, self.crlf))?;
        self.held.clear();
        Ok(())
    }

    fn err(&self, text: &str) {
        self.printer.err(&lines(text, self.crlf));
    }
}

/// Newlines as the terminal needs them: `\r\n` in raw mode.
pub(super) fn lines(text: &str, crlf: bool) -> Cow<'_, str> {
    if crlf && text.contains('\n') {
        Cow::Owned(text.replace('\n', "\r\n"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The text as it streams; the thinking on stderr, dimmed, with `--show-thinking`.
pub(super) struct Raw {
    out: Out,
    terms: Terminals,
    show_thinking: bool,
    in_thinking: bool,
    thinking_shown: bool,
    ends_nl: bool,
    chars: usize,
}

impl Raw {
    /// Hold a piece of the answer for stdout; `keep` gets it too, as written (Markdown).
    fn text(&mut self, text: &str, keep: Option<&mut String>) -> io::Result<()> {
        self.out.spinner.clear();
        if self.in_thinking {
            self.in_thinking = false;
            self.out.flush()?;
            self.out.err("\n\n");
        }
        let t = self.terms.answer(text);
        if let Some(k) = keep {
            k.push_str(&t);
        }
        if !t.is_empty() {
            self.ends_nl = t.ends_with('\n');
            self.chars += t.chars().count();
        }
        self.out.hold(&t);
        Ok(())
    }
}

impl Renderer for Raw {
    fn on_text(&mut self, text: &str) -> io::Result<()> {
        self.text(text, None)
    }

    fn on_thinking(&mut self, text: &str) -> io::Result<()> {
        if !self.show_thinking {
            return Ok(());
        }
        self.out.spinner.clear();
        // What is on stdout so far goes out first: the two streams share a terminal.
        self.out.flush()?;
        if !self.thinking_shown {
            self.thinking_shown = true;
            self.out.err(&format!("{DIM}thinking…{DIM:#}\n"));
        }
        self.in_thinking = true;
        let t = self.terms.thinking(text);
        self.out.err(&format!("{DIM}{t}{DIM:#}"));
        Ok(())
    }

    fn held(&self) -> usize {
        self.out.held.len()
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    fn end(&mut self, _acc: &Accumulator, _clean: bool) -> io::Result<()> {
        self.out.flush()?;
        self.out.spinner.clear();
        if self.in_thinking {
            self.out.err("\n");
        }
        if !self.ends_nl {
            self.out.hold("\n");
            self.out.flush()?;
        }
        Ok(())
    }

    fn chars_shown(&self) -> usize {
        self.chars
    }
}

/// Raw text as it streams, then (an answer that ended cleanly, with no thinking shown between)
/// re-rendered as Markdown in place of the raw text when it still fits on the screen.
pub(super) struct Markdown {
    raw: Raw,
    printed: String,
}

impl Renderer for Markdown {
    fn on_text(&mut self, text: &str) -> io::Result<()> {
        self.raw.text(text, Some(&mut self.printed))
    }

    fn on_thinking(&mut self, text: &str) -> io::Result<()> {
        self.raw.on_thinking(text)
    }

    fn held(&self) -> usize {
        self.raw.held()
    }

    fn flush(&mut self) -> io::Result<()> {
        self.raw.flush()
    }

    fn end(&mut self, acc: &Accumulator, clean: bool) -> io::Result<()> {
        self.raw.end(acc, clean)
    }

    fn finish(&mut self, clean: bool) -> io::Result<()> {
        if clean && !self.raw.thinking_shown {
            rerender_markdown(&self.raw.out.printer, &self.printed, self.raw.out.crlf);
        }
        Ok(())
    }

    fn chars_shown(&self) -> usize {
        self.raw.chars
    }
}

/// `--json`: nothing while the answer streams; the Message as one document at the end.
pub(super) struct Json {
    out: Out,
    message: Option<Value>,
}

impl Renderer for Json {
    fn held(&self) -> usize {
        0
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn end(&mut self, acc: &Accumulator, clean: bool) -> io::Result<()> {
        self.out.spinner.clear();
        if clean {
            self.message = Some(acc.message());
        }
        Ok(())
    }

    fn finish(&mut self, clean: bool) -> io::Result<()> {
        match self.message.take() {
            Some(m) if clean => self.out.printer.json(&m),
            _ => Ok(()),
        }
    }
}

/// `--stream-json`: every event as one JSON line, as it arrives (a payload that is not JSON as
/// `{"type": "unparsed", "event", "data"}`).
pub(super) struct StreamJson {
    out: Out,
}

impl Renderer for StreamJson {
    fn on_event(&mut self, ev: &SseEvent) {
        // The events are the output: no spinner between them.
        self.out.spinner.clear();
        let line = match serde_json::from_str::<Value>(&ev.data) {
            Ok(v) => v.to_string(),
            Err(_) => json!({"type": "unparsed", "event": ev.event, "data": ev.data}).to_string(),
        };
        self.out.hold(&line);
        self.out.hold("\n");
    }

    fn held(&self) -> usize {
        self.out.held.len()
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    fn end(&mut self, _acc: &Accumulator, _clean: bool) -> io::Result<()> {
        self.out.flush()?;
        self.out.spinner.clear();
        Ok(())
    }
}

/// Which of the answer's streams are terminals. Text from the model is sanitized per stream: on a
/// terminal, control sequences are stripped (they could clear the screen, set the clipboard with
/// OSC 52, retitle the window); a stream that is not a terminal gets the exact bytes (pipelines,
/// logs). The answer goes to stdout, the thinking (`--show-thinking`) to stderr.
#[derive(Clone, Copy, Debug)]
pub(super) struct Terminals {
    pub(super) stdout: bool,
    pub(super) stderr: bool,
}

impl Terminals {
    fn detect(printer: &Printer) -> Self {
        Terminals {
            stdout: printer.stdout_is_tty(),
            stderr: printer.stderr_is_tty(),
        }
    }

    pub(super) fn answer<'a>(&self, text: &'a str) -> Cow<'a, str> {
        clean_for(self.stdout, text)
    }

    pub(super) fn thinking<'a>(&self, text: &'a str) -> Cow<'a, str> {
        clean_for(self.stderr, text)
    }
}

pub(super) fn clean_for(terminal: bool, text: &str) -> Cow<'_, str> {
    if terminal {
        Cow::Owned(output::sanitize(text))
    } else {
        Cow::Borrowed(text)
    }
}

/// How many terminal rows `text` took when printed from column 0 on a screen `cols` wide: wide
/// characters (CJK, emoji) take two columns, a tab moves to the next multiple of 8, long lines wrap.
pub(super) fn screen_rows(text: &str, cols: usize) -> usize {
    use unicode_width::UnicodeWidthChar;
    let cols = cols.max(1);
    let body = text.strip_suffix('\n').unwrap_or(text);
    body.split('\n')
        .map(|line| {
            let mut col = 0usize;
            for c in line.trim_end_matches('\r').chars() {
                col = match c {
                    '\t' => (col / 8 + 1) * 8,
                    c => col + c.width().unwrap_or(0),
                };
            }
            col.div_ceil(cols).max(1)
        })
        .sum()
}

/// Replace the raw text just streamed with its Markdown rendering, when it still fits on the
/// screen (otherwise the raw text stays: it is already readable).
fn rerender_markdown(printer: &Printer, text: &str, crlf: bool) {
    let (cols, rows) = termimad::terminal_size();
    let cols = cols.max(1) as usize;
    let used = screen_rows(text, cols);
    if used == 0 || used + 1 >= rows as usize {
        return;
    }
    // The colour rules of all output (--color, NO_COLOR, CLICOLOR_FORCE; anstream decides):
    // colour off = no styles at all; colour on = crossterm must not drop the colours on its own.
    let skin = if printer.stdout_has_color() {
        termimad::crossterm::style::force_color_output(true);
        termimad::MadSkin::default()
    } else {
        termimad::MadSkin::no_style()
    };
    let rendered = format!("{}", skin.term_text(text));
    // `used < rows`, a u16.
    let _ = printer.replace_rows(used as u16, &lines(&rendered, crlf));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_sanitized_for_the_stream_that_is_a_terminal() {
        let evil = "a\u{1b}[2J\u{1b}]52;c;SGVsbG8=\u{7}b";
        // Only stderr a terminal (the answer piped, the thinking on screen).
        let t = Terminals {
            stdout: false,
            stderr: true,
        };
        assert_eq!(t.answer(evil), evil);
        assert_eq!(t.thinking(evil), "ab");
        // Only stdout a terminal (the thinking to a log file).
        let t = Terminals {
            stdout: true,
            stderr: false,
        };
        assert_eq!(t.answer(evil), "ab");
        assert_eq!(t.thinking(evil), evil);
    }

    #[test]
    fn screen_rows_count_wide_characters_tabs_and_wrapping() {
        assert_eq!(screen_rows("abc\n", 10), 1);
        assert_eq!(screen_rows("0123456789", 10), 1);
        assert_eq!(screen_rows("0123456789a", 10), 2);
        // 6 CJK characters are 12 columns: two rows on a 10-column screen.
        assert_eq!(screen_rows("日本語の文章", 10), 2);
        assert_eq!(screen_rows("\tx", 8), 2);
        assert_eq!(screen_rows("a\n\nb\n", 80), 3);
    }

    #[test]
    fn modes_come_from_the_flags() {
        use OutputMode::*;
        assert_eq!(OutputMode::from_flags(false, false, false), Markdown);
        assert_eq!(OutputMode::from_flags(false, false, true), Raw);
        assert_eq!(OutputMode::from_flags(true, false, false), Json);
        assert_eq!(OutputMode::from_flags(false, true, false), StreamJson);
        assert!(Markdown.human() && Raw.human() && !Json.human() && !StreamJson.human());
    }
}
