//! Fault injection: rules in `state.faults` matched by method / path prefix / action.

use crate::server::{App, lock};
use crate::state::{Fault, FaultKind};
use std::time::Duration;

fn matches(f: &Fault, method: &str, path: &str, action: Option<&str>) -> bool {
    let m = &f.matcher;
    m.method
        .as_deref()
        .is_none_or(|x| x.eq_ignore_ascii_case(method))
        && m.path_prefix.as_deref().is_none_or(|p| {
            // Match the path as sent, and also without a `/region/{r}` pin.
            path.starts_with(p) || strip_region(path).is_some_and(|(_, rest)| rest.starts_with(p))
        })
        && m.action
            .as_deref()
            .is_none_or(|a| action.is_some_and(|x| x.eq_ignore_ascii_case(a)))
}

/// `/region/{r}/rest` → (r, `/rest`).
pub fn strip_region(path: &str) -> Option<(&str, &str)> {
    let rest = path.strip_prefix("/region/")?;
    let (region, tail) = rest.split_once('/')?;
    if region.is_empty() {
        return None;
    }
    Some((region, &path[path.len() - tail.len() - 1..]))
}

/// Every rule matching this request fires once: its `times` is decremented and it is removed
/// when it reaches 0 (`times: null` = forever). Returns the fired rules in order.
pub fn take(app: &App, method: &str, path: &str, action: Option<&str>) -> Vec<Fault> {
    let mut st = lock(&app.state);
    let mut fired = Vec::new();
    st.faults.retain_mut(|f| {
        if !matches(f, method, path, action) {
            return true;
        }
        if f.times == Some(0) {
            return false;
        }
        fired.push(f.clone());
        match f.times.as_mut() {
            Some(n) => {
                *n -= 1;
                *n > 0
            }
            None => true,
        }
    });
    fired
}

pub async fn apply_latency(fired: &[Fault]) {
    let total: u64 = fired
        .iter()
        .filter(|f| f.kind == FaultKind::Latency)
        .map(|f| f.latency_ms.unwrap_or(0))
        .sum();
    if total > 0 {
        tokio::time::sleep(Duration::from_millis(total)).await;
    }
}

pub fn status_fault(fired: &[Fault]) -> Option<&Fault> {
    fired.iter().find(|f| f.kind == FaultKind::Status)
}

pub fn malformed_fault(fired: &[Fault]) -> Option<&Fault> {
    fired.iter().find(|f| f.kind == FaultKind::MalformedBody)
}

/// Stream shaping for the served response: (drop after N events, delay between events).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StreamShape {
    pub drop_after: Option<u64>,
    pub event_delay: Option<Duration>,
}

pub fn stream_shape(fired: &[Fault]) -> StreamShape {
    let mut s = StreamShape::default();
    for f in fired {
        match f.kind {
            FaultKind::DropStream => s.drop_after = Some(f.after_events.unwrap_or(0)),
            FaultKind::SlowStream => {
                s.event_delay = Some(Duration::from_millis(f.event_delay_ms.unwrap_or(50)))
            }
            _ => {}
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{FaultMatch, State};

    #[test]
    fn times_are_counted_and_rules_removed() {
        let mut s = State::default_state();
        s.faults.push(Fault {
            matcher: FaultMatch {
                path_prefix: Some("/v1/messages".into()),
                ..FaultMatch::default()
            },
            times: Some(2),
            kind: FaultKind::Status,
            status: Some(529),
            ..Fault::default()
        });
        let app = App::new(s).unwrap();
        assert!(take(&app, "GET", "/v1/models", None).is_empty());
        assert_eq!(
            take(&app, "POST", "/region/us-east-1/v1/messages", None).len(),
            1
        );
        assert_eq!(take(&app, "POST", "/v1/messages", None).len(), 1);
        assert!(take(&app, "POST", "/v1/messages", None).is_empty());
        assert!(lock(&app.state).faults.is_empty());
    }

    #[test]
    fn region_prefix_is_stripped() {
        assert_eq!(
            strip_region("/region/eu-west-1/v1/models"),
            Some(("eu-west-1", "/v1/models"))
        );
        assert_eq!(strip_region("/v1/models"), None);
    }
}
