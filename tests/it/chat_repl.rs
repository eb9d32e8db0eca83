//! The interactive chat driven for real through a pseudo-terminal (rexpect): type, stream, Ctrl-C
//! mid-answer, a slash command, Ctrl-D; the session is saved and continued. Then every slash
//! command, each checked on the screen, in the next request and on disk, and the Markdown
//! rendering of an answer on a terminal (one-shot and interactive).

use crate::common;

use common::{Sandbox, message_requests};
use cpaws_emulator::state::Fault;
use rexpect::session::PtySession;
use serde_json::{Value, json};
use std::process::Command;

fn pty_cmd(sb: &Sandbox, args: &[&str]) -> std::process::Command {
    let mut c = sb.std_cmd();
    c.env("TERM", "xterm").arg("chat").args(args);
    c
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

// ---- Every slash command, and the Markdown rendering, through a real pseudo-terminal ----------

/// The table of `/help`, in its order.
const COMMANDS: [&str; 10] = [
    "/help",
    "/model",
    "/system",
    "/thinking",
    "/attach",
    "/usage",
    "/save",
    "/clear",
    "/edit",
    "/exit",
];

const MARKDOWN: &str = "# Title\n\nsome **bold** text\n\n- item\n";

fn spawn(cmd: Command) -> PtySession {
    rexpect::session::spawn_command(cmd, Some(20_000)).unwrap()
}

/// The interactive chat, past its banner, at its first prompt.
fn repl(cmd: Command) -> PtySession {
    let mut p = spawn(cmd);
    p.exp_string("Ctrl-D leaves").unwrap();
    p.exp_string("> ").unwrap();
    p
}

/// rexpect hands over each byte as one char (Latin-1): back to the UTF-8 text on the screen.
fn decode(s: &str) -> String {
    String::from_utf8_lossy(&s.chars().map(|c| c as u8).collect::<Vec<u8>>()).into_owned()
}

/// Type a line, wait for `needle` and for the next prompt; returns what the screen showed before
/// the needle. The typed line is echoed, so the needle must not be part of it.
fn type_line(p: &mut PtySession, line: &str, needle: &str) -> String {
    p.send_line(line).unwrap();
    let before = p
        .exp_string(needle)
        .unwrap_or_else(|e| panic!("after {line:?}, no {needle:?}: {e}"));
    p.exp_string("> ").unwrap();
    decode(&before)
}

/// Send a message; wait for the emulator's echo of it, the usage line and the next prompt (keys
/// typed while an answer streams are read by the Ctrl-C watcher, so never type before that).
fn say(p: &mut PtySession, text: &str) {
    p.send_line(text).unwrap();
    p.exp_string(&format!("You said: {text}")).unwrap();
    p.exp_string("tokens:").unwrap();
    p.exp_string("> ").unwrap();
}

fn exit(mut p: PtySession) -> String {
    p.send_line("/exit").unwrap();
    decode(&p.exp_eof().unwrap())
}

fn last_request(sb: &Sandbox) -> Value {
    message_requests(sb).pop().expect("a Messages request")
}

fn last_turn(req: &Value) -> &Value {
    req["messages"].as_array().unwrap().last().unwrap()
}

fn sessions(sb: &Sandbox) -> Value {
    let out = pty_cmd(sb, &["list"])
        .env("CPAWS_JSON", "1")
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

fn session_file(sb: &Sandbox, name: &str) -> std::path::PathBuf {
    sb.path(&format!(".local/share/cpaws/sessions/{name}.json"))
}

/// The command run by `sh` after setting the pseudo-terminal to 40×100: rexpect opens it at 0×0,
/// where cpaws cannot tell whether the answer fits on the screen and leaves it raw.
fn sized(cmd: Command) -> Command {
    common::run_under(
        &cmd,
        "sh",
        &["-c", "stty rows 40 cols 100 && exec \"$0\" \"$@\""],
    )
}

/// The text without its ANSI escape sequences (CSI … final byte).
fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            out.push(c);
            continue;
        }
        if chars.next() == Some('[') {
            for c in chars.by_ref() {
                if ('\x40'..='\x7e').contains(&c) {
                    break;
                }
            }
        }
    }
    out
}

