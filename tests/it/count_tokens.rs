//! `cpaws chat --count-tokens` against the emulator: the same inputs as chat, sent to
//! POST /v1/messages/count_tokens and never to the model.

use crate::common;

use common::*;
use serde_json::Value;

fn bodies(s: &Sandbox, suffix: &str) -> Vec<Value> {
    s.emu()
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path.ends_with(suffix))
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect()
}

#[test]
fn counts_prompt_system_and_attachments_and_sends_nothing_to_the_model() {
    let s = Sandbox::with_emulator();
    let note = s.write("note.txt", "an attached note about batches");
    let (code, v) = run_json(
        s.cmd()
            .args(["chat", "--count-tokens", "--json", "-s", "be brief", "-a"])
            .arg(&note)
            .args(["-m", "sonnet", "how", "many", "tokens"]),
    );
    assert_eq!(code, 0, "{v:#}");
    let n = v["input_tokens"].as_u64().expect("input_tokens");
    assert!(n > 0, "{v:#}");
    assert!(bodies(&s, "/v1/messages").is_empty());
    let sent = bodies(&s, "/v1/messages/count_tokens");
    assert_eq!(sent.len(), 1);
    let b = &sent[0];
    assert!(
        b["model"].as_str().unwrap().starts_with("claude-sonnet"),
        "{b:#}"
    );
    assert_eq!(b["system"], "be brief");
    let text = b["messages"].to_string();
    assert!(text.contains("how many tokens"), "{b:#}");
    assert!(text.contains("an attached note about batches"), "{b:#}");
    assert!(
        b.get("max_tokens").is_none() && b.get("stream").is_none(),
        "{b:#}"
    );

    // Human output: the number alone on stdout, for `$(…)`; piped stdin is part of the prompt.
    let out = s
        .cmd()
        .args(["chat", "--count-tokens", "-m", "sonnet"])
        .write_stdin("a longer prompt ".repeat(50))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let printed: u64 = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
    assert!(printed > n, "{printed} vs {n}");
    assert!(bodies(&s, "/v1/messages").is_empty());
}

#[test]
fn count_tokens_errors_go_through_the_diagnosis_table() {
    let s = Sandbox::with_emulator();
    let (code, v) = run_json(
        s.cmd()
            .args(["chat", "--count-tokens", "--json"])
            .write_stdin(""),
    );
    assert_eq!(code, 2, "{v:#}");
    assert_eq!(v["error"]["code"], "chat.no_prompt");
    s.emu().update_state(|st| {
        st.accounts[0].users[0].attached_policies =
            vec!["arn:aws:iam::aws:policy/AnthropicReadOnlyAccess".into()];
    });
    let (code, v) = run_json(s.cmd().args([
        "chat",
        "--count-tokens",
        "--json",
        "-m",
        "claude-sonnet-4-6",
        "hi",
    ]));
    assert_eq!(code, 4, "{v:#}");
    assert_eq!(v["error"]["code"], "missing_action", "{v:#}");
    assert!(
        v.to_string().contains("aws-external-anthropic:CountTokens"),
        "{v:#}"
    );
}
