//! `cpaws chat` against a scripted hostile server (tests/it/common/hostile.rs), the real binary:
//! absurd stream indexes, answers that are not event streams, invalid UTF-8, two processes on one
//! session, SIGTERM/SIGHUP mid-answer, corrupt session files and escape sequences in everything the
//! server or a file provides (issue 10).

use crate::common;

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::Sandbox;
use common::hostile::{Captured, Hostile, Reply};
use serde_json::{Value, json};

const MODEL: &str = "claude-sonnet-4-6";

/// A sandbox whose gateway is the hostile server (fake keys, no retries).
fn sandbox(h: &Hostile) -> Sandbox {
    let mut sb = Sandbox::new();
    sb.set("ANTHROPIC_AWS_BASE_URL", &h.url())
        .set("AWS_REGION", "us-west-2")
        .set("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01TESTWORKSPACE")
        .set("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
        .set("AWS_SECRET_ACCESS_KEY", common::SECRET)
        .set("CPAWS_MAX_RETRIES", "0");
    sb
}

fn chat(sb: &Sandbox) -> assert_cmd::Command {
    let mut c = sb.cmd();
    c.args(["chat", "-m", MODEL]);
    c
}

fn out(o: &std::process::Output) -> (String, String, i32) {
    (
        String::from_utf8_lossy(&o.stdout).to_string(),
        String::from_utf8_lossy(&o.stderr).to_string(),
        o.status.code().unwrap_or(-1),
    )
}

fn event(v: &Value) -> Vec<u8> {
    format!("event: {}\ndata: {}\n\n", v["type"].as_str().unwrap(), v).into_bytes()
}

fn message_start() -> Value {
    json!({"type": "message_start", "message": {"id": "msg_h", "type": "message",
        "role": "assistant", "model": MODEL, "content": [],
        "usage": {"input_tokens": 3, "output_tokens": 1}}})
}

fn block_start(index: u64) -> Value {
    json!({"type": "content_block_start", "index": index,
        "content_block": {"type": "text", "text": ""}})
}

fn delta(index: u64, text: &str) -> Value {
    json!({"type": "content_block_delta", "index": index,
        "delta": {"type": "text_delta", "text": text}})
}

fn thinking_start(index: u64) -> Value {
    json!({"type": "content_block_start", "index": index,
        "content_block": {"type": "thinking", "thinking": "", "signature": ""}})
}

fn thinking_delta(index: u64, text: &str) -> Value {
    json!({"type": "content_block_delta", "index": index,
        "delta": {"type": "thinking_delta", "thinking": text}})
}

fn finish(index: u64) -> Vec<Value> {
    vec![
        json!({"type": "content_block_stop", "index": index}),
        json!({"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": null},
            "usage": {"output_tokens": 5}}),
        json!({"type": "message_stop"}),
    ]
}

fn stream(events: &[Value]) -> Vec<u8> {
    events.iter().flat_map(event).collect()
}

/// A whole answer: one text block with these deltas.
fn answer(pieces: &[&str]) -> Vec<u8> {
    let mut evs = vec![message_start(), block_start(0)];
    evs.extend(pieces.iter().map(|p| delta(0, p)));
    evs.extend(finish(0));
    stream(&evs)
}

fn is_messages(r: &Captured) -> bool {
    r.method == "POST" && r.path.starts_with("/v1/messages")
}

/// A server that answers every Messages request with `body` as an event stream.
fn serving(body: Vec<u8>) -> Hostile {
    Hostile::start(move |r| {
        if is_messages(r) {
            Reply::sse(body.clone())
        } else {
            Reply::status(404, &[("content-type", "application/json")], "{}")
        }
    })
}

fn sessions_dir(sb: &Sandbox) -> std::path::PathBuf {
    sb.path(".local/share/cpaws/sessions")
}

fn session_file(sb: &Sandbox, name: &str) -> std::path::PathBuf {
    sessions_dir(sb).join(format!("{name}.json"))
}

