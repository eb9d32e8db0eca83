//! `cpaws proxy` as its tests drive it: the real binary started with `--print-env` (its port and
//! token read from those lines), its stderr read line by line, and requests sent the way a
//! first-party SDK sends them.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use cpaws_emulator::state::Fault;
use serde_json::{Value, json};

use super::Sandbox;

pub const WAIT: Duration = Duration::from_secs(30);

pub struct Proxy {
    pub child: Child,
    pub url: String,
    pub token: String,
    pub env: Vec<(String, String)>,
    stderr: Receiver<String>,
    seen: Vec<String>,
}

impl Proxy {
    pub fn start(sb: &Sandbox, extra: &[&str]) -> Proxy {
        let mut child = sb
            .std_cmd()
            .args(["proxy", "--print-env"])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, rx) = channel();
        let err = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut env = Vec::new();
        let mut line = String::new();
        // The lines end with the workspace (the emulator's environment sets one).
        while !env
            .iter()
            .any(|(k, _): &(String, String)| k == "ANTHROPIC_AWS_WORKSPACE_ID")
        {
            line.clear();
            if out.read_line(&mut line).unwrap() == 0 {
                let rest: Vec<String> = rx.try_iter().collect();
                panic!("the proxy ended before printing its environment: {rest:#?}");
            }
            let (k, v) = line
                .trim_end()
                .strip_prefix("export ")
                .and_then(|kv| kv.split_once('='))
                .unwrap_or_else(|| panic!("not an export line: {line:?}"));
            env.push((k.to_string(), v.to_string()));
        }
        // Anything more on stdout would be a bug: keep reading so the pipe never fills.
        std::thread::spawn(move || {
            let mut sink = String::new();
            let _ = out.read_to_string(&mut sink);
            assert!(sink.is_empty(), "more on stdout: {sink}");
        });
        let get = |k: &str| env.iter().find(|(a, _)| a == k).unwrap().1.clone();
        let mut p = Proxy {
            url: get("ANTHROPIC_BASE_URL"),
            token: get("ANTHROPIC_API_KEY"),
            env,
            child,
            stderr: rx,
            seen: Vec::new(),
        };
        p.wait_for("listening on");
        p
    }

    /// Wait for a stderr line containing `needle`; returns it.
    pub fn wait_for(&mut self, needle: &str) -> String {
        if let Some(l) = self.seen.iter().find(|l| l.contains(needle)) {
            return l.clone();
        }
        loop {
            match self.stderr.recv_timeout(WAIT) {
                Ok(l) => {
                    self.seen.push(l.clone());
                    if l.contains(needle) {
                        return l;
                    }
                }
                Err(_) => panic!("no stderr line with {needle:?}; saw {:#?}", self.seen),
            }
        }
    }

    pub fn stderr_so_far(&mut self) -> String {
        self.seen.extend(self.stderr.try_iter());
        self.seen.join("\n")
    }

    pub fn signal(&self, sig: &str) {
        let ok = std::process::Command::new("kill")
            .args([sig, &self.child.id().to_string()])
            .status()
            .unwrap()
            .success();
        assert!(ok);
    }

    pub fn wait_exit(&mut self) -> i32 {
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            if let Some(st) = self.child.try_wait().unwrap() {
                return st.code().unwrap_or(-1);
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the proxy did not exit"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

pub fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// One request, as a client of the proxy sends it.
pub fn call(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: Option<reqwest::Body>,
) -> Answer {
    rt().block_on(async {
        let c = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let mut r = c.request(method.parse().unwrap(), url);
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        if let Some(b) = body {
            r = r.body(b);
        }
        let resp = r.send().await.unwrap();
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let body = resp.bytes().await.unwrap().to_vec();
        Answer {
            status,
            headers,
            body,
        }
    })
}

pub fn message(stream: bool) -> reqwest::Body {
    reqwest::Body::from(
        json!({"model": "claude-sonnet-4-6", "max_tokens": 64, "stream": stream,
            "messages": [{"role": "user", "content": "the secret prompt"}]})
        .to_string(),
    )
}

pub fn post_message(p: &Proxy, stream: bool, auth: (&str, &str)) -> Answer {
    call(
        "POST",
        &format!("{}/v1/messages", p.url),
        &[
            auth,
            ("content-type", "application/json"),
            ("anthropic-version", "2023-06-01"),
        ],
        Some(message(stream)),
    )
}

/// Upload `content` as a file through the proxy (multipart, the Files beta header, the local token).
pub fn upload(p: &Proxy, name: &str, content: &[u8]) -> Answer {
    let (body, ct) = multipart(name, content);
    call(
        "POST",
        &format!("{}/v1/files", p.url),
        &[
            ("x-api-key", &p.token),
            ("content-type", &ct),
            ("anthropic-beta", "files-api-2025-04-14"),
        ],
        Some(reqwest::Body::from(body)),
    )
}

pub fn gateway_requests(sb: &Sandbox) -> Vec<cpaws_emulator::RecordedRequest> {
    sb.emu()
        .requests()
        .into_iter()
        .filter(|r| r.service == "gateway")
        .collect()
}

pub fn header<'a>(r: &'a cpaws_emulator::RecordedRequest, name: &str) -> Option<&'a str> {
    r.headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// The service's streamed answers become slow: `text` in 4-character deltas, `delay_ms` apart
/// (the next streamed message only).
pub fn slow_stream(sb: &Sandbox, text: String, delay_ms: u64) {
    sb.emu().update_state(|s| {
        s.reply.text = Some(text);
        s.reply.chunk_chars = 4;
        s.faults.push(
            serde_json::from_value::<Fault>(json!({"match": {"path_prefix": "/v1/messages"},
                "times": 1, "kind": "slow_stream", "event_delay_ms": delay_ms}))
            .expect("a fault"),
        );
    });
}

/// A request written by hand on a new connection to the proxy: `host`, the local token as
/// `x-api-key`, `headers`, and `body` with its length (none when empty). Reads time out after
/// [`WAIT`], so a test that fails cannot hang.
pub fn raw_request(
    p: &Proxy,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> TcpStream {
    let addr = p.url.trim_start_matches("http://").to_string();
    let mut conn = TcpStream::connect(&addr).expect("connect to the proxy");
    conn.set_read_timeout(Some(WAIT)).expect("read timeout");
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nhost: {addr}\r\nx-api-key: {}\r\n",
        p.token
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if !body.is_empty() {
        head.push_str(&format!("content-length: {}\r\n", body.len()));
    }
    write!(conn, "{head}\r\n{body}").expect("send");
    conn
}

/// The body of a streamed message, as [`stream_in_flight`] sends it.
pub fn streamed_message() -> String {
    json!({"model": "claude-sonnet-4-6", "max_tokens": 64, "stream": true,
        "messages": [{"role": "user", "content": "hi"}]})
    .to_string()
}

/// A streamed message sent through the proxy on a raw connection, read until its first text
/// delta: the stream is then in flight. Returns the connection, its reader and what was read.
pub fn stream_in_flight(p: &Proxy) -> (TcpStream, BufReader<TcpStream>, String) {
    let conn = raw_request(
        p,
        "POST",
        "/v1/messages",
        &[
            ("content-type", "application/json"),
            ("anthropic-version", "2023-06-01"),
        ],
        &streamed_message(),
    );
    let mut reader = BufReader::new(conn.try_clone().expect("clone"));
    let mut got = String::new();
    while !got.contains("content_block_delta") {
        let mut l = String::new();
        assert!(reader.read_line(&mut l).expect("read") > 0, "{got}");
        got.push_str(&l);
    }
    (conn, reader, got)
}

/// Whether a new connection to the proxy is served (a request on it gets an answer).
pub fn serves_new_connections(p: &Proxy) -> bool {
    let addr = p.url.trim_start_matches("http://").to_string();
    TcpStream::connect(&addr)
        .and_then(|mut c| {
            c.write_all(b"GET /v1/models HTTP/1.1\r\nhost: x\r\n\r\n")?;
            let mut b = [0u8; 1];
            c.set_read_timeout(Some(Duration::from_secs(5)))?;
            c.read(&mut b)
        })
        .map(|n| n > 0)
        .unwrap_or(false)
}

/// Wait until `done()` holds (a file appeared, a directory emptied), checking every 20 ms.
pub fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + WAIT;
    while !done() {
        assert!(
            std::time::Instant::now() < deadline,
            "waited in vain: {what}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The entries of a directory.
pub fn entries(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default()
}

/// A `multipart/form-data` upload of `content` as one file part: (body, content type).
pub fn multipart(filename: &str, content: &[u8]) -> (Vec<u8>, String) {
    let boundary = "cpawsproxyboundary";
    let mut body = format!(
        "--{boundary}\r\ncontent-disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\ncontent-type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (body, format!("multipart/form-data; boundary={boundary}"))
}

/// The peak resident memory of a process, in bytes (Linux: VmHWM in /proc).
pub fn peak_rss(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}
