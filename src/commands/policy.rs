//! `cpaws policy gen|trust|check`: least-privilege IAM policies from intents, trust policies for
//! the role paths people use, and a checker built on the same evaluator as `doctor`.

use std::io::Read;
use std::process::ExitCode;

use serde::Serialize;
use serde_json::{Value, json};

use crate::arn::Arn;
use crate::cli::{
    GlobalArgs, PolicyCheckArgs, PolicyCommand, PolicyFormat, PolicyGenArgs, PolicyTrustArgs,
};
use crate::commands::AwsCtx;
use crate::config::{self, Settings};
use crate::diagnosis;
use crate::error::{CliError, exit};
use crate::iac;
use crate::iam_policy::{self, Decision, Effect};
use crate::intents::{self, Intent, PREFIX};
use crate::output::{BOLD, ERROR, GOOD, Printer, WARN};
use crate::principal::PrincipalRef;
use crate::prompt::confirm;

pub async fn run(
    g: &GlobalArgs,
    cmd: &PolicyCommand,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    match cmd {
        PolicyCommand::Gen(a) => gen_cmd(g, a, printer).await,
        PolicyCommand::Trust(a) => trust_cmd(g, a, printer).await,
        PolicyCommand::Check(a) => check_cmd(g, a, printer).await,
    }
}

/// The account: --account, else STS GetCallerIdentity with the current credentials.
async fn account(settings: &Settings, given: Option<&String>) -> Result<String, CliError> {
    if let Some(a) = given {
        if a.len() != 12 || !a.chars().all(|c| c.is_ascii_digit()) {
            return Err(CliError::usage(
                "policy.account",
                format!("{a:?} is not a 12-digit AWS account ID"),
            )
            .with_fix("pass --account 123456789012"));
        }
        return Ok(a.clone());
    }
    let ctx = AwsCtx::from_settings(settings.clone()).await;
    match crate::aws::get_caller_identity(&ctx.sdk, ctx.creds.clone()).await {
        Ok(id) => Ok(id.account),
        Err(e) => Err(CliError::new(
            exit::CREDENTIALS,
            "policy.account",
            "cannot find the account ID (STS GetCallerIdentity failed)",
        )
        .with_cause(diagnosis::summary(&e))
        .with_fix("pass --account 123456789012 to generate the policy offline")),
    }
}

pub fn generate(intents_list: &[Intent], deny: &[Intent], resource: &str, sts: bool) -> Value {
    let (ws, acct) = intents::actions_for(intents_list);
    let mut doc = intents::policy_document(&ws, &acct, resource, sts);
    if !deny.is_empty() {
        let (dws, dacct) = intents::actions_for(deny);
        let statements = doc["Statement"].as_array_mut();
        if let Some(list) = statements {
            if !dws.is_empty() {
                list.push(json!({"Sid": "ClaudePlatformDenyWorkspace", "Effect": "Deny", "Action": dws, "Resource": resource}));
            }
            if !dacct.is_empty() {
                list.push(json!({"Sid": "ClaudePlatformDenyAccount", "Effect": "Deny", "Action": dacct, "Resource": "*"}));
            }
        }
    }
    doc
}

/// What a rendered document is: an identity policy or a role's trust policy.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DocKind {
    Identity,
    Trust,
}

fn render(doc: &Value, format: PolicyFormat, name: &str, kind: DocKind) -> String {
    match format {
        PolicyFormat::Json => format!(
            "{}\n",
            serde_json::to_string_pretty(doc).unwrap_or_default()
        ),
        PolicyFormat::Terraform => {
            let id = iac::tf_ident(name);
            if kind == DocKind::Trust {
                format!(
                    "resource \"aws_iam_role\" \"{id}\" {{\n  name               = \"{name}\"\n  assume_role_policy = {}\n}}\n",
                    iac::heredoc(doc)
                )
            } else {
                format!(
                    "resource \"aws_iam_policy\" \"{id}\" {{\n  name   = \"{name}\"\n  policy = {}\n}}\n",
                    iac::heredoc(doc)
                )
            }
        }
        PolicyFormat::Cloudformation => {
            let resource = if kind == DocKind::Trust {
                json!({"Type": "AWS::IAM::Role", "Properties": {"RoleName": name, "AssumeRolePolicyDocument": doc}})
            } else {
                json!({"Type": "AWS::IAM::ManagedPolicy", "Properties": {"ManagedPolicyName": name, "PolicyDocument": doc}})
            };
            let logical: String = name.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
            let template =
                json!({"AWSTemplateFormatVersion": "2010-09-09", "Resources": {logical: resource}});
            iac::yaml(&template, 0)
        }
    }
}

