//! `cpaws proxy` in front of a misbehaving service (the scripted hostile server of issue 10): each
//! case is a clear answer to the client and a line on the proxy's stderr, nothing hangs past the
//! deadline, no escape sequence from the service reaches the terminal, and the proxy keeps serving.

use crate::common;

use std::io::Read;
use std::time::{Duration, Instant};

use common::hostile::{Hostile, Reply, sandbox_against};
use common::proxy::*;

fn models(p: &Proxy) -> Answer {
    call(
        "GET",
        &format!("{}/v1/models", p.url),
        &[("x-api-key", &p.token)],
        None,
    )
}

/// `GET /v1/models` on a raw connection, read until the proxy ends it (at most 20 s): what
/// arrived, and how long it took.
fn raw_models(p: &Proxy) -> (String, Duration) {
    let mut conn = raw_request(p, "GET", "/v1/models", &[("connection", "close")], "");
    let started = Instant::now();
    let mut got = Vec::new();
    let _ = conn.read_to_end(&mut got);
    (
        String::from_utf8_lossy(&got).into_owned(),
        started.elapsed(),
    )
}

#[test]
fn garbage_instead_of_http_is_a_502_with_nothing_of_it_on_the_terminal() {
    let h = Hostile::start(|_| {
        Reply::Raw(b"\x1b[2J\x1b]52;c;c2VjcmV0\x07 not HTTP at all\r\n\r\n".to_vec())
    });
    let sb = sandbox_against(&h);
    let mut p = Proxy::start(&sb, &[]);
    let a = models(&p);
    assert_eq!(a.status, 502, "{}", a.text());
    assert_eq!(a.headers["x-cpaws-proxy"], "local-error");
    // Said as it is: the service was reached, its answer is not HTTP (not "could not connect").
    assert!(
        a.text().contains("not what the API returns"),
        "{}",
        a.text()
    );
    p.wait_for("GET /v1/models 502");
    // Still serving, and the same answer again.
    assert_eq!(models(&p).status, 502);
    p.wait_for("GET /v1/models 502");
    let log = p.stderr_so_far();
    assert!(!log.contains('\x1b') && !log.contains('\x07'), "{log:?}");
}

/// Response heads: 40 KiB (more than an AWS load balancer passes on) goes through; 1 MiB is
/// refused, not buffered (the upstream connection buffer is 32 KiB, docs/proxy.md).
#[test]
fn a_huge_response_head_is_a_502_not_a_buffer() {
    let h = Hostile::start(move |r| {
        let size = if r.path.contains("limit=1") { 40 } else { 1024 } * 1024;
        Reply::status(200, &[("x-padding", "x".repeat(size).as_str())], "{}")
    });
    let sb = sandbox_against(&h);
    let p = Proxy::start(&sb, &[]);
    let get = |path: &str| {
        call(
            "GET",
            &format!("{}{path}", p.url),
            &[("x-api-key", &p.token)],
            None,
        )
    };
    let a = get("/v1/models?limit=1");
    assert_eq!(a.status, 200, "{}", a.text());
    assert_eq!(a.headers["x-padding"].len(), 40 * 1024);
    let a = get("/v1/models");
    assert_eq!(a.status, 502, "{}", a.text());
    assert!(a.text().contains("too large"), "{}", a.text());
}

#[test]
fn a_service_that_never_answers_is_a_504_after_the_timeout() {
    let h = Hostile::start(|_| Reply::Hang);
    let sb = sandbox_against(&h);
    let mut p = Proxy::start(&sb, &["--timeout", "1"]);
    let started = Instant::now();
    let a = models(&p);
    assert_eq!(a.status, 504, "{}", a.text());
    assert!(started.elapsed() < Duration::from_secs(10));
    p.wait_for("GET /v1/models 504");
}

/// The service promises more than it sends: the client's connection ends (it cannot mistake the
/// short body for a whole one) and the log says the stream broke.
#[test]
fn a_body_shorter_than_its_length_ends_the_clients_connection() {
    let h = Hostile::start(|_| {
        Reply::Raw(
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000000\r\n\r\n{\"data\": ["
                .to_vec(),
        )
    });
    let sb = sandbox_against(&h);
    let mut p = Proxy::start(&sb, &[]);
    let (got, took) = raw_models(&p);
    assert!(took < Duration::from_secs(15), "not ended: {got}");
    assert!(got.starts_with("HTTP/1.1 200"), "{got}");
    assert!(got.contains("content-length: 1000000"), "{got}");
    assert!(got.len() < 1000, "{got}");
    let line = p.wait_for("GET /v1/models 200");
    assert!(line.contains("upstream stream broke"), "{line}");
}

/// An answer that never ends streams for as long as the client reads; when it leaves, the
/// request to the service is cancelled (the server sees its connection closed).
#[test]
fn an_endless_answer_is_cancelled_when_the_client_leaves() {
    let h = Hostile::start(|r| {
        if r.path.starts_with("/v1/messages") {
            Reply::Endless {
                head: Reply::open_head(200, &[("content-type", "text/event-stream")]),
                chunk: b"event: ping\ndata: {\"type\": \"ping\"}\n\n".to_vec(),
            }
        } else {
            Reply::json(r#"{"data": [], "has_more": false}"#)
        }
    });
    let sb = sandbox_against(&h);
    let mut p = Proxy::start(&sb, &[]);
    let mut conn = raw_request(
        &p,
        "POST",
        "/v1/messages",
        &[("content-type", "application/json")],
        "{}",
    );
    let mut buf = vec![0u8; 64 * 1024];
    let mut read = 0;
    while read < 2 * 1024 * 1024 {
        let n = conn.read(&mut buf).unwrap();
        assert!(n > 0, "the stream ended early");
        read += n;
    }
    drop(conn);
    assert!(
        h.wait_client_left(Duration::from_secs(15)),
        "the upstream request was not cancelled"
    );
    let line = p.wait_for("POST /v1/messages 200");
    assert!(line.contains("client closed, upstream cancelled"), "{line}");
    assert_eq!(models(&p).status, 200, "still serving");
}
