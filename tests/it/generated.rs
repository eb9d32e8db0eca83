//! The committed completions and man page are generated from the clap definition; this fails when
//! they drift. `UPDATE_GENERATED=1 cargo test --test it generated` rewrites them. The source rules are
//! their sibling module `rules` (`cargo test --test it rules::`).

use std::path::Path;

use clap::CommandFactory;
use cpaws::commands::completions::{file_name, man_page, script};

fn check(path: &Path, expected: &[u8]) {
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, expected).unwrap();
        return;
    }
    let actual = std::fs::read(path).unwrap_or_default();
    assert!(
        actual == expected,
        "{} is out of date: run `UPDATE_GENERATED=1 cargo test --test it generated` and commit",
        path.display()
    );
}

#[test]
fn cli_definition_is_valid() {
    cpaws::cli::Cli::command().debug_assert();
}

#[test]
fn completions_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    use clap_complete::Shell::*;
    for shell in [Bash, Zsh, Fish, PowerShell, Elvish] {
        let s = script(shell);
        assert!(!s.is_empty());
        check(&root.join("completions").join(file_name(shell)), &s);
    }
}

#[test]
fn man_page_is_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let page = man_page().unwrap();
    assert!(String::from_utf8_lossy(&page).contains(".TH cpaws"));
    check(&root.join("docs/man/cpaws.1"), &page);
}

#[test]
fn completions_command_prints_the_same_script() {
    let out = assert_cmd::cargo::cargo_bin_cmd!("cpaws")
        .args(["completions", "bash"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, script(clap_complete::Shell::Bash));
}

/// `-h` fits a screen: the global options show only in `--help`, under their own heading.
#[test]
fn short_help_leaves_the_global_options_to_long_help() {
    for sub in ["completions", "status", "files", "chat"] {
        let short = assert_cmd::Command::cargo_bin("cpaws")
            .unwrap()
            .args([sub, "-h"])
            .output()
            .unwrap();
        let short = String::from_utf8_lossy(&short.stdout).to_string();
        assert!(!short.contains("--workspace-id"), "{sub} -h: {short}");
        assert!(
            short.lines().count() < 45,
            "{sub} -h is {} lines",
            short.lines().count()
        );
        let long = assert_cmd::Command::cargo_bin("cpaws")
            .unwrap()
            .args([sub, "--help"])
            .output()
            .unwrap();
        let long = String::from_utf8_lossy(&long.stdout).to_string();
        assert!(long.contains("Global options:"), "{sub} --help: {long}");
        assert!(long.contains("--workspace-id"), "{sub} --help");
    }
}
