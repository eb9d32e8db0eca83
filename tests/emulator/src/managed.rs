//! Built-in AWS managed policies (`arn:aws:iam::aws:policy/<Name>`) and lookup of managed policies
//! (AWS managed or customer managed) by ARN.
//!
//! The Anthropic documents are the published JSON (platform.md §3.3; statement Sids as in the
//! FLOYD copies of the AWS managed-policy reference). `AnthropicLimitedAccess` is v6 as described
//! in platform.md §3.3 (its resourceless statement has only GetAccountStatus and
//! CallWithBearerToken; later versions add key/user-profile actions). `IAMReadOnlyAccess` is the
//! emulator contract's simplified form (iam:Get*, iam:List*, iam:Generate*, iam:Simulate*).

use crate::state::{Account, State};
use serde_json::{Value, json};

pub const AWS_POLICY_PREFIX: &str = "arn:aws:iam::aws:policy/";

/// An AWS managed policy built into the emulator.
#[derive(Clone, Debug)]
pub struct AwsManagedPolicy {
    pub name: &'static str,
    pub version: &'static str,
    pub created: &'static str,
    pub updated: &'static str,
    pub description: &'static str,
    pub document: Value,
}

/// The `sts:GetWebIdentityToken` + `sts:TagGetWebIdentityToken` statements shared by four of the
/// Anthropic managed policies (platform.md §3.3 / §4.4).
fn sts_statements(prefix: &str) -> [Value; 2] {
    [
        json!({
            "Sid": format!("{prefix}GetToken"),
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
            "Sid": format!("{prefix}TagToken"),
            "Effect": "Allow",
            "Action": "sts:TagGetWebIdentityToken",
            "Resource": "*"
        }),
    ]
}

const WORKSPACES: &str = "arn:aws:aws-external-anthropic:*:*:workspace/*";

fn doc(statements: Vec<Value>) -> Value {
    json!({"Version": "2012-10-17", "Statement": statements})
}

