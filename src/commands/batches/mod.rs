//! `cpaws batches`: Message Batches (platform.md §6; IAM CreateBatchInference,
//! ListBatchInferences, GetBatchInference, CancelBatchInference, DeleteBatchInference): create
//! from JSON lines (checked before anything is sent, streamed from disk), list, get, cancel,
//! delete, wait (backoff, progress on a terminal) and results (streamed in flat memory from the
//! batch's `results_url`, on the configured origin only). docs/batches.md.

mod create;
mod results;
mod wait;

use std::io::Read;
use std::process::ExitCode;

use serde_json::{Value, json};

use crate::api::{ApiError, ApiRequest, Body, Client, ListQuery, Part, ResponseMeta};
use crate::cli::GlobalArgs;
use crate::cli::batches::{BatchesArgs, BatchesCommand};
use crate::config::AuthMode;
use crate::diagnosis::{self, DiagContext, unexpected_response};
use crate::error::{CliError, exit};
use crate::output::{Printer, one_line, sanitize, table};
use crate::prompt::confirm;

/// `batches list --all` follows at most this many pages.
const MAX_PAGES: usize = 1000;

pub(crate) struct Ctx {
    client: Client,
    cx: DiagContext,
}

impl Ctx {
    async fn load(g: &GlobalArgs) -> Result<Ctx, CliError> {
        let settings = crate::config::resolve(&g.overrides()).await?;
        let cx = DiagContext::from_settings(&settings);
        let creds = match settings.auth_mode() {
            AuthMode::Sigv4 => crate::aws::gateway_credentials(&settings).await,
            _ => None,
        };
        let client = Client::new(&settings, creds)?;
        Ok(Ctx { client, cx })
    }

    fn err(&self, what: &str, e: &ApiError) -> CliError {
        diagnosis::to_cli_error(what, e, &self.cx)
    }
}

pub async fn run(g: &GlobalArgs, a: &BatchesArgs, printer: &Printer) -> anyhow::Result<ExitCode> {
    match &a.cmd {
        BatchesCommand::Create {
            file,
            model,
            max_tokens,
            system,
            split,
        } => {
            create(
                g,
                file,
                model.as_deref(),
                *max_tokens,
                system.as_deref(),
                *split,
                printer,
            )
            .await
        }
        BatchesCommand::List { limit, after, all } => {
            list(g, *limit, after.as_deref(), *all, printer).await
        }
        BatchesCommand::Get { id } => get(g, id, printer).await,
        BatchesCommand::Cancel { id } => cancel(g, id, printer).await,
        BatchesCommand::Delete { id } => delete(g, id, printer).await,
        BatchesCommand::Wait { id } => {
            let id = check_id(id, printer)?;
            let ctx = Ctx::load(g).await?;
            let b = wait::until_ended(&ctx, id, g.timeout, printer).await?;
            if printer.json {
                printer.json(&b)?;
            } else {
                printer.out(&format!("{}\n", summary(&b)))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        BatchesCommand::Results {
            id,
            wait,
            output,
            force,
            only,
            text,
        } => {
            let id = check_id(id, printer)?;
            let ctx = Ctx::load(g).await?;
            let opts = results::Opts {
                output: output.as_deref(),
                force: *force,
                only,
                text: *text,
            };
            let b = if *wait {
                wait::until_ended(&ctx, id, g.timeout, printer).await?
            } else {
                get_batch(&ctx, id).await?.0
            };
            results::run(&ctx, id, &b, &opts, printer).await
        }
    }
}

/// A batch ID is one path segment. IDs are `msgbatch_…`; another shape is sent with a warning
/// (the service decides), but a character that would change the URL is refused.
fn check_id<'a>(id: &'a str, printer: &Printer) -> Result<&'a str, CliError> {
    let safe = !id.is_empty()
        && id.len() <= 200
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        && id != "."
        && id != "..";
    if !safe {
        return Err(CliError::usage(
            "batches.bad_id",
            format!("{:?} is not a batch ID", one_line(id)),
        )
        .with_fix("copy an ID such as msgbatch_01… from `cpaws batches list`"));
    }
    if !id.starts_with("msgbatch_") {
        printer.warn(&format!(
            "{id} does not look like a batch ID (msgbatch_…); sending it anyway"
        ));
    }
    Ok(id)
}