#[test]
fn help_lists_every_command_of_the_table() {
    let sb = Sandbox::with_emulator();
    let mut p = repl(pty_cmd(&sb, &[]));
    let help = type_line(&mut p, "/help", "multi-line: end a line with \\");
    let rows: Vec<&str> = help.lines().filter(|l| l.starts_with("  /")).collect();
    let names: Vec<&str> = rows
        .iter()
        .map(|r| r.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(names, COMMANDS, "{help}");
    for r in &rows {
        // name and arguments in 34 columns, then what the command does
        assert!(r.len() > 37 && !r[37..].trim().is_empty(), "{r:?}");
    }
    assert!(help.contains("/model [MODEL]"), "{help}");
    assert!(help.contains("/system [TEXT|@FILE|off]"), "{help}");
    assert!(
        help.contains("/thinking [off|BUDGET|low|medium|high]"),
        "{help}"
    );
    assert!(help.contains("/attach FILE"), "{help}");
    // `/?` is the same
    let again = type_line(&mut p, "/?", "multi-line: end a line with \\");
    assert!(again.contains("  /clear "), "{again}");
    exit(p);
    assert!(message_requests(&sb).is_empty());
}

#[test]
fn unknown_command_points_to_help_and_the_chat_goes_on() {
    let sb = Sandbox::with_emulator();
    let mut p = repl(pty_cmd(&sb, &[]));
    let err = type_line(&mut p, "/nope", "/help lists the commands");
    assert!(err.contains("error: unknown command /nope"), "{err}");
    assert!(err.contains("fix: "), "{err}");
    say(&mut p, "still here");
    exit(p);
    let reqs = message_requests(&sb);
    assert_eq!(reqs.len(), 1, "a slash command is never sent");
    assert_eq!(reqs[0]["messages"].as_array().unwrap().len(), 1);
    assert_eq!(text_of(&reqs[0]["messages"][0]), "still here");
}

#[test]
fn model_changes_by_alias_and_by_id_and_a_bad_model_is_an_error() {
    let sb = Sandbox::with_emulator();
    let listings = |sb: &Sandbox| {
        sb.emu()
            .requests()
            .iter()
            .filter(|r| r.method == "GET" && r.path.contains("/v1/models?"))
            .count()
    };
    let mut p = repl(pty_cmd(&sb, &[]));
    type_line(&mut p, "/model", "model: claude-sonnet-4-6");
    assert_eq!(listings(&sb), 1, "the default alias was resolved at start");
    // A haiku newer than any at start: the alias is resolved from GET /v1/models when typed.
    sb.emu().update_state(|s| {
        s.models.push(cpaws_emulator::state::Model {
            id: "claude-haiku-5-0".into(),
            display_name: "Claude Haiku 5".into(),
            created_at: "2027-01-01T00:00:00Z".into(),
        })
    });
    type_line(&mut p, "/model haiku", "model: claude-haiku-5-0");
    assert_eq!(listings(&sb), 2);
    say(&mut p, "one");
    assert_eq!(last_request(&sb)["model"], "claude-haiku-5-0");

    type_line(&mut p, "/model claude-opus-4-5", "model: claude-opus-4-5");
    assert_eq!(listings(&sb), 2, "an ID is used as given");
    say(&mut p, "two");
    assert_eq!(last_request(&sb)["model"], "claude-opus-4-5");

    // A Bedrock ID is refused before anything is sent; the model stays.
    let err = type_line(
        &mut p,
        "/model anthropic.claude-3-sonnet",
        "fix: use a bare ID",
    );
    assert!(
        err.contains("error: ") && err.contains("Bedrock model ID"),
        "{err}"
    );
    type_line(&mut p, "/model", "model: claude-opus-4-5");

    // An ID the workspace does not serve: the gateway's 404 is shown, and the chat goes on.
    type_line(&mut p, "/model claude-nope-1", "model: claude-nope-1");
    p.send_line("three").unwrap();
    let err = decode(&p.exp_string("> ").unwrap());
    assert!(err.contains("error: ") && err.contains("HTTP 404"), "{err}");
    assert!(err.contains("model: claude-nope-1"), "{err}");
    assert!(!err.contains("You said"), "{err}");
    assert_eq!(last_request(&sb)["model"], "claude-nope-1");
    type_line(&mut p, "/model sonnet", "model: claude-sonnet-4-6");
    say(&mut p, "four");
    assert_eq!(last_request(&sb)["model"], "claude-sonnet-4-6");
    // The turn that got no answer is not sent again: user and assistant alternate.
    let sent = last_request(&sb)["messages"].as_array().unwrap().clone();
    let texts: Vec<String> = sent.iter().map(text_of).collect();
    assert!(!texts.iter().any(|t| t == "three"), "{texts:?}");
    for (i, m) in sent.iter().enumerate() {
        assert_eq!(
            m["role"],
            if i % 2 == 0 { "user" } else { "assistant" },
            "{texts:?}"
        );
    }
    exit(p);
}

#[test]
fn system_prompt_is_set_from_text_or_file_shown_and_cleared() {
    let sb = Sandbox::with_emulator();
    sb.write("persona.txt", "You are a pirate.\n");
    let mut p = repl(pty_cmd(&sb, &[]));
    type_line(&mut p, "/system", "system: (none)");
    type_line(&mut p, "/system Answer in French.", "system prompt set");
    type_line(&mut p, "/system", "system: Answer in French.");
    say(&mut p, "a");
    assert_eq!(last_request(&sb)["system"][0]["text"], "Answer in French.");

    type_line(&mut p, "/system @persona.txt", "system prompt set");
    say(&mut p, "b");
    assert_eq!(
        last_request(&sb)["system"][0]["text"],
        "You are a pirate.\n"
    );

    let err = type_line(
        &mut p,
        "/system @nowhere.txt",
        "cannot read the system prompt file nowhere.txt",
    );
    assert!(err.contains("error: "), "{err}");
    type_line(&mut p, "/system", "system: You are a pirate.");

    type_line(&mut p, "/system off", "system prompt cleared");
    type_line(&mut p, "/system", "system: (none)");
    say(&mut p, "c");
    let r = last_request(&sb);
    assert!(r.get("system").is_none(), "{r}");
    exit(p);
}

#[test]
fn thinking_budget_is_sent_until_turned_off() {
    let sb = Sandbox::with_emulator();
    let mut p = repl(pty_cmd(&sb, &[]));
    type_line(&mut p, "/thinking", "thinking: off");
    type_line(&mut p, "/thinking 2048", "thinking: 2048 tokens");
    say(&mut p, "a");
    let r = last_request(&sb);
    assert_eq!(
        r["thinking"],
        json!({"type": "enabled", "budget_tokens": 2048})
    );
    assert_eq!(r["max_tokens"], 8192);

    type_line(&mut p, "/thinking high", "thinking: 24576 tokens");
    say(&mut p, "b");
    let r = last_request(&sb);
    assert_eq!(
        r["thinking"],
        json!({"type": "enabled", "budget_tokens": 24576})
    );
    assert_eq!(r["max_tokens"], 24576 + 4096, "raised to fit the budget");
    // The first answer's thinking went back with its signature.
    assert_eq!(r["messages"][1]["content"][0]["type"], "thinking");
    assert!(r["messages"][1]["content"][0]["signature"].is_string());

    let err = type_line(&mut p, "/thinking 10", "between 1024 and 1000000 tokens");
    assert!(err.contains("error: "), "{err}");
    type_line(&mut p, "/thinking", "thinking: 24576 tokens");

    type_line(&mut p, "/thinking off", "\nthinking off");
    type_line(&mut p, "/thinking", "thinking: off");
    say(&mut p, "c");
    let r = last_request(&sb);
    assert!(r.get("thinking").is_none(), "{r}");
    assert_eq!(r["max_tokens"], 8192);
    exit(p);
}

#[test]
fn attach_sends_the_files_with_the_next_message_only() {
    let sb = Sandbox::with_emulator();
    sb.write("notes.txt", "alpha beta\n");
    std::fs::write(sb.path("pic.png"), b"\x89PNG\r\n\x1a\n").unwrap();
    std::fs::write(sb.path("paper.pdf"), b"%PDF-1.4").unwrap();
    std::fs::write(sb.path("blob.bin"), [0xff, 0xfe, 0x00, 0x80]).unwrap();
    let mut p = repl(pty_cmd(&sb, &[]));
    type_line(
        &mut p,
        "/attach notes.txt",
        "attached notes.txt (sent with your next message)",
    );
    type_line(&mut p, "/attach pic.png", "attached pic.png");
    type_line(&mut p, "/attach paper.pdf", "attached paper.pdf");
    say(&mut p, "look");
    let r = last_request(&sb);
    let blocks = last_turn(&r)["content"].as_array().unwrap();
    assert_eq!(blocks.len(), 4, "{r}");
    assert_eq!(blocks[0]["type"], "document");
    assert_eq!(blocks[0]["title"], "notes.txt");
    assert_eq!(
        blocks[0]["source"],
        json!({"type": "text", "media_type": "text/plain", "data": "alpha beta\n"})
    );
    assert_eq!(blocks[1]["type"], "image");
    assert_eq!(
        blocks[1]["source"],
        json!({"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="})
    );
    assert_eq!(blocks[2]["type"], "document");
    assert_eq!(blocks[2]["title"], "paper.pdf");
    assert_eq!(
        blocks[2]["source"],
        json!({"type": "base64", "media_type": "application/pdf", "data": "JVBERi0xLjQ="})
    );
    assert_eq!(blocks[3]["type"], "text");
    assert_eq!(blocks[3]["text"], "look");

    // Files that cannot be attached: a clear error each, and nothing is queued.
    let err = type_line(
        &mut p,
        "/attach missing.txt",
        "cannot read the attachment missing.txt",
    );
    assert!(err.contains("error: "), "{err}");
    type_line(&mut p, "/attach blob.bin", "blob.bin is neither text");
    type_line(&mut p, "/attach", "error: /attach FILE");
    say(&mut p, "again");
    let r = last_request(&sb);
    assert_eq!(
        last_turn(&r)["content"].as_array().unwrap().len(),
        1,
        "the attachments went with the previous message only: {r}"
    );
    assert_eq!(text_of(last_turn(&r)), "again");
    assert_eq!(r["messages"][0]["content"].as_array().unwrap().len(), 4);
    exit(p);
}

/// `/usage`: (input, output) tokens of the last answer and of the session.
fn usage(p: &mut PtySession) -> ((u64, u64), (u64, u64)) {
    p.send_line("/usage").unwrap();
    p.exp_string("last answer: ").unwrap();
    let last = decode(&p.exp_string("session: ").unwrap());
    let session = decode(&p.exp_string("> ").unwrap());
    let tokens = |line: &str| {
        let w: Vec<&str> = line.split_whitespace().collect();
        assert!(
            w[0] == "tokens:" && w[2] == "in" && w[5] == "out",
            "{line:?}"
        );
        (w[1].parse().unwrap(), w[4].parse().unwrap())
    };
    (tokens(&last), tokens(&session))
}

#[test]
fn usage_shows_the_last_answer_and_the_session_total() {
    let sb = Sandbox::with_emulator();
    let mut p = repl(pty_cmd(&sb, &[]));
    assert_eq!(usage(&mut p), ((0, 0), (0, 0)));
    // The emulator counts a token per 4 characters of the answer.
    sb.emu()
        .update_state(|s| s.reply.text = Some("y".repeat(40)));
    type_line(&mut p, "a", "tokens:");
    let (last1, session) = usage(&mut p);
    assert_eq!(last1.1, 10);
    assert!(last1.0 > 0);
    assert_eq!(session, last1);
    sb.emu()
        .update_state(|s| s.reply.text = Some("y".repeat(80)));
    type_line(&mut p, "b", "tokens:");
    let (last2, session) = usage(&mut p);
    assert_eq!(last2.1, 20);
    assert_eq!(session, (last1.0 + last2.0, 30));
    // A new conversation starts its own count.
    type_line(&mut p, "/clear", "new conversation");
    let (_, session) = usage(&mut p);
    assert_eq!(session, (0, 0));
    exit(p);
}

#[test]
fn save_names_the_session_on_disk_and_in_the_list() {
    let sb = Sandbox::with_emulator();
    let mut p = repl(pty_cmd(&sb, &["--no-save"]));
    say(&mut p, "remember this");
    assert_eq!(sessions(&sb), json!([]), "--no-save: nothing on disk yet");

    let err = type_line(&mut p, "/save no/slash", "is not a valid session name");
    assert!(err.contains("error: "), "{err}");
    type_line(&mut p, "/save notes-1", "saved as session notes-1");
    let saved: Value =
        serde_json::from_str(&std::fs::read_to_string(session_file(&sb, "notes-1")).unwrap())
            .unwrap();
    assert_eq!(saved["name"], "notes-1");
    assert_eq!(saved["messages"].as_array().unwrap().len(), 2);
    assert_eq!(text_of(&saved["messages"][0]), "remember this");

    // From now on every answer is saved under that name.
    say(&mut p, "and this");
    let list = sessions(&sb);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["name"], "notes-1");
    assert_eq!(list[0]["messages"], 4);

    // Saved again under another name: the session moves there.
    type_line(&mut p, "/save notes-2", "saved as session notes-2");
    assert!(!session_file(&sb, "notes-1").exists());
    let out = exit(p);
    assert!(out.contains("saved as session notes-2"), "{out}");
    let list = sessions(&sb);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["name"], "notes-2");
    assert_eq!(list[0]["messages"], 4);
    assert_eq!(list[0]["title"], "remember this");
}

