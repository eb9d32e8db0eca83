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

/// The IAM action the gateway authorizes for a route (platform.md §3.2, the routes cpaws calls),
/// from a method and a path such as `/v1/files/file_01/content` (query ignored).
pub fn action_for_route(method: &str, path: &str) -> Option<&'static str> {
    let path = path.split('?').next().unwrap_or(path).trim_end_matches('/');
    let seg: Vec<&str> = path.split('/').skip(1).collect();
    let method = method.to_ascii_uppercase();
    Some(match (method.as_str(), seg.as_slice()) {
        ("POST", ["v1", "messages"]) => "CreateInference",
        ("POST", ["v1", "messages", "count_tokens"]) => "CountTokens",
        ("POST", ["v1", "messages", "batches"]) => "CreateBatchInference",
        ("GET", ["v1", "messages", "batches"]) => "ListBatchInferences",
        ("GET", ["v1", "messages", "batches", _]) => "GetBatchInference",
        ("GET", ["v1", "messages", "batches", _, "results"]) => "GetBatchInference",
        ("POST", ["v1", "messages", "batches", _, "cancel"]) => "CancelBatchInference",
        ("DELETE", ["v1", "messages", "batches", _]) => "DeleteBatchInference",
        ("GET", ["v1", "models"]) => "ListModels",
        ("GET", ["v1", "models", _]) => "GetModel",
        ("POST", ["v1", "files"]) => "CreateFile",
        ("GET", ["v1", "files"]) => "ListFiles",
        ("GET", ["v1", "files", _]) | ("GET", ["v1", "files", _, "content"]) => "GetFile",
        ("DELETE", ["v1", "files", _]) => "DeleteFile",
        ("GET", ["v1", "organizations", "workspaces"]) => "ListWorkspaces",
        ("POST", ["v1", "organizations", "workspaces"]) => "CreateWorkspace",
        ("GET", ["v1", "organizations", "workspaces", _]) => "GetWorkspace",
        ("POST", ["v1", "organizations", "workspaces", _]) => "UpdateWorkspace",
        ("POST", ["v1", "organizations", "workspaces", _, "archive"]) => "ArchiveWorkspace",
        _ => return None,
    })
}

#[cfg(test)]
mod route_tests {
    use super::*;

    #[test]
    fn every_route_cpaws_calls_names_a_known_action() {
        for (m, p, want) in [
            ("POST", "/v1/messages", "CreateInference"),
            ("post", "/v1/messages/count_tokens", "CountTokens"),
            ("GET", "/v1/models?limit=1", "ListModels"),
            ("GET", "/v1/models/claude-sonnet-4-6", "GetModel"),
            ("GET", "/v1/files/file_01/content", "GetFile"),
            ("DELETE", "/v1/files/file_01", "DeleteFile"),
            (
                "GET",
                "/v1/messages/batches/msgbatch_1/results",
                "GetBatchInference",
            ),
            (
                "POST",
                "/v1/messages/batches/msgbatch_1/cancel",
                "CancelBatchInference",
            ),
            ("GET", "/v1/organizations/workspaces", "ListWorkspaces"),
            (
                "GET",
                "/v1/organizations/workspaces/wrkspc_01A",
                "GetWorkspace",
            ),
        ] {
            let got = action_for_route(m, p);
            assert_eq!(got, Some(want), "{m} {p}");
            assert!(KNOWN_ACTIONS.contains(&want), "{want}");
        }
        assert_eq!(action_for_route("PUT", "/v1/messages"), None);
        assert_eq!(action_for_route("GET", "/v2/other"), None);
    }
}
