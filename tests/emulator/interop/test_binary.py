"""The binary's command-line and control-API contract, as the harness (and cpaws's tests) use it."""

from __future__ import annotations

import json
import subprocess

import anthropic
import pytest

from conftest import MODEL, account, default_state, emulator_binary
from helpers import aws_client, error_message

HI = [{"role": "user", "content": "hi"}]


def run_binary(args, tmp_path, timeout=30):
    return subprocess.run([str(emulator_binary()), *args], stdin=subprocess.DEVNULL, capture_output=True,
                          cwd=tmp_path, timeout=timeout)


def test_unknown_state_field_is_refused(tmp_path):
    st = default_state()
    st["no_such_field"] = 1
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(st))
    out = run_binary(["--port", "0", "--state", str(f)], tmp_path)
    assert out.returncode != 0
    assert b"CPAWS_EMULATOR_URL=" not in out.stdout
    assert b"no_such_field" in out.stderr


def test_non_loopback_host_is_refused(tmp_path):
    out = run_binary(["--port", "0", "--host", "0.0.0.0"], tmp_path)
    assert out.returncode != 0 and b"CPAWS_EMULATOR_URL=" not in out.stdout


def test_state_round_trip_and_put(emu):
    live = emu.get_state()
    assert live["default_region"] == "us-west-2"
    assert [w["id"] for w in account(live)["workspaces"]][:1] == ["wrkspc_01TESTWORKSPACE"]
    client = aws_client(emu)
    assert client.messages.create(model=MODEL, max_tokens=16, messages=HI).content
    account(live)["federation_enabled"] = False
    emu.put_state(live)  # the GET output is valid PUT input
    with pytest.raises(anthropic.PermissionDeniedError) as ei:
        client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert error_message(ei.value) == "Outbound web identity federation is disabled for your account"
    emu.clear_requests()
    assert emu.gateway_requests() == []


def test_bad_put_state_is_rejected_and_keeps_state(emu):
    with pytest.raises(Exception):
        emu.put_state({"accounts": "not a list"})
    assert aws_client(emu).models.list().data


def test_recorded_request_shape(emu):
    aws_client(emu).messages.create(model=MODEL, max_tokens=16, messages=HI)
    (rec,) = emu.gateway_requests()
    assert rec["method"] == "POST" and rec["path"] == "/v1/messages" and rec["status"] == 200
    assert rec["service"] == "gateway" and rec["action"] == "CreateInference"
    assert isinstance(rec["headers"], list) and all(len(h) == 2 for h in rec["headers"])
