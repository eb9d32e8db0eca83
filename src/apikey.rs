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

/// The longest key cpaws decodes. A real short-term key is about 700 characters, or up to ~4 KiB
/// with a long session token; anything much longer is not a key.
pub const MAX_KEY_LEN: usize = 16 * 1024;
/// The longest lifetime a SigV4-presigned URL can have (7 days). cpaws and the official token
/// generator mint at most [`MAX_TTL`] (12 h).
pub const MAX_PRESIGN_EXPIRES: u64 = 7 * 24 * 3600;

/// A value from a key, shown in a message: control characters removed, at most 40 characters.
fn shown(v: &str) -> String {
    let s = crate::output::sanitize(v).replace(['\n', '\t'], " ");
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s
    }
}

/// Decode a short-term key. Never panics: every field is checked, every sum is checked.
pub fn decode_short_term(key: &str) -> Result<ShortTermInfo, DecodeError> {
    if key.len() > MAX_KEY_LEN {
        return Err(DecodeError(format!(
            "it is {} bytes long, too long for a short-term key (at most {MAX_KEY_LEN} bytes)",
            key.len()
        )));
    }
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
            shown(url.host_str().unwrap_or(""))
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
    let (access_key_id, region) = (parts[0], parts[2]);
    if access_key_id.is_empty()
        || access_key_id.len() > 128
        || !access_key_id.chars().all(|c| c.is_ascii_alphanumeric())
    {
        return Err(DecodeError(format!(
            "the access key ID in X-Amz-Credential, {:?}, is not an access key ID (letters and digits)",
            shown(access_key_id)
        )));
    }
    if region.is_empty()
        || region.len() > 64
        || !region
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(DecodeError(format!(
            "the region in X-Amz-Credential, {:?}, is not a region name",
            shown(region)
        )));
    }
    let date = get("X-Amz-Date").ok_or_else(|| DecodeError("no X-Amz-Date".into()))?;
    let not_a_date = || {
        DecodeError(format!(
            "X-Amz-Date {:?} is not a date of the form 20260115T120000Z",
            shown(&date)
        ))
    };
    // Exactly YYYYMMDDTHHMMSSZ: no sign, no extra digits.
    let b = date.as_bytes();
    let shape_ok = b.len() == 16
        && b.iter().enumerate().all(|(i, c)| match i {
            8 => *c == b'T',
            15 => *c == b'Z',
            _ => c.is_ascii_digit(),
        });
    if !shape_ok {
        return Err(not_a_date());
    }
    let fmt = time::macros::format_description!("[year][month][day]T[hour][minute][second]Z");
    let issued = time::PrimitiveDateTime::parse(&date, &fmt)
        .map_err(|_| not_a_date())?
        .assume_utc();
    let expires_text =
        get("X-Amz-Expires").ok_or_else(|| DecodeError("no X-Amz-Expires".into()))?;
    let expires: u64 = expires_text
        .parse()
        .ok()
        .filter(|n| (1..=MAX_PRESIGN_EXPIRES).contains(n))
        .ok_or_else(|| {
            DecodeError(format!(
                "X-Amz-Expires {:?} is not a lifetime in seconds from 1 to {MAX_PRESIGN_EXPIRES} (7 days, the most a presigned URL can live; keys are minted for at most {} seconds)",
                shown(&expires_text),
                MAX_TTL.as_secs()
            ))
        })?;
    // At most 7 days, so this only fails for dates at the very end of year 9999.
    let expires_at = i64::try_from(expires)
        .ok()
        .and_then(|n| issued.checked_add(time::Duration::seconds(n)))
        .filter(|t| t.year() <= 9999)
        .ok_or_else(|| {
            DecodeError(format!(
                "X-Amz-Date {} plus X-Amz-Expires {expires}s is past the year 9999",
                shown(&date)
            ))
        })?;
    if get("X-Amz-Signature").is_none() {
        return Err(DecodeError("no X-Amz-Signature".into()));
    }
    let version = get("Version");
    if let Some(v) = &version
        && (v.is_empty()
            || v.len() > 16
            || !v.chars().all(|c| c.is_ascii_alphanumeric() || c == '.'))
    {
        return Err(DecodeError(format!(
            "Version {:?} is not a version number",
            shown(v)
        )));
    }
    Ok(ShortTermInfo {
        region: region.to_string(),
        access_key_id: access_key_id.to_string(),
        issued_at: issued,
        expires_in_seconds: expires,
        expires_at,
        has_session_token: get("X-Amz-Security-Token").is_some(),
        version,
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

    /// A key around a query string (unsigned: decoding never checks the signature).
    fn around(query: &str) -> String {
        format!(
            "{SHORT_TERM_PREFIX}{}",
            base64::engine::general_purpose::STANDARD
                .encode(format!("{TOKEN_HOST}/?Action=CallWithBearerToken&{query}"))
        )
    }

    fn query(date: &str, expires: &str) -> String {
        format!(
            "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260115%2Fus-west-2%2Faws-external-anthropic%2Faws4_request&X-Amz-Date={date}&X-Amz-Expires={expires}&X-Amz-SignedHeaders=host&X-Amz-Signature=00&Version=1"
        )
    }

    /// Issue 10 item 6: these panicked (overflow adding the lifetime to the date).
    #[test]
    fn absurd_dates_and_lifetimes_are_errors() {
        for (date, expires, says) in [
            ("20260115T120000Z", "18446744073709551615", "X-Amz-Expires"),
            ("20260115T120000Z", "9223372036854775807", "X-Amz-Expires"),
            ("20260115T120000Z", "604801", "X-Amz-Expires"),
            ("20260115T120000Z", "0", "X-Amz-Expires"),
            ("20260115T120000Z", "1e30", "X-Amz-Expires"),
            ("20260115T120000Z", "-1", "X-Amz-Expires"),
            ("20260115T120000Z", "", "X-Amz-Expires"),
            ("99991231T235959Z", "3600", "past the year 9999"),
            ("99991231T120000Z", "43200", "past the year 9999"),
            ("20261340T000000Z", "3600", "X-Amz-Date"),
            ("2026", "3600", "X-Amz-Date"),
            ("-0010101T000000Z", "3600", "X-Amz-Date"),
            ("+20260115T120000Z", "3600", "X-Amz-Date"),
            ("20260115T120000Z%1B%5B31m", "3600", "X-Amz-Date"),
        ] {
            let e = decode_short_term(&around(&query(date, expires))).unwrap_err();
            assert!(e.0.contains(says), "{date} {expires}: {e}");
            assert!(!e.0.contains('\u{1b}'), "{e}");
        }
        // The last second that works, and a week-long lifetime.
        let info = decode_short_term(&around(&query("99991231T225959Z", "3600"))).unwrap();
        assert_eq!(info.expires_at.year(), 9999);
        let info = decode_short_term(&around(&query("20260115T120000Z", "604800"))).unwrap();
        assert_eq!(info.expires_in_seconds, 604800);
    }

    #[test]
    fn odd_fields_and_huge_keys_are_errors() {
        let odd = [
            "X-Amz-Credential=AK%1B%5B31m%2F20260115%2Fus-west-2%2Faws-external-anthropic%2Faws4_request&X-Amz-Date=20260115T120000Z&X-Amz-Expires=60&X-Amz-Signature=00",
            "X-Amz-Credential=AKID%2F20260115%2Fus-west-2%0A%2Faws-external-anthropic%2Faws4_request&X-Amz-Date=20260115T120000Z&X-Amz-Expires=60&X-Amz-Signature=00",
            "X-Amz-Credential=%2F20260115%2Fus-west-2%2Faws-external-anthropic%2Faws4_request&X-Amz-Date=20260115T120000Z&X-Amz-Expires=60&X-Amz-Signature=00",
            "X-Amz-Credential=AKID%2F20260115%2Fus-west-2%2Faws-external-anthropic%2Faws4_request&X-Amz-Date=20260115T120000Z&X-Amz-Expires=60&X-Amz-Signature=00&Version=%1B%5D0%3Bx%07",
        ];
        for q in odd {
            let e = decode_short_term(&around(q)).unwrap_err();
            assert!(!e.0.contains('\u{1b}') && !e.0.contains('\n'), "{e}");
        }
        let huge = format!("{SHORT_TERM_PREFIX}{}", "QUFB".repeat(MAX_KEY_LEN));
        let e = decode_short_term(&huge).unwrap_err();
        assert!(e.0.contains("too long"), "{e}");
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn enc(v: &str) -> String {
            utf8_percent_encode(v, QUERY_VALUE).to_string()
        }

        /// Dates that are nearly right: any digits in the right places, and anything at all.
        fn date() -> impl Strategy<Value = String> {
            prop_oneof![
                "[0-9]{8}T[0-9]{6}Z",
                "9999[0-9]{4}T[0-9]{6}Z",
                (1970u32..=9999, 1u32..=12, 1u32..=28)
                    .prop_map(|(y, m, d)| format!("{y:04}{m:02}{d:02}T235959Z")),
                any::<String>(),
            ]
        }

        fn expires() -> impl Strategy<Value = String> {
            prop_oneof![
                any::<u64>().prop_map(|n| n.to_string()),
                any::<i64>().prop_map(|n| n.to_string()),
                (0u64..=700_000).prop_map(|n| n.to_string()),
                "[0-9]{1,40}",
                "[0-9]e[0-9]{1,3}",
                any::<String>(),
            ]
        }

        proptest! {
            #[test]
            fn any_string_decodes_or_fails(s in any::<String>()) {
                let _ = decode_short_term(&s);
                let _ = decode_short_term(&format!("{SHORT_TERM_PREFIX}{s}"));
            }

            #[test]
            fn any_base64_decodes_or_fails(b in proptest::collection::vec(any::<u8>(), 0..4096)) {
                let key = format!(
                    "{SHORT_TERM_PREFIX}{}",
                    base64::engine::general_purpose::STANDARD.encode(&b)
                );
                let _ = decode_short_term(&key);
            }

            #[test]
            fn urls_with_any_values_decode_or_fail(
                date in date(),
                expires in expires(),
                ak in any::<String>(),
                region in prop_oneof!["[a-z]{2}-[a-z]{4,9}-[1-9]", any::<String>()],
                scope_date in any::<String>(),
                version in proptest::option::of(any::<String>()),
                token in proptest::option::of(any::<String>()),
                signature in any::<String>(),
            ) {
                let mut q = format!(
                    "X-Amz-Credential={}&X-Amz-Date={}&X-Amz-Expires={}&X-Amz-Signature={}",
                    enc(&format!("{ak}/{scope_date}/{region}/aws-external-anthropic/aws4_request")),
                    enc(&date),
                    enc(&expires),
                    enc(&signature),
                );
                if let Some(t) = token {
                    q.push_str(&format!("&X-Amz-Security-Token={}", enc(&t)));
                }
                if let Some(v) = version {
                    q.push_str(&format!("&Version={}", enc(&v)));
                }
                if let Ok(info) = decode_short_term(&around(&q)) {
                    // Whatever decodes can be shown: serialised and compared with a clock.
                    prop_assert!(serde_json::to_string(&info).is_ok());
                    let _ = info.expired_at(SystemTime::now());
                    prop_assert!(info.expires_at > info.issued_at);
                }
            }

            #[test]
            fn minted_keys_round_trip(
                ak in "[A-Z0-9]{4,20}",
                region in "[a-z]{2}-[a-z]{4,9}-[1-9]",
                secs in 946_684_800u64..4_102_444_800,
                ttl in 1u64..=43_200,
                token in proptest::option::of("[A-Za-z0-9+/=]{16,300}"),
            ) {
                let now = UNIX_EPOCH + Duration::from_secs(secs);
                let key = mint_short_term(
                    &creds(&ak, token.as_deref()),
                    &region,
                    now,
                    Duration::from_secs(ttl),
                )
                .unwrap();
                let info = decode_short_term(&key).unwrap();
                prop_assert_eq!(&info.access_key_id, &ak);
                prop_assert_eq!(&info.region, &region);
                prop_assert_eq!(info.issued_at, time::OffsetDateTime::from(now));
                prop_assert_eq!(info.expires_in_seconds, ttl);
                prop_assert_eq!(
                    info.expires_at,
                    time::OffsetDateTime::from(now + Duration::from_secs(ttl))
                );
                prop_assert_eq!(info.has_session_token, token.is_some());
                prop_assert_eq!(info.version.as_deref(), Some("1"));
                prop_assert!(!info.expired_at(now + Duration::from_secs(ttl - 1)));
                prop_assert!(info.expired_at(now + Duration::from_secs(ttl)));
                if let Some(t) = token {
                    prop_assert!(!serde_json::to_string(&info).unwrap().contains(&t));
                }
            }
        }
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