fn read_session(sb: &Sandbox, name: &str) -> Value {
    serde_json::from_slice(&std::fs::read(session_file(sb, name)).unwrap()).unwrap()
}

fn text_of(m: &Value) -> String {
    m["content"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b["text"].as_str())
        .collect()
}

/// `cmd` in a shell with its address space capped at 4 GiB: a runaway allocation aborts the child
/// instead of eating the machine's memory (the test then sees a signal, not an exit code).
fn capped(cmd: &std::process::Command) -> std::process::Command {
    common::run_under(
        cmd,
        "sh",
        &["-c", "ulimit -v 4194304 && exec \"$0\" \"$@\""],
    )
}

// ---- item 5: absurd block indexes are a protocol error, not an allocation ----

#[test]
fn a_huge_block_index_is_a_protocol_error_and_the_partial_answer_is_kept() {
    let mut evs = vec![message_start(), block_start(0), delta(0, "Hello")];
    evs.push(block_start(1 << 62));
    evs.push(delta(1 << 62, " never shown"));
    evs.extend(finish(0));
    let h = serving(stream(&evs));
    let sb = sandbox(&h);
    let mut cmd = sb.std_cmd();
    cmd.args(["chat", "-m", MODEL, "--session", "big", "hi"])
        .stdin(Stdio::null());
    let o = capped(&cmd).output().unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 5, "{stderr}");
    assert_eq!(stdout, "Hello\n");
    assert!(stderr.contains("4611686018427387904"), "{stderr}");
    assert!(
        stderr.contains("partial answer (5 characters) was kept in session big"),
        "{stderr}"
    );
    let s = read_session(&sb, "big");
    assert_eq!(s["messages"][0]["role"], "user");
    assert_eq!(text_of(&s["messages"][1]), "Hello");

    // The machine-readable code.
    let mut cmd = sb.std_cmd();
    cmd.args(["--json", "chat", "-m", MODEL, "--no-save", "hi"])
        .stdin(Stdio::null());
    let o = capped(&cmd).output().unwrap();
    assert_eq!(o.status.code(), Some(5));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["error"]["code"], "stream_invalid", "{v:#}");
}

#[test]
fn a_delta_for_a_block_that_never_started_is_a_protocol_error() {
    let mut evs = vec![message_start(), block_start(0), delta(0, "Hi")];
    evs.push(delta(50_000_000, "ghost"));
    evs.extend(finish(0));
    let h = serving(stream(&evs));
    let sb = sandbox(&h);
    let o = chat(&sb)
        .args(["--json", "--no-save", "hi"])
        .output()
        .unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 5, "{stdout}{stderr}");
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["error"]["code"], "stream_invalid", "{v:#}");
    assert!(
        v["error"]["cause"].as_str().unwrap().contains("50000000"),
        "{v:#}"
    );
}

// ---- item 18: a 200 that is not an event stream ----

#[test]
fn html_instead_of_an_event_stream_is_named_with_its_first_bytes() {
    let body = format!(
        "<html><body>\x1b[2J\x1b]52;c;SGVsbG8=\x07Proxy login required{}</body></html>",
        "x".repeat(5000)
    );
    let h = Hostile::start(move |r| {
        if is_messages(r) {
            Reply::status(200, &[("content-type", "text/html; charset=utf-8")], &body)
        } else {
            Reply::status(404, &[], "")
        }
    });
    let sb = sandbox(&h);
    let o = chat(&sb)
        .args(["--session", "html", "hi"])
        .output()
        .unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 5, "{stderr}");
    assert_eq!(stdout, "");
    assert!(
        stderr.contains("did not answer with an event stream"),
        "{stderr}"
    );
    assert!(stderr.contains("text/html"), "{stderr}");
    assert!(stderr.contains("Proxy login required"), "{stderr}");
    assert!(!stderr.contains('\x1b'), "{stderr:?}");
    assert!(!stderr.contains(&"x".repeat(300)), "at most ~200 bytes");
    assert!(!stderr.contains("connection closed"), "{stderr}");

    let o = chat(&sb)
        .args(["--json", "--no-save", "hi"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(o.status.code(), Some(5));
    assert_eq!(v["error"]["code"], "unexpected_response", "{v:#}");
}

#[test]
fn a_json_message_instead_of_an_event_stream_is_refused() {
    let h = Hostile::start(|r| {
        if is_messages(r) {
            Reply::json(
                r#"{"id":"msg_1","type":"message","content":[{"type":"text","text":"hi"}]}"#,
            )
        } else {
            Reply::status(404, &[], "")
        }
    });
    let sb = sandbox(&h);
    let o = chat(&sb)
        .args(["--json", "--no-save", "hi"])
        .output()
        .unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 5, "{stderr}");
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["error"]["code"], "unexpected_response", "{v:#}");
    let all = v["error"].to_string();
    assert!(all.contains("application/json"), "{all}");
    assert!(all.contains("msg_1"), "{all}");
}

