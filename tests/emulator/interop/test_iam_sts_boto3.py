"""boto3 (an independent AWS client) against the emulator's IAM/STS query API, for the calls cpaws makes:
XML shapes must parse, error codes must map to boto3's modeled exceptions, documents are
percent-encoded on the wire and decoded by boto3."""

from __future__ import annotations

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from conftest import (
    ACCOUNT,
    AK,
    ASIA_AK,
    ASIA_SK,
    ASIA_TOKEN,
    CP_ROLE_TRUST,
    IAM_READ_POLICY,
    ISSUER,
    MODEL,
    NOBEARER_AK,
    NOBEARER_SK,
    REGION,
    SERVICE,
    SK,
    WORKSPACE,
    account,
)
from helpers import aws_client, error_message, short_term_token

import anthropic

WS_ARN = f"arn:aws:aws-external-anthropic:{REGION}:{ACCOUNT}:workspace/{WORKSPACE}"
DEV_ARN = f"arn:aws:iam::{ACCOUNT}:user/dev"
ROLE_ARN = f"arn:aws:iam::{ACCOUNT}:role/cp-role"
HI = [{"role": "user", "content": "hi"}]


def client(emu, service, ak=AK, sk=SK, token=None):
    return boto3.client(
        service,
        endpoint_url=emu.url,
        region_name=REGION,
        aws_access_key_id=ak,
        aws_secret_access_key=sk,
        aws_session_token=token,
        config=Config(retries={"total_max_attempts": 1}),
    )


def raw_bodies(c, op):
    """Capture the raw XML of an operation's response (to check what is on the wire)."""
    seen: list[bytes] = []
    c.meta.events.register(f"after-call.{c.meta.service_model.endpoint_prefix}.{op}",
                           lambda http_response, **kw: seen.append(http_response.content))
    return seen


def test_get_caller_identity_user_and_assumed_role(emu):
    me = client(emu, "sts").get_caller_identity()
    assert me["Arn"] == DEV_ARN and me["Account"] == ACCOUNT and me["UserId"].startswith("AIDA")
    role = client(emu, "sts", ASIA_AK, ASIA_SK, ASIA_TOKEN).get_caller_identity()
    assert role["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/cp-role/cpaws-session"
    assert role["UserId"].startswith("AROA") and role["UserId"].endswith(":cpaws-session")
    # GetCallerIdentity needs no permission (a principal without any IAM/STS grant)
    nb = client(emu, "sts", NOBEARER_AK, NOBEARER_SK).get_caller_identity()
    assert nb["Arn"] == f"arn:aws:iam::{ACCOUNT}:user/nobearer"
    recs = [r for r in emu.requests() if r.get("service") == "sts"]
    assert len(recs) == 3 and all(r["action"] == "GetCallerIdentity" and r["status"] == 200 for r in recs)


def test_sts_auth_failures_have_parseable_codes(emu):
    with pytest.raises(ClientError) as ei:
        client(emu, "sts", AK, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYWRONGKEY").get_caller_identity()
    assert ei.value.response["Error"]["Code"] == "SignatureDoesNotMatch"
    assert ei.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403
    with pytest.raises(ClientError) as ei:
        client(emu, "sts", "AKIDUNKNOWNEXAMPLE", SK).get_caller_identity()
    assert ei.value.response["Error"]["Code"] == "InvalidClientTokenId"
    assert ei.value.response["Error"]["Message"]


def test_outbound_federation_info_enable_disable(emu):
    iam = client(emu, "iam")
    info = iam.get_outbound_web_identity_federation_info()
    assert info["IssuerIdentifier"] == ISSUER and info["JwtVendingEnabled"] is True
    with pytest.raises(iam.exceptions.FeatureEnabledException) as ei:
        iam.enable_outbound_web_identity_federation()
    err = ei.value.response
    assert err["Error"]["Code"] == "FeatureEnabled" and err["ResponseMetadata"]["HTTPStatusCode"] == 409
    assert "already enabled" in err["Error"]["Message"]
    # AnthropicFullAccess grants Get+Enable, not Disable (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AnthropicFullAccess.html)
    with pytest.raises(ClientError) as ei:
        iam.disable_outbound_web_identity_federation()
    assert ei.value.response["Error"]["Code"] == "AccessDenied"
    assert ei.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403
    assert ei.value.response["Error"]["Message"] == (
        f"User: {DEV_ARN} is not authorized to perform: iam:DisableOutboundWebIdentityFederation on resource: * "
        "because no identity-based policy allows the iam:DisableOutboundWebIdentityFederation action"
    )


def test_disable_then_enable_round_trip(make_emulator):
    def admin(st):
        account(st)["users"][0]["inline_policies"]["iam-admin"] = {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "iam:*OutboundWebIdentityFederation*", "Resource": "*"}],
        }

    emu = make_emulator(admin)
    iam = client(emu, "iam")
    iam.disable_outbound_web_identity_federation()
    with pytest.raises(iam.exceptions.FeatureDisabledException) as ei:
        iam.get_outbound_web_identity_federation_info()
    assert ei.value.response["ResponseMetadata"]["HTTPStatusCode"] == 404
    with pytest.raises(iam.exceptions.FeatureDisabledException):
        iam.disable_outbound_web_identity_federation()
    with pytest.raises(anthropic.PermissionDeniedError) as e2:
        aws_client(emu).messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert error_message(e2.value) == "Outbound web identity federation is disabled for your account"
    assert iam.enable_outbound_web_identity_federation()["IssuerIdentifier"].startswith("https://")
    assert aws_client(emu).messages.create(model=MODEL, max_tokens=16, messages=HI).content


