//! End-to-end tests of the gateway over real HTTP (127.0.0.1), signing with the emulator's own
//! SigV4 signer (itself pinned to the official golden vectors in src/sigv4.rs).

use cpaws_emulator::state::{Fault, FaultKind, FaultMatch, FileObject, ServiceSpecificCredential};
use cpaws_emulator::{Emulator, State, apikey, sigv4};
use reqwest::blocking::{Client, Response};
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read};
use std::time::{Duration, SystemTime};

const AK: &str = "AKIDEXAMPLE";
const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const WS: &str = "wrkspc_01TESTWORKSPACE";

fn client() -> Client {
    Client::builder().no_proxy().build().unwrap()
}

struct Req<'a> {
    method: &'a str,
    path: &'a str,
    body: Vec<u8>,
    region: &'a str,
    service: &'a str,
    ak: &'a str,
    secret: &'a str,
    token: Option<&'a str>,
    workspace: Option<&'a str>,
    content_type: &'a str,
    extra: Vec<(&'a str, String)>,
    when: SystemTime,
}

impl<'a> Req<'a> {
    fn new(method: &'a str, path: &'a str) -> Req<'a> {
        Req {
            method,
            path,
            body: Vec::new(),
            region: "us-west-2",
            service: "aws-external-anthropic",
            ak: AK,
            secret: SECRET,
            token: None,
            workspace: Some(WS),
            content_type: "application/json",
            extra: Vec::new(),
            when: SystemTime::now(),
        }
    }
    fn json(mut self, v: Value) -> Self {
        self.body = v.to_string().into_bytes();
        self
    }

    fn headers(&self, emu: &Emulator) -> Vec<(String, String)> {
        let mut h = vec![
            ("host".to_string(), format!("127.0.0.1:{}", emu.port())),
            ("anthropic-version".to_string(), "2023-06-01".to_string()),
        ];
        if !self.body.is_empty() {
            h.push(("content-type".into(), self.content_type.into()));
        }
        if let Some(w) = self.workspace {
            h.push(("anthropic-workspace-id".into(), w.into()));
        }
        for (k, v) in &self.extra {
            h.push((k.to_string(), v.clone()));
        }
        h
    }

    fn send_with(&self, emu: &Emulator, mut h: Vec<(String, String)>) -> Response {
        let c = client();
        let mut rb = c.request(
            self.method.parse().unwrap(),
            format!("{}{}", emu.url(), self.path),
        );
        h.retain(|(k, _)| k != "host");
        for (k, v) in h {
            rb = rb.header(k, v);
        }
        rb.body(self.body.clone()).send().unwrap()
    }

    /// Send SigV4-signed.
    fn signed(&self, emu: &Emulator) -> Response {
        let mut h = self.headers(emu);
        h.push(("x-amz-date".into(), sigv4::format_amz_date(self.when)));
        if let Some(t) = self.token {
            h.push(("x-amz-security-token".into(), t.into()));
        }
        let (path, query) = self.path.split_once('?').unwrap_or((self.path, ""));
        let auth = sigv4::sign_request(
            self.ak,
            self.secret,
            self.region,
            self.service,
            &sigv4::format_amz_date(self.when),
            self.method,
            path,
            query,
            &h,
            &self.body,
        );
        h.push(("authorization".into(), auth));
        self.send_with(emu, h)
    }

    /// Send with an API key in `x-api-key`.
    fn with_key(&self, emu: &Emulator, key: &str) -> Response {
        let mut h = self.headers(emu);
        h.push(("x-api-key".into(), key.into()));
        self.send_with(emu, h)
    }

    fn unsigned(&self, emu: &Emulator) -> Response {
        self.send_with(emu, self.headers(emu))
    }
}

fn body_json(r: Response) -> (u16, Value) {
    let s = r.status().as_u16();
    let text = r.text().unwrap();
    (
        s,
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}")),
    )
}

fn msg_body() -> Value {
    json!({"model": "claude-sonnet-4-6", "max_tokens": 16, "messages": [{"role": "user", "content": "hi"}]})
}

fn emu() -> Emulator {
    Emulator::start(State::default_state()).unwrap()
}

