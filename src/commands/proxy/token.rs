//! The local token guard: a request must carry the proxy's token as `x-api-key: TOKEN` or
//! `Authorization: Bearer TOKEN` (what first-party SDKs and Claude Code send), compared in
//! constant time.

use hyper::header::{AUTHORIZATION, HeaderMap};

/// Whether `headers` carry `token` (always true when the proxy runs with `--no-token`).
pub fn accepted(headers: &HeaderMap, token: Option<&str>) -> bool {
    let Some(token) = token else {
        return true;
    };
    let api_key = headers
        .get_all("x-api-key")
        .iter()
        .any(|v| same(v.as_bytes(), token.as_bytes()));
    let bearer = headers.get_all(AUTHORIZATION).iter().any(|v| {
        let v = v.as_bytes();
        v.len() > 7 && v[..7].eq_ignore_ascii_case(b"bearer ") && same(&v[7..], token.as_bytes())
    });
    api_key || bearer
}

/// Equal, in a time that depends only on the lengths.
fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut m = HeaderMap::new();
        for (k, v) in pairs {
            m.append(*k, v.parse().unwrap());
        }
        m
    }

    #[test]
    fn token_as_api_key_or_bearer() {
        let t = Some("cpaws-proxy-abc");
        assert!(accepted(&h(&[("x-api-key", "cpaws-proxy-abc")]), t));
        assert!(accepted(
            &h(&[("authorization", "Bearer cpaws-proxy-abc")]),
            t
        ));
        assert!(accepted(
            &h(&[("authorization", "bearer cpaws-proxy-abc")]),
            t
        ));
        assert!(!accepted(&h(&[("x-api-key", "cpaws-proxy-abd")]), t));
        assert!(!accepted(&h(&[("x-api-key", "cpaws-proxy-ab")]), t));
        assert!(!accepted(&h(&[("authorization", "cpaws-proxy-abc")]), t));
        assert!(!accepted(&h(&[]), t));
        assert!(accepted(&h(&[]), None));
    }
}
