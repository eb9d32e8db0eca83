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
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_needs_command" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_needs_command" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_needs_command" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_needs_command" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_needs_command" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_needs_command" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_needs_command" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_needs_command" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
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
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "models" -d 'List the models the workspace serves, or show one'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "batches" -d 'Message batches: create from JSON lines, list, get, cancel, delete, wait, results'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "workspaces" -d 'List the account\'s workspaces (in one region or all), or show one'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "env" -d 'Print the settings another tool needs to reach the same workspace'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "proxy" -d 'Run a local signing gateway for tools that speak the first-party Anthropic API'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c cpaws -n "__fish_cpaws_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l for -d 'The uses readiness must prove, each by a request that costs nothing (default: inference)' -r -f -a "inference\t'Messages, token counting, model listing (what `cpaws chat` needs)'
files\t'The Files API'
batches\t'Message batches'
workspaces\t'Reading workspaces'
api-key\t'Calling with API keys (CallWithBearerToken)'
full\t'Everything above'"
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l output-format -d 'Output format: human, json (what --json gives), github (Actions workflow commands and a job summary in $GITHUB_STEP_SUMMARY), junit (JUnit XML). Wins over --json and CPAWS_JSON' -r -f -a "human\t'Text for a person (the default)'
json\t'The JSON of docs/json.md (the same as --json)'
github\t'GitHub Actions workflow commands (::error, ::warning) and a Markdown job summary'
junit\t'JUnit XML, one testcase per check or probe (GitLab CI, Jenkins)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l offline -d 'Make no network calls; readiness is then unverified'
complete -c cpaws -n "__fish_cpaws_using_subcommand status" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
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
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l trusted-principal -d 'The principal that must be able to assume that role (a gateway\'s role, an account, an OIDC provider), or a gateway preset: truefoundry, portkey (their documented hosted-service role)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l external-id -d 'The sts:ExternalId that principal sends; a trust policy that does not require it is a confused-deputy warning' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l check-timeout -d 'Seconds each check may take, 1-3600' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l output-format -d 'Output format: human, json (what --json gives), github (Actions workflow commands and a job summary in $GITHUB_STEP_SUMMARY), junit (JUnit XML). Wins over --json and CPAWS_JSON' -r -f -a "human\t'Text for a person (the default)'
json\t'The JSON of docs/json.md (the same as --json)'
github\t'GitHub Actions workflow commands (::error, ::warning) and a Markdown job summary'
junit\t'JUnit XML, one testcase per check or probe (GitLab CI, Jenkins)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l offline -d 'Run only the checks that need no network'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l list-checks -d 'List the checks and exit'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l strict -d 'Fail on warnings too'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l fix -d 'Apply the safe fixes found (enable federation, run auth_refresh), each after confirmation'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l scan-regions -d 'List the account\'s workspaces in every region even when the configured one is found (one that is not found, or refused, is always looked for in every region)'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l sequential -d 'Run the checks one after another (for comparison)'
complete -c cpaws -n "__fish_cpaws_using_subcommand doctor" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
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
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l dry-run -d 'Print what would be called (and the equivalent aws CLI command); change nothing'
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l status -d 'Only report whether federation is enabled (exit 0 enabled, 1 disabled)'
complete -c cpaws -n "__fish_cpaws_using_subcommand enable-federation" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
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
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and not __fish_seen_subcommand_from gen trust check help" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
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
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l all-workspaces -d 'Scope to every workspace (workspace/*) instead of the configured one'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l no-sts-statements -d 'Leave out the sts:GetWebIdentityToken statements the managed policies carry'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l apply -d 'Attach the policy (needs --role or --user; giving either alone is the same)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from gen" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l principal -d 'Trust this AWS principal (role/user ARN, or an account ID), e.g. an AI gateway\'s role; or a gateway preset: truefoundry, portkey (neither has a documented principal yet: cpaws says where to find it)' -r
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
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from trust" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
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
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand policy; and __fish_seen_subcommand_from check" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
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
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -f -a "create" -d 'Mint a short-term API key from the current AWS credentials (or, with --long-term, create an IAM service-specific credential)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -f -a "inspect" -d 'Decode a key: region, access key ID, issue and expiry times (never the signature or token)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -f -a "exec" -d 'Run a command with a fresh short-term key in ANTHROPIC_AWS_API_KEY'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -f -a "verify" -d 'Make one live call (GET /v1/models?limit=1) with a key and explain any failure'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -f -a "list" -d 'List long-term keys (IAM service-specific credentials for aws-external-anthropic)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -f -a "deactivate" -d 'Deactivate a long-term key (it stops working until activated again)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -f -a "activate" -d 'Activate a deactivated long-term key'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -f -a "delete" -d 'Delete a long-term key for good'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and not __fish_seen_subcommand_from create inspect exec verify list deactivate activate delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l ttl -d 'Lifetime of a short-term key (e.g. 30m, 1h, 12h; default and maximum 12h)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l user -d 'The IAM user that owns the long-term key' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l expires-in-days -d 'Days until the long-term key expires (1–36600; default: never)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l export -d 'Print `export ANTHROPIC_AWS_API_KEY=…` (for `eval "$(cpaws keys create --export)"`)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l long-term -d 'Create a long-term key (an IAM service-specific credential) instead; needs --user'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -l ttl -d 'Lifetime of the key (e.g. 30m, 1h, 12h; at most 12h)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from exec" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l user -d 'The IAM user whose keys to list (default: the calling IAM user)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l all-users -d 'List the keys of every IAM user of the account'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -l user -d 'The IAM user that owns the key' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -l user -d 'The IAM user that owns the key' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -l user -d 'The IAM user that owns the key' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "create" -d 'Mint a short-term API key from the current AWS credentials (or, with --long-term, create an IAM service-specific credential)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Decode a key: region, access key ID, issue and expiry times (never the signature or token)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Run a command with a fresh short-term key in ANTHROPIC_AWS_API_KEY'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Make one live call (GET /v1/models?limit=1) with a key and explain any failure'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List long-term keys (IAM service-specific credentials for aws-external-anthropic)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate a long-term key (it stops working until activated again)'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Activate a deactivated long-term key'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a long-term key for good'
complete -c cpaws -n "__fish_cpaws_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -s m -l model -d 'Model ID, or opus / sonnet / haiku for the newest of that family the workspace lists (default: sonnet) [env: CPAWS_MODEL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -s s -l system -d 'System prompt: TEXT, or @FILE to read it from a file' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l max-tokens -d 'Maximum output tokens, 1 to 1000000 (default 8192, raised to fit a thinking budget)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l temperature -d 'Sampling temperature (0–1)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l thinking -d 'Extended thinking: a token budget (1024 to 1000000) or low / medium / high (default medium)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -s a -l attach -d 'Attach a file: images become image blocks, PDFs document blocks, anything else text (repeatable)' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l file-id -d 'Attach a file uploaded with `cpaws files` by its ID (repeatable)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l cache-ttl -d 'Prompt-cache lifetime: 5m (default) or 1h' -r -f -a "5m\t''
1h\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l session -d 'Save the conversation under this session name (continues it if it exists)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l show-thinking -d 'Show the model\'s thinking (on stderr, dimmed)'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l no-cache -d 'Do not mark the system prompt, attachments and conversation for prompt caching'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l raw -d 'Print the answer as raw text, never rendered as Markdown'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l stream-json -d 'Print every stream event as one JSON line (not with --json)'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -s c -l continue -d 'Continue the most recently used session'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l no-save -d 'Do not save this conversation (CPAWS_CHAT_HISTORY=off: save no one-shot call)'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l count-tokens -d 'Count the input tokens of the prompt, system prompt and attachments (POST /v1/messages/count_tokens) and print the count; nothing is sent to the model'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -a "list" -d 'List saved sessions, most recent first'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -a "show" -d 'Print a saved session'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -a "rm" -d 'Delete a saved session'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and not __fish_seen_subcommand_from list show rm help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "list" -d 'List saved sessions, most recent first'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print a saved session'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a saved session'
complete -c cpaws -n "__fish_cpaws_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -l beta -d 'Send `anthropic-beta: HEADER` with every Files request (e.g. files-api-2025-04-14, which clients sent before the Files API was GA). Default: none, like the current official SDKs' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -f -a "upload" -d 'Upload files (up to 500 MB each); prints each file ID'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -f -a "list" -d 'List files: ID, name, size, type, created, downloadable'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -f -a "info" -d 'Show one file\'s metadata'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -f -a "download" -d 'Download a file (only files the API marks downloadable)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -f -a "delete" -d 'Delete files (asks on a terminal; --yes otherwise)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and not __fish_seen_subcommand_from upload list info download delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -l beta -d 'Send `anthropic-beta: HEADER` with every Files request (e.g. files-api-2025-04-14, which clients sent before the Files API was GA). Default: none, like the current official SDKs' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from upload" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l limit -d 'Files per page (1–1000)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l after -d 'Start after this file ID (the last ID of the previous page)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l beta -d 'Send `anthropic-beta: HEADER` with every Files request (e.g. files-api-2025-04-14, which clients sent before the Files API was GA). Default: none, like the current official SDKs' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -l beta -d 'Send `anthropic-beta: HEADER` with every Files request (e.g. files-api-2025-04-14, which clients sent before the Files API was GA). Default: none, like the current official SDKs' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -s o -l output -d 'Where to write it: a path, a directory, or `-` for stdout (default: the file\'s name in the current directory)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l beta -d 'Send `anthropic-beta: HEADER` with every Files request (e.g. files-api-2025-04-14, which clients sent before the Files API was GA). Default: none, like the current official SDKs' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l force -d 'Overwrite an existing file'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from download" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -l beta -d 'Send `anthropic-beta: HEADER` with every Files request (e.g. files-api-2025-04-14, which clients sent before the Files API was GA). Default: none, like the current official SDKs' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload files (up to 500 MB each); prints each file ID'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from help" -f -a "list" -d 'List files: ID, name, size, type, created, downloadable'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show one file\'s metadata'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from help" -f -a "download" -d 'Download a file (only files the API marks downloadable)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete files (asks on a terminal; --yes otherwise)'
complete -c cpaws -n "__fish_cpaws_using_subcommand files; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -f -a "list" -d 'List the models the workspace serves: ID, display name, created, and which alias (opus / sonnet / haiku) points to it'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -f -a "get" -d 'Show one model (GET /v1/models/ID); an alias (opus, sonnet, haiku) resolves as chat does'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and not __fish_seen_subcommand_from list get help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l limit -d 'Models per page (1–1000)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l after -d 'Start after this model ID (the last ID of the previous page)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the models the workspace serves: ID, display name, created, and which alias (opus / sonnet / haiku) points to it'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one model (GET /v1/models/ID); an alias (opus, sonnet, haiku) resolves as chat does'
complete -c cpaws -n "__fish_cpaws_using_subcommand models; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -f -a "create" -d 'Create a batch from JSON lines, one `{"custom_id": …, "params": {…}}` request a line; every line is checked before anything is sent. Prints the batch ID'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -f -a "list" -d 'List the workspace\'s batches, newest first'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -f -a "get" -d 'Show one batch: status, request counts, times'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -f -a "cancel" -d 'Cancel a batch that is in progress (asks first on a terminal; --yes elsewhere)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -f -a "delete" -d 'Delete an ended batch and its results (asks first on a terminal; --yes elsewhere)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -f -a "wait" -d 'Wait until a batch ends, polling with backoff (a progress bar on a terminal); the global --timeout SECS bounds the wait (exit 1 when it passes)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -f -a "results" -d 'Stream a batch\'s results as JSON lines (from its results_url), to stdout or -o FILE'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and not __fish_seen_subcommand_from create list get cancel delete wait results help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -s m -l model -d 'Model for the lines whose params have none (an ID, or opus / sonnet / haiku)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l max-tokens -d 'max_tokens for the lines whose params have none (1 to 1000000)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -s s -l system -d 'System prompt for the lines whose params have none: TEXT, or @FILE' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l split -d 'Above the API\'s limits per batch (100,000 requests or 256 MB), create several batches'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l limit -d 'Batches per page (1–1000)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l after -d 'Start after this batch ID (the last ID of the previous page)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -s o -l output -d 'Write to FILE instead of stdout (atomically: all of it or nothing)' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l only -d 'Only results of these types (comma-separated)' -r -f -a "succeeded\t''
errored\t''
canceled\t''
expired\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l wait -d 'Wait for the batch to end first (as `batches wait`)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l force -d 'Overwrite FILE if it exists'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l text -d 'Print `custom_id<TAB>text` lines (the answer\'s text, with \\n, \\t and \\\\ escaped)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from results" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a batch from JSON lines, one `{"custom_id": …, "params": {…}}` request a line; every line is checked before anything is sent. Prints the batch ID'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the workspace\'s batches, newest first'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one batch: status, request counts, times'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a batch that is in progress (asks first on a terminal; --yes elsewhere)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an ended batch and its results (asks first on a terminal; --yes elsewhere)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait until a batch ends, polling with backoff (a progress bar on a terminal); the global --timeout SECS bounds the wait (exit 1 when it passes)'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from help" -f -a "results" -d 'Stream a batch\'s results as JSON lines (from its results_url), to stdout or -o FILE'
complete -c cpaws -n "__fish_cpaws_using_subcommand batches; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -f -a "list" -d 'List the account\'s workspaces in the region in use (ListWorkspaces), marking the configured one'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -f -a "get" -d 'Show one workspace (GetWorkspace); default: the configured one'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and not __fish_seen_subcommand_from list get help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l all-regions -d 'Ask every commercial region\'s endpoint at once and show where each workspace lives'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l include-archived -d 'Include archived workspaces'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the account\'s workspaces in the region in use (ListWorkspaces), marking the configured one'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one workspace (GetWorkspace); default: the configured one'
complete -c cpaws -n "__fish_cpaws_using_subcommand workspaces; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l for -d 'The tool to configure' -r -f -a "claude-code\t'Claude Code (CLAUDE_CODE_USE_ANTHROPIC_AWS and friends)'
sdk\t'The official Anthropic SDKs\' AWS clients'
gateway\t'An AI gateway\'s form fields'"
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l shell -d 'Shell syntax (default: from $SHELL)' -r -f -a "bash\t''
zsh\t''
fish\t''
powershell\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l role-arn -d 'For --for gateway: the role the gateway assumes' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l external-id -d 'For --for gateway: the external ID the gateway sends' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l via-proxy -d 'Print the settings for a running `cpaws proxy` at URL instead (its token from --token-file or CPAWS_PROXY_TOKEN)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l token-file -d 'With --via-proxy: the file holding the proxy\'s token (as given to `cpaws proxy --token-file`)' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l include-secrets -d 'Also print secrets (the API key)'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l offline -d 'Make no network calls (no model pinning, no identity lookup)'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand env" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l port -d 'Port to listen on (0: a free port, printed on stderr)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l host -d 'Address to listen on (a non-loopback address needs --allow-remote)' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l token-file -d 'Read the local token from FILE (created with a new random token, mode 0600, if missing)' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l allow-remote -d 'Allow listening on a non-loopback address (anyone who can reach it and has the token uses your credentials)'
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l no-token -d 'Accept requests without a token (loopback only: any local process can then use your credentials)'
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l print-env -d 'Print the environment other tools need (export lines, token included) first on stdout'
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand proxy" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l profile -d 'cpaws config profile to use [env: CPAWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l aws-profile -d 'AWS profile for credentials (and region, last) [env: AWS_PROFILE]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l region -d 'AWS region of the workspace; there is no default [env: CPAWS_REGION, AWS_REGION, AWS_DEFAULT_REGION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l workspace-id -d 'Workspace ID (wrkspc_…) [env: CPAWS_WORKSPACE_ID, ANTHROPIC_AWS_WORKSPACE_ID]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l base-url -d 'Base URL override; `{region}` is replaced by the region [env: CPAWS_BASE_URL, ANTHROPIC_AWS_BASE_URL]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l auth -d 'Authentication: sigv4, api-key or none (for signing gateways) [env: CPAWS_AUTH]' -r -f -a "sigv4\t'AWS Signature Version 4 with the AWS credential chain'
api-key\t'An API key (ANTHROPIC_AWS_API_KEY or --api-key-file)'
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand completions" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
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
none\t'No AWS authentication, for a signing gateway (ANTHROPIC_AUTH_TOKEN, if set, is sent as a bearer token)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l api-key-file -d 'Read the API key from FILE (`-` for stdin) instead of ANTHROPIC_AWS_API_KEY [env: CPAWS_API_KEY_FILE]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l api-key-header -d 'Header that carries the API key: x-api-key (default) or bearer [env: CPAWS_API_KEY_HEADER]' -r -f -a "x-api-key\t'`x-api-key: <key>` (the platform docs\' form)'
bearer\t'`Authorization: Bearer <key>` (the AWS docs\' form)'"
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l anthropic-version -d 'anthropic-version header (default 2023-06-01) [env: CPAWS_ANTHROPIC_VERSION]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l max-retries -d 'Retries for 429, 529, 5xx and connection failures, 0-10 (default 2) [env: CPAWS_MAX_RETRIES]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l timeout -d 'Deadline in seconds for a whole request, 1-86400 (default 600); a streamed answer gets it between events instead [env: CPAWS_TIMEOUT]' -r
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l config -d 'cpaws config file (default ~/.config/cpaws/config.toml) [env: CPAWS_CONFIG]' -r -F
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l skip-auth -d 'Send no AWS authentication (same as --auth none), for a gateway that signs requests; ANTHROPIC_AUTH_TOKEN, if set, goes to it as Authorization: Bearer'
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -l json -d 'Print machine-readable JSON on stdout (schemas in docs/json.md)'
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -s v -l verbose -d 'More logging on stderr (-v, -vv, -vvv); CPAWS_LOG sets a filter instead'
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -s q -l quiet -d 'Only errors on stderr'
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (needed when stdin is not a terminal)'
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cpaws -n "__fish_cpaws_using_subcommand man" -s V -l version -d 'Print version'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files models batches workspaces env proxy completions man help" -f -a "status" -d 'Show the resolved configuration, where each value came from, and whether cpaws is ready'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files models batches workspaces env proxy completions man help" -f -a "doctor" -d 'Find every setup problem, prove access, explain the cause and the exact fix'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files models batches workspaces env proxy completions man help" -f -a "enable-federation" -d 'Enable outbound web identity federation for the account (safe to re-run)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files models batches workspaces env proxy completions man help" -f -a "policy" -d 'Generate least-privilege IAM policies and trust policies, and check policies'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files models batches workspaces env proxy completions man help" -f -a "keys" -d 'Create, inspect and manage API keys (short-term and long-term)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files models batches workspaces env proxy completions man help" -f -a "chat" -d 'Chat with Claude: one-shot or interactive, streaming'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files models batches workspaces env proxy completions man help" -f -a "files" -d 'Upload, list, download and delete files (the Files API)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files models batches workspaces env proxy completions man help" -f -a "models" -d 'List the models the workspace serves, or show one'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files models batches workspaces env proxy completions man help" -f -a "batches" -d 'Message batches: create from JSON lines, list, get, cancel, delete, wait, results'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files models batches workspaces env proxy completions man help" -f -a "workspaces" -d 'List the account\'s workspaces (in one region or all), or show one'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files models batches workspaces env proxy completions man help" -f -a "env" -d 'Print the settings another tool needs to reach the same workspace'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files models batches workspaces env proxy completions man help" -f -a "proxy" -d 'Run a local signing gateway for tools that speak the first-party Anthropic API'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files models batches workspaces env proxy completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files models batches workspaces env proxy completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and not __fish_seen_subcommand_from status doctor enable-federation policy keys chat files models batches workspaces env proxy completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "gen" -d 'Build an IAM identity policy from intents (default: what cpaws needs for chat and files)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "trust" -d 'Build a trust policy for the role paths people use'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "check" -d 'Check a policy document against intents (missing, over-granted, ineffective statements)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "create" -d 'Mint a short-term API key from the current AWS credentials (or, with --long-term, create an IAM service-specific credential)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "inspect" -d 'Decode a key: region, access key ID, issue and expiry times (never the signature or token)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "exec" -d 'Run a command with a fresh short-term key in ANTHROPIC_AWS_API_KEY'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "verify" -d 'Make one live call (GET /v1/models?limit=1) with a key and explain any failure'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "list" -d 'List long-term keys (IAM service-specific credentials for aws-external-anthropic)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "deactivate" -d 'Deactivate a long-term key (it stops working until activated again)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "activate" -d 'Activate a deactivated long-term key'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "delete" -d 'Delete a long-term key for good'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from chat" -f -a "list" -d 'List saved sessions, most recent first'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from chat" -f -a "show" -d 'Print a saved session'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from chat" -f -a "rm" -d 'Delete a saved session'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from files" -f -a "upload" -d 'Upload files (up to 500 MB each); prints each file ID'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from files" -f -a "list" -d 'List files: ID, name, size, type, created, downloadable'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from files" -f -a "info" -d 'Show one file\'s metadata'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from files" -f -a "download" -d 'Download a file (only files the API marks downloadable)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from files" -f -a "delete" -d 'Delete files (asks on a terminal; --yes otherwise)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from models" -f -a "list" -d 'List the models the workspace serves: ID, display name, created, and which alias (opus / sonnet / haiku) points to it'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from models" -f -a "get" -d 'Show one model (GET /v1/models/ID); an alias (opus, sonnet, haiku) resolves as chat does'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from batches" -f -a "create" -d 'Create a batch from JSON lines, one `{"custom_id": …, "params": {…}}` request a line; every line is checked before anything is sent. Prints the batch ID'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from batches" -f -a "list" -d 'List the workspace\'s batches, newest first'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from batches" -f -a "get" -d 'Show one batch: status, request counts, times'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from batches" -f -a "cancel" -d 'Cancel a batch that is in progress (asks first on a terminal; --yes elsewhere)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from batches" -f -a "delete" -d 'Delete an ended batch and its results (asks first on a terminal; --yes elsewhere)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from batches" -f -a "wait" -d 'Wait until a batch ends, polling with backoff (a progress bar on a terminal); the global --timeout SECS bounds the wait (exit 1 when it passes)'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from batches" -f -a "results" -d 'Stream a batch\'s results as JSON lines (from its results_url), to stdout or -o FILE'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from workspaces" -f -a "list" -d 'List the account\'s workspaces in the region in use (ListWorkspaces), marking the configured one'
complete -c cpaws -n "__fish_cpaws_using_subcommand help; and __fish_seen_subcommand_from workspaces" -f -a "get" -d 'Show one workspace (GetWorkspace); default: the configured one'
