//! `cpaws env --for claude-code|sdk|gateway`: the settings another tool needs to reach the same
//! workspace, from the resolved configuration. Secrets only with --include-secrets.

use std::process::ExitCode;
use std::sync::Arc;

use serde_json::{Map, Value, json};

use crate::api::Client;
use crate::aws::{self, CredentialCache};
use crate::cli::{EnvArgs, EnvTarget, GlobalArgs, ShellKind};
use crate::config::{self, AuthMode, Settings};
use crate::envvars as ev;
use crate::local_proxy;
use crate::models;
use crate::output::{Printer, register_secret};

/// Quote a value for a shell.
pub fn quote(shell: ShellKind, v: &str) -> String {
    match shell {
        ShellKind::Bash | ShellKind::Zsh | ShellKind::Fish => {
            if !v.is_empty()
                && v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_./:@%+=,".contains(c))
            {
                v.to_string()
            } else if shell == ShellKind::Fish {
                format!("'{}'", v.replace('\\', "\\\\").replace('\'', "\\'"))
            } else {
                format!("'{}'", v.replace('\'', "'\\''"))
            }
        }
        ShellKind::Powershell => format!("'{}'", v.replace('\'', "''")),
    }
}

fn export_line(shell: ShellKind, k: &str, v: &str) -> String {
    match shell {
        ShellKind::Bash | ShellKind::Zsh => format!("export {k}={}", quote(shell, v)),
        ShellKind::Fish => format!("set -gx {k} {}", quote(shell, v)),
        ShellKind::Powershell => format!("$env:{k} = {}", quote(shell, v)),
    }
}

fn unset_line(shell: ShellKind, k: &str) -> String {
    match shell {
        ShellKind::Bash | ShellKind::Zsh => format!("unset {k}"),
        ShellKind::Fish => format!("set -e {k}"),
        ShellKind::Powershell => format!("Remove-Item Env:{k} -ErrorAction SilentlyContinue"),
    }
}

/// The unset lines, then the exports, then the notes as comments, one a line.
fn shell_lines(
    shell: ShellKind,
    unset: &[String],
    vars: &[(String, String)],
    notes: &[String],
) -> String {
    let mut out = String::new();
    for u in unset {
        out.push_str(&unset_line(shell, u));
        out.push('\n');
    }
    for (k, v) in vars {
        out.push_str(&export_line(shell, k, v));
        out.push('\n');
    }
    for n in notes {
        out.push_str(&comment(n));
        out.push('\n');
    }
    out
}

fn comment(text: &str) -> String {
    format!("# {text}")
}

/// Pinned model IDs (newest of each family), unless offline or unreachable.
async fn pinned_models(
    settings: &Settings,
    offline: bool,
) -> Result<Vec<(String, String)>, String> {
    if offline {
        return Err("offline".into());
    }
    let creds = if settings.auth_mode() == AuthMode::Sigv4 {
        let sdk = aws::load_sdk_config(settings).await;
        Some(Arc::new(CredentialCache::new(&sdk)))
    } else {
        None
    };
    let client = Client::new(settings, creds).map_err(|e| e.message)?;
    let list = models::list(&client).await.map_err(|e| e.message)?;
    Ok(models::FAMILIES
        .iter()
        .filter_map(|f| {
            models::newest_of(&list, f).map(|m| {
                (
                    format!("ANTHROPIC_DEFAULT_{}_MODEL", f.to_ascii_uppercase()),
                    m.id.clone(),
                )
            })
        })
        .collect())
}

