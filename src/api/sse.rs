//! The bytes of a server-sent event stream turned into events, with limits a hostile server
//! cannot get past: invalid UTF-8 is replaced (never fatal), one event may not grow past
//! [`MAX_SSE_EVENT`], and no gap between two events may be longer than the idle timeout.
//!
//! The parsing itself is `eventsource-stream`'s. It re-scans its whole buffer for every chunk, so
//! a line that arrives in thousands of chunks would cost quadratic time: [`LineFramer`] hands it
//! complete lines only and keeps the unfinished one here, where growing it is linear.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use futures_util::{Stream, StreamExt};

use super::{ApiError, ApiErrorKind};
use crate::output::sanitize;

/// The largest single server-sent event accepted. Documented events are small, but one content
/// block can carry a whole fetched document, so the bound is generous.
pub const MAX_SSE_EVENT: usize = 16 << 20;

/// The events of `resp`'s body. `idle` bounds the wait for each event.
pub(super) fn events(
    resp: reqwest::Response,
    call: String,
    idle: Duration,
) -> impl Stream<Item = Result<SseEvent, ApiError>> + use<> {
    use eventsource_stream::{EventStreamError, Eventsource};
    let mut framer = LineFramer::default();
    let mut repair = Utf8Repair::default();
    // Bytes received since the last complete event.
    let pending = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&pending);
    let text = resp
        .bytes_stream()
        .map(Some)
        .chain(futures_util::stream::once(async { None }))
        .map(move |item| match item {
            Some(Ok(bytes)) => {
                let seen = counted.fetch_add(bytes.len(), Ordering::Relaxed) + bytes.len();
                if seen > MAX_SSE_EVENT || framer.unfinished() > MAX_SSE_EVENT {
                    Err(StreamFault::EventTooLarge)
                } else {
                    Ok(repair.push(&framer.push(&bytes)))
                }
            }
            Some(Err(e)) => Err(StreamFault::Http(e)),
            None => {
                let mut rest = repair.push(&framer.finish());
                rest.push_str(&repair.finish());
                Ok(rest)
            }
        });
    let broke = call.clone();
    let events = text.eventsource().map(move |item| match item {
        Ok(ev) => {
            pending.store(0, Ordering::Relaxed);
            Ok(SseEvent {
                event: ev.event,
                data: ev.data,
            })
        }
        Err(EventStreamError::Transport(StreamFault::EventTooLarge)) => Err(ApiError {
            kind: ApiErrorKind::Stream,
            error_type: Some("stream_invalid".into()),
            message: format!(
                "one event grew past {} MiB without ending",
                MAX_SSE_EVENT >> 20
            ),
            call: broke.clone(),
            ..Default::default()
        }),
        Err(e) => Err(ApiError {
            kind: ApiErrorKind::Stream,
            message: format!("the stream broke: {e}"),
            call: broke.clone(),
            ..Default::default()
        }),
    });
    futures_util::stream::unfold((Box::pin(events), false), move |(mut events, done)| {
        let call = call.clone();
        async move {
            if done {
                return None;
            }
            match tokio::time::timeout(idle, events.next()).await {
                Ok(Some(item)) => Some((item, (events, false))),
                Ok(None) => None,
                Err(_) => Some((
                    Err(ApiError {
                        kind: ApiErrorKind::Stream,
                        error_type: Some("stream_stalled".into()),
                        message: format!(
                            "no event arrived for {} s (the idle timeout, --timeout)",
                            idle.as_secs()
                        ),
                        call,
                        ..Default::default()
                    }),
                    (events, true),
                )),
            }
        }
    })
}

/// Why the bytes of an event stream stopped.
#[derive(Debug)]
enum StreamFault {
    Http(reqwest::Error),
    EventTooLarge,
}

impl std::fmt::Display for StreamFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StreamFault::Http(e) => write!(f, "{e}"),
            StreamFault::EventTooLarge => write!(f, "one event is too large"),
        }
    }
}

