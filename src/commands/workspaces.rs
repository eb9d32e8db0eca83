//! `cpaws workspaces`: the account's workspaces (ListWorkspaces, account-scoped) in the region in
//! use or in every region, and one workspace (GetWorkspace), saying which one is configured and
//! whether it lives in the region in use. The calls are in the shared `crate::workspaces`.

use std::process::ExitCode;

use serde_json::{Value, json};

use crate::cli::GlobalArgs;
use crate::cli::workspaces::{WorkspacesArgs, WorkspacesCommand};
use crate::commands::AwsCtx;
use crate::config::{AuthMode, Settings};
use crate::diagnosis::{self, DiagContext, to_cli_error};
use crate::error::CliError;
use crate::output::{Printer, one_line, table};
use crate::workspaces::{self as ws, REGIONS, WorkspaceInfo};

pub async fn run(
    g: &GlobalArgs,
    a: &WorkspacesArgs,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let aws = AwsCtx::load(g).await?;
    let creds = (aws.settings.auth_mode() == AuthMode::Sigv4).then(|| aws.creds.clone());
    let cx = aws.diag();
    match &a.cmd {
        WorkspacesCommand::List {
            all_regions: false,
            include_archived,
        } => list(&aws.settings, creds, &cx, *include_archived, printer).await,
        WorkspacesCommand::List {
            all_regions: true,
            include_archived,
        } => list_all(&aws.settings, creds, &cx, *include_archived, printer).await,
        WorkspacesCommand::Get { id } => {
            get(&aws.settings, creds, &cx, id.as_deref(), printer).await
        }
    }
}

fn region_in_use(s: &Settings) -> Result<String, CliError> {
    s.region.as_ref().map(|r| r.value.clone()).ok_or_else(|| {
        CliError::usage(
            "config.region_missing",
            "no AWS region is configured, and Claude Platform on AWS has no default region",
        )
        .with_fix("pass --region REGION (or set AWS_REGION), or look in every region: `cpaws workspaces list --all-regions`")
    })
}

/// The configured workspace and where its ID came from, for the output.
fn configured(s: &Settings) -> Option<(String, String)> {
    s.workspace_id
        .as_ref()
        .map(|w| (w.value.clone(), w.source.to_string()))
}

fn object_with_region(w: &WorkspaceInfo, region: &str) -> Value {
    let mut o = w.object.clone();
    if let Some(m) = o.as_object_mut() {
        m.insert("region".into(), json!(region));
    }
    o
}

fn row(w: &WorkspaceInfo, region: Option<&str>, configured: Option<&str>) -> Vec<String> {
    let mut r = Vec::new();
    if let Some(reg) = region {
        r.push(reg.to_string());
    }
    r.push(one_line(&w.id));
    r.push(one_line(w.name.as_deref().unwrap_or("-")));
    r.push(one_line(w.created_at.as_deref().unwrap_or("-")));
    r.push(match &w.archived_at {
        Some(t) => format!("archived {}", one_line(t)),
        None if configured == Some(w.id.as_str()) => "configured".into(),
        None => String::new(),
    });
    r
}

async fn list(
    s: &Settings,
    creds: Option<std::sync::Arc<crate::credentials::CredentialCache>>,
    cx: &DiagContext,
    include_archived: bool,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let region = region_in_use(s)?;
    let sp = printer.spinner("listing workspaces…");
    let found = ws::list(s, creds, &region, include_archived)
        .await
        .map_err(|e| to_cli_error("listing workspaces failed", &e, cx))?;
    sp.finish_and_clear();
    let conf = configured(s);
    let listed = conf
        .as_ref()
        .map(|(id, _)| found.iter().any(|w| &w.id == id));
    if printer.json {
        printer.json(&json!({
            "region": region,
            "data": found.iter().map(|w| object_with_region(w, &region)).collect::<Vec<_>>(),
            "configured": conf.as_ref().map(|(id, source)| json!({
                "id": id, "source": source, "region_in_use": region,
                "listed": listed, "found_in": if listed == Some(true) { json!([region]) } else { Value::Null },
            })),
        }))?;
        return Ok(ExitCode::SUCCESS);
    }
    if found.is_empty() {
        printer.out(&format!("no workspaces in {region}\n"))?;
    } else {
        let conf_id = conf.as_ref().map(|(id, _)| id.as_str());
        let rows: Vec<Vec<String>> = found.iter().map(|w| row(w, None, conf_id)).collect();
        printer.out(&table(&["ID", "NAME", "CREATED", ""], &rows))?;
    }
    match (&conf, listed) {
        (Some((id, source)), Some(true)) => printer.info(&format!(
            "configured workspace {id} ({source}) is in {region}, the region in use"
        )),
        (Some((id, source)), _) => printer.warn(&format!(
            "configured workspace {} ({source}) is not listed in {region}, the region in use: it lives in another region or belongs to another account; find it with `cpaws workspaces list --all-regions`",
            one_line(id)
        )),
        (None, _) => printer.info(
            "no workspace is configured: set ANTHROPIC_AWS_WORKSPACE_ID to one of these IDs",
        ),
    }
    Ok(ExitCode::SUCCESS)
}

