//! IAM / STS over HTTP: a running `Emulator`, requests signed with a small test-only SigV4
//! signer (service iam/sts), form-encoded bodies as the SDKs send them.

use cpaws_emulator::{Emulator, State};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::time::SystemTime;

const AK: &str = "AKIDEXAMPLE";
const SK: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

fn hmac(key: &[u8], data: &str) -> Vec<u8> {
    let mut m = Hmac::<Sha256>::new_from_slice(key).unwrap();
    m.update(data.as_bytes());
    m.finalize().into_bytes().to_vec()
}

/// RFC 3986 form encoding as botocore does for query-protocol bodies.
fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// POST / with `params`, signed for `service` in us-west-2 with the emulator's clock.
fn call(emu: &Emulator, service: &str, params: &[(&str, &str)], secret: &str) -> (u16, String) {
    let body: String = params
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&");
    let now = time::OffsetDateTime::from(SystemTime::now());
    let amz_date = format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    );
    let date = &amz_date[..8];
    let host = format!("127.0.0.1:{}", emu.port());
    let ctype = "application/x-www-form-urlencoded; charset=utf-8";
    let signed = "content-type;host;x-amz-date";
    let canonical = format!(
        "POST\n/\n\ncontent-type:{ctype}\nhost:{host}\nx-amz-date:{amz_date}\n\n{signed}\n{}",
        hex::encode(Sha256::digest(body.as_bytes()))
    );
    let scope = format!("{date}/us-west-2/{service}/aws4_request");
    let sts = format!(
        "AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}",
        hex::encode(Sha256::digest(canonical.as_bytes()))
    );
    let mut k = hmac(format!("AWS4{secret}").as_bytes(), date);
    for part in ["us-west-2", service, "aws4_request"] {
        k = hmac(&k, part);
    }
    let sig = hex::encode(hmac(&k, &sts));
    let auth = format!(
        "AWS4-HMAC-SHA256 Credential={AK}/{scope}, SignedHeaders={signed}, Signature={sig}"
    );
    let resp = reqwest::blocking::Client::new()
        .post(format!("{}/", emu.url()))
        .header("content-type", ctype)
        .header("x-amz-date", amz_date)
        .header("authorization", auth)
        .body(body)
        .send()
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.text().unwrap())
}

fn tag(body: &str, name: &str) -> Option<String> {
    let open = format!("<{name}>");
    let start = body.find(&open)? + open.len();
    let end = start + body[start..].find(&format!("</{name}>"))?;
    Some(body[start..end].to_string())
}

#[test]
fn iam_and_sts_over_http() {
    let emu = Emulator::start(State::default_state()).unwrap();

    let (status, body) = call(
        &emu,
        "sts",
        &[("Action", "GetCallerIdentity"), ("Version", "2011-06-15")],
        SK,
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        tag(&body, "Arn").as_deref(),
        Some("arn:aws:iam::123456789012:user/dev")
    );
    assert_eq!(tag(&body, "Account").as_deref(), Some("123456789012"));

    let (status, body) = call(
        &emu,
        "iam",
        &[
            ("Action", "GetOutboundWebIdentityFederationInfo"),
            ("Version", "2010-05-08"),
        ],
        SK,
    );
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("<JwtVendingEnabled>true</JwtVendingEnabled>"));

    let (status, body) = call(
        &emu,
        "iam",
        &[
            ("Action", "EnableOutboundWebIdentityFederation"),
            ("Version", "2010-05-08"),
        ],
        SK,
    );
    assert_eq!(status, 409, "{body}");
    assert_eq!(tag(&body, "Code").as_deref(), Some("FeatureEnabled"));

    // a policy document with characters that need form encoding survives the round trip
    let doc = r#"{"Version":"2012-10-17","Statement":[{"Sid":"A+B=C","Effect":"Allow","Action":"iam:GetUser","Resource":"arn:aws:iam::123456789012:user/a b&c"}]}"#;
    emu.update_state(|s| {
        s.accounts[0].users[0].inline_policies.insert(
            "admin".into(),
            serde_json::json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PutUserPolicy","Resource":"*"}]}),
        );
    });
    let (status, body) = call(
        &emu,
        "iam",
        &[
            ("Action", "PutUserPolicy"),
            ("Version", "2010-05-08"),
            ("UserName", "dev"),
            ("PolicyName", "odd"),
            ("PolicyDocument", doc),
        ],
        SK,
    );
    assert_eq!(status, 200, "{body}");
    let stored = emu.state().accounts[0].users[0].inline_policies["odd"].clone();
    assert_eq!(
        stored,
        serde_json::from_str::<serde_json::Value>(doc).unwrap()
    );
    let (status, body) = call(
        &emu,
        "iam",
        &[
            ("Action", "GetUserPolicy"),
            ("Version", "2010-05-08"),
            ("UserName", "dev"),
            ("PolicyName", "odd"),
        ],
        SK,
    );
    assert_eq!(status, 200, "{body}");
    let enc_doc = tag(&body, "PolicyDocument").unwrap();
    assert!(
        enc_doc.contains("A%2BB%3DC") && enc_doc.contains("a%20b%26c"),
        "{enc_doc}"
    );

    // AccessDenied with the standard phrasing
    let (status, body) = call(
        &emu,
        "iam",
        &[
            ("Action", "DeleteUserPolicy"),
            ("Version", "2010-05-08"),
            ("UserName", "dev"),
            ("PolicyName", "odd"),
        ],
        SK,
    );
    assert_eq!(status, 403, "{body}");
    assert_eq!(tag(&body, "Code").as_deref(), Some("AccessDenied"));
    assert!(
        tag(&body, "Message")
            .unwrap()
            .contains("because no identity-based policy allows the iam:DeleteUserPolicy action")
    );

    // SimulatePrincipalPolicy over the wire
    let (status, body) = call(
        &emu,
        "iam",
        &[
            ("Action", "SimulatePrincipalPolicy"),
            ("Version", "2010-05-08"),
            ("PolicySourceArn", "arn:aws:iam::123456789012:user/dev"),
            (
                "ActionNames.member.1",
                "aws-external-anthropic:CreateInference",
            ),
            (
                "ResourceArns.member.1",
                "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/wrkspc_01TESTWORKSPACE",
            ),
        ],
        SK,
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(tag(&body, "EvalDecision").as_deref(), Some("allowed"));

    // a wrong secret is rejected before the handler runs
    let (status, body) = call(
        &emu,
        "sts",
        &[("Action", "GetCallerIdentity"), ("Version", "2011-06-15")],
        "wrong",
    );
    assert_eq!(status, 403, "{body}");
    assert_eq!(tag(&body, "Code").as_deref(), Some("SignatureDoesNotMatch"));
}
