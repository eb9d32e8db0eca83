//! `doctor --output-format github|junit`: the report as a suite of cases, one per check, printed by
//! the shared CI formats (`ci_report`: GitHub workflow commands and job summary, JUnit XML).

use super::{CheckResult, DoctorReport, Status};
use crate::ci_report::{Case, CaseStatus, Suite};

fn case(c: &CheckResult) -> Case {
    Case {
        id: c.id.to_string(),
        status: match c.status {
            Status::Pass => CaseStatus::Pass,
            Status::Warn => CaseStatus::Warn,
            Status::Fail => CaseStatus::Fail,
            Status::Skip => CaseStatus::Skip,
        },
        message: c.message.clone(),
        evidence: c.evidence.clone(),
        fix: c.fix.clone(),
        code: c.code.clone(),
        duration_ms: c.duration_ms,
    }
}

/// The report as the CI formats read it: one case per check, `ok` or `problems found`.
pub fn suite(r: &DoctorReport) -> Suite {
    Suite {
        command: "doctor",
        verdict: if r.ok { "ok" } else { "problems found" }.into(),
        cases: r.checks.iter().map(case).collect(),
    }
}
