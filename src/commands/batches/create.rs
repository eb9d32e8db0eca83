//! `batches create`: JSON lines in the API's own shape (`{"custom_id": …, "params": {…}}`), every
//! line checked before anything is sent, written as the request body
//! (`{"requests":[line,line,…]}`) to a temporary file as it is read (its SHA-256 for SigV4 computed
//! on the way), then streamed from that file. A line is parsed once into borrowed raw fields and
//! goes into the body as its own text: what `--model`, `--max-tokens` and `--system` fill in is
//! spliced into its params object, nothing is re-serialised. Memory stays flat whatever the size;
//! above the API's limits per batch (100,000 requests or 256 MB) `--split` starts another body.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};

use serde_json::value::RawValue;
use sha2::{Digest, Sha256};

use super::*;

/// The API's limits per batch (platform.md §6: "at most 100,000 requests or 256 MB, whichever
/// comes first"). MB is read as 10^6 bytes, the smaller reading.
pub const MAX_REQUESTS: usize = 100_000;
pub const MAX_BATCH_BYTES: u64 = 256_000_000;

/// The limits a body is cut at ([`Limits::API`]; the tests use small ones).
#[derive(Clone, Copy, Debug)]
pub(super) struct Limits {
    pub requests: usize,
    pub bytes: u64,
}

impl Limits {
    pub const API: Limits = Limits {
        requests: MAX_REQUESTS,
        bytes: MAX_BATCH_BYTES,
    };
}
/// One line is one Messages request, which takes at most 32 MB (platform.md §5.1).
const MAX_LINE: u64 = 32 * 1024 * 1024;
/// How many bad lines are listed (all are counted).
const MAX_LISTED: usize = 20;
const PREFIX: &[u8] = b"{\"requests\":[";
const SUFFIX: &[u8] = b"]}";

/// The API's two limits per batch.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Limit {
    Requests,
    Bytes,
}

impl Limit {
    fn describe(self) -> &'static str {
        match self {
            Limit::Requests => "100,000 requests",
            Limit::Bytes => "256 MB (256,000,000 bytes of request body)",
        }
    }
}

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
    limits: Limits,
}