fn err_message(v: &Value) -> String {
    v["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn sigv4_message_roundtrip_and_response_headers() {
    let e = emu();
    let r = Req::new("POST", "/v1/messages").json(msg_body()).signed(&e);
    assert_eq!(r.status(), 200);
    let h = r.headers().clone();
    assert!(h["request-id"].to_str().unwrap().starts_with("req_"));
    assert_eq!(h["x-amzn-requestid"].to_str().unwrap().len(), 36);
    assert!(h.contains_key("date"));
    let (_, v) = body_json(r);
    assert_eq!(v["type"], "message");
    assert_eq!(v["role"], "assistant");
    assert_eq!(v["model"], "claude-sonnet-4-6");
    assert_eq!(v["content"][0]["text"], "You said: hi");
    assert_eq!(v["stop_reason"], "end_turn");
    assert!(v["id"].as_str().unwrap().starts_with("msg_"));
    assert!(v["usage"]["input_tokens"].as_u64().unwrap() >= 1);
    assert_eq!(v["usage"]["output_tokens"], 3); // ceil(12 chars / 4)
    let rec = e.requests();
    assert_eq!(rec.len(), 1);
    assert_eq!(rec[0].service, "gateway");
    assert_eq!(rec[0].action.as_deref(), Some("CreateInference"));
    assert_eq!(rec[0].status, 200);
    assert!(String::from_utf8_lossy(&rec[0].body).contains("claude-sonnet-4-6"));
}

fn sse_events(text: &str) -> Vec<(String, Value)> {
    text.split("\n\n")
        .filter(|b| !b.trim().is_empty())
        .map(|b| {
            let mut name = String::new();
            let mut data = Value::Null;
            for line in b.lines() {
                if let Some(n) = line.strip_prefix("event: ") {
                    name = n.to_string();
                } else if let Some(d) = line.strip_prefix("data: ") {
                    data = serde_json::from_str(d).unwrap();
                }
            }
            (name, data)
        })
        .collect()
}

#[test]
fn streaming_event_sequence_with_thinking_and_tool_use() {
    let e = emu();
    e.update_state(|s| {
        s.reply.text = Some("The quick brown fox jumps over the lazy dog".into());
        s.reply.chunk_chars = 5;
        s.reply.tool_use = true;
    });
    let mut b = msg_body();
    b["stream"] = json!(true);
    b["thinking"] = json!({"type": "enabled", "budget_tokens": 1024});
    let r = Req::new("POST", "/v1/messages").json(b).signed(&e);
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "text/event-stream");
    let ev = sse_events(&r.text().unwrap());
    let names: Vec<&str> = ev.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names[0], "message_start");
    assert_eq!(names[1], "content_block_start");
    assert_eq!(ev[1].1["content_block"]["type"], "thinking");
    assert!(names.contains(&"ping"));
    assert_eq!(names[names.len() - 1], "message_stop");
    assert_eq!(names[names.len() - 2], "message_delta");
    let deltas: Vec<&Value> = ev
        .iter()
        .filter(|(n, _)| n == "content_block_delta")
        .map(|(_, d)| &d["delta"])
        .collect();
    let text: String = deltas
        .iter()
        .filter(|d| d["type"] == "text_delta")
        .map(|d| d["text"].as_str().unwrap())
        .collect();
    assert_eq!(text, "The quick brown fox jumps over the lazy dog");
    assert!(
        deltas
            .iter()
            .all(|d| d["type"] != "text_delta" || d["text"].as_str().unwrap().chars().count() <= 5)
    );
    assert!(deltas.iter().any(|d| d["type"] == "signature_delta"));
    assert!(deltas.iter().any(|d| d["type"] == "thinking_delta"));
    let json_parts: String = deltas
        .iter()
        .filter(|d| d["type"] == "input_json_delta")
        .map(|d| d["partial_json"].as_str().unwrap())
        .collect();
    assert_eq!(
        serde_json::from_str::<Value>(&json_parts).unwrap()["location"],
        "San Francisco, CA"
    );
    let md = &ev[ev.len() - 2].1;
    assert_eq!(md["delta"]["stop_reason"], "tool_use");
    assert!(md["usage"]["output_tokens"].as_u64().unwrap() > 0);
}

#[test]
fn large_reply_is_streamed_in_full() {
    let e = emu();
    e.update_state(|s| {
        s.reply.text = Some("0123456789".repeat(100));
        s.reply.repeat = 10_500; // 10.5 MB
    });
    let r = Req::new("POST", "/v1/messages").json(msg_body()).signed(&e);
    assert_eq!(r.status(), 200);
    let (_, v) = body_json(r);
    let t = v["content"][0]["text"].as_str().unwrap();
    assert_eq!(t.len(), 10_500_000);
    assert!(t.starts_with("01234567890123"));
    assert_eq!(v["usage"]["output_tokens"], 2_625_000);
}

#[test]
fn prompt_cache_usage_creation_then_read() {
    let e = emu();
    let b = json!({"model": "claude-sonnet-4-6", "max_tokens": 16,
        "system": [{"type": "text", "text": "You are a long system prompt. ".repeat(40), "cache_control": {"type": "ephemeral"}}],
        "messages": [{"role": "user", "content": "hi"}]});
    let (_, v1) = body_json(Req::new("POST", "/v1/messages").json(b.clone()).signed(&e));
    let (_, v2) = body_json(Req::new("POST", "/v1/messages").json(b).signed(&e));
    assert!(v1["usage"]["cache_creation_input_tokens"].as_u64().unwrap() > 0);
    assert_eq!(v1["usage"]["cache_read_input_tokens"], 0);
    assert_eq!(v2["usage"]["cache_creation_input_tokens"], 0);
    assert_eq!(
        v2["usage"]["cache_read_input_tokens"],
        v1["usage"]["cache_creation_input_tokens"]
    );
}

#[test]
fn message_validation_errors() {
    let e = emu();
    let mut r = Req::new("POST", "/v1/messages");
    r.body = b"{not json".to_vec();
    let (s, v) = body_json(r.signed(&e));
    assert_eq!(
        (s, v["error"]["type"].as_str()),
        (400, Some("invalid_request_error"))
    );
    assert_eq!(v["type"], "error");
    assert!(v["request_id"].as_str().unwrap().starts_with("req_"));
    let (s, v) = body_json(Req::new("POST", "/v1/messages").json(json!({"model": "claude-nope", "max_tokens": 1, "messages": [{"role":"user","content":"x"}]})).signed(&e));
    assert_eq!(
        (s, v["error"]["type"].as_str()),
        (404, Some("not_found_error"))
    );
    let (s, v) = body_json(
        Req::new("POST", "/v1/messages")
            .json(
                json!({"model": "claude-sonnet-4-6", "messages": [{"role":"user","content":"x"}]}),
            )
            .signed(&e),
    );
    assert_eq!(s, 400);
    assert!(err_message(&v).contains("max_tokens"));
    let (s, _) = body_json(
        Req::new("POST", "/v1/messages")
            .json(json!({"model": "claude-sonnet-4-6", "max_tokens": 1, "messages": []}))
            .signed(&e),
    );
    assert_eq!(s, 400);
}

