//! `cpaws chat` one-shot mode against the emulator (real binary).

use crate::common;

use std::io::Read;
use std::process::Stdio;

use common::{Sandbox, message_requests};
use cpaws_emulator::state::Fault;
use serde_json::{Value, json};

fn fault(v: Value) -> Fault {
    serde_json::from_value(v).unwrap()
}

fn chat(sb: &Sandbox) -> assert_cmd::Command {
    let mut c = sb.cmd();
    c.arg("chat");
    c
}

fn out(o: &std::process::Output) -> (String, String, i32) {
    (
        String::from_utf8_lossy(&o.stdout).to_string(),
        String::from_utf8_lossy(&o.stderr).to_string(),
        o.status.code().unwrap_or(-1),
    )
}

#[test]
fn one_shot_streams_text_with_usage_and_cost_on_stderr() {
    let sb = Sandbox::with_emulator();
    let o = chat(&sb)
        .args(["--no-save", "hello there"])
        .output()
        .unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, "You said: hello there\n");
    assert!(stderr.contains("tokens: "), "{stderr}");
    assert!(
        stderr.contains(" in · ") && stderr.contains("cache read"),
        "{stderr}"
    );
    assert!(stderr.contains("≈ $"), "{stderr}");
    let reqs = message_requests(&sb);
    assert_eq!(reqs.len(), 1);
    // default model: the newest sonnet the workspace lists
    assert_eq!(reqs[0]["model"], "claude-sonnet-4-6");
    assert_eq!(reqs[0]["stream"], true);
}

