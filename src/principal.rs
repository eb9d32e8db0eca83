//! Reading an IAM principal's policies (inline, attached managed at their default version, the
//! permissions boundary) and a role's trust policy. IAM returns documents percent-encoded; the
//! Rust SDK does not decode them (clients.md §4), `iam_policy::parse_document` does.

use crate::api::ApiError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrincipalRef {
    User(String),
    Role(String),
}

impl PrincipalRef {
    /// From an IAM user/role ARN or an assumed-role session ARN.
    pub fn from_arn(arn: &str) -> Option<PrincipalRef> {
        let resource = arn.splitn(6, ':').nth(5)?;
        if let Some(rest) = resource.strip_prefix("user/") {
            return Some(PrincipalRef::User(rest.rsplit('/').next()?.to_string()));
        }
        if let Some(rest) = resource.strip_prefix("role/") {
            return Some(PrincipalRef::Role(rest.rsplit('/').next()?.to_string()));
        }
        if let Some(rest) = resource.strip_prefix("assumed-role/") {
            return Some(PrincipalRef::Role(rest.split('/').next()?.to_string()));
        }
        None
    }
}

/// One raw policy document and where it came from.
#[derive(Clone, Debug)]
pub struct RawPolicy {
    /// Inline policy name or managed policy ARN.
    pub id: String,
    /// "inline" | "managed" | "boundary"
    pub kind: &'static str,
    /// As IAM returned it (usually percent-encoded JSON).
    pub document: String,
}

async fn managed_document(iam: &aws_sdk_iam::Client, arn: &str) -> Result<String, ApiError> {
    let p = iam
        .get_policy()
        .policy_arn(arn)
        .send()
        .await
        .map_err(ApiError::from_sdk)?;
    let version = p
        .policy()
        .and_then(|p| p.default_version_id())
        .unwrap_or("v1")
        .to_string();
    let v = iam
        .get_policy_version()
        .policy_arn(arn)
        .version_id(version)
        .send()
        .await
        .map_err(ApiError::from_sdk)?;
    Ok(v.policy_version()
        .and_then(|v| v.document())
        .unwrap_or_default()
        .to_string())
}

/// Every identity policy of the principal and its boundary (each with the IAM calls it took).
pub async fn read_policies(
    iam: &aws_sdk_iam::Client,
    p: &PrincipalRef,
) -> Result<Vec<RawPolicy>, ApiError> {
    // The IAM calls differ for users and roles; what is made of their answers does not.
    let mut inline: Vec<(String, String)> = Vec::new();
    let attached: Vec<String>;
    let boundary: Option<String>;
    match p {
        PrincipalRef::User(name) => {
            let names = iam
                .list_user_policies()
                .user_name(name)
                .send()
                .await
                .map_err(ApiError::from_sdk)?;
            for n in names.policy_names() {
                let doc = iam
                    .get_user_policy()
                    .user_name(name)
                    .policy_name(n)
                    .send()
                    .await
                    .map_err(ApiError::from_sdk)?;
                inline.push((n.clone(), doc.policy_document().to_string()));
            }
            attached = iam
                .list_attached_user_policies()
                .user_name(name)
                .send()
                .await
                .map_err(ApiError::from_sdk)?
                .attached_policies()
                .iter()
                .filter_map(|a| a.policy_arn().map(str::to_string))
                .collect();
            boundary = iam
                .get_user()
                .user_name(name)
                .send()
                .await
                .map_err(ApiError::from_sdk)?
                .user()
                .and_then(|u| u.permissions_boundary())
                .and_then(|b| b.permissions_boundary_arn())
                .map(str::to_string);
        }
        PrincipalRef::Role(name) => {
            let names = iam
                .list_role_policies()
                .role_name(name)
                .send()
                .await
                .map_err(ApiError::from_sdk)?;
            for n in names.policy_names() {
                let doc = iam
                    .get_role_policy()
                    .role_name(name)
                    .policy_name(n)
                    .send()
                    .await
                    .map_err(ApiError::from_sdk)?;
                inline.push((n.clone(), doc.policy_document().to_string()));
            }
            attached = iam
                .list_attached_role_policies()
                .role_name(name)
                .send()
                .await
                .map_err(ApiError::from_sdk)?
                .attached_policies()
                .iter()
                .filter_map(|a| a.policy_arn().map(str::to_string))
                .collect();
            boundary = iam
                .get_role()
                .role_name(name)
                .send()
                .await
                .map_err(ApiError::from_sdk)?
                .role()
                .and_then(|r| r.permissions_boundary())
                .and_then(|b| b.permissions_boundary_arn())
                .map(str::to_string);
        }
    }
    let mut out: Vec<RawPolicy> = inline
        .into_iter()
        .map(|(id, document)| RawPolicy {
            id,
            kind: "inline",
            document,
        })
        .collect();
    for arn in attached {
        let document = managed_document(iam, &arn).await?;
        out.push(RawPolicy {
            id: arn,
            kind: "managed",
            document,
        });
    }
    if let Some(b) = boundary {
        let document = managed_document(iam, &b).await?;
        out.push(RawPolicy {
            id: b,
            kind: "boundary",
            document,
        });
    }
    Ok(out)
}

/// A role's trust policy document (raw, as IAM returned it).
pub async fn trust_policy(iam: &aws_sdk_iam::Client, role_name: &str) -> Result<String, ApiError> {
    let role = iam
        .get_role()
        .role_name(role_name)
        .send()
        .await
        .map_err(ApiError::from_sdk)?;
    Ok(role
        .role()
        .and_then(|r| r.assume_role_policy_document())
        .unwrap_or_default()
        .to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn principal_from_arns() {
        assert_eq!(
            PrincipalRef::from_arn("arn:aws:iam::123:user/dev"),
            Some(PrincipalRef::User("dev".into()))
        );
        assert_eq!(
            PrincipalRef::from_arn("arn:aws:iam::123:user/path/to/dev"),
            Some(PrincipalRef::User("dev".into()))
        );
        assert_eq!(
            PrincipalRef::from_arn("arn:aws:iam::123:role/cp-role"),
            Some(PrincipalRef::Role("cp-role".into()))
        );
        assert_eq!(
            PrincipalRef::from_arn("arn:aws:sts::123:assumed-role/cp-role/session"),
            Some(PrincipalRef::Role("cp-role".into()))
        );
        assert_eq!(PrincipalRef::from_arn("arn:aws:iam::123:root"), None);
    }
}
