//! `cpaws proxy` starting and stopping: signals (a second one cuts the grace period short), the
//! `-- COMMAND` it runs (signals passed on, its exit code), `--no-token` and `--allow-remote`,
//! large uploads spooled to disk and the spool removed whatever happens, and a client leaving
//! mid-stream closing the connection to the service. Against the emulator, or the scripted server.

use crate::common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};

use common::hostile::{Hostile, Reply};
use common::proxy::*;
use common::*;

#[test]
fn command_runs_with_the_environment_and_its_exit_code_passes_through() {
    let sb = Sandbox::with_emulator();
    let out = sb
        .cmd()
        .args([
            "proxy",
            "--",
            "sh",
            "-c",
            "case \"$ANTHROPIC_BASE_URL\" in http://127.0.0.1:*) ;; *) exit 90;; esac; \
             case \"$ANTHROPIC_API_KEY\" in cpaws-proxy-*) ;; *) exit 91;; esac; \
             test \"$ANTHROPIC_AUTH_TOKEN\" = \"$ANTHROPIC_API_KEY\" || exit 92; \
             test \"$CLAUDE_CODE_SKIP_ANTHROPIC_AWS_AUTH\" = 1 || exit 93; exit 7",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(7),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    sb.cmd()
        .args(["proxy", "--", "sh", "-c", "exit 0"])
        .assert()
        .code(0);
    sb.cmd()
        .args(["proxy", "--", "cpaws-no-such-command-here"])
        .assert()
        .code(2);
}

#[test]
fn sigterm_finishes_the_stream_in_flight_then_exits_0() {
    let sb = Sandbox::with_emulator();
    slow_stream(&sb, (0..30).map(|i| format!("[{i:02}]")).collect(), 50);
    let mut p = Proxy::start(&sb, &[]);
    // The answer has begun before the signal.
    let (_conn, mut reader, mut got) = stream_in_flight(&p);
    p.signal("-TERM");
    p.wait_for("SIGTERM");
    assert!(
        !serves_new_connections(&p),
        "a new connection was served after SIGTERM"
    );
    // The stream in flight finishes.
    let mut rest = String::new();
    let _ = reader.read_to_string(&mut rest);
    got.push_str(&rest);
    assert!(got.contains("event: message_stop"), "{got}");
    assert_eq!(p.wait_exit(), 0);
    let log = p.stderr_so_far();
    assert!(log.contains("POST /v1/messages 200"), "{log}");
    assert!(log.contains("stopped"), "{log}");
    assert!(!log.contains("cut"), "{log}");
}

#[test]
fn non_loopback_needs_allow_remote_and_a_token() {
    let sb = Sandbox::with_emulator();
    sb.cmd()
        .args(["proxy", "--host", "0.0.0.0"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--allow-remote"));
    sb.cmd()
        .args(["proxy", "--host", "0.0.0.0", "--allow-remote", "--no-token"])
        .assert()
        .code(2);
}

#[test]
fn a_second_signal_cuts_the_stream_in_flight() {
    let sb = Sandbox::with_emulator();
    // 100 deltas 300 ms apart: 30 s, longer than the grace period.
    slow_stream(&sb, "x".repeat(400), 300);
    let mut p = Proxy::start(&sb, &[]);
    let (_conn, mut reader, mut got) = stream_in_flight(&p);
    p.signal("-TERM");
    p.wait_for("SIGTERM: no new connections");
    p.signal("-INT");
    // Cut: the connection ends without the end of the message.
    let mut rest = Vec::new();
    let _ = reader.read_to_end(&mut rest);
    got.push_str(&String::from_utf8_lossy(&rest));
    assert!(!got.contains("message_stop"), "{got}");
    assert_eq!(p.wait_exit(), 0, "{}", p.stderr_so_far());
    let line = p.wait_for("stopped");
    assert!(
        line.contains("cut at a second signal, SIGINT"),
        "{line}\n{}",
        p.stderr_so_far()
    );
}

#[test]
fn no_token_accepts_requests_without_one_and_warns_at_start() {
    let sb = Sandbox::with_emulator();
    let mut p = Proxy::start(&sb, &["--no-token"]);
    assert_eq!(p.token, "no-token");
    let listening = p.wait_for("listening on");
    assert!(
        listening.contains("local token not required"),
        "{listening}"
    );
    p.wait_for("warning: the proxy runs with --no-token");
    let a = call("GET", &format!("{}/v1/models", p.url), &[], None);
    assert_eq!(a.status, 200, "{}", a.text());
    let reqs = gateway_requests(&sb);
    assert_eq!(reqs.len(), 1);
    assert!(header(&reqs[0], "authorization").is_some_and(|v| v.starts_with("AWS4-HMAC-SHA256")));
}

#[test]
fn allow_remote_listens_on_every_address_reached_through_loopback() {
    let sb = Sandbox::with_emulator();
    let mut p = Proxy::start(&sb, &["--host", "0.0.0.0", "--allow-remote"]);
    // Bound to 0.0.0.0 (said in the warning); the URL clients get goes through loopback.
    let warning = p.wait_for("not only on this machine");
    let port = p.url.rsplit(':').next().unwrap_or_default().to_string();
    assert!(
        warning.contains(&format!("listens on 0.0.0.0:{port}")),
        "{warning}"
    );
    assert!(p.url.starts_with("http://127.0.0.1:"), "{}", p.url);
    let a = call(
        "GET",
        &format!("{}/v1/models", p.url),
        &[("x-api-key", &p.token)],
        None,
    );
    assert_eq!(a.status, 200, "{}", a.text());
    // Still guarded by the token.
    let a = call("GET", &format!("{}/v1/models", p.url), &[], None);
    assert_eq!(a.status, 401);
}

/// `sh -c SCRIPT sh FILE`: a command for `cpaws proxy --`, its first argument a file it writes to.
fn sh(script: &str, file: &Path) -> Vec<String> {
    ["--", "sh", "-c", script, "sh"]
        .iter()
        .map(|s| s.to_string())
        .chain([file.display().to_string()])
        .collect()
}

/// Start `cpaws proxy -- sh -c SCRIPT` and wait until the script has written `$1.ready`.
fn start_command(sb: &Sandbox, script: &str, name: &str) -> (Proxy, PathBuf) {
    let file = sb.path(name);
    let args = sh(script, &file);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let p = Proxy::start(sb, &args);
    let ready = PathBuf::from(format!("{}.ready", file.display()));
    wait_until("the command is ready", || ready.exists());
    (p, file)
}

/// Traps each signal, writes its name, exits 5. `sleep & wait`: a trapped signal ends the wait.
const TRAPS: &str = r#"trap 'echo INT >> "$1"; exit 5' INT; trap 'echo TERM >> "$1"; exit 5' TERM; trap 'echo HUP >> "$1"; exit 5' HUP; echo > "$1.ready"; while :; do sleep 1 & wait $!; done"#;

#[test]
fn signals_sent_to_the_proxy_are_passed_on_to_the_command_once() {
    let sb = Sandbox::with_emulator();
    for sig in ["INT", "TERM", "HUP"] {
        let (mut p, file) = start_command(&sb, TRAPS, &format!("got-{sig}"));
        p.signal(&format!("-{sig}"));
        // The command saw the signal once, exited 5 in its trap; the proxy exits with that code.
        assert_eq!(p.wait_exit(), 5, "{sig}: {}", p.stderr_so_far());
        assert_eq!(std::fs::read_to_string(&file).unwrap(), format!("{sig}\n"));
        let line = p.wait_for("passed on to the command");
        assert!(line.contains(&format!("SIG{sig}")), "{line}");
    }
}

#[test]
fn a_command_ended_by_the_signal_gives_128_plus_its_number() {
    let sb = Sandbox::with_emulator();
    let (mut p, _) = start_command(&sb, r#"echo > "$1.ready"; exec sleep 60"#, "plain");
    p.signal("-TERM");
    assert_eq!(p.wait_exit(), 128 + 15, "{}", p.stderr_so_far());
}

/// Writes TERM on each SIGTERM and keeps running.
const IGNORES_TERM: &str =
    r#"trap 'echo TERM >> "$1"' TERM; echo > "$1.ready"; while :; do sleep 1 & wait $!; done"#;

#[test]
fn a_command_still_running_is_killed_at_a_second_signal() {
    let sb = Sandbox::with_emulator();
    let (mut p, file) = start_command(&sb, IGNORES_TERM, "stubborn");
    p.signal("-TERM");
    wait_until("the command got SIGTERM", || {
        std::fs::read_to_string(&file).is_ok_and(|t| t == "TERM\n")
    });
    p.signal("-TERM");
    assert_eq!(p.wait_exit(), 128 + 9, "{}", p.stderr_so_far());
    let line = p.wait_for("killed (SIGKILL)");
    assert!(line.contains("SIGTERM again"), "{line}");
}

#[test]
fn a_command_still_running_after_the_grace_period_is_killed() {
    let sb = Sandbox::with_emulator();
    let (mut p, _) = start_command(&sb, IGNORES_TERM, "slow");
    p.signal("-TERM");
    // The grace period (10 s) runs out.
    assert_eq!(p.wait_exit(), 128 + 9, "{}", p.stderr_so_far());
    p.wait_for("did not exit within 10s: killed (SIGKILL)");
}

/// A sandbox whose temporary directory (where the proxy spools large uploads) is `spool`.
fn with_spool_dir() -> (Sandbox, PathBuf) {
    let mut sb = Sandbox::with_emulator();
    let spool = sb.path("spool");
    std::fs::create_dir_all(&spool).unwrap();
    sb.set("TMPDIR", spool.to_str().unwrap());
    (sb, spool)
}

#[test]
fn a_64_mb_upload_is_spooled_to_disk_streamed_and_its_spool_removed() {
    let (sb, spool) = with_spool_dir();
    let p = Proxy::start(&sb, &[]);
    let size = 64 * 1024 * 1024;
    let content: Vec<u8> = (0..size)
        .map(|i: usize| ((i % 251) ^ (i >> 20)) as u8)
        .collect();
    let a = upload(&p, "big.bin", &content);
    assert_eq!(a.status, 200, "{}", a.text());
    let id = a.json()["id"].as_str().unwrap().to_string();
    // The service stored exactly the bytes sent (it checked the signature over the whole body).
    let st = sb.emu().state();
    let f = st.files.iter().find(|f| f.id == id).unwrap();
    let stored = std::fs::read(f.storage_path.as_ref().unwrap()).unwrap();
    assert!(stored == content, "stored {} bytes", stored.len());
    // The answer came after the request was sent: the spool is gone by then.
    assert_eq!(entries(&spool), Vec::<PathBuf>::new());
    // Memory stayed flat: far below the upload's size.
    #[cfg(target_os = "linux")]
    {
        let peak = peak_rss(p.child.id()).unwrap();
        assert!(peak < 48 * 1024 * 1024, "peak RSS {peak} bytes");
    }
}

/// Start an upload larger than what stays in memory and send part of it; wait until it is
/// spooled to a file (mode 0600) in `spool`.
fn upload_in_flight(p: &Proxy, spool: &Path) -> TcpStream {
    let addr = p.url.trim_start_matches("http://").to_string();
    let mut conn = TcpStream::connect(&addr).unwrap();
    let (body, ct) = multipart("half.bin", &vec![7u8; 64 * 1024 * 1024]);
    write!(
        conn,
        "POST /v1/files HTTP/1.1\r\nhost: {addr}\r\nx-api-key: {}\r\ncontent-type: {ct}\r\ncontent-length: {}\r\n\r\n",
        p.token,
        body.len()
    )
    .unwrap();
    conn.write_all(&body[..20 * 1024 * 1024]).unwrap();
    wait_until("the upload is spooled", || entries(spool).len() == 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&entries(spool)[0])
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
    conn
}

#[test]
fn a_client_leaving_mid_upload_leaves_no_spool_and_nothing_is_sent() {
    let (sb, spool) = with_spool_dir();
    let mut p = Proxy::start(&sb, &[]);
    sb.emu().clear_requests();
    let conn = upload_in_flight(&p, &spool);
    conn.shutdown(std::net::Shutdown::Both).unwrap();
    drop(conn);
    p.wait_for("POST /v1/files 400");
    assert_eq!(entries(&spool), Vec::<PathBuf>::new());
    assert!(gateway_requests(&sb).is_empty());
}

#[test]
fn a_signal_mid_upload_leaves_no_spool() {
    let (sb, spool) = with_spool_dir();
    let mut p = Proxy::start(&sb, &[]);
    let _conn = upload_in_flight(&p, &spool);
    p.signal("-TERM");
    p.wait_for("SIGTERM: no new connections");
    p.signal("-TERM");
    assert_eq!(p.wait_exit(), 0, "{}", p.stderr_so_far());
    assert_eq!(entries(&spool), Vec::<PathBuf>::new());
    p.wait_for("cut at a second signal, SIGTERM");
}

/// The scripted service streams without end; the client reads a little and leaves; the service
/// sees its connection closed (the proxy dropped the request, it did not read on).
#[test]
fn a_client_leaving_mid_stream_closes_the_connection_to_the_service() {
    let gw = Hostile::start(|_| Reply::Endless {
        head: Reply::open_head(200, &[("content-type", "text/event-stream")]),
        chunk: b"event: ping\ndata: {\"type\": \"ping\"}\n\n".to_vec(),
    });
    let mut sb = Sandbox::new();
    sb.set("ANTHROPIC_AWS_BASE_URL", &gw.url())
        .set("AWS_REGION", "us-west-2")
        .set("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01HOSTILE")
        .set("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
        .set("AWS_SECRET_ACCESS_KEY", SECRET);
    let mut p = Proxy::start(&sb, &[]);
    let mut conn = raw_request(&p, "GET", "/v1/models", &[], "");
    let mut buf = vec![0u8; 64 * 1024];
    let mut got = 0;
    while got < 64 * 1024 {
        let n = conn.read(&mut buf).unwrap();
        assert!(n > 0);
        got += n;
    }
    conn.shutdown(std::net::Shutdown::Both).unwrap();
    drop(conn);
    assert!(
        gw.wait_client_left(WAIT),
        "the service kept streaming to the proxy after the client left"
    );
    let line = p.wait_for("GET /v1/models 200");
    assert!(line.contains("client closed"), "{line}");
}
