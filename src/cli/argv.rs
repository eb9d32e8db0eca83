//! What a command line asks for, read from the raw arguments before clap parses them: when clap
//! refuses the line, the usage error must still come out in the format that was asked for
//! (docs/json.md, "Errors").

use std::ffi::OsString;

use clap::Command;

/// What the raw arguments say, as far as they can be read without a successful parse.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Asked {
    /// `--json`, `--output-format json|github|junit`, or `CPAWS_JSON` set (and no
    /// `--output-format human`): a machine reads stdout.
    pub machine_output: bool,
    /// The subcommands named, e.g. `["policy", "gen"]`.
    pub subcommands: Vec<String>,
}

/// Read `args` (without the program name) against the command definition `cmd`, with the value
/// of `CPAWS_JSON`. Only options count: `--json` after `--`, as the value of an option that takes
/// one (`chat --system --json`), or inside a trailing command (`keys exec -- x --json`) does not.
pub fn asked(cmd: &Command, args: &[OsString], cpaws_json: Option<&str>) -> Asked {
    let mut cmd = cmd.clone();
    cmd.build();
    let mut json = false;
    let mut format: Option<String> = None;
    let mut subcommands = Vec::new();
    let mut current = cmd;
    let mut positional_seen = false;
    let mut i = 0;
    while i < args.len() {
        let Some(word) = args[i].to_str() else {
            // Not UTF-8: a positional value clap will judge; it names no option of ours.
            i += 1;
            continue;
        };
        i += 1;
        if word == "--" {
            break;
        }
        if let Some(long) = word.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (long, None),
            };
            let arg = current
                .get_arguments()
                .find(|a| a.get_long() == Some(name) || has_alias(a, name));
            let Some(arg) = arg else { continue };
            let value = if takes_value(arg) && inline.is_none() {
                next_value(arg, args, &mut i)
            } else {
                inline.map(str::to_string)
            };
            match arg.get_id().as_str() {
                "json" => json = true,
                "output_format" => format = value,
                _ => {}
            }
        } else if let Some(shorts) = word.strip_prefix('-').filter(|s| !s.is_empty()) {
            // A cluster of short flags (`-vq`); the first that takes a value takes the rest of
            // the word, or the next word.
            for (at, ch) in shorts.char_indices() {
                let Some(arg) = current.get_arguments().find(|a| a.get_short() == Some(ch)) else {
                    continue;
                };
                if takes_value(arg) {
                    if at + ch.len_utf8() == shorts.len() {
                        next_value(arg, args, &mut i);
                    }
                    break;
                }
            }
        } else if let Some(sub) = subcommand(&current, word).filter(|_| !positional_seen) {
            subcommands.push(sub.get_name().to_string());
            current = sub;
        } else if current
            .get_positionals()
            .any(|p| p.is_trailing_var_arg_set() || p.is_last_set())
        {
            // The rest is a command line of its own (`keys exec CMD ARGS…`).
            break;
        } else {
            positional_seen = true;
        }
    }
    let env_json = cpaws_json.is_some_and(|v| {
        !matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "" | "0" | "n" | "no" | "f" | "false" | "off"
        )
    });
    let machine_output = match format.as_deref() {
        Some("json" | "github" | "junit") => true,
        Some(_) => false,
        None => json || env_json,
    };
    Asked {
        machine_output,
        subcommands,
    }
}

/// The subcommand of `cmd` that `word` names (or an alias of it).
fn subcommand(cmd: &Command, word: &str) -> Option<Command> {
    cmd.get_subcommands()
        .find(|s| s.get_name() == word || s.get_all_aliases().any(|a| a == word))
        .cloned()
}

fn has_alias(a: &clap::Arg, name: &str) -> bool {
    a.get_all_aliases().is_some_and(|all| all.contains(&name))
}

fn takes_value(a: &clap::Arg) -> bool {
    a.get_action().takes_values() && a.get_num_args().is_none_or(|n| n.max_values() > 0)
}

/// The next word as `arg`'s value, unless the option's value is optional or takes no hyphen
/// values and the word is another option (clap reads it as an option then).
fn next_value(arg: &clap::Arg, args: &[OsString], i: &mut usize) -> Option<String> {
    let word = args.get(*i)?.to_str().map(str::to_string);
    let looks_like_option = word
        .as_deref()
        .is_some_and(|w| w.starts_with('-') && w != "-");
    let optional = arg.get_num_args().is_some_and(|n| n.min_values() == 0);
    if looks_like_option && (optional || !arg.is_allow_hyphen_values_set()) {
        return None;
    }
    *i += 1;
    word
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn read(line: &str, env: Option<&str>) -> Asked {
        let args: Vec<OsString> = line.split_whitespace().map(OsString::from).collect();
        asked(&crate::cli::Cli::command(), &args, env)
    }

    #[test]
    fn json_as_an_option_counts() {
        for line in [
            "status --json --bogus",
            "--json status --bogus",
            "status --bogus --json",
            "-v --json files list --bogus",
            "status --output-format json --bogus",
            "status --output-format=junit --bogus",
            "doctor --output-format github --bogus",
            "chat --thinking --json hi",
            "chat -m opus --json hi",
            // clap refuses `--json` as a value here ("a value is required"): it is an option.
            "chat --system --json hi",
        ] {
            assert!(read(line, None).machine_output, "{line}");
        }
        assert!(read("status --bogus", Some("1")).machine_output);
        assert_eq!(
            read("--json policy gen --bogus", None).subcommands,
            ["policy", "gen"]
        );
    }

    #[test]
    fn json_that_is_not_an_option_does_not_count() {
        for line in [
            "status --bogus",
            "chat -- --json",
            "chat --system=--json hi",
            "chat hello -- --json",
            "keys exec env --json",
            "keys exec -- env --json",
            "proxy -- tool --json",
            "status --json --output-format human --bogus",
        ] {
            assert!(!read(line, None).machine_output, "{line}");
        }
        for off in ["0", "false", "no", "off", ""] {
            assert!(!read("status --bogus", Some(off)).machine_output, "{off}");
        }
    }
}
