//! `cpaws workspaces` arguments.

use clap::{Args, Subcommand};

#[derive(Args, Debug)]
pub struct WorkspacesArgs {
    #[command(subcommand)]
    pub cmd: WorkspacesCommand,
}

#[derive(Subcommand, Debug)]
pub enum WorkspacesCommand {
    /// List the account's workspaces in the region in use (ListWorkspaces), marking the
    /// configured one
    List {
        /// Ask every commercial region's endpoint at once and show where each workspace lives
        #[arg(long)]
        all_regions: bool,
        /// Include archived workspaces
        #[arg(long)]
        include_archived: bool,
    },
    /// Show one workspace (GetWorkspace); default: the configured one
    Get {
        /// Workspace ID (wrkspc_…)
        id: Option<String>,
    },
}
