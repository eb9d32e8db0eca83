use super::*;

#[test]
fn parse_shapes() {
    let d = parse_document(
        r#"{"Version":"2012-10-17","Id":"x","Statement":{"Sid":"One","Effect":"Deny","Action":["a:B","c:D"],"NotResource":"*","Principal":{"AWS":["111122223333","arn:aws:iam::111122223333:root"],"Service":"ec2.amazonaws.com"},"Condition":{"Bool":{"aws:SecureTransport":false},"NumericLessThan":{"s3:max-keys":[10, "20"]}}}}"#,
    )
    .unwrap();
    assert_eq!(d.version.as_deref(), Some("2012-10-17"));
    let s = &d.statements[0];
    assert_eq!(s.index, 0);
    assert_eq!(s.sid.as_deref(), Some("One"));
    assert_eq!(s.effect, Effect::Deny);
    assert_eq!(s.action.as_ref().unwrap().len(), 2);
    assert_eq!(s.not_resource, Some(vec!["*".into()]));
    let Some(Principal::Map(m)) = &s.principal else {
        panic!()
    };
    assert_eq!(m["AWS"].len(), 2);
    assert_eq!(m["Service"], vec!["ec2.amazonaws.com"]);
    assert_eq!(s.conditions.len(), 2);
    assert!(s.conditions.contains(&Condition {
        operator: "Bool".into(),
        key: "aws:SecureTransport".into(),
        values: vec!["false".into()]
    }));
    assert!(s.conditions.contains(&Condition {
        operator: "NumericLessThan".into(),
        key: "s3:max-keys".into(),
        values: vec!["10".into(), "20".into()]
    }));
    let any = parse_document(
        r#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}]}"#,
    )
    .unwrap();
    assert_eq!(any.version, None);
    assert_eq!(any.statements[0].principal, Some(Principal::Any));
    assert_eq!(any.statements[0].resource, None);
    // Serializes (for --output json).
    assert!(
        serde_json::to_string(&d)
            .unwrap()
            .contains("\"effect\":\"Deny\"")
    );
}

#[test]
fn parse_errors() {
    let e = parse_document("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\" \"Action\": \"*\"}\n  ]\n}").unwrap_err();
    assert_eq!(e.line, Some(4));
    assert!(e.column.is_some());
    assert!(e.message.starts_with("invalid JSON"), "{e}");
    assert!(e.to_string().contains("line 4"));

    let e = parse_document("{\n  \"Version\": \"2012-10-17\",\n  \"Statment\": []\n}").unwrap_err();
    assert!(e.message.contains("\"Statment\""), "{e}");
    assert!(e.message.contains("did you mean \"Statement\""), "{e}");
    assert_eq!((e.line, e.column), (Some(3), Some(3)));

    let e = parse_document(r#"{"Statement":{"Action":"*","Resource":"*"}}"#).unwrap_err();
    assert!(e.message.contains("missing \"Effect\""), "{e}");
    let e = parse_document(r#"{"Statement":[{"Effect":"Allow","Action":"*"},{"Sid":"X","Effect":"Allow","Action":"a:b","NotAction":"c:d","Resource":"*"}]}"#).unwrap_err();
    assert!(e.message.contains("Statement[1] (Sid \"X\")"), "{e}");
    assert!(
        e.message.contains("both \"Action\" and \"NotAction\""),
        "{e}"
    );
    let e = parse_document(r#"{"Statement":{"Effect":"Allow","Resource":"*"}}"#).unwrap_err();
    assert!(e.message.contains("missing \"Action\""), "{e}");
    let e = parse_document(r#"{"Statement":{"Effect":"allow","Action":"*"}}"#).unwrap_err();
    assert!(e.message.contains("Effect must be"), "{e}");
    let e = parse_document(
        r#"{"Statement":{"Effect":"Allow","Action":"*","Resource":"*","NotResource":"*"}}"#,
    )
    .unwrap_err();
    assert!(e.message.contains("NotResource"), "{e}");
    let e = parse_document(r#"{"Statement":{"Effect":"Allow","Actions":"*"}}"#).unwrap_err();
    assert!(e.message.contains("did you mean \"Action\""), "{e}");
    let e = parse_document(r#"{"Statement":{"Effect":"Allow","Action":"CreateInference"}}"#)
        .unwrap_err();
    assert!(e.message.contains("service:Action"), "{e}");
    let e = parse_document(r#"{"Statement":{"Effect":"Allow","Action":[1]}}"#).unwrap_err();
    assert!(e.message.contains("string"), "{e}");
    let e = parse_document(r#"{"Version":"2020-01-01","Statement":[]}"#).unwrap_err();
    assert!(e.message.contains("2012-10-17"), "{e}");
    assert!(parse_document("   ").is_err());
    assert!(parse_document("[]").is_err());
    assert!(parse_document(r#"{"Version":"2012-10-17"}"#).is_err());
    let e =
        parse_document(r#"{"Statement":{"Effect":"Allow","Action":"*","Principal":{"Aws":"*"}}}"#)
            .unwrap_err();
    assert!(e.message.contains("did you mean \"AWS\""), "{e}");
    let e = parse_document(
        r#"{"Statement":{"Effect":"Allow","Action":"*","Condition":{"StringEquals":"x"}}}"#,
    )
    .unwrap_err();
    assert!(e.message.contains("Condition"), "{e}");
    // Percent-encoded invalid JSON still reports a position (in the decoded text).
    let e = parse_document("%7B%22Statement%22%3A").unwrap_err();
    assert!(e.line.is_some());
}