fn is_batch(v: &Value) -> bool {
    v["id"].is_string() && v["processing_status"].is_string()
}

/// GET the batch, checked to be a batch object.
async fn get_batch(ctx: &Ctx, id: &str) -> Result<(Value, ResponseMeta), CliError> {
    let (v, meta) = ctx
        .client
        .json(&ApiRequest::get(format!("/v1/messages/batches/{id}")))
        .await
        .map_err(|e| ctx.err(&format!("getting batch {id} failed"), &e))?;
    if !is_batch(&v) {
        return Err(unexpected_response(
            &format!("getting batch {id} failed"),
            &format!("GET /v1/messages/batches/{id}"),
            "a batch object (with an `id` and a `processing_status`)",
            &v,
            &meta,
        ));
    }
    Ok((v, meta))
}

/// The request counts of a batch: (processing, succeeded, errored, canceled, expired).
fn counts(b: &Value) -> [u64; 5] {
    let c = &b["request_counts"];
    ["processing", "succeeded", "errored", "canceled", "expired"]
        .map(|k| c[k].as_u64().unwrap_or(0))
}

/// One line: `msgbatch_… ended: 3 succeeded, 1 errored, …`.
fn summary(b: &Value) -> String {
    let [p, s, e, c, x] = counts(b);
    let mut parts = Vec::new();
    for (n, what) in [
        (p, "processing"),
        (s, "succeeded"),
        (e, "errored"),
        (c, "canceled"),
        (x, "expired"),
    ] {
        if n > 0 {
            parts.push(format!("{n} {what}"));
        }
    }
    if parts.is_empty() {
        parts.push("no requests".into());
    }
    format!(
        "{} {}: {}",
        one_line(b["id"].as_str().unwrap_or("?")),
        one_line(b["processing_status"].as_str().unwrap_or("?")),
        parts.join(", ")
    )
}

