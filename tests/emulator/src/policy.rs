//! IAM policy evaluation (identity policies, permissions boundaries, role trust policies).
//!
//! Semantics follow the AWS IAM policy evaluation logic as documented by AWS (IAM User Guide,
//! "Policy evaluation logic", "IAM JSON policy elements: Condition operators", "Principal",
//! "Policy variables"). platform.md §3.1 adds: action matching is case-insensitive and suffix
//! wildcards over-match. Where the reference is silent the choice is commented.

use serde_json::Value;
use std::collections::BTreeMap;

/// Condition key (lower-case) -> values.
pub type Context = BTreeMap<String, Vec<String>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Allowed,
    ExplicitDeny,
    ImplicitDeny,
}

impl Decision {
    /// The `EvalDecision` value of SimulatePrincipalPolicy.
    pub fn as_eval_str(self) -> &'static str {
        match self {
            Decision::Allowed => "allowed",
            Decision::ExplicitDeny => "explicitDeny",
            Decision::ImplicitDeny => "implicitDeny",
        }
    }
}

#[derive(Clone, Debug)]
pub struct MatchedStatement {
    pub source_policy_id: String,
    pub source_policy_type: String,
    pub sid: Option<String>,
    pub index: usize,
}

#[derive(Clone, Debug)]
pub struct AuthzResult {
    pub decision: Decision,
    pub matched: Vec<MatchedStatement>,
    pub missing_context: Vec<String>,
}

/// One policy document taking part in an evaluation.
#[derive(Clone, Debug)]
pub struct PolicyRef<'a> {
    /// SimulatePrincipalPolicy `SourcePolicyId` (inline policy name or managed policy name).
    pub id: String,
    /// SimulatePrincipalPolicy `SourcePolicyType`: user | role | group | aws-managed | user-managed | resource | none.
    pub kind: String,
    pub doc: &'a Value,
}

/// Who is making a request, for Principal / NotPrincipal matching in trust policies.
#[derive(Clone, Debug, PartialEq)]
pub enum RequestPrincipal {
    /// An IAM identity. `arn` is the caller's ARN (user ARN, assumed-role session ARN, or
    /// account root ARN); `role_arn` is the role ARN for assumed-role sessions.
    Aws {
        arn: String,
        account: String,
        role_arn: Option<String>,
    },
    /// A web identity / SAML provider (`Federated` principal), e.g. an OIDC provider ARN.
    Federated { provider: String },
    /// An AWS service principal, e.g. `ec2.amazonaws.com`.
    Service { name: String },
    /// An unauthenticated caller.
    Anonymous,
}

/// How a principal matched a `Principal` element.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PrincipalMatch {
    None,
    /// Matched via `*`, an account id / account root ARN, or a role ARN (covering all its sessions).
    Broad,
    /// Matched the exact principal ARN (user ARN or assumed-role session ARN), federated provider
    /// or service principal.
    Specific,
}

// ---------------------------------------------------------------------------------------------
// Small helpers over policy JSON
// ---------------------------------------------------------------------------------------------

/// Looks up a JSON object member case-insensitively (IAM element names are documented in
/// PascalCase; real IAM is case-sensitive for element names but accepts only the documented
/// spelling — we accept any case, which is more lenient; UNCONFIRMED, chosen for robustness).
fn member<'a>(obj: &'a serde_json::Map<String, Value>, name: &str) -> Option<&'a Value> {
    obj.get(name).or_else(|| {
        obj.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    })
}

/// A scalar JSON value as the string IAM compares (`true`, `12`, `"x"` -> `x`).
fn scalar_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A string-or-array element as a list of strings.
fn string_list(v: &Value) -> Vec<String> {
    match v {
        Value::Array(items) => items.iter().filter_map(scalar_string).collect(),
        other => scalar_string(other).into_iter().collect(),
    }
}

/// The statements of a policy document (object or array form), in document order.
pub fn statements(doc: &Value) -> Vec<&serde_json::Map<String, Value>> {
    let Some(obj) = doc.as_object() else {
        return Vec::new();
    };
    match member(obj, "Statement") {
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).collect(),
        Some(Value::Object(o)) => vec![o],
        _ => Vec::new(),
    }
}

/// Policy variables (`${aws:username}`) are only substituted in documents with
/// `"Version": "2012-10-17"`; in 2008-10-17 documents (or with no Version) they are literal text
/// (AWS IAM User Guide, "Policy variables": "you must include the Version element and set it to
/// 2012-10-17").
fn uses_variables(doc: &Value) -> bool {
    doc.as_object()
        .and_then(|o| member(o, "Version"))
        .and_then(Value::as_str)
        == Some("2012-10-17")
}

