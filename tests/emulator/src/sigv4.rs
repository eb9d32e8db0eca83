//! AWS Signature Version 4, written by hand with hmac + sha2 so that it is independent of the
//! aws-sigv4 crate cpaws uses to sign. Verified against the golden vectors of platform.md §1.3/§2.1
//! and clients.md §2.1/§2.3 (see the tests below).

use hmac::{Hmac, Mac};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use sha2::{Digest, Sha256};

type HmacSha256 = Hmac<Sha256>;

pub const ALGORITHM: &str = "AWS4-HMAC-SHA256";
pub const EMPTY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// RFC 3986 unreserved characters stay; everything else is %XX (upper-case hex), as SigV4 requires.
const SIGV4_SET: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');
const SIGV4_PATH_SET: &AsciiSet = &SIGV4_SET.remove(b'/');

pub fn uri_encode(s: &str) -> String {
    utf8_percent_encode(s, SIGV4_SET).to_string()
}

pub fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

fn hmac(key: &[u8], data: &[u8]) -> Vec<u8> {
    // HMAC accepts keys of any length, so new_from_slice cannot fail.
    match HmacSha256::new_from_slice(key) {
        Ok(mut m) => {
            m.update(data);
            m.finalize().into_bytes().to_vec()
        }
        Err(_) => Vec::new(),
    }
}

/// Canonical URI for non-S3 services: the path as received, each byte outside the unreserved set
/// (and `/`) percent-encoded again (aws-sigv4 "double" mode / botocore `quote(path, safe='/~')`).
pub fn canonical_uri(raw_path: &str) -> String {
    if raw_path.is_empty() {
        return "/".to_string();
    }
    utf8_percent_encode(raw_path, SIGV4_PATH_SET).to_string()
}

/// Decode a raw query string into (name, value) pairs (percent-decoded; `+` kept literally as AWS does).
pub fn parse_query(raw: &str) -> Vec<(String, String)> {
    raw.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (
                percent_decode_str(k).decode_utf8_lossy().into_owned(),
                percent_decode_str(v).decode_utf8_lossy().into_owned(),
            )
        })
        .collect()
}

/// Canonical query string: every pair URI-encoded, sorted by name then value, joined with `&`.
pub fn canonical_query(pairs: &[(String, String)]) -> String {
    let mut enc: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (uri_encode(k), uri_encode(v)))
        .collect();
    enc.sort();
    enc.iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// Header value canonicalisation: trim, collapse runs of spaces.
fn canonical_header_value(v: &str) -> String {
    v.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Canonical headers block for the listed (lower-case) signed header names. Multiple values of a
/// header are joined with `,`. A signed header that is absent yields `None`.
pub fn canonical_headers(headers: &[(String, String)], signed: &[String]) -> Option<String> {
    let mut out = String::new();
    for name in signed {
        let values: Vec<String> = headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| canonical_header_value(v))
            .collect();
        if values.is_empty() {
            return None;
        }
        out.push_str(name);
        out.push(':');
        out.push_str(&values.join(","));
        out.push('\n');
    }
    Some(out)
}

pub struct CanonicalInput<'a> {
    pub method: &'a str,
    pub raw_path: &'a str,
    pub query: &'a [(String, String)],
    pub headers: &'a [(String, String)],
    pub signed_headers: &'a [String],
    pub payload_hash: &'a str,
}

pub fn canonical_request(i: &CanonicalInput<'_>) -> Option<String> {
    let headers = canonical_headers(i.headers, i.signed_headers)?;
    Some(format!(
        "{}\n{}\n{}\n{}\n{}\n{}",
        i.method,
        canonical_uri(i.raw_path),
        canonical_query(i.query),
        headers,
        i.signed_headers.join(";"),
        i.payload_hash
    ))
}

pub fn string_to_sign(amz_date: &str, scope: &str, canonical_request: &str) -> String {
    format!(
        "{ALGORITHM}\n{amz_date}\n{scope}\n{}",
        sha256_hex(canonical_request.as_bytes())
    )
}

pub fn signing_key(secret: &str, date: &str, region: &str, service: &str) -> Vec<u8> {
    let k_date = hmac(format!("AWS4{secret}").as_bytes(), date.as_bytes());
    let k_region = hmac(&k_date, region.as_bytes());
    let k_service = hmac(&k_region, service.as_bytes());
    hmac(&k_service, b"aws4_request")
}

pub fn signature(secret: &str, scope: &Scope, string_to_sign: &str) -> String {
    let key = signing_key(secret, &scope.date, &scope.region, &scope.service);
    hex::encode(hmac(&key, string_to_sign.as_bytes()))
}

