//! `cpaws completions SHELL` and the hidden `cpaws man`, generated from the clap definition.
//! The committed copies in completions/ and docs/man/cpaws.1 are checked by tests/it/generated.rs.

use std::io::Write;
use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::Cli;

pub fn script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "cpaws", &mut buf);
    buf
}

pub fn man_page() -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    // The global options are left out of `-h` only; a man page is the long help.
    let cmd = Cli::command().mut_args(|a| a.hide_short_help(false));
    clap_mangen::Man::new(cmd).render(&mut buf)?;
    Ok(buf)
}

/// The committed file name for each shell's script.
pub fn file_name(shell: clap_complete::Shell) -> &'static str {
    use clap_complete::Shell::*;
    match shell {
        Bash => "cpaws.bash",
        Zsh => "_cpaws",
        Fish => "cpaws.fish",
        PowerShell => "_cpaws.ps1",
        Elvish => "cpaws.elv",
        _ => "cpaws.unknown",
    }
}

pub fn run(shell: clap_complete::Shell) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    out.write_all(&script(shell))?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_man() -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    out.write_all(&man_page()?)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