#[test]
fn aliases_resolve_and_bedrock_ids_are_refused() {
    let sb = Sandbox::with_emulator();
    let o = chat(&sb)
        .args(["--no-save", "-m", "opus", "hi"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(message_requests(&sb)[0]["model"], "claude-opus-4-8");
    let o = chat(&sb)
        .args(["--no-save", "-m", "anthropic.claude-3-sonnet", "hi"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(message_requests(&sb).len(), 1);
}

#[test]
fn an_alias_is_listed_once_a_day_and_listed_again_when_its_model_is_gone() {
    let sb = Sandbox::with_emulator();
    let model_lists = || {
        sb.emu()
            .requests()
            .iter()
            .filter(|r| r.method == "GET" && r.path.starts_with("/v1/models"))
            .count()
    };
    for _ in 0..2 {
        chat(&sb).args(["--no-save", "hi"]).assert().success();
    }
    // The second run took the alias from the cache: no round trip before its request.
    assert_eq!(model_lists(), 1);
    let cache = sb.path(".cache/cpaws/models.json");
    let v: Value = serde_json::from_slice(&std::fs::read(&cache).unwrap()).unwrap();
    let entry = v["entries"].as_object().unwrap().values().next().unwrap();
    assert_eq!(entry["aliases"]["sonnet"], "claude-sonnet-4-6");
    assert_eq!(entry["aliases"]["opus"], "claude-opus-4-8");

    // The workspace no longer offers that model: the cached alias fails once, clearly…
    sb.emu()
        .update_state(|s| s.models.retain(|m| m.id != "claude-sonnet-4-6"));
    chat(&sb)
        .args(["--no-save", "hi"])
        .assert()
        .code(4)
        .stderr(predicates::str::contains("model"));
    assert_eq!(model_lists(), 1);
    // …and the next run lists the models again and takes the newest sonnet left.
    chat(&sb).args(["--no-save", "hi"]).assert().success();
    assert_eq!(model_lists(), 2);
    let reqs = message_requests(&sb);
    assert_eq!(reqs.last().unwrap()["model"], "claude-sonnet-4-5");

    // A corrupt cache is ignored (and replaced).
    std::fs::write(&cache, "{ not json").unwrap();
    chat(&sb).args(["--no-save", "hi"]).assert().success();
    assert_eq!(model_lists(), 3);
    let v: Value = serde_json::from_slice(&std::fs::read(&cache).unwrap()).unwrap();
    assert!(v["entries"].is_object());
}

#[test]
fn streaming_keeps_order_and_flushes_before_the_end() {
    let sb = Sandbox::with_emulator();
    let text: String = (0..40).map(|i| format!("[{i:02}]")).collect();
    sb.emu().update_state(|s| {
        s.reply.text = Some(text.clone());
        s.reply.chunk_chars = 4;
        s.faults.push(fault(
            json!({"match": {"path_prefix": "/v1/messages"}, "times": 1,
            "kind": "slow_stream", "event_delay_ms": 100}),
        ));
    });
    let mut cmd = sb.std_cmd();
    let mut child = cmd
        .args(["chat", "--no-save", "go"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut so = child.stdout.take().unwrap();
    let mut first = [0u8; 4];
    so.read_exact(&mut first).unwrap();
    // The first piece arrived while the answer is still streaming (≈ 40 more events × 100 ms).
    assert!(
        child.try_wait().unwrap().is_none(),
        "output was not flushed as it arrived"
    );
    assert_eq!(&first, b"[00]");
    let mut rest = String::new();
    so.read_to_string(&mut rest).unwrap();
    assert!(child.wait().unwrap().success());
    assert_eq!(format!("[00]{rest}"), format!("{text}\n"));
}

#[test]
fn thinking_is_hidden_by_default_and_shown_on_request() {
    let sb = Sandbox::with_emulator();
    let o = chat(&sb)
        .args(["--no-save", "--thinking", "2048", "why"])
        .output()
        .unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, "You said: why\n");
    assert!(!stderr.contains("step by step"));
    let req = &message_requests(&sb)[0];
    assert_eq!(
        req["thinking"],
        json!({"type": "enabled", "budget_tokens": 2048})
    );
    assert!(req["max_tokens"].as_u64().unwrap() > 2048);

    let o = chat(&sb)
        .args(["--no-save", "--thinking", "--show-thinking", "why"])
        .output()
        .unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 0);
    assert_eq!(stdout, "You said: why\n");
    assert!(
        stderr.contains("Let me think about this request step by step."),
        "{stderr}"
    );
}

/// `--thinking` takes an optional value: a prompt right after it is the prompt, not a budget.
#[test]
fn a_prompt_after_thinking_is_the_prompt() {
    let sb = Sandbox::with_emulator();
    let o = chat(&sb)
        .args(["--no-save", "--thinking", "explain x"])
        .output()
        .unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, "You said: explain x\n");
    let req = &message_requests(&sb)[0];
    assert_eq!(
        req["thinking"],
        json!({"type": "enabled", "budget_tokens": 8192}),
        "the default budget"
    );
    let o = chat(&sb)
        .args(["--no-save", "--thinking", "high", "why"])
        .output()
        .unwrap();
    assert_eq!(out(&o).2, 0);
    assert_eq!(message_requests(&sb)[1]["thinking"]["budget_tokens"], 24576);
}

#[test]
fn tool_use_blocks_do_not_break_the_stream() {
    let sb = Sandbox::with_emulator();
    sb.emu().update_state(|s| s.reply.tool_use = true);
    let o = chat(&sb).args(["--no-save", "weather?"]).output().unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, "You said: weather?\n");
    let (code, v) = common::run_json(chat(&sb).args(["--json", "--no-save", "weather?"]));
    assert_eq!(code, 0);
    assert_eq!(v["stop_reason"], "tool_use");
    assert_eq!(v["content"][1]["type"], "tool_use");
    assert_eq!(v["content"][1]["input"]["location"], "San Francisco, CA");
}

#[test]
fn json_prints_the_final_message() {
    let sb = Sandbox::with_emulator();
    sb.emu().update_state(|s| s.reply.thinking = true);
    let (code, v) = common::run_json(chat(&sb).args(["--json", "--no-save", "hi"]));
    assert_eq!(code, 0);
    assert_eq!(v["type"], "message");
    assert_eq!(v["role"], "assistant");
    assert_eq!(v["model"], "claude-sonnet-4-6");
    assert_eq!(v["stop_reason"], "end_turn");
    assert_eq!(v["content"][0]["type"], "thinking");
    assert!(
        v["content"][0]["signature"]
            .as_str()
            .unwrap()
            .starts_with("Eq")
    );
    assert_eq!(
        v["content"][1],
        json!({"type": "text", "text": "You said: hi"})
    );
    assert!(v["usage"]["output_tokens"].as_u64().unwrap() > 1);
    assert!(v["id"].as_str().unwrap().starts_with("msg_"));
}

#[test]
fn stream_json_prints_one_event_per_line() {
    let sb = Sandbox::with_emulator();
    let o = chat(&sb)
        .args(["--stream-json", "--no-save", "hi"])
        .output()
        .unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 0, "{stderr}");
    let events: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(events[0]["type"], "message_start");
    assert_eq!(events.last().unwrap()["type"], "message_stop");
    let text: String = events
        .iter()
        .filter(|e| e["type"] == "content_block_delta")
        .filter_map(|e| e["delta"]["text"].as_str())
        .collect();
    assert_eq!(text, "You said: hi");
}

/// `--json --stream-json` printed the events and then the Message they make: neither JSON lines
/// nor one document. The two conflict: a usage error before anything is sent.
#[test]
fn json_and_stream_json_conflict() {
    let sb = Sandbox::with_emulator();
    let o = chat(&sb).args(["--json", "--stream-json", "hi"]).output();
    let (stdout, stderr, code) = out(&o.unwrap());
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("'--json' cannot be used with '--stream-json'"),
        "{stderr}"
    );
    // --json was asked for, so the usage error is also the JSON error document on stdout.
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("a JSON error document");
    assert_eq!(v["error"]["code"], "usage.argument_conflict", "{v}");
    assert_eq!(v["error"]["exit_code"], 2, "{v}");
    // A global --json before the subcommand: the same refusal, as --json's error document.
    let (code, v) = common::run_json(sb.cmd().args(["--json", "chat", "--stream-json", "hi"]));
    assert_eq!(code, 2, "{v}");
    assert_eq!(v["error"]["code"], "chat.json_and_stream_json", "{v}");
    assert!(message_requests(&sb).is_empty());
}

