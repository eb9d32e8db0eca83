//! The IAM layer: every IAM call cpaws makes, each returning cpaws types, with the SDK's error
//! turned into an [`ApiError`] here (and nowhere else) so that commands never see an
//! `aws_sdk_iam` type. Policy documents come back as IAM returned them (percent-encoded JSON,
//! clients.md §4); `iam_policy::parse_document` decodes them.

use std::sync::Arc;

use aws_types::SdkConfig;

use super::{CachedProvider, CredentialCache, service_region};
use crate::api::ApiError;
use crate::arn::Arn;
use crate::iam_policy::Decision;

/// An IAM user or role, by name (the principals that carry identity policies).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrincipalRef {
    User(String),
    Role(String),
}

impl PrincipalRef {
    /// From an IAM user/role ARN or an assumed-role session ARN.
    pub fn from_arn(arn: &str) -> Option<PrincipalRef> {
        let arn = Arn::parse(arn).ok()?;
        if let Some(role) = arn.session_role_name() {
            return Some(PrincipalRef::Role(role.to_string()));
        }
        let name = arn.resource_name()?.to_string();
        match arn.resource_type() {
            "user" => Some(PrincipalRef::User(name)),
            "role" => Some(PrincipalRef::Role(name)),
            _ => None,
        }
    }

    /// `"user"` or `"role"`, as messages and `--json` name the principal's type.
    pub fn kind(&self) -> &'static str {
        match self {
            PrincipalRef::User(_) => "user",
            PrincipalRef::Role(_) => "role",
        }
    }

    pub fn name(&self) -> &str {
        match self {
            PrincipalRef::User(n) | PrincipalRef::Role(n) => n,
        }
    }
}

/// What GetOutboundWebIdentityFederationInfo answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FederationInfo {
    pub jwt_vending_enabled: bool,
    pub issuer: Option<String>,
}

/// One row of SimulatePrincipalPolicy's answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Simulated {
    pub action: String,
    pub decision: Decision,
    /// The source policy ID of each matched statement (`?` when IAM gave none).
    pub matched: Vec<String>,
    pub missing_context: Vec<String>,
}

/// Status of a service-specific credential.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CredentialStatus {
    Active,
    Inactive,
}

impl CredentialStatus {
    /// As IAM spells it (`Active`, `Inactive`).
    pub fn as_str(self) -> &'static str {
        match self {
            CredentialStatus::Active => "Active",
            CredentialStatus::Inactive => "Inactive",
        }
    }
}

/// A service-specific credential (a long-term API key), as IAM describes it.
#[derive(Clone, Debug)]
pub struct ServiceCredential {
    pub id: String,
    pub user_name: String,
    pub service_name: String,
    pub alias: Option<String>,
    /// As IAM spells it (`Active`, `Inactive`, or whatever else it sends).
    pub status: String,
    /// RFC 3339.
    pub created: String,
    /// RFC 3339; `None`: never expires.
    pub expires: Option<String>,
    /// Only when just created: the key a client presents (`ServiceCredentialSecret`).
    pub secret: Option<String>,
}

fn time(t: &aws_sdk_iam::primitives::DateTime) -> String {
    t.fmt(aws_sdk_iam::primitives::DateTimeFormat::DateTime)
        .unwrap_or_default()
}

/// The largest number of credentials a listing collects (pages are followed until then).
const MAX_LISTED: usize = 100_000;

/// An IAM client over the one credential cache.
#[derive(Clone, Debug)]
pub struct Iam {
    client: aws_sdk_iam::Client,
}

impl Iam {
    pub fn new(sdk: &SdkConfig, creds: Arc<CredentialCache>) -> Iam {
        let mut b =
            aws_sdk_iam::config::Builder::from(sdk).credentials_provider(CachedProvider(creds));
        if let Some(r) = service_region(sdk) {
            b = b.region(r);
        }
        Iam {
            client: aws_sdk_iam::Client::from_conf(b.build()),
        }
    }

    /// GetUserPolicy / GetRolePolicy: one inline policy's document.
    pub async fn inline_policy(&self, p: &PrincipalRef, name: &str) -> Result<String, ApiError> {
        Ok(match p {
            PrincipalRef::User(u) => self
                .client
                .get_user_policy()
                .user_name(u)
                .policy_name(name)
                .send()
                .await
                .map_err(ApiError::from_sdk)?
                .policy_document()
                .to_string(),
            PrincipalRef::Role(r) => self
                .client
                .get_role_policy()
                .role_name(r)
                .policy_name(name)
                .send()
                .await
                .map_err(ApiError::from_sdk)?
                .policy_document()
                .to_string(),
        })
    }

