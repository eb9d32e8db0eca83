
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
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('models', 'models', [CompletionResultType]::ParameterValue, 'List the models the workspace serves, or show one')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'Message batches: create from JSON lines, list, get, cancel, delete, wait, results')
            [CompletionResult]::new('workspaces', 'workspaces', [CompletionResultType]::ParameterValue, 'List the account''s workspaces (in one region or all), or show one')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Print the settings another tool needs to reach the same workspace')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Run a local signing gateway for tools that speak the first-party Anthropic API')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;status' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'The uses readiness must prove, each by a request that costs nothing (default: inference)')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format: human, json (what --json gives), github (Actions workflow commands and a job summary in $GITHUB_STEP_SUMMARY), junit (JUnit XML). Wins over --json and CPAWS_JSON')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Make no network calls; readiness is then unverified')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('--trusted-principal', '--trusted-principal', [CompletionResultType]::ParameterName, 'The principal that must be able to assume that role (a gateway''s role, an account, an OIDC provider), or a gateway preset: truefoundry, portkey (their documented hosted-service role)')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'The sts:ExternalId that principal sends; a trust policy that does not require it is a confused-deputy warning')
            [CompletionResult]::new('--check-timeout', '--check-timeout', [CompletionResultType]::ParameterName, 'Seconds each check may take, 1-3600')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format: human, json (what --json gives), github (Actions workflow commands and a job summary in $GITHUB_STEP_SUMMARY), junit (JUnit XML). Wins over --json and CPAWS_JSON')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Run only the checks that need no network')
            [CompletionResult]::new('--list-checks', '--list-checks', [CompletionResultType]::ParameterName, 'List the checks and exit')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Fail on warnings too')
            [CompletionResult]::new('--fix', '--fix', [CompletionResultType]::ParameterName, 'Apply the safe fixes found (enable federation, run auth_refresh), each after confirmation')
            [CompletionResult]::new('--scan-regions', '--scan-regions', [CompletionResultType]::ParameterName, 'List the account''s workspaces in every region even when the configured one is found (one that is not found, or refused, is always looked for in every region)')
            [CompletionResult]::new('--sequential', '--sequential', [CompletionResultType]::ParameterName, 'Run the checks one after another (for comparison)')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be called (and the equivalent aws CLI command); change nothing')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only report whether federation is enabled (exit 0 enabled, 1 disabled)')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--all-workspaces', '--all-workspaces', [CompletionResultType]::ParameterName, 'Scope to every workspace (workspace/*) instead of the configured one')
            [CompletionResult]::new('--no-sts-statements', '--no-sts-statements', [CompletionResultType]::ParameterName, 'Leave out the sts:GetWebIdentityToken statements the managed policies carry')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Attach the policy (needs --role or --user; giving either alone is the same)')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'Trust this AWS principal (role/user ARN, or an account ID), e.g. an AI gateway''s role; or a gateway preset: truefoundry, portkey (neither has a documented principal yet: cpaws says where to find it)')
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
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Mint a short-term API key from the current AWS credentials (or, with --long-term, create an IAM service-specific credential)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Decode a key: region, access key ID, issue and expiry times (never the signature or token)')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with a fresh short-term key in ANTHROPIC_AWS_API_KEY')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Make one live call (GET /v1/models?limit=1) with a key and explain any failure')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List long-term keys (IAM service-specific credentials for aws-external-anthropic)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a long-term key (it stops working until activated again)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a deactivated long-term key')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a long-term key for good')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;keys;create' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Lifetime of a short-term key (e.g. 30m, 1h, 12h; default and maximum 12h)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The IAM user that owns the long-term key')
            [CompletionResult]::new('--expires-in-days', '--expires-in-days', [CompletionResultType]::ParameterName, 'Days until the long-term key expires (1–36600; default: never)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Print `export ANTHROPIC_AWS_API_KEY=…` (for `eval "$(cpaws keys create --export)"`)')
            [CompletionResult]::new('--long-term', '--long-term', [CompletionResultType]::ParameterName, 'Create a long-term key (an IAM service-specific credential) instead; needs --user')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;keys;inspect' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;keys;exec' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Lifetime of the key (e.g. 30m, 1h, 12h; at most 12h)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;keys;verify' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;keys;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The IAM user whose keys to list (default: the calling IAM user)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--all-users', '--all-users', [CompletionResultType]::ParameterName, 'List the keys of every IAM user of the account')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;keys;deactivate' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The IAM user that owns the key')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;keys;activate' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The IAM user that owns the key')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;keys;delete' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The IAM user that owns the key')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;keys;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Mint a short-term API key from the current AWS credentials (or, with --long-term, create an IAM service-specific credential)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Decode a key: region, access key ID, issue and expiry times (never the signature or token)')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with a fresh short-term key in ANTHROPIC_AWS_API_KEY')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Make one live call (GET /v1/models?limit=1) with a key and explain any failure')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List long-term keys (IAM service-specific credentials for aws-external-anthropic)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a long-term key (it stops working until activated again)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a deactivated long-term key')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a long-term key for good')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;keys;help;create' {
            break
        }
        'cpaws;keys;help;inspect' {
            break
        }
        'cpaws;keys;help;exec' {
            break
        }
        'cpaws;keys;help;verify' {
            break
        }
        'cpaws;keys;help;list' {
            break
        }
        'cpaws;keys;help;deactivate' {
            break
        }
        'cpaws;keys;help;activate' {
            break
        }
        'cpaws;keys;help;delete' {
            break
        }
        'cpaws;keys;help;help' {
            break
        }
        'cpaws;chat' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Model ID, or opus / sonnet / haiku for the newest of that family the workspace lists (default: sonnet) [env: CPAWS_MODEL]')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Model ID, or opus / sonnet / haiku for the newest of that family the workspace lists (default: sonnet) [env: CPAWS_MODEL]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'System prompt: TEXT, or @FILE to read it from a file')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'System prompt: TEXT, or @FILE to read it from a file')
            [CompletionResult]::new('--max-tokens', '--max-tokens', [CompletionResultType]::ParameterName, 'Maximum output tokens, 1 to 1000000 (default 8192, raised to fit a thinking budget)')
            [CompletionResult]::new('--temperature', '--temperature', [CompletionResultType]::ParameterName, 'Sampling temperature (0–1)')
            [CompletionResult]::new('--thinking', '--thinking', [CompletionResultType]::ParameterName, 'Extended thinking: a token budget (1024 to 1000000) or low / medium / high (default medium)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Attach a file: images become image blocks, PDFs document blocks, anything else text (repeatable)')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach a file: images become image blocks, PDFs document blocks, anything else text (repeatable)')
            [CompletionResult]::new('--file-id', '--file-id', [CompletionResultType]::ParameterName, 'Attach a file uploaded with `cpaws files` by its ID (repeatable)')
            [CompletionResult]::new('--cache-ttl', '--cache-ttl', [CompletionResultType]::ParameterName, 'Prompt-cache lifetime: 5m (default) or 1h')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Save the conversation under this session name (continues it if it exists)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--show-thinking', '--show-thinking', [CompletionResultType]::ParameterName, 'Show the model''s thinking (on stderr, dimmed)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not mark the system prompt, attachments and conversation for prompt caching')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the answer as raw text, never rendered as Markdown')
            [CompletionResult]::new('--stream-json', '--stream-json', [CompletionResultType]::ParameterName, 'Print every stream event as one JSON line (not with --json)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Continue the most recently used session')
            [CompletionResult]::new('--continue', '--continue', [CompletionResultType]::ParameterName, 'Continue the most recently used session')
            [CompletionResult]::new('--no-save', '--no-save', [CompletionResultType]::ParameterName, 'Do not save this conversation (CPAWS_CHAT_HISTORY=off: save no one-shot call)')
            [CompletionResult]::new('--count-tokens', '--count-tokens', [CompletionResultType]::ParameterName, 'Count the input tokens of the prompt, system prompt and attachments (POST /v1/messages/count_tokens) and print the count; nothing is sent to the model')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List saved sessions, most recent first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a saved session')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a saved session')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;chat;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;chat;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;chat;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;chat;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List saved sessions, most recent first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a saved session')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a saved session')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;chat;help;list' {
            break
        }
        'cpaws;chat;help;show' {
            break
        }
        'cpaws;chat;help;rm' {
            break
        }
        'cpaws;chat;help;help' {
            break
        }
        'cpaws;files' {
            [CompletionResult]::new('--beta', '--beta', [CompletionResultType]::ParameterName, 'Send `anthropic-beta: HEADER` with every Files request (e.g. files-api-2025-04-14, which clients sent before the Files API was GA). Default: none, like the current official SDKs')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files (up to 500 MB each); prints each file ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List files: ID, name, size, type, created, downloadable')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show one file''s metadata')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a file (only files the API marks downloadable)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete files (asks on a terminal; --yes otherwise)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;files;upload' {
            [CompletionResult]::new('--beta', '--beta', [CompletionResultType]::ParameterName, 'Send `anthropic-beta: HEADER` with every Files request (e.g. files-api-2025-04-14, which clients sent before the Files API was GA). Default: none, like the current official SDKs')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;files;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Files per page (1–1000)')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this file ID (the last ID of the previous page)')
            [CompletionResult]::new('--beta', '--beta', [CompletionResultType]::ParameterName, 'Send `anthropic-beta: HEADER` with every Files request (e.g. files-api-2025-04-14, which clients sent before the Files API was GA). Default: none, like the current official SDKs')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;files;info' {
            [CompletionResult]::new('--beta', '--beta', [CompletionResultType]::ParameterName, 'Send `anthropic-beta: HEADER` with every Files request (e.g. files-api-2025-04-14, which clients sent before the Files API was GA). Default: none, like the current official SDKs')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;files;download' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to write it: a path, a directory, or `-` for stdout (default: the file''s name in the current directory)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write it: a path, a directory, or `-` for stdout (default: the file''s name in the current directory)')
            [CompletionResult]::new('--beta', '--beta', [CompletionResultType]::ParameterName, 'Send `anthropic-beta: HEADER` with every Files request (e.g. files-api-2025-04-14, which clients sent before the Files API was GA). Default: none, like the current official SDKs')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing file')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;files;delete' {
            [CompletionResult]::new('--beta', '--beta', [CompletionResultType]::ParameterName, 'Send `anthropic-beta: HEADER` with every Files request (e.g. files-api-2025-04-14, which clients sent before the Files API was GA). Default: none, like the current official SDKs')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;files;help' {
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files (up to 500 MB each); prints each file ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List files: ID, name, size, type, created, downloadable')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show one file''s metadata')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a file (only files the API marks downloadable)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete files (asks on a terminal; --yes otherwise)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;files;help;upload' {
            break
        }
        'cpaws;files;help;list' {
            break
        }
        'cpaws;files;help;info' {
            break
        }
        'cpaws;files;help;download' {
            break
        }
        'cpaws;files;help;delete' {
            break
        }
        'cpaws;files;help;help' {
            break
        }
        'cpaws;models' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the models the workspace serves: ID, display name, created, and which alias (opus / sonnet / haiku) points to it')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one model (GET /v1/models/ID); an alias (opus, sonnet, haiku) resolves as chat does')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;models;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Models per page (1–1000)')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this model ID (the last ID of the previous page)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;models;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;models;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the models the workspace serves: ID, display name, created, and which alias (opus / sonnet / haiku) points to it')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one model (GET /v1/models/ID); an alias (opus, sonnet, haiku) resolves as chat does')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;models;help;list' {
            break
        }
        'cpaws;models;help;get' {
            break
        }
        'cpaws;models;help;help' {
            break
        }
        'cpaws;batches' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a batch from JSON lines, one `{"custom_id": …, "params": {…}}` request a line; every line is checked before anything is sent. Prints the batch ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the workspace''s batches, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one batch: status, request counts, times')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a batch that is in progress (asks first on a terminal; --yes elsewhere)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an ended batch and its results (asks first on a terminal; --yes elsewhere)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a batch ends, polling with backoff (a progress bar on a terminal); the global --timeout SECS bounds the wait (exit 1 when it passes)')
            [CompletionResult]::new('results', 'results', [CompletionResultType]::ParameterValue, 'Stream a batch''s results as JSON lines (from its results_url), to stdout or -o FILE')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;batches;create' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Model for the lines whose params have none (an ID, or opus / sonnet / haiku)')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Model for the lines whose params have none (an ID, or opus / sonnet / haiku)')
            [CompletionResult]::new('--max-tokens', '--max-tokens', [CompletionResultType]::ParameterName, 'max_tokens for the lines whose params have none (1 to 1000000)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'System prompt for the lines whose params have none: TEXT, or @FILE')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'System prompt for the lines whose params have none: TEXT, or @FILE')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--split', '--split', [CompletionResultType]::ParameterName, 'Above the API''s limits per batch (100,000 requests or 256 MB), create several batches')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;batches;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Batches per page (1–1000)')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this batch ID (the last ID of the previous page)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;batches;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;batches;cancel' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;batches;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;batches;wait' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;batches;results' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout (atomically: all of it or nothing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout (atomically: all of it or nothing)')
            [CompletionResult]::new('--only', '--only', [CompletionResultType]::ParameterName, 'Only results of these types (comma-separated)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the batch to end first (as `batches wait`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite FILE if it exists')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Print `custom_id<TAB>text` lines (the answer''s text, with \n, \t and \\ escaped)')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;batches;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a batch from JSON lines, one `{"custom_id": …, "params": {…}}` request a line; every line is checked before anything is sent. Prints the batch ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the workspace''s batches, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one batch: status, request counts, times')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a batch that is in progress (asks first on a terminal; --yes elsewhere)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an ended batch and its results (asks first on a terminal; --yes elsewhere)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a batch ends, polling with backoff (a progress bar on a terminal); the global --timeout SECS bounds the wait (exit 1 when it passes)')
            [CompletionResult]::new('results', 'results', [CompletionResultType]::ParameterValue, 'Stream a batch''s results as JSON lines (from its results_url), to stdout or -o FILE')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;batches;help;create' {
            break
        }
        'cpaws;batches;help;list' {
            break
        }
        'cpaws;batches;help;get' {
            break
        }
        'cpaws;batches;help;cancel' {
            break
        }
        'cpaws;batches;help;delete' {
            break
        }
        'cpaws;batches;help;wait' {
            break
        }
        'cpaws;batches;help;results' {
            break
        }
        'cpaws;batches;help;help' {
            break
        }
        'cpaws;workspaces' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s workspaces in the region in use (ListWorkspaces), marking the configured one')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one workspace (GetWorkspace); default: the configured one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;workspaces;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--all-regions', '--all-regions', [CompletionResultType]::ParameterName, 'Ask every commercial region''s endpoint at once and show where each workspace lives')
            [CompletionResult]::new('--include-archived', '--include-archived', [CompletionResultType]::ParameterName, 'Include archived workspaces')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;workspaces;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;workspaces;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s workspaces in the region in use (ListWorkspaces), marking the configured one')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one workspace (GetWorkspace); default: the configured one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cpaws;workspaces;help;list' {
            break
        }
        'cpaws;workspaces;help;get' {
            break
        }
        'cpaws;workspaces;help;help' {
            break
        }
        'cpaws;env' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'The tool to configure')
            [CompletionResult]::new('--shell', '--shell', [CompletionResultType]::ParameterName, 'Shell syntax (default: from $SHELL)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'For --for gateway: the role the gateway assumes')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'For --for gateway: the external ID the gateway sends')
            [CompletionResult]::new('--via-proxy', '--via-proxy', [CompletionResultType]::ParameterName, 'Print the settings for a running `cpaws proxy` at URL instead (its token from --token-file or CPAWS_PROXY_TOKEN)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'With --via-proxy: the file holding the proxy''s token (as given to `cpaws proxy --token-file`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--include-secrets', '--include-secrets', [CompletionResultType]::ParameterName, 'Also print secrets (the API key)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Make no network calls (no model pinning, no identity lookup)')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
        'cpaws;proxy' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0: a free port, printed on stderr)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Address to listen on (a non-loopback address needs --allow-remote)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the local token from FILE (created with a new random token, mode 0600, if missing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'cpaws config profile to use [env: CPAWS_PROFILE]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]')
            [CompletionResult]::new('--api-key-header', '--api-key-header', [CompletionResultType]::ParameterName, 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]')
            [CompletionResult]::new('--anthropic-version', '--anthropic-version', [CompletionResultType]::ParameterName, 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--allow-remote', '--allow-remote', [CompletionResultType]::ParameterName, 'Allow listening on a non-loopback address (anyone who can reach it and has the token uses your credentials)')
            [CompletionResult]::new('--no-token', '--no-token', [CompletionResultType]::ParameterName, 'Accept requests without a token (loopback only: any local process can then use your credentials)')
            [CompletionResult]::new('--print-env', '--print-env', [CompletionResultType]::ParameterName, 'Print the environment other tools need (export lines, token included) first on stdout')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]')
            [CompletionResult]::new('--skip-auth', '--skip-auth', [CompletionResultType]::ParameterName, 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer')
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
            [CompletionResult]::new('models', 'models', [CompletionResultType]::ParameterValue, 'List the models the workspace serves, or show one')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'Message batches: create from JSON lines, list, get, cancel, delete, wait, results')
            [CompletionResult]::new('workspaces', 'workspaces', [CompletionResultType]::ParameterValue, 'List the account''s workspaces (in one region or all), or show one')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Print the settings another tool needs to reach the same workspace')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Run a local signing gateway for tools that speak the first-party Anthropic API')
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
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Mint a short-term API key from the current AWS credentials (or, with --long-term, create an IAM service-specific credential)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Decode a key: region, access key ID, issue and expiry times (never the signature or token)')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with a fresh short-term key in ANTHROPIC_AWS_API_KEY')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Make one live call (GET /v1/models?limit=1) with a key and explain any failure')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List long-term keys (IAM service-specific credentials for aws-external-anthropic)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a long-term key (it stops working until activated again)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a deactivated long-term key')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a long-term key for good')
            break
        }
        'cpaws;help;keys;create' {
            break
        }
        'cpaws;help;keys;inspect' {
            break
        }
        'cpaws;help;keys;exec' {
            break
        }
        'cpaws;help;keys;verify' {
            break
        }
        'cpaws;help;keys;list' {
            break
        }
        'cpaws;help;keys;deactivate' {
            break
        }
        'cpaws;help;keys;activate' {
            break
        }
        'cpaws;help;keys;delete' {
            break
        }
        'cpaws;help;chat' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List saved sessions, most recent first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a saved session')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a saved session')
            break
        }
        'cpaws;help;chat;list' {
            break
        }
        'cpaws;help;chat;show' {
            break
        }
        'cpaws;help;chat;rm' {
            break
        }
        'cpaws;help;files' {
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files (up to 500 MB each); prints each file ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List files: ID, name, size, type, created, downloadable')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show one file''s metadata')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a file (only files the API marks downloadable)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete files (asks on a terminal; --yes otherwise)')
            break
        }
        'cpaws;help;files;upload' {
            break
        }
        'cpaws;help;files;list' {
            break
        }
        'cpaws;help;files;info' {
            break
        }
        'cpaws;help;files;download' {
            break
        }
        'cpaws;help;files;delete' {
            break
        }
        'cpaws;help;models' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the models the workspace serves: ID, display name, created, and which alias (opus / sonnet / haiku) points to it')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one model (GET /v1/models/ID); an alias (opus, sonnet, haiku) resolves as chat does')
            break
        }
        'cpaws;help;models;list' {
            break
        }
        'cpaws;help;models;get' {
            break
        }
        'cpaws;help;batches' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a batch from JSON lines, one `{"custom_id": …, "params": {…}}` request a line; every line is checked before anything is sent. Prints the batch ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the workspace''s batches, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one batch: status, request counts, times')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a batch that is in progress (asks first on a terminal; --yes elsewhere)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an ended batch and its results (asks first on a terminal; --yes elsewhere)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a batch ends, polling with backoff (a progress bar on a terminal); the global --timeout SECS bounds the wait (exit 1 when it passes)')
            [CompletionResult]::new('results', 'results', [CompletionResultType]::ParameterValue, 'Stream a batch''s results as JSON lines (from its results_url), to stdout or -o FILE')
            break
        }
        'cpaws;help;batches;create' {
            break
        }
        'cpaws;help;batches;list' {
            break
        }
        'cpaws;help;batches;get' {
            break
        }
        'cpaws;help;batches;cancel' {
            break
        }
        'cpaws;help;batches;delete' {
            break
        }
        'cpaws;help;batches;wait' {
            break
        }
        'cpaws;help;batches;results' {
            break
        }
        'cpaws;help;workspaces' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s workspaces in the region in use (ListWorkspaces), marking the configured one')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one workspace (GetWorkspace); default: the configured one')
            break
        }
        'cpaws;help;workspaces;list' {
            break
        }
        'cpaws;help;workspaces;get' {
            break
        }
        'cpaws;help;env' {
            break
        }
        'cpaws;help;proxy' {
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