async fn list_all(
    s: &Settings,
    creds: Option<std::sync::Arc<crate::credentials::CredentialCache>>,
    cx: &DiagContext,
    include_archived: bool,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    if !ws::regional_endpoints(s) {
        let url = s
            .base_url
            .as_ref()
            .map(|b| b.value.clone())
            .unwrap_or_default();
        return Err(CliError::usage(
            "workspaces.fixed_base_url",
            format!(
                "--all-regions needs each region's endpoint, but the base URL {} has no {{region}} to put them in",
                one_line(&url)
            ),
        )
        .with_fix("unset the base URL override (ANTHROPIC_AWS_BASE_URL, --base-url) or write {region} in it; or list one region at a time with --region REGION")
        .into());
    }
    let sp = printer.spinner(&format!("asking {} regions…", REGIONS.len()));
    let (found, failed) = ws::list_all_regions(s, creds, REGIONS, include_archived).await;
    sp.finish_and_clear();
    if found.is_empty()
        && let Some((region, e)) = failed.first()
        && failed.len() == REGIONS.len()
    {
        let mut err = to_cli_error(
            &format!("listing workspaces failed in every region (first: {region})"),
            e,
            cx,
        );
        err.details.push(format!("{} regions asked", REGIONS.len()));
        return Err(err.into());
    }
    let conf = configured(s);
    let in_use = s.region.as_ref().map(|r| r.value.clone());
    let found_in: Vec<&str> = conf
        .as_ref()
        .map(|(id, _)| {
            found
                .iter()
                .filter(|(_, w)| &w.id == id)
                .map(|(r, _)| r.as_str())
                .collect()
        })
        .unwrap_or_default();
    let errors: Vec<Value> = failed
        .iter()
        .map(|(r, e)| {
            let d = diagnosis::diagnose(e, cx);
            json!({"region": r, "code": d.code, "message": diagnosis::summary(e)})
        })
        .collect();
    if printer.json {
        printer.json(&json!({
            "regions_asked": REGIONS.len(),
            "data": found.iter().map(|(r, w)| object_with_region(w, r)).collect::<Vec<_>>(),
            "errors": errors,
            "configured": conf.as_ref().map(|(id, source)| json!({
                "id": id, "source": source, "region_in_use": in_use,
                "listed": !found_in.is_empty(), "found_in": found_in,
            })),
        }))?;
        return Ok(ExitCode::SUCCESS);
    }
    if found.is_empty() {
        printer.out(&format!(
            "no workspaces in the {} regions that answered\n",
            REGIONS.len() - failed.len()
        ))?;
    } else {
        let conf_id = conf.as_ref().map(|(id, _)| id.as_str());
        let rows: Vec<Vec<String>> = found
            .iter()
            .map(|(r, w)| row(w, Some(r), conf_id))
            .collect();
        printer.out(&table(&["REGION", "ID", "NAME", "CREATED", ""], &rows))?;
    }
    if !failed.is_empty() {
        let list: Vec<String> = failed
            .iter()
            .zip(&errors)
            .map(|((r, _), e)| format!("{r} ({})", e["code"].as_str().unwrap_or("error")))
            .collect();
        printer.warn(&format!(
            "{} of {} regions could not be asked (their workspaces are not shown): {}; `cpaws --region REGION workspaces list` shows why",
            failed.len(),
            REGIONS.len(),
            list.join(", ")
        ));
    }
    if let Some((id, source)) = &conf {
        let id = one_line(id);
        match (found_in.as_slice(), in_use.as_deref()) {
            ([], _) => printer.warn(&format!(
                "configured workspace {id} ({source}) was found in no region that answered: the ID is wrong or belongs to another account"
            )),
            (rs, Some(u)) if rs.contains(&u) => printer.info(&format!(
                "configured workspace {id} ({source}) is in {u}, the region in use"
            )),
            ([r, ..], Some(u)) => printer.warn(&format!(
                "configured workspace {id} ({source}) lives in {r}, but the region in use is {u}: set AWS_REGION={r} (or pass --region {r})"
            )),
            ([r, ..], None) => printer.info(&format!(
                "configured workspace {id} ({source}) lives in {r}; no region is configured: set AWS_REGION={r}"
            )),
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn get(
    s: &Settings,
    creds: Option<std::sync::Arc<crate::credentials::CredentialCache>>,
    cx: &DiagContext,
    id: Option<&str>,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let conf = configured(s);
    let id = match (id, &conf) {
        (Some(id), _) => id.to_string(),
        (None, Some((id, _))) => id.clone(),
        (None, None) => {
            return Err(CliError::usage(
                "config.workspace_missing",
                "no workspace ID was given and none is configured",
            )
            .with_fix("name one (`cpaws workspaces get wrkspc_…`), or find the IDs with `cpaws workspaces list --all-regions`")
            .into());
        }
    };
    if !crate::config::valid_workspace_id(&id) {
        // Sent anyway (the service decides), with a warning.
        printer.warn(&format!(
            "{:?} does not look like a workspace ID (wrkspc_ followed by letters and digits)",
            one_line(&id)
        ));
        if id.contains(['/', '?', '#', '%']) || id.chars().any(char::is_whitespace) {
            return Err(CliError::usage(
                "workspaces.bad_id",
                format!("{:?} cannot be part of a URL path", one_line(&id)),
            )
            .with_fix("copy a wrkspc_… ID from `cpaws workspaces list`")
            .into());
        }
    }
    let region = region_in_use(s)?;
    let is_configured = conf.as_ref().is_some_and(|(c, _)| *c == id);
    let w = match ws::get(s, creds, &region, &id).await {
        Ok(w) => w,
        Err(e) => {
            let mut err = to_cli_error(&format!("getting workspace {id} failed"), &e, cx);
            if err.code == diagnosis::Code::WorkspaceNotFound.as_str() {
                err.cause = Some(format!(
                    "workspace {id} does not exist in {region}, the region in use: the ID is wrong, or it lives in another region (each workspace is reachable only through its own region's endpoint)"
                ));
                err.fix = Some(
                    "find where it lives: `cpaws workspaces list --all-regions`, then set AWS_REGION to that region"
                        .into(),
                );
            }
            return Err(err.into());
        }
    };
    if printer.json {
        printer.json(&json!({
            "workspace": object_with_region(&w, &region),
            "region": region,
            "configured": is_configured,
            "configured_id": conf.as_ref().map(|(c, _)| c),
        }))?;
        return Ok(ExitCode::SUCCESS);
    }
    let f = |v: &Option<String>| one_line(v.as_deref().unwrap_or("-"));
    let mut text = format!(
        "id            {}\nname          {}\ncreated       {}\nregion        {region} (the region in use)\n",
        one_line(&w.id),
        f(&w.name),
        f(&w.created_at),
    );
    if let Some(geo) = &w.workspace_geo {
        text.push_str(&format!("geo           {}\n", one_line(geo)));
    }
    if let Some(a) = &w.archived_at {
        text.push_str(&format!("archived      {}\n", one_line(a)));
    }
    text.push_str(&match (&conf, is_configured) {
        (Some((_, source)), true) => format!("configured    yes ({source})\n"),
        (Some((c, _)), false) => format!("configured    no (the configured workspace is {c})\n"),
        (None, _) => "configured    no (no workspace is configured)\n".to_string(),
    });
    printer.out(&text)?;
    if w.archived_at.is_some() && is_configured {
        printer.warn("the configured workspace is archived: requests to it will fail");
    }
    Ok(ExitCode::SUCCESS)
}
