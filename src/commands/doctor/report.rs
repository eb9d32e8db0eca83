//! `doctor --report FILE`: a redacted Markdown bundle to attach to a support ticket. Written to a
//! temporary file next to the target and renamed, so an interruption leaves no half-written file.

use std::path::Path;

use super::DoctorReport;
use crate::config::Settings;
use crate::error::CliError;
use crate::output::redact;

pub fn markdown(r: &DoctorReport, s: &Settings) -> String {
    let mut md = String::new();
    md.push_str("# cpaws doctor report\n\n");
    md.push_str(&format!(
        "- cpaws {} ({} {})\n- generated {}\n- result: {} ({} passed, {} warnings, {} failed, {} skipped)\n\n",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        std::env::consts::ARCH,
        time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
        if r.ok { "ok" } else { "problems found" },
        r.summary.pass,
        r.summary.warn,
        r.summary.fail,
        r.summary.skip
    ));
    md.push_str("## Resolved configuration\n\n| setting | value | source |\n|---|---|---|\n");
    let sources = s.sources();
    let row = |name: &str, value: Option<String>| {
        format!(
            "| {name} | {} | {} |\n",
            value.unwrap_or_else(|| "-".into()),
            sources.get(name).cloned().unwrap_or_else(|| "-".into())
        )
    };
    md.push_str(&row("region", s.region.as_ref().map(|v| v.value.clone())));
    md.push_str(&row(
        "workspace_id",
        s.workspace_id.as_ref().map(|v| v.value.clone()),
    ));
    md.push_str(&row("base_url", s.base_url()));
    md.push_str(&row(
        "aws_profile",
        s.aws_profile.as_ref().map(|v| v.value.clone()),
    ));
    md.push_str(&row("profile", s.profile.as_ref().map(|v| v.value.clone())));
    md.push_str(&format!(
        "| auth | {} | {} |\n",
        s.auth_mode().as_str(),
        sources
            .get("auth")
            .or(sources.get("api_key"))
            .cloned()
            .unwrap_or_else(|| "-".into())
    ));
    md.push_str(&row(
        "anthropic_version",
        Some(s.anthropic_version.value.clone()),
    ));
    md.push_str("\n## Checks\n\n| check | status | message |\n|---|---|---|\n");
    for c in &r.checks {
        md.push_str(&format!(
            "| {} | {:?} | {} |\n",
            c.id,
            c.status,
            c.message.replace('|', "\\|").replace('\n', " ")
        ));
    }
    md.push_str("\n## Details\n");
    for c in r
        .checks
        .iter()
        .filter(|c| !c.evidence.is_empty() || c.fix.is_some())
    {
        md.push_str(&format!("\n### {}\n\n", c.id));
        for e in &c.evidence {
            md.push_str(&format!("- {e}\n"));
        }
        if let Some(f) = &c.fix {
            md.push_str(&format!("\nFix:\n\n```\n{f}\n```\n"));
        }
    }
    redact(&md)
}

pub fn write_markdown(path: &Path, r: &DoctorReport, s: &Settings) -> Result<(), CliError> {
    let text = markdown(r, s);
    let err = |e: std::io::Error| {
        CliError::usage(
            "report.write",
            format!("cannot write the report {}", path.display()),
        )
        .with_cause(e.to_string())
        .with_fix("choose a writable path for --report")
    };
    crate::atomic::write(path, text.as_bytes()).map_err(err)
}