def test_get_role_document_percent_encoded_and_decoded_by_boto3(emu):
    iam = client(emu, "iam")
    seen = raw_bodies(iam, "GetRole")
    role = iam.get_role(RoleName="cp-role")["Role"]
    assert role["Arn"] == ROLE_ARN and role["RoleName"] == "cp-role" and role["MaxSessionDuration"] == 3600
    assert role["AssumeRolePolicyDocument"] == CP_ROLE_TRUST  # boto3 URL-decodes and JSON-parses it
    assert b"<AssumeRolePolicyDocument>%7B%22" in seen[0], seen[0][:600]


def test_inline_and_attached_policies(emu):
    iam = client(emu, "iam")
    assert iam.list_user_policies(UserName="dev")["PolicyNames"] == ["cpaws-read-iam"]
    seen = raw_bodies(iam, "GetUserPolicy")
    doc = iam.get_user_policy(UserName="dev", PolicyName="cpaws-read-iam")
    assert doc["UserName"] == "dev" and doc["PolicyName"] == "cpaws-read-iam"
    assert doc["PolicyDocument"] == IAM_READ_POLICY
    assert b"<PolicyDocument>%7B%22" in seen[0]
    attached = iam.list_attached_user_policies(UserName="dev")["AttachedPolicies"]
    assert attached == [{"PolicyName": "AnthropicFullAccess", "PolicyArn": "arn:aws:iam::aws:policy/AnthropicFullAccess"}]
    assert iam.list_role_policies(RoleName="cp-role")["PolicyNames"] == ["cpaws-read-iam"]
    assert iam.get_role_policy(RoleName="cp-role", PolicyName="cpaws-read-iam")["PolicyDocument"] == IAM_READ_POLICY
    assert [p["PolicyName"] for p in iam.list_attached_role_policies(RoleName="cp-role")["AttachedPolicies"]] == [
        "AnthropicFullAccess"
    ]
    user = iam.get_user(UserName="dev")["User"]
    assert user["Arn"] == DEV_ARN and user["UserId"].startswith("AIDA")
    me = iam.get_user()["User"]  # no UserName: the caller
    assert me["UserName"] == "dev"


def test_managed_policy_document(emu):
    iam = client(emu, "iam")
    arn = "arn:aws:iam::aws:policy/AnthropicFullAccess"
    pol = iam.get_policy(PolicyArn=arn)["Policy"]
    assert pol["PolicyName"] == "AnthropicFullAccess" and pol["Arn"] == arn
    ver = iam.get_policy_version(PolicyArn=arn, VersionId=pol["DefaultVersionId"])["PolicyVersion"]
    doc = ver["Document"]
    assert isinstance(doc, dict) and ver["IsDefaultVersion"] is True
    stmts = doc["Statement"] if isinstance(doc["Statement"], list) else [doc["Statement"]]
    actions = [a for s in stmts for a in ([s["Action"]] if isinstance(s["Action"], str) else s["Action"])]
    assert "aws-external-anthropic:*" in actions
    assert "iam:EnableOutboundWebIdentityFederation" in actions
    assert "sts:GetWebIdentityToken" in actions


