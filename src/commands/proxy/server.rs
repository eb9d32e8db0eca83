//! The listener: HTTP/1.1 connections served until a stop is asked for, then a graceful stop (no
//! new connections, idle ones closed, in-flight requests given [`GRACE`] to finish, or cut at a
//! second signal). Connections still running then are dropped before `serve` returns, so their
//! guards run (a spooled upload's temporary file is removed) before the process exits.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;

use super::forwarding::{Shared, handle};
use crate::signals::{Signal, Signals};

/// How long in-flight requests (a long stream) may take to finish after a stop was asked for.
pub const GRACE: Duration = Duration::from_secs(10);

/// Why requests in flight were cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cut {
    /// They were still running when the grace period ended.
    GracePeriod,
    /// A second signal came during the grace period.
    Signal(Signal),
}

/// How a stop went.
pub struct Stopped {
    /// `None`: every request in flight finished.
    pub cut: Option<Cut>,
}

/// Serve until `stop` resolves, then stop gracefully. `stop` hands back the signal listener (made
/// before the first signal, so none is missed in between): a signal during the grace period cuts
/// it short.
pub async fn serve(
    listener: TcpListener,
    shared: Arc<Shared>,
    stop: impl Future<Output = Signals>,
) -> Stopped {
    let graceful = GracefulShutdown::new();
    let mut conns = tokio::task::JoinSet::new();
    tokio::pin!(stop);
    let mut signals = loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, _) = match accepted {
                    Ok(s) => s,
                    Err(e) => {
                        // Out of file descriptors and the like: wait a little, keep serving.
                        tracing::warn!("proxy: accepting a connection failed: {e}");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let shared = shared.clone();
                let conn = http1::Builder::new()
                    .keep_alive(true)
                    .serve_connection(
                        TokioIo::new(stream),
                        service_fn(move |req| handle(shared.clone(), req)),
                    );
                let conn = graceful.watch(conn);
                conns.spawn(async move {
                    if let Err(e) = conn.await {
                        tracing::debug!("proxy: connection ended: {e}");
                    }
                });
            }
            // Reap finished connections (the set would otherwise grow with every one).
            Some(_) = conns.join_next(), if !conns.is_empty() => {}
            signals = &mut stop => break signals,
        }
    };
    drop(listener);
    // A second signal (Ctrl-C again) does not wait for the grace period.
    let cut = tokio::select! {
        done = tokio::time::timeout(GRACE, graceful.shutdown()) => {
            done.is_err().then_some(Cut::GracePeriod)
        }
        sig = signals.recv() => Some(Cut::Signal(sig)),
    };
    // Drop what still runs, and wait until it is dropped.
    conns.shutdown().await;
    Stopped { cut }
}
