//! Hostile servers, absurd input and broken settings (issue 10): each test drives the real binary
//! against a scripted misbehaving server on 127.0.0.1 (tests/it/common/hostile.rs) or with broken
//! configuration, and asserts a clear error, the right exit code, no panic and no leak.

use crate::common;

use common::hostile::{Captured, Hostile, Reply};
use common::*;
use std::time::{Duration, Instant};

const TOKEN: &str = "FwoGZXIvYXdzEXAMPLE/HOSTILE+TOKEN/with+plus==";
const KEY: &str = "AEAAhostileSECRETkey/VALUE+0123456789==";

/// A sandbox whose gateway is `url`, with SigV4 credentials that include a session token.
fn sandbox_for(url: &str) -> Sandbox {
    let mut s = Sandbox::new();
    s.set("ANTHROPIC_AWS_BASE_URL", url)
        .set("AWS_REGION", "us-west-2")
        .set("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01HOSTILE")
        .set("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
        .set("AWS_SECRET_ACCESS_KEY", SECRET)
        .set("AWS_SESSION_TOKEN", TOKEN)
        // STS/IAM calls go to the same hostile server.
        .set("AWS_ENDPOINT_URL", url)
        .set("CPAWS_MAX_RETRIES", "0");
    s
}

fn text(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn no_panic(out: &std::process::Output) {
    let all = text(out);
    assert!(
        !all.contains("panicked") && !all.contains("RUST_BACKTRACE"),
        "panic: {all}"
    );
    assert_ne!(out.status.code(), Some(101), "panic exit: {all}");
    assert!(out.status.code().is_some(), "killed by a signal: {all}");
}

const MODELS: &str = r#"{"data":[{"type":"model","id":"claude-sonnet-4-6","display_name":"Sonnet","created_at":"2026-01-01T00:00:00Z"}],"has_more":false,"first_id":"claude-sonnet-4-6","last_id":"claude-sonnet-4-6"}"#;

// ---------------------------------------------------------------------------------------------
// 1. Redirects are never followed.

#[test]
fn redirects_to_another_host_are_reported_not_followed() {
    let elsewhere = Hostile::start(|_| Reply::json(MODELS));
    let target = format!("{}/v1/models", elsewhere.url());
    for status in [301u16, 302, 303, 307, 308] {
        let t = target.clone();
        let gw = Hostile::start(move |_| Reply::status(status, &[("location", &t)], ""));
        // SigV4 with a session token: status and chat (307/308 would resend the prompt).
        let s = sandbox_for(&gw.url());
        let out = s.cmd().args(["status", "--json"]).output().unwrap();
        no_panic(&out);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["ready"], false, "{status}: {v}");
        assert!(
            codes(&v, "problems").contains(&"redirected".to_string()),
            "{v}"
        );
        assert!(
            v.to_string().contains(&elsewhere.url()),
            "Location shown: {v}"
        );
        let out = s
            .cmd()
            .args(["chat", "-m", "claude-sonnet-4-6", "secret prompt"])
            .output()
            .unwrap();
        no_panic(&out);
        assert_eq!(out.status.code(), Some(5), "{status}: {}", text(&out));
        assert!(text(&out).contains("redirect"), "{}", text(&out));
        // API key mode.
        let mut k = sandbox_for(&gw.url());
        k.set("ANTHROPIC_AWS_API_KEY", KEY);
        let out = k.cmd().args(["status"]).output().unwrap();
        no_panic(&out);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        assert!(!gw.requests().is_empty());
    }
    assert!(
        elsewhere.requests().is_empty(),
        "the other host was contacted: {:?}",
        elsewhere.requests()
    );
}

// ---------------------------------------------------------------------------------------------
// 2./3. Secrets in every encoding, userinfo in URLs.

/// Every form in which `secret` could appear in output.
fn encodings_of(secret: &str) -> Vec<String> {
    use base64::Engine;
    let pct = percent_encoding::utf8_percent_encode(secret, percent_encoding::NON_ALPHANUMERIC)
        .to_string();
    let lower = {
        let mut o = String::new();
        let mut it = pct.chars();
        while let Some(c) = it.next() {
            o.push(c);
            if c == '%' {
                o.extend(it.by_ref().take(2).map(|h| h.to_ascii_lowercase()));
            }
        }
        o
    };
    let json = serde_json::to_string(secret).unwrap();
    let json = json.trim_matches('"').to_string();
    let mut forms = vec![
        secret.to_string(),
        pct.clone(),
        lower,
        json.clone(),
        json.replace('/', "\\/"),
    ];
    for src in [secret.to_string(), pct] {
        for pad in 0..3 {
            let mut buf = vec![b'x'; pad];
            buf.extend_from_slice(src.as_bytes());
            for enc in [
                base64::engine::general_purpose::STANDARD.encode(&buf),
                base64::engine::general_purpose::URL_SAFE.encode(&buf),
            ] {
                // The characters that depend only on the secret (skip the edges).
                let inner = &enc[4..enc.len().saturating_sub(4)];
                forms.push(inner.to_string());
            }
        }
    }
    forms
}

fn assert_no_secret(haystack: &str, secrets: &[&str], what: &str) {
    for s in secrets {
        for form in encodings_of(s) {
            assert!(
                !haystack.contains(&form),
                "{what} leaked {s:?} as {form:?}:\n{haystack}"
            );
        }
    }
}

#[test]
fn no_command_leaks_a_secret_in_any_encoding_at_vvv() {
    use cpaws_emulator::state::AccessKey;
    let mut st = State::default_state();
    st.access_keys.insert(
        0,
        AccessKey {
            access_key_id: "ASIAEXAMPLEHOSTILE".into(),
            secret: "hostile/Secret+Key=EXAMPLE0000000000000000".into(),
            session_token: Some(TOKEN.into()),
            account: "123456789012".into(),
            principal: "user/dev".into(),
            expires: None,
        },
    );
    let mut s = Sandbox::with_state(st);
    s.set("AWS_ACCESS_KEY_ID", "ASIAEXAMPLEHOSTILE")
        .set(
            "AWS_SECRET_ACCESS_KEY",
            "hostile/Secret+Key=EXAMPLE0000000000000000",
        )
        .set("AWS_SESSION_TOKEN", TOKEN);
    let secrets = [TOKEN, "hostile/Secret+Key=EXAMPLE0000000000000000"];
    let upload = s.write("up.txt", "hello");
    let report = s.path("report.md");
    let upload = upload.to_string_lossy().to_string();
    let report_s = report.to_string_lossy().to_string();
    let commands: Vec<Vec<&str>> = vec![
        vec!["status"],
        vec!["status", "--json"],
        vec!["doctor"],
        vec!["doctor", "--json", "--report", &report_s],
        vec!["enable-federation", "--status"],
        vec!["policy", "gen"],
        vec!["keys", "exec", "--", "true"],
        vec!["keys", "list"],
        vec!["chat", "--session", "leak", "hello"],
        vec!["files", "list"],
        vec!["files", "upload", &upload],
        vec!["env", "--for", "sdk"],
    ];
    let mut traced = false;
    for args in &commands {
        let out = s.cmd().arg("-vvv").args(args).output().unwrap();
        no_panic(&out);
        let all = text(&out);
        traced |= all.contains("TRACE") && all.contains("x-amz-security-token");
        assert_no_secret(&all, &secrets, &format!("-vvv {args:?}"));
    }
    assert!(
        traced,
        "the -vvv runs logged no request (the test could not fail)"
    );
    // keys create prints the key (asked for), but its trace on stderr must not.
    let out = s.cmd().args(["-vvv", "keys", "create"]).output().unwrap();
    no_panic(&out);
    assert!(out.status.success(), "{}", text(&out));
    let key = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(key.starts_with("aws-external-anthropic-api-key-"), "{key}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_no_secret(&stderr, &secrets, "keys create stderr");
    assert!(
        !stderr.contains(&key[31..60]),
        "the key reached stderr: {stderr}"
    );
    // Written files: the report and the session.
    let mut written = std::fs::read_to_string(&report).unwrap();
    for entry in walk(s.dir.path()) {
        if entry.extension().is_some_and(|e| e == "json") {
            written.push_str(&std::fs::read_to_string(&entry).unwrap_or_default());
        }
    }
    assert!(written.contains("cpaws doctor report"));
    assert_no_secret(&written, &secrets, "written files");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn userinfo_in_the_base_url_is_never_shown() {
    let gw = Hostile::start(|_| Reply::status(500, &[], "no"));
    let url = gw.url().replace("http://", "http://alice:hunter2pass@");
    let mut s = sandbox_for(&url);
    s.set("CPAWS_MAX_RETRIES", "0");
    let report = s.path("r.md");
    for args in [
        vec!["status"],
        vec!["status", "--json"],
        vec!["status", "--offline"],
        vec!["env", "--for", "sdk"],
        vec!["-vvv", "chat", "-m", "claude-sonnet-4-6", "hi"],
        vec!["doctor", "--report", report.to_str().unwrap()],
    ] {
        let out = s.cmd().args(&args).output().unwrap();
        no_panic(&out);
        let all = text(&out);
        assert!(!all.contains("hunter2pass"), "{args:?}: {all}");
    }
    let r = std::fs::read_to_string(&report).unwrap();
    assert!(!r.contains("hunter2pass"), "{r}");
    // A connection error names the host, not the password.
    let mut s = sandbox_for("http://bob:s3cretpass99@127.0.0.1:9");
    s.set("CPAWS_MAX_RETRIES", "0");
    let out = s.cmd().args(["chat", "-m", "x", "hi"]).output().unwrap();
    assert!(!text(&out).contains("s3cretpass99"), "{}", text(&out));
}

// ---------------------------------------------------------------------------------------------
// 4. Absurd retry-after values.

#[test]
fn absurd_retry_after_values_never_panic_and_are_not_slept_on() {
    for (name, value) in [
        ("retry-after", "1e30"),
        ("retry-after-ms", "1e30"),
        ("retry-after", "18446744073709551616"),
        ("retry-after", "NaN"),
        ("retry-after", "-1"),
        ("retry-after", "Wed, 21 Oct 2999 07:28:00 GMT"),
    ] {
        let gw = Hostile::start(move |_| {
            Reply::status(
                429,
                &[(name, value), ("content-type", "application/json")],
                r#"{"type":"error","error":{"type":"rate_limit_error","message":"slow down"}}"#,
            )
        });
        let mut s = sandbox_for(&gw.url());
        s.set("CPAWS_MAX_RETRIES", "2");
        let start = Instant::now();
        for args in [
            vec!["status"],
            vec!["files", "list"],
            vec!["chat", "-m", "claude-sonnet-4-6", "hi"],
            vec!["doctor", "--check", "probe"],
        ] {
            let out = s.cmd().args(&args).output().unwrap();
            no_panic(&out);
            assert_ne!(out.status.code(), Some(0), "{args:?} {name}: {value}");
        }
        // Nothing waited for an absurd value (the backoff alone is a few seconds at most).
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{name}: {value} took {:?}",
            start.elapsed()
        );
    }
}

#[test]
fn a_retry_after_longer_than_cpaws_waits_is_reported() {
    let gw = Hostile::start(|_| {
        Reply::status(
            429,
            &[
                ("retry-after", "3600"),
                ("content-type", "application/json"),
            ],
            r#"{"type":"error","error":{"type":"rate_limit_error","message":"slow down"}}"#,
        )
    });
    let mut s = sandbox_for(&gw.url());
    s.set("CPAWS_MAX_RETRIES", "3");
    let out = s
        .cmd()
        .args(["--json", "chat", "-m", "claude-sonnet-4-6", "hi"])
        .output()
        .unwrap();
    no_panic(&out);
    assert_eq!(out.status.code(), Some(5), "{}", text(&out));
    assert!(text(&out).contains("retry-after: 3600"), "{}", text(&out));
    assert_eq!(gw.requests().len(), 1, "no retry was attempted");
}

// ---------------------------------------------------------------------------------------------
// 7. Numbers out of range.

#[test]
fn out_of_range_numbers_are_usage_errors_naming_the_range() {
    let s = sandbox_for("http://127.0.0.1:9");
    for args in [
        vec!["--timeout", "18446744073709551615", "status", "--offline"],
        vec!["--timeout", "0", "status", "--offline"],
        vec!["--max-retries", "4294967295", "status", "--offline"],
    ] {
        let out = s.cmd().args(&args).output().unwrap();
        no_panic(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", text(&out));
        assert!(text(&out).contains("is not in"), "{args:?}: {}", text(&out));
    }
    let mut e = sandbox_for("http://127.0.0.1:9");
    e.set("CPAWS_TIMEOUT", "18446744073709551615");
    let out = e.cmd().args(["status", "--offline"]).output().unwrap();
    no_panic(&out);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("1 to 86400"), "{}", text(&out));
    let c = sandbox_for("http://127.0.0.1:9");
    let cfg = c.write(
        "c.toml",
        "[profiles.default]\ntimeout = 18446744073709551615\n",
    );
    let out = c
        .cmd()
        .args(["--config", cfg.to_str().unwrap(), "status", "--offline"])
        .output()
        .unwrap();
    no_panic(&out);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
}

// ---------------------------------------------------------------------------------------------
// 8./9. Deadlines.

#[test]
fn a_body_that_drips_cannot_outlast_the_timeout() {
    let gw = Hostile::start(|_| Reply::Drip {
        head: Reply::open_head(200, &[("content-type", "application/json")]),
        body: MODELS.as_bytes().to_vec(),
        chunk: 1,
        every: Duration::from_millis(500),
    });
    let s = sandbox_for(&gw.url());
    for args in [vec!["status"], vec!["files", "list"]] {
        let start = Instant::now();
        let out = s
            .cmd()
            .args(["--timeout", "3"])
            .args(&args)
            .output()
            .unwrap();
        no_panic(&out);
        let took = start.elapsed();
        assert!(took < Duration::from_secs(10), "{args:?} took {took:?}");
        assert_ne!(out.status.code(), Some(0), "{args:?}: {}", text(&out));
        assert!(text(&out).contains("3s"), "{args:?}: {}", text(&out));
    }
}

#[test]
fn sts_and_iam_that_never_answer_cannot_outlast_the_timeout() {
    let gw = Hostile::start(|_| Reply::Hang);
    let s = sandbox_for(&gw.url());
    for args in [vec!["status"], vec!["enable-federation", "--status"]] {
        let start = Instant::now();
        let out = s
            .cmd()
            .args(["--timeout", "3"])
            .args(&args)
            .output()
            .unwrap();
        no_panic(&out);
        let took = start.elapsed();
        assert!(took < Duration::from_secs(12), "{args:?} took {took:?}");
        assert_ne!(out.status.code(), Some(0), "{args:?}: {}", text(&out));
    }
}

// ---------------------------------------------------------------------------------------------
// 11. Settings files that are not regular files.

#[cfg(unix)]
#[test]
fn settings_that_name_a_fifo_or_a_device_are_refused_at_once() {
    let s = sandbox_for("http://127.0.0.1:9");
    let fifo = s.path("fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let fifo = fifo.to_string_lossy().to_string();
    for (var, value) in [
        ("AWS_CA_BUNDLE", fifo.as_str()),
        ("AWS_CONFIG_FILE", "/dev/urandom"),
        ("AWS_CONFIG_FILE", fifo.as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", "/dev/zero"),
        ("CPAWS_CONFIG", "/dev/urandom"),
    ] {
        let mut t = sandbox_for("http://127.0.0.1:9");
        t.set(var, value);
        let start = Instant::now();
        let out = t.cmd().args(["--timeout", "5", "status"]).output().unwrap();
        no_panic(&out);
        assert!(start.elapsed() < Duration::from_secs(10), "{var} hung");
        assert_eq!(out.status.code(), Some(2), "{var}={value}: {}", text(&out));
        assert!(text(&out).contains(var), "{}", text(&out));
        assert!(text(&out).contains("regular file"), "{}", text(&out));
    }
}

// ---------------------------------------------------------------------------------------------
// 14. The report is written through symlinks, never over devices or directories.

#[cfg(unix)]
#[test]
fn the_report_goes_through_a_symlink_and_never_replaces_a_device() {
    let s = sandbox_for("http://127.0.0.1:9");
    let real = s.write("real.md", "old");
    let link = s.path("link.md");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let out = s
        .cmd()
        .args(["doctor", "--offline", "--report"])
        .arg(&link)
        .output()
        .unwrap();
    no_panic(&out);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link was replaced"
    );
    assert!(
        std::fs::read_to_string(&real)
            .unwrap()
            .contains("cpaws doctor report")
    );
    for target in ["/dev/null", "."] {
        let out = s
            .cmd()
            .args(["doctor", "--offline", "--report", target])
            .output()
            .unwrap();
        no_panic(&out);
        assert_eq!(out.status.code(), Some(2), "{target}: {}", text(&out));
        assert!(text(&out).contains("regular file") || text(&out).contains("directory"));
    }
    let null = std::fs::metadata("/dev/null").unwrap();
    assert!(!null.is_file(), "/dev/null was replaced");
}

// ---------------------------------------------------------------------------------------------
// 16. Server strings reach the terminal sanitized.

#[test]
fn escape_sequences_from_sts_and_models_are_stripped() {
    let gw = Hostile::start(|req: &Captured| {
        if req.method == "POST" && req.path == "/" {
            // STS GetCallerIdentity with an ARN holding escape sequences.
            let xml = "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/\u{1b}[2J\u{1b}]52;c;aGk=\u{7}evil</Arn><UserId>AIDA</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></GetCallerIdentityResponse>";
            return Reply::status(200, &[("content-type", "text/xml")], xml);
        }
        Reply::json(
            r#"{"data":[{"type":"model","id":"claude-\u001b[2Jevil\u001b]52;c;aGk=\u0007","display_name":"x","created_at":"2026-01-01T00:00:00Z"}],"has_more":false}"#,
        )
    });
    let s = sandbox_for(&gw.url());
    for args in [vec!["status"], vec!["doctor"]] {
        let out = s.cmd().args(&args).output().unwrap();
        no_panic(&out);
        let all = text(&out);
        assert!(!all.contains('\u{1b}'), "{args:?} printed ESC: {all:?}");
        assert!(!all.contains('\u{7}'), "{args:?} printed BEL: {all:?}");
        assert!(all.contains("evil"), "{args:?}: {all}");
    }
}

// ---------------------------------------------------------------------------------------------
// 17. A 200 of the wrong shape is not success.

#[test]
fn a_200_of_the_wrong_shape_is_an_unexpected_response() {
    for body in [r#"{"data":"x"}"#, "[1,2,3]", "null", r#"{"data":[1]}"#] {
        let gw = Hostile::start(move |_| Reply::json(body));
        let mut s = sandbox_for(&gw.url());
        s.set("ANTHROPIC_AWS_API_KEY", KEY);
        let out = s.cmd().args(["status", "--json"]).output().unwrap();
        no_panic(&out);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["ready"], false, "{body}: {v}");
        assert!(
            codes(&v, "problems").contains(&"unexpected_response".to_string()),
            "{body}: {v}"
        );
        let out = s
            .cmd()
            .args(["doctor", "--check", "probe"])
            .output()
            .unwrap();
        no_panic(&out);
        assert_eq!(out.status.code(), Some(1), "{body}: {}", text(&out));
    }
}

/// An answer that is not HTTP at all (the server was reached) is an unexpected response, not "could
/// not connect".
#[test]
fn an_answer_that_is_not_http_is_an_unexpected_response() {
    let gw = Hostile::start(|_| Reply::Raw(b"SSH-2.0-OpenSSH_9.6\r\n\r\n".to_vec()));
    let mut s = sandbox_for(&gw.url());
    s.set("ANTHROPIC_AWS_API_KEY", KEY);
    let out = s.cmd().args(["models", "list", "--json"]).output().unwrap();
    no_panic(&out);
    assert_eq!(out.status.code(), Some(5), "{}", text(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["error"]["code"], "unexpected_response", "{v}");
}

// ---------------------------------------------------------------------------------------------
// 20./21. Settings with control characters; regions.

#[test]
fn control_characters_in_header_settings_are_usage_errors() {
    for (var, value) in [
        ("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01\u{1b}[2J"),
        ("CPAWS_ANTHROPIC_VERSION", "2023-06-01\u{7}"),
        ("ANTHROPIC_AWS_API_KEY", "AEAAkey\u{1}withcontrol"),
    ] {
        let gw = Hostile::start(|_| Reply::json(MODELS));
        let mut s = sandbox_for(&gw.url());
        s.set(var, value);
        for args in [
            vec!["status"],
            vec!["chat", "-m", "claude-sonnet-4-6", "hi"],
        ] {
            let out = s.cmd().args(&args).output().unwrap();
            no_panic(&out);
            assert_eq!(out.status.code(), Some(2), "{var} {args:?}: {}", text(&out));
            assert!(text(&out).contains(var), "{var}: {}", text(&out));
            assert!(!text(&out).contains('\u{1b}'));
        }
        assert!(gw.requests().is_empty(), "{var}: a request was sent");
    }
    // CPAWS_FILES_BETA reaches a header through a flag's environment variable.
    let gw = Hostile::start(|_| Reply::json(r#"{"data":[],"has_more":false}"#));
    let mut s = sandbox_for(&gw.url());
    s.set("CPAWS_FILES_BETA", "files-api\u{1}");
    let out = s.cmd().args(["files", "list"]).output().unwrap();
    no_panic(&out);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(!text(&out).contains("could not connect"), "{}", text(&out));
    assert!(gw.requests().is_empty());
}

#[test]
fn invalid_regions_are_refused_for_every_command() {
    let gw = Hostile::start(|_| Reply::json(MODELS));
    for region in ["x.evil.example#", "US-WEST-2", "us-west-2/../x"] {
        let mut s = sandbox_for(&format!("{}/{{region}}", gw.url()));
        s.set("AWS_REGION", region);
        for args in [
            vec!["status"],
            vec!["chat", "-m", "claude-sonnet-4-6", "hi"],
            vec!["files", "list"],
        ] {
            let out = s.cmd().args(&args).output().unwrap();
            no_panic(&out);
            assert_eq!(
                out.status.code(),
                Some(2),
                "{region} {args:?}: {}",
                text(&out)
            );
            assert!(text(&out).contains("AWS_REGION"), "{}", text(&out));
        }
        let out = s
            .cmd()
            .args(["--region", region, "status"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(text(&out).contains("--region"), "{}", text(&out));
    }
    assert!(gw.requests().is_empty());
}

// ---------------------------------------------------------------------------------------------
// 22. Smaller ones.

#[test]
fn config_file_errors_say_what_is_wrong() {
    let s = sandbox_for("http://127.0.0.1:9");
    let bin = s.path("bin.toml");
    std::fs::write(&bin, [0xffu8, 0xfe, 0x00, 0x41]).unwrap();
    let out = s
        .cmd()
        .args(["--config", bin.to_str().unwrap(), "status", "--offline"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("not text"), "{}", text(&out));
    assert!(!text(&out).contains("permissions"), "{}", text(&out));
    let ty = s.write("ty.toml", "[profiles.default]\ntimeout = \"soon\"\n");
    let out = s
        .cmd()
        .args(["--config", ty.to_str().unwrap(), "status", "--offline"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!text(&out).contains("TOML syntax"), "{}", text(&out));
    assert!(text(&out).contains("whole numbers"), "{}", text(&out));
    let top = s.write("top.toml", "region = \"us-west-2\"\n");
    let out = s
        .cmd()
        .args(["--config", top.to_str().unwrap(), "status", "--offline"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("[profiles.default]"), "{}", text(&out));
}

#[test]
fn a_non_xml_sts_answer_is_an_unexpected_response() {
    let gw = Hostile::start(|_| {
        Reply::status(
            500,
            &[("content-type", "text/html")],
            "<html><body>\u{1b}[31mProxy error</body></html>",
        )
    });
    let s = sandbox_for(&gw.url());
    let out = s
        .cmd()
        .args(["enable-federation", "--status"])
        .output()
        .unwrap();
    no_panic(&out);
    assert_eq!(out.status.code(), Some(5), "{}", text(&out));
    assert!(!text(&out).contains("unhandled error"), "{}", text(&out));
    assert!(text(&out).contains("Proxy error"), "{}", text(&out));
    assert!(!text(&out).contains('\u{1b}'));
}

#[test]
fn a_garbage_sts_endpoint_is_a_usage_error() {
    let mut s = sandbox_for("http://127.0.0.1:9");
    s.unset("AWS_ENDPOINT_URL")
        .set("AWS_ENDPOINT_URL_STS", "garbage");
    let out = s.cmd().args(["status"]).output().unwrap();
    no_panic(&out);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("AWS_ENDPOINT_URL_STS"),
        "{}",
        text(&out)
    );
    assert!(text(&out).lines().count() < 8, "{}", text(&out));
}

#[test]
fn a_missing_aws_profile_is_named_not_replaced_by_the_environment() {
    let s = sandbox_for("http://127.0.0.1:9");
    s.write(
        "aws-config",
        "[profile work]\nregion = us-west-2\n[profile other]\nregion = us-east-1\n",
    );
    let out = s
        .cmd()
        .args(["--aws-profile", "nope", "status"])
        .output()
        .unwrap();
    no_panic(&out);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(
        all.contains("\"nope\" (from flag --aws-profile) does not exist"),
        "{all}"
    );
    assert!(all.contains("other, work"), "{all}");
    let out = s
        .cmd()
        .args(["--aws-profile", "nope", "--json", "status"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        codes(&v, "problems").contains(&"credentials_profile_missing".to_string()),
        "{v}"
    );
}