/// Validates a policy document the way IAM does on Put*Policy / CreatePolicy (a subset:
/// shape of the document and of each statement). Returns the MalformedPolicyDocument message.
pub fn validate_document(doc: &Value) -> Result<(), String> {
    let Some(obj) = doc.as_object() else {
        return Err("Syntax errors in policy.".to_string());
    };
    let Some(stmt) = member(obj, "Statement") else {
        return Err("Syntax errors in policy.".to_string());
    };
    let list: Vec<&Value> = match stmt {
        Value::Array(a) => a.iter().collect(),
        v @ Value::Object(_) => vec![v],
        _ => return Err("Syntax errors in policy.".to_string()),
    };
    if list.is_empty() {
        return Err("Syntax errors in policy.".to_string());
    }
    if let Some(v) = member(obj, "Version") {
        match v.as_str() {
            Some("2012-10-17") | Some("2008-10-17") => {}
            _ => return Err("The policy failed legacy parsing".to_string()),
        }
    }
    for s in list {
        let Some(s) = s.as_object() else {
            return Err("Syntax errors in policy.".to_string());
        };
        match member(s, "Effect").and_then(Value::as_str) {
            Some("Allow") | Some("Deny") => {}
            _ => return Err("Syntax errors in policy.".to_string()),
        }
        let has_action = member(s, "Action").is_some();
        let has_not_action = member(s, "NotAction").is_some();
        if has_action == has_not_action {
            return Err("Policy statement must contain actions.".to_string());
        }
        if member(s, "Resource").is_some() && member(s, "NotResource").is_some() {
            return Err("Syntax errors in policy.".to_string());
        }
        if let Some(c) = member(s, "Condition")
            && !c.is_object()
        {
            return Err("Syntax errors in policy.".to_string());
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Wildcard matching
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq)]
enum Tok {
    Lit(char),
    Star,
    Question,
}

/// Compiles a policy string into pattern tokens: `*` and `?` are wildcards when `wildcards`,
/// `${key}` policy variables are replaced by the (single) context value when `vars`, and the
/// escapes `${*}`, `${?}`, `${$}` become literal characters. Returns None when a referenced
/// variable has no value in the context (AWS: the element then does not match). A variable with
/// a default (`${aws:username, 'x'}`) uses the default when the key is missing.
fn compile(pattern: &str, ctx: &Context, wildcards: bool, vars: bool) -> Option<Vec<Tok>> {
    let mut out = Vec::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        if vars
            && rest.starts_with("${")
            && let Some(end) = rest.find('}')
        {
            let inner = &rest[2..end];
            rest = &rest[end + 1..];
            match inner {
                "*" => out.push(Tok::Lit('*')),
                "?" => out.push(Tok::Lit('?')),
                "$" => out.push(Tok::Lit('$')),
                _ => {
                    let (key, default) = match inner.split_once(',') {
                        Some((k, d)) => {
                            let d = d.trim();
                            let d = d
                                .strip_prefix('\'')
                                .and_then(|d| d.strip_suffix('\''))
                                .unwrap_or(d);
                            (k.trim(), Some(d.to_string()))
                        }
                        None => (inner.trim(), None),
                    };
                    let value = match ctx.get(&key.to_ascii_lowercase()) {
                        Some(v) if v.len() == 1 => v[0].clone(),
                        _ => default?,
                    };
                    out.extend(value.chars().map(Tok::Lit));
                }
            }
            continue;
        }
        rest = &rest[c.len_utf8()..];
        out.push(match c {
            '*' if wildcards => Tok::Star,
            '?' if wildcards => Tok::Question,
            c => Tok::Lit(c),
        });
    }
    Some(out)
}

/// Glob match with `*` (any run, possibly empty) and `?` (exactly one character).
fn glob_tokens(pat: &[Tok], text: &str, ignore_case: bool) -> bool {
    let text: Vec<char> = text.chars().collect();
    let eq = |a: char, b: char| {
        if ignore_case {
            a.to_lowercase().eq(b.to_lowercase())
        } else {
            a == b
        }
    };
    let (mut p, mut t) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pat.get(p) {
            Some(Tok::Star) => {
                star = Some((p, t));
                p += 1;
            }
            Some(Tok::Question) => {
                p += 1;
                t += 1;
            }
            Some(Tok::Lit(c)) if eq(*c, text[t]) => {
                p += 1;
                t += 1;
            }
            _ => match star {
                Some((sp, st)) => {
                    p = sp + 1;
                    t = st + 1;
                    star = Some((sp, st + 1));
                }
                None => return false,
            },
        }
    }
    pat[p..].iter().all(|t| *t == Tok::Star)
}

