//! The `workspace` check: GetWorkspace in the configured region; when that fails with "not found"
//! or a bare 403 (both readings are documented, platform.md §5.2), or when no region is set, the
//! account's workspaces are listed (ListWorkspaces is account-scoped, one regional endpoint each)
//! in every region concurrently, so the verdict names where the workspace lives, or which
//! workspaces exist, in the same run.

use crate::commands::doctor::*;
use crate::diagnosis::Code;

/// One workspace seen by the scan.
#[derive(Clone, Debug)]
pub(in crate::commands::doctor) struct Seen {
    pub region: String,
    pub id: String,
    pub name: String,
}

/// What the scan of every region found.
#[derive(Default)]
pub(in crate::commands::doctor) struct Scan {
    /// Workspaces listed (ListWorkspaces answered).
    pub listed: Vec<Seen>,
    /// Regions where GetWorkspace found the ID (when ListWorkspaces was not allowed).
    pub found_by_get: Vec<String>,
    /// Regions asked, and how many answered at all.
    pub asked: usize,
    pub answered: usize,
    /// Regions where listing was refused for lack of the action.
    pub list_denied: usize,
}

impl Scan {
    fn region_of(&self, ws: &str) -> Option<String> {
        self.listed
            .iter()
            .find(|s| s.id == ws)
            .map(|s| s.region.clone())
            .or_else(|| self.found_by_get.first().cloned())
    }
}

