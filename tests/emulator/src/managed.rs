//! Built-in AWS managed policies (`arn:aws:iam::aws:policy/<Name>`) and lookup of managed policies
//! (AWS managed or customer managed) by ARN.
//!
//! The Anthropic documents are the published JSON (platform.md §3.3; statement Sids as in the
//! FLOYD copies of the AWS managed-policy reference), loaded from the one file cpaws also reads
//! (`src/data/managed_policies.json` of the cpaws crate): the emulator's evaluator stays its own,
//! the data is shared. `AnthropicLimitedAccess` is v6 as described in platform.md §3.3 (its
//! resourceless statement has only GetAccountStatus and CallWithBearerToken; later versions add
//! key/user-profile actions). `IAMReadOnlyAccess` is the emulator contract's simplified form
//! (iam:Get*, iam:List*, iam:Generate*, iam:Simulate*), kept here.

use std::sync::LazyLock;

use crate::state::{Account, State};
use serde_json::{Value, json};

pub const AWS_POLICY_PREFIX: &str = "arn:aws:iam::aws:policy/";

/// The shared file: `{"policies": [{name, version, created, updated, description, document}]}`.
pub const SHARED_MANAGED_POLICIES: &str = include_str!("../../../src/data/managed_policies.json");

/// An AWS managed policy built into the emulator.
#[derive(Clone, Debug)]
pub struct AwsManagedPolicy {
    pub name: String,
    pub version: String,
    pub created: String,
    pub updated: String,
    pub description: String,
    pub document: Value,
}

fn shared_policies() -> Vec<AwsManagedPolicy> {
    let parsed: Value = serde_json::from_str(SHARED_MANAGED_POLICIES).unwrap_or(Value::Null);
    let text = |p: &Value, key: &str| p[key].as_str().unwrap_or_default().to_string();
    parsed["policies"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| AwsManagedPolicy {
            name: text(p, "name"),
            version: text(p, "version"),
            created: text(p, "created"),
            updated: text(p, "updated"),
            description: text(p, "description"),
            document: p["document"].clone(),
        })
        .collect()
}

static POLICIES: LazyLock<Vec<AwsManagedPolicy>> = LazyLock::new(|| {
    let mut all = shared_policies();
    all.push(AwsManagedPolicy {
        name: "IAMReadOnlyAccess".into(),
        version: "v4".into(),
        created: "2015-02-06T18:39:44Z".into(),
        updated: "2018-01-25T19:11:27Z".into(),
        description: "Provides read only access to IAM via the AWS Management Console.".into(),
        document: json!({"Version": "2012-10-17", "Statement": [{
            "Effect": "Allow",
            "Action": ["iam:Get*", "iam:List*", "iam:Generate*", "iam:Simulate*"],
            "Resource": "*"
        }]}),
    });
    all
});

pub fn aws_managed_policies() -> Vec<AwsManagedPolicy> {
    POLICIES.clone()
}

/// An AWS managed policy by name.
pub fn aws_managed(name: &str) -> Option<AwsManagedPolicy> {
    POLICIES.iter().find(|p| p.name == name).cloned()
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
            name: p.name.clone(),
            path: "/".to_string(),
            document: p.document,
            default_version: p.version.clone(),
            aws_managed: true,
            created: p.created.clone(),
            updated: p.updated.clone(),
            description: Some(p.description.clone()),
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
                name: p.name.clone(),
                path: "/".to_string(),
                document: p.document,
                default_version: p.version.clone(),
                aws_managed: true,
                created: p.created.clone(),
                updated: p.updated.clone(),
                description: Some(p.description.clone()),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The shared file parses, and holds platform.md §3.3's list: the five Anthropic managed
    /// policies at the versions the emulator serves, each with its documented shape.
    #[test]
    fn the_shared_documents_parse_and_are_the_documented_list() {
        let shared = shared_policies();
        let names: Vec<(&str, &str)> = shared
            .iter()
            .map(|p| (p.name.as_str(), p.version.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("AnthropicSelfHostedEnvironmentAccess", "v1"),
                ("AnthropicReadOnlyAccess", "v2"),
                ("AnthropicInferenceAccess", "v2"),
                ("AnthropicLimitedAccess", "v6"),
                ("AnthropicFullAccess", "v2"),
            ]
        );
        for p in &shared {
            assert_eq!(p.document["Version"], "2012-10-17", "{}", p.name);
            let statements = p.document["Statement"].as_array().unwrap();
            assert!(!statements.is_empty(), "{}", p.name);
            for st in statements {
                assert_eq!(st["Effect"], "Allow", "{}", p.name);
                assert!(
                    st["Sid"]
                        .as_str()
                        .is_some_and(|s| s.starts_with("Anthropic"))
                );
            }
            // Every policy but the self-hosted one carries the two STS statements (§3.3, §4.4).
            let sts = statements
                .iter()
                .filter(|s| s["Action"].as_str().is_some_and(|a| a.starts_with("sts:")))
                .count();
            let want = if p.name == "AnthropicSelfHostedEnvironmentAccess" {
                0
            } else {
                2
            };
            assert_eq!(sts, want, "{}", p.name);
        }
        let full = aws_managed("AnthropicFullAccess").unwrap();
        assert_eq!(
            full.document["Statement"][0]["Action"][0],
            "aws-external-anthropic:*"
        );
        assert!(aws_managed("IAMReadOnlyAccess").is_some());
        assert!(aws_managed("AnthropicNoSuchAccess").is_none());
    }
}
