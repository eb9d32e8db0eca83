//! `cpaws chat` writes stdout only through the Printer (src/output.rs: redaction, exact bytes for
//! a streamed answer, one place that knows stdout). Limited to chat: other commands still stream
//! bytes to stdout themselves (`files download -o -`, `batches results`, `completions`, `man`).

use std::path::Path;

/// What writes stdout, or takes a handle to it, other than through the Printer.
const DIRECT: &[&str] = &["println!", "print!", "stdout()", "io::stdout", "Stdout"];

/// Every use of a `DIRECT` name in `text` outside comments, as `line: text`. A name counts only
/// where it starts a word (`eprintln!` is not `println!`).
fn direct_writes(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let hit = DIRECT.iter().any(|name| {
            line.match_indices(name).any(|(at, _)| {
                let before = line[..at].chars().next_back();
                !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
            })
        });
        if hit {
            found.push(format!("{}: {}", n + 1, code));
        }
    }
    found
}

#[test]
fn chat_writes_stdout_only_through_the_printer() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands/chat");
    let mut offenders = Vec::new();
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        for hit in direct_writes(&text) {
            offenders.push(format!("{}:{hit}", path.display()));
        }
    }
    assert!(files > 5, "no chat sources found in {}", dir.display());
    assert!(
        offenders.is_empty(),
        "chat writes stdout directly; go through the Printer (src/output.rs):\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_rule_sees_direct_writes_and_not_lookalikes() {
    let bad = "let _ = std::io::stdout().flush();\nprintln!(\"x\");\n  print!(\"y\");";
    assert_eq!(direct_writes(bad).len(), 3);
    let fine = "eprintln!(\"x\");\n// std::io::stdout() in a comment\nprinter.stream(t)?;";
    assert!(direct_writes(fine).is_empty());
}