/// Plain glob match of a literal pattern (no variables).
pub fn glob(pattern: &str, text: &str, ignore_case: bool) -> bool {
    match compile(pattern, &Context::new(), true, false) {
        Some(toks) => glob_tokens(&toks, text, ignore_case),
        None => false,
    }
}

/// Action match: case-insensitive, `*` / `?` wildcards (platform.md §3.1; AWS: "Action ... values
/// are case-insensitive").
pub fn action_matches(pattern: &str, action: &str) -> bool {
    pattern == "*" || glob(pattern, action, true)
}

/// Resource match: case-sensitive with wildcards. ARNs are compared component by component
/// (partition, service, region, account, resource) when both have the six ARN parts, so a `*`
/// in the region part cannot swallow the account part; otherwise the whole string is globbed.
fn resource_matches(pattern: &str, resource: &str, ctx: &Context, vars: bool) -> bool {
    if pattern == "*" {
        return true;
    }
    let pp: Vec<&str> = pattern.splitn(6, ':').collect();
    let rp: Vec<&str> = resource.splitn(6, ':').collect();
    if pp.len() == 6 && rp.len() == 6 && pp[0] == "arn" {
        return pp.iter().zip(rp.iter()).all(|(p, r)| {
            compile(p, ctx, true, vars).is_some_and(|toks| glob_tokens(&toks, r, false))
        });
    }
    compile(pattern, ctx, true, vars).is_some_and(|toks| glob_tokens(&toks, resource, false))
}

// ---------------------------------------------------------------------------------------------
// Conditions
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq)]
enum SetOp {
    Single,
    ForAnyValue,
    ForAllValues,
}

/// Parses an RFC 3339 / ISO 8601 date (`2026-01-15`, `2026-01-15T12:00:00Z`,
/// `2026-01-15T12:00:00.123+02:00`) or epoch seconds into epoch seconds.
pub fn parse_date(s: &str) -> Option<f64> {
    let s = s.trim();
    if let Ok(n) = s.parse::<f64>() {
        return Some(n);
    }
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> { s.get(r)?.parse::<i64>().ok() };
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
        return None;
    }
    let mut secs = 0f64;
    let mut rest = &s[10..];
    if let Some(t) = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' ')) {
        let h: i64 = t.get(0..2)?.parse().ok()?;
        if t.get(2..3)? != ":" {
            return None;
        }
        let mi: i64 = t.get(3..5)?.parse().ok()?;
        rest = &t[5..];
        let mut sec = 0f64;
        if let Some(r) = rest.strip_prefix(':') {
            let end = r
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(r.len());
            sec = r[..end].parse().ok()?;
            rest = &r[end..];
        }
        secs = (h * 3600 + mi * 60) as f64 + sec;
        if rest == "Z" || rest == "z" || rest.is_empty() {
        } else {
            let sign = match rest.as_bytes()[0] {
                b'+' => -1.0,
                b'-' => 1.0,
                _ => return None,
            };
            let oh: i64 = rest.get(1..3)?.parse().ok()?;
            let om: i64 = rest
                .get(3..)
                .map(|r| r.trim_start_matches(':'))
                .filter(|r| !r.is_empty())
                .map(|r| r.parse().ok())
                .unwrap_or(Some(0))?;
            secs += sign * (oh * 3600 + om * 60) as f64;
        }
    } else if !rest.is_empty() {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let y = if mo <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146097 + doe - 719468;
    Some(days as f64 * 86400.0 + secs)
}

fn ip_in_cidr(ip: &str, cidr: &str) -> bool {
    use std::net::IpAddr;
    let (net, bits) = match cidr.split_once('/') {
        Some((n, b)) => (n, b.parse::<u32>().ok()),
        None => (cidr, None),
    };
    let (Ok(ip), Ok(net)) = (ip.trim().parse::<IpAddr>(), net.trim().parse::<IpAddr>()) else {
        return false;
    };
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(b)) => {
            let bits = bits.unwrap_or(32).min(32);
            let mask = if bits == 0 {
                0
            } else {
                u32::MAX << (32 - bits)
            };
            (u32::from(a) & mask) == (u32::from(b) & mask)
        }
        (IpAddr::V6(a), IpAddr::V6(b)) => {
            let bits = bits.unwrap_or(128).min(128);
            let mask = if bits == 0 {
                0
            } else {
                u128::MAX << (128 - bits)
            };
            (u128::from(a) & mask) == (u128::from(b) & mask)
        }
        _ => false,
    }
}