def test_no_such_entity(emu):
    iam = client(emu, "iam")
    with pytest.raises(iam.exceptions.NoSuchEntityException) as ei:
        iam.get_role(RoleName="no-such-role")
    assert ei.value.response["ResponseMetadata"]["HTTPStatusCode"] == 404
    with pytest.raises(iam.exceptions.NoSuchEntityException):
        iam.get_user(UserName="nobody")


def test_access_denied_for_principal_without_iam_permissions(emu):
    iam = client(emu, "iam", NOBEARER_AK, NOBEARER_SK)
    with pytest.raises(ClientError) as ei:
        iam.get_role(RoleName="cp-role")
    assert ei.value.response["Error"]["Code"] == "AccessDenied"
    assert ei.value.response["Error"]["Message"] == (
        f"User: arn:aws:iam::{ACCOUNT}:user/nobearer is not authorized to perform: iam:GetRole on resource: "
        f"{ROLE_ARN} because no identity-based policy allows the iam:GetRole action"
    )


def test_simulate_principal_policy(emu):
    iam = client(emu, "iam")
    res = iam.simulate_principal_policy(
        PolicySourceArn=DEV_ARN,
        ActionNames=[
            "aws-external-anthropic:CreateInference",
            "aws-external-anthropic:CallWithBearerToken",
            "iam:DisableOutboundWebIdentityFederation",
        ],
        ResourceArns=[WS_ARN],
    )
    by = {r["EvalActionName"]: r for r in res["EvaluationResults"]}
    assert by["aws-external-anthropic:CreateInference"]["EvalDecision"] == "allowed"
    assert by["aws-external-anthropic:CreateInference"]["EvalResourceName"] == WS_ARN
    assert by["aws-external-anthropic:CallWithBearerToken"]["EvalDecision"] == "allowed"
    assert by["iam:DisableOutboundWebIdentityFederation"]["EvalDecision"] == "implicitDeny"
    matched = by["aws-external-anthropic:CreateInference"]["MatchedStatements"]
    assert matched and matched[0]["SourcePolicyId"] == "AnthropicFullAccess"
    assert matched[0]["SourcePolicyType"] == "aws-managed"  # botocore enum PolicySourceType
    assert {"Line", "Column"} <= set(matched[0]["StartPosition"]) and {"Line", "Column"} <= set(matched[0]["EndPosition"])
    assert by["iam:DisableOutboundWebIdentityFederation"]["MatchedStatements"] == []
    assert res["IsTruncated"] is False

    nb = iam.simulate_principal_policy(
        PolicySourceArn=f"arn:aws:iam::{ACCOUNT}:user/nobearer",
        ActionNames=["aws-external-anthropic:CallWithBearerToken", "aws-external-anthropic:CreateInference"],
        ResourceArns=[WS_ARN],
    )
    by = {r["EvalActionName"]: r for r in nb["EvaluationResults"]}
    assert {k: v["EvalDecision"] for k, v in by.items()} == {
        "aws-external-anthropic:CallWithBearerToken": "implicitDeny",
        "aws-external-anthropic:CreateInference": "allowed"}
    inline = by["aws-external-anthropic:CreateInference"]["MatchedStatements"][0]
    assert inline["SourcePolicyId"] == "inference-only" and inline["SourcePolicyType"] == "user"


def test_simulate_sts_get_web_identity_token_context(emu):
    iam = client(emu, "iam")
    with_ctx = iam.simulate_principal_policy(
        PolicySourceArn=ROLE_ARN,
        ActionNames=["sts:GetWebIdentityToken"],
        ContextEntries=[
            {"ContextKeyName": "sts:IdentityTokenAudience", "ContextKeyValues": ["https://api.anthropic.com"],
             "ContextKeyType": "stringList"},
            {"ContextKeyName": "aws:CalledViaLast", "ContextKeyValues": [SERVICE], "ContextKeyType": "string"},
        ],
    )["EvaluationResults"][0]
    assert with_ctx["EvalDecision"] == "allowed"
    without = iam.simulate_principal_policy(PolicySourceArn=ROLE_ARN, ActionNames=["sts:GetWebIdentityToken"])
    r = without["EvaluationResults"][0]
    assert r["EvalDecision"] == "implicitDeny"
    assert {k.lower() for k in r.get("MissingContextValues", [])} >= {"aws:calledvialast"}