#[test]
fn sse_error_event_mid_answer_keeps_the_partial_answer() {
    let mut sb = Sandbox::with_emulator();
    sb.set("CPAWS_MAX_RETRIES", "2");
    sb.emu().update_state(|s| {
        s.reply.text = Some("0123456789abcdefghijklmnopqrstuvwxyz".into());
        s.reply.chunk_chars = 4;
        s.faults.push(fault(
            json!({"match": {"path_prefix": "/v1/messages"}, "times": 1,
            "kind": "status", "status": 529, "after_events": 5}),
        ));
    });
    let o = chat(&sb).args(["--session", "err", "go"]).output().unwrap();
    let (stdout, stderr, code) = out(&o);
    // message_start, block start, ping, 2 deltas → "01234567", then the error event
    assert_eq!(stdout, "01234567\n");
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("overloaded"), "{stderr}");
    assert!(
        stderr.contains("partial answer (8 characters) was kept in session err"),
        "{stderr}"
    );
    assert_eq!(
        message_requests(&sb).len(),
        1,
        "a started stream is never retried"
    );
    let (_, s) = common::run_json(sb.cmd().args(["--json", "chat", "show", "err"]));
    assert_eq!(s["messages"][1]["role"], "assistant");
    assert_eq!(s["messages"][1]["content"][0]["text"], "01234567");
}

