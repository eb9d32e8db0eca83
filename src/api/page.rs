//! Cursor paging of the API's list routes (`GET /v1/models`, `/v1/files`, `/v1/messages/batches`,
//! `/v1/organizations/workspaces`): `limit` and `after_id` in, `{data, has_more, last_id}` out.
//! One page, or every page with a loop guard (a cursor that comes back, `has_more` without a
//! cursor, a cursor that is not an ID) and a page cap, so that a server that says `has_more`
//! forever cannot keep cpaws listing forever.

use super::*;

/// What to list.
#[derive(Clone, Debug)]
pub struct ListQuery {
    /// The route, without a query: `/v1/files`.
    pub path: String,
    /// Extra query pairs, already URL-safe (`include_archived=true`).
    pub query: Vec<(String, String)>,
    /// Extra headers (`anthropic-beta`).
    pub headers: Vec<(String, String)>,
    pub limit: u32,
    /// Start after this cursor (already checked by the caller).
    pub after: Option<String>,
    /// Follow `has_more` to the end.
    pub all: bool,
    /// The most pages `all` follows.
    pub max_pages: usize,
    /// What the items are, for messages: "files", "models".
    pub noun: &'static str,
    /// Whether a cursor the server gives is an ID of this kind (and so safe in a query).
    pub valid_cursor: fn(&str) -> bool,
}

/// The items read, and how the last page ended.
#[derive(Clone, Debug, Default)]
pub struct Listing {
    pub items: Vec<Value>,
    pub has_more: bool,
    pub last_id: Option<String>,
    /// The last page as received (for `--json` of a single page).
    pub last_page: Value,
    pub meta: ResponseMeta,
}

/// Why a listing failed.
#[derive(Clone, Debug)]
pub enum ListError {
    /// The service answered with an error (or could not be reached).
    Api(ApiError),
    /// A page that is not a list of this kind.
    Shape {
        call: String,
        expected: String,
        body: Value,
        meta: ResponseMeta,
    },
    /// The paging itself broke (loop, no cursor, bad cursor, too many pages): `message`, what was
    /// read (`cause`), what to do instead (`fix`), and the last page's request IDs.
    Paging {
        message: String,
        cause: String,
        fix: String,
        meta: ResponseMeta,
    },
}

impl ListError {
    /// As an [`ApiError`] (for callers that report every failure as one): a page of the wrong
    /// shape or broken paging is an `unexpected_response`.
    pub fn into_api_error(self) -> ApiError {
        match self {
            ListError::Api(e) => e,
            ListError::Shape {
                call,
                expected,
                body,
                meta,
            } => unexpected_shape(&body, &meta, &call, &expected),
            ListError::Paging {
                message,
                cause,
                meta,
                ..
            } => ApiError {
                kind: ApiErrorKind::Decode,
                error_type: Some("unexpected_response".into()),
                status: Some(meta.status),
                message: format!("{message} ({cause})"),
                amzn_request_id: meta.amzn_request_id.clone(),
                request_id: meta.request_id.clone(),
                ..Default::default()
            },
        }
    }
}

/// One parsed page.
struct Parsed {
    data: Vec<Value>,
    has_more: bool,
    last_id: Option<String>,
}

/// A list page: `data` an array of objects with a string `id`, `has_more` a boolean (absent:
/// false), `last_id` a string or null.
fn parse_page(v: &Value, noun: &str) -> Result<Parsed, String> {
    let Some(data) = v.get("data").and_then(Value::as_array) else {
        return Err(format!("a list of {noun} (an object with a `data` array)"));
    };
    if !data.iter().all(|i| i.is_object() && i["id"].is_string()) {
        return Err(format!(
            "a list of {noun} (every item of `data` an object with an `id`)"
        ));
    }
    let has_more = match &v["has_more"] {
        Value::Null => false,
        Value::Bool(b) => *b,
        _ => return Err(format!("a list of {noun} (`has_more` true or false)")),
    };
    let last_id = match &v["last_id"] {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        _ => return Err(format!("a list of {noun} (`last_id` an ID)")),
    };
    Ok(Parsed {
        data: data.clone(),
        has_more,
        last_id,
    })
}