// ---- item 19: invalid UTF-8 ----

#[test]
fn invalid_utf8_in_the_stream_is_replaced_and_the_stream_goes_on() {
    let mut body = stream(&[message_start(), block_start(0)]);
    body.extend_from_slice(
        br#"event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a"#,
    );
    body.push(0xff);
    body.extend_from_slice(b"b\"}}\n\n");
    body.extend(stream(&[delta(0, " and the rest")]));
    body.extend(stream(&finish(0)));
    let h = serving(body);
    let sb = sandbox(&h);
    let o = chat(&sb).args(["--session", "u", "hi"]).output().unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, "a\u{FFFD}b and the rest\n");
    assert_eq!(
        text_of(&read_session(&sb, "u")["messages"][1]),
        "a\u{FFFD}b and the rest"
    );
}

#[test]
fn characters_split_across_network_chunks_arrive_whole() {
    let text = "é€😀 ok";
    let body = answer(&[text]);
    let h = Hostile::start(move |r| {
        if is_messages(r) {
            Reply::Drip {
                head: Reply::open_head(200, &[("content-type", "text/event-stream")]),
                body: body.clone(),
                chunk: 1,
                every: Duration::from_millis(1),
            }
        } else {
            Reply::status(404, &[], "")
        }
    });
    let sb = sandbox(&h);
    let o = chat(&sb).args(["--no-save", "hi"]).output().unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, format!("{text}\n"));
}

// ---- item 12: one process per session ----

