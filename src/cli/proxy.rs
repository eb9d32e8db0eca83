//! `cpaws proxy` arguments.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::Args;

/// Run a local signing gateway: tools that speak the first-party Anthropic API reach the
/// workspace through it with your AWS credentials (SigV4) or the workspace API key.
#[derive(Args, Debug, Clone)]
#[command(after_help = "\
The bound address is printed on stderr in the line `… listening on http://HOST:PORT …` (with
--port 0, the default, the system picks a free port). Clients send the local token as
`x-api-key: TOKEN` or `Authorization: Bearer TOKEN`; requests without it are refused with 401
and never reach AWS. Stop with Ctrl-C or SIGTERM: in-flight requests get 10 s to finish (a second
signal cuts them) and the proxy exits 0. With -- COMMAND, a signal sent to the proxy is passed on to
the command, which is killed if it still runs 10 s later. See docs/proxy.md.")]
pub struct ProxyArgs {
    /// Port to listen on (0: a free port, printed on stderr)
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub port: u16,
    /// Address to listen on (a non-loopback address needs --allow-remote)
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDR")]
    pub host: IpAddr,
    /// Allow listening on a non-loopback address (anyone who can reach it and has the token uses
    /// your credentials)
    #[arg(long)]
    pub allow_remote: bool,
    /// Read the local token from FILE (created with a new random token, mode 0600, if missing)
    #[arg(long, value_name = "FILE", conflicts_with = "no_token")]
    pub token_file: Option<PathBuf>,
    /// Accept requests without a token (loopback only: any local process can then use your
    /// credentials)
    #[arg(long)]
    pub no_token: bool,
    /// Print the environment other tools need (export lines, token included) first on stdout
    #[arg(long)]
    pub print_env: bool,
    /// Run COMMAND with that environment, stop when it exits, exit with its code
    #[arg(last = true, value_name = "COMMAND")]
    pub command: Vec<String>,
}
