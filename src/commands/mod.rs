//! One module per subcommand, over the shared layers.

pub mod batches;
pub mod chat;
pub mod completions;
pub mod doctor;
pub mod enable_federation;
pub mod env;
pub mod files;
pub mod keys;
pub mod models;
pub mod policy;
pub mod proxy;
pub mod status;
pub mod workspaces;

use std::sync::Arc;

use crate::aws::{self, CredentialCache};
use crate::cli::GlobalArgs;
use crate::config::{self, Settings};
use crate::diagnosis::DiagContext;
use crate::error::CliError;

/// Settings plus the AWS SDK configuration and one credential cache, for commands that call IAM
/// or STS.
pub struct AwsCtx {
    pub settings: Settings,
    pub sdk: aws_types::SdkConfig,
    pub creds: Arc<CredentialCache>,
}

impl AwsCtx {
    pub async fn load(g: &GlobalArgs) -> Result<AwsCtx, CliError> {
        let settings = config::resolve(&g.overrides()).await?;
        Ok(Self::from_settings(settings).await)
    }

    pub async fn from_settings(settings: Settings) -> AwsCtx {
        let sdk = aws::load_sdk_config(&settings).await;
        let creds = Arc::new(CredentialCache::new(&sdk));
        AwsCtx {
            settings,
            sdk,
            creds,
        }
    }

    /// The IAM layer over this context's credentials.
    pub fn iam(&self) -> aws::Iam {
        aws::Iam::new(&self.sdk, self.creds.clone())
    }

    pub fn diag(&self) -> DiagContext {
        DiagContext::from_settings(&self.settings)
    }

    /// For messages: the access key the credentials use, when already resolved.
    pub fn account_hint(&self) -> String {
        "of the current credentials".to_string()
    }
}
