//! IAM policy documents: parsing and a local evaluator for identity, boundary and trust policies.
//!
//! This is an offline approximation of IAM's own evaluation (platform.md §3), good enough to answer
//! "would this principal be allowed `aws-external-anthropic:CreateInference` on this workspace?" from
//! the documents IAM returns. It does not model SCPs, RCPs, session policies or resource-based policies
//! other than role trust policies.
//!
//! Choices worth knowing:
//! * Policy documents from IAM come back percent-encoded (clients.md §4); [`parse_document`] accepts that
//!   form and raw JSON.
//! * Statement indexes are 0-based positions in the `Statement` array (0 for a single object).
//! * Action names are matched case-insensitively, resources case-sensitively, both as plain globs (`*`, `?`).
//!   A pattern that is a full ARN (six `:`-separated parts) is matched part by part, so `*` does not
//!   cross a `:` inside the first five parts (IAM's documented ARN matching).
//! * A key missing from the request context makes a condition false, except: `…IfExists` (true), `Null`
//!   (tests absence), `ForAllValues:` (true, IAM semantics) and the negated operators (`StringNotEquals`,
//!   `ArnNotLike`, `NotIpAddress`, …), which IAM documents as *true* when the key is absent. Every missing
//!   key (other than for `IfExists`/`Null`) is reported in [`Evaluation::missing_context`], so the caller
//!   can see that the answer depends on context it did not supply.
//! * An operator this module does not know makes its condition false and is reported in
//!   `missing_context` as `unsupported condition operator: <op>` (IAM itself rejects such policies).
//! * Policy variables are expanded only for `${aws:username}`, `${aws:userid}` and
//!   `${aws:PrincipalAccount}` when the context has the key, and only in documents with
//!   `"Version": "2012-10-17"` (with the older or a missing version IAM treats `${…}` literally). Other
//!   variables stay as written.
//! * A statement with neither `Resource` nor `NotResource` (invalid in identity policies, normal in trust
//!   policies) applies to every resource; trust evaluation ignores resources.

use std::collections::BTreeMap;
use std::fmt;
use std::net::IpAddr;

use serde_json::Value;

/// The IAM service prefix of Claude Platform on AWS.
pub const SERVICE_PREFIX: &str = "aws-external-anthropic";

