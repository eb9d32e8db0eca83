//! Small helpers over policy JSON: case-insensitive members, string lists, the statements of a
//! document, and document validation.

use serde_json::Value;

/// Looks up a JSON object member case-insensitively (IAM element names are documented in
/// PascalCase; real IAM is case-sensitive for element names but accepts only the documented
/// spelling — we accept any case, which is more lenient; UNCONFIRMED, chosen for robustness).
pub(super) fn member<'a>(obj: &'a serde_json::Map<String, Value>, name: &str) -> Option<&'a Value> {
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
pub(super) fn string_list(v: &Value) -> Vec<String> {
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
pub(super) fn uses_variables(doc: &Value) -> bool {
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