/// Outcome of comparing one request value against one policy value with the *positive* form of
/// an operator. `None` = the operator is unknown.
fn positive_match(base: &str, req: &str, pol: &str, ctx: &Context, vars: bool) -> Option<bool> {
    let num = |s: &str| s.trim().parse::<f64>().ok();
    Some(match base {
        "stringequals" | "stringnotequals" => {
            compile(pol, ctx, false, vars).is_some_and(|t| glob_tokens(&t, req, false))
        }
        "stringequalsignorecase" | "stringnotequalsignorecase" => {
            compile(pol, ctx, false, vars).is_some_and(|t| glob_tokens(&t, req, true))
        }
        "stringlike" | "stringnotlike" => {
            compile(pol, ctx, true, vars).is_some_and(|t| glob_tokens(&t, req, false))
        }
        // ArnEquals and ArnLike behave the same in IAM (both accept wildcards per ARN component).
        "arnequals" | "arnlike" | "arnnotequals" | "arnnotlike" => {
            resource_matches(pol, req, ctx, vars)
        }
        "numericequals" | "numericnotequals" => {
            matches!((num(req), num(pol)), (Some(a), Some(b)) if a == b)
        }
        "numericlessthan" => matches!((num(req), num(pol)), (Some(a), Some(b)) if a < b),
        "numericlessthanequals" => matches!((num(req), num(pol)), (Some(a), Some(b)) if a <= b),
        "numericgreaterthan" => matches!((num(req), num(pol)), (Some(a), Some(b)) if a > b),
        "numericgreaterthanequals" => matches!((num(req), num(pol)), (Some(a), Some(b)) if a >= b),
        "dateequals" | "datenotequals" => {
            matches!((parse_date(req), parse_date(pol)), (Some(a), Some(b)) if a == b)
        }
        "datelessthan" => matches!((parse_date(req), parse_date(pol)), (Some(a), Some(b)) if a < b),
        "datelessthanequals" => {
            matches!((parse_date(req), parse_date(pol)), (Some(a), Some(b)) if a <= b)
        }
        "dategreaterthan" => {
            matches!((parse_date(req), parse_date(pol)), (Some(a), Some(b)) if a > b)
        }
        "dategreaterthanequals" => {
            matches!((parse_date(req), parse_date(pol)), (Some(a), Some(b)) if a >= b)
        }
        "bool" => req.trim().eq_ignore_ascii_case(pol.trim()),
        "binaryequals" => req == pol,
        "ipaddress" | "notipaddress" => ip_in_cidr(req, pol),
        _ => return None,
    })
}

fn is_negated(base: &str) -> bool {
    matches!(
        base,
        "stringnotequals"
            | "stringnotequalsignorecase"
            | "stringnotlike"
            | "arnnotequals"
            | "arnnotlike"
            | "numericnotequals"
            | "datenotequals"
            | "notipaddress"
    )
}

/// Evaluates one `Condition` block. Returns whether it holds and pushes condition keys that were
/// referenced but absent from the context onto `missing`.
///
/// Semantics (AWS IAM User Guide, "Condition operators" / "Single-valued vs. multivalued context
/// keys"): operators AND together, keys AND together, multiple policy values OR together.
/// A key missing from the context makes the condition false, except: `...IfExists` (true),
/// `ForAllValues:` (true: "returns true if there are no keys in the request"), and the negated
/// operators (StringNotEquals, StringNotLike, ArnNotLike, ...) for which AWS documents that a
/// missing key evaluates to true. `Null` tests presence. Unknown operators never match (fail
/// closed; real IAM would have rejected the document).
pub fn eval_condition(cond: &Value, ctx: &Context, vars: bool, missing: &mut Vec<String>) -> bool {
    let Some(ops) = cond.as_object() else {
        return false;
    };
    let mut all = true;
    for (op, keys) in ops {
        let Some(keys) = keys.as_object() else {
            all = false;
            continue;
        };
        let lower = op.to_ascii_lowercase();
        let (set, rest) = if let Some(r) = lower.strip_prefix("foranyvalue:") {
            (SetOp::ForAnyValue, r)
        } else if let Some(r) = lower.strip_prefix("forallvalues:") {
            (SetOp::ForAllValues, r)
        } else {
            (SetOp::Single, lower.as_str())
        };
        let (base, if_exists) = match rest.strip_suffix("ifexists") {
            Some(b) => (b, true),
            None => (rest, false),
        };
        for (key, pol_values) in keys {
            let pol_values = string_list(pol_values);
            let lkey = key.to_ascii_lowercase();
            let req: &[String] = ctx.get(&lkey).map(Vec::as_slice).unwrap_or(&[]);
            let ok = if base == "null" {
                // "true" = the key must be absent; "false" = it must be present.
                pol_values.iter().any(|p| {
                    let want_absent = p.eq_ignore_ascii_case("true");
                    want_absent == req.is_empty()
                })
            } else if req.is_empty() {
                if !missing.contains(key) {
                    missing.push(key.clone());
                }
                if_exists
                    || set == SetOp::ForAllValues
                    || (set == SetOp::Single && is_negated(base))
            } else {
                let negated = is_negated(base);
                let m = |r: &String, p: &String| positive_match(base, r, p, ctx, vars);
                if positive_match(base, "", "", ctx, vars).is_none() {
                    false
                } else {
                    // per request value: does it match any policy value (positive form)?
                    let any_p = |r: &String| pol_values.iter().any(|p| m(r, p) == Some(true));
                    match (set, negated) {
                        (SetOp::Single, false) => req.iter().any(any_p),
                        (SetOp::Single, true) => !req.iter().any(any_p),
                        (SetOp::ForAnyValue, false) => req.iter().any(any_p),
                        (SetOp::ForAnyValue, true) => req.iter().any(|r| !any_p(r)),
                        (SetOp::ForAllValues, false) => req.iter().all(any_p),
                        (SetOp::ForAllValues, true) => req.iter().all(|r| !any_p(r)),
                    }
                }
            };
            if !ok {
                all = false;
            }
        }
    }
    all
}

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

