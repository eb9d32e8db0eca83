//! The listener: HTTP/1.1 connections served until a stop is asked for, then a graceful stop (no
//! new connections, idle ones closed, in-flight requests given [`GRACE`] to finish, or cut at a
//! second signal).

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;

use super::forwarding::{Shared, handle};

/// How long in-flight requests (a long stream) may take to finish after a stop was asked for.
pub const GRACE: Duration = Duration::from_secs(10);

/// How a stop went.
pub struct Stopped {
    /// Requests still running when the grace period ended (they were cut).
    pub cut: bool,
}

/// Serve until `stop` resolves, then stop gracefully.
pub async fn serve(
    listener: TcpListener,
    shared: Arc<Shared>,
    stop: impl Future<Output = ()>,
) -> Stopped {
    let graceful = GracefulShutdown::new();
    tokio::pin!(stop);
    loop {
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
                tokio::spawn(async move {
                    if let Err(e) = conn.await {
                        tracing::debug!("proxy: connection ended: {e}");
                    }
                });
            }
            _ = &mut stop => break,
        }
    }
    drop(listener);
    // A second signal (Ctrl-C again) does not wait for the grace period.
    let cut = tokio::select! {
        done = tokio::time::timeout(GRACE, graceful.shutdown()) => done.is_err(),
        _ = crate::signals::shutdown() => true,
    };
    Stopped { cut }
}
