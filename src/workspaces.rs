//! Workspaces (platform.md §6): ListWorkspaces (account-scoped, every page) and GetWorkspace
//! through one region's endpoint, and the list through every region's endpoint at once (bounded).
//! Plain functions over settings and credentials, for `cpaws workspaces` and doctor.
//!
//! Each workspace is bound to one region and only reachable through that region's endpoint
//! (platform.md §1.2, "Workspace scoping"), so a region's answer says which workspaces live there.
//! Whether the account-scoped routes need `anthropic-workspace-id` is UNCONFIRMED (platform.md
//! §8): the configured workspace is sent in its own region (as the SDKs do), and nothing is sent
//! elsewhere (a workspace of another region would be "not found" there); when the configured
//! workspace is not found, the listing is asked again without it.

use std::sync::Arc;

use futures_util::StreamExt;
use serde::Serialize;
use serde_json::Value;

use crate::api::{ApiError, ApiRequest, Client, ListQuery};
use crate::config::{Settings, Source, Sourced};
use crate::credentials::CredentialCache;

/// Commercial regions, asked by `workspaces list --all-regions` and `doctor --scan-regions`.
pub const REGIONS: &[&str] = &[
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
    "ca-central-1",
    "ca-west-1",
    "sa-east-1",
    "mx-central-1",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-central-1",
    "eu-central-2",
    "eu-north-1",
    "eu-south-1",
    "eu-south-2",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-5",
    "ap-southeast-7",
    "ap-south-1",
    "ap-south-2",
    "ap-east-1",
    "me-south-1",
    "me-central-1",
    "il-central-1",
    "af-south-1",
];

/// How many regions are asked at the same time.
pub const CONCURRENT_REGIONS: usize = 8;
/// Pages of 1000 followed per region: far more workspaces than an account has.
const MAX_PAGES: usize = 100;

/// A workspace as the API describes it (the fields cpaws shows), with the object as received.
#[derive(Clone, Debug, Serialize)]
pub struct WorkspaceInfo {
    pub id: String,
    pub name: Option<String>,
    pub created_at: Option<String>,
    pub archived_at: Option<String>,
    /// `data_residency.workspace_geo`, when the service sends it.
    pub workspace_geo: Option<String>,
    /// The API's workspace object.
    pub object: Value,
}

impl WorkspaceInfo {
    /// From an API workspace object (None without a string `id`).
    pub fn from_value(v: &Value) -> Option<WorkspaceInfo> {
        let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        Some(WorkspaceInfo {
            id: s("id")?,
            name: s("name"),
            created_at: s("created_at"),
            archived_at: s("archived_at"),
            workspace_geo: v["data_residency"]["workspace_geo"]
                .as_str()
                .map(str::to_string),
            object: v.clone(),
        })
    }
}

/// The settings with `region` in place of the configured one (same base URL template,
/// credentials and workspace).
pub fn settings_for_region(settings: &Settings, region: &str) -> Settings {
    let mut s = settings.clone();
    if s.region.as_ref().is_none_or(|r| r.value != region) {
        s.region = Some(Sourced {
            value: region.to_string(),
            source: Source::Default,
        });
    }
    s
}

/// Whether each region has its own endpoint: no base URL override, or one with `{region}`.
/// A fixed override sends every region's request to the same place.
pub fn regional_endpoints(settings: &Settings) -> bool {
    settings
        .base_url
        .as_ref()
        .is_none_or(|b| b.value.contains("{region}"))
}

fn is_workspace_id(id: &str) -> bool {
    crate::config::valid_workspace_id(id)
}

/// The configured workspace is unknown where it was sent (or malformed): the listing can still
/// be asked without it.
/// A bare 403 counts too: a wrong workspace may be refused that way (platform.md §5.2 documents
/// both readings), as long as the answer names no IAM action and no other cause.
fn header_refused(e: &ApiError) -> bool {
    let m = e.message.to_ascii_lowercase();
    let about_workspace = matches!(e.status, Some(400 | 404))
        && (m.contains("anthropic-workspace-id") || m.contains("workspace"))
        && !m.contains("required");
    let bare_403 = e.status == Some(403)
        && crate::diagnosis::parse_not_authorized(&e.message).is_none()
        && !m.contains("federation")
        && !m.contains("signature")
        && !m.contains("security token");
    about_workspace || bare_403
}

fn client_error(e: crate::error::CliError) -> ApiError {
    ApiError {
        kind: crate::api::ApiErrorKind::Invalid,
        message: e.message,
        ..Default::default()
    }
}

