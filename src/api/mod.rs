//! The one HTTP client for Claude Platform on AWS: headers, SigV4 or API-key auth, retries with
//! jittered backoff, timeouts, proxies and CA bundles, streamed bodies and SSE responses, and
//! errors that carry the status, request IDs and the parsed message.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use futures_util::{Stream, StreamExt, TryStreamExt};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::Serialize;
use serde_json::Value;

use crate::credentials::CredentialCache;

use crate::config::{ApiKeyHeader, AuthMode, Secret, Settings};
use crate::error::{CliError, exit};
use crate::output::sanitize;
use crate::sign::{EMPTY_SHA256, sha256_hex, sign_headers};

mod client;
mod error;
mod forward;
mod page;
mod plain;
mod request;
mod retry;
mod sse;
mod upstream;

pub use client::*;
pub use error::*;
pub use forward::*;
pub use page::*;
pub use plain::*;
pub use request::*;
pub use retry::*;
#[cfg(test)]
pub(crate) use sse::proptest_config;
pub use sse::{LineFramer, MAX_SSE_EVENT, SseEvent, Utf8Repair};
use sse::{SSE_EXCERPT, first_bytes, is_event_stream, one_line};
pub use upstream::CONNECTION_BUFFER;

/// What every request says it is.
const USER_AGENT: &str = concat!("cpaws/", env!("CARGO_PKG_VERSION"));
const MAX_BACKOFF: Duration = Duration::from_secs(8);
/// The Files API beta (`anthropic-beta`), optional on Claude Platform on AWS: chat sends it with
/// a message that references uploaded files; `cpaws files` only with `--beta`.
pub const FILES_BETA: &str = "files-api-2025-04-14";

/// The longest wait a `retry-after` can ask for that cpaws honours; a longer one is reported.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);
/// Waits longer than this are announced on stderr (as uv announces its retries).
const ANNOUNCE_WAIT: Duration = Duration::from_secs(3);
const MAX_ERROR_BODY: usize = 64 * 1024;
/// The largest JSON answer read into memory; every documented answer is far smaller.
pub const MAX_JSON_BODY: usize = 64 * 1024 * 1024;
/// How much of an unexpected body is shown as evidence.
const EVIDENCE_BYTES: usize = 200;

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(
                HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        h
    }

    #[test]
    fn parses_anthropic_error_shape() {
        let body = br#"{"type":"error","error":{"type":"rate_limit_error","message":"slow down","details":{"error_code":"enforced_spend_limit_reached"}},"request_id":"req_1"}"#;
        let e = ApiError::from_parts(429, &headers(&[("x-amzn-requestid", "abc")]), body, "t");
        assert_eq!(e.error_type.as_deref(), Some("rate_limit_error"));
        assert_eq!(e.message, "slow down");
        assert_eq!(
            e.error_code.as_deref(),
            Some("enforced_spend_limit_reached")
        );
        assert_eq!(e.request_id.as_deref(), Some("req_1"));
        assert_eq!(e.amzn_request_id.as_deref(), Some("abc"));
        assert!(!retryable(&e));
    }

    #[test]
    fn parses_aws_shapes() {
        let e = ApiError::from_parts(
            403,
            &headers(&[("x-amzn-errortype", "AccessDeniedException:http://internal")]),
            br#"{"Message":"User: x is not authorized"}"#,
            "t",
        );
        assert_eq!(e.aws_error_type.as_deref(), Some("AccessDeniedException"));
        assert_eq!(e.message, "User: x is not authorized");
        let x = ApiError::from_parts(
            403,
            &HeaderMap::new(),
            b"<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>nope</Message></Error><RequestId>r1</RequestId></ErrorResponse>",
            "t",
        );
        assert_eq!(x.error_type.as_deref(), Some("AccessDenied"));
        assert_eq!(x.message, "nope");
        assert_eq!(x.amzn_request_id.as_deref(), Some("r1"));
        let t = ApiError::from_parts(502, &HeaderMap::new(), b"Bad gateway \x1b[31m", "t");
        assert_eq!(t.message, "Bad gateway");
        let empty = ApiError::from_parts(500, &HeaderMap::new(), b"", "t");
        assert_eq!(empty.message, "HTTP 500");
    }

    #[test]
    fn retry_rules() {
        let mk = |status| ApiError {
            status: Some(status),
            ..Default::default()
        };
        assert!(retryable(&mk(429)));
        assert!(retryable(&mk(529)));
        assert!(retryable(&mk(503)));
        assert!(!retryable(&mk(403)));
        assert!(!retryable(&mk(400)));
        assert_eq!(
            backoff(0, Some(Duration::from_secs(2))),
            Duration::from_secs(2)
        );
        assert_eq!(backoff(0, Some(Duration::from_secs(3600))), MAX_RETRY_AFTER);
        let b = backoff(10, None);
        assert!(b <= MAX_BACKOFF.mul_f64(1.25));
    }

    #[test]
    fn retry_after_forms() {
        assert_eq!(
            parse_retry_after(&headers(&[("retry-after", "2")])),
            RetryAfter::Wait(Duration::from_secs(2))
        );
        assert_eq!(
            parse_retry_after(&headers(&[("retry-after-ms", "150")])),
            RetryAfter::Wait(Duration::from_millis(150))
        );
        assert_eq!(
            parse_retry_after(&headers(&[("retry-after", "soon")])),
            RetryAfter::None
        );
        for huge in ["1e30", "18446744073709551616", "inf", "1e308"] {
            assert!(matches!(
                parse_retry_after(&headers(&[("retry-after", huge)])),
                RetryAfter::TooLong(_) | RetryAfter::None
            ));
            assert!(matches!(
                parse_retry_after(&headers(&[("retry-after-ms", huge)])),
                RetryAfter::TooLong(_) | RetryAfter::None
            ));
        }
        assert_eq!(
            parse_retry_after(&headers(&[("retry-after", "-5")])),
            RetryAfter::None
        );
        assert_eq!(
            parse_retry_after(&headers(&[("retry-after", "NaN")])),
            RetryAfter::None
        );
    }
}
