"""Harness for the interop checks: runs the `cpaws-emulator` binary and talks to it only through
the wire (the official Python clients and the documented control API).

The emulator is located through $CPAWS_EMULATOR_BIN (run.sh sets it), else
$CARGO_TARGET_DIR/debug/cpaws-emulator, else <repo>/target/debug/cpaws-emulator.

Fake credentials only (AKIDEXAMPLE style); everything binds to 127.0.0.1.
"""

from __future__ import annotations

import copy
import json
import os
import pathlib
import subprocess
import threading
import urllib.error
import urllib.request
from typing import Any, Callable, Iterator

import pytest

REPO = pathlib.Path(__file__).resolve().parents[3]

ACCOUNT = "123456789012"
REGION = "us-west-2"
WORKSPACE = "wrkspc_01TESTWORKSPACE"
ISSUER = "https://0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b.tokens.sts.global.api.aws"

# The default principal (contract "Default state").
AK = "AKIDEXAMPLE"
SK = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
# A temporary (ASIA) key for the role session, with the session token of the second golden
# short-term key vector (src/apikey.rs tests).
ASIA_AK = "ASIAEXAMPLE"
ASIA_SK = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
ASIA_TOKEN = "FAKE/Session+Token=="
# A principal whose identity policy allows inference but NOT aws-external-anthropic:CallWithBearerToken.
NOBEARER_AK = "AKIDNOBEARER"
NOBEARER_SK = "nObEaReRsEcReTkEyFaKeFaKeFaKeFaKeFaKe0000"
# Long-term API keys: per the contract the key string is exactly the credential's `secret`.
LONG_TERM_KEY = "cpaws-interop-fake-long-term-key-dev-0001"
NOBEARER_LONG_TERM_KEY = "cpaws-interop-fake-long-term-key-nobearer-0001"

MODEL = "claude-sonnet-4-6"
SERVICE = "aws-external-anthropic.amazonaws.com"

IAM_READ_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "CpawsReadOnlyIam",
            "Effect": "Allow",
            "Action": ["iam:Get*", "iam:List*", "iam:SimulatePrincipalPolicy", "sts:GetCallerIdentity"],
            "Resource": "*",
        }
    ],
}

INFERENCE_ONLY_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "InferenceNoBearer",
            "Effect": "Allow",
            "Action": [
                "aws-external-anthropic:CreateInference",
                "aws-external-anthropic:CountTokens",
                "aws-external-anthropic:ListModels",
                "aws-external-anthropic:GetModel",
            ],
            "Resource": "arn:aws:aws-external-anthropic:*:*:workspace/*",
        }
    ],
}

CP_ROLE_TRUST = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"},
            "Action": "sts:AssumeRole",
        }
    ],
}


def default_state() -> dict[str, Any]:
    """The contract's default state, written out in full so the tests also check that the
    documented state JSON is accepted, plus the extra principals the interop tests need."""
    return {
        "default_region": REGION,
        "now_offset_seconds": 0,
        "gateway_error_style": "anthropic",
        "accounts": [
            {
                "id": ACCOUNT,
                "federation_enabled": True,
                "issuer": ISSUER,
                "workspaces": [
                    {"id": WORKSPACE, "name": "default", "region": REGION, "archived": False},
                    {"id": "wrkspc_01EASTWORKSPACE", "name": "east", "region": "us-east-1", "archived": False},
                ],
                "users": [
                    {
                        "name": "dev",
                        "path": "/",
                        "inline_policies": {"cpaws-read-iam": IAM_READ_POLICY},
                        "attached_policies": ["arn:aws:iam::aws:policy/AnthropicFullAccess"],
                        "permissions_boundary": None,
                    },
                    {
                        "name": "nobearer",
                        "path": "/",
                        "inline_policies": {"inference-only": INFERENCE_ONLY_POLICY},
                        "attached_policies": [],
                        "permissions_boundary": None,
                    },
                ],
                "roles": [
                    {
                        "name": "cp-role",
                        "path": "/",
                        "trust_policy": CP_ROLE_TRUST,
                        "max_session_duration": 3600,
                        "inline_policies": {"cpaws-read-iam": IAM_READ_POLICY},
                        "attached_policies": ["arn:aws:iam::aws:policy/AnthropicFullAccess"],
                    }
                ],
                "managed_policies": [],
                "service_specific_credentials": [
                    {
                        "id": "ACCAINTEROPDEV0000001",
                        "user": "dev",
                        "service": SERVICE,
                        "secret": LONG_TERM_KEY,
                        "status": "Active",
                        "created": "2026-01-01T00:00:00Z",
                        "expires": None,
                    },
                    {
                        "id": "ACCAINTEROPNOBEARER01",
                        "user": "nobearer",
                        "service": SERVICE,
                        "secret": NOBEARER_LONG_TERM_KEY,
                        "status": "Active",
                        "created": "2026-01-01T00:00:00Z",
                        "expires": None,
                    },
                ],
                "outbound_token_audiences_ok": True,
            }
        ],
        "access_keys": [
            {
                "access_key_id": AK,
                "secret": SK,
                "session_token": None,
                "account": ACCOUNT,
                "principal": "user/dev",
                "expires": None,
            },
            {
                "access_key_id": ASIA_AK,
                "secret": ASIA_SK,
                "session_token": ASIA_TOKEN,
                "account": ACCOUNT,
                "principal": "assumed-role/cp-role/cpaws-session",
                "expires": None,
            },
            {
                "access_key_id": NOBEARER_AK,
                "secret": NOBEARER_SK,
                "session_token": None,
                "account": ACCOUNT,
                "principal": "user/nobearer",
                "expires": None,
            },
        ],
        "models": [
            {"id": "claude-opus-4-8", "display_name": "Claude Opus 4.8", "created_at": "2026-09-01T00:00:00Z"},
            {"id": "claude-sonnet-4-6", "display_name": "Claude Sonnet 4.6", "created_at": "2026-02-17T00:00:00Z"},
            {"id": "claude-haiku-4-5", "display_name": "Claude Haiku 4.5", "created_at": "2025-10-01T00:00:00Z"},
            {"id": "claude-sonnet-4-5", "display_name": "Claude Sonnet 4.5", "created_at": "2025-09-29T00:00:00Z"},
            {"id": "claude-opus-4-5", "display_name": "Claude Opus 4.5", "created_at": "2025-11-24T00:00:00Z"},
        ],
        "files": [],
        "reply": {"text": None, "repeat": 1, "chunk_chars": 16, "thinking": False, "tool_use": False},
        "faults": [],
    }


