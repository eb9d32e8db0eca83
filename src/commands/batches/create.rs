//! `batches create`: JSON lines in the API's own shape (`{"custom_id": …, "params": {…}}`), every
//! line checked before anything is sent, written as the request body
//! (`{"requests":[line,line,…]}`) to a temporary file as it is read (its SHA-256 for SigV4 computed
//! on the way), then streamed from that file. Memory stays flat whatever the size; above the
//! API's limits per batch (100,000 requests or 256 MB) `--split` starts another body.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};

use sha2::{Digest, Sha256};

use super::*;

/// The API's limits per batch (platform.md §6: "at most 100,000 requests or 256 MB, whichever
/// comes first"). MB is read as 10^6 bytes, the smaller reading.
pub const MAX_REQUESTS: usize = 100_000;
pub const MAX_BATCH_BYTES: u64 = 256_000_000;
/// One line is one Messages request, which takes at most 32 MB (platform.md §5.1).
const MAX_LINE: u64 = 32 * 1024 * 1024;
/// How many bad lines are listed (all are counted).
const MAX_LISTED: usize = 20;
const PREFIX: &[u8] = b"{\"requests\":[";
const SUFFIX: &[u8] = b"]}";

/// A body ready to send: its temporary file, length, SHA-256 and request count.
pub(super) struct Chunk {
    pub file: tempfile::NamedTempFile,
    pub len: u64,
    pub sha256: String,
    pub requests: usize,
}

struct ChunkWriter {
    out: std::io::BufWriter<std::fs::File>,
    file: tempfile::NamedTempFile,
    hash: Sha256,
    len: u64,
    requests: usize,
}

impl ChunkWriter {
    fn new() -> std::io::Result<ChunkWriter> {
        let file = tempfile::Builder::new()
            .prefix(".cpaws-batch-")
            .tempfile()?;
        let out = std::io::BufWriter::with_capacity(1 << 20, file.as_file().try_clone()?);
        let mut w = ChunkWriter {
            out,
            file,
            hash: Sha256::new(),
            len: 0,
            requests: 0,
        };
        w.put(PREFIX)?;
        Ok(w)
    }

    fn put(&mut self, b: &[u8]) -> std::io::Result<()> {
        self.out.write_all(b)?;
        self.hash.update(b);
        self.len += b.len() as u64;
        Ok(())
    }

    /// Whether a line of `n` bytes still fits (with its comma and the closing `]}`).
    fn fits(&self, n: usize) -> bool {
        self.requests < MAX_REQUESTS
            && self.len + n as u64 + 1 + SUFFIX.len() as u64 <= MAX_BATCH_BYTES
    }

    fn push(&mut self, line: &[u8]) -> std::io::Result<()> {
        if self.requests > 0 {
            self.put(b",")?;
        }
        self.put(line)?;
        self.requests += 1;
        Ok(())
    }

    fn finish(mut self) -> std::io::Result<Chunk> {
        self.put(SUFFIX)?;
        self.out.flush()?;
        drop(self.out);
        Ok(Chunk {
            file: self.file,
            len: self.len,
            sha256: hex::encode(self.hash.finalize()),
            requests: self.requests,
        })
    }
}

/// What fills in params a line leaves out.
#[derive(Default)]
pub(super) struct Defaults {
    pub model: Option<String>,
    pub max_tokens: Option<u64>,
    pub system: Option<String>,
}

/// Everything wrong with the input, by line.
#[derive(Default)]
struct Problems {
    listed: Vec<String>,
    count: usize,
}

impl Problems {
    fn add(&mut self, line: u64, what: String) {
        self.count += 1;
        if self.listed.len() < MAX_LISTED {
            self.listed.push(format!("line {line}: {what}"));
        }
    }
}

/// Check one line and return the bytes to send (the line itself, or re-written with the
/// defaults filled in).
fn check_line<'a>(
    raw: &'a [u8],
    d: &Defaults,
    seen: &mut HashMap<String, u64>,
    n: u64,
) -> Result<std::borrow::Cow<'a, [u8]>, String> {
    let mut v: Value = serde_json::from_slice(raw).map_err(|e| {
        let why = e.to_string();
        format!(
            "not JSON ({})",
            why.split(" at line").next().unwrap_or(&why)
        )
    })?;
    let Some(obj) = v.as_object_mut() else {
        return Err(
            "not a JSON object (each line is one {\"custom_id\": …, \"params\": {…}})".into(),
        );
    };
    let id = match obj.get("custom_id") {
        None => return Err("no \"custom_id\"".into()),
        Some(Value::String(s)) if s.is_empty() => return Err("\"custom_id\" is empty".into()),
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err("\"custom_id\" is not a string".into()),
    };
    if let Some(first) = seen.get(&id) {
        return Err(format!(
            "custom_id {:?} is also on line {first} (each must be unique in a batch)",
            one_line(&id)
        ));
    }
    seen.insert(id, n);
    let Some(params) = obj.get_mut("params") else {
        return Err("no \"params\" (the Messages request)".into());
    };
    let Some(p) = params.as_object_mut() else {
        return Err("\"params\" is not an object".into());
    };
    let mut changed = false;
    if !p.contains_key("model")
        && let Some(m) = &d.model
    {
        p.insert("model".into(), json!(m));
        changed = true;
    }
    if !p.contains_key("max_tokens")
        && let Some(t) = d.max_tokens
    {
        p.insert("max_tokens".into(), json!(t));
        changed = true;
    }
    if !p.contains_key("system")
        && let Some(s) = &d.system
    {
        p.insert("system".into(), json!(s));
        changed = true;
    }
    match p.get("model") {
        None => return Err("params has no \"model\" (add one, or pass --model)".into()),
        Some(Value::String(_)) => {}
        Some(_) => return Err("params.model is not a string".into()),
    }
    match p.get("max_tokens") {
        None => {
            return Err("params has no \"max_tokens\" (add one, or pass --max-tokens)".into());
        }
        Some(t) if t.as_u64().is_some_and(|t| t >= 1) => {}
        Some(_) => {
            return Err("params.max_tokens must be a whole number of at least 1 in a batch".into());
        }
    }
    if !p.get("messages").is_some_and(Value::is_array) {
        return Err("params has no \"messages\" array".into());
    }
    if changed {
        return serde_json::to_vec(&v)
            .map(std::borrow::Cow::Owned)
            .map_err(|e| e.to_string());
    }
    Ok(std::borrow::Cow::Borrowed(raw))
}

