
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'cpaws' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'cpaws'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'cpaws' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no authentication headers (same as --auth none), for a signing gateway')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (schemas in docs/json.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the resolved configuration, where each value came from, and whether cpaws is ready')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Find every setup problem, prove access, explain the cause and the exact fix')
            [CompletionResult]::new('enable-federation', 'enable-federation', [CompletionResultType]::ParameterValue, 'Enable outbound web identity federation for the account (safe to re-run)')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Generate least-privilege IAM policies and trust policies, and check policies')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Create, inspect and manage API keys (short-term and long-term)')
            [CompletionResult]::new('chat', 'chat', [CompletionResultType]::ParameterValue, 'Chat with Claude: one-shot or interactive, streaming')
            [CompletionResult]::new('files', 'files', [CompletionResultType]::ParameterValue, 'Upload, list, download and delete files (the Files API)')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Print the settings another tool needs to reach the same workspace')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Make no network calls; readiness is then unverified')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no authentication headers (same as --auth none), for a signing gateway')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (schemas in docs/json.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cpaws;doctor' {
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Run only these checks (and what they depend on); repeat or separate with commas')
            [CompletionResult]::new('--skip', '--skip', [CompletionResultType]::ParameterName, 'Skip these checks')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write a redacted Markdown report for a support ticket')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Intended use, for the permissions check (default: inference,files)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'The role whose trust policy to check (default: the assumed role in use)')
            [CompletionResult]::new('--trusted-principal', '--trusted-principal', [CompletionResultType]::ParameterName, 'The principal that must be able to assume that role (a gateway''s role, an account, an OIDC provider)')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'The sts:ExternalId that principal sends')
            [CompletionResult]::new('--check-timeout', '--check-timeout', [CompletionResultType]::ParameterName, 'Seconds each check may take')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Run only the checks that need no network')
            [CompletionResult]::new('--list-checks', '--list-checks', [CompletionResultType]::ParameterName, 'List the checks and exit')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Fail on warnings too')
            [CompletionResult]::new('--fix', '--fix', [CompletionResultType]::ParameterName, 'Apply the safe fixes found (enable federation, run auth_refresh), each after confirmation')
            [CompletionResult]::new('--scan-regions', '--scan-regions', [CompletionResultType]::ParameterName, 'When the workspace is not found, look for it in every other region')
            [CompletionResult]::new('--sequential', '--sequential', [CompletionResultType]::ParameterName, 'Run the checks one after another (for comparison)')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no authentication headers (same as --auth none), for a signing gateway')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (schemas in docs/json.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cpaws;enable-federation' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print the infrastructure-as-code equivalent instead of calling the API')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be called (and the equivalent aws CLI command); change nothing')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only report whether federation is enabled (exit 0 enabled, 1 disabled)')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no authentication headers (same as --auth none), for a signing gateway')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (schemas in docs/json.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cpaws;policy' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no authentication headers (same as --auth none), for a signing gateway')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (schemas in docs/json.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Build an IAM identity policy from intents (default: what cpaws needs for chat and files)')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Build a trust policy for the role paths people use')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a policy document against intents (missing, over-granted, ineffective statements)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;policy;gen' {
            [CompletionResult]::new('--intent', '--intent', [CompletionResultType]::ParameterName, 'What the principal will do; repeat or separate with commas')
            [CompletionResult]::new('--deny', '--deny', [CompletionResultType]::ParameterName, 'Explicitly deny these intents'' actions')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The AWS account ID (default: from STS GetCallerIdentity); makes `gen` work offline')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--policy-name', '--policy-name', [CompletionResultType]::ParameterName, 'Name of the policy (inline policy name for --apply, resource name in IaC)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Attach it as an inline policy of this role (after confirmation)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Attach it as an inline policy of this user (after confirmation)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--all-workspaces', '--all-workspaces', [CompletionResultType]::ParameterName, 'Scope to every workspace (workspace/*) instead of the configured one')
            [CompletionResult]::new('--no-sts-statements', '--no-sts-statements', [CompletionResultType]::ParameterName, 'Leave out the sts:GetWebIdentityToken statements the managed policies carry')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Same as giving --role or --user (accepted for clarity)')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no authentication headers (same as --auth none), for a signing gateway')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (schemas in docs/json.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cpaws;policy;trust' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'Trust this AWS principal (role/user ARN, or an account ID), e.g. an AI gateway''s role')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'Require this sts:ExternalId (as AI gateways do)')
            [CompletionResult]::new('--account-root', '--account-root', [CompletionResultType]::ParameterName, 'Trust the root of this account (every principal the account allows)')
            [CompletionResult]::new('--github-repo', '--github-repo', [CompletionResultType]::ParameterName, 'Trust GitHub Actions of owner/repo (optionally :ref, e.g. owner/repo:main)')
            [CompletionResult]::new('--eks-oidc-issuer', '--eks-oidc-issuer', [CompletionResultType]::ParameterName, 'Trust an EKS service account through this cluster''s OIDC issuer (IRSA)')
            [CompletionResult]::new('--service-account', '--service-account', [CompletionResultType]::ParameterName, 'The Kubernetes service account, NAMESPACE:NAME')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that holds the OIDC provider (default: from STS)')
            [CompletionResult]::new('--role-name', '--role-name', [CompletionResultType]::ParameterName, 'Role name used in IaC output')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no authentication headers (same as --auth none), for a signing gateway')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (schemas in docs/json.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cpaws;policy;check' {
            [CompletionResult]::new('--intent', '--intent', [CompletionResultType]::ParameterName, 'Intended use (default: inference,files)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account ID for the workspace ARN it is checked against')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no authentication headers (same as --auth none), for a signing gateway')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (schemas in docs/json.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cpaws;policy;help' {
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Build an IAM identity policy from intents (default: what cpaws needs for chat and files)')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Build a trust policy for the role paths people use')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a policy document against intents (missing, over-granted, ineffective statements)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;policy;help;gen' {
            break
        }
        'cpaws;policy;help;trust' {
            break
        }
        'cpaws;policy;help;check' {
            break
        }
        'cpaws;policy;help;help' {
            break
        }
        'cpaws;keys' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no authentication headers (same as --auth none), for a signing gateway')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (schemas in docs/json.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cpaws;chat' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no authentication headers (same as --auth none), for a signing gateway')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (schemas in docs/json.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cpaws;files' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no authentication headers (same as --auth none), for a signing gateway')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (schemas in docs/json.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cpaws;env' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'The tool to configure')
            [CompletionResult]::new('--shell', '--shell', [CompletionResultType]::ParameterName, 'Shell syntax (default: from $SHELL)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'For --for gateway: the role the gateway assumes')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'For --for gateway: the external ID the gateway sends')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--include-secrets', '--include-secrets', [CompletionResultType]::ParameterName, 'Also print secrets (the API key)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Make no network calls (no model pinning, no identity lookup)')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no authentication headers (same as --auth none), for a signing gateway')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (schemas in docs/json.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cpaws;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no authentication headers (same as --auth none), for a signing gateway')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (schemas in docs/json.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cpaws;man' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no authentication headers (same as --auth none), for a signing gateway')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (schemas in docs/json.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cpaws;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the resolved configuration, where each value came from, and whether cpaws is ready')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Find every setup problem, prove access, explain the cause and the exact fix')
            [CompletionResult]::new('enable-federation', 'enable-federation', [CompletionResultType]::ParameterValue, 'Enable outbound web identity federation for the account (safe to re-run)')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Generate least-privilege IAM policies and trust policies, and check policies')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Create, inspect and manage API keys (short-term and long-term)')
            [CompletionResult]::new('chat', 'chat', [CompletionResultType]::ParameterValue, 'Chat with Claude: one-shot or interactive, streaming')
            [CompletionResult]::new('files', 'files', [CompletionResultType]::ParameterValue, 'Upload, list, download and delete files (the Files API)')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Print the settings another tool needs to reach the same workspace')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;help;status' {
            break
        }
        'cpaws;help;doctor' {
            break
        }
        'cpaws;help;enable-federation' {
            break
        }
        'cpaws;help;policy' {
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Build an IAM identity policy from intents (default: what cpaws needs for chat and files)')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Build a trust policy for the role paths people use')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a policy document against intents (missing, over-granted, ineffective statements)')
            break
        }
        'cpaws;help;policy;gen' {
            break
        }
        'cpaws;help;policy;trust' {
            break
        }
        'cpaws;help;policy;check' {
            break
        }
        'cpaws;help;keys' {
            break
        }
        'cpaws;help;chat' {
            break
        }
        'cpaws;help;files' {
            break
        }
        'cpaws;help;env' {
            break
        }
        'cpaws;help;completions' {
            break
        }
        'cpaws;help;man' {
            break
        }
        'cpaws;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
