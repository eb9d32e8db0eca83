//! Models: listing them (GET /v1/models, all pages) and resolving the aliases `opus`, `sonnet`,
//! `haiku` to the newest model of that family the workspace lists.

use serde::{Deserialize, Serialize};

use crate::api::{ApiError, ApiRequest, Client};

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

/// How long a resolved alias is trusted before the models are listed again.
pub const ALIAS_TTL_SECS: u64 = 24 * 3600;

/// Aliases resolved recently, so that a chat with an alias does not pay a models round trip before
/// every first token. One entry per endpoint and workspace, in `<cache dir>/cpaws/models.json`
/// (`~/.cache/cpaws` on Linux). Best effort: an unreadable or corrupt file is ignored and rewritten,
/// a failed write only costs the next run a listing.
#[derive(Debug, Default, Deserialize, Serialize)]
struct AliasCache {
    #[serde(default)]
    entries: std::collections::BTreeMap<String, AliasEntry>,
}

#[derive(Debug, Deserialize, Serialize)]
struct AliasEntry {
    fetched_at: u64,
    aliases: std::collections::BTreeMap<String, String>,
}

pub fn alias_cache_path() -> Option<std::path::PathBuf> {
    crate::paths::cache_dir().map(|d| d.join("models.json"))
}

fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn read_cache(path: &std::path::Path) -> AliasCache {
    std::fs::read(path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

fn write_cache(path: &std::path::Path, cache: &AliasCache) {
    let Some(dir) = path.parent() else { return };
    let Ok(body) = serde_json::to_vec_pretty(cache) else {
        return;
    };
    let _ = std::fs::create_dir_all(dir).and_then(|_| crate::atomic::write(path, &body));
}

/// The model an alias resolved to for this endpoint and workspace, if resolved less than a day ago.
pub fn cached_alias(path: &std::path::Path, key: &str, family: &str) -> Option<String> {
    let cache = read_cache(path);
    let e = cache.entries.get(key)?;
    let age = now_secs().checked_sub(e.fetched_at)?;
    (age < ALIAS_TTL_SECS)
        .then(|| e.aliases.get(family).cloned())
        .flatten()
}

/// Remember every family's newest model from a fresh listing.
pub fn remember_aliases(path: &std::path::Path, key: &str, models: &[Model]) {
    let mut cache = read_cache(path);
    let aliases = FAMILIES
        .iter()
        .filter_map(|f| newest_of(models, f).map(|m| (f.to_string(), m.id.clone())))
        .collect();
    cache.entries.insert(
        key.to_string(),
        AliasEntry {
            fetched_at: now_secs(),
            aliases,
        },
    );
    write_cache(path, &cache);
}

/// Drop this endpoint's aliases (a cached model was not found: the next run lists again).
pub fn forget_aliases(path: &std::path::Path, key: &str) {
    let mut cache = read_cache(path);
    if cache.entries.remove(key).is_some() {
        write_cache(path, &cache);
    }
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
    fn alias_cache_round_trip_expiry_and_corruption() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cpaws/models.json");
        assert_eq!(cached_alias(&path, "k", "sonnet"), None);
        let list = vec![
            m("claude-sonnet-4-6", "2026-02-17T00:00:00Z"),
            m("claude-haiku-4-5", "2025-10-01T00:00:00Z"),
        ];
        remember_aliases(&path, "k", &list);
        assert_eq!(
            cached_alias(&path, "k", "sonnet").as_deref(),
            Some("claude-sonnet-4-6")
        );
        assert_eq!(cached_alias(&path, "k", "opus"), None);
        assert_eq!(cached_alias(&path, "other", "sonnet"), None);
        // A day old: listed again.
        let mut c = read_cache(&path);
        c.entries.get_mut("k").unwrap().fetched_at -= ALIAS_TTL_SECS;
        write_cache(&path, &c);
        assert_eq!(cached_alias(&path, "k", "sonnet"), None);
        // Corrupt: ignored, then rewritten whole.
        std::fs::write(&path, "{not json").unwrap();
        assert_eq!(cached_alias(&path, "k", "sonnet"), None);
        remember_aliases(&path, "k", &list);
        assert!(cached_alias(&path, "k", "haiku").is_some());
        forget_aliases(&path, "k");
        assert_eq!(cached_alias(&path, "k", "haiku"), None);
    }

    #[test]
    fn bedrock_ids_are_refused() {
        assert!(check_model_id("anthropic.claude-3-sonnet").is_err());
        assert!(check_model_id("arn:aws:bedrock:us-east-1::foundation-model/x").is_err());
        assert!(check_model_id("claude-sonnet-4-6").is_ok());
    }
}