async fn gen_cmd(g: &GlobalArgs, a: &PolicyGenArgs, printer: &Printer) -> anyhow::Result<ExitCode> {
    if a.apply && a.role.is_none() && a.user.is_none() {
        return Err(CliError::usage(
            "policy.apply_needs_target",
            "--apply needs a principal to attach the policy to",
        )
        .with_fix("add --user NAME or --role NAME (the policy is attached as an inline policy, after confirmation)")
        .into());
    }
    let settings = config::resolve(&g.overrides()).await?;
    let intents_list: Vec<Intent> = intents::with_auth_needs(
        &a.intent,
        settings.auth_mode() == crate::config::AuthMode::ApiKey,
    );
    let region = settings.region.as_ref().map(|r| r.value.clone());
    let ws = settings.workspace_id.as_ref().map(|w| w.value.clone());
    let needs_ws_arn = !intents::actions_for(&intents_list).0.is_empty()
        || !intents::actions_for(&a.deny).0.is_empty();
    let acct = account(&settings, a.account.as_ref()).await?;
    let resource = if a.all_workspaces {
        format!(
            "arn:aws:{PREFIX}:{}:{acct}:workspace/*",
            region.as_deref().unwrap_or("*")
        )
    } else if needs_ws_arn {
        let region = region.ok_or_else(|| {
            CliError::usage(
                "config.region_missing",
                "the workspace ARN needs the region",
            )
            .with_fix("set AWS_REGION (or --region), or pass --all-workspaces")
        })?;
        let ws = ws.ok_or_else(|| {
            CliError::usage(
                "config.workspace_missing",
                "the workspace ARN needs the workspace ID",
            )
            .with_fix(
                "set ANTHROPIC_AWS_WORKSPACE_ID (or --workspace-id), or pass --all-workspaces",
            )
        })?;
        intents::workspace_arn(&region, &acct, &ws)
    } else {
        "*".to_string()
    };
    let doc = generate(&intents_list, &a.deny, &resource, !a.no_sts_statements);
    let name = a.policy_name.clone();

    if a.role.is_some() || a.user.is_some() {
        return apply(g, a, &settings, &doc, &name, printer).await;
    }
    if printer.json && a.format == PolicyFormat::Json {
        printer.json(&doc)?;
    } else {
        printer.out(&render(&doc, a.format, &name, DocKind::Identity))?;
    }
    Ok(ExitCode::SUCCESS)
}

