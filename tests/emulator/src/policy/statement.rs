//! Statements: Effect, Action/NotAction, Resource/NotResource and Principal/NotPrincipal
//! matching, and a statement's position in the serialized document.

use super::document::{member, string_list};
use super::wildcard::{action_matches, resource_matches};
use super::{Context, PrincipalMatch, RequestPrincipal};
use serde_json::Value;

pub(super) fn effect_is_deny(s: &serde_json::Map<String, Value>) -> Option<bool> {
    match member(s, "Effect").and_then(Value::as_str) {
        Some(e) if e.eq_ignore_ascii_case("Allow") => Some(false),
        Some(e) if e.eq_ignore_ascii_case("Deny") => Some(true),
        _ => None,
    }
}

pub(super) fn statement_action_matches(s: &serde_json::Map<String, Value>, action: &str) -> bool {
    if let Some(a) = member(s, "Action") {
        string_list(a).iter().any(|p| action_matches(p, action))
    } else if let Some(na) = member(s, "NotAction") {
        !string_list(na).iter().any(|p| action_matches(p, action))
    } else {
        false
    }
}

/// Resource / NotResource. A statement with neither (trust policies) applies to any resource.
pub(super) fn statement_resource_matches(
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
