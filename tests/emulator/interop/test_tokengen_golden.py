"""Sanity check of the pinned official token generator: it must reproduce the golden vectors of
src/apikey.rs's tests byte for byte (frozen botocore clock)."""

from __future__ import annotations

import base64
import datetime as dt
import urllib.parse

import pytest
from token_generator_for_aws_external_anthropic import get_token
from botocore.credentials import Credentials

from helpers import frozen_botocore_clock

SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
PREFIX = "aws-external-anthropic-api-key-"

CLIENTS_1 = (
    "aws-external-anthropic-api-key-YXdzLWV4dGVybmFsLWFudGhyb3BpYy5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFLSURFWEFNUExFJTJGMjAyNjAxMTUlMkZ1cy13ZXN0LTIlMkZhd3MtZXh0ZXJuYWwtYW50aHJvcGljJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjAxMTVUMTIwMDAwWiZYLUFtei1FeHBpcmVzPTQzMjAwJlgtQW16LVNpZ25lZEhlYWRlcnM9aG9zdCZYLUFtei1TaWduYXR1cmU9Yzk4NDUyMGRiNGRkYWJhYzQwMzIxZjNlNDJmOWQzNTYxMTY5MmQ4NGYwNTJjODhmZTU0YTFlNmRlNmI3ODIyNSZWZXJzaW9uPTE="
)
CLIENTS_2 = (
    "aws-external-anthropic-api-key-YXdzLWV4dGVybmFsLWFudGhyb3BpYy5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFTSUFFWEFNUExFJTJGMjAyNjAxMTUlMkZ1cy13ZXN0LTIlMkZhd3MtZXh0ZXJuYWwtYW50aHJvcGljJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjAxMTVUMTIwMDAwWiZYLUFtei1FeHBpcmVzPTM2MDAmWC1BbXotU2lnbmVkSGVhZGVycz1ob3N0JlgtQW16LVNlY3VyaXR5LVRva2VuPUZBS0UlMkZTZXNzaW9uJTJCVG9rZW4lM0QlM0QmWC1BbXotU2lnbmF0dXJlPTkzYzAxYWEwYjFjNjY2N2Q0NGQwZjBiNDkxODAzYzdlMzA0ZDVhNGViNTYxYjc5OTAwNzc0NGNmNjU2YjZmYmYmVmVyc2lvbj0x"
)
PLATFORM_1 = (
    "aws-external-anthropic-api-key-YXdzLWV4dGVybmFsLWFudGhyb3BpYy5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFLSURFWEFNUExFJTJGMjAyNjA1MDclMkZ1cy13ZXN0LTIlMkZhd3MtZXh0ZXJuYWwtYW50aHJvcGljJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjA1MDdUMTIwMDAwWiZYLUFtei1FeHBpcmVzPTM2MDAmWC1BbXotU2lnbmVkSGVhZGVycz1ob3N0JlgtQW16LVNlY3VyaXR5LVRva2VuPUZ3b0daWEl2WVhkekVYQU1QTEUlMkZUT0tFTiUyQiUzRCUzRCZYLUFtei1TaWduYXR1cmU9ODkwYmI4MzhjMjk3NjgyZTcxNDJlMDhjNmU2OTE1MzJhZjNmMGI0NGYzOTVkNWMxYTI4MTFjMjFkODI2ZjlkOSZWZXJzaW9uPTE="
)
PLATFORM_2_DECODED = (
    "aws-external-anthropic.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Credential=AKIDEXAMPLE%2F20260507%2Fus-east-1%2Faws-external-anthropic%2Faws4_request"
    "&X-Amz-Date=20260507T120000Z&X-Amz-Expires=43200&X-Amz-SignedHeaders=host"
    "&X-Amz-Signature=4949e1bdfa0efa7d10b6022df8b2150d3b9a51b326741d5ee08c0ddfa1a38d2d&Version=1"
)


@pytest.mark.parametrize(
    "ak,token,region,secs,when,expected",
    [
        ("AKIDEXAMPLE", None, "us-west-2", 43200, dt.datetime(2026, 1, 15, 12, 0, 0), CLIENTS_1),
        ("ASIAEXAMPLE", "FAKE/Session+Token==", "us-west-2", 3600, dt.datetime(2026, 1, 15, 12, 0, 0), CLIENTS_2),
        ("AKIDEXAMPLE", "FwoGZXIvYXdzEXAMPLE/TOKEN+==", "us-west-2", 3600, dt.datetime(2026, 5, 7, 12, 0, 0), PLATFORM_1),
    ],
    ids=["clients-2.1-1", "clients-2.1-2", "platform-2.1-session"],
)
def test_token_generator_golden_vectors(ak, token, region, secs, when, expected):
    with frozen_botocore_clock(when):
        got = get_token(credentials=Credentials(ak, SECRET, token), region=region, expiry=dt.timedelta(seconds=secs))
    assert got == expected


def test_token_generator_golden_vector_platform_no_session_us_east_1():
    with frozen_botocore_clock(dt.datetime(2026, 5, 7, 12, 0, 0)):
        got = get_token(credentials=Credentials("AKIDEXAMPLE", SECRET), region="us-east-1", expiry=dt.timedelta(hours=12))
    assert got.startswith(PREFIX)
    assert base64.b64decode(got[len(PREFIX):], validate=True).decode() == PLATFORM_2_DECODED


def test_token_format_facts():
    """Facts about the generator's tokens the emulator's decoder relies on: standard padded base64, global host,
    Version=1 appended after the signature, expiry bounds."""
    with frozen_botocore_clock(dt.datetime(2026, 1, 15, 12, 0, 0)):
        tok = get_token(credentials=Credentials("ASIAEXAMPLE", SECRET, "FAKE/Session+Token=="), region="eu-central-1",
                        expiry=dt.timedelta(minutes=5))
    decoded = base64.b64decode(tok[len(PREFIX):], validate=True).decode()
    host, _, query = decoded.partition("/?")
    assert host == "aws-external-anthropic.amazonaws.com"
    keys = [kv.split("=", 1)[0] for kv in query.split("&")]
    assert keys == ["Action", "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires",
                    "X-Amz-SignedHeaders", "X-Amz-Security-Token", "X-Amz-Signature", "Version"]
    params = dict(urllib.parse.parse_qsl(query))
    assert params["X-Amz-Credential"] == "ASIAEXAMPLE/20260115/eu-central-1/aws-external-anthropic/aws4_request"
    assert params["X-Amz-Expires"] == "300"
    assert params["X-Amz-Security-Token"] == "FAKE/Session+Token=="
    for bad in (dt.timedelta(0), dt.timedelta(hours=12, seconds=1)):
        with pytest.raises(ValueError, match="Expiry must be greater than 0 and less than or equal to 12 hours"):
            get_token(credentials=Credentials("AKIDEXAMPLE", SECRET), region="us-west-2", expiry=bad)
