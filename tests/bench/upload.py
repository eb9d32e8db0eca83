#!/usr/bin/env python3
"""Upload benchmark: throughput of `cpaws files upload` for a 500 MB file against the emulator
(release builds), next to `curl -F file=@…` uploading the same file, and cpaws's peak memory.

cpaws is measured twice: with SigV4 (its default; it reads the file twice: once to hash the
multipart body for the signature, once to send it) and with an API key (one read, like curl).
curl authenticates with a short-term API key minted by `cpaws keys create` (x-api-key), since
curl's --aws-sigv4 does not hash a streamed multipart body.

Usage: python3 tests/bench/upload.py [--cpaws target/release/cpaws]
       [--emulator target/release/cpaws-emulator] [--size-mb 500] [--runs 3] [--write docs/benchmarks.md]

Build first: cargo build --release -p cpaws -p cpaws-emulator
Figures are printed and, with --write, recorded in the "Upload" section of docs/benchmarks.md.
"""
import argparse, datetime, json, os, platform, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402


def timed(argv, env):
    """Run; return (seconds, peak RSS MiB, stdout)."""
    # Peak RSS from GNU time (benchlib.py): wait4's figure would be this Python process's.
    wrapped, report = benchlib.wrap(argv)
    t0 = time.perf_counter()
    p = subprocess.Popen(wrapped, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate()
    dt = time.perf_counter() - t0
    peak = benchlib.read(report)
    if p.returncode != 0:
        sys.exit(f"command failed: {argv}\n{err.decode(errors='replace')}")
    return dt, peak if peak is not None else 0.0, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cpaws", default="target/release/cpaws")
    ap.add_argument("--emulator", default="target/release/cpaws-emulator")
    ap.add_argument("--size-mb", type=int, default=500)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--write")
    a = ap.parse_args()

    emu, _, emu_env = benchlib.start_emulator(a.emulator)
    tmp = tempfile.mkdtemp(prefix="cpaws-bench-")
    try:
        env = benchlib.client_env(tmp, emu_env)
        size = a.size_mb * 1000 * 1000
        path = os.path.join(tmp, "upload.bin")
        with open(path, "wb") as f:  # streamed, 1 MiB at a time
            chunk = os.urandom(1 << 20)
            left = size
            while left:
                n = min(left, len(chunk))
                f.write(chunk[:n])
                left -= n
        key = benchlib.short_term_key(a.cpaws, env)
        key_env = dict(env, ANTHROPIC_AWS_API_KEY=key)
        url = env["ANTHROPIC_AWS_BASE_URL"].rstrip("/") + "/v1/files"
        curl = ["curl", "-sS", "--fail-with-body", "-X", "POST", url] + benchlib.curl_headers(key, env) + [
                "-F", f"file=@{path}"]
        rows = [
            ("curl -F (API key)", curl, env),
            ("cpaws files upload (SigV4)", [a.cpaws, "files", "upload", "--json", path], env),
            ("cpaws files upload (API key)", [a.cpaws, "files", "upload", "--json", path], key_env),
        ]
        # Warm the page cache once.
        subprocess.run(["cat", path], stdout=subprocess.DEVNULL, check=True)
        results = []
        for name, argv, e in rows:
            times, rss = [], []
            for _ in range(a.runs):
                dt, peak, out = timed(argv, e)
                doc = json.loads(out)
                fid = doc["files"][0]["id"] if "files" in doc else doc["id"]
                size_seen = doc["files"][0]["size_bytes"] if "files" in doc else doc["size_bytes"]
                if size_seen != size:
                    sys.exit(f"{name}: the emulator stored {size_seen} bytes, not {size}")
                subprocess.run([a.cpaws, "--yes", "files", "delete", fid], env=env, check=True,
                               stdout=subprocess.DEVNULL)
                times.append(dt)
                rss.append(peak)
            med = statistics.median(times)
            results.append((name, med, size / med / 1e6, max(rss)))
            print(f"{name:32} median {med:6.2f} s  {size / med / 1e6:7.1f} MB/s  peak RSS {max(rss):6.1f} MiB")
        curl_tp = results[0][2]
        sig, key_row = results[1], results[2]
        print(f"cpaws/curl throughput: SigV4 {sig[2] / curl_tp:.0%}, API key {key_row[2] / curl_tp:.0%}")
        if a.write:
            table = ["| upload | median time | throughput | peak RSS |", "|---|---|---|---|"]
            table += [f"| {n} | {m:.2f} s | {tp:.0f} MB/s | {p:.1f} MiB |" for n, m, tp, p in results]
            body = (
                f"Measured {datetime.date.today()} on {platform.machine()}, {os.cpu_count()} cores: a "
                f"{a.size_mb} MB file uploaded to the emulator (release builds, loopback, page cache warm), "
                f"{a.runs} runs each (median), by `tests/bench/upload.py`.\n\n"
                + "\n".join(table)
                + f"\n\ncpaws reaches {sig[2] / curl_tp:.0%} of curl's throughput with SigV4 (the file is read "
                f"twice: once to hash the body for the signature, once to send it) and {key_row[2] / curl_tp:.0%} "
                f"with an API key (one read, like curl); peak memory {max(sig[3], key_row[3]):.1f} MiB. "
                "Goal: at least 80% of curl's throughput with under 64 MB peak memory. Both clients are "
                "limited by the emulator, which spools each upload to disk and then parses it into a second "
                "file, so the ratio varies between runs on a busy machine; compare runs of the same script.\n"
            )
            benchlib.write_section(a.write, "Upload", body)
    finally:
        benchlib.stop(emu, tmp)


if __name__ == "__main__":
    main()