async fn apply(
    g: &GlobalArgs,
    a: &PolicyGenArgs,
    settings: &Settings,
    doc: &Value,
    name: &str,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let ctx = AwsCtx::from_settings(settings.clone()).await;
    let iam = ctx.iam();
    let text = serde_json::to_string(doc)?;
    let target = match (&a.role, &a.user) {
        (Some(r), _) => PrincipalRef::Role(r.clone()),
        (_, Some(u)) => PrincipalRef::User(u.clone()),
        _ => unreachable!("apply is only called with --role or --user"),
    };
    let (kind, principal) = (target.kind(), target.name().to_string());
    // What it replaces, if anything.
    let existing = iam.inline_policy(&target, name).await.ok();
    let replaced = existing
        .as_deref()
        .and_then(|d| iam_policy::parse_document(d).ok());
    if replaced
        .as_ref()
        .is_some_and(|old| iam_policy::parse_document(&text).ok().as_ref() == Some(old))
    {
        printer.info(&format!(
            "{kind} {principal} already has this inline policy {name}; nothing to change"
        ));
        return Ok(ExitCode::SUCCESS);
    }
    let q = match &replaced {
        Some(old) => format!(
            "Replace the inline policy {name} ({} statements) of {kind} {principal}?",
            old.statements.len()
        ),
        None => format!("Attach the inline policy {name} to {kind} {principal}?"),
    };
    confirm(g.yes, &q)?;
    let result = iam.put_inline_policy(&target, name, &text).await;
    if let Err(e) = result {
        let action = match target {
            PrincipalRef::Role(_) => "iam:PutRolePolicy",
            PrincipalRef::User(_) => "iam:PutUserPolicy",
        };
        return Err(CliError::new(exit::REJECTED, "policy.apply", format!("could not attach the policy to {kind} {principal}"))
            .with_cause(diagnosis::summary(&e))
            .with_fix(if crate::federation::is_access_denied(&e) {
                format!("the caller needs {action} on the {kind}; or give the JSON (`cpaws policy gen`) to an administrator")
            } else {
                format!("check that the {kind} {principal} exists")
            })
            .into());
    }
    let msg = match &replaced {
        Some(old) => format!(
            "replaced the inline policy {name} of {kind} {principal} (it had {} statements)",
            old.statements.len()
        ),
        None => format!("attached the inline policy {name} to {kind} {principal}"),
    };
    if printer.json {
        printer.json(&json!({"applied": true, "principal_type": kind, "principal": principal, "policy_name": name, "replaced": replaced.is_some(), "policy": doc}))?;
    } else {
        printer.out(&format!("{GOOD}✓{GOOD:#} {msg}\n"))?;
    }
    Ok(ExitCode::SUCCESS)
}

async fn trust_cmd(
    g: &GlobalArgs,
    a: &PolicyTrustArgs,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let settings = config::resolve(&g.overrides()).await?;
    let mut statements = Vec::new();
    if let Some(p) = &a.principal {
        if let Some(note) = crate::trust::preset_note(p) {
            printer.info(&note);
        }
        let p = crate::trust::resolve_principal(p, "--principal")
            .map_err(|e| CliError::usage("policy.principal", e.message).with_fix(e.fix))?;
        statements.push(crate::trust::aws_principal_statement(
            &p,
            a.external_id.as_deref(),
        ));
    }
    if let Some(acct) = &a.account_root {
        if acct.len() != 12 || !acct.chars().all(|c| c.is_ascii_digit()) {
            return Err(CliError::usage(
                "policy.account",
                format!("{acct:?} is not a 12-digit account ID"),
            )
            .into());
        }
        let mut st = crate::trust::aws_principal_statement(acct, a.external_id.as_deref());
        st["Sid"] = json!("AllowAccountRoot");
        statements.push(st);
    }
    if let Some(repo) = &a.github_repo {
        let (repo_part, git_ref) = match repo.split_once(':') {
            Some((r, f)) => (r, Some(f)),
            None => (repo.as_str(), None),
        };
        if repo_part.split('/').count() != 2 || repo_part.split('/').any(str::is_empty) {
            return Err(CliError::usage(
                "policy.github_repo",
                format!("{repo:?} is not owner/repo[:ref]"),
            )
            .with_fix("pass --github-repo owner/repo or owner/repo:ref:refs/heads/main")
            .into());
        }
        let acct = account(&settings, a.account.as_ref()).await?;
        let sub = match git_ref {
            Some(r)
                if r.starts_with("ref:")
                    || r.starts_with("environment:")
                    || r == "pull_request" =>
            {
                format!("repo:{repo_part}:{r}")
            }
            Some(r) => format!(
                "repo:{repo_part}:ref:{}",
                if r.starts_with("refs/") {
                    r.to_string()
                } else {
                    format!("refs/heads/{r}")
                }
            ),
            None => format!("repo:{repo_part}:*"),
        };
        statements.push(json!({
            "Sid": "AllowGitHubActions",
            "Effect": "Allow",
            "Principal": {"Federated": format!("arn:aws:iam::{acct}:oidc-provider/token.actions.githubusercontent.com")},
            "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": {
                "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
                "StringLike": {"token.actions.githubusercontent.com:sub": sub}
            }
        }));
    }
    if let Some(issuer) = &a.eks_oidc_issuer {
        let sa = a.service_account.as_ref().ok_or_else(|| {
            CliError::usage(
                "policy.service_account",
                "--eks-oidc-issuer needs --service-account NAMESPACE:NAME",
            )
        })?;
        let (ns, name) = sa.split_once([':', '/']).ok_or_else(|| {
            CliError::usage(
                "policy.service_account",
                format!("{sa:?} is not NAMESPACE:NAME"),
            )
        })?;
        let acct = account(&settings, a.account.as_ref()).await?;
        let host = issuer.trim_start_matches("https://").trim_end_matches('/');
        statements.push(json!({
            "Sid": "AllowEksServiceAccount",
            "Effect": "Allow",
            "Principal": {"Federated": format!("arn:aws:iam::{acct}:oidc-provider/{host}")},
            "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": {"StringEquals": {
                format!("{host}:sub"): format!("system:serviceaccount:{ns}:{name}"),
                format!("{host}:aud"): "sts.amazonaws.com"
            }}
        }));
    }
    if statements.is_empty() {
        return Err(CliError::usage("policy.trust", "no principal to trust")
            .with_fix("pass --principal ARN [--external-id ID], --account-root ACCOUNT, --github-repo owner/repo[:ref], or --eks-oidc-issuer URL --service-account NS:NAME")
            .into());
    }
    let doc = json!({"Version": "2012-10-17", "Statement": statements});
    if printer.json && a.format == PolicyFormat::Json {
        printer.json(&doc)?;
    } else {
        printer.out(&render(&doc, a.format, &a.role_name, DocKind::Trust))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// What a finding of `policy check` is about (`kind` in `--json`).
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    Missing,
    OverGrant,
    Ineffective,
    WrongRegion,
    UnknownAction,
    Invalid,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Missing => "missing",
            FindingKind::OverGrant => "over_grant",
            FindingKind::Ineffective => "ineffective",
            FindingKind::WrongRegion => "wrong_region",
            FindingKind::UnknownAction => "unknown_action",
            FindingKind::Invalid => "invalid",
        }
    }

    /// Whether the policy cannot work as it is (an over-grant only warns).
    pub fn breaks(self) -> bool {
        self != FindingKind::OverGrant
    }
}

