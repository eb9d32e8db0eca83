//! The typed model of the Messages SSE stream and the accumulator that rebuilds the final Message
//! from it. Unknown event types, unknown delta types and unknown content-block types never break
//! the stream: they are carried along (blocks verbatim) or ignored (events, deltas).

use serde::Deserialize;
use serde_json::{Map, Value, json};

/// One SSE event of a streamed Message (`data:` JSON, tagged by `type`).
#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum StreamEvent {
    MessageStart {
        message: Value,
    },
    ContentBlockStart {
        index: usize,
        content_block: Value,
    },
    ContentBlockDelta {
        index: usize,
        delta: Delta,
    },
    ContentBlockStop {
        index: usize,
    },
    MessageDelta {
        #[serde(default)]
        delta: Value,
        #[serde(default)]
        usage: Value,
    },
    MessageStop,
    Ping,
    Error {
        #[serde(default)]
        error: Value,
    },
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[allow(clippy::enum_variant_names)] // the API's own names (text_delta, …)
pub enum Delta {
    TextDelta {
        text: String,
    },
    ThinkingDelta {
        thinking: String,
    },
    SignatureDelta {
        signature: String,
    },
    InputJsonDelta {
        #[serde(default)]
        partial_json: String,
    },
    #[serde(other)]
    Unknown,
}

impl StreamEvent {
    /// Parse one `data:` payload. A payload that is not JSON or whose known type has an
    /// unexpected shape is `Unknown` (ignored), never an error.
    pub fn parse(data: &str) -> StreamEvent {
        serde_json::from_str(data).unwrap_or(StreamEvent::Unknown)
    }
}

/// How far a `content_block_start` may skip ahead of the blocks started so far. The API numbers
/// blocks 0, 1, 2, … in order; a small gap (a block a proxy filtered out) is tolerated and left
/// empty, anything further is a protocol error. This is what keeps a hostile `index` (2^62) from
/// growing the block list until the allocator gives up.
pub const MAX_INDEX_GAP: usize = 8;

/// A stream that breaks the protocol (an index that was never started, or far beyond the blocks
/// so far): the answer cannot be trusted past this point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid(pub String);