def test_simulate_rejects_assumed_role_session_arn(emu):
    iam = client(emu, "iam")
    with pytest.raises(ClientError) as ei:
        iam.simulate_principal_policy(
            PolicySourceArn=f"arn:aws:sts::{ACCOUNT}:assumed-role/cp-role/cpaws-session",
            ActionNames=["aws-external-anthropic:CreateInference"],
        )
    assert ei.value.response["Error"]["Code"] in ("InvalidInput", "NoSuchEntity")


def allow_assume_role(st):
    account(st)["users"][0]["inline_policies"]["assume"] = {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": ROLE_ARN}],
    }


def test_assume_role_needs_identity_permission(emu):
    with pytest.raises(ClientError) as ei:
        client(emu, "sts").assume_role(RoleArn=ROLE_ARN, RoleSessionName="interop")
    assert ei.value.response["Error"]["Code"] == "AccessDenied"
    assert ei.value.response["Error"]["Message"].startswith(
        f"User: {DEV_ARN} is not authorized to perform: sts:AssumeRole on resource: {ROLE_ARN}"
    )


def test_assume_role_then_use_with_sdk_and_token_generator(make_emulator):
    emu = make_emulator(allow_assume_role)
    sts = client(emu, "sts")
    out = sts.assume_role(RoleArn=ROLE_ARN, RoleSessionName="interop", DurationSeconds=900)
    creds = out["Credentials"]
    assert creds["AccessKeyId"].startswith("ASIA") and creds["SessionToken"]
    assert out["AssumedRoleUser"]["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/cp-role/interop"
    who = client(emu, "sts", creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"]).get_caller_identity()
    assert who["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/cp-role/interop"
    sdk = aws_client(emu, aws_access_key=creds["AccessKeyId"], aws_secret_key=creds["SecretAccessKey"],
                     aws_session_token=creds["SessionToken"])
    assert sdk.messages.create(model=MODEL, max_tokens=16, messages=HI).content
    token = short_term_token(access_key=creds["AccessKeyId"], secret_key=creds["SecretAccessKey"],
                             session_token=creds["SessionToken"])
    assert aws_client(emu, api_key=token).messages.create(model=MODEL, max_tokens=16, messages=HI).content


def test_assume_role_denied_by_trust_policy(make_emulator):
    def strict(st):
        allow_assume_role(st)
        account(st)["roles"][0]["trust_policy"] = {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:user/someone-else"},
                           "Action": "sts:AssumeRole"}],
        }

    emu = make_emulator(strict)
    with pytest.raises(ClientError) as ei:
        client(emu, "sts").assume_role(RoleArn=ROLE_ARN, RoleSessionName="nope")
    assert ei.value.response["Error"]["Code"] == "AccessDenied"
    assert ei.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403


def test_service_specific_credential_lifecycle_with_sdk(make_emulator):
    def admin(st):
        account(st)["users"][0]["inline_policies"]["keys"] = {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "iam:*ServiceSpecificCredential*", "Resource": "*"}],
        }

    emu = make_emulator(admin)
    iam = client(emu, "iam")
    created = iam.create_service_specific_credential(UserName="dev", ServiceName=SERVICE, CredentialAgeDays=30)
    cred = created["ServiceSpecificCredential"]
    # The IAM API model (botocore 1.44.5 and aws-sdk-iam 1.133.0 alike) has no `ServiceApiKeyValue`:
    # the key comes back as `ServiceCredentialSecret` (+ public `ServiceCredentialAlias`), once.
    key = cred.get("ServiceCredentialSecret")
    assert key and cred["Status"] == "Active" and cred["ServiceName"] == SERVICE and cred["UserName"] == "dev"
    sdk = aws_client(emu, api_key=key)
    assert sdk.messages.create(model=MODEL, max_tokens=16, messages=HI).content

    listed = iam.list_service_specific_credentials(UserName="dev", ServiceName=SERVICE)["ServiceSpecificCredentials"]
    ids = [c["ServiceSpecificCredentialId"] for c in listed]
    assert cred["ServiceSpecificCredentialId"] in ids
    assert all("ServiceCredentialSecret" not in c for c in listed)

    iam.update_service_specific_credential(UserName="dev", ServiceSpecificCredentialId=cred["ServiceSpecificCredentialId"],
                                           Status="Inactive")
    with pytest.raises(anthropic.APIStatusError) as ei:
        sdk.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert ei.value.status_code in (401, 403)
    iam.delete_service_specific_credential(UserName="dev", ServiceSpecificCredentialId=cred["ServiceSpecificCredentialId"])
    left = iam.list_service_specific_credentials(UserName="dev", ServiceName=SERVICE)["ServiceSpecificCredentials"]
    assert cred["ServiceSpecificCredentialId"] not in [c["ServiceSpecificCredentialId"] for c in left]


