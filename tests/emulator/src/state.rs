//! The emulator's whole mutable world: accounts, IAM principals, credentials, workspaces, models,
//! files, batches, reply settings and fault rules. Serialized as the "state JSON" documented in
//! docs/emulator.md (serde, `deny_unknown_fields`, every field defaulted).

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

pub const DEFAULT_ACCOUNT: &str = "123456789012";
pub const DEFAULT_ISSUER: &str =
    "https://0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b.tokens.sts.global.api.aws";
pub const DEFAULT_REGION: &str = "us-west-2";
pub const DEFAULT_WORKSPACE: &str = "wrkspc_01TESTWORKSPACE";
pub const DEFAULT_ACCESS_KEY_ID: &str = "AKIDEXAMPLE";
pub const DEFAULT_SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
/// The service name of long-term API keys (IAM service-specific credentials), platform.md §2.2.
pub const BEARER_SERVICE_NAME: &str = "aws-external-anthropic.amazonaws.com";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct State {
    pub default_region: String,
    pub now_offset_seconds: i64,
    pub gateway_error_style: ErrorStyle,
    /// How a workspace ID the endpoint does not know (wrong, or another region's) is refused:
    /// platform.md §5.2 documents both readings (UNCONFIRMED).
    pub workspace_miss: WorkspaceMiss,
    /// The format IAM mints long-term API keys in (UNCONFIRMED, platform.md §2.2).
    pub long_term_key_style: KeyStyle,
    /// Where a batch's `results_url` points (UNCONFIRMED on Claude Platform on AWS, platform.md §6).
    pub results_url_host: ResultsUrlHost,
    /// platform.md §4.4: UNCONFIRMED whether API calls need sts:GetWebIdentityToken; off by default.
    pub require_sts_get_web_identity_token: bool,
    pub accounts: Vec<Account>,
    pub access_keys: Vec<AccessKey>,
    pub models: Vec<Model>,
    pub files: Vec<FileObject>,
    pub batches: Vec<Batch>,
    pub reply: Reply,
    pub faults: Vec<Fault>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ErrorStyle {
    #[default]
    Anthropic,
    Aws,
}

/// A wrong or other-region workspace ID: the first-party 404 ``Workspace `<id>` not found.``, or a
/// bare 403 that names neither the workspace nor an action (Anthropic's `claude-api` skill text:
/// "a 403 means … a wrong workspace_id or a principal missing the IAM action").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkspaceMiss {
    #[default]
    NotFound,
    Forbidden,
}

/// Long-term key format: `AEAA` + base64(`<alias>:<secret>`) (the [3rd-party] decoded shape), or
/// `sk-ant-…` (the Claude Code docs' `ANTHROPIC_AWS_API_KEY=sk-ant-xxxxx` for a Console-generated key).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyStyle {
    #[default]
    Aeaa,
    SkAnt,
}

/// The host of an ended batch's `results_url`: the endpoint that was called (the route
/// `GET /v1/messages/batches/{id}/results` on it), or the first-party API host
/// (`https://api.anthropic.com/…`, what the first-party API returns), which a client must not
/// send its AWS signature to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultsUrlHost {
    #[default]
    Endpoint,
    FirstParty,
}

/// One reading of every UNCONFIRMED choice that changes what a client sees when setup is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Variant {
    pub error_style: ErrorStyle,
    pub workspace_miss: WorkspaceMiss,
    pub key_style: KeyStyle,
    pub results_url_host: ResultsUrlHost,
}

impl Variant {
    /// Every combination: tests of verdicts run under each, so none depends on one guess.
    pub fn all() -> Vec<Variant> {
        let mut v = Vec::new();
        for error_style in [ErrorStyle::Anthropic, ErrorStyle::Aws] {
            for workspace_miss in [WorkspaceMiss::NotFound, WorkspaceMiss::Forbidden] {
                for key_style in [KeyStyle::Aeaa, KeyStyle::SkAnt] {
                    for results_url_host in [ResultsUrlHost::Endpoint, ResultsUrlHost::FirstParty] {
                        v.push(Variant {
                            error_style,
                            workspace_miss,
                            key_style,
                            results_url_host,
                        });
                    }
                }
            }
        }
        v
    }

