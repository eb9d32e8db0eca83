//! The doctor's checks as a graph: each [`CheckId`] names its id, what it checks, the checks it
//! waits for and whether it needs the network; [`run_graph`] runs them, each as soon as its
//! dependencies have finished, with the same timeout for every check.
//!
//! A new check is one file in `checks/` (a method on [`Doctor`]) and one variant here.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use futures_util::future::LocalBoxFuture;
use futures_util::stream::FuturesUnordered;

use super::{CheckResult, CredentialsOutcome, Doctor, IdentityOutcome};

/// Every check, in the order the report lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CheckId {
    Config,
    Credentials,
    Identity,
    Clock,
    Federation,
    Workspace,
    Permissions,
    Trust,
    ApiKey,
    Probe,
    Proxy,
}

impl CheckId {
    pub const ALL: [CheckId; 11] = [
        CheckId::Config,
        CheckId::Credentials,
        CheckId::Identity,
        CheckId::Clock,
        CheckId::Federation,
        CheckId::Workspace,
        CheckId::Permissions,
        CheckId::Trust,
        CheckId::ApiKey,
        CheckId::Probe,
        CheckId::Proxy,
    ];

    /// The id users type (`--check`, `--skip`) and read (reports, `--json`).
    pub fn id(self) -> &'static str {
        match self {
            CheckId::Config => "config",
            CheckId::Credentials => "credentials",
            CheckId::Identity => "identity",
            CheckId::Clock => "clock",
            CheckId::Federation => "federation",
            CheckId::Workspace => "workspace",
            CheckId::Permissions => "permissions",
            CheckId::Trust => "trust",
            CheckId::ApiKey => "api-key",
            CheckId::Probe => "probe",
            CheckId::Proxy => "proxy",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            CheckId::Config => "region, workspace ID, base URL, auth mode; conflicting environment",
            CheckId::Credentials => {
                "which provider of the AWS chain supplied credentials, and their expiry"
            }
            CheckId::Identity => "STS GetCallerIdentity: the account and principal",
            CheckId::Clock => {
                "local clock against the service's Date header (SigV4 allows 5 minutes)"
            }
            CheckId::Federation => "outbound web identity federation enabled for the account",
            CheckId::Workspace => "the workspace exists in the configured region (GetWorkspace)",
            CheckId::Permissions => "IAM allows exactly the actions the intended use needs (--for)",
            CheckId::Trust => "a role's trust policy lets the intended principal assume it",
            CheckId::ApiKey => "the API key's kind, region and expiry",
            CheckId::Probe => "requests that cost nothing prove each intended use (--for)",
            CheckId::Proxy => {
                "a cpaws proxy at ANTHROPIC_BASE_URL (loopback): reachable, token accepted, service reached"
            }
        }
    }

    /// The checks whose outputs this one needs.
    pub fn depends_on(self) -> &'static [CheckId] {
        match self {
            CheckId::Identity | CheckId::Federation | CheckId::Workspace | CheckId::Probe => {
                &[CheckId::Credentials]
            }
            CheckId::Permissions | CheckId::Trust => &[CheckId::Identity],
            CheckId::Config
            | CheckId::Credentials
            | CheckId::Clock
            | CheckId::ApiKey
            | CheckId::Proxy => &[],
        }
    }

    /// Needs the network (skipped by `--offline`).
    pub fn network(self) -> bool {
        !matches!(self, CheckId::Config | CheckId::ApiKey)
    }

    /// A check named by a user: case and `_`/`-` do not matter.
    pub fn parse(name: &str) -> Option<CheckId> {
        let name = name.trim().to_ascii_lowercase().replace('_', "-");
        CheckId::ALL.into_iter().find(|c| c.id() == name)
    }
}

/// What a finished check hands to the checks that wait for it.
#[derive(Clone)]
pub(super) enum Outcome {
    Plain(CheckResult),
    Credentials(CredentialsOutcome),
    Identity(IdentityOutcome),
}

impl Outcome {
    fn result_mut(&mut self) -> &mut CheckResult {
        match self {
            Outcome::Plain(r) => r,
            Outcome::Credentials(c) => &mut c.result,
            Outcome::Identity(i) => &mut i.result,
        }
    }

    fn into_result(self) -> CheckResult {
        match self {
            Outcome::Plain(r) => r,
            Outcome::Credentials(c) => c.result,
            Outcome::Identity(i) => i.result,
        }
    }

