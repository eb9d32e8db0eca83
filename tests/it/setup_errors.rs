//! Setup mistakes said in the user's terms (issue 15): an AWS profile that does not exist (from
//! AWS_PROFILE, --aws-profile or the cpaws config file) names where it was chosen and the profiles
//! that do exist, in every command that resolves credentials; a cpaws profile likewise; a config
//! key at the top of the file says where it belongs, with the corrected snippet; doctor prints the
//! credential chain once, indented.

use crate::common;

use common::*;

fn text(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// An emulator sandbox whose AWS config and credentials files define `work`, `other` and a
/// credentials-file-only `ci`, none of them `nope`; no static keys in the environment.
fn with_profiles() -> Sandbox {
    let mut s = Sandbox::with_emulator();
    s.unset("AWS_ACCESS_KEY_ID")
        .unset("AWS_SECRET_ACCESS_KEY")
        .unset("AWS_SESSION_TOKEN");
    s.write(
        "aws-config",
        "[profile work]\nregion = us-west-2\n[profile other]\nregion = us-east-1\n",
    );
    s.write(
        "aws-credentials",
        &format!("[ci]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = {SECRET}\n"),
    );
    s
}

/// The message, cause and fix of a missing AWS profile: the profile, where it was chosen, the
/// files read, the profiles that exist and how to choose one.
fn assert_names_the_missing_profile(said: &str, chosen_by: &str, s: &Sandbox) {
    // JSON text too: its escaped quotes read as quotes.
    let said = &said.replace("\\\"", "\"");
    assert!(said.contains("AWS profile \"nope\""), "{said}");
    assert!(said.contains("does not exist"), "{said}");
    assert!(
        said.contains(chosen_by),
        "where it was chosen ({chosen_by}): {said}"
    );
    assert!(
        said.contains("ci, other, work"),
        "the profiles that exist: {said}"
    );
    assert!(
        said.contains(&s.path("aws-config").display().to_string())
            && said.contains(&s.path("aws-credentials").display().to_string()),
        "the files read: {said}"
    );
    assert!(said.contains("aws configure --profile nope"), "{said}");
    assert!(!said.contains("not enabled"), "the SDK's words: {said}");
}

#[test]
fn a_missing_aws_profile_from_the_environment_is_named_with_the_profiles_that_exist() {
    let mut s = with_profiles();
    s.set("AWS_PROFILE", "nope");
    // status: not ready, the problem in JSON.
    let (code, v) = run_json(s.cmd().args(["status", "--json"]));
    assert_eq!(code, 1, "{v:#}");
    assert_eq!(v["ready"], false);
    let p = find(&v, "problems", "credentials_profile_missing");
    assert_names_the_missing_profile(&p.to_string(), "env AWS_PROFILE", &s);
    assert!(
        p["fix"]
            .as_str()
            .unwrap()
            .contains("set AWS_PROFILE to one of"),
        "{p}"
    );
    // doctor: the credentials check fails with it.
    let (code, v) = run_json(s.cmd().args(["doctor", "--json"]));
    assert_eq!(code, 1, "{v:#}");
    let c = v["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "credentials")
        .unwrap();
    assert_eq!(c["status"], "fail", "{c}");
    assert_eq!(c["code"], "credentials_profile_missing", "{c}");
    assert_names_the_missing_profile(&c.to_string(), "env AWS_PROFILE", &s);
    // Commands that call the service, IAM or STS: the error, exit 3.
    for args in [
        &["files", "list"][..],
        &["chat", "hi"],
        &["models", "list"],
        &["keys", "create"],
        &["keys", "list"],
        &["enable-federation", "--status"],
    ] {
        let out = s.cmd().args(args).output().unwrap();
        let all = text(&out);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {all}");
        assert_names_the_missing_profile(&all, "env AWS_PROFILE", &s);
    }
}

#[test]
fn a_missing_aws_profile_from_the_flag_or_the_config_file_names_that_place() {
    let s = with_profiles();
    let out = s
        .cmd()
        .args(["--aws-profile", "nope", "status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert_names_the_missing_profile(&text(&out), "flag --aws-profile", &s);
    assert!(
        text(&out).contains("set --aws-profile to one of"),
        "{}",
        text(&out)
    );

    let config = s.write(
        ".config/cpaws/config.toml",
        "[profiles.default]\naws_profile = \"nope\"\n",
    );
    let out = s.cmd().args(["files", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    let where_ = format!("aws_profile in [profiles.default] of {}", config.display());
    assert_names_the_missing_profile(&text(&out), &config.display().to_string(), &s);
    assert!(text(&out).contains(&where_), "{}", text(&out));
    // A profile that exists works.
    s.write(
        ".config/cpaws/config.toml",
        "[profiles.default]\naws_profile = \"ci\"\n",
    );
    let (code, v) = run_json(s.cmd().args(["status", "--json"]));
    assert_eq!(code, 0, "{v:#}");
}

#[test]
fn a_missing_cpaws_profile_lists_the_profiles_the_file_defines() {
    let mut s = Sandbox::new();
    let config = s.write(
        ".config/cpaws/config.toml",
        "[profiles.work]\nregion = \"us-west-2\"\n[profiles.dev]\nregion = \"eu-west-1\"\n",
    );
    s.set("CPAWS_PROFILE", "nope");
    let (code, v) = run_json(s.cmd().args(["status", "--offline", "--json"]));
    assert_eq!(code, 2, "{v:#}");
    let e = &v["error"];
    assert_eq!(e["code"], "config.unknown_profile");
    assert!(
        e["message"].as_str().unwrap().contains("env CPAWS_PROFILE"),
        "{e}"
    );
    assert!(e["cause"].as_str().unwrap().contains("dev, work"), "{e}");
    assert!(
        e["cause"]
            .as_str()
            .unwrap()
            .contains(&config.display().to_string()),
        "{e}"
    );
    assert!(
        e["fix"]
            .as_str()
            .unwrap()
            .contains("set CPAWS_PROFILE to dev or work"),
        "{e}"
    );
    s.unset("CPAWS_PROFILE");
    let (_, v) = run_json(
        s.cmd()
            .args(["--profile", "nope", "status", "--offline", "--json"]),
    );
    assert!(
        v["error"]["fix"]
            .as_str()
            .unwrap()
            .contains("pass --profile dev or work"),
        "{v:#}"
    );
}

#[test]
fn a_profile_key_at_the_top_of_the_config_file_says_where_it_belongs() {
    let s = Sandbox::new();
    let config = s.write(
        ".config/cpaws/config.toml",
        "region = \"us-west-2\"\nworkspace_id = \"wrkspc_01TOP\"\n",
    );
    let (code, v) = run_json(s.cmd().args(["status", "--offline", "--json"]));
    assert_eq!(code, 2, "{v:#}");
    let e = &v["error"];
    assert_eq!(e["code"], "config.misplaced_key", "{e}");
    let message = e["message"].as_str().unwrap();
    assert!(message.contains("`region`"), "{message}");
    assert!(message.contains(&config.display().to_string()), "{message}");
    assert!(message.contains("line 1"), "{message}");
    let fix = e["fix"].as_str().unwrap();
    assert!(
        fix.contains("[profiles.default]\nregion = \"us-west-2\"\nworkspace_id = \"wrkspc_01TOP\""),
        "the corrected snippet: {fix}"
    );
    // On the terminal the snippet's lines stay under the fix.
    let out = s.cmd().args(["status", "--offline"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("\n       [profiles.default]\n       region = \"us-west-2\"\n"),
        "{err}"
    );
    // With a default_profile, the snippet names that profile's section.
    s.write(
        ".config/cpaws/config.toml",
        "default_profile = \"work\"\ntimeout = 30\n[profiles.work]\nregion = \"us-west-2\"\n",
    );
    let (_, v) = run_json(s.cmd().args(["status", "--offline", "--json"]));
    let fix = v["error"]["fix"].as_str().unwrap();
    assert!(fix.contains("[profiles.work]\ntimeout = 30"), "{fix}");
    assert!(fix.contains("into the section the file has"), "{fix}");
}

#[test]
fn a_misspelt_config_key_or_section_gets_the_closest_known_one() {
    let s = Sandbox::new();
    for (text, suggestion) in [
        (
            "[profiles.default]\nregoin = \"us-west-2\"\n",
            "did you mean `region`?",
        ),
        (
            "defualt_profile = \"work\"\n",
            "did you mean `default_profile`?",
        ),
        (
            "regoin = \"us-west-2\"\n",
            "did you mean `region`? It belongs in a profile",
        ),
        // An AWS-config-style section.
        (
            "[default]\nregion = \"us-west-2\"\n",
            "rename [default] to [profiles.default]",
        ),
    ] {
        s.write(".config/cpaws/config.toml", text);
        let (code, v) = run_json(s.cmd().args(["status", "--offline", "--json"]));
        assert_eq!(code, 2, "{v:#}");
        assert_eq!(v["error"]["code"], "config.invalid", "{v:#}");
        let fix = v["error"]["fix"].as_str().unwrap();
        assert!(fix.contains(suggestion), "{text:?}: {fix}");
    }
    // Nothing close: the list of keys.
    s.write(".config/cpaws/config.toml", "[profiles.default]\nzzz = 1\n");
    let (_, v) = run_json(s.cmd().args(["status", "--offline", "--json"]));
    let fix = v["error"]["fix"].as_str().unwrap();
    assert!(fix.contains("valid profile keys are"), "{fix}");
}

/// ANTHROPIC_API_KEY set and no AWS credentials: doctor names the variable and prints the
/// credential chain once, every line of it indented under the check.
#[test]
fn doctor_prints_the_credential_chain_once_with_every_line_indented() {
    let mut s = Sandbox::with_emulator();
    s.unset("AWS_ACCESS_KEY_ID")
        .unset("AWS_SECRET_ACCESS_KEY")
        .set("ANTHROPIC_API_KEY", "sk-ant-api03-EXAMPLEEXAMPLEEXAMPLE");
    let out = s.cmd().args(["doctor"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    for said_once in [
        "no credentials found in chain",
        "Environment: the credential provider was not enabled",
        "Ec2InstanceMetadata",
    ] {
        assert_eq!(
            stdout.matches(said_once).count(),
            1,
            "{said_once:?}: {stdout}"
        );
    }
    // The credentials check's block: its first line, then lines up to the next check's symbol.
    let block: Vec<&str> = stdout
        .lines()
        .skip_while(|l| !l.starts_with("✗ credentials"))
        .skip(1)
        .take_while(|l| !l.starts_with(['✓', '!', '✗', '-']) && !l.is_empty())
        .collect();
    assert!(block.len() >= 3, "{stdout}");
    for line in &block {
        assert!(line.starts_with("    "), "not indented: {line:?}\n{stdout}");
    }
    assert!(block.iter().any(|l| l.contains("fix:")), "{stdout}");
    assert!(stdout.contains("ANTHROPIC_API_KEY is set"), "{stdout}");
    let fix = block.iter().find(|l| l.contains("fix:")).unwrap();
    assert_eq!(fix.matches("ANTHROPIC_AWS_API_KEY").count(), 1, "{fix}");
}
