//! Every `cpaws …` command that cpaws prints (in a fix, a hint, a help text) parses with the real
//! command line: a fix that names a flag or subcommand that does not exist cannot be pasted.
//! The commands are found in the source text, so a new fix is checked without being listed.

use std::path::Path;

use clap::Parser;

use cpaws::cli::Cli;

/// The commands in `text`: `` `cpaws …` `` spans, and string literals that start with `cpaws `.
fn commands_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("`cpaws ") {
            let after = &rest[at + 1..];
            match after.find('`') {
                Some(end) => {
                    out.push(after[..end].to_string());
                    rest = &after[end..];
                }
                None => break,
            }
        }
        let mut rest = line;
        while let Some(at) = rest.find("\"cpaws ") {
            let after = &rest[at + 1..];
            // Up to the end of the literal, a "   (or …" aside, or a line of explanation.
            let end = ["\"", "   ", " (", "\\n"]
                .iter()
                .filter_map(|d| after.find(d))
                .min()
                .unwrap_or(after.len());
            out.push(after[..end].to_string());
            rest = &after[end.min(after.len())..];
        }
    }
    out
}

/// Placeholders made concrete: `{…}` and `<…>` become a sample value, `a|b` the first choice,
/// `…` and escapes go.
fn concrete(cmd: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    for w in cmd.replace("\\\"", "\"").split_whitespace() {
        if w == "…" || w == "|" || w.starts_with('"') || w == "ARGS…" {
            // A prompt in quotes, or an illustration of a pipe: not a command to parse.
            return None;
        }
        let mut w = w.to_string();
        if w.contains('{') || w.contains('<') {
            // A value filled in when printed: a sample of the right kind.
            w = match words.last().map(String::as_str) {
                Some("--for") => "sdk".into(),
                Some("--intent") => "inference".into(),
                _ => "us-west-2".into(),
            };
        }
        if let Some((first, _)) = w.split_once('|') {
            w = first.to_string();
        }
        words.push(w.trim_end_matches('…').to_string());
    }
    Some(words)
}

#[test]
fn every_printed_cpaws_command_parses() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src];
    let mut checked = 0;
    let mut wrong = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            for cmd in commands_in(&text) {
                let Some(words) = concrete(&cmd) else {
                    continue;
                };
                checked += 1;
                if let Err(e) = Cli::try_parse_from(&words) {
                    // `--help`-like outcomes are fine; a parse error is not.
                    use clap::error::ErrorKind::*;
                    if !matches!(
                        e.kind(),
                        DisplayHelp
                            | DisplayVersion
                            | DisplayHelpOnMissingArgumentOrSubcommand
                            // A mention without its arguments ("upload it with `cpaws files
                            // upload`") still names real subcommands.
                            | MissingRequiredArgument
                    ) {
                        wrong.push(format!("{}: `{cmd}`: {}", p.display(), e.kind()));
                    }
                }
            }
        }
    }
    assert!(
        checked > 40,
        "only {checked} commands found: the scanner is broken"
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_scanner_finds_both_forms() {
    let found = commands_in(
        "x(\"run `cpaws doctor --fix` now\", \"cpaws enable-federation   (or: aws …)\")",
    );
    assert_eq!(found, vec!["cpaws doctor --fix", "cpaws enable-federation"]);
    assert_eq!(
        concrete("cpaws --region {region} keys create").unwrap(),
        vec!["cpaws", "--region", "us-west-2", "keys", "create"]
    );
    assert!(Cli::try_parse_from(["cpaws", "doctor", "--no-such-flag"]).is_err());
}
