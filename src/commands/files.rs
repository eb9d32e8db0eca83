//! `cpaws files`: the Files API (platform.md §6): upload (multipart built by hand and streamed from
//! disk; the SigV4 payload hash comes from a first streaming read), list with pagination, info,
//! download (temporary file + rename, never a partial file left behind) and delete.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bytes::Bytes;
use futures_util::StreamExt;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::api::{ApiError, ApiRequest, Body, Client, ListQuery, Part, ResponseMeta};
use crate::cli::GlobalArgs;
use crate::cli::files::{FilesArgs, FilesCommand};
use crate::commands::AwsCtx;
use crate::config::AuthMode;
use crate::diagnosis::unexpected_response;
use crate::diagnosis::{self, DiagContext};
use crate::error::{CliError, exit};
use crate::output::one_line;
use crate::output::{Printer, sanitize};
use crate::prompt::confirm;

/// The Files API's upload limit (platform.md §5.1: 413 above 500 MB for files).
pub const MAX_UPLOAD_BYTES: u64 = 500 * 1024 * 1024;
const READ_BUF: usize = 1024 * 1024;
/// `files list --all` follows at most this many pages (with `--limit 1000`, a million files), so a
/// service that says `has_more` forever cannot keep cpaws listing forever.
pub const MAX_PAGES: usize = 1000;

/// A file object: at least an object with a string `id`.
fn is_file_object(v: &Value) -> bool {
    v["id"].is_string()
}

struct Ctx {
    client: Client,
    cx: DiagContext,
    beta: Option<String>,
    sigv4: bool,
}

impl Ctx {
    async fn load(g: &GlobalArgs, beta: Option<&str>) -> Result<Ctx, CliError> {
        let aws = AwsCtx::load(g).await?;
        let sigv4 = aws.settings.auth_mode() == AuthMode::Sigv4;
        let client = Client::new(&aws.settings, sigv4.then(|| aws.creds.clone()))?;
        Ok(Ctx {
            client,
            cx: aws.diag(),
            beta: beta
                .map(str::trim)
                .filter(|b| !b.is_empty())
                .map(str::to_string),
            sigv4,
        })
    }

    fn req(&self, mut r: ApiRequest) -> ApiRequest {
        if let Some(b) = &self.beta {
            r.headers.push(("anthropic-beta".into(), b.clone()));
        }
        r
    }

    fn err(&self, what: &str, e: &ApiError) -> CliError {
        diagnosis::to_cli_error(what, e, &self.cx)
    }
}

pub async fn run(g: &GlobalArgs, a: &FilesArgs, printer: &Printer) -> anyhow::Result<ExitCode> {
    match &a.cmd {
        FilesCommand::Upload { paths } => upload(g, a, paths, printer).await,
        FilesCommand::List { limit, after, all } => {
            list(g, a, *limit, after.as_deref(), *all, printer).await
        }
        FilesCommand::Info { id } => info(g, a, id, printer).await,
        FilesCommand::Download { id, output, force } => {
            download(g, a, id, output.as_deref(), *force, printer).await
        }
        FilesCommand::Delete { ids } => delete(g, a, ids, printer).await,
    }
}

/// A file ID as one path segment: IDs are `file_…`; anything else is refused before a request.
fn check_id(id: &str) -> Result<&str, CliError> {
    if !id.is_empty()
        && id.len() <= 200
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        Ok(id)
    } else {
        Err(CliError::usage(
            "files.bad_id",
            format!("{:?} is not a file ID", sanitize(id)),
        )
        .with_fix("use an ID such as file_011C… from `cpaws files list`"))
    }
}

// ---------------------------------------------------------------------------------------------
// Upload

