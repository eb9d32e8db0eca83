//! The `trust` check.

use crate::commands::doctor::*;

impl Dx<'_> {
    pub(in crate::commands::doctor) async fn check_trust(&self, id: IdOut) -> CheckResult {
        if let Some(s) = self.skipped("trust") {
            return s;
        }
        let role_arn = match (
            &self.args.role_arn,
            id.identity.as_ref().and_then(|i| i.role_arn.clone()),
        ) {
            (Some(r), _) => r.clone(),
            (None, Some(r)) => r,
            (None, None) => {
                return CheckResult::skip("trust", "no role in use (pass --role-arn to check one)");
            }
        };
        let Some(PrincipalRef::Role(name)) = PrincipalRef::from_arn(&role_arn) else {
            return CheckResult::fail("trust", format!("{role_arn} is not a role ARN"))
                .fix("pass --role-arn arn:aws:iam::ACCOUNT:role/NAME");
        };
        let Some(iam) = self.iam() else {
            return CheckResult::skip("trust", "offline");
        };
        let raw = match principal::trust_policy(&iam, &name).await {
            Ok(d) => d,
            Err(e) => {
                return CheckResult::from_error(
                    "trust",
                    &format!("reading the trust policy of {name} failed"),
                    &e,
                    &self.cx,
                );
            }
        };
        let doc = match iam_policy::parse_document(&raw) {
            Ok(d) => d,
            Err(e) => {
                return CheckResult::fail(
                    "trust",
                    format!("the trust policy of {name} cannot be parsed: {}", e.message),
                );
            }
        };
        let mut warnings = Vec::new();
        for st in &doc.statements {
            if st.effect != iam_policy::Effect::Allow {
                continue;
            }
            let label = st
                .sid
                .clone()
                .unwrap_or_else(|| format!("statement {}", st.index));
            let any = matches!(&st.principal, Some(iam_policy::Principal::Any))
                || matches!(&st.principal, Some(iam_policy::Principal::Map(m)) if m.get("AWS").is_some_and(|v| v.iter().any(|x| x == "*")));
            if any && st.conditions.is_empty() {
                warnings.push(format!("{label} trusts any principal (\"*\") without conditions: anyone can assume {name}"));
            }
            if let Some(iam_policy::Principal::Map(m)) = &st.principal
                && let Some(feds) = m.get("Federated")
            {
                for f in feds {
                    if f.contains("oidc-provider")
                        || f.contains("token.actions.githubusercontent.com")
                    {
                        let keys: Vec<String> = st
                            .conditions
                            .iter()
                            .map(|c| c.key.to_ascii_lowercase())
                            .collect();
                        let has = |suffix: &str| keys.iter().any(|k| k.ends_with(suffix));
                        if !has(":sub") || !has(":aud") {
                            warnings.push(format!("{label} trusts the OIDC provider {f} without both `sub` and `aud` conditions: any repository or workload of that provider could assume {name}"));
                        }
                    }
                }
            }
        }
        let Some(principal_arn) = &self.args.trusted_principal else {
            let mut r = if warnings.is_empty() {
                CheckResult::pass(
                    "trust",
                    format!(
                        "{role_arn}: trust policy read ({} statements); pass --trusted-principal ARN to check who may assume it",
                        doc.statements.len()
                    ),
                )
            } else {
                CheckResult::warn("trust", warnings[0].clone()).fix("add conditions (sts:ExternalId, aws:PrincipalArn, or the OIDC sub/aud) or name exact principals")
            };
            r.evidence.extend(warnings.iter().skip(1).cloned());
            return r.data(json!({"role": role_arn, "trust_policy": doc}));
        };
        let (kind, action) = if principal_arn.contains("oidc-provider")
            || principal_arn.contains("token.actions.githubusercontent.com")
        {
            ("Federated", "sts:AssumeRoleWithWebIdentity")
        } else {
            ("AWS", "sts:AssumeRole")
        };
        let mut ctx = iam_policy::Context::new();
        if let Some(x) = &self.args.external_id {
            ctx.insert("sts:ExternalId".into(), vec![x.clone()]);
        }
        if kind == "AWS" {
            ctx.insert("aws:PrincipalArn".into(), vec![principal_arn.clone()]);
            if let Some(acct) = principal_arn
                .split(':')
                .nth(4)
                .filter(|a| !a.is_empty())
                .or_else(|| {
                    principal_arn
                        .chars()
                        .all(|c| c.is_ascii_digit())
                        .then_some(principal_arn.as_str())
                })
            {
                ctx.insert("aws:PrincipalAccount".into(), vec![acct.to_string()]);
            }
        }
        let ev = iam_policy::evaluate_trust(&doc, kind, principal_arn, action, &ctx);
        let data = json!({"role": role_arn, "principal": principal_arn, "action": action, "evaluation": ev, "trust_policy": doc});
        match ev.decision {
            iam_policy::Decision::Allowed => {
                let mut r = if warnings.is_empty() {
                    CheckResult::pass("trust", format!("{principal_arn} may {action} {role_arn}"))
                } else {
                    CheckResult::warn("trust", format!("{principal_arn} may {action} {role_arn}, but: {}", warnings[0]))
                        .fix("add conditions (sts:ExternalId, aws:PrincipalArn, or the OIDC sub/aud) or name exact principals")
                };
                r.evidence.extend(warnings.iter().skip(1).cloned());
                r.data(data)
            }
            decision => {
                let ext_missing = ev
                    .missing_context
                    .iter()
                    .any(|k| k.eq_ignore_ascii_case("sts:ExternalId"));
                let ext_condition = doc.statements.iter().any(|s| {
                    s.conditions
                        .iter()
                        .any(|c| c.key.eq_ignore_ascii_case("sts:ExternalId"))
                });
                let (msg, fix, code) = if decision == iam_policy::Decision::ExplicitDeny {
                    (
                        format!(
                            "the trust policy of {role_arn} explicitly denies {action} to {principal_arn}"
                        ),
                        "remove or narrow the Deny statement in the role's trust policy"
                            .to_string(),
                        "trust_explicit_deny",
                    )
                } else if ext_condition && (ext_missing || self.args.external_id.is_some()) {
                    (
                        format!(
                            "{principal_arn} is trusted only with the right sts:ExternalId, and {}",
                            if ext_missing { "no external ID was given (--external-id)".to_string() } else { format!("{:?} does not match", self.args.external_id.as_deref().unwrap_or("")) }
                        ),
                        "use the external ID in the role's trust policy (the gateway's form must send the same), or update the sts:ExternalId condition".to_string(),
                        "trust_external_id",
                    )
                } else {
                    let fixed = crate::trust::aws_principal_trust(
                        principal_arn,
                        self.args.external_id.as_deref(),
                    );
                    (
                        format!(
                            "the trust policy of {role_arn} does not let {principal_arn} {action}"
                        ),
                        format!(
                            "add this statement to the role's trust policy:\n{}\nwith: aws iam update-assume-role-policy --role-name {name} --policy-document file://trust.json",
                            serde_json::to_string_pretty(&fixed).unwrap_or_default()
                        ),
                        "trust_principal_missing",
                    )
                };
                CheckResult::fail("trust", msg)
                    .fix(fix)
                    .code(code)
                    .data(data)
            }
        }
    }
}
