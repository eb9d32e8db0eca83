"""AnthropicAWS (official SDK) in SigV4 mode against the emulator: accepted calls, exact rejections."""

from __future__ import annotations

import re
import subprocess
import threading

import anthropic
import pytest

from conftest import (
    AK,
    ASIA_AK,
    ASIA_SK,
    ASIA_TOKEN,
    MODEL,
    REGION,
    SK,
    WORKSPACE,
    body_text,
    emulator_binary,
    header,
)
from helpers import SDK_MAJOR, SDK_VERSION, aws_client, error_message

API_VERSION = "2026-10-21" if SDK_MAJOR >= 2 else "2023-06-01"
BAD_SIG = (
    "The request signature we calculated does not match the signature you provided. "
    "Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
)
HI = [{"role": "user", "content": "hi"}]


def only(recs, path):
    got = [r for r in recs if r["path"].split("?")[0] == path]
    assert got, f"no recorded request for {path}: {[r['path'] for r in recs]}"
    return got


def test_messages_create_explicit_keys(emu):
    client = aws_client(emu)
    msg = client.messages.create(model=MODEL, max_tokens=64, messages=HI)
    assert msg.type == "message" and msg.role == "assistant" and msg.model == MODEL
    assert msg.id.startswith("msg_")
    assert msg.stop_reason == "end_turn" and msg.stop_sequence is None
    assert [b.type for b in msg.content] == ["text"]
    assert msg.content[0].text == "You said: hi"
    assert msg.usage.input_tokens >= 1 and msg.usage.output_tokens >= 1

    (rec,) = only(emu.gateway_requests(), "/v1/messages")
    assert rec["status"] == 200 and rec["service"] == "gateway" and rec["action"] == "CreateInference"
    auth = header(rec, "authorization")
    assert re.match(
        rf"AWS4-HMAC-SHA256 Credential={AK}/\d{{8}}/{REGION}/aws-external-anthropic/aws4_request, "
        r"SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$",
        auth,
    ), auth
    signed = auth.split("SignedHeaders=")[1].split(",")[0].split(";")
    for h in ("host", "x-amz-date", "anthropic-version", "anthropic-workspace-id", "content-type", "content-length"):
        assert h in signed
    assert "user-agent" not in signed and "connection" not in signed
    assert header(rec, "x-amz-security-token") is None
    assert header(rec, "x-amz-content-sha256") is None  # the Python SDK never sends it
    assert header(rec, "anthropic-version") == API_VERSION
    assert header(rec, "anthropic-workspace-id") == WORKSPACE
    assert header(rec, "user-agent") == f"AnthropicAWS/Python {SDK_VERSION}"
    assert '"model":"%s"' % MODEL in body_text(rec)


def test_messages_create_with_session_token(emu):
    client = aws_client(emu, aws_access_key=ASIA_AK, aws_secret_key=ASIA_SK, aws_session_token=ASIA_TOKEN)
    msg = client.messages.create(model=MODEL, max_tokens=64, messages=[{"role": "user", "content": "from a role"}])
    assert msg.content[0].text == "You said: from a role"
    (rec,) = only(emu.gateway_requests(), "/v1/messages")
    assert header(rec, "x-amz-security-token") == ASIA_TOKEN
    assert "x-amz-security-token" in header(rec, "authorization")


def test_session_token_missing_or_wrong_is_rejected(emu):
    for token in (None, "WRONG/Session+Token=="):
        kw = {"aws_session_token": token} if token else {}
        client = aws_client(emu, aws_access_key=ASIA_AK, aws_secret_key=ASIA_SK, **kw)
        with pytest.raises(anthropic.PermissionDeniedError) as ei:
            client.messages.create(model=MODEL, max_tokens=16, messages=HI)
        assert ei.value.status_code == 403
        assert error_message(ei.value) == "The security token included in the request is invalid."


