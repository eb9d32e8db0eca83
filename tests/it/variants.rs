//! Verdicts under every reading of the service's UNCONFIRMED behaviour (issue 12, point 8).
//!
//! The emulator encodes one guess for each thing the reference leaves open: how AWS-layer errors
//! are shaped (Anthropic JSON or AWS `{"message"}` + `x-amzn-ErrorType`), how a wrong or
//! other-region workspace is refused (404 "not found" or a bare 403), what long-term keys
//! look like (`AEAA…` or `sk-ant-…`), and where an ended batch's `results_url` points (the
//! endpoint that was called, or the first-party API host). Each scenario here runs under every combination
//! (`Variant::all()`), and asserts a verdict that holds under all of them, so that no verdict
//! cpaws gives depends on one guess.

use crate::common;

use common::*;
use cpaws_emulator::state::{Batch, ResultsUrlHost, State, Variant, WorkspaceMiss};
use serde_json::{Value, json};

fn sandbox(v: Variant, edit: impl FnOnce(&mut State)) -> Sandbox {
    let mut st = State::default_state();
    v.apply(&mut st);
    edit(&mut st);
    Sandbox::with_state(st)
}

fn status(s: &Sandbox) -> (i32, Value) {
    run_json(s.cmd().args(["status", "--json"]))
}

fn doctor(s: &Sandbox, extra: &[&str]) -> (i32, Value) {
    run_json(s.cmd().args(["doctor", "--json"]).args(extra))
}

fn check<'a>(v: &'a Value, id: &str) -> &'a Value {
    v["checks"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["id"] == id))
        .unwrap_or_else(|| panic!("no check {id} in {v:#}"))
}

fn text(v: &Value, key: &str) -> String {
    v[key].as_str().unwrap_or_default().to_string()
}

/// The one problem status reports, whichever code it has.
fn problem(v: &Value) -> &Value {
    v["problems"]
        .as_array()
        .and_then(|p| p.first())
        .unwrap_or_else(|| panic!("no problem in {v:#}"))
}

#[test]
fn a_wrong_workspace_id_is_named_under_every_variant() {
    for var in Variant::all() {
        let mut s = sandbox(var, |_| {});
        s.set("ANTHROPIC_AWS_WORKSPACE_ID", "wrkspc_01DOESNOTEXIST");
        // status: one request, so it names every suspect; the workspace is always one.
        let (code, v) = status(&s);
        assert_eq!(code, 1, "{var}: {v:#}");
        let p = problem(&v);
        let want = match var.workspace_miss {
            WorkspaceMiss::NotFound => "workspace_not_found",
            WorkspaceMiss::Forbidden => "forbidden",
        };
        assert_eq!(p["code"], want, "{var}: {p:#}");
        assert!(
            text(p, "message").contains("wrkspc_01DOESNOTEXIST"),
            "{var}: {p:#}"
        );
        assert!(text(p, "fix").contains("cpaws doctor"), "{var}: {p:#}");
        if var.workspace_miss == WorkspaceMiss::Forbidden {
            // A bare 403: the action the route needs is a suspect too.
            assert!(
                text(p, "message").contains("the principal lacks aws-external-anthropic:"),
                "{var}: {p:#}"
            );
            assert!(text(p, "message").contains("federation"), "{var}: {p:#}");
        }
        // doctor: the same verdict whatever the service's reading, found in one run.
        let (code, v) = doctor(&s, &[]);
        assert_eq!(code, 1, "{var}");
        let w = check(&v, "workspace");
        assert_eq!(w["status"], "fail", "{var}: {w:#}");
        assert_eq!(w["code"], "workspace_not_found", "{var}: {w:#}");
        assert!(
            text(w, "message").contains("wrkspc_01TESTWORKSPACE"),
            "{var}: the account's workspaces are named: {w:#}"
        );
        assert!(
            text(w, "fix").contains("ANTHROPIC_AWS_WORKSPACE_ID=wrkspc_01TESTWORKSPACE"),
            "{var}: {w:#}"
        );
        let probe = check(&v, "probe");
        assert_eq!(probe["status"], "fail", "{var}");
        assert_eq!(probe["fix"], w["fix"], "{var}: {v:#}");
    }
}