#[test]
fn save_does_not_overwrite_another_saved_session() {
    let sb = Sandbox::with_emulator();
    let o = pty_cmd(&sb, &["--session", "other", "keep me"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    let mut p = repl(pty_cmd(&sb, &[]));
    say(&mut p, "mine");
    p.send_line("/save other").unwrap();
    let out = decode(&p.exp_string("> ").unwrap());
    assert!(
        out.contains("error: a session named \"other\" already exists"),
        "{out}"
    );
    assert!(!out.contains("saved as session other"), "{out}");
    type_line(&mut p, "/save mine", "saved as session mine");
    exit(p);
    let list = sessions(&sb);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2, "{list:?}");
    let other = list.iter().find(|s| s["name"] == "other").unwrap();
    assert_eq!(other["title"], "keep me");
    assert_eq!(other["messages"], 2);
    let mine = list.iter().find(|s| s["name"] == "mine").unwrap();
    assert_eq!(mine["title"], "mine");
}

#[test]
fn clear_starts_a_new_conversation() {
    let sb = Sandbox::with_emulator();
    sb.write("notes.txt", "x");
    let mut p = repl(pty_cmd(&sb, &[]));
    say(&mut p, "first");
    say(&mut p, "second");
    assert_eq!(last_request(&sb)["messages"].as_array().unwrap().len(), 3);
    type_line(&mut p, "/attach notes.txt", "attached notes.txt");
    p.send_line("/clear").unwrap();
    p.exp_string("new conversation (session ").unwrap();
    let name = decode(&p.exp_string(")").unwrap());
    p.exp_string("> ").unwrap();
    say(&mut p, "third");
    let r = last_request(&sb);
    assert_eq!(
        r["messages"],
        json!([{"role": "user", "content": [{"type": "text", "text": "third",
                "cache_control": {"type": "ephemeral"}}]}]),
        "only the new message, without the attachment queued before /clear"
    );
    let out = exit(p);
    assert!(out.contains(&format!("saved as session {name}")), "{out}");
    // The old conversation is still saved; the new one is saved apart.
    let list = sessions(&sb);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2, "{list:?}");
    let new = list.iter().find(|s| s["name"] == name.as_str()).unwrap();
    assert_eq!(new["messages"], 2);
    assert_eq!(new["title"], "third");
    let old = list.iter().find(|s| s["name"] != name.as_str()).unwrap();
    assert_eq!(old["messages"], 4);
    assert_eq!(old["title"], "first");
}

