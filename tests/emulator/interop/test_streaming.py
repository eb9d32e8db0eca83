"""SSE streaming as the official SDK consumes it: event order, assembled text, thinking and tool_use
blocks, mid-stream drops."""

from __future__ import annotations

import re

import anthropic
import pytest

from conftest import MODEL, body_text, header
from helpers import aws_client

HI = [{"role": "user", "content": "stream please"}]
EVENT_GRAMMAR = re.compile(
    r"^message_start (content_block_start (content_block_delta )+content_block_stop )+message_delta message_stop $"
)


def raw_event_types(client, **kw):
    kw.setdefault("model", MODEL)
    kw.setdefault("max_tokens", 256)
    kw.setdefault("messages", HI)
    events = list(client.messages.create(stream=True, **kw))
    return events, [e.type for e in events]


def test_stream_events_in_order_and_text_assembled(make_emulator):
    text = "The quick brown fox jumps over the lazy dog. "
    emu = make_emulator(lambda st: st["reply"].update(text=text, repeat=3, chunk_chars=16))
    client = aws_client(emu)

    events, types = raw_event_types(client)
    seq = " ".join(t for t in types if t != "ping") + " "
    assert EVENT_GRAMMAR.match(seq), types
    deltas = [e.delta.text for e in events if e.type == "content_block_delta"]
    assert "".join(deltas) == text * 3
    assert all(len(d) <= 16 for d in deltas) and len(deltas) == -(-len(text * 3) // 16)
    start = events[0]
    assert start.message.id.startswith("msg_") and start.message.content == []
    delta = next(e for e in events if e.type == "message_delta")
    assert delta.delta.stop_reason == "end_turn" and delta.usage.output_tokens >= 1

    with client.messages.stream(model=MODEL, max_tokens=256, messages=HI) as stream:
        assembled = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert assembled == text * 3
    assert final.content[0].text == text * 3 and final.stop_reason == "end_turn"
    assert final.usage.output_tokens >= 1

    recs = emu.gateway_requests()
    assert len(recs) == 2 and all(r["status"] == 200 for r in recs)
    assert header(recs[1], "x-stainless-helper-method") == "stream"
    assert '"stream":true' in body_text(recs[1])


def test_stream_default_echo_matches_non_streaming(emu):
    client = aws_client(emu)
    with client.messages.stream(model=MODEL, max_tokens=64, messages=HI) as stream:
        streamed = stream.get_final_text()
    plain = client.messages.create(model=MODEL, max_tokens=64, messages=HI)
    assert streamed == plain.content[0].text == "You said: stream please"


def test_stream_thinking_block_first_with_signature(emu):
    client = aws_client(emu)
    events, types = raw_event_types(client, thinking={"type": "enabled", "budget_tokens": 1024}, max_tokens=2048)
    seq = " ".join(t for t in types if t != "ping") + " "
    assert EVENT_GRAMMAR.match(seq), types
    starts = [e for e in events if e.type == "content_block_start"]
    assert [s.content_block.type for s in starts] == ["thinking", "text"]
    delta_types = [e.delta.type for e in events if e.type == "content_block_delta" and e.index == 0]
    assert "thinking_delta" in delta_types and delta_types[-1] == "signature_delta"

    with client.messages.stream(model=MODEL, max_tokens=2048, messages=HI,
                                thinking={"type": "enabled", "budget_tokens": 1024}) as stream:
        final = stream.get_final_message()
    assert [b.type for b in final.content] == ["thinking", "text"]
    assert final.content[0].thinking and final.content[0].signature


def test_stream_tool_use_block(make_emulator):
    emu = make_emulator(lambda st: st["reply"].update(tool_use=True))
    client = aws_client(emu)
    tools = [{"name": "get_weather", "description": "w", "input_schema": {"type": "object", "properties": {}}}]
    with client.messages.stream(model=MODEL, max_tokens=256, messages=HI, tools=tools) as stream:
        final = stream.get_final_message()
    tool_blocks = [b for b in final.content if b.type == "tool_use"]
    assert len(tool_blocks) == 1
    tb = tool_blocks[0]
    assert tb.id.startswith("toolu_") and isinstance(tb.input, dict)
    plain = client.messages.create(model=MODEL, max_tokens=256, messages=HI, tools=tools)
    assert any(b.type == "tool_use" for b in plain.content)


def test_stream_dropped_connection_surfaces_as_error(make_emulator):
    emu = make_emulator(lambda st: st["reply"].update(text="x" * 400, chunk_chars=8))
    emu.add_faults({"match": {"path_prefix": "/v1/messages"}, "times": 1, "kind": "drop_stream", "after_events": 3})
    client = aws_client(emu)
    got: list[str] = []
    with pytest.raises((anthropic.APIError, Exception)) as ei:
        with client.messages.stream(model=MODEL, max_tokens=256, messages=HI) as stream:
            for t in stream.text_stream:
                got.append(t)
    assert not isinstance(ei.value, AssertionError)
    assert len("".join(got)) < 400
    # the fault fired once: the next stream is whole
    with client.messages.stream(model=MODEL, max_tokens=256, messages=HI) as stream:
        assert stream.get_final_text() == "x" * 400
