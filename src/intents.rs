//! What each use of Claude Platform on AWS needs from IAM (platform.md §3.2), and the least-privilege
//! identity policy that grants it. Shared by `doctor` (permissions check and its fix) and
//! `policy gen`.

use serde_json::{Value, json};

pub use crate::sign::SERVICE as PREFIX;

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, clap::ValueEnum, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Intent {
    /// Messages, token counting, model listing (what `cpaws chat` needs)
    #[value(alias = "chat")]
    Inference,
    /// The Files API
    Files,
    /// Message batches
    Batches,
    /// Reading workspaces
    Workspaces,
    /// Calling with API keys (CallWithBearerToken)
    #[value(alias = "keys")]
    ApiKey,
    /// Everything above
    Full,
}

impl Intent {
    pub fn name(self) -> &'static str {
        match self {
            Intent::Inference => "inference",
            Intent::Files => "files",
            Intent::Batches => "batches",
            Intent::Workspaces => "workspaces",
            Intent::ApiKey => "api-key",
            Intent::Full => "full",
        }
    }

    /// (workspace-scoped actions, account-scoped actions on "*"). Explicit lists only, never `Get*`
    /// (which would also grant file and batch content).
    pub fn actions(self) -> (Vec<&'static str>, Vec<&'static str>) {
        match self {
            Intent::Inference => (
                vec!["CreateInference", "CountTokens", "ListModels", "GetModel"],
                vec![],
            ),
            Intent::Files => (
                vec!["CreateFile", "ListFiles", "GetFile", "DeleteFile"],
                vec![],
            ),
            Intent::Batches => (
                vec![
                    "CreateBatchInference",
                    "GetBatchInference",
                    "ListBatchInferences",
                    "CancelBatchInference",
                    "DeleteBatchInference",
                ],
                vec![],
            ),
            Intent::Workspaces => (vec!["GetWorkspace"], vec!["ListWorkspaces"]),
            Intent::ApiKey => (vec![], vec!["CallWithBearerToken"]),
            Intent::Full => {
                let mut ws = Vec::new();
                let mut acct = Vec::new();
                for i in [
                    Intent::Inference,
                    Intent::Files,
                    Intent::Batches,
                    Intent::Workspaces,
                    Intent::ApiKey,
                ] {
                    let (w, a) = i.actions();
                    ws.extend(w);
                    acct.extend(a);
                }
                (ws, acct)
            }
        }
    }
}

/// The default: what cpaws itself needs for chat and files.
pub const DEFAULT_INTENTS: &[Intent] = &[Intent::Inference, Intent::Files];

pub fn workspace_arn(region: &str, account: &str, workspace: &str) -> String {
    format!("arn:aws:{PREFIX}:{region}:{account}:workspace/{workspace}")
}

/// Workspace-scoped and account-scoped actions (prefixed) for a set of intents, deduplicated, in order.
pub fn actions_for(intents: &[Intent]) -> (Vec<String>, Vec<String>) {
    let mut ws: Vec<String> = Vec::new();
    let mut acct: Vec<String> = Vec::new();
    // The same statements whatever order the intents were given in.
    let mut sorted = intents.to_vec();
    sorted.sort();
    sorted.dedup();
    for i in &sorted {
        let (w, a) = i.actions();
        for x in w {
            let full = format!("{PREFIX}:{x}");
            if !ws.contains(&full) {
                ws.push(full);
            }
        }
        for x in a {
            let full = format!("{PREFIX}:{x}");
            if !acct.contains(&full) {
                acct.push(full);
            }
        }
    }
    (ws, acct)
}

