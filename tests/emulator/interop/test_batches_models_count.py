"""The official SDK's models, count_tokens and Message Batches against the emulator: a client we
did not write checks the shapes, routes and IAM actions of the routes `cpaws models`,
`cpaws chat --count-tokens` and `cpaws batches` use (routes and actions as in
https://platform.claude.com/docs/en/api/claude-platform-on-aws-iam-actions)."""

from __future__ import annotations

import anthropic
import pytest

from conftest import MODEL
from helpers import aws_client

HI = [{"role": "user", "content": "hello batch"}]


def actions(emu) -> list[str]:
    return [r.get("action") for r in emu.gateway_requests()]


def test_models_list_pages_and_retrieve(emu):
    client = aws_client(emu)
    ids = [m.id for m in client.models.list(limit=1)]  # the SDK follows has_more/last_id
    assert MODEL in ids and len(ids) == len(set(ids)) and len(ids) >= 2
    first = client.models.list(limit=1)
    assert first.has_more is True and first.last_id == ids[0]
    m = client.models.retrieve(MODEL)
    assert m.id == MODEL and m.type == "model" and m.display_name
    with pytest.raises(anthropic.NotFoundError):
        client.models.retrieve("claude-nope-9")
    assert set(actions(emu)) == {"ListModels", "GetModel"}


def test_count_tokens(emu):
    client = aws_client(emu)
    short = client.messages.count_tokens(model=MODEL, messages=HI)
    longer = client.messages.count_tokens(model=MODEL, messages=HI, system="a system prompt " * 20)
    assert short.input_tokens > 0 and longer.input_tokens > short.input_tokens
    assert actions(emu) == ["CountTokens", "CountTokens"]
    # Nothing went to the model.
    assert not any(r["path"].endswith("/v1/messages") for r in emu.gateway_requests())


def test_batch_lifecycle_with_results(emu):
    client = aws_client(emu)
    bad = {"model": "claude-nope-1", "max_tokens": 5, "messages": HI}
    batch = client.messages.batches.create(
        requests=[
            {"custom_id": "q1", "params": {"model": MODEL, "max_tokens": 32, "messages": HI}},
            {"custom_id": "q2", "params": bad},
        ]
    )
    assert batch.id.startswith("msgbatch_") and batch.type == "message_batch"
    assert batch.processing_status == "in_progress" and batch.results_url is None
    assert batch.request_counts.processing == 2
    with pytest.raises(anthropic.BadRequestError):
        client.messages.batches.delete(batch.id)  # not while in progress

    emu.control("POST", "/_emulator/clock", {"offset_seconds": 60})
    got = client.messages.batches.retrieve(batch.id)
    assert got.processing_status == "ended" and got.ended_at is not None
    assert (got.request_counts.succeeded, got.request_counts.errored) == (1, 1)
    assert got.results_url and got.results_url.endswith(f"/v1/messages/batches/{batch.id}/results")

    # The SDK retrieves the batch and follows its results_url (signed like every request).
    results = {r.custom_id: r.result for r in client.messages.batches.results(batch.id)}
    assert results["q1"].type == "succeeded"
    assert results["q1"].message.content[0].text == "You said: hello batch"
    assert results["q2"].type == "errored"
    assert results["q2"].error.error.type == "invalid_request_error"

    listed = [b.id for b in client.messages.batches.list(limit=10)]
    assert batch.id in listed
    deleted = client.messages.batches.delete(batch.id)
    assert deleted.id == batch.id and deleted.type == "message_batch_deleted"
    with pytest.raises(anthropic.NotFoundError):
        client.messages.batches.retrieve(batch.id)
    assert {"CreateBatchInference", "GetBatchInference", "ListBatchInferences", "DeleteBatchInference"} <= set(
        a for a in actions(emu) if a
    )


def test_batch_cancel(emu):
    client = aws_client(emu)
    batch = client.messages.batches.create(
        requests=[{"custom_id": "c1", "params": {"model": MODEL, "max_tokens": 8, "messages": HI}}]
    )
    canceled = client.messages.batches.cancel(batch.id)
    assert canceled.processing_status == "canceling" and canceled.cancel_initiated_at is not None
    emu.control("POST", "/_emulator/clock", {"offset_seconds": 60})
    got = client.messages.batches.retrieve(batch.id)
    assert got.processing_status == "ended" and got.request_counts.canceled == 1
    assert [r.result.type for r in client.messages.batches.results(batch.id)] == ["canceled"]
    assert "CancelBatchInference" in actions(emu)


def test_batch_create_refuses_duplicate_custom_ids(emu):
    client = aws_client(emu)
    line = {"custom_id": "same", "params": {"model": MODEL, "max_tokens": 8, "messages": HI}}
    with pytest.raises(anthropic.BadRequestError):
        client.messages.batches.create(requests=[line, line])