fn effect_is_deny(s: &serde_json::Map<String, Value>) -> Option<bool> {
    match member(s, "Effect").and_then(Value::as_str) {
        Some(e) if e.eq_ignore_ascii_case("Allow") => Some(false),
        Some(e) if e.eq_ignore_ascii_case("Deny") => Some(true),
        _ => None,
    }
}

fn statement_action_matches(s: &serde_json::Map<String, Value>, action: &str) -> bool {
    if let Some(a) = member(s, "Action") {
        string_list(a).iter().any(|p| action_matches(p, action))
    } else if let Some(na) = member(s, "NotAction") {
        !string_list(na).iter().any(|p| action_matches(p, action))
    } else {
        false
    }
}

/// Resource / NotResource. A statement with neither (trust policies) applies to any resource.
fn statement_resource_matches(
    s: &serde_json::Map<String, Value>,
    resource: &str,
    ctx: &Context,
    vars: bool,
) -> bool {
    if let Some(r) = member(s, "Resource") {
        string_list(r)
            .iter()
            .any(|p| resource_matches(p, resource, ctx, vars))
    } else if let Some(nr) = member(s, "NotResource") {
        !string_list(nr)
            .iter()
            .any(|p| resource_matches(p, resource, ctx, vars))
    } else {
        true
    }
}

fn principal_entry_match(kind: &str, value: &str, who: &RequestPrincipal) -> PrincipalMatch {
    match (kind.to_ascii_lowercase().as_str(), who) {
        (_, _) if value == "*" && kind.eq_ignore_ascii_case("aws") => PrincipalMatch::Broad,
        (
            "aws",
            RequestPrincipal::Aws {
                arn,
                account,
                role_arn,
            },
        ) => {
            let is_account = value.len() == 12 && value.bytes().all(|b| b.is_ascii_digit());
            let root = format!("arn:aws:iam::{account}:root");
            if (is_account && value == account) || value == root {
                PrincipalMatch::Broad
            } else if value == arn {
                PrincipalMatch::Specific
            } else if role_arn.as_deref() == Some(value) {
                // A role ARN as principal covers every session of that role.
                PrincipalMatch::Broad
            } else {
                PrincipalMatch::None
            }
        }
        ("federated", RequestPrincipal::Federated { provider }) if value == provider => {
            PrincipalMatch::Specific
        }
        ("service", RequestPrincipal::Service { name }) if value == name => {
            PrincipalMatch::Specific
        }
        _ => PrincipalMatch::None,
    }
}

/// Matches a `Principal` / `NotPrincipal` element value against the requester.
/// `"*"` matches everyone (incl. anonymous); `{"AWS": "*"}` matches any AWS principal;
/// `{"AWS": "123456789012"}` and `{"AWS": "arn:aws:iam::123456789012:root"}` match any principal
/// of that account; an exact user / assumed-role-session ARN matches that principal; a role ARN
/// matches the role's sessions; `Federated` and `Service` compare the provider / service name.
pub fn principal_matches(element: &Value, who: &RequestPrincipal) -> PrincipalMatch {
    match element {
        Value::String(s) if s == "*" => PrincipalMatch::Broad,
        Value::Object(map) => {
            let mut best = PrincipalMatch::None;
            for (kind, values) in map {
                for v in string_list(values) {
                    best = best.max(principal_entry_match(kind, &v, who));
                }
            }
            best
        }
        _ => PrincipalMatch::None,
    }
}