#[derive(Serialize, Clone, Debug)]
pub struct Finding {
    pub kind: FindingKind,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

#[derive(Serialize)]
pub struct CheckReport {
    pub ok: bool,
    pub intents: Vec<String>,
    pub resource: String,
    pub findings: Vec<Finding>,
}

fn finding(
    kind: FindingKind,
    message: String,
    statement: Option<String>,
    intent: Option<String>,
    fix: Option<String>,
) -> Finding {
    Finding {
        kind,
        message,
        statement,
        intent,
        fix,
    }
}

/// Check a policy document against intents: missing actions, over-grants, statements that cannot
/// work, unknown actions.
pub fn check_document(
    text: &str,
    intents_list: &[Intent],
    resource: &str,
    region: Option<&str>,
) -> Result<Vec<Finding>, iam_policy::ParseError> {
    let doc = iam_policy::parse_document(text)?;
    let mut out = Vec::new();
    let label = |st: &iam_policy::Statement| {
        st.sid
            .clone()
            .unwrap_or_else(|| format!("Statement[{}]", st.index))
    };
    let named = [iam_policy::NamedPolicy {
        id: "policy".into(),
        kind: iam_policy::PolicyKind::Inline,
        document: doc.clone(),
    }];
    let ctx = iam_policy::Context::new();
    // 1. Missing actions per intent.
    for i in intents_list {
        let (ws, acct) = intents::actions_for(&[*i]);
        for (actions, res) in [(ws, resource), (acct, "*")] {
            for action in actions {
                let ev = iam_policy::evaluate(&named, None, &action, res, &ctx);
                if ev.decision != Decision::Allowed {
                    let why = if ev.decision == Decision::ExplicitDeny {
                        "explicitly denied"
                    } else {
                        "not allowed"
                    };
                    out.push(finding(
                        FindingKind::Missing,
                        format!("{action} is {why} on {res} (needed for {})", i.name()),
                        None,
                        Some(i.name().to_string()),
                        Some(if res == "*" {
                            format!("add {action} with \"Resource\": \"*\" (cpaws policy gen --intent {})", i.name())
                        } else {
                            format!("add {action} on the workspace ARN (cpaws policy gen --intent {})", i.name())
                        }),
                    ));
                }
            }
        }
    }
    // 2. Per statement: over-grants, ineffective or unknown actions, wrong regions.
    for st in &doc.statements {
        let actions: Vec<&String> = st.action.iter().flatten().collect();
        let resources: Vec<&String> = st.resource.iter().flatten().collect();
        if st.effect == Effect::Allow {
            for a in &actions {
                let lower = a.to_ascii_lowercase();
                if lower == "*" || lower == format!("{PREFIX}:*") {
                    out.push(finding(FindingKind::OverGrant, format!("{a} grants every Claude Platform action (and more), including console access and workspace administration"), Some(label(st)), None, Some("list the actions you need explicitly (cpaws policy gen)".into())));
                } else if lower.starts_with(&format!("{PREFIX}:")) && a.contains(['*', '?']) {
                    let matched = iam_policy::expand_action_pattern(a);
                    let content = matched.iter().any(|m| {
                        matches!(
                            *m,
                            "GetFile"
                                | "GetSkill"
                                | "GetMemoryStore"
                                | "GetSession"
                                | "GetBatchInference"
                        )
                    });
                    out.push(finding(
                        FindingKind::OverGrant,
                        format!(
                            "{a} matches {} actions ({}){}",
                            matched.len(),
                            matched
                                .iter()
                                .take(8)
                                .cloned()
                                .collect::<Vec<_>>()
                                .join(", "),
                            if content {
                                "; Get* also returns file, batch and session content"
                            } else {
                                ""
                            }
                        ),
                        Some(label(st)),
                        None,
                        Some("use explicit action names (cpaws policy gen)".into()),
                    ));
                }
            }
            // Account-scoped actions only on workspace ARNs never match.
            let only_ws =
                !resources.is_empty() && resources.iter().all(|r| r.contains(":workspace/"));
            if only_ws {
                for a in &actions {
                    if iam_policy::is_account_scoped(a) {
                        out.push(finding(
                            FindingKind::Ineffective,
                            format!("{a} has no resource type, so it never matches the workspace ARN in this statement (silently ineffective)"),
                            Some(label(st)),
                            None,
                            Some(format!("move {a} to a statement with \"Resource\": \"*\"")),
                        ));
                    }
                }
            }
        }
        for a in iam_policy::unknown_actions(&iam_policy::PolicyDocument {
            version: doc.version.clone(),
            statements: vec![st.clone()],
        }) {
            out.push(finding(
                FindingKind::UnknownAction,
                format!("{a} is not an aws-external-anthropic action"),
                Some(label(st)),
                None,
                Some(
                    "check the spelling against the IAM actions list (docs: platform IAM actions)"
                        .into(),
                ),
            ));
        }
        if let Some(region) = region {
            for r in &resources {
                if let Ok(arn) = Arn::parse(r)
                    && arn.service() == PREFIX
                    && arn.region() != region
                    && !arn.region().contains('*')
                {
                    out.push(finding(
                        FindingKind::WrongRegion,
                        format!("{r} is in {}, but the workspace is used in {region}: the ARN never matches", arn.region()),
                        Some(label(st)),
                        None,
                        Some(format!("use arn:aws:{PREFIX}:{region}:…")),
                    ));
                }
            }
        }
    }
    Ok(out)
}

async fn check_cmd(
    g: &GlobalArgs,
    a: &PolicyCheckArgs,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let settings = config::resolve(&g.overrides()).await?;
    let text = if a.file.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin()
            .take(10 * 1024 * 1024)
            .read_to_string(&mut s)
            .map_err(|e| {
                CliError::usage("policy.read", "cannot read the policy from stdin")
                    .with_cause(e.to_string())
            })?;
        s
    } else {
        let meta = std::fs::metadata(&a.file).map_err(|e| {
            CliError::usage("policy.read", format!("cannot read {}", a.file.display()))
                .with_cause(e.to_string())
        })?;
        if meta.len() > 10 * 1024 * 1024 {
            return Err(CliError::usage(
                "policy.read",
                format!(
                    "{} is {} bytes; IAM policies are at most a few KB",
                    a.file.display(),
                    meta.len()
                ),
            )
            .into());
        }
        std::fs::read_to_string(&a.file).map_err(|e| {
            CliError::usage("policy.read", format!("cannot read {}", a.file.display()))
                .with_cause(e.to_string())
        })?
    };
    let intents_list: Vec<Intent> = intents::with_auth_needs(
        &a.intent,
        settings.auth_mode() == crate::config::AuthMode::ApiKey,
    );
    let region = settings.region.as_ref().map(|r| r.value.clone());
    let account = a.account.clone().unwrap_or_else(|| "123456789012".into());
    let ws = settings
        .workspace_id
        .as_ref()
        .map(|w| w.value.clone())
        .unwrap_or_else(|| "wrkspc_01CHECK".into());
    let resource = match (&region, &a.account) {
        (Some(r), Some(_)) => intents::workspace_arn(r, &account, &ws),
        (Some(r), None) => intents::workspace_arn(r, &account, &ws),
        (None, _) => intents::workspace_arn("us-east-1", &account, &ws),
    };
    let findings = match check_document(&text, &intents_list, &resource, region.as_deref()) {
        Ok(f) => f,
        Err(e) => {
            let pos = match (e.line, e.column) {
                (Some(l), Some(c)) => format!(" at line {l}, column {c}"),
                _ => String::new(),
            };
            let f = finding(
                FindingKind::Invalid,
                format!("{}{pos}", e.message),
                None,
                None,
                Some("fix the policy document".into()),
            );
            let report = CheckReport {
                ok: false,
                intents: intents_list.iter().map(|i| i.name().to_string()).collect(),
                resource,
                findings: vec![f],
            };
            if printer.json {
                printer.json(&report)?;
            } else {
                printer.out(&format!(
                    "{ERROR}✗{ERROR:#} invalid policy document: {}{pos}\n",
                    e.message
                ))?;
            }
            return Ok(ExitCode::from(exit::USAGE));
        }
    };
    let broken = findings.iter().any(|f| f.kind.breaks());
    let report = CheckReport {
        ok: !broken,
        intents: intents_list.iter().map(|i| i.name().to_string()).collect(),
        resource,
        findings,
    };
    if printer.json {
        printer.json(&report)?;
    } else {
        let mut out = String::new();
        for f in &report.findings {
            let sym = if f.kind == FindingKind::OverGrant {
                format!("{WARN}!{WARN:#}")
            } else {
                format!("{ERROR}✗{ERROR:#}")
            };
            out.push_str(&format!(
                "{sym} {BOLD}{}{BOLD:#} {}{}\n",
                f.kind.as_str(),
                f.message,
                f.statement
                    .as_ref()
                    .map(|s| format!(" [{s}]"))
                    .unwrap_or_default()
            ));
            if let Some(fix) = &f.fix {
                out.push_str(&format!("    fix: {fix}\n"));
            }
        }
        if report.findings.is_empty() {
            out.push_str(&format!(
                "{GOOD}✓{GOOD:#} the policy grants exactly what {} needs\n",
                report.intents.join(", ")
            ));
        } else if report.ok {
            out.push_str(&format!(
                "{WARN}ok with warnings{WARN:#}: every needed action is granted\n"
            ));
        } else {
            out.push_str(&format!("{ERROR}problems found{ERROR:#}\n"));
        }
        printer.out(&out)?;
    }
    Ok(ExitCode::from(if report.ok {
        exit::OK
    } else {
        exit::FAILURE
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `--json` names each kind as the human output does, in the words docs/json.md lists.
    #[test]
    fn finding_kinds_serialize_as_their_names() {
        for k in [
            FindingKind::Missing,
            FindingKind::OverGrant,
            FindingKind::Ineffective,
            FindingKind::WrongRegion,
            FindingKind::UnknownAction,
            FindingKind::Invalid,
        ] {
            assert_eq!(serde_json::to_value(k).unwrap(), json!(k.as_str()));
            assert_eq!(k.breaks(), k != FindingKind::OverGrant);
        }
    }
}
