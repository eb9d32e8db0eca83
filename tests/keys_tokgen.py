#!/usr/bin/env python3
"""Print the short-term API key the official generator (token-generator-for-aws-external-anthropic)
makes for fixed credentials and a fixed clock, for tests/it/keys.rs (`same_token_as_the_official_generator`).

Usage: python keys_tokgen.py ACCESS_KEY_ID SECRET SESSION_TOKEN_OR_EMPTY REGION EXPIRY_SECONDS UNIX_TIME

Run it with the interop venv (target/interop-venvs/sdk2/bin/python), which has the generator.
The clock is fixed by patching botocore.auth.get_current_datetime (clients.md §2).
"""
import datetime
import sys
from unittest import mock

import botocore.auth
from botocore.credentials import Credentials
from token_generator_for_aws_external_anthropic import get_token


def main():
    ak, secret, token, region, expiry, when = sys.argv[1:7]
    now = datetime.datetime.fromtimestamp(int(when), tz=datetime.timezone.utc).replace(tzinfo=None)
    creds = Credentials(ak, secret, token or None)
    with mock.patch.object(botocore.auth, "get_current_datetime", lambda *a, **k: now):
        print(get_token(credentials=creds, region=region, expiry=datetime.timedelta(seconds=int(expiry))))


if __name__ == "__main__":
    main()
