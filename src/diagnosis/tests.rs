use super::*;

fn http(status: u16, msg: &str) -> ApiError {
    ApiError {
        status: Some(status),
        message: msg.into(),
        ..Default::default()
    }
}

#[test]
fn codes_serialize_as_their_documented_ids_and_parse_back() {
    let json = serde_json::to_value(rule(Code::MissingAction, 3, "c", "f")).unwrap();
    assert_eq!(json["code"], "missing_action");
    let mut seen = std::collections::BTreeSet::new();
    for c in Code::ALL {
        assert!(seen.insert(c.as_str()), "duplicate id {c}");
        assert_eq!(Code::parse(c.as_str()), Some(c));
        assert_eq!(serde_json::to_value(c).unwrap(), c.as_str());
    }
    assert_eq!(Code::parse("no_such_code"), None);
}

fn sigv4() -> DiagContext {
    DiagContext {
        auth_mode: Some(AuthMode::Sigv4),
        region: Some("us-east-1".into()),
        workspace_id: Some("wrkspc_01A".into()),
        ..Default::default()
    }
}

#[test]
fn federation() {
    let g = diagnose(
        &http(
            403,
            "Outbound web identity federation is disabled for your account",
        ),
        &sigv4(),
    );
    assert_eq!(g.code, "federation_disabled");
    assert!(g.fix.contains("cpaws enable-federation"));
}

#[test]
fn missing_action_names_the_action() {
    let m = "User: arn:aws:sts::123456789012:assumed-role/r/s is not authorized to perform: aws-external-anthropic:CreateInference on resource: arn:aws:aws-external-anthropic:us-east-1:123456789012:workspace/wrkspc_01A because no identity-based policy allows the aws-external-anthropic:CreateInference action";
    let g = diagnose(&http(403, m), &sigv4());
    assert_eq!(g.code, "missing_action");
    assert!(g.cause.contains("aws-external-anthropic:CreateInference"));
    assert!(g.fix.contains("--intent inference"));
    assert!(
        g.fix.contains("AnthropicInferenceAccess (the smallest)"),
        "{}",
        g.fix
    );
    // The managed-policy suggestion comes from what each policy grants: not Inference for files.
    let files = m.replace("CreateInference", "CreateFile");
    let f = diagnose(&http(403, &files), &sigv4()).fix;
    assert!(f.contains("--intent files"), "{f}");
    assert!(f.contains("AnthropicLimitedAccess (the smallest)"), "{f}");
    assert!(!f.contains("AnthropicInferenceAccess"), "{f}");
    let deny = m.replace(
        "because no identity-based policy allows the aws-external-anthropic:CreateInference action",
        "with an explicit deny in an identity-based policy",
    );
    assert_eq!(diagnose(&http(403, &deny), &sigv4()).code, "explicit_deny");
    let bearer = "User: arn:aws:iam::1:user/u is not authorized to perform: aws-external-anthropic:CallWithBearerToken on resource: * because no identity-based policy allows the aws-external-anthropic:CallWithBearerToken action";
    assert_eq!(
        diagnose(&http(403, bearer), &sigv4()).code,
        "missing_call_with_bearer_token"
    );
}

#[test]
fn signature_family() {
    assert_eq!(
        diagnose(
            &http(
                403,
                "Signature expired: 20260101T000000Z is now earlier than 20260101T000500Z"
            ),
            &sigv4()
        )
        .code,
        "clock_skew"
    );
    assert_eq!(
        diagnose(
            &http(
                403,
                "The request signature we calculated does not match the signature you provided."
            ),
            &sigv4()
        )
        .code,
        "signature_mismatch"
    );
    assert_eq!(
        diagnose(
            &http(403, "Credential should be scoped to a valid region."),
            &sigv4()
        )
        .code,
        "signature_scope"
    );
    assert_eq!(
        diagnose(
            &http(403, "The security token included in the request is expired"),
            &sigv4()
        )
        .code,
        "credentials_expired"
    );
}

