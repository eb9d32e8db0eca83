//! The committed completions and man page are generated from the clap definition; this fails when
//! they drift. `UPDATE_GENERATED=1 cargo test --test it generated` rewrites them. The source rules are
//! their sibling module `rules` (`cargo test --test it rules::`).

use std::path::Path;

use clap::CommandFactory;
use cpaws::commands::completions::{file_name, man_page, man_pages, script};

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
fn man_pages_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("docs/man");
    let pages = man_pages().unwrap();
    assert_eq!(pages[0].0, "cpaws.1");
    assert!(String::from_utf8_lossy(&pages[0].1).contains(".TH cpaws"));
    assert_eq!(
        pages[0].1,
        man_page().unwrap(),
        "`cpaws man` prints cpaws.1"
    );
    let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    for (name, page) in &pages {
        check(&dir.join(name), page);
    }
    // A page that is no longer generated is no longer true: it goes.
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if std::env::var_os("UPDATE_GENERATED").is_some() && !names.contains(&name.as_str()) {
            std::fs::remove_file(entry.path()).unwrap();
            continue;
        }
        assert!(
            names.contains(&name.as_str()),
            "docs/man/{name} is not generated: run `UPDATE_GENERATED=1 cargo test --test it generated`"
        );
    }
}

/// Every page a man page refers to (`cpaws-status(1)` in SUBCOMMANDS) ships in docs/man.
#[test]
fn man_pages_refer_only_to_pages_that_ship() {
    let pages = man_pages().unwrap();
    let names: Vec<String> = pages.iter().map(|(n, _)| n.clone()).collect();
    assert!(names.contains(&"cpaws-status.1".to_string()), "{names:?}");
    assert!(
        names.contains(&"cpaws-policy-gen.1".to_string()),
        "{names:?}"
    );
    for (name, page) in &pages {
        let text = String::from_utf8_lossy(page).replace("\\-", "-");
        let mut rest = text.as_str();
        while let Some(at) = rest.find("cpaws-") {
            let word: String = rest[at..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '(' || *c == ')')
                .collect();
            if let Some(page_name) = word.strip_suffix("(1)") {
                assert!(
                    names.contains(&format!("{page_name}.1")),
                    "{name} refers to {word}, which is not generated"
                );
            }
            rest = &rest[at + "cpaws-".len()..];
        }
    }
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
