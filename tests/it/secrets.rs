//! Secrets never reach stdout or stderr, at any log level, in any command.

use crate::common;

use common::*;
use cpaws_emulator::state::{AccessKey, ServiceSpecificCredential};

const SESSION_SECRET: &str = "sessionSecretEXAMPLEKEYsessionSecret0000";
const SESSION_TOKEN: &str = "FwoGZXIvYXdzEXAMPLE/SESSIONTOKENVALUE+==";
const LONG_TERM_KEY: &str = "AEAAlongtermSECRETkeyVALUE0123456789";
const FIRST_PARTY: &str = "sk-ant-api03-FIRSTPARTYSECRETVALUE0123";

fn state() -> State {
    let mut st = State::default_state();
    st.access_keys.insert(
        0,
        AccessKey {
            access_key_id: "ASIAEXAMPLESESSION".into(),
            secret: SESSION_SECRET.into(),
            session_token: Some(SESSION_TOKEN.into()),
            account: "123456789012".into(),
            principal: "user/dev".into(),
            expires: None,
        },
    );
    st.accounts[0]
        .service_specific_credentials
        .push(ServiceSpecificCredential {
            id: "ACCAEXAMPLELONGTERM1".into(),
            user: "dev".into(),
            secret: LONG_TERM_KEY.into(),
            ..Default::default()
        });
    st
}

fn assert_clean(out: &std::process::Output, what: &str) {
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    for secret in [
        SESSION_SECRET,
        SESSION_TOKEN,
        LONG_TERM_KEY,
        FIRST_PARTY,
        "SESSIONTOKENVALUE",
    ] {
        assert!(!all.contains(secret), "{what} leaked a secret:\n{all}");
    }
}

#[test]
fn no_command_prints_a_secret_at_any_verbosity() {
    let mut s = Sandbox::with_state(state());
    s.set("ANTHROPIC_API_KEY", FIRST_PARTY);
    let commands: &[&[&str]] = &[
        &["status"],
        &["status", "--json"],
        &["status", "--offline"],
        &["doctor"],
        &["enable-federation"],
        &["policy"],
        &["keys"],
        &["chat", "hello"],
        &["files"],
        &["env"],
        &["completions", "bash"],
        &["--help"],
    ];
    for verbosity in ["-vvv", "-v", "-q"] {
        for args in commands {
            let out = s.cmd().arg(verbosity).args(*args).output().unwrap();
            assert_clean(&out, &format!("{verbosity} {args:?}"));
        }
    }
    // The run at -vvv did log the signing and the request (so the test can fail).
    let out = s.cmd().args(["-vvv", "status"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("TRACE") || err.contains("DEBUG"), "{err}");
    assert!(out.status.success(), "{err}");
}

#[test]
fn api_key_mode_never_prints_the_key() {
    let mut s = Sandbox::with_state(state());
    s.set("ANTHROPIC_AWS_API_KEY", LONG_TERM_KEY);
    for args in [
        &["-vvv", "status"][..],
        &["status", "--json"],
        &["-vvv", "status", "--offline", "--json"],
    ] {
        let out = s.cmd().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_clean(&out, &format!("{args:?}"));
    }
    // A wrong key, echoed in errors, is still redacted.
    s.set("ANTHROPIC_AWS_API_KEY", "AEAAwrongSECRETkeyVALUE0123456789");
    let out = s.cmd().args(["-vvv", "status"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!all.contains("AEAAwrongSECRETkeyVALUE0123456789"), "{all}");
}

#[test]
fn key_file_is_read_and_never_printed() {
    let s = Sandbox::with_state(state());
    let f = s.write("key.txt", &format!("{LONG_TERM_KEY}\n"));
    let out = s
        .cmd()
        .args(["-vvv", "status", "--json", "--api-key-file"])
        .arg(&f)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["auth_mode"], "api_key");
    assert_eq!(v["sources"]["api_key"], "flag --api-key-file");
    assert_clean(&out, "--api-key-file");
    // From stdin.
    let out = s
        .cmd()
        .args(["status", "--json", "--api-key-file", "-"])
        .write_stdin(LONG_TERM_KEY)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_clean(&out, "--api-key-file -");
}