impl ChunkWriter {
    fn new(limits: Limits) -> std::io::Result<ChunkWriter> {
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
            limits,
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

    /// Which limit a line of `n` bytes would pass (with its comma and the closing `]}`), if any.
    fn over(&self, n: usize) -> Option<Limit> {
        if self.requests >= self.limits.requests {
            Some(Limit::Requests)
        } else if self.len + n as u64 + 1 + SUFFIX.len() as u64 > self.limits.bytes {
            Some(Limit::Bytes)
        } else {
            None
        }
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

/// The defaults as the JSON text spliced into a line's params.
struct Fill {
    model: Option<String>,
    max_tokens: Option<String>,
    system: Option<String>,
}

impl Fill {
    fn new(d: &Defaults) -> Fill {
        let text = |s: &Option<String>| s.as_deref().map(|s| Value::from(s).to_string());
        Fill {
            model: text(&d.model),
            max_tokens: d.max_tokens.map(|t| t.to_string()),
            system: text(&d.system),
        }
    }
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

/// A line as far as it is checked: the raw text of its two fields (the rest is skipped, its
/// syntax still checked by the parser). Nothing is copied or re-serialised.
#[derive(serde::Deserialize)]
struct LineHead<'a> {
    #[serde(borrow)]
    custom_id: Option<&'a RawValue>,
    #[serde(borrow)]
    params: Option<&'a RawValue>,
}

/// The params fields that are checked or filled in, as raw text.
#[derive(serde::Deserialize)]
struct ParamsHead<'a> {
    #[serde(borrow)]
    model: Option<&'a RawValue>,
    #[serde(borrow)]
    max_tokens: Option<&'a RawValue>,
    #[serde(borrow)]
    system: Option<&'a RawValue>,
    #[serde(borrow)]
    messages: Option<&'a RawValue>,
}

/// "not JSON (…)" from a parser error, without its "at line 1 column N" (the line is named).
fn not_json(e: &serde_json::Error) -> String {
    let why = e.to_string();
    let why = why.split(" at line").next().unwrap_or(&why);
    match why.strip_prefix("duplicate field ") {
        Some(f) => format!("the field {f} appears twice"),
        None => format!("not JSON ({why})"),
    }
}

/// Check one line and return the bytes to send: the line itself, or the line with the defaults
/// spliced in as the first members of its params object (the text of the line is kept as it
/// is, never parsed into a tree and written back).
fn check_line<'a>(
    raw: &'a [u8],
    d: &Fill,
    seen: &mut HashMap<String, u64>,
    n: u64,
) -> Result<std::borrow::Cow<'a, [u8]>, String> {
    let text = std::str::from_utf8(raw).map_err(|e| format!("not UTF-8 text ({e})"))?;
    if !text.starts_with('{') {
        // Any JSON that is not an object, or not JSON at all.
        return Err(match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Ok(_) => {
                "not a JSON object (each line is one {\"custom_id\": …, \"params\": {…}})".into()
            }
            Err(e) => not_json(&e),
        });
    }
    let head: LineHead = serde_json::from_str(text).map_err(|e| not_json(&e))?;
    let id = match head.custom_id.map(RawValue::get) {
        None => return Err("no \"custom_id\"".into()),
        Some(r) if r.starts_with('"') => {
            let s: std::borrow::Cow<str> = serde_json::from_str(r).map_err(|e| not_json(&e))?;
            s
        }
        Some(_) => return Err("\"custom_id\" is not a string".into()),
    };
    if id.is_empty() {
        return Err("\"custom_id\" is empty".into());
    }
    if let Some(first) = seen.get(id.as_ref()) {
        return Err(format!(
            "custom_id {:?} is also on line {first} (each must be unique in a batch)",
            one_line(&id)
        ));
    }
    seen.insert(id.into_owned(), n);
    let Some(params) = head.params else {
        return Err("no \"params\" (the Messages request)".into());
    };
    let ptext = params.get();
    if !ptext.starts_with('{') {
        return Err("\"params\" is not an object".into());
    }
    let p: ParamsHead =
        serde_json::from_str(ptext).map_err(|e| format!("params: {}", not_json(&e)))?;
    // What to splice in: the defaults for the members the line leaves out.
    let mut add = String::new();
    let mut member = |k: &str, v: &str| {
        add.push('"');
        add.push_str(k);
        add.push_str("\":");
        add.push_str(v);
        add.push(',');
    };
    match (p.model.map(RawValue::get), &d.model) {
        (None, Some(m)) => member("model", m),
        (None, None) => return Err("params has no \"model\" (add one, or pass --model)".into()),
        (Some(m), _) if m.starts_with('"') => {}
        (Some(_), _) => return Err("params.model is not a string".into()),
    }
    match (p.max_tokens.map(RawValue::get), &d.max_tokens) {
        (None, Some(t)) => member("max_tokens", t),
        (None, None) => {
            return Err("params has no \"max_tokens\" (add one, or pass --max-tokens)".into());
        }
        (Some(t), _) if serde_json::from_str::<u64>(t).is_ok_and(|t| t >= 1) => {}
        (Some(_), _) => {
            return Err("params.max_tokens must be a whole number of at least 1 in a batch".into());
        }
    }
    if p.system.is_none()
        && let Some(s) = &d.system
    {
        member("system", s);
    }
    if !p.messages.is_some_and(|m| m.get().starts_with('[')) {
        return Err("params has no \"messages\" array".into());
    }
    if add.is_empty() {
        return Ok(std::borrow::Cow::Borrowed(raw));
    }
    // `params` is a slice of `text`: where its `{` is.
    let open = ptext.as_ptr() as usize - text.as_ptr() as usize;
    let inside = ptext[1..].trim_start();
    if inside.starts_with('}') {
        add.pop(); // an empty object: no comma after the last member
    }
    let mut out = Vec::with_capacity(raw.len() + add.len());
    out.extend_from_slice(&raw[..=open]);
    out.extend_from_slice(add.as_bytes());
    out.extend_from_slice(&raw[open + 1..]);
    Ok(std::borrow::Cow::Owned(out))
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
    limits: Limits,
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
    let fill = Fill::new(d);
    let mut problems = Problems::default();
    let mut chunks: Vec<Chunk> = Vec::new();
    let mut cur = ChunkWriter::new(limits).map_err(tmp_err)?;
    let mut total_requests: usize = 0;
    let mut total_bytes: u64 = 0;
    // The first line that did not fit in one batch.
    let mut over_limit: Option<(u64, Limit)> = None;
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
        match check_line(line, &fill, &mut seen, n) {
            Err(why) => problems.add(n, why),
            Ok(bytes) => {
                total_requests += 1;
                total_bytes += bytes.len() as u64 + 1;
                if problems.count > 0 {
                    continue;
                }
                if bytes.len() as u64 + (PREFIX.len() + SUFFIX.len()) as u64 > limits.bytes {
                    problems.add(n, "larger than a whole batch may be (256 MB)".into());
                    continue;
                }
                if let Some(limit) = cur.over(bytes.len()) {
                    if split {
                        let next = ChunkWriter::new(limits).map_err(tmp_err)?;
                        chunks.push(
                            std::mem::replace(&mut cur, next)
                                .finish()
                                .map_err(tmp_err)?,
                        );
                    } else {
                        over_limit.get_or_insert((n, limit));
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
    if let Some((first, limit)) = over_limit {
        return Err(CliError::usage(
            "batches.too_large",
            format!(
                "{shown} holds {total_requests} requests ({total_bytes} bytes of requests): over the API's limit per batch of {} from line {first} on; nothing was sent",
                limit.describe()
            ),
        )
        .with_cause("a batch holds at most 100,000 requests and 256 MB of request body, whichever comes first")
        .with_fix("pass --split to create as many batches as it takes (each within the limits), or split the file (e.g. `split -l 50000`)"));
    }
    chunks.push(cur.finish().map_err(tmp_err)?);
    Ok(chunks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str, d: &Defaults, split: bool) -> Result<Vec<Chunk>, CliError> {
        run_within(input, d, split, Limits::API)
    }

    fn run_within(
        input: &str,
        d: &Defaults,
        split: bool,
        limits: Limits,
    ) -> Result<Vec<Chunk>, CliError> {
        prepare(
            &mut input.as_bytes(),
            "t.jsonl",
            d,
            split,
            limits,
            &indicatif::ProgressBar::hidden(),
        )
    }

    fn body(c: &Chunk) -> Vec<u8> {
        std::fs::read(c.file.path()).unwrap()
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
        assert!(e.message.contains("100,000 requests"), "{}", e.message);
        assert!(e.fix.unwrap().contains("--split"));
        let c = run(&input, &Defaults::default(), true).unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].requests, MAX_REQUESTS);
        assert_eq!(c[1].requests, 3);
    }

    /// The defaults are spliced into the line's own text: every other byte is the line's, in
    /// its order and spacing; a line that needs nothing is sent byte for byte.
    #[test]
    fn defaults_are_spliced_into_the_text_of_the_line() {
        let d = Defaults {
            model: Some("claude-\"x\"".into()),
            max_tokens: Some(9),
            system: Some("line1\nline2".into()),
        };
        let lines = [
            r#"{"custom_id":"a","params":{"messages":[{"role":"user","content":"{\"params\":1}"}]}}"#,
            r#"{ "params" : {  "messages" : [ ] , "metadata":{"k":"}"} } , "custom_id" : "b" , "x": [1] }"#,
            r#"{"custom_id":"c","params":{"model":"m","max_tokens":3,"system":"s","messages":[]}}"#,
        ];
        let c = run(&lines.join("\n"), &d, false).unwrap();
        let sent = String::from_utf8(body(&c[0])).unwrap();
        let fill = r#""model":"claude-\"x\"","max_tokens":9,"system":"line1\nline2","#;
        let want = format!(
            "{{\"requests\":[{},{},{}]}}",
            lines[0].replace(r#""params":{"#, &format!("\"params\":{{{fill}")),
            lines[1].replace(r#""params" : {"#, &format!("\"params\" : {{{fill}")),
            lines[2]
        );
        assert_eq!(sent, want);
        let v: Value = serde_json::from_str(&sent).unwrap();
        assert_eq!(v["requests"][1]["params"]["metadata"]["k"], "}");
        assert_eq!(v["requests"][0]["params"]["system"], "line1\nline2");
        // A params object with nothing but what the defaults fill in is still one object.
        let d = Defaults {
            model: Some("m".into()),
            max_tokens: Some(1),
            system: None,
        };
        let e = run(r#"{"custom_id":"a","params":{ }}"#, &d, false)
            .err()
            .unwrap();
        assert!(e.cause.unwrap().contains("no \"messages\" array"));
    }

    #[test]
    fn each_field_is_checked_from_its_raw_text() {
        let bad = [
            (
                r#"{"custom_id":7,"params":{}}"#,
                "\"custom_id\" is not a string",
            ),
            (r#"{"custom_id":"","params":{}}"#, "\"custom_id\" is empty"),
            (
                r#"{"custom_id":"a","custom_id":"b","params":{}}"#,
                "`custom_id` appears twice",
            ),
            (
                r#"{"custom_id":"a","params":[]}"#,
                "\"params\" is not an object",
            ),
            (
                r#"{"custom_id":"a","params":{"model":1,"max_tokens":1,"messages":[]}}"#,
                "params.model is not a string",
            ),
            (
                r#"{"custom_id":"a","params":{"model":"m","max_tokens":1.5,"messages":[]}}"#,
                "at least 1",
            ),
            (
                r#"{"custom_id":"a","params":{"model":"m","max_tokens":-1,"messages":[]}}"#,
                "at least 1",
            ),
            (
                r#"{"custom_id":"a","params":{"model":"m","max_tokens":"5","messages":[]}}"#,
                "at least 1",
            ),
            (
                r#"{"custom_id":"a","params":{"model":"m","max_tokens":5,"messages":{}}}"#,
                "no \"messages\" array",
            ),
            (
                r#"{"custom_id":"a","params":{"model":"m","max_tokens":5,"messages":[}}"#,
                "not JSON",
            ),
            (
                r#"{"custom_id":"a","params":{"model":"m","max_tokens":5,"messages":[]}} x"#,
                "not JSON",
            ),
            (
                r#"{"custom_id":"a\u0000","params":{"model":"m","max_tokens":5,"messages":["#,
                "not JSON",
            ),
            ("\"just a string\"", "not a JSON object"),
        ];
        for (line, says) in bad {
            let e = run(line, &Defaults::default(), false).err().unwrap();
            let cause = e.cause.unwrap();
            assert!(cause.contains(says), "{line}: {cause}");
        }
        let e = prepare(
            &mut &b"{\"custom_id\":\"\xff\",\"params\":{}}\n"[..],
            "t",
            &Defaults::default(),
            false,
            Limits::API,
            &indicatif::ProgressBar::hidden(),
        )
        .err()
        .unwrap();
        assert!(e.cause.unwrap().contains("line 1: not UTF-8"));
    }

    #[test]
    fn over_the_byte_limit_names_it_and_split_cuts_bodies_within_it() {
        let limits = Limits {
            requests: 1000,
            bytes: 400,
        };
        let input: String = (0..10)
            .map(|i| format!("{}\n", OK.replace("\"a\"", &format!("\"r{i}\""))))
            .collect();
        let e = run_within(&input, &Defaults::default(), false, limits)
            .err()
            .unwrap();
        assert_eq!(
            (e.code.as_str(), e.exit),
            ("batches.too_large", exit::USAGE)
        );
        assert!(e.message.contains("256 MB"), "{}", e.message);
        assert!(e.message.contains("from line 6 on"), "{}", e.message);
        assert!(e.fix.unwrap().contains("--split"));
        let c = run_within(&input, &Defaults::default(), true, limits).unwrap();
        assert_eq!(c.iter().map(|c| c.requests).collect::<Vec<_>>(), [5, 5]);
        for c in &c {
            assert!(c.len <= limits.bytes, "{}", c.len);
            let v: Value = serde_json::from_slice(&body(c)).unwrap();
            assert_eq!(v["requests"].as_array().unwrap().len(), c.requests);
        }
    }
}
