//! `cpaws keys` arguments.

use clap::{Args, Subcommand};

#[derive(Args, Debug)]
pub struct KeysArgs {
    #[command(subcommand)]
    pub cmd: KeysCommand,
}

#[derive(Subcommand, Debug)]
pub enum KeysCommand {
    /// Mint a short-term API key from the current AWS credentials (or, with --long-term, create
    /// an IAM service-specific credential)
    Create(CreateArgs),
    /// Decode a key: region, access key ID, issue and expiry times (never the signature or token)
    Inspect {
        /// The key (kept by shell history: better left out). Default: ANTHROPIC_AWS_API_KEY (or
        /// the configured key file), else stdin when piped, else a hidden prompt; `-` reads stdin
        key: Option<String>,
    },
    /// Run a command with a fresh short-term key in ANTHROPIC_AWS_API_KEY
    Exec {
        /// Lifetime of the key (e.g. 30m, 1h, 12h; at most 12h)
        #[arg(long, value_name = "DURATION")]
        ttl: Option<String>,
        /// The command and its arguments (after `--`)
        #[arg(
            required = true,
            trailing_var_arg = true,
            allow_hyphen_values = true,
            value_name = "CMD"
        )]
        command: Vec<String>,
    },
    /// Make one live call (GET /v1/models?limit=1) with a key and explain any failure
    Verify {
        /// The key (kept by shell history: better left out). Default: ANTHROPIC_AWS_API_KEY (or
        /// the configured key file), else stdin when piped, else a hidden prompt; `-` reads stdin
        key: Option<String>,
    },
    /// List long-term keys (IAM service-specific credentials for aws-external-anthropic)
    List {
        /// The IAM user whose keys to list (default: the calling IAM user)
        #[arg(long, conflicts_with = "all_users")]
        user: Option<String>,
        /// List the keys of every IAM user of the account
        #[arg(long)]
        all_users: bool,
    },
    /// Deactivate a long-term key (it stops working until activated again)
    Deactivate(IdArgs),
    /// Activate a deactivated long-term key
    Activate(IdArgs),
    /// Delete a long-term key for good
    Delete(IdArgs),
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Lifetime of a short-term key (e.g. 30m, 1h, 12h; default and maximum 12h)
    #[arg(long, value_name = "DURATION", conflicts_with = "long_term")]
    pub ttl: Option<String>,
    /// Print `export ANTHROPIC_AWS_API_KEY=…` (for `eval "$(cpaws keys create --export)"`)
    #[arg(long)]
    pub export: bool,
    /// Create a long-term key (an IAM service-specific credential) instead; needs --user
    #[arg(long, requires = "user")]
    pub long_term: bool,
    /// The IAM user that owns the long-term key
    #[arg(long, requires = "long_term")]
    pub user: Option<String>,
    /// Days until the long-term key expires (1–36600; default: never)
    #[arg(long, requires = "long_term", value_parser = clap::value_parser!(i32).range(1..=36600))]
    pub expires_in_days: Option<i32>,
}

#[derive(Args, Debug)]
pub struct IdArgs {
    /// The key's ServiceSpecificCredentialId (from `cpaws keys list`)
    pub id: String,
    /// The IAM user that owns the key
    #[arg(long)]
    pub user: String,
}