    /// PutUserPolicy / PutRolePolicy: attach (or replace) an inline policy.
    pub async fn put_inline_policy(
        &self,
        p: &PrincipalRef,
        name: &str,
        document: &str,
    ) -> Result<(), ApiError> {
        match p {
            PrincipalRef::User(u) => self
                .client
                .put_user_policy()
                .user_name(u)
                .policy_name(name)
                .policy_document(document)
                .send()
                .await
                .map(|_| ())
                .map_err(ApiError::from_sdk),
            PrincipalRef::Role(r) => self
                .client
                .put_role_policy()
                .role_name(r)
                .policy_name(name)
                .policy_document(document)
                .send()
                .await
                .map(|_| ())
                .map_err(ApiError::from_sdk),
        }
    }

    /// ListUserPolicies / ListRolePolicies: the names of the inline policies.
    pub async fn inline_policy_names(&self, p: &PrincipalRef) -> Result<Vec<String>, ApiError> {
        Ok(match p {
            PrincipalRef::User(u) => self
                .client
                .list_user_policies()
                .user_name(u)
                .send()
                .await
                .map_err(ApiError::from_sdk)?
                .policy_names()
                .to_vec(),
            PrincipalRef::Role(r) => self
                .client
                .list_role_policies()
                .role_name(r)
                .send()
                .await
                .map_err(ApiError::from_sdk)?
                .policy_names()
                .to_vec(),
        })
    }

    /// ListAttachedUserPolicies / ListAttachedRolePolicies: the managed policies' ARNs.
    pub async fn attached_policy_arns(&self, p: &PrincipalRef) -> Result<Vec<String>, ApiError> {
        let attached = match p {
            PrincipalRef::User(u) => self
                .client
                .list_attached_user_policies()
                .user_name(u)
                .send()
                .await
                .map_err(ApiError::from_sdk)?
                .attached_policies
                .unwrap_or_default(),
            PrincipalRef::Role(r) => self
                .client
                .list_attached_role_policies()
                .role_name(r)
                .send()
                .await
                .map_err(ApiError::from_sdk)?
                .attached_policies
                .unwrap_or_default(),
        };
        Ok(attached
            .iter()
            .filter_map(|a| a.policy_arn().map(str::to_string))
            .collect())
    }

    /// GetUser / GetRole: the permissions boundary's ARN, if one is set.
    pub async fn permissions_boundary(&self, p: &PrincipalRef) -> Result<Option<String>, ApiError> {
        let boundary = match p {
            PrincipalRef::User(u) => self
                .client
                .get_user()
                .user_name(u)
                .send()
                .await
                .map_err(ApiError::from_sdk)?
                .user()
                .and_then(|u| u.permissions_boundary())
                .and_then(|b| b.permissions_boundary_arn())
                .map(str::to_string),
            PrincipalRef::Role(r) => self
                .client
                .get_role()
                .role_name(r)
                .send()
                .await
                .map_err(ApiError::from_sdk)?
                .role()
                .and_then(|r| r.permissions_boundary())
                .and_then(|b| b.permissions_boundary_arn())
                .map(str::to_string),
        };
        Ok(boundary)
    }

