//! The `config` check.

use crate::commands::doctor::*;

impl Doctor<'_> {
    pub(in crate::commands::doctor) fn check_config(&self) -> CheckResult {
        if let Some(s) = self.skipped("config") {
            return s;
        }
        let (problems, mut warnings) = static_checks(self.settings);
        warnings.extend(claude_code_checks(self.settings));
        let s = self.settings;
        let summary = format!(
            "region {}, workspace {}, {} auth, base URL {}",
            s.region
                .as_ref()
                .map(|r| format!("{} ({})", r.value, r.source))
                .unwrap_or_else(|| "-".into()),
            s.workspace_id
                .as_ref()
                .map(|w| format!("{} ({})", w.value, w.source))
                .unwrap_or_else(|| "-".into()),
            s.auth_mode().as_str(),
            s.base_url().unwrap_or_else(|| "-".into())
        );
        let mut all = problems.clone();
        all.extend(warnings.clone());
        let data = json!({"problems": problems, "warnings": warnings, "sources": s.sources()});
        if let Some(p) = problems.first() {
            let mut r = CheckResult::fail("config", p.message.clone())
                .fix(p.fix.clone())
                .code(p.code.clone())
                .data(data);
            for extra in all.iter().skip(1) {
                r.evidence
                    .push(format!("also: {} — fix: {}", extra.message, extra.fix));
            }
            r.evidence.push(summary);
            return r;
        }
        if let Some(w) = warnings.first() {
            let mut r = CheckResult::warn("config", w.message.clone())
                .fix(w.fix.clone())
                .code(w.code.clone())
                .data(data);
            for extra in warnings.iter().skip(1) {
                r.evidence
                    .push(format!("also: {} — fix: {}", extra.message, extra.fix));
            }
            r.evidence.push(summary);
            return r;
        }
        CheckResult::pass("config", summary).data(data)
    }
}
