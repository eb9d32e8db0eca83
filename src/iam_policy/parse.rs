//! Parsing.

use super::*;

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

pub(super) fn parse_error(message: impl Into<String>) -> ParseError {
    ParseError {
        message: message.into(),
        line: None,
        column: None,
    }
}

/// Line/column (1-based) of the first occurrence of `"needle"` in `text`.
pub(super) fn locate(text: &str, needle: &str) -> (Option<usize>, Option<usize>) {
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

pub(super) fn perr_at(text: &str, needle: &str, message: impl Into<String>) -> ParseError {
    let (line, column) = locate(text, needle);
    ParseError {
        message: message.into(),
        line,
        column,
    }
}

pub(super) fn edit_distance(a: &str, b: &str) -> usize {
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

pub(super) fn suggestion(key: &str, candidates: &[&str]) -> String {
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

pub(super) const TOP_KEYS: &[&str] = &["Version", "Id", "Statement"];
pub(super) const STATEMENT_KEYS: &[&str] = &[
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
pub(super) const PRINCIPAL_KEYS: &[&str] = &["AWS", "Federated", "Service", "CanonicalUser"];

/// Parse a policy document: raw JSON or the percent-encoded form IAM returns (RFC 3986 decoding;
/// `+` stays `+`). `Statement` may be an object or an array; `Action`/`Resource`/etc. a string or an
/// array. Invalid JSON gives an error with line/column; structural problems (missing `Effect`, both
/// `Action` and `NotAction`, an unknown key such as `"Statment"`, …) a message naming the statement,
/// with the position of the offending key when it can be found.
pub fn parse_document(text: &str) -> Result<PolicyDocument, ParseError> {
    let decoded = percent_decode_document(text);
    if decoded.is_empty() {
        return Err(parse_error("policy document is empty"));
    }
    let value: Value = serde_json::from_str(&decoded).map_err(|e| ParseError {
        message: format!("invalid JSON: {e}"),
        line: Some(e.line()),
        column: Some(e.column()),
    })?;
    let Value::Object(top) = value else {
        return Err(parse_error("policy document must be a JSON object"));
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
        None => return Err(parse_error("policy document has no \"Statement\"")),
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

pub(super) fn parse_statement(
    text: &str,
    index: usize,
    raw: &Value,
) -> Result<Statement, ParseError> {
    let Value::Object(obj) = raw else {
        return Err(parse_error(format!(
            "Statement[{index}] must be a JSON object"
        )));
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
        None => return Err(parse_error(format!("{label}: missing \"Effect\""))),
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
            return Err(parse_error(format!(
                "{label}: has both \"Action\" and \"NotAction\"; use one"
            )));
        }
        (None, None) => {
            return Err(parse_error(format!(
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
        return Err(parse_error(format!(
            "{label}: has both \"Resource\" and \"NotResource\"; use one"
        )));
    }
    let principal = parse_principal(text, &label, obj.get("Principal"), "Principal")?;
    let not_principal = parse_principal(text, &label, obj.get("NotPrincipal"), "NotPrincipal")?;
    if principal.is_some() && not_principal.is_some() {
        return Err(parse_error(format!(
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

pub(super) fn string_list(
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

pub(super) fn parse_principal(
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

pub(super) fn scalar_to_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

pub(super) fn parse_conditions(
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