/// Content type from the file extension, from the MIME registry (`mime_guess`).
pub fn guess_mime(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    // Source code and line-delimited JSON, where the registry's answer misleads (`.ts` is an
    // MPEG transport stream there, `.go` and `.jsonl` are unknown).
    match ext.as_str() {
        "jsonl" | "ndjson" => "application/jsonl",
        "py" => "text/x-python",
        "rs" | "c" | "h" | "cpp" | "js" | "ts" | "go" | "java" | "sh" | "toml" | "ini" => {
            "text/plain"
        }
        _ => mime_guess::from_ext(&ext)
            .first_raw()
            .unwrap_or("application/octet-stream"),
    }
}

/// A filename for the Content-Disposition header: the last path component, quotes and line
/// breaks escaped as browsers do.
fn disposition_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "upload".into());
    name.replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// The bytes before and after the file content in a one-part multipart/form-data body.
fn multipart_frame(boundary: &str, path: &Path) -> (String, String) {
    (
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n",
            disposition_name(path),
            guess_mime(path)
        ),
        format!("\r\n--{boundary}--\r\n"),
    )
}

struct Planned {
    path: PathBuf,
    size: u64,
    head: Bytes,
    tail: Bytes,
    boundary: String,
}

/// Check every file before anything is sent: a regular, readable file within the limit.
fn plan(path: &Path) -> Result<Planned, CliError> {
    let shown = sanitize(&path.display().to_string());
    let meta = std::fs::metadata(path).map_err(|e| {
        CliError::usage("files.unreadable", format!("cannot read {shown}"))
            .with_cause(e.to_string())
    })?;
    if !meta.is_file() {
        return Err(
            CliError::usage("files.not_a_file", format!("{shown} is not a regular file"))
                .with_fix("upload regular files only (not directories, devices or pipes)"),
        );
    }
    if meta.len() > MAX_UPLOAD_BYTES {
        return Err(CliError::new(
            exit::REJECTED,
            "files.too_large",
            format!(
                "{shown} is {} bytes; the Files API takes at most 500 MB ({MAX_UPLOAD_BYTES} bytes)",
                meta.len()
            ),
        )
        .with_fix("split or compress the file"));
    }
    std::fs::File::open(path).map_err(|e| {
        CliError::usage("files.unreadable", format!("cannot open {shown}"))
            .with_cause(e.to_string())
    })?;
    let boundary = format!("cpaws-{}", hex::encode(rand::random::<[u8; 16]>()));
    let (head, tail) = multipart_frame(&boundary, path);
    Ok(Planned {
        path: path.to_path_buf(),
        size: meta.len(),
        head: Bytes::from(head),
        tail: Bytes::from(tail),
        boundary,
    })
}

/// SHA-256 of head + file + tail in one streaming read (constant memory). Fails if the file
/// changed size since it was checked.
fn body_sha256(p: &Planned, progress: &indicatif::ProgressBar) -> Result<String, CliError> {
    let shown = sanitize(&p.path.display().to_string());
    let io = |e: std::io::Error| {
        CliError::new(
            exit::FAILURE,
            "files.unreadable",
            format!("cannot read {shown}"),
        )
        .with_cause(e.to_string())
    };
    let mut h = Sha256::new();
    h.update(&p.head);
    let mut f = std::fs::File::open(&p.path).map_err(io)?;
    let mut buf = vec![0u8; READ_BUF];
    let mut n_total: u64 = 0;
    loop {
        let n = f.read(&mut buf).map_err(io)?;
        if n == 0 {
            break;
        }
        n_total += n as u64;
        h.update(&buf[..n]);
        progress.set_position(n_total);
    }
    if n_total != p.size {
        return Err(CliError::new(
            exit::FAILURE,
            "files.changed",
            format!("{shown} changed while it was being read"),
        )
        .with_fix("upload it again once nothing is writing to it"));
    }
    h.update(&p.tail);
    Ok(hex::encode(h.finalize()))
}