/// Request context: condition key (any case) → values.
pub type Context = BTreeMap<String, Vec<String>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Allowed,
    ExplicitDeny,
    ImplicitDeny,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Effect {
    Allow,
    Deny,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Statement {
    /// 0-based position in the `Statement` array.
    pub index: usize,
    pub sid: Option<String>,
    pub effect: Effect,
    pub action: Option<Vec<String>>,
    pub not_action: Option<Vec<String>>,
    pub resource: Option<Vec<String>>,
    pub not_resource: Option<Vec<String>>,
    pub principal: Option<Principal>,
    pub not_principal: Option<Principal>,
    pub conditions: Vec<Condition>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub enum Principal {
    /// `"Principal": "*"`.
    Any,
    /// `"AWS" | "Federated" | "Service" | "CanonicalUser"` → values.
    Map(BTreeMap<String, Vec<String>>),
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Condition {
    /// As written, e.g. `ForAnyValue:StringEquals`.
    pub operator: String,
    pub key: String,
    pub values: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PolicyDocument {
    pub version: Option<String>,
    pub statements: Vec<Statement>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ParseError {
    pub message: String,
    /// 1-based, in the (decoded) JSON text.
    pub line: Option<usize>,
    /// 1-based, in the (decoded) JSON text.
    pub column: Option<usize>,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, " (line {l}, column {c})"),
            (Some(l), None) => write!(f, " (line {l})"),
            _ => Ok(()),
        }
    }
}

impl std::error::Error for ParseError {}

#[derive(Clone, Debug)]
pub struct NamedPolicy {
    /// Inline policy name or managed policy ARN.
    pub id: String,
    /// `"inline" | "managed" | "boundary" | "trust"`.
    pub kind: String,
    pub document: PolicyDocument,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct MatchedStatement {
    pub policy_id: String,
    pub policy_kind: String,
    pub index: usize,
    pub sid: Option<String>,
    pub effect: Effect,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Evaluation {
    pub decision: Decision,
    /// Every statement whose action, resource (or principal) and conditions matched, Allow and Deny.
    pub matched: Vec<MatchedStatement>,
    /// Condition keys (as written in the policy) that the context lacked, deduplicated, plus
    /// `unsupported condition operator: <op>` entries.
    pub missing_context: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/// Decode the percent-encoded form IAM returns (RFC 3986; `+` stays `+`). Text whose first
/// non-blank character is `{` or `[` is already JSON and is returned unchanged (trimmed), so a raw
/// document containing a literal `%` is not corrupted. Invalid UTF-8 after decoding is replaced.
pub fn percent_decode_document(text: &str) -> String {
    let trimmed = text.trim();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        return trimmed.to_string();
    }
    percent_encoding::percent_decode_str(trimmed)
        .decode_utf8_lossy()
        .trim()
        .to_string()
}

fn perr(message: impl Into<String>) -> ParseError {
    ParseError {
        message: message.into(),
        line: None,
        column: None,
    }
}

/// Line/column (1-based) of the first occurrence of `"needle"` in `text`.
fn locate(text: &str, needle: &str) -> (Option<usize>, Option<usize>) {
    let quoted = format!("\"{needle}\"");
    match text.find(&quoted) {
        Some(pos) => {
            let before = &text[..pos];
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            (Some(line), Some(col))
        }
        None => (None, None),
    }
}

fn perr_at(text: &str, needle: &str, message: impl Into<String>) -> ParseError {
    let (line, column) = locate(text, needle);
    ParseError {
        message: message.into(),
        line,
        column,
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

fn suggestion(key: &str, candidates: &[&str]) -> String {
    let lower = key.to_ascii_lowercase();
    let best = candidates
        .iter()
        .map(|c| (edit_distance(&lower, &c.to_ascii_lowercase()), *c))
        .min_by_key(|(d, _)| *d);
    match best {
        Some((d, c)) if d <= 2 => format!("; did you mean \"{c}\"?"),
        _ => format!(" (expected one of {})", candidates.join(", ")),
    }
}

const TOP_KEYS: &[&str] = &["Version", "Id", "Statement"];
const STATEMENT_KEYS: &[&str] = &[
    "Sid",
    "Effect",
    "Principal",
    "NotPrincipal",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Condition",
];
const PRINCIPAL_KEYS: &[&str] = &["AWS", "Federated", "Service", "CanonicalUser"];

/// Parse a policy document: raw JSON or the percent-encoded form IAM returns (RFC 3986 decoding;
/// `+` stays `+`). `Statement` may be an object or an array; `Action`/`Resource`/etc. a string or an
/// array. Invalid JSON gives an error with line/column; structural problems (missing `Effect`, both
/// `Action` and `NotAction`, an unknown key such as `"Statment"`, …) a message naming the statement,
/// with the position of the offending key when it can be found.
pub fn parse_document(text: &str) -> Result<PolicyDocument, ParseError> {
    let decoded = percent_decode_document(text);
    if decoded.is_empty() {
        return Err(perr("policy document is empty"));
    }
    let value: Value = serde_json::from_str(&decoded).map_err(|e| ParseError {
        message: format!("invalid JSON: {e}"),
        line: Some(e.line()),
        column: Some(e.column()),
    })?;
    let Value::Object(top) = value else {
        return Err(perr("policy document must be a JSON object"));
    };
    for key in top.keys() {
        if !TOP_KEYS.contains(&key.as_str()) {
            return Err(perr_at(
                &decoded,
                key,
                format!(
                    "unknown top-level key \"{key}\"{}",
                    suggestion(key, TOP_KEYS)
                ),
            ));
        }
    }
    let version = match top.get("Version") {
        None => None,
        Some(Value::String(v)) if v == "2012-10-17" || v == "2008-10-17" => Some(v.clone()),
        Some(Value::String(v)) => {
            return Err(perr_at(
                &decoded,
                "Version",
                format!("Version \"{v}\" is not valid; use \"2012-10-17\""),
            ));
        }
        Some(_) => return Err(perr_at(&decoded, "Version", "Version must be a string")),
    };
    if let Some(id) = top.get("Id")
        && !id.is_string()
    {
        return Err(perr_at(&decoded, "Id", "Id must be a string"));
    }
    let raw_statements: Vec<&Value> = match top.get("Statement") {
        None => return Err(perr("policy document has no \"Statement\"")),
        Some(Value::Array(a)) => a.iter().collect(),
        Some(v @ Value::Object(_)) => vec![v],
        Some(_) => {
            return Err(perr_at(
                &decoded,
                "Statement",
                "Statement must be an object or an array of objects",
            ));
        }
    };
    let mut statements = Vec::with_capacity(raw_statements.len());
    for (index, raw) in raw_statements.into_iter().enumerate() {
        statements.push(parse_statement(&decoded, index, raw)?);
    }
    Ok(PolicyDocument {
        version,
        statements,
    })
}

fn parse_statement(text: &str, index: usize, raw: &Value) -> Result<Statement, ParseError> {
    let Value::Object(obj) = raw else {
        return Err(perr(format!("Statement[{index}] must be a JSON object")));
    };
    let sid = match obj.get("Sid") {
        None => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            return Err(perr_at(
                text,
                "Sid",
                format!("Statement[{index}]: Sid must be a string"),
            ));
        }
    };
    let label = match &sid {
        Some(s) => format!("Statement[{index}] (Sid \"{s}\")"),
        None => format!("Statement[{index}]"),
    };
    for key in obj.keys() {
        if !STATEMENT_KEYS.contains(&key.as_str()) {
            return Err(perr_at(
                text,
                key,
                format!(
                    "{label}: unknown key \"{key}\"{}",
                    suggestion(key, STATEMENT_KEYS)
                ),
            ));
        }
    }
    let effect = match obj.get("Effect") {
        None => return Err(perr(format!("{label}: missing \"Effect\""))),
        Some(Value::String(s)) if s == "Allow" => Effect::Allow,
        Some(Value::String(s)) if s == "Deny" => Effect::Deny,
        Some(Value::String(s)) => {
            return Err(perr_at(
                text,
                s,
                format!("{label}: Effect must be \"Allow\" or \"Deny\", not \"{s}\""),
            ));
        }
        Some(_) => {
            return Err(perr_at(
                text,
                "Effect",
                format!("{label}: Effect must be a string"),
            ));
        }
    };
    let action = string_list(text, &label, obj.get("Action"), "Action")?;
    let not_action = string_list(text, &label, obj.get("NotAction"), "NotAction")?;
    match (&action, &not_action) {
        (Some(_), Some(_)) => {
            return Err(perr(format!(
                "{label}: has both \"Action\" and \"NotAction\"; use one"
            )));
        }
        (None, None) => {
            return Err(perr(format!(
                "{label}: missing \"Action\" (or \"NotAction\")"
            )));
        }
        _ => {}
    }
    for a in action.iter().chain(not_action.iter()).flatten() {
        if a != "*" && !a.contains(':') {
            return Err(perr_at(
                text,
                a,
                format!("{label}: action \"{a}\" must be \"*\" or \"service:Action\""),
            ));
        }
    }
    let resource = string_list(text, &label, obj.get("Resource"), "Resource")?;
    let not_resource = string_list(text, &label, obj.get("NotResource"), "NotResource")?;
    if resource.is_some() && not_resource.is_some() {
        return Err(perr(format!(
            "{label}: has both \"Resource\" and \"NotResource\"; use one"
        )));
    }
    let principal = parse_principal(text, &label, obj.get("Principal"), "Principal")?;
    let not_principal = parse_principal(text, &label, obj.get("NotPrincipal"), "NotPrincipal")?;
    if principal.is_some() && not_principal.is_some() {
        return Err(perr(format!(
            "{label}: has both \"Principal\" and \"NotPrincipal\"; use one"
        )));
    }
    let conditions = parse_conditions(text, &label, obj.get("Condition"))?;
    Ok(Statement {
        index,
        sid,
        effect,
        action,
        not_action,
        resource,
        not_resource,
        principal,
        not_principal,
        conditions,
    })
}

fn string_list(
    text: &str,
    label: &str,
    v: Option<&Value>,
    name: &str,
) -> Result<Option<Vec<String>>, ParseError> {
    let bad = || {
        perr_at(
            text,
            name,
            format!("{label}: \"{name}\" must be a string or an array of strings"),
        )
    };
    match v {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(vec![s.clone()])),
        Some(Value::Array(items)) => {
            if items.is_empty() {
                return Err(perr_at(
                    text,
                    name,
                    format!("{label}: \"{name}\" must not be empty"),
                ));
            }
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                match item {
                    Value::String(s) => out.push(s.clone()),
                    _ => return Err(bad()),
                }
            }
            Ok(Some(out))
        }
        Some(_) => Err(bad()),
    }
}

fn parse_principal(
    text: &str,
    label: &str,
    v: Option<&Value>,
    name: &str,
) -> Result<Option<Principal>, ParseError> {
    match v {
        None => Ok(None),
        Some(Value::String(s)) if s == "*" => Ok(Some(Principal::Any)),
        Some(Value::Object(map)) => {
            let mut out = BTreeMap::new();
            for (k, val) in map {
                if !PRINCIPAL_KEYS.contains(&k.as_str()) {
                    return Err(perr_at(
                        text,
                        k,
                        format!(
                            "{label}: unknown {name} type \"{k}\"{}",
                            suggestion(k, PRINCIPAL_KEYS)
                        ),
                    ));
                }
                let values = string_list(text, label, Some(val), k)?.unwrap_or_default();
                out.insert(k.clone(), values);
            }
            Ok(Some(Principal::Map(out)))
        }
        Some(_) => Err(perr_at(
            text,
            name,
            format!("{label}: \"{name}\" must be \"*\" or an object such as {{\"AWS\": \"…\"}}"),
        )),
    }
}

fn scalar_to_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn parse_conditions(
    text: &str,
    label: &str,
    v: Option<&Value>,
) -> Result<Vec<Condition>, ParseError> {
    let Some(v) = v else {
        return Ok(Vec::new());
    };
    let Value::Object(ops) = v else {
        return Err(perr_at(
            text,
            "Condition",
            format!("{label}: Condition must be an object of operator → {{key: value}}"),
        ));
    };
    let mut out = Vec::new();
    for (op, block) in ops {
        let Value::Object(keys) = block else {
            return Err(perr_at(
                text,
                op,
                format!("{label}: Condition \"{op}\" must be an object of key → value(s)"),
            ));
        };
        for (key, vals) in keys {
            let bad = || {
                perr_at(
                    text,
                    key,
                    format!(
                        "{label}: Condition {op} \"{key}\" must be a string, number, boolean or an array of them"
                    ),
                )
            };
            let values = match vals {
                Value::Array(items) => {
                    let mut vs = Vec::with_capacity(items.len());
                    for item in items {
                        vs.push(scalar_to_string(item).ok_or_else(bad)?);
                    }
                    vs
                }
                other => vec![scalar_to_string(other).ok_or_else(bad)?],
            };
            out.push(Condition {
                operator: op.clone(),
                key: key.clone(),
                values,
            });
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Matching primitives
// ---------------------------------------------------------------------------------------------

/// Glob match with `*` (any run, including empty) and `?` (exactly one character).
pub fn glob_match(pattern: &str, text: &str, ignore_case: bool) -> bool {
    let (p, t): (Vec<char>, Vec<char>) = if ignore_case {
        (
            pattern.to_lowercase().chars().collect(),
            text.to_lowercase().chars().collect(),
        )
    } else {
        (pattern.chars().collect(), text.chars().collect())
    };
    let (mut pi, mut ti) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || (p[pi] != '*' && p[pi] == t[ti])) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

/// ARN match (Resource element, ArnLike/ArnEquals), case-sensitive. When both pattern and value
/// start with `arn:`, they are matched part by part on `:` (at most six parts; a pattern with fewer
/// parts matches its last part against the rest of the value), so `*` never spans a `:` between the
/// partition, service, region and account. Anything else is globbed as a whole.
pub fn arn_match(pattern: &str, value: &str) -> bool {
    if pattern.starts_with("arn:") && value.starts_with("arn:") {
        let pp: Vec<&str> = pattern.splitn(6, ':').collect();
        let vp: Vec<&str> = value.splitn(pp.len(), ':').collect();
        return vp.len() == pp.len()
            && pp
                .iter()
                .zip(vp.iter())
                .all(|(p, v)| glob_match(p, v, false));
    }
    glob_match(pattern, value, false)
}

/// Does an `Action`/`NotAction` pattern match an action? Case-insensitive glob.
pub fn action_matches(pattern: &str, action: &str) -> bool {
    glob_match(pattern, action, true)
}

fn context_get<'a>(context: &'a Context, key: &str) -> Option<&'a Vec<String>> {
    context
        .iter()
        .find(|(k, v)| k.eq_ignore_ascii_case(key) && !v.is_empty())
        .map(|(_, v)| v)
}

const VARIABLES: &[&str] = &["aws:username", "aws:userid", "aws:PrincipalAccount"];

/// Expand `${aws:username}`, `${aws:userid}`, `${aws:PrincipalAccount}` from the context (first value).
/// Other variables, and these when the context lacks them, stay as written.
fn expand_variables(s: &str, context: &Context) -> String {
    if !s.contains("${") {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let name = after[..end].trim();
        let value = VARIABLES
            .iter()
            .find(|v| v.eq_ignore_ascii_case(name))
            .and_then(|v| context_get(context, v))
            .and_then(|vals| vals.first());
        match value {
            Some(v) => out.push_str(v),
            None => out.push_str(&rest[start..start + 2 + end + 1]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

// ---------------------------------------------------------------------------------------------
// Conditions
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum SetOp {
    None,
    ForAnyValue,
    ForAllValues,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cmp {
    Eq,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BaseOp {
    StringEquals,
    StringEqualsIgnoreCase,
    StringLike,
    Numeric(Cmp),
    Date(Cmp),
    Bool,
    Binary,
    Ip,
    Arn,
    Null,
}

struct ParsedOp {
    set: SetOp,
    if_exists: bool,
    base: BaseOp,
    negated: bool,
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    if s.len() >= prefix.len()
        && s.is_char_boundary(prefix.len())
        && s[..prefix.len()].eq_ignore_ascii_case(prefix)
    {
        Some(&s[prefix.len()..])
    } else {
        None
    }
}

fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    if s.len() > suffix.len() && s.is_char_boundary(s.len() - suffix.len()) {
        let (head, tail) = s.split_at(s.len() - suffix.len());
        if tail.eq_ignore_ascii_case(suffix) {
            return Some(head);
        }
    }
    None
}

fn parse_operator(op: &str) -> Option<ParsedOp> {
    let (set, rest) = if let Some(r) = strip_prefix_ci(op, "ForAnyValue:") {
        (SetOp::ForAnyValue, r)
    } else if let Some(r) = strip_prefix_ci(op, "ForAllValues:") {
        (SetOp::ForAllValues, r)
    } else {
        (SetOp::None, op)
    };
    let (if_exists, base) = match strip_suffix_ci(rest, "IfExists") {
        Some(b) => (true, b),
        None => (false, rest),
    };
    let (base, negated) = match base.to_ascii_lowercase().as_str() {
        "stringequals" => (BaseOp::StringEquals, false),
        "stringnotequals" => (BaseOp::StringEquals, true),
        "stringequalsignorecase" => (BaseOp::StringEqualsIgnoreCase, false),
        "stringnotequalsignorecase" => (BaseOp::StringEqualsIgnoreCase, true),
        "stringlike" => (BaseOp::StringLike, false),
        "stringnotlike" => (BaseOp::StringLike, true),
        "numericequals" => (BaseOp::Numeric(Cmp::Eq), false),
        "numericnotequals" => (BaseOp::Numeric(Cmp::Eq), true),
        "numericlessthan" => (BaseOp::Numeric(Cmp::Lt), false),
        "numericlessthanequals" => (BaseOp::Numeric(Cmp::Le), false),
        "numericgreaterthan" => (BaseOp::Numeric(Cmp::Gt), false),
        "numericgreaterthanequals" => (BaseOp::Numeric(Cmp::Ge), false),
        "dateequals" => (BaseOp::Date(Cmp::Eq), false),
        "datenotequals" => (BaseOp::Date(Cmp::Eq), true),
        "datelessthan" => (BaseOp::Date(Cmp::Lt), false),
        "datelessthanequals" => (BaseOp::Date(Cmp::Le), false),
        "dategreaterthan" => (BaseOp::Date(Cmp::Gt), false),
        "dategreaterthanequals" => (BaseOp::Date(Cmp::Ge), false),
        "bool" => (BaseOp::Bool, false),
        "binaryequals" => (BaseOp::Binary, false),
        "ipaddress" => (BaseOp::Ip, false),
        "notipaddress" => (BaseOp::Ip, true),
        "arnequals" | "arnlike" => (BaseOp::Arn, false),
        "arnnotequals" | "arnnotlike" => (BaseOp::Arn, true),
        "null" if !if_exists => (BaseOp::Null, false),
        _ => return None,
    };
    Some(ParsedOp {
        set,
        if_exists,
        base,
        negated,
    })
}

/// Is `op` (e.g. `ForAnyValue:StringLikeIfExists`) a condition operator this module evaluates?
pub fn is_known_operator(op: &str) -> bool {
    parse_operator(op).is_some()
}

fn compare<T: PartialOrd>(cmp: Cmp, ctx: T, policy: T) -> bool {
    match cmp {
        Cmp::Eq => ctx == policy,
        Cmp::Lt => ctx < policy,
        Cmp::Le => ctx <= policy,
        Cmp::Gt => ctx > policy,
        Cmp::Ge => ctx >= policy,
    }
}

/// A date as RFC 3339 / ISO 8601 or epoch seconds → nanoseconds since the epoch.
fn parse_date(s: &str) -> Option<i128> {
    let s = s.trim();
    if let Ok(secs) = s.parse::<i64>() {
        return Some(i128::from(secs) * 1_000_000_000);
    }
    if let Ok(secs) = s.parse::<f64>()
        && secs.is_finite()
    {
        return Some((secs * 1e9) as i128);
    }
    use time::format_description::well_known::{Iso8601, Rfc3339};
    if let Ok(t) = time::OffsetDateTime::parse(s, &Rfc3339) {
        return Some(t.unix_timestamp_nanos());
    }
    if let Ok(t) = time::OffsetDateTime::parse(s, &Iso8601::DEFAULT) {
        return Some(t.unix_timestamp_nanos());
    }
    if let Ok(d) = time::Date::parse(s, &Iso8601::DEFAULT) {
        return Some(d.midnight().assume_utc().unix_timestamp_nanos());
    }
    None
}

fn ip_bits(ip: IpAddr) -> (u128, u32) {
    match ip {
        IpAddr::V4(v4) => (u128::from(u32::from(v4)), 32),
        IpAddr::V6(v6) => (u128::from(v6), 128),
    }
}

fn ip_in_cidr(ctx: &str, cidr: &str) -> bool {
    let Ok(ip) = ctx.trim().parse::<IpAddr>() else {
        return false;
    };
    let (net, prefix) = match cidr.trim().split_once('/') {
        Some((n, p)) => (n, p.parse::<u32>().ok()),
        None => (cidr.trim(), None),
    };
    let Ok(net) = net.parse::<IpAddr>() else {
        return false;
    };
    let (a, width) = ip_bits(ip);
    let (b, width_b) = ip_bits(net);
    if width != width_b {
        return false;
    }
    let prefix = prefix.unwrap_or(width);
    if prefix > width {
        return false;
    }
    if prefix == 0 {
        return true;
    }
    let shift = width - prefix;
    (a >> shift) == (b >> shift)
}

fn base_match(base: BaseOp, ctx: &str, policy: &str) -> bool {
    match base {
        BaseOp::StringEquals | BaseOp::Binary => ctx == policy,
        BaseOp::StringEqualsIgnoreCase => ctx.to_lowercase() == policy.to_lowercase(),
        BaseOp::StringLike => glob_match(policy, ctx, false),
        BaseOp::Numeric(cmp) => match (ctx.trim().parse::<f64>(), policy.trim().parse::<f64>()) {
            (Ok(c), Ok(p)) => compare(cmp, c, p),
            _ => false,
        },
        BaseOp::Date(cmp) => match (parse_date(ctx), parse_date(policy)) {
            (Some(c), Some(p)) => compare(cmp, c, p),
            _ => false,
        },
        BaseOp::Bool => ctx.trim().eq_ignore_ascii_case(policy.trim()),
        BaseOp::Ip => ip_in_cidr(ctx, policy),
        BaseOp::Arn => arn_match(policy, ctx),
        BaseOp::Null => false,
    }
}

fn push_unique(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// Evaluate one (operator, key, values) condition against the context.
fn eval_condition(
    cond: &Condition,
    context: &Context,
    variables: bool,
    missing: &mut Vec<String>,
) -> bool {
    let Some(op) = parse_operator(&cond.operator) else {
        push_unique(
            missing,
            format!("unsupported condition operator: {}", cond.operator),
        );
        return false;
    };
    let present = context_get(context, &cond.key);
    if op.base == BaseOp::Null {
        return cond.values.iter().any(|v| {
            let want_absent = v.trim().eq_ignore_ascii_case("true");
            want_absent == present.is_none()
        });
    }
    let Some(ctx_values) = present else {
        if op.if_exists {
            return true;
        }
        push_unique(missing, cond.key.clone());
        return match op.set {
            SetOp::ForAllValues => true,
            SetOp::ForAnyValue => false,
            // IAM: a negated operator on an absent key is true.
            SetOp::None => op.negated,
        };
    };
    let policy_values: Vec<String> = cond
        .values
        .iter()
        .map(|v| {
            if variables {
                expand_variables(v, context)
            } else {
                v.clone()
            }
        })
        .collect();
    let single = |ctx: &String| {
        let m = policy_values.iter().any(|p| base_match(op.base, ctx, p));
        m != op.negated
    };
    match op.set {
        SetOp::ForAllValues => ctx_values.iter().all(single),
        SetOp::ForAnyValue => ctx_values.iter().any(single),
        SetOp::None if op.negated => ctx_values.iter().all(single),
        SetOp::None => ctx_values.iter().any(single),
    }
}

/// All conditions of a statement (AND). Every condition is evaluated, so every missing key is reported.
fn conditions_hold(
    stmt: &Statement,
    context: &Context,
    variables: bool,
    missing: &mut Vec<String>,
) -> bool {
    let mut all = true;
    for c in &stmt.conditions {
        if !eval_condition(c, context, variables, missing) {
            all = false;
        }
    }
    all
}

fn action_applies(stmt: &Statement, action: &str) -> bool {
    if let Some(list) = &stmt.action {
        list.iter().any(|p| action_matches(p, action))
    } else if let Some(list) = &stmt.not_action {
        !list.iter().any(|p| action_matches(p, action))
    } else {
        false
    }
}

fn resource_applies(stmt: &Statement, resource: &str, context: &Context, variables: bool) -> bool {
    let hit = |list: &Vec<String>| {
        list.iter().any(|p| {
            if variables {
                arn_match(&expand_variables(p, context), resource)
            } else {
                arn_match(p, resource)
            }
        })
    };
    if let Some(list) = &stmt.resource {
        hit(list)
    } else if let Some(list) = &stmt.not_resource {
        !hit(list)
    } else {
        true
    }
}

fn uses_variables(doc: &PolicyDocument) -> bool {
    doc.version.as_deref() == Some("2012-10-17")
}

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

#[derive(Default)]
struct Tally {
    allow: bool,
    deny: bool,
}

fn scan(
    policies: &[NamedPolicy],
    action: &str,
    resource: &str,
    context: &Context,
    matched: &mut Vec<MatchedStatement>,
    missing: &mut Vec<String>,
) -> Tally {
    let mut tally = Tally::default();
    for policy in policies {
        let variables = uses_variables(&policy.document);
        for stmt in &policy.document.statements {
            if !action_applies(stmt, action)
                || !resource_applies(stmt, resource, context, variables)
            {
                continue;
            }
            if !conditions_hold(stmt, context, variables, missing) {
                continue;
            }
            match stmt.effect {
                Effect::Allow => tally.allow = true,
                Effect::Deny => tally.deny = true,
            }
            matched.push(MatchedStatement {
                policy_id: policy.id.clone(),
                policy_kind: policy.kind.clone(),
                index: stmt.index,
                sid: stmt.sid.clone(),
                effect: stmt.effect,
            });
        }
    }
    tally
}

/// Identity-policy evaluation as IAM does it within one account: an explicit Deny in any policy wins;
/// otherwise Allow if some Allow statement matches; otherwise implicit deny. If `boundary` is Some, the
/// action must also be allowed by the boundary (a boundary Deny is an explicit deny; no boundary Allow
/// is an implicit deny). `Principal`/`NotPrincipal` in these documents are ignored.
pub fn evaluate(
    policies: &[NamedPolicy],
    boundary: Option<&[NamedPolicy]>,
    action: &str,
    resource: &str,
    context: &Context,
) -> Evaluation {
    let mut matched = Vec::new();
    let mut missing = Vec::new();
    let identity = scan(
        policies,
        action,
        resource,
        context,
        &mut matched,
        &mut missing,
    );
    let boundary_tally =
        boundary.map(|b| scan(b, action, resource, context, &mut matched, &mut missing));
    let decision = if identity.deny || boundary_tally.as_ref().is_some_and(|t| t.deny) {
        Decision::ExplicitDeny
    } else if identity.allow && boundary_tally.as_ref().is_none_or(|t| t.allow) {
        Decision::Allowed
    } else {
        Decision::ImplicitDeny
    };
    Evaluation {
        decision,
        matched,
        missing_context: missing,
    }
}

/// The parts of an ARN: (partition, service, account, resource).
fn arn_parts(arn: &str) -> Option<(&str, &str, &str, &str)> {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    if parts.len() == 6 && parts[0] == "arn" {
        Some((parts[1], parts[2], parts[4], parts[5]))
    } else {
        None
    }
}

fn is_account_id(s: &str) -> bool {
    s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit())
}

/// The account a principal belongs to (from its ARN, or the bare 12-digit id itself).
fn principal_account(principal: &str) -> Option<&str> {
    if is_account_id(principal) {
        return Some(principal);
    }
    arn_parts(principal)
        .map(|(_, _, account, _)| account)
        .filter(|a| !a.is_empty())
}

/// Does one `"AWS"` principal value from a policy cover `principal`?
fn aws_principal_matches(value: &str, principal: &str) -> bool {
    let value = value.trim();
    if value == "*" || value == principal {
        return true;
    }
    // Account trust: "123456789012" or "arn:aws:iam::123456789012:root".
    let trusted_account = if is_account_id(value) {
        Some(value)
    } else {
        match arn_parts(value) {
            Some((_, "iam", account, "root")) => Some(account),
            _ => None,
        }
    };
    if let Some(account) = trusted_account {
        return principal_account(principal) == Some(account);
    }
    // An assumed-role session is also matched by its role's ARN (any path).
    if let (Some((vp, "iam", va, vres)), Some((pp, "sts", pa, pres))) =
        (arn_parts(value), arn_parts(principal))
        && vp == pp
        && va == pa
        && let (Some(role_path), Some(session)) = (
            vres.strip_prefix("role/"),
            pres.strip_prefix("assumed-role/"),
        )
        && let Some((session_role, _)) = session.split_once('/')
    {
        let role_name = role_path.rsplit('/').next().unwrap_or(role_path);
        return role_name == session_role;
    }
    false
}

/// Does one `"Federated"` principal value cover `principal`? Exact match, or an OIDC provider ARN
/// (`arn:aws:iam::ACCT:oidc-provider/HOST`) against its bare host, either way round.
fn federated_principal_matches(value: &str, principal: &str) -> bool {
    let host = |s: &str| -> String {
        match arn_parts(s) {
            Some((_, "iam", _, res)) => res
                .strip_prefix("oidc-provider/")
                .or_else(|| res.strip_prefix("saml-provider/"))
                .unwrap_or(res)
                .to_ascii_lowercase(),
            _ => s.to_ascii_lowercase(),
        }
    };
    if value == "*" || value == principal {
        return true;
    }
    let (v_arn, p_arn) = (arn_parts(value).is_some(), arn_parts(principal).is_some());
    if v_arn && p_arn {
        return false;
    }
    host(value) == host(principal)
}

fn principal_value_matches(kind: &str, value: &str, principal: &str) -> bool {
    match kind {
        "AWS" => aws_principal_matches(value, principal),
        "Federated" => federated_principal_matches(value, principal),
        "Service" => value == "*" || value.eq_ignore_ascii_case(principal),
        _ => value == "*" || value == principal,
    }
}

fn principal_covers(p: &Principal, kind: &str, principal: &str) -> bool {
    match p {
        Principal::Any => true,
        Principal::Map(map) => map.iter().any(|(k, values)| {
            k.eq_ignore_ascii_case(kind)
                && values
                    .iter()
                    .any(|v| principal_value_matches(k, v, principal))
        }),
    }
}

/// Trust-policy evaluation: does `principal_arn` (an IAM user/role ARN, an account root
/// `arn:aws:iam::ACCT:root`, an assumed-role session ARN, or for Federated an OIDC provider ARN /
/// `token.actions.githubusercontent.com`) get `action` (e.g. `sts:AssumeRole`)?
///
/// `"*"` matches anyone; `{"AWS": "123456789012"}` or `arn:aws:iam::123456789012:root` trusts every
/// principal of that account; an exact ARN matches itself; an assumed-role session is also matched by
/// its role ARN; `NotPrincipal` applies to everyone it does not name. A statement with neither
/// `Principal` nor `NotPrincipal` applies to nobody. `Resource` is ignored. The matched statements
/// carry policy id `"trust"` and kind `"trust"`.
pub fn evaluate_trust(
    trust: &PolicyDocument,
    principal_kind: &str,
    principal_arn: &str,
    action: &str,
    context: &Context,
) -> Evaluation {
    let variables = uses_variables(trust);
    let mut matched = Vec::new();
    let mut missing = Vec::new();
    let (mut allow, mut deny) = (false, false);
    for stmt in &trust.statements {
        if !action_applies(stmt, action) {
            continue;
        }
        let principal_ok = match (&stmt.principal, &stmt.not_principal) {
            (Some(p), _) => principal_covers(p, principal_kind, principal_arn),
            (None, Some(np)) => !principal_covers(np, principal_kind, principal_arn),
            (None, None) => false,
        };
        if !principal_ok || !conditions_hold(stmt, context, variables, &mut missing) {
            continue;
        }
        match stmt.effect {
            Effect::Allow => allow = true,
            Effect::Deny => deny = true,
        }
        matched.push(MatchedStatement {
            policy_id: "trust".to_string(),
            policy_kind: "trust".to_string(),
            index: stmt.index,
            sid: stmt.sid.clone(),
            effect: stmt.effect,
        });
    }
    let decision = if deny {
        Decision::ExplicitDeny
    } else if allow {
        Decision::Allowed
    } else {
        Decision::ImplicitDeny
    };
    Evaluation {
        decision,
        matched,
        missing_context: missing,
    }
}

// ---------------------------------------------------------------------------------------------
// Claude Platform on AWS actions
// ---------------------------------------------------------------------------------------------

/// Every documented `aws-external-anthropic` action (platform.md §3.2), without the prefix.
pub const KNOWN_ACTIONS: &[&str] = &[
    "CreateInference",
    "CountTokens",
    "CreateBatchInference",
    "GetBatchInference",
    "ListBatchInferences",
    "CancelBatchInference",
    "DeleteBatchInference",
    "GetModel",
    "ListModels",
    "CreateFile",
    "GetFile",
    "ListFiles",
    "DeleteFile",
    "CreateSkill",
    "GetSkill",
    "ListSkills",
    "UpdateSkill",
    "DeleteSkill",
    "CreateUserProfile",
    "GetUserProfile",
    "ListUserProfiles",
    "UpdateUserProfile",
    "CreateUserProfileEnrollmentUrl",
    "CreateAgent",
    "GetAgent",
    "ListAgents",
    "UpdateAgent",
    "ArchiveAgent",
    "CreateSession",
    "GetSession",
    "ListSessions",
    "UpdateSession",
    "ArchiveSession",
    "DeleteSession",
    "CreateEnvironment",
    "GetEnvironment",
    "ListEnvironments",
    "UpdateEnvironment",
    "ArchiveEnvironment",
    "DeleteEnvironment",
    "ProcessEnvironmentWork",
    "CreateVault",
    "GetVault",
    "ListVaults",
    "UpdateVault",
    "ArchiveVault",
    "DeleteVault",
    "CreateMemoryStore",
    "GetMemoryStore",
    "ListMemoryStores",
    "UpdateMemoryStore",
    "ArchiveMemoryStore",
    "DeleteMemoryStore",
    "CreateWebhook",
    "GetWebhook",
    "ListWebhooks",
    "UpdateWebhook",
    "DeleteWebhook",
    "RotateWebhookSecret",
    "CreateWorkspace",
    "GetWorkspace",
    "ListWorkspaces",
    "UpdateWorkspace",
    "ArchiveWorkspace",
    "RegisterKey",
    "GetKey",
    "ListKeys",
    "UpdateKey",
    "DisableKey",
    "ListComplianceActivities",
    "CallWithBearerToken",
    "AssumeConsole",
    "GetAccountStatus",
    "TagResource",
    "UntagResource",
    "ListTagsForResource",
];

/// Actions with no resource type: they must be granted on `"*"`.
const ACCOUNT_SCOPED: &[&str] = &[
    "CreateWorkspace",
    "ListWorkspaces",
    "CallWithBearerToken",
    "AssumeConsole",
    "GetAccountStatus",
    "RegisterKey",
    "GetKey",
    "ListKeys",
    "UpdateKey",
    "DisableKey",
    "ListComplianceActivities",
];

/// The action name without the `aws-external-anthropic:` prefix, if it has that prefix (any case) or
/// no prefix at all.
fn anthropic_action_name(action: &str) -> Option<&str> {
    match action.split_once(':') {
        Some((svc, name)) if svc.eq_ignore_ascii_case(SERVICE_PREFIX) => Some(name),
        Some(_) => None,
        None => Some(action),
    }
}

/// Every `aws-external-anthropic:` action named in `Action`/`NotAction` that is not a known action
/// (case-insensitive; names with `*`/`?` are never unknown). As written, deduplicated, in order.
pub fn unknown_actions(doc: &PolicyDocument) -> Vec<String> {
    let mut out = Vec::new();
    for stmt in &doc.statements {
        for a in stmt.action.iter().chain(stmt.not_action.iter()).flatten() {
            let Some((svc, name)) = a.split_once(':') else {
                continue;
            };
            if !svc.eq_ignore_ascii_case(SERVICE_PREFIX) || name.contains(['*', '?']) {
                continue;
            }
            if !KNOWN_ACTIONS.iter().any(|k| k.eq_ignore_ascii_case(name)) {
                push_unique(&mut out, a.clone());
            }
        }
    }
    out
}

/// The known actions (without prefix) an action pattern such as `aws-external-anthropic:*File` or
/// `aws-external-anthropic:Get*` matches. Shows wildcard over-grants.
pub fn expand_action_pattern(pattern: &str) -> Vec<&'static str> {
    KNOWN_ACTIONS
        .iter()
        .copied()
        .filter(|name| action_matches(pattern, &format!("{SERVICE_PREFIX}:{name}")))
        .collect()
}

/// Is `action` (with or without the `aws-external-anthropic:` prefix, any case) one with no resource
/// type, i.e. it must be granted on `"*"`?
pub fn is_account_scoped(action: &str) -> bool {
    anthropic_action_name(action)
        .is_some_and(|name| ACCOUNT_SCOPED.iter().any(|a| a.eq_ignore_ascii_case(name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const WS: &str =
        "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/wrkspc_01AbCdEf23GhIj";

    fn ctx(pairs: &[(&str, &[&str])]) -> Context {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect()))
            .collect()
    }

    fn named(id: &str, kind: &str, json: &str) -> NamedPolicy {
        NamedPolicy {
            id: id.into(),
            kind: kind.into(),
            document: parse_document(json).unwrap(),
        }
    }

    fn a(name: &str) -> String {
        format!("aws-external-anthropic:{name}")
    }

    const STS_STATEMENTS: &str = r#"
        {"Sid": "GetToken", "Effect": "Allow", "Action": "sts:GetWebIdentityToken", "Resource": "*",
         "Condition": {
            "ForAnyValue:StringEquals": {"sts:IdentityTokenAudience": ["https://api.anthropic.com", "https://platform.claude.com"]},
            "StringEquals": {"aws:CalledViaLast": "aws-external-anthropic.amazonaws.com"}}},
        {"Sid": "TagToken", "Effect": "Allow", "Action": "sts:TagGetWebIdentityToken", "Resource": "*"}"#;

    fn full_access() -> String {
        format!(
            r#"{{"Version": "2012-10-17", "Statement": [
            {{"Effect": "Allow", "Action": "aws-external-anthropic:*", "Resource": "*"}},
            {{"Effect": "Allow", "Action": ["aws-marketplace:Subscribe", "aws-marketplace:Unsubscribe"], "Resource": "*",
              "Condition": {{"ForAnyValue:StringEquals": {{"aws-marketplace:ProductId": ["prod-3qbeiztufnva6"]}}}}}},
            {{"Effect": "Allow", "Action": "aws-marketplace:ViewSubscriptions", "Resource": "*"}},
            {{"Effect": "Allow", "Action": ["iam:GetOutboundWebIdentityFederationInfo", "iam:EnableOutboundWebIdentityFederation"], "Resource": "*"}},
            {STS_STATEMENTS}]}}"#
        )
    }

    fn read_only() -> String {
        format!(
            r#"{{"Version": "2012-10-17", "Statement": [
            {{"Effect": "Allow", "Action": ["aws-external-anthropic:Get*", "aws-external-anthropic:List*"],
              "Resource": "arn:aws:aws-external-anthropic:*:*:workspace/*"}},
            {{"Effect": "Allow", "Action": ["aws-external-anthropic:GetAccountStatus", "aws-external-anthropic:CallWithBearerToken"], "Resource": "*"}},
            {STS_STATEMENTS}]}}"#
        )
    }

    fn inference() -> String {
        format!(
            r#"{{"Version": "2012-10-17", "Statement": [
            {{"Sid": "AnthropicInferenceWorkspace", "Effect": "Allow",
              "Action": ["aws-external-anthropic:Get*", "aws-external-anthropic:List*",
                         "aws-external-anthropic:CreateInference", "aws-external-anthropic:CreateBatchInference",
                         "aws-external-anthropic:CancelBatchInference", "aws-external-anthropic:DeleteBatchInference",
                         "aws-external-anthropic:CountTokens"],
              "Resource": "arn:aws:aws-external-anthropic:*:*:workspace/*"}},
            {{"Sid": "AnthropicInferenceResourceless", "Effect": "Allow",
              "Action": ["aws-external-anthropic:GetAccountStatus", "aws-external-anthropic:CallWithBearerToken"], "Resource": "*"}},
            {STS_STATEMENTS}]}}"#
        )
    }

    fn limited() -> String {
        let ws_actions = [
            "Get*",
            "List*",
            "ArchiveAgent",
            "ArchiveEnvironment",
            "ArchiveMemoryStore",
            "ArchiveSession",
            "ArchiveVault",
            "CancelBatchInference",
            "CountTokens",
            "CreateAgent",
            "CreateBatchInference",
            "CreateEnvironment",
            "CreateFile",
            "CreateInference",
            "CreateMemoryStore",
            "CreateSession",
            "CreateSkill",
            "CreateUserProfile",
            "CreateVault",
            "CreateWebhook",
            "DeleteBatchInference",
            "DeleteEnvironment",
            "DeleteFile",
            "DeleteMemoryStore",
            "DeleteSession",
            "DeleteSkill",
            "DeleteVault",
            "DeleteWebhook",
            "ProcessEnvironmentWork",
            "RotateWebhookSecret",
            "UpdateAgent",
            "UpdateEnvironment",
            "UpdateMemoryStore",
            "UpdateSession",
            "UpdateSkill",
            "UpdateUserProfile",
            "UpdateVault",
            "UpdateWebhook",
        ]
        .iter()
        .map(|n| format!("\"aws-external-anthropic:{n}\""))
        .collect::<Vec<_>>()
        .join(", ");
        format!(
            r#"{{"Version": "2012-10-17", "Statement": [
            {{"Effect": "Allow", "Action": [{ws_actions}], "Resource": "arn:aws:aws-external-anthropic:*:*:workspace/*"}},
            {{"Effect": "Allow", "Action": ["aws-external-anthropic:GetAccountStatus", "aws-external-anthropic:CallWithBearerToken"], "Resource": "*"}},
            {STS_STATEMENTS},
            {{"Effect": "Allow", "Action": "aws-external-anthropic:AssumeConsole", "Resource": "*",
              "Condition": {{"StringEquals": {{"aws-external-anthropic:Capability": "developer"}}}}}}]}}"#
        )
    }

    const SELF_HOSTED: &str = r#"{"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": ["aws-external-anthropic:GetEnvironment", "aws-external-anthropic:GetSession",
           "aws-external-anthropic:GetSkill", "aws-external-anthropic:ProcessEnvironmentWork", "aws-external-anthropic:UpdateSession"],
         "Resource": "arn:aws:aws-external-anthropic:*:*:workspace/*"},
        {"Effect": "Allow", "Action": "aws-external-anthropic:CallWithBearerToken", "Resource": "*"}]}"#;

    fn eval1(json: &str, action: &str, resource: &str, c: &Context) -> Evaluation {
        evaluate(&[named("p", "managed", json)], None, action, resource, c)
    }

    fn allowed(json: &str, action: &str, resource: &str) -> bool {
        eval1(json, action, resource, &Context::new()).decision == Decision::Allowed
    }

    fn sts_ctx() -> Context {
        ctx(&[
            ("sts:IdentityTokenAudience", &["https://api.anthropic.com"]),
            (
                "aws:CalledViaLast",
                &["aws-external-anthropic.amazonaws.com"],
            ),
        ])
    }

    #[test]
    fn managed_full_access() {
        let doc = full_access();
        for name in KNOWN_ACTIONS {
            assert!(allowed(&doc, &a(name), WS), "{name}");
            assert!(allowed(&doc, &a(name), "*"), "{name}");
        }
        assert!(allowed(
            &doc,
            "iam:EnableOutboundWebIdentityFederation",
            "*"
        ));
        assert!(!allowed(
            &doc,
            "iam:DisableOutboundWebIdentityFederation",
            "*"
        ));
        let sub = ctx(&[("aws-marketplace:ProductId", &["prod-3qbeiztufnva6"])]);
        assert_eq!(
            eval1(&doc, "aws-marketplace:Subscribe", "*", &sub).decision,
            Decision::Allowed
        );
        let other = ctx(&[("aws-marketplace:ProductId", &["prod-other"])]);
        assert_eq!(
            eval1(&doc, "aws-marketplace:Subscribe", "*", &other).decision,
            Decision::ImplicitDeny
        );
        assert_eq!(
            eval1(&doc, "sts:GetWebIdentityToken", "*", &sts_ctx()).decision,
            Decision::Allowed
        );
        assert!(allowed(&doc, "sts:TagGetWebIdentityToken", "*"));
        assert!(unknown_actions(&parse_document(&doc).unwrap()).is_empty());
    }

    #[test]
    fn managed_read_only_over_grants_get() {
        let doc = read_only();
        assert!(allowed(&doc, &a("GetFile"), WS)); // content, not metadata
        assert!(allowed(&doc, &a("ListWorkspaces"), WS));
        assert!(allowed(&doc, &a("getfile"), WS)); // case-insensitive
        assert!(!allowed(&doc, &a("CreateFile"), WS));
        assert!(!allowed(&doc, &a("CreateInference"), WS));
        assert!(allowed(&doc, &a("GetAccountStatus"), "*"));
        assert!(allowed(&doc, &a("CallWithBearerToken"), "*"));
        // Account-scoped action on "*" is not covered by the workspace statement.
        assert!(!allowed(&doc, &a("ListWorkspaces"), "*"));
        assert!(!allowed(&doc, &a("AssumeConsole"), "*"));
    }

    #[test]
    fn managed_inference_access() {
        let doc = inference();
        let e = eval1(&doc, &a("CreateInference"), WS, &Context::new());
        assert_eq!(e.decision, Decision::Allowed);
        assert_eq!(e.matched.len(), 1);
        assert_eq!(
            e.matched[0].sid.as_deref(),
            Some("AnthropicInferenceWorkspace")
        );
        assert_eq!(e.matched[0].index, 0);
        assert_eq!(e.matched[0].policy_kind, "managed");
        assert!(allowed(&doc, &a("CountTokens"), WS));
        assert!(allowed(&doc, &a("CreateBatchInference"), WS));
        assert!(!allowed(&doc, &a("CreateFile"), WS));
        assert!(!allowed(&doc, &a("CreateInference"), "*"));
        assert!(!allowed(
            &doc,
            &a("CreateInference"),
            "arn:aws:aws-external-anthropic:us-west-2:123456789012:other/x"
        ));
    }

    #[test]
    fn managed_limited_access() {
        let doc = limited();
        assert!(allowed(&doc, &a("CreateFile"), WS));
        assert!(allowed(&doc, &a("DeleteSkill"), WS));
        assert!(!allowed(&doc, &a("ArchiveWorkspace"), WS));
        assert!(!allowed(&doc, &a("CreateWorkspace"), "*"));
        let dev = ctx(&[("aws-external-anthropic:Capability", &["developer"])]);
        let admin = ctx(&[("aws-external-anthropic:Capability", &["admin"])]);
        assert_eq!(
            eval1(&doc, &a("AssumeConsole"), "*", &dev).decision,
            Decision::Allowed
        );
        assert_eq!(
            eval1(&doc, &a("AssumeConsole"), "*", &admin).decision,
            Decision::ImplicitDeny
        );
        let none = eval1(&doc, &a("AssumeConsole"), "*", &Context::new());
        assert_eq!(none.decision, Decision::ImplicitDeny);
        assert_eq!(
            none.missing_context,
            vec!["aws-external-anthropic:Capability"]
        );
        assert!(unknown_actions(&parse_document(&doc).unwrap()).is_empty());
    }

    #[test]
    fn managed_self_hosted() {
        assert!(allowed(SELF_HOSTED, &a("ProcessEnvironmentWork"), WS));
        assert!(allowed(SELF_HOSTED, &a("UpdateSession"), WS));
        assert!(allowed(SELF_HOSTED, &a("CallWithBearerToken"), "*"));
        assert!(!allowed(SELF_HOSTED, &a("CreateInference"), WS));
        assert!(!allowed(SELF_HOSTED, "sts:GetWebIdentityToken", "*"));
    }

    #[test]
    fn sts_get_web_identity_token_conditions() {
        let doc = inference();
        let act = "sts:GetWebIdentityToken";
        assert_eq!(
            eval1(&doc, act, "*", &sts_ctx()).decision,
            Decision::Allowed
        );
        // Two audiences, one of them allowed: ForAnyValue matches.
        let two = ctx(&[
            (
                "sts:IdentityTokenAudience",
                &["https://example.com", "https://platform.claude.com"],
            ),
            (
                "aws:calledvialast",
                &["aws-external-anthropic.amazonaws.com"],
            ), // key case-insensitive
        ]);
        assert_eq!(eval1(&doc, act, "*", &two).decision, Decision::Allowed);
        let wrong_aud = ctx(&[
            ("sts:IdentityTokenAudience", &["https://example.com"]),
            (
                "aws:CalledViaLast",
                &["aws-external-anthropic.amazonaws.com"],
            ),
        ]);
        assert_eq!(
            eval1(&doc, act, "*", &wrong_aud).decision,
            Decision::ImplicitDeny
        );
        let direct = ctx(&[("sts:IdentityTokenAudience", &["https://api.anthropic.com"])]);
        let e = eval1(&doc, act, "*", &direct);
        assert_eq!(e.decision, Decision::ImplicitDeny);
        assert_eq!(e.missing_context, vec!["aws:CalledViaLast"]);
        let e = eval1(&doc, act, "*", &Context::new());
        assert_eq!(
            e.missing_context,
            vec!["sts:IdentityTokenAudience", "aws:CalledViaLast"]
        );
    }

    #[test]
    fn explicit_deny_wins_across_policies() {
        let allow = named("allow", "managed", &full_access());
        let deny = named(
            "deny-files",
            "inline",
            r#"{"Version":"2012-10-17","Statement":{"Sid":"NoFiles","Effect":"Deny","Action":"aws-external-anthropic:*File","Resource":"*"}}"#,
        );
        let e = evaluate(
            &[allow.clone(), deny.clone()],
            None,
            &a("CreateFile"),
            WS,
            &Context::new(),
        );
        assert_eq!(e.decision, Decision::ExplicitDeny);
        assert!(
            e.matched
                .iter()
                .any(|m| m.policy_id == "deny-files" && m.effect == Effect::Deny)
        );
        // `*File` is a plain glob: it also matches CreateUserProfile.
        let e = evaluate(
            &[allow.clone(), deny.clone()],
            None,
            &a("CreateUserProfile"),
            WS,
            &Context::new(),
        );
        assert_eq!(e.decision, Decision::ExplicitDeny);
        let e = evaluate(
            &[allow, deny],
            None,
            &a("CreateInference"),
            WS,
            &Context::new(),
        );
        assert_eq!(e.decision, Decision::Allowed);
        assert_eq!(
            expand_action_pattern("aws-external-anthropic:*File"),
            vec![
                "CreateFile",
                "GetFile",
                "DeleteFile",
                "CreateUserProfile",
                "GetUserProfile",
                "UpdateUserProfile"
            ]
        );
        assert!(expand_action_pattern("aws-external-anthropic:Create*").len() > 10);
        assert!(!expand_action_pattern("aws-external-anthropic:Create*").contains(&"RegisterKey"));
    }

    #[test]
    fn not_action_and_not_resource() {
        let doc = r#"{"Version":"2012-10-17","Statement":[
            {"Effect":"Allow","NotAction":"aws-external-anthropic:Delete*","Resource":"*"},
            {"Effect":"Deny","Action":"aws-external-anthropic:*","NotResource":"arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/wrkspc_01AbCdEf23GhIj"}]}"#;
        assert!(allowed(doc, &a("CreateInference"), WS));
        assert!(!allowed(doc, &a("DeleteFile"), WS));
        let other = "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/wrkspc_other";
        assert_eq!(
            eval1(doc, &a("CreateInference"), other, &Context::new()).decision,
            Decision::ExplicitDeny
        );
        // NotAction covers other services too.
        assert!(allowed(doc, "s3:GetObject", "arn:aws:s3:::b/k"));
    }

    #[test]
    fn permissions_boundary_intersection() {
        let id = [named("full", "managed", &full_access())];
        let b = [named("boundary", "boundary", &inference())];
        let c = Context::new();
        assert_eq!(
            evaluate(&id, Some(&b), &a("CreateInference"), WS, &c).decision,
            Decision::Allowed
        );
        assert_eq!(
            evaluate(&id, Some(&b), &a("CreateFile"), WS, &c).decision,
            Decision::ImplicitDeny
        );
        assert_eq!(
            evaluate(&id, None, &a("CreateFile"), WS, &c).decision,
            Decision::Allowed
        );
        // Boundary allows but identity does not.
        let ro = [named("ro", "managed", &read_only())];
        assert_eq!(
            evaluate(&ro, Some(&b), &a("CreateInference"), WS, &c).decision,
            Decision::ImplicitDeny
        );
        // Boundary Deny is explicit.
        let bd = [named(
            "bd",
            "boundary",
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},{"Effect":"Deny","Action":"aws-external-anthropic:CreateInference","Resource":"*"}]}"#,
        )];
        let e = evaluate(&id, Some(&bd), &a("CreateInference"), WS, &c);
        assert_eq!(e.decision, Decision::ExplicitDeny);
        assert!(
            e.matched
                .iter()
                .any(|m| m.policy_kind == "boundary" && m.effect == Effect::Deny)
        );
        // Empty boundary = nothing allowed.
        assert_eq!(
            evaluate(&id, Some(&[]), &a("CreateInference"), WS, &c).decision,
            Decision::ImplicitDeny
        );
    }

    #[test]
    fn percent_encoded_input() {
        let raw = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"aws-external-anthropic:CreateInference","Resource":"arn:aws:aws-external-anthropic:*:*:workspace/*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"a+b c"}}}]}"#;
        let encoded =
            percent_encoding::utf8_percent_encode(raw, percent_encoding::NON_ALPHANUMERIC)
                .to_string();
        assert!(encoded.starts_with("%7B%22Version%22"));
        assert_eq!(percent_decode_document(&encoded), raw);
        let from_encoded = parse_document(&encoded).unwrap();
        assert_eq!(from_encoded, parse_document(raw).unwrap());
        assert_eq!(from_encoded.conditions_values(), vec!["a+b c"]);
        // `+` stays `+` (not a space).
        let plus = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22s3%3AGet*%22%2C%22Resource%22%3A%22a+b%22%7D%7D";
        let d = parse_document(plus).unwrap();
        assert_eq!(d.statements[0].resource, Some(vec!["a+b".to_string()]));
        // Raw JSON with a literal % is left alone.
        let pct = r#"{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/100%25"}}"#;
        assert_eq!(
            parse_document(pct).unwrap().statements[0].resource,
            Some(vec!["arn:aws:s3:::b/100%25".to_string()])
        );
    }

    impl PolicyDocument {
        fn conditions_values(&self) -> Vec<String> {
            self.statements
                .iter()
                .flat_map(|s| s.conditions.iter().flat_map(|c| c.values.clone()))
                .collect()
        }
    }

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

        let e =
            parse_document("{\n  \"Version\": \"2012-10-17\",\n  \"Statment\": []\n}").unwrap_err();
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
        let e = parse_document(
            r#"{"Statement":{"Effect":"Allow","Action":"*","Principal":{"Aws":"*"}}}"#,
        )
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

    // ---------------- trust policies ----------------

    fn trust(json: &str) -> PolicyDocument {
        parse_document(json).unwrap()
    }

    fn assume(doc: &PolicyDocument, principal: &str, c: &Context) -> Evaluation {
        evaluate_trust(doc, "AWS", principal, "sts:AssumeRole", c)
    }

    const USER: &str = "arn:aws:iam::123456789012:user/alice";
    const ROLE: &str = "arn:aws:iam::123456789012:role/ci/deployer";
    const SESSION: &str = "arn:aws:sts::123456789012:assumed-role/deployer/session-1";

    #[test]
    fn trust_exact_arn() {
        let doc = trust(&format!(
            r#"{{"Version":"2012-10-17","Statement":{{"Effect":"Allow","Principal":{{"AWS":"{ROLE}"}},"Action":"sts:AssumeRole"}}}}"#
        ));
        let c = Context::new();
        let e = assume(&doc, ROLE, &c);
        assert_eq!(e.decision, Decision::Allowed);
        assert_eq!(e.matched[0].policy_kind, "trust");
        // A session of the role is matched by the role's ARN (path dropped in the session ARN).
        assert_eq!(assume(&doc, SESSION, &c).decision, Decision::Allowed);
        assert_eq!(
            assume(&doc, "arn:aws:sts::123456789012:assumed-role/other/s", &c).decision,
            Decision::ImplicitDeny
        );
        assert_eq!(
            assume(
                &doc,
                "arn:aws:sts::999999999999:assumed-role/deployer/s",
                &c
            )
            .decision,
            Decision::ImplicitDeny
        );
        assert_eq!(assume(&doc, USER, &c).decision, Decision::ImplicitDeny);
        assert_eq!(
            assume(&doc, "arn:aws:iam::123456789012:root", &c).decision,
            Decision::ImplicitDeny
        );
        // Wrong action.
        assert_eq!(
            evaluate_trust(&doc, "AWS", ROLE, "sts:AssumeRoleWithWebIdentity", &c).decision,
            Decision::ImplicitDeny
        );
        // Wrong principal kind.
        assert_eq!(
            evaluate_trust(&doc, "Service", ROLE, "sts:AssumeRole", &c).decision,
            Decision::ImplicitDeny
        );
    }

    #[test]
    fn trust_account_root_and_bare_id() {
        let c = Context::new();
        for value in ["arn:aws:iam::123456789012:root", "123456789012"] {
            let doc = trust(&format!(
                r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"AWS":["{value}"]}},"Action":["sts:AssumeRole","sts:TagSession"]}}]}}"#
            ));
            for p in [
                USER,
                ROLE,
                SESSION,
                "arn:aws:iam::123456789012:root",
                "123456789012",
            ] {
                assert_eq!(
                    assume(&doc, p, &c).decision,
                    Decision::Allowed,
                    "{value} {p}"
                );
            }
            assert_eq!(
                assume(&doc, "arn:aws:iam::999999999999:user/mallory", &c).decision,
                Decision::ImplicitDeny
            );
        }
    }

    #[test]
    fn trust_star_with_and_without_conditions() {
        let c = Context::new();
        let open =
            trust(r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}}"#);
        assert_eq!(
            assume(&open, "arn:aws:iam::999999999999:user/mallory", &c).decision,
            Decision::Allowed
        );
        assert_eq!(
            evaluate_trust(
                &open,
                "Federated",
                "token.actions.githubusercontent.com",
                "sts:AssumeRole",
                &c
            )
            .decision,
            Decision::Allowed
        );
        let aws_star = trust(
            r#"{"Statement":{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}}"#,
        );
        assert_eq!(assume(&aws_star, USER, &c).decision, Decision::Allowed);
        let guarded = trust(
            r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole",
               "Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}}}"#,
        );
        let e = assume(&guarded, USER, &c);
        assert_eq!(e.decision, Decision::ImplicitDeny);
        assert_eq!(e.missing_context, vec!["aws:PrincipalOrgID"]);
        let in_org = ctx(&[("aws:principalorgid", &["o-abc123"])]);
        assert_eq!(assume(&guarded, USER, &in_org).decision, Decision::Allowed);
        let other_org = ctx(&[("aws:PrincipalOrgID", &["o-zzz"])]);
        assert_eq!(
            assume(&guarded, USER, &other_org).decision,
            Decision::ImplicitDeny
        );
    }

    #[test]
    fn trust_external_id() {
        let doc = trust(
            r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},
               "Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"cpaws-123"}}}}"#,
        );
        let vendor = "arn:aws:iam::111122223333:role/vendor";
        let ok = ctx(&[("sts:ExternalId", &["cpaws-123"])]);
        assert_eq!(assume(&doc, vendor, &ok).decision, Decision::Allowed);
        let bad = ctx(&[("sts:ExternalId", &["nope"])]);
        let e = assume(&doc, vendor, &bad);
        assert_eq!(e.decision, Decision::ImplicitDeny);
        assert!(e.missing_context.is_empty());
        let e = assume(&doc, vendor, &Context::new());
        assert_eq!(e.decision, Decision::ImplicitDeny);
        assert_eq!(e.missing_context, vec!["sts:ExternalId"]);
        // Principal not trusted: conditions are not even looked at.
        let e = assume(&doc, USER, &Context::new());
        assert_eq!(e.decision, Decision::ImplicitDeny);
        assert!(e.missing_context.is_empty());
    }

    #[test]
    fn trust_github_oidc() {
        let doc = trust(
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow",
               "Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
               "Action":"sts:AssumeRoleWithWebIdentity",
               "Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"},
                            "StringLike":{"token.actions.githubusercontent.com:sub":"repo:acme/app:*"}}}]}"#,
        );
        let act = "sts:AssumeRoleWithWebIdentity";
        let good = ctx(&[
            (
                "token.actions.githubusercontent.com:aud",
                &["sts.amazonaws.com"],
            ),
            (
                "token.actions.githubusercontent.com:sub",
                &["repo:acme/app:ref:refs/heads/main"],
            ),
        ]);
        let provider =
            "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
        for p in [provider, "token.actions.githubusercontent.com"] {
            assert_eq!(
                evaluate_trust(&doc, "Federated", p, act, &good).decision,
                Decision::Allowed,
                "{p}"
            );
        }
        assert_eq!(
            evaluate_trust(
                &doc,
                "Federated",
                "arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com",
                act,
                &good
            )
            .decision,
            Decision::ImplicitDeny
        );
        assert_eq!(
            evaluate_trust(&doc, "AWS", provider, act, &good).decision,
            Decision::ImplicitDeny
        );
        assert_eq!(
            evaluate_trust(&doc, "Federated", provider, "sts:AssumeRole", &good).decision,
            Decision::ImplicitDeny
        );
        let other_repo = ctx(&[
            (
                "token.actions.githubusercontent.com:aud",
                &["sts.amazonaws.com"],
            ),
            (
                "token.actions.githubusercontent.com:sub",
                &["repo:evil/app:ref:refs/heads/main"],
            ),
        ]);
        assert_eq!(
            evaluate_trust(&doc, "Federated", provider, act, &other_repo).decision,
            Decision::ImplicitDeny
        );
        let wrong_aud = ctx(&[
            (
                "token.actions.githubusercontent.com:aud",
                &["https://example.com"],
            ),
            (
                "token.actions.githubusercontent.com:sub",
                &["repo:acme/app:ref:refs/heads/main"],
            ),
        ]);
        assert_eq!(
            evaluate_trust(&doc, "Federated", provider, act, &wrong_aud).decision,
            Decision::ImplicitDeny
        );
        let e = evaluate_trust(&doc, "Federated", provider, act, &Context::new());
        assert_eq!(
            e.missing_context,
            vec![
                "token.actions.githubusercontent.com:aud",
                "token.actions.githubusercontent.com:sub"
            ]
        );
    }

    #[test]
    fn trust_not_principal_and_deny() {
        let doc = trust(&format!(
            r#"{{"Version":"2012-10-17","Statement":[
               {{"Effect":"Allow","Principal":{{"AWS":"123456789012"}},"Action":"sts:AssumeRole","Resource":"arn:aws:iam::123456789012:role/unrelated"}},
               {{"Sid":"OnlyCi","Effect":"Deny","NotPrincipal":{{"AWS":"{ROLE}"}},"Action":"sts:AssumeRole"}}]}}"#
        ));
        let c = Context::new();
        // Resource is ignored for trust policies.
        assert_eq!(assume(&doc, ROLE, &c).decision, Decision::Allowed);
        assert_eq!(assume(&doc, SESSION, &c).decision, Decision::Allowed);
        let e = assume(&doc, USER, &c);
        assert_eq!(e.decision, Decision::ExplicitDeny);
        assert!(e.matched.iter().any(|m| m.sid.as_deref() == Some("OnlyCi")));
        let svc = trust(
            r#"{"Statement":{"Effect":"Allow","Principal":{"Service":["ec2.amazonaws.com","lambda.amazonaws.com"]},"Action":"sts:AssumeRole"}}"#,
        );
        assert_eq!(
            evaluate_trust(
                &svc,
                "Service",
                "lambda.amazonaws.com",
                "sts:AssumeRole",
                &c
            )
            .decision,
            Decision::Allowed
        );
        assert_eq!(
            evaluate_trust(&svc, "Service", "ecs.amazonaws.com", "sts:AssumeRole", &c).decision,
            Decision::ImplicitDeny
        );
    }
}
