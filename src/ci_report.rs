//! Reports for CI systems, shared by `doctor` and `status` (`--output-format github|junit`).
//! A command turns its result into a [`Suite`] of [`Case`]s (one per check or probe); this module
//! prints it as GitHub Actions workflow commands (escaped as the Actions toolkit does) with a
//! Markdown job summary for `$GITHUB_STEP_SUMMARY`, or as a JUnit XML document. Every field is
//! redacted before it is escaped (escaping could split a secret and hide it from redaction), then
//! sanitized.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::output::{Printer, redact, sanitize};

/// The outcome of one case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseStatus {
    Pass,
    Warn,
    Fail,
    Skip,
}

impl CaseStatus {
    fn word(self) -> &'static str {
        match self {
            CaseStatus::Pass => "pass",
            CaseStatus::Warn => "warning",
            CaseStatus::Fail => "fail",
            CaseStatus::Skip => "skipped",
        }
    }
}

/// How `doctor` and `status` print their report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Text for a person (the default)
    Human,
    /// The JSON of docs/json.md (the same as --json)
    Json,
    /// GitHub Actions workflow commands (::error, ::warning) and a Markdown job summary
    Github,
    /// JUnit XML, one testcase per check or probe (GitLab CI, Jenkins)
    Junit,
}

/// Print a report in `format` (none given: JSON with --json, else text for a person). `strict`:
/// warnings fail in the CI formats.
pub fn print_report<T: serde::Serialize>(
    printer: &Printer,
    format: Option<ReportFormat>,
    document: &T,
    human: impl FnOnce() -> String,
    suite: impl FnOnce() -> Suite,
    strict: bool,
) -> std::io::Result<()> {
    let default = if printer.json {
        ReportFormat::Json
    } else {
        ReportFormat::Human
    };
    match format.unwrap_or(default) {
        ReportFormat::Json => printer.json(document),
        ReportFormat::Human => printer.out(&human()),
        ReportFormat::Github => print_github(printer, &suite(), strict),
        ReportFormat::Junit => printer.out(&junit(&suite(), strict)),
    }
}

/// One check (doctor) or one part of readiness (status).
#[derive(Clone, Debug)]
pub struct Case {
    pub id: String,
    pub status: CaseStatus,
    pub message: String,
    /// What was called and what came back (request IDs included), one line each.
    pub evidence: Vec<String>,
    pub fix: Option<String>,
    /// The stable code of a failure (the JUnit failure's `type`).
    pub code: Option<String>,
    pub duration_ms: u64,
}

impl Case {
    pub fn new(id: impl Into<String>, status: CaseStatus, message: impl Into<String>) -> Self {
        Case {
            id: id.into(),
            status,
            message: message.into(),
            evidence: Vec::new(),
            fix: None,
            code: None,
            duration_ms: 0,
        }
    }
}

/// A command's result as a list of cases.
#[derive(Clone, Debug)]
pub struct Suite {
    /// The command: `doctor`, `status` (annotation titles, the JUnit suite and class names).
    pub command: &'static str,
    /// The overall verdict: `ok`, `problems found`, `ready`, `not ready`…
    pub verdict: String,
    pub cases: Vec<Case>,
}

impl Suite {
    fn count(&self, s: CaseStatus) -> usize {
        self.cases.iter().filter(|c| c.status == s).count()
    }

    /// `ok: 3 passed, 1 warnings, 0 failed, 2 skipped`.
    fn summary_line(&self) -> String {
        format!(
            "{}: {} passed, {} warnings, {} failed, {} skipped",
            self.verdict,
            self.count(CaseStatus::Pass),
            self.count(CaseStatus::Warn),
            self.count(CaseStatus::Fail),
            self.count(CaseStatus::Skip)
        )
    }

    /// `Doctor` for `doctor`: the job summary's heading.
    fn title(&self) -> String {
        let mut c = self.command.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }
}

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