async fn create(
    g: &GlobalArgs,
    file: &str,
    model: Option<&str>,
    max_tokens: Option<u64>,
    system: Option<&str>,
    split: bool,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let shown = if file == "-" {
        "stdin".to_string()
    } else {
        sanitize(file)
    };
    let system = match system {
        Some(s) => Some(match s.strip_prefix('@') {
            Some(path) => std::fs::read_to_string(path).map_err(|e| {
                CliError::usage(
                    "batches.system_file",
                    format!("cannot read the system prompt file {}", sanitize(path)),
                )
                .with_cause(e.to_string())
            })?,
            None => s.to_string(),
        }),
        None => None,
    };
    if let Some(m) = model {
        crate::models::check_model_id(m).map_err(|why| {
            CliError::usage("batches.bedrock_model_id", why).with_fix(
                "use a bare ID such as claude-sonnet-4-6, or an alias: opus, sonnet, haiku",
            )
        })?;
    }
    let mut input: Box<dyn Read> = if file == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        let meta = std::fs::metadata(file).map_err(|e| {
            CliError::usage("batches.unreadable", format!("cannot read {shown}"))
                .with_cause(e.to_string())
        })?;
        if meta.is_dir() {
            return Err(CliError::usage(
                "batches.unreadable",
                format!("{shown} is a directory, not a file of JSON lines"),
            )
            .into());
        }
        Box::new(std::fs::File::open(file).map_err(|e| {
            CliError::usage("batches.unreadable", format!("cannot open {shown}"))
                .with_cause(e.to_string())
        })?)
    };
    // An alias resolves to a model ID before the lines are written (a GET, not the batch);
    // otherwise the file is checked before the settings are even needed.
    let is_alias =
        model.is_some_and(|m| crate::models::FAMILIES.contains(&m.to_ascii_lowercase().as_str()));
    let mut ctx = if is_alias {
        Some(Ctx::load(g).await?)
    } else {
        None
    };
    let model = match (model, &ctx) {
        (Some(m), Some(ctx)) => {
            let list = crate::models::list(&ctx.client)
                .await
                .map_err(|e| ctx.err("listing models failed", &e))?;
            let found = crate::models::newest_of(&list, m).map(|x| x.id.clone());
            Some(found.ok_or_else(|| {
                CliError::new(
                    exit::REJECTED,
                    crate::diagnosis::Code::ModelNotFound.as_str(),
                    format!("the workspace lists no {} model", m.to_ascii_lowercase()),
                )
                .with_fix("see what it lists: `cpaws models list --all`")
            })?)
        }
        (m, _) => m.map(str::to_string),
    };
    let defaults = create::Defaults {
        model,
        max_tokens,
        system,
    };
    let size = if file == "-" {
        0
    } else {
        std::fs::metadata(file).map(|m| m.len()).unwrap_or(0)
    };
    let pb = wait::bytes_bar(printer, size, format!("checking {shown}"));
    // Blocking file work, on the one-shot commands' single-threaded runtime (nothing else to
    // serve meanwhile).
    let chunks = create::prepare(
        &mut input,
        &shown,
        &defaults,
        split,
        create::Limits::API,
        &pb,
    )?;
    let ctx = match ctx.take() {
        Some(c) => c,
        None => Ctx::load(g).await?,
    };
    let mut created: Vec<Value> = Vec::new();
    let n = chunks.len();
    for (i, c) in chunks.into_iter().enumerate() {
        let sent = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let req = ApiRequest {
            method: crate::api::Method::Post,
            path: "/v1/messages/batches".into(),
            body: Body::Parts {
                parts: vec![Part::FileWithProgress(
                    c.file.path().to_path_buf(),
                    sent.clone(),
                )],
                content_type: "application/json".into(),
                len: c.len,
                sha256: c.sha256.clone(),
            },
            headers: Vec::new(),
        };
        let what = if n == 1 {
            format!("sending {} requests", c.requests)
        } else {
            format!("sending batch {} of {n} ({} requests)", i + 1, c.requests)
        };
        let pb = wait::bytes_bar(printer, c.len, what);
        let res = {
            let send = ctx.client.json(&req);
            tokio::pin!(send);
            loop {
                tokio::select! {
                    r = &mut send => break r,
                    _ = tokio::time::sleep(std::time::Duration::from_millis(200)) => {
                        pb.set_position(sent.load(std::sync::atomic::Ordering::Relaxed));
                    }
                }
            }
        };
        pb.finish_and_clear();
        let (v, meta) = match res {
            Ok(x) => x,
            Err(e) => {
                let mut err = ctx.err("creating the batch failed", &e);
                if !created.is_empty() {
                    err.details.push(format!(
                        "already created (of {n}): {}",
                        created
                            .iter()
                            .filter_map(|b| b["id"].as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
                return Err(err.into());
            }
        };
        if !is_batch(&v) {
            return Err(unexpected_response(
                "creating the batch failed",
                "POST /v1/messages/batches",
                "a batch object (with an `id` and a `processing_status`)",
                &v,
                &meta,
            )
            .into());
        }
        if !printer.json {
            printer.out(&format!("{}\n", one_line(v["id"].as_str().unwrap_or("?"))))?;
        }
        created.push(v);
    }
    if printer.json {
        if split {
            printer.json(&created)?;
        } else if let Some(b) = created.first() {
            printer.json(b)?;
        }
    } else if n > 1 {
        printer.info(&format!("created {n} batches (--split)"));
    }
    Ok(ExitCode::SUCCESS)
}

fn list_query(limit: u32, after: Option<&str>, all: bool) -> ListQuery {
    ListQuery {
        path: "/v1/messages/batches".into(),
        query: Vec::new(),
        headers: Vec::new(),
        limit,
        after: after.map(str::to_string),
        all,
        max_pages: MAX_PAGES,
        noun: "batches",
        valid_cursor: |c| {
            !c.is_empty()
                && c.len() <= 200
                && c.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_".contains(c))
        },
    }
}

async fn list(
    g: &GlobalArgs,
    limit: u32,
    after: Option<&str>,
    all: bool,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let after = after.map(|a| check_id(a, printer)).transpose()?;
    let ctx = Ctx::load(g).await?;
    let sp = printer.spinner("listing batches…");
    let l = ctx
        .client
        .list_pages(&list_query(limit, after, all))
        .await
        .map_err(|e| crate::diagnosis::list_error("listing batches failed", e, &ctx.cx))?;
    sp.finish_and_clear();
    if printer.json {
        let doc = if all {
            json!({"data": l.items, "has_more": false})
        } else {
            l.last_page
        };
        printer.json(&doc)?;
        return Ok(ExitCode::SUCCESS);
    }
    if l.items.is_empty() {
        printer.out("no batches\n")?;
    } else {
        let rows: Vec<Vec<String>> = l
            .items
            .iter()
            .map(|b| {
                let [p, s, e, c, x] = counts(b);
                vec![
                    one_line(b["id"].as_str().unwrap_or("?")),
                    one_line(b["processing_status"].as_str().unwrap_or("-")),
                    one_line(b["created_at"].as_str().unwrap_or("-")),
                    format!("{p}/{s}/{e}/{c}/{x}"),
                    one_line(b["ended_at"].as_str().unwrap_or("-")),
                ]
            })
            .collect();
        printer.out(&table(
            &[
                "ID",
                "STATUS",
                "CREATED",
                "PROC/OK/ERR/CANCEL/EXPIRED",
                "ENDED",
            ],
            &rows,
        ))?;
    }
    if !all
        && l.has_more
        && let Some(last) = &l.last_id
    {
        printer.info(&format!(
            "more batches: --after {} (or --all)",
            one_line(last)
        ));
    }
    Ok(ExitCode::SUCCESS)
}

fn describe(b: &Value) -> String {
    let f = |k: &str| one_line(b[k].as_str().unwrap_or("-"));
    let [p, s, e, c, x] = counts(b);
    format!(
        "id              {}\nstatus          {}\nrequests        {p} processing, {s} succeeded, {e} errored, {c} canceled, {x} expired\ncreated         {}\nexpires         {}\nended           {}\ncancel asked    {}\nresults         {}\n",
        f("id"),
        f("processing_status"),
        f("created_at"),
        f("expires_at"),
        f("ended_at"),
        f("cancel_initiated_at"),
        f("results_url"),
    )
}

async fn get(g: &GlobalArgs, id: &str, printer: &Printer) -> anyhow::Result<ExitCode> {
    let id = check_id(id, printer)?;
    let ctx = Ctx::load(g).await?;
    let (b, _) = get_batch(&ctx, id).await?;
    if printer.json {
        printer.json(&b)?;
    } else {
        printer.out(&describe(&b))?;
    }
    Ok(ExitCode::SUCCESS)
}

async fn cancel(g: &GlobalArgs, id: &str, printer: &Printer) -> anyhow::Result<ExitCode> {
    let id = check_id(id, printer)?;
    confirm(
        g.yes,
        &format!("cancel batch {id}? (requests not yet processed are canceled)"),
    )?;
    let ctx = Ctx::load(g).await?;
    let path = format!("/v1/messages/batches/{id}/cancel");
    let (b, meta) = ctx
        .client
        .json(&ApiRequest::post_json(path.clone(), &json!({})))
        .await
        .map_err(|e| ctx.err(&format!("canceling batch {id} failed"), &e))?;
    if !is_batch(&b) {
        return Err(unexpected_response(
            &format!("canceling batch {id} failed"),
            &format!("POST {path}"),
            "a batch object",
            &b,
            &meta,
        )
        .into());
    }
    if printer.json {
        printer.json(&b)?;
    } else {
        printer.out(&format!("{}\n", summary(&b)))?;
    }
    Ok(ExitCode::SUCCESS)
}

async fn delete(g: &GlobalArgs, id: &str, printer: &Printer) -> anyhow::Result<ExitCode> {
    let id = check_id(id, printer)?;
    confirm(g.yes, &format!("delete batch {id} and its results?"))?;
    let ctx = Ctx::load(g).await?;
    let req = ApiRequest {
        method: crate::api::Method::Delete,
        path: format!("/v1/messages/batches/{id}"),
        body: Body::Empty,
        headers: Vec::new(),
    };
    let (v, _) = ctx
        .client
        .json(&req)
        .await
        .map_err(|e| ctx.err(&format!("deleting batch {id} failed"), &e))?;
    if printer.json {
        printer.json(&v)?;
    } else {
        printer.out(&format!("deleted {id}\n"))?;
    }
    Ok(ExitCode::SUCCESS)
}
