//! `cpaws-emulator --port 0 [--host 127.0.0.1] [--state FILE [--exact-state]] [--print-env] [--dump-state]`

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
    /// State JSON file, merged over the default state (objects merge; arrays of objects merge by
    /// their `id`/`name`/`access_key_id`; other values replace). See docs/emulator.md.
    #[arg(long)]
    state: Option<std::path::PathBuf>,
    /// Take --state as the whole state instead (nothing of the default is kept), as
    /// `PUT /_emulator/state` does.
    #[arg(long, requires = "state")]
    exact_state: bool,
    /// Print the state (the default state, or --state merged over it) as JSON and exit.
    #[arg(long)]
    dump_state: bool,
    /// Also print `export K=V` lines for a client of the default principal (and
    /// CPAWS_EMULATOR_PID), then close stdout: `eval "$(cpaws-emulator --print-env &)"` works.
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
            .and_then(|s| {
                if args.exact_state {
                    State::from_json(&s)
                } else {
                    State::from_json_over_default(&s)
                }
            }) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("cpaws-emulator: cannot load state {}: {e}", p.display());
                std::process::exit(2);
            }
        },
    };
    if args.dump_state {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{}", state.to_json());
        let _ = out.flush();
        return;
    }
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
        let _ = writeln!(out, "export CPAWS_EMULATOR_PID={}", std::process::id());
    }
    let _ = out.flush();
    drop(out);
    if args.print_env {
        // A shell's `$(…)` reads until every writer closes the pipe: close ours so that
        // `eval "$(cpaws-emulator --print-env &)"` returns while the emulator keeps serving.
        close_stdout();
    }
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

/// Point stdout at /dev/null (the emulator writes nothing more to it).
#[cfg(unix)]
fn close_stdout() {
    use std::os::fd::AsRawFd;
    if let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null") {
        // SAFETY: dup2 on two descriptors this process owns; stdout's lock is not held.
        unsafe {
            libc::dup2(null.as_raw_fd(), libc::STDOUT_FILENO);
        }
    }
}

#[cfg(not(unix))]
fn close_stdout() {}