pub fn aws_managed_policies() -> Vec<AwsManagedPolicy> {
    let [ft, fg] = sts_statements("AnthropicFull");
    let full = doc(vec![
        json!({"Sid": "AnthropicFullAccess", "Effect": "Allow", "Action": ["aws-external-anthropic:*"], "Resource": "*"}),
        json!({"Sid": "AnthropicSubscriptionManagement", "Effect": "Allow",
               "Action": ["aws-marketplace:Subscribe", "aws-marketplace:Unsubscribe"], "Resource": "*",
               "Condition": {"ForAnyValue:StringEquals": {"aws-marketplace:ProductId": ["prod-3qbeiztufnva6"]}}}),
        json!({"Sid": "AnthropicSubscriptionView", "Effect": "Allow", "Action": ["aws-marketplace:ViewSubscriptions"], "Resource": "*"}),
        json!({"Sid": "AnthropicFullEnableFederation", "Effect": "Allow",
               "Action": ["iam:GetOutboundWebIdentityFederationInfo", "iam:EnableOutboundWebIdentityFederation"], "Resource": "*"}),
        ft,
        fg,
    ]);
    let [rt, rg] = sts_statements("AnthropicReadOnly");
    let read_only = doc(vec![
        json!({"Sid": "AnthropicReadOnlyWorkspace", "Effect": "Allow",
               "Action": ["aws-external-anthropic:Get*", "aws-external-anthropic:List*"], "Resource": WORKSPACES}),
        json!({"Sid": "AnthropicReadOnlyResourceless", "Effect": "Allow",
               "Action": ["aws-external-anthropic:GetAccountStatus", "aws-external-anthropic:CallWithBearerToken"], "Resource": "*"}),
        rt,
        rg,
    ]);
    let [it, ig] = sts_statements("AnthropicInference");
    let inference = doc(vec![
        json!({"Sid": "AnthropicInferenceWorkspace", "Effect": "Allow",
               "Action": ["aws-external-anthropic:Get*", "aws-external-anthropic:List*",
                          "aws-external-anthropic:CreateInference", "aws-external-anthropic:CreateBatchInference",
                          "aws-external-anthropic:CancelBatchInference", "aws-external-anthropic:DeleteBatchInference",
                          "aws-external-anthropic:CountTokens"],
               "Resource": WORKSPACES}),
        json!({"Sid": "AnthropicInferenceResourceless", "Effect": "Allow",
               "Action": ["aws-external-anthropic:GetAccountStatus", "aws-external-anthropic:CallWithBearerToken"], "Resource": "*"}),
        it,
        ig,
    ]);
    let limited_actions: Vec<String> = [
        "Get*",
        "List*",
        "ArchiveAgent",
        "ArchiveEnvironment",
        "ArchiveMemoryStore",
        "ArchiveSession",
        "ArchiveVault",
        "CancelBatchInference",
        "CountTokens",
        "CreateAgent",
        "CreateBatchInference",
        "CreateEnvironment",
        "CreateFile",
        "CreateInference",
        "CreateMemoryStore",
        "CreateSession",
        "CreateSkill",
        "CreateUserProfile",
        "CreateVault",
        "CreateWebhook",
        "DeleteBatchInference",
        "DeleteEnvironment",
        "DeleteFile",
        "DeleteMemoryStore",
        "DeleteSession",
        "DeleteSkill",
        "DeleteVault",
        "DeleteWebhook",
        "ProcessEnvironmentWork",
        "RotateWebhookSecret",
        "UpdateAgent",
        "UpdateEnvironment",
        "UpdateMemoryStore",
        "UpdateSession",
        "UpdateSkill",
        "UpdateUserProfile",
        "UpdateVault",
        "UpdateWebhook",
    ]
    .iter()
    .map(|a| format!("aws-external-anthropic:{a}"))
    .collect();
    let [lt, lg] = sts_statements("AnthropicLimited");
    let limited = doc(vec![
        json!({"Sid": "AnthropicLimitedWorkspace", "Effect": "Allow", "Action": limited_actions, "Resource": WORKSPACES}),
        json!({"Sid": "AnthropicLimitedResourceless", "Effect": "Allow",
               "Action": ["aws-external-anthropic:GetAccountStatus", "aws-external-anthropic:CallWithBearerToken"], "Resource": "*"}),
        lt,
        lg,
        json!({"Sid": "AnthropicLimitedConsoleAccess", "Effect": "Allow", "Action": "aws-external-anthropic:AssumeConsole",
               "Resource": "*", "Condition": {"StringEquals": {"aws-external-anthropic:Capability": "developer"}}}),
    ]);
    let self_hosted = doc(vec![
        json!({"Sid": "AnthropicSelfHostedEnvironmentWorkspace", "Effect": "Allow",
               "Action": ["aws-external-anthropic:GetEnvironment", "aws-external-anthropic:GetSession",
                          "aws-external-anthropic:GetSkill", "aws-external-anthropic:ProcessEnvironmentWork",
                          "aws-external-anthropic:UpdateSession"],
               "Resource": WORKSPACES}),
        json!({"Sid": "AnthropicSelfHostedEnvironmentResourceless", "Effect": "Allow",
               "Action": ["aws-external-anthropic:CallWithBearerToken"], "Resource": "*"}),
    ]);
    let iam_ro = doc(vec![json!({
        "Effect": "Allow",
        "Action": ["iam:Get*", "iam:List*", "iam:Generate*", "iam:Simulate*"],
        "Resource": "*"
    })]);
    vec![
        AwsManagedPolicy {
            name: "AnthropicFullAccess",
            version: "v2",
            created: "2026-05-07T00:00:00Z",
            updated: "2026-05-07T00:00:00Z",
            description: "Provides full access to Claude Platform on AWS.",
            document: full,
        },
        AwsManagedPolicy {
            name: "AnthropicReadOnlyAccess",
            version: "v2",
            created: "2026-05-07T00:00:00Z",
            updated: "2026-05-07T00:00:00Z",
            description: "Provides read-only access to Claude Platform on AWS.",
            document: read_only,
        },
        AwsManagedPolicy {
            name: "AnthropicInferenceAccess",
            version: "v2",
            created: "2026-05-07T00:00:00Z",
            updated: "2026-05-07T00:00:00Z",
            description: "Provides inference access to Claude Platform on AWS.",
            document: inference,
        },
        AwsManagedPolicy {
            name: "AnthropicLimitedAccess",
            version: "v6",
            created: "2026-05-07T00:00:00Z",
            updated: "2026-06-12T00:00:00Z",
            description: "Provides limited access to Claude Platform on AWS.",
            document: limited,
        },
        AwsManagedPolicy {
            name: "AnthropicSelfHostedEnvironmentAccess",
            version: "v1",
            created: "2026-06-12T00:00:00Z",
            updated: "2026-06-12T00:00:00Z",
            description: "Provides access for self-hosted environments of Claude Platform on AWS.",
            document: self_hosted,
        },
        AwsManagedPolicy {
            name: "IAMReadOnlyAccess",
            version: "v4",
            created: "2015-02-06T18:39:44Z",
            updated: "2018-01-25T19:11:27Z",
            description: "Provides read only access to IAM via the AWS Management Console.",
            document: iam_ro,
        },
    ]
}

