//! SigV4 for Claude Platform on AWS, through the `aws-sigv4` crate (never hand-rolled).
//!
//! Header signing signs the exact bytes sent (payload hash = SHA-256 of the body, no
//! `x-amz-content-sha256` header, like the official Python and Go SDKs) with service
//! `aws-external-anthropic` and the resolved region. Presigning makes short-term API keys
//! byte-identical to the official token generator (clients.md §2).

use std::time::{Duration, SystemTime};

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{
    SignableBody, SignableRequest, SignatureLocation, SigningParams, SigningSettings, sign,
};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use sha2::{Digest, Sha256};

pub const SERVICE: &str = "aws-external-anthropic";
pub const EMPTY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The SigV4 parameters for this service: one place for the service name and the builder's error.
fn signing_params<'a>(
    identity: &'a Identity,
    region: &'a str,
    time: SystemTime,
    settings: SigningSettings,
) -> Result<SigningParams<'a>, String> {
    Ok(v4::SigningParams::builder()
        .identity(identity)
        .region(region)
        .name(SERVICE)
        .time(time)
        .settings(settings)
        .build()
        .map_err(|e| e.to_string())?
        .into())
}

/// Headers to add to a request: `x-amz-date`, `x-amz-security-token` (when there is a session
/// token) and `authorization`.
#[derive(Debug)]
pub struct SignedHeaders(pub Vec<(String, String)>);

/// Sign a request given its method, full URL, the headers that will be sent (host included) and
/// the hex SHA-256 of the body.
pub fn sign_headers(
    creds: &Credentials,
    region: &str,
    time: SystemTime,
    method: &str,
    url: &str,
    headers: &[(String, String)],
    payload_sha256: &str,
) -> Result<SignedHeaders, String> {
    let identity: Identity = creds.clone().into();
    let settings = SigningSettings::default();
    let params = signing_params(&identity, region, time, settings)?;
    let signable = SignableRequest::new(
        method,
        url,
        headers.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        SignableBody::Precomputed(payload_sha256.to_string()),
    )
    .map_err(|e| e.to_string())?;
    let (instructions, _signature) = sign(signable, &params)
        .map_err(|e| e.to_string())?
        .into_parts();
    let out = instructions
        .headers()
        .map(|(k, v)| (k.to_ascii_lowercase(), v.to_string()))
        .collect();
    Ok(SignedHeaders(out))
}

