//! `cpaws completions SHELL` and the hidden `cpaws man`, generated from the clap definition.
//! The committed copies in completions/ and docs/man/ are checked by tests/it/generated.rs.

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

/// The root man page (`cpaws.1`), as `cpaws man` prints it.
pub fn man_page() -> std::io::Result<Vec<u8>> {
    let mut pages = man_pages()?;
    Ok(pages.swap_remove(0).1)
}

/// Every man page: `cpaws.1` first, then one per subcommand (`cpaws-status.1`,
/// `cpaws-policy-gen.1`, …), as (file name, roff). The root page's SUBCOMMANDS section names them.
pub fn man_pages() -> std::io::Result<Vec<(String, Vec<u8>)>> {
    fn walk(cmd: &clap::Command, out: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
        let man = clap_mangen::Man::new(cmd.clone()).source(format!(
            "{} {}",
            env!("CARGO_PKG_NAME"),
            env!("CARGO_PKG_VERSION")
        ));
        let mut buf = Vec::new();
        man.render(&mut buf)?;
        out.push((man.get_filename(), buf));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, out)?;
        }
        Ok(())
    }
    // The global options are left out of `-h` only; a man page is the long help. `help` is no
    // page of its own (it would only repeat --help).
    let mut cmd = Cli::command()
        .mut_args(|a| a.hide_short_help(false))
        .disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, &mut out)?;
    Ok(out)
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