def account(state: dict[str, Any]) -> dict[str, Any]:
    return state["accounts"][0]


def emulator_binary() -> pathlib.Path:
    env_bin = os.environ.get("CPAWS_EMULATOR_BIN")
    if env_bin:
        return pathlib.Path(env_bin)
    target = os.environ.get("CARGO_TARGET_DIR") or str(REPO / "target")
    return pathlib.Path(target) / "debug" / "cpaws-emulator"


class ControlError(RuntimeError):
    pass


class Process:
    """A binary started for a test: its stdout read line by line until `ready(lines)` holds (then
    drained, so it never blocks on a full pipe), its stderr written to `log_file`."""

    def __init__(
        self,
        argv: list[str],
        *,
        cwd: pathlib.Path,
        log_file: pathlib.Path,
        ready: Callable[[list[str]], bool],
        env: dict[str, str] | None = None,
        what: str = "the process",
    ) -> None:
        self.log_file = log_file
        self._log = open(log_file, "wb")
        self.proc = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self._log,
            env=env,
            cwd=str(cwd),
        )
        self.lines: list[str] = []
        started = threading.Event()
        assert self.proc.stdout is not None
        stdout = self.proc.stdout

        def read() -> None:
            for raw in stdout:
                if not started.is_set():
                    self.lines.append(raw.decode("utf-8", "replace").rstrip("\n"))
                    if ready(self.lines):
                        started.set()
            started.set()

        threading.Thread(target=read, daemon=True).start()
        # wait() returns as soon as the lines arrive; the timeout only bounds a hung start.
        started.wait(timeout=30)
        if not ready(list(self.lines)):
            self.stop()
            raise RuntimeError(f"{what} did not start: stdout {self.lines[:20]!r}; stderr: {self.stderr()[-2000:]}")

    def stop(self, timeout: float = 10) -> None:
        """SIGTERM, then SIGKILL if it has not exited within `timeout` seconds."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._log.close()

    def stderr(self) -> str:
        try:
            return self.log_file.read_text("utf-8", "replace")
        except OSError:
            return ""


class Emulator:
    """A running `cpaws-emulator` process (one per test)."""

    def __init__(self, binary: pathlib.Path, state_file: pathlib.Path, log_file: pathlib.Path) -> None:
        self.state_file = state_file
        self.process = Process(
            # Each test writes its whole state: exact, not merged over the default.
            [str(binary), "--port", "0", "--state", str(state_file), "--exact-state"],
            cwd=state_file.parent,
            log_file=log_file,
            ready=lambda lines: len(lines) >= 1,
            what="the emulator",
        )
        line = self.process.lines[0]
        if not line.startswith("CPAWS_EMULATOR_URL="):
            self.stop()
            raise RuntimeError(
                f"emulator did not print CPAWS_EMULATOR_URL= as its first line (got {line!r}); "
                f"stderr: {self.stderr()[-2000:]}"
            )
        self.url = line.split("=", 1)[1]
        assert self.url.startswith("http://127.0.0.1:"), self.url
        self.port = int(self.url.rsplit(":", 1)[1])

    # -- lifecycle ---------------------------------------------------------------------------
    def stop(self) -> None:
        self.process.stop()

    def stderr(self) -> str:
        return self.process.stderr()

    @property
    def log_file(self) -> pathlib.Path:
        return self.process.log_file

    # -- control API ---------------------------------------------------------------------------
    def control(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method)
        if data is not None:
            req.add_header("content-type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as e:
            raise ControlError(f"{method} {path} -> {e.code}: {e.read()[:500]!r}") from e
        if not raw.strip():
            return None
        try:
            return json.loads(raw)
        except ValueError:
            return raw.decode("utf-8", "replace")

    def requests(self) -> list[dict[str, Any]]:
        got = self.control("GET", "/_emulator/requests")
        if isinstance(got, dict):  # tolerate {"requests": [...]}
            got = got.get("requests", got.get("data", []))
        return list(got)

    def gateway_requests(self) -> list[dict[str, Any]]:
        return [r for r in self.requests() if not str(r.get("path", "")).startswith("/_emulator")]

    def clear_requests(self) -> None:
        self.control("DELETE", "/_emulator/requests")

    def add_faults(self, *rules: dict[str, Any]) -> None:
        self.control("POST", "/_emulator/faults", list(rules))

    def clear_faults(self) -> None:
        self.control("DELETE", "/_emulator/faults")

    def set_clock(self, offset_seconds: int) -> None:
        self.control("POST", "/_emulator/clock", {"offset_seconds": offset_seconds})

    def get_state(self) -> dict[str, Any]:
        return self.control("GET", "/_emulator/state")

    def put_state(self, state: dict[str, Any]) -> None:
        self.control("PUT", "/_emulator/state", state)


def header(rec: dict[str, Any], name: str) -> str | None:
    """A header of a recorded request (headers are a list of [name, value] pairs or a map)."""
    headers = rec.get("headers") or []
    items = headers.items() if isinstance(headers, dict) else headers
    for k, v in items:
        if k.lower() == name.lower():
            return v
    return None


def body_text(rec: dict[str, Any]) -> str:
    b = rec.get("body")
    if isinstance(b, list):
        return bytes(b).decode("utf-8", "replace")
    return b or ""


@pytest.fixture
def make_emulator(tmp_path: pathlib.Path, request: pytest.FixtureRequest) -> Iterator[Callable[..., Emulator]]:
    """Factory: make_emulator(mutate=None) writes this test's state JSON and starts the binary."""
    started: list[Emulator] = []
    binary = emulator_binary()
    if not binary.exists():
        pytest.fail(f"emulator binary not built: {binary} (run.sh builds it with cargo build -p cpaws-emulator)")

    def start(mutate: Callable[[dict[str, Any]], Any] | None = None, state: dict[str, Any] | None = None) -> Emulator:
        st = copy.deepcopy(state) if state is not None else default_state()
        if mutate is not None:
            mutate(st)
        n = len(started)
        state_file = tmp_path / f"state{n}.json"
        state_file.write_text(json.dumps(st, indent=2))
        emu = Emulator(binary, state_file, tmp_path / f"emulator{n}.stderr")
        started.append(emu)
        return emu

    yield start
    for emu in started:
        emu.stop()
    if request.node.rep_call.failed if hasattr(request.node, "rep_call") else False:
        for emu in started:
            print(f"--- emulator stderr ({emu.log_file}) ---\n{emu.stderr()[-4000:]}")


@pytest.fixture
def emu(make_emulator: Callable[..., Emulator]) -> Emulator:
    """An emulator with the default interop state."""
    return make_emulator()


@pytest.fixture(autouse=True)
def _clean_aws_env(monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path) -> None:
    """No ambient credentials or endpoints leak in from the machine; no ~/.aws files are read."""
    for var in list(os.environ):
        if var.startswith(("AWS_", "ANTHROPIC_")):
            monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    # anthropic.lib.aws._auth caches one boto3.Session per argument tuple (lru_cache), and a
    # botocore session caches the credentials it resolved from the environment; without this,
    # an env-var test would silently reuse the credentials of an earlier test.
    from anthropic.lib.aws import _auth

    _auth._get_session.cache_clear()  # type: ignore[attr-defined]


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    rep = yield
    if rep.when == "call":
        item.rep_call = rep  # type: ignore[attr-defined]
    return rep
