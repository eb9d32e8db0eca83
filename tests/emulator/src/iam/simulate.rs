//! SimulatePrincipalPolicy: the identity policies (and permissions boundary) of a user or role,
//! plus PolicyInputList, evaluated for every action × resource pair.

use super::{R, authz, err, list_param, paginate, param, parse_policy_document, required};
use crate::policy::{self, Context, OwnedPolicy, PrincipalName};
use crate::state::{Caller, State};
use crate::xml::{self, elem, members, wrap};

/// Parses `PolicySourceArn`: an IAM user or role ARN (`arn:aws:iam::<acct>:user/[path/]name`,
/// `…:role/[path/]name`). Returns (account, principal).
fn parse_source_arn(arn: &str) -> Option<(String, PrincipalName)> {
    let rest = arn.strip_prefix("arn:aws:iam::")?;
    let (acct, res) = rest.split_once(':')?;
    let (kind, path_name) = res.split_once('/')?;
    let name = path_name.rsplit('/').next()?.to_string();
    if name.is_empty() {
        return None;
    }
    match kind {
        "user" => Some((acct.to_string(), PrincipalName::User(name))),
        "role" => Some((acct.to_string(), PrincipalName::Role(name))),
        _ => None,
    }
}

pub(super) fn simulate_principal_policy(
    state: &mut State,
    caller: &Caller,
    p: &[(String, String)],
) -> R {
    let source = required(p, "PolicySourceArn")?.to_string();
    authz(state, caller, "SimulatePrincipalPolicy", &source)?;
    let actions = list_param(p, "ActionNames");
    if actions.is_empty() {
        return Err(err(
            400,
            "ValidationError",
            "1 validation error detected: Value null at 'actionNames' failed to satisfy constraint: Member must not be null",
        ));
    }
    let mut resources = list_param(p, "ResourceArns");
    if resources.is_empty() {
        resources.push("*".to_string());
    }
    let Some((acct_id, who)) = parse_source_arn(&source) else {
        // Real IAM wants the role ARN, not an assumed-role session ARN (emulator contract); the
        // exact error text is UNCONFIRMED.
        return Err(err(
            400,
            "InvalidInput",
            format!(
                "Invalid ARN {source}: PolicySourceArn must be the ARN of an IAM user, group or role."
            ),
        ));
    };
    let Some((mut identity, boundary)) = policy::principal_policies(state, &acct_id, &who) else {
        return Err(err(
            404,
            "NoSuchEntity",
            format!("PolicySourceArn {source} does not exist."),
        ));
    };
    // PolicyInputList.member.N: extra identity policies (SourcePolicyType "none",
    // SourcePolicyId "PolicyInputList.N" as the IAM simulator reports them).
    for (i, text) in list_param(p, "PolicyInputList").iter().enumerate() {
        let doc = parse_policy_document(text)?;
        identity.push(OwnedPolicy {
            id: format!("PolicyInputList.{}", i + 1),
            kind: "none".to_string(),
            doc,
        });
    }
    // ContextEntries.member.N.{ContextKeyName, ContextKeyValues.member.M, ContextKeyType}
    let mut ctx = Context::new();
    for n in 1.. {
        let base = format!("ContextEntries.member.{n}");
        let Some(key) = param(p, &format!("{base}.ContextKeyName")) else {
            break;
        };
        let values = list_param(p, &format!("{base}.ContextKeyValues"));
        ctx.entry(key.to_ascii_lowercase())
            .or_default()
            .extend(values);
    }
    // The simulator substitutes ${aws:username} for a simulated user; nothing else is implied.
    // (Choice: aws:username is provided for users unless given; all other keys must come from
    // ContextEntries and are otherwise reported in MissingContextValues.)
    if let PrincipalName::User(n) = &who {
        ctx.entry("aws:username".to_string())
            .or_insert_with(|| vec![n.clone()]);
    }
    let id_refs: Vec<policy::PolicyRef<'_>> = identity.iter().map(OwnedPolicy::as_ref).collect();
    let bd_refs: Option<Vec<policy::PolicyRef<'_>>> = boundary
        .as_ref()
        .map(|b| b.iter().map(OwnedPolicy::as_ref).collect());
    let all: Vec<&OwnedPolicy> = identity.iter().chain(boundary.iter().flatten()).collect();
    // UNCONFIRMED: one EvaluationResult per (action, resource) pair, each naming its resource.
    let mut results = Vec::new();
    for action in &actions {
        for resource in &resources {
            let r = policy::evaluate(&id_refs, bd_refs.as_deref(), action, resource, &ctx);
            let matched: Vec<String> = r
                .matched
                .iter()
                .map(|m| {
                    let pos = all
                        .iter()
                        .find(|o| o.id == m.source_policy_id && o.kind == m.source_policy_type)
                        .and_then(|o| policy::statement_position(&o.doc, m.index));
                    let pos_xml = match pos {
                        Some(((l1, c1), (l2, c2))) => format!(
                            "{}{}",
                            wrap(
                                "StartPosition",
                                &format!(
                                    "{}{}",
                                    elem("Line", &l1.to_string()),
                                    elem("Column", &c1.to_string())
                                )
                            ),
                            wrap(
                                "EndPosition",
                                &format!(
                                    "{}{}",
                                    elem("Line", &l2.to_string()),
                                    elem("Column", &c2.to_string())
                                )
                            )
                        ),
                        None => String::new(),
                    };
                    format!(
                        "{}{}{pos_xml}",
                        elem("SourcePolicyId", &m.source_policy_id),
                        elem("SourcePolicyType", &m.source_policy_type)
                    )
                })
                .collect();
            let missing: Vec<String> = r.missing_context.iter().map(|k| xml::escape(k)).collect();
            results.push(format!(
                "{}{}{}{}{}",
                elem("EvalActionName", action),
                elem("EvalResourceName", resource),
                elem("EvalDecision", r.decision.as_eval_str()),
                members("MatchedStatements", &matched),
                members("MissingContextValues", &missing)
            ));
        }
    }
    let (page, tail) = paginate(results, p)?;
    Ok(format!("{}{tail}", members("EvaluationResults", &page)))
}
