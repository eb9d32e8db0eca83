//! `batches results`: the batch's results as JSON lines, streamed from its `results_url` (signed
//! like every request, and only on the configured origin: a URL on another host would receive
//! the signature, so the documented route `GET /v1/messages/batches/{id}/results` on the
//! configured endpoint is requested instead, with a note at -v), in flat memory whatever the size: each line is checked (a JSON
//! result with a `custom_id` and a `result.type`) and written as it arrives. `-o FILE` is written
//! to a temporary file and renamed when every line arrived, so a cut-off stream leaves nothing.

use std::borrow::Cow;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use bytes::BytesMut;
use futures_util::StreamExt;
use serde::Deserialize;

use crate::cli::batches::ResultType;

use super::*;

/// The longest result line accepted: one Message, far below this.
pub(super) const MAX_RESULT_LINE: usize = 16 * 1024 * 1024;

pub(super) struct Opts<'a> {
    pub output: Option<&'a Path>,
    pub force: bool,
    pub only: &'a [ResultType],
    pub text: bool,
}

#[derive(Deserialize)]
struct Head<'a> {
    #[serde(borrow)]
    custom_id: Cow<'a, str>,
    #[serde(borrow)]
    result: ResultHead<'a>,
}

#[derive(Deserialize)]
struct ResultHead<'a> {
    #[serde(rename = "type", borrow)]
    kind: Cow<'a, str>,
}

/// `custom_id<TAB>text` with `\`, tab, newline and carriage return escaped, so one result is one
/// line.
pub(super) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

/// The text of a succeeded result's message (its text blocks, joined).
fn answer_text(line: &[u8]) -> Option<String> {
    let v: Value = serde_json::from_slice(line).ok()?;
    let blocks = v["result"]["message"]["content"].as_array()?;
    Some(
        blocks
            .iter()
            .filter(|b| b["type"] == "text")
            .filter_map(|b| b["text"].as_str())
            .collect::<Vec<_>>()
            .join(""),
    )
}

/// The path (and query) to request for `results_url`: a path, or an absolute URL on the
/// configured origin under the base URL's path. Anything else is not followed (the error says why).
pub(super) fn results_path(base_url: &str, results_url: &str) -> Result<String, String> {
    if results_url.starts_with('/') && !results_url.starts_with("//") {
        return Ok(results_url.to_string());
    }
    let base = url::Url::parse(base_url).map_err(|e| e.to_string())?;
    let url = url::Url::parse(results_url).map_err(|e| format!("not a URL ({e})"))?;
    let same_origin = url.scheme() == base.scheme()
        && url.host_str() == base.host_str()
        && url.port_or_known_default() == base.port_or_known_default();
    let prefix = base.path().trim_end_matches('/');
    let under = url
        .path()
        .strip_prefix(prefix)
        .filter(|rest| rest.starts_with('/'));
    match (same_origin, under) {
        (true, Some(rest)) => Ok(match url.query() {
            Some(q) => format!("{rest}?{q}"),
            None => rest.to_string(),
        }),
        (true, None) => Err(format!("its path is outside the base URL {base_url}")),
        (false, _) => Err(format!(
            "it is on {}, not on the configured endpoint {}",
            url.host_str().unwrap_or("?"),
            base.host_str().unwrap_or("?")
        )),
    }
}

/// Where the lines go: stdout, or a temporary file next to the target.
enum Sink {
    Stdout {
        out: std::io::BufWriter<std::io::StdoutLock<'static>>,
        terminal: bool,
    },
    File {
        out: std::io::BufWriter<std::fs::File>,
        tmp: tempfile::NamedTempFile,
        target: PathBuf,
        /// Bytes written so far, and where the next window for the syncer ends.
        written: u64,
        next_sync: u64,
        syncer: Syncer,
    },
}

/// Writes a large file to disk while it is being received, so that the `fsync` before the
/// rename (what makes the file whole on disk) has little left to do and the disk works while the
/// network does. The receiving thread never waits for the disk: every [`SYNC_WINDOW`] bytes it
/// hands the new end of the file to a helper thread, which on Linux starts write-back of the new
/// window (`sync_file_range(SYNC_FILE_RANGE_WRITE)`: data only, no journal commit, no waiting);
/// elsewhere it runs `fdatasync`. Errors here are left to the final `fsync`, which reports them.
struct Syncer {
    tick: Option<std::sync::mpsc::Sender<u64>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

const SYNC_WINDOW: u64 = 8 * 1024 * 1024;

impl Syncer {
    fn start(file: std::fs::File) -> Syncer {
        let (tx, rx) = std::sync::mpsc::channel::<u64>();
        let thread = std::thread::Builder::new()
            .name("cpaws-sync".into())
            .spawn(move || {
                let mut back = WriteBack::new(file);
                while let Ok(mut end) = rx.recv() {
                    // Ends that came meanwhile are covered by this one.
                    while let Ok(later) = rx.try_recv() {
                        end = later;
                    }
                    back.up_to(end);
                }
            })
            .ok();
        Syncer {
            tick: thread.as_ref().map(|_| tx),
            thread,
        }
    }

