//! `cpaws env --for claude-code|sdk|gateway`.

use crate::common;

use common::*;
use predicates::prelude::*;
use serde_json::Value;

fn env_json(s: &Sandbox, args: &[&str]) -> Value {
    let (code, v) = run_json(s.cmd().args(["env", "--json"]).args(args));
    assert_eq!(code, 0, "{v:#}");
    v
}

#[test]
fn claude_code_with_pinned_models() {
    let s = Sandbox::with_emulator();
    let v = env_json(&s, &["--for", "claude-code"]);
    let env = &v["env"];
    assert_eq!(env["CLAUDE_CODE_USE_ANTHROPIC_AWS"], "1");
    assert_eq!(env["AWS_REGION"], "us-west-2");
    assert_eq!(env["ANTHROPIC_AWS_WORKSPACE_ID"], "wrkspc_01TESTWORKSPACE");
    assert_eq!(env["ANTHROPIC_AWS_BASE_URL"], s.emu().url());
    assert_eq!(env["ANTHROPIC_DEFAULT_OPUS_MODEL"], "claude-opus-4-8");
    assert_eq!(env["ANTHROPIC_DEFAULT_SONNET_MODEL"], "claude-sonnet-4-6");
    assert_eq!(env["ANTHROPIC_DEFAULT_HAIKU_MODEL"], "claude-haiku-4-5");
    // Shell syntax.
    s.cmd()
        .args([
            "env",
            "--for",
            "claude-code",
            "--shell",
            "fish",
            "--offline",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "set -gx CLAUDE_CODE_USE_ANTHROPIC_AWS 1",
        ))
        .stdout(predicate::str::contains("model IDs not pinned"));
    s.cmd()
        .args([
            "env",
            "--for",
            "claude-code",
            "--shell",
            "bash",
            "--offline",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("export AWS_REGION=us-west-2"));
}

#[test]
fn claude_code_warns_about_bedrock_and_signing_gateways() {
    let mut s = Sandbox::with_emulator();
    s.set("CLAUDE_CODE_USE_BEDROCK", "1");
    let out = s
        .cmd()
        .args([
            "env",
            "--for",
            "claude-code",
            "--offline",
            "--skip-auth",
            "--shell",
            "bash",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("unset CLAUDE_CODE_USE_BEDROCK"), "{stdout}");
    assert!(
        stdout.contains("export CLAUDE_CODE_SKIP_ANTHROPIC_AWS_AUTH=1"),
        "{stdout}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("takes precedence"));
}

#[test]
fn auth_refresh_becomes_the_settings_snippet() {
    let s = Sandbox::with_emulator();
    s.write(
        ".config/cpaws/config.toml",
        "[profiles.default]\nauth_refresh = \"aws sso login --profile dev\"\n",
    );
    let v = env_json(&s, &["--for", "claude-code", "--offline"]);
    assert_eq!(
        v["settings"]["awsAuthRefresh"],
        "aws sso login --profile dev"
    );
}

#[test]
fn sdk_secrets_only_on_request() {
    let mut s = Sandbox::with_emulator();
    s.set(
        "ANTHROPIC_AWS_API_KEY",
        "AEAAlongtermSECRETkeyVALUE0123456789",
    );
    let v = env_json(&s, &["--for", "sdk"]);
    assert!(v["env"].get("ANTHROPIC_AWS_API_KEY").is_none());
    assert!(
        v["notes"][0]
            .as_str()
            .unwrap()
            .contains("--include-secrets")
    );
    assert!(!v.to_string().contains("SECRETkeyVALUE"));
    let out = s
        .cmd()
        .args([
            "env",
            "--for",
            "sdk",
            "--include-secrets",
            "--shell",
            "bash",
        ])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("export ANTHROPIC_AWS_API_KEY=AEAAlongtermSECRETkeyVALUE0123456789")
    );
}

#[test]
fn gateway_fields() {
    let s = Sandbox::with_emulator();
    let v = env_json(
        &s,
        &[
            "--for",
            "gateway",
            "--role-arn",
            "arn:aws:iam::123456789012:role/gw",
            "--external-id",
            "x-1",
        ],
    );
    assert_eq!(v["fields"]["workspace_id"], "wrkspc_01TESTWORKSPACE");
    assert_eq!(v["fields"]["region"], "us-west-2");
    assert_eq!(v["fields"]["auth_type"], "IAM role (SigV4)");
    assert_eq!(v["fields"]["role_arn"], "arn:aws:iam::123456789012:role/gw");
    assert_eq!(v["fields"]["external_id"], "x-1");
    // A user, not a role: the note says how to make one.
    let v = env_json(&s, &["--for", "gateway"]);
    assert!(
        v["notes"][0]
            .as_str()
            .unwrap()
            .contains("cpaws policy trust"),
        "{v:#}"
    );
}

#[test]
fn sigv4_chosen_while_an_api_key_is_set_unsets_the_key() {
    // Claude Code and the SDKs let ANTHROPIC_AWS_API_KEY win over SigV4; with --auth sigv4 the
    // printed settings must take it away, in the shell's own syntax.
    let mut s = Sandbox::with_emulator();
    s.set(
        "ANTHROPIC_AWS_API_KEY",
        "AEAAlongtermSECRETkeyVALUE0123456789",
    );
    for target in ["claude-code", "sdk"] {
        for (shell, line) in [
            ("bash", "unset ANTHROPIC_AWS_API_KEY"),
            ("zsh", "unset ANTHROPIC_AWS_API_KEY"),
            ("fish", "set -e ANTHROPIC_AWS_API_KEY"),
            (
                "powershell",
                "Remove-Item Env:ANTHROPIC_AWS_API_KEY -ErrorAction SilentlyContinue",
            ),
        ] {
            let out = s
                .cmd()
                .args([
                    "env",
                    "--for",
                    target,
                    "--auth",
                    "sigv4",
                    "--offline",
                    "--shell",
                    shell,
                ])
                .output()
                .unwrap();
            assert!(out.status.success());
            let stdout = String::from_utf8_lossy(&out.stdout);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                stdout.lines().any(|l| l == line),
                "{target} {shell}: {stdout}"
            );
            assert!(stderr.contains("ANTHROPIC_AWS_API_KEY"), "{stderr}");
            assert!(!stdout.contains("SECRETkeyVALUE") && !stderr.contains("SECRETkeyVALUE"));
        }
        let v = env_json(&s, &["--for", target, "--auth", "sigv4", "--offline"]);
        assert!(
            v["unset"]
                .as_array()
                .unwrap()
                .iter()
                .any(|u| u == "ANTHROPIC_AWS_API_KEY"),
            "{v:#}"
        );
        assert!(v["env"].get("ANTHROPIC_AWS_API_KEY").is_none());
        // With the key in use (no --auth), nothing is unset.
        let v = env_json(&s, &["--for", target, "--offline"]);
        assert_eq!(v["unset"], serde_json::json!([]), "{v:#}");
    }
}