#[test]
fn edit_sends_what_the_editor_wrote() {
    let sb = Sandbox::with_emulator();
    // Run through `sh` (an EDITOR with arguments), so no freshly written file is executed.
    let script = sb.write(
        "editor.sh",
        "[ -e \"$HOME/editor-fails\" ] && exit 3\ncat \"$HOME/next.txt\" > \"$1\"\n",
    );
    sb.write("next.txt", "from the editor\nover two lines\n");
    let mut c = pty_cmd(&sb, &[]);
    c.env("EDITOR", format!("sh {}", script.display()));
    let mut p = repl(c);
    p.send_line("/edit").unwrap();
    p.exp_string("You said: from the editor").unwrap();
    p.exp_string("tokens:").unwrap();
    p.exp_string("> ").unwrap();
    let r = last_request(&sb);
    assert_eq!(text_of(last_turn(&r)), "from the editor\nover two lines");

    sb.write("next.txt", " \n");
    type_line(&mut p, "/edit", "(empty; nothing sent)");
    sb.write("editor-fails", "");
    type_line(&mut p, "/edit", "the editor failed; nothing sent");
    exit(p);
    assert_eq!(message_requests(&sb).len(), 1);
}

#[test]
fn one_shot_answer_is_rendered_as_markdown_on_a_terminal_and_raw_otherwise() {
    let sb = Sandbox::with_emulator();
    sb.emu()
        .update_state(|s| s.reply.text = Some(MARKDOWN.into()));
    let screen = |args: &[&str], env: &[(&str, &str)]| {
        let mut c = pty_cmd(&sb, args);
        c.env_remove("NO_COLOR");
        for (k, v) in env {
            c.env(k, v);
        }
        decode(&spawn(sized(c)).exp_eof().unwrap())
    };

    // Colour on: the raw text streams, then the cursor goes back over its 5 lines and the
    // rendering replaces them: no `#`, no `**`, a bullet, bold as a style.
    let out = screen(&["x"], &[]);
    let (streamed, rendered) = out.split_once("\x1b[J").expect(&out);
    assert!(
        streamed.contains("# Title\r\n\r\nsome **bold** text\r\n\r\n- item\r\n"),
        "{out:?}"
    );
    assert!(streamed.ends_with("\x1b[5A\x1b[1G"), "{out:?}");
    assert!(rendered.contains("\x1b[1mbold\x1b[0m"), "{rendered:?}");
    let plain = strip_ansi(rendered);
    assert!(plain.contains("some bold text\r\n"), "{plain:?}");
    assert!(plain.contains("\u{2022} item\r\n"), "{plain:?}");
    assert!(plain.contains("Title\r\n"), "{plain:?}");
    assert!(!plain.contains('#') && !plain.contains("**"), "{plain:?}");

    // Colour off (NO_COLOR, --color never): rendered the same, without any style.
    for env in [("NO_COLOR", "1"), ("CPAWS_COLOR", "never")] {
        let out = screen(&["x"], &[env]);
        let (_, rendered) = out.split_once("\x1b[J").expect(&out);
        assert!(!rendered.contains('\x1b'), "{env:?}: {rendered:?}");
        assert!(rendered.contains("some bold text\r\n"), "{rendered:?}");
        assert!(rendered.contains("\u{2022} item\r\n"), "{rendered:?}");
        assert!(!rendered.contains("**"), "{rendered:?}");
    }

    // Colour forced on (--color always) beats NO_COLOR, as for everything else cpaws prints.
    let out = screen(&["x"], &[("NO_COLOR", "1"), ("CPAWS_COLOR", "always")]);
    let (_, rendered) = out.split_once("\x1b[J").expect(&out);
    assert!(rendered.contains("\x1b[1mbold\x1b[0m"), "{rendered:?}");
    assert!(
        rendered.contains("\x1b[38;5;"),
        "the bullet is coloured: {rendered:?}"
    );

    // --raw: the streamed text stays.
    let out = screen(&["x", "--raw"], &[]);
    assert!(
        out.contains("# Title\r\n\r\nsome **bold** text\r\n\r\n- item\r\n"),
        "{out:?}"
    );
    assert!(
        !out.contains("\x1b[J") && !out.contains('\u{2022}'),
        "{out:?}"
    );

    // Piped: the raw text, byte for byte.
    let o = pty_cmd(&sb, &["x"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&o.stdout), MARKDOWN);

    // Longer than the screen (40 rows): it stays as streamed.
    let long = format!("{MARKDOWN}{}", "more **lines**\n\n".repeat(30));
    sb.emu().update_state(|s| s.reply.text = Some(long));
    let out = screen(&["x"], &[]);
    assert!(out.contains("more **lines**\r\n"), "{out:?}");
    assert!(
        !out.contains("\x1b[J") && !out.contains('\u{2022}'),
        "{out:?}"
    );
}