    /// The file holds `end` bytes (flushed to the kernel).
    fn tick(&self, end: u64) {
        if let Some(t) = &self.tick {
            let _ = t.send(end);
        }
    }

    fn stop(&mut self) {
        self.tick = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Syncer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// What the helper thread has asked the kernel to write.
struct WriteBack {
    file: std::fs::File,
    started: u64,
}

impl WriteBack {
    fn new(file: std::fs::File) -> WriteBack {
        WriteBack { file, started: 0 }
    }

    /// Start write-back of what was written since the last call, without waiting for it (the
    /// disk writes while the network reads; the final fsync waits). Waiting for each window
    /// here as well (WAIT_BEFORE | WAIT_AFTER on the one before) was slower in
    /// tests/bench/batches.py: 1.15 s against 0.80 s for 1 GB.
    #[cfg(target_os = "linux")]
    fn up_to(&mut self, end: u64) {
        use std::os::fd::AsRawFd;
        if end > self.started {
            // SAFETY: a plain system call on a descriptor this thread owns (its own clone of the
            // temporary file), with no pointers; it only schedules write-back of pages the file
            // already has.
            unsafe {
                libc::sync_file_range(
                    self.file.as_raw_fd(),
                    self.started as libc::off64_t,
                    (end - self.started) as libc::off64_t,
                    libc::SYNC_FILE_RANGE_WRITE,
                );
            }
            self.started = end;
        }
    }

    #[cfg(not(target_os = "linux"))]
    fn up_to(&mut self, end: u64) {
        if end > self.started {
            let _ = self.file.sync_data();
            self.started = end;
        }
    }
}

impl Sink {
    fn write_line(&mut self, line: &[u8]) -> std::io::Result<()> {
        match self {
            Sink::Stdout {
                out,
                terminal: true,
            } => {
                let clean = sanitize(&String::from_utf8_lossy(line));
                out.write_all(clean.as_bytes())?;
                out.write_all(b"\n")
            }
            Sink::Stdout { out, .. } => {
                out.write_all(line)?;
                out.write_all(b"\n")
            }
            Sink::File {
                out,
                written,
                next_sync,
                syncer,
                ..
            } => {
                out.write_all(line)?;
                out.write_all(b"\n")?;
                *written += line.len() as u64 + 1;
                if *written >= *next_sync {
                    out.flush()?;
                    syncer.tick(*written);
                    *next_sync = *written + SYNC_WINDOW;
                }
                Ok(())
            }
        }
    }
}

pub(super) async fn run(
    ctx: &Ctx,
    id: &str,
    batch: &Value,
    o: &Opts<'_>,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let what = format!("getting the results of batch {id} failed");
    let Some(url) = batch["results_url"].as_str() else {
        return Err(CliError::new(
            exit::FAILURE,
            "batches.not_ended",
            format!("batch {id} has no results yet"),
        )
        .with_cause(summary(batch))
        .with_fix(format!(
            "wait for it: `cpaws batches results {id} --wait` (or `cpaws batches wait {id}` first)"
        ))
        .into());
    };
    // The results_url is followed only on the configured endpoint: another host would receive the
    // signed request. Where it points on the real service is UNCONFIRMED (platform.md §6); the
    // documented route on the configured endpoint serves the same results.
    let path = results_path(ctx.client.base_url(), url).unwrap_or_else(|why| {
        let documented = format!("/v1/messages/batches/{id}/results");
        tracing::info!(
            "the batch's results_url {} is not followed ({why}); requesting GET {documented} on the configured endpoint instead",
            crate::output::mask_userinfo(&one_line(url.split('?').next().unwrap_or(url)))
        );
        documented
    });

    // The target, checked before anything is requested.
    let target = match o.output {
        Some(p) if p == Path::new("-") => None,
        Some(p) => Some(p.to_path_buf()),
        None => None,
    };
    let shown = target
        .as_ref()
        .map(|t| one_line(&t.display().to_string()))
        .unwrap_or_else(|| "stdout".into());
    if let Some(t) = &target
        && !o.force
        && std::fs::symlink_metadata(t).is_ok()
    {
        return Err(CliError::new(
            exit::FAILURE,
            "batches.exists",
            format!("{shown} already exists; not overwriting it"),
        )
        .with_fix("pass --force to overwrite it, or choose another path with -o")
        .into());
    }
    let io = |e: std::io::Error| {
        CliError::new(
            exit::FAILURE,
            "batches.write_failed",
            format!("cannot write {shown}"),
        )
        .with_cause(e.to_string())
    };
    let mut sink = match &target {
        Some(t) => {
            // Deleted on drop: on any error, and when a signal drops this future.
            let tmp = crate::atomic::temp_beside(t, ".cpaws-results-").map_err(io)?;
            let file = tmp.as_file().try_clone().map_err(io)?;
            let for_sync = tmp.as_file().try_clone().map_err(io)?;
            Sink::File {
                out: std::io::BufWriter::with_capacity(1 << 20, file),
                tmp,
                target: t.clone(),
                written: 0,
                next_sync: SYNC_WINDOW,
                syncer: Syncer::start(for_sync),
            }
        }
        None => {
            let stdout = std::io::stdout();
            let terminal = stdout.is_terminal();
            Sink::Stdout {
                out: std::io::BufWriter::with_capacity(1 << 16, stdout.lock()),
                terminal,
            }
        }
    };

    let resp = ctx
        .client
        .send(&ApiRequest::get(path.clone()))
        .await
        .map_err(|e| ctx.err(&what, &e))?;
    let ids = resp.request_ids;
    let incomplete = if target.is_some() {
        "nothing was written"
    } else {
        "the output is incomplete"
    };
    let fail = |code: &str, message: String, cause: String| {
        let mut e = CliError::new(exit::SERVICE, code, format!("{message}; {incomplete}"))
            .with_cause(cause)
            .with_fix(format!(
                "run `cpaws batches results {id}` again; if it happens again, report it with the request ID"
            ));
        e.details.extend(ids.iter().cloned());
        e
    };

    let [p, s, e, c, x] = counts(batch);
    let expected = p + s + e + c + x;
    let pb = results_bar(printer, expected, target.is_some());
    let mut buf = BytesMut::with_capacity(1 << 20);
    let mut lines: u64 = 0;
    let mut written: u64 = 0;
    let mut by_type: std::collections::BTreeMap<String, u64> = Default::default();
    let mut not_text: u64 = 0;
    let mut stream = resp.body;
    let mut ended = false;
    while !ended {
        match stream.next().await {
            Some(Ok(chunk)) => buf.extend_from_slice(&chunk),
            Some(Err(err)) => {
                return Err(fail(
                    "batches.results_interrupted",
                    format!("the results of {id} broke off after {lines} lines"),
                    err.to_string(),
                )
                .into());
            }
            None => ended = true,
        }
        loop {
            let line_end = memchr::memchr(b'\n', &buf);
            let line = match line_end {
                Some(i) => buf.split_to(i + 1),
                None if ended && !buf.is_empty() => buf.split(),
                None => {
                    if buf.len() > MAX_RESULT_LINE {
                        return Err(fail(
                            "batches.bad_result_line",
                            format!(
                                "result line {} is longer than {} MiB",
                                lines + 1,
                                MAX_RESULT_LINE >> 20
                            ),
                            "a result line holds one Message; this one does not end".into(),
                        )
                        .into());
                    }
                    break;
                }
            };
            let mut l: &[u8] = &line;
            while let [rest @ .., b'\n' | b'\r'] = l {
                l = rest;
            }
            if l.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            lines += 1;
            let head: Head = match serde_json::from_slice(l) {
                Ok(h) => h,
                Err(err) => {
                    let cut = ended && line_end.is_none();
                    let shown_line: String =
                        String::from_utf8_lossy(&l[..l.len().min(200)]).into_owned();
                    return Err(if cut {
                        fail(
                            "batches.results_interrupted",
                            format!("the results of {id} were cut off in line {lines}"),
                            format!(
                                "the last line is incomplete ({err}): {}",
                                one_line(&shown_line)
                            ),
                        )
                    } else {
                        fail(
                            "batches.bad_result_line",
                            format!("result line {lines} is not a result"),
                            format!("{err}: {}", one_line(&shown_line)),
                        )
                    }
                    .into());
                }
            };
            *by_type.entry(head.result.kind.to_string()).or_default() += 1;
            if !o.only.is_empty() && !o.only.iter().any(|t| t.as_str() == head.result.kind) {
                continue;
            }
            let res = if o.text {
                match (head.result.kind.as_ref(), answer_text(l)) {
                    ("succeeded", Some(t)) => {
                        let out = format!("{}\t{}", escape(&head.custom_id), escape(&t));
                        sink.write_line(out.as_bytes())
                    }
                    _ => {
                        not_text += 1;
                        continue;
                    }
                }
            } else {
                sink.write_line(l)
            };
            match res {
                Ok(()) => written += 1,
                // `… | head`: the reader has what it wanted.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe && target.is_none() => {
                    return Ok(ExitCode::SUCCESS);
                }
                Err(e) => return Err(io(e).into()),
            }
            if lines.is_multiple_of(256) {
                pb.set_position(lines);
            }
        }
        if buf.capacity() > 4 * MAX_RESULT_LINE && buf.is_empty() {
            buf = BytesMut::with_capacity(1 << 20);
        }
    }
    pb.finish_and_clear();
    if expected > 0 && lines < expected {
        return Err(fail(
            "batches.results_interrupted",
            format!("the results of {id} ended after {lines} of {expected} results"),
            format!("the batch counts {expected} requests ({})", summary(batch)),
        )
        .into());
    }
    match sink {
        Sink::Stdout { mut out, .. } => match out.flush() {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            r => r.map_err(io)?,
        },
        Sink::File {
            mut out,
            tmp,
            target,
            mut syncer,
            ..
        } => {
            syncer.stop();
            out.flush().map_err(io)?;
            out.get_ref().sync_all().map_err(io)?;
            drop(out);
            crate::atomic::persist(tmp, &target, o.force).map_err(io)?;
            // The rename itself is durable once the directory is synced (where a directory
            // can be opened and synced: not on Windows).
            #[cfg(unix)]
            if let Err(e) =
                std::fs::File::open(crate::atomic::parent_dir(&target)).and_then(|d| d.sync_all())
            {
                printer.warn(&format!(
                    "{shown} is in place, but syncing its directory failed ({e}): a crash now could lose the rename"
                ));
            }
        }
    }
    let types: Vec<String> = by_type
        .iter()
        .map(|(t, n)| format!("{n} {}", one_line(t)))
        .collect();
    if printer.json && target.is_some() {
        printer.json(&json!({
            "id": id, "path": target, "results": lines, "written": written, "by_type": by_type,
        }))?;
    } else {
        printer.info(&format!(
            "{written} of {lines} results written to {shown} ({})",
            types.join(", ")
        ));
        if o.text && not_text > 0 {
            printer.info(&format!(
                "{not_text} results without an answer (not succeeded) are not in the --text output; see them with `cpaws batches results {id} --only errored,canceled,expired`"
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn results_bar(printer: &Printer, expected: u64, to_file: bool) -> indicatif::ProgressBar {
    if printer.json || printer.quiet || !printer.stderr_is_tty() || !to_file {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new(expected);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("results [{bar:30}] {pos}/{len} {per_sec} {eta}")
    {
        pb.set_style(style.progress_chars("=> "));
    }
    pb
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_urls_on_the_configured_origin_only() {
        let base = "https://aws-external-anthropic.us-west-2.api.aws";
        assert_eq!(
            results_path(
                base,
                "https://aws-external-anthropic.us-west-2.api.aws/v1/messages/batches/b/results"
            )
            .unwrap(),
            "/v1/messages/batches/b/results"
        );
        assert_eq!(
            results_path(base, "/v1/messages/batches/b/results").unwrap(),
            "/v1/messages/batches/b/results"
        );
        for bad in [
            "https://api.anthropic.com/v1/messages/batches/b/results",
            "https://aws-external-anthropic.us-west-2.api.aws.evil.com/v1/x",
            "http://aws-external-anthropic.us-west-2.api.aws/v1/x",
            "https://aws-external-anthropic.us-west-2.api.aws:8443/v1/x",
            "//evil.com/v1/x",
            "not a url",
        ] {
            assert!(results_path(base, bad).is_err(), "{bad}");
        }
        let pinned = "http://127.0.0.1:9/region/us-west-2";
        assert_eq!(
            results_path(pinned, "http://127.0.0.1:9/region/us-west-2/v1/r?x=1").unwrap(),
            "/v1/r?x=1"
        );
        assert!(results_path(pinned, "http://127.0.0.1:9/region/us-east-1/v1/r").is_err());
    }

    #[test]
    fn text_output_is_one_line_per_result() {
        assert_eq!(escape("a\tb\nc\\d\r"), "a\\tb\\nc\\\\d\\r");
    }
}
