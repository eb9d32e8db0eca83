"""Federation switched off (the documented message), and the SDK's retry behaviour against injected
faults (429 with retry-after, 529), plus a malformed body."""

from __future__ import annotations

import anthropic
import boto3
import pytest
from botocore.config import Config

from conftest import AK, ISSUER, LONG_TERM_KEY, MODEL, REGION, SK, account, header
from helpers import aws_client, error_message, short_term_token

HI = [{"role": "user", "content": "hi"}]
FEDERATION_OFF = "Outbound web identity federation is disabled for your account"


def no_federation(st):
    account(st)["federation_enabled"] = False


def test_federation_disabled_rejects_every_auth_mode(make_emulator):
    emu = make_emulator(no_federation)
    clients = {
        "sigv4": aws_client(emu),
        "long-term key": aws_client(emu, api_key=LONG_TERM_KEY),
        "short-term key": aws_client(emu, api_key=short_term_token()),
    }
    for name, client in clients.items():
        with pytest.raises(anthropic.PermissionDeniedError) as ei:
            client.messages.create(model=MODEL, max_tokens=16, messages=HI)
        assert ei.value.status_code == 403, name
        assert error_message(ei.value) == FEDERATION_OFF, name


def test_federation_disabled_aws_error_style(make_emulator):
    emu = make_emulator(lambda st: (no_federation(st), st.update(gateway_error_style="aws")))
    with pytest.raises(anthropic.PermissionDeniedError) as ei:
        aws_client(emu).messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert ei.value.body == {"message": FEDERATION_OFF}


def test_enable_federation_with_boto3_then_sdk_works(make_emulator):
    emu = make_emulator(no_federation)
    iam = boto3.client(
        "iam", endpoint_url=emu.url, region_name=REGION, aws_access_key_id=AK, aws_secret_access_key=SK,
        config=Config(retries={"total_max_attempts": 1}),
    )
    with pytest.raises(iam.exceptions.FeatureDisabledException):
        iam.get_outbound_web_identity_federation_info()
    assert iam.enable_outbound_web_identity_federation()["IssuerIdentifier"] == ISSUER
    assert aws_client(emu).messages.create(model=MODEL, max_tokens=16, messages=HI).content


def test_sdk_retries_429_with_retry_after_then_succeeds(emu):
    emu.add_faults({
        "match": {"method": "POST", "path_prefix": "/v1/messages", "action": "CreateInference"},
        "times": 1, "kind": "status", "status": 429, "retry_after": "1",
        "error_type": "rate_limit_error", "message": "Number of requests has exceeded your rate limit",
    })
    client = aws_client(emu, max_retries=2)
    msg = client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert msg.content[0].text == "You said: hi"
    recs = [r for r in emu.gateway_requests() if r["path"] == "/v1/messages"]
    assert [r["status"] for r in recs] == [429, 200]
    assert [header(r, "x-stainless-retry-count") for r in recs] == ["0", "1"]
    # each attempt is re-signed and verified on its own
    assert all(header(r, "authorization").startswith("AWS4-HMAC-SHA256 ") for r in recs)


def test_429_surfaces_with_retry_after_when_not_retried(emu):
    emu.add_faults({
        "match": {"path_prefix": "/v1/messages"}, "times": 1, "kind": "status", "status": 429,
        "retry_after": "7", "error_type": "rate_limit_error", "message": "slow down",
    })
    with pytest.raises(anthropic.RateLimitError) as ei:
        aws_client(emu, max_retries=0).messages.create(model=MODEL, max_tokens=16, messages=HI)
    err = ei.value
    assert err.status_code == 429 and err.response.headers.get("retry-after") == "7"
    assert err.body["type"] == "error"
    assert err.body["error"]["type"] == "rate_limit_error" and err.body["error"]["message"] == "slow down"
    assert (err.response.headers.get("request-id") or "").startswith("req_")


def test_sdk_retries_529_overloaded(emu):
    emu.add_faults({
        "match": {"path_prefix": "/v1/messages"}, "times": 1, "kind": "status", "status": 529,
        "retry_after": "0", "error_type": "overloaded_error", "message": "Overloaded",
    })
    client = aws_client(emu, max_retries=1)
    assert client.messages.create(model=MODEL, max_tokens=16, messages=HI).content
    assert [r["status"] for r in emu.gateway_requests()] == [529, 200]


def test_persistent_529_exhausts_retries(emu):
    emu.add_faults({
        "match": {"path_prefix": "/v1/models"}, "times": None, "kind": "status", "status": 529,
        "retry_after": "0", "error_type": "overloaded_error", "message": "Overloaded",
    })
    with pytest.raises(anthropic.APIStatusError) as ei:
        aws_client(emu, max_retries=1).models.list()
    assert ei.value.status_code == 529 and ei.value.body["error"]["type"] == "overloaded_error"
    assert len(emu.gateway_requests()) == 2
    emu.clear_faults()
    assert aws_client(emu).models.list().data


def test_malformed_body_is_an_sdk_error(emu):
    emu.add_faults({"match": {"path_prefix": "/v1/models"}, "times": 1, "kind": "malformed_body"})
    with pytest.raises(Exception) as ei:
        client = aws_client(emu)
        page = client.models.list()
        _ = [m.id for m in page.data]
    assert not isinstance(ei.value, AssertionError)