impl Client {
    /// List one page, or every page with `q.all`.
    pub async fn list_pages(&self, q: &ListQuery) -> Result<Listing, ListError> {
        let noun = q.noun;
        let mut after = q.after.clone();
        // Every cursor used so far: one that comes back means the paging loops.
        let mut seen: std::collections::HashSet<String> = after.iter().cloned().collect();
        let mut out = Listing::default();
        for n in 1..=q.max_pages.max(1) {
            let mut path = format!("{}?limit={}", q.path, q.limit);
            for (k, v) in &q.query {
                path.push_str(&format!("&{k}={v}"));
            }
            if let Some(a) = &after {
                path.push_str(&format!("&after_id={a}"));
            }
            let call = format!("GET {path}");
            let mut req = ApiRequest::get(path);
            req.headers.extend(q.headers.iter().cloned());
            let (v, meta) = self.json(&req).await.map_err(ListError::Api)?;
            let page = parse_page(&v, noun).map_err(|expected| ListError::Shape {
                call: call.clone(),
                expected,
                body: v.clone(),
                meta: meta.clone(),
            })?;
            out.items.extend(page.data);
            out.has_more = page.has_more;
            out.last_id = page.last_id;
            out.last_page = v;
            out.meta = meta;
            if !q.all || !out.has_more {
                return Ok(out);
            }
            let read = out.items.len();
            let paging = |message: String| {
                ListError::Paging {
                message,
                cause: format!(
                    "{read} {noun} were read in {n} pages; the list is incomplete, so none is shown"
                ),
                fix: "list page by page with --after ID instead of --all; if the service keeps doing this, report it with the request ID".into(),
                meta: out.meta.clone(),
            }
            };
            let next = match &out.last_id {
                None => {
                    return Err(paging(format!(
                        "{call} says has_more but gives no last_id to continue from"
                    )));
                }
                Some(l) if !(q.valid_cursor)(l) => {
                    return Err(paging(format!(
                        "{call} gave the cursor {:?}, which is not an ID",
                        one_line(l)
                    )));
                }
                Some(l) => l.clone(),
            };
            if !seen.insert(next.clone()) {
                return Err(paging(format!(
                    "the paging loops: {call} gave last_id {next}, a cursor already followed, so --all would never end"
                )));
            }
            if n == q.max_pages {
                return Err(ListError::Paging {
                    message: format!(
                        "the service still said has_more after {} pages, the most --all follows",
                        q.max_pages
                    ),
                    cause: format!(
                        "{read} {noun} were read; the list is incomplete, so none is shown"
                    ),
                    fix: format!(
                        "use --limit 1000 (up to {} {noun} with --all), or continue page by page with --after {next}",
                        q.max_pages * 1000
                    ),
                    meta: out.meta.clone(),
                });
            }
            after = Some(next);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_of_the_wrong_shape_are_refused() {
        for bad in [
            serde_json::json!({"data": "x"}),
            serde_json::json!([1, 2]),
            serde_json::json!({"data": [1]}),
            serde_json::json!({"data": [{"id": 7}]}),
            serde_json::json!({"data": [{"name": "no id"}]}),
            Value::Null,
            serde_json::json!({}),
            serde_json::json!({"data": [], "has_more": "yes"}),
            serde_json::json!({"data": [], "last_id": 3}),
        ] {
            assert!(parse_page(&bad, "files").is_err(), "{bad}");
        }
        let ok = parse_page(
            &serde_json::json!({"data": [{"id": "a"}], "has_more": true, "last_id": "a"}),
            "files",
        )
        .unwrap();
        assert!(ok.has_more);
        assert_eq!(ok.last_id.as_deref(), Some("a"));
        let empty = parse_page(&serde_json::json!({"data": []}), "files").unwrap();
        assert_eq!((empty.has_more, empty.last_id), (false, None));
    }
}
