//! Typed errors, the exit-code table (docs/exit-codes.md) and the one error reporter.

use std::io::Write;
use std::process::ExitCode;

use serde::Serialize;

use crate::output::{ERROR, NOTE, redact, sanitize};

/// Exit codes, the same in human and `--json` modes. Documented in docs/exit-codes.md.
pub mod exit {
    /// Success; for `status`, ready.
    pub const OK: u8 = 0;
    /// The command ran and found a problem (not ready, a check failed).
    pub const FAILURE: u8 = 1;
    /// Usage or configuration error (bad flag, bad config file, malformed value, not yet available).
    pub const USAGE: u8 = 2;
    /// No usable credentials (AWS credential chain empty or expired, no API key).
    pub const CREDENTIALS: u8 = 3;
    /// The service rejected the request (HTTP 4xx after diagnosis).
    pub const REJECTED: u8 = 4;
    /// Service or network failure (5xx, 529, timeouts, connection errors, garbage responses).
    pub const SERVICE: u8 = 5;
    /// Interrupted (Ctrl-C, SIGINT).
    pub const INTERRUPTED: u8 = 130;
    /// Terminated (SIGTERM).
    pub const TERMINATED: u8 = 143;
    /// The terminal closed (SIGHUP).
    pub const HANGUP: u8 = 129;
}

/// An error that knows its exit code, its cause and the exact fix.
#[derive(Debug, Clone, Serialize)]
pub struct CliError {
    /// A stable machine-readable code, e.g. `config.invalid`, `federation_disabled`.
    pub code: String,
    /// What failed.
    pub message: String,
    /// Why, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<String>,
    /// The exact fix (a command to run, a variable to set).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    /// Request IDs and other evidence.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<String>,
    #[serde(skip)]
    pub exit: u8,
}

/// An error and its sources, outermost first.
pub fn chain<'a>(
    e: &'a (dyn std::error::Error + 'static),
) -> impl Iterator<Item = &'a (dyn std::error::Error + 'static)> {
    std::iter::successors(Some(e), |err| err.source())
}

impl CliError {
    /// The error cpaws itself said somewhere in `e`'s chain of sources (e.g. a credential provider
    /// of ours that found a missing profile), with its own cause and fix.
    pub fn in_chain<'a>(e: &'a (dyn std::error::Error + 'static)) -> Option<&'a CliError> {
        chain(e).find_map(|err| err.downcast_ref::<CliError>())
    }

    pub fn new(exit: u8, code: &str, message: impl Into<String>) -> Self {
        CliError {
            code: code.to_string(),
            message: message.into(),
            cause: None,
            fix: None,
            details: Vec::new(),
            exit,
        }
    }
    pub fn usage(code: &str, message: impl Into<String>) -> Self {
        Self::new(exit::USAGE, code, message)
    }
    pub fn with_cause(mut self, cause: impl Into<String>) -> Self {
        self.cause = Some(cause.into());
        self
    }
    pub fn with_fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = Some(fix.into());
        self
    }
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.details.push(detail.into());
        self
    }
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for CliError {}

/// The JSON error document (docs/json.md): `{"error": {code, message, cause?, fix?, details?,
/// exit_code}}`, redacted.
pub fn json_document(cli: &CliError) -> String {
    let mut doc = serde_json::json!({ "error": cli });
    doc["error"]["exit_code"] = cli.exit.into();
    redact(&serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".into()))
}

/// Print the JSON error document on stdout.
pub fn print_json_document(cli: &CliError) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{}", json_document(cli));
    let _ = out.flush();
}

/// Print an error (human or JSON) to stderr and pick the exit code.
pub fn report(err: &anyhow::Error, json: bool) -> ExitCode {
    // A closed pipe (`cpaws … | head`) is not an error.
    for cause in err.chain() {
        if let Some(io) = cause.downcast_ref::<std::io::Error>()
            && io.kind() == std::io::ErrorKind::BrokenPipe
        {
            return ExitCode::SUCCESS;
        }
    }
    let cli = err
        .chain()
        .find_map(|c| c.downcast_ref::<CliError>())
        .cloned();
    let cli = cli.unwrap_or_else(|| {
        let mut e = CliError::new(exit::FAILURE, "error", format!("{err}"));
        let causes: Vec<String> = err.chain().skip(1).map(|c| c.to_string()).collect();
        if !causes.is_empty() {
            e.cause = Some(causes.join(": "));
        }
        e
    });
    if json {
        // In --json mode errors go to stdout as the document (so pipelines always get JSON)
        // and a one-line summary to stderr.
        print_json_document(&cli);
        let mut e = std::io::stderr().lock();
        let _ = writeln!(e, "error: {}", sanitize(&redact(&cli.message)));
    } else {
        let mut e = anstream::stderr().lock();
        // Messages quote servers, files and the environment: sanitized for the terminal.
        let clean = |t: &str| sanitize(&redact(t));
        let _ = writeln!(e, "{ERROR}error{ERROR:#}: {}", clean(&cli.message));
        // A cause or fix of several lines (a snippet to paste) keeps its lines under its text.
        if let Some(cause) = &cli.cause {
            let _ = writeln!(
                e,
                "  {NOTE}cause{NOTE:#}: {}",
                clean(cause).replace('\n', "\n         ")
            );
        }
        if let Some(fix) = &cli.fix {
            let _ = writeln!(
                e,
                "  {NOTE}fix{NOTE:#}: {}",
                clean(fix).replace('\n', "\n       ")
            );
        }
        for d in &cli.details {
            let _ = writeln!(e, "  {}", clean(d));
        }
    }
    ExitCode::from(cli.exit)
}
