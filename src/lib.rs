//! cpaws: diagnose, set up and use Claude Platform on AWS from the terminal.
//!
//! Shared layers: [`config`] (settings and where they came from), [`aws`] (credentials, STS, IAM),
//! [`sign`] (SigV4 via aws-sigv4), [`apikey`] (short-term keys), [`api`] (the one HTTP
//! client), [`diagnosis`] (the one table of causes and fixes), [`output`] (printing, redaction),
//! [`error`] (exit codes). One module per subcommand under [`commands`].

// Errors carry their cause, fix and evidence; they are rare and cheap next to a network call.
#![allow(clippy::result_large_err)]

pub mod api;
pub mod apikey;
pub mod arn;
pub mod atomic;
pub mod aws;
pub mod ci_report;
pub mod cli;
pub mod commands;
pub mod config;
pub mod credentials;
pub mod diagnosis;
pub mod envvars;
pub mod error;
pub mod federation;
pub mod iac;
pub mod iam_policy;
pub mod intents;
pub mod local_proxy;
pub mod models;
pub mod output;
pub mod paths;
pub mod principal;
pub mod prompt;
pub mod readiness;
pub mod sign;
pub mod signals;
pub mod tls;
pub mod trust;
pub mod workspaces;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use cli::{Cli, Command};

/// Parse this process's command line and run it. A line clap refuses is a usage error: clap's
/// message on stderr, and when machine output was asked for (`--json`, `--output-format
/// json|github|junit`, `CPAWS_JSON`) the JSON error document on stdout too (docs/json.md).
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    match Cli::try_parse_from(&args) {
        Ok(cli) => run(cli),
        Err(e) => usage_error(&e, args.get(1..).unwrap_or_default()),
    }
}

/// Report a command line clap refused (or help and version, which are not errors).
fn usage_error(e: &clap::Error, args: &[OsString]) -> ExitCode {
    use clap::error::ErrorKind;
    let code = u8::try_from(e.exit_code()).unwrap_or(error::exit::USAGE);
    let is_error = !matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion);
    let env_json = std::env::var(envvars::CPAWS_JSON).ok();
    let asked = cli::argv::asked(&Cli::command(), args, env_json.as_deref());
    if is_error && asked.machine_output {
        let rendered = e.render().to_string();
        let message = rendered
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("invalid command line")
            .trim_start_matches("error: ")
            .to_string();
        let command = std::iter::once("cpaws".to_string())
            .chain(asked.subcommands)
            .collect::<Vec<_>>()
            .join(" ");
        let help = format!("see `{command} --help`");
        let fix = match rendered
            .lines()
            .find_map(|l| l.trim().strip_prefix("tip: "))
        {
            Some(tip) => format!("{tip}; {help}"),
            None => help,
        };
        let mut err = error::CliError::usage(&format!("usage.{}", snake_case(e.kind())), message)
            .with_fix(fix);
        if let Some(usage) = rendered.lines().find(|l| l.starts_with("Usage: ")) {
            err = err.with_detail(usage.trim());
        }
        err.exit = code;
        error::print_json_document(&err);
    }
    // Help and version on stdout, errors on stderr, as clap prints them.
    let _ = e.print();
    ExitCode::from(code)
}

/// `UnknownArgument` → `unknown_argument`.
fn snake_case(kind: clap::error::ErrorKind) -> String {
    let mut out = String::new();
    for (i, c) in format!("{kind:?}").chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Set up logging: -v → cpaws=debug, -vv → debug, -vvv → trace; CPAWS_LOG (or RUST_LOG) overrides.
/// Every line goes through the redacting writer.
pub fn init_logging(verbose: u8, quiet: bool) {
    use tracing_subscriber::EnvFilter;
    let default = match (quiet, verbose) {
        // Libraries' own error lines (a TLS verifier's, an SDK's) would repeat what cpaws reports
        // with its cause and fix: they show from -v on.
        (true, _) => "off,cpaws=error",
        (false, 0) => "off,cpaws=warn",
        (false, 1) => "warn,cpaws=debug",
        (false, 2) => "debug",
        _ => "trace",
    };
    let filter = config::env_value(envvars::CPAWS_LOG)
        .or_else(|| config::env_value("RUST_LOG"))
        .unwrap_or_else(|| default.to_string());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new(default)))
        .with_writer(output::RedactingStderr)
        .with_target(verbose >= 2)
        .without_time()
        .try_init();
}

