//! `cpaws proxy` against the emulator (which verifies every forwarded signature): the real binary,
//! driven over HTTP like a first-party SDK would. The proxy's port comes from its `--print-env`
//! lines on stdout (it listens on `--port 0`, a free port, by default).

use crate::common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use common::proxy::*;
use common::*;
use cpaws_emulator::state::FileObject;
use serde_json::{Value, json};

#[test]
fn print_env_gives_first_party_and_claude_code_lines() {
    let sb = Sandbox::with_emulator();
    let p = Proxy::start(&sb, &[]);
    let names: Vec<&str> = p.env.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        names,
        [
            "ANTHROPIC_BASE_URL",
            "ANTHROPIC_API_KEY",
            "CLAUDE_CODE_USE_ANTHROPIC_AWS",
            "CLAUDE_CODE_SKIP_ANTHROPIC_AWS_AUTH",
            "ANTHROPIC_AWS_BASE_URL",
            "ANTHROPIC_AUTH_TOKEN",
            "ANTHROPIC_AWS_WORKSPACE_ID",
        ]
    );
    assert!(p.url.starts_with("http://127.0.0.1:"), "{}", p.url);
    assert!(p.token.starts_with("cpaws-proxy-"), "{}", p.token);
    let get = |k: &str| p.env.iter().find(|(a, _)| a == k).unwrap().1.clone();
    assert_eq!(get("ANTHROPIC_AWS_BASE_URL"), p.url);
    assert_eq!(get("ANTHROPIC_AUTH_TOKEN"), p.token);
    assert_eq!(get("ANTHROPIC_AWS_WORKSPACE_ID"), "wrkspc_01TESTWORKSPACE");
}

