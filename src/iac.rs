//! Rendering IAM documents as infrastructure as code: Terraform (HCL) and CloudFormation (YAML).

use serde_json::Value;

/// A YAML block rendering of a JSON value. Strings are double-quoted with JSON escapes (valid YAML),
/// so no value can be misread (`yes`, `*`, `:`…).
pub fn yaml(v: &Value, indent: usize) -> String {
    let mut out = String::new();
    write_yaml(v, indent, &mut out);
    out
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into()),
        Value::Null => "null".into(),
        other => other.to_string(),
    }
}

fn write_yaml(v: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match v {
        Value::Object(m) => {
            if m.is_empty() {
                out.push_str(&format!("{pad}{{}}\n"));
            }
            for (k, val) in m {
                let key = serde_json::to_string(k).unwrap_or_default();
                match val {
                    Value::Object(inner) if !inner.is_empty() => {
                        out.push_str(&format!("{pad}{key}:\n"));
                        write_yaml(val, indent + 2, out);
                    }
                    Value::Array(items) if !items.is_empty() => {
                        out.push_str(&format!("{pad}{key}:\n"));
                        write_yaml(val, indent + 2, out);
                    }
                    Value::Array(_) => out.push_str(&format!("{pad}{key}: []\n")),
                    Value::Object(_) => out.push_str(&format!("{pad}{key}: {{}}\n")),
                    other => out.push_str(&format!("{pad}{key}: {}\n", scalar(other))),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                match item {
                    Value::Object(m) if !m.is_empty() => {
                        // First key on the dash line, the rest aligned under it.
                        let mut sub = String::new();
                        write_yaml(item, indent + 2, &mut sub);
                        let trimmed = sub.trim_start_matches(' ');
                        out.push_str(&format!("{pad}- {trimmed}"));
                    }
                    Value::Array(a) if !a.is_empty() => {
                        out.push_str(&format!("{pad}-\n"));
                        write_yaml(item, indent + 2, out);
                    }
                    other => out.push_str(&format!("{pad}- {}\n", scalar(other))),
                }
            }
        }
        other => out.push_str(&format!("{pad}{}\n", scalar(other))),
    }
}

/// A Terraform heredoc holding JSON (the policy exactly as IAM will store it).
pub fn heredoc(v: &Value) -> String {
    let json = serde_json::to_string_pretty(v).unwrap_or_default();
    let body: String = json.lines().map(|l| format!("    {l}\n")).collect();
    format!("<<-EOT\n{body}  EOT")
}

/// A Terraform-safe identifier from a name.
pub fn tf_ident(name: &str) -> String {
    let mut s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, '_');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn yaml_shapes() {
        let v = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["a:B", "a:C"], "Resource": "*"}], "Empty": []});
        let y = yaml(&v, 0);
        assert_eq!(
            y,
            "\"Version\": \"2012-10-17\"\n\"Statement\":\n  - \"Effect\": \"Allow\"\n    \"Action\":\n      - \"a:B\"\n      - \"a:C\"\n    \"Resource\": \"*\"\n\"Empty\": []\n"
        );
    }

    #[test]
    fn identifiers() {
        assert_eq!(tf_ident("cpaws-claude-platform"), "cpaws_claude_platform");
        assert_eq!(tf_ident("9x"), "_9x");
    }
}