/// Constant-time comparison of two hex signatures.
pub fn signatures_equal(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `<AKID>/<yyyymmdd>/<region>/<service>/aws4_request`
#[derive(Clone, Debug, PartialEq)]
pub struct Scope {
    pub access_key_id: String,
    pub date: String,
    pub region: String,
    pub service: String,
}

impl Scope {
    pub fn parse(credential: &str) -> Option<Scope> {
        let parts: Vec<&str> = credential.split('/').collect();
        match parts.as_slice() {
            [ak, date, region, service, "aws4_request"] if !ak.is_empty() => Some(Scope {
                access_key_id: ak.to_string(),
                date: date.to_string(),
                region: region.to_string(),
                service: service.to_string(),
            }),
            _ => None,
        }
    }
    /// The scope string used in the string to sign (without the access key id).
    pub fn scope_string(&self) -> String {
        format!(
            "{}/{}/{}/aws4_request",
            self.date, self.region, self.service
        )
    }
}

/// A parsed `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` header.
#[derive(Clone, Debug, PartialEq)]
pub struct AuthHeader {
    pub scope: Scope,
    pub signed_headers: Vec<String>,
    pub signature: String,
}

/// Parse the Authorization header. Err carries AWS's IncompleteSignature-style message.
pub fn parse_authorization(value: &str) -> Result<AuthHeader, String> {
    let rest = value
        .trim()
        .strip_prefix(ALGORITHM)
        .ok_or_else(|| format!("Unsupported authorization type: only {ALGORITHM} is supported"))?;
    let mut credential = None;
    let mut signed = None;
    let mut sig = None;
    for part in rest.split(',') {
        let part = part.trim();
        if let Some(v) = part.strip_prefix("Credential=") {
            credential = Some(v.to_string());
        } else if let Some(v) = part.strip_prefix("SignedHeaders=") {
            signed = Some(v.to_string());
        } else if let Some(v) = part.strip_prefix("Signature=") {
            sig = Some(v.to_string());
        }
    }
    let missing = |name: &str| {
        format!(
            "Authorization header requires '{name}' parameter. Authorization={}",
            value.trim()
        )
    };
    let credential = credential.ok_or_else(|| missing("Credential"))?;
    let signed = signed.ok_or_else(|| missing("SignedHeaders"))?;
    let sig = sig.ok_or_else(|| missing("Signature"))?;
    let scope = Scope::parse(&credential).ok_or_else(|| {
        format!("Credential should be scoped to a valid region. Credential={credential}")
    })?;
    Ok(AuthHeader {
        scope,
        signed_headers: signed
            .split(';')
            .filter(|s| !s.is_empty())
            .map(|s| s.to_ascii_lowercase())
            .collect(),
        signature: sig,
    })
}

/// Compute the header-form signature of a request.
pub fn compute_header_signature(
    secret: &str,
    scope: &Scope,
    amz_date: &str,
    input: &CanonicalInput<'_>,
) -> Option<String> {
    let creq = canonical_request(input)?;
    let sts = string_to_sign(amz_date, &scope.scope_string(), &creq);
    Some(signature(secret, scope, &sts))
}

/// Sign a request (header form); returns the Authorization header value. Used by the tests and by
/// anyone who wants to talk to the emulator without an AWS SDK. `headers` must already contain
/// `host`, `x-amz-date` (and `x-amz-security-token` if any); every header given is signed.
#[allow(clippy::too_many_arguments)]
pub fn sign_request(
    access_key_id: &str,
    secret: &str,
    region: &str,
    service: &str,
    amz_date: &str,
    method: &str,
    raw_path: &str,
    raw_query: &str,
    headers: &[(String, String)],
    body: &[u8],
) -> String {
    let mut signed: Vec<String> = headers
        .iter()
        .map(|(k, _)| k.to_ascii_lowercase())
        .collect();
    signed.sort();
    signed.dedup();
    let scope = Scope {
        access_key_id: access_key_id.to_string(),
        date: amz_date.get(..8).unwrap_or("").to_string(),
        region: region.to_string(),
        service: service.to_string(),
    };
    let query = parse_query(raw_query);
    let hash = sha256_hex(body);
    let input = CanonicalInput {
        method,
        raw_path,
        query: &query,
        headers,
        signed_headers: &signed,
        payload_hash: &hash,
    };
    let sig = compute_header_signature(secret, &scope, amz_date, &input).unwrap_or_default();
    format!(
        "{ALGORITHM} Credential={access_key_id}/{}, SignedHeaders={}, Signature={sig}",
        scope.scope_string(),
        signed.join(";")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    fn h(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn verify(
        auth: &str,
        method: &str,
        path: &str,
        query: &str,
        headers: &[(String, String)],
        body: &[u8],
        amz_date: &str,
    ) -> (String, String) {
        let parsed = parse_authorization(auth).unwrap();
        let q = parse_query(query);
        let hash = sha256_hex(body);
        let input = CanonicalInput {
            method,
            raw_path: path,
            query: &q,
            headers,
            signed_headers: &parsed.signed_headers,
            payload_hash: &hash,
        };
        let creq = canonical_request(&input).unwrap();
        let got = compute_header_signature(SECRET, &parsed.scope, amz_date, &input).unwrap();
        assert_eq!(got, parsed.signature, "canonical request:\n{creq}");
        (creq, got)
    }

    /// platform.md §1.3 golden vector (botocore SigV4Auth).
    #[test]
    fn platform_1_3_golden_vector() {
        let body = br#"{"model":"claude-sonnet-4-6","max_tokens":16,"messages":[{"role":"user","content":"hi"}]}"#;
        let headers = h(&[
            ("content-type", "application/json"),
            ("anthropic-version", "2023-06-01"),
            ("anthropic-workspace-id", "wrkspc_01AbCdEf23GhIj"),
            ("host", "aws-external-anthropic.us-west-2.api.aws"),
            ("x-amz-date", "20260507T120000Z"),
            ("x-amz-security-token", "FwoGZXIvYXdzEXAMPLE/TOKEN+=="),
        ]);
        let auth = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260507/us-west-2/aws-external-anthropic/aws4_request, SignedHeaders=anthropic-version;anthropic-workspace-id;content-type;host;x-amz-date;x-amz-security-token, Signature=2ba281abe427975451c8ac03a2d2896a64b2a6f5ab061f46271cf262c116f53a";
        let (creq, _) = verify(
            auth,
            "POST",
            "/v1/messages",
            "",
            &headers,
            body,
            "20260507T120000Z",
        );
        assert!(creq.ends_with("a2b3e7e8c38097a14e9d82e0c790d57d55b6b5a8deab346056d973743079462b"));
        assert_eq!(
            sha256_hex(creq.as_bytes()),
            "28eb0819d5d4062774caf535ed7ed7a867a32c9a6a2463f9212d4a8f230ec77a"
        );
        // and signing reproduces the same header byte for byte
        let ours = sign_request(
            "AKIDEXAMPLE",
            SECRET,
            "us-west-2",
            "aws-external-anthropic",
            "20260507T120000Z",
            "POST",
            "/v1/messages",
            "",
            &headers,
            body,
        );
        assert_eq!(ours, auth);
    }

    fn clients_headers(token: Option<&str>) -> Vec<(String, String)> {
        let mut v = h(&[
            ("host", "aws-external-anthropic.us-west-2.api.aws"),
            ("content-type", "application/json"),
            ("anthropic-version", "2023-06-01"),
            ("anthropic-workspace-id", "wrkspc_01TESTWORKSPACE"),
            ("x-amz-date", "20260115T120000Z"),
        ]);
        if let Some(t) = token {
            v.push(("x-amz-security-token".into(), t.into()));
        }
        v
    }

    /// clients.md §2.3 golden vectors (botocore and aws-sigv4 agree).
    #[test]
    fn clients_2_3_messages_vectors() {
        let body = br#"{"model":"claude-sonnet-4-5","max_tokens":16,"messages":[{"role":"user","content":"hi"}]}"#;
        verify(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/us-west-2/aws-external-anthropic/aws4_request, SignedHeaders=anthropic-version;anthropic-workspace-id;content-type;host;x-amz-date, Signature=a3c8914838be1c317fe9738e2e2d65a1d6bf0c30a209c03b9c67b3fab27bc7fa",
            "POST",
            "/v1/messages",
            "",
            &clients_headers(None),
            body,
            "20260115T120000Z",
        );
        verify(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/us-west-2/aws-external-anthropic/aws4_request, SignedHeaders=anthropic-version;anthropic-workspace-id;content-type;host;x-amz-date;x-amz-security-token, Signature=a08888e7e62659807784e04eefb20e9a18499ac1be794e1a826dc7f55834f9f5",
            "POST",
            "/v1/messages",
            "",
            &clients_headers(Some("FAKESESSIONTOKEN")),
            body,
            "20260115T120000Z",
        );
    }

    #[test]
    fn clients_2_3_models_and_files_vectors() {
        let headers: Vec<_> = clients_headers(Some("FAKESESSIONTOKEN"))
            .into_iter()
            .filter(|(k, _)| k != "content-type")
            .collect();
        let (creq, _) = verify(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/us-west-2/aws-external-anthropic/aws4_request, SignedHeaders=anthropic-version;anthropic-workspace-id;host;x-amz-date;x-amz-security-token, Signature=bcfde819fb87670332284452c9dd84a6f30db0b9f9d1f68e87fccfb0e93fbf09",
            "GET",
            "/v1/models",
            "limit=1",
            &headers,
            b"",
            "20260115T120000Z",
        );
        assert!(creq.contains("\nlimit=1\n"));

        let body = b"--cpawsboundary0123456789\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hello.txt\"\r\nContent-Type: text/plain\r\n\r\nhello world\n\r\n--cpawsboundary0123456789--\r\n";
        assert_eq!(body.len(), 165);
        assert_eq!(
            sha256_hex(body),
            "5eeae51bd9db5678917e6eeb2aebec6e34742b68486ec7d1393a1b8bf841c52f"
        );
        let mut fh = headers.clone();
        fh.push((
            "content-type".into(),
            "multipart/form-data; boundary=cpawsboundary0123456789".into(),
        ));
        fh.push(("content-length".into(), "165".into()));
        verify(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/us-west-2/aws-external-anthropic/aws4_request, SignedHeaders=anthropic-version;anthropic-workspace-id;content-length;content-type;host;x-amz-date;x-amz-security-token, Signature=257f59553bb6fab3b90a4ade6e78d9eddf05cb31b4e40f9de1d519be4bb8228f",
            "POST",
            "/v1/files",
            "",
            &fh,
            body,
            "20260115T120000Z",
        );
    }

    #[test]
    fn wrong_secret_does_not_match() {
        let body = br#"{"model":"claude-sonnet-4-5","max_tokens":16,"messages":[{"role":"user","content":"hi"}]}"#;
        let headers = clients_headers(None);
        let parsed = parse_authorization("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/us-west-2/aws-external-anthropic/aws4_request, SignedHeaders=anthropic-version;anthropic-workspace-id;content-type;host;x-amz-date, Signature=a3c8914838be1c317fe9738e2e2d65a1d6bf0c30a209c03b9c67b3fab27bc7fa").unwrap();
        let hash = sha256_hex(body);
        let input = CanonicalInput {
            method: "POST",
            raw_path: "/v1/messages",
            query: &[],
            headers: &headers,
            signed_headers: &parsed.signed_headers,
            payload_hash: &hash,
        };
        let got =
            compute_header_signature("wrong", &parsed.scope, "20260115T120000Z", &input).unwrap();
        assert!(!signatures_equal(&got, &parsed.signature));
        // a missing signed header cannot be canonicalised
        let fewer: Vec<_> = headers
            .iter()
            .filter(|(k, _)| k != "host")
            .cloned()
            .collect();
        let input = CanonicalInput {
            headers: &fewer,
            ..input
        };
        assert!(canonical_request(&input).is_none());
    }

    #[test]
    fn authorization_header_parsing() {
        assert!(parse_authorization("Bearer x").is_err());
        let e = parse_authorization(
            "AWS4-HMAC-SHA256 Credential=AK/20260101/us-east-1/iam/aws4_request, Signature=ab",
        )
        .unwrap_err();
        assert!(e.contains("SignedHeaders"), "{e}");
        let a = parse_authorization("AWS4-HMAC-SHA256 Credential=AK/20260101/us-east-1/iam/aws4_request,SignedHeaders=Host;X-Amz-Date,Signature=ab").unwrap();
        assert_eq!(a.signed_headers, vec!["host", "x-amz-date"]);
        assert_eq!(a.scope.service, "iam");
    }

    #[test]
    fn encoding_rules() {
        assert_eq!(
            uri_encode("FAKE/Session+Token=="),
            "FAKE%2FSession%2BToken%3D%3D"
        );
        assert_eq!(canonical_uri("/v1/files/a b"), "/v1/files/a%20b");
        assert_eq!(canonical_uri("/v1/x%2Fy"), "/v1/x%252Fy");
        assert_eq!(canonical_query(&parse_query("b=2&a=1&a=0")), "a=0&a=1&b=2");
    }
}

const AMZ_DATE_FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year][month][day]T[hour][minute][second]Z");

/// Parse `yyyymmddTHHMMSSZ`.
pub fn parse_amz_date(s: &str) -> Option<std::time::SystemTime> {
    let dt = time::PrimitiveDateTime::parse(s, AMZ_DATE_FORMAT).ok()?;
    Some(dt.assume_utc().into())
}

/// Format as `yyyymmddTHHMMSSZ`.
pub fn format_amz_date(t: std::time::SystemTime) -> String {
    time::OffsetDateTime::from(t)
        .format(AMZ_DATE_FORMAT)
        .unwrap_or_default()
}

#[cfg(test)]
mod date_tests {
    use super::*;
    #[test]
    fn amz_dates_roundtrip() {
        let t = parse_amz_date("20260115T120000Z").unwrap();
        assert_eq!(format_amz_date(t), "20260115T120000Z");
        assert!(parse_amz_date("2026-01-15").is_none());
    }
}
