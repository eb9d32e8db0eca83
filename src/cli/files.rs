//! `cpaws files` arguments.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Args, Debug)]
pub struct FilesArgs {
    /// Send `anthropic-beta: HEADER` with every Files request (e.g. files-api-2025-04-14, which
    /// clients sent before the Files API was GA). Default: none, like the current official SDKs
    #[arg(long, global = true, value_name = "HEADER", env = "CPAWS_FILES_BETA")]
    pub beta: Option<String>,
    #[command(subcommand)]
    pub cmd: FilesCommand,
}

#[derive(Subcommand, Debug)]
pub enum FilesCommand {
    /// Upload files (up to 500 MB each); prints each file ID
    Upload {
        /// Files to upload
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// List files: ID, name, size, type, created, downloadable
    List {
        /// Files per page (1–1000)
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=1000))]
        limit: u32,
        /// Start after this file ID (the last ID of the previous page)
        #[arg(long, value_name = "ID", conflicts_with = "all")]
        after: Option<String>,
        /// Fetch every page
        #[arg(long)]
        all: bool,
    },
    /// Show one file's metadata
    Info { id: String },
    /// Download a file (only files the API marks downloadable)
    Download {
        id: String,
        /// Where to write it: a path, a directory, or `-` for stdout (default: the file's name in
        /// the current directory)
        #[arg(short, long, value_name = "PATH")]
        output: Option<String>,
        /// Overwrite an existing file
        #[arg(long)]
        force: bool,
    },
    /// Delete files (asks on a terminal; --yes otherwise)
    Delete {
        #[arg(required = true)]
        ids: Vec<String>,
    },
}