/// Every workspace the region's endpoint lists (all pages; archived ones with
/// `include_archived`).
pub async fn list(
    settings: &Settings,
    creds: Option<Arc<CredentialCache>>,
    region: &str,
    include_archived: bool,
) -> Result<Vec<WorkspaceInfo>, ApiError> {
    let s = settings_for_region(settings, region);
    let home = settings.region.as_ref().is_some_and(|r| r.value == region);
    let q = ListQuery {
        path: "/v1/organizations/workspaces".into(),
        query: if include_archived {
            vec![("include_archived".into(), "true".into())]
        } else {
            Vec::new()
        },
        headers: Vec::new(),
        limit: 1000,
        after: None,
        all: true,
        max_pages: MAX_PAGES,
        noun: "workspaces",
        valid_cursor: is_workspace_id,
    };
    let with_header = home && settings.workspace_id.is_some();
    let client = Client::account_scoped(&s, creds.clone(), with_header).map_err(client_error)?;
    let listing = match client.list_pages(&q).await {
        Ok(l) => l,
        Err(crate::api::ListError::Api(e)) if with_header && header_refused(&e) => {
            let bare = Client::account_scoped(&s, creds, false).map_err(client_error)?;
            bare.list_pages(&q)
                .await
                .map_err(crate::api::ListError::into_api_error)?
        }
        Err(e) => return Err(e.into_api_error()),
    };
    Ok(listing
        .items
        .iter()
        .filter_map(WorkspaceInfo::from_value)
        .collect())
}

/// One workspace through the region's endpoint (GetWorkspace, on the workspace's ARN).
pub async fn get(
    settings: &Settings,
    creds: Option<Arc<CredentialCache>>,
    region: &str,
    id: &str,
) -> Result<WorkspaceInfo, ApiError> {
    let s = settings_for_region(settings, region);
    // The header names the workspace asked about: the one the call is about, valid in its region.
    let mut s2 = s.clone();
    s2.workspace_id = Some(Sourced {
        value: id.to_string(),
        source: Source::Default,
    });
    let client = Client::account_scoped(&s2, creds, true).map_err(client_error)?;
    let call = format!("/v1/organizations/workspaces/{id}");
    let (v, meta) = client.json(&ApiRequest::get(call.clone())).await?;
    WorkspaceInfo::from_value(&v).ok_or_else(|| {
        crate::api::unexpected_shape(&v, &meta, &format!("GET {call}"), "a workspace object")
    })
}

/// Every region's workspaces, asked [`CONCURRENT_REGIONS`] at a time, each region without
/// retries (a region that fails is reported, not waited for). Returns what each region listed
/// (sorted by region, then as listed) and each region's error.
pub async fn list_all_regions(
    settings: &Settings,
    creds: Option<Arc<CredentialCache>>,
    regions: &[&str],
    include_archived: bool,
) -> (Vec<(String, WorkspaceInfo)>, Vec<(String, ApiError)>) {
    let mut base = settings.clone();
    base.max_retries = 0;
    let base = &base;
    let results: Vec<(usize, String, Result<Vec<WorkspaceInfo>, ApiError>)> =
        futures_util::stream::iter(regions.iter().enumerate())
            .map(|(i, r)| {
                let creds = creds.clone();
                async move {
                    let res = list(base, creds, r, include_archived).await;
                    (i, r.to_string(), res)
                }
            })
            .buffer_unordered(CONCURRENT_REGIONS)
            .collect()
            .await;
    let mut results = results;
    results.sort_by_key(|(i, _, _)| *i);
    let mut found = Vec::new();
    let mut failed = Vec::new();
    for (_, region, res) in results {
        match res {
            Ok(ws) => found.extend(ws.into_iter().map(|w| (region.clone(), w))),
            Err(e) => failed.push((region, e)),
        }
    }
    (found, failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workspace_objects() {
        let v = serde_json::json!({"type": "workspace", "id": "wrkspc_01A", "name": "n",
            "data_residency": {"workspace_geo": "us"}});
        let w = WorkspaceInfo::from_value(&v).unwrap();
        assert_eq!(w.id, "wrkspc_01A");
        assert_eq!(w.workspace_geo.as_deref(), Some("us"));
        assert!(WorkspaceInfo::from_value(&serde_json::json!({"id": 1})).is_none());
        assert!(REGIONS.iter().all(|r| crate::config::valid_region(r)));
    }
}
