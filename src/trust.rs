//! Trust policies for the role paths people use with Claude Platform on AWS (shared by `doctor`'s
//! trust fix and `policy trust`).

use serde_json::{Value, json};

/// One statement letting an AWS principal (role/user ARN, account ID or root ARN) assume the role,
/// with an `sts:ExternalId` condition when given (as AI gateways require).
pub fn aws_principal_statement(principal: &str, external_id: Option<&str>) -> Value {
    let principal = if principal.chars().all(|c| c.is_ascii_digit()) && principal.len() == 12 {
        format!("arn:aws:iam::{principal}:root")
    } else {
        principal.to_string()
    };
    let mut st = json!({
        "Sid": "AllowAssumeRole",
        "Effect": "Allow",
        "Principal": {"AWS": principal},
        "Action": "sts:AssumeRole"
    });
    if let Some(x) = external_id {
        st["Condition"] = json!({"StringEquals": {"sts:ExternalId": x}});
    }
    st
}

/// A whole trust policy with that one statement.
pub fn aws_principal_trust(principal: &str, external_id: Option<&str>) -> Value {
    json!({"Version": "2012-10-17", "Statement": [aws_principal_statement(principal, external_id)]})
}
