"""The reference's golden vectors replayed byte for byte against the live emulator (its clock moved to the
vector's time with POST /_emulator/clock), plus botocore-signed raw requests for the SigV4 corners the
SDK does not exercise (x-amz-content-sha256, query strings, tampering after signing)."""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import json

import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from conftest import AK, SK, WORKSPACE
from helpers import frozen_botocore_clock
from test_tokengen_golden import CLIENTS_1, CLIENTS_2

GOLDEN_HOST = "aws-external-anthropic.us-west-2.api.aws"
GOLDEN_TIME = dt.datetime(2026, 1, 15, 12, 0, 0, tzinfo=dt.timezone.utc)
GOLDEN_BODY = b'{"model":"claude-sonnet-4-5","max_tokens":16,"messages":[{"role":"user","content":"hi"}]}'


def move_clock_to(emu, when: dt.datetime, plus: dt.timedelta = dt.timedelta(0)) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    emu.set_clock(int((when + plus - now).total_seconds()))


def send(emu, method: str, path: str, headers: dict[str, str], body: bytes | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", emu.port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, data
    finally:
        conn.close()


def golden_headers(extra: dict[str, str]) -> dict[str, str]:
    h = {
        "Host": GOLDEN_HOST,
        "content-type": "application/json",
        "anthropic-version": "2023-06-01",
        "anthropic-workspace-id": WORKSPACE,
        "X-Amz-Date": "20260115T120000Z",
    }
    h.update(extra)
    return h


def test_clients_2_3_header_vector_no_token_accepted(emu):
    """The header-signing golden vector (no token; src/sign.rs tests): the exact Authorization botocore and aws-sigv4 agree on."""
    move_clock_to(emu, GOLDEN_TIME, dt.timedelta(seconds=30))
    auth = (
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/us-west-2/aws-external-anthropic/aws4_request, "
        "SignedHeaders=anthropic-version;anthropic-workspace-id;content-type;host;x-amz-date, "
        "Signature=a3c8914838be1c317fe9738e2e2d65a1d6bf0c30a209c03b9c67b3fab27bc7fa"
    )
    status, headers, data = send(emu, "POST", "/v1/messages", golden_headers({"Authorization": auth}), GOLDEN_BODY)
    assert status == 200, data[:500]
    assert json.loads(data)["type"] == "message"
    assert headers.get("x-amzn-requestid") and headers.get("request-id", "").startswith("req_")
    assert headers.get("date", "").endswith("GMT") and "15 Jan 2026" in headers["date"]
    # the same bytes with the body changed by one character no longer verify
    status, _, data = send(emu, "POST", "/v1/messages", golden_headers({"Authorization": auth}),
                           GOLDEN_BODY.replace(b'"hi"', b'"ho"'))
    assert status == 403, data[:500]


@pytest.mark.parametrize(
    "method,path,body,extra,auth",
    [
        (
            "POST", "/v1/messages", GOLDEN_BODY, {"content-type": "application/json"},
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/us-west-2/aws-external-anthropic/aws4_request, "
            "SignedHeaders=anthropic-version;anthropic-workspace-id;content-type;host;x-amz-date;x-amz-security-token, "
            "Signature=a08888e7e62659807784e04eefb20e9a18499ac1be794e1a826dc7f55834f9f5",
        ),
        (
            "GET", "/v1/models?limit=1", None, {},
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/us-west-2/aws-external-anthropic/aws4_request, "
            "SignedHeaders=anthropic-version;anthropic-workspace-id;host;x-amz-date;x-amz-security-token, "
            "Signature=bcfde819fb87670332284452c9dd84a6f30db0b9f9d1f68e87fccfb0e93fbf09",
        ),
        (
            "POST", "/v1/files",
            b"--cpawsboundary0123456789\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hello.txt\"\r\n"
            b"Content-Type: text/plain\r\n\r\nhello world\n\r\n--cpawsboundary0123456789--\r\n",
            {"content-type": "multipart/form-data; boundary=cpawsboundary0123456789", "content-length": "165"},
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/us-west-2/aws-external-anthropic/aws4_request, "
            "SignedHeaders=anthropic-version;anthropic-workspace-id;content-length;content-type;host;x-amz-date;x-amz-security-token, "
            "Signature=257f59553bb6fab3b90a4ade6e78d9eddf05cb31b4e40f9de1d519be4bb8228f",
        ),
    ],
    ids=["messages", "models-limit-1", "files-multipart"],
)
def test_clients_2_3_vectors_with_session_token_accepted(make_emulator, method, path, body, extra, auth):
    def with_token(st):
        for k in st["access_keys"]:
            if k["access_key_id"] == AK:
                k["session_token"] = "FAKESESSIONTOKEN"

    emu = make_emulator(with_token)
    move_clock_to(emu, GOLDEN_TIME, dt.timedelta(seconds=30))
    if body is not None:
        assert len(body) == int(extra.get("content-length", len(body)))
    h = golden_headers({"X-Amz-Security-Token": "FAKESESSIONTOKEN", "Authorization": auth})
    h.pop("content-type")
    h.update(extra)
    status, _, data = send(emu, method, path, h, body)
    assert status == 200, data[:500]


@pytest.mark.parametrize("token,when_ok,when_expired", [
    (CLIENTS_1, dt.timedelta(hours=11, minutes=59), dt.timedelta(hours=12, minutes=1)),
    (CLIENTS_2, dt.timedelta(minutes=59), dt.timedelta(minutes=61)),
], ids=["clients-2.1-1-AKID-12h", "clients-2.1-2-ASIA-1h"])
def test_short_term_golden_tokens_against_emulator_clock(emu, token, when_ok, when_expired):
    """The official generator's golden tokens are valid exactly within [X-Amz-Date, +X-Amz-Expires]."""
    h = {"Host": f"127.0.0.1:{emu.port}", "anthropic-version": "2023-06-01", "anthropic-workspace-id": WORKSPACE,
         "x-api-key": token}
    move_clock_to(emu, GOLDEN_TIME, when_ok)
    status, _, data = send(emu, "GET", "/v1/models", h)
    assert status == 200, data[:500]
    move_clock_to(emu, GOLDEN_TIME, when_expired)
    status, _, data = send(emu, "GET", "/v1/models", h)
    assert status in (401, 403), data[:500]
    # Authorization: Bearer is the same key (anthropic 2.x form)
    move_clock_to(emu, GOLDEN_TIME, when_ok)
    hb = dict(h)
    hb.pop("x-api-key")
    hb["Authorization"] = f"Bearer {token}"
    status, _, data = send(emu, "GET", "/v1/models", hb)
    assert status == 200, data[:500]


def botocore_signed(emu, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None,
                    creds: Credentials | None = None, region: str = "us-west-2"):
    url = f"http://127.0.0.1:{emu.port}{path}"
    h = {"anthropic-version": "2023-06-01", "anthropic-workspace-id": WORKSPACE}
    h.update(headers or {})
    req = AWSRequest(method=method, url=url, headers=h, data=body)
    SigV4Auth(creds or Credentials(AK, SK), "aws-external-anthropic", region).add_auth(req)
    p = req.prepare()
    out = {k: v for k, v in p.headers.items()}
    out["Host"] = f"127.0.0.1:{emu.port}"
    return p.url[len(f"http://127.0.0.1:{emu.port}"):], out


def test_query_string_is_part_of_the_signature(emu):
    path, h = botocore_signed(emu, "GET", "/v1/models?limit=2&after_id=claude-opus-4-8")
    status, _, data = send(emu, "GET", path, h)
    assert status == 200, data[:500]
    listed = json.loads(data)
    assert len(listed["data"]) <= 2 and "claude-opus-4-8" not in [m["id"] for m in listed["data"]]
    status, _, _ = send(emu, "GET", path.replace("limit=2", "limit=3"), h)
    assert status == 403


def test_explicit_content_sha256_header(emu):
    body = b'{"model":"claude-sonnet-4-6","max_tokens":8,"messages":[{"role":"user","content":"sha"}]}'
    good = hashlib.sha256(body).hexdigest()
    path, h = botocore_signed(emu, "POST", "/v1/messages", body,
                              {"content-type": "application/json", "X-Amz-Content-SHA256": good})
    assert "x-amz-content-sha256" in h["Authorization"]
    status, _, data = send(emu, "POST", path, h, body)
    assert status == 200, data[:500]
    assert json.loads(data)["content"][0]["text"] == "You said: sha"


def test_header_changed_after_signing_rejected(emu):
    path, h = botocore_signed(emu, "GET", "/v1/models")
    h["anthropic-workspace-id"] = "wrkspc_01OTHERWORKSPACE"
    status, headers, data = send(emu, "GET", path, h)
    assert status == 403
    assert json.loads(data)["error"]["message"].startswith("The request signature we calculated does not match")


def test_unsigned_extra_header_is_ignored(emu):
    path, h = botocore_signed(emu, "GET", "/v1/models")
    h["x-something-unsigned"] = "added after signing"
    h["User-Agent"] = "changed/1.0"  # botocore never signs user-agent
    status, _, data = send(emu, "GET", path, h)
    assert status == 200, data[:500]


def test_wrong_service_in_scope_rejected(emu):
    url = f"http://127.0.0.1:{emu.port}/v1/models"
    req = AWSRequest(method="GET", url=url, headers={"anthropic-version": "2023-06-01",
                                                    "anthropic-workspace-id": WORKSPACE})
    SigV4Auth(Credentials(AK, SK), "bedrock", "us-west-2").add_auth(req)
    h = dict(req.prepare().headers.items())
    h["Host"] = f"127.0.0.1:{emu.port}"
    status, _, data = send(emu, "GET", "/v1/models", h)
    assert status == 403, data[:500]


def test_frozen_clock_signature_is_rejected_as_expired(emu):
    with frozen_botocore_clock(dt.datetime(2026, 1, 15, 12, 0, 0)):
        path, h = botocore_signed(emu, "GET", "/v1/models")
    status, _, data = send(emu, "GET", path, h)
    assert status == 403
    assert json.loads(data)["error"]["message"].startswith("Signature expired: 20260115T120000Z is now earlier than ")


def test_missing_workspace_header(emu):
    url = f"http://127.0.0.1:{emu.port}/v1/models"
    req = AWSRequest(method="GET", url=url, headers={"anthropic-version": "2023-06-01"})
    SigV4Auth(Credentials(AK, SK), "aws-external-anthropic", "us-west-2").add_auth(req)
    h = dict(req.prepare().headers.items())
    h["Host"] = f"127.0.0.1:{emu.port}"
    status, _, data = send(emu, "GET", "/v1/models", h)
    assert status == 400, data[:500]
    assert json.loads(data)["error"]["type"] == "invalid_request_error"


def test_org_workspaces_route_without_workspace_header(emu):
    url = f"http://127.0.0.1:{emu.port}/v1/organizations/workspaces"
    req = AWSRequest(method="GET", url=url, headers={"anthropic-version": "2023-06-01"})
    SigV4Auth(Credentials(AK, SK), "aws-external-anthropic", "us-west-2").add_auth(req)
    h = dict(req.prepare().headers.items())
    h["Host"] = f"127.0.0.1:{emu.port}"
    status, _, data = send(emu, "GET", "/v1/organizations/workspaces", h)
    assert status == 200, data[:500]
    assert [w["id"] for w in json.loads(data)["data"]] == [WORKSPACE]


def test_unlisted_route_denied_by_default(emu):
    path, h = botocore_signed(emu, "POST", "/v1/complete", b'{"prompt":"x"}', {"content-type": "application/json"})
    status, _, data = send(emu, "POST", path, h, b'{"prompt":"x"}')
    assert status == 404, data[:500]
    assert json.loads(data)["error"]["type"] == "not_found_error"


def test_success_response_headers(emu):
    path, h = botocore_signed(emu, "GET", "/v1/models")
    status, headers, data = send(emu, "GET", path, h)
    assert status == 200
    assert headers["content-type"].startswith("application/json")
    assert len(headers["x-amzn-requestid"]) == 36  # uuid
    assert headers["request-id"].startswith("req_")
    assert headers["date"].endswith(" GMT")
    listed = json.loads(data)
    assert set(listed) >= {"data", "has_more", "first_id", "last_id"}
    assert all(m["type"] == "model" and m["created_at"] for m in listed["data"])
