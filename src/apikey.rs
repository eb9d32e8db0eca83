//! API keys: recognising their kind, decoding short-term keys (never exposing the signature or
//! session token) and minting short-term keys byte-identical to the official token generator
//! (`token-generator-for-aws-external-anthropic`, clients.md §2).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_credential_types::Credentials;
use base64::Engine;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

use crate::sign::presign_bearer_token;

pub const SHORT_TERM_PREFIX: &str = "aws-external-anthropic-api-key-";
pub const TOKEN_HOST: &str = "aws-external-anthropic.amazonaws.com";
pub const MAX_TTL: Duration = Duration::from_secs(12 * 3600);

/// RFC 3986 unreserved characters stay as they are; everything else is percent-encoded.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyKind {
    /// `aws-external-anthropic-api-key-…`: a presigned CallWithBearerToken request.
    ShortTerm,
    /// An IAM service-specific credential for aws-external-anthropic.amazonaws.com.
    LongTerm,
    /// `sk-ant-…`: a first-party Claude Console key; it does not work on Claude Platform on AWS.
    FirstParty,
    /// An Amazon Bedrock API key (`ABSK…` or `bedrock-api-key-…`); it does not work here either.
    Bedrock,
}

pub fn classify(key: &str) -> KeyKind {
    if key.starts_with(SHORT_TERM_PREFIX) {
        KeyKind::ShortTerm
    } else if key.starts_with("sk-ant-") {
        KeyKind::FirstParty
    } else if key.starts_with("bedrock-api-key-") || key.starts_with("ABSK") {
        KeyKind::Bedrock
    } else {
        KeyKind::LongTerm
    }
}

/// What a short-term key says about itself. No signature, no session token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ShortTermInfo {
    pub region: String,
    pub access_key_id: String,
    #[serde(with = "time::serde::rfc3339")]
    pub issued_at: time::OffsetDateTime,
    pub expires_in_seconds: u64,
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: time::OffsetDateTime,
    pub has_session_token: bool,
    pub version: Option<String>,
}

impl ShortTermInfo {
    pub fn expired_at(&self, now: SystemTime) -> bool {
        time::OffsetDateTime::from(now) >= self.expires_at
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct DecodeError(pub String);

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Decode a short-term key.
pub fn decode_short_term(key: &str) -> Result<ShortTermInfo, DecodeError> {
    let b64 = key
        .strip_prefix(SHORT_TERM_PREFIX)
        .ok_or_else(|| DecodeError(format!("does not start with {SHORT_TERM_PREFIX}")))?;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(b64.trim()))
        .map_err(|_| DecodeError("the part after the prefix is not base64".into()))?;
    let text =
        String::from_utf8(raw).map_err(|_| DecodeError("the decoded key is not text".into()))?;
    let url = url::Url::parse(&format!("https://{text}"))
        .map_err(|_| DecodeError("the decoded key is not a presigned URL".into()))?;
    if url.host_str() != Some(TOKEN_HOST) {
        return Err(DecodeError(format!(
            "the presigned URL is for {:?}, not {TOKEN_HOST}",
            url.host_str().unwrap_or("")
        )));
    }
    let q: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    let get = |name: &str| q.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    if get("Action").as_deref() != Some("CallWithBearerToken") {
        return Err(DecodeError(
            "the presigned URL is not for CallWithBearerToken".into(),
        ));
    }
    let credential =
        get("X-Amz-Credential").ok_or_else(|| DecodeError("no X-Amz-Credential".into()))?;
    let parts: Vec<&str> = credential.split('/').collect();
    if parts.len() != 5 || parts[3] != crate::sign::SERVICE || parts[4] != "aws4_request" {
        return Err(DecodeError(
            "X-Amz-Credential has an unexpected scope".into(),
        ));
    }
    let date = get("X-Amz-Date").ok_or_else(|| DecodeError("no X-Amz-Date".into()))?;
    let fmt = time::macros::format_description!("[year][month][day]T[hour][minute][second]Z");
    let issued = time::PrimitiveDateTime::parse(&date, &fmt)
        .map_err(|_| DecodeError("X-Amz-Date is not a date".into()))?
        .assume_utc();
    let expires: u64 = get("X-Amz-Expires")
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| DecodeError("X-Amz-Expires is missing or not a number".into()))?;
    if get("X-Amz-Signature").is_none() {
        return Err(DecodeError("no X-Amz-Signature".into()));
    }
    Ok(ShortTermInfo {
        region: parts[2].to_string(),
        access_key_id: parts[0].to_string(),
        issued_at: issued,
        expires_in_seconds: expires,
        expires_at: issued + time::Duration::seconds(expires.min(i64::MAX as u64) as i64),
        has_session_token: get("X-Amz-Security-Token").is_some(),
        version: get("Version"),
    })
}

