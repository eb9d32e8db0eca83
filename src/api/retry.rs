//! When to retry and how long to wait: `retry-after` parsing (absurd values are reported, never
//! slept on) and jittered exponential backoff.

use super::*;

/// What a `retry-after` / `retry-after-ms` header asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum RetryAfter {
    /// Nothing usable (absent, negative, not a number or a date).
    None,
    /// A wait cpaws honours (at most [`MAX_RETRY_AFTER`]).
    Wait(Duration),
    /// A wait longer than cpaws honours (the header's text): reported, not slept on.
    TooLong(String),
}

/// Parse `retry-after-ms` (milliseconds) or `retry-after` (seconds or an HTTP date). Any value a
/// server can send is handled: huge, fractional, negative, NaN or garbage never panic.
pub fn parse_retry_after(headers: &HeaderMap) -> RetryAfter {
    let text = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.trim().to_string())
    };
    let judge = |secs: f64, raw: String| -> RetryAfter {
        if !secs.is_finite() || secs < 0.0 {
            return RetryAfter::None;
        }
        match Duration::try_from_secs_f64(secs) {
            Ok(d) if d <= MAX_RETRY_AFTER => RetryAfter::Wait(d),
            _ => RetryAfter::TooLong(raw.chars().take(40).collect()),
        }
    };
    if let Some(raw) = text("retry-after-ms")
        && let Ok(ms) = raw.parse::<f64>()
    {
        let r = judge(ms / 1000.0, format!("retry-after-ms: {raw}"));
        if r != RetryAfter::None {
            return r;
        }
    }
    let Some(raw) = text("retry-after") else {
        return RetryAfter::None;
    };
    if let Ok(secs) = raw.parse::<f64>() {
        return judge(secs, format!("retry-after: {raw}"));
    }
    match httpdate::parse_http_date(&raw) {
        Ok(when) => {
            let wait = when
                .duration_since(SystemTime::now())
                .unwrap_or_default()
                .as_secs_f64();
            judge(wait, format!("retry-after: {raw}"))
        }
        Err(_) => RetryAfter::None,
    }
}

pub(super) fn retryable(err: &ApiError) -> bool {
    match err.kind {
        // A certificate that is not trusted now will not be trusted in a second.
        ApiErrorKind::Connect => !is_certificate_error(&err.message),
        ApiErrorKind::Timeout => true,
        // A wait longer than cpaws honours is reported, not slept on.
        ApiErrorKind::Http if err.retry_after_refused.is_some() => false,
        ApiErrorKind::Http => match err.status {
            Some(429) => err.error_code.as_deref() != Some("enforced_spend_limit_reached"),
            Some(408 | 409 | 500 | 502 | 503 | 504 | 529) => true,
            _ => false,
        },
        _ => false,
    }
}

/// The wait before the next attempt: the server's `retry-after` (already capped when parsed),
/// else jittered exponential backoff.
pub(super) fn backoff(attempt: u32, retry_after: Option<Duration>) -> Duration {
    if let Some(ra) = retry_after {
        return ra.min(MAX_RETRY_AFTER);
    }
    let base = Duration::from_millis(500).saturating_mul(1u32 << attempt.min(6));
    let base = base.min(MAX_BACKOFF);
    let jitter: f64 = rand::random::<f64>() * 0.5 + 0.75;
    base.mul_f64(jitter)
}