fn bar(printer: &Printer, len: u64, msg: String) -> indicatif::ProgressBar {
    if printer.json || printer.quiet || !printer.stderr_is_tty() {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new(len);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{msg:30!} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {eta}",
    ) {
        pb.set_style(style.progress_chars("=> "));
    }
    pb.set_message(msg);
    pb
}

async fn upload(
    g: &GlobalArgs,
    a: &FilesArgs,
    paths: &[PathBuf],
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    // Everything is checked before the first byte is sent.
    let planned = paths
        .iter()
        .map(|p| plan(p))
        .collect::<Result<Vec<_>, _>>()?;
    let ctx = Ctx::load(g, a.beta.as_deref()).await?;
    let mut results = Vec::new();
    for p in planned {
        let name = sanitize(&p.path.display().to_string());
        let len = p.head.len() as u64 + p.size + p.tail.len() as u64;
        // Only SigV4 signs the payload; API-key requests need no hash pass.
        let sha256 = if ctx.sigv4 {
            let pb = bar(printer, p.size, format!("hashing {name}"));
            let hashed = {
                let pb = pb.clone();
                let planned = Planned {
                    path: p.path.clone(),
                    size: p.size,
                    head: p.head.clone(),
                    tail: p.tail.clone(),
                    boundary: p.boundary.clone(),
                };
                tokio::task::spawn_blocking(move || body_sha256(&planned, &pb)).await
            };
            pb.finish_and_clear();
            hashed.map_err(|e| {
                CliError::new(exit::FAILURE, "files.hash", "hashing failed")
                    .with_cause(e.to_string())
            })??
        } else {
            String::new()
        };
        let sent = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let body = Body::Parts {
            parts: vec![
                Part::Bytes(p.head.clone()),
                Part::FileWithProgress(p.path.clone(), sent.clone()),
                Part::Bytes(p.tail.clone()),
            ],
            content_type: format!("multipart/form-data; boundary={}", p.boundary),
            len,
            sha256,
        };
        let req = ctx.req(ApiRequest {
            method: crate::api::Method::Post,
            path: "/v1/files".into(),
            body,
            headers: Vec::new(),
        });
        let pb = bar(printer, p.size, format!("uploading {name}"));
        let ticker = (!pb.is_hidden()).then(|| {
            let (pb, sent) = (pb.clone(), sent.clone());
            tokio::spawn(async move {
                loop {
                    pb.set_position(sent.load(std::sync::atomic::Ordering::Relaxed));
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                }
            })
        });
        let res = ctx.client.json(&req).await;
        if let Some(t) = ticker {
            t.abort();
        }
        pb.finish_and_clear();
        let (v, meta) = res.map_err(|e| ctx.err(&format!("uploading {name} failed"), &e))?;
        let Some(id) = v["id"].as_str() else {
            return Err(unexpected_response(
                &format!("uploading {name} failed"),
                "POST /v1/files",
                "a file object (with an `id`)",
                &v,
                &meta,
            )
            .with_detail("the file may have been uploaded: check with `cpaws files list`")
            .into());
        };
        if !printer.json {
            printer.out(&format!("{}\n", one_line(id)))?;
            printer.info(&format!("uploaded {name} ({} bytes)", p.size));
        }
        results.push(v);
    }
    if printer.json {
        printer.json(&json!({"files": results}))?;
    }
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------------------------------------
// List / info

fn human_size(n: u64) -> String {
    const U: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    let mut v = n as f64;
    let mut i = 0;
    while v >= 1024.0 && i + 1 < U.len() {
        v /= 1024.0;
        i += 1;
    }
    if i == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", U[i])
    }
}

fn row(f: &Value) -> Vec<String> {
    let s = |k: &str| one_line(f[k].as_str().unwrap_or("-"));
    vec![
        s("id"),
        s("filename"),
        f["size_bytes"]
            .as_u64()
            .map(human_size)
            .unwrap_or_else(|| "-".into()),
        s("mime_type"),
        s("created_at"),
        match f["downloadable"].as_bool() {
            Some(true) => "yes".into(),
            Some(false) => "no".into(),
            None => "-".into(),
        },
    ]
}

