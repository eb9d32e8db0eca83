//! AWS query-protocol XML helpers (first version by the gateway helper; extended by the iam helper).

pub const IAM_NS: &str = "https://iam.amazonaws.com/doc/2010-05-08/";
pub const STS_NS: &str = "https://sts.amazonaws.com/doc/2011-06-15/";

/// An XML answer to an IAM/STS query call.
#[derive(Clone, Debug, PartialEq)]
pub struct QueryResponse {
    pub status: u16,
    pub body: String,
}

/// Escape text for XML element content / attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}

/// `<{action}Response xmlns=ns><{action}Result>{result_inner}</{action}Result><ResponseMetadata>…`.
pub fn success_response(
    ns: &str,
    action: &str,
    result_inner: &str,
    request_id: &str,
) -> QueryResponse {
    let result = if result_inner.is_empty() {
        String::new()
    } else {
        format!("<{action}Result>{result_inner}</{action}Result>")
    };
    QueryResponse {
        status: 200,
        body: format!(
            "<{action}Response xmlns=\"{ns}\">{result}<ResponseMetadata><RequestId>{}</RequestId></ResponseMetadata></{action}Response>",
            escape(request_id)
        ),
    }
}

/// The AWS query-protocol error shape (IAM namespace), parsed by both boto3 and the AWS SDK for Rust:
/// `<ErrorResponse xmlns=…><Error><Type>Sender</Type><Code>…</Code><Message>…</Message></Error><RequestId>…</RequestId></ErrorResponse>`.
pub fn error_response(status: u16, code: &str, message: &str, request_id: &str) -> QueryResponse {
    error_response_ns(IAM_NS, status, code, message, request_id)
}

pub fn error_response_ns(
    ns: &str,
    status: u16,
    code: &str,
    message: &str,
    request_id: &str,
) -> QueryResponse {
    let kind = if status >= 500 { "Receiver" } else { "Sender" };
    QueryResponse {
        status,
        body: format!(
            "<ErrorResponse xmlns=\"{ns}\"><Error><Type>{kind}</Type><Code>{}</Code><Message>{}</Message></Error><RequestId>{}</RequestId></ErrorResponse>",
            escape(code),
            escape(message),
            escape(request_id)
        ),
    }
}

/// `<name>escaped text</name>`.
pub fn elem(name: &str, text: &str) -> String {
    format!("<{name}>{}</{name}>", escape(text))
}

/// `<name>…</name>` with already-built XML inside.
pub fn wrap(name: &str, inner: &str) -> String {
    format!("<{name}>{inner}</{name}>")
}

/// A query-protocol list: `<name><member>…</member>…</name>` from already-built member XML.
pub fn members(name: &str, items: &[String]) -> String {
    let mut out = format!("<{name}>");
    for i in items {
        out.push_str("<member>");
        out.push_str(i);
        out.push_str("</member>");
    }
    out.push_str(&format!("</{name}>"));
    out
}

/// RFC 3986 percent-encoding (everything but `A-Za-z0-9-_.~`), as real IAM encodes policy
/// documents in GetRole / GetRolePolicy / GetUserPolicy / GetPolicyVersion (clients.md §4).
pub fn pct_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// RFC 3986 percent-decoding (`+` stays `+`); invalid escapes are kept literally.
pub fn pct_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let (Some(h), Some(l)) = (
                (b[i + 1] as char).to_digit(16),
                b.get(i + 2).and_then(|c| (*c as char).to_digit(16)),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_shape() {
        let r = error_response(403, "SignatureDoesNotMatch", "a<b", "rid");
        assert_eq!(r.status, 403);
        assert!(
            r.body
                .contains("<Code>SignatureDoesNotMatch</Code><Message>a&lt;b</Message>")
        );
        assert!(
            r.body
                .starts_with("<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">")
        );
    }

    #[test]
    fn success_shape() {
        let r = success_response(STS_NS, "GetCallerIdentity", "<Account>1</Account>", "rid");
        assert!(
            r.body.contains(
                "<GetCallerIdentityResult><Account>1</Account></GetCallerIdentityResult>"
            )
        );
    }

    #[test]
    fn percent_encoding_roundtrip() {
        let doc = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"a:b*","Resource":"*"}]}"#;
        let enc = pct_encode(doc);
        assert!(enc.starts_with("%7B%22Version%22%3A%222012-10-17%22"));
        assert!(!enc.contains('+') && !enc.contains('{'));
        assert_eq!(pct_decode(&enc), doc);
        assert_eq!(pct_encode("a b+c/é"), "a%20b%2Bc%2F%C3%A9");
        assert_eq!(pct_decode("100%"), "100%");
    }

    #[test]
    fn list_shape() {
        assert_eq!(
            members("PolicyNames", &[elem("x", "a&b")]),
            "<PolicyNames><member><x>a&amp;b</x></member></PolicyNames>"
        );
    }
}