#[test]
fn a_session_in_use_by_another_process_is_refused_and_left_unchanged() {
    let h = serving(answer(&["fine"]));
    let sb = sandbox(&h);
    let o = chat(&sb)
        .args(["--session", "busy", "first"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o).1);
    let before = std::fs::read(session_file(&sb, "busy")).unwrap();

    // Another cpaws process holds the session (the test plays it).
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(sb.path(".local/share/cpaws/session-locks/busy.lock"))
        .unwrap();
    lock.lock().unwrap();
    let o = chat(&sb)
        .args(["--session", "busy", "second"])
        .output()
        .unwrap();
    let (_, stderr, code) = out(&o);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("session busy is in use by another cpaws process"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--session"),
        "the fix names another session: {stderr}"
    );
    assert_eq!(std::fs::read(session_file(&sb, "busy")).unwrap(), before);
    assert_eq!(
        h.requests().iter().filter(|r| is_messages(r)).count(),
        1,
        "nothing was sent for the refused turn"
    );
    drop(lock);

    // Released: the next run continues the session.
    let o = chat(&sb)
        .args(["--session", "busy", "third"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o).1);
    assert_eq!(
        read_session(&sb, "busy")["messages"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
}

#[test]
fn sequential_runs_keep_both_turns() {
    let h = serving(answer(&["ok"]));
    let sb = sandbox(&h);
    for p in ["one", "two"] {
        let o = chat(&sb).args(["--session", "seq", p]).output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", out(&o).1);
    }
    let s = read_session(&sb, "seq");
    let msgs = s["messages"].as_array().unwrap();
    assert_eq!(msgs.len(), 4, "{s:#}");
    assert_eq!(msgs[0]["content"][0]["text"], "one");
    assert_eq!(msgs[2]["content"][0]["text"], "two");
}

/// A server whose answers drip: `first ` at once, then `n` more pieces, one every `every`.
fn dripping(n: usize, every: Duration) -> Hostile {
    let mut pieces = vec!["first "];
    pieces.extend(std::iter::repeat_n("more ", n));
    let body = answer(&pieces);
    // The head events and the first delta in one write, the rest one delta per write.
    let head_len = stream(&[message_start(), block_start(0), delta(0, "first ")]).len();
    let piece = event(&delta(0, "more ")).len();
    Hostile::start(move |r| {
        if !is_messages(r) {
            return Reply::status(404, &[], "");
        }
        let mut head = Reply::open_head(200, &[("content-type", "text/event-stream")]);
        head.extend_from_slice(&body[..head_len]);
        Reply::Drip {
            head,
            body: body[head_len..].to_vec(),
            chunk: piece,
            every,
        }
    })
}

/// Start `cpaws chat` as a child and read its stdout until `first` arrived: from then on the answer
/// is streaming (and the session is held).
fn start_streaming(
    sb: &Sandbox,
    args: &[&str],
) -> (std::process::Child, BufReader<std::process::ChildStdout>) {
    let mut child = sb
        .std_cmd()
        .args(["chat", "-m", MODEL])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut so = BufReader::new(child.stdout.take().unwrap());
    let mut got = Vec::new();
    while !String::from_utf8_lossy(&got).contains("first") {
        let buf = so.fill_buf().unwrap();
        assert!(!buf.is_empty(), "stdout closed before the first text");
        got.extend_from_slice(buf);
        let n = buf.len();
        so.consume(n);
    }
    (child, so)
}

#[test]
fn two_processes_on_one_session_never_lose_a_turn() {
    // ≈ 10 × 50 ms after the first text: the second process waits for the first (up to 2 s).
    let h = dripping(10, Duration::from_millis(50));
    let sb = sandbox(&h);
    let (mut first, mut so) = start_streaming(&sb, &["--session", "race", "from one"]);
    let second = chat(&sb)
        .args(["--session", "race", "from two"])
        .output()
        .unwrap();
    let mut rest = String::new();
    so.read_to_string(&mut rest).unwrap();
    let st = first.wait().unwrap();
    assert_eq!(st.code(), Some(0));
    let (_, stderr2, code2) = out(&second);
    let s = read_session(&sb, "race");
    let users: Vec<String> = s["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["role"] == "user")
        .map(|m| m["content"][0]["text"].as_str().unwrap().to_string())
        .collect();
    match code2 {
        0 => assert_eq!(users, ["from one", "from two"], "{s:#}"),
        2 => {
            assert!(
                stderr2.contains("in use by another cpaws process"),
                "{stderr2}"
            );
            assert_eq!(users, ["from one"], "{s:#}");
        }
        c => panic!("exit {c}: {stderr2}"),
    }
}

// ---- item 13: SIGTERM and SIGHUP keep the turn and the partial answer ----

fn signal_mid_answer(sig: &str, code: i32) {
    let h = dripping(400, Duration::from_millis(50));
    let sb = sandbox(&h);
    let (mut child, mut so) = start_streaming(&sb, &["--session", "sig", "hi"]);
    let st = Command::new("kill")
        .args([format!("-{sig}"), child.id().to_string()])
        .status()
        .unwrap();
    assert!(st.success());
    let mut rest = String::new();
    so.read_to_string(&mut rest).unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let st = child.wait().unwrap();
    assert_eq!(st.code(), Some(code), "{stderr}");
    assert!(
        stderr.contains("partial answer") && stderr.contains("session sig"),
        "{stderr}"
    );
    let s = read_session(&sb, "sig");
    let msgs = s["messages"].as_array().unwrap();
    assert_eq!(msgs.len(), 2, "{s:#}");
    assert_eq!(msgs[0]["content"][0]["text"], "hi");
    let partial = text_of(&msgs[1]);
    assert!(partial.starts_with("first "), "{partial}");
    assert!(partial.len() < 400 * 5, "the answer was cut, not completed");
}

#[test]
fn sigterm_mid_answer_keeps_the_turn_and_the_partial_answer() {
    signal_mid_answer("TERM", 143);
}

#[test]
fn sighup_mid_answer_keeps_the_turn_and_the_partial_answer() {
    signal_mid_answer("HUP", 129);
}

// ---- item 15: corrupt session files ----

#[test]
fn a_corrupt_newest_session_is_listed_and_not_silently_skipped() {
    let h = serving(answer(&["ok"]));
    let sb = sandbox(&h);
    let o = chat(&sb)
        .args(["--session", "old", "hello"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o).1);
    let before = std::fs::read(session_file(&sb, "old")).unwrap();
    // Newer than "old", and not a session.
    std::fs::write(
        session_file(&sb, "broken"),
        b"{\"name\": \"broken\", \"messages\": [",
    )
    .unwrap();
    // The kernel stamps files from a coarse clock that can lag the precise clock the session's
    // `updated_at` comes from, so a file written a moment later can look older. Make it newer.
    std::fs::File::options()
        .write(true)
        .open(session_file(&sb, "broken"))
        .unwrap()
        .set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(60))
        .unwrap();

    let o = sb.cmd().args(["chat", "list"]).output().unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 0, "{stderr}");
    let line = stdout
        .lines()
        .find(|l| l.starts_with("broken"))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(line.contains("unreadable"), "{stdout}");
    assert!(stdout.contains("old"), "{stdout}");

    let (code, v) = common::run_json(sb.cmd().args(["--json", "chat", "list"]));
    assert_eq!(code, 0);
    let broken = v
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "broken")
        .unwrap_or_else(|| panic!("{v:#}"));
    assert!(broken["error"].as_str().unwrap().contains("EOF"), "{v:#}");

    let o = chat(&sb).args(["--continue", "again"]).output().unwrap();
    let (_, stderr, code) = out(&o);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("broken.json"), "{stderr}");
    assert!(stderr.contains("cpaws chat rm broken"), "{stderr}");
    assert_eq!(std::fs::read(session_file(&sb, "old")).unwrap(), before);
    assert_eq!(h.requests().iter().filter(|r| is_messages(r)).count(), 1);

    let o = sb.cmd().args(["chat", "show", "broken"]).output().unwrap();
    let (_, stderr, code) = out(&o);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("broken.json is not a cpaws session"),
        "{stderr}"
    );
    assert!(stderr.contains("cpaws chat rm broken"), "{stderr}");
}

