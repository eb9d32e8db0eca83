//! Condition operators (String*, Numeric*, Date*, Bool, IpAddress, Arn*, Null, the
//! `ForAllValues:` / `ForAnyValue:` set operators and `…IfExists`).

use super::Context;
use super::document::string_list;
use super::wildcard::{compile, glob_tokens, resource_matches};
use serde_json::Value;

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
