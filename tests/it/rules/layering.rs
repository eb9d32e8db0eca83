//! The module graph's rule (docs/architecture.md), checked on the source text: every `crate::`
//! path a module names must point to its own layer or one below, no subcommand names another, and
//! no set of modules names each other in a circle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Lowest first. A module may name modules of its own layer or below.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "base",
        &[
            "envvars",
            "output",
            "error",
            "atomic",
            "signals",
            "sign",
            "tls",
            "prompt",
            "config",
            "paths",
            "ci_report",
        ],
    ),
    (
        "shared",
        &[
            "credentials",
            "api",
            "arn",
            "aws",
            "apikey",
            "diagnosis",
            "readiness",
            "iam_policy",
            "federation",
            "principal",
            "trust",
            "iac",
            "intents",
            "models",
            "workspaces",
            "local_proxy",
        ],
    ),
    ("cli", &["cli"]),
    ("commands", &["commands"]),
    ("root", &["crate"]),
];

fn layer_of(module: &str) -> Option<usize> {
    let top = module.split("::").next().unwrap_or(module);
    LAYERS.iter().position(|(_, ms)| ms.contains(&top))
}

/// `commands::status` for src/commands/status.rs and src/commands/doctor/checks/x.rs →
/// `commands::doctor`; `api` for src/api/sse.rs; `crate` for lib.rs.
fn module_of(rel: &Path) -> String {
    let parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    match parts.as_slice() {
        [only] if only == "lib" || only == "main" => "crate".into(),
        [first, second, ..] if first == "commands" && second != "mod" => {
            format!("commands::{second}")
        }
        [first, ..] => first.clone(),
        [] => "crate".into(),
    }
}

/// The modules `text` names as `crate::a` or `crate::commands::b` (comments skipped).
fn named(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or_default();
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            let word = |s: &str| -> String {
                s.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect()
            };
            let first = word(rest);
            if first == "commands" {
                let after = &rest[first.len()..];
                match after.strip_prefix("::") {
                    Some(sub)
                        if !word(sub).is_empty() && word(sub).starts_with(char::is_lowercase) =>
                    {
                        out.insert(format!("commands::{}", word(sub)));
                    }
                    _ => {
                        out.insert("commands".into());
                    }
                }
            } else if !first.is_empty() {
                out.insert(first);
            }
        }
    }
    out
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let rel = p.strip_prefix(&src).unwrap();
                let from = module_of(rel);
                let text = std::fs::read_to_string(&p).unwrap();
                let to = named(&text);
                let set = edges.entry(from.clone()).or_default();
                set.extend(to.into_iter().filter(|t| *t != from));
            }
        }
    }
    // Items a command module names through the commands layer's own root (`crate::commands::X`
    // where X is an item, not a subcommand) are caught as `commands`.
    edges
}

#[test]
fn every_module_names_only_its_own_layer_or_below() {
    let mut wrong = Vec::new();
    for (from, tos) in graph() {
        let Some(lf) = layer_of(&from) else {
            wrong.push(format!(
                "{from} is in no layer (add it to LAYERS in tests/it/rules/layering.rs)"
            ));
            continue;
        };
        for to in tos {
            let Some(lt) = layer_of(&to) else {
                wrong.push(format!("{from} names {to}, which is in no layer"));
                continue;
            };
            if lt > lf {
                wrong.push(format!(
                    "{from} ({}) names {to} ({}), a layer above",
                    LAYERS[lf].0, LAYERS[lt].0
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_subcommand_names_another() {
    let mut wrong = Vec::new();
    for (from, tos) in graph() {
        if !from.starts_with("commands::") {
            continue;
        }
        for to in tos {
            if to.starts_with("commands::") && to != from {
                wrong.push(format!("{from} names {to}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_module_graph_has_no_cycle() {
    let g = graph();
    // Depth-first search with colours; a grey node reached again closes a cycle.
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        colour: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match colour.get(n) {
            Some(1) => {
                let at = path.iter().position(|p| p == n).unwrap_or(0);
                let mut cycle = path[at..].to_vec();
                cycle.push(n.to_string());
                return Some(cycle);
            }
            Some(2) => return None,
            _ => {}
        }
        colour.insert(n.to_string(), 1);
        path.push(n.to_string());
        for m in g.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, g, colour, path) {
                return Some(c);
            }
        }
        path.pop();
        colour.insert(n.to_string(), 2);
        None
    }
    let mut colour = BTreeMap::new();
    for n in g.keys() {
        if let Some(c) = visit(n, &g, &mut colour, &mut Vec::new()) {
            panic!("cycle: {}", c.join(" → "));
        }
    }
}

#[test]
fn the_checker_sees_what_it_checks() {
    let n = named("use crate::commands::status::run;\nuse crate::output::{a, b}; // crate::cli\n");
    assert_eq!(
        n.into_iter().collect::<Vec<_>>(),
        vec!["commands::status".to_string(), "output".to_string()]
    );
    assert_eq!(
        module_of(Path::new("commands/doctor/checks/trust.rs")),
        "commands::doctor"
    );
    assert_eq!(module_of(Path::new("commands/mod.rs")), "commands");
    assert_eq!(module_of(Path::new("api/sse.rs")), "api");
    let g = graph();
    assert!(g["commands::doctor"].contains("api"), "{g:?}");
}

/// Crates only the shared layers talk to: HTTP through `api`, AWS through `aws` (issue 11).
const SHARED_ONLY_CRATES: &[&str] = &["aws_sdk_iam", "aws_sdk_sts", "reqwest", "hyper_rustls"];

/// The crates of `SHARED_ONLY_CRATES` that `text` names outside comments.
fn shared_only_crates_named(text: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or_default();
        for name in SHARED_ONLY_CRATES {
            let named = code.match_indices(name).any(|(at, _)| {
                let before = code[..at].chars().next_back();
                let after = code[at + name.len()..].chars().next();
                let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                !ident(before) && !ident(after)
            });
            if named && !out.contains(name) {
                out.push(*name);
            }
        }
    }
    out
}

#[test]
fn no_subcommand_talks_http_or_aws_itself() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands");
    let mut wrong = Vec::new();
    let mut stack = vec![dir.clone()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                for name in shared_only_crates_named(&text) {
                    wrong.push(format!(
                        "{} names {name}: go through the shared layers (`api` for HTTP, `aws` for IAM and STS)",
                        p.strip_prefix(&dir).unwrap().display()
                    ));
                }
            }
        }
    }
    wrong.sort();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_crate_rule_sees_what_it_checks() {
    assert_eq!(
        shared_only_crates_named("let c: aws_sdk_iam::Client;\nuse reqwest::Url; // aws_sdk_sts"),
        vec!["aws_sdk_iam", "reqwest"]
    );
    assert!(shared_only_crates_named("// reqwest\nlet my_reqwest_thing = 1;").is_empty());
}
