//! Conditions.

use std::net::IpAddr;

use super::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum SetOp {
    None,
    ForAnyValue,
    ForAllValues,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Cmp {
    Eq,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum BaseOp {
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

pub(super) struct ParsedOp {
    set: SetOp,
    if_exists: bool,
    base: BaseOp,
    negated: bool,
}

pub(super) fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    if s.len() >= prefix.len()
        && s.is_char_boundary(prefix.len())
        && s[..prefix.len()].eq_ignore_ascii_case(prefix)
    {
        Some(&s[prefix.len()..])
    } else {
        None
    }
}

pub(super) fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    if s.len() > suffix.len() && s.is_char_boundary(s.len() - suffix.len()) {
        let (head, tail) = s.split_at(s.len() - suffix.len());
        if tail.eq_ignore_ascii_case(suffix) {
            return Some(head);
        }
    }
    None
}

pub(super) fn parse_operator(op: &str) -> Option<ParsedOp> {
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

/// Can this condition hold only when its key is in the request with a value the condition names?
/// False for `…IfExists`, negated, `Null` and `ForAllValues:` operators (which hold when the key is
/// absent), for operators this module does not know, and for a `StringLike` with a value of only
/// wildcards such as `*` (any value passes).
pub fn condition_requires_value(cond: &Condition) -> bool {
    let Some(op) = parse_operator(&cond.operator) else {
        return false;
    };
    if op.if_exists || op.negated || op.base == BaseOp::Null || op.set == SetOp::ForAllValues {
        return false;
    }
    let any_value = |v: &String| v.contains('*') && v.chars().all(|c| c == '*' || c == '?');
    let matches_anything = op.base == BaseOp::StringLike && cond.values.iter().any(any_value);
    !cond.values.is_empty() && !matches_anything
}

/// Does this one condition hold in `context`? (Policy variables are not expanded.)
pub fn condition_holds(cond: &Condition, context: &Context) -> bool {
    eval_condition(cond, context, false, &mut Vec::new())
}

pub(super) fn compare<T: PartialOrd>(cmp: Cmp, ctx: T, policy: T) -> bool {
    match cmp {
        Cmp::Eq => ctx == policy,
        Cmp::Lt => ctx < policy,
        Cmp::Le => ctx <= policy,
        Cmp::Gt => ctx > policy,
        Cmp::Ge => ctx >= policy,
    }
}

/// A date as RFC 3339 / ISO 8601 or epoch seconds → nanoseconds since the epoch.
pub(super) fn parse_date(s: &str) -> Option<i128> {
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

pub(super) fn ip_bits(ip: IpAddr) -> (u128, u32) {
    match ip {
        IpAddr::V4(v4) => (u128::from(u32::from(v4)), 32),
        IpAddr::V6(v6) => (u128::from(v6), 128),
    }
}

pub(super) fn ip_in_cidr(ctx: &str, cidr: &str) -> bool {
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

pub(super) fn base_match(base: BaseOp, ctx: &str, policy: &str) -> bool {
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

pub(super) fn push_unique(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// Evaluate one (operator, key, values) condition against the context.
pub(super) fn eval_condition(
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
pub(super) fn conditions_hold(
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

pub(super) fn action_applies(stmt: &Statement, action: &str) -> bool {
    if let Some(list) = &stmt.action {
        list.iter().any(|p| action_matches(p, action))
    } else if let Some(list) = &stmt.not_action {
        !list.iter().any(|p| action_matches(p, action))
    } else {
        false
    }
}

pub(super) fn resource_applies(
    stmt: &Statement,
    resource: &str,
    context: &Context,
    variables: bool,
) -> bool {
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

pub(super) fn uses_variables(doc: &PolicyDocument) -> bool {
    doc.version.as_deref() == Some("2012-10-17")
}