// ---- item 16: server- and file-provided strings never reach a terminal raw ----

const EVIL_ID: &str = "claude-sonnet-9-9\u{1b}[2J\u{1b}]52;c;SGVsbG8=\u{7}";

#[test]
fn escape_sequences_in_model_ids_and_session_files_are_never_printed() {
    let models = json!({"data": [{"id": EVIL_ID, "type": "model", "display_name": "x\u{1b}[31m",
        "created_at": "2030-01-01T00:00:00Z"}], "has_more": false, "first_id": EVIL_ID, "last_id": EVIL_ID})
    .to_string();
    let body = answer(&["ok"]);
    let h = Hostile::start(move |r| {
        if r.path.starts_with("/v1/models") {
            Reply::json(&models)
        } else if is_messages(r) {
            Reply::sse(body.clone())
        } else {
            Reply::status(404, &[], "")
        }
    });
    let sb = sandbox(&h);
    // The alias resolves to the hostile ID (listed, then cached); it is sent and saved as is.
    for _ in 0..2 {
        let o = sb
            .cmd()
            .args([
                "--color",
                "always",
                "chat",
                "-m",
                "sonnet",
                "--session",
                "evil",
                "hi",
            ])
            .output()
            .unwrap();
        let (_, stderr, code) = out(&o);
        assert_eq!(code, 0, "{stderr}");
        assert!(
            !stderr.contains("\u{1b}[2J") && !stderr.contains("\u{1b}]52"),
            "{stderr:?}"
        );
    }
    let sent: Value =
        serde_json::from_slice(&h.requests().iter().rfind(|r| is_messages(r)).unwrap().body)
            .unwrap();
    assert_eq!(sent["model"], EVIL_ID);
    assert_eq!(read_session(&sb, "evil")["model"], EVIL_ID);

    // A session file written by someone else: a name and a title with escapes.
    let mut forged = read_session(&sb, "evil");
    forged["name"] = json!("x\u{1b}]52;c;SGVsbG8=\u{7}");
    forged["messages"][0]["content"][0]["text"] = json!("title\u{1b}[2J\u{1b}]0;pwned\u{7}");
    std::fs::write(session_file(&sb, "forged"), forged.to_string()).unwrap();

    for args in [
        &["chat", "list"][..],
        &["chat", "show", "evil"],
        &["chat", "show", "forged"],
    ] {
        let o = sb
            .cmd()
            .args(["--color", "always"])
            .args(args)
            .output()
            .unwrap();
        let (stdout, stderr, code) = out(&o);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        for s in [&stdout, &stderr] {
            assert!(
                !s.contains("\u{1b}[2J") && !s.contains("\u{1b}]") && !s.contains('\u{7}'),
                "{args:?}: {s:?}"
            );
        }
        assert!(stdout.contains("claude-sonnet-9-9"), "{args:?}: {stdout}");
    }
    // A session is named by its file: the name inside cannot point elsewhere.
    let o = sb.cmd().args(["--json", "chat", "list"]).output().unwrap();
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert!(names.contains(&"forged"), "{names:?}");
}