#[test]
fn count_tokens_and_models() {
    let e = emu();
    let (s, v) = body_json(Req::new("POST", "/v1/messages/count_tokens").json(json!({"model": "claude-sonnet-4-6", "messages": [{"role":"user","content":"12345678"}]})).signed(&e));
    assert_eq!(s, 200);
    assert_eq!(v, json!({"input_tokens": 2}));
    let (s, v) = body_json(Req::new("GET", "/v1/models?limit=2").signed(&e));
    assert_eq!(s, 200);
    assert_eq!(v["data"].as_array().unwrap().len(), 2);
    assert_eq!(v["data"][0]["type"], "model");
    assert_eq!(v["has_more"], true);
    let last = v["last_id"].as_str().unwrap().to_string();
    let (_, v2) =
        body_json(Req::new("GET", &format!("/v1/models?limit=10&after_id={last}")).signed(&e));
    assert_eq!(v2["data"].as_array().unwrap().len(), 3);
    assert_eq!(v2["has_more"], false);
    let (s, v) = body_json(Req::new("GET", "/v1/models/claude-haiku-4-5").signed(&e));
    assert_eq!(
        (s, v["display_name"].as_str()),
        (200, Some("Claude Haiku 4.5"))
    );
    let (s, v) = body_json(Req::new("GET", "/v1/models/claude-2").signed(&e));
    assert_eq!(
        (s, v["error"]["type"].as_str()),
        (404, Some("not_found_error"))
    );
    let (s, _) = body_json(Req::new("GET", "/v1/models?limit=0").signed(&e));
    assert_eq!(s, 400);
}

#[test]
fn sigv4_rejections() {
    let e = emu();
    let check = |r: Response, aws_type: &str, msg: &str| {
        assert_eq!(r.status(), 403);
        assert_eq!(r.headers()["x-amzn-errortype"], aws_type);
        let (_, v) = body_json(r);
        assert!(err_message(&v).contains(msg), "{v}");
    };
    let mut r = Req::new("GET", "/v1/models");
    r.secret = "wrong";
    check(
        r.signed(&e),
        "InvalidSignatureException",
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
    );
    let mut r = Req::new("GET", "/v1/models");
    r.ak = "AKIDUNKNOWN";
    check(
        r.signed(&e),
        "UnrecognizedClientException",
        "The security token included in the request is invalid.",
    );
    let mut r = Req::new("GET", "/v1/models");
    r.token = Some("UNEXPECTED");
    check(
        r.signed(&e),
        "UnrecognizedClientException",
        "The security token included in the request is invalid.",
    );
    let mut r = Req::new("GET", "/v1/models");
    r.service = "bedrock";
    check(
        r.signed(&e),
        "InvalidSignatureException",
        "Credential should be scoped to correct service",
    );
    let mut r = Req::new("GET", "/v1/models");
    r.when = SystemTime::now() - Duration::from_secs(600);
    check(
        r.signed(&e),
        "InvalidSignatureException",
        "Signature expired: ",
    );
    // region pin: a us-west-2 scope sent to the us-east-1 endpoint
    check(
        Req::new("GET", "/region/us-east-1/v1/models").signed(&e),
        "InvalidSignatureException",
        "Credential should be scoped to a valid region.",
    );
    // no credentials at all
    check(
        Req::new("GET", "/v1/models").unsigned(&e),
        "MissingAuthenticationTokenException",
        "Missing Authentication Token",
    );
}

