//! IAM policy documents: parsing and a local evaluator for identity, boundary and trust policies.
//!
//! This is an offline approximation of IAM's own evaluation (platform.md §3), good enough to answer
//! "would this principal be allowed `aws-external-anthropic:CreateInference` on this workspace?" from
//! the documents IAM returns. It does not model SCPs, RCPs, session policies or resource-based policies
//! other than role trust policies.
//!
//! Choices worth knowing:
//! * Policy documents from IAM come back percent-encoded (clients.md §4); [`parse_document`] accepts that
//!   form and raw JSON.
//! * Statement indexes are 0-based positions in the `Statement` array (0 for a single object).
//! * Action names are matched case-insensitively, resources case-sensitively, both as plain globs (`*`, `?`).
//!   A pattern that is a full ARN (six `:`-separated parts) is matched part by part, so `*` does not
//!   cross a `:` inside the first five parts (IAM's documented ARN matching).
//! * A key missing from the request context makes a condition false, except: `…IfExists` (true), `Null`
//!   (tests absence), `ForAllValues:` (true, IAM semantics) and the negated operators (`StringNotEquals`,
//!   `ArnNotLike`, `NotIpAddress`, …), which IAM documents as *true* when the key is absent. Every missing
//!   key (other than for `IfExists`/`Null`) is reported in [`Evaluation::missing_context`], so the caller
//!   can see that the answer depends on context it did not supply.
//! * An operator this module does not know makes its condition false and is reported in
//!   `missing_context` as `unsupported condition operator: <op>` (IAM itself rejects such policies).
//! * Policy variables are expanded only for `${aws:username}`, `${aws:userid}` and
//!   `${aws:PrincipalAccount}` when the context has the key, and only in documents with
//!   `"Version": "2012-10-17"` (with the older or a missing version IAM treats `${…}` literally). Other
//!   variables stay as written.
//! * A statement with neither `Resource` nor `NotResource` (invalid in identity policies, normal in trust
//!   policies) applies to every resource; trust evaluation ignores resources.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value;

/// The IAM service prefix of Claude Platform on AWS.
pub use crate::sign::SERVICE as SERVICE_PREFIX;

/// Request context: condition key (any case) → values.
pub type Context = BTreeMap<String, Vec<String>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Allowed,
    ExplicitDeny,
    ImplicitDeny,
}

impl Decision {
    /// As IAM's policy simulator spells it (`allowed`, `explicitDeny`, `implicitDeny`), the words
    /// `doctor`'s permissions check shows whichever way it evaluated.
    pub fn simulator_name(self) -> &'static str {
        match self {
            Decision::Allowed => "allowed",
            Decision::ExplicitDeny => "explicitDeny",
            Decision::ImplicitDeny => "implicitDeny",
        }
    }
}

/// Where a policy document comes from: it decides how the evaluator combines it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PolicyKind {
    /// An inline policy of the user or role.
    Inline,
    /// An attached managed policy (AWS or customer managed).
    Managed,
    /// The permissions boundary.
    Boundary,
    /// A role's trust policy.
    Trust,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Effect {
    Allow,
    Deny,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Statement {
    /// 0-based position in the `Statement` array.
    pub index: usize,
    pub sid: Option<String>,
    pub effect: Effect,
    pub action: Option<Vec<String>>,
    pub not_action: Option<Vec<String>>,
    pub resource: Option<Vec<String>>,
    pub not_resource: Option<Vec<String>>,
    pub principal: Option<Principal>,
    pub not_principal: Option<Principal>,
    pub conditions: Vec<Condition>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub enum Principal {
    /// `"Principal": "*"`.
    Any,
    /// `"AWS" | "Federated" | "Service" | "CanonicalUser"` → values.
    Map(BTreeMap<String, Vec<String>>),
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Condition {
    /// As written, e.g. `ForAnyValue:StringEquals`.
    pub operator: String,
    pub key: String,
    pub values: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PolicyDocument {
    pub version: Option<String>,
    pub statements: Vec<Statement>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ParseError {
    pub message: String,
    /// 1-based, in the (decoded) JSON text.
    pub line: Option<usize>,
    /// 1-based, in the (decoded) JSON text.
    pub column: Option<usize>,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, " (line {l}, column {c})"),
            (Some(l), None) => write!(f, " (line {l})"),
            _ => Ok(()),
        }
    }
}

impl std::error::Error for ParseError {}

#[derive(Clone, Debug)]
pub struct NamedPolicy {
    /// Inline policy name or managed policy ARN.
    pub id: String,
    pub kind: PolicyKind,
    pub document: PolicyDocument,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct MatchedStatement {
    pub policy_id: String,
    pub policy_kind: PolicyKind,
    pub index: usize,
    pub sid: Option<String>,
    pub effect: Effect,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Evaluation {
    pub decision: Decision,
    /// Every statement whose action, resource (or principal) and conditions matched, Allow and Deny.
    pub matched: Vec<MatchedStatement>,
    /// Condition keys (as written in the policy) that the context lacked, deduplicated, plus
    /// `unsupported condition operator: <op>` entries.
    pub missing_context: Vec<String>,
}

mod catalog;
mod conditions;
mod evaluate;
mod managed;
mod matching;
mod parse;

pub use catalog::*;
pub use conditions::*;
pub use evaluate::*;
pub use managed::*;
pub use matching::*;
pub use parse::*;

#[cfg(test)]
mod tests;