#[test]
fn messages_plain_and_streamed_are_signed_and_logged_without_secrets() {
    let sb = Sandbox::with_emulator();
    let mut p = Proxy::start(&sb, &[]);
    let token = p.token.clone();
    let plain = post_message(&p, false, ("x-api-key", &token));
    assert_eq!(plain.status, 200, "{}", plain.text());
    let v = plain.json();
    assert_eq!(v["type"], "message");
    assert!(plain.headers.contains_key("request-id"));
    let streamed = post_message(&p, true, ("authorization", &format!("Bearer {token}")));
    assert_eq!(streamed.status, 200, "{}", streamed.text());
    assert!(
        streamed.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    let text = streamed.text();
    assert!(text.contains("event: message_start"), "{text}");
    assert!(text.contains("event: message_stop"), "{text}");
    // Both reached the service signed (the emulator answers 403 to a bad signature) and with the
    // workspace header.
    let reqs = gateway_requests(&sb);
    assert_eq!(reqs.len(), 2, "{reqs:#?}");
    for r in &reqs {
        assert_eq!(r.status, 200);
        assert!(
            header(r, "authorization")
                .unwrap()
                .starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
        );
        assert_eq!(
            header(r, "anthropic-workspace-id"),
            Some("wrkspc_01TESTWORKSPACE")
        );
        assert_eq!(header(r, "anthropic-version"), Some("2023-06-01"));
    }
    // One access-log line each, with model and usage, never the prompt or the token.
    let line = p.wait_for("POST /v1/messages 200");
    assert!(line.contains("model=claude-sonnet-4-6"), "{line}");
    assert!(line.contains(" in=") && line.contains(" out="), "{line}");
    let all = p.stderr_so_far();
    assert!(!all.contains("secret prompt"), "{all}");
    assert!(!all.contains(&token), "{all}");
}

#[test]
fn access_log_json_lines() {
    let sb = Sandbox::with_emulator();
    let mut child = sb
        .std_cmd()
        .args(["proxy", "--json"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line).unwrap();
    let listening: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(listening["type"], "listening", "{line}");
    assert_eq!(listening["token_required"], true);
    let url = listening["url"].as_str().unwrap().to_string();
    // No token: refused, logged as JSON.
    let a = call("GET", &format!("{url}/v1/models"), &[], None);
    assert_eq!(a.status, 401);
    line.clear();
    err.read_line(&mut line).unwrap();
    let entry: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(entry["type"], "access");
    assert_eq!(entry["method"], "GET");
    assert_eq!(entry["path"], "/v1/models");
    assert_eq!(entry["status"], 401);
    assert_eq!(entry["outcome"], "refused");
    assert!(entry["duration_ms"].is_u64());
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn models_pass_through_unchanged() {
    let sb = Sandbox::with_emulator();
    let p = Proxy::start(&sb, &[]);
    let a = call(
        "GET",
        &format!("{}/v1/models?limit=2", p.url),
        &[("x-api-key", &p.token)],
        None,
    );
    assert_eq!(a.status, 200, "{}", a.text());
    let v = a.json();
    assert_eq!(v["data"].as_array().unwrap().len(), 2, "{v:#}");
    assert_eq!(v["has_more"], true);
    let reqs = gateway_requests(&sb);
    assert_eq!(reqs[0].path, "/v1/models?limit=2");
}

#[test]
fn files_upload_streams_and_download_streams_back() {
    let sb = Sandbox::with_emulator();
    let p = Proxy::start(&sb, &[]);
    // Larger than what the proxy keeps in memory: spooled, hashed, signed, sent.
    let size = 9 * 1024 * 1024 + 17;
    let content: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
    let a = upload(&p, "big.bin", &content);
    assert_eq!(a.status, 200, "{}", a.text());
    let v = a.json();
    assert_eq!(v["size_bytes"], size as u64, "{v:#}");
    let id = v["id"].as_str().unwrap().to_string();
    let up = gateway_requests(&sb);
    assert_eq!(
        header(&up[0], "anthropic-beta"),
        Some("files-api-2025-04-14")
    );
    // Download: a file the service made downloadable.
    let text: String = (0..50_000).map(|i| format!("line {i}\n")).collect();
    sb.emu().update_state(|s| {
        s.files.push(FileObject {
            id: "file_01PROXYDOWNLOAD".into(),
            workspace_id: "wrkspc_01TESTWORKSPACE".into(),
            filename: "out.txt".into(),
            mime_type: "text/plain".into(),
            size_bytes: text.len() as u64,
            created_at: "2026-01-01T00:00:00Z".into(),
            downloadable: true,
            content: Some(text.clone()),
            ..Default::default()
        });
    });
    let d = call(
        "GET",
        &format!("{}/v1/files/file_01PROXYDOWNLOAD/content", p.url),
        &[
            ("x-api-key", &p.token),
            ("anthropic-beta", "files-api-2025-04-14"),
        ],
        None,
    );
    assert_eq!(d.status, 200, "{}", d.text());
    assert_eq!(d.body, text.as_bytes());
    // And the uploaded one is refused by the service, passed on as it said it.
    let d = call(
        "GET",
        &format!("{}/v1/files/{id}/content", p.url),
        &[("x-api-key", &p.token)],
        None,
    );
    assert_eq!(d.status, 400, "{}", d.text());
    assert!(d.text().contains("not downloadable"), "{}", d.text());
}

#[test]
fn wrong_or_missing_token_is_refused_and_nothing_reaches_the_service() {
    let sb = Sandbox::with_emulator();
    let p = Proxy::start(&sb, &[]);
    sb.emu().clear_requests();
    let wrong = format!("{}x", p.token);
    let models = format!("{}/v1/models", p.url);
    for headers in [
        vec![],
        vec![("x-api-key", wrong.as_str())],
        vec![("authorization", "Bearer nope")],
        vec![("x-api-key", "")],
    ] {
        let a = call("GET", &models, &headers, None);
        assert_eq!(a.status, 401, "{headers:?}: {}", a.text());
        assert_eq!(a.json()["error"]["type"], "authentication_error");
    }
    let a = post_message(&p, false, ("x-api-key", "wrong-key"));
    assert_eq!(a.status, 401);
    assert!(sb.emu().requests().is_empty(), "{:#?}", sb.emu().requests());
    // The right token works (the refusals were the token's doing).
    let a = call("GET", &models, &[("x-api-key", &p.token)], None);
    assert_eq!(a.status, 200);
}

#[test]
fn no_client_credential_header_goes_upstream() {
    let sb = Sandbox::with_emulator();
    let p = Proxy::start(&sb, &[]);
    let token = p.token.clone();
    let a = call(
        "POST",
        &format!("{}/v1/messages", p.url),
        &[
            ("x-api-key", &token),
            ("authorization", &format!("Bearer {token}")),
            ("cookie", "session=abcdefgh12345"),
            ("x-amz-security-token", "FAKESESSIONTOKEN123"),
            ("anthropic-workspace-id", "wrkspc_01SOMEOTHERWORKSPACE"),
            ("proxy-authorization", "Basic dXNlcjpwYXNz"),
            ("content-type", "application/json"),
            ("anthropic-version", "2023-06-01"),
        ],
        Some(message(false)),
    );
    assert_eq!(a.status, 200, "{}", a.text());
    let reqs = gateway_requests(&sb);
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    for (k, v) in &r.headers {
        assert!(!v.contains(&token), "{k} carries the local token");
        let k = k.to_ascii_lowercase();
        assert!(
            !["x-api-key", "cookie", "proxy-authorization"].contains(&k.as_str()),
            "{k} was forwarded"
        );
        assert_ne!(v, "FAKESESSIONTOKEN123", "{k}");
    }
    assert_eq!(
        header(r, "anthropic-workspace-id"),
        Some("wrkspc_01TESTWORKSPACE")
    );
}

#[test]
fn upstream_403_passes_through_unchanged_and_is_explained() {
    let mut st = State::default_state();
    st.accounts[0].federation_enabled = false;
    let sb = Sandbox::with_state(st);
    let mut p = Proxy::start(&sb, &[]);
    let a = post_message(&p, false, ("x-api-key", &p.token.clone()));
    assert_eq!(a.status, 403, "{}", a.text());
    let reqs = gateway_requests(&sb);
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].status, 403);
    // The body and the request ID are the service's.
    let rid = a.headers["request-id"].to_str().unwrap().to_string();
    assert!(rid.starts_with("req_"), "{rid}");
    assert!(a.json()["error"]["message"].is_string(), "{}", a.text());
    let line = p.wait_for("POST /v1/messages 403");
    assert!(line.contains(&rid), "{line}");
    let fix = p.wait_for("fix:");
    assert!(fix.contains("cpaws enable-federation"), "{fix}");
}

#[test]
fn env_via_proxy_prints_the_same_lines_from_a_token_file() {
    let sb = Sandbox::with_emulator();
    let tf = sb.path("proxy-token");
    let p = Proxy::start(&sb, &["--token-file", tf.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(&tf).unwrap().trim(),
        p.token,
        "the token file holds the token"
    );
    let out = sb
        .cmd()
        .args([
            "env",
            "--for",
            "claude-code",
            "--shell",
            "bash",
            "--via-proxy",
            &p.url,
            "--token-file",
            tf.to_str().unwrap(),
            "--include-secrets",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    for (k, v) in &p.env {
        if k.starts_with("CLAUDE_") || k.starts_with("ANTHROPIC_AWS") || k == "ANTHROPIC_AUTH_TOKEN"
        {
            assert!(text.contains(&format!("export {k}={v}\n")), "{k}: {text}");
        }
    }
    // Without --include-secrets the token is not printed.
    let out = sb
        .cmd()
        .args(["env", "--for", "sdk", "--via-proxy", &p.url])
        .env("CPAWS_PROXY_TOKEN", &p.token)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!("ANTHROPIC_BASE_URL={}", p.url)),
        "{text}"
    );
    assert!(!text.contains(&p.token), "{text}");
    // The proxy accepts the file's token.
    let a = call(
        "GET",
        &format!("{}/v1/models", p.url),
        &[("x-api-key", std::fs::read_to_string(&tf).unwrap().trim())],
        None,
    );
    assert_eq!(a.status, 200);
}

#[test]
fn only_api_paths_are_forwarded() {
    let sb = Sandbox::with_emulator();
    let p = Proxy::start(&sb, &[]);
    sb.emu().clear_requests();
    for path in ["/", "/v2/models", "/region/us-west-2/v1/models"] {
        let a = call(
            "GET",
            &format!("{}{path}", p.url),
            &[("x-api-key", &p.token)],
            None,
        );
        assert_eq!(a.status, 404, "{path}");
    }
    assert!(sb.emu().requests().is_empty());
}

#[test]
fn doctor_checks_the_proxy_the_environment_points_at() {
    let sb = Sandbox::with_emulator();
    let p = Proxy::start(&sb, &[]);
    let doctor = |key: &str| {
        let mut c = sb.cmd();
        c.args(["doctor", "--json", "--check", "proxy"])
            .env("ANTHROPIC_BASE_URL", &p.url)
            .env("ANTHROPIC_API_KEY", key);
        let (_, v) = run_json(&mut c);
        v["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == "proxy")
            .cloned()
            .unwrap_or_else(|| panic!("no proxy check: {v:#}"))
    };
    let ok = doctor(&p.token);
    assert_eq!(ok["status"], "pass", "{ok:#}");
    let refused = doctor("not-the-token");
    assert_eq!(refused["status"], "fail", "{refused:#}");
    assert_eq!(refused["code"], "proxy_token_refused");
    let text = refused.to_string();
    assert!(!text.contains(&p.token), "{text}");
    // Nothing listens there any more.
    let url = p.url.clone();
    drop(p);
    let mut c = sb.cmd();
    c.args(["doctor", "--json", "--check", "proxy"])
        .env("ANTHROPIC_BASE_URL", &url)
        .env("ANTHROPIC_API_KEY", "whatever-token");
    let (_, v) = run_json(&mut c);
    let gone = v["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "proxy")
        .unwrap();
    assert_eq!(gone["code"], "proxy_unreachable", "{gone:#}");
}

#[test]
fn a_client_leaving_mid_stream_cancels_the_upstream_request() {
    let sb = Sandbox::with_emulator();
    slow_stream(&sb, "x".repeat(400), 50);
    let mut p = Proxy::start(&sb, &[]);
    let (conn, reader, _) = stream_in_flight(&p);
    // 100 deltas at 50 ms would take 5 s; the client leaves after the first.
    drop(reader);
    conn.shutdown(std::net::Shutdown::Both).unwrap();
    drop(conn);
    let line = p.wait_for("POST /v1/messages 200");
    assert!(line.contains("client closed, upstream cancelled"), "{line}");
    // The proxy keeps serving.
    let a = call(
        "GET",
        &format!("{}/v1/models", p.url),
        &[("x-api-key", &p.token)],
        None,
    );
    assert_eq!(a.status, 200);
}

/// Credentials the service starts to call expired while the proxy runs: `auth_refresh` runs once,
/// the request is sent again with the new credentials, and the client never sees the failure.
#[test]
fn credentials_that_expire_mid_run_are_refreshed_once() {
    use cpaws_emulator::state::AccessKey;
    let mut st = State::default_state();
    for (id, secret, token) in [
        (
            "ASIAFIRSTEXAMPLE",
            "firstSecretEXAMPLEKEYfirstSecret00000000",
            "FIRSTSESSIONTOKENEXAMPLE",
        ),
        (
            "ASIAFRESHEXAMPLE",
            "freshSecretEXAMPLEKEYfreshSecret00000000",
            "FRESHSESSIONTOKENEXAMPLE",
        ),
    ] {
        st.access_keys.push(AccessKey {
            access_key_id: id.into(),
            secret: secret.into(),
            session_token: Some(token.into()),
            account: "123456789012".into(),
            principal: "user/dev".into(),
            expires: None,
        });
    }
    let mut sb = Sandbox::with_state(st);
    sb.unset("AWS_ACCESS_KEY_ID").unset("AWS_SECRET_ACCESS_KEY");
    let process = |id: &str, secret: &str, token: &str| {
        json!({"Version": 1, "AccessKeyId": id, "SecretAccessKey": secret, "SessionToken": token})
            .to_string()
    };
    let creds = sb.write(
        "creds.json",
        &process(
            "ASIAFIRSTEXAMPLE",
            "firstSecretEXAMPLEKEYfirstSecret00000000",
            "FIRSTSESSIONTOKENEXAMPLE",
        ),
    );
    let fresh = sb.write(
        "fresh.json",
        &process(
            "ASIAFRESHEXAMPLE",
            "freshSecretEXAMPLEKEYfreshSecret00000000",
            "FRESHSESSIONTOKENEXAMPLE",
        ),
    );
    let log = sb.path("refresh.log");
    sb.write(
        "aws-config",
        &format!(
            "[profile sso]\ncredential_process = cat {}\n",
            creds.display()
        ),
    );
    sb.set("AWS_PROFILE", "sso");
    sb.write(
        ".config/cpaws/config.toml",
        &format!(
            "[profiles.default]\nauth_refresh = \"cp {} {} && echo refreshed >> {}\"\n",
            fresh.display(),
            creds.display(),
            log.display()
        ),
    );
    let p = Proxy::start(&sb, &[]);
    let models = format!("{}/v1/models", p.url);
    assert_eq!(
        call("GET", &models, &[("x-api-key", &p.token)], None).status,
        200
    );
    // The first credentials expire.
    sb.emu().update_state(|s| {
        for k in &mut s.access_keys {
            if k.access_key_id == "ASIAFIRSTEXAMPLE" {
                k.expires = Some("2020-01-01T00:00:00Z".into());
            }
        }
    });
    for _ in 0..2 {
        let a = call("GET", &models, &[("x-api-key", &p.token)], None);
        assert_eq!(a.status, 200, "{}", a.text());
    }
    assert_eq!(std::fs::read_to_string(&log).unwrap().lines().count(), 1);
    let last = gateway_requests(&sb).pop().unwrap();
    assert!(
        header(&last, "authorization")
            .unwrap()
            .contains("Credential=ASIAFRESHEXAMPLE/")
    );
}

#[test]
fn a_redirect_is_never_followed_and_its_location_is_not_passed_on() {
    use common::hostile::{Hostile, Reply};
    let elsewhere = Hostile::start(|_| Reply::json("{}"));
    let target = format!("{}/steal", elsewhere.url());
    let gw = Hostile::start(move |_| {
        Reply::status(
            307,
            &[("location", &target), ("request-id", "req_redirect")],
            "",
        )
    });
    let mut sb = Sandbox::new();
    sb.set("ANTHROPIC_AWS_BASE_URL", &gw.url())
        .set("AWS_REGION", "us-west-2")
        .set("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01HOSTILE")
        .set("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
        .set("AWS_SECRET_ACCESS_KEY", SECRET);
    let mut p = Proxy::start(&sb, &[]);
    let a = post_message(&p, false, ("x-api-key", &p.token.clone()));
    assert_eq!(a.status, 307);
    assert!(!a.headers.contains_key("location"), "{:?}", a.headers);
    assert_eq!(gw.requests().len(), 1);
    assert!(elsewhere.requests().is_empty());
    let note = p.wait_for("not followed");
    assert!(note.contains("/steal"), "{note}");
}

/// The proxy honours HTTP_PROXY / NO_PROXY as every command does: with a proxy on a dead port the
/// forward fails (502, the connection diagnosed), with the gateway in NO_PROXY it goes direct.
#[test]
fn the_proxy_environment_is_honoured_for_forwarded_requests() {
    let port = common::dead_port();
    let mut sb = Sandbox::with_emulator();
    sb.set("HTTP_PROXY", &format!("http://127.0.0.1:{port}"));
    let mut p = Proxy::start(&sb, &[]);
    let token = p.token.clone();
    let a = post_message(&p, false, ("x-api-key", &token));
    assert_eq!(a.status, 502, "{}", a.text());
    p.wait_for("POST /v1/messages 502");
    assert!(gateway_requests(&sb).is_empty());
    drop(p);
    sb.set("NO_PROXY", "127.0.0.1,localhost");
    let p = Proxy::start(&sb, &[]);
    let token = p.token.clone();
    let a = post_message(&p, false, ("x-api-key", &token));
    assert_eq!(a.status, 200, "{}", a.text());
}

/// An answer that stops coming (the service stalls mid-stream) is cut after `--timeout` without
/// data: the client's connection ends instead of hanging, and the log says the stream broke.
#[test]
fn a_stream_that_stalls_is_cut_after_the_timeout() {
    use std::io::Read;
    let sb = Sandbox::with_emulator();
    // 100 deltas 5 s apart; the proxy waits at most 1 s for the next piece.
    slow_stream(&sb, "x".repeat(400), 5_000);
    let mut p = Proxy::start(&sb, &["--timeout", "1"]);
    let mut conn = raw_request(
        &p,
        "POST",
        "/v1/messages",
        &[
            ("content-type", "application/json"),
            ("anthropic-version", "2023-06-01"),
        ],
        &streamed_message(),
    );
    let started = std::time::Instant::now();
    let mut got = Vec::new();
    // Ends (EOF or a reset), not a read timeout.
    let end = conn.read_to_end(&mut got);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(15),
        "the connection was not cut: {end:?}"
    );
    let text = String::from_utf8_lossy(&got);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(!text.contains("message_stop"), "{text}");
    let line = p.wait_for("POST /v1/messages 200");
    assert!(line.contains("upstream stream broke"), "{line}");
}