/// Passes on bytes up to and including the last line break (LF or CR) seen and keeps the rest
/// until its line ends. Line breaks are ASCII, so a cut never splits a UTF-8 character.
#[derive(Debug, Default)]
pub struct LineFramer {
    unfinished: Vec<u8>,
}

impl LineFramer {
    /// The complete lines that `chunk` finishes (with what was kept before), in order.
    pub fn push(&mut self, chunk: &[u8]) -> Vec<u8> {
        match chunk.iter().rposition(|b| matches!(b, b'\n' | b'\r')) {
            None => {
                self.unfinished.extend_from_slice(chunk);
                Vec::new()
            }
            Some(end) => {
                let mut out = std::mem::take(&mut self.unfinished);
                out.extend_from_slice(&chunk[..=end]);
                self.unfinished.extend_from_slice(&chunk[end + 1..]);
                out
            }
        }
    }

    /// How many bytes wait for the end of their line.
    pub fn unfinished(&self) -> usize {
        self.unfinished.len()
    }

    /// The end of the stream: whatever was kept.
    pub fn finish(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.unfinished)
    }
}

/// How much of a body that is not an event stream is shown.
pub(super) const SSE_EXCERPT: usize = 200;

/// `text/event-stream`, with or without parameters, in any case.
pub(super) fn is_event_stream(content_type: &str) -> bool {
    content_type
        .split(';')
        .next()
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("text/event-stream"))
}

