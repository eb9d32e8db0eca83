//! The signals that end a command: SIGINT (Ctrl-C), SIGTERM (a supervisor, `kill`) and SIGHUP (the
//! terminal closed). All three are handled alike (docs/exit-codes.md): whatever was in flight is
//! cancelled by dropping its future, so guards run (temporary files removed, a chat turn and its
//! partial answer saved), and the process exits with 128 + the signal's number.

use crate::error::exit;

/// Which signal asked cpaws to stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    Interrupt,
    Terminate,
    Hangup,
}

impl Signal {
    /// The exit code for a command ended by this signal (128 + signal number, as shells report it).
    pub fn exit_code(self) -> u8 {
        match self {
            Signal::Interrupt => exit::INTERRUPTED,
            Signal::Terminate => exit::TERMINATED,
            Signal::Hangup => exit::HANGUP,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Signal::Interrupt => "SIGINT",
            Signal::Terminate => "SIGTERM",
            Signal::Hangup => "SIGHUP",
        }
    }
}

/// Resolves at the first SIGINT, SIGTERM or SIGHUP received after it was first polled. On
/// platforms without SIGTERM/SIGHUP (Windows) only Ctrl-C is watched.
pub async fn shutdown() -> Signal {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        // A handler that cannot be installed (no signal driver) simply never fires; Ctrl-C still does.
        let mut term = signal(SignalKind::terminate()).ok();
        let mut hup = signal(SignalKind::hangup()).ok();
        let term_fut = async {
            match term.as_mut() {
                Some(s) => {
                    s.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        let hup_fut = async {
            match hup.as_mut() {
                Some(s) => {
                    s.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => Signal::Interrupt,
            _ = term_fut => Signal::Terminate,
            _ = hup_fut => Signal::Hangup,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
        Signal::Interrupt
    }
}
