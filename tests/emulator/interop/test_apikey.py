"""API-key mode with the official SDK (2.x: `Authorization: Bearer`, 1.x: `x-api-key`) and short-term
keys minted by the official token generator."""

from __future__ import annotations

import base64
import datetime as dt

import anthropic
import pytest

from conftest import (
    AK,
    ASIA_AK,
    ASIA_SK,
    ASIA_TOKEN,
    LONG_TERM_KEY,
    MODEL,
    NOBEARER_AK,
    NOBEARER_LONG_TERM_KEY,
    NOBEARER_SK,
    WORKSPACE,
    ACCOUNT,
    account,
    header,
)
from helpers import SDK_MAJOR, aws_client, error_message, short_term_token, utcnow_naive

HI = [{"role": "user", "content": "hi"}]
# A short-term key is a presigned SigV4 request, so its rejections reuse the SigV4 texts of the contract.
BAD_SIG = (
    "The request signature we calculated does not match the signature you provided. "
    "Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
)
INVALID = "The security token included in the request is invalid."
EXPIRED = "The security token included in the request is expired"
PREFIX = "aws-external-anthropic-api-key-"


def assert_key_sent(rec, key: str) -> None:
    """The pinned SDKs: 2.x sends `Authorization: Bearer <key>`, 1.x sends `X-Api-Key: <key>`;
    no SigV4 headers in API-key mode."""
    if SDK_MAJOR >= 2:
        assert header(rec, "authorization") == f"Bearer {key}"
        assert header(rec, "x-api-key") is None
        assert header(rec, "anthropic-version") == "2026-10-21"
    else:
        assert header(rec, "x-api-key") == key
        assert header(rec, "authorization") is None
        assert header(rec, "anthropic-version") == "2023-06-01"
    assert header(rec, "x-amz-date") is None and header(rec, "x-amz-security-token") is None


def test_long_term_key_accepted(emu):
    client = aws_client(emu, api_key=LONG_TERM_KEY)
    msg = client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert msg.content[0].text == "You said: hi"
    assert client.models.list().data
    recs = emu.gateway_requests()
    assert [r["status"] for r in recs] == [200, 200]
    assert_key_sent(recs[0], LONG_TERM_KEY)


def test_long_term_key_from_env_beats_ambient_sigv4(emu, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_AWS_API_KEY", LONG_TERM_KEY)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", AK)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wrong-secret-would-fail-sigv4")
    monkeypatch.setenv("ANTHROPIC_AWS_WORKSPACE_ID", WORKSPACE)
    monkeypatch.setenv("ANTHROPIC_AWS_BASE_URL", emu.url)
    client = anthropic.AnthropicAWS(max_retries=0)  # no region needed with a base URL in API-key mode
    assert client.messages.create(model=MODEL, max_tokens=16, messages=HI).content
    (rec,) = emu.gateway_requests()
    assert_key_sent(rec, LONG_TERM_KEY)


@pytest.mark.parametrize(
    "mutate,what",
    [
        (lambda c: c.update(status="Inactive"), "inactive"),
        (lambda c: c.update(expires="2020-01-01T00:00:00Z"), "expired"),
        (lambda c: c.update(service="codecommit.amazonaws.com"), "other service"),
    ],
)
def test_long_term_key_unusable_rejected(make_emulator, mutate, what):
    def m(st):
        for c in account(st)["service_specific_credentials"]:
            if c["secret"] == LONG_TERM_KEY:
                mutate(c)

    emu = make_emulator(m)
    client = aws_client(emu, api_key=LONG_TERM_KEY)
    with pytest.raises(anthropic.APIStatusError) as ei:
        client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert ei.value.status_code in (401, 403), what


def test_unknown_key_rejected(emu):
    client = aws_client(emu, api_key="not-a-real-key-at-all")
    with pytest.raises(anthropic.APIStatusError) as ei:
        client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert ei.value.status_code == 403 and error_message(ei.value) == INVALID


def test_short_term_token_accepted(emu):
    token = short_term_token()
    assert token.startswith(PREFIX)
    client = aws_client(emu, api_key=token)
    assert client.messages.create(model=MODEL, max_tokens=16, messages=HI).content[0].text == "You said: hi"
    # pinned to the token's region through the /region prefix as well
    pinned = aws_client(emu, api_key=token, base_url=emu.url + "/region/us-west-2")
    assert pinned.messages.count_tokens(model=MODEL, messages=HI).input_tokens >= 1
    recs = emu.gateway_requests()
    assert [r["status"] for r in recs] == [200, 200]
    assert_key_sent(recs[0], token)


def test_short_term_token_with_session_token_accepted(emu):
    token = short_term_token(access_key=ASIA_AK, secret_key=ASIA_SK, session_token=ASIA_TOKEN)
    client = aws_client(emu, api_key=token)
    assert client.messages.create(model=MODEL, max_tokens=16, messages=HI).content


def test_short_term_token_wrong_session_token_rejected(emu):
    token = short_term_token(access_key=ASIA_AK, secret_key=ASIA_SK, session_token="WRONG/Token==")
    client = aws_client(emu, api_key=token)
    with pytest.raises(anthropic.APIStatusError) as ei:
        client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert ei.value.status_code == 403 and error_message(ei.value) == INVALID