/// Run a parsed command line. Returns the exit code; errors go through [`error::report`].
pub fn run(mut cli: Cli) -> ExitCode {
    if let Command::Chat(a) = &mut cli.command {
        a.normalize();
    }
    let json = cli.global.json;
    output::init_color(cli.global.color);
    init_logging(cli.global.verbose, cli.global.quiet);
    let printer = output::Printer::new(json, cli.global.quiet);
    // An error is a JSON document on stdout whenever a machine reads it: --json, or an
    // --output-format other than human (which wins over --json).
    let format = match &cli.command {
        Command::Status(a) => a.output_format,
        Command::Doctor(a) => a.output_format,
        _ => None,
    };
    let json = match format {
        Some(f) => f != cli::ReportFormat::Human,
        None => json,
    };
    // One thread unless the interactive chat runs: a one-shot command's I/O is one request or a
    // few concurrent ones, and handing it between worker threads cost ~3 ms before the first token
    // (docs/benchmarks.md). The REPL keeps workers: connections stay serviced while it waits for a
    // line of input (read on a blocking section).
    let mut builder = if matches!(&cli.command, Command::Chat(a) if commands::chat::opens_repl(a)) {
        let mut b = tokio::runtime::Builder::new_multi_thread();
        b.worker_threads(2);
        b
    } else {
        tokio::runtime::Builder::new_current_thread()
    };
    let runtime = match builder.enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            return error::report(
                &anyhow::Error::new(e).context("cannot start the async runtime"),
                json,
            );
        }
    };
    let result = runtime.block_on(async {
        // The proxy stops on a signal itself: no new connections, in-flight requests finish.
        if matches!(&cli.command, Command::Proxy(_)) {
            return dispatch(&cli, &printer).await;
        }
        tokio::select! {
            r = dispatch(&cli, &printer) => r,
            sig = signals::shutdown() => Err(error::CliError::new(
                sig.exit_code(),
                "interrupted",
                format!("interrupted ({})", sig.name()),
            )
            .into()),
        }
    });
    runtime.shutdown_timeout(std::time::Duration::from_millis(100));
    match result {
        Ok(code) => code,
        Err(e) => error::report(&e, json),
    }
}

async fn dispatch(cli: &Cli, printer: &output::Printer) -> anyhow::Result<ExitCode> {
    let g = &cli.global;
    match &cli.command {
        Command::Status(args) => commands::status::run(g, args, printer).await,
        Command::Doctor(a) => commands::doctor::run(g, a, printer).await,
        Command::EnableFederation(a) => commands::enable_federation::run(g, a, printer).await,
        Command::Policy(c) => commands::policy::run(g, c, printer).await,
        Command::Keys(a) => commands::keys::run(g, a, printer).await,
        Command::Chat(a) => commands::chat::run(g, a, printer).await,
        Command::Files(a) => commands::files::run(g, a, printer).await,
        Command::Models(a) => commands::models::run(g, a, printer).await,
        Command::Batches(a) => commands::batches::run(g, a, printer).await,
        Command::Workspaces(a) => commands::workspaces::run(g, a, printer).await,
        Command::Env(a) => commands::env::run(g, a, printer).await,
        Command::Proxy(a) => commands::proxy::run(g, a, printer).await,
        Command::Completions(a) => commands::completions::run(a.shell),
        Command::Man => commands::completions::run_man(),
    }
}
