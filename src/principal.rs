//! Reading an IAM principal's policies (inline, attached managed at their default version, the
//! permissions boundary) and a role's trust policy, through the IAM layer (`aws::iam`). IAM
//! returns documents percent-encoded; the Rust SDK does not decode them (clients.md §4),
//! `iam_policy::parse_document` does.

use crate::api::ApiError;
use crate::aws::iam::Iam;
pub use crate::aws::iam::PrincipalRef;
use crate::iam_policy::PolicyKind;

/// One raw policy document and where it came from.
#[derive(Clone, Debug)]
pub struct RawPolicy {
    /// Inline policy name or managed policy ARN.
    pub id: String,
    /// Inline, managed or boundary.
    pub kind: PolicyKind,
    /// As IAM returned it (usually percent-encoded JSON).
    pub document: String,
}

/// Every identity policy of the principal and its boundary.
pub async fn read_policies(iam: &Iam, p: &PrincipalRef) -> Result<Vec<RawPolicy>, ApiError> {
    let mut out = Vec::new();
    for name in iam.inline_policy_names(p).await? {
        let document = iam.inline_policy(p, &name).await?;
        out.push(RawPolicy {
            id: name,
            kind: PolicyKind::Inline,
            document,
        });
    }
    let attached = iam.attached_policy_arns(p).await?;
    let boundary = iam.permissions_boundary(p).await?;
    for arn in attached {
        let document = iam.managed_policy_document(&arn).await?;
        out.push(RawPolicy {
            id: arn,
            kind: PolicyKind::Managed,
            document,
        });
    }
    if let Some(b) = boundary {
        let document = iam.managed_policy_document(&b).await?;
        out.push(RawPolicy {
            id: b,
            kind: PolicyKind::Boundary,
            document,
        });
    }
    Ok(out)
}

/// A role's trust policy document (raw, as IAM returned it).
pub async fn trust_policy(iam: &Iam, role_name: &str) -> Result<String, ApiError> {
    iam.role_trust_policy(role_name).await
}