#[test]
fn repl_answer_is_rendered_as_markdown() {
    let sb = Sandbox::with_emulator();
    sb.emu()
        .update_state(|s| s.reply.text = Some(MARKDOWN.into()));
    // NO_COLOR as the harness sets it: rendered without styles.
    let mut p = repl(sized(pty_cmd(&sb, &[])));
    p.send_line("hi").unwrap();
    p.exp_string("some **bold** text").unwrap();
    p.exp_string("- item").unwrap();
    let rest = decode(&p.exp_string("tokens:").unwrap());
    p.exp_string("> ").unwrap();
    let (back, rendered) = rest.split_once("\x1b[J").expect(&rest);
    assert!(back.ends_with("\x1b[5A\x1b[1G"), "{rest:?}");
    assert!(rendered.contains("some bold text\r\n"), "{rendered:?}");
    assert!(rendered.contains("\u{2022} item\r\n"), "{rendered:?}");
    assert!(
        !rendered.contains("**") && !rendered.contains('#'),
        "{rendered:?}"
    );
    // The terminal is in raw mode while an answer streams: every newline is written as CRLF.
    assert!(!rendered.replace("\r\n", "").contains('\n'), "{rendered:?}");

    // The conversation keeps the Markdown the model wrote, not its rendering.
    sb.emu().update_state(|s| s.reply.text = None);
    say(&mut p, "next");
    let r = last_request(&sb);
    assert_eq!(text_of(&r["messages"][1]), MARKDOWN);
    exit(p);
}