const HEADERS: [&str; 6] = ["ID", "NAME", "SIZE", "TYPE", "CREATED", "DOWNLOADABLE"];

async fn list(
    g: &GlobalArgs,
    a: &FilesArgs,
    limit: u32,
    after: Option<&str>,
    all: bool,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let ctx = Ctx::load(g, a.beta.as_deref()).await?;
    let after = after.map(check_id).transpose()?.map(str::to_string);
    let sp = printer.spinner("listing files…");
    let listing = ctx
        .client
        .list_pages(&ListQuery {
            path: "/v1/files".into(),
            query: Vec::new(),
            headers: ctx.req(ApiRequest::get("")).headers,
            limit,
            after,
            all,
            max_pages: MAX_PAGES,
            noun: "files",
            valid_cursor: |c| check_id(c).is_ok(),
        })
        .await
        .map_err(|e| crate::diagnosis::list_error("listing files failed", e, &ctx.cx))?;
    let files = listing.items;
    let last_page = listing.last_page;
    let has_more = listing.has_more;
    let last_id = listing.last_id;
    sp.finish_and_clear();
    if printer.json {
        let doc = if all {
            json!({"data": files, "has_more": false})
        } else {
            last_page
        };
        printer.json(&doc)?;
        return Ok(ExitCode::SUCCESS);
    }
    if files.is_empty() {
        printer.out("no files\n")?;
    } else {
        let rows: Vec<Vec<String>> = files.iter().map(row).collect();
        printer.out(&crate::output::table(&HEADERS, &rows))?;
    }
    if !all
        && has_more
        && let Some(l) = &last_id
    {
        printer.info(&format!("more files: --after {} (or --all)", one_line(l)));
    }
    Ok(ExitCode::SUCCESS)
}

/// A file's metadata, checked to be a file object. Also returns the response's metadata for
/// errors about the file found later.
async fn get_meta(ctx: &Ctx, id: &str) -> Result<(Value, ResponseMeta), CliError> {
    let id = check_id(id)?;
    let (v, meta) = ctx
        .client
        .json(&ctx.req(ApiRequest::get(format!("/v1/files/{id}"))))
        .await
        .map_err(|e| ctx.err(&format!("reading file {id} failed"), &e))?;
    if !is_file_object(&v) {
        return Err(unexpected_response(
            &format!("reading file {id} failed"),
            &format!("GET /v1/files/{id}"),
            "a file object (with an `id`)",
            &v,
            &meta,
        ));
    }
    Ok((v, meta))
}

