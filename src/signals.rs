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
    Signals::new().recv().await
}

/// A listener for SIGINT, SIGTERM and SIGHUP that stays registered between signals: every signal
/// delivered after [`Signals::new`] is seen by a later [`Signals::recv`] (where calling
/// [`shutdown`] again could miss one arriving in between). For a command that reacts to a first
/// signal and then to a second one.
pub struct Signals {
    #[cfg(unix)]
    int: Option<tokio::signal::unix::Signal>,
    #[cfg(unix)]
    term: Option<tokio::signal::unix::Signal>,
    #[cfg(unix)]
    hup: Option<tokio::signal::unix::Signal>,
}

impl Default for Signals {
    fn default() -> Self {
        Self::new()
    }
}

impl Signals {
    /// Start listening (needs a Tokio runtime with signals enabled).
    pub fn new() -> Self {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            // A handler that cannot be installed (no signal driver) simply never fires.
            Signals {
                int: signal(SignalKind::interrupt()).ok(),
                term: signal(SignalKind::terminate()).ok(),
                hup: signal(SignalKind::hangup()).ok(),
            }
        }
        #[cfg(not(unix))]
        {
            Signals {}
        }
    }

    /// The next signal (the one already delivered, if any).
    pub async fn recv(&mut self) -> Signal {
        #[cfg(unix)]
        {
            async fn next(s: &mut Option<tokio::signal::unix::Signal>) {
                if let Some(s) = s.as_mut()
                    && s.recv().await.is_some()
                {
                    return;
                }
                std::future::pending::<()>().await
            }
            tokio::select! {
                _ = next(&mut self.int) => Signal::Interrupt,
                _ = next(&mut self.term) => Signal::Terminate,
                _ = next(&mut self.hup) => Signal::Hangup,
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
            Signal::Interrupt
        }
    }
}
