//! Amazon Resource Names: `arn:partition:service:region:account:resource`, parsed once here
//! instead of split by hand wherever one is read. The resource part may itself hold `:` and `/`
//! (`role/path/name`, `assumed-role/Role/session`, `workspace/wrkspc_…`).
//!
//! Parsing never panics: anything that is not six `:`-separated parts starting with `arn`, with a
//! partition and a service, is an [`ArnError`]. Region and account may be empty (IAM ARNs have no
//! region; AWS managed policies no account).

use std::fmt;
use std::str::FromStr;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Arn {
    partition: String,
    service: String,
    region: String,
    account: String,
    resource: String,
}

/// Why a string is not an ARN.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArnError {
    pub message: String,
}

impl fmt::Display for ArnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ArnError {}

impl Arn {
    /// Parse `arn:partition:service:region:account:resource`.
    pub fn parse(text: &str) -> Result<Arn, ArnError> {
        let bad = |why: &str| ArnError {
            message: format!("{text:?} is not an ARN ({why})"),
        };
        let mut parts = text.splitn(6, ':');
        if parts.next() != Some("arn") {
            return Err(bad("it does not start with arn:"));
        }
        let mut next = || parts.next();
        let (Some(partition), Some(service), Some(region), Some(account), Some(resource)) =
            (next(), next(), next(), next(), next())
        else {
            return Err(bad(
                "it needs six parts: arn:partition:service:region:account:resource",
            ));
        };
        if partition.is_empty() {
            return Err(bad("no partition"));
        }
        if service.is_empty() {
            return Err(bad("no service"));
        }
        Ok(Arn {
            partition: partition.to_string(),
            service: service.to_string(),
            region: region.to_string(),
            account: account.to_string(),
            resource: resource.to_string(),
        })
    }

    /// An IAM role ARN: `arn:{partition}:iam::{account}:role/{name}`.
    pub fn iam_role(partition: &str, account: &str, name: &str) -> Arn {
        Arn {
            partition: partition.to_string(),
            service: "iam".to_string(),
            region: String::new(),
            account: account.to_string(),
            resource: format!("role/{name}"),
        }
    }

    pub fn partition(&self) -> &str {
        &self.partition
    }

    pub fn service(&self) -> &str {
        &self.service
    }

    pub fn region(&self) -> &str {
        &self.region
    }

    pub fn account(&self) -> &str {
        &self.account
    }

    /// Everything after the fifth `:` (`role/path/name`, `root`, `workspace/wrkspc_…`).
    pub fn resource(&self) -> &str {
        &self.resource
    }

    /// The resource type: the resource up to its first `/` or `:` (`role`, `workspace`), or the
    /// whole resource when it has neither (`root`).
    pub fn resource_type(&self) -> &str {
        match self.resource.find(['/', ':']) {
            Some(i) => &self.resource[..i],
            None => &self.resource,
        }
    }

    /// The resource after its type and separator (`path/name`, `wrkspc_…`); `None` when the
    /// resource has no separator.
    pub fn resource_id(&self) -> Option<&str> {
        self.resource
            .find(['/', ':'])
            .map(|i| &self.resource[i + 1..])
    }

    /// The last `/`-separated segment of the resource ID: the name of a user or role with a
    /// path (`user/path/to/dev` → `dev`).
    pub fn resource_name(&self) -> Option<&str> {
        self.resource_id().and_then(|id| id.rsplit('/').next())
    }

    /// For an STS assumed-role session (`arn:aws:sts::123:assumed-role/Role/session`): the role's
    /// name.
    pub fn session_role_name(&self) -> Option<&str> {
        if self.service != "sts" {
            return None;
        }
        let rest = self.resource.strip_prefix("assumed-role/")?;
        rest.split('/').next().filter(|r| !r.is_empty())
    }

    /// For an assumed-role session: the role's IAM ARN (`arn:aws:iam::123:role/Role`).
    pub fn session_role_arn(&self) -> Option<Arn> {
        let role = self.session_role_name()?;
        Some(Arn::iam_role(&self.partition, &self.account, role))
    }
}

impl fmt::Display for Arn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "arn:{}:{}:{}:{}:{}",
            self.partition, self.service, self.region, self.account, self.resource
        )
    }
}

impl FromStr for Arn {
    type Err = ArnError;