#[test]
fn a_workspace_in_another_region_is_found_under_every_variant() {
    for var in Variant::all() {
        let mut s = sandbox(var, |_| {});
        s.set("AWS_REGION", "eu-west-1");
        let (code, v) = status(&s);
        assert_eq!(code, 1, "{var}");
        let p = problem(&v);
        assert!(
            ["workspace_not_found", "forbidden"].contains(&p["code"].as_str().unwrap_or("")),
            "{var}: {p:#}"
        );
        assert!(text(p, "message").contains("eu-west-1"), "{var}: {p:#}");
        // doctor scans the regions by itself (no --scan-regions) and names the right one.
        let (code, v) = doctor(&s, &[]);
        assert_eq!(code, 1, "{var}");
        let w = check(&v, "workspace");
        assert_eq!(w["code"], "workspace_in_other_region", "{var}: {w:#}");
        assert!(
            text(w, "fix").contains("AWS_REGION=us-west-2"),
            "{var}: {w:#}"
        );
        let probe = check(&v, "probe");
        assert!(
            text(probe, "fix").contains("AWS_REGION=us-west-2"),
            "{var}: {v:#}"
        );
    }
}

#[test]
fn with_no_region_doctor_finds_the_workspace_region() {
    for var in Variant::all() {
        let mut s = sandbox(var, |_| {});
        s.unset("AWS_REGION").unset("AWS_DEFAULT_REGION");
        let (code, v) = doctor(&s, &[]);
        assert_eq!(code, 1, "{var}");
        let w = check(&v, "workspace");
        assert_eq!(w["code"], "region_missing", "{var}: {w:#}");
        assert!(
            text(w, "fix").contains("AWS_REGION=us-west-2"),
            "{var}: {w:#}"
        );
        let c = check(&v, "config");
        assert!(
            text(c, "fix").contains("AWS_REGION=us-west-2"),
            "{var}: {c:#}"
        );
    }
}

#[test]
fn federation_off_under_every_variant() {
    for var in Variant::all() {
        let s = sandbox(var, |st| st.accounts[0].federation_enabled = false);
        let (code, v) = status(&s);
        assert_eq!(code, 1, "{var}");
        assert_eq!(problem(&v)["code"], "federation_disabled", "{var}: {v:#}");
        assert!(text(problem(&v), "fix").contains("cpaws enable-federation"));
    }
}

#[test]
fn a_missing_action_is_named_under_every_variant() {
    for var in Variant::all() {
        let s = sandbox(var, |st| {
            st.accounts[0].users[0].attached_policies.clear();
            st.accounts[0].users[0].inline_policies.insert(
                "models".into(),
                json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                    "Action": "aws-external-anthropic:ListModels",
                    "Resource": "arn:aws:aws-external-anthropic:us-west-2:123456789012:workspace/*"}]}),
            );
        });
        let (code, v) = status(&s);
        assert_eq!(code, 1, "{var}");
        let p = problem(&v);
        assert_eq!(p["code"], "missing_action", "{var}: {p:#}");
        assert!(
            text(p, "message").contains("aws-external-anthropic:CreateInference"),
            "{var}: {p:#}"
        );
    }
}

#[test]
fn a_wrong_secret_is_a_signature_mismatch_under_every_variant() {
    for var in Variant::all() {
        let mut s = sandbox(var, |_| {});
        s.set(
            "AWS_SECRET_ACCESS_KEY",
            "wrongSECRETwrongSECRETwrongSECRETwrong0000",
        );
        let (code, v) = status(&s);
        assert_ne!(code, 0, "{var}");
        assert_eq!(problem(&v)["code"], "signature_mismatch", "{var}: {v:#}");
    }
}

