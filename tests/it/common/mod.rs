//! Hermetic test sandbox: a temp HOME, AWS config files in the temp dir, no IMDS, no colour, and
//! optionally a running emulator whose environment the child process gets.
#![allow(dead_code)]

pub mod hostile;
pub mod proxy;

use std::path::PathBuf;

pub use cpaws_emulator::{Emulator, State};
use serde_json::Value;

pub const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

/// Settings for a library-level `Client` against an emulator (default region and workspace),
/// built without reading the process environment.
pub fn emulator_settings(emu: &Emulator, max_retries: u32) -> cpaws::config::Settings {
    use cpaws::config::{Source, Sourced};
    let s = |v: &str| Sourced {
        value: v.to_string(),
        source: Source::Default,
    };
    cpaws::config::Settings {
        config_path: None,
        config_loaded: false,
        profile: None,
        aws_profile: None,
        region: Some(s("us-west-2")),
        workspace_id: Some(s("wrkspc_01TESTWORKSPACE")),
        base_url: Some(s(&emu.url())),
        auth_choice: None,
        api_key: None,
        api_key_header: Sourced {
            value: cpaws::config::ApiKeyHeader::XApiKey,
            source: Source::Default,
        },
        auth_token: None,
        auth_refresh: None,
        anthropic_version: s("2023-06-01"),
        max_retries,
        timeout: std::time::Duration::from_secs(30),
        env: Default::default(),
    }
}

pub struct Sandbox {
    pub dir: tempfile::TempDir,
    pub emu: Option<Emulator>,
    env: Vec<(String, String)>,
}

impl Sandbox {
    /// No emulator: only the hermetic environment.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        Sandbox {
            dir,
            emu: None,
            env: Vec::new(),
        }
    }

    /// An emulator with this state, and its environment (region, workspace, keys, endpoints).
    pub fn with_state(state: State) -> Self {
        let mut s = Sandbox::new();
        let emu = Emulator::start(state).expect("emulator starts");
        s.env = emu.env();
        s.emu = Some(emu);
        s
    }

    pub fn with_emulator() -> Self {
        Self::with_state(State::default_state())
    }

    pub fn emu(&self) -> &Emulator {
        self.emu.as_ref().expect("sandbox has an emulator")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn set(&mut self, k: &str, v: &str) -> &mut Self {
        self.env.retain(|(a, _)| a != k);
        self.env.push((k.to_string(), v.to_string()));
        self
    }

    pub fn unset(&mut self, k: &str) -> &mut Self {
        self.env.retain(|(a, _)| a != k);
        self
    }

    pub fn get(&self, k: &str) -> Option<String> {
        self.env
            .iter()
            .find(|(a, _)| a == k)
            .map(|(_, v)| v.clone())
    }

    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.path(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, text).expect("write");
        p
    }

    /// The cpaws binary in the hermetic environment, as a std Command (to read output as it
    /// comes, or to run it in a pseudo-terminal).
    pub fn std_cmd(&self) -> std::process::Command {
        self.std_cmd_with(&[])
    }

    /// As `std_cmd`, with `extra` variables set before the sandbox's own (which win).
    fn std_cmd_with(&self, extra: &[(&str, &str)]) -> std::process::Command {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_cpaws"));
        c.env_clear();
        if let Ok(path) = std::env::var("PATH") {
            c.env("PATH", path);
        }
        let home = self.dir.path();
        c.env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("AWS_CONFIG_FILE", home.join("aws-config"))
            .env("AWS_SHARED_CREDENTIALS_FILE", home.join("aws-credentials"))
            .env("AWS_EC2_METADATA_DISABLED", "true")
            .env("NO_COLOR", "1")
            .current_dir(home);
        for (k, v) in extra {
            c.env(k, v);
        }
        for (k, v) in &self.env {
            c.env(k, v);
        }
        c
    }

    pub fn cmd(&self) -> assert_cmd::Command {
        assert_cmd::Command::from_std(
            self.std_cmd_with(&[("AWS_MAX_ATTEMPTS", "1"), ("COLUMNS", "100")]),
        )
    }
}

/// `cmd` run by another program (`program args… cmd-program cmd-args…`) with `cmd`'s environment
/// and directory: a shell that sizes the terminal first, GNU time measuring its memory.
pub fn run_under(
    cmd: &std::process::Command,
    program: &str,
    args: &[&str],
) -> std::process::Command {
    let mut c = std::process::Command::new(program);
    c.env_clear();
    for (k, v) in cmd.get_envs() {
        if let Some(v) = v {
            c.env(k, v);
        }
    }
    if let Some(d) = cmd.get_current_dir() {
        c.current_dir(d);
    }
    c.args(args).arg(cmd.get_program()).args(cmd.get_args());
    c
}

