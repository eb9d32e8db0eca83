//! `cpaws workspaces` and the shared `cpaws::workspaces` functions against the emulator, with
//! workspaces in several regions (each reachable only through its own region's endpoint).

use crate::common;

use std::sync::Arc;

use common::*;
use cpaws::aws::CredentialCache;
use cpaws::config::{Source, Sourced};
use cpaws_emulator::state::{Fault, Workspace};
use serde_json::{Value, json};

const EU: &str = "wrkspc_01EUROPE";
const ARCHIVED: &str = "wrkspc_01ARCHIVED";
const DEFAULT: &str = "wrkspc_01TESTWORKSPACE";

/// The default state plus a workspace in eu-west-1 and an archived one in us-west-2; the base URL
/// has `{region}`, so every region has its own endpoint.
fn sandbox() -> Sandbox {
    let mut st = State::default_state();
    st.accounts[0].workspaces.push(Workspace {
        id: EU.into(),
        name: "europe".into(),
        region: "eu-west-1".into(),
        ..Workspace::default()
    });
    st.accounts[0].workspaces.push(Workspace {
        id: ARCHIVED.into(),
        name: "old".into(),
        archived: true,
        archived_at: Some("2026-06-01T00:00:00Z".into()),
        ..Workspace::default()
    });
    let mut s = Sandbox::with_state(st);
    let url = format!("{}/region/{{region}}", s.emu().url());
    s.set("ANTHROPIC_AWS_BASE_URL", &url);
    s
}

