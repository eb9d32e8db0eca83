use super::*;

#[test]
fn glob_and_action_matching() {
    assert!(glob_match("*", "", false));
    assert!(glob_match("a*b?d", "aXXbcd", false));
    assert!(!glob_match("a*b?d", "aXXbd", false));
    assert!(glob_match("*File", "CreateUserProfile", true));
    assert!(!glob_match("*File", "CreateUserProfile", false));
    assert!(action_matches(
        "AWS-External-Anthropic:create*",
        &a("CreateInference")
    ));
    assert!(action_matches("*", "sts:AssumeRole"));
    assert!(!action_matches(
        "aws-external-anthropic:Get*",
        "sts:GetCallerIdentity"
    ));
    // Resources are case-sensitive.
    assert!(!arn_match(
        "arn:aws:aws-external-anthropic:*:*:workspace/WRKSPC_*",
        WS
    ));
    assert!(arn_match(
        "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/wrkspc_*",
        WS
    ));
    assert!(arn_match("arn:aws:aws-external-anthropic:*", WS));
    assert!(!arn_match(
        "arn:aws:aws-external-anthropic:*:workspace/*",
        WS
    ));
}

#[test]
fn known_and_unknown_actions() {
    assert_eq!(KNOWN_ACTIONS.len(), 76);
    let doc = parse_document(
        r#"{"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":["aws-external-anthropic:createinference","aws-external-anthropic:CreateInferance","aws-external-anthropic:Get*","s3:Bogus","aws-external-anthropic:CreateInferance"],"Resource":"*"},
        {"Effect":"Deny","NotAction":["AWS-EXTERNAL-ANTHROPIC:ListKey"],"Resource":"*"}]}"#,
    )
    .unwrap();
    assert_eq!(
        unknown_actions(&doc),
        vec![
            "aws-external-anthropic:CreateInferance",
            "AWS-EXTERNAL-ANTHROPIC:ListKey"
        ]
    );
    assert!(is_account_scoped("aws-external-anthropic:ListWorkspaces"));
    assert!(is_account_scoped("callwithbearertoken"));
    assert!(is_account_scoped("RegisterKey"));
    assert!(!is_account_scoped("aws-external-anthropic:GetWorkspace"));
    assert!(!is_account_scoped("aws-external-anthropic:CreateInference"));
    assert!(!is_account_scoped("s3:ListKeys"));
    for name in ACCOUNT_SCOPED {
        assert!(KNOWN_ACTIONS.contains(name));
    }
}
