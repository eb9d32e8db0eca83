//! A scripted, misbehaving HTTP server on 127.0.0.1 for the hostile-input tests (issue 10): it
//! answers whatever a test tells it to, byte for byte, including what no real server would send
//! (bodies that drip or never end, redirects to another host, garbage, escape sequences).
//!
//! One thread per connection, `Connection: close` on every reply. Every loop is bounded: a reply
//! that drips or never ends stops when the client goes away or after [`MAX_REPLY`], so a test that
//! fails never leaves a thread running for long.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// The longest any scripted reply keeps a connection open.
pub const MAX_REPLY: Duration = Duration::from_secs(90);

/// A request as the server received it.
#[derive(Clone, Debug, Default)]
pub struct Captured {
    pub method: String,
    /// Path and query.
    pub path: String,
    /// Header names lowercased, in the order received.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Captured {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What to send back.
#[derive(Clone, Debug)]
pub enum Reply {
    /// These bytes, then close.
    Raw(Vec<u8>),
    /// The head at once, then the body one chunk at a time with a pause between chunks.
    Drip {
        head: Vec<u8>,
        body: Vec<u8>,
        chunk: usize,
        every: Duration,
    },
    /// The head, then `chunk` again and again until the client goes away.
    Endless { head: Vec<u8>, chunk: Vec<u8> },
    /// Accept, read the request, never answer (until the client goes away).
    Hang,
}

impl Reply {
    /// A complete response with a Content-Length.
    pub fn status(status: u16, headers: &[(&str, &str)], body: impl AsRef<[u8]>) -> Reply {
        let body = body.as_ref();
        let mut head = head(status, headers);
        head.extend_from_slice(format!("content-length: {}\r\n\r\n", body.len()).as_bytes());
        head.extend_from_slice(body);
        Reply::Raw(head)
    }

    /// 200 with a JSON body.
    pub fn json(body: &str) -> Reply {
        Reply::status(200, &[("content-type", "application/json")], body)
    }

    /// 200 `text/event-stream`, the given bytes as the whole stream.
    pub fn sse(body: impl AsRef<[u8]>) -> Reply {
        Reply::status(200, &[("content-type", "text/event-stream")], body)
    }

    /// A head with no Content-Length (the body ends when the connection closes).
    pub fn open_head(status: u16, headers: &[(&str, &str)]) -> Vec<u8> {
        let mut h = head(status, headers);
        h.extend_from_slice(b"\r\n");
        h
    }
}

fn head(status: u16, headers: &[(&str, &str)]) -> Vec<u8> {
    let mut h = format!("HTTP/1.1 {status} Hostile\r\nconnection: close\r\n").into_bytes();
    for (k, v) in headers {
        h.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
    }
    h
}

type Handler = dyn Fn(&Captured) -> Reply + Send + Sync + 'static;

pub struct Hostile {
    pub addr: std::net::SocketAddr,
    requests: Arc<Mutex<Vec<Captured>>>,
    left: Arc<Left>,
}

/// How many replies that drip or never end were cut short because the client went away.
#[derive(Default)]
struct Left {
    count: Mutex<usize>,
    changed: Condvar,
}

/// A sandbox whose every API call (gateway, IAM, STS) goes to the hostile server `h`: SigV4 with fake
/// credentials, a workspace and region set, no retries.
pub fn sandbox_against(h: &Hostile) -> super::Sandbox {
    let mut s = super::Sandbox::new();
    s.set("ANTHROPIC_AWS_BASE_URL", &h.url())
        .set("AWS_ENDPOINT_URL", &h.url())
        .set("AWS_REGION", "us-west-2")
        .set("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01TESTWORKSPACE")
        .set("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
        .set("AWS_SECRET_ACCESS_KEY", super::SECRET)
        .set("CPAWS_MAX_RETRIES", "0");
    s
}

impl Hostile {
    /// Start serving; `handler` decides each reply from the request.
    pub fn start(handler: impl Fn(&Captured) -> Reply + Send + Sync + 'static) -> Hostile {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local addr");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let left = Arc::new(Left::default());
        let handler: Arc<Handler> = Arc::new(handler);
        let reqs = requests.clone();
        let gone = left.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let handler = handler.clone();
                let reqs = reqs.clone();
                let gone = gone.clone();
                std::thread::spawn(move || {
                    if serve(stream, &*handler, &reqs) == Ended::ClientLeft
                        && let Ok(mut n) = gone.count.lock()
                    {
                        *n += 1;
                        gone.changed.notify_all();
                    }
                });
            }
        });
        Hostile {
            addr,
            requests,
            left,
        }
    }

    /// Wait (up to `timeout`) until a reply that drips or never ends has been cut short because
    /// the client closed its connection; whether one was.
    pub fn wait_client_left(&self, timeout: Duration) -> bool {
        let Ok(n) = self.left.count.lock() else {
            return false;
        };
        self.left
            .changed
            .wait_timeout_while(n, timeout, |n| *n == 0)
            .map(|(n, _)| *n > 0)
            .unwrap_or(false)
    }

    /// `http://127.0.0.1:PORT`
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<Captured> {
        self.requests.lock().map(|r| r.clone()).unwrap_or_default()
    }
}

