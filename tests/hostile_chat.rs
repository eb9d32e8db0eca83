//! `cpaws chat` against a scripted hostile server (tests/common/hostile.rs), the real binary:
//! absurd stream indexes, answers that are not event streams, invalid UTF-8, two processes on one
//! session, SIGTERM/SIGHUP mid-answer, corrupt session files and escape sequences in everything the
//! server or a file provides (issue 10).

mod common;

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