/// With --json nothing is shown while the answer streams, but what arrived is kept all the same:
/// the error document says so (it said "nothing of the answer had arrived").
#[test]
fn a_json_answer_cut_off_says_what_was_kept() {
    let sb = Sandbox::with_emulator();
    sb.emu().update_state(|s| {
        s.reply.text = Some("0123456789abcdefghijklmnopqrstuvwxyz".into());
        s.reply.chunk_chars = 4;
        s.faults.push(fault(
            json!({"match": {"path_prefix": "/v1/messages"}, "times": 1,
            "kind": "status", "status": 529, "after_events": 5}),
        ));
    });
    let o = chat(&sb)
        .args(["--json", "--session", "errj", "go"])
        .output()
        .unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 5, "{stderr}");
    assert!(
        stdout.contains("partial answer (8 characters) was kept in session errj"),
        "{stdout}\n{stderr}"
    );
    assert!(!stdout.contains("nothing of the answer"), "{stdout}");
}

#[test]
fn dropped_connection_keeps_the_partial_answer_once() {
    let sb = Sandbox::with_emulator();
    sb.emu().update_state(|s| {
        s.reply.text = Some("0123456789abcdefghijklmnopqrstuvwxyz".into());
        s.reply.chunk_chars = 4;
        s.faults.push(fault(
            json!({"match": {"path_prefix": "/v1/messages"}, "times": 1,
            "kind": "drop_stream", "after_events": 6}),
        ));
    });
    let o = chat(&sb)
        .args(["--session", "drop", "go"])
        .output()
        .unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(stdout, "0123456789ab\n");
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("cut off"), "{stderr}");
    assert!(stderr.contains("stream"), "{stderr}");
    assert_eq!(message_requests(&sb).len(), 1);
    let (_, s) = common::run_json(sb.cmd().args(["--json", "chat", "show", "drop"]));
    assert_eq!(s["messages"].as_array().unwrap().len(), 2);
    assert_eq!(s["messages"][1]["content"][0]["text"], "0123456789ab");
}

#[test]
fn rate_limit_before_the_first_byte_is_retried() {
    let sb = Sandbox::with_emulator();
    sb.emu().update_state(|s| {
        s.faults.push(fault(
            json!({"match": {"path_prefix": "/v1/messages"}, "times": 1,
            "kind": "status", "status": 429, "retry_after": "0"}),
        ));
    });
    let o = chat(&sb).args(["--no-save", "hi"]).output().unwrap();
    let (stdout, stderr, code) = out(&o);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, "You said: hi\n");
    let statuses: Vec<u16> = sb
        .emu()
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/v1/messages"))
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, [429, 200]);
}

#[test]
fn http_errors_go_through_the_diagnosis_table() {
    let sb = Sandbox::with_emulator();
    sb.emu().update_state(|s| {
        s.faults.push(fault(json!({"match": {"path_prefix": "/v1/messages"}, "times": 1,
            "kind": "status", "status": 429, "details": {"error_code": "enforced_spend_limit_reached"}})));
    });
    let (code, v) = common::run_json(chat(&sb).args(["--json", "--no-save", "hi"]));
    assert_eq!(code, 4);
    assert_eq!(v["error"]["code"], "spend_limit");
}

