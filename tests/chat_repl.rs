//! The interactive chat driven for real through a pseudo-terminal (rexpect): type, stream, Ctrl-C
//! mid-answer, a slash command, Ctrl-D; the session is saved and continued.

mod common;

use common::Sandbox;
use cpaws_emulator::state::Fault;
use serde_json::{Value, json};

fn pty_cmd(sb: &Sandbox, args: &[&str]) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_cpaws"));
    c.env_clear();
    if let Ok(path) = std::env::var("PATH") {
        c.env("PATH", path);
    }
    let home = sb.dir.path();
    c.env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("AWS_CONFIG_FILE", home.join("aws-config"))
        .env("AWS_SHARED_CREDENTIALS_FILE", home.join("aws-credentials"))
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .current_dir(home);
    for (k, v) in sb.emu().env() {
        c.env(k, v);
    }
    c.arg("chat").args(args);
    c
}

fn message_requests(sb: &Sandbox) -> Vec<Value> {
    sb.emu()
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/v1/messages"))
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect()
}

fn text_of(m: &Value) -> String {
    m["content"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b["text"].as_str())
        .collect()
}

#[test]
fn repl_streams_cancels_runs_commands_saves_and_continues() {
    let sb = Sandbox::with_emulator();
    sb.emu().update_state(|s| {
        s.reply.text = Some("word ".repeat(400));
        s.reply.chunk_chars = 5;
        let f: Fault = serde_json::from_value(json!({"match": {"path_prefix": "/v1/messages"},
            "times": 1, "kind": "slow_stream", "event_delay_ms": 40}))
        .unwrap();
        s.faults.push(f);
    });
    let mut p = rexpect::session::spawn_command(pty_cmd(&sb, &[]), Some(20_000)).unwrap();
    p.exp_string("Ctrl-D leaves").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("tell me a long story").unwrap();
    // The answer is streaming (≈ 400 events × 40 ms): cancel it mid-way.
    p.exp_string("word word word").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("cancelled; the partial answer is kept")
        .unwrap();
    sb.emu().update_state(|s| s.reply.text = None);
    p.exp_string("> ").unwrap();
    p.send_line("/usage").unwrap();
    p.exp_string("session:").unwrap();
    p.exp_string("> ").unwrap();
    // The slow-stream fault fired once; this answer (the emulator's echo) comes back whole.
    p.send_line("second").unwrap();
    p.exp_string("You said: second").unwrap();
    p.exp_string("tokens:").unwrap();
    p.exp_string("> ").unwrap();
    p.send_control('d').unwrap();
    p.exp_string("saved as session").unwrap();
    p.exp_eof().unwrap();

    // Saved: the partial answer is in the conversation, and the second request carried it.
    let reqs = message_requests(&sb);
    assert_eq!(reqs.len(), 2);
    let sent = reqs[1]["messages"].as_array().unwrap();
    assert_eq!(sent.len(), 3);
    let partial = text_of(&sent[1]);
    assert!(partial.starts_with("word word word"), "{partial}");
    assert!(
        partial.len() < 2000,
        "the answer was cancelled, not completed"
    );
    let out = pty_cmd(&sb, &[])
        .args(["list"])
        .env("CPAWS_JSON", "1")
        .output()
        .unwrap();
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["messages"], 4);

    // Continue the session in a new REPL.
    let mut p =
        rexpect::session::spawn_command(pty_cmd(&sb, &["--continue"]), Some(20_000)).unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("third").unwrap();
    p.exp_string("You said: third").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("/exit").unwrap();
    p.exp_eof().unwrap();
    let last = message_requests(&sb).pop().unwrap();
    let msgs = last["messages"].as_array().unwrap();
    assert_eq!(msgs.len(), 5);
    assert_eq!(text_of(&msgs[3]), "You said: second");
    // history is persisted
    let hist = std::fs::read_to_string(sb.path(".local/share/cpaws/history.txt")).unwrap();
    assert!(
        hist.contains("tell me a long story") && hist.contains("third"),
        "{hist}"
    );
}