    /// The outcome of a check that did not finish in time: a failure that hands nothing on.
    fn timed_out(check: CheckId, limit: Duration) -> Outcome {
        let result = CheckResult::fail(check.id(), format!("timed out after {}s", limit.as_secs()))
            .fix("check the network and proxies; raise --check-timeout")
            .code("timeout");
        match check {
            CheckId::Credentials => Outcome::Credentials(CredentialsOutcome { result, ok: false }),
            CheckId::Identity => Outcome::Identity(IdentityOutcome {
                result,
                identity: None,
            }),
            _ => Outcome::Plain(result),
        }
    }
}

/// The finished checks, as their dependents read them.
pub(super) struct Finished<'a>(&'a BTreeMap<CheckId, Outcome>);

impl Finished<'_> {
    /// The `credentials` outcome (not run: no credentials).
    pub(super) fn credentials(&self) -> CredentialsOutcome {
        match self.0.get(&CheckId::Credentials) {
            Some(Outcome::Credentials(c)) => c.clone(),
            _ => CredentialsOutcome {
                result: CheckResult::skip(CheckId::Credentials.id(), "not run"),
                ok: false,
            },
        }
    }

    /// The `identity` outcome (not run: no identity).
    pub(super) fn identity(&self) -> IdentityOutcome {
        match self.0.get(&CheckId::Identity) {
            Some(Outcome::Identity(i)) => i.clone(),
            _ => IdentityOutcome {
                result: CheckResult::skip(CheckId::Identity.id(), "not run"),
                identity: None,
            },
        }
    }
}

/// One check, bounded by `limit` and timed.
async fn timed(
    doctor: &Doctor<'_>,
    check: CheckId,
    inputs: Finished<'_>,
    limit: Duration,
) -> Outcome {
    let start = Instant::now();
    let mut out = match tokio::time::timeout(limit, doctor.run_check(check, inputs)).await {
        Ok(o) => o,
        Err(_) => Outcome::timed_out(check, limit),
    };
    out.result_mut().duration_ms = start.elapsed().as_millis() as u64;
    out
}

/// Runs every check of the graph, at most `concurrency` at once (1: one after another, in the
/// order of [`CheckId::ALL`]); a check starts once its dependencies have finished. The results
/// come back in the order of [`CheckId::ALL`].
pub(super) async fn run_graph(
    doctor: &Doctor<'_>,
    limit: Duration,
    concurrency: usize,
) -> Vec<CheckResult> {
    let concurrency = concurrency.max(1);
    let mut done: BTreeMap<CheckId, Outcome> = BTreeMap::new();
    let mut waiting: Vec<CheckId> = CheckId::ALL.to_vec();
    let mut running: FuturesUnordered<LocalBoxFuture<'_, (CheckId, Outcome)>> =
        FuturesUnordered::new();
    loop {
        while running.len() < concurrency {
            let Some(pos) = waiting
                .iter()
                .position(|c| c.depends_on().iter().all(|d| done.contains_key(d)))
            else {
                break;
            };
            let check = waiting.remove(pos);
            // The dependencies' outcomes, copied: later checks finish while this one runs.
            let inputs: BTreeMap<CheckId, Outcome> = check
                .depends_on()
                .iter()
                .filter_map(|d| done.get(d).map(|o| (*d, o.clone())))
                .collect();
            running.push(Box::pin(async move {
                let out = timed(doctor, check, Finished(&inputs), limit).await;
                (check, out)
            }));
        }
        match running.next().await {
            Some((check, out)) => {
                done.insert(check, out);
            }
            None => break,
        }
    }
    done.into_values().map(Outcome::into_result).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dependencies_come_first_and_ids_parse_back() {
        for (i, c) in CheckId::ALL.iter().enumerate() {
            assert_eq!(CheckId::parse(c.id()), Some(*c));
            for d in c.depends_on() {
                let j = CheckId::ALL
                    .iter()
                    .position(|x| x == d)
                    .unwrap_or(usize::MAX);
                assert!(j < i, "{c:?} depends on {d:?}, listed after it");
            }
        }
        assert_eq!(CheckId::parse(" API_KEY "), Some(CheckId::ApiKey));
        assert_eq!(CheckId::parse("nope"), None);
    }
}