#[test]
fn invalid_signature_text_is_a_signature_mismatch() {
    // The text alone, without an AWS error type, names the signature diagnosis.
    for text in [
        "Invalid signature",
        "Invalid signature.",
        "invalid signature for request",
    ] {
        for status in [401, 403] {
            let g = diagnose(&http(status, text), &sigv4());
            assert_eq!(g.code, "signature_mismatch", "{status} {text}");
            assert!(g.fix.contains("AWS_SECRET_ACCESS_KEY"), "{}", g.fix);
        }
    }
}

#[test]
fn workspace_rules() {
    let g = diagnose(&http(404, "Workspace `wrkspc_01A` not found."), &sigv4());
    assert_eq!(g.code, "workspace_not_found");
    assert!(g.fix.contains("`cpaws doctor`"), "{}", g.fix);
}

#[test]
fn first_party_key() {
    let cx = DiagContext {
        auth_mode: Some(AuthMode::ApiKey),
        api_key: Some("sk-ant-api03-xyz".into()),
        ..Default::default()
    };
    assert_eq!(
        diagnose(&http(401, "invalid x-api-key"), &cx).code,
        "first_party_key"
    );
}

#[test]
fn spend_cap_vs_rate_limit() {
    let mut e = http(429, "limit");
    assert_eq!(diagnose(&e, &sigv4()).code, "rate_limited");
    e.error_code = Some("enforced_spend_limit_reached".into());
    assert_eq!(diagnose(&e, &sigv4()).code, "spend_limit");
}

#[test]
fn raw_403_is_never_unexplained() {
    let g = diagnose(&http(403, "Forbidden"), &sigv4());
    assert_eq!(g.code, "forbidden");
    assert!(g.fix.contains("cpaws doctor"));
}

/// A bare 403 names every documented suspect: the workspace (with the region), the route's
/// IAM action on the right resource, federation; with an API key, the key.
#[test]
fn a_bare_403_names_every_suspect() {
    let mut e = http(403, "Forbidden");
    e.call = "gateway POST /v1/messages".into();
    let g = diagnose(&e, &sigv4());
    assert_eq!(g.code, "forbidden");
    for want in [
        "wrkspc_01A",
        "us-east-1",
        "aws-external-anthropic:CreateInference on arn:aws:aws-external-anthropic:us-east-1:<account>:workspace/wrkspc_01A",
        "federation",
    ] {
        assert!(g.cause.contains(want), "{want}: {}", g.cause);
    }
    assert!(g.fix.contains("--intent inference"), "{}", g.fix);
    e.call = "gateway GET /v1/organizations/workspaces".into();
    let g = diagnose(&e, &sigv4());
    assert!(g.cause.contains("ListWorkspaces on \"*\""), "{}", g.cause);
    let key = DiagContext {
        auth_mode: Some(AuthMode::ApiKey),
        api_key: Some("AEAAkey".into()),
        ..sigv4()
    };
    let g = diagnose(&e, &key);
    assert_eq!(g.code, "api_key_forbidden");
    assert!(g.cause.contains("CallWithBearerToken"), "{}", g.cause);
}

/// A `sk-ant-` key refused as an invalid token may be a revoked long-term key (their format is
/// UNCONFIRMED): the verdict says both, and a 401 stays the first-party verdict.
#[test]
fn a_sk_ant_key_refused_as_invalid_token_is_not_only_first_party() {
    let cx = DiagContext {
        auth_mode: Some(AuthMode::ApiKey),
        api_key: Some("sk-ant-QUJDRA==".into()),
        ..Default::default()
    };
    let mut e = http(
        403,
        "The security token included in the request is invalid.",
    );
    e.aws_error_type = Some("UnrecognizedClientException".into());
    let g = diagnose(&e, &cx);
    assert_eq!(g.code, "api_key_rejected");
    assert!(
        g.cause.contains("sk-ant-") && g.cause.contains("long-term"),
        "{}",
        g.cause
    );
    assert_eq!(
        diagnose(&http(401, "invalid x-api-key"), &cx).code,
        "first_party_key"
    );
}
