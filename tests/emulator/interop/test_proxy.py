"""`cpaws proxy` driven by the OFFICIAL first-party client (`anthropic.Anthropic`, which knows nothing
of AWS): messages (plain and streamed), models, count_tokens and files go through the proxy to the
emulator, which verifies every forwarded SigV4 signature.

The cpaws binary is located through $CPAWS_BIN (run.sh sets it), else
$CARGO_TARGET_DIR/debug/cpaws, else <repo>/target/debug/cpaws.
"""

from __future__ import annotations

import os
import pathlib
from typing import Iterator

import anthropic
import pytest

from conftest import AK, MODEL, REGION, REPO, SK, WORKSPACE, Emulator, Process, header

HI = [{"role": "user", "content": "hi through the proxy"}]


def cpaws_binary() -> pathlib.Path:
    env_bin = os.environ.get("CPAWS_BIN")
    if env_bin:
        return pathlib.Path(env_bin)
    target = os.environ.get("CARGO_TARGET_DIR")
    base = pathlib.Path(target) if target else REPO / "target"
    return base / "debug" / "cpaws"


class Proxy:
    def __init__(self, emu: Emulator, home: pathlib.Path) -> None:
        binary = cpaws_binary()
        if not binary.exists():
            pytest.fail(f"cpaws binary not built: {binary} (run.sh builds it)")
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(home),
            "AWS_CONFIG_FILE": str(home / "no-aws-config"),
            "AWS_SHARED_CREDENTIALS_FILE": str(home / "no-aws-credentials"),
            "AWS_EC2_METADATA_DISABLED": "true",
            "NO_COLOR": "1",
            "ANTHROPIC_AWS_BASE_URL": emu.url,
            "AWS_ENDPOINT_URL": emu.url,
            "AWS_REGION": REGION,
            "ANTHROPIC_AWS_WORKSPACE_ID": WORKSPACE,
            "AWS_ACCESS_KEY_ID": AK,
            "AWS_SECRET_ACCESS_KEY": SK,
        }
        # The --print-env lines end with the workspace.
        self.process = Process(
            [str(binary), "proxy", "--print-env"],
            cwd=home,
            log_file=home / "proxy.stderr",
            env=env,
            ready=lambda lines: any(ln.startswith("export ANTHROPIC_AWS_WORKSPACE_ID=") for ln in lines),
            what="the proxy",
        )
        self.proc = self.process.proc
        self.env = dict(ln[len("export ") :].split("=", 1) for ln in self.process.lines if ln.startswith("export "))
        self.url = self.env["ANTHROPIC_BASE_URL"]
        self.token = self.env["ANTHROPIC_API_KEY"]

    def client(self, **kw) -> anthropic.Anthropic:
        kw.setdefault("api_key", self.token)
        kw.setdefault("max_retries", 0)
        kw.setdefault("timeout", 30.0)
        return anthropic.Anthropic(base_url=self.url, **kw)

    def stop(self) -> None:
        self.process.stop(timeout=15)

    def stderr(self) -> str:
        return self.process.stderr()


@pytest.fixture
def proxy(emu: Emulator, tmp_path: pathlib.Path) -> Iterator[Proxy]:
    p = Proxy(emu, tmp_path)
    yield p
    p.stop()
    # Stopped by SIGTERM: a graceful stop exits 0.
    assert p.proc.returncode == 0, p.stderr()[-2000:]


def assert_signed_and_clean(emu: Emulator, proxy: Proxy, n: int) -> None:
    reqs = emu.gateway_requests()
    assert len(reqs) == n, reqs
    for r in reqs:
        assert r["status"] < 300, r
        assert (header(r, "authorization") or "").startswith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), r
        assert header(r, "anthropic-workspace-id") == WORKSPACE
        assert header(r, "x-api-key") is None
        for k, v in r["headers"]:
            assert proxy.token not in v, k


def test_messages_plain_and_streamed(emu, proxy):
    client = proxy.client()
    msg = client.messages.create(model=MODEL, max_tokens=32, messages=HI)
    assert msg.content[0].text
    assert msg.usage.output_tokens > 0
    with client.messages.stream(model=MODEL, max_tokens=32, messages=HI) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text and final.content[0].text == text
    assert final.usage.output_tokens > 0
    assert_signed_and_clean(emu, proxy, 2)
    log = proxy.stderr()
    assert "POST /v1/messages 200" in log
    assert "hi through the proxy" not in log and proxy.token not in log


def test_models_and_count_tokens(emu, proxy):
    client = proxy.client()
    ids = [m.id for m in client.models.list()]
    assert MODEL in ids
    assert client.models.retrieve(MODEL).id == MODEL
    counted = client.messages.count_tokens(model=MODEL, messages=HI)
    assert counted.input_tokens > 0
    assert_signed_and_clean(emu, proxy, 3)


def test_files_upload_list_download_delete(emu, proxy):
    client = proxy.client()
    up = client.beta.files.upload(file=("notes.txt", b"hello from the proxy\n" * 1000, "text/plain"))
    assert up.size_bytes == 21000
    assert up.id in [f.id for f in client.beta.files.list()]
    state = emu.get_state()
    state["files"].append(
        {
            "id": "file_01PROXYINTEROP",
            "workspace_id": WORKSPACE,
            "filename": "out.txt",
            "mime_type": "text/plain",
            "size_bytes": 12,
            "created_at": "2026-01-01T00:00:00Z",
            "downloadable": True,
            "content": "hello world\n",
        }
    )
    emu.put_state(state)
    assert client.beta.files.download("file_01PROXYINTEROP").read() == b"hello world\n"
    client.beta.files.delete(up.id)
    assert up.id not in [f.id for f in client.beta.files.list()]
    # PUT /_emulator/state is the control API, not the gateway.
    reqs = [r for r in emu.gateway_requests() if not r["path"].startswith("/_emulator")]
    assert all((header(r, "authorization") or "").startswith("AWS4-HMAC-SHA256") for r in reqs)
    assert all(r["status"] < 300 for r in reqs), reqs


def test_wrong_token_is_refused_and_nothing_reaches_the_emulator(emu, proxy):
    emu.clear_requests()
    with pytest.raises(anthropic.AuthenticationError):
        proxy.client(api_key="sk-ant-not-the-proxy-token").messages.create(model=MODEL, max_tokens=8, messages=HI)
    with pytest.raises(anthropic.AuthenticationError):
        proxy.client(api_key=None, auth_token="wrong-bearer-token").models.list()
    assert emu.gateway_requests() == []
    # The token as a bearer token (what Claude Code sends as ANTHROPIC_AUTH_TOKEN) works.
    assert proxy.client(api_key=None, auth_token=proxy.token).models.list().data


def test_upstream_error_reaches_the_sdk_unchanged(make_emulator, tmp_path):
    def off(st):
        st["accounts"][0]["federation_enabled"] = False

    emu = make_emulator(off)
    p = Proxy(emu, tmp_path)
    try:
        with pytest.raises(anthropic.PermissionDeniedError) as ei:
            p.client().messages.create(model=MODEL, max_tokens=8, messages=HI)
        assert ei.value.status_code == 403
        assert ei.value.request_id and ei.value.request_id.startswith("req_")
    finally:
        p.stop()
    assert "fix:" in p.stderr()
