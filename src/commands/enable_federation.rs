//! `cpaws enable-federation`: read the account's outbound web identity federation flag, enable it
//! after confirmation, confirm with a second read. Safe to re-run in scripts and CI.

use std::process::ExitCode;

use serde::Serialize;

use crate::cli::{EnableFederationArgs, GlobalArgs, IacFormat};
use crate::commands::AwsCtx;
use crate::diagnosis;
use crate::error::{CliError, exit};
use crate::federation::{self, FederationState};
use crate::output::{GOOD, Printer, WARN};
use crate::prompt::confirm;

#[derive(Serialize)]
struct Outcome {
    enabled: bool,
    issuer: Option<String>,
    changed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    dry_run: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    would_call: Option<String>,
}

fn denied(action: &str, e: &crate::api::ApiError) -> CliError {
    let mut err = CliError::new(
        exit::REJECTED,
        "iam_access_denied",
        format!("not allowed to call {action}"),
    )
    .with_cause(diagnosis::summary(e))
    .with_fix(federation::denied_fix(action));
    err.details = e.request_ids();
    err
}

pub async fn run(
    g: &GlobalArgs,
    args: &EnableFederationArgs,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    if let Some(fmt) = args.format {
        let text = match fmt {
            IacFormat::Terraform => federation::terraform(),
            IacFormat::Cloudformation => federation::cloudformation(),
        };
        printer.out(&text)?;
        return Ok(ExitCode::SUCCESS);
    }
    let ctx = AwsCtx::load(g).await?;
    let iam = ctx.iam();
    let sp = printer.spinner("reading the federation state…");
    let state = federation::get_state(&iam).await;
    sp.finish_and_clear();
    let state = match state {
        Ok(s) => Some(s),
        Err(e) if federation::is_access_denied(&e) => {
            if args.status {
                return Err(denied(federation::GET_ACTION, &e).into());
            }
            printer.warn(&format!(
                "cannot read the federation state ({}); trying to enable it anyway",
                diagnosis::summary(&e)
            ));
            None
        }
        // A dry run shows the call whatever happened while reading the state.
        Err(e) if args.dry_run => {
            printer.warn(&format!(
                "cannot read the federation state ({}); showing what enabling it would call",
                diagnosis::summary(&e)
            ));
            None
        }
        Err(e) => {
            return Err(diagnosis::to_cli_error(
                "reading the federation state failed",
                &e,
                &ctx.diag(),
            )
            .into());
        }
    };

    if let Some(FederationState::Enabled { issuer }) = &state {
        let out = Outcome {
            enabled: true,
            issuer: issuer.clone(),
            changed: false,
            dry_run: args.dry_run.then_some(true),
            would_call: None,
        };
        if printer.json {
            printer.json(&out)?;
        } else {
            printer.out(&format!(
                "{GOOD}✓{GOOD:#} outbound web identity federation is already enabled{}\n",
                issuer
                    .as_deref()
                    .map(|i| format!("\n  issuer: {i}"))
                    .unwrap_or_default()
            ))?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    if args.status {
        let out = Outcome {
            enabled: false,
            issuer: None,
            changed: false,
            dry_run: None,
            would_call: None,
        };
        if printer.json {
            printer.json(&out)?;
        } else {
            printer.out(&format!(
                "{WARN}✗{WARN:#} outbound web identity federation is disabled\n  fix: cpaws enable-federation   (or: {})\n",
                federation::CLI_ENABLE
            ))?;
        }
        return Ok(ExitCode::from(exit::FAILURE));
    }
    if args.dry_run {
        let out = Outcome {
            enabled: false,
            issuer: None,
            changed: false,
            dry_run: Some(true),
            would_call: Some(federation::ENABLE_ACTION.to_string()),
        };
        if printer.json {
            printer.json(&out)?;
        } else {
            printer.out(&format!(
                "would call {} (account {})\n  equivalent: {}\n  nothing was changed (dry run)\n",
                federation::ENABLE_ACTION,
                ctx.account_hint(),
                federation::CLI_ENABLE
            ))?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    confirm(
        g.yes,
        "Enable outbound web identity federation for this AWS account?",
    )?;
    let sp = printer.spinner("enabling…");
    let enabled = federation::enable(&iam).await;
    sp.finish_and_clear();
    let (issuer, changed) = match enabled {
        Ok(x) => x,
        Err(e) if federation::is_access_denied(&e) => {
            return Err(denied(federation::ENABLE_ACTION, &e).into());
        }
        Err(e) => {
            return Err(
                diagnosis::to_cli_error("enabling federation failed", &e, &ctx.diag()).into(),
            );
        }
    };
    // Confirm with a second read (it also gives the issuer when Enable said FeatureEnabled).
    let issuer = match federation::get_state(&iam).await {
        Ok(FederationState::Enabled { issuer: i }) => i.or(issuer),
        Ok(FederationState::Disabled) => {
            return Err(CliError::new(exit::SERVICE, "federation_not_enabled", "the account still reports federation as disabled after enabling it")
                .with_fix("wait a minute and run `cpaws enable-federation --status`; if it stays disabled, retry")
                .into());
        }
        Err(_) => issuer,
    };
    let out = Outcome {
        enabled: true,
        issuer: issuer.clone(),
        changed,
        dry_run: None,
        would_call: None,
    };
    if printer.json {
        printer.json(&out)?;
    } else {
        printer.out(&format!(
            "{GOOD}✓{GOOD:#} outbound web identity federation {}{}\n",
            if changed {
                "is now enabled"
            } else {
                "was already enabled"
            },
            issuer
                .as_deref()
                .map(|i| format!("\n  issuer: {i}"))
                .unwrap_or_default()
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}