    fn from_str(s: &str) -> Result<Arn, ArnError> {
        Arn::parse(s)
    }
}

impl serde::Serialize for Arn {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_part() {
        let a = Arn::parse(
            "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/wrkspc_01A",
        )
        .unwrap();
        assert_eq!(a.partition(), "aws");
        assert_eq!(a.service(), "aws-external-anthropic");
        assert_eq!(a.region(), "us-west-2");
        assert_eq!(a.account(), "123456789012");
        assert_eq!(a.resource(), "workspace/wrkspc_01A");
        assert_eq!(a.resource_type(), "workspace");
        assert_eq!(a.resource_id(), Some("wrkspc_01A"));
        assert_eq!(
            a.to_string(),
            "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/wrkspc_01A"
        );
    }

    #[test]
    fn iam_shapes() {
        let u = Arn::parse("arn:aws:iam::123456789012:user/path/to/dev").unwrap();
        assert_eq!(u.region(), "");
        assert_eq!(u.resource_type(), "user");
        assert_eq!(u.resource_id(), Some("path/to/dev"));
        assert_eq!(u.resource_name(), Some("dev"));
        let root = Arn::parse("arn:aws:iam::123456789012:root").unwrap();
        assert_eq!(root.resource_type(), "root");
        assert_eq!(root.resource_id(), None);
        assert_eq!(root.resource_name(), None);
        let managed = Arn::parse("arn:aws:iam::aws:policy/AnthropicFullAccess").unwrap();
        assert_eq!(managed.account(), "aws");
        assert_eq!(managed.resource_name(), Some("AnthropicFullAccess"));
        // The resource keeps its own colons.
        let odd = Arn::parse("arn:aws-cn:logs:cn-north-1:1:log-group:a:b").unwrap();
        assert_eq!(odd.partition(), "aws-cn");
        assert_eq!(odd.resource(), "log-group:a:b");
        assert_eq!(odd.resource_type(), "log-group");
        assert_eq!(odd.resource_id(), Some("a:b"));
        assert_eq!(
            odd.to_string(),
            "arn:aws-cn:logs:cn-north-1:1:log-group:a:b"
        );
    }

    #[test]
    fn sessions_name_their_role() {
        let s = Arn::parse("arn:aws:sts::123456789012:assumed-role/cp-role/sess").unwrap();
        assert_eq!(s.session_role_name(), Some("cp-role"));
        assert_eq!(
            s.session_role_arn().map(|a| a.to_string()).as_deref(),
            Some("arn:aws:iam::123456789012:role/cp-role")
        );
        let u = Arn::parse("arn:aws:iam::123456789012:user/dev").unwrap();
        assert_eq!(u.session_role_arn(), None);
        let empty = Arn::parse("arn:aws:sts::1:assumed-role/").unwrap();
        assert_eq!(empty.session_role_name(), None);
    }

    #[test]
    fn malformed_input_is_an_error_never_a_panic() {
        for bad in [
            "",
            "arn",
            "arn:",
            "arn:aws",
            "arn:aws:iam::123",
            "ARN:aws:iam::1:root",
            "urn:aws:iam::1:root",
            "arn::iam::1:root",
            "arn:aws:::1:root",
            "123456789012",
            "*",
            "arn:aws:iam:\u{0}:1",
            "é:ü:ö",
        ] {
            assert!(Arn::parse(bad).is_err(), "{bad:?}");
            assert!(bad.parse::<Arn>().is_err(), "{bad:?}");
        }
        let e = Arn::parse("nope").unwrap_err();
        assert!(e.message.contains("\"nope\" is not an ARN"), "{e}");
        // The smallest ARN: empty region, account and resource are allowed.
        let min = Arn::parse("arn:p:s:::").unwrap();
        assert_eq!(min.resource_type(), "");
        assert_eq!(min.to_string(), "arn:p:s:::");
    }

    #[test]
    fn display_round_trips_and_serializes_as_the_string() {
        for s in [
            "arn:aws:iam::123456789012:role/a/b/c",
            "arn:aws:aws-external-anthropic:*:*:workspace/*",
            "arn:aws:sts::1:assumed-role/r/s",
        ] {
            let a = Arn::parse(s).unwrap();
            assert_eq!(a.to_string(), s);
            assert_eq!(serde_json::to_value(&a).unwrap(), serde_json::json!(s));
        }
    }
}
