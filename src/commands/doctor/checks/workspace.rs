//! The `workspace` check.

use crate::commands::doctor::*;

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
        let (Some(ws), Some(region)) = (&self.settings.workspace_id, &self.settings.region) else {
            return CheckResult::skip(
                "workspace",
                "needs a region and a workspace ID (see config)",
            );
        };
        if !config::valid_workspace_id(&ws.value) {
            return CheckResult::skip("workspace", "the workspace ID is malformed (see config)");
        }
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
                r.evidence.extend(
                    meta.amzn_request_id
                        .map(|id| format!("x-amzn-requestid: {id}")),
                );
                r
            }
            Err(e) => {
                let d = diagnosis::diagnose(&e, &self.cx);
                match d.code {
                    "workspace_not_found" => {
                        let mut r = CheckResult::from_error(
                            "workspace",
                            &format!("workspace {} is not in {}", ws.value, region.value),
                            &e,
                            &self.cx,
                        );
                        if self.args.scan_regions && mode == AuthMode::Sigv4 {
                            match self.scan_regions(&ws.value, &region.value).await {
                                Some(found) => {
                                    r.message = format!(
                                        "workspace {} lives in {found}, not in {}",
                                        ws.value, region.value
                                    );
                                    r.fix = Some(format!(
                                        "export AWS_REGION={found}   (or --region {found}; the workspace is only reachable through its own regional endpoint)"
                                    ));
                                    r.code = Some("workspace_in_other_region".into());
                                    r.data = Some(json!({"found_in": found}));
                                }
                                None => {
                                    r.message = format!(
                                        "workspace {} was found in no region scanned; the ID is wrong or belongs to another account",
                                        ws.value
                                    );
                                    r.fix = Some("copy the wrkspc_… ID again from the AWS Console (Claude Platform on AWS → Workspaces) of this account".into());
                                }
                            }
                            r.evidence
                                .push(format!("--scan-regions: {} regions tried", REGIONS.len()));
                        } else if mode == AuthMode::Sigv4 {
                            r.fix = Some(format!(
                                "{}; or run `cpaws doctor --scan-regions` to find its region",
                                r.fix.unwrap_or_default()
                            ));
                        }
                        r
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

    /// Look the workspace up through every other region's endpoint (signed for that region).
    pub(in crate::commands::doctor) async fn scan_regions(
        &self,
        ws: &str,
        current: &str,
    ) -> Option<String> {
        let mut futs = Vec::new();
        for region in REGIONS.iter().filter(|r| **r != current) {
            let mut s = self.settings.clone();
            s.region = Some(config::Sourced {
                value: region.to_string(),
                source: config::Source::Default,
            });
            s.max_retries = 0;
            let creds = self.creds.clone();
            let ws = ws.to_string();
            futs.push(async move {
                let client = Client::new(&s, Some(creds)).ok()?;
                let r = client
                    .json(&ApiRequest::get(format!(
                        "/v1/organizations/workspaces/{ws}"
                    )))
                    .await;
                r.ok().map(|_| region.to_string())
            });
        }
        futures_util::future::join_all(futs)
            .await
            .into_iter()
            .flatten()
            .next()
    }
}