fn ids(v: &Value) -> Vec<String> {
    v["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn list_shows_the_region_in_use_and_marks_the_configured_workspace() {
    let s = sandbox();
    let (code, v) = run_json(s.cmd().args(["workspaces", "list", "--json"]));
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(ids(&v), vec![DEFAULT.to_string()], "{v:#}");
    assert_eq!(v["data"][0]["region"], "us-west-2");
    assert_eq!(v["data"][0]["type"], "workspace");
    assert_eq!(v["configured"]["id"], DEFAULT);
    assert_eq!(v["configured"]["listed"], true);
    let (_, v) = run_json(
        s.cmd()
            .args(["workspaces", "list", "--include-archived", "--json"]),
    );
    assert!(ids(&v).contains(&ARCHIVED.to_string()), "{v:#}");

    let out = s.cmd().args(["workspaces", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let line = text.lines().find(|l| l.contains(DEFAULT)).unwrap();
    assert!(line.contains("configured"), "{text}");
    assert!(!text.contains(EU), "{text}");
    assert!(
        stderr(&out).contains("is in us-west-2, the region in use"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn list_all_regions_shows_where_each_workspace_lives() {
    let s = sandbox();
    let (code, v) = run_json(
        s.cmd()
            .args(["workspaces", "list", "--all-regions", "--json"]),
    );
    assert_eq!(code, 0, "{v:#}");
    let found: Vec<(String, String)> = v["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                w["region"].as_str().unwrap().to_string(),
                w["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        found.contains(&("us-west-2".into(), DEFAULT.into())),
        "{v:#}"
    );
    assert!(found.contains(&("eu-west-1".into(), EU.into())), "{v:#}");
    assert_eq!(found.len(), 2, "{v:#}");
    assert_eq!(v["errors"], json!([]));
    assert_eq!(v["configured"]["found_in"], json!(["us-west-2"]));
    // Every region was asked, each through its own endpoint.
    let asked: std::collections::BTreeSet<String> = s
        .emu()
        .requests()
        .iter()
        .filter(|r| r.action.as_deref() == Some("ListWorkspaces"))
        .filter_map(|r| r.path.split('/').nth(2).map(str::to_string))
        .collect();
    assert_eq!(asked.len(), cpaws::workspaces::REGIONS.len(), "{asked:?}");
}

#[test]
fn a_workspace_configured_for_another_region_is_found_and_named() {
    let mut s = sandbox();
    s.set("ANTHROPIC_AWS_WORKSPACE_ID", EU);
    let out = s
        .cmd()
        .args(["workspaces", "list", "--all-regions"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("lives in eu-west-1, but the region in use is us-west-2"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("AWS_REGION=eu-west-1"),
        "{}",
        stderr(&out)
    );
    // One region: the configured workspace is unknown there, the list still comes (asked again
    // without the header), with a warning that names the way to find it.
    let out = s.cmd().args(["workspaces", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains(DEFAULT));
    assert!(
        stderr(&out).contains("`cpaws workspaces list --all-regions`"),
        "{}",
        stderr(&out)
    );
    // get: not found in the region in use, and the fix says how to find it.
    let (code, v) = run_json(s.cmd().args(["workspaces", "get", "--json"]));
    assert_eq!(code, 4, "{v:#}");
    assert_eq!(v["error"]["code"], "workspace_not_found");
    assert!(
        v["error"]["fix"]
            .as_str()
            .unwrap()
            .contains("`cpaws workspaces list --all-regions`"),
        "{v:#}"
    );
    // With its region, it is there and is the configured one.
    let (code, v) =
        run_json(
            s.cmd()
                .args(["--region", "eu-west-1", "workspaces", "get", "--json"]),
        );
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["workspace"]["id"], EU);
    assert_eq!(v["configured"], true);
}

#[test]
fn a_region_that_fails_is_reported_and_the_others_are_listed() {
    let s = sandbox();
    s.emu().update_state(|st| {
        st.faults.push(
            serde_json::from_value::<Fault>(json!({
                "match": {"path_prefix": "/region/eu-west-1/"}, "status": 500,
            }))
            .unwrap(),
        )
    });
    let (code, v) = run_json(
        s.cmd()
            .args(["workspaces", "list", "--all-regions", "--json"]),
    );
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(ids(&v), vec![DEFAULT.to_string()]);
    assert_eq!(v["errors"][0]["region"], "eu-west-1", "{v:#}");
    assert_eq!(v["errors"][0]["code"], "server_error", "{v:#}");
    let out = s
        .cmd()
        .args(["workspaces", "list", "--all-regions"])
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("1 of 32 regions could not be asked")
            && stderr(&out).contains("eu-west-1 (server_error)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn get_defaults_to_the_configured_workspace_and_needs_one() {
    let mut s = sandbox();
    let (code, v) = run_json(s.cmd().args(["workspaces", "get", "--json"]));
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["workspace"]["id"], DEFAULT);
    assert_eq!(v["configured"], true);
    let out = s.cmd().args(["workspaces", "get"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.contains("configured    yes"), "{text}");
    assert!(text.contains("us-west-2 (the region in use)"), "{text}");
    s.unset("ANTHROPIC_AWS_WORKSPACE_ID");
    let (code, v) = run_json(s.cmd().args(["workspaces", "get", "--json"]));
    assert_eq!(code, 2, "{v:#}");
    // Listing needs no configured workspace: it is how one finds the ID.
    let (code, v) = run_json(s.cmd().args(["workspaces", "list", "--json"]));
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(ids(&v), vec![DEFAULT.to_string()]);
    assert!(v["configured"].is_null());
}

#[test]
fn list_without_list_workspaces_names_the_action_and_the_policy_fix() {
    let s = sandbox();
    s.emu().update_state(|st| {
        st.accounts[0].users[0].attached_policies =
            vec!["arn:aws:iam::aws:policy/AnthropicInferenceAccess".into()];
    });
    let (code, v) = run_json(s.cmd().args(["workspaces", "list", "--json"]));
    assert_eq!(code, 4, "{v:#}");
    assert_eq!(v["error"]["code"], "missing_action", "{v:#}");
    let text = v.to_string();
    assert!(
        text.contains("aws-external-anthropic:ListWorkspaces"),
        "{v:#}"
    );
    assert!(text.contains("--intent workspaces"), "{v:#}");
}

#[test]
fn the_shared_functions_list_every_region_for_doctor() {
    let s = sandbox();
    let mut st = emulator_settings(s.emu(), 0);
    st.base_url = Some(Sourced {
        value: format!("{}/region/{{region}}", s.emu().url()),
        source: Source::Default,
    });
    let creds = aws_credential_types::Credentials::new("AKIDEXAMPLE", SECRET, None, None, "test");
    let creds = Some(Arc::new(CredentialCache::fixed(creds)));
    let rt = tokio::runtime::Runtime::new().unwrap();
    let one = rt
        .block_on(cpaws::workspaces::list(
            &st,
            creds.clone(),
            "eu-west-1",
            false,
        ))
        .unwrap();
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].id, EU);
    let (found, failed) = rt.block_on(cpaws::workspaces::list_all_regions(
        &st,
        creds.clone(),
        &["us-west-2", "eu-west-1", "ap-south-1"],
        false,
    ));
    assert!(failed.is_empty(), "{failed:?}");
    let where_: Vec<(&str, &str)> = found
        .iter()
        .map(|(r, w)| (r.as_str(), w.id.as_str()))
        .collect();
    assert_eq!(where_, vec![("us-west-2", DEFAULT), ("eu-west-1", EU)]);
    let w = rt
        .block_on(cpaws::workspaces::get(&st, creds, "eu-west-1", EU))
        .unwrap();
    assert_eq!(w.name.as_deref(), Some("europe"));
}

#[test]
fn all_regions_needs_a_regional_base_url() {
    // The sandbox's emulator URL has no {region}: every region would go to the same place.
    let s = Sandbox::with_emulator();
    let (code, v) = run_json(
        s.cmd()
            .args(["workspaces", "list", "--all-regions", "--json"]),
    );
    assert_eq!(code, 2, "{v:#}");
    assert_eq!(v["error"]["code"], "workspaces.fixed_base_url");
    assert!(s.emu().requests().is_empty(), "nothing is sent");
}