impl Doctor<'_> {
    pub(in crate::commands::doctor) async fn get_workspace(
        &self,
        client: &Client,
        ws: &str,
    ) -> Result<(Value, crate::api::ResponseMeta), ApiError> {
        client
            .json(&ApiRequest::get(format!(
                "/v1/organizations/workspaces/{ws}"
            )))
            .await
    }

    pub(in crate::commands::doctor) async fn check_workspace(
        &self,
        creds: CredentialsOutcome,
    ) -> CheckResult {
        if let Some(s) = self.skipped("workspace") {
            return s;
        }
        let mode = self.settings.auth_mode();
        if mode == AuthMode::Sigv4 && !creds.ok {
            return CheckResult::skip("workspace", "needs credentials");
        }
        let Some(ws) = &self.settings.workspace_id else {
            return CheckResult::skip("workspace", "needs a workspace ID (see config)");
        };
        if !config::valid_workspace_id(&ws.value) {
            return CheckResult::skip("workspace", "the workspace ID is malformed (see config)");
        }
        let Some(region) = &self.settings.region else {
            // No region: find the one the workspace lives in (SigV4 signs for any region; an API
            // key is bound to its own).
            if mode != AuthMode::Sigv4 {
                return CheckResult::skip("workspace", "needs a region (see config)");
            }
            let scan = self.scan_regions(&ws.value, None).await;
            return self.verdict_from_scan(&ws.value, None, &scan, None);
        };
        let client = match self.client() {
            Ok(c) => c,
            Err(e) => return CheckResult::skip("workspace", e.message),
        };
        match self.get_workspace(&client, &ws.value).await {
            Ok((v, meta)) => {
                let name = v.get("name").and_then(Value::as_str).unwrap_or("");
                let mut r = CheckResult::pass(
                    "workspace",
                    format!("{} ({name}) exists in {}", ws.value, region.value),
                )
                .data(json!({"workspace": v}));
                r.evidence.push(format!(
                    "gateway GET /v1/organizations/workspaces/{} → {}",
                    ws.value, meta.status
                ));
                r.evidence.extend(meta.request_ids());
                if self.args.scan_regions && mode == AuthMode::Sigv4 {
                    let scan = self.scan_regions(&ws.value, None).await;
                    r.data = Some(json!({"workspace": v, "workspaces": seen_json(&scan.listed)}));
                    r.evidence.push(scan_evidence(&scan));
                }
                r
            }
            Err(e) => {
                let d = diagnosis::diagnose(&e, &self.diag);
                match d.code {
                    // Not found, or refused without a reason: is the ID wrong, or elsewhere?
                    Code::WorkspaceNotFound | Code::Forbidden | Code::ApiKeyForbidden => {
                        if mode != AuthMode::Sigv4 {
                            // An API key only reaches its own region; list what it can see there.
                            let scan = self.scan_regions(&ws.value, Some(&[&region.value])).await;
                            return self.verdict_from_scan(
                                &ws.value,
                                Some(&region.value),
                                &scan,
                                Some(&e),
                            );
                        }
                        let scan = self.scan_regions(&ws.value, None).await;
                        self.verdict_from_scan(&ws.value, Some(&region.value), &scan, Some(&e))
                    }
                    Code::MissingAction | Code::ExplicitDeny => {
                        let mut r = CheckResult::warn("workspace", "cannot verify the workspace: GetWorkspace is not allowed; the probe decides")
                            .fix("grant aws-external-anthropic:GetWorkspace on the workspace ARN to check it (cpaws policy gen --intent workspaces)")
                            .code(d.code);
                        r.evidence.push(diagnosis::summary(&e));
                        r
                    }
                    Code::FederationDisabled => CheckResult::warn(
                        "workspace",
                        "blocked: federation is disabled (see federation)",
                    )
                    .code(d.code),
                    _ => {
                        CheckResult::from_error("workspace", "GetWorkspace failed", &e, &self.diag)
                    }
                }
            }
        }
    }

    /// The verdict once every region was asked: where the workspace lives, or which ones exist.
    fn verdict_from_scan(
        &self,
        ws: &str,
        region: Option<&str>,
        scan: &Scan,
        error: Option<&ApiError>,
    ) -> CheckResult {
        let mut r = match error {
            Some(e) => {
                let what = match region {
                    Some(reg) => format!("workspace {ws} is not reachable in {reg}"),
                    None => format!("workspace {ws}"),
                };
                CheckResult::from_error("workspace", &what, e, &self.diag)
            }
            None => CheckResult::fail("workspace", ""),
        };
        r.evidence.push(scan_evidence(scan));
        let listed = seen_json(&scan.listed);
        match scan.region_of(ws) {
            Some(found) if Some(found.as_str()) == region => {
                // The workspace is listed in this very region, yet GetWorkspace was refused: the
                // refusal is about IAM (GetWorkspace), not the ID.
                r.status = Status::Warn;
                r.message = format!(
                    "workspace {ws} exists in {found} (ListWorkspaces), but GetWorkspace on it was refused; the probe decides whether the intended use works"
                );
                r.fix = Some("grant aws-external-anthropic:GetWorkspace on the workspace ARN to check it (`cpaws policy gen --intent workspaces --user NAME`)".into());
                r.code = Some("workspace_get_refused".into());
                r.data = Some(json!({"found_in": found, "workspaces": listed}));
            }
            Some(found) => {
                r.status = Status::Fail;
                r.message = match region {
                    Some(reg) => format!("workspace {ws} lives in {found}, not in {reg}"),
                    None => format!("no region is set; workspace {ws} lives in {found}"),
                };
                r.fix = Some(format!(
                    "export AWS_REGION={found}   (or --region {found}; the workspace is only reachable through its own regional endpoint)"
                ));
                r.code = Some(
                    if region.is_some() {
                        "workspace_in_other_region"
                    } else {
                        "region_missing"
                    }
                    .into(),
                );
                r.data = Some(json!({"found_in": found, "workspaces": listed}));
            }
            None if scan.answered == 0 => {
                // Nothing could be asked: the first error (if any) stands; otherwise say so.
                if error.is_none() {
                    r.status = Status::Warn;
                    r.message = format!(
                        "could not look workspace {ws} up: no region answered; set AWS_REGION to the workspace's region"
                    );
                    r.fix = Some("export AWS_REGION=<the workspace's region>".into());
                    r.code = Some("could_not_check".into());
                }
            }
            None if scan.listed.is_empty() && scan.list_denied > 0 => {
                r.status = Status::Fail;
                r.message = format!(
                    "workspace {ws} was found in no region (GetWorkspace); ListWorkspaces is not allowed, so the account's workspaces cannot be shown"
                );
                r.fix = Some("copy the wrkspc_… ID again from the AWS Console (Claude Platform on AWS → Workspaces) of this account; `cpaws policy gen --intent workspaces --user NAME` grants ListWorkspaces to list them".into());
                r.code = Some(Code::WorkspaceNotFound.into());
                r.data = Some(json!({"workspaces": listed}));
            }
            None => {
                r.status = Status::Fail;
                let names: Vec<String> = scan
                    .listed
                    .iter()
                    .map(|s| {
                        if s.name.is_empty() {
                            format!("{} ({})", s.id, s.region)
                        } else {
                            format!("{} \"{}\" ({})", s.id, s.name, s.region)
                        }
                    })
                    .collect();
                r.message = if names.is_empty() {
                    format!(
                        "workspace {ws} is not among the account's workspaces: none was found in any region; the ID is wrong or belongs to another account"
                    )
                } else {
                    format!(
                        "workspace {ws} is not among the account's workspaces; the account has: {}",
                        names.join(", ")
                    )
                };
                r.fix = Some(match scan.listed.first() {
                    Some(s) if region.is_some_and(|reg| reg != s.region) || region.is_none() => {
                        format!(
                            "use one of them: export ANTHROPIC_AWS_WORKSPACE_ID={} AWS_REGION={}",
                            s.id, s.region
                        )
                    }
                    Some(s) => format!("use one of them: export ANTHROPIC_AWS_WORKSPACE_ID={}", s.id),
                    None => "copy the wrkspc_… ID again from the AWS Console (Claude Platform on AWS → Workspaces) of this account, or create one there".into(),
                });
                r.code = Some(Code::WorkspaceNotFound.into());
                r.data = Some(json!({"workspaces": listed}));
            }
        }
        r
    }

    /// Ask every region (or `only` these) concurrently, a few at a time
    /// (`workspaces::list_all_regions`): ListWorkspaces, and GetWorkspace on the one ID in the
    /// regions where listing is not allowed.
    pub(in crate::commands::doctor) async fn scan_regions(
        &self,
        ws: &str,
        only: Option<&[&str]>,
    ) -> Scan {
        let regions: Vec<&str> = only
            .map(<[&str]>::to_vec)
            .unwrap_or_else(|| REGIONS.to_vec());
        let creds = Some(self.creds.clone());
        let (found, failed) =
            crate::workspaces::list_all_regions(self.settings, creds.clone(), &regions, false)
                .await;
        let mut scan = Scan {
            asked: regions.len(),
            answered: regions.len(),
            ..Scan::default()
        };
        scan.listed = found
            .into_iter()
            .map(|(region, w)| Seen {
                region,
                id: crate::output::sanitize(&w.id),
                name: crate::output::sanitize(w.name.as_deref().unwrap_or("")),
            })
            .collect();
        let mut denied = Vec::new();
        for (region, e) in &failed {
            let code = diagnosis::diagnose(e, &self.diag).code;
            if matches!(code, Code::MissingAction | Code::ExplicitDeny) {
                denied.push(region.clone());
            } else if e.status.is_none_or(|s| s >= 500) {
                scan.answered -= 1;
            }
        }
        scan.list_denied = denied.len();
        // Listing is not allowed there: look the one ID up instead.
        let mut settings = self.settings.clone();
        settings.max_retries = 0;
        let lookups = denied.iter().map(|region| {
            let (settings, creds) = (&settings, creds.clone());
            async move {
                crate::workspaces::get(settings, creds, region, ws)
                    .await
                    .ok()
                    .map(|_| region.clone())
            }
        });
        scan.found_by_get = futures_util::future::join_all(lookups)
            .await
            .into_iter()
            .flatten()
            .collect();
        scan
    }
}

fn seen_json(seen: &[Seen]) -> Value {
    Value::Array(
        seen.iter()
            .map(|s| json!({"id": s.id, "name": s.name, "region": s.region}))
            .collect(),
    )
}

fn scan_evidence(scan: &Scan) -> String {
    format!(
        "ListWorkspaces asked in {} regions ({} answered): {} workspaces found",
        scan.asked,
        scan.answered,
        scan.listed.len()
    )
}