/// The statements the AWS managed policies carry so that the gateway can mint the web identity token
/// as the caller (platform.md §4.4).
pub fn sts_statements() -> Vec<Value> {
    vec![
        json!({
            "Sid": "AllowGetWebIdentityTokenForClaudePlatform",
            "Effect": "Allow",
            "Action": "sts:GetWebIdentityToken",
            "Resource": "*",
            "Condition": {
                "ForAnyValue:StringEquals": {
                    "sts:IdentityTokenAudience": ["https://api.anthropic.com", "https://platform.claude.com"]
                },
                "StringEquals": {"aws:CalledViaLast": "aws-external-anthropic.amazonaws.com"}
            }
        }),
        json!({
            "Sid": "AllowTagGetWebIdentityToken",
            "Effect": "Allow",
            "Action": "sts:TagGetWebIdentityToken",
            "Resource": "*"
        }),
    ]
}

/// A least-privilege identity policy for `actions` (workspace-scoped on `resource`, account-scoped on "*").
pub fn policy_document(
    ws_actions: &[String],
    account_actions: &[String],
    resource: &str,
    sts: bool,
) -> Value {
    let mut statements = Vec::new();
    if !ws_actions.is_empty() {
        statements.push(json!({
            "Sid": "ClaudePlatformWorkspace",
            "Effect": "Allow",
            "Action": ws_actions,
            "Resource": resource,
        }));
    }
    if !account_actions.is_empty() {
        statements.push(json!({
            "Sid": "ClaudePlatformAccount",
            "Effect": "Allow",
            "Action": account_actions,
            "Resource": "*",
        }));
    }
    if sts {
        statements.extend(sts_statements());
    }
    json!({"Version": "2012-10-17", "Statement": statements})
}

/// The AWS managed policies that grant `action` (a short name such as `CreateFile`, or a full
/// `aws-external-anthropic:CreateFile`), smallest first: those whose Allow statements name an
/// action pattern that matches it, read from the published documents
/// (`iam_policy::managed_policies`, the data file the emulator serves too).
pub fn managed_policies_granting(action: &str) -> Vec<&'static str> {
    let short = action.rsplit(':').next().unwrap_or(action);
    crate::iam_policy::managed_policies()
        .iter()
        .filter(|p| {
            p.anthropic_actions()
                .iter()
                .any(|pattern| crate::iam_policy::glob_match(pattern, short, true))
        })
        .map(|p| p.name.as_str())
        .collect()
}

/// The intended uses as given (or the default), plus `api-key` when requests are made with an API
/// key: every API-key caller needs CallWithBearerToken, so a policy or a check without it would
/// not hold.
pub fn with_auth_needs(asked: &[Intent], api_key_mode: bool) -> Vec<Intent> {
    let mut out = if asked.is_empty() {
        DEFAULT_INTENTS.to_vec()
    } else {
        asked.to_vec()
    };
    if api_key_mode
        && !out
            .iter()
            .any(|i| matches!(i, Intent::ApiKey | Intent::Full))
    {
        out.push(Intent::ApiKey);
    }
    out
}

#[cfg(test)]
mod managed_tests {
    use super::*;

    #[test]
    fn managed_suggestions_come_from_each_policys_actions() {
        assert_eq!(
            managed_policies_granting("CreateInference"),
            [
                "AnthropicInferenceAccess",
                "AnthropicLimitedAccess",
                "AnthropicFullAccess"
            ]
        );
        // Inference access does not cover files.
        assert_eq!(
            managed_policies_granting("aws-external-anthropic:CreateFile"),
            ["AnthropicLimitedAccess", "AnthropicFullAccess"]
        );
        assert_eq!(
            managed_policies_granting("ListFiles")[0],
            "AnthropicReadOnlyAccess"
        );
        assert_eq!(
            managed_policies_granting("CallWithBearerToken")[0],
            "AnthropicSelfHostedEnvironmentAccess"
        );
        // From the documents, not a summary: AnthropicLimitedAccess names its Create*/Update*
        // actions one by one, so workspace administration is AnthropicFullAccess's alone, and
        // its console statement grants AssumeConsole (developer capability only).
        assert_eq!(
            managed_policies_granting("CreateWorkspace"),
            ["AnthropicFullAccess"]
        );
        assert_eq!(
            managed_policies_granting("AssumeConsole"),
            ["AnthropicLimitedAccess", "AnthropicFullAccess"]
        );
    }
}