/// A long-term key in the format the service mints works whatever it looks like (warned about at
/// most); once deactivated, the verdict is "rejected key", never "first-party key" alone.
#[test]
fn long_term_keys_in_every_format() {
    for var in Variant::all() {
        let mut s = sandbox(var, |st| {
            common::allow_long_term_keys(st);
        });
        let (code, k) =
            run_json(
                s.cmd()
                    .args(["keys", "create", "--long-term", "--user", "dev", "--json"]),
            );
        assert_eq!(code, 0, "{var}: {k:#}");
        let key = k["key"].as_str().unwrap_or_default().to_string();
        let id = k["id"].as_str().unwrap_or_default().to_string();
        s.set("ANTHROPIC_AWS_API_KEY", &key);
        let (code, v) = status(&s);
        assert_eq!(code, 0, "{var}: the key the service minted is ready: {v:#}");
        assert_eq!(v["ready"], true, "{var}");
        assert!(
            !v.to_string().contains(&key),
            "{var}: the key never appears"
        );

        s.unset("ANTHROPIC_AWS_API_KEY");
        s.cmd()
            .args(["--yes", "keys", "deactivate", &id, "--user", "dev"])
            .assert()
            .success();
        s.set("ANTHROPIC_AWS_API_KEY", &key);
        let (code, v) = status(&s);
        assert_ne!(code, 0, "{var}");
        let p = problem(&v);
        assert_eq!(p["code"], "api_key_rejected", "{var}: {p:#}");
        if key.starts_with("sk-ant-") {
            // The local hint is combined with the service's answer, not put in its place.
            assert!(text(p, "message").contains("sk-ant-"), "{var}: {p:#}");
            assert!(text(p, "message").contains("long-term"), "{var}: {p:#}");
        }
    }
}

#[test]
fn a_first_party_key_is_explained_under_every_variant() {
    for var in Variant::all() {
        let mut s = sandbox(var, |_| {});
        s.set(
            "ANTHROPIC_AWS_API_KEY",
            "sk-ant-api03-FIRSTPARTYSECRETVALUE",
        );
        let (code, v) = status(&s);
        assert_eq!(code, 1, "{var}");
        assert_eq!(problem(&v)["code"], "first_party_key", "{var}: {v:#}");
        assert!(!v.to_string().contains("FIRSTPARTYSECRETVALUE"));
    }
}

/// Batch results arrive whichever host `results_url` names: on the configured endpoint it is
/// followed; on another host (the first-party API) it is never requested (it would receive the
/// signature) and the documented route on the configured endpoint serves them, noted at -v.
#[test]
fn batch_results_arrive_wherever_results_url_points() {
    for var in Variant::all() {
        let s = sandbox(var, |st| {
            st.batches.push(Batch {
                id: "msgbatch_01VARIANTS".into(),
                workspace_id: "wrkspc_01TESTWORKSPACE".into(),
                processing_status: "ended".into(),
                created_at: "2026-01-01T00:00:00Z".into(),
                ended_at: Some("2026-01-01T00:10:00Z".into()),
                custom_ids: vec!["q1".into(), "q2".into()],
                errors: vec![None, None],
                texts: vec!["one".into(), "two".into()],
                ..Default::default()
            })
        });
        let (code, b) = run_json(
            s.cmd()
                .args(["batches", "get", "msgbatch_01VARIANTS", "--json"]),
        );
        assert_eq!(code, 0, "{var}: {b:#}");
        let url = text(&b, "results_url");
        let target = s.path("results.jsonl");
        let out = s
            .cmd()
            .args(["-v", "batches", "results", "msgbatch_01VARIANTS", "-o"])
            .arg(&target)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{var}: {url}: {err}");
        let got = std::fs::read_to_string(&target).unwrap_or_default();
        let ids: Vec<String> = got
            .lines()
            .map(|l| {
                serde_json::from_str::<Value>(l)
                    .map(|v| text(&v, "custom_id"))
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(ids, ["q1", "q2"], "{var}: {got}");
        let results: Vec<_> = s
            .emu()
            .requests()
            .into_iter()
            .filter(|r| r.path.ends_with("/results"))
            .collect();
        assert_eq!(results.len(), 1, "{var}");
        assert!(
            results[0]
                .path
                .ends_with("/v1/messages/batches/msgbatch_01VARIANTS/results"),
            "{var}: {}",
            results[0].path
        );
        match var.results_url_host {
            ResultsUrlHost::Endpoint => {
                assert!(!err.contains("not followed"), "{var}: {err}");
            }
            ResultsUrlHost::FirstParty => {
                assert!(
                    url.starts_with("https://api.anthropic.com/"),
                    "{var}: {url}"
                );
                assert!(err.contains("is not followed"), "{var}: {err}");
                assert!(err.contains("api.anthropic.com"), "{var}: {err}");
            }
        }
    }
}
