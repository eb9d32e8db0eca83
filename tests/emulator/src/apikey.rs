//! Claude Platform on AWS API keys: short-term keys (a base64 presigned `CallWithBearerToken` URL,
//! platform.md §2.1 / clients.md §2) and the first-party-key check. Long-term keys (IAM
//! service-specific credentials) are looked up in state by the gateway.

use crate::sigv4::{self, Scope};
use base64::Engine;
use std::time::{Duration, SystemTime};

pub const PREFIX: &str = "aws-external-anthropic-api-key-";
pub const HOST: &str = "aws-external-anthropic.amazonaws.com";
pub const SERVICE: &str = "aws-external-anthropic";
/// botocore's allowed clock skew for "not yet valid" (5 minutes).
const SKEW: Duration = Duration::from_secs(300);

/// A decoded short-term key.
#[derive(Clone, Debug, PartialEq)]
pub struct ShortTermKey {
    pub host: String,
    pub scope: Scope,
    pub amz_date: String,
    pub expires_secs: u64,
    pub session_token: Option<String>,
    pub signature: String,
    /// The signed query parameters (everything except X-Amz-Signature and Version), decoded.
    pub signed_params: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum KeyError {
    /// Not decodable / not a CallWithBearerToken presign / wrong host or service.
    Malformed(String),
    /// Past X-Amz-Date + X-Amz-Expires.
    Expired,
    /// X-Amz-Date more than 5 minutes in the future.
    NotYetValid,
    /// Signature does not match the access key's secret.
    BadSignature,
}

pub fn is_short_term(key: &str) -> bool {
    key.starts_with(PREFIX)
}

/// Decode and structurally validate a short-term key (no signature or time check).
pub fn decode(key: &str) -> Result<ShortTermKey, KeyError> {
    let b64 = key
        .strip_prefix(PREFIX)
        .ok_or_else(|| KeyError::Malformed("missing prefix".into()))?;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .map_err(|e| KeyError::Malformed(format!("base64: {e}")))?;
    let url = String::from_utf8(raw).map_err(|_| KeyError::Malformed("not UTF-8".into()))?;
    let url = url.strip_prefix("https://").unwrap_or(&url);
    let (host_path, query) = url
        .split_once('?')
        .ok_or_else(|| KeyError::Malformed("no query".into()))?;
    let (host, path) = match host_path.split_once('/') {
        Some((h, p)) => (h, format!("/{p}")),
        None => (host_path, "/".to_string()),
    };
    if host != HOST {
        return Err(KeyError::Malformed(format!("host {host}")));
    }
    if path != "/" {
        return Err(KeyError::Malformed(format!("path {path}")));
    }
    let params = sigv4::parse_query(query);
    let get = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let need = |name: &str| get(name).ok_or_else(|| KeyError::Malformed(format!("missing {name}")));
    if need("Action")? != "CallWithBearerToken" {
        return Err(KeyError::Malformed("Action".into()));
    }
    if need("Version")? != "1" {
        return Err(KeyError::Malformed("Version".into()));
    }
    if need("X-Amz-Algorithm")? != sigv4::ALGORITHM {
        return Err(KeyError::Malformed("X-Amz-Algorithm".into()));
    }
    if need("X-Amz-SignedHeaders")? != "host" {
        return Err(KeyError::Malformed("X-Amz-SignedHeaders".into()));
    }
    let scope = Scope::parse(&need("X-Amz-Credential")?)
        .ok_or_else(|| KeyError::Malformed("X-Amz-Credential".into()))?;
    if scope.service != SERVICE {
        return Err(KeyError::Malformed(format!("service {}", scope.service)));
    }
    let amz_date = need("X-Amz-Date")?;
    if sigv4::parse_amz_date(&amz_date).is_none() {
        return Err(KeyError::Malformed("X-Amz-Date".into()));
    }
    let expires_secs: u64 = need("X-Amz-Expires")?
        .parse()
        .map_err(|_| KeyError::Malformed("X-Amz-Expires".into()))?;
    let signature = need("X-Amz-Signature")?;
    let signed_params: Vec<(String, String)> = params
        .iter()
        .filter(|(k, _)| k != "X-Amz-Signature" && k != "Version")
        .cloned()
        .collect();
    Ok(ShortTermKey {
        host: host.to_string(),
        scope,
        amz_date,
        expires_secs,
        session_token: get("X-Amz-Security-Token"),
        signature,
        signed_params,
    })
}

impl ShortTermKey {
    pub fn canonical_request(&self) -> String {
        format!(
            "POST\n/\n{}\nhost:{}\n\nhost\n{}",
            sigv4::canonical_query(&self.signed_params),
            self.host,
            sigv4::EMPTY_SHA256
        )
    }

