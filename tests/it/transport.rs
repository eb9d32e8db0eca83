//! The transport layer against the emulator: SigV4 over streamed bodies, SSE, retries.

use crate::common;

use std::sync::Arc;

use aws_credential_types::Credentials;
use common::*;
use cpaws::api::{ApiRequest, Body, Client, Part};
use cpaws::aws::CredentialCache;
use cpaws::config::{Settings, Source, Sourced};
use cpaws_emulator::state::{Fault, FaultKind, FaultMatch};
use futures_util::StreamExt;
use serde_json::json;

fn settings(emu: &Emulator) -> Settings {
    emulator_settings(emu, 2)
}

fn client(emu: &Emulator) -> Client {
    let creds = Credentials::new("AKIDEXAMPLE", SECRET, None, None, "test");
    Client::new(
        &settings(emu),
        Some(Arc::new(CredentialCache::fixed(creds))),
    )
    .unwrap()
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn sse_stream_arrives_in_order() {
    let emu = Emulator::start(State::default_state()).unwrap();
    let c = client(&emu);
    let events: Vec<String> = rt().block_on(async {
        let req = ApiRequest::post_json(
            "/v1/messages",
            &json!({"model": "claude-sonnet-4-6", "max_tokens": 64, "stream": true,
                    "messages": [{"role": "user", "content": "hello there"}]}),
        );
        let (stream, meta) = c.sse(&req).await.unwrap();
        assert_eq!(meta.status, 200);
        stream.map(|e| e.unwrap().event).collect().await
    });
    let real: Vec<&String> = events.iter().filter(|e| *e != "ping").collect();
    assert_eq!(real.first().map(|s| s.as_str()), Some("message_start"));
    assert_eq!(real.last().map(|s| s.as_str()), Some("message_stop"));
    assert!(real.iter().any(|e| *e == "content_block_delta"));
    let delta = real.iter().position(|e| *e == "message_delta").unwrap();
    assert_eq!(delta, real.len() - 2);
}

#[test]
fn retries_429_with_retry_after_then_succeeds() {
    let emu = Emulator::start(State::default_state()).unwrap();
    emu.update_state(|s| {
        s.faults.push(Fault {
            matcher: FaultMatch {
                path_prefix: Some("/v1/models".into()),
                ..Default::default()
            },
            times: Some(1),
            kind: FaultKind::Status,
            status: Some(429),
            retry_after: Some("0".into()),
            error_type: Some("rate_limit_error".into()),
            ..Default::default()
        })
    });
    let c = client(&emu);
    let (v, meta) = rt()
        .block_on(c.json(&ApiRequest::get("/v1/models?limit=1")))
        .unwrap();
    assert_eq!(meta.status, 200);
    assert!(v["data"].is_array());
    let statuses: Vec<u16> = emu
        .requests()
        .iter()
        .filter(|r| r.path.starts_with("/v1/models"))
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, vec![429, 200]);
}

#[test]
fn spend_cap_is_not_retried_and_5xx_gives_up_after_max_retries() {
    let emu = Emulator::start(State::default_state()).unwrap();
    emu.update_state(|s| {
        s.faults.push(Fault {
            matcher: FaultMatch {
                path_prefix: Some("/v1/models".into()),
                ..Default::default()
            },
            times: Some(1),
            kind: FaultKind::Status,
            status: Some(429),
            error_type: Some("rate_limit_error".into()),
            details: Some(json!({"error_code": "enforced_spend_limit_reached"})),
            ..Default::default()
        })
    });
    let c = client(&emu);
    let e = rt()
        .block_on(c.json(&ApiRequest::get("/v1/models")))
        .unwrap_err();
    assert_eq!(e.status, Some(429));
    assert_eq!(
        e.error_code.as_deref(),
        Some("enforced_spend_limit_reached")
    );
    assert_eq!(emu.requests().len(), 1);
    assert!(e.amzn_request_id.is_some());

    emu.clear_requests();
    emu.update_state(|s| {
        s.faults.push(Fault {
            matcher: FaultMatch {
                path_prefix: Some("/v1/models".into()),
                ..Default::default()
            },
            times: None,
            kind: FaultKind::Status,
            status: Some(529),
            retry_after: Some("0".into()),
            ..Default::default()
        })
    });
    let e = rt()
        .block_on(c.json(&ApiRequest::get("/v1/models")))
        .unwrap_err();
    assert_eq!(e.status, Some(529));
    assert_eq!(emu.requests().len(), 3, "one try and two retries");
}

