//! Wildcard matching: `*` / `?` globs with policy variables (`${aws:username}`), for actions
//! (case-insensitive) and resources.

use super::Context;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Tok {
    Lit(char),
    Star,
    Question,
}

/// Compiles a policy string into pattern tokens: `*` and `?` are wildcards when `wildcards`,
/// `${key}` policy variables are replaced by the (single) context value when `vars`, and the
/// escapes `${*}`, `${?}`, `${$}` become literal characters. Returns None when a referenced
/// variable has no value in the context (AWS: the element then does not match). A variable with
/// a default (`${aws:username, 'x'}`) uses the default when the key is missing.
pub(super) fn compile(
    pattern: &str,
    ctx: &Context,
    wildcards: bool,
    vars: bool,
) -> Option<Vec<Tok>> {
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
pub(super) fn glob_tokens(pat: &[Tok], text: &str, ignore_case: bool) -> bool {
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
pub(super) fn resource_matches(pattern: &str, resource: &str, ctx: &Context, vars: bool) -> bool {
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