    pub fn expected_signature(&self, secret: &str) -> String {
        let sts = sigv4::string_to_sign(
            &self.amz_date,
            &self.scope.scope_string(),
            &self.canonical_request(),
        );
        sigv4::signature(secret, &self.scope, &sts)
    }

    pub fn issued_at(&self) -> SystemTime {
        sigv4::parse_amz_date(&self.amz_date).unwrap_or(SystemTime::UNIX_EPOCH)
    }

    pub fn expires_at(&self) -> SystemTime {
        self.issued_at() + Duration::from_secs(self.expires_secs)
    }

    /// Check the time window and the signature against `secret`.
    pub fn verify(&self, secret: &str, now: SystemTime) -> Result<(), KeyError> {
        if !sigv4::signatures_equal(&self.expected_signature(secret), &self.signature) {
            return Err(KeyError::BadSignature);
        }
        if now > self.expires_at() {
            return Err(KeyError::Expired);
        }
        if self.issued_at() > now + SKEW {
            return Err(KeyError::NotYetValid);
        }
        Ok(())
    }
}

/// Mint a short-term key exactly as the official token generator does (botocore parameter order).
/// For tests and tools; `amz_date` is `yyyymmddTHHMMSSZ`.
pub fn mint(
    access_key_id: &str,
    secret: &str,
    session_token: Option<&str>,
    region: &str,
    amz_date: &str,
    expires_secs: u64,
) -> String {
    let date = amz_date.get(..8).unwrap_or("");
    let credential = format!("{access_key_id}/{date}/{region}/{SERVICE}/aws4_request");
    let mut params: Vec<(String, String)> = vec![
        ("Action".into(), "CallWithBearerToken".into()),
        ("X-Amz-Algorithm".into(), sigv4::ALGORITHM.into()),
        ("X-Amz-Credential".into(), credential.clone()),
        ("X-Amz-Date".into(), amz_date.into()),
        ("X-Amz-Expires".into(), expires_secs.to_string()),
        ("X-Amz-SignedHeaders".into(), "host".into()),
    ];
    if let Some(t) = session_token {
        params.push(("X-Amz-Security-Token".into(), t.into()));
    }
    let key = ShortTermKey {
        host: HOST.into(),
        scope: Scope::parse(&credential).unwrap_or(Scope {
            access_key_id: access_key_id.into(),
            date: date.into(),
            region: region.into(),
            service: SERVICE.into(),
        }),
        amz_date: amz_date.into(),
        expires_secs,
        session_token: session_token.map(str::to_string),
        signature: String::new(),
        signed_params: params.clone(),
    };
    let sig = key.expected_signature(secret);
    let query: Vec<String> = params
        .iter()
        .map(|(k, v)| format!("{k}={}", sigv4::uri_encode(v)))
        .collect();
    let url = format!(
        "{HOST}/?{}&X-Amz-Signature={sig}&Version=1",
        query.join("&")
    );
    format!(
        "{PREFIX}{}",
        base64::engine::general_purpose::STANDARD.encode(url.as_bytes())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    const CLIENTS_1: &str = "aws-external-anthropic-api-key-YXdzLWV4dGVybmFsLWFudGhyb3BpYy5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFLSURFWEFNUExFJTJGMjAyNjAxMTUlMkZ1cy13ZXN0LTIlMkZhd3MtZXh0ZXJuYWwtYW50aHJvcGljJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjAxMTVUMTIwMDAwWiZYLUFtei1FeHBpcmVzPTQzMjAwJlgtQW16LVNpZ25lZEhlYWRlcnM9aG9zdCZYLUFtei1TaWduYXR1cmU9Yzk4NDUyMGRiNGRkYWJhYzQwMzIxZjNlNDJmOWQzNTYxMTY5MmQ4NGYwNTJjODhmZTU0YTFlNmRlNmI3ODIyNSZWZXJzaW9uPTE=";
    const CLIENTS_2: &str = "aws-external-anthropic-api-key-YXdzLWV4dGVybmFsLWFudGhyb3BpYy5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFTSUFFWEFNUExFJTJGMjAyNjAxMTUlMkZ1cy13ZXN0LTIlMkZhd3MtZXh0ZXJuYWwtYW50aHJvcGljJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjAxMTVUMTIwMDAwWiZYLUFtei1FeHBpcmVzPTM2MDAmWC1BbXotU2lnbmVkSGVhZGVycz1ob3N0JlgtQW16LVNlY3VyaXR5LVRva2VuPUZBS0UlMkZTZXNzaW9uJTJCVG9rZW4lM0QlM0QmWC1BbXotU2lnbmF0dXJlPTkzYzAxYWEwYjFjNjY2N2Q0NGQwZjBiNDkxODAzYzdlMzA0ZDVhNGViNTYxYjc5OTAwNzc0NGNmNjU2YjZmYmYmVmVyc2lvbj0x";
    const PLATFORM_1: &str = "aws-external-anthropic-api-key-YXdzLWV4dGVybmFsLWFudGhyb3BpYy5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFLSURFWEFNUExFJTJGMjAyNjA1MDclMkZ1cy13ZXN0LTIlMkZhd3MtZXh0ZXJuYWwtYW50aHJvcGljJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjA1MDdUMTIwMDAwWiZYLUFtei1FeHBpcmVzPTM2MDAmWC1BbXotU2lnbmVkSGVhZGVycz1ob3N0JlgtQW16LVNlY3VyaXR5LVRva2VuPUZ3b0daWEl2WVhkekVYQU1QTEUlMkZUT0tFTiUyQiUzRCUzRCZYLUFtei1TaWduYXR1cmU9ODkwYmI4MzhjMjk3NjgyZTcxNDJlMDhjNmU2OTE1MzJhZjNmMGI0NGYzOTVkNWMxYTI4MTFjMjFkODI2ZjlkOSZWZXJzaW9uPTE=";
    const PLATFORM_2_DECODED: &str = "aws-external-anthropic.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260507%2Fus-east-1%2Faws-external-anthropic%2Faws4_request&X-Amz-Date=20260507T120000Z&X-Amz-Expires=43200&X-Amz-SignedHeaders=host&X-Amz-Signature=4949e1bdfa0efa7d10b6022df8b2150d3b9a51b326741d5ee08c0ddfa1a38d2d&Version=1";

    fn at(s: &str) -> SystemTime {
        sigv4::parse_amz_date(s).unwrap()
    }

    #[test]
    fn clients_2_1_vector_1_no_session_token() {
        let k = decode(CLIENTS_1).unwrap();
        assert_eq!(k.scope.access_key_id, "AKIDEXAMPLE");
        assert_eq!(k.scope.region, "us-west-2");
        assert_eq!(k.expires_secs, 43200);
        assert_eq!(k.session_token, None);
        assert_eq!(
            sigv4::sha256_hex(k.canonical_request().as_bytes()),
            "59749ca5c082d0fe2b618e2a753345ff9e6dfef3285a918a9139e567ec1432f5"
        );
        k.verify(SECRET, at("20260115T120000Z")).unwrap();
        assert_eq!(
            k.verify("wrong", at("20260115T120000Z")),
            Err(KeyError::BadSignature)
        );
        assert_eq!(
            k.verify(SECRET, at("20260116T000001Z")),
            Err(KeyError::Expired)
        );
        assert_eq!(
            k.verify(SECRET, at("20260115T110000Z")),
            Err(KeyError::NotYetValid)
        );
        assert_eq!(
            mint(
                "AKIDEXAMPLE",
                SECRET,
                None,
                "us-west-2",
                "20260115T120000Z",
                43200
            ),
            CLIENTS_1
        );
    }

    #[test]
    fn clients_2_1_vector_2_session_token() {
        let k = decode(CLIENTS_2).unwrap();
        assert_eq!(k.session_token.as_deref(), Some("FAKE/Session+Token=="));
        let creq = k.canonical_request();
        assert!(creq.contains("X-Amz-Expires=3600&X-Amz-Security-Token=FAKE%2FSession%2BToken%3D%3D&X-Amz-SignedHeaders=host"));
        assert_eq!(
            sigv4::sha256_hex(creq.as_bytes()),
            "a2aafe7d3f1572d1c71d8ed1c693dddd6aaefdd713866f2ddddc251aea2c4b4b"
        );
        k.verify(SECRET, at("20260115T125959Z")).unwrap();
        assert_eq!(
            k.verify(SECRET, at("20260115T130001Z")),
            Err(KeyError::Expired)
        );
        assert_eq!(
            mint(
                "ASIAEXAMPLE",
                SECRET,
                Some("FAKE/Session+Token=="),
                "us-west-2",
                "20260115T120000Z",
                3600
            ),
            CLIENTS_2
        );
    }

    #[test]
    fn platform_2_1_vectors() {
        let k = decode(PLATFORM_1).unwrap();
        assert_eq!(
            k.session_token.as_deref(),
            Some("FwoGZXIvYXdzEXAMPLE/TOKEN+==")
        );
        k.verify(SECRET, at("20260507T120000Z")).unwrap();
        assert_eq!(
            mint(
                "AKIDEXAMPLE",
                SECRET,
                Some("FwoGZXIvYXdzEXAMPLE/TOKEN+=="),
                "us-west-2",
                "20260507T120000Z",
                3600
            ),
            PLATFORM_1
        );
        let token2 = format!(
            "{PREFIX}{}",
            base64::engine::general_purpose::STANDARD.encode(PLATFORM_2_DECODED)
        );
        let k2 = decode(&token2).unwrap();
        assert_eq!(k2.scope.region, "us-east-1");
        k2.verify(SECRET, at("20260507T235959Z")).unwrap();
        assert_eq!(
            mint(
                "AKIDEXAMPLE",
                SECRET,
                None,
                "us-east-1",
                "20260507T120000Z",
                43200
            ),
            token2
        );
    }

    #[test]
    fn malformed_keys() {
        assert!(matches!(
            decode("aws-external-anthropic-api-key-!!!"),
            Err(KeyError::Malformed(_))
        ));
        let other_host = base64::engine::general_purpose::STANDARD
            .encode(PLATFORM_2_DECODED.replace("amazonaws.com/", "example.com/"));
        assert!(matches!(
            decode(&format!("{PREFIX}{other_host}")),
            Err(KeyError::Malformed(_))
        ));
        let no_version = base64::engine::general_purpose::STANDARD
            .encode(PLATFORM_2_DECODED.replace("&Version=1", ""));
        assert!(matches!(
            decode(&format!("{PREFIX}{no_version}")),
            Err(KeyError::Malformed(_))
        ));
    }
}
