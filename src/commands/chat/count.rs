//! `cpaws chat --count-tokens`: the same inputs as a one-shot chat (prompt words, piped stdin,
//! --system, -a / --file-id, -m, --thinking) sent to `POST /v1/messages/count_tokens` (IAM
//! CountTokens) instead of to the model. Prints the input token count; `--json` the API's object.

use super::*;

/// The count_tokens request: the Messages request a one-shot chat would send, without the fields
/// count_tokens does not take (max_tokens, stream, temperature, cache markers).
pub(super) fn body(
    model: &str,
    content: Vec<Value>,
    system: Option<&str>,
    thinking: Option<u64>,
) -> Value {
    let mut body = json!({"model": model, "messages": [{"role": "user", "content": content}]});
    if let Some(s) = system {
        body["system"] = json!(s);
    }
    if let Some(b) = thinking {
        body["thinking"] = json!({"type": "enabled", "budget_tokens": b});
    }
    body
}

pub(super) async fn run(
    g: &GlobalArgs,
    a: &ChatArgs,
    printer: &Printer,
) -> anyhow::Result<ExitCode> {
    let o = &a.opts;
    let mut prompt = a.prompt.join(" ");
    if !std::io::stdin().is_terminal() {
        let piped = read_stdin_bounded()?;
        if !piped.trim().is_empty() {
            prompt = if prompt.trim().is_empty() {
                piped
            } else {
                format!("{prompt}\n\n{piped}")
            };
        }
    }
    if prompt.trim().is_empty() {
        return Err(CliError::usage("chat.no_prompt", "no prompt to count")
            .with_fix("cpaws chat --count-tokens \"your prompt\" (or pipe text into it)")
            .into());
    }
    // Everything local is checked before anything is sent.
    let mut content = load_attachments(&o.attach, &o.file_id)?;
    content.push(json!({"type": "text", "text": prompt}));
    let system = o.system.as_deref().map(read_system).transpose()?;
    let thinking = o.thinking.as_deref().map(parse_thinking).transpose()?;

    let settings = crate::config::resolve(&g.overrides()).await?;
    let diag = DiagContext::from_settings(&settings);
    let creds = crate::aws::gateway_credentials(&settings).await;
    let client = Client::new(&settings, creds)?;
    let model = resolve_model(&client, o.model.as_deref(), &diag, true).await?;
    let body = body(&model, content, system.as_deref(), thinking);
    let mut req = ApiRequest::post_json("/v1/messages/count_tokens", &body);
    if !o.file_id.is_empty() {
        req.headers
            .push(("anthropic-beta".into(), FILES_BETA.into()));
    }
    let (v, meta) = client
        .json(&req)
        .await
        .map_err(|e| diagnosis::to_cli_error("counting tokens failed", &e, &diag))?;
    let Some(n) = v["input_tokens"].as_u64() else {
        return Err(diagnosis::unexpected_response(
            "counting tokens failed",
            "POST /v1/messages/count_tokens",
            "a token count (an object with a numeric `input_tokens`)",
            &v,
            &meta,
        )
        .into());
    };
    if printer.json {
        printer.json(&v)?;
    } else {
        printer.out(&format!("{n}\n"))?;
        printer.info(&format!("input tokens for {}", output::sanitize(&model)));
    }
    Ok(ExitCode::SUCCESS)
}
