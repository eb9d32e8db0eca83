//! The stable ids of the diagnosis rules ([`Code`]): the strings `--json` and the docs show.

use serde::Serialize;

/// The stable id of a diagnosis rule. `as_str` is the id shown in `--json` and the docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    StreamInvalid,
    StreamStalled,
    UnexpectedResponse,
    TlsNoRoots,
    TlsUntrusted,
    ConnectionFailed,
    Timeout,
    CredentialsExpired,
    NoCredentials,
    /// The chosen AWS profile is defined in neither AWS shared file.
    ProfileMissing,
    StreamInterrupted,
    InvalidSetting,
    Redirected,
    RetryAfterTooLong,
    FederationDisabled,
    FirstPartyKey,
    BedrockKey,
    ApiKeyExpired,
    ApiKeyWrongRegion,
    ApiKeyMalformed,
    ExplicitDeny,
    MissingCallWithBearerToken,
    MissingAction,
    ClockSkew,
    SignatureScope,
    SignatureMismatch,
    ApiKeyRejected,
    UnknownAccessKey,
    WorkspaceMissing,
    WorkspaceMalformed,
    WorkspaceNotFound,
    Unauthenticated,
    Billing,
    ModelNotFound,
    NotFound,
    TooLarge,
    SpendLimit,
    RateLimited,
    Overloaded,
    ServerError,
    BedrockModelId,
    InvalidRequest,
    ApiError,
    Forbidden,
    ApiKeyForbidden,
}

impl Code {
    /// Every code the table produces.
    pub const ALL: [Code; 45] = [
        Code::StreamInvalid,
        Code::StreamStalled,
        Code::UnexpectedResponse,
        Code::TlsNoRoots,
        Code::TlsUntrusted,
        Code::ConnectionFailed,
        Code::Timeout,
        Code::CredentialsExpired,
        Code::NoCredentials,
        Code::ProfileMissing,
        Code::StreamInterrupted,
        Code::InvalidSetting,
        Code::Redirected,
        Code::RetryAfterTooLong,
        Code::FederationDisabled,
        Code::FirstPartyKey,
        Code::BedrockKey,
        Code::ApiKeyExpired,
        Code::ApiKeyWrongRegion,
        Code::ApiKeyMalformed,
        Code::ExplicitDeny,
        Code::MissingCallWithBearerToken,
        Code::MissingAction,
        Code::ClockSkew,
        Code::SignatureScope,
        Code::SignatureMismatch,
        Code::ApiKeyRejected,
        Code::UnknownAccessKey,
        Code::WorkspaceMissing,
        Code::WorkspaceMalformed,
        Code::WorkspaceNotFound,
        Code::Unauthenticated,
        Code::Billing,
        Code::ModelNotFound,
        Code::NotFound,
        Code::TooLarge,
        Code::SpendLimit,
        Code::RateLimited,
        Code::Overloaded,
        Code::ServerError,
        Code::BedrockModelId,
        Code::InvalidRequest,
        Code::ApiError,
        Code::Forbidden,
        Code::ApiKeyForbidden,
    ];

    /// The code whose id is `s` (a code stored as text, e.g. in a doctor check result).
    pub fn parse(s: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// The stable string id, e.g. `missing_action` (docs/json.md).
    pub fn as_str(self) -> &'static str {
        match self {
            Code::StreamInvalid => "stream_invalid",
            Code::StreamStalled => "stream_stalled",
            Code::UnexpectedResponse => "unexpected_response",
            Code::TlsNoRoots => "tls_no_roots",
            Code::TlsUntrusted => "tls_untrusted",
            Code::ConnectionFailed => "connection_failed",
            Code::Timeout => "timeout",
            Code::CredentialsExpired => "credentials_expired",
            Code::NoCredentials => "no_credentials",
            Code::ProfileMissing => "profile_missing",
            Code::StreamInterrupted => "stream_interrupted",
            Code::InvalidSetting => "invalid_setting",
            Code::Redirected => "redirected",
            Code::RetryAfterTooLong => "retry_after_too_long",
            Code::FederationDisabled => "federation_disabled",
            Code::FirstPartyKey => "first_party_key",
            Code::BedrockKey => "bedrock_key",
            Code::ApiKeyExpired => "api_key_expired",
            Code::ApiKeyWrongRegion => "api_key_wrong_region",
            Code::ApiKeyMalformed => "api_key_malformed",
            Code::ExplicitDeny => "explicit_deny",
            Code::MissingCallWithBearerToken => "missing_call_with_bearer_token",
            Code::MissingAction => "missing_action",
            Code::ClockSkew => "clock_skew",
            Code::SignatureScope => "signature_scope",
            Code::SignatureMismatch => "signature_mismatch",
            Code::ApiKeyRejected => "api_key_rejected",
            Code::UnknownAccessKey => "unknown_access_key",
            Code::WorkspaceMissing => "workspace_missing",
            Code::WorkspaceMalformed => "workspace_malformed",
            Code::WorkspaceNotFound => "workspace_not_found",
            Code::Unauthenticated => "unauthenticated",
            Code::Billing => "billing",
            Code::ModelNotFound => "model_not_found",
            Code::NotFound => "not_found",
            Code::TooLarge => "too_large",
            Code::SpendLimit => "spend_limit",
            Code::RateLimited => "rate_limited",
            Code::Overloaded => "overloaded",
            Code::ServerError => "server_error",
            Code::BedrockModelId => "bedrock_model_id",
            Code::InvalidRequest => "invalid_request",
            Code::ApiError => "api_error",
            Code::Forbidden => "forbidden",
            Code::ApiKeyForbidden => "api_key_forbidden",
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl From<Code> for String {
    fn from(c: Code) -> String {
        c.as_str().to_string()
    }
}

/// Lets the tests compare with the documented string.
#[cfg(test)]
impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