#[test]
fn multi_line_input_by_backslash_alt_enter_and_paste() {
    let sb = Sandbox::with_emulator();
    let mut p = repl(pty_cmd(&sb, &[]));
    // A trailing backslash continues the message on the next line (prompt ". ").
    p.send_line("first line \\").unwrap();
    p.exp_string(". ").unwrap();
    p.send_line("second line").unwrap();
    p.exp_string("tokens:").unwrap();
    p.exp_string("> ").unwrap();
    assert_eq!(
        text_of(last_turn(&last_request(&sb))),
        "first line \nsecond line"
    );

    // Alt-Enter (ESC CR) inserts a newline instead of sending.
    p.send("alpha\x1b\r").unwrap();
    p.send_line("beta").unwrap();
    p.exp_string("tokens:").unwrap();
    p.exp_string("> ").unwrap();
    assert_eq!(text_of(last_turn(&last_request(&sb))), "alpha\nbeta");

    // A bracketed paste keeps its lines: nothing is sent until Enter.
    p.send("\x1b[200~pasted one\npasted two\x1b[201~").unwrap();
    p.send_line("").unwrap();
    p.exp_string("tokens:").unwrap();
    p.exp_string("> ").unwrap();
    assert_eq!(
        text_of(last_turn(&last_request(&sb))),
        "pasted one\npasted two"
    );
    assert_eq!(message_requests(&sb).len(), 3);
    exit(p);
}

