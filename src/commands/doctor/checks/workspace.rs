//! The `workspace` check: GetWorkspace in the configured region; when that fails with "not found"
//! or a bare 403 (both readings are documented, platform.md §5.2), or when no region is set, the
//! account's workspaces are listed (ListWorkspaces is account-scoped, one regional endpoint each)
//! in every region concurrently, so the verdict names where the workspace lives, or which
//! workspaces exist, in the same run.

use crate::commands::doctor::*;

/// How many regions are asked at once.
const SCAN_CONCURRENCY: usize = 8;

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

impl Dx<'_> {
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

    pub(in crate::commands::doctor) async fn check_workspace(&self, creds: CredOut) -> CheckResult {
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
                let d = diagnosis::diagnose(&e, &self.cx);
                match d.code {
                    // Not found, or refused without a reason: is the ID wrong, or elsewhere?
                    "workspace_not_found" | "forbidden" | "api_key_forbidden" => {
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
                    "missing_action" | "explicit_deny" => {
                        let mut r = CheckResult::warn("workspace", "cannot verify the workspace: GetWorkspace is not allowed; the probe decides")
                            .fix("grant aws-external-anthropic:GetWorkspace on the workspace ARN to check it (cpaws policy gen --intent workspaces)")
                            .code(d.code);
                        r.evidence.push(diagnosis::summary(&e));
                        r
                    }
                    "federation_disabled" => CheckResult::warn(
                        "workspace",
                        "blocked: federation is disabled (see federation)",
                    )
                    .code(d.code),
                    _ => CheckResult::from_error("workspace", "GetWorkspace failed", &e, &self.cx),
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
                CheckResult::from_error("workspace", &what, e, &self.cx)
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
                r.code = Some("workspace_not_found".into());
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
                r.code = Some("workspace_not_found".into());
                r.data = Some(json!({"workspaces": listed}));
            }
        }
        r
    }

    /// Ask every region (or `only` these) concurrently, at most [`SCAN_CONCURRENCY`] at a time:
    /// ListWorkspaces, and GetWorkspace where listing is not allowed.
    pub(in crate::commands::doctor) async fn scan_regions(
        &self,
        ws: &str,
        only: Option<&[&str]>,
    ) -> Scan {
        use futures_util::StreamExt;
        let regions: Vec<String> = match only {
            Some(list) => list.iter().map(|r| r.to_string()).collect(),
            None => REGIONS.iter().map(|r| r.to_string()).collect(),
        };
        let results: Vec<RegionAnswer> = futures_util::stream::iter(regions)
            .map(|region| self.ask_region(region, ws.to_string()))
            .buffer_unordered(SCAN_CONCURRENCY)
            .collect()
            .await;
        let mut scan = Scan {
            asked: results.len(),
            ..Scan::default()
        };
        let mut order: Vec<RegionAnswer> = results;
        order.sort_by(|a, b| a.region.cmp(&b.region));
        for a in order {
            if a.answered {
                scan.answered += 1;
            }
            if a.list_denied {
                scan.list_denied += 1;
            }
            if a.found_by_get {
                scan.found_by_get.push(a.region.clone());
            }
            scan.listed.extend(a.listed);
        }
        scan
    }

    async fn ask_region(&self, region: String, ws: String) -> RegionAnswer {
        let mut answer = RegionAnswer {
            region: region.clone(),
            ..RegionAnswer::default()
        };
        let mut s = self.settings.clone();
        s.region = Some(config::Sourced {
            value: region.clone(),
            source: config::Source::Default,
        });
        s.max_retries = 0;
        let Ok(client) = Client::new(&s, Some(self.creds.clone())) else {
            return answer;
        };
        // Without the workspace header: the configured ID may be the wrong one.
        let lister = match Client::new(&s, Some(self.creds.clone())) {
            Ok(c) => c.without_workspace(),
            Err(_) => return answer,
        };
        match lister
            .json(&ApiRequest::get(
                "/v1/organizations/workspaces?limit=1000".to_string(),
            ))
            .await
        {
            Ok((v, _)) => {
                answer.answered = true;
                let data = v.get("data").and_then(Value::as_array);
                for w in data.into_iter().flatten() {
                    let Some(id) = w.get("id").and_then(Value::as_str) else {
                        continue;
                    };
                    if w.get("archived_at").is_some_and(|a| !a.is_null()) {
                        continue;
                    }
                    answer.listed.push(Seen {
                        region: region.clone(),
                        id: crate::output::sanitize(id),
                        name: crate::output::sanitize(
                            w.get("name").and_then(Value::as_str).unwrap_or(""),
                        ),
                    });
                }
                return answer;
            }
            Err(e) => {
                let code = diagnosis::diagnose(&e, &self.cx).code;
                if !matches!(code, "missing_action" | "explicit_deny") {
                    // Not listed (no answer, or the header is required after all): look the one
                    // ID up instead, which is all the question needs.
                    answer.answered = e.status.is_some_and(|s| s < 500);
                    if e.status.is_none() {
                        return answer;
                    }
                } else {
                    answer.answered = true;
                    answer.list_denied = true;
                }
            }
        }
        // Listing is not allowed: look the one ID up instead.
        answer.found_by_get = self.get_workspace(&client, &ws).await.is_ok();
        answer
    }
}

#[derive(Default)]
struct RegionAnswer {
    region: String,
    answered: bool,
    list_denied: bool,
    found_by_get: bool,
    listed: Vec<Seen>,
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