/// Sanitized, on one line, whitespace collapsed.
pub(super) fn one_line(text: &str) -> String {
    sanitize(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Up to `max` bytes of the body, waiting at most a few seconds for them (a body that drips or
/// never ends does not hold the error back).
pub(super) async fn first_bytes(resp: reqwest::Response, max: usize) -> Vec<u8> {
    let mut body = std::pin::pin!(resp.bytes_stream());
    let mut head = Vec::new();
    let read = async {
        while head.len() < max {
            match body.next().await {
                Some(Ok(b)) => head.extend_from_slice(&b[..b.len().min(max - head.len())]),
                _ => break,
            }
        }
    };
    let _ = tokio::time::timeout(Duration::from_secs(5), read).await;
    head
}

/// Turns a byte stream into UTF-8 text chunk by chunk, replacing invalid bytes with U+FFFD (as
/// `String::from_utf8_lossy` would on the whole stream) instead of failing. A character split
/// across two chunks is kept whole: the at most 3 bytes of an incomplete character at the end of
/// a chunk wait for the next one.
#[derive(Debug, Default)]
pub struct Utf8Repair {
    carry: Vec<u8>,
}

impl Utf8Repair {
    /// The text of `chunk` (after what was carried over), keeping an incomplete last character.
    pub fn push(&mut self, chunk: &[u8]) -> String {
        let mut buf = std::mem::take(&mut self.carry);
        buf.extend_from_slice(chunk);
        let mut out = String::with_capacity(buf.len());
        let mut rest: &[u8] = &buf;
        // Each round consumes at least one byte or ends.
        loop {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let (valid, after) = rest.split_at(e.valid_up_to());
                    if let Ok(s) = std::str::from_utf8(valid) {
                        out.push_str(s);
                    }
                    match e.error_len() {
                        Some(n) => {
                            out.push(char::REPLACEMENT_CHARACTER);
                            rest = after.get(n..).unwrap_or_default();
                        }
                        None => {
                            // An incomplete character at the end (at most 3 bytes).
                            self.carry = after.to_vec();
                            break;
                        }
                    }
                }
            }
        }
        out
    }

    /// How many bytes wait for the rest of their character (never more than 3).
    pub fn carried(&self) -> usize {
        self.carry.len()
    }

    /// The end of the stream: an incomplete character left over is one U+FFFD.
    pub fn finish(&mut self) -> String {
        if std::mem::take(&mut self.carry).is_empty() {
            String::new()
        } else {
            char::REPLACEMENT_CHARACTER.to_string()
        }
    }
}

#[derive(Clone, Debug)]
pub struct SseEvent {
    pub event: String,
    pub data: String,
}

/// The property tests' configuration in `src/`: 64 cases unless `PROPTEST_CASES` says otherwise,
/// and no regression files written into the source tree (a failure prints its minimal input).
#[cfg(test)]
pub(crate) fn proptest_config() -> proptest::test_runner::Config {
    let d = proptest::test_runner::Config {
        failure_persistence: None,
        ..Default::default()
    };
    if std::env::var_os("PROPTEST_CASES").is_some() {
        d
    } else {
        proptest::test_runner::Config { cases: 64, ..d }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_framer_passes_whole_lines_and_keeps_the_unfinished_one() {
        let mut f = LineFramer::default();
        assert_eq!(f.push(b"data: a"), b"");
        assert_eq!(f.unfinished(), 7);
        assert_eq!(f.push(b"bc\n\ndata: x"), b"data: abc\n\n");
        assert_eq!(f.push(b"\r"), b"data: x\r");
        assert_eq!(f.push(b"\n"), b"\n");
        assert_eq!(f.push(b"tail"), b"");
        assert_eq!(f.finish(), b"tail");
        assert_eq!(f.unfinished(), 0);
    }

    /// Event-stream-like bytes: field lines, line breaks of every kind, stray bytes.
    fn sse_like() -> impl Strategy<Value = Vec<u8>> {
        prop::collection::vec(
            prop_oneof![
                Just(b"data: ".to_vec()),
                Just(b"event: x".to_vec()),
                Just(b"\n".to_vec()),
                Just(b"\r\n".to_vec()),
                Just(b"\r".to_vec()),
                Just("é€".as_bytes().to_vec()),
                prop::collection::vec(any::<u8>(), 0..4),
                "[a-z:{} ]{0,12}".prop_map(String::into_bytes),
            ],
            0..40,
        )
        .prop_map(|parts| parts.concat())
    }

    fn parse(chunks: Vec<Vec<u8>>) -> Vec<(String, String)> {
        use eventsource_stream::Eventsource;
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        rt.block_on(async {
            futures_util::stream::iter(chunks.into_iter().map(Ok::<_, std::convert::Infallible>))
                .eventsource()
                .filter_map(|e| async move { e.ok().map(|e| (e.event, e.data)) })
                .collect()
                .await
        })
    }

    proptest! {
        #![proptest_config(proptest_config())]

        /// Framing any split of any bytes changes nothing: the same text (after UTF-8 repair)
        /// and the same events as parsing the whole at once; what is passed on always ends a
        /// line, and what is kept never holds a line break.
        #[test]
        fn framing_never_changes_the_events(
            bytes in sse_like(),
            cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..8),
        ) {
            let mut at: Vec<usize> = cuts.iter().map(|c| c.index(bytes.len() + 1)).collect();
            at.push(0);
            at.push(bytes.len());
            at.sort_unstable();
            let mut framer = LineFramer::default();
            let mut repair = Utf8Repair::default();
            let mut chunks = Vec::new();
            for w in at.windows(2) {
                let out = framer.push(&bytes[w[0]..w[1]]);
                prop_assert!(out.is_empty() || matches!(out.last(), Some(b'\n' | b'\r')));
                prop_assert!(!framer.unfinished.iter().any(|b| matches!(b, b'\n' | b'\r')));
                chunks.push(repair.push(&out).into_bytes());
            }
            let mut rest = repair.push(&framer.finish());
            rest.push_str(&repair.finish());
            chunks.push(rest.into_bytes());
            let whole = String::from_utf8_lossy(&bytes).into_owned();
            prop_assert_eq!(String::from_utf8_lossy(&chunks.concat()).into_owned(), whole.clone());
            prop_assert_eq!(parse(chunks), parse(vec![whole.into_bytes()]));
        }
    }
}