#[test]
fn sessions_are_saved_listed_shown_continued_and_removed() {
    let sb = Sandbox::with_emulator();
    sb.emu().update_state(|s| s.reply.thinking = true);
    let o = chat(&sb)
        .args(["--session", "s1", "--system", "be brief", "first question"])
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = chat(&sb)
        .args(["--session", "s1", "second question"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    let reqs = message_requests(&sb);
    let msgs = reqs[1]["messages"].as_array().unwrap();
    assert_eq!(msgs.len(), 3);
    assert_eq!(msgs[0]["content"][0]["text"], "first question");
    assert_eq!(msgs[1]["role"], "assistant");
    assert_eq!(msgs[1]["content"][0]["type"], "thinking");
    assert!(msgs[1]["content"][0]["signature"].as_str().unwrap().len() > 20);
    assert_eq!(msgs[1]["content"][1]["text"], "You said: first question");
    // the system prompt is remembered and marked for caching
    assert_eq!(reqs[1]["system"][0]["text"], "be brief");
    assert_eq!(reqs[1]["system"][0]["cache_control"]["type"], "ephemeral");

    let o = chat(&sb).args(["--no-save", "unsaved"]).output().unwrap();
    assert!(o.status.success());
    let o = chat(&sb).args(["other"]).output().unwrap(); // auto-named
    assert!(o.status.success());
    let (_, list) = common::run_json(sb.cmd().args(["--json", "chat", "list"]));
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.contains(&"s1"));
    let o = sb.cmd().args(["chat", "list"]).output().unwrap();
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("s1") && text.contains("first question"),
        "{text}"
    );
    let o = sb.cmd().args(["chat", "show", "s1"]).output().unwrap();
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("You said: second question"), "{text}");

    // --continue takes the most recent session (the auto-named one)
    let o = chat(&sb).args(["--continue", "third"]).output().unwrap();
    assert!(o.status.success());
    let last = message_requests(&sb).pop().unwrap();
    assert_eq!(last["messages"][0]["content"][0]["text"], "other");

    assert!(
        sb.cmd()
            .args(["chat", "rm", "s1"])
            .output()
            .unwrap()
            .status
            .success()
    );
    let o = sb.cmd().args(["chat", "show", "s1"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let files: Vec<_> = std::fs::read_dir(sb.path(".local/share/cpaws/sessions"))
        .unwrap()
        .collect();
    assert_eq!(files.len(), 1, "no temp files are left behind");
}

#[test]
fn piped_stdin_is_combined_with_the_prompt_or_is_the_prompt() {
    let sb = Sandbox::with_emulator();
    let o = chat(&sb)
        .args(["--no-save", "review this"])
        .write_stdin("diff --git a b\n")
        .output()
        .unwrap();
    assert!(o.status.success());
    let o = chat(&sb)
        .arg("--no-save")
        .write_stdin("just stdin")
        .output()
        .unwrap();
    assert!(o.status.success());
    assert_eq!(String::from_utf8_lossy(&o.stdout), "You said: just stdin\n");
    let reqs = message_requests(&sb);
    assert_eq!(
        reqs[0]["messages"][0]["content"][0]["text"],
        "review this\n\ndiff --git a b\n"
    );
    let big = "x".repeat(8 * 1024 * 1024 + 1);
    let o = chat(&sb)
        .args(["--no-save", "hi"])
        .write_stdin(big)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("larger than 8 MiB"));
    let o = chat(&sb).arg("--no-save").write_stdin("").output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(message_requests(&sb).len(), 2);
}

