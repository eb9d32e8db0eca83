//! `batches wait` (and `results --wait`): poll the batch with backoff until it has ended, a
//! progress bar of its request counts on a terminal, quiet in pipes; bounded by `--timeout`.

use std::time::Duration;

use super::*;

/// The first poll comes right away; then 1 s, doubling, at most every 60 s.
const FIRST_WAIT: Duration = Duration::from_secs(1);
const MAX_WAIT: Duration = Duration::from_secs(60);

pub(super) fn bytes_bar(printer: &Printer, len: u64, msg: String) -> indicatif::ProgressBar {
    if printer.json || printer.quiet || !printer.stderr_is_tty() {
        return indicatif::ProgressBar::hidden();
    }
    let pb = if len == 0 {
        indicatif::ProgressBar::new_spinner()
    } else {
        indicatif::ProgressBar::new(len)
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{msg:30!} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {eta}",
    ) && len > 0
    {
        pb.set_style(style.progress_chars("=> "));
    }
    pb.set_message(msg);
    pb
}

fn requests_bar(printer: &Printer, id: &str) -> indicatif::ProgressBar {
    if printer.json || printer.quiet || !printer.stderr_is_tty() {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new(0);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} {msg} {elapsed}")
    {
        pb.set_style(style.progress_chars("=> "));
    }
    pb.set_prefix(id.to_string());
    pb
}

/// The next wait: double, at most [`MAX_WAIT`], never past the deadline.
pub(super) fn next_wait(prev: Duration, left: Option<Duration>) -> Duration {
    let w = (prev * 2).min(MAX_WAIT);
    match left {
        Some(l) => w.min(l),
        None => w,
    }
}

/// Poll until `processing_status` is `ended`; returns the ended batch. `timeout` (seconds, the
/// global --timeout flag) bounds the whole wait: exit 1 `batches.wait_timeout` when it passes.
pub(super) async fn until_ended(
    ctx: &Ctx,
    id: &str,
    timeout: Option<u64>,
    printer: &Printer,
) -> Result<Value, CliError> {
    let start = tokio::time::Instant::now();
    let deadline = timeout.map(|t| start + Duration::from_secs(t));
    let pb = requests_bar(printer, id);
    let mut wait = FIRST_WAIT / 2;
    loop {
        let (b, _) = get_batch(ctx, id).await?;
        let [p, s, e, c, x] = counts(&b);
        let total = p + s + e + c + x;
        pb.set_length(total);
        pb.set_position(total - p);
        pb.set_message(format!(
            "{}: {s} succeeded, {e} errored, {c} canceled, {x} expired",
            one_line(b["processing_status"].as_str().unwrap_or("?"))
        ));
        if b["processing_status"] == "ended" {
            pb.finish_and_clear();
            return Ok(b);
        }
        let now = tokio::time::Instant::now();
        let left = deadline.map(|d| d.saturating_duration_since(now));
        if left.is_some_and(|l| l.is_zero()) {
            pb.finish_and_clear();
            return Err(CliError::new(
                exit::FAILURE,
                "batches.wait_timeout",
                format!(
                    "batch {id} has not ended after {}s (--timeout)",
                    timeout.unwrap_or(0)
                ),
            )
            .with_cause(summary(&b))
            .with_fix(format!(
                "wait longer: `cpaws batches wait {id}` (without --timeout it waits until the batch ends; batches end within 24 hours)"
            )));
        }
        wait = next_wait(wait, left);
        tracing::debug!("batch {id} not ended; polling again in {:?}", wait);
        tokio::time::sleep(wait).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_to_a_cap_and_stops_at_the_deadline() {
        let mut w = FIRST_WAIT / 2;
        let mut seen = Vec::new();
        for _ in 0..10 {
            w = next_wait(w, None);
            seen.push(w.as_secs());
        }
        assert_eq!(seen, vec![1, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
        assert_eq!(
            next_wait(Duration::from_secs(8), Some(Duration::from_secs(3))),
            Duration::from_secs(3)
        );
    }
}