#[test]
fn clock_offset_moves_the_signature_window() {
    let e = emu();
    let c = client();
    let r = c
        .post(format!("{}/_emulator/clock", e.url()))
        .body(r#"{"offset_seconds": 3600}"#)
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    let r = Req::new("GET", "/v1/models").signed(&e);
    assert_eq!(r.status(), 403);
    let mut r = Req::new("GET", "/v1/models");
    r.when = SystemTime::now() + Duration::from_secs(3600);
    assert_eq!(r.signed(&e).status(), 200);
}

#[test]
fn session_credentials_and_expiry() {
    let e = emu();
    e.update_state(|s| {
        s.access_keys.push(cpaws_emulator::state::AccessKey {
            access_key_id: "ASIAEXAMPLE".into(),
            secret: SECRET.into(),
            session_token: Some("FAKE/Session+Token==".into()),
            account: "123456789012".into(),
            principal: "user/dev".into(),
            expires: Some("2001-01-01T00:00:00Z".into()),
        })
    });
    let mut r = Req::new("GET", "/v1/models");
    r.ak = "ASIAEXAMPLE";
    r.token = Some("FAKE/Session+Token==");
    let resp = r.signed(&e);
    assert_eq!(resp.status(), 403);
    assert_eq!(resp.headers()["x-amzn-errortype"], "ExpiredTokenException");
    e.update_state(|s| s.access_keys[1].expires = None);
    assert_eq!(r.signed(&e).status(), 200);
    r.token = None;
    assert_eq!(r.signed(&e).status(), 403);
}

#[test]
fn region_pinned_path_is_signed_in_full() {
    let e = emu();
    let r = Req::new("GET", "/region/us-west-2/v1/models").signed(&e);
    assert_eq!(r.status(), 200);
}

#[test]
fn short_term_keys() {
    let e = emu();
    let now = sigv4::format_amz_date(SystemTime::now());
    let key = apikey::mint(AK, SECRET, None, "us-west-2", &now, 3600);
    let (s, v) = body_json(
        Req::new("POST", "/v1/messages")
            .json(msg_body())
            .with_key(&e, &key),
    );
    assert_eq!(s, 200, "{v}");
    // Authorization: Bearer works too
    let mut r = Req::new("GET", "/v1/models");
    r.extra.push(("authorization", format!("Bearer {key}")));
    assert_eq!(r.unsigned(&e).status(), 200);
    // expired
    let old = sigv4::format_amz_date(SystemTime::now() - Duration::from_secs(7200));
    let expired = apikey::mint(AK, SECRET, None, "us-west-2", &old, 3600);
    let r = Req::new("GET", "/v1/models").with_key(&e, &expired);
    assert_eq!(r.status(), 403);
    assert_eq!(r.headers()["x-amzn-errortype"], "ExpiredTokenException");
    // wrong secret
    let bad = apikey::mint(AK, "nope", None, "us-west-2", &now, 3600);
    let r = Req::new("GET", "/v1/models").with_key(&e, &bad);
    assert_eq!(r.headers()["x-amzn-errortype"], "InvalidSignatureException");
    // a us-east-1 key hits the us-east-1 endpoint, which cannot see the us-west-2 workspace
    let east = apikey::mint(AK, SECRET, None, "us-east-1", &now, 3600);
    let (s, v) = body_json(Req::new("GET", "/v1/models").with_key(&e, &east));
    assert_eq!(s, 404);
    assert_eq!(
        err_message(&v),
        "Workspace `wrkspc_01TESTWORKSPACE` not found."
    );
    // and a pinned endpoint in another region rejects it
    let r = Req::new("GET", "/region/us-east-1/v1/models").with_key(&e, &key);
    assert_eq!(r.status(), 403);
    // garbage key with the prefix
    let r = Req::new("GET", "/v1/models").with_key(&e, "aws-external-anthropic-api-key-!!!");
    assert_eq!(
        r.headers()["x-amzn-errortype"],
        "UnrecognizedClientException"
    );
    // first-party key
    let (s, v) = body_json(Req::new("GET", "/v1/models").with_key(&e, "sk-ant-api03-xyz"));
    assert_eq!(
        (s, v["error"]["type"].as_str()),
        (401, Some("authentication_error"))
    );
}

#[test]
fn long_term_keys_and_call_with_bearer_token() {
    let e = emu();
    e.update_state(|s| {
        s.accounts[0]
            .service_specific_credentials
            .push(ServiceSpecificCredential {
                id: "ACCAEXAMPLE1".into(),
                user: "dev".into(),
                secret: "AEAAFAKELONGTERMKEY".into(),
                ..ServiceSpecificCredential::default()
            })
    });
    let r = Req::new("GET", "/v1/models").with_key(&e, "AEAAFAKELONGTERMKEY");
    assert_eq!(r.status(), 200);
    e.update_state(|s| s.accounts[0].service_specific_credentials[0].status = "Inactive".into());
    assert_eq!(
        Req::new("GET", "/v1/models")
            .with_key(&e, "AEAAFAKELONGTERMKEY")
            .status(),
        403
    );
    e.update_state(|s| {
        let c = &mut s.accounts[0].service_specific_credentials[0];
        c.status = "Active".into();
        c.expires = Some("2001-01-01T00:00:00Z".into());
    });
    let r = Req::new("GET", "/v1/models").with_key(&e, "AEAAFAKELONGTERMKEY");
    assert_eq!(r.headers()["x-amzn-errortype"], "ExpiredTokenException");
    // A user whose policy lacks CallWithBearerToken is rejected before route authorization.
    e.update_state(|s| {
        let c = &mut s.accounts[0].service_specific_credentials[0];
        c.expires = None;
        let u = &mut s.accounts[0].users[0];
        u.attached_policies.clear();
        u.inline_policies.insert(
            "inf".into(),
            json!({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "aws-external-anthropic:ListModels", "Resource": "*"}]}),
        );
    });
    let (s, v) = body_json(Req::new("GET", "/v1/models").with_key(&e, "AEAAFAKELONGTERMKEY"));
    assert_eq!(s, 403);
    assert_eq!(
        err_message(&v),
        "User: arn:aws:iam::123456789012:user/dev is not authorized to perform: aws-external-anthropic:CallWithBearerToken on resource: * because no identity-based policy allows the aws-external-anthropic:CallWithBearerToken action"
    );
    // SigV4 callers do not need it
    assert_eq!(Req::new("GET", "/v1/models").signed(&e).status(), 200);
}

