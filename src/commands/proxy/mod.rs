//! `cpaws proxy`: a local signing gateway. Tools that speak the first-party Anthropic API (or
//! Claude Code with `CLAUDE_CODE_SKIP_ANTHROPIC_AWS_AUTH=1`) send their requests here with the
//! proxy's local token; each `/v1/…` request goes on to the workspace with
//! `anthropic-workspace-id` and SigV4 (or the workspace API key) added by the one HTTP client, and
//! the answer comes back unchanged. See docs/proxy.md.
//!
//! `server` accepts connections and stops gracefully, `forwarding` handles one request,
//! `access_log` writes the log, `token` guards local access.

mod access_log;
mod forwarding;
mod server;
mod token;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::process::ExitCode;
use std::sync::Arc;

use serde_json::json;
use tokio::net::TcpListener;

use crate::api::Client;
use crate::cli::GlobalArgs;
use crate::cli::proxy::ProxyArgs;
use crate::commands::AwsCtx;
use crate::config::AuthMode;
use crate::error::{CliError, exit};
use crate::local_proxy;
use crate::output::Printer;
use crate::signals::{Signal, Signals};

use access_log::{Log, now_rfc3339};
use forwarding::Shared;
use server::Cut;

/// How the proxy names itself in its log.
const ME: &str = "cpaws proxy";

pub async fn run(g: &GlobalArgs, a: &ProxyArgs, printer: &Printer) -> anyhow::Result<ExitCode> {
    if !a.host.is_loopback() && !a.allow_remote {
        return Err(CliError::usage(
            "proxy.remote",
            format!("{} is not a loopback address", a.host),
        )
        .with_cause("anyone who can reach the proxy and knows its token uses your AWS credentials")
        .with_fix("listen on 127.0.0.1 (the default), or add --allow-remote if you mean it")
        .into());
    }
    if a.no_token && !a.host.is_loopback() {
        return Err(CliError::usage(
            "proxy.no_token_remote",
            "--no-token is only allowed on a loopback address",
        )
        .with_cause(
            "without a token, anyone who can reach the proxy would use your AWS credentials",
        )
        .with_fix("drop --no-token (the proxy then makes a token; --print-env prints it)")
        .into());
    }
    let aws = AwsCtx::load(g).await?;
    let mode = aws.settings.auth_mode();
    let sigv4 = mode == AuthMode::Sigv4;
    let client = Client::forwarding(&aws.settings, sigv4.then(|| aws.creds.clone()))?;
    if sigv4 {
        // Fail now, with the fix, rather than on the first request.
        if let Err(e) = aws.creds.get().await {
            let refreshed = match &aws.settings.auth_refresh {
                Some(cmd) if e.code == "credentials.expired" => {
                    aws.creds.refresh_once(&cmd.value).await
                }
                _ => false,
            };
            if !refreshed {
                return Err(e.into());
            }
            aws.creds.get().await?;
        }
    }
    let token = if a.no_token {
        None
    } else if let Some(f) = &a.token_file {
        Some(local_proxy::load_or_create_token(f)?)
    } else {
        Some(local_proxy::new_token())
    };
    let listener = TcpListener::bind(SocketAddr::new(a.host, a.port))
        .await
        .map_err(|e| {
            CliError::new(
                exit::USAGE,
                "proxy.bind",
                format!("cannot listen on {}", SocketAddr::new(a.host, a.port)),
            )
            .with_cause(e.to_string())
            .with_fix("choose another --port (0 picks a free one)")
        })?;
    let bound = listener.local_addr()?;
    // The URL clients use: an unspecified address (0.0.0.0, ::) is reached through loopback.
    let reach = match bound.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => {
            SocketAddr::new(Ipv4Addr::LOCALHOST.into(), bound.port())
        }
        IpAddr::V6(ip) if ip.is_unspecified() => {
            SocketAddr::new(Ipv6Addr::LOCALHOST.into(), bound.port())
        }
        _ => bound,
    };
    let url = format!("http://{reach}");
    let workspace = aws.settings.workspace_id.as_ref().map(|w| w.value.clone());
    let vars = local_proxy::env_vars(&url, token.as_deref(), workspace.as_deref());
    if a.print_env {
        let text = if printer.json {
            let env: serde_json::Map<String, serde_json::Value> =
                vars.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
            format!("{}\n", json!({"url": url, "env": env}))
        } else {
            vars.iter()
                .map(|(k, v)| local_proxy::posix_export(k, v) + "\n")
                .collect()
        };
        printer.out_with_secrets(&text)?;
    }
    let log = Log {
        json: printer.json,
        quiet: printer.quiet,
    };
    let region = aws.settings.region.as_ref().map(|r| r.value.clone());
    let auth = match mode {
        AuthMode::Sigv4 => "sigv4",
        AuthMode::ApiKey => "api_key",
        AuthMode::None => "none",
    };
    log.line(
        &format!(
            "{ME}: listening on {url} (workspace {}, region {}, auth {auth}, local token {})",
            workspace.as_deref().unwrap_or("-"),
            region.as_deref().unwrap_or("-"),
            if token.is_some() {
                "required"
            } else {
                "not required"
            },
        ),
        &json!({
            "type": "listening", "time": now_rfc3339(), "url": url, "workspace_id": workspace,
            "region": region, "auth": auth, "token_required": token.is_some(),
        }),
    );
    if !bound.ip().is_loopback() {
        printer.warn(&format!(
            "the proxy listens on {bound}, not only on this machine: keep the token secret"
        ));
    }
    if token.is_none() {
        printer.warn("the proxy runs with --no-token: any process on this machine can use your credentials through it");
    }
    let shared = Arc::new(Shared {
        client,
        token,
        cx: aws.diag(),
        log,
    });
    if a.command.is_empty() {
        let mut signals = Signals::new();
        let stop = async move {
            let sig = signals.recv().await;
            stopping(&log, sig.name());
            signals
        };
        let stopped = server::serve(listener, shared, stop).await;
        stopped_line(&log, stopped.cut);
        return Ok(ExitCode::SUCCESS);
    }
    exec(a, &vars, listener, shared, log).await
}

