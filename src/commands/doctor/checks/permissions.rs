//! The `permissions` check.

use crate::commands::doctor::*;
use crate::iam_policy::Decision;

impl Doctor<'_> {
    pub(in crate::commands::doctor) async fn check_permissions(
        &self,
        id: IdentityOutcome,
    ) -> CheckResult {
        if let Some(s) = self.skipped("permissions") {
            return s;
        }
        let Some(identity) = id.identity else {
            return CheckResult::skip("permissions", "needs the caller identity");
        };
        let Some(iam) = self.iam() else {
            return CheckResult::skip("permissions", "offline");
        };
        let intents_list: Vec<Intent> = self.intents.clone();
        let (ws_actions, acct_actions) = intents::actions_for(&intents_list);
        let Some(ws_arn) = self.workspace_arn(&identity.account, None) else {
            return CheckResult::skip(
                "permissions",
                "needs a region and a workspace ID for the workspace ARN",
            );
        };
        if crate::arn::Arn::parse(&identity.arn).is_ok_and(|a| a.resource() == "root") {
            return CheckResult::warn(
                "permissions",
                "the caller is the account root user, which has every permission",
            )
            .fix(
                "use an IAM role or user with least privilege instead of root (cpaws policy gen)",
            );
        }
        let source_arn = identity
            .role_arn
            .clone()
            .unwrap_or_else(|| identity.arn.clone());
        let for_names: Vec<&str> = intents_list.iter().map(|i| i.name()).collect();

        // 1. IAM's own simulator.
        let sim = simulate(&iam, &source_arn, &ws_actions, &ws_arn, &acct_actions).await;
        let (rows, method, caveat) = match sim {
            Ok(rows) => (
                rows,
                "iam SimulatePrincipalPolicy",
                "SCPs and resource policies are included only as far as IAM simulates them",
            ),
            Err(e) if federation::is_access_denied(&e) => {
                // 2. Read the principal's policies and evaluate them locally.
                let Some(p) = PrincipalRef::from_arn(&source_arn) else {
                    return CheckResult::warn(
                        "permissions",
                        "simulation is denied and the principal type cannot be read",
                    )
                    .fix("grant iam:SimulatePrincipalPolicy");
                };
                match principal::read_policies(&iam, &p).await {
                    Ok(raw) => match evaluate_locally(&raw, &ws_actions, &ws_arn, &acct_actions) {
                        Ok(rows) => (
                            rows,
                            "local evaluation of the principal's policies (simulation denied)",
                            "evaluated locally: SCPs, session policies and resource policies were not seen",
                        ),
                        Err(msg) => return CheckResult::warn("permissions", msg),
                    },
                    Err(e2) => {
                        return CheckResult::warn(
                            "permissions",
                            "cannot check permissions: iam:SimulatePrincipalPolicy is denied and the principal's policies cannot be read; the probe decides",
                        )
                        .fix("grant iam:SimulatePrincipalPolicy (or iam:Get*/List* on the principal) to let doctor check permissions")
                        .evidence(format!("iam SimulatePrincipalPolicy → {}", diagnosis::summary(&e)))
                        .evidence(format!("reading policies → {}", diagnosis::summary(&e2)))
                        .code("iam_access_denied");
                    }
                }
            }
            Err(e) => {
                return CheckResult::from_error(
                    "permissions",
                    "SimulatePrincipalPolicy failed",
                    &e,
                    &self.diag,
                );
            }
        };
        let denied: Vec<&PermRow> = rows
            .iter()
            .filter(|r| r.decision != Decision::Allowed)
            .collect();
        let data =
            json!({"principal": source_arn, "for": for_names, "method": method, "results": rows});
        if denied.is_empty() {
            return CheckResult::pass(
                "permissions",
                format!(
                    "{} allows all {} actions for {} ({method})",
                    source_arn,
                    rows.len(),
                    for_names.join(", ")
                ),
            )
            .evidence(caveat)
            .data(data);
        }
        let explicit: Vec<&&PermRow> = denied
            .iter()
            .filter(|r| r.decision == Decision::ExplicitDeny)
            .collect();
        let missing_ws: Vec<String> = denied
            .iter()
            .filter(|r| r.resource != "*")
            .map(|r| r.action.clone())
            .collect();
        let missing_acct: Vec<String> = denied
            .iter()
            .filter(|r| r.resource == "*")
            .map(|r| r.action.clone())
            .collect();
        let policy = intents::policy_document(&missing_ws, &missing_acct, &ws_arn, false);
        let attach = match PrincipalRef::from_arn(&source_arn) {
            Some(PrincipalRef::Role(n)) => format!(
                "aws iam put-role-policy --role-name {n} --policy-name cpaws-claude-platform --policy-document file://policy.json"
            ),
            Some(PrincipalRef::User(n)) => format!(
                "aws iam put-user-policy --user-name {n} --policy-name cpaws-claude-platform --policy-document file://policy.json"
            ),
            None => "attach policy.json to the principal".into(),
        };
        let names: Vec<String> = denied
            .iter()
            .map(|r| format!("{} ({})", r.action, r.decision.simulator_name()))
            .collect();
        let mut r = CheckResult::fail(
            "permissions",
            format!("{source_arn} is not allowed: {}", names.join(", ")),
        )
        .code(if explicit.is_empty() {
            diagnosis::Code::MissingAction
        } else {
            diagnosis::Code::ExplicitDeny
        })
        .evidence(caveat)
        .data(data);
        for d in &denied {
            if !d.matched.is_empty() {
                r.evidence
                    .push(format!("{} matched {}", d.action, d.matched.join(", ")));
            }
            if !d.missing_context.is_empty() {
                r.evidence.push(format!(
                    "{} missing context keys: {}",
                    d.action,
                    d.missing_context.join(", ")
                ));
            }
        }
        let pretty = serde_json::to_string_pretty(&policy).unwrap_or_default();
        r.fix = Some(if explicit.is_empty() {
            format!("attach this policy (policy.json):\n{pretty}\nwith: {attach}")
        } else {
            format!(
                "an explicit Deny blocks {}: remove or narrow that statement (an Allow cannot override it); the missing grants are:\n{pretty}\nwith: {attach}",
                explicit
                    .iter()
                    .map(|r| r.action.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        });
        r
    }
}

#[derive(Clone, Debug, Serialize)]
struct PermRow {
    action: String,
    resource: String,
    /// As IAM's simulator spells it (`allowed`, `explicitDeny`, `implicitDeny`).
    #[serde(serialize_with = "simulator_name")]
    decision: Decision,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    matched: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    missing_context: Vec<String>,
}

fn simulator_name<S: serde::Serializer>(d: &Decision, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(d.simulator_name())
}

async fn simulate(
    iam: &aws::Iam,
    source: &str,
    ws_actions: &[String],
    ws_arn: &str,
    acct_actions: &[String],
) -> Result<Vec<PermRow>, ApiError> {
    let mut rows = Vec::new();
    for (actions, resource) in [(ws_actions, ws_arn), (acct_actions, "*")] {
        if actions.is_empty() {
            continue;
        }
        for r in iam
            .simulate_principal_policy(source, actions, resource)
            .await?
        {
            rows.push(PermRow {
                action: r.action,
                resource: resource.to_string(),
                decision: r.decision,
                matched: r.matched,
                missing_context: r.missing_context,
            });
        }
    }
    Ok(rows)
}

fn evaluate_locally(
    raw: &[principal::RawPolicy],
    ws_actions: &[String],
    ws_arn: &str,
    acct_actions: &[String],
) -> Result<Vec<PermRow>, String> {
    let mut identity = Vec::new();
    let mut boundary = Vec::new();
    for p in raw {
        let doc = iam_policy::parse_document(&p.document)
            .map_err(|e| format!("cannot parse policy {}: {}", p.id, e.message))?;
        let named = iam_policy::NamedPolicy {
            id: p.id.clone(),
            kind: p.kind,
            document: doc,
        };
        if p.kind == iam_policy::PolicyKind::Boundary {
            boundary.push(named);
        } else {
            identity.push(named);
        }
    }
    let ctx = iam_policy::Context::new();
    let mut rows = Vec::new();
    for (actions, resource) in [(ws_actions, ws_arn), (acct_actions, "*")] {
        for a in actions {
            let ev = iam_policy::evaluate(
                &identity,
                (!boundary.is_empty()).then_some(boundary.as_slice()),
                a,
                resource,
                &ctx,
            );
            rows.push(PermRow {
                action: a.clone(),
                resource: resource.to_string(),
                decision: ev.decision,
                matched: ev
                    .matched
                    .iter()
                    .map(|m| {
                        format!(
                            "{}#{}",
                            m.policy_id,
                            m.sid.clone().unwrap_or_else(|| m.index.to_string())
                        )
                    })
                    .collect(),
                missing_context: ev.missing_context,
            });
        }
    }
    Ok(rows)
}
