//! Models: listing them (GET /v1/models, all pages) and resolving the aliases `opus`, `sonnet`,
//! `haiku` to the newest model of that family the workspace lists.

use serde::{Deserialize, Serialize};

use crate::transport::{ApiError, ApiRequest, Client};

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Model {
    pub id: String,
    #[serde(default)]
    pub display_name: String,
    #[serde(default)]
    pub created_at: String,
}

pub const FAMILIES: &[&str] = &["opus", "sonnet", "haiku"];

/// Every model the workspace lists (follows `has_more`/`last_id`, at most 20 pages).
pub async fn list(client: &Client) -> Result<Vec<Model>, ApiError> {
    let mut out: Vec<Model> = Vec::new();
    let mut after: Option<String> = None;
    for _ in 0..20 {
        let path = match &after {
            Some(a) => format!("/v1/models?limit=1000&after_id={a}"),
            None => "/v1/models?limit=1000".to_string(),
        };
        let (v, _) = client.json(&ApiRequest::get(path)).await?;
        let page: Vec<Model> = v
            .get("data")
            .cloned()
            .and_then(|d| serde_json::from_value(d).ok())
            .unwrap_or_default();
        let last = page.last().map(|m| m.id.clone());
        out.extend(page);
        let more = v.get("has_more").and_then(|h| h.as_bool()).unwrap_or(false);
        match (more, last) {
            (true, Some(l)) => after = Some(l),
            _ => break,
        }
    }
    Ok(out)
}

/// The newest model of a family (`opus`, `sonnet`, `haiku`) among `models`: latest `created_at`,
/// then the highest version in the ID.
pub fn newest_of<'a>(models: &'a [Model], family: &str) -> Option<&'a Model> {
    let family = family.to_ascii_lowercase();
    models
        .iter()
        .filter(|m| m.id.to_ascii_lowercase().contains(&family))
        .max_by(|a, b| {
            a.created_at
                .cmp(&b.created_at)
                .then_with(|| version_key(&a.id).cmp(&version_key(&b.id)))
        })
}

fn version_key(id: &str) -> Vec<u64> {
    id.split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty() && p.len() < 6)
        .filter_map(|p| p.parse().ok())
        .collect()
}

/// An alias or a bare model ID. Bedrock-style IDs (`anthropic.…`, ARNs) are rejected with the fix.
pub fn check_model_id(id: &str) -> Result<(), String> {
    if id.starts_with("anthropic.") || id.starts_with("arn:") || id.contains("us.anthropic.") {
        return Err(format!(
            "{id:?} is a Bedrock model ID; Claude Platform on AWS uses bare IDs such as claude-sonnet-4-6"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(id: &str, created: &str) -> Model {
        Model {
            id: id.into(),
            display_name: String::new(),
            created_at: created.into(),
        }
    }

    #[test]
    fn newest_per_family() {
        let list = vec![
            m("claude-opus-4-5", "2025-11-01T00:00:00Z"),
            m("claude-opus-4-8", "2026-09-01T00:00:00Z"),
            m("claude-sonnet-4-6", "2026-02-17T00:00:00Z"),
            m("claude-sonnet-4-5", "2025-09-29T00:00:00Z"),
            m("claude-haiku-4-5", "2025-10-01T00:00:00Z"),
        ];
        assert_eq!(newest_of(&list, "opus").unwrap().id, "claude-opus-4-8");
        assert_eq!(newest_of(&list, "SONNET").unwrap().id, "claude-sonnet-4-6");
        assert_eq!(newest_of(&list, "haiku").unwrap().id, "claude-haiku-4-5");
        assert!(newest_of(&list, "fable").is_none());
        let same_day = vec![m("claude-sonnet-4-5", "x"), m("claude-sonnet-4-6", "x")];
        assert_eq!(
            newest_of(&same_day, "sonnet").unwrap().id,
            "claude-sonnet-4-6"
        );
    }

    #[test]
    fn bedrock_ids_are_refused() {
        assert!(check_model_id("anthropic.claude-3-sonnet").is_err());
        assert!(check_model_id("arn:aws:bedrock:us-east-1::foundation-model/x").is_err());
        assert!(check_model_id("claude-sonnet-4-6").is_ok());
    }
}
