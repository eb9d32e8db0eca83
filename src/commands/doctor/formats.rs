//! `doctor --output-format github|junit`: the report for CI systems. `github` prints GitHub Actions
//! workflow commands (escaped as the Actions toolkit does) and builds a Markdown job summary;
//! `junit` prints a JUnit XML document, one testcase per check. Every field is redacted before it is
//! escaped (escaping could split a secret and hide it from redaction), then sanitized.

use std::io::Write;
use std::path::Path;

use super::{DoctorReport, Status};
use crate::output::{redact, sanitize};

/// Redacted and stripped of terminal control sequences: the text every format starts from.
fn clean(text: &str) -> String {
    sanitize(&redact(text)).replace('\r', "")
}

/// Workflow command data: `%`, CR and LF escaped (toolkit `escapeData`), so a message can neither
/// end the command early nor start a new one on a following line.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Workflow command property: as data, plus `:` and `,` (toolkit `escapeProperty`), so a `::` in a
/// value cannot end the properties.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// A check's message, evidence and fix, one per line.
fn detail(c: &super::CheckResult) -> String {
    let mut text = clean(&c.message);
    for e in &c.evidence {
        text.push('\n');
        text.push_str(&clean(e));
    }
    if let Some(f) = &c.fix {
        text.push_str("\nfix: ");
        text.push_str(&clean(f));
    }
    text
}

/// GitHub Actions workflow commands: `::error` for a failure (and a warning under `--strict`),
/// `::warning` for a warning, a plain line for the others, then the verdict. No line starts with
/// text from a server, so none can be read as a command.
pub fn github(r: &DoctorReport, strict: bool) -> String {
    let mut out = String::new();
    for c in &r.checks {
        let title = escape_property(&format!("doctor: {}", c.id));
        match c.status {
            Status::Fail => out.push_str(&format!(
                "::error title={title}::{}\n",
                escape_data(&detail(c))
            )),
            Status::Warn if strict => out.push_str(&format!(
                "::error title={title}::{}\n",
                escape_data(&format!("{} (--strict)", detail(c)))
            )),
            Status::Warn => out.push_str(&format!(
                "::warning title={title}::{}\n",
                escape_data(&detail(c))
            )),
            Status::Pass | Status::Skip => out.push_str(&format!(
                "doctor: {} {}: {}\n",
                c.id,
                status_word(c.status),
                escape_data(&clean(&c.message))
            )),
        }
    }
    out.push_str(&format!("doctor: {}\n", verdict(r)));
    out
}

fn status_word(s: Status) -> &'static str {
    match s {
        Status::Pass => "pass",
        Status::Warn => "warning",
        Status::Fail => "fail",
        Status::Skip => "skipped",
    }
}

fn verdict(r: &DoctorReport) -> String {
    let s = &r.summary;
    format!(
        "{}: {} passed, {} warnings, {} failed, {} skipped",
        if r.ok { "ok" } else { "problems found" },
        s.pass,
        s.warn,
        s.fail,
        s.skip
    )
}

/// A Markdown table cell: one line, `|` escaped, no HTML.
fn cell(s: &str) -> String {
    clean(s)
        .replace('\n', " ")
        .replace('|', "\\|")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The Markdown job summary for `$GITHUB_STEP_SUMMARY`.
pub fn step_summary(r: &DoctorReport) -> String {
    let mut md = format!("### Doctor: {}\n\n", verdict(r));
    md.push_str("| check | status | message | fix |\n|---|---|---|---|\n");
    for c in &r.checks {
        md.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            c.id,
            status_word(c.status),
            cell(&c.message),
            c.fix.as_deref().map(cell).unwrap_or_default()
        ));
    }
    md.push('\n');
    redact(&md)
}

/// Append the summary in one write to a file opened for appending (other steps append to the same
/// file), so a concurrent writer cannot interleave inside it and a failure leaves no partial table
/// beyond what one write() call can leave.
pub fn append_step_summary(path: &Path, text: &str) -> std::io::Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(path)?;
    f.write_all(text.as_bytes())?;
    f.flush()
}

/// Text allowed in XML 1.0 with `& < > " '` escaped; other control characters dropped.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' => out.push(ch),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// JUnit XML: one testcase per check; a failure (a warning too under `--strict`) is a `<failure>`
/// with the message and the fix, a skipped check `<skipped>`, a warning `<system-out>`.
pub fn junit(r: &DoctorReport, strict: bool) -> String {
    let failed =
        |c: &super::CheckResult| c.status == Status::Fail || (strict && c.status == Status::Warn);
    let failures = r.checks.iter().filter(|c| failed(c)).count();
    let skipped = r.checks.iter().filter(|c| c.status == Status::Skip).count();
    let total_ms: u64 = r.checks.iter().map(|c| c.duration_ms).sum();
    let secs = |ms: u64| format!("{}.{:03}", ms / 1000, ms % 1000);
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(&format!(
        "<testsuites name=\"cpaws-doctor\" tests=\"{n}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\" time=\"{t}\">\n  <testsuite name=\"cpaws-doctor\" tests=\"{n}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\" time=\"{t}\">\n",
        n = r.checks.len(),
        t = secs(total_ms)
    ));
    for c in &r.checks {
        x.push_str(&format!(
            "    <testcase classname=\"cpaws.doctor\" name=\"{}\" time=\"{}\"",
            xml_escape(c.id),
            secs(c.duration_ms)
        ));
        let message = xml_escape(&clean(&c.message));
        if failed(c) {
            x.push_str(&format!(
                ">\n      <failure message=\"{message}\" type=\"{}\">{}</failure>\n    </testcase>\n",
                xml_escape(c.code.as_deref().unwrap_or(status_word(c.status))),
                xml_escape(&detail(c))
            ));
        } else if c.status == Status::Skip {
            x.push_str(&format!(
                ">\n      <skipped message=\"{message}\"/>\n    </testcase>\n"
            ));
        } else if c.status == Status::Warn {
            x.push_str(&format!(
                ">\n      <system-out>warning: {}</system-out>\n    </testcase>\n",
                xml_escape(&detail(c))
            ));
        } else {
            x.push_str("/>\n");
        }
    }
    x.push_str("  </testsuite>\n</testsuites>\n");
    redact(&x)
}