/// The `StartPosition`/`EndPosition` of a statement. Positions refer to the compact JSON
/// serialization of the document (the text the emulator returns in Get*Policy responses),
/// which is always one line. (Real IAM counts lines/columns in the text the user stored;
/// UNCONFIRMED for our normalized text, chosen so positions are consistent with our output.)
pub fn statement_position(doc: &Value, index: usize) -> Option<((usize, usize), (usize, usize))> {
    let text = serde_json::to_string(doc).ok()?;
    let obj = doc.as_object()?;
    let stmt_value = obj
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("Statement"))?;
    let (stmt_key, stmt_value) = stmt_value;
    let key_json = serde_json::to_string(stmt_key).ok()?;
    let key_pos = text.find(&format!("{key_json}:"))?;
    let mut cursor = key_pos + key_json.len() + 1;
    let target = match stmt_value {
        Value::Array(items) => {
            let mut found = None;
            for (i, item) in items.iter().enumerate() {
                let s = serde_json::to_string(item).ok()?;
                let at = cursor + text.get(cursor..)?.find(&s)?;
                if i == index {
                    found = Some((at, at + s.len()));
                    break;
                }
                cursor = at + s.len();
            }
            found?
        }
        v @ Value::Object(_) if index == 0 => {
            let s = serde_json::to_string(v).ok()?;
            let at = cursor + text.get(cursor..)?.find(&s)?;
            (at, at + s.len())
        }
        _ => return None,
    };
    let col = |byte: usize| text[..byte].chars().count() + 1;
    Some(((1, col(target.0)), (1, col(target.1))))
}

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

/// Result of evaluating a set of policies (without combining with boundaries).
#[derive(Clone, Debug, Default)]
pub struct SetResult {
    pub allow: Vec<MatchedStatement>,
    pub deny: Vec<MatchedStatement>,
    pub missing: Vec<String>,
}

fn matched(
    p: &PolicyRef<'_>,
    s: &serde_json::Map<String, Value>,
    index: usize,
) -> MatchedStatement {
    MatchedStatement {
        source_policy_id: p.id.clone(),
        source_policy_type: p.kind.clone(),
        sid: member(s, "Sid").and_then(Value::as_str).map(str::to_string),
        index,
    }
}

