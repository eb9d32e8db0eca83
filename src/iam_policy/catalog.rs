//! Claude Platform on AWS actions.

use super::*;

/// Every documented `aws-external-anthropic` action (platform.md §3.2), without the prefix.
pub const KNOWN_ACTIONS: &[&str] = &[
    "CreateInference",
    "CountTokens",
    "CreateBatchInference",
    "GetBatchInference",
    "ListBatchInferences",
    "CancelBatchInference",
    "DeleteBatchInference",
    "GetModel",
    "ListModels",
    "CreateFile",
    "GetFile",
    "ListFiles",
    "DeleteFile",
    "CreateSkill",
    "GetSkill",
    "ListSkills",
    "UpdateSkill",
    "DeleteSkill",
    "CreateUserProfile",
    "GetUserProfile",
    "ListUserProfiles",
    "UpdateUserProfile",
    "CreateUserProfileEnrollmentUrl",
    "CreateAgent",
    "GetAgent",
    "ListAgents",
    "UpdateAgent",
    "ArchiveAgent",
    "CreateSession",
    "GetSession",
    "ListSessions",
    "UpdateSession",
    "ArchiveSession",
    "DeleteSession",
    "CreateEnvironment",
    "GetEnvironment",
    "ListEnvironments",
    "UpdateEnvironment",
    "ArchiveEnvironment",
    "DeleteEnvironment",
    "ProcessEnvironmentWork",
    "CreateVault",
    "GetVault",
    "ListVaults",
    "UpdateVault",
    "ArchiveVault",
    "DeleteVault",
    "CreateMemoryStore",
    "GetMemoryStore",
    "ListMemoryStores",
    "UpdateMemoryStore",
    "ArchiveMemoryStore",
    "DeleteMemoryStore",
    "CreateWebhook",
    "GetWebhook",
    "ListWebhooks",
    "UpdateWebhook",
    "DeleteWebhook",
    "RotateWebhookSecret",
    "CreateWorkspace",
    "GetWorkspace",
    "ListWorkspaces",
    "UpdateWorkspace",
    "ArchiveWorkspace",
    "RegisterKey",
    "GetKey",
    "ListKeys",
    "UpdateKey",
    "DisableKey",
    "ListComplianceActivities",
    "CallWithBearerToken",
    "AssumeConsole",
    "GetAccountStatus",
    "TagResource",
    "UntagResource",
    "ListTagsForResource",
];

/// Actions with no resource type: they must be granted on `"*"`.
pub(super) const ACCOUNT_SCOPED: &[&str] = &[
    "CreateWorkspace",
    "ListWorkspaces",
    "CallWithBearerToken",
    "AssumeConsole",
    "GetAccountStatus",
    "RegisterKey",
    "GetKey",
    "ListKeys",
    "UpdateKey",
    "DisableKey",
    "ListComplianceActivities",
];

/// The action name without the `aws-external-anthropic:` prefix, if it has that prefix (any case) or
/// no prefix at all.
pub(super) fn anthropic_action_name(action: &str) -> Option<&str> {
    match action.split_once(':') {
        Some((svc, name)) if svc.eq_ignore_ascii_case(SERVICE_PREFIX) => Some(name),
        Some(_) => None,
        None => Some(action),
    }
}

/// Every `aws-external-anthropic:` action named in `Action`/`NotAction` that is not a known action
/// (case-insensitive; names with `*`/`?` are never unknown). As written, deduplicated, in order.
pub fn unknown_actions(doc: &PolicyDocument) -> Vec<String> {
    let mut out = Vec::new();
    for stmt in &doc.statements {
        for a in stmt.action.iter().chain(stmt.not_action.iter()).flatten() {
            let Some((svc, name)) = a.split_once(':') else {
                continue;
            };
            if !svc.eq_ignore_ascii_case(SERVICE_PREFIX) || name.contains(['*', '?']) {
                continue;
            }
            if !KNOWN_ACTIONS.iter().any(|k| k.eq_ignore_ascii_case(name)) {
                push_unique(&mut out, a.clone());
            }
        }
    }
    out
}

/// The known actions (without prefix) an action pattern such as `aws-external-anthropic:*File` or
/// `aws-external-anthropic:Get*` matches. Shows wildcard over-grants.
pub fn expand_action_pattern(pattern: &str) -> Vec<&'static str> {
    KNOWN_ACTIONS
        .iter()
        .copied()
        .filter(|name| action_matches(pattern, &format!("{SERVICE_PREFIX}:{name}")))
        .collect()
}

/// Is `action` (with or without the `aws-external-anthropic:` prefix, any case) one with no resource
/// type, i.e. it must be granted on `"*"`?
pub fn is_account_scoped(action: &str) -> bool {
    anthropic_action_name(action)
        .is_some_and(|name| ACCOUNT_SCOPED.iter().any(|a| a.eq_ignore_ascii_case(name)))
}
