//! `cpaws models` against the emulator.

use crate::common;

use common::*;

#[test]
fn list_shows_every_model_and_where_each_alias_points() {
    let s = Sandbox::with_emulator();
    let out = s.cmd().args(["models", "list", "--all"]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.starts_with("ID"), "{text}");
    let (code, v) = run_json(s.cmd().args(["models", "list", "--all", "--json"]));
    assert_eq!(code, 0, "{v:#}");
    let data = v["data"].as_array().unwrap();
    assert!(!data.is_empty());
    for m in data {
        assert!(text.contains(m["id"].as_str().unwrap()), "{text}");
    }
    let sonnet = v["aliases"]["sonnet"].as_str().expect("a sonnet alias");
    let line = text.lines().find(|l| l.starts_with(sonnet)).unwrap();
    assert!(line.trim_end().ends_with("sonnet"), "{line}");
}

#[test]
fn list_pages_with_limit_and_after() {
    let s = Sandbox::with_emulator();
    let (_, all) = run_json(s.cmd().args(["models", "list", "--all", "--json"]));
    let ids: Vec<&str> = all["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert!(ids.len() >= 2, "{ids:?}");
    let (code, first) = run_json(s.cmd().args(["models", "list", "--limit", "1", "--json"]));
    assert_eq!(code, 0);
    assert_eq!(first["data"][0]["id"], ids[0]);
    assert_eq!(first["has_more"], true);
    let (_, second) = run_json(s.cmd().args([
        "models", "list", "--limit", "1", "--after", ids[0], "--json",
    ]));
    assert_eq!(second["data"][0]["id"], ids[1]);
}

#[test]
fn get_resolves_an_alias_and_an_unknown_model_names_the_list() {
    let s = Sandbox::with_emulator();
    let (_, all) = run_json(s.cmd().args(["models", "list", "--all", "--json"]));
    let (code, v) = run_json(s.cmd().args(["models", "get", "sonnet", "--json"]));
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["id"], all["aliases"]["sonnet"]);
    let (code, v) = run_json(s.cmd().args(["models", "get", "claude-nope-9", "--json"]));
    assert_eq!(code, 4, "{v:#}");
    assert_eq!(v["error"]["code"], "model_not_found");
    // The fix points at a command that really lists models, and that command works.
    assert!(
        v["error"]["fix"]
            .as_str()
            .unwrap()
            .contains("`cpaws models list`"),
        "{v:#}"
    );
    let (code, _) = run_json(s.cmd().args(["models", "list", "--json"]));
    assert_eq!(code, 0);
}
