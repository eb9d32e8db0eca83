//! `cpaws batches` arguments.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use crate::cli::chat::TOKEN_BOUND;

#[derive(Args, Debug)]
pub struct BatchesArgs {
    #[command(subcommand)]
    pub cmd: BatchesCommand,
}

/// The type of a result line (`result.type`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ResultType {
    Succeeded,
    Errored,
    Canceled,
    Expired,
}

impl ResultType {
    pub fn as_str(self) -> &'static str {
        match self {
            ResultType::Succeeded => "succeeded",
            ResultType::Errored => "errored",
            ResultType::Canceled => "canceled",
            ResultType::Expired => "expired",
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum BatchesCommand {
    /// Create a batch from JSON lines, one `{"custom_id": …, "params": {…}}` request a line;
    /// every line is checked before anything is sent. Prints the batch ID
    Create {
        /// The JSON-lines file, or `-` for stdin
        #[arg(value_name = "FILE|-")]
        file: String,
        /// Model for the lines whose params have none (an ID, or opus / sonnet / haiku)
        #[arg(short, long, value_name = "MODEL")]
        model: Option<String>,
        /// max_tokens for the lines whose params have none (1 to 1000000)
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=TOKEN_BOUND))]
        max_tokens: Option<u64>,
        /// System prompt for the lines whose params have none: TEXT, or @FILE
        #[arg(short, long, value_name = "TEXT|@FILE")]
        system: Option<String>,
        /// Above the API's limits per batch (100,000 requests or 256 MB), create several batches
        #[arg(long)]
        split: bool,
    },
    /// List the workspace's batches, newest first
    List {
        /// Batches per page (1–1000)
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=1000))]
        limit: u32,
        /// Start after this batch ID (the last ID of the previous page)
        #[arg(long, value_name = "ID", conflicts_with = "all")]
        after: Option<String>,
        /// Fetch every page
        #[arg(long)]
        all: bool,
    },
    /// Show one batch: status, request counts, times
    Get {
        /// Batch ID (msgbatch_…)
        id: String,
    },
    /// Cancel a batch that is in progress (asks first on a terminal; --yes elsewhere)
    Cancel {
        /// Batch ID (msgbatch_…)
        id: String,
    },
    /// Delete an ended batch and its results (asks first on a terminal; --yes elsewhere)
    Delete {
        /// Batch ID (msgbatch_…)
        id: String,
    },
    /// Wait until a batch ends, polling with backoff (a progress bar on a terminal);
    /// the global --timeout SECS bounds the wait (exit 1 when it passes)
    Wait {
        /// Batch ID (msgbatch_…)
        id: String,
    },
    /// Stream a batch's results as JSON lines (from its results_url), to stdout or -o FILE
    Results {
        /// Batch ID (msgbatch_…)
        id: String,
        /// Wait for the batch to end first (as `batches wait`)
        #[arg(long)]
        wait: bool,
        /// Write to FILE instead of stdout (atomically: all of it or nothing)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Overwrite FILE if it exists
        #[arg(long, requires = "output")]
        force: bool,
        /// Only results of these types (comma-separated)
        #[arg(long, value_enum, value_delimiter = ',', value_name = "TYPE")]
        only: Vec<ResultType>,
        /// Print `custom_id<TAB>text` lines (the answer's text, with \n, \t and \\ escaped)
        #[arg(long)]
        text: bool,
    },
}
