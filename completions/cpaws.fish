# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_cpaws_global_optspecs
    string join \n profile= aws-profile= region= workspace-id= base-url= auth= skip-auth api-key-file= api-key-header= anthropic-version= max-retries= timeout= json color= v/verbose q/quiet y/yes config= h/help V/version
end

function __fish_cpaws_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_cpaws_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_cpaws_using_subcommand
    set -l cmd (__fish_cpaws_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c cpaws -n "__fish_cpaws_needs_command" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_needs_command" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_needs_command" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_needs_command" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_needs_command" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_needs_command" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No authentication headers (for a signing gateway)'"
complete -c cpaws -n "__fish_cpaws_needs_command" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_needs_command" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_needs_command" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_needs_command" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_needs_command" -l timeout -d 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_needs_command" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_needs_command" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_needs_command" -l skip-auth -d 'Send no authentication headers (same as --auth none), for a signing gateway'
complete -c cpaws -n "__fish_cpaws_needs_command" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_needs_command" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_needs_command" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_needs_command" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "status" -d 'Show the resolved configuration, where each value came from, and whether cpaws is ready'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "doctor" -d 'Find every setup problem, prove access, explain the cause and the exact fix'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "enable-federation" -d 'Enable outbound web identity federation for the account (safe to re-run)'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "policy" -d 'Generate least-privilege IAM policies and trust policies, and check policies'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "keys" -d 'Create, inspect and manage API keys (short-term and long-term)'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "chat" -d 'Chat with Claude: one-shot or interactive, streaming'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "files" -d 'Upload, list, download and delete files (the Files API)'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "env" -d 'Print the settings another tool needs to reach the same workspace'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No authentication headers (for a signing gateway)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l timeout -d 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l offline -d 'Make no network calls; readiness is then unverified'
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l skip-auth -d 'Send no authentication headers (same as --auth none), for a signing gateway'
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l check -d 'Run only these checks (and what they depend on); repeat or separate with commas' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l skip -d 'Skip these checks' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l report -d 'Write a redacted Markdown report for a support ticket' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l for -d 'Intended use, for the permissions check (default: inference,files)' -r -f -a "inference\t'Messages, token counting, model listing (what `cpaws chat` needs)'
files\t'The Files API'
batches\t'Message batches'
workspaces\t'Reading workspaces'
api-key\t'Calling with API keys (CallWithBearerToken)'
full\t'Everything above'"
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l role-arn -d 'The role whose trust policy to check (default: the assumed role in use)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l trusted-principal -d 'The principal that must be able to assume that role (a gateway\'s role, an account, an OIDC provider)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l external-id -d 'The sts:ExternalId that principal sends' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l check-timeout -d 'Seconds each check may take' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No authentication headers (for a signing gateway)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l timeout -d 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l offline -d 'Run only the checks that need no network'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l list-checks -d 'List the checks and exit'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l strict -d 'Fail on warnings too'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l fix -d 'Apply the safe fixes found (enable federation, run auth_refresh), each after confirmation'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l scan-regions -d 'When the workspace is not found, look for it in every other region'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l sequential -d 'Run the checks one after another (for comparison)'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l skip-auth -d 'Send no authentication headers (same as --auth none), for a signing gateway'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l format -d 'Print the infrastructure-as-code equivalent instead of calling the API' -r -f -a "terraform\t''
cloudformation\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No authentication headers (for a signing gateway)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l timeout -d 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l dry-run -d 'Print what would be called (and the equivalent aws CLI command); change nothing'
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l status -d 'Only report whether federation is enabled (exit 0 enabled, 1 disabled)'
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l skip-auth -d 'Send no authentication headers (same as --auth none), for a signing gateway'
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No authentication headers (for a signing gateway)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l timeout -d 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l skip-auth -d 'Send no authentication headers (same as --auth none), for a signing gateway'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -f -a "gen" -d 'Build an IAM identity policy from intents (default: what cpaws needs for chat and files)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -f -a "trust" -d 'Build a trust policy for the role paths people use'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -f -a "check" -d 'Check a policy document against intents (missing, over-granted, ineffective statements)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l intent -d 'What the principal will do; repeat or separate with commas' -r -f -a "inference\t'Messages, token counting, model listing (what `cpaws chat` needs)'
files\t'The Files API'
batches\t'Message batches'
workspaces\t'Reading workspaces'
api-key\t'Calling with API keys (CallWithBearerToken)'
full\t'Everything above'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l deny -d 'Explicitly deny these intents\' actions' -r -f -a "inference\t'Messages, token counting, model listing (what `cpaws chat` needs)'
files\t'The Files API'
batches\t'Message batches'
workspaces\t'Reading workspaces'
api-key\t'Calling with API keys (CallWithBearerToken)'
full\t'Everything above'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l account -d 'The AWS account ID (default: from STS GetCallerIdentity); makes `gen` work offline' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l format -d 'Output format' -r -f -a "json\t'IAM JSON'
terraform\t'A Terraform resource'
cloudformation\t'A CloudFormation template (YAML)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l policy-name -d 'Name of the policy (inline policy name for --apply, resource name in IaC)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l role -d 'Attach it as an inline policy of this role (after confirmation)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l user -d 'Attach it as an inline policy of this user (after confirmation)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No authentication headers (for a signing gateway)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l timeout -d 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l all-workspaces -d 'Scope to every workspace (workspace/*) instead of the configured one'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l no-sts-statements -d 'Leave out the sts:GetWebIdentityToken statements the managed policies carry'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l apply -d 'Same as giving --role or --user (accepted for clarity)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l skip-auth -d 'Send no authentication headers (same as --auth none), for a signing gateway'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l principal -d 'Trust this AWS principal (role/user ARN, or an account ID), e.g. an AI gateway\'s role' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l external-id -d 'Require this sts:ExternalId (as AI gateways do)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l account-root -d 'Trust the root of this account (every principal the account allows)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l github-repo -d 'Trust GitHub Actions of owner/repo (optionally :ref, e.g. owner/repo:main)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l eks-oidc-issuer -d 'Trust an EKS service account through this cluster\'s OIDC issuer (IRSA)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l service-account -d 'The Kubernetes service account, NAMESPACE:NAME' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l account -d 'The account that holds the OIDC provider (default: from STS)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l role-name -d 'Role name used in IaC output' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l format -d 'Output format' -r -f -a "json\t'IAM JSON'
terraform\t'A Terraform resource'
cloudformation\t'A CloudFormation template (YAML)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No authentication headers (for a signing gateway)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l timeout -d 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l skip-auth -d 'Send no authentication headers (same as --auth none), for a signing gateway'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l intent -d 'Intended use (default: inference,files)' -r -f -a "inference\t'Messages, token counting, model listing (what `cpaws chat` needs)'
files\t'The Files API'
batches\t'Message batches'
workspaces\t'Reading workspaces'
api-key\t'Calling with API keys (CallWithBearerToken)'
full\t'Everything above'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l account -d 'Account ID for the workspace ARN it is checked against' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No authentication headers (for a signing gateway)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l timeout -d 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l skip-auth -d 'Send no authentication headers (same as --auth none), for a signing gateway'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "gen" -d 'Build an IAM identity policy from intents (default: what cpaws needs for chat and files)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "trust" -d 'Build a trust policy for the role paths people use'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a policy document against intents (missing, over-granted, ineffective statements)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No authentication headers (for a signing gateway)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -l timeout -d 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -l skip-auth -d 'Send no authentication headers (same as --auth none), for a signing gateway'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No authentication headers (for a signing gateway)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -l timeout -d 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -l skip-auth -d 'Send no authentication headers (same as --auth none), for a signing gateway'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No authentication headers (for a signing gateway)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -l timeout -d 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -l skip-auth -d 'Send no authentication headers (same as --auth none), for a signing gateway'
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand files" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l for -d 'The tool to configure' -r -f -a "claude-code\t'Claude Code (CLAUDE_CODE_USE_ANTHROPIC_AWS and friends)'
sdk\t'The official Anthropic SDKs\' AWS clients'
gateway\t'An AI gateway\'s form fields'"
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l shell -d 'Shell syntax (default: from $SHELL)' -r -f -a "bash\t''
zsh\t''
fish\t''
powershell\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l role-arn -d 'For --for gateway: the role the gateway assumes' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l external-id -d 'For --for gateway: the external ID the gateway sends' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No authentication headers (for a signing gateway)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l timeout -d 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l include-secrets -d 'Also print secrets (the API key)'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l offline -d 'Make no network calls (no model pinning, no identity lookup)'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l skip-auth -d 'Send no authentication headers (same as --auth none), for a signing gateway'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No authentication headers (for a signing gateway)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l timeout -d 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l skip-auth -d 'Send no authentication headers (same as --auth none), for a signing gateway'
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No authentication headers (for a signing gateway)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l timeout -d 'Request timeout in seconds (default 600) [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l skip-auth -d 'Send no authentication headers (same as --auth none), for a signing gateway'
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files env completions man help" -f -a "status" -d 'Show the resolved configuration, where each value came from, and whether cpaws is ready'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files env completions man help" -f -a "doctor" -d 'Find every setup problem, prove access, explain the cause and the exact fix'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files env completions man help" -f -a "enable-federation" -d 'Enable outbound web identity federation for the account (safe to re-run)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files env completions man help" -f -a "policy" -d 'Generate least-privilege IAM policies and trust policies, and check policies'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files env completions man help" -f -a "keys" -d 'Create, inspect and manage API keys (short-term and long-term)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files env completions man help" -f -a "chat" -d 'Chat with Claude: one-shot or interactive, streaming'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files env completions man help" -f -a "files" -d 'Upload, list, download and delete files (the Files API)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files env completions man help" -f -a "env" -d 'Print the settings another tool needs to reach the same workspace'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files env completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files env completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files env completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "gen" -d 'Build an IAM identity policy from intents (default: what cpaws needs for chat and files)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "trust" -d 'Build a trust policy for the role paths people use'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "check" -d 'Check a policy document against intents (missing, over-granted, ineffective statements)'
