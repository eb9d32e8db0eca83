//! The AWS managed policies of Claude Platform on AWS (platform.md §3.3), from the one data file
//! the emulator reads too (`src/data/managed_policies.json`), smallest grant first.

use std::sync::LazyLock;

use super::*;

/// The shared file: `{"policies": [{name, version, created, updated, description, document}]}`.
pub const MANAGED_POLICIES_JSON: &str = include_str!("../data/managed_policies.json");

/// One AWS managed policy, its document parsed.
#[derive(Clone, Debug)]
pub struct ManagedPolicy {
    pub name: String,
    pub version: String,
    pub document: PolicyDocument,
}

impl ManagedPolicy {
    /// `arn:aws:iam::aws:policy/<Name>`.
    pub fn arn(&self) -> String {
        format!("arn:aws:iam::aws:policy/{}", self.name)
    }

    /// The `aws-external-anthropic` action patterns its Allow statements name, without the
    /// prefix (`Get*`, `CreateInference`, `*`), in order, whatever their resources.
    pub fn anthropic_actions(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for st in &self.document.statements {
            if st.effect != Effect::Allow {
                continue;
            }
            for a in st.action.iter().flatten() {
                if let Some((svc, name)) = a.split_once(':')
                    && svc.eq_ignore_ascii_case(SERVICE_PREFIX)
                    && !out.contains(&name)
                {
                    out.push(name);
                }
            }
        }
        out
    }
}

/// Parse the shared file. A document that does not parse is left out (the tests of both crates
/// prove that every one does).
fn load(text: &str) -> Vec<ManagedPolicy> {
    let parsed: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    parsed["policies"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| {
            let document = parse_document(&p["document"].to_string()).ok()?;
            Some(ManagedPolicy {
                name: p["name"].as_str()?.to_string(),
                version: p["version"].as_str()?.to_string(),
                document,
            })
        })
        .collect()
}

static MANAGED: LazyLock<Vec<ManagedPolicy>> = LazyLock::new(|| load(MANAGED_POLICIES_JSON));

/// The AWS managed policies of the service, smallest grant first.
pub fn managed_policies() -> &'static [ManagedPolicy] {
    &MANAGED
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every document in the shared file parses, and the file holds platform.md §3.3's list (the
    /// versions the emulator serves), smallest grant first.
    #[test]
    fn the_shared_documents_parse_and_are_the_documented_list() {
        let raw: Value = serde_json::from_str(MANAGED_POLICIES_JSON).unwrap();
        let listed = raw["policies"].as_array().unwrap().len();
        let all = managed_policies();
        assert_eq!(all.len(), listed, "a document does not parse");
        let names: Vec<(&str, &str)> = all
            .iter()
            .map(|p| (p.name.as_str(), p.version.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("AnthropicSelfHostedEnvironmentAccess", "v1"),
                ("AnthropicReadOnlyAccess", "v2"),
                ("AnthropicInferenceAccess", "v2"),
                ("AnthropicLimitedAccess", "v6"),
                ("AnthropicFullAccess", "v2"),
            ]
        );
        for p in all {
            assert!(unknown_actions(&p.document).is_empty(), "{}", p.name);
            assert!(!p.anthropic_actions().is_empty(), "{}", p.name);
        }
        let full = &all[4];
        assert_eq!(full.anthropic_actions(), ["*"]);
        assert_eq!(full.arn(), "arn:aws:iam::aws:policy/AnthropicFullAccess");
        assert_eq!(
            all[1].anthropic_actions(),
            ["Get*", "List*", "GetAccountStatus", "CallWithBearerToken"]
        );
    }

    #[test]
    fn a_broken_file_loads_nothing_and_does_not_panic() {
        assert!(load("").is_empty());
        assert!(load("{\"policies\": 3}").is_empty());
        assert!(load("{\"policies\": [{\"name\": \"X\"}]}").is_empty());
    }
}
