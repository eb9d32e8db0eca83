//! `cpaws chat` (being built).

use std::process::ExitCode;

use clap::Args;

use crate::cli::GlobalArgs;
use crate::output::Printer;

#[derive(Args, Debug)]
pub struct ChatArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

pub async fn run(_g: &GlobalArgs, _a: &ChatArgs, _printer: &Printer) -> anyhow::Result<ExitCode> {
    crate::commands::not_yet_available("chat")
}
