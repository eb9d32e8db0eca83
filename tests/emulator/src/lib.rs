//! cpaws-emulator: a local emulator of Claude Platform on AWS (the regional gateway plus the
//! IAM/STS query calls cpaws makes). See docs/emulator.md for the state JSON, control API and
//! every UNCONFIRMED choice.

pub mod apikey;
pub mod faults;
pub mod gateway;
pub mod iam;
pub mod managed;
pub mod policy;
pub mod server;
pub mod sigv4;
pub mod state;
pub mod sts;
pub mod xml;

pub use server::RecordedRequest;
pub use state::State;

use server::{App, lock};
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

/// A running emulator: its own thread + tokio runtime, bound to 127.0.0.1. Drop shuts it down.
pub struct Emulator {
    app: Arc<App>,
    addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Emulator {
    /// Start on 127.0.0.1 with an OS-chosen port; returns once the socket accepts connections.
    pub fn start(state: State) -> std::io::Result<Emulator> {
        Emulator::start_on(IpAddr::from([127, 0, 0, 1]), 0, state)
    }

    /// Start on a loopback address (non-loopback hosts are refused).
    pub fn start_on(host: IpAddr, port: u16, state: State) -> std::io::Result<Emulator> {
        if !host.is_loopback() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("refusing to listen on non-loopback address {host}"),
            ));
        }
        let listener = std::net::TcpListener::bind(SocketAddr::new(host, port))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let app = Arc::new(App::new(state)?);
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .thread_name("cpaws-emulator")
            .build()?;
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let app2 = app.clone();
        let thread = std::thread::Builder::new()
            .name("cpaws-emulator".into())
            .spawn(move || {
                rt.block_on(async move {
                    use axum::serve::ListenerExt;
                    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                        return;
                    };
                    let router = axum::Router::new()
                        .fallback(server::dispatch)
                        .with_state(app2);
                    tokio::select! {
                        // Without TCP_NODELAY the last chunk of a streamed answer waits ~40 ms
                        // (Nagle + delayed ACK) on a kept-alive connection.
                        _ = axum::serve(listener.tap_io(|tcp| {
                                let _ = tcp.set_nodelay(true);
                            }), router) => {}
                        _ = rx => {}
                    }
                });
                rt.shutdown_timeout(Duration::from_millis(200));
            })?;
        Ok(Emulator {
            app,
            addr,
            shutdown: Some(tx),
            thread: Some(thread),
        })
    }

    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// The environment for a client of this emulator (same pairs as `--print-env`).
    pub fn env(&self) -> Vec<(String, String)> {
        env_pairs(&self.url(), &self.state())
    }

    /// Mutate the live state.
    pub fn update_state<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        f(&mut lock(&self.app.state))
    }

    /// A clone of the live state.
    pub fn state(&self) -> State {
        lock(&self.app.state).clone()
    }

    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.app.requests).clone()
    }

    pub fn clear_requests(&self) {
        lock(&self.app.requests).clear();
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// The default principal's environment: base URLs, region, workspace and the first access key.
pub fn env_pairs(url: &str, st: &State) -> Vec<(String, String)> {
    let workspace = st
        .accounts
        .iter()
        .flat_map(|a| a.workspaces.iter())
        .find(|w| w.region == st.default_region && !w.archived)
        .map(|w| w.id.clone())
        .unwrap_or_default();
    let mut v = vec![
        ("ANTHROPIC_AWS_BASE_URL".to_string(), url.to_string()),
        ("AWS_ENDPOINT_URL".to_string(), url.to_string()),
        ("AWS_REGION".to_string(), st.default_region.clone()),
        ("ANTHROPIC_AWS_WORKSPACE_ID".to_string(), workspace),
    ];
    if let Some(k) = st.access_keys.first() {
        v.push(("AWS_ACCESS_KEY_ID".to_string(), k.access_key_id.clone()));
        v.push(("AWS_SECRET_ACCESS_KEY".to_string(), k.secret.clone()));
        if let Some(t) = &k.session_token {
            v.push(("AWS_SESSION_TOKEN".to_string(), t.clone()));
        }
    }
    v.push(("AWS_EC2_METADATA_DISABLED".to_string(), "true".to_string()));
    v
}