#[test]
fn a_spinner_shows_until_the_first_token_and_is_cleared() {
    let sb = Sandbox::with_emulator();
    let mut p = repl(pty_cmd(&sb, &[]));
    // The gateway takes a while to answer: the spinner is on screen meanwhile.
    sb.emu().update_state(|s| {
        let f: Fault = serde_json::from_value(json!({"match": {"path_prefix": "/v1/messages"},
            "times": 1, "kind": "latency", "latency_ms": 1500}))
        .unwrap();
        s.faults.push(f);
    });
    p.send_line("slow one").unwrap();
    p.exp_string("waiting for the answer").unwrap();
    let shown = decode(&p.exp_string("You said: slow one").unwrap());
    // Cleared (erase-line) before the answer is written.
    assert!(shown.contains("\x1b[2K"), "{shown:?}");
    p.exp_string("tokens:").unwrap();
    p.exp_string("> ").unwrap();
    exit(p);
}

/// `--stream-json` on a terminal: the spinner is gone once the first event is printed (it kept
/// turning between the JSON lines), and a cut-off answer says how much of it was printed (it said
/// "nothing of the answer had arrived" with `--no-save`, which keeps no text).
#[test]
fn stream_json_on_a_terminal_stops_the_spinner_and_counts_a_cut_off_answer() {
    let sb = Sandbox::with_emulator();
    sb.emu().update_state(|s| {
        s.reply.text = Some("0123456789abcdefghijklmnopqrstuvwxyz".into());
        s.reply.chunk_chars = 4;
        for f in [
            json!({"match": {"path_prefix": "/v1/messages"}, "times": 1,
                "kind": "latency", "latency_ms": 600}),
            json!({"match": {"path_prefix": "/v1/messages"}, "times": 1,
                "kind": "slow_stream", "event_delay_ms": 250}),
            json!({"match": {"path_prefix": "/v1/messages"}, "times": 1,
                "kind": "status", "status": 529, "after_events": 6}),
        ] {
            s.faults.push(serde_json::from_value::<Fault>(f).unwrap());
        }
    });
    let mut p = spawn(pty_cmd(&sb, &["--stream-json", "--no-save", "go"]));
    p.exp_string("waiting for the answer").unwrap();
    p.exp_string("\"type\":\"message_start\"").unwrap();
    let rest = decode(&p.exp_eof().unwrap());
    assert!(
        !rest.contains("waiting for the answer"),
        "the spinner was drawn again after the first event: {rest:?}"
    );
    assert!(rest.contains("content_block_delta"), "{rest:?}");
    assert!(
        rest.contains("partial answer (12 characters) was printed"),
        "{rest:?}"
    );
    assert!(!rest.contains("nothing of the answer"), "{rest:?}");
}