#[test]
fn malformed_body_is_a_decode_error() {
    let emu = Emulator::start(State::default_state()).unwrap();
    emu.update_state(|s| {
        s.faults.push(Fault {
            matcher: FaultMatch {
                path_prefix: Some("/v1/models".into()),
                ..Default::default()
            },
            times: Some(1),
            kind: FaultKind::MalformedBody,
            ..Default::default()
        })
    });
    let c = client(&emu);
    let e = rt()
        .block_on(c.json(&ApiRequest::get("/v1/models")))
        .unwrap_err();
    assert_eq!(e.kind, cpaws::api::ApiErrorKind::Decode);
}

/// A file part is streamed from disk; the SigV4 payload hash is computed in a first read and the
/// emulator verifies it over the bytes it received.
#[test]
fn streamed_multipart_body_is_signed() {
    let emu = Emulator::start(State::default_state()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hello.txt");
    let content = "hello world\n".repeat(10_000);
    std::fs::write(&path, &content).unwrap();
    let boundary = "cpawsboundary0123456789";
    let head = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hello.txt\"\r\nContent-Type: text/plain\r\n\r\n"
    );
    let tail = format!("\r\n--{boundary}--\r\n");
    let mut whole = head.clone().into_bytes();
    whole.extend_from_slice(content.as_bytes());
    whole.extend_from_slice(tail.as_bytes());
    let body = Body::Parts {
        parts: vec![
            Part::Bytes(head.into()),
            Part::File(path),
            Part::Bytes(tail.into()),
        ],
        content_type: format!("multipart/form-data; boundary={boundary}"),
        len: whole.len() as u64,
        sha256: cpaws::sign::sha256_hex(&whole),
    };
    let req = ApiRequest {
        method: cpaws::api::Method::Post,
        path: "/v1/files".into(),
        body,
        headers: vec![],
    };
    let c = client(&emu);
    let (v, meta) = rt().block_on(c.json(&req)).unwrap();
    assert_eq!(meta.status, 200, "{v}");
    assert_eq!(v["filename"], "hello.txt");
    assert_eq!(v["size_bytes"], content.len() as u64);
}

#[test]
fn wrong_region_pin_is_a_signature_rejection() {
    let emu = Emulator::start(State::default_state()).unwrap();
    let mut st = settings(&emu);
    st.base_url = Some(Sourced {
        value: format!("{}/region/us-east-1", emu.url()),
        source: Source::Default,
    });
    let creds = Credentials::new("AKIDEXAMPLE", SECRET, None, None, "test");
    let c = Client::new(&st, Some(Arc::new(CredentialCache::fixed(creds)))).unwrap();
    let e = rt()
        .block_on(c.json(&ApiRequest::get("/v1/models")))
        .unwrap_err();
    assert_eq!(e.status, Some(403));
    let d = cpaws::diagnosis::diagnose(&e, &Default::default());
    assert!(
        matches!(d.code.as_str(), "signature_scope" | "signature_mismatch"),
        "{d:?} {e:?}"
    );
    // With {region} in the base URL and the matching region, it works.
    st.base_url = Some(Sourced {
        value: format!("{}/region/{{region}}", emu.url()),
        source: Source::Default,
    });
    let creds = Credentials::new("AKIDEXAMPLE", SECRET, None, None, "test");
    let c = Client::new(&st, Some(Arc::new(CredentialCache::fixed(creds)))).unwrap();
    rt().block_on(c.json(&ApiRequest::get("/v1/models")))
        .unwrap();
}