/// Evaluates identity-style statements (no Principal) of `policies` for one action/resource.
pub fn evaluate_set(
    policies: &[PolicyRef<'_>],
    action: &str,
    resource: &str,
    ctx: &Context,
) -> SetResult {
    let mut out = SetResult::default();
    for p in policies {
        let vars = uses_variables(p.doc);
        for (i, s) in statements(p.doc).into_iter().enumerate() {
            let Some(deny) = effect_is_deny(s) else {
                continue;
            };
            if !statement_action_matches(s, action)
                || !statement_resource_matches(s, resource, ctx, vars)
            {
                continue;
            }
            let ok = match member(s, "Condition") {
                Some(c) => eval_condition(c, ctx, vars, &mut out.missing),
                None => true,
            };
            if ok {
                if deny {
                    out.deny.push(matched(p, s, i));
                } else {
                    out.allow.push(matched(p, s, i));
                }
            }
        }
    }
    out
}

/// Identity-policy evaluation with an optional permissions boundary: an explicit Deny in either
/// wins; otherwise the action must be allowed by the identity policies and (if a boundary is set)
/// by the boundary; otherwise implicit deny (AWS "Policy evaluation logic").
pub fn evaluate(
    identity: &[PolicyRef<'_>],
    boundary: Option<&[PolicyRef<'_>]>,
    action: &str,
    resource: &str,
    ctx: &Context,
) -> AuthzResult {
    let id = evaluate_set(identity, action, resource, ctx);
    let mut missing = id.missing.clone();
    let bd = boundary.map(|b| evaluate_set(b, action, resource, ctx));
    if let Some(b) = &bd {
        for m in &b.missing {
            if !missing.contains(m) {
                missing.push(m.clone());
            }
        }
    }
    let mut deny = id.deny.clone();
    if let Some(b) = &bd {
        deny.extend(b.deny.iter().cloned());
    }
    if !deny.is_empty() {
        return AuthzResult {
            decision: Decision::ExplicitDeny,
            matched: deny,
            missing_context: missing,
        };
    }
    let boundary_ok = bd.as_ref().is_none_or(|b| !b.allow.is_empty());
    if !id.allow.is_empty() && boundary_ok {
        let mut m = id.allow;
        if let Some(b) = bd {
            m.extend(b.allow);
        }
        return AuthzResult {
            decision: Decision::Allowed,
            matched: m,
            missing_context: missing,
        };
    }
    AuthzResult {
        decision: Decision::ImplicitDeny,
        matched: Vec::new(),
        missing_context: missing,
    }
}

/// Result of evaluating a resource-based (trust) policy.
#[derive(Clone, Debug)]
pub struct TrustResult {
    pub decision: Decision,
    /// How the allowing statement named the principal (Specific vs Broad) — decides whether a
    /// same-account caller also needs an identity-policy Allow.
    pub principal_match: PrincipalMatch,
    pub matched: Vec<MatchedStatement>,
    pub missing_context: Vec<String>,
}

/// Evaluates a resource-based policy (e.g. a role trust policy) for `who` performing `action`
/// on `resource`. Statements must name the principal (Principal matches, or NotPrincipal does
/// not match). Explicit deny wins.
pub fn evaluate_resource_policy(
    p: &PolicyRef<'_>,
    who: &RequestPrincipal,
    action: &str,
    resource: &str,
    ctx: &Context,
) -> TrustResult {
    let vars = uses_variables(p.doc);
    let mut missing = Vec::new();
    let mut allow = Vec::new();
    let mut deny = Vec::new();
    let mut best = PrincipalMatch::None;
    for (i, s) in statements(p.doc).into_iter().enumerate() {
        let Some(is_deny) = effect_is_deny(s) else {
            continue;
        };
        let pm = if let Some(pr) = member(s, "Principal") {
            principal_matches(pr, who)
        } else if let Some(np) = member(s, "NotPrincipal") {
            if principal_matches(np, who) == PrincipalMatch::None {
                PrincipalMatch::Broad
            } else {
                PrincipalMatch::None
            }
        } else {
            PrincipalMatch::None
        };
        if pm == PrincipalMatch::None
            || !statement_action_matches(s, action)
            || !statement_resource_matches(s, resource, ctx, vars)
        {
            continue;
        }
        let ok = match member(s, "Condition") {
            Some(c) => eval_condition(c, ctx, vars, &mut missing),
            None => true,
        };
        if !ok {
            continue;
        }
        if is_deny {
            deny.push(matched(p, s, i));
        } else {
            best = best.max(pm);
            allow.push(matched(p, s, i));
        }
    }
    if !deny.is_empty() {
        TrustResult {
            decision: Decision::ExplicitDeny,
            principal_match: PrincipalMatch::None,
            matched: deny,
            missing_context: missing,
        }
    } else if !allow.is_empty() {
        TrustResult {
            decision: Decision::Allowed,
            principal_match: best,
            matched: allow,
            missing_context: missing,
        }
    } else {
        TrustResult {
            decision: Decision::ImplicitDeny,
            principal_match: PrincipalMatch::None,
            matched: Vec::new(),
            missing_context: missing,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Evaluation against the emulator state
// ---------------------------------------------------------------------------------------------

use crate::state::{Caller, CallerKind, State};

/// A policy document owned together with its simulation identity.
#[derive(Clone, Debug)]
pub struct OwnedPolicy {
    pub id: String,
    pub kind: String,
    pub doc: Value,
}

impl OwnedPolicy {
    pub fn as_ref(&self) -> PolicyRef<'_> {
        PolicyRef {
            id: self.id.clone(),
            kind: self.kind.clone(),
            doc: &self.doc,
        }
    }
}

/// An IAM principal whose policies are evaluated (user or role, by name).
#[derive(Clone, Debug, PartialEq)]
pub enum PrincipalName {
    User(String),
    Role(String),
}

/// The identity policies (inline + attached managed) and the permissions boundary (if any) of a
/// user or role. None when the principal does not exist. SourcePolicyType values follow
/// SimulatePrincipalPolicy: inline user policies `user`, inline role policies `role`, AWS
/// managed `aws-managed`, customer managed `user-managed`; the SourcePolicyId of a managed policy
/// is its name.
pub fn principal_policies(
    state: &State,
    account_id: &str,
    who: &PrincipalName,
) -> Option<(Vec<OwnedPolicy>, Option<Vec<OwnedPolicy>>)> {
    let account = state.account(account_id)?;
    let (inline, attached, boundary, inline_kind) = match who {
        PrincipalName::User(n) => {
            let u = account.user(n)?;
            (
                &u.inline_policies,
                &u.attached_policies,
                &u.permissions_boundary,
                "user",
            )
        }
        PrincipalName::Role(n) => {
            let r = account.role(n)?;
            (
                &r.inline_policies,
                &r.attached_policies,
                &r.permissions_boundary,
                "role",
            )
        }
    };
    let mut out: Vec<OwnedPolicy> = inline
        .iter()
        .map(|(name, doc)| OwnedPolicy {
            id: name.clone(),
            kind: inline_kind.to_string(),
            doc: doc.clone(),
        })
        .collect();
    for arn in attached {
        // An attachment whose policy does not exist grants nothing.
        if let Some(p) = crate::managed::resolve(account, arn) {
            out.push(OwnedPolicy {
                id: p.name,
                kind: if p.aws_managed {
                    "aws-managed"
                } else {
                    "user-managed"
                }
                .to_string(),
                doc: p.document,
            });
        }
    }
    let boundary = boundary.as_ref().map(|arn| {
        // A boundary ARN that does not resolve allows nothing (fail closed; UNCONFIRMED, IAM
        // refuses to set such a boundary in the first place).
        crate::managed::resolve(account, arn)
            .map(|p| OwnedPolicy {
                id: p.name,
                kind: if p.aws_managed {
                    "aws-managed"
                } else {
                    "user-managed"
                }
                .to_string(),
                doc: p.document,
            })
            .into_iter()
            .collect::<Vec<_>>()
    });
    Some((out, boundary))
}

/// Evaluates the identity policies (+ boundary) of a user or role. Missing principal = implicit
/// deny with nothing matched.
pub fn evaluate_principal(
    state: &State,
    account_id: &str,
    who: &PrincipalName,
    action: &str,
    resource: &str,
    ctx: &Context,
) -> AuthzResult {
    match principal_policies(state, account_id, who) {
        Some((identity, boundary)) => {
            let id: Vec<PolicyRef<'_>> = identity.iter().map(OwnedPolicy::as_ref).collect();
            let bd: Option<Vec<PolicyRef<'_>>> = boundary
                .as_ref()
                .map(|b| b.iter().map(OwnedPolicy::as_ref).collect());
            evaluate(&id, bd.as_deref(), action, resource, ctx)
        }
        None => AuthzResult {
            decision: Decision::ImplicitDeny,
            matched: Vec::new(),
            missing_context: Vec::new(),
        },
    }
}

/// The principal-related global condition keys AWS adds to every request context
/// (aws:PrincipalArn — the role ARN for role sessions —, aws:PrincipalAccount, aws:userid,
/// aws:username for IAM users, aws:PrincipalType). Values already in `ctx` are kept.
pub fn with_principal_keys(caller: &Caller, ctx: &Context) -> Context {
    let mut c = ctx.clone();
    let mut put = |k: &str, v: String| {
        c.entry(k.to_string()).or_insert_with(|| vec![v]);
    };
    let (principal_arn, ptype) = match &caller.kind {
        CallerKind::User { .. } => (caller.arn.clone(), "User"),
        CallerKind::AssumedRole { role, .. } => (
            format!("arn:aws:iam::{}:role/{role}", caller.account),
            "AssumedRole",
        ),
        CallerKind::Root => (caller.arn.clone(), "Account"),
    };
    put("aws:principalarn", principal_arn);
    put("aws:principalaccount", caller.account.clone());
    put("aws:userid", caller.user_id.clone());
    put("aws:principaltype", ptype.to_string());
    if let CallerKind::User { name } = &caller.kind {
        put("aws:username", name.clone());
    }
    c
}

/// Authorizes `caller` for `action` on `resource` by its identity policies (and permissions
/// boundary). The account root user is allowed everything in its account (SCPs are not
/// emulated). A role session is evaluated with its role's policies (session policies are not
/// emulated).
pub fn authorize(
    state: &State,
    caller: &Caller,
    action: &str,
    resource: &str,
    context: &Context,
) -> AuthzResult {
    let ctx = with_principal_keys(caller, context);
    let who = match &caller.kind {
        CallerKind::Root => {
            return AuthzResult {
                decision: Decision::Allowed,
                matched: Vec::new(),
                missing_context: Vec::new(),
            };
        }
        CallerKind::User { name } => PrincipalName::User(name.clone()),
        CallerKind::AssumedRole { role, .. } => PrincipalName::Role(role.clone()),
    };
    evaluate_principal(state, &caller.account, &who, action, resource, &ctx)
}

/// Standard IAM denial text: "User: <arn> is not authorized to perform: <action> on resource:
/// <res> because no identity-based policy allows the <action> action" / "... with an explicit
/// deny in an identity-based policy" (platform.md §5.2).
pub fn deny_message(caller: &Caller, action: &str, resource: &str, decision: Decision) -> String {
    match decision {
        Decision::ExplicitDeny => format!(
            "User: {} is not authorized to perform: {action} on resource: {resource} with an explicit deny in an identity-based policy",
            caller.arn
        ),
        _ => format!(
            "User: {} is not authorized to perform: {action} on resource: {resource} because no identity-based policy allows the {action} action",
            caller.arn
        ),
    }
}

/// The requester of a trust-policy evaluation for `caller`.
pub fn request_principal(caller: &Caller) -> RequestPrincipal {
    let role_arn = match &caller.kind {
        CallerKind::AssumedRole { role, .. } => {
            Some(format!("arn:aws:iam::{}:role/{role}", caller.account))
        }
        _ => None,
    };
    RequestPrincipal::Aws {
        arn: caller.arn.clone(),
        account: caller.account.clone(),
        role_arn,
    }
}
