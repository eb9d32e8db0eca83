//! The STS layer: the caller identity (GetCallerIdentity), as a cpaws type.

use std::sync::Arc;

use aws_types::SdkConfig;
use serde::Serialize;

use super::{CachedProvider, CredentialCache, service_region};
use crate::api::ApiError;
use crate::arn::Arn;

/// The caller identity from STS GetCallerIdentity.
#[derive(Clone, Debug, Serialize)]
pub struct Identity {
    pub arn: String,
    pub account: String,
    pub user_id: String,
    /// For an assumed-role session, the role's IAM ARN.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
}

/// `arn:aws:sts::123:assumed-role/Role/session` → `arn:aws:iam::123:role/Role`.
pub fn role_arn_from_session(arn: &str) -> Option<String> {
    Arn::parse(arn)
        .ok()?
        .session_role_arn()
        .map(|a| a.to_string())
}

fn client(sdk: &SdkConfig, creds: Arc<CredentialCache>) -> aws_sdk_sts::Client {
    let mut b = aws_sdk_sts::config::Builder::from(sdk).credentials_provider(CachedProvider(creds));
    if let Some(r) = service_region(sdk) {
        b = b.region(r);
    }
    aws_sdk_sts::Client::from_conf(b.build())
}

pub async fn get_caller_identity(
    sdk: &SdkConfig,
    creds: Arc<CredentialCache>,
) -> Result<Identity, ApiError> {
    let out = client(sdk, creds)
        .get_caller_identity()
        .send()
        .await
        .map_err(ApiError::from_sdk)?;
    let arn = out.arn().unwrap_or_default().to_string();
    Ok(Identity {
        role_arn: role_arn_from_session(&arn),
        arn,
        account: out.account().unwrap_or_default().to_string(),
        user_id: out.user_id().unwrap_or_default().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_from_session() {
        assert_eq!(
            role_arn_from_session("arn:aws:sts::123456789012:assumed-role/cp-role/sess").as_deref(),
            Some("arn:aws:iam::123456789012:role/cp-role")
        );
        assert_eq!(
            role_arn_from_session("arn:aws-cn:sts::123456789012:assumed-role/r/s").as_deref(),
            Some("arn:aws-cn:iam::123456789012:role/r")
        );
        assert_eq!(
            role_arn_from_session("arn:aws:iam::123456789012:user/dev"),
            None
        );
        assert_eq!(role_arn_from_session("not an arn"), None);
    }
}
