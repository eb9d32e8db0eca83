"""Facts about what the official AWS client of the anthropic package sends, re-checked against the pinned SDK without the emulator
(an in-process httpx2 MockTransport captures what the SDK would send)."""

from __future__ import annotations

import anthropic
import httpx2
import pytest

from conftest import AK, SK, WORKSPACE
from helpers import SDK_MAJOR, SDK_VERSION

MSG = {"id": "msg_1", "type": "message", "role": "assistant", "model": "m", "content": [{"type": "text", "text": "x"}],
       "stop_reason": "end_turn", "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 1}}


def capture(**kw):
    seen: list[httpx2.Request] = []

    def handler(req: httpx2.Request) -> httpx2.Response:
        seen.append(req)
        if req.url.path.endswith("/v1/messages"):
            return httpx2.Response(200, json=MSG)
        return httpx2.Response(200, json={"data": [], "has_more": False, "first_id": None, "last_id": None,
                                          "next_page": None})

    kw.setdefault("workspace_id", WORKSPACE)
    kw.setdefault("base_url", "http://127.0.0.1:9")
    client = anthropic.AnthropicAWS(http_client=httpx2.Client(transport=httpx2.MockTransport(handler)), max_retries=0,
                                    **kw)
    return client, seen


def test_api_key_header_and_version():
    client, seen = capture(api_key="aws-external-anthropic-api-key-FAKE")
    client.messages.create(model="m", max_tokens=1, messages=[{"role": "user", "content": "hi"}])
    h = seen[0].headers
    if SDK_MAJOR >= 2:
        assert h["authorization"] == "Bearer aws-external-anthropic-api-key-FAKE" and "x-api-key" not in h
        assert h["anthropic-version"] == "2026-10-21"
    else:
        assert h["x-api-key"] == "aws-external-anthropic-api-key-FAKE" and "authorization" not in h
        assert h["anthropic-version"] == "2023-06-01"
    assert h["user-agent"] == f"AnthropicAWS/Python {SDK_VERSION}"
    assert h["anthropic-workspace-id"] == WORKSPACE


def test_sigv4_headers():
    client, seen = capture(aws_access_key=AK, aws_secret_key=SK, aws_session_token="FAKESESSIONTOKEN",
                           aws_region="us-west-2", base_url="http://127.0.0.1:9/region/us-west-2")
    client.messages.create(model="m", max_tokens=1, messages=[{"role": "user", "content": "hi"}])
    req = seen[0]
    assert req.url.path == "/region/us-west-2/v1/messages"
    h = req.headers
    assert h["x-amz-security-token"] == "FAKESESSIONTOKEN" and "x-amz-content-sha256" not in h
    signed = h["authorization"].split("SignedHeaders=")[1].split(",")[0].split(";")
    assert "user-agent" not in signed and "connection" not in signed
    assert {"host", "x-amz-date", "x-amz-security-token", "content-length", "anthropic-workspace-id"} <= set(signed)


def test_files_list_uses_page_cursor():
    client, seen = capture(api_key="k")
    client.files.list(limit=2)
    assert seen[0].url.path == "/v1/files" and dict(seen[0].url.params) == {"limit": "2"}
    client.beta.files.list()
    if SDK_MAJOR >= 2:
        assert seen[1].url.query == b""  # 2.x: plain GET /v1/files
    else:
        assert dict(seen[1].url.params) == {"beta": "true"}  # 1.x marks beta calls in the query
    assert "anthropic-beta" not in seen[1].headers


def test_env_precedence(monkeypatch):
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-ignored")
    monkeypatch.setenv("ANTHROPIC_AWS_API_KEY", "aws-key")
    client, seen = capture()
    client.models.list()
    h = seen[0].headers
    assert (h.get("authorization") == "Bearer aws-key") if SDK_MAJOR >= 2 else (h.get("x-api-key") == "aws-key")


@pytest.mark.parametrize("kw,exc,msg", [
    (dict(aws_access_key=AK, aws_secret_key=SK, base_url="http://127.0.0.1:9"), anthropic.AnthropicError,
     "No AWS region was provided. Set the `aws_region` argument or the `AWS_REGION`/`AWS_DEFAULT_REGION` environment variable."),
    (dict(aws_access_key=AK, aws_secret_key=SK, aws_region="us-west-2"), anthropic.AnthropicError,
     "No workspace ID found. Set the `workspace_id` argument or the `ANTHROPIC_AWS_WORKSPACE_ID` environment variable."),
    (dict(aws_access_key=AK, aws_region="us-west-2", workspace_id=WORKSPACE), ValueError,
     "`aws_access_key` was provided without `aws_secret_key`. Both must be provided together, or neither (to use the default credential chain)."),
    (dict(api_key="k", workspace_id=WORKSPACE), anthropic.AnthropicError,
     "No AWS region was provided and no base_url was given. Set the `aws_region` argument, the `AWS_REGION`/`AWS_DEFAULT_REGION` environment variable, or provide a `base_url` directly."),
], ids=["sigv4-no-region", "no-workspace", "half-keypair", "key-no-region-no-base-url"])
def test_construction_errors(kw, exc, msg):
    with pytest.raises(exc) as ei:
        anthropic.AnthropicAWS(**kw)
    assert str(ei.value) == msg
