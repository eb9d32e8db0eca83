//! The `trust` check.

use crate::commands::doctor::*;
use crate::trust;

impl Doctor<'_> {
    pub(in crate::commands::doctor) async fn check_trust(
        &self,
        id: IdentityOutcome,
    ) -> CheckResult {
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
                    &self.diag,
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
            let label = trust::statement_label(st);
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
        let principal_arn = self.args.trusted_principal.as_deref();
        let (kind, action) = match principal_arn {
            Some(p)
                if p.contains("oidc-provider")
                    || p.contains("token.actions.githubusercontent.com") =>
            {
                ("Federated", "sts:AssumeRoleWithWebIdentity")
            }
            _ => ("AWS", "sts:AssumeRole"),
        };
        // With --external-id: do the statements that let the principal in (any AWS principal,
        // without --trusted-principal) require it? Conditions aside, so that a statement that
        // requires another ID is found too.
        let external = self.args.external_id.as_deref().map(|x| {
            let applies = |st: &&iam_policy::Statement| {
                st.effect == iam_policy::Effect::Allow
                    && match principal_arn {
                        Some(p) => iam_policy::statement_names(st, kind, p, action),
                        None => {
                            iam_policy::statement_grants(st, "sts:AssumeRole")
                                && match &st.principal {
                                    Some(iam_policy::Principal::Any) => true,
                                    Some(iam_policy::Principal::Map(m)) => m.contains_key("AWS"),
                                    None => st.not_principal.is_some(),
                                }
                        }
                    }
            };
            (
                x,
                trust::check_external_id(doc.statements.iter().filter(applies), x),
            )
        });
        let who = principal_arn.unwrap_or("AWS principals");
        // The confused-deputy warning leads (it has the fix); the others follow as evidence.
        let unchecked = match &external {
            Some((x, trust::ExternalIdCheck::NotRequired { statements })) => Some((
                format!(
                    "{} {} {who} assume {role_arn} without requiring an sts:ExternalId, so --external-id {x:?} is never checked: anyone who can act as {} (another customer of the same gateway) can make it assume {name} — the confused-deputy problem",
                    statements.join(" and "),
                    if statements.len() == 1 { "lets" } else { "let" },
                    if principal_arn.is_some() {
                        "that principal"
                    } else {
                        "one of them"
                    },
                ),
                format!(
                    "add this condition to {}: {}\n(merged into any Condition block already there), then: aws iam update-assume-role-policy --role-name {name} --policy-document file://trust.json",
                    statements.join(" and "),
                    trust::external_id_condition(x)
                ),
            )),
            _ => None,
        };
        let other_ids = match &external {
            Some((x, trust::ExternalIdCheck::Other { ids })) => Some((*x, ids.clone())),
            _ => None,
        };
        let ext_data = external
            .as_ref()
            .map(|(x, c)| json!({"given": x, "check": c}));
        let mismatch = |x: &str, ids: &[String]| {
            let named: Vec<String> = ids.iter().map(|i| format!("{i:?}")).collect();
            CheckResult::fail(
                "trust",
                format!(
                    "the trust policy of {role_arn} requires sts:ExternalId {} for {who}, but --external-id is {x:?} (the ID the gateway sends)",
                    named.join(" or ")
                ),
            )
            .fix(format!(
                "use --external-id {} if that is the ID the gateway sends (its form must send the same), or change the condition to: {}",
                named.first().cloned().unwrap_or_default(),
                trust::external_id_condition(x)
            ))
            .code("trust_external_id")
        };
        // The other warnings as evidence (all of them, or all but the one that is the message).
        let warned = |mut r: CheckResult, lead_is_first_warning: bool| -> CheckResult {
            r.evidence.extend(
                warnings
                    .iter()
                    .skip(usize::from(lead_is_first_warning))
                    .cloned(),
            );
            r
        };
        let open_fix = "add conditions (sts:ExternalId, aws:PrincipalArn, or the OIDC sub/aud) or name exact principals";
        let Some(principal_arn) = principal_arn else {
            let data = json!({"role": role_arn, "external_id": ext_data, "trust_policy": doc});
            if let Some((x, ids)) = &other_ids {
                return warned(mismatch(x, ids), false).data(data);
            }
            let r = match (&unchecked, warnings.first()) {
                (Some((m, f)), _) => CheckResult::warn("trust", m.clone())
                    .fix(f.clone())
                    .code("trust_external_id_unchecked"),
                (None, Some(w)) => CheckResult::warn("trust", w.clone()).fix(open_fix),
                (None, None) => CheckResult::pass(
                    "trust",
                    format!(
                        "{role_arn}: trust policy read ({} statements){}; pass --trusted-principal ARN to check who may assume it",
                        doc.statements.len(),
                        match &external {
                            Some((x, trust::ExternalIdCheck::Required)) =>
                                format!(", sts:ExternalId {x:?} required"),
                            _ => String::new(),
                        }
                    ),
                ),
            };
            let lead = unchecked.is_none();
            return warned(r, lead).data(data);
        };
        let mut ctx = iam_policy::Context::new();
        if let Some(x) = &self.args.external_id {
            ctx.insert("sts:ExternalId".into(), vec![x.clone()]);
        }
        if kind == "AWS" {
            ctx.insert("aws:PrincipalArn".into(), vec![principal_arn.to_string()]);
            if let Some(acct) = crate::arn::Arn::parse(principal_arn)
                .ok()
                .map(|a| a.account().to_string())
                .filter(|a| !a.is_empty())
                .or_else(|| {
                    principal_arn
                        .chars()
                        .all(|c| c.is_ascii_digit())
                        .then(|| principal_arn.to_string())
                })
            {
                ctx.insert("aws:PrincipalAccount".into(), vec![acct]);
            }
        }
        let ev = iam_policy::evaluate_trust(&doc, kind, principal_arn, action, &ctx);
        let data = json!({"role": role_arn, "principal": principal_arn, "action": action, "evaluation": ev, "external_id": ext_data, "trust_policy": doc});
        match ev.decision {
            iam_policy::Decision::Allowed => {
                let r = match (&unchecked, warnings.first()) {
                    (Some((m, f)), _) => CheckResult::warn("trust", m.clone())
                        .fix(f.clone())
                        .code("trust_external_id_unchecked"),
                    (None, Some(w)) => CheckResult::warn(
                        "trust",
                        format!("{principal_arn} may {action} {role_arn}, but: {w}"),
                    )
                    .fix(open_fix),
                    (None, None) => CheckResult::pass(
                        "trust",
                        format!("{principal_arn} may {action} {role_arn}"),
                    ),
                };
                warned(r, unchecked.is_none()).data(data)
            }
            iam_policy::Decision::ExplicitDeny => CheckResult::fail(
                "trust",
                format!(
                    "the trust policy of {role_arn} explicitly denies {action} to {principal_arn}"
                ),
            )
            .fix("remove or narrow the Deny statement in the role's trust policy")
            .code("trust_explicit_deny")
            .data(data),
            iam_policy::Decision::ImplicitDeny => {
                if let Some((x, ids)) = &other_ids {
                    return mismatch(x, ids).data(data);
                }
                let ext_missing = ev
                    .missing_context
                    .iter()
                    .any(|k| k.eq_ignore_ascii_case("sts:ExternalId"));
                if ext_missing && self.args.external_id.is_none() {
                    return CheckResult::fail(
                        "trust",
                        format!("{principal_arn} is trusted only with the right sts:ExternalId, and no external ID was given (--external-id)"),
                    )
                    .fix("pass --external-id with the ID the gateway sends (the role's trust policy must require the same)")
                    .code("trust_external_id")
                    .data(data);
                }
                let fixed = crate::trust::aws_principal_trust(
                    principal_arn,
                    self.args.external_id.as_deref(),
                );
                CheckResult::fail(
                    "trust",
                    format!("the trust policy of {role_arn} does not let {principal_arn} {action}"),
                )
                .fix(format!(
                    "add this statement to the role's trust policy:\n{}\nwith: aws iam update-assume-role-policy --role-name {name} --policy-document file://trust.json",
                    serde_json::to_string_pretty(&fixed).unwrap_or_default()
                ))
                .code("trust_principal_missing")
                .data(data)
            }
        }
    }
}