/// What the renderer should show for an event.
#[derive(Debug, PartialEq)]
pub enum Shown<'a> {
    Text(&'a str),
    Thinking(&'a str),
    /// A new block started (its type), for separators.
    BlockStart(&'a str),
    Nothing,
}

/// Rebuilds the Message from the events, keeping every block (thinking with its signature,
/// tool_use with its parsed input, unknown blocks verbatim).
#[derive(Debug, Default)]
pub struct Accumulator {
    /// Do not keep answer text (a one-shot answer that is neither saved nor printed as JSON), so
    /// memory stays flat however long the answer is.
    pub discard_text: bool,
    /// Characters of answer text received and not kept (with `discard_text`).
    discarded_chars: usize,
    pub message: Map<String, Value>,
    pub blocks: Vec<Value>,
    /// Raw partial JSON of tool_use inputs, per block index.
    partial_json: Vec<(usize, String)>,
    pub started: bool,
    pub stopped: bool,
    pub usage: Map<String, Value>,
}

impl Accumulator {
    pub fn new() -> Self {
        Self::default()
    }

    /// Characters of answer text received so far, kept or not.
    pub fn text_chars(&self) -> usize {
        self.blocks
            .iter()
            .filter(|b| b.get("type").and_then(Value::as_str) == Some("text"))
            .filter_map(|b| b.get("text").and_then(Value::as_str))
            .map(|t| t.chars().count())
            .sum::<usize>()
            + self.discarded_chars
    }

    /// The block a delta or stop names, if it was started.
    fn check_started(&self, index: usize, what: &str) -> Result<(), Invalid> {
        match self.blocks.get(index) {
            Some(b) if !b.is_null() => Ok(()),
            _ => Err(Invalid(format!(
                "{what} for content block {index}, which never started ({} started)",
                self.blocks.iter().filter(|b| !b.is_null()).count()
            ))),
        }
    }

    /// Apply one event; returns what should be shown, or why the stream is invalid (then nothing
    /// of the event was applied; what came before stays).
    pub fn apply<'a>(&mut self, ev: &'a StreamEvent) -> Result<Shown<'a>, Invalid> {
        Ok(match ev {
            StreamEvent::MessageStart { message } => {
                self.started = true;
                if let Some(m) = message.as_object() {
                    self.message = m.clone();
                    if let Some(u) = m.get("usage").and_then(Value::as_object) {
                        self.usage = u.clone();
                    }
                }
                Shown::Nothing
            }
            StreamEvent::ContentBlockStart {
                index,
                content_block,
            } => {
                let index = *index;
                let next = self.blocks.len();
                if index > next.saturating_add(MAX_INDEX_GAP) {
                    return Err(Invalid(format!(
                        "content_block_start for block {index}, but the next block is {next}"
                    )));
                }
                if self.blocks.get(index).is_some_and(|b| !b.is_null()) {
                    return Err(Invalid(format!(
                        "content_block_start for block {index}, which had already started"
                    )));
                }
                while self.blocks.len() <= index {
                    self.blocks.push(Value::Null);
                }
                self.blocks[index] = content_block.clone();
                match content_block.get("type").and_then(Value::as_str) {
                    Some(t) => Shown::BlockStart(t),
                    None => Shown::Nothing,
                }
            }
            StreamEvent::ContentBlockDelta { index, delta } => {
                self.check_started(*index, "content_block_delta")?;
                let discard_text = self.discard_text;
                let Some(block) = self.blocks.get_mut(*index) else {
                    return Ok(Shown::Nothing);
                };
                match delta {
                    Delta::TextDelta { text } => {
                        if discard_text {
                            self.discarded_chars += text.chars().count();
                        } else {
                            append(block, "text", text);
                        }
                        Shown::Text(text)
                    }
                    Delta::ThinkingDelta { thinking } => {
                        append(block, "thinking", thinking);
                        Shown::Thinking(thinking)
                    }
                    Delta::SignatureDelta { signature } => {
                        append(block, "signature", signature);
                        Shown::Nothing
                    }
                    Delta::InputJsonDelta { partial_json } => {
                        match self.partial_json.iter_mut().find(|(i, _)| i == index) {
                            Some((_, s)) => s.push_str(partial_json),
                            None => self.partial_json.push((*index, partial_json.clone())),
                        }
                        Shown::Nothing
                    }
                    Delta::Unknown => Shown::Nothing,
                }
            }
            StreamEvent::ContentBlockStop { index } => {
                self.check_started(*index, "content_block_stop")?;
                if let Some(pos) = self.partial_json.iter().position(|(i, _)| i == index) {
                    let (_, raw) = self.partial_json.remove(pos);
                    if let Some(b) = self.blocks.get_mut(*index).and_then(Value::as_object_mut) {
                        let input = if raw.trim().is_empty() {
                            json!({})
                        } else {
                            serde_json::from_str(&raw).unwrap_or(Value::String(raw))
                        };
                        b.insert("input".into(), input);
                    }
                }
                Shown::Nothing
            }
            StreamEvent::MessageDelta { delta, usage } => {
                if let Some(d) = delta.as_object() {
                    for (k, v) in d {
                        self.message.insert(k.clone(), v.clone());
                    }
                }
                if let Some(u) = usage.as_object() {
                    for (k, v) in u {
                        if !v.is_null() {
                            self.usage.insert(k.clone(), v.clone());
                        }
                    }
                }
                Shown::Nothing
            }
            StreamEvent::MessageStop => {
                self.stopped = true;
                Shown::Nothing
            }
            StreamEvent::Ping | StreamEvent::Error { .. } | StreamEvent::Unknown => Shown::Nothing,
        })
    }

    /// The Message as the non-streamed API would return it (so far).
    pub fn message(&self) -> Value {
        let mut m = self.message.clone();
        m.entry("type").or_insert_with(|| json!("message"));
        m.entry("role").or_insert_with(|| json!("assistant"));
        m.insert(
            "content".into(),
            Value::Array(
                self.blocks
                    .iter()
                    .filter(|b| !b.is_null())
                    .cloned()
                    .collect(),
            ),
        );
        m.insert("usage".into(), Value::Object(self.usage.clone()));
        Value::Object(m)
    }

    /// Content blocks fit to send back in the next request: complete thinking blocks (with their
    /// signatures, verbatim), non-empty text, other blocks verbatim; incomplete thinking and
    /// tool_use blocks (which would need a tool_result) are left out.
    #[cfg(test)]
    pub fn history_blocks(&self) -> Vec<Value> {
        history_blocks(&self.blocks)
    }

    /// The blocks to keep in the conversation, moved out (no copy of a long answer).
    pub fn into_history_blocks(self) -> Vec<Value> {
        let keep: Vec<bool> = self
            .blocks
            .iter()
            .map(|b| !history_blocks(std::slice::from_ref(b)).is_empty())
            .collect();
        self.blocks
            .into_iter()
            .zip(keep)
            .filter_map(|(b, k)| k.then_some(b))
            .collect()
    }
}