#[test]
fn thinking_on_a_terminal_stderr_is_sanitized_while_piped_stdout_stays_raw() {
    let mut evs = vec![message_start(), thinking_start(0)];
    evs.push(thinking_delta(
        0,
        "deep\u{1b}[2J\u{1b}]52;c;SGVsbG8=\u{7} thought",
    ));
    evs.push(json!({"type": "content_block_stop", "index": 0}));
    evs.push(block_start(1));
    evs.push(delta(1, "raw\u{1b}[1mbytes"));
    evs.extend(finish(1));
    let h = serving(stream(&evs));
    let sb = sandbox(&h);
    let answer_file = sb.path("answer.txt");
    // stdin, stderr: the pseudo-terminal; stdout: a file.
    let mut cmd = sb.std_cmd();
    cmd.env("TERM", "xterm").args([
        "--color",
        "always",
        "--quiet",
        "chat",
        "-m",
        MODEL,
        "--no-save",
        "--raw",
        "--show-thinking",
        "hi",
    ]);
    let mut sh = common::run_under(&cmd, "sh", &["-c", "exec \"$0\" \"$@\" > \"$ANSWER\""]);
    sh.env("ANSWER", &answer_file);
    let mut p = rexpect::session::spawn_command(sh, Some(20_000)).unwrap();
    let screen = p.exp_eof().unwrap();
    assert!(screen.contains("deep"), "{screen:?}");
    assert!(screen.contains("thought"), "{screen:?}");
    assert!(
        !screen.contains("\u{1b}[2J") && !screen.contains("\u{1b}]52") && !screen.contains('\u{7}'),
        "{screen:?}"
    );
    // Piped stdout: exact bytes.
    assert_eq!(
        std::fs::read_to_string(&answer_file).unwrap(),
        "raw\u{1b}[1mbytes\n"
    );
}

// ---- an event that never ends ----

#[test]
fn an_event_that_never_ends_is_a_protocol_error_not_unbounded_memory() {
    let h = Hostile::start(|r| {
        if !is_messages(r) {
            return Reply::status(404, &[], "");
        }
        let mut head = Reply::open_head(200, &[("content-type", "text/event-stream")]);
        head.extend(stream(&[
            message_start(),
            block_start(0),
            delta(0, "so far"),
        ]));
        head.extend_from_slice(b"data: ");
        Reply::Endless {
            head,
            chunk: vec![b'a'; 64 * 1024],
        }
    });
    let sb = sandbox(&h);
    let mut cmd = sb.std_cmd();
    cmd.args(["--json", "chat", "-m", MODEL, "--session", "endless", "hi"])
        .stdin(Stdio::null());
    let o = capped(&cmd).output().unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 5, "{stderr}");
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["error"]["code"], "stream_invalid", "{v:#}");
    assert!(
        v["error"]["cause"].as_str().unwrap().contains("MiB"),
        "{v:#}"
    );
    assert_eq!(
        text_of(&read_session(&sb, "endless")["messages"][1]),
        "so far"
    );
}

