//! IAM policy evaluation (identity policies, permissions boundaries, role trust policies).
//!
//! Semantics follow the AWS IAM policy evaluation logic as documented by AWS (IAM User Guide,
//! "Policy evaluation logic", "IAM JSON policy elements: Condition operators", "Principal",
//! "Policy variables"). platform.md §3.1 adds: action matching is case-insensitive and suffix
//! wildcards over-match. Where the reference is silent the choice is commented.
//!
//! One module per section: `document` (helpers over policy JSON, validation), `wildcard`
//! (glob matching), `conditions`, `statement`, `evaluation`, and `principal` (evaluation
//! against the emulator state). This file has the shared types and re-exports the public API.

mod conditions;
mod document;
mod evaluation;
mod principal;
mod statement;
mod wildcard;

pub use conditions::{eval_condition, parse_date};
pub use document::{statements, validate_document};
pub use evaluation::{SetResult, TrustResult, evaluate, evaluate_resource_policy, evaluate_set};
pub use principal::{
    OwnedPolicy, PrincipalName, authorize, deny_message, evaluate_principal, principal_policies,
    request_principal, with_principal_keys,
};
pub use statement::{principal_matches, statement_position};
pub use wildcard::{action_matches, glob};

use serde_json::Value;
use std::collections::BTreeMap;

/// Condition key (lower-case) -> values.
pub type Context = BTreeMap<String, Vec<String>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Allowed,
    ExplicitDeny,
    ImplicitDeny,
}

impl Decision {
    /// The `EvalDecision` value of SimulatePrincipalPolicy.
    pub fn as_eval_str(self) -> &'static str {
        match self {
            Decision::Allowed => "allowed",
            Decision::ExplicitDeny => "explicitDeny",
            Decision::ImplicitDeny => "implicitDeny",
        }
    }
}

#[derive(Clone, Debug)]
pub struct MatchedStatement {
    pub source_policy_id: String,
    pub source_policy_type: String,
    pub sid: Option<String>,
    pub index: usize,
}

#[derive(Clone, Debug)]
pub struct AuthzResult {
    pub decision: Decision,
    pub matched: Vec<MatchedStatement>,
    pub missing_context: Vec<String>,
}

/// One policy document taking part in an evaluation.
#[derive(Clone, Debug)]
pub struct PolicyRef<'a> {
    /// SimulatePrincipalPolicy `SourcePolicyId` (inline policy name or managed policy name).
    pub id: String,
    /// SimulatePrincipalPolicy `SourcePolicyType`: user | role | group | aws-managed | user-managed | resource | none.
    pub kind: String,
    pub doc: &'a Value,
}

/// Who is making a request, for Principal / NotPrincipal matching in trust policies.
#[derive(Clone, Debug, PartialEq)]
pub enum RequestPrincipal {
    /// An IAM identity. `arn` is the caller's ARN (user ARN, assumed-role session ARN, or
    /// account root ARN); `role_arn` is the role ARN for assumed-role sessions.
    Aws {
        arn: String,
        account: String,
        role_arn: Option<String>,
    },
    /// A web identity / SAML provider (`Federated` principal), e.g. an OIDC provider ARN.
    Federated { provider: String },
    /// An AWS service principal, e.g. `ec2.amazonaws.com`.
    Service { name: String },
    /// An unauthenticated caller.
    Anonymous,
}

/// How a principal matched a `Principal` element.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PrincipalMatch {
    None,
    /// Matched via `*`, an account id / account root ARN, or a role ARN (covering all its sessions).
    Broad,
    /// Matched the exact principal ARN (user ARN or assumed-role session ARN), federated provider
    /// or service principal.
    Specific,
}
