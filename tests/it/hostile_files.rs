//! `cpaws files` and `cpaws keys` against absurd input and a misbehaving server (issue 10): crafted
//! short-term keys, cursors that loop, bodies that never end or are shorter than announced, answers
//! of the wrong shape, file names with control characters, SIGTERM in the middle of a download.

use crate::common;

use std::path::Path;
use std::time::{Duration, Instant};

use base64::Engine;
use common::hostile::{Captured, Hostile, Reply};
use common::*;
use serde_json::{Value, json};

const PREFIX: &str = "aws-external-anthropic-api-key-";
/// A safety bound for commands that used to run forever; a passing run takes well under a second.
const BOUND: Duration = Duration::from_secs(60);

/// A sandbox whose every API call goes to the hostile server (SigV4 with fake credentials).
fn sandbox(h: &Hostile) -> Sandbox {
    common::hostile::sandbox_against(h)
}

fn meta(id: &str, filename: &str, size: u64) -> String {
    json!({"type": "file", "id": id, "filename": filename, "size_bytes": size,
        "mime_type": "text/plain", "created_at": "2026-01-15T12:00:00Z", "downloadable": true})
    .to_string()
}

fn entries(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn no_panic(out: &std::process::Output) {
    let err = stderr(out);
    assert!(!err.contains("panicked"), "{err}");
    assert_ne!(out.status.code(), Some(101), "{err}");
}

// ---------------------------------------------------------------------------------------------
// Item 6: crafted short-term keys

/// A short-term key with these X-Amz-Date and X-Amz-Expires values (unsigned: decoding never
/// checks the signature).
fn crafted(date: &str, expires: &str) -> String {
    let url = format!(
        "aws-external-anthropic.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260115%2Fus-west-2%2Faws-external-anthropic%2Faws4_request&X-Amz-Date={date}&X-Amz-Expires={expires}&X-Amz-SignedHeaders=host&X-Amz-Signature={}&Version=1",
        "0".repeat(64)
    );
    format!(
        "{PREFIX}{}",
        base64::engine::general_purpose::STANDARD.encode(url)
    )
}

const ABSURD: [(&str, &str); 9] = [
    ("20260115T120000Z", "18446744073709551615"),
    ("20260115T120000Z", "9223372036854775807"),
    ("20260115T120000Z", "1e30"),
    ("20260115T120000Z", "-1"),
    ("20260115T120000Z", "99999999999999999999999999"),
    ("99991231T235959Z", "3600"),
    ("99991231T235959Z", "43200"),
    ("20261340T000000Z", "3600"),
    ("2026", "3600"),
];

#[test]
fn inspect_absurd_short_term_keys_is_an_error_not_a_panic() {
    let s = Sandbox::new();
    for (date, expires) in ABSURD {
        let key = crafted(date, expires);
        let by_arg = s.cmd().args(["keys", "inspect", &key]).output().unwrap();
        let by_stdin = s
            .cmd()
            .args(["keys", "inspect", "-"])
            .write_stdin(format!("{key}\n"))
            .output()
            .unwrap();
        let mut env = Sandbox::new();
        env.set("ANTHROPIC_AWS_API_KEY", &key);
        let by_env = env.cmd().args(["keys", "inspect"]).output().unwrap();
        for out in [by_arg, by_stdin, by_env] {
            no_panic(&out);
            assert_eq!(
                out.status.code(),
                Some(2),
                "{date} {expires}: {}",
                stderr(&out)
            );
            assert!(
                stderr(&out).contains("cannot be decoded"),
                "{date} {expires}: {}",
                stderr(&out)
            );
        }
    }
}

#[test]
fn status_and_doctor_offline_survive_absurd_keys() {
    for (date, expires) in ABSURD {
        let mut s = Sandbox::new();
        s.set("ANTHROPIC_AWS_API_KEY", &crafted(date, expires))
            .set("AWS_REGION", "us-west-2")
            .set("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01TESTWORKSPACE");
        let out = s.cmd().args(["status", "--offline"]).output().unwrap();
        no_panic(&out);
        let out = s
            .cmd()
            .args(["status", "--offline", "--json"])
            .output()
            .unwrap();
        no_panic(&out);
        assert!(
            stdout(&out).contains("api_key_malformed"),
            "{date} {expires}: {}",
            stdout(&out)
        );
        let out = s.cmd().args(["doctor", "--offline"]).output().unwrap();
        no_panic(&out);
    }
}

#[test]
fn an_oversized_key_is_refused_with_its_size() {
    let s = Sandbox::new();
    let key = format!("{PREFIX}{}", "A".repeat(100 * 1024));
    let out = s
        .cmd()
        .args(["keys", "inspect", "-"])
        .write_stdin(key)
        .output()
        .unwrap();
    no_panic(&out);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("too long"), "{}", stderr(&out));
}