/// The presigned query parameters (name, value) for a `CallWithBearerToken` short-term key, in the
/// order the official token generator writes them.
pub fn presign_bearer_token(
    creds: &Credentials,
    region: &str,
    time: SystemTime,
    expires_in: Duration,
    host: &str,
    url: &str,
) -> Result<Vec<(String, String)>, String> {
    let identity: Identity = creds.clone().into();
    let mut settings = SigningSettings::default();
    settings.signature_location = SignatureLocation::QueryParams;
    settings.expires_in = Some(expires_in);
    let params = signing_params(&identity, region, time, settings)?;
    let signable = SignableRequest::new(
        "POST",
        url,
        [("host", host)].into_iter(),
        SignableBody::Bytes(b""),
    )
    .map_err(|e| e.to_string())?;
    let (instructions, _sig) = sign(signable, &params)
        .map_err(|e| e.to_string())?
        .into_parts();
    let (_, params) = instructions.into_parts();
    Ok(params
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.into_owned()))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::UNIX_EPOCH;

    fn at(rfc: &str) -> SystemTime {
        // rfc = "YYYYMMDDTHHMMSSZ"
        let y: i64 = rfc[0..4].parse().unwrap();
        let mo: i64 = rfc[4..6].parse().unwrap();
        let d: i64 = rfc[6..8].parse().unwrap();
        let h: u64 = rfc[9..11].parse().unwrap();
        let mi: u64 = rfc[11..13].parse().unwrap();
        let s: u64 = rfc[13..15].parse().unwrap();
        // days from civil (Howard Hinnant)
        let y2 = if mo <= 2 { y - 1 } else { y };
        let era = y2.div_euclid(400);
        let yoe = y2 - era * 400;
        let mp = (mo + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = (era * 146097 + doe - 719468) as u64;
        UNIX_EPOCH + Duration::from_secs(days * 86400 + h * 3600 + mi * 60 + s)
    }

    fn creds(token: Option<&str>) -> Credentials {
        Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            token.map(str::to_string),
            None,
            "test",
        )
    }

    fn headers(host: &str, ws: &str, with_ct: bool) -> Vec<(String, String)> {
        let mut h = vec![("host".to_string(), host.to_string())];
        if with_ct {
            h.push(("content-type".into(), "application/json".into()));
        }
        h.push(("anthropic-version".into(), "2023-06-01".into()));
        h.push(("anthropic-workspace-id".into(), ws.into()));
        h
    }

    fn authorization(s: &SignedHeaders) -> &str {
        &s.0.iter().find(|(k, _)| k == "authorization").unwrap().1
    }

    const HOST: &str = "aws-external-anthropic.us-west-2.api.aws";

    /// platform.md §1.3 golden vector (botocore).
    #[test]
    fn golden_platform_messages_with_session_token() {
        let body = br#"{"model":"claude-sonnet-4-6","max_tokens":16,"messages":[{"role":"user","content":"hi"}]}"#;
        assert_eq!(
            sha256_hex(body),
            "a2b3e7e8c38097a14e9d82e0c790d57d55b6b5a8deab346056d973743079462b"
        );
        let s = sign_headers(
            &creds(Some("FwoGZXIvYXdzEXAMPLE/TOKEN+==")),
            "us-west-2",
            at("20260507T120000Z"),
            "POST",
            &format!("https://{HOST}/v1/messages"),
            &headers(HOST, "wrkspc_01AbCdEf23GhIj", true),
            &sha256_hex(body),
        )
        .unwrap();
        assert_eq!(
            authorization(&s),
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260507/us-west-2/aws-external-anthropic/aws4_request, SignedHeaders=anthropic-version;anthropic-workspace-id;content-type;host;x-amz-date;x-amz-security-token, Signature=2ba281abe427975451c8ac03a2d2896a64b2a6f5ab061f46271cf262c116f53a"
        );
        assert!(
            s.0.iter()
                .any(|(k, v)| k == "x-amz-security-token" && v == "FwoGZXIvYXdzEXAMPLE/TOKEN+==")
        );
        assert!(
            s.0.iter()
                .any(|(k, v)| k == "x-amz-date" && v == "20260507T120000Z")
        );
        assert!(!s.0.iter().any(|(k, _)| k == "x-amz-content-sha256"));
    }

    /// clients.md §2.3 golden vectors (botocore and aws-sigv4 agree).
    #[test]
    fn golden_clients_messages_with_and_without_token() {
        let body = br#"{"model":"claude-sonnet-4-5","max_tokens":16,"messages":[{"role":"user","content":"hi"}]}"#;
        let h = headers(HOST, "wrkspc_01TESTWORKSPACE", true);
        let url = format!("https://{HOST}/v1/messages");
        let t = at("20260115T120000Z");
        let no_token = sign_headers(
            &creds(None),
            "us-west-2",
            t,
            "POST",
            &url,
            &h,
            &sha256_hex(body),
        )
        .unwrap();
        assert_eq!(
            authorization(&no_token),
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/us-west-2/aws-external-anthropic/aws4_request, SignedHeaders=anthropic-version;anthropic-workspace-id;content-type;host;x-amz-date, Signature=a3c8914838be1c317fe9738e2e2d65a1d6bf0c30a209c03b9c67b3fab27bc7fa"
        );
        assert!(!no_token.0.iter().any(|(k, _)| k == "x-amz-security-token"));
        let token = sign_headers(
            &creds(Some("FAKESESSIONTOKEN")),
            "us-west-2",
            t,
            "POST",
            &url,
            &h,
            &sha256_hex(body),
        )
        .unwrap();
        assert_eq!(
            authorization(&token),
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/us-west-2/aws-external-anthropic/aws4_request, SignedHeaders=anthropic-version;anthropic-workspace-id;content-type;host;x-amz-date;x-amz-security-token, Signature=a08888e7e62659807784e04eefb20e9a18499ac1be794e1a826dc7f55834f9f5"
        );
    }

    #[test]
    fn golden_clients_models_get_with_query() {
        let s = sign_headers(
            &creds(Some("FAKESESSIONTOKEN")),
            "us-west-2",
            at("20260115T120000Z"),
            "GET",
            &format!("https://{HOST}/v1/models?limit=1"),
            &headers(HOST, "wrkspc_01TESTWORKSPACE", false),
            EMPTY_SHA256,
        )
        .unwrap();
        assert_eq!(
            authorization(&s),
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/us-west-2/aws-external-anthropic/aws4_request, SignedHeaders=anthropic-version;anthropic-workspace-id;host;x-amz-date;x-amz-security-token, Signature=bcfde819fb87670332284452c9dd84a6f30db0b9f9d1f68e87fccfb0e93fbf09"
        );
    }

    #[test]
    fn golden_clients_multipart_upload() {
        let body = b"--cpawsboundary0123456789\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hello.txt\"\r\nContent-Type: text/plain\r\n\r\nhello world\n\r\n--cpawsboundary0123456789--\r\n";
        assert_eq!(body.len(), 165);
        assert_eq!(
            sha256_hex(body),
            "5eeae51bd9db5678917e6eeb2aebec6e34742b68486ec7d1393a1b8bf841c52f"
        );
        let h = vec![
            ("host".to_string(), HOST.to_string()),
            (
                "content-type".into(),
                "multipart/form-data; boundary=cpawsboundary0123456789".into(),
            ),
            ("content-length".into(), "165".into()),
            ("anthropic-version".into(), "2023-06-01".into()),
            (
                "anthropic-workspace-id".into(),
                "wrkspc_01TESTWORKSPACE".into(),
            ),
        ];
        let s = sign_headers(
            &creds(Some("FAKESESSIONTOKEN")),
            "us-west-2",
            at("20260115T120000Z"),
            "POST",
            &format!("https://{HOST}/v1/files"),
            &h,
            &sha256_hex(body),
        )
        .unwrap();
        assert_eq!(
            authorization(&s),
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/us-west-2/aws-external-anthropic/aws4_request, SignedHeaders=anthropic-version;anthropic-workspace-id;content-length;content-type;host;x-amz-date;x-amz-security-token, Signature=257f59553bb6fab3b90a4ade6e78d9eddf05cb31b4e40f9de1d519be4bb8228f"
        );
    }

    pub(crate) fn fixed_time(rfc: &str) -> SystemTime {
        at(rfc)
    }

    #[test]
    fn fixed_time_parses() {
        assert_eq!(
            fixed_time("19700101T000001Z"),
            UNIX_EPOCH + Duration::from_secs(1)
        );
    }
}
