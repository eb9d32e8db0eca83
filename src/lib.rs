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

use std::process::ExitCode;

use cli::{Cli, Command};

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