#[test]
fn iam_authorization_of_routes() {
    let e = emu();
    e.update_state(|s| {
        s.accounts[0].users[0].attached_policies =
            vec!["arn:aws:iam::aws:policy/AnthropicReadOnlyAccess".into()];
    });
    assert_eq!(Req::new("GET", "/v1/models").signed(&e).status(), 200);
    let r = Req::new("POST", "/v1/messages").json(msg_body()).signed(&e);
    assert_eq!(r.status(), 403);
    assert_eq!(r.headers()["x-amzn-errortype"], "AccessDeniedException");
    let (_, v) = body_json(r);
    assert_eq!(v["error"]["type"], "permission_error");
    assert_eq!(
        err_message(&v),
        "User: arn:aws:iam::123456789012:user/dev is not authorized to perform: aws-external-anthropic:CreateInference on resource: arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/wrkspc_01TESTWORKSPACE because no identity-based policy allows the aws-external-anthropic:CreateInference action"
    );
    // explicit deny wins
    e.update_state(|s| {
        s.accounts[0].users[0].attached_policies =
            vec!["arn:aws:iam::aws:policy/AnthropicFullAccess".into()];
        s.accounts[0].users[0].inline_policies.insert(
            "deny".into(),
            json!({"Version": "2012-10-17", "Statement": [
            {"Effect": "Deny", "Action": "aws-external-anthropic:ListModels", "Resource": "*"}]}),
        );
    });
    let (s, v) = body_json(Req::new("GET", "/v1/models").signed(&e));
    assert_eq!(s, 403);
    assert!(
        err_message(&v).ends_with("with an explicit deny in an identity-based policy"),
        "{v}"
    );
    // unlisted route: denied by default
    let (s, v) = body_json(Req::new("GET", "/v1/organizations/api_keys").signed(&e));
    assert_eq!(
        (s, v["error"]["type"].as_str()),
        (404, Some("not_found_error"))
    );
}

#[test]
fn federation_and_workspace_checks() {
    let e = emu();
    e.update_state(|s| s.accounts[0].federation_enabled = false);
    let (s, v) = body_json(Req::new("GET", "/v1/models").signed(&e));
    assert_eq!(s, 403);
    assert_eq!(
        err_message(&v),
        "Outbound web identity federation is disabled for your account"
    );
    e.update_state(|s| s.accounts[0].federation_enabled = true);

    let mut r = Req::new("GET", "/v1/models");
    r.workspace = None;
    let (s, v) = body_json(r.signed(&e));
    assert_eq!(
        (s, v["error"]["type"].as_str()),
        (400, Some("invalid_request_error"))
    );
    let mut r = Req::new("GET", "/v1/models");
    r.workspace = Some("not-a-workspace");
    let (s, v) = body_json(r.signed(&e));
    assert_eq!(s, 400);
    assert_eq!(
        err_message(&v),
        "anthropic-workspace-id header must be a valid workspace ID."
    );
    let mut r = Req::new("GET", "/v1/models");
    r.workspace = Some("wrkspc_01UNKNOWN");
    let (s, v) = body_json(r.signed(&e));
    assert_eq!(s, 404);
    assert_eq!(err_message(&v), "Workspace `wrkspc_01UNKNOWN` not found.");
    // org route without the header is fine
    let mut r = Req::new("GET", "/v1/organizations/workspaces");
    r.workspace = None;
    let (s, v) = body_json(r.signed(&e));
    assert_eq!(s, 200);
    assert_eq!(v["data"][0]["id"], WS);
    assert_eq!(v["data"][0]["type"], "workspace");
    assert_eq!(v["data"][0]["data_residency"]["workspace_geo"], "us");
    let (s, v) =
        body_json(Req::new("GET", &format!("/v1/organizations/workspaces/{WS}")).signed(&e));
    assert_eq!((s, v["name"].as_str()), (200, Some("default")));
    // an east workspace is invisible from the west endpoint
    e.update_state(|s| {
        s.accounts[0]
            .workspaces
            .push(cpaws_emulator::state::Workspace {
                id: "wrkspc_01EAST".into(),
                name: "east".into(),
                region: "us-east-1".into(),
                ..Default::default()
            })
    });
    let (s, _) =
        body_json(Req::new("GET", "/v1/organizations/workspaces/wrkspc_01EAST").signed(&e));
    assert_eq!(s, 404);
    let mut r = Req::new("GET", "/region/us-east-1/v1/organizations/workspaces");
    r.region = "us-east-1";
    r.workspace = Some("wrkspc_01EAST");
    let (s, v) = body_json(r.signed(&e));
    assert_eq!(s, 200);
    assert_eq!(v["data"].as_array().unwrap().len(), 1);
}

fn multipart(name: &str, content: &[u8]) -> (String, Vec<u8>) {
    let b = "cpawsboundary0123456789";
    let mut body = format!("--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: text/plain\r\n\r\n").into_bytes();
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{b}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={b}"), body)
}