// ---- item 8: the idle timeout between events ----

#[test]
fn bytes_that_never_complete_an_event_cannot_keep_the_answer_open() {
    let h = Hostile::start(|r| {
        if !is_messages(r) {
            return Reply::status(404, &[], "");
        }
        let mut head = Reply::open_head(200, &[("content-type", "text/event-stream")]);
        head.extend(stream(&[
            message_start(),
            block_start(0),
            delta(0, "so far"),
        ]));
        // One byte every 100 ms for 60 s: bytes keep flowing, no event ever completes.
        let mut body = b"data: ".to_vec();
        body.extend(vec![b'a'; 600]);
        Reply::Drip {
            head,
            body,
            chunk: 1,
            every: Duration::from_millis(100),
        }
    });
    let sb = sandbox(&h);
    let mut cmd = sb.std_cmd();
    cmd.args([
        "--json",
        "--timeout",
        "2",
        "chat",
        "-m",
        MODEL,
        "--session",
        "drip",
        "hi",
    ])
    .stdin(Stdio::null());
    let started = std::time::Instant::now();
    let o = cmd.output().unwrap();
    let took = started.elapsed();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 5, "{stderr}");
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["error"]["code"], "stream_stalled", "{v:#}");
    // The drip lasts 60 s; the idle timeout ends it after 2 s without an event.
    assert!(took < Duration::from_secs(30), "took {took:?}");
    assert_eq!(text_of(&read_session(&sb, "drip")["messages"][1]), "so far");
}

// ---- item 7: absurd numbers, from the user or the server ----

#[test]
fn absurd_token_numbers_are_refused_with_their_range() {
    let h = serving(answer(&["ok"]));
    let sb = sandbox(&h);
    for (args, range) in [
        (
            ["--thinking", "18446744073709551615"],
            "between 1024 and 1000000",
        ),
        (["--thinking", "1023"], "between 1024 and 1000000"),
        (["--max-tokens", "18446744073709551615"], "1..=1000000"),
        (["--max-tokens", "0"], "1..=1000000"),
        (["--temperature", "NaN"], "between 0 and 1"),
    ] {
        let o = chat(&sb).args(args).arg("hi").output().unwrap();
        let (_, stderr, code) = out(&o);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains(range), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    assert!(!h.requests().iter().any(is_messages));
    // The largest accepted budget goes out, with room for the answer.
    let o = chat(&sb)
        .args(["--thinking", "1000000", "hi"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o).1);
    let reqs = h.requests();
    let sent: Value =
        serde_json::from_slice(&reqs.iter().find(|r| is_messages(r)).unwrap().body).unwrap();
    assert_eq!(sent["thinking"]["budget_tokens"], 1_000_000);
    assert_eq!(sent["max_tokens"], 1_004_096);
}

#[test]
fn absurd_usage_counts_from_the_server_saturate_across_turns() {
    let mut start = message_start();
    start["message"]["usage"]["input_tokens"] = json!(u64::MAX);
    let mut evs = vec![start, block_start(0), delta(0, "ok")];
    evs.extend(finish(0));
    let h = serving(stream(&evs));
    let sb = sandbox(&h);
    for _ in 0..2 {
        let o = chat(&sb).args(["--session", "big", "hi"]).output().unwrap();
        let (_, stderr, code) = out(&o);
        assert_eq!(code, 0, "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    assert_eq!(
        read_session(&sb, "big")["usage"]["input_tokens"],
        json!(u64::MAX)
    );
}