// ---------------------------------------------------------------------------------------------
// Item 10: cursors that loop, and the page cap

fn page(ids: &[&str], has_more: bool, last: Option<&str>) -> Reply {
    let data: Vec<Value> = ids
        .iter()
        .map(|i| serde_json::from_str(&meta(i, "a.txt", 1)).unwrap())
        .collect();
    Reply::json(
        &json!({"data": data, "has_more": has_more, "first_id": ids.first(), "last_id": last})
            .to_string(),
    )
}

fn after_id(r: &Captured) -> Option<String> {
    r.path
        .split(['?', '&'])
        .find_map(|p| p.strip_prefix("after_id="))
        .map(str::to_string)
}

#[test]
fn list_all_stops_on_a_cursor_that_comes_back() {
    // A → B → A → B … forever.
    let h = Hostile::start(|r| match after_id(r).as_deref() {
        None | Some("file_B") => page(&["file_A"], true, Some("file_A")),
        _ => page(&["file_B"], true, Some("file_B")),
    });
    let s = sandbox(&h);
    let mut cmd = s.cmd();
    cmd.args(["files", "list", "--all", "--json"])
        .timeout(BOUND);
    let (code, v) = run_json(&mut cmd);
    assert_eq!(code, 5, "{v:#}");
    assert_eq!(v["error"]["code"], "unexpected_response", "{v:#}");
    assert!(v.to_string().contains("file_A"), "{v:#}");
    assert!(h.requests().len() <= 3, "{}", h.requests().len());
    // Human mode says the same, and prints no partial list as if complete.
    let out = s
        .cmd()
        .args(["files", "list", "--all"])
        .timeout(BOUND)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(stderr(&out).contains("file_A"), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
}

#[test]
fn list_all_stops_after_the_page_cap() {
    // A new cursor on every page, has_more forever.
    let h = Hostile::start(|r| {
        let n: u64 = after_id(r)
            .and_then(|a| a.strip_prefix("file_").and_then(|n| n.parse().ok()))
            .unwrap_or(0);
        let next = format!("file_{}", n + 1);
        page(&[&next], true, Some(&next))
    });
    let s = sandbox(&h);
    let mut cmd = s.cmd();
    cmd.args(["files", "list", "--all", "--limit", "1", "--json"])
        .timeout(BOUND);
    let (code, v) = run_json(&mut cmd);
    assert_eq!(code, 5, "{v:#}");
    assert_eq!(v["error"]["code"], "unexpected_response", "{v:#}");
    assert!(v.to_string().contains("1000 pages"), "{v:#}");
    assert_eq!(h.requests().len(), 1000);
}

#[test]
fn list_all_refuses_has_more_without_a_cursor_and_a_cursor_that_is_not_an_id() {
    for last in [None, Some("file_1&limit=1000"), Some("../x")] {
        let h = Hostile::start(move |_| page(&["file_1"], true, last));
        let s = sandbox(&h);
        let mut cmd = s.cmd();
        cmd.args(["files", "list", "--all", "--json"])
            .timeout(BOUND);
        let (code, v) = run_json(&mut cmd);
        assert_eq!(code, 5, "{last:?}: {v:#}");
        assert_eq!(v["error"]["code"], "unexpected_response", "{v:#}");
        assert_eq!(h.requests().len(), 1);
    }
}

// ---------------------------------------------------------------------------------------------
// Item 11: a body longer or shorter than size_bytes

fn download_server(name: &'static str, size: u64, content: Reply) -> Hostile {
    Hostile::start(move |r| {
        if r.path.ends_with("/content") {
            content.clone()
        } else {
            Reply::json(&meta("file_1", name, size))
        }
    })
}

fn endless() -> Reply {
    Reply::Endless {
        head: Reply::open_head(200, &[("content-type", "application/octet-stream")]),
        chunk: vec![b'x'; 64 * 1024],
    }
}

#[test]
fn download_stops_when_the_body_exceeds_size_bytes() {
    let h = download_server("a.txt", 4, endless());
    let s = sandbox(&h);
    let before = entries(s.dir.path());
    let started = Instant::now();
    let mut cmd = s.cmd();
    cmd.args(["files", "download", "file_1", "--json"])
        .timeout(BOUND);
    let (code, v) = run_json(&mut cmd);
    assert_eq!(code, 5, "{v:#}");
    assert_eq!(v["error"]["code"], "files.download_too_long", "{v:#}");
    assert!(v.to_string().contains("size_bytes"), "{v:#}");
    assert!(started.elapsed() < BOUND / 2);
    assert_eq!(entries(s.dir.path()), before, "nothing left behind");
}

#[test]
fn download_to_stdout_checks_the_size_too() {
    // Longer than announced: at most the announced bytes, then an error.
    let h = download_server(
        "a.txt",
        4,
        Reply::status(200, &[("content-type", "text/plain")], "0123456789"),
    );
    let s = sandbox(&h);
    let out = s
        .cmd()
        .args(["files", "download", "file_1", "-o", "-"])
        .timeout(BOUND)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(out.stdout.len() <= 4, "{:?}", stdout(&out));
    assert!(stderr(&out).contains("size_bytes"), "{}", stderr(&out));
    // Endless: stops at once.
    let h = download_server("a.txt", 4, endless());
    let s = sandbox(&h);
    let out = s
        .cmd()
        .args(["files", "download", "file_1", "-o", "-"])
        .timeout(BOUND)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(out.stdout.len() <= 4);
    // Shorter than announced: an error.
    let h = download_server(
        "a.txt",
        10,
        Reply::status(200, &[("content-type", "text/plain")], "abc"),
    );
    let s = sandbox(&h);
    let out = s
        .cmd()
        .args(["files", "download", "file_1", "-o", "-"])
        .timeout(BOUND)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("expected 10 bytes"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn download_shorter_than_size_bytes_writes_nothing() {
    let h = download_server(
        "a.txt",
        10,
        Reply::status(200, &[("content-type", "text/plain")], "abc"),
    );
    let s = sandbox(&h);
    let before = entries(s.dir.path());
    let out = s
        .cmd()
        .args(["files", "download", "file_1"])
        .timeout(BOUND)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert_eq!(entries(s.dir.path()), before);
}

#[test]
fn download_needs_a_size_in_the_metadata() {
    let h = Hostile::start(|r| {
        if r.path.ends_with("/content") {
            Reply::json("{}")
        } else {
            Reply::json(r#"{"id":"file_1","filename":"a.txt","downloadable":true}"#)
        }
    });
    let s = sandbox(&h);
    let (code, v) = run_json(s.cmd().args(["files", "download", "file_1", "--json"]));
    assert_eq!(code, 5, "{v:#}");
    assert_eq!(v["error"]["code"], "unexpected_response", "{v:#}");
    assert!(!h.requests().iter().any(|r| r.path.ends_with("/content")));
}

// ---------------------------------------------------------------------------------------------
// Item 17: answers of the wrong shape

const WRONG_LISTS: [&str; 6] = [
    r#"{"data":"x"}"#,
    "[1,2,3]",
    "null",
    r#"{"data":[1]}"#,
    "{}",
    r#"{"data":[],"has_more":"yes"}"#,
];

#[test]
fn list_of_the_wrong_shape_is_unexpected_response() {
    for body in WRONG_LISTS {
        let h = Hostile::start(move |_| Reply::json(body));
        let s = sandbox(&h);
        let (code, v) = run_json(s.cmd().args(["files", "list", "--json"]));
        assert_eq!(code, 5, "{body}: {v:#}");
        assert_eq!(v["error"]["code"], "unexpected_response", "{body}: {v:#}");
        let out = s.cmd().args(["files", "list"]).output().unwrap();
        assert_eq!(out.status.code(), Some(5), "{body}");
        assert!(!stdout(&out).contains("no files"), "{body}");
        assert!(stderr(&out).contains(body), "{body}: {}", stderr(&out));
    }
}

#[test]
fn info_and_upload_answers_of_the_wrong_shape_are_unexpected_response() {
    for body in [
        "[1,2,3]",
        "null",
        r#"{"data":1}"#,
        r#"{"id":7}"#,
        "\"file_1\"",
    ] {
        let h = Hostile::start(move |_| Reply::json(body));
        let s = sandbox(&h);
        let (code, v) = run_json(s.cmd().args(["files", "info", "file_1", "--json"]));
        assert_eq!(code, 5, "{body}: {v:#}");
        assert_eq!(v["error"]["code"], "unexpected_response", "{body}: {v:#}");
        let out = s.cmd().args(["files", "info", "file_1"]).output().unwrap();
        assert_eq!(out.status.code(), Some(5), "{body}");
        assert!(stderr(&out).contains(body), "{body}: {}", stderr(&out));

        let a = s.write("a.txt", "hello");
        let (code, v) = run_json(s.cmd().args(["files", "upload", "--json"]).arg(&a));
        assert_eq!(code, 5, "{body}: {v:#}");
        assert_eq!(v["error"]["code"], "unexpected_response", "{body}: {v:#}");
        let out = s.cmd().args(["files", "upload"]).arg(&a).output().unwrap();
        assert_eq!(out.status.code(), Some(5), "{body}");
        assert_eq!(stdout(&out), "", "no ID is printed");
    }
}

#[test]
fn the_first_bytes_of_a_wrong_body_are_sanitized() {
    // Raw C0 controls are not valid inside JSON strings, but C1 controls (CSI is U+009B) and bidi
    // overrides are.
    let body = "{\"data\":\"\u{9b}31mred\u{202e}txt.exe\"}";
    let h = Hostile::start(move |_| Reply::json(body));
    let s = sandbox(&h);
    let out = s.cmd().args(["files", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(
        !stderr(&out).contains(['\u{9b}', '\u{202e}']),
        "{:?}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("red"), "{}", stderr(&out));
}

#[test]
fn verify_with_an_answer_of_the_wrong_shape_is_unexpected_response() {
    for body in ["null", "[1,2,3]", r#"{"data":"x"}"#] {
        let h = Hostile::start(move |_| Reply::json(body));
        let s = sandbox(&h);
        let key = "AEAAZGV2LWF0LTEyMzQ1Njc4OTAxMjpzZWNyZXRzZWNyZXQ=";
        let (code, v) = run_json(s.cmd().args(["keys", "verify", key, "--json"]));
        assert_eq!(code, 5, "{body}: {v:#}");
        assert_eq!(v["error"]["code"], "unexpected_response", "{body}: {v:#}");
        let out = s.cmd().args(["keys", "verify", key]).output().unwrap();
        assert_eq!(out.status.code(), Some(5), "{body}");
        assert!(!stdout(&out).contains("the key works"), "{body}");
    }
}

// ---------------------------------------------------------------------------------------------
// Item 22: messages and local names

#[test]
fn ttl_over_12h_names_the_maximum_and_what_was_given() {
    let s = Sandbox::new();
    let out = s
        .cmd()
        .args(["keys", "create", "--ttl", "12h1s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("12h1s"), "{err}");
    assert!(err.contains("at most 12h"), "{err}");
    assert!(!err.contains("12h0m"), "{err}");
}

#[test]
fn a_server_file_name_with_control_characters_is_made_safe() {
    for (name, want) in [
        ("evil\nname.txt", "evil_name.txt"),
        ("a\tb\r.txt", "a_b.txt"),
        ("..\\..\\.bashrc", "bashrc"),
        ("sub/../..", "file_1"),
        ("\u{1b}[31mred\u{1b}[0m.txt", "red.txt"),
    ] {
        let h = download_server(name, 2, Reply::status(200, &[], "ok"));
        let s = sandbox(&h);
        let before = entries(s.dir.path());
        let out = s
            .cmd()
            .args(["files", "download", "file_1"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{name:?}: {}", stderr(&out));
        let mut after = entries(s.dir.path());
        after.retain(|e| !before.contains(e));
        assert_eq!(after, vec![want.to_string()], "{name:?}");
        assert_eq!(std::fs::read(s.path(want)).unwrap(), b"ok");
        // One line, nothing from the server that a terminal would act on.
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{name:?}: {err:?}");
        assert!(
            !err.chars().any(|c| c.is_control() && c != '\n'),
            "{name:?}: {err:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Item 13: SIGTERM in the middle of a download

#[test]
fn sigterm_mid_download_leaves_nothing_behind() {
    let h = download_server(
        "slow.bin",
        200,
        Reply::Drip {
            head: Reply::open_head(200, &[("content-length", "200")]),
            body: vec![b'z'; 200],
            chunk: 1,
            every: Duration::from_millis(100),
        },
    );
    let s = sandbox(&h);
    let mut child = s
        .std_cmd()
        .env("CPAWS_MAX_RETRIES", "0")
        .args(["files", "download", "file_1"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait (bounded) until the temporary file exists: the download is under way.
    let deadline = Instant::now() + BOUND;
    let tmp_seen = loop {
        if entries(s.dir.path())
            .iter()
            .any(|e| e.starts_with(".cpaws-download-"))
        {
            break true;
        }
        if Instant::now() > deadline || child.try_wait().unwrap().is_some() {
            break false;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    assert!(tmp_seen, "the download never started");
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(143), "{}", stderr(&out));
    let left = entries(s.dir.path());
    assert!(
        !left
            .iter()
            .any(|e| e.starts_with(".cpaws-download-") || e == "slow.bin"),
        "{left:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Item 8: server strings printed by `keys` (IAM answers)

fn iam_create_reply(id: &str, user: &str, secret: &str) -> Reply {
    let x = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('\n', "&#10;")
    };
    let body = format!(
        "<CreateServiceSpecificCredentialResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><CreateServiceSpecificCredentialResult><ServiceSpecificCredential><CreateDate>2026-01-15T12:00:00Z</CreateDate><ServiceName>aws-external-anthropic.amazonaws.com</ServiceName><ServiceCredentialAlias>dev-at-123456789012</ServiceCredentialAlias><ServiceCredentialSecret>{}</ServiceCredentialSecret><ServiceSpecificCredentialId>{}</ServiceSpecificCredentialId><UserName>{}</UserName><Status>Active</Status></ServiceSpecificCredential></CreateServiceSpecificCredentialResult><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></CreateServiceSpecificCredentialResponse>",
        x(secret),
        x(id),
        x(user)
    );
    Reply::status(200, &[("content-type", "text/xml")], body)
}

#[test]
fn long_term_create_prints_iam_strings_on_one_line_without_controls() {
    let h = Hostile::start(|_| {
        iam_create_reply(
            "ACCA\nfake: line\u{9b}31m",
            "dev\u{202e}\n",
            "AEAAZGV2LWF0LTEyMzQ1Njc4OTAxMjpzZWNyZXQ=",
        )
    });
    let s = sandbox(&h);
    let out = s
        .cmd()
        .args(["keys", "create", "--long-term", "--user", "dev"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err:?}");
    assert!(err.contains("ACCA fake: line31m"), "{err:?}");
    assert!(!err.contains(['\u{9b}', '\u{202e}']), "{err:?}");
    assert_eq!(stdout(&out), "AEAAZGV2LWF0LTEyMzQ1Njc4OTAxMjpzZWNyZXQ=\n");
}

#[test]
fn long_term_secret_with_control_characters_is_not_printed() {
    let h = Hostile::start(|_| iam_create_reply("ACCA1", "dev", "AEAA\u{9b}2J\nsecret"));
    let s = sandbox(&h);
    let out = s
        .cmd()
        .args(["keys", "create", "--long-term", "--user", "dev"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert!(!stderr(&out).contains("secret"), "{}", stderr(&out));
}

#[test]
fn long_term_list_rows_stay_one_line() {
    let s = Sandbox::with_emulator();
    s.emu().update_state(|st| {
        common::allow_long_term_keys(st);
    });
    let (code, v) =
        run_json(
            s.cmd()
                .args(["keys", "create", "--long-term", "--user", "dev", "--json"]),
        );
    assert_eq!(code, 0, "{v:#}");
    let id = v["id"].as_str().unwrap().to_string();
    s.emu().update_state(|st| {
        for a in &mut st.accounts {
            for c in &mut a.service_specific_credentials {
                if c.id == id {
                    c.id = format!("{id}\nINJECTED\u{9b}31m");
                }
            }
        }
    });
    let out = s
        .cmd()
        .args(["keys", "list", "--user", "dev"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 2, "{text:?}");
    assert!(text.contains(&format!("{id} INJECTED31m")), "{text:?}");
}