#[test]
fn attachments_caching_and_file_ids() {
    let sb = Sandbox::with_emulator();
    let notes = sb.write("notes.txt", "some notes");
    std::fs::write(sb.path("pic.png"), [0x89, b'P', b'N', b'G']).unwrap();
    let o = chat(&sb)
        .args(["--no-save", "-a"])
        .arg(&notes)
        .args(["-a"])
        .arg(sb.path("pic.png"))
        .args(["--file-id", "file_011", "--cache-ttl", "1h", "summarise"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r = sb
        .emu()
        .requests()
        .into_iter()
        .rfind(|r| r.path.ends_with("/v1/messages"))
        .unwrap();
    assert!(
        r.headers
            .iter()
            .any(|(k, v)| k == "anthropic-beta" && v == "files-api-2025-04-14")
    );
    let req: Value = serde_json::from_slice(&r.body).unwrap();
    let c = &req["messages"][0]["content"];
    assert_eq!(
        c[0]["source"],
        json!({"type": "text", "media_type": "text/plain", "data": "some notes"})
    );
    assert_eq!(c[1]["type"], "image");
    assert_eq!(c[1]["source"]["media_type"], "image/png");
    assert_eq!(
        c[2]["source"],
        json!({"type": "file", "file_id": "file_011"})
    );
    assert_eq!(
        c[2]["cache_control"],
        json!({"type": "ephemeral", "ttl": "1h"})
    );
    assert_eq!(c[3]["text"], "summarise");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains(" cache write"), "{stderr}");

    // --no-cache: no marks
    let o = chat(&sb)
        .args(["--no-save", "--no-cache", "-a"])
        .arg(&notes)
        .arg("x")
        .output()
        .unwrap();
    assert!(o.status.success());
    let req = message_requests(&sb).pop().unwrap();
    assert!(!req.to_string().contains("cache_control"));

    // unreadable attachments are reported before anything is sent
    let before = sb.emu().requests().len();
    let o = chat(&sb)
        .args(["--no-save", "-a", "missing.pdf", "x"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot read the attachment missing.pdf"));
    assert_eq!(sb.emu().requests().len(), before);
}

#[test]
fn list_is_a_subcommand_and_a_prompt_still_works() {
    let sb = Sandbox::with_emulator();
    let o = sb.cmd().args(["chat", "list"]).output().unwrap();
    assert!(o.status.success());
    assert!(message_requests(&sb).is_empty());
    let o = sb
        .cmd()
        .args(["chat", "--no-save", "--", "list"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&o.stdout), "You said: list\n");
}

#[test]
fn one_shot_history_can_be_turned_off_but_named_sessions_still_save() {
    let mut sb = Sandbox::with_emulator();
    sb.set("CPAWS_CHAT_HISTORY", "off");
    let o = chat(&sb).args(["not kept"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o).1);
    let (_, list) = common::run_json(sb.cmd().args(["--json", "chat", "list"]));
    assert_eq!(list.as_array().map(Vec::len), Some(0), "{list}");
    let o = chat(&sb)
        .args(["--session", "named", "kept"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o).1);
    let (_, list) = common::run_json(sb.cmd().args(["--json", "chat", "list"]));
    assert_eq!(list[0]["name"], "named", "{list}");
    assert_eq!(list.as_array().map(Vec::len), Some(1), "{list}");

    sb.set("CPAWS_CHAT_HISTORY", "sometimes");
    let (code, v) = common::run_json(chat(&sb).args(["--json", "hi"]));
    assert_eq!(code, 2);
    assert_eq!(v["error"]["code"], "config.invalid");
    assert!(
        message_requests(&sb).len() == 2,
        "nothing sent on a bad setting"
    );
}

#[test]
fn first_party_key_without_aws_credentials_is_named() {
    let mut sb = Sandbox::with_emulator();
    sb.unset("AWS_ACCESS_KEY_ID")
        .unset("AWS_SECRET_ACCESS_KEY")
        .set("ANTHROPIC_API_KEY", "sk-ant-api03-EXAMPLEEXAMPLE");
    let (code, v) = common::run_json(chat(&sb).args(["--json", "--no-save", "hi"]));
    assert_eq!(code, 3, "{v}");
    let e = &v["error"];
    assert_eq!(e["code"], "no_credentials", "{v}");
    let message = e["message"].as_str().unwrap();
    assert!(message.contains("ANTHROPIC_API_KEY is set"), "{v}");
    assert!(message.contains("key in ANTHROPIC_AWS_API_KEY"), "{v}");
    assert!(!v.to_string().contains("EXAMPLEEXAMPLE"), "{v}");

    // without the first-party key the message stays as it was
    sb.unset("ANTHROPIC_API_KEY");
    let (_, v) = common::run_json(chat(&sb).args(["--json", "--no-save", "hi"]));
    assert!(
        !v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("ANTHROPIC_API_KEY"),
        "{v}"
    );
}
