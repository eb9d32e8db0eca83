//! `cpaws models` arguments.

use clap::{Args, Subcommand};

#[derive(Args, Debug)]
pub struct ModelsArgs {
    #[command(subcommand)]
    pub cmd: ModelsCommand,
}

#[derive(Subcommand, Debug)]
pub enum ModelsCommand {
    /// List the models the workspace serves: ID, display name, created, and which alias
    /// (opus / sonnet / haiku) points to it
    List {
        /// Models per page (1–1000)
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=1000))]
        limit: u32,
        /// Start after this model ID (the last ID of the previous page)
        #[arg(long, value_name = "ID", conflicts_with = "all")]
        after: Option<String>,
        /// Fetch every page
        #[arg(long)]
        all: bool,
    },
    /// Show one model (GET /v1/models/ID); an alias (opus, sonnet, haiku) resolves as chat does
    Get {
        /// Model ID or alias
        id: String,
    },
}