def allow_web_identity_token(st):
    account(st)["users"][0]["inline_policies"]["jwt"] = {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:GetWebIdentityToken", "Resource": "*"}],
    }


def test_get_web_identity_token(make_emulator):
    emu = make_emulator(allow_web_identity_token)
    sts = client(emu, "sts")
    out = sts.get_web_identity_token(Audience=["https://api.anthropic.com"], SigningAlgorithm="RS256",
                                     DurationSeconds=300)
    assert out["WebIdentityToken"].count(".") == 2  # JWT-shaped
    assert out["Expiration"].tzinfo is not None


def test_get_web_identity_token_needs_permission(emu):
    # AnthropicFullAccess only grants it with aws:CalledViaLast = aws-external-anthropic.amazonaws.com
    with pytest.raises(ClientError) as ei:
        client(emu, "sts").get_web_identity_token(Audience=["https://api.anthropic.com"], SigningAlgorithm="RS256")
    assert ei.value.response["Error"]["Code"] == "AccessDenied"


def test_get_web_identity_token_federation_disabled_maps_to_modeled_exception(make_emulator):
    emu = make_emulator(lambda st: (allow_web_identity_token(st), account(st).update(federation_enabled=False)))
    sts = client(emu, "sts")
    # botocore 1.44.5 model: code "OutboundWebIdentityFederationDisabledException", HTTP 403
    with pytest.raises(sts.exceptions.OutboundWebIdentityFederationDisabledException) as ei:
        sts.get_web_identity_token(Audience=["https://api.anthropic.com"], SigningAlgorithm="ES384")
    assert ei.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403


def test_list_service_specific_credentials_all_users_and_reset(make_emulator):
    def admin(st):
        account(st)["users"][0]["inline_policies"]["keys"] = {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "iam:*ServiceSpecificCredential*", "Resource": "*"}],
        }

    emu = make_emulator(admin)
    iam = client(emu, "iam")
    allc = iam.list_service_specific_credentials(AllUsers=True, ServiceName=SERVICE)["ServiceSpecificCredentials"]
    assert sorted(c["UserName"] for c in allc) == ["dev", "nobearer"]
    assert all(c["Status"] == "Active" and c["ServiceName"] == SERVICE for c in allc)
    mine = iam.list_service_specific_credentials(UserName="dev")["ServiceSpecificCredentials"]
    assert [c["ServiceSpecificCredentialId"] for c in mine] == ["ACCAINTEROPDEV0000001"]
    reset = iam.reset_service_specific_credential(UserName="dev", ServiceSpecificCredentialId="ACCAINTEROPDEV0000001")
    new_key = reset["ServiceSpecificCredential"].get("ServiceCredentialSecret")
    assert new_key
    from conftest import LONG_TERM_KEY

    with pytest.raises(anthropic.APIStatusError):
        aws_client(emu, api_key=LONG_TERM_KEY).messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert aws_client(emu, api_key=new_key).messages.create(model=MODEL, max_tokens=16, messages=HI).content


def test_explicit_deny_wins(make_emulator):
    def deny(st):
        account(st)["users"][0]["inline_policies"]["no-getrole"] = {
            "Version": "2012-10-17",
            "Statement": [{"Sid": "NoGetRole", "Effect": "Deny", "Action": "iam:GetRole", "Resource": "*"}],
        }

    emu = make_emulator(deny)
    iam = client(emu, "iam")
    with pytest.raises(ClientError) as ei:
        iam.get_role(RoleName="cp-role")
    assert ei.value.response["Error"]["Message"] == (
        f"User: {DEV_ARN} is not authorized to perform: iam:GetRole on resource: {ROLE_ARN} "
        "with an explicit deny in an identity-based policy"
    )
    res = iam.simulate_principal_policy(PolicySourceArn=DEV_ARN, ActionNames=["iam:GetRole", "iam:GetUser"])
    by = {r["EvalActionName"]: r for r in res["EvaluationResults"]}
    assert by["iam:GetRole"]["EvalDecision"] == "explicitDeny"
    assert any(m["SourcePolicyId"] == "no-getrole" for m in by["iam:GetRole"]["MatchedStatements"])
    assert by["iam:GetUser"]["EvalDecision"] == "allowed"
