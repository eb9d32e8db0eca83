//! `cpaws-emulator --port 0 [--host 127.0.0.1] [--state FILE] [--print-env]`

use clap::Parser;
use cpaws_emulator::{Emulator, State, env_pairs};
use std::io::Write;
use std::net::IpAddr;

#[derive(Parser, Debug)]
#[command(
    name = "cpaws-emulator",
    about = "Local emulator of Claude Platform on AWS (gateway + IAM/STS)"
)]
struct Args {
    /// Port to listen on (0 = any free port).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Loopback address to listen on; non-loopback addresses are refused.
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
    /// State JSON file (default: the documented default state).
    #[arg(long)]
    state: Option<std::path::PathBuf>,
    /// Also print `export K=V` lines for a client of the default principal.
    #[arg(long)]
    print_env: bool,
}

fn main() {
    let args = Args::parse();
    let host: IpAddr = match args.host.parse() {
        Ok(h) => h,
        Err(_) if args.host == "localhost" => IpAddr::from([127, 0, 0, 1]),
        Err(e) => {
            eprintln!("cpaws-emulator: invalid --host {}: {e}", args.host);
            std::process::exit(2);
        }
    };
    let state = match &args.state {
        None => State::default_state(),
        Some(p) => match std::fs::read_to_string(p)
            .map_err(|e| e.to_string())
            .and_then(|s| State::from_json(&s))
        {
            Ok(s) => s,
            Err(e) => {
                eprintln!("cpaws-emulator: cannot load state {}: {e}", p.display());
                std::process::exit(2);
            }
        },
    };
    let emu = match Emulator::start_on(host, args.port, state) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("cpaws-emulator: {e}");
            std::process::exit(1);
        }
    };
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "CPAWS_EMULATOR_URL={}", emu.url());
    if args.print_env {
        for (k, v) in env_pairs(&emu.url(), &emu.state()) {
            let _ = writeln!(out, "export {k}={}", shell_quote(&v));
        }
    }
    let _ = out.flush();
    drop(out);
    loop {
        std::thread::park();
    }
}

/// Single-quote a value for POSIX shells when it needs quoting.
fn shell_quote(v: &str) -> String {
    if !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=+@%,".contains(c))
    {
        v.to_string()
    } else {
        format!("'{}'", v.replace('\'', "'\\''"))
    }
}