pub fn history_blocks(blocks: &[Value]) -> Vec<Value> {
    blocks
        .iter()
        .filter(|b| match b.get("type").and_then(Value::as_str) {
            None => false,
            Some("text") => b
                .get("text")
                .and_then(Value::as_str)
                .is_some_and(|t| !t.is_empty()),
            Some("thinking") => b
                .get("signature")
                .and_then(Value::as_str)
                .is_some_and(|s| !s.is_empty()),
            Some("redacted_thinking") => true,
            Some("tool_use" | "server_tool_use") => false,
            Some(_) => true,
        })
        .cloned()
        .collect()
}

fn append(block: &mut Value, key: &str, piece: &str) {
    if let Some(o) = block.as_object_mut() {
        match o.get_mut(key) {
            Some(Value::String(s)) => s.push_str(piece),
            _ => {
                o.insert(key.to_string(), Value::String(piece.to_string()));
            }
        }
    }
}

/// Map an SSE `error` event's type to the HTTP status the same error has outside a stream
/// (platform.md §5.1), so the diagnosis table treats both alike.
pub fn status_for_error_type(t: &str) -> Option<u16> {
    Some(match t {
        "invalid_request_error" => 400,
        "authentication_error" => 401,
        "billing_error" => 402,
        "permission_error" => 403,
        "not_found_error" => 404,
        "request_too_large" => 413,
        "rate_limit_error" => 429,
        "api_error" => 500,
        "timeout_error" => 504,
        "overloaded_error" => 529,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(events: &[&str]) -> (Accumulator, String, String) {
        let mut acc = Accumulator::new();
        let (mut text, mut thinking) = (String::new(), String::new());
        for e in events {
            let ev = StreamEvent::parse(e);
            match acc.apply(&ev).unwrap() {
                Shown::Text(t) => text.push_str(t),
                Shown::Thinking(t) => thinking.push_str(t),
                _ => {}
            }
        }
        (acc, text, thinking)
    }

    #[test]
    fn unknown_events_deltas_and_blocks_do_not_break_the_stream() {
        let (acc, text, thinking) = run(&[
            r#"{"type":"message_start","message":{"id":"msg_1","model":"m","content":[],"usage":{"input_tokens":5,"output_tokens":1}}}"#,
            r#"{"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":"","signature":""}}"#,
            r#"{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"hmm"}}"#,
            r#"{"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"SIG"}}"#,
            r#"{"type":"content_block_stop","index":0}"#,
            r#"{"type":"content_block_start","index":1,"content_block":{"type":"hologram","payload":{"x":1}}}"#,
            r#"{"type":"content_block_delta","index":1,"delta":{"type":"hologram_delta","x":2}}"#,
            r#"{"type":"content_block_stop","index":1}"#,
            r#"{"type":"brand_new_event","foo":1}"#,
            r#"not json at all"#,
            r#"{"type":"content_block_start","index":2,"content_block":{"type":"text","text":""}}"#,
            r#"{"type":"content_block_delta","index":2,"delta":{"type":"text_delta","text":"Hel"}}"#,
            r#"{"type":"ping"}"#,
            r#"{"type":"content_block_delta","index":2,"delta":{"type":"text_delta","text":"lo"}}"#,
            r#"{"type":"content_block_stop","index":2}"#,
            r#"{"type":"content_block_start","index":3,"content_block":{"type":"tool_use","id":"t1","name":"w","input":{}}}"#,
            r#"{"type":"content_block_delta","index":3,"delta":{"type":"input_json_delta","partial_json":"{\"a\":"}}"#,
            r#"{"type":"content_block_delta","index":3,"delta":{"type":"input_json_delta","partial_json":" 1}"}}"#,
            r#"{"type":"content_block_stop","index":3}"#,
            r#"{"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":9}}"#,
            r#"{"type":"message_stop"}"#,
        ]);
        assert_eq!(text, "Hello");
        assert_eq!(thinking, "hmm");
        assert!(acc.stopped);
        let m = acc.message();
        assert_eq!(m["stop_reason"], "tool_use");
        assert_eq!(m["usage"]["input_tokens"], 5);
        assert_eq!(m["usage"]["output_tokens"], 9);
        assert_eq!(m["content"][0]["signature"], "SIG");
        assert_eq!(m["content"][1]["type"], "hologram");
        assert_eq!(m["content"][3]["input"]["a"], 1);
        let h = acc.history_blocks();
        let types: Vec<&str> = h.iter().filter_map(|b| b["type"].as_str()).collect();
        assert_eq!(types, ["thinking", "hologram", "text"]);
    }

    #[test]
    fn partial_thinking_is_not_sent_back() {
        let (acc, _, _) = run(&[
            r#"{"type":"message_start","message":{"id":"m","content":[],"usage":{}}}"#,
            r#"{"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":"","signature":""}}"#,
            r#"{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"half"}}"#,
        ]);
        assert!(acc.history_blocks().is_empty());
        assert!(!acc.stopped);
    }

    #[test]
    fn indexes_beyond_the_started_blocks_are_invalid_and_change_nothing() {
        let mut acc = Accumulator::new();
        let ok = |acc: &mut Accumulator, e: &str| acc.apply(&StreamEvent::parse(e)).is_ok();
        assert!(ok(
            &mut acc,
            r#"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#
        ));
        // 2^62, and just past the tolerated gap.
        for i in ["4611686018427387904", "10", "18446744073709551615"] {
            let e = format!(
                r#"{{"type":"content_block_start","index":{i},"content_block":{{"type":"text"}}}}"#
            );
            let err = acc.apply(&StreamEvent::parse(&e)).unwrap_err();
            assert!(
                err.0.contains(i) && err.0.contains("next block is 1"),
                "{err:?}"
            );
            assert_eq!(acc.blocks.len(), 1);
        }
        for e in [
            r#"{"type":"content_block_delta","index":50000000,"delta":{"type":"text_delta","text":"x"}}"#,
            r#"{"type":"content_block_stop","index":3}"#,
            r#"{"type":"content_block_start","index":0,"content_block":{"type":"text"}}"#,
        ] {
            assert!(!ok(&mut acc, e), "{e}");
        }
        // A small gap is tolerated (left empty); a delta into the gap is not.
        assert!(ok(
            &mut acc,
            r#"{"type":"content_block_start","index":9,"content_block":{"type":"text","text":"a"}}"#
        ));
        assert!(!ok(
            &mut acc,
            r#"{"type":"content_block_delta","index":4,"delta":{"type":"text_delta","text":"x"}}"#
        ));
        assert_eq!(acc.blocks.len(), 10);
        assert_eq!(acc.message()["content"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn utf8_repair_keeps_split_characters_and_replaces_invalid_bytes() {
        use crate::api::Utf8Repair;
        let mut r = Utf8Repair::default();
        let euro = "€".as_bytes();
        assert_eq!(r.push(&[b'a', euro[0]]), "a");
        assert_eq!(r.carried(), 1);
        assert_eq!(r.push(&euro[1..2]), "");
        assert_eq!(r.push(&[euro[2], 0xff, b'b']), "€\u{FFFD}b");
        assert_eq!(r.push(&[0xf0, 0x9f]), "");
        assert_eq!(r.finish(), "\u{FFFD}");
        assert_eq!(r.carried(), 0);
    }

    #[test]
    fn error_types_map_to_statuses() {
        assert_eq!(status_for_error_type("overloaded_error"), Some(529));
        assert_eq!(status_for_error_type("whatever"), None);
    }
}

/// Property tests of the SSE path: the UTF-8 repair in front of the SSE parser, event parsing and
/// the accumulator, on arbitrary input. The case count is kept small for CI (64, or whatever
/// `PROPTEST_CASES` says); to search longer:
/// `PROPTEST_CASES=100000 cargo test --lib chat::stream::props`.
#[cfg(test)]
mod props {
    use super::*;
    use crate::api::Utf8Repair;
    use proptest::prelude::*;

    /// Bytes that are mostly UTF-8 with stray bytes mixed in (pure noise rarely forms a
    /// multi-byte character).
    fn mostly_utf8() -> impl Strategy<Value = Vec<u8>> {
        prop::collection::vec(
            prop_oneof![
                any::<String>().prop_map(String::into_bytes),
                prop::collection::vec(any::<u8>(), 0..4),
                prop::collection::vec(0x80u8..=0xff, 0..4),
            ],
            0..16,
        )
        .prop_map(|parts| parts.concat())
    }

    /// Arbitrary JSON, a few levels deep.
    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_map(|f| json!(f)),
            ".{0,12}".prop_map(Value::from),
        ];
        leaf.prop_recursive(3, 24, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
                prop::collection::btree_map(".{0,8}", inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// Events shaped like the API's (any type, index up to u64::MAX, arbitrary payloads), and
    /// plain arbitrary JSON.
    fn event() -> impl Strategy<Value = String> {
        let kind = prop::sample::select(vec![
            "message_start",
            "content_block_start",
            "content_block_delta",
            "content_block_stop",
            "message_delta",
            "message_stop",
            "ping",
            "error",
            "brand_new",
        ]);
        let delta_kind = prop::sample::select(vec![
            "text_delta",
            "thinking_delta",
            "signature_delta",
            "input_json_delta",
            "other_delta",
        ]);
        let index = prop_oneof![0u64..12, any::<u64>(), Just(u64::MAX), Just(1 << 62)];
        let shaped = (
            kind,
            index,
            delta_kind,
            ".{0,16}",
            json_value(),
            prop::sample::select(vec!["text", "thinking", "tool_use", "hologram"]),
        )
            .prop_map(|(kind, index, dk, text, payload, block)| {
                json!({"type": kind, "index": index,
                    "content_block": {"type": block, "text": "", "payload": payload.clone()},
                    "delta": {"type": dk, "text": text, "thinking": text, "signature": text,
                              "partial_json": text, "stop_reason": "end_turn"},
                    "message": {"id": "m", "usage": payload.clone()},
                    "usage": payload,
                    "error": {"type": "overloaded_error", "message": text}})
                .to_string()
            });
        prop_oneof![
            4 => shaped,
            1 => json_value().prop_map(|v| v.to_string()),
            1 => ".{0,40}",
        ]
    }

    proptest! {
        #![proptest_config(crate::api::proptest_config())]

        /// Any split of any byte sequence: the same text as lossy decoding of the whole, and
        /// never more than 3 bytes held back.
        #[test]
        fn utf8_repair_matches_lossy_decoding_for_any_split(
            bytes in mostly_utf8(),
            cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..8),
        ) {
            let mut at: Vec<usize> = cuts.iter().map(|c| c.index(bytes.len() + 1)).collect();
            at.push(0);
            at.push(bytes.len());
            at.sort_unstable();
            let mut r = Utf8Repair::default();
            let mut out = String::new();
            for w in at.windows(2) {
                out.push_str(&r.push(&bytes[w[0]..w[1]]));
                prop_assert!(r.carried() <= 3);
            }
            out.push_str(&r.finish());
            prop_assert_eq!(out, String::from_utf8_lossy(&bytes).into_owned());
        }

        /// Parsing arbitrary data never panics; payloads that are not events are `Unknown`.
        #[test]
        fn parsing_arbitrary_data_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
            let text = String::from_utf8_lossy(&bytes);
            let _ = StreamEvent::parse(&text);
        }

        /// Any sequence of arbitrary events: no panic, the block list grows with the events (at
        /// most MAX_INDEX_GAP + 1 slots each), never with an index, and a Message always results.
        #[test]
        fn the_accumulator_survives_any_events(events in prop::collection::vec(event(), 0..40)) {
            let mut acc = Accumulator::new();
            let mut starts = 0usize;
            for e in &events {
                let ev = StreamEvent::parse(e);
                if matches!(ev, StreamEvent::ContentBlockStart { .. }) {
                    starts += 1;
                }
                let _ = acc.apply(&ev);
                prop_assert!(acc.blocks.len() <= starts * (MAX_INDEX_GAP + 1));
            }
            let m = acc.message();
            prop_assert!(m["content"].is_array());
            prop_assert_eq!(&m["role"], "assistant");
            let _ = acc.into_history_blocks();
        }
    }
}