async fn info(
    g: &GlobalArgs,
    a: &FilesArgs,
    id: &str,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    check_id(id)?;
    let ctx = Ctx::load(g, a.beta.as_deref()).await?;
    let (v, _) = get_meta(&ctx, id).await?;
    if printer.json {
        printer.json(&v)?;
    } else {
        let r = row(&v);
        let mut out = String::new();
        for (h, c) in HEADERS.iter().zip(r) {
            out.push_str(&format!("{:<14}{c}\n", h.to_ascii_lowercase()));
        }
        printer.out(&out)?;
    }
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------------------------------------
// Download

/// The longest local name made from a server's filename (bytes; most file systems allow 255).
const MAX_LOCAL_NAME: usize = 200;

/// A safe local name from the server's filename: the last path component only; escape sequences
/// and control characters removed, line breaks and tabs made `_`; no `/`, `\`, `..` or leading
/// `.` (no hidden files, nothing outside the directory); at most 200 bytes. Nothing left: the
/// file ID.
fn local_name(filename: Option<&str>, id: &str) -> String {
    let last = filename
        .and_then(|f| f.rsplit(['/', '\\']).next())
        .unwrap_or("");
    let mut name = String::new();
    for c in sanitize(last).chars() {
        let c = if c.is_control() || c == '/' || c == '\\' {
            '_'
        } else {
            c
        };
        // No `..` anywhere: a run of dots becomes one.
        if c == '.' && name.ends_with('.') {
            continue;
        }
        if name.len() + c.len_utf8() > MAX_LOCAL_NAME {
            break;
        }
        name.push(c);
    }
    let name = name.trim().trim_start_matches('.').trim();
    if name.is_empty() {
        id.to_string()
    } else {
        name.to_string()
    }
}

async fn download(
    g: &GlobalArgs,
    a: &FilesArgs,
    id: &str,
    output: Option<&str>,
    force: bool,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    check_id(id)?;
    let ctx = Ctx::load(g, a.beta.as_deref()).await?;
    let (meta, meta_resp) = get_meta(&ctx, id).await?;
    if meta["downloadable"].as_bool() == Some(false) {
        return Err(CliError::new(
            exit::REJECTED,
            "files.not_downloadable",
            format!("file {id} cannot be downloaded"),
        )
        .with_cause("the Files API only lets you download files that Claude created (e.g. with code execution), not files you uploaded")
        .with_fix("keep your own copy of uploaded files; `cpaws files list` shows which files are downloadable")
        .into());
    }
    // The announced size bounds the download: without it a body that never ends would fill the
    // disk (or the pipe) without end.
    let Some(expected) = meta["size_bytes"].as_u64() else {
        return Err(unexpected_response(
            &format!("downloading file {id} failed"),
            &format!("GET /v1/files/{id}"),
            "file metadata with a `size_bytes` (the download is checked against it)",
            &meta,
            &meta_resp,
        )
        .into());
    };
    let to_stdout = output == Some("-");
    let target: Option<PathBuf> = if to_stdout {
        None
    } else {
        let name = local_name(meta["filename"].as_str(), id);
        Some(match output {
            Some(o) if Path::new(o).is_dir() => Path::new(o).join(name),
            Some(o) => PathBuf::from(o),
            None => PathBuf::from(name),
        })
    };
    if let Some(t) = &target
        && !force
        && std::fs::symlink_metadata(t).is_ok()
    {
        return Err(CliError::new(
            exit::FAILURE,
            "files.exists",
            format!(
                "{} already exists; not overwriting it",
                one_line(&t.display().to_string())
            ),
        )
        .with_fix("pass --force to overwrite it, or choose another path with -o")
        .into());
    }
    let resp = ctx
        .client
        .send(&ctx.req(ApiRequest::get(format!("/v1/files/{id}/content"))))
        .await
        .map_err(|e| ctx.err(&format!("downloading file {id} failed"), &e))?;
    let request_ids = resp.request_ids;
    let with_ids = |mut e: CliError| {
        for d in &request_ids {
            e = e.with_detail(d.clone());
        }
        e
    };
    let mut stream = resp.body;
    let nothing_written = if to_stdout {
        "the output is incomplete"
    } else {
        "nothing was written"
    };
    let broke = |e: &dyn std::fmt::Display| {
        with_ids(
            CliError::new(
                exit::SERVICE,
                "files.download_interrupted",
                format!("the download of {id} broke off; {nothing_written}"),
            )
            .with_cause(e.to_string())
            .with_fix("run the command again"),
        )
    };
    let too_long = |written: u64| {
        with_ids(
            CliError::new(
                exit::SERVICE,
                "files.download_too_long",
                format!(
                    "the content of {id} is longer than its metadata says (size_bytes {expected}); stopped after {written} bytes, {nothing_written}"
                ),
            )
            .with_cause("the service sent more bytes than the file has, so the content cannot be trusted")
            .with_fix("run the command again; if it happens again, report it with the request ID"),
        )
    };
    let short = |written: u64| {
        broke(&format!(
            "expected {expected} bytes (size_bytes), received {written}"
        ))
    };

    let Some(target) = target else {
        // `-o -`: stream to stdout as it arrives, never more than `size_bytes`.
        let mut out = std::io::stdout().lock();
        if out.is_terminal() {
            printer.warn("writing file content to a terminal");
        }
        let mut written: u64 = 0;
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| broke(&e))?;
            if chunk.len() as u64 > expected - written {
                let _ = out.flush();
                return Err(too_long(written).into());
            }
            out.write_all(&chunk)?;
            written += chunk.len() as u64;
        }
        out.flush()?;
        if written != expected {
            return Err(short(written).into());
        }
        return Ok(ExitCode::SUCCESS);
    };

    let shown = one_line(&target.display().to_string());
    let io = |e: std::io::Error| {
        CliError::new(
            exit::FAILURE,
            "files.write_failed",
            format!("cannot write {shown}"),
        )
        .with_cause(e.to_string())
    };
    // The temporary file is deleted on drop: on any error, and when a signal (Ctrl-C, SIGTERM,
    // SIGHUP) drops this future (src/signals.rs).
    let tmp = crate::atomic::temp_beside(&target, ".cpaws-download-").map_err(io)?;
    let mut file = tokio::fs::File::from_std(tmp.as_file().try_clone().map_err(io)?);
    let pb = bar(printer, expected, format!("downloading {id}"));
    let mut written: u64 = 0;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| broke(&e))?;
        // Stop at the first byte past the announced size: the temporary file never grows beyond it.
        if chunk.len() as u64 > expected - written {
            return Err(too_long(written).into());
        }
        tokio::io::AsyncWriteExt::write_all(&mut file, &chunk)
            .await
            .map_err(io)?;
        written += chunk.len() as u64;
        pb.set_position(written);
    }
    pb.finish_and_clear();
    tokio::io::AsyncWriteExt::flush(&mut file)
        .await
        .map_err(io)?;
    file.sync_all().await.map_err(io)?;
    drop(file);
    if written != expected {
        return Err(short(written).into());
    }
    crate::atomic::persist(tmp, &target, force).map_err(io)?;
    if printer.json {
        printer.json(&json!({"id": id, "path": target, "bytes": written}))?;
    } else {
        printer.info(&format!("saved {shown} ({written} bytes)"));
    }
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------------------------------------
// Delete