    pub fn apply(&self, st: &mut State) {
        st.gateway_error_style = self.error_style;
        st.workspace_miss = self.workspace_miss;
        st.long_term_key_style = self.key_style;
        st.results_url_host = self.results_url_host;
    }
}

impl std::fmt::Display for Variant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "errors={:?} workspace_miss={:?} key_style={:?} results_url_host={:?}",
            self.error_style, self.workspace_miss, self.key_style, self.results_url_host
        )
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Account {
    pub id: String,
    pub federation_enabled: bool,
    pub issuer: String,
    pub workspaces: Vec<Workspace>,
    pub users: Vec<User>,
    pub roles: Vec<Role>,
    pub managed_policies: Vec<ManagedPolicy>,
    pub service_specific_credentials: Vec<ServiceSpecificCredential>,
    pub outbound_token_audiences_ok: bool,
}

impl Default for Account {
    fn default() -> Self {
        Account {
            id: DEFAULT_ACCOUNT.to_string(),
            federation_enabled: true,
            issuer: DEFAULT_ISSUER.to_string(),
            workspaces: Vec::new(),
            users: Vec::new(),
            roles: Vec::new(),
            managed_policies: Vec::new(),
            service_specific_credentials: Vec::new(),
            outbound_token_audiences_ok: true,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Workspace {
    pub id: String,
    pub name: String,
    pub region: String,
    pub archived: bool,
    pub created_at: String,
    /// RFC 3339 time of archiving (set by the archive route); null while active.
    pub archived_at: Option<String>,
    pub display_color: String,
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace {
            id: String::new(),
            name: String::new(),
            region: DEFAULT_REGION.to_string(),
            archived: false,
            created_at: "2026-05-07T12:00:00Z".to_string(),
            archived_at: None,
            display_color: "#6C5BB9".to_string(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct User {
    pub name: String,
    pub path: String,
    /// policy name -> policy document (JSON)
    pub inline_policies: BTreeMap<String, Value>,
    /// policy ARNs (AWS managed `arn:aws:iam::aws:policy/<Name>` or customer managed)
    pub attached_policies: Vec<String>,
    /// ARN of a managed policy used as permissions boundary
    pub permissions_boundary: Option<String>,
    pub created: String,
}

impl Default for User {
    fn default() -> Self {
        User {
            name: String::new(),
            path: "/".to_string(),
            inline_policies: BTreeMap::new(),
            attached_policies: Vec::new(),
            permissions_boundary: None,
            created: "2026-05-07T12:00:00Z".to_string(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Role {
    pub name: String,
    pub path: String,
    pub trust_policy: Value,
    pub max_session_duration: u32,
    pub inline_policies: BTreeMap<String, Value>,
    pub attached_policies: Vec<String>,
    pub permissions_boundary: Option<String>,
    pub created: String,
}

impl Default for Role {
    fn default() -> Self {
        Role {
            name: String::new(),
            path: "/".to_string(),
            trust_policy: json!({"Version": "2012-10-17", "Statement": []}),
            max_session_duration: 3600,
            inline_policies: BTreeMap::new(),
            attached_policies: Vec::new(),
            permissions_boundary: None,
            created: "2026-05-07T12:00:00Z".to_string(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ManagedPolicy {
    pub name: String,
    pub path: String,
    pub document: Value,
    pub default_version: String,
    pub created: String,
}

impl Default for ManagedPolicy {
    fn default() -> Self {
        ManagedPolicy {
            name: String::new(),
            path: "/".to_string(),
            document: json!({"Version": "2012-10-17", "Statement": []}),
            default_version: "v1".to_string(),
            created: "2026-05-07T12:00:00Z".to_string(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServiceSpecificCredential {
    pub id: String,
    pub user: String,
    pub service: String,
    /// The long-term API key string itself (the emulator's UNCONFIRMED choice: the key presented in
    /// `x-api-key` / `Authorization: Bearer` is exactly this value).
    pub secret: String,
    /// "Active" | "Inactive"
    pub status: String,
    /// RFC 3339
    pub created: String,
    /// RFC 3339 or null (never expires)
    pub expires: Option<String>,
}

impl Default for ServiceSpecificCredential {
    fn default() -> Self {
        ServiceSpecificCredential {
            id: String::new(),
            user: String::new(),
            service: BEARER_SERVICE_NAME.to_string(),
            secret: String::new(),
            status: "Active".to_string(),
            created: "2026-05-07T12:00:00Z".to_string(),
            expires: None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AccessKey {
    pub access_key_id: String,
    pub secret: String,
    pub session_token: Option<String>,
    pub account: String,
    /// `user/<name>` | `assumed-role/<role>/<session>` | `root`
    pub principal: String,
    /// RFC 3339 or null
    pub expires: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Model {
    pub id: String,
    pub display_name: String,
    pub created_at: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FileObject {
    pub id: String,
    pub workspace_id: String,
    pub filename: String,
    pub mime_type: String,
    pub size_bytes: u64,
    pub created_at: String,
    pub downloadable: bool,
    /// Inline content for pre-seeded files (UTF-8 text). Uploaded files are stored on disk instead.
    pub content: Option<String>,
    /// Where the content of an uploaded file lives (inside the emulator's temp dir).
    pub storage_path: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Batch {
    pub id: String,
    pub workspace_id: String,
    /// "in_progress" | "canceling" | "ended"
    pub processing_status: String,
    pub created_at: String,
    pub ended_at: Option<String>,
    pub cancel_initiated_at: Option<String>,
    pub archived_at: Option<String>,
    /// custom_id of each request
    pub custom_ids: Vec<String>,
    /// Canceled before it ended (the requests not processed by then report `canceled`).
    pub canceled: bool,
    /// Created at, in Unix milliseconds (progress is computed from it).
    pub created_ms: u64,
    /// How long the batch takes from creation to `ended` (its requests finish evenly over it).
    pub processing_ms: u64,
    /// Requests processed when the cancel came (the rest report `canceled`).
    pub processed_at_cancel: Option<u64>,
    /// Per request: an error message when the request is invalid (an `errored` result).
    pub errors: Vec<Option<String>>,
    /// Per request: the reply text of a `succeeded` result.
    pub texts: Vec<String>,
    /// Benchmarks: serve this many generated `succeeded` results (custom_id `r<N>`) instead of
    /// `custom_ids`, each with a text of `synthetic_text_bytes`, generated as they are sent.
    pub synthetic_results: u64,
    pub synthetic_text_bytes: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Reply {
    /// Fixed reply text; null = echo "You said: <last user text>".
    pub text: Option<String>,
    pub repeat: u64,
    pub chunk_chars: usize,
    pub thinking: bool,
    pub tool_use: bool,
}

impl Default for Reply {
    fn default() -> Self {
        Reply {
            text: None,
            repeat: 1,
            chunk_chars: 16,
            thinking: false,
            tool_use: false,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FaultMatch {
    pub method: Option<String>,
    pub path_prefix: Option<String>,
    /// IAM action of a gateway route (e.g. "CreateInference") or IAM/STS query Action.
    pub action: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FaultKind {
    #[default]
    Status,
    Latency,
    DropStream,
    MalformedBody,
    SlowStream,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Fault {
    #[serde(rename = "match")]
    pub matcher: FaultMatch,
    /// How many more times the rule fires; null = forever.
    pub times: Option<u64>,
    pub kind: FaultKind,
    pub latency_ms: Option<u64>,
    pub status: Option<u16>,
    pub retry_after: Option<String>,
    pub error_type: Option<String>,
    pub message: Option<String>,
    /// Extra `error.details` object (e.g. {"error_code": "enforced_spend_limit_reached"}).
    pub details: Option<Value>,
    pub after_events: Option<u64>,
    pub event_delay_ms: Option<u64>,
}

/// The key an array of objects merges on, if every element of both arrays carries it as a string.
fn merge_key(base: &[Value], overlay: &[Value]) -> Option<&'static str> {
    ["id", "name", "access_key_id"].into_iter().find(|k| {
        !overlay.is_empty()
            && base
                .iter()
                .chain(overlay.iter())
                .all(|v| v.get(k).is_some_and(Value::is_string))
    })
}

/// Merge `overlay` into `base` (see [`State::from_json_over_default`]).
fn merge_value(base: &mut Value, overlay: Value) {
    match (base, overlay) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(&k) {
                    Some(slot) => merge_value(slot, v),
                    None => {
                        b.insert(k, v);
                    }
                }
            }
        }
        (Value::Array(b), Value::Array(o)) => match merge_key(b, &o) {
            Some(key) => {
                for item in o {
                    let id = item.get(key).cloned();
                    match b.iter_mut().find(|e| e.get(key) == id.as_ref()) {
                        Some(slot) => merge_value(slot, item),
                        None => b.push(item),
                    }
                }
            }
            None => *b = o,
        },
        (slot, v) => *slot = v,
    }
}

impl Default for State {
    fn default() -> Self {
        State {
            default_region: DEFAULT_REGION.to_string(),
            now_offset_seconds: 0,
            gateway_error_style: ErrorStyle::Anthropic,
            workspace_miss: WorkspaceMiss::NotFound,
            long_term_key_style: KeyStyle::Aeaa,
            results_url_host: ResultsUrlHost::Endpoint,
            require_sts_get_web_identity_token: false,
            accounts: Vec::new(),
            access_keys: Vec::new(),
            models: Vec::new(),
            files: Vec::new(),
            batches: Vec::new(),
            reply: Reply::default(),
            faults: Vec::new(),
        }
    }
}

/// The inline policy of the default user `dev`: the read-only IAM calls cpaws makes.
pub fn default_dev_inline_policy() -> Value {
    json!({
        "Version": "2012-10-17",
        "Statement": [{
            "Sid": "CpawsReadOnlyIam",
            "Effect": "Allow",
            "Action": ["iam:Get*", "iam:List*", "iam:SimulatePrincipalPolicy", "sts:GetCallerIdentity"],
            "Resource": "*"
        }]
    })
}

pub fn default_models() -> Vec<Model> {
    [
        ("claude-opus-4-8", "Claude Opus 4.8", "2026-09-01T00:00:00Z"),
        (
            "claude-sonnet-4-6",
            "Claude Sonnet 4.6",
            "2026-02-17T00:00:00Z",
        ),
        (
            "claude-haiku-4-5",
            "Claude Haiku 4.5",
            "2025-10-01T00:00:00Z",
        ),
        (
            "claude-sonnet-4-5",
            "Claude Sonnet 4.5",
            "2025-09-29T00:00:00Z",
        ),
        ("claude-opus-4-5", "Claude Opus 4.5", "2025-11-24T00:00:00Z"),
    ]
    .into_iter()
    .map(|(id, name, created)| Model {
        id: id.to_string(),
        display_name: name.to_string(),
        created_at: created.to_string(),
    })
    .collect()
}

impl State {
    /// The documented default state in which everything works (see docs/emulator.md).
    pub fn default_state() -> State {
        let mut inline = BTreeMap::new();
        inline.insert(
            "cpaws-readonly-iam".to_string(),
            default_dev_inline_policy(),
        );
        State {
            accounts: vec![Account {
                workspaces: vec![Workspace {
                    id: DEFAULT_WORKSPACE.to_string(),
                    name: "default".to_string(),
                    ..Workspace::default()
                }],
                users: vec![User {
                    name: "dev".to_string(),
                    inline_policies: inline,
                    attached_policies: vec![
                        "arn:aws:iam::aws:policy/AnthropicFullAccess".to_string(),
                    ],
                    ..User::default()
                }],
                ..Account::default()
            }],
            access_keys: vec![AccessKey {
                access_key_id: DEFAULT_ACCESS_KEY_ID.to_string(),
                secret: DEFAULT_SECRET.to_string(),
                session_token: None,
                account: DEFAULT_ACCOUNT.to_string(),
                principal: "user/dev".to_string(),
                expires: None,
            }],
            models: default_models(),
            ..State::default()
        }
    }

    pub fn from_json(s: &str) -> Result<State, String> {
        serde_json::from_str(s).map_err(|e| format!("invalid emulator state JSON: {e}"))
    }

    /// Parse a state file the way `cpaws-emulator --state FILE` reads it: merged over the default
    /// state (docs/emulator.md, "Partial state files"). Objects merge key by key; an array whose
    /// elements are all objects carrying an `id`, `name` or `access_key_id` merges element by element
    /// on that key (elements of the default that the file does not name are kept, new ones are
    /// appended); any other value, arrays of strings included, replaces the default's.
    pub fn from_json_over_default(s: &str) -> Result<State, String> {
        let overlay: Value =
            serde_json::from_str(s).map_err(|e| format!("invalid emulator state JSON: {e}"))?;
        if !overlay.is_object() {
            return Err("invalid emulator state JSON: the top level must be an object".to_string());
        }
        let mut base = serde_json::to_value(State::default_state())
            .map_err(|e| format!("cannot serialize the default state: {e}"))?;
        merge_value(&mut base, overlay);
        serde_json::from_value(base).map_err(|e| format!("invalid emulator state JSON: {e}"))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".to_string())
    }

    pub fn account(&self, id: &str) -> Option<&Account> {
        self.accounts.iter().find(|a| a.id == id)
    }

    pub fn account_mut(&mut self, id: &str) -> Option<&mut Account> {
        self.accounts.iter_mut().find(|a| a.id == id)
    }

    pub fn access_key(&self, id: &str) -> Option<&AccessKey> {
        self.access_keys.iter().find(|k| k.access_key_id == id)
    }

    /// Build the Caller for an access key entry (None if its principal does not parse).
    pub fn caller_for_access_key(&self, key: &AccessKey) -> Option<Caller> {
        let mut c = Caller::from_principal(&key.account, &key.principal)?;
        c.access_key_id = Some(key.access_key_id.clone());
        Some(c)
    }
}

impl Account {
    pub fn user(&self, name: &str) -> Option<&User> {
        self.users.iter().find(|u| u.name == name)
    }
    pub fn role(&self, name: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.name == name)
    }
    pub fn workspace(&self, id: &str) -> Option<&Workspace> {
        self.workspaces.iter().find(|w| w.id == id)
    }
}

/// Format a time as RFC 3339 (UTC, second precision, `Z`).
pub fn rfc3339(t: std::time::SystemTime) -> String {
    let dt = time::OffsetDateTime::from(t);
    let dt = dt.replace_nanosecond(0).unwrap_or(dt);
    dt.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Parse an RFC 3339 time.
pub fn parse_rfc3339(s: &str) -> Option<std::time::SystemTime> {
    time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
        .ok()
        .map(Into::into)
}

#[derive(Clone, Debug, PartialEq)]
pub enum CallerKind {
    User { name: String },
    AssumedRole { role: String, session: String },
    Root,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BearerKind {
    ShortTerm,
    LongTerm,
}

#[derive(Clone, Debug)]
pub struct Caller {
    pub account: String,
    /// arn:aws:iam::<acct>:user/<name> | arn:aws:sts::<acct>:assumed-role/<role>/<session> | arn:aws:iam::<acct>:root
    pub arn: String,
    /// AIDA… | AROA…:<session>
    pub user_id: String,
    pub kind: CallerKind,
    pub access_key_id: Option<String>,
    pub bearer: Option<BearerKind>,
}

/// Deterministic IAM unique id (`AIDA…`, `AROA…`, `ANPA…`): prefix + 17 chars derived from `seed`.
pub fn unique_id(prefix: &str, seed: &str) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let digest = Sha256::digest(seed.as_bytes());
    let tail: String = digest
        .iter()
        .take(17)
        .map(|b| ALPHABET[(*b as usize) % ALPHABET.len()] as char)
        .collect();
    format!("{prefix}{tail}")
}

impl Caller {
    /// Parse an access key's `principal` (`user/<name>`, `assumed-role/<role>/<session>`, `root`).
    pub fn from_principal(account: &str, principal: &str) -> Option<Caller> {
        let parts: Vec<&str> = principal.split('/').collect();
        match parts.as_slice() {
            ["user", name] => Some(Caller::user(account, name)),
            ["assumed-role", role, session] => Some(Caller::assumed_role(account, role, session)),
            ["root"] => Some(Caller {
                account: account.to_string(),
                arn: format!("arn:aws:iam::{account}:root"),
                user_id: account.to_string(),
                kind: CallerKind::Root,
                access_key_id: None,
                bearer: None,
            }),
            _ => None,
        }
    }

    pub fn user(account: &str, name: &str) -> Caller {
        let arn = format!("arn:aws:iam::{account}:user/{name}");
        Caller {
            account: account.to_string(),
            user_id: unique_id("AIDA", &arn),
            arn,
            kind: CallerKind::User {
                name: name.to_string(),
            },
            access_key_id: None,
            bearer: None,
        }
    }

    pub fn assumed_role(account: &str, role: &str, session: &str) -> Caller {
        let role_arn = format!("arn:aws:iam::{account}:role/{role}");
        Caller {
            account: account.to_string(),
            arn: format!("arn:aws:sts::{account}:assumed-role/{role}/{session}"),
            user_id: format!("{}:{session}", unique_id("AROA", &role_arn)),
            kind: CallerKind::AssumedRole {
                role: role.to_string(),
                session: session.to_string(),
            },
            access_key_id: None,
            bearer: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_state_roundtrips_through_json() {
        let s = State::default_state();
        let back = State::from_json(&s.to_json()).unwrap();
        assert_eq!(s, back);
    }

    #[test]
    fn unknown_fields_are_rejected_and_missing_fields_defaulted() {
        assert!(State::from_json(r#"{"bogus": 1}"#).is_err());
        let s = State::from_json(r#"{"accounts":[{"id":"111122223333"}]}"#).unwrap();
        assert_eq!(s.default_region, "us-west-2");
        assert!(s.accounts[0].federation_enabled);
        assert_eq!(s.reply.repeat, 1);
    }

    #[test]
    fn partial_state_merges_over_the_default() {
        let s = State::from_json_over_default(
            r#"{"accounts":[{"id":"123456789012","federation_enabled":false}]}"#,
        )
        .unwrap();
        let a = &s.accounts[0];
        assert!(!a.federation_enabled);
        assert_eq!(a.workspaces[0].id, DEFAULT_WORKSPACE);
        assert_eq!(a.users[0].name, "dev");
        assert_eq!(s.access_keys[0].access_key_id, DEFAULT_ACCESS_KEY_ID);
        assert_eq!(s.models, State::default_state().models);

        let s = State::from_json_over_default(
            r#"{"accounts":[{"id":"123456789012","workspaces":[{"id":"wrkspc_01TESTWORKSPACE","region":"eu-west-1"}]}]}"#,
        )
        .unwrap();
        let w = &s.accounts[0].workspaces[0];
        assert_eq!(
            (w.region.as_str(), w.name.as_str()),
            ("eu-west-1", "default")
        );
        assert_eq!(s.accounts[0].users.len(), 1);

        // A new account is appended; arrays of strings replace.
        let s = State::from_json_over_default(
            r#"{"accounts":[{"id":"111122223333"},{"id":"123456789012","users":[{"name":"dev","attached_policies":[]}]}]}"#,
        )
        .unwrap();
        assert_eq!(s.accounts.len(), 2);
        assert!(s.accounts[0].users[0].attached_policies.is_empty());
        assert!(!s.accounts[0].users[0].inline_policies.is_empty());

        assert_eq!(
            State::from_json_over_default("{}").unwrap(),
            State::default_state()
        );
        let e =
            State::from_json_over_default(r#"{"accounts":[{"id":"1","bogus":1}]}"#).unwrap_err();
        assert!(e.contains("bogus"), "{e}");
        assert!(State::from_json_over_default("[]").is_err());
    }

    #[test]
    fn principals_parse() {
        let c = Caller::from_principal("123456789012", "assumed-role/cp-role/s1").unwrap();
        assert_eq!(c.arn, "arn:aws:sts::123456789012:assumed-role/cp-role/s1");
        assert!(c.user_id.starts_with("AROA") && c.user_id.ends_with(":s1"));
        let u = Caller::from_principal("123456789012", "user/dev").unwrap();
        assert_eq!(u.arn, "arn:aws:iam::123456789012:user/dev");
        assert!(Caller::from_principal("1", "weird").is_none());
    }
}