pub async fn run(g: &GlobalArgs, a: &EnvArgs, printer: &Printer) -> anyhow::Result<ExitCode> {
    let s = config::resolve(&g.overrides()).await?;
    let shell = a.shell.unwrap_or_else(detect_shell);
    let mut vars: Vec<(String, String)> = Vec::new();
    let mut unset: Vec<String> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    let mut warnings: Vec<String> = Vec::new();
    let mut settings_json: Option<Value> = None;
    let region = s.region.as_ref().map(|r| r.value.clone());
    let ws = s.workspace_id.as_ref().map(|w| w.value.clone());
    if region.is_none() {
        warnings.push("no region is configured: set AWS_REGION (or --region) first".into());
    }
    if ws.is_none() {
        warnings.push("no workspace ID is configured: set ANTHROPIC_AWS_WORKSPACE_ID (or --workspace-id) first".into());
    }
    if let Some(url) = &a.via_proxy {
        return via_proxy(a, url, shell, ws.as_deref(), printer);
    }
    let secret_note = |name: &str| {
        format!(
            "{name} is set in your configuration but not printed; add --include-secrets to print it"
        )
    };

    if a.target == EnvTarget::Gateway {
        let (role_arn, role_note) = match &a.role_arn {
            Some(r) => (Some(r.clone()), None),
            None if !a.offline && s.auth_mode() == AuthMode::Sigv4 => {
                let sdk = aws::load_sdk_config(&s).await;
                let creds = Arc::new(CredentialCache::new(&sdk));
                match aws::get_caller_identity(&sdk, creds).await {
                    Ok(id) => (id.role_arn.clone(), id.role_arn.is_none().then(|| "the current credentials are not a role; create one for the gateway: cpaws policy trust --principal <gateway role ARN> --external-id <id>".to_string())),
                    Err(e) => (None, Some(format!("could not read the caller identity ({}); pass --role-arn", e.message))),
                }
            }
            None => (
                None,
                Some("pass --role-arn ARN (the role the gateway assumes)".into()),
            ),
        };
        let doc = json!({
            "for": "gateway",
            "fields": {
                "workspace_id": ws,
                "region": region,
                "auth_type": if s.auth_mode() == AuthMode::ApiKey { "API key" } else { "IAM role (SigV4)" },
                "role_arn": role_arn,
                "external_id": a.external_id,
                "base_url": s.base_url(),
            },
            "notes": role_note.iter().collect::<Vec<_>>(),
            "warnings": warnings,
        });
        if printer.json {
            printer.json(&doc)?;
        } else {
            let mut out = String::new();
            if let Some(fields) = doc["fields"].as_object() {
                for (k, v) in fields {
                    let val = v.as_str().map(str::to_string).unwrap_or_else(|| "-".into());
                    out.push_str(&format!("{:<14} {val}\n", k.replace('_', " ")));
                }
            }
            printer.out(&out)?;
            if let Some(n) = role_note {
                printer.info(&format!("note: {n}"));
            }
            for w in &warnings {
                printer.warn(w);
            }
        }
        return Ok(ExitCode::SUCCESS);
    }

    if a.target == EnvTarget::ClaudeCode {
        vars.push(("CLAUDE_CODE_USE_ANTHROPIC_AWS".into(), "1".into()));
        for name in ["CLAUDE_CODE_USE_BEDROCK", "CLAUDE_CODE_USE_FOUNDRY"] {
            if config::env_value(name).is_some() {
                warnings.push(format!("{name} is set and takes precedence over CLAUDE_CODE_USE_ANTHROPIC_AWS in Claude Code; it is unset below"));
                unset.push(name.into());
            }
        }
    }
    if let Some(r) = &region {
        vars.push(("AWS_REGION".into(), r.clone()));
    }
    if let Some(w) = &ws {
        vars.push(("ANTHROPIC_AWS_WORKSPACE_ID".into(), w.clone()));
    }
    if s.base_url.is_some()
        && let Some(b) = s.base_url()
    {
        vars.push(("ANTHROPIC_AWS_BASE_URL".into(), b));
    }
    match s.auth_mode() {
        AuthMode::Sigv4 => {
            if let Some(p) = &s.aws_profile {
                vars.push(("AWS_PROFILE".into(), p.value.clone()));
            }
            // Claude Code and the SDKs let an API key in the environment win over SigV4
            // (platform.md §1.4): SigV4 was chosen, so the key must go.
            if config::env_value(ev::ANTHROPIC_AWS_API_KEY).is_some() {
                warnings.push(format!(
                    "{key} is set and takes precedence over SigV4 in {tool}; SigV4 was chosen, so it is unset below",
                    key = ev::ANTHROPIC_AWS_API_KEY,
                    tool = if a.target == EnvTarget::ClaudeCode { "Claude Code" } else { "the SDKs" },
                ));
                unset.push(ev::ANTHROPIC_AWS_API_KEY.into());
            }
        }
        AuthMode::ApiKey => {
            if let Some(k) = &s.api_key {
                if a.include_secrets {
                    vars.push(("ANTHROPIC_AWS_API_KEY".into(), k.value.expose().to_string()));
                } else {
                    notes.push(secret_note("ANTHROPIC_AWS_API_KEY"));
                }
            }
        }
        AuthMode::None => {
            if a.target == EnvTarget::ClaudeCode {
                vars.push(("CLAUDE_CODE_SKIP_ANTHROPIC_AWS_AUTH".into(), "1".into()));
            } else {
                notes.push("no authentication: construct the SDK client with skip_auth=True (no environment variable exists for it)".into());
            }
        }
    }
    if a.target == EnvTarget::ClaudeCode {
        match pinned_models(&s, a.offline).await {
            Ok(pins) => vars.extend(pins),
            Err(why) => notes.push(format!(
                "model IDs not pinned ({why}); run without --offline once access works"
            )),
        }
        if let Some(cmd) = &s.auth_refresh {
            settings_json = Some(json!({"awsAuthRefresh": cmd.value}));
            notes.push("add the awsAuthRefresh setting below to ~/.claude/settings.json so Claude Code refreshes expired credentials".into());
        }
    }

    if printer.json {
        let mut env = Map::new();
        for (k, v) in &vars {
            env.insert(k.clone(), Value::String(v.clone()));
        }
        let doc = json!({
            "for": a.target.name(),
            "env": env,
            "unset": unset,
            "settings": settings_json,
            "notes": notes,
            "warnings": warnings,
        });
        if a.include_secrets {
            printer.json_with_secrets(&doc)?;
        } else {
            printer.json(&doc)?;
        }
    } else {
        let mut out = String::new();
        out.push_str(&comment(&format!(
            "cpaws env --for {} ({} syntax)",
            a.target.name(),
            shell.name()
        )));
        out.push('\n');
        out.push_str(&shell_lines(shell, &unset, &vars, &notes));
        if let Some(sj) = &settings_json {
            for l in serde_json::to_string_pretty(sj).unwrap_or_default().lines() {
                out.push_str(&comment(l));
                out.push('\n');
            }
        }
        if a.include_secrets {
            printer.out_with_secrets(&out)?;
        } else {
            printer.out(&out)?;
        }
        for w in &warnings {
            printer.warn(w);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `--via-proxy URL`: the lines a tool needs to use a running `cpaws proxy` (the same as its
/// `--print-env`, for the chosen tool). The token comes from --token-file or CPAWS_PROXY_TOKEN and
/// is printed only with --include-secrets.
fn via_proxy(
    a: &EnvArgs,
    url: &str,
    shell: ShellKind,
    ws: Option<&str>,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    if a.target == EnvTarget::Gateway {
        return Err(crate::error::CliError::usage(
            "env.via_proxy_target",
            "--via-proxy prints environment variables, for --for claude-code or --for sdk",
        )
        .into());
    }
    if !local_proxy::is_loopback_url(url) {
        printer.warn(&format!(
            "{} is not an http:// URL on this machine; a cpaws proxy listens on loopback unless started with --allow-remote",
            crate::output::one_line(url)
        ));
    }
    let token = match &a.token_file {
        Some(f) => Some(local_proxy::read_token_file(f)?),
        None => config::env_value(ev::CPAWS_PROXY_TOKEN).inspect(|t| register_secret(t)),
    };
    let mut notes = Vec::new();
    if token.is_none() {
        notes.push(format!("no token given (--token-file or {}): this works only with a proxy started with --no-token", ev::CPAWS_PROXY_TOKEN));
    }
    let all = local_proxy::env_vars(url, token.as_deref(), ws);
    let wanted: &[&str] = if a.target == EnvTarget::ClaudeCode {
        &[
            "CLAUDE_CODE_USE_ANTHROPIC_AWS",
            "CLAUDE_CODE_SKIP_ANTHROPIC_AWS_AUTH",
            "ANTHROPIC_AWS_BASE_URL",
            "ANTHROPIC_AUTH_TOKEN",
            "ANTHROPIC_AWS_WORKSPACE_ID",
        ]
    } else {
        &["ANTHROPIC_BASE_URL", "ANTHROPIC_API_KEY"]
    };
    let secret = |k: &str| k == "ANTHROPIC_AUTH_TOKEN" || k == "ANTHROPIC_API_KEY";
    let mut vars = Vec::new();
    for (k, v) in all
        .into_iter()
        .filter(|(k, _)| wanted.contains(&k.as_str()))
    {
        if secret(&k) && token.is_some() && !a.include_secrets {
            notes.push(format!(
                "{k} (the proxy's token) is not printed; add --include-secrets to print it"
            ));
        } else {
            vars.push((k, v));
        }
    }
    let mut unset = Vec::new();
    if a.target == EnvTarget::ClaudeCode {
        for name in [
            ev::CLAUDE_CODE_USE_BEDROCK,
            ev::CLAUDE_CODE_USE_FOUNDRY,
            ev::ANTHROPIC_AWS_API_KEY,
        ] {
            if config::env_value(name).is_some() {
                unset.push(name.to_string());
            }
        }
    }
    if printer.json {
        let env: Map<String, Value> = vars.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
        let doc = json!({"for": a.target.name(), "via_proxy": url, "env": env, "unset": unset, "settings": null, "notes": notes, "warnings": []});
        if a.include_secrets {
            printer.json_with_secrets(&doc)?;
        } else {
            printer.json(&doc)?;
        }
    } else {
        let mut out = comment(&format!(
            "cpaws env --for {} --via-proxy {} ({} syntax)",
            a.target.name(),
            crate::output::one_line(url),
            shell.name()
        ));
        out.push('\n');
        out.push_str(&shell_lines(shell, &unset, &vars, &notes));
        if a.include_secrets {
            printer.out_with_secrets(&out)?;
        } else {
            printer.out(&out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn detect_shell() -> ShellKind {
    let sh = std::env::var("SHELL").unwrap_or_default();
    if sh.ends_with("fish") {
        ShellKind::Fish
    } else if sh.ends_with("zsh") {
        ShellKind::Zsh
    } else if cfg!(windows) {
        ShellKind::Powershell
    } else {
        ShellKind::Bash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(quote(ShellKind::Bash, "us-west-2"), "us-west-2");
        assert_eq!(quote(ShellKind::Bash, "it's"), "'it'\\''s'");
        assert_eq!(quote(ShellKind::Fish, "it's"), "'it\\'s'");
        assert_eq!(quote(ShellKind::Powershell, "it's"), "'it''s'");
        assert_eq!(export_line(ShellKind::Fish, "A", "b"), "set -gx A b");
        assert_eq!(export_line(ShellKind::Powershell, "A", "b"), "$env:A = 'b'");
    }
}