/// A finished command's stdout as text (lossy).
/// A port of 127.0.0.1 nothing listens on (bound, then released).
pub fn dead_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

pub fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A finished command's stderr as text (lossy).
pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The bodies of the `POST /v1/messages` requests the emulator received, in order.
pub fn message_requests(sb: &Sandbox) -> Vec<Value> {
    sb.emu()
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/v1/messages"))
        .map(|r| serde_json::from_slice(&r.body).expect("a JSON request body"))
        .collect()
}

/// Let the default account's user `dev` manage its own long-term (service-specific) API keys.
pub fn allow_long_term_keys(st: &mut State) {
    st.accounts[0].users[0].inline_policies.insert(
        "keys".into(),
        serde_json::json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
            "Action": "iam:*ServiceSpecificCredential*", "Resource": "*"}]}),
    );
}

/// Give the default account's user `dev` a long-term (service-specific) API key with this secret.
pub fn add_long_term_key(st: &mut State, key: &str) {
    st.accounts[0].service_specific_credentials.push(
        cpaws_emulator::state::ServiceSpecificCredential {
            id: "ACCAEXAMPLELONGTERM1".into(),
            user: "dev".into(),
            secret: key.into(),
            ..Default::default()
        },
    );
}

/// Run `cmd` to the end and return its output with its peak resident memory in KiB, as the kernel
/// counts it (`getrusage(RUSAGE_CHILDREN)` in a small Python wrapper whose only child it is). python3
/// is required by the test command anyway (the interop tests), so this never skips.
pub fn run_with_peak_rss(cmd: &std::process::Command) -> (std::process::Output, u64) {
    const WRAPPER: &str = "import resource, subprocess, sys\n\
        code = subprocess.run(sys.argv[2:]).returncode\n\
        open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n\
        sys.exit(code if code >= 0 else 128 - code)\n";
    let dir = tempfile::tempdir().expect("temp dir");
    let rss_file = dir.path().join("peak-rss-kib");
    let rss_path = rss_file.to_string_lossy().into_owned();
    let out = run_under(cmd, "python3", &["-c", WRAPPER, &rss_path])
        .output()
        .expect("python3 runs");
    let rss = std::fs::read_to_string(&rss_file)
        .unwrap_or_else(|e| {
            panic!(
                "no peak RSS written ({e}): {}",
                String::from_utf8_lossy(&out.stderr)
            )
        })
        .trim()
        .parse::<u64>()
        .expect("peak RSS is a number");
    (out, rss)
}

/// Run and parse stdout as JSON; returns (exit code, document).
pub fn run_json(cmd: &mut assert_cmd::Command) -> (i32, Value) {
    let out = cmd.output().expect("runs");
    let code = out.status.code().unwrap_or(-1);
    let text = String::from_utf8_lossy(&out.stdout);
    let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {text}\nstderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    said_once(&v);
    (code, v)
}

/// No `fix`, `message` or `cause` in a document says the same thing twice (every JSON document a
/// test reads goes through this).
pub fn said_once(v: &Value) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if let (true, Some(t)) = (
                    matches!(k.as_str(), "fix" | "message" | "cause"),
                    x.as_str(),
                ) {
                    let parts: Vec<&str> = t
                        .split(['.', ';', '(', ')'])
                        .map(str::trim)
                        .filter(|p| p.len() > 12)
                        .collect();
                    for (i, p) in parts.iter().enumerate() {
                        assert!(!parts[i + 1..].contains(p), "said twice: {p:?} in {t:?}");
                    }
                }
                said_once(x);
            }
        }
        Value::Array(a) => a.iter().for_each(said_once),
        _ => {}
    }
}

/// The codes of the `problems` (or `warnings`) array of a status document.
pub fn codes(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| p["code"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

pub fn find<'a>(v: &'a Value, key: &str, code: &str) -> &'a Value {
    v[key]
        .as_array()
        .and_then(|a| a.iter().find(|p| p["code"] == code))
        .unwrap_or_else(|| panic!("no {key} entry with code {code}: {v:#}"))
}

/// Wait (up to 20 s) until the program on the pseudo-terminal `p` has put the terminal in the
/// mode `ready` looks for (ECHO off: a hidden prompt is reading, and has flushed what was typed
/// before; ICANON off: a single-key prompt is reading), so what the test types next is read, not
/// flushed or echoed. It watches the terminal's mode (the master reports the slave's), no sleep.
pub fn until_terminal(
    p: &rexpect::session::PtySession,
    ready: impl Fn(nix::sys::termios::LocalFlags) -> bool,
) {
    let tty = p.process().get_file_handle().expect("the pty");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let mode = nix::sys::termios::tcgetattr(&tty).expect("tcgetattr on the pty");
        if ready(mode.local_flags) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the terminal never changed mode"
        );
        std::thread::yield_now();
    }
}
