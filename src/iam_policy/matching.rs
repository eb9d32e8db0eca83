//! Matching primitives.

use super::*;

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

pub(super) fn context_get<'a>(context: &'a Context, key: &str) -> Option<&'a Vec<String>> {
    context
        .iter()
        .find(|(k, v)| k.eq_ignore_ascii_case(key) && !v.is_empty())
        .map(|(_, v)| v)
}

pub(super) const VARIABLES: &[&str] = &["aws:username", "aws:userid", "aws:PrincipalAccount"];

/// Expand `${aws:username}`, `${aws:userid}`, `${aws:PrincipalAccount}` from the context (first value).
/// Other variables, and these when the context lacks them, stay as written.
pub(super) fn expand_variables(s: &str, context: &Context) -> String {
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