def _tamper(token: str) -> str:
    url = base64.b64decode(token[len(PREFIX):]).decode()
    i = url.index("X-Amz-Signature=") + len("X-Amz-Signature=")
    flipped = "0" if url[i] != "0" else "1"
    url = url[:i] + flipped + url[i + 1 :]
    return PREFIX + base64.b64encode(url.encode()).decode()


def test_short_term_token_tampered_signature_rejected(emu):
    good = short_term_token()
    client = aws_client(emu, api_key=_tamper(good))
    with pytest.raises(anthropic.APIStatusError) as ei:
        client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert ei.value.status_code == 403 and error_message(ei.value) == BAD_SIG
    # and the untampered one still works
    assert aws_client(emu, api_key=good).messages.create(model=MODEL, max_tokens=16, messages=HI).content


def test_short_term_token_wrong_secret_rejected(emu):
    client = aws_client(emu, api_key=short_term_token(secret_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYWRONGKEY"))
    with pytest.raises(anthropic.APIStatusError) as ei:
        client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert ei.value.status_code == 403 and error_message(ei.value) == BAD_SIG


def test_short_term_token_expired_rejected(emu):
    # minted two hours ago with a one-hour lifetime (frozen botocore clock)
    token = short_term_token(at=utcnow_naive() - dt.timedelta(hours=2), expiry=dt.timedelta(hours=1))
    client = aws_client(emu, api_key=token)
    with pytest.raises(anthropic.APIStatusError) as ei:
        client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert ei.value.status_code == 403 and error_message(ei.value) == EXPIRED
    # still inside its lifetime: minted 30 minutes ago for one hour
    fresh = short_term_token(at=utcnow_naive() - dt.timedelta(minutes=30), expiry=dt.timedelta(hours=1))
    assert aws_client(emu, api_key=fresh).messages.create(model=MODEL, max_tokens=16, messages=HI).content


def test_short_term_token_expires_with_emulator_clock(emu):
    token = short_term_token(expiry=dt.timedelta(minutes=10))
    client = aws_client(emu, api_key=token)
    assert client.models.list().data
    emu.set_clock(11 * 60)
    with pytest.raises(anthropic.APIStatusError) as ei:
        client.models.list()
    assert ei.value.status_code == 403 and error_message(ei.value) == EXPIRED


def test_short_term_token_other_region_rejected(emu):
    token = short_term_token(region="us-east-1")
    # endpoint pinned to us-west-2: the token's region does not match
    pinned = aws_client(emu, api_key=token, base_url=emu.url + "/region/us-west-2")
    with pytest.raises(anthropic.APIStatusError) as ei:
        pinned.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert ei.value.status_code == 403
    assert error_message(ei.value) == "Credential should be scoped to a valid region."
    # on /v1 the token's region picks the us-east-1 endpoint, which cannot see the us-west-2 workspace
    unpinned = aws_client(emu, api_key=token)
    with pytest.raises(anthropic.NotFoundError) as ei2:
        unpinned.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert error_message(ei2.value) == f"Workspace `{WORKSPACE}` not found."


def _no_bearer_msg(user: str) -> str:
    return (
        f"User: arn:aws:iam::{ACCOUNT}:user/{user} is not authorized to perform: "
        "aws-external-anthropic:CallWithBearerToken on resource: * because no identity-based policy allows "
        "the aws-external-anthropic:CallWithBearerToken action"
    )


def test_principal_without_call_with_bearer_token(emu):
    # SigV4 callers do not need CallWithBearerToken (it authorizes API-key calls only, per
    # https://platform.claude.com/docs/en/api/claude-platform-on-aws-iam-actions)
    sigv4 = aws_client(emu, aws_access_key=NOBEARER_AK, aws_secret_key=NOBEARER_SK)
    assert sigv4.messages.create(model=MODEL, max_tokens=16, messages=HI).content

    for key in (NOBEARER_LONG_TERM_KEY, short_term_token(access_key=NOBEARER_AK, secret_key=NOBEARER_SK)):
        client = aws_client(emu, api_key=key)
        with pytest.raises(anthropic.PermissionDeniedError) as ei:
            client.messages.create(model=MODEL, max_tokens=16, messages=HI)
        assert ei.value.status_code == 403
        assert error_message(ei.value) == _no_bearer_msg("nobearer")


def test_explicit_deny_of_bearer_token_type(make_emulator):
    """A LONG_TERM deny on BearerTokenType blocks long-term keys but not short-term ones
    (condition values UNCONFIRMED in the reference; the contract chose SHORT_TERM/LONG_TERM)."""

    def m(st):
        dev = account(st)["users"][0]
        dev["inline_policies"]["deny-long-term"] = {
            "Version": "2012-10-17",
            "Statement": [{
                "Effect": "Deny",
                "Action": "aws-external-anthropic:CallWithBearerToken",
                "Resource": "*",
                "Condition": {"StringEquals": {"aws-external-anthropic:BearerTokenType": "LONG_TERM"}},
            }],
        }

    emu = make_emulator(m)
    with pytest.raises(anthropic.PermissionDeniedError) as ei:
        aws_client(emu, api_key=LONG_TERM_KEY).messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert "with an explicit deny" in error_message(ei.value)
    assert aws_client(emu, api_key=short_term_token()).messages.create(model=MODEL, max_tokens=16, messages=HI).content
