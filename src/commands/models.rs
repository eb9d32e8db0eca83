//! `cpaws models`: the models the workspace serves (ListModels, GetModel), with the aliases
//! `opus` / `sonnet` / `haiku` resolved as `cpaws chat` resolves them.

use std::process::ExitCode;

use serde_json::{Value, json};

use crate::api::{ApiRequest, Client, ListQuery};
use crate::cli::GlobalArgs;
use crate::cli::models::{ModelsArgs, ModelsCommand};
use crate::commands::AwsCtx;
use crate::config::AuthMode;
use crate::diagnosis::{DiagContext, to_cli_error, unexpected_response};
use crate::error::{CliError, exit};
use crate::models::{self as aliases, FAMILIES, Model};
use crate::output::{Printer, one_line, table};

/// `models list --all` follows at most this many pages.
const MAX_PAGES: usize = 100;

pub async fn run(g: &GlobalArgs, a: &ModelsArgs, printer: &Printer) -> anyhow::Result<ExitCode> {
    let aws = AwsCtx::load(g).await?;
    let sigv4 = aws.settings.auth_mode() == AuthMode::Sigv4;
    let client = Client::new(&aws.settings, sigv4.then(|| aws.creds.clone()))?;
    let cx = aws.diag();
    match &a.cmd {
        ModelsCommand::List { limit, after, all } => {
            list(&client, &cx, *limit, after.as_deref(), *all, printer).await
        }
        ModelsCommand::Get { id } => get(&client, &cx, id, printer).await,
    }
}

/// A model ID as the service writes them: letters, digits, `-`, `_`, `.`, `:`, `@`.
fn check_id(id: &str) -> Result<&str, CliError> {
    let ok = !id.is_empty()
        && id.len() <= 200
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.:@".contains(c));
    if ok {
        Ok(id)
    } else {
        Err(CliError::usage(
            "models.bad_id",
            format!("{:?} is not a model ID", one_line(id)),
        )
        .with_fix("copy an ID from `cpaws models list`"))
    }
}

async fn list(
    client: &Client,
    cx: &DiagContext,
    limit: u32,
    after: Option<&str>,
    all: bool,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let after = after.map(check_id).transpose()?.map(str::to_string);
    let sp = printer.spinner("listing models…");
    let listing = client
        .list_pages(&ListQuery {
            path: "/v1/models".into(),
            query: Vec::new(),
            headers: Vec::new(),
            limit,
            after,
            all,
            max_pages: MAX_PAGES,
            noun: "models",
            valid_cursor: |c| check_id(c).is_ok(),
        })
        .await
        .map_err(|e| crate::diagnosis::list_error("listing models failed", e, cx))?;
    let items = listing.items;
    let last_page = listing.last_page;
    sp.finish_and_clear();

    // Which alias points where, among what was listed.
    let models: Vec<Model> = items
        .iter()
        .filter_map(|m| serde_json::from_value(m.clone()).ok())
        .collect();
    let alias_of = |id: &str| -> Vec<&'static str> {
        FAMILIES
            .iter()
            .copied()
            .filter(|f| aliases::newest_of(&models, f).is_some_and(|m| m.id == id))
            .collect()
    };
    if printer.json {
        let mut page = if all {
            json!({"data": items, "has_more": false})
        } else {
            last_page
        };
        if let Some(o) = page.as_object_mut() {
            let resolved: serde_json::Map<String, Value> = FAMILIES
                .iter()
                .filter_map(|f| {
                    aliases::newest_of(&models, f).map(|m| (f.to_string(), json!(m.id)))
                })
                .collect();
            o.insert("aliases".into(), Value::Object(resolved));
        }
        printer.json(&page)?;
        return Ok(ExitCode::SUCCESS);
    }
    if items.is_empty() {
        printer.info("the workspace lists no models");
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|m| {
            let id = m["id"].as_str().unwrap_or_default();
            vec![
                one_line(id),
                one_line(m["display_name"].as_str().unwrap_or("-")),
                one_line(m["created_at"].as_str().unwrap_or("-")),
                alias_of(id).join(", "),
            ]
        })
        .collect();
    printer.out(&table(&["ID", "NAME", "CREATED", "ALIAS"], &rows))?;
    if !all
        && last_page["has_more"].as_bool().unwrap_or(false)
        && let Some(l) = last_page["last_id"].as_str()
    {
        printer.info(&format!("more models: --after {} (or --all)", one_line(l)));
    }
    Ok(ExitCode::SUCCESS)
}

async fn get(
    client: &Client,
    cx: &DiagContext,
    id: &str,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    // An alias resolves to the newest model of its family, as in `cpaws chat -m`.
    let id = if FAMILIES.contains(&id.to_ascii_lowercase().as_str()) {
        let models = aliases::list(client)
            .await
            .map_err(|e| to_cli_error("listing models failed", &e, cx))?;
        match aliases::newest_of(&models, id) {
            Some(m) => m.id.clone(),
            None => {
                return Err(CliError::new(
                    exit::REJECTED,
                    crate::diagnosis::Code::ModelNotFound.as_str(),
                    format!("the workspace lists no {} model", id.to_ascii_lowercase()),
                )
                .with_fix("see what it lists: `cpaws models list --all`")
                .into());
            }
        }
    } else {
        check_id(id)?.to_string()
    };
    let call = format!("GET /v1/models/{id}");
    let (v, meta) = client
        .json(&ApiRequest::get(format!("/v1/models/{id}")))
        .await
        .map_err(|e| to_cli_error("getting the model failed", &e, cx))?;
    if !v["id"].is_string() {
        return Err(unexpected_response(
            "getting the model failed",
            &call,
            "a model object (with an `id`)",
            &v,
            &meta,
        )
        .into());
    }
    if printer.json {
        printer.json(&v)?;
    } else {
        let field = |k: &str| one_line(v[k].as_str().unwrap_or("-"));
        printer.out(&format!(
            "id            {}\ndisplay name  {}\ncreated       {}\n",
            field("id"),
            field("display_name"),
            field("created_at")
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}
