//! Outbound web identity federation (platform.md §4): reading and enabling the account flag the
//! gateway needs to mint the token it forwards to Anthropic. Used by `enable-federation`,
//! `doctor` and `doctor --fix`.

use serde::Serialize;

use crate::api::ApiError;
use crate::aws::iam::Iam;

pub const GET_ACTION: &str = "iam:GetOutboundWebIdentityFederationInfo";
pub const ENABLE_ACTION: &str = "iam:EnableOutboundWebIdentityFederation";
pub const CLI_ENABLE: &str = "aws iam enable-outbound-web-identity-federation";

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum FederationState {
    Enabled { issuer: Option<String> },
    Disabled,
}

/// GetOutboundWebIdentityFederationInfo: FeatureDisabled (404) means disabled.
pub async fn get_state(iam: &Iam) -> Result<FederationState, ApiError> {
    match iam.federation_info().await {
        Ok(info) => {
            if info.jwt_vending_enabled || info.issuer.is_some() {
                Ok(FederationState::Enabled {
                    issuer: info.issuer,
                })
            } else {
                Ok(FederationState::Disabled)
            }
        }
        Err(err) => {
            if is_code(&err, "FeatureDisabled", 404, "disabled") {
                Ok(FederationState::Disabled)
            } else {
                Err(err)
            }
        }
    }
}

/// EnableOutboundWebIdentityFederation; FeatureEnabled (409) counts as success (already on).
/// Returns (issuer if the call returned one, whether this call changed the flag).
pub async fn enable(iam: &Iam) -> Result<(Option<String>, bool), ApiError> {
    match iam.enable_federation().await {
        Ok(issuer) => Ok((issuer, true)),
        Err(err) => {
            if is_code(&err, "FeatureEnabled", 409, "already enabled") {
                Ok((None, false))
            } else {
                Err(err)
            }
        }
    }
}

/// The error code (`FeatureEnabled` or the SDK's `FeatureEnabledException`), or the documented
/// status with the documented wording.
fn is_code(e: &ApiError, code: &str, status: u16, words: &str) -> bool {
    e.error_type
        .as_deref()
        .is_some_and(|t| t.trim_end_matches("Exception") == code)
        || (e.status == Some(status) && e.message.to_ascii_lowercase().contains(words))
}

/// Is this an IAM authorization failure (the caller lacks the IAM action)?
pub fn is_access_denied(e: &ApiError) -> bool {
    e.error_type
        .as_deref()
        .is_some_and(|t| t.contains("AccessDenied"))
        || e.message.contains("not authorized to perform")
}

pub fn denied_fix(action: &str) -> String {
    format!(
        "the caller needs {action}: attach the AWS managed policy AnthropicFullAccess (it grants iam:GetOutboundWebIdentityFederationInfo and iam:EnableOutboundWebIdentityFederation) or an inline policy allowing {action} on \"*\"; this is usually done by an account administrator, once per account"
    )
}

pub fn terraform() -> String {
    r#"# Enables outbound web identity federation for the account (once per account),
# which Claude Platform on AWS needs. Requires the AWS provider >= 6.36.0.
resource "aws_iam_outbound_web_identity_federation" "this" {}

output "outbound_web_identity_federation_issuer" {
  value = aws_iam_outbound_web_identity_federation.this.issuer_identifier
}
"#
    .to_string()
}

/// CloudFormation has no resource type for this account flag (none is documented), so the closest
/// real thing is a custom resource that calls the IAM API, treating FeatureEnabled as success.
pub fn cloudformation() -> String {
    r#"AWSTemplateFormatVersion: "2010-09-09"
Description: >-
  Enables outbound web identity federation for the account (needed by Claude Platform on AWS).
  CloudFormation has no native resource type for this account setting, so a custom resource
  calls iam:EnableOutboundWebIdentityFederation (FeatureEnabled = already on = success).
Resources:
  EnableFederationRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
      Policies:
        - PolicyName: EnableOutboundWebIdentityFederation
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action:
                  - iam:EnableOutboundWebIdentityFederation
                  - iam:GetOutboundWebIdentityFederationInfo
                Resource: "*"
  EnableFederationFunction:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Timeout: 60
      Role: !GetAtt EnableFederationRole.Arn
      Code:
        ZipFile: |
          import boto3, cfnresponse
          def handler(event, context):
              data = {}
              try:
                  iam = boto3.client("iam")
                  if event["RequestType"] in ("Create", "Update"):
                      try:
                          iam.enable_outbound_web_identity_federation()
                      except iam.exceptions.FeatureEnabledException:
                          pass
                      info = iam.get_outbound_web_identity_federation_info()
                      data["IssuerIdentifier"] = info.get("IssuerIdentifier", "")
                  cfnresponse.send(event, context, cfnresponse.SUCCESS, data, "outbound-web-identity-federation")
              except Exception as e:
                  cfnresponse.send(event, context, cfnresponse.FAILED, {"Error": str(e)}, "outbound-web-identity-federation")
  OutboundWebIdentityFederation:
    Type: AWS::CloudFormation::CustomResource
    Properties:
      ServiceToken: !GetAtt EnableFederationFunction.Arn
Outputs:
  IssuerIdentifier:
    Value: !GetAtt OutboundWebIdentityFederation.IssuerIdentifier
"#
    .to_string()
}