/// An AWS managed policy by name.
pub fn aws_managed(name: &str) -> Option<AwsManagedPolicy> {
    aws_managed_policies().into_iter().find(|p| p.name == name)
}

/// A managed policy (AWS or customer managed) resolved from its ARN.
#[derive(Clone, Debug)]
pub struct ResolvedPolicy {
    pub arn: String,
    pub name: String,
    pub path: String,
    pub document: Value,
    pub default_version: String,
    pub aws_managed: bool,
    pub created: String,
    pub updated: String,
    pub description: Option<String>,
}

/// ARN of a customer managed policy: `arn:aws:iam::<acct>:policy<path><name>`.
pub fn customer_policy_arn(account: &str, path: &str, name: &str) -> String {
    format!("arn:aws:iam::{account}:policy{path}{name}")
}

fn normalize_path(path: &str) -> String {
    let mut p = path.to_string();
    if !p.starts_with('/') {
        p.insert(0, '/');
    }
    if !p.ends_with('/') {
        p.push('/');
    }
    p
}

/// Resolves a policy ARN for `account` (customer managed policies of that account, or AWS managed).
pub fn resolve(account: &Account, arn: &str) -> Option<ResolvedPolicy> {
    if let Some(name) = arn.strip_prefix(AWS_POLICY_PREFIX) {
        let p = aws_managed(name)?;
        return Some(ResolvedPolicy {
            arn: arn.to_string(),
            name: p.name.to_string(),
            path: "/".to_string(),
            document: p.document,
            default_version: p.version.to_string(),
            aws_managed: true,
            created: p.created.to_string(),
            updated: p.updated.to_string(),
            description: Some(p.description.to_string()),
        });
    }
    account.managed_policies.iter().find_map(|p| {
        let path = normalize_path(&p.path);
        let candidate = customer_policy_arn(&account.id, &path, &p.name);
        (candidate == arn).then(|| ResolvedPolicy {
            arn: candidate,
            name: p.name.clone(),
            path,
            document: p.document.clone(),
            default_version: p.default_version.clone(),
            aws_managed: false,
            created: p.created.clone(),
            updated: p.created.clone(),
            description: None,
        })
    })
}

/// Resolves a policy ARN in the account `account_id` of `state`.
pub fn resolve_in(state: &State, account_id: &str, arn: &str) -> Option<ResolvedPolicy> {
    match state.account(account_id) {
        Some(a) => resolve(a, arn),
        None => arn
            .strip_prefix(AWS_POLICY_PREFIX)
            .and_then(aws_managed)
            .map(|p| ResolvedPolicy {
                arn: arn.to_string(),
                name: p.name.to_string(),
                path: "/".to_string(),
                document: p.document,
                default_version: p.version.to_string(),
                aws_managed: true,
                created: p.created.to_string(),
                updated: p.updated.to_string(),
                description: Some(p.description.to_string()),
            }),
    }
}

/// How many users and roles of `account` attach `arn` (GetPolicy `AttachmentCount`) and use it
/// as permissions boundary (`PermissionsBoundaryUsageCount`).
pub fn usage_counts(account: &Account, arn: &str) -> (usize, usize) {
    let attached = account
        .users
        .iter()
        .filter(|u| u.attached_policies.iter().any(|a| a == arn))
        .count()
        + account
            .roles
            .iter()
            .filter(|r| r.attached_policies.iter().any(|a| a == arn))
            .count();
    let boundary = account
        .users
        .iter()
        .filter(|u| u.permissions_boundary.as_deref() == Some(arn))
        .count()
        + account
            .roles
            .iter()
            .filter(|r| r.permissions_boundary.as_deref() == Some(arn))
            .count();
    (attached, boundary)
}
