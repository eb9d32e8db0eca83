//! Command-line definition (clap derive). The help text, completions and man page all come from here.

pub mod argv;
pub mod batches;
pub mod chat;
pub mod files;
pub mod keys;
pub mod models;
pub mod proxy;
pub mod workspaces;

use std::path::PathBuf;

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

use crate::config::Overrides;
pub use crate::config::{ApiKeyHeader, AuthChoice};
use crate::output::ColorChoice;

const AFTER_HELP: &str = "\
Configuration precedence: flags > environment > cpaws config file > AWS profile.
Environment: ANTHROPIC_AWS_WORKSPACE_ID, ANTHROPIC_AWS_API_KEY, ANTHROPIC_AWS_BASE_URL,
AWS_REGION / AWS_DEFAULT_REGION, AWS_PROFILE, and CPAWS_* (see docs/configuration.md).
Exit codes: 0 ok, 1 problem found, 2 usage/config, 3 credentials, 4 rejected, 5 service/network,
130 interrupted (docs/exit-codes.md).";

/// Diagnose, set up and use Claude Platform on AWS from the terminal.
#[derive(Parser, Debug)]
#[command(
    name = "cpaws",
    version,
    about,
    propagate_version = true,
    arg_required_else_help = true,
    after_help = AFTER_HELP
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug, Clone, Default)]
pub struct GlobalArgs {
    /// cpaws config profile to use [env: CPAWS_PROFILE]
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_name = "NAME",
        help_heading = "Global options"
    )]
    pub profile: Option<String>,

    /// AWS profile for credentials (and region, last) [env: AWS_PROFILE]
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_name = "NAME",
        help_heading = "Global options"
    )]
    pub aws_profile: Option<String>,

    /// AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_name = "REGION",
        help_heading = "Global options"
    )]
    pub region: Option<String>,

    /// Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_name = "ID",
        help_heading = "Global options"
    )]
    pub workspace_id: Option<String>,

    /// Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_name = "URL",
        help_heading = "Global options"
    )]
    pub base_url: Option<String>,

    /// Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_enum,
        value_name = "MODE",
        help_heading = "Global options"
    )]
    pub auth: Option<AuthChoice>,

    /// Send no AWS authentication (same as --auth none), for a gateway that signs requests;
    /// ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        help_heading = "Global options"
    )]
    pub skip_auth: bool,

    /// Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_name = "FILE",
        help_heading = "Global options"
    )]
    pub api_key_file: Option<PathBuf>,

    /// Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_enum,
        value_name = "HEADER",
        help_heading = "Global options"
    )]
    pub api_key_header: Option<ApiKeyHeader>,

    /// anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_name = "VERSION",
        help_heading = "Global options"
    )]
    pub anthropic_version: Option<String>,

    /// Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]
    #[arg(long, global = true,
        hide_short_help = true, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=10), help_heading = "Global options")]
    pub max_retries: Option<u32>,

    /// Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it
    /// between events instead [env: CPAWS_TIMEOUT]
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_name = "SECS",
        value_parser = clap::value_parser!(u64).range(1..=86_400),
        help_heading = "Global options"
    )]
    pub timeout: Option<u64>,

    /// Print machine-readable JSON on stdout (schemas in docs/json.md)
    #[arg(long, global = true,
        hide_short_help = true, env = "CPAWS_JSON", value_parser = clap::builder::FalseyValueParser::new(), help_heading = "Global options")]
    pub json: bool,

    /// When to use colour
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_enum,
        env = "CPAWS_COLOR",
        default_value_t,
        value_name = "WHEN",
        help_heading = "Global options"
    )]
    pub color: ColorChoice,

    /// More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead
    #[arg(short, long, global = true,
        hide_short_help = true, action = ArgAction::Count, help_heading = "Global options")]
    pub verbose: u8,

    /// Only errors on stderr
    #[arg(short, long, global = true,
        hide_short_help = true, env = "CPAWS_QUIET", value_parser = clap::builder::FalseyValueParser::new(), help_heading = "Global options")]
    pub quiet: bool,

    /// Answer yes to confirmations (needed when stdin is not a terminal)
    #[arg(short = 'y', long, global = true,
        hide_short_help = true, env = "CPAWS_YES", value_parser = clap::builder::FalseyValueParser::new(), help_heading = "Global options")]
    pub yes: bool,

    /// cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        value_name = "FILE",
        help_heading = "Global options"
    )]
    pub config: Option<PathBuf>,
}