def test_messages_create_from_env(emu, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", AK)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SK)
    monkeypatch.setenv("AWS_REGION", REGION)
    monkeypatch.setenv("ANTHROPIC_AWS_WORKSPACE_ID", WORKSPACE)
    monkeypatch.setenv("ANTHROPIC_AWS_BASE_URL", emu.url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-ignored-by-the-aws-client")  # the AWS client ignores it
    client = anthropic.AnthropicAWS(max_retries=0)
    msg = client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert msg.content[0].text == "You said: hi"
    (rec,) = only(emu.gateway_requests(), "/v1/messages")
    assert header(rec, "authorization").startswith(f"AWS4-HMAC-SHA256 Credential={AK}/")
    assert header(rec, "x-api-key") is None


def test_print_env_drives_the_sdk(tmp_path, monkeypatch):
    """`--print-env` output (contract) is enough for the official SDK to work from the environment."""
    proc = subprocess.Popen(
        [str(emulator_binary()), "--port", "0", "--print-env"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,
    )
    wanted = {
        "ANTHROPIC_AWS_BASE_URL",
        "AWS_ENDPOINT_URL",
        "AWS_REGION",
        "ANTHROPIC_AWS_WORKSPACE_ID",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_EC2_METADATA_DISABLED",
    }
    lines: list[str] = []
    done = threading.Event()

    def reader() -> None:
        assert proc.stdout is not None
        for raw in proc.stdout:
            lines.append(raw.decode().rstrip("\n"))
            got = {ln[len("export ") :].split("=", 1)[0] for ln in lines if ln.startswith("export ")}
            if wanted <= got:
                done.set()
        done.set()

    threading.Thread(target=reader, daemon=True).start()
    try:
        assert done.wait(timeout=30), lines
        assert lines[0].startswith("CPAWS_EMULATOR_URL=http://127.0.0.1:"), lines
        url = lines[0].split("=", 1)[1]
        env = dict(ln[len("export ") :].split("=", 1) for ln in lines if ln.startswith("export "))
        env = {k: v.strip("'\"") for k, v in env.items()}
        assert env["ANTHROPIC_AWS_BASE_URL"] == url and env["AWS_ENDPOINT_URL"] == url
        assert env["AWS_REGION"] == REGION and env["ANTHROPIC_AWS_WORKSPACE_ID"] == WORKSPACE
        assert env["AWS_ACCESS_KEY_ID"] == AK and env["AWS_SECRET_ACCESS_KEY"] == SK
        for k, v in env.items():
            monkeypatch.setenv(k, v)
        msg = anthropic.AnthropicAWS(max_retries=0).messages.create(model=MODEL, max_tokens=16, messages=HI)
        assert msg.content[0].text == "You said: hi"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_models_list_and_retrieve(emu):
    client = aws_client(emu)
    ids = [m.id for m in client.models.list()]
    assert sorted(ids) == sorted(m["id"] for m in emu.get_state()["models"])
    page = client.models.list(limit=2)
    assert len(page.data) == 2 and page.has_more is True
    assert page.first_id == page.data[0].id and page.last_id == page.data[1].id
    paged = [m.id for m in client.models.list(limit=2)]  # auto-pagination over after_id
    assert paged == ids
    m = client.models.retrieve("claude-haiku-4-5")
    assert m.type == "model" and m.id == "claude-haiku-4-5" and m.display_name == "Claude Haiku 4.5"
    with pytest.raises(anthropic.NotFoundError) as ei:
        client.models.retrieve("claude-does-not-exist")
    assert ei.value.status_code == 404
    assert ei.value.body["error"]["type"] == "not_found_error"
    recs = emu.gateway_requests()
    assert {r["action"] for r in recs} == {"ListModels", "GetModel"}
    for r in recs:
        assert header(r, "content-length") in (None, "0")


def test_count_tokens(emu):
    client = aws_client(emu)
    short = client.messages.count_tokens(model=MODEL, messages=HI)
    long = client.messages.count_tokens(model=MODEL, messages=[{"role": "user", "content": "x" * 400}])
    assert isinstance(short.input_tokens, int) and short.input_tokens >= 1
    assert long.input_tokens > short.input_tokens
    assert {r["action"] for r in emu.gateway_requests()} == {"CountTokens"}


def test_files_upload_list_retrieve_delete(emu):
    client = aws_client(emu)
    up = client.files.upload(file=("hello.txt", b"hello world\n", "text/plain"))
    assert up.type == "file" and up.id.startswith("file_")
    assert up.filename == "hello.txt" and up.size_bytes == 12 and up.mime_type == "text/plain"
    assert up.downloadable is False
    listed = client.files.list()
    assert [f.id for f in listed.data] == [up.id]
    meta = client.files.retrieve_metadata(up.id)
    assert meta.id == up.id and meta.filename == "hello.txt"
    with pytest.raises(anthropic.BadRequestError) as ei:
        client.files.download(up.id)
    assert ei.value.body["error"]["type"] == "invalid_request_error"
    deleted = client.files.delete(up.id)
    assert deleted.id == up.id and deleted.type == "file_deleted"
    assert client.files.list().data == []
    actions = [r["action"] for r in emu.gateway_requests()]
    assert actions == ["CreateFile", "ListFiles", "GetFile", "GetFile", "DeleteFile", "ListFiles"]
    upload = emu.gateway_requests()[0]
    assert header(upload, "content-type").startswith("multipart/form-data; boundary=")
    assert "content-type" in header(upload, "authorization")  # the multipart body is signed too


def test_beta_files_list_sends_old_beta_header_and_is_accepted(emu):
    client = aws_client(emu)
    page = client.beta.files.list(betas=["files-api-2025-04-14"])
    assert page.data == []
    (rec,) = emu.gateway_requests()
    assert header(rec, "anthropic-beta") == "files-api-2025-04-14" and rec["status"] == 200


def test_base_url_with_region_prefix(emu):
    client = aws_client(emu, base_url=emu.url + "/region/us-west-2")
    msg = client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert msg.content[0].text == "You said: hi"
    (rec,) = emu.gateway_requests()
    # the SDK signs the full URL, prefix included (canonical URI = full path)
    assert rec["path"] == "/region/us-west-2/v1/messages" and rec["status"] == 200


def test_region_prefix_other_region_is_a_signature_rejection(emu):
    client = aws_client(emu, base_url=emu.url + "/region/us-east-1")
    with pytest.raises(anthropic.PermissionDeniedError) as ei:
        client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert error_message(ei.value) == "Credential should be scoped to a valid region."


def test_other_region_endpoint_sees_only_its_workspaces(emu):
    east = aws_client(emu, aws_region="us-east-1", workspace_id="wrkspc_01EASTWORKSPACE",
                      base_url=emu.url + "/region/us-east-1")
    assert east.messages.create(model=MODEL, max_tokens=16, messages=HI).content[0].text == "You said: hi"
    # SigV4 scoped to us-east-1 on /v1 hits the us-east-1 endpoint, which cannot see a us-west-2 workspace
    wrong = aws_client(emu, aws_region="us-east-1")
    with pytest.raises(anthropic.NotFoundError) as ei:
        wrong.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert error_message(ei.value) == f"Workspace `{WORKSPACE}` not found."
    assert ei.value.body["error"]["type"] == "not_found_error"


def test_malformed_workspace_id(emu):
    client = aws_client(emu, workspace_id="not-a-workspace")
    with pytest.raises(anthropic.BadRequestError) as ei:
        client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert error_message(ei.value) == "anthropic-workspace-id header must be a valid workspace ID."


def test_wrong_secret_rejected(emu):
    client = aws_client(emu, aws_secret_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYWRONGKEY")
    with pytest.raises(anthropic.PermissionDeniedError) as ei:
        client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    err = ei.value
    assert err.status_code == 403
    assert error_message(err) == BAD_SIG
    assert err.response.headers.get("x-amzn-ErrorType", "").startswith("InvalidSignatureException")
    assert err.response.headers.get("x-amzn-requestid")
    assert (err.response.headers.get("request-id") or "").startswith("req_")
    assert err.body["type"] == "error" and err.body["error"]["type"] == "permission_error"


def test_wrong_secret_rejected_aws_error_style(make_emulator):
    emu = make_emulator(lambda st: st.update(gateway_error_style="aws"))
    client = aws_client(emu, aws_secret_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYWRONGKEY")
    with pytest.raises(anthropic.PermissionDeniedError) as ei:
        client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert ei.value.body == {"message": BAD_SIG}
    assert error_message(ei.value) == BAD_SIG


def test_unknown_access_key_rejected(emu):
    client = aws_client(emu, aws_access_key="AKIDUNKNOWNEXAMPLE", aws_secret_key=SK)
    with pytest.raises(anthropic.PermissionDeniedError) as ei:
        client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert error_message(ei.value) == "The security token included in the request is invalid."
    assert ei.value.response.headers.get("x-amzn-ErrorType", "").startswith("UnrecognizedClientException")


def test_expired_temporary_credentials_rejected(make_emulator):
    def expire(st):
        for k in st["access_keys"]:
            if k["access_key_id"] == ASIA_AK:
                k["expires"] = "2020-01-01T00:00:00Z"

    emu = make_emulator(expire)
    client = aws_client(emu, aws_access_key=ASIA_AK, aws_secret_key=ASIA_SK, aws_session_token=ASIA_TOKEN)
    with pytest.raises(anthropic.PermissionDeniedError) as ei:
        client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert error_message(ei.value) == "The security token included in the request is expired"
    assert ei.value.response.headers.get("x-amzn-ErrorType", "").startswith("ExpiredTokenException")


@pytest.mark.parametrize("offset", [900, -900])
def test_clock_skew_rejected(emu, offset):
    client = aws_client(emu)
    assert client.models.list().data  # accepted at offset 0
    emu.set_clock(offset)
    with pytest.raises(anthropic.PermissionDeniedError) as ei:
        client.models.list()
    msg = error_message(ei.value)
    assert msg.startswith("Signature expired: ") or msg.startswith("Signature not yet current: "), msg
    emu.set_clock(0)
    assert client.models.list().data


def test_clock_skew_within_five_minutes_accepted(emu):
    emu.set_clock(240)
    assert aws_client(emu).models.list().data


def test_first_party_key_rejected(emu):
    client = aws_client(emu, api_key="sk-ant-api03-FAKEFAKEFAKE")
    with pytest.raises(anthropic.AuthenticationError) as ei:
        client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert ei.value.status_code == 401
    assert ei.value.body["error"]["type"] == "authentication_error"


def test_no_auth_rejected(emu):
    client = anthropic.AnthropicAWS(skip_auth=True, workspace_id=WORKSPACE, base_url=emu.url, max_retries=0)
    with pytest.raises(anthropic.APIStatusError) as ei:
        client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert ei.value.status_code in (401, 403)


def test_bad_request_body(emu):
    client = aws_client(emu)
    # unknown model: the first-party API answers 404 not_found_error "model: <id>"; 400 would also be plausible
    with pytest.raises((anthropic.BadRequestError, anthropic.NotFoundError)) as ei:
        client.messages.create(model="claude-not-a-model", max_tokens=16, messages=HI)
    assert ei.value.body["error"]["type"] in ("invalid_request_error", "not_found_error")
    assert "claude-not-a-model" in error_message(ei.value)
    with pytest.raises(anthropic.BadRequestError):
        client.messages.create(model=MODEL, max_tokens=16, messages=[])


def test_workspaces_list_and_get(emu):
    client = aws_client(emu)
    wss = client.organization.workspaces.list()
    assert [w.id for w in wss.data] == [WORKSPACE]  # only this endpoint region's workspaces
    w = client.organization.workspaces.retrieve(WORKSPACE)
    assert w.id == WORKSPACE and w.name == "default" and w.type == "workspace"
    assert [r["action"] for r in emu.gateway_requests()] == ["ListWorkspaces", "GetWorkspace"]


def test_route_action_denied_with_standard_iam_text(emu):
    from conftest import ACCOUNT, NOBEARER_AK, NOBEARER_SK

    client = aws_client(emu, aws_access_key=NOBEARER_AK, aws_secret_key=NOBEARER_SK)
    assert client.models.list().data  # ListModels is allowed
    with pytest.raises(anthropic.PermissionDeniedError) as ei:
        client.files.list()
    ws_arn = f"arn:aws:aws-external-anthropic:{REGION}:{ACCOUNT}:workspace/{WORKSPACE}"
    assert error_message(ei.value) == (
        f"User: arn:aws:iam::{ACCOUNT}:user/nobearer is not authorized to perform: aws-external-anthropic:ListFiles "
        f"on resource: {ws_arn} because no identity-based policy allows the aws-external-anthropic:ListFiles action"
    )
    assert ei.value.response.headers.get("x-amzn-ErrorType", "").startswith("AccessDeniedException")


def test_permissions_boundary_limits_sigv4_caller(make_emulator):
    def boundary(st):
        st["accounts"][0]["managed_policies"].append({
            "name": "OnlyModels", "path": "/", "default_version": "v1",
            "document": {"Version": "2012-10-17", "Statement": [
                {"Effect": "Allow", "Action": "aws-external-anthropic:List*", "Resource": "*"}]},
        })
        st["accounts"][0]["users"][0]["permissions_boundary"] = "arn:aws:iam::123456789012:policy/OnlyModels"

    emu = make_emulator(boundary)
    client = aws_client(emu)
    assert client.models.list().data
    with pytest.raises(anthropic.PermissionDeniedError) as ei:
        client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert "is not authorized to perform: aws-external-anthropic:CreateInference" in error_message(ei.value)


def test_async_client_sigv4(emu):
    import asyncio

    async def go():
        client = anthropic.AsyncAnthropicAWS(aws_access_key=AK, aws_secret_key=SK, aws_region=REGION,
                                             workspace_id=WORKSPACE, base_url=emu.url, max_retries=0)
        msg = await client.messages.create(model=MODEL, max_tokens=16, messages=HI)
        async with client.messages.stream(model=MODEL, max_tokens=16, messages=HI) as s:
            text = await s.get_final_text()
        return msg.content[0].text, text

    assert asyncio.run(go()) == ("You said: hi", "You said: hi")


def test_prompt_caching_usage(emu):
    client = aws_client(emu)
    system = [{"type": "text", "text": "You are a careful assistant. " * 50, "cache_control": {"type": "ephemeral"}}]
    first = client.messages.create(model=MODEL, max_tokens=16, system=system, messages=HI)
    second = client.messages.create(model=MODEL, max_tokens=16, system=system, messages=HI)
    assert first.usage.cache_creation_input_tokens and first.usage.cache_creation_input_tokens > 0
    assert not first.usage.cache_read_input_tokens
    assert second.usage.cache_read_input_tokens and second.usage.cache_read_input_tokens > 0
    assert not second.usage.cache_creation_input_tokens
    plain = client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert not plain.usage.cache_creation_input_tokens and not plain.usage.cache_read_input_tokens


def test_files_pagination_as_the_sdk_does_it(emu):
    """Both pinned SDKs paginate /v1/files with `page` / `next_page` (SyncPageCursor)."""
    client = aws_client(emu)
    ids = [client.files.upload(file=(f"f{i}.txt", b"x" * (i + 1), "text/plain")).id for i in range(3)]
    first = client.files.list(limit=2)
    assert len(first.data) == 2
    every = [f.id for f in client.files.list(limit=2)]  # auto-pagination follows next_page
    assert sorted(every) == sorted(ids) and len(every) == 3


def test_batches_lifecycle(emu):
    client = aws_client(emu)
    batch = client.messages.batches.create(requests=[
        {"custom_id": "one", "params": {"model": MODEL, "max_tokens": 16, "messages": HI}},
        {"custom_id": "two", "params": {"model": MODEL, "max_tokens": 16, "messages": HI}},
    ])
    assert batch.id.startswith("msgbatch_") and batch.type == "message_batch"
    assert batch.processing_status in ("in_progress", "ended")
    assert [b.id for b in client.messages.batches.list().data] == [batch.id]
    got = client.messages.batches.retrieve(batch.id)
    assert got.id == batch.id
    if got.processing_status == "in_progress":
        canceled = client.messages.batches.cancel(batch.id)
        assert canceled.processing_status in ("canceling", "ended")
    actions = [r["action"] for r in emu.gateway_requests()]
    assert actions[:3] == ["CreateBatchInference", "ListBatchInferences", "GetBatchInference"]


def test_large_streamed_reply(make_emulator):
    text = "0123456789abcdef" * 64  # 1 KiB
    emu = make_emulator(lambda st: st["reply"].update(text=text, repeat=2048, chunk_chars=8192))  # 2 MiB
    client = aws_client(emu)
    total = 0
    with client.messages.stream(model=MODEL, max_tokens=64000, messages=HI) as stream:
        for chunk in stream.text_stream:
            total += len(chunk)
    assert total == len(text) * 2048


def test_profile_credentials_file(emu, tmp_path, monkeypatch):
    creds = tmp_path / "credentials"
    creds.write_text(f"[interop]\naws_access_key_id = {AK}\naws_secret_access_key = {SK}\n")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(creds))
    client = anthropic.AnthropicAWS(aws_profile="interop", aws_region=REGION, workspace_id=WORKSPACE,
                                    base_url=emu.url, max_retries=0)
    assert client.messages.create(model=MODEL, max_tokens=16, messages=HI).content[0].text == "You said: hi"


def test_assume_role_profile_through_emulator_sts(make_emulator, tmp_path, monkeypatch):
    """boto3's assume-role provider (role_arn + source_profile) calls the emulator's STS through
    AWS_ENDPOINT_URL, and the SDK then signs with the minted ASIA credentials."""
    from conftest import ACCOUNT

    def allow(st):
        st["accounts"][0]["users"][0]["inline_policies"]["assume"] = {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                           "Resource": f"arn:aws:iam::{ACCOUNT}:role/cp-role"}],
        }

    emu = make_emulator(allow)
    cfg = tmp_path / "config"
    cfg.write_text(
        f"[profile src]\naws_access_key_id = {AK}\naws_secret_access_key = {SK}\n"
        f"[profile assumer]\nrole_arn = arn:aws:iam::{ACCOUNT}:role/cp-role\nsource_profile = src\n"
        "role_session_name = interop-profile\n"
    )
    monkeypatch.setenv("AWS_CONFIG_FILE", str(cfg))
    monkeypatch.setenv("AWS_ENDPOINT_URL", emu.url)
    monkeypatch.setenv("AWS_REGION", REGION)
    client = anthropic.AnthropicAWS(aws_profile="assumer", workspace_id=WORKSPACE, base_url=emu.url, max_retries=0)
    assert client.messages.create(model=MODEL, max_tokens=16, messages=HI).content
    recs = emu.requests()
    assert [r["action"] for r in recs if r.get("service") == "sts"] == ["AssumeRole"]
    gw = [r for r in recs if r.get("service") == "gateway"]
    assert header(gw[0], "authorization").startswith("AWS4-HMAC-SHA256 Credential=ASIA")
    assert header(gw[0], "x-amz-security-token")


def test_sigv4_canonicalization_corners(emu):
    """Corners botocore canonicalizes that a hand-written verifier can get wrong: header values with
    runs of spaces (collapsed), percent-encoded path segments (double-encoded in the canonical URI for
    non-S3 services), non-ASCII JSON bodies (hash of the exact bytes)."""
    client = aws_client(emu, default_headers={"x-interop-spaces": "a   b    c"})
    msg = client.messages.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": "héllo ☃ \u2028"}])
    assert msg.content[0].text == "You said: héllo ☃ \u2028"
    (rec,) = emu.gateway_requests()
    assert "x-interop-spaces" in header(rec, "authorization")
    for odd in ("claude haiku", "claude:4/5", "claude+4%5"):
        with pytest.raises(anthropic.NotFoundError):
            client.models.retrieve(odd)  # 404 from the route, not a 403 signature rejection