/// A case's message, evidence and fix, one per line.
fn detail(c: &Case) -> String {
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

/// GitHub Actions workflow commands: `::error` for a failure (and a warning under `strict`),
/// `::warning` for a warning, a plain line for the others, then the verdict. No line starts with
/// text from a server, so none can be read as a command.
pub fn github(r: &Suite, strict: bool) -> String {
    let cmd = r.command;
    let mut out = String::new();
    for c in &r.cases {
        let title = escape_property(&format!("{cmd}: {}", c.id));
        match c.status {
            CaseStatus::Fail => out.push_str(&format!(
                "::error title={title}::{}\n",
                escape_data(&detail(c))
            )),
            CaseStatus::Warn if strict => out.push_str(&format!(
                "::error title={title}::{}\n",
                escape_data(&format!("{} (--strict)", detail(c)))
            )),
            CaseStatus::Warn => out.push_str(&format!(
                "::warning title={title}::{}\n",
                escape_data(&detail(c))
            )),
            CaseStatus::Pass | CaseStatus::Skip => out.push_str(&format!(
                "{cmd}: {} {}: {}\n",
                escape_data(&clean(&c.id)),
                c.status.word(),
                escape_data(&clean(&c.message))
            )),
        }
    }
    out.push_str(&format!("{cmd}: {}\n", r.summary_line()));
    out
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
pub fn step_summary(r: &Suite) -> String {
    let mut md = format!("### {}: {}\n\n", r.title(), r.summary_line());
    md.push_str("| check | status | message | fix |\n|---|---|---|---|\n");
    for c in &r.cases {
        md.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            cell(&c.id),
            c.status.word(),
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

/// Print the workflow commands on stdout and, when `GITHUB_STEP_SUMMARY` names a file, append the
/// job summary to it (a file that cannot be written is a warning: the annotations are the report).
pub fn print_github(printer: &Printer, r: &Suite, strict: bool) -> std::io::Result<()> {
    printer.out(&github(r, strict))?;
    if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        if let Err(e) = append_step_summary(&path, &step_summary(r)) {
            printer.warn(&format!(
                "cannot append the job summary to GITHUB_STEP_SUMMARY ({}): {e}",
                path.display()
            ));
        }
    }
    Ok(())
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

/// JUnit XML: one testcase per case; a failure (a warning too under `strict`) is a `<failure>`
/// with the message and the fix, a skipped case `<skipped>`, a warning `<system-out>`.
pub fn junit(r: &Suite, strict: bool) -> String {
    let failed =
        |c: &Case| c.status == CaseStatus::Fail || (strict && c.status == CaseStatus::Warn);
    let failures = r.cases.iter().filter(|c| failed(c)).count();
    let skipped = r.count(CaseStatus::Skip);
    let total_ms: u64 = r.cases.iter().map(|c| c.duration_ms).sum();
    let secs = |ms: u64| format!("{}.{:03}", ms / 1000, ms % 1000);
    let suite = format!("cpaws-{}", r.command);
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(&format!(
        "<testsuites name=\"{suite}\" tests=\"{n}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\" time=\"{t}\">\n  <testsuite name=\"{suite}\" tests=\"{n}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\" time=\"{t}\">\n",
        n = r.cases.len(),
        t = secs(total_ms)
    ));
    for c in &r.cases {
        x.push_str(&format!(
            "    <testcase classname=\"cpaws.{}\" name=\"{}\" time=\"{}\"",
            r.command,
            xml_escape(&clean(&c.id)),
            secs(c.duration_ms)
        ));
        let message = xml_escape(&clean(&c.message));
        if failed(c) {
            x.push_str(&format!(
                ">\n      <failure message=\"{message}\" type=\"{}\">{}</failure>\n    </testcase>\n",
                xml_escape(c.code.as_deref().unwrap_or(c.status.word())),
                xml_escape(&detail(c))
            ));
        } else if c.status == CaseStatus::Skip {
            x.push_str(&format!(
                ">\n      <skipped message=\"{message}\"/>\n    </testcase>\n"
            ));
        } else if c.status == CaseStatus::Warn {
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
    use super::*;

    fn case(id: &str, status: CaseStatus, message: &str) -> Case {
        Case::new(id, status, message)
    }

    fn suite(cases: Vec<Case>) -> Suite {
        let fail = cases.iter().any(|c| c.status == CaseStatus::Fail);
        Suite {
            command: "doctor",
            verdict: if fail { "problems found" } else { "ok" }.into(),
            cases,
        }
    }

    fn hostile() -> Suite {
        let mut probe = case(
            "probe",
            CaseStatus::Fail,
            "denied 100% <x> & \"q\" 'a'\r\n::add-mask::x\u{1b}[31mred\u{7}",
        );
        probe.fix = Some("attach the policy\nthen: attach it, a::b".into());
        probe.evidence.push("HTTP 403 </failure><evil/>".into());
        suite(vec![
            case("config", CaseStatus::Pass, "region us-east-1"),
            probe,
            case("federation", CaseStatus::Warn, "not enabled, yet"),
            case("trust", CaseStatus::Skip, "no role"),
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
    fn a_case_id_from_a_server_cannot_start_a_command() {
        let mut s = suite(vec![case("probe\n::add-mask::x", CaseStatus::Pass, "ok")]);
        s.command = "status";
        let out = github(&s, false);
        assert_eq!(out.lines().count(), 2, "{out}");
        assert!(out.lines().all(|l| l.starts_with("status: ")), "{out}");
    }

    #[test]
    fn secrets_are_redacted_before_escaping() {
        let key = "sk-ant-api03-ABCDEFGHIJKLMNOP%QRSTUV";
        let mut c = case("apikey", CaseStatus::Fail, &format!("bad {key}"));
        c.fix = Some(key.into());
        let r = suite(vec![c]);
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
    fn junit_is_well_formed_with_one_testcase_per_case() {
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
            assert_eq!(probe.attribute("classname"), Some("cpaws.doctor"));
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
            assert_eq!(suite.attribute("name"), Some("cpaws-doctor"));
            let want = if strict { "2" } else { "1" };
            assert_eq!(suite.attribute("failures"), Some(want));
            assert_eq!(suite.attribute("skipped"), Some("1"));
        }
    }
}
