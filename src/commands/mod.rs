//! One module per subcommand, over the shared layers.

pub mod completions;
pub mod status;

use std::process::ExitCode;

use crate::error::CliError;

/// Subcommands that later work fills in: a clear message and exit 2.
pub fn not_yet_available(name: &str) -> anyhow::Result<ExitCode> {
    Err(CliError::usage(
        "not_yet_available",
        format!("`cpaws {name}` is not yet available in this version"),
    )
    .with_fix("use `cpaws status` for now; see README.md for what is available")
    .into())
}
