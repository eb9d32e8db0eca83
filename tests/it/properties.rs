//! Property tests for the parsers of outside input (issue 10): whatever a server, a file or the
//! environment hands them, they never panic, and the redactor and the sanitizer keep their
//! promises. Case counts are modest so CI stays fast; run longer with
//! `PROPTEST_CASES=100000 cargo test --test it properties` (docs/reliability.md).

use proptest::prelude::*;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use cpaws::api::{ApiError, MAX_RETRY_AFTER, RetryAfter, display_url, parse_retry_after};
use cpaws::output::{encodings, mask_userinfo, redact, register_secret, sanitize};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(256),
        ..ProptestConfig::default()
    }
}

/// Header values a server could send (any visible bytes, numbers of every size and form).
fn header_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,40}",
        any::<f64>().prop_map(|f| f.to_string()),
        any::<u128>().prop_map(|n| n.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        "[0-9]{1,400}",
        "[0-9]{1,5}e[0-9]{1,4}",
        Just("Wed, 21 Oct 2999 07:28:00 GMT".to_string()),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn retry_after_never_panics_and_never_waits_long(a in header_text(), b in header_text()) {
        let mut h = HeaderMap::new();
        if let Ok(v) = HeaderValue::from_str(&a) {
            h.insert(HeaderName::from_static("retry-after"), v);
        }
        if let Ok(v) = HeaderValue::from_str(&b) {
            h.insert(HeaderName::from_static("retry-after-ms"), v);
        }
        if let RetryAfter::Wait(d) = parse_retry_after(&h) {
            prop_assert!(d <= MAX_RETRY_AFTER);
        }
    }

    #[test]
    fn error_bodies_never_panic(status in 0u16..1000, body in proptest::collection::vec(any::<u8>(), 0..600),
                                etype in "[ -~]{0,30}", json_msg in ".{0,60}") {
        let mut h = HeaderMap::new();
        if let Ok(v) = HeaderValue::from_str(&etype) {
            h.insert(HeaderName::from_static("x-amzn-errortype"), v);
        }
        let e = ApiError::from_parts(status, &h, &body, "t");
        prop_assert!(!e.message.contains('\x1b'), "escape kept");
        let doc = serde_json::json!({"error": {"type": etype, "message": json_msg}}).to_string();
        let e = ApiError::from_parts(status, &h, doc.as_bytes(), "t");
        prop_assert!(!e.message.contains('\x1b'), "escape kept");
    }

    #[test]
    fn sanitize_leaves_no_control_character(text in ".{0,200}", raw in proptest::collection::vec(any::<u8>(), 0..200)) {
        for t in [text, String::from_utf8_lossy(&raw).to_string()] {
            let s = sanitize(&t);
            prop_assert!(s.chars().all(|c| !c.is_control() || c == '\n' || c == '\t'), "{s:?}");
            prop_assert!(!s.chars().any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')), "bidi kept");
            prop_assert_eq!(sanitize(&s), s.clone());
        }
    }

    #[test]
    fn a_registered_secret_never_survives_in_any_encoding(
        secret in "[A-Za-z0-9+/=_-]{8,60}",
        before in "[ .:\"]{0,6}",
        after in "[ .:\"]{0,6}",
    ) {
        register_secret(&secret);
        for form in encodings(&secret) {
            let out = redact(&format!("{before}{form}{after}"));
            prop_assert!(!out.contains(&form), "{form:?} survived in {out:?}");
        }
        // base64 of a text holding the secret, at any offset, in both alphabets.
        use base64::Engine;
        for pad in 0..3usize {
            let text = format!("{}{secret}", "x".repeat(pad));
            for enc in [
                base64::engine::general_purpose::STANDARD.encode(&text),
                base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&text),
            ] {
                let out = redact(&enc);
                let inner = &enc[(pad * 4 / 3 + 2).min(enc.len())..enc.len().saturating_sub(3)];
                if inner.len() >= 8 {
                    prop_assert!(!out.contains(inner), "{inner:?} survived in {out:?}");
                }
            }
        }
    }

    #[test]
    fn userinfo_never_survives(user in "[a-z]{1,8}", pass in "[A-Za-z0-9]{1,16}",
                               host in "[a-z]{1,10}(\\.[a-z]{2,5})?", path in "(/[a-z]{0,8}){0,3}") {
        let url = format!("https://{user}:{pass}@{host}{path}");
        let shown = display_url(&url);
        prop_assert!(!shown.contains(&format!(":{pass}@")), "{shown}");
        prop_assert!(shown.contains("***@"));
        let masked = mask_userinfo(&format!("error: GET {url} failed"));
        prop_assert!(!masked.contains(&format!(":{pass}@")), "{masked}");
    }

    #[test]
    fn any_text_never_panics_the_url_helpers(t in ".{0,120}") {
        let _ = display_url(&t);
        let _ = mask_userinfo(&t);
        let _ = redact(&t);
    }

    #[test]
    fn any_config_text_never_panics(text in ".{0,300}") {
        let _ = cpaws::config::parse_config(&text, std::path::Path::new("c.toml"));
    }

    #[test]
    fn structured_configs_with_absurd_values_never_panic(
        key in prop::sample::select(vec!["workspace_id", "region", "base_url", "timeout", "max_retries",
                                         "auth", "api_key_header", "anthropic_version", "aws_profile"]),
        value in prop_oneof![
            any::<i64>().prop_map(|n| n.to_string()),
            "[0-9]{1,30}",
            ".{0,40}".prop_map(|s| format!("{:?}", s)),
            Just("1e400".to_string()),
            Just("[1, 2]".to_string()),
            Just("{ a = 1 }".to_string()),
        ],
    ) {
        let text = format!("[profiles.default]\n{key} = {value}\n");
        let _ = cpaws::config::parse_config(&text, std::path::Path::new("c.toml"));
    }

    #[test]
    fn any_policy_document_never_panics(doc in policy_json(), action in "[a-zA-Z:*-]{0,40}",
                                        resource in "[a-zA-Z0-9:/*_-]{0,60}") {
        use cpaws::iam_policy::*;
        let text = doc.to_string();
        let _ = percent_decode_document(&text);
        if let Ok(d) = parse_document(&text) {
            let named = NamedPolicy { id: "p".into(), kind: PolicyKind::Inline, document: d.clone() };
            let ctx = Context::new();
            let _ = evaluate(std::slice::from_ref(&named), None, &action, &resource, &ctx);
            let _ = evaluate_trust(&d, "AWS", &resource, &action, &ctx);
            let _ = unknown_actions(&d);
        }
    }

    #[test]
    fn any_percent_encoded_text_never_panics(t in "[%0-9a-fA-F{}\\[\\]\" a-z]{0,120}") {
        let _ = cpaws::iam_policy::percent_decode_document(&t);
        let _ = cpaws::iam_policy::parse_document(&t);
    }
}

/// Policy-shaped JSON with random values in every position.
fn policy_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::json;
    let leaf = prop_oneof![
        Just(json!(null)),
        any::<bool>().prop_map(|b| json!(b)),
        any::<i64>().prop_map(|n| json!(n)),
        "[a-zA-Z0-9:*?/${}_-]{0,30}".prop_map(|s| json!(s)),
    ];
    let value = leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            proptest::collection::btree_map("[A-Za-z:]{1,12}", inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    });
    let statement = (
        prop::sample::select(vec!["Allow", "Deny", "Maybe"]),
        value.clone(),
        value.clone(),
        value.clone(),
        value,
    )
        .prop_map(|(effect, action, resource, condition, principal)| {
            json!({"Effect": effect, "Action": action, "Resource": resource,
                   "Condition": condition, "Principal": principal, "NotAction": null})
        });
    (
        prop::sample::select(vec!["2012-10-17", "2008-10-17", "x"]),
        proptest::collection::vec(statement, 0..4),
    )
        .prop_map(|(v, s)| json!({"Version": v, "Statement": s}))
}