#[test]
fn files_lifecycle() {
    let e = emu();
    let (ct, body) = multipart("hello.txt", b"hello world\n");
    let mut r = Req::new("POST", "/v1/files");
    r.body = body;
    r.content_type = &ct;
    r.extra
        .push(("anthropic-beta", "files-api-2025-04-14".into()));
    let (s, f) = body_json(r.signed(&e));
    assert_eq!(s, 200, "{f}");
    assert_eq!(f["type"], "file");
    assert_eq!(f["filename"], "hello.txt");
    assert_eq!(f["size_bytes"], 12);
    assert_eq!(f["mime_type"], "text/plain");
    assert_eq!(f["downloadable"], false);
    let id = f["id"].as_str().unwrap().to_string();
    let stored = e.state().files[0].storage_path.clone().unwrap();
    assert_eq!(std::fs::read(&stored).unwrap(), b"hello world\n");

    let (ct2, body2) = multipart("second.txt", b"2");
    let mut r = Req::new("POST", "/v1/files");
    r.body = body2;
    r.content_type = &ct2;
    let (_, f2) = body_json(r.signed(&e));
    let (s, l) = body_json(Req::new("GET", "/v1/files?limit=1").signed(&e));
    assert_eq!(s, 200);
    assert_eq!(l["data"][0]["id"], f2["id"]); // newest first
    assert_eq!(l["has_more"], true);
    assert_eq!(l["next_page"], f2["id"]);
    let (_, l2) = body_json(
        Req::new(
            "GET",
            &format!(
                "/v1/files?limit=1&page={}",
                l["next_page"].as_str().unwrap()
            ),
        )
        .signed(&e),
    );
    assert_eq!(l2["data"][0]["id"], id.as_str());
    assert_eq!(l2["next_page"], Value::Null);

    let (s, g) = body_json(Req::new("GET", &format!("/v1/files/{id}")).signed(&e));
    assert_eq!((s, g["id"].as_str()), (200, Some(id.as_str())));
    let (s, v) = body_json(Req::new("GET", &format!("/v1/files/{id}/content")).signed(&e));
    assert_eq!(s, 400);
    assert!(err_message(&v).contains("not downloadable"));
    let (s, d) = body_json(Req::new("DELETE", &format!("/v1/files/{id}")).signed(&e));
    assert_eq!((s, d), (200, json!({"id": id, "type": "file_deleted"})));
    assert!(!std::path::Path::new(&stored).exists());
    let (s, _) = body_json(Req::new("GET", &format!("/v1/files/{id}")).signed(&e));
    assert_eq!(s, 404);

    // pre-seeded downloadable file
    e.update_state(|s| {
        s.files.push(FileObject {
            id: "file_011CSEEDED".into(),
            workspace_id: WS.into(),
            filename: "out.csv".into(),
            mime_type: "text/csv".into(),
            size_bytes: 4,
            created_at: "2026-05-07T12:00:00Z".into(),
            downloadable: true,
            content: Some("a,b\n".into()),
            storage_path: None,
        })
    });
    let r = Req::new("GET", "/v1/files/file_011CSEEDED/content").signed(&e);
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "text/csv");
    assert_eq!(r.text().unwrap(), "a,b\n");
}

#[test]
fn file_upload_over_limit_is_413() {
    use std::io::Write;
    let e = emu();
    // Claim a 600 MB body: rejected from the content-length before anything is read.
    let mut sock = std::net::TcpStream::connect(("127.0.0.1", e.port())).unwrap();
    write!(sock, "POST /v1/files HTTP/1.1\r\nHost: 127.0.0.1\r\nanthropic-workspace-id: {WS}\r\ncontent-type: multipart/form-data; boundary=x\r\ncontent-length: {}\r\nconnection: close\r\n\r\n", 600u64 * 1024 * 1024).unwrap();
    let mut resp = String::new();
    let _ = sock.read_to_string(&mut resp);
    assert!(resp.starts_with("HTTP/1.1 413"), "{resp}");
    assert!(resp.contains("request_too_large"));
}

#[test]
fn batches_cancel_and_errored_requests() {
    let e = emu();
    let bad = json!({"model": "claude-nope-1", "max_tokens": 5, "messages": [{"role": "user", "content": "x"}]});
    let (_, b) = body_json(
        Req::new("POST", "/v1/messages/batches")
            .json(json!({"requests": [
        {"custom_id": "a", "params": msg_body()}, {"custom_id": "b", "params": bad}]}))
            .signed(&e),
    );
    let id = b["id"].as_str().unwrap().to_string();
    e.update_state(|st| st.now_offset_seconds += 60);
    let r = Req::new("GET", &format!("/v1/messages/batches/{id}/results")).signed(&e);
    let types: Vec<String> = r
        .text()
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["result"]["type"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(types, vec!["succeeded", "errored"]);
    // A duplicate custom_id is refused whole.
    let (s, _) = body_json(
        Req::new("POST", "/v1/messages/batches")
            .json(json!({"requests": [
        {"custom_id": "a", "params": msg_body()}, {"custom_id": "a", "params": msg_body()}]}))
            .signed(&e),
    );
    assert_eq!(s, 400);
    // Cancel: canceling, then ended with the unprocessed requests canceled.
    let (_, b) = body_json(
        Req::new("POST", "/v1/messages/batches")
            .json(json!({"requests": [{"custom_id": "a", "params": msg_body()}]}))
            .signed(&e),
    );
    let id = b["id"].as_str().unwrap().to_string();
    let (s, c) =
        body_json(Req::new("POST", &format!("/v1/messages/batches/{id}/cancel")).signed(&e));
    assert_eq!(s, 200);
    assert_eq!(c["processing_status"], "canceling");
    assert_eq!(
        e.requests().last().unwrap().action.as_deref(),
        Some("CancelBatchInference")
    );
    e.update_state(|st| st.now_offset_seconds += 60);
    let (_, g) = body_json(Req::new("GET", &format!("/v1/messages/batches/{id}")).signed(&e));
    assert_eq!(g["processing_status"], "ended");
    assert_eq!(g["request_counts"]["canceled"], 1);
}

#[test]
fn batches_minimal_lifecycle() {
    let e = emu();
    let (s, b) = body_json(
        Req::new("POST", "/v1/messages/batches")
            .json(json!({"requests": [
        {"custom_id": "a", "params": msg_body()}, {"custom_id": "b", "params": msg_body()}]}))
            .signed(&e),
    );
    assert_eq!(s, 200);
    assert_eq!(b["type"], "message_batch");
    assert_eq!(b["processing_status"], "in_progress");
    let id = b["id"].as_str().unwrap();
    let (s, _) = body_json(Req::new("DELETE", &format!("/v1/messages/batches/{id}")).signed(&e));
    assert_eq!(s, 400);
    // In progress for a while (the emulator's clock), then ended.
    let (_, g) = body_json(Req::new("GET", &format!("/v1/messages/batches/{id}")).signed(&e));
    assert_eq!(g["processing_status"], "in_progress");
    assert!(g["results_url"].is_null());
    e.update_state(|st| st.now_offset_seconds += 60);
    let (_, g) = body_json(Req::new("GET", &format!("/v1/messages/batches/{id}")).signed(&e));
    assert_eq!(g["processing_status"], "ended");
    assert_eq!(g["request_counts"]["succeeded"], 2);
    assert_eq!(
        g["results_url"],
        format!("{}/v1/messages/batches/{id}/results", e.url())
    );
    let r = Req::new("GET", &format!("/v1/messages/batches/{id}/results")).signed(&e);
    assert_eq!(r.status(), 200);
    let lines: Vec<Value> = r
        .text()
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["result"]["type"], "succeeded");
    let (_, l) = body_json(Req::new("GET", "/v1/messages/batches").signed(&e));
    assert_eq!(l["data"].as_array().unwrap().len(), 1);
    let (s, d) = body_json(Req::new("DELETE", &format!("/v1/messages/batches/{id}")).signed(&e));
    assert_eq!(
        (s, d["type"].as_str()),
        (200, Some("message_batch_deleted"))
    );
    assert_eq!(
        e.requests().last().unwrap().action.as_deref(),
        Some("DeleteBatchInference")
    );
}

