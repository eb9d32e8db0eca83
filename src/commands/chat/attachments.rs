//! Attachments: files checked (exists, readable, size, type) and turned into content blocks
//! before anything is sent.

use super::*;

/// Read and check every attachment before anything is sent.
pub fn load_attachments(paths: &[PathBuf], file_ids: &[String]) -> Result<Vec<Value>, CliError> {
    let mut out = Vec::new();
    for p in paths {
        out.push(attachment(p)?);
    }
    for id in file_ids {
        if id.trim().is_empty() || id.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(CliError::usage(
                "chat.bad_file_id",
                format!("{id:?} is not a file ID"),
            ));
        }
        out.push(json!({"type": "document", "source": {"type": "file", "file_id": id}}));
    }
    Ok(out)
}

pub fn attachment(p: &Path) -> Result<Value, CliError> {
    let shown = output::sanitize(&p.display().to_string());
    let unreadable = |e: std::io::Error| {
        CliError::usage(
            "chat.attachment_unreadable",
            format!("cannot read the attachment {shown}"),
        )
        .with_cause(e.to_string())
    };
    let meta = std::fs::metadata(p).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(CliError::usage(
            "chat.attachment_not_file",
            format!("{shown} is not a file"),
        ));
    }
    let ext = p
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let image = match ext.as_str() {
        "png" => Some("image/png"),
        "jpg" | "jpeg" => Some("image/jpeg"),
        "gif" => Some("image/gif"),
        "webp" => Some("image/webp"),
        _ => None,
    };
    let (limit, kind) = match (image, ext.as_str()) {
        (Some(_), _) => (MAX_IMAGE_BYTES, "images"),
        (None, "pdf") => (MAX_PDF_BYTES, "PDFs"),
        _ => (MAX_TEXT_BYTES, "text files"),
    };
    if meta.len() > limit {
        return Err(CliError::usage(
            "chat.attachment_too_large",
            format!(
                "{shown} is {:.1} MiB; {kind} can be at most {} MiB",
                meta.len() as f64 / 1048576.0,
                limit >> 20
            ),
        )
        .with_fix(
            "upload it with `cpaws files upload` and pass --file-id ID, or send a smaller file",
        ));
    }
    let bytes = std::fs::read(p).map_err(unreadable)?;
    let b64 = || base64::engine::general_purpose::STANDARD.encode(&bytes);
    let title = p
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("file")
        .to_string();
    if let Some(mt) = image {
        return Ok(
            json!({"type": "image", "source": {"type": "base64", "media_type": mt, "data": b64()}}),
        );
    }
    if ext == "pdf" {
        return Ok(json!({"type": "document", "title": title,
            "source": {"type": "base64", "media_type": "application/pdf", "data": b64()}}));
    }
    let text = String::from_utf8(bytes.clone()).map_err(|_| {
        CliError::usage(
            "chat.attachment_binary",
            format!("{shown} is neither text, an image (png, jpeg, gif, webp) nor a PDF"),
        )
    })?;
    Ok(json!({"type": "document", "title": title,
        "source": {"type": "text", "media_type": "text/plain", "data": text}}))
}
