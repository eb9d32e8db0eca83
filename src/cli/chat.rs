//! `cpaws chat` arguments.

use std::path::PathBuf;

use clap::{Args, Subcommand};

/// The largest token count accepted for `--max-tokens` and `--thinking`: far above what any model
/// produces (the service decides the real limit), low enough that no arithmetic on it overflows.
pub const TOKEN_BOUND: u64 = 1_000_000;

#[derive(Args, Debug)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ChatArgs {
    #[command(subcommand)]
    pub command: Option<ChatCommand>,
    #[command(flatten)]
    pub opts: ChatOpts,
    /// The prompt (words are joined); piped stdin is appended. No prompt on a terminal opens the
    /// interactive chat. A prompt that is exactly `list`, `show` or `rm`: write `cpaws chat -- list`.
    #[arg(value_name = "PROMPT")]
    pub prompt: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum ChatCommand {
    /// List saved sessions, most recent first
    List,
    /// Print a saved session
    Show {
        /// Session name
        name: String,
    },
    /// Delete a saved session
    Rm {
        /// Session name
        name: String,
    },
}

#[derive(Args, Debug, Clone, Default)]
pub struct ChatOpts {
    /// Model ID, or opus / sonnet / haiku for the newest of that family the workspace lists
    /// (default: sonnet) [env: CPAWS_MODEL]
    #[arg(
        short,
        long,
        value_name = "MODEL",
        env = "CPAWS_MODEL",
        hide_env = true
    )]
    pub model: Option<String>,
    /// System prompt: TEXT, or @FILE to read it from a file
    #[arg(short, long, value_name = "TEXT|@FILE")]
    pub system: Option<String>,
    /// Maximum output tokens, 1 to 1000000 (default 8192, raised to fit a thinking budget)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=TOKEN_BOUND))]
    pub max_tokens: Option<u64>,
    /// Sampling temperature (0–1)
    #[arg(long, value_name = "T")]
    pub temperature: Option<f64>,
    /// Extended thinking: a token budget (1024 to 1000000) or low / medium / high (default medium)
    #[arg(long, value_name = "BUDGET", num_args = 0..=1, default_missing_value = "medium")]
    pub thinking: Option<String>,
    /// Show the model's thinking (on stderr, dimmed)
    #[arg(long)]
    pub show_thinking: bool,
    /// Attach a file: images become image blocks, PDFs document blocks, anything else text (repeatable)
    #[arg(short = 'a', long = "attach", value_name = "FILE")]
    pub attach: Vec<PathBuf>,
    /// Attach a file uploaded with `cpaws files` by its ID (repeatable)
    #[arg(long = "file-id", value_name = "ID")]
    pub file_id: Vec<String>,
    /// Do not mark the system prompt, attachments and conversation for prompt caching
    #[arg(long)]
    pub no_cache: bool,
    /// Prompt-cache lifetime: 5m (default) or 1h
    #[arg(long, value_name = "TTL", value_parser = ["5m", "1h"])]
    pub cache_ttl: Option<String>,
    /// Print the answer as raw text, never rendered as Markdown
    #[arg(long)]
    pub raw: bool,
    /// Print every stream event as one JSON line (not with --json)
    #[arg(long, conflicts_with_all = ["raw", "json"])]
    pub stream_json: bool,
    /// Save the conversation under this session name (continues it if it exists)
    #[arg(long, value_name = "NAME", conflicts_with = "continue_last")]
    pub session: Option<String>,
    /// Continue the most recently used session
    #[arg(short = 'c', long = "continue")]
    pub continue_last: bool,
    /// Do not save this conversation (CPAWS_CHAT_HISTORY=off: save no one-shot call)
    #[arg(long, conflicts_with_all = ["session", "continue_last"])]
    pub no_save: bool,
    /// Count the input tokens of the prompt, system prompt and attachments
    /// (POST /v1/messages/count_tokens) and print the count; nothing is sent to the model
    #[arg(long, conflicts_with_all = ["session", "continue_last", "stream_json", "raw", "show_thinking"])]
    pub count_tokens: bool,
}

impl ChatArgs {
    /// `--thinking` takes an optional value, so `--thinking "explain x"` would take the prompt as
    /// the budget. A value is a budget only when it is one (digits, or low / medium / high);
    /// anything else is the prompt's first words, and thinking gets its default.
    pub fn normalize(&mut self) {
        let Some(v) = &self.opts.thinking else {
            return;
        };
        let is_budget = (!v.is_empty() && v.chars().all(|c| c.is_ascii_digit()))
            || ["low", "medium", "high"].contains(&v.to_ascii_lowercase().as_str());
        if !is_budget {
            let words = self.opts.thinking.replace("medium".into());
            self.prompt.splice(0..0, words);
        }
    }
}