#[cfg(test)]
mod tests {
    use super::super::{CheckResult, Summary};
    use super::*;
    use crate::config::AuthMode;

    fn report(checks: Vec<CheckResult>) -> DoctorReport {
        let count = |s: Status| checks.iter().filter(|c| c.status == s).count();
        DoctorReport {
            schema_version: 1,
            ok: count(Status::Fail) == 0,
            summary: Summary {
                pass: count(Status::Pass),
                warn: count(Status::Warn),
                fail: count(Status::Fail),
                skip: count(Status::Skip),
            },
            region: Some("us-east-1".into()),
            workspace_id: None,
            auth_mode: AuthMode::Sigv4,
            checks,
            fixes_applied: vec![],
        }
    }

    fn hostile() -> DoctorReport {
        report(vec![
            CheckResult::pass("config", "region us-east-1"),
            CheckResult::fail(
                "probe",
                "denied 100% <x> & \"q\" 'a'\r\n::add-mask::x\u{1b}[31mred\u{7}",
            )
            .fix("attach the policy\nthen: attach it, a::b")
            .evidence("HTTP 403 </failure><evil/>"),
            CheckResult::warn("federation", "not enabled, yet"),
            CheckResult::skip("trust", "no role"),
        ])
    }

    #[test]
    fn escapes_like_the_actions_toolkit() {
        assert_eq!(escape_data("a%b\r\nc::d"), "a%25b%0D%0Ac::d");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }

    #[test]
    fn github_commands_one_per_line_and_escaped() {
        let out = github(&hostile(), false);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 5, "{out}");
        assert!(
            lines[1].starts_with("::error title=doctor%3A probe::denied 100%25 "),
            "{out}"
        );
        assert!(lines[1].contains("%0Afix: attach the policy%0Athen: attach it, a::b"));
        assert!(!lines[1].contains('\u{1b}'), "{out}");
        assert!(lines[2].starts_with("::warning title=doctor%3A federation::"));
        // Nothing from a server starts a line: the injected add-mask stays inside the error.
        assert_eq!(out.matches("\n::").count(), 2, "{out}");
        assert!(lines[4].starts_with("doctor: problems found: 1 passed, 1 warnings, 1 failed"));
        let strict = github(&hostile(), true);
        assert!(strict.contains("::error title=doctor%3A federation::"));
    }

    #[test]
    fn secrets_are_redacted_before_escaping() {
        let key = "sk-ant-api03-ABCDEFGHIJKLMNOP%QRSTUV";
        let r = report(vec![
            CheckResult::fail("apikey", format!("bad {key}")).fix(key),
        ]);
        for out in [github(&r, false), junit(&r, false), step_summary(&r)] {
            assert!(!out.contains("ABCDEFGHIJKLMNOP"), "{out}");
        }
    }

    #[test]
    fn step_summary_is_a_table_and_appends() {
        let md = step_summary(&hostile());
        assert!(
            md.contains("| probe | fail | denied 100% &lt;x&gt;"),
            "{md}"
        );
        assert_eq!(
            md.lines().filter(|l| l.starts_with("| ")).count(),
            5,
            "{md}"
        );
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("summary.md");
        std::fs::write(&p, "before\n").unwrap();
        append_step_summary(&p, &md).unwrap();
        let all = std::fs::read_to_string(&p).unwrap();
        assert!(
            all.starts_with("before\n### Doctor: problems found"),
            "{all}"
        );
    }

    #[test]
    fn junit_is_well_formed_with_one_testcase_per_check() {
        for strict in [false, true] {
            let xml = junit(&hostile(), strict);
            let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
            let cases: Vec<_> = doc
                .descendants()
                .filter(|n| n.has_tag_name("testcase"))
                .collect();
            assert_eq!(cases.len(), 4);
            let probe = cases[1];
            assert_eq!(probe.attribute("name"), Some("probe"));
            let failure = probe
                .children()
                .find(|n| n.has_tag_name("failure"))
                .unwrap();
            assert!(
                failure
                    .attribute("message")
                    .unwrap()
                    .contains("<x> & \"q\" 'a'")
            );
            let text = failure.text().unwrap();
            assert!(text.contains("HTTP 403 </failure><evil/>"), "{text}");
            assert!(text.contains("fix: attach the policy"), "{text}");
            assert!(cases[3].children().any(|n| n.has_tag_name("skipped")));
            let fed_failed = cases[2].children().any(|n| n.has_tag_name("failure"));
            assert_eq!(fed_failed, strict);
            let suite = doc
                .descendants()
                .find(|n| n.has_tag_name("testsuite"))
                .unwrap();
            let want = if strict { "2" } else { "1" };
            assert_eq!(suite.attribute("failures"), Some(want));
            assert_eq!(suite.attribute("skipped"), Some("1"));
        }
    }
}