fn stopping(log: &Log, why: &str) {
    log.line(
        &format!(
            "{ME}: {why}: no new connections; in-flight requests have {}s to finish",
            server::GRACE.as_secs()
        ),
        &json!({"type": "stopping", "time": now_rfc3339(), "reason": why, "grace_seconds": server::GRACE.as_secs()}),
    );
}

fn stopped_line(log: &Log, cut: Option<Cut>) {
    let (human, cut_by) = match cut {
        None => (format!("{ME}: stopped"), None),
        Some(Cut::GracePeriod) => (
            format!("{ME}: stopped (requests still running after the grace period were cut)"),
            Some("grace_period"),
        ),
        Some(Cut::Signal(sig)) => (
            format!(
                "{ME}: stopped (requests still running were cut at a second signal, {})",
                sig.name()
            ),
            Some(sig.name()),
        ),
    };
    log.line(
        &human,
        &json!({"type": "stopped", "time": now_rfc3339(), "cut_in_flight": cut.is_some(), "cut_by": cut_by}),
    );
}

/// `cpaws proxy -- COMMAND ARGS`: run the command with the proxy's environment; stop when it
/// exits and exit with its code. A signal sent to the proxy is passed on to the command, which
/// then has [`server::GRACE`] to exit before it is killed (at once on a second SIGINT or SIGTERM);
/// the proxy serves it until it exits. Ctrl-C typed in the terminal reaches the command directly
/// (it runs in the proxy's process group), so the proxy does not pass that one on: the command
/// would see it twice.
async fn exec(
    a: &ProxyArgs,
    vars: &[(String, String)],
    listener: TcpListener,
    shared: Arc<Shared>,
    log: Log,
) -> anyhow::Result<ExitCode> {
    let program = &a.command[0];
    // Listening before the command starts: no signal sent once it runs is missed.
    let mut signals = Signals::new();
    let mut child = tokio::process::Command::new(program)
        .args(&a.command[1..])
        .envs(vars.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| {
            CliError::usage(
                "proxy.command",
                format!("cannot run {}", crate::output::one_line(program)),
            )
            .with_cause(e.to_string())
            .with_fix("check the command after `--` (is it installed and on PATH?)")
        })?;
    let (tx, rx) = tokio::sync::oneshot::channel::<Signals>();
    let waiting = async move {
        // When the command is killed unless it has exited; whether it was.
        let mut kill_at: Option<tokio::time::Instant> = None;
        let mut killed = false;
        let status = loop {
            let deadline = async {
                match kill_at {
                    Some(t) => tokio::time::sleep_until(t).await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                st = child.wait() => break st,
                sig = signals.recv() => {
                    if killed || (sig == Signal::Interrupt && child_got_it_from_the_terminal()) {
                        continue;
                    }
                    if kill_at.is_none() {
                        pass_on(&mut child, sig);
                        forwarded_line(&log, sig, child.id());
                        kill_at = Some(tokio::time::Instant::now() + server::GRACE);
                    } else if sig != Signal::Hangup {
                        // Insisting (SIGHUP is not: a closing terminal may send it twice).
                        let _ = child.start_kill();
                        killed_line(&log, sig.name(), child.id());
                        (killed, kill_at) = (true, None);
                    }
                }
                () = deadline => {
                    let _ = child.start_kill();
                    killed_line(&log, "grace_period", child.id());
                    (killed, kill_at) = (true, None);
                }
            }
        };
        let _ = tx.send(signals);
        status
    };
    let stop = async move { rx.await.unwrap_or_default() };
    let (stopped, status) = tokio::join!(server::serve(listener, shared, stop), waiting);
    stopped_line(&log, stopped.cut);
    let status = status.map_err(|e| {
        CliError::new(
            exit::FAILURE,
            "proxy.command",
            "waiting for the command failed",
        )
        .with_cause(e.to_string())
    })?;
    Ok(ExitCode::from(exit_code(&status)))
}

/// Send `sig` to the command (on Windows, where there is no such signal, end it).
fn pass_on(child: &mut tokio::process::Child, sig: Signal) {
    #[cfg(unix)]
    {
        use nix::sys::signal::{Signal as S, kill};
        let Some(pid) = child.id().and_then(|p| i32::try_from(p).ok()) else {
            return; // It has already exited.
        };
        let s = match sig {
            Signal::Interrupt => S::SIGINT,
            Signal::Terminate => S::SIGTERM,
            Signal::Hangup => S::SIGHUP,
        };
        if let Err(e) = kill(nix::unistd::Pid::from_raw(pid), s) {
            tracing::debug!("proxy: passing {} on failed: {e}", sig.name());
        }
    }
    #[cfg(not(unix))]
    {
        let _ = sig;
        let _ = child.start_kill();
    }
}

/// Whether a SIGINT came from the terminal, which sent it to the command too: the proxy is in the
/// terminal's foreground process group (the command runs in the proxy's group). Otherwise it was
/// sent to the proxy alone (`kill -INT`, a supervisor) and must be passed on.
fn child_got_it_from_the_terminal() -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let me = nix::unistd::getpgrp();
        let (i, o, e) = (std::io::stdin(), std::io::stdout(), std::io::stderr());
        [i.as_fd(), o.as_fd(), e.as_fd()]
            .into_iter()
            .any(|fd| nix::unistd::tcgetpgrp(fd).is_ok_and(|g| g == me))
    }
    #[cfg(not(unix))]
    {
        true
    }
}

fn forwarded_line(log: &Log, sig: Signal, pid: Option<u32>) {
    let grace = server::GRACE.as_secs();
    log.line(
        &format!(
            "{ME}: {}: passed on to the command; it has {grace}s to exit before it is killed",
            sig.name()
        ),
        &json!({"type": "forwarded", "time": now_rfc3339(), "signal": sig.name(), "pid": pid, "grace_seconds": grace}),
    );
}

fn killed_line(log: &Log, why: &str, pid: Option<u32>) {
    let human = if why == "grace_period" {
        format!(
            "{ME}: the command did not exit within {}s: killed (SIGKILL)",
            server::GRACE.as_secs()
        )
    } else {
        format!("{ME}: {why} again: the command was killed (SIGKILL)")
    };
    log.line(
        &human,
        &json!({"type": "killed", "time": now_rfc3339(), "reason": why, "pid": pid}),
    );
}

/// The command's exit code, or 128 + the signal that ended it (as shells report it).
fn exit_code(status: &std::process::ExitStatus) -> u8 {
    if let Some(c) = status.code() {
        return (c & 0xff) as u8;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(s) = status.signal() {
            return (128 + s).clamp(0, 255) as u8;
        }
    }
    exit::FAILURE
}
