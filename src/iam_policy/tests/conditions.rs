use super::*;

fn cond_doc(op: &str, key: &str, values: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":{{"Effect":"Allow","Action":"*","Resource":"*","Condition":{{"{op}":{{"{key}":{values}}}}}}}}}"#
    )
}

fn cond(op: &str, key: &str, values: &str, c: &Context) -> Evaluation {
    eval1(&cond_doc(op, key, values), "s3:GetObject", "*", c)
}

fn holds(op: &str, values: &str, ctx_values: &[&str]) -> bool {
    let c = ctx(&[("k:key", ctx_values)]);
    cond(op, "k:Key", values, &c).decision == Decision::Allowed
}

#[test]
fn string_operators() {
    assert!(holds("StringEquals", r#""a""#, &["a"]));
    assert!(!holds("StringEquals", r#""a""#, &["A"]));
    assert!(holds("StringEquals", r#"["x","a"]"#, &["a"])); // values OR
    assert!(!holds("StringEquals", r#""a*""#, &["ab"])); // no wildcards
    assert!(holds("StringNotEquals", r#"["x","y"]"#, &["a"]));
    assert!(!holds("StringNotEquals", r#"["x","a"]"#, &["a"])); // none of the values
    assert!(holds("StringEqualsIgnoreCase", r#""ABC""#, &["abc"]));
    assert!(!holds("StringNotEqualsIgnoreCase", r#""ABC""#, &["abc"]));
    assert!(holds(
        "StringLike",
        r#""repo:org/*:ref:refs/heads/?ain""#,
        &["repo:org/x:ref:refs/heads/main"]
    ));
    assert!(!holds("StringLike", r#""a*""#, &["Ab"]));
    assert!(holds("StringNotLike", r#""a*""#, &["b"]));
    assert!(!holds("StringNotLike", r#"["b","a*"]"#, &["ab"]));
}

#[test]
fn missing_keys_and_if_exists_and_null() {
    let none = Context::new();
    let e = cond("StringEquals", "k:Key", r#""a""#, &none);
    assert_eq!(e.decision, Decision::ImplicitDeny);
    assert_eq!(e.missing_context, vec!["k:Key"]);
    // IAM: negated operators on an absent key are true (still reported).
    let e = cond("StringNotEquals", "k:Key", r#""a""#, &none);
    assert_eq!(e.decision, Decision::Allowed);
    assert_eq!(e.missing_context, vec!["k:Key"]);
    let e = cond("StringEqualsIfExists", "k:Key", r#""a""#, &none);
    assert_eq!(e.decision, Decision::Allowed);
    assert!(e.missing_context.is_empty());
    assert!(holds("StringEqualsIfExists", r#""a""#, &["a"]));
    assert!(!holds("StringEqualsIfExists", r#""a""#, &["b"]));
    assert_eq!(
        cond("Null", "k:Key", r#""true""#, &none).decision,
        Decision::Allowed
    );
    assert!(
        cond("Null", "k:Key", r#""true""#, &none)
            .missing_context
            .is_empty()
    );
    assert_eq!(
        cond("Null", "k:Key", "false", &none).decision,
        Decision::ImplicitDeny
    );
    assert!(holds("Null", "false", &["x"]));
    assert!(!holds("Null", "true", &["x"]));
    // ForAllValues with a missing key is true; ForAnyValue false.
    assert_eq!(
        cond("ForAllValues:StringEquals", "k:Key", r#""a""#, &none).decision,
        Decision::Allowed
    );
    assert_eq!(
        cond("ForAnyValue:StringEquals", "k:Key", r#""a""#, &none).decision,
        Decision::ImplicitDeny
    );
    // Unknown operator: false and reported.
    let e = cond(
        "StringSortOf",
        "k:Key",
        r#""a""#,
        &ctx(&[("k:Key", &["a"])]),
    );
    assert_eq!(e.decision, Decision::ImplicitDeny);
    assert_eq!(
        e.missing_context,
        vec!["unsupported condition operator: StringSortOf"]
    );
    assert!(is_known_operator("ForAnyValue:StringLikeIfExists"));
    assert!(!is_known_operator("NullIfExists"));
}

#[test]
fn set_operators() {
    assert!(holds(
        "ForAllValues:StringEquals",
        r#"["a","b","c"]"#,
        &["a", "b"]
    ));
    assert!(!holds(
        "ForAllValues:StringEquals",
        r#"["a","b"]"#,
        &["a", "z"]
    ));
    assert!(holds(
        "ForAnyValue:StringEquals",
        r#"["a","b"]"#,
        &["a", "z"]
    ));
    assert!(!holds(
        "ForAnyValue:StringEquals",
        r#"["a","b"]"#,
        &["y", "z"]
    ));
    assert!(holds(
        "ForAnyValue:StringLike",
        r#""team-*""#,
        &["x", "team-a"]
    ));
    assert!(holds(
        "ForAllValues:StringNotEquals",
        r#"["a"]"#,
        &["b", "c"]
    ));
    assert!(!holds(
        "ForAllValues:StringNotEquals",
        r#"["a"]"#,
        &["a", "c"]
    ));
    assert!(holds(
        "ForAnyValue:StringNotEquals",
        r#"["a"]"#,
        &["a", "c"]
    ));
}

#[test]
fn multiple_keys_and_operators_and() {
    let doc = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{
        "StringEquals":{"k:a":"1","k:b":"2"},"Bool":{"aws:SecureTransport":"true"}}}}"#;
    let full = ctx(&[
        ("k:a", &["1"]),
        ("k:b", &["2"]),
        ("aws:securetransport", &["TRUE"]),
    ]);
    assert_eq!(eval1(doc, "x:y", "*", &full).decision, Decision::Allowed);
    let partial = ctx(&[
        ("k:a", &["1"]),
        ("k:b", &["3"]),
        ("aws:SecureTransport", &["true"]),
    ]);
    assert_eq!(
        eval1(doc, "x:y", "*", &partial).decision,
        Decision::ImplicitDeny
    );
    let insecure = ctx(&[
        ("k:a", &["1"]),
        ("k:b", &["2"]),
        ("aws:SecureTransport", &["false"]),
    ]);
    assert_eq!(
        eval1(doc, "x:y", "*", &insecure).decision,
        Decision::ImplicitDeny
    );
    let e = eval1(doc, "x:y", "*", &ctx(&[("k:a", &["1"])]));
    let mut missing = e.missing_context.clone();
    missing.sort();
    assert_eq!(missing, vec!["aws:SecureTransport", "k:b"]);
}

#[test]
fn numeric_date_bool_ip_arn_operators() {
    assert!(holds("NumericEquals", "10", &["10.0"]));
    assert!(!holds("NumericNotEquals", "10", &["10"]));
    assert!(holds("NumericLessThan", "10", &["9"]));
    assert!(!holds("NumericLessThan", "10", &["10"]));
    assert!(holds("NumericLessThanEquals", "10", &["10"]));
    assert!(holds("NumericGreaterThan", "10", &["11"]));
    assert!(holds("NumericGreaterThanEquals", r#""10""#, &["10"]));
    assert!(!holds("NumericEquals", "10", &["ten"]));

    assert!(holds(
        "DateEquals",
        r#""2026-01-15T12:00:00Z""#,
        &["1768478400"]
    ));
    assert!(holds(
        "DateNotEquals",
        r#""2026-01-15T12:00:00Z""#,
        &["2026-01-15T12:00:01Z"]
    ));
    assert!(holds(
        "DateLessThan",
        r#""2026-12-31T23:59:59Z""#,
        &["2026-01-15T12:00:00+02:00"]
    ));
    assert!(!holds(
        "DateLessThan",
        r#""2026-01-01T00:00:00Z""#,
        &["2026-01-15T12:00:00Z"]
    ));
    assert!(holds(
        "DateLessThanEquals",
        "1768478400",
        &["2026-01-15T12:00:00Z"]
    ));
    assert!(holds(
        "DateGreaterThan",
        r#""2026-01-01""#,
        &["2026-01-15T12:00:00Z"]
    ));
    assert!(holds(
        "DateGreaterThanEquals",
        r#""2026-01-15T12:00:00Z""#,
        &["2026-01-15T12:00:00Z"]
    ));
    assert!(!holds(
        "DateGreaterThan",
        r#""2026-01-01T00:00:00Z""#,
        &["not a date"]
    ));

    assert!(holds("Bool", "true", &["true"]));
    assert!(holds("Bool", r#""false""#, &["False"]));
    assert!(!holds("Bool", "true", &["false"]));

    assert!(holds("IpAddress", r#""203.0.113.0/24""#, &["203.0.113.7"]));
    assert!(!holds("IpAddress", r#""203.0.113.0/24""#, &["203.0.114.7"]));
    assert!(holds(
        "NotIpAddress",
        r#""203.0.113.0/24""#,
        &["198.51.100.1"]
    ));
    assert!(holds("IpAddress", r#""2001:db8::/32""#, &["2001:db8::1"]));

    let role = "arn:aws:iam::123456789012:role/ci/deploy";
    assert!(holds(
        "ArnEquals",
        r#""arn:aws:iam::123456789012:role/ci/deploy""#,
        &[role]
    ));
    assert!(holds("ArnLike", r#""arn:aws:iam::*:role/ci/*""#, &[role]));
    assert!(!holds(
        "ArnLike",
        r#""arn:aws:iam::*:role/other/*""#,
        &[role]
    ));
    // `*` does not cross an ARN part boundary.
    assert!(!holds("ArnLike", r#""arn:aws:iam::*:deploy""#, &[role]));
    assert!(holds("ArnNotLike", r#""arn:aws:iam::*:user/*""#, &[role]));
    assert!(!holds(
        "ArnNotEquals",
        r#""arn:aws:iam::123456789012:role/ci/deploy""#,
        &[role]
    ));
    assert!(holds("BinaryEquals", r#""QmluYXJ5""#, &["QmluYXJ5"]));
}

#[test]
fn policy_variables() {
    let doc = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::home/${aws:username}/*",
        "Condition":{"StringEquals":{"aws:PrincipalTag/owner":"${aws:userid}","k:acct":"${aws:PrincipalAccount}"}}}}"#;
    let c = ctx(&[
        ("aws:username", &["alice"]),
        ("aws:userid", &["AIDAEXAMPLE"]),
        ("aws:principalaccount", &["123456789012"]),
        ("aws:PrincipalTag/owner", &["AIDAEXAMPLE"]),
        ("k:acct", &["123456789012"]),
    ]);
    assert_eq!(
        eval1(doc, "s3:GetObject", "arn:aws:s3:::home/alice/x", &c).decision,
        Decision::Allowed
    );
    assert_eq!(
        eval1(doc, "s3:GetObject", "arn:aws:s3:::home/bob/x", &c).decision,
        Decision::ImplicitDeny
    );
    // Without Version 2012-10-17 variables are literal.
    let old = doc.replace("2012-10-17", "2008-10-17");
    assert_eq!(
        eval1(&old, "s3:GetObject", "arn:aws:s3:::home/alice/x", &c).decision,
        Decision::ImplicitDeny
    );
    assert_eq!(
        expand_variables("x/${aws:SourceIp}/${aws:username}", &c),
        "x/${aws:SourceIp}/alice"
    );
    assert_eq!(expand_variables("${aws:username", &c), "${aws:username");
}