/// With `CPAWS_HOSTILE_TALLY=FILE`, one line per scripted reply is appended to FILE: how
/// docs/reliability.md counts the hostile inputs a run tried.
fn tally(req: &Captured) {
    let Some(path) = std::env::var_os("CPAWS_HOSTILE_TALLY") else {
        return;
    };
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(path)
    {
        // One write per line: appends from concurrent tests never interleave.
        let _ = f.write_all(format!("{} {}\n", req.method, req.path).as_bytes());
    }
}

/// How a scripted reply ended.
#[derive(PartialEq, Eq)]
enum Ended {
    /// Sent as scripted (or nothing to send).
    Done,
    /// A reply that drips or never ends could not be written: the client went away.
    ClientLeft,
}

fn serve(stream: TcpStream, handler: &Handler, reqs: &Mutex<Vec<Captured>>) -> Ended {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let Ok(read_half) = stream.try_clone() else {
        return Ended::Done;
    };
    let mut reader = BufReader::new(read_half);
    let Some(req) = read_request(&mut reader) else {
        return Ended::Done;
    };
    if let Ok(mut r) = reqs.lock() {
        r.push(req.clone());
    }
    let reply = handler(&req);
    tally(&req);
    let mut w = stream;
    let start = Instant::now();
    match reply {
        Reply::Raw(bytes) => {
            let _ = w.write_all(&bytes);
        }
        Reply::Drip {
            head,
            body,
            chunk,
            every,
        } => {
            if w.write_all(&head).is_err() {
                return Ended::ClientLeft;
            }
            for piece in body.chunks(chunk.max(1)) {
                if start.elapsed() > MAX_REPLY {
                    return Ended::Done;
                }
                if w.write_all(piece).is_err() || w.flush().is_err() {
                    return Ended::ClientLeft;
                }
                std::thread::sleep(every);
            }
        }
        Reply::Endless { head, chunk } => {
            if w.write_all(&head).is_err() {
                return Ended::ClientLeft;
            }
            while start.elapsed() < MAX_REPLY {
                if w.write_all(&chunk).is_err() {
                    return Ended::ClientLeft;
                }
            }
        }
        Reply::Hang => {
            // The client closing its side ends the read with 0 bytes (or an error).
            let mut buf = [0u8; 1];
            let _ = w.set_read_timeout(Some(MAX_REPLY));
            let _ = (&w).read(&mut buf);
        }
    }
    let _ = w.flush();
    let _ = w.shutdown(std::net::Shutdown::Both);
    Ended::Done
}

fn read_request(r: &mut BufReader<TcpStream>) -> Option<Captured> {
    let mut line = String::new();
    r.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let path = parts.next()?.to_string();
    let mut headers = Vec::new();
    let mut len = 0usize;
    let mut chunked = false;
    loop {
        let mut h = String::new();
        if r.read_line(&mut h).ok()? == 0 {
            break;
        }
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            let k = k.trim().to_ascii_lowercase();
            let v = v.trim().to_string();
            if k == "content-length" {
                len = v.parse().unwrap_or(0);
            }
            if k == "transfer-encoding" && v.eq_ignore_ascii_case("chunked") {
                chunked = true;
            }
            headers.push((k, v));
        }
    }
    let mut body = Vec::new();
    if chunked {
        loop {
            let mut size = String::new();
            r.read_line(&mut size).ok()?;
            let n = usize::from_str_radix(size.trim(), 16).ok()?;
            let mut piece = vec![0u8; n + 2];
            r.read_exact(&mut piece).ok()?;
            if n == 0 {
                break;
            }
            body.extend_from_slice(&piece[..n]);
        }
    } else if len > 0 {
        body = vec![0u8; len.min(1 << 30)];
        r.read_exact(&mut body).ok()?;
    }
    Some(Captured {
        method,
        path,
        headers,
        body,
    })
}