fn add_fault(e: &Emulator, f: Value) {
    let r = client()
        .post(format!("{}/_emulator/faults", e.url()))
        .body(f.to_string())
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
}

#[test]
fn fault_rate_limit_then_recovery() {
    let e = emu();
    add_fault(
        &e,
        json!({"match": {"path_prefix": "/v1/messages", "action": "CreateInference"}, "times": 1,
        "kind": "status", "status": 429, "retry_after": "1"}),
    );
    let r = Req::new("POST", "/v1/messages").json(msg_body()).signed(&e);
    assert_eq!(r.status(), 429);
    assert_eq!(r.headers()["retry-after"], "1");
    let (_, v) = body_json(r);
    assert_eq!(v["error"]["type"], "rate_limit_error");
    assert_eq!(
        Req::new("POST", "/v1/messages")
            .json(msg_body())
            .signed(&e)
            .status(),
        200
    );
    // spend cap: no retry-after, details.error_code
    e.update_state(|s| {
        s.faults.push(Fault {
            matcher: FaultMatch {
                action: Some("CreateInference".into()),
                ..Default::default()
            },
            times: Some(1),
            kind: FaultKind::Status,
            status: Some(429),
            details: Some(json!({"error_code": "enforced_spend_limit_reached"})),
            ..Default::default()
        })
    });
    let r = Req::new("POST", "/v1/messages").json(msg_body()).signed(&e);
    assert!(r.headers().get("retry-after").is_none());
    let (_, v) = body_json(r);
    assert_eq!(
        v["error"]["details"]["error_code"],
        "enforced_spend_limit_reached"
    );
    // 529 overloaded, forever until cleared
    add_fault(
        &e,
        json!({"match": {"method": "GET"}, "times": null, "kind": "status", "status": 529}),
    );
    for _ in 0..2 {
        let (s, v) = body_json(Req::new("GET", "/v1/models").signed(&e));
        assert_eq!(
            (s, v["error"]["type"].as_str()),
            (529, Some("overloaded_error"))
        );
    }
    client()
        .delete(format!("{}/_emulator/faults", e.url()))
        .send()
        .unwrap();
    assert_eq!(Req::new("GET", "/v1/models").signed(&e).status(), 200);
}

#[test]
fn fault_drop_stream_and_midstream_error_and_malformed() {
    let e = emu();
    e.update_state(|s| {
        s.reply.text = Some("abcdefghij".repeat(20));
        s.reply.chunk_chars = 10;
    });
    let mut b = msg_body();
    b["stream"] = json!(true);
    add_fault(
        &e,
        json!({"match": {"action": "CreateInference"}, "times": 1, "kind": "drop_stream", "after_events": 3}),
    );
    let r = Req::new("POST", "/v1/messages").json(b.clone()).signed(&e);
    assert_eq!(r.status(), 200);
    let mut text = String::new();
    let res = BufReader::new(r).read_to_string(&mut text);
    assert!(res.is_err(), "the connection must be cut mid-stream");

    add_fault(
        &e,
        json!({"match": {"action": "CreateInference"}, "times": 1, "kind": "status", "status": 529, "after_events": 2}),
    );
    let r = Req::new("POST", "/v1/messages").json(b.clone()).signed(&e);
    assert_eq!(r.status(), 200);
    let ev = sse_events(&r.text().unwrap());
    assert_eq!(ev.len(), 3);
    assert_eq!(ev[2].0, "error");
    assert_eq!(ev[2].1["error"]["type"], "overloaded_error");

    add_fault(
        &e,
        json!({"match": {"action": "ListModels"}, "times": 1, "kind": "malformed_body"}),
    );
    let r = Req::new("GET", "/v1/models").signed(&e);
    assert_eq!(r.status(), 200);
    assert!(serde_json::from_str::<Value>(&r.text().unwrap()).is_err());

    add_fault(
        &e,
        json!({"match": {"action": "ListModels"}, "times": 1, "kind": "slow_stream", "event_delay_ms": 1}),
    );
    assert_eq!(Req::new("GET", "/v1/models").signed(&e).status(), 200);
}