impl GlobalArgs {
    /// The settings these flags give, for [`crate::config::resolve`].
    pub fn overrides(&self) -> Overrides {
        Overrides {
            config: self.config.clone(),
            profile: self.profile.clone(),
            aws_profile: self.aws_profile.clone(),
            region: self.region.clone(),
            workspace_id: self.workspace_id.clone(),
            base_url: self.base_url.clone(),
            auth: self.auth,
            skip_auth: self.skip_auth,
            api_key_file: self.api_key_file.clone(),
            api_key_header: self.api_key_header,
            anthropic_version: self.anthropic_version.clone(),
            max_retries: self.max_retries,
            timeout: self.timeout,
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Show the resolved configuration, where each value came from, and whether cpaws is ready
    Status(StatusArgs),
    /// Find every setup problem, prove access, explain the cause and the exact fix
    Doctor(DoctorArgs),
    /// Enable outbound web identity federation for the account (safe to re-run)
    EnableFederation(EnableFederationArgs),
    /// Generate least-privilege IAM policies and trust policies, and check policies
    #[command(subcommand)]
    Policy(PolicyCommand),
    /// Create, inspect and manage API keys (short-term and long-term)
    Keys(keys::KeysArgs),
    /// Chat with Claude: one-shot or interactive, streaming
    Chat(chat::ChatArgs),
    /// Upload, list, download and delete files (the Files API)
    Files(files::FilesArgs),
    /// List the models the workspace serves, or show one
    Models(models::ModelsArgs),
    /// Message batches: create from JSON lines, list, get, cancel, delete, wait, results
    Batches(batches::BatchesArgs),
    /// List the account's workspaces (in one region or all), or show one
    Workspaces(workspaces::WorkspacesArgs),
    /// Print the settings another tool needs to reach the same workspace
    Env(EnvArgs),
    /// Run a local signing gateway for tools that speak the first-party Anthropic API
    Proxy(proxy::ProxyArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Print the man page (roff)
    #[command(hide = true)]
    Man,
}

#[derive(Args, Debug)]
pub struct StatusArgs {
    /// Make no network calls; readiness is then unverified
    #[arg(long)]
    pub offline: bool,
    /// The uses readiness must prove, each by a request that costs nothing (default: inference)
    #[arg(long = "for", value_enum, value_delimiter = ',', value_name = "USE")]
    pub for_: Vec<crate::intents::Intent>,
    /// Output format: human, json (what --json gives), github (Actions workflow commands and a job
    /// summary in $GITHUB_STEP_SUMMARY), junit (JUnit XML). Wins over --json and CPAWS_JSON
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub output_format: Option<ReportFormat>,
}

#[derive(Args, Debug, Clone, Default)]
pub struct DoctorArgs {
    /// Run only the checks that need no network
    #[arg(long)]
    pub offline: bool,
    /// List the checks and exit
    #[arg(long)]
    pub list_checks: bool,
    /// Run only these checks (and what they depend on); repeat or separate with commas
    #[arg(long, value_name = "ID", value_delimiter = ',')]
    pub check: Vec<String>,
    /// Skip these checks
    #[arg(long, value_name = "ID", value_delimiter = ',')]
    pub skip: Vec<String>,
    /// Fail on warnings too
    #[arg(long)]
    pub strict: bool,
    /// Apply the safe fixes found (enable federation, run auth_refresh), each after confirmation
    #[arg(long)]
    pub fix: bool,
    /// Write a redacted Markdown report for a support ticket
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Intended use, for the permissions check (default: inference,files)
    #[arg(long = "for", value_enum, value_delimiter = ',', value_name = "USE")]
    pub for_: Vec<crate::intents::Intent>,
    /// List the account's workspaces in every region even when the configured one is found (one
    /// that is not found, or refused, is always looked for in every region)
    #[arg(long)]
    pub scan_regions: bool,
    /// The role whose trust policy to check (default: the assumed role in use)
    #[arg(long, value_name = "ARN")]
    pub role_arn: Option<String>,
    /// The principal that must be able to assume that role (a gateway's role, an account, an OIDC
    /// provider), or a gateway preset: truefoundry, portkey (their documented hosted-service role)
    #[arg(long, value_name = "ARN")]
    pub trusted_principal: Option<String>,
    /// The sts:ExternalId that principal sends; a trust policy that does not require it is a
    /// confused-deputy warning
    #[arg(long, value_name = "ID")]
    pub external_id: Option<String>,
    /// Seconds each check may take, 1-3600
    #[arg(long, default_value_t = 20, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub check_timeout: u64,
    /// Run the checks one after another (for comparison)
    #[arg(long, hide = true)]
    pub sequential: bool,
    /// Output format: human, json (what --json gives), github (Actions workflow commands and a job
    /// summary in $GITHUB_STEP_SUMMARY), junit (JUnit XML). Wins over --json and CPAWS_JSON
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub output_format: Option<ReportFormat>,
}

pub use crate::ci_report::ReportFormat;

#[derive(Subcommand, Debug)]
pub enum PolicyCommand {
    /// Build an IAM identity policy from intents (default: what cpaws needs for chat and files)
    Gen(PolicyGenArgs),
    /// Build a trust policy for the role paths people use
    Trust(PolicyTrustArgs),
    /// Check a policy document against intents (missing, over-granted, ineffective statements)
    Check(PolicyCheckArgs),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum PolicyFormat {
    /// IAM JSON
    #[default]
    Json,
    /// A Terraform resource
    Terraform,
    /// A CloudFormation template (YAML)
    Cloudformation,
}

#[derive(Args, Debug)]
pub struct PolicyGenArgs {
    /// What the principal will do; repeat or separate with commas
    #[arg(long, value_enum, value_delimiter = ',', value_name = "INTENT")]
    pub intent: Vec<crate::intents::Intent>,
    /// Explicitly deny these intents' actions
    #[arg(long, value_enum, value_delimiter = ',', value_name = "INTENT")]
    pub deny: Vec<crate::intents::Intent>,
    /// The AWS account ID (default: from STS GetCallerIdentity); makes `gen` work offline
    #[arg(long, value_name = "ID")]
    pub account: Option<String>,
    /// Scope to every workspace (workspace/*) instead of the configured one
    #[arg(long)]
    pub all_workspaces: bool,
    /// Leave out the sts:GetWebIdentityToken statements the managed policies carry
    #[arg(long)]
    pub no_sts_statements: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t, value_name = "FORMAT")]
    pub format: PolicyFormat,
    /// Name of the policy (inline policy name for --apply, resource name in IaC)
    #[arg(long, default_value = "cpaws-claude-platform", value_name = "NAME")]
    pub policy_name: String,
    /// Attach it as an inline policy of this role (after confirmation)
    #[arg(long, value_name = "NAME", conflicts_with = "user")]
    pub role: Option<String>,
    /// Attach it as an inline policy of this user (after confirmation)
    #[arg(long, value_name = "NAME")]
    pub user: Option<String>,
    /// Attach the policy (needs --role or --user; giving either alone is the same)
    #[arg(long)]
    pub apply: bool,
}

#[derive(Args, Debug)]
pub struct PolicyTrustArgs {
    /// Trust this AWS principal (role/user ARN, or an account ID), e.g. an AI gateway's role; or a
    /// gateway preset: truefoundry, portkey (neither has a documented principal yet: cpaws says
    /// where to find it)
    #[arg(long, value_name = "ARN")]
    pub principal: Option<String>,
    /// Require this sts:ExternalId (as AI gateways do)
    #[arg(long, value_name = "ID")]
    pub external_id: Option<String>,
    /// Trust the root of this account (every principal the account allows)
    #[arg(long, value_name = "ACCOUNT")]
    pub account_root: Option<String>,
    /// Trust GitHub Actions of owner/repo (optionally :ref, e.g. owner/repo:main)
    #[arg(long, value_name = "OWNER/REPO[:REF]")]
    pub github_repo: Option<String>,
    /// Trust an EKS service account through this cluster's OIDC issuer (IRSA)
    #[arg(long, value_name = "URL", requires = "service_account")]
    pub eks_oidc_issuer: Option<String>,
    /// The Kubernetes service account, NAMESPACE:NAME
    #[arg(long, value_name = "NS:NAME")]
    pub service_account: Option<String>,
    /// The account that holds the OIDC provider (default: from STS)
    #[arg(long, value_name = "ID")]
    pub account: Option<String>,
    /// Role name used in IaC output
    #[arg(long, default_value = "claude-platform-access", value_name = "NAME")]
    pub role_name: String,
    /// Output format
    #[arg(long, value_enum, default_value_t, value_name = "FORMAT")]
    pub format: PolicyFormat,
}

#[derive(Args, Debug)]
pub struct PolicyCheckArgs {
    /// The policy document (`-` for stdin); raw or percent-encoded JSON
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Intended use (default: inference,files)
    #[arg(long, value_enum, value_delimiter = ',', value_name = "INTENT")]
    pub intent: Vec<crate::intents::Intent>,
    /// Account ID for the workspace ARN it is checked against
    #[arg(long, value_name = "ID")]
    pub account: Option<String>,
}

#[derive(Args, Debug)]
pub struct EnvArgs {
    /// The tool to configure
    #[arg(long = "for", value_enum, value_name = "TOOL")]
    pub target: EnvTarget,
    /// Shell syntax (default: from $SHELL)
    #[arg(long, value_enum, value_name = "SHELL")]
    pub shell: Option<ShellKind>,
    /// Also print secrets (the API key)
    #[arg(long)]
    pub include_secrets: bool,
    /// Make no network calls (no model pinning, no identity lookup)
    #[arg(long)]
    pub offline: bool,
    /// For --for gateway: the role the gateway assumes
    #[arg(long, value_name = "ARN")]
    pub role_arn: Option<String>,
    /// For --for gateway: the external ID the gateway sends
    #[arg(long, value_name = "ID")]
    pub external_id: Option<String>,
    /// Print the settings for a running `cpaws proxy` at URL instead (its token from
    /// --token-file or CPAWS_PROXY_TOKEN)
    #[arg(long, value_name = "URL")]
    pub via_proxy: Option<String>,
    /// With --via-proxy: the file holding the proxy's token (as given to `cpaws proxy --token-file`)
    #[arg(long, value_name = "FILE", requires = "via_proxy")]
    pub token_file: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EnvTarget {
    /// Claude Code (CLAUDE_CODE_USE_ANTHROPIC_AWS and friends)
    ClaudeCode,
    /// The official Anthropic SDKs' AWS clients
    Sdk,
    /// An AI gateway's form fields
    Gateway,
}

impl EnvTarget {
    pub fn name(self) -> &'static str {
        match self {
            EnvTarget::ClaudeCode => "claude-code",
            EnvTarget::Sdk => "sdk",
            EnvTarget::Gateway => "gateway",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ShellKind {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

impl ShellKind {
    pub fn name(self) -> &'static str {
        match self {
            ShellKind::Bash => "bash",
            ShellKind::Zsh => "zsh",
            ShellKind::Fish => "fish",
            ShellKind::Powershell => "powershell",
        }
    }
}

#[derive(Args, Debug)]
pub struct EnableFederationArgs {
    /// Print what would be called (and the equivalent aws CLI command); change nothing
    #[arg(long, conflicts_with_all = ["status", "format"])]
    pub dry_run: bool,
    /// Only report whether federation is enabled (exit 0 enabled, 1 disabled)
    #[arg(long, conflicts_with = "format")]
    pub status: bool,
    /// Print the infrastructure-as-code equivalent instead of calling the API
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<IacFormat>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum IacFormat {
    Terraform,
    Cloudformation,
}

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// The shell to generate a script for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}
