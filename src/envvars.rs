//! Every environment variable cpaws reads, in one place (documented in docs/configuration.md).

// The official SDKs' own names.
pub const ANTHROPIC_AWS_WORKSPACE_ID: &str = "ANTHROPIC_AWS_WORKSPACE_ID";
pub const ANTHROPIC_AWS_API_KEY: &str = "ANTHROPIC_AWS_API_KEY";
pub const ANTHROPIC_AWS_BASE_URL: &str = "ANTHROPIC_AWS_BASE_URL";
pub const AWS_REGION: &str = "AWS_REGION";
pub const AWS_DEFAULT_REGION: &str = "AWS_DEFAULT_REGION";
pub const AWS_PROFILE: &str = "AWS_PROFILE";
pub const AWS_ACCESS_KEY_ID: &str = "AWS_ACCESS_KEY_ID";
pub const AWS_SECRET_ACCESS_KEY: &str = "AWS_SECRET_ACCESS_KEY";
pub const AWS_SESSION_TOKEN: &str = "AWS_SESSION_TOKEN";
pub const AWS_CA_BUNDLE: &str = "AWS_CA_BUNDLE";
pub const SSL_CERT_FILE: &str = "SSL_CERT_FILE";

// cpaws's own.
pub const CPAWS_CONFIG: &str = "CPAWS_CONFIG";
/// `--json` (clap reads it; named here for the usage-error path that reads the raw line).
pub const CPAWS_JSON: &str = "CPAWS_JSON";
pub const CPAWS_PROFILE: &str = "CPAWS_PROFILE";
pub const CPAWS_REGION: &str = "CPAWS_REGION";
pub const CPAWS_WORKSPACE_ID: &str = "CPAWS_WORKSPACE_ID";
pub const CPAWS_BASE_URL: &str = "CPAWS_BASE_URL";
pub const CPAWS_AUTH: &str = "CPAWS_AUTH";
pub const CPAWS_API_KEY_FILE: &str = "CPAWS_API_KEY_FILE";
pub const CPAWS_API_KEY_HEADER: &str = "CPAWS_API_KEY_HEADER";
pub const CPAWS_AUTH_REFRESH: &str = "CPAWS_AUTH_REFRESH";
pub const CPAWS_ANTHROPIC_VERSION: &str = "CPAWS_ANTHROPIC_VERSION";
pub const CPAWS_MAX_RETRIES: &str = "CPAWS_MAX_RETRIES";
pub const CPAWS_TIMEOUT: &str = "CPAWS_TIMEOUT";
pub const CPAWS_LOG: &str = "CPAWS_LOG";
/// `off`: one-shot `cpaws chat` calls are not saved to the history (docs/chat.md).
pub const CPAWS_CHAT_HISTORY: &str = "CPAWS_CHAT_HISTORY";
/// The token of a running `cpaws proxy`, for `cpaws env --via-proxy` and doctor's proxy check.
pub const CPAWS_PROXY_TOKEN: &str = "CPAWS_PROXY_TOKEN";

// Read only to warn: first-party Anthropic credentials are never sent to this endpoint.
pub const ANTHROPIC_API_KEY: &str = "ANTHROPIC_API_KEY";
pub const ANTHROPIC_AUTH_TOKEN: &str = "ANTHROPIC_AUTH_TOKEN";
pub const ANTHROPIC_BASE_URL: &str = "ANTHROPIC_BASE_URL";
pub const ANTHROPIC_WORKSPACE_ID: &str = "ANTHROPIC_WORKSPACE_ID";
pub const CLAUDE_CODE_USE_BEDROCK: &str = "CLAUDE_CODE_USE_BEDROCK";
pub const CLAUDE_CODE_USE_FOUNDRY: &str = "CLAUDE_CODE_USE_FOUNDRY";
/// Claude Code's switch to Claude Platform on AWS (read only to warn when it is off).
pub const CLAUDE_CODE_USE_ANTHROPIC_AWS: &str = "CLAUDE_CODE_USE_ANTHROPIC_AWS";

// AWS SDK files and endpoint overrides, checked up front (docs/configuration.md).
pub const AWS_CONFIG_FILE: &str = "AWS_CONFIG_FILE";
pub const AWS_SHARED_CREDENTIALS_FILE: &str = "AWS_SHARED_CREDENTIALS_FILE";
pub const AWS_ENDPOINT_URL: &str = "AWS_ENDPOINT_URL";
pub const AWS_ENDPOINT_URL_STS: &str = "AWS_ENDPOINT_URL_STS";
pub const AWS_ENDPOINT_URL_IAM: &str = "AWS_ENDPOINT_URL_IAM";