    /// GetPolicy + GetPolicyVersion: a managed policy's document at its default version.
    pub async fn managed_policy_document(&self, arn: &str) -> Result<String, ApiError> {
        let p = self
            .client
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
        let v = self
            .client
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

    /// GetRole: the role's trust policy document.
    pub async fn role_trust_policy(&self, role_name: &str) -> Result<String, ApiError> {
        let role = self
            .client
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

    /// SimulatePrincipalPolicy for `actions` on one resource.
    pub async fn simulate_principal_policy(
        &self,
        source_arn: &str,
        actions: &[String],
        resource: &str,
    ) -> Result<Vec<Simulated>, ApiError> {
        use aws_sdk_iam::types::PolicyEvaluationDecisionType as D;
        let out = self
            .client
            .simulate_principal_policy()
            .policy_source_arn(source_arn)
            .set_action_names(Some(actions.to_vec()))
            .set_resource_arns(Some(vec![resource.to_string()]))
            .send()
            .await
            .map_err(ApiError::from_sdk)?;
        Ok(out
            .evaluation_results()
            .iter()
            .map(|r| Simulated {
                action: r.eval_action_name().to_string(),
                decision: match r.eval_decision() {
                    D::Allowed => Decision::Allowed,
                    D::ExplicitDeny => Decision::ExplicitDeny,
                    // implicitDeny, and any value this SDK does not know: not allowed.
                    _ => Decision::ImplicitDeny,
                },
                matched: r
                    .matched_statements()
                    .iter()
                    .map(|s| s.source_policy_id().unwrap_or("?").to_string())
                    .collect(),
                missing_context: r.missing_context_values().to_vec(),
            })
            .collect())
    }

    /// GetOutboundWebIdentityFederationInfo.
    pub async fn federation_info(&self) -> Result<FederationInfo, ApiError> {
        let out = self
            .client
            .get_outbound_web_identity_federation_info()
            .send()
            .await
            .map_err(ApiError::from_sdk)?;
        Ok(FederationInfo {
            jwt_vending_enabled: out.jwt_vending_enabled(),
            issuer: out.issuer_identifier().map(str::to_string),
        })
    }

    /// EnableOutboundWebIdentityFederation: the issuer, when the answer names it.
    pub async fn enable_federation(&self) -> Result<Option<String>, ApiError> {
        let out = self
            .client
            .enable_outbound_web_identity_federation()
            .send()
            .await
            .map_err(ApiError::from_sdk)?;
        Ok(out.issuer_identifier().map(str::to_string))
    }

    /// CreateServiceSpecificCredential. `Ok(None)`: IAM answered without the credential.
    pub async fn create_service_credential(
        &self,
        user: &str,
        service: &str,
        age_days: Option<i32>,
    ) -> Result<Option<ServiceCredential>, ApiError> {
        let mut req = self
            .client
            .create_service_specific_credential()
            .user_name(user)
            .service_name(service);
        if let Some(d) = age_days {
            req = req.credential_age_days(d);
        }
        let out = req.send().await.map_err(ApiError::from_sdk)?;
        Ok(out
            .service_specific_credential()
            .map(|c| ServiceCredential {
                id: c.service_specific_credential_id().to_string(),
                user_name: c.user_name().to_string(),
                service_name: c.service_name().to_string(),
                alias: c.service_credential_alias().map(str::to_string),
                status: c.status().as_str().to_string(),
                created: time(c.create_date()),
                expires: c.expiration_date().map(time),
                secret: c.service_credential_secret().map(str::to_string),
            }))
    }

    /// ListServiceSpecificCredentials for one service, every page (up to 100,000 credentials):
    /// of `user`, of the caller when `None`, or of every user with `all_users`.
    pub async fn list_service_credentials(
        &self,
        service: &str,
        user: Option<&str>,
        all_users: bool,
    ) -> Result<Vec<ServiceCredential>, ApiError> {
        let mut items = Vec::new();
        let mut marker: Option<String> = None;
        loop {
            let mut req = self
                .client
                .list_service_specific_credentials()
                .service_name(service);
            if let Some(u) = user {
                req = req.user_name(u);
            }
            if all_users {
                req = req.all_users(true);
            }
            if let Some(m) = &marker {
                req = req.marker(m);
            }
            let out = req.send().await.map_err(ApiError::from_sdk)?;
            for c in out.service_specific_credentials() {
                items.push(ServiceCredential {
                    id: c.service_specific_credential_id().to_string(),
                    user_name: c.user_name().to_string(),
                    service_name: c.service_name().to_string(),
                    alias: c.service_credential_alias().map(str::to_string),
                    status: c.status().as_str().to_string(),
                    created: time(c.create_date()),
                    expires: c.expiration_date().map(time),
                    secret: None,
                });
            }
            match out.marker() {
                Some(m) if out.is_truncated() && !m.is_empty() && items.len() < MAX_LISTED => {
                    marker = Some(m.to_string())
                }
                _ => break,
            }
        }
        Ok(items)
    }

    /// UpdateServiceSpecificCredential: activate or deactivate.
    pub async fn set_service_credential_status(
        &self,
        user: &str,
        id: &str,
        status: CredentialStatus,
    ) -> Result<(), ApiError> {
        use aws_sdk_iam::types::StatusType;
        self.client
            .update_service_specific_credential()
            .user_name(user)
            .service_specific_credential_id(id)
            .status(match status {
                CredentialStatus::Active => StatusType::Active,
                CredentialStatus::Inactive => StatusType::Inactive,
            })
            .send()
            .await
            .map(|_| ())
            .map_err(ApiError::from_sdk)
    }

    /// DeleteServiceSpecificCredential.
    pub async fn delete_service_credential(&self, user: &str, id: &str) -> Result<(), ApiError> {
        self.client
            .delete_service_specific_credential()
            .user_name(user)
            .service_specific_credential_id(id)
            .send()
            .await
            .map(|_| ())
            .map_err(ApiError::from_sdk)
    }
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
        assert_eq!(PrincipalRef::from_arn("arn:aws:iam::123:group/g"), None);
        assert_eq!(PrincipalRef::from_arn("user/dev"), None);
        assert_eq!(PrincipalRef::from_arn(""), None);
        let r = PrincipalRef::Role("r".into());
        assert_eq!((r.kind(), r.name()), ("role", "r"));
    }
}
