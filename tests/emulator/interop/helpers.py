"""Small helpers shared by the interop tests (official clients only)."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any, Iterator
from unittest import mock

import anthropic
import botocore.auth
from botocore.credentials import Credentials
from token_generator_for_aws_external_anthropic import get_token

from conftest import AK, REGION, SK, WORKSPACE, Emulator

SDK_VERSION = anthropic.__version__
SDK_MAJOR = int(SDK_VERSION.split(".")[0])


def aws_client(emu: Emulator, *, base_url: str | None = None, **kw: Any) -> anthropic.AnthropicAWS:
    """AnthropicAWS pointed at the emulator, no retries unless asked (errors surface at once)."""
    kw.setdefault("workspace_id", WORKSPACE)
    kw.setdefault("max_retries", 0)
    kw.setdefault("timeout", 30.0)
    if "api_key" not in kw and "aws_access_key" not in kw and "aws_profile" not in kw:
        kw.setdefault("aws_access_key", AK)
        kw.setdefault("aws_secret_key", SK)
    if "api_key" not in kw:
        kw.setdefault("aws_region", REGION)
    return anthropic.AnthropicAWS(base_url=base_url or emu.url, **kw)


def error_message(exc: anthropic.APIStatusError) -> str:
    """The human message of a gateway rejection, in either documented shape:
    Anthropic `{"type":"error","error":{"message":…}}` or AWS `{"message":…}` / `{"Message":…}`."""
    body = exc.body
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict) and isinstance(err.get("message"), str):
            return err["message"]
        for k in ("message", "Message"):
            if isinstance(body.get(k), str):
                return body[k]
    return str(exc.message)


@contextlib.contextmanager
def frozen_botocore_clock(when: dt.datetime) -> Iterator[None]:
    """botocore (the version pinned in requirements.txt) takes the signing time from botocore.auth.get_current_datetime()."""
    with mock.patch.object(botocore.auth, "get_current_datetime", lambda *a, **k: when):
        yield


def short_term_token(
    *,
    access_key: str = AK,
    secret_key: str = SK,
    session_token: str | None = None,
    region: str = REGION,
    expiry: dt.timedelta = dt.timedelta(hours=1),
    at: dt.datetime | None = None,
) -> str:
    creds = Credentials(access_key, secret_key, session_token)
    if at is None:
        return get_token(credentials=creds, region=region, expiry=expiry)
    with frozen_botocore_clock(at):
        return get_token(credentials=creds, region=region, expiry=expiry)


def utcnow_naive() -> dt.datetime:
    # botocore's own get_current_datetime() returns a naive UTC datetime.
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
