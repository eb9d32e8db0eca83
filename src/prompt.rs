//! Questions on a terminal. Prompts appear only when stdin and stderr are terminals; elsewhere a
//! command needs `--yes`.

use std::io::IsTerminal;

use crate::error::{CliError, exit};

/// Ask on a terminal; elsewhere require --yes.
pub fn confirm(yes: bool, question: &str) -> Result<(), CliError> {
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Err(CliError::usage(
            "confirmation_needed",
            format!("{question} (needs confirmation)"),
        )
        .with_cause("stdin is not a terminal, so cpaws cannot ask")
        .with_fix("pass --yes (or set CPAWS_YES=1) to confirm"));
    }
    let ok = dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|e| {
            CliError::new(exit::INTERRUPTED, "interrupted", "no answer").with_cause(e.to_string())
        })?;
    if ok {
        Ok(())
    } else {
        Err(CliError::new(
            exit::FAILURE,
            "declined",
            "nothing was changed (declined)",
        ))
    }
}