/// Mint a short-term key. `ttl` must be in (0, 12 h].
pub fn mint_short_term(
    creds: &Credentials,
    region: &str,
    now: SystemTime,
    ttl: Duration,
) -> Result<String, String> {
    if ttl.is_zero() || ttl > MAX_TTL {
        return Err(format!(
            "the lifetime must be more than 0 and at most 12 hours, got {}s",
            ttl.as_secs()
        ));
    }
    // The signing time has whole seconds, as botocore's.
    let secs = now
        .duration_since(UNIX_EPOCH)
        .map_err(|e| e.to_string())?
        .as_secs();
    let now = UNIX_EPOCH + Duration::from_secs(secs);
    let params = presign_bearer_token(
        creds,
        region,
        now,
        ttl,
        TOKEN_HOST,
        &format!("https://{TOKEN_HOST}/?Action=CallWithBearerToken"),
    )?;
    let get = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| format!("the signer did not return {name}"))
    };
    let mut url = format!("{TOKEN_HOST}/?Action=CallWithBearerToken");
    // botocore's order: Algorithm, Credential, Date, Expires, SignedHeaders, [Security-Token], Signature.
    for name in [
        "X-Amz-Algorithm",
        "X-Amz-Credential",
        "X-Amz-Date",
        "X-Amz-Expires",
        "X-Amz-SignedHeaders",
    ] {
        url.push_str(&format!(
            "&{name}={}",
            utf8_percent_encode(get(name)?, QUERY_VALUE)
        ));
    }
    if let Ok(token) = get("X-Amz-Security-Token") {
        url.push_str(&format!(
            "&X-Amz-Security-Token={}",
            utf8_percent_encode(token, QUERY_VALUE)
        ));
    }
    url.push_str(&format!("&X-Amz-Signature={}", get("X-Amz-Signature")?));
    url.push_str("&Version=1");
    Ok(format!(
        "{SHORT_TERM_PREFIX}{}",
        base64::engine::general_purpose::STANDARD.encode(url.as_bytes())
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> SystemTime {
        let fmt = time::macros::format_description!("[year][month][day]T[hour][minute][second]Z");
        time::PrimitiveDateTime::parse(s, &fmt)
            .unwrap()
            .assume_utc()
            .into()
    }

    fn creds(ak: &str, token: Option<&str>) -> Credentials {
        Credentials::new(
            ak,
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            token.map(str::to_string),
            None,
            "test",
        )
    }

    fn decoded(token: &str) -> String {
        let b = base64::engine::general_purpose::STANDARD
            .decode(token.strip_prefix(SHORT_TERM_PREFIX).unwrap())
            .unwrap();
        String::from_utf8(b).unwrap()
    }

    /// clients.md §2.1 vector 1.
    #[test]
    fn golden_no_session_token_12h() {
        let t = mint_short_term(
            &creds("AKIDEXAMPLE", None),
            "us-west-2",
            at("20260115T120000Z"),
            MAX_TTL,
        )
        .unwrap();
        assert_eq!(
            t,
            "aws-external-anthropic-api-key-YXdzLWV4dGVybmFsLWFudGhyb3BpYy5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFLSURFWEFNUExFJTJGMjAyNjAxMTUlMkZ1cy13ZXN0LTIlMkZhd3MtZXh0ZXJuYWwtYW50aHJvcGljJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjAxMTVUMTIwMDAwWiZYLUFtei1FeHBpcmVzPTQzMjAwJlgtQW16LVNpZ25lZEhlYWRlcnM9aG9zdCZYLUFtei1TaWduYXR1cmU9Yzk4NDUyMGRiNGRkYWJhYzQwMzIxZjNlNDJmOWQzNTYxMTY5MmQ4NGYwNTJjODhmZTU0YTFlNmRlNmI3ODIyNSZWZXJzaW9uPTE="
        );
    }

    /// clients.md §2.1 vector 2 (session token; botocore's parameter order).
    #[test]
    fn golden_session_token_1h() {
        let t = mint_short_term(
            &creds("ASIAEXAMPLE", Some("FAKE/Session+Token==")),
            "us-west-2",
            at("20260115T120000Z"),
            Duration::from_secs(3600),
        )
        .unwrap();
        assert_eq!(
            t,
            "aws-external-anthropic-api-key-YXdzLWV4dGVybmFsLWFudGhyb3BpYy5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFTSUFFWEFNUExFJTJGMjAyNjAxMTUlMkZ1cy13ZXN0LTIlMkZhd3MtZXh0ZXJuYWwtYW50aHJvcGljJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjAxMTVUMTIwMDAwWiZYLUFtei1FeHBpcmVzPTM2MDAmWC1BbXotU2lnbmVkSGVhZGVycz1ob3N0JlgtQW16LVNlY3VyaXR5LVRva2VuPUZBS0UlMkZTZXNzaW9uJTJCVG9rZW4lM0QlM0QmWC1BbXotU2lnbmF0dXJlPTkzYzAxYWEwYjFjNjY2N2Q0NGQwZjBiNDkxODAzYzdlMzA0ZDVhNGViNTYxYjc5OTAwNzc0NGNmNjU2YjZmYmYmVmVyc2lvbj0x"
        );
    }

    /// platform.md §2.1 vectors.
    #[test]
    fn golden_platform_vectors() {
        let t = mint_short_term(
            &Credentials::new(
                "AKIDEXAMPLE",
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                Some("FwoGZXIvYXdzEXAMPLE/TOKEN+==".into()),
                None,
                "t",
            ),
            "us-west-2",
            at("20260507T120000Z"),
            Duration::from_secs(3600),
        )
        .unwrap();
        assert_eq!(
            t,
            "aws-external-anthropic-api-key-YXdzLWV4dGVybmFsLWFudGhyb3BpYy5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFLSURFWEFNUExFJTJGMjAyNjA1MDclMkZ1cy13ZXN0LTIlMkZhd3MtZXh0ZXJuYWwtYW50aHJvcGljJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjA1MDdUMTIwMDAwWiZYLUFtei1FeHBpcmVzPTM2MDAmWC1BbXotU2lnbmVkSGVhZGVycz1ob3N0JlgtQW16LVNlY3VyaXR5LVRva2VuPUZ3b0daWEl2WVhkekVYQU1QTEUlMkZUT0tFTiUyQiUzRCUzRCZYLUFtei1TaWduYXR1cmU9ODkwYmI4MzhjMjk3NjgyZTcxNDJlMDhjNmU2OTE1MzJhZjNmMGI0NGYzOTVkNWMxYTI4MTFjMjFkODI2ZjlkOSZWZXJzaW9uPTE="
        );
        let t2 = mint_short_term(
            &creds("AKIDEXAMPLE", None),
            "us-east-1",
            at("20260507T120000Z"),
            MAX_TTL,
        )
        .unwrap();
        assert_eq!(
            decoded(&t2),
            "aws-external-anthropic.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260507%2Fus-east-1%2Faws-external-anthropic%2Faws4_request&X-Amz-Date=20260507T120000Z&X-Amz-Expires=43200&X-Amz-SignedHeaders=host&X-Amz-Signature=4949e1bdfa0efa7d10b6022df8b2150d3b9a51b326741d5ee08c0ddfa1a38d2d&Version=1"
        );
    }

    #[test]
    fn ttl_bounds() {
        let c = creds("AKIDEXAMPLE", None);
        assert!(mint_short_term(&c, "us-west-2", SystemTime::now(), Duration::ZERO).is_err());
        assert!(
            mint_short_term(
                &c,
                "us-west-2",
                SystemTime::now(),
                MAX_TTL + Duration::from_secs(1)
            )
            .is_err()
        );
    }

    #[test]
    fn decode_round_trip() {
        let now = at("20260115T120000Z");
        let t = mint_short_term(
            &creds("ASIAEXAMPLE", Some("FAKE/Session+Token==")),
            "eu-central-1",
            now,
            Duration::from_secs(3600),
        )
        .unwrap();
        let info = decode_short_term(&t).unwrap();
        assert_eq!(info.region, "eu-central-1");
        assert_eq!(info.access_key_id, "ASIAEXAMPLE");
        assert_eq!(info.expires_in_seconds, 3600);
        assert!(info.has_session_token);
        assert_eq!(info.version.as_deref(), Some("1"));
        assert!(!info.expired_at(now + Duration::from_secs(3599)));
        assert!(info.expired_at(now + Duration::from_secs(3600)));
        let json = serde_json::to_string(&info).unwrap();
        assert!(!json.contains("FAKE"), "{json}");
    }

    #[test]
    fn decode_rejects_garbage_and_classifies() {
        assert!(decode_short_term("aws-external-anthropic-api-key-!!!").is_err());
        assert!(decode_short_term("aws-external-anthropic-api-key-aGVsbG8=").is_err());
        assert_eq!(classify("sk-ant-api03-x"), KeyKind::FirstParty);
        assert_eq!(classify("ABSKQmVkcm9jaw=="), KeyKind::Bedrock);
        assert_eq!(classify("AEAAsomething"), KeyKind::LongTerm);
        assert_eq!(
            classify("aws-external-anthropic-api-key-x"),
            KeyKind::ShortTerm
        );
    }
}
