//! A bare 403 that names nothing: every documented suspect, each with its check and fix.

use super::*;

/// A 403 that names no action and no cause. The documented suspects (platform.md §5.2: "a 403
/// means the request reached the server: check for a wrong workspace_id or a principal missing the
/// IAM action"; federation off; a stale key), each named with what cpaws knows.
pub(super) fn forbidden_suspects(e: &ApiError, cx: &DiagContext) -> Diagnosis {
    let region = cx.region.as_deref().unwrap_or("<region>");
    let ws = cx.workspace_id.as_deref().unwrap_or("<workspace-id>");
    // "gateway POST /v1/messages" → CreateInference
    let route = e.call.strip_prefix("gateway ").unwrap_or("");
    let action = route
        .split_once(' ')
        .and_then(|(m, p)| crate::iam_policy::action_for_route(m, p));
    let mut suspects = vec![format!(
        "the workspace ID {ws} is wrong, or the workspace lives in another region than {region} (a workspace is reachable only through its own region's endpoint)"
    )];
    if let Some(a) = action {
        let on = if crate::iam_policy::is_account_scoped(a) {
            "\"*\"".to_string()
        } else {
            format!("arn:aws:aws-external-anthropic:{region}:<account>:workspace/{ws}")
        };
        suspects.push(format!(
            "the principal lacks aws-external-anthropic:{a} on {on}"
        ));
    } else {
        suspects.push("the principal lacks the route's aws-external-anthropic action".into());
    }
    suspects.push("outbound web identity federation is disabled for the account".into());
    let api_key = cx.auth_mode == Some(AuthMode::ApiKey);
    if api_key {
        suspects.push(
            "the API key is stale or revoked, or its principal lacks aws-external-anthropic:CallWithBearerToken"
                .into(),
        );
    }
    let list = suspects
        .iter()
        .enumerate()
        .map(|(i, s)| format!("({}) {s}", i + 1))
        .collect::<Vec<_>>()
        .join("; ");
    let grant = action
        .and_then(intent_for)
        .map(|intent| {
            format!(
                "; if the workspace is right, grant the action: `cpaws policy gen --intent {intent} --user NAME` (or `--role NAME`)"
            )
        })
        .unwrap_or_default();
    rule(
        if api_key {
            Code::ApiKeyForbidden
        } else {
            Code::Forbidden
        },
        exit::REJECTED,
        format!("access was denied without naming a cause. The documented suspects: {list}"),
        format!(
            "run `cpaws doctor`: it lists the account's workspaces, finds the region yours lives in, and checks federation and each IAM action{grant}{}",
            if api_key {
                "; a stale key gives this same error: check it with `cpaws keys inspect`, or unset ANTHROPIC_AWS_API_KEY to use SigV4"
            } else {
                ""
            }
        ),
    )
}