async fn delete(
    g: &GlobalArgs,
    a: &FilesArgs,
    ids: &[String],
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    for id in ids {
        check_id(id)?;
    }
    let question = if ids.len() == 1 {
        format!("delete file {}?", ids[0])
    } else {
        format!("delete {} files ({})?", ids.len(), ids.join(", "))
    };
    confirm(g.yes, &question)?;
    let ctx = Ctx::load(g, a.beta.as_deref()).await?;
    let mut deleted = Vec::new();
    let mut first_err: Option<CliError> = None;
    for id in ids {
        let req = ctx.req(ApiRequest {
            method: crate::api::Method::Delete,
            path: format!("/v1/files/{id}"),
            body: Body::Empty,
            headers: Vec::new(),
        });
        match ctx.client.json(&req).await {
            Ok(_) => {
                if !printer.json {
                    printer.out(&format!("deleted {id}\n"))?;
                }
                deleted.push(id.clone());
            }
            Err(e) => {
                let err = ctx.err(&format!("deleting {id} failed"), &e);
                if first_err.is_none() {
                    first_err = Some(err);
                } else {
                    printer.warn(&err.message);
                }
            }
        }
    }
    if printer.json && first_err.is_none() {
        printer.json(&json!({"deleted": deleted}))?;
    }
    match first_err {
        Some(e) => Err(e.into()),
        None => Ok(ExitCode::SUCCESS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_types() {
        assert_eq!(guess_mime(Path::new("a/b.PDF")), "application/pdf");
        assert_eq!(guess_mime(Path::new("x")), "application/octet-stream");
        assert_eq!(guess_mime(Path::new("notes.md")), "text/markdown");
        assert_eq!(
            guess_mime(Path::new("data.xlsx")),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        );
        assert_eq!(guess_mime(Path::new("main.ts")), "text/plain");
        assert_eq!(guess_mime(Path::new("rows.JSONL")), "application/jsonl");
        assert_eq!(disposition_name(Path::new("/t/a\"b\n.txt")), "a%22b%0A.txt");
        assert_eq!(local_name(Some("../../etc/passwd"), "f"), "passwd");
        assert_eq!(local_name(Some(".."), "file_1"), "file_1");
        assert_eq!(local_name(None, "file_1"), "file_1");
        assert!(check_id("file_011CAbc").is_ok());
        assert!(check_id("../x").is_err());
        assert_eq!(human_size(1536), "1.5 KB");
    }

    /// Issue 10 item 22: nothing from the server's filename that a file system or a terminal
    /// would act on.
    #[test]
    fn local_names_are_safe() {
        for (server, local) in [
            ("report.pdf", "report.pdf"),
            ("a\nb.txt", "a_b.txt"),
            ("a\tb\r\u{7}.txt", "a_b.txt"),
            ("\u{1b}[31mred\u{1b}[0m\u{1b}]0;title\u{7}.txt", "red.txt"),
            ("x\u{202e}txt.exe", "xtxt.exe"),
            (".bashrc", "bashrc"),
            ("...", "file_1"),
            ("  . hidden ", "hidden"),
            ("a..b...c", "a.b.c"),
            ("dir\\..\\..\\win.ini", "win.ini"),
            ("/", "file_1"),
            ("", "file_1"),
            ("\u{1b}[2J", "file_1"),
            ("naïve résumé.txt", "naïve résumé.txt"),
        ] {
            assert_eq!(local_name(Some(server), "file_1"), local, "{server:?}");
        }
        let long = local_name(Some(&"é".repeat(500)), "file_1");
        assert!(
            long.len() <= MAX_LOCAL_NAME && long.starts_with('é'),
            "{long}"
        );
    }

    #[test]
    fn unexpected_response_shows_the_start_of_the_body_sanitized() {
        let meta = ResponseMeta {
            status: 200,
            amzn_request_id: Some("amzn-1".into()),
            request_id: Some("req\u{1b}[31m-1".into()),
            server_date: None,
        };
        let body = json!({"data": format!("\u{9b}31m{}", "x".repeat(1000))});
        let e = unexpected_response(
            "listing files failed",
            "GET /v1/files",
            "a file list",
            &body,
            &meta,
        );
        assert_eq!(e.code, "unexpected_response");
        assert_eq!(e.exit, exit::SERVICE);
        let cause = e.cause.unwrap();
        assert!(
            cause.starts_with("the body begins: {\"data\":\""),
            "{cause}"
        );
        assert!(
            cause.ends_with('…') && cause.chars().count() < 250,
            "{cause}"
        );
        assert!(!cause.contains('\u{9b}'));
        assert_eq!(
            e.details,
            vec!["x-amzn-requestid: amzn-1", "request-id: req-1"]
        );
    }

    /// The hand-built multipart body matches the golden SigV4 vector's body (clients.md §2.3).
    #[test]
    fn multipart_layout() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("hello.txt");
        std::fs::write(&p, "hello world\n").unwrap();
        let mut pl = plan(&p).unwrap();
        let (head, tail) = multipart_frame("cpawsboundary0123456789", &p);
        pl.head = Bytes::from(head);
        pl.tail = Bytes::from(tail);
        let h = body_sha256(&pl, &indicatif::ProgressBar::hidden()).unwrap();
        assert_eq!(
            h,
            "5eeae51bd9db5678917e6eeb2aebec6e34742b68486ec7d1393a1b8bf841c52f"
        );
        assert_eq!(pl.head.len() as u64 + pl.size + pl.tail.len() as u64, 165);
    }
}