fn trim(mut b: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = b
        && first.is_ascii_whitespace()
    {
        b = rest;
    }
    while let [rest @ .., last] = b
        && last.is_ascii_whitespace()
    {
        b = rest;
    }
    b
}

/// Read and check every line, writing the bodies as it goes. Returns the bodies, or the usage
/// error listing every bad line (nothing is sent then).
pub(super) fn prepare(
    input: &mut dyn Read,
    shown: &str,
    d: &Defaults,
    split: bool,
    progress: &indicatif::ProgressBar,
) -> Result<Vec<Chunk>, CliError> {
    let unreadable = |e: std::io::Error| {
        CliError::usage("batches.unreadable", format!("cannot read {shown}"))
            .with_cause(e.to_string())
    };
    let tmp_err = |e: std::io::Error| {
        CliError::new(
            exit::FAILURE,
            "batches.temp_file",
            "cannot write the request body to a temporary file",
        )
        .with_cause(e.to_string())
        .with_fix("free space in the temporary directory (TMPDIR), or point TMPDIR elsewhere")
    };
    let mut r = BufReader::with_capacity(1 << 20, input);
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut problems = Problems::default();
    let mut chunks: Vec<Chunk> = Vec::new();
    let mut cur = ChunkWriter::new().map_err(tmp_err)?;
    let mut total_requests: usize = 0;
    let mut total_bytes: u64 = 0;
    // The first line that did not fit in one batch.
    let mut over_limit: Option<u64> = None;
    let mut buf: Vec<u8> = Vec::with_capacity(64 * 1024);
    let mut n: u64 = 0;
    let mut read: u64 = 0;
    loop {
        buf.clear();
        let got = (&mut r)
            .take(MAX_LINE + 1)
            .read_until(b'\n', &mut buf)
            .map_err(unreadable)?;
        if got == 0 {
            break;
        }
        n += 1;
        read += got as u64;
        if n.is_multiple_of(1024) {
            progress.set_position(read);
        }
        if buf.len() as u64 > MAX_LINE && buf.last() != Some(&b'\n') {
            problems.add(
                n,
                format!(
                    "longer than {} MiB, more than one request can be",
                    MAX_LINE >> 20
                ),
            );
            // Skip the rest of the line.
            loop {
                buf.clear();
                let more = (&mut r)
                    .take(MAX_LINE)
                    .read_until(b'\n', &mut buf)
                    .map_err(unreadable)?;
                read += more as u64;
                if more == 0 || buf.last() == Some(&b'\n') {
                    break;
                }
            }
            continue;
        }
        let line = trim(&buf);
        if line.is_empty() {
            continue;
        }
        match check_line(line, d, &mut seen, n) {
            Err(why) => problems.add(n, why),
            Ok(bytes) => {
                total_requests += 1;
                total_bytes += bytes.len() as u64 + 1;
                if problems.count > 0 {
                    continue;
                }
                if bytes.len() as u64 + (PREFIX.len() + SUFFIX.len()) as u64 > MAX_BATCH_BYTES {
                    problems.add(n, "larger than a whole batch may be (256 MB)".into());
                    continue;
                }
                if !cur.fits(bytes.len()) {
                    if split {
                        let next = ChunkWriter::new().map_err(tmp_err)?;
                        chunks.push(
                            std::mem::replace(&mut cur, next)
                                .finish()
                                .map_err(tmp_err)?,
                        );
                    } else {
                        over_limit.get_or_insert(n);
                        continue;
                    }
                }
                if over_limit.is_none() {
                    cur.push(&bytes).map_err(tmp_err)?;
                }
            }
        }
    }
    progress.finish_and_clear();
    if problems.count > 0 {
        let mut e = CliError::usage(
            "batches.bad_input",
            format!(
                "{shown}: {} bad line{}; nothing was sent",
                problems.count,
                if problems.count == 1 { "" } else { "s" }
            ),
        )
        .with_cause(problems.listed.join("\n"))
        .with_fix("fix the lines named; each line is {\"custom_id\": \"…\", \"params\": {\"model\": …, \"max_tokens\": …, \"messages\": […]}} (--model, --max-tokens and --system fill in what params leave out)");
        if problems.count > problems.listed.len() {
            e.details.push(format!(
                "{} more not listed",
                problems.count - problems.listed.len()
            ));
        }
        return Err(e);
    }
    if total_requests == 0 {
        return Err(CliError::usage(
            "batches.empty",
            format!("{shown} holds no requests; nothing was sent"),
        )
        .with_fix("give a file of JSON lines, one {\"custom_id\": …, \"params\": {…}} per line"));
    }
    if let Some(first) = over_limit {
        return Err(CliError::usage(
            "batches.too_large",
            format!(
                "{shown} holds {total_requests} requests ({total_bytes} bytes), over the API's limit per batch of {MAX_REQUESTS} requests or 256 MB (from line {first} on); nothing was sent"
            ),
        )
        .with_fix("pass --split to create as many batches as it takes, or split the file (e.g. `split -l 100000`)"));
    }
    chunks.push(cur.finish().map_err(tmp_err)?);
    Ok(chunks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str, d: &Defaults, split: bool) -> Result<Vec<Chunk>, CliError> {
        prepare(
            &mut input.as_bytes(),
            "t.jsonl",
            d,
            split,
            &indicatif::ProgressBar::hidden(),
        )
    }

    const OK: &str = r#"{"custom_id":"a","params":{"model":"m","max_tokens":5,"messages":[]}}"#;

    #[test]
    fn good_lines_become_one_body_with_its_hash() {
        let input = format!("{OK}\n\n{}\n", OK.replace("\"a\"", "\"b\""));
        let c = run(&input, &Defaults::default(), false).unwrap();
        assert_eq!(c.len(), 1);
        let body = std::fs::read(c[0].file.path()).unwrap();
        let v: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v["requests"].as_array().unwrap().len(), 2);
        assert_eq!(c[0].len, body.len() as u64);
        assert_eq!(c[0].sha256, hex::encode(Sha256::digest(&body)));
    }

    #[test]
    fn defaults_fill_in_what_a_line_leaves_out() {
        let d = Defaults {
            model: Some("claude-x".into()),
            max_tokens: Some(9),
            system: Some("be brief".into()),
        };
        let line = r#"{"custom_id":"a","params":{"max_tokens":3,"messages":[{"role":"user","content":"hi"}]}}"#;
        let c = run(line, &d, false).unwrap();
        let v: Value = serde_json::from_slice(&std::fs::read(c[0].file.path()).unwrap()).unwrap();
        let p = &v["requests"][0]["params"];
        assert_eq!(p["model"], "claude-x");
        assert_eq!(p["max_tokens"], 3);
        assert_eq!(p["system"], "be brief");
    }

    #[test]
    fn every_bad_line_is_named() {
        let input = [
            "not json",
            "[1]",
            r#"{"params":{}}"#,
            r#"{"custom_id":"a","params":{"model":"m","max_tokens":1,"messages":[]}}"#,
            r#"{"custom_id":"a","params":{"model":"m","max_tokens":1,"messages":[]}}"#,
            r#"{"custom_id":"b"}"#,
            r#"{"custom_id":"c","params":{"max_tokens":1,"messages":[]}}"#,
            r#"{"custom_id":"d","params":{"model":"m","max_tokens":0,"messages":[]}}"#,
        ]
        .join("\n");
        let e = run(&input, &Defaults::default(), false).err().unwrap();
        assert_eq!(e.exit, exit::USAGE);
        let cause = e.cause.unwrap();
        for n in [1, 2, 3, 5, 6, 7, 8] {
            assert!(cause.contains(&format!("line {n}:")), "{n}: {cause}");
        }
        assert!(!cause.contains("line 4:"), "{cause}");
        assert!(cause.contains("also on line 4"), "{cause}");
        assert!(cause.contains("--model"), "{cause}");
        let e = run("\n \n", &Defaults::default(), false).err().unwrap();
        assert_eq!(e.code, "batches.empty");
    }

    #[test]
    fn over_the_count_limit_needs_split_and_split_makes_bodies_within_it() {
        let mut input = String::new();
        for i in 0..MAX_REQUESTS + 3 {
            input.push_str(&format!(
                "{{\"custom_id\":\"r{i}\",\"params\":{{\"model\":\"m\",\"max_tokens\":1,\"messages\":[]}}}}\n"
            ));
        }
        let e = run(&input, &Defaults::default(), false).err().unwrap();
        assert_eq!(e.code, "batches.too_large");
        assert!(e.message.contains("from line 100001 on"), "{}", e.message);
        assert!(e.fix.unwrap().contains("--split"));
        let c = run(&input, &Defaults::default(), true).unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].requests, MAX_REQUESTS);
        assert_eq!(c[1].requests, 3);
    }
}