#[test]
fn aws_error_style() {
    let e = emu();
    e.update_state(|s| s.gateway_error_style = cpaws_emulator::state::ErrorStyle::Aws);
    let mut r = Req::new("GET", "/v1/models");
    r.secret = "wrong";
    let r = r.signed(&e);
    assert_eq!(r.headers()["x-amzn-errortype"], "InvalidSignatureException");
    let (s, v) = body_json(r);
    assert_eq!(s, 403);
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .starts_with("The request signature we calculated")
    );
    assert!(v.get("error").is_none());
    // non-AWS-layer errors keep the Anthropic shape
    let (_, v) = body_json(Req::new("GET", "/v1/models/nope").signed(&e));
    assert_eq!(v["error"]["type"], "not_found_error");
}

#[test]
fn control_api() {
    let e = emu();
    let c = client();
    let st: Value = c
        .get(format!("{}/_emulator/state", e.url()))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(st["default_region"], "us-west-2");
    assert_eq!(st["accounts"][0]["id"], "123456789012");
    let r = c
        .put(format!("{}/_emulator/state", e.url()))
        .body(r#"{"bogus": true}"#)
        .send()
        .unwrap();
    assert_eq!(r.status(), 400);
    let mut s = State::default_state();
    s.default_region = "eu-west-1".into();
    let r = c
        .put(format!("{}/_emulator/state", e.url()))
        .body(s.to_json())
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(e.state().default_region, "eu-west-1");
    Req::new("GET", "/v1/models").signed(&e);
    let reqs: Value = c
        .get(format!("{}/_emulator/requests", e.url()))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(reqs.as_array().unwrap().len(), 1);
    assert_eq!(reqs[0]["action"], "ListModels");
    assert_eq!(reqs[0]["path"], "/v1/models");
    c.delete(format!("{}/_emulator/requests", e.url()))
        .send()
        .unwrap();
    assert!(e.requests().is_empty());
}

#[test]
fn sigv4_wins_over_an_api_key() {
    let e = emu();
    let mut r = Req::new("GET", "/v1/models");
    r.extra
        .push(("x-api-key", "aws-external-anthropic-api-key-garbage".into()));
    assert_eq!(r.signed(&e).status(), 200);
}

#[test]
fn iam_and_sts_query_api_auth() {
    let e = emu();
    let body = "Action=GetCallerIdentity&Version=2011-06-15";
    let mut r = Req::new("POST", "/");
    r.body = body.as_bytes().to_vec();
    r.content_type = "application/x-www-form-urlencoded; charset=utf-8";
    r.workspace = None;
    r.service = "sts";
    r.region = "us-east-1";
    let resp = r.signed(&e);
    assert_eq!(resp.status(), 200);
    let text = resp.text().unwrap();
    assert!(
        text.contains("<Arn>arn:aws:iam::123456789012:user/dev</Arn>"),
        "{text}"
    );
    assert_eq!(e.requests()[0].service, "sts");
    assert_eq!(e.requests()[0].action.as_deref(), Some("GetCallerIdentity"));
    r.secret = "wrong";
    let resp = r.signed(&e);
    assert_eq!(resp.status(), 403);
    assert!(
        resp.text()
            .unwrap()
            .contains("<Code>SignatureDoesNotMatch</Code>")
    );
    r.secret = SECRET;
    r.ak = "AKIDNOPE";
    assert!(
        r.signed(&e)
            .text()
            .unwrap()
            .contains("<Code>InvalidClientTokenId</Code>")
    );
}

#[test]
fn binary_prints_url_and_env() {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_cpaws-emulator"))
        .args(["--port", "0", "--print-env"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut lines = Vec::new();
    loop {
        let mut l = String::new();
        if out.read_line(&mut l).unwrap() == 0 {
            break;
        }
        lines.push(l.trim_end().to_string());
        if l.starts_with("export AWS_EC2_METADATA_DISABLED=") {
            break;
        }
    }
    let url = lines[0]
        .strip_prefix("CPAWS_EMULATOR_URL=")
        .unwrap()
        .to_string();
    assert!(url.starts_with("http://127.0.0.1:"));
    assert!(lines.contains(&format!("export ANTHROPIC_AWS_BASE_URL={url}")));
    assert!(lines.contains(&"export AWS_REGION=us-west-2".to_string()));
    assert!(lines.contains(&format!("export ANTHROPIC_AWS_WORKSPACE_ID={WS}")));
    assert!(lines.contains(&"export AWS_ACCESS_KEY_ID=AKIDEXAMPLE".to_string()));
    assert!(lines.contains(&"export AWS_EC2_METADATA_DISABLED=true".to_string()));
    // it is accepting connections
    let r = client()
        .get(format!("{url}/_emulator/state"))
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    child.kill().unwrap();
    child.wait().unwrap();

    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_cpaws-emulator"))
        .args(["--host", "0.0.0.0"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
}

#[test]
fn library_env_matches_contract() {
    let e = emu();
    let env = e.env();
    let get = |k: &str| env.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    assert_eq!(get("ANTHROPIC_AWS_BASE_URL"), Some(e.url()));
    assert_eq!(get("AWS_ENDPOINT_URL"), Some(e.url()));
    assert_eq!(get("AWS_SECRET_ACCESS_KEY").as_deref(), Some(SECRET));
    assert!(!e.url().ends_with('/'));
    assert!(Emulator::start_on("0.0.0.0".parse().unwrap(), 0, State::default_state()).is_err());
}
