#!/usr/bin/env python3
"""Startup benchmark: median wall time and peak memory of `cpaws --version` and
`cpaws status --offline --json`, next to the official Python SDK doing the equivalent
(import + AnthropicAWS client construction).

Usage: python3 tests/bench/startup.py [--cpaws target/release/cpaws] [--python VENV/bin/python]
       [--runs 30] [--write docs/benchmarks.md]

Figures are printed and, with --write, recorded in the "Startup" section of docs/benchmarks.md.
Compare ratios from one run: machines are noisy.
"""
import argparse, os, statistics, subprocess, sys, tempfile, time, platform, datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402


def measure(argv, env, runs):
    """Median wall time of `runs` runs; peak RSS from 3 more runs under GNU time (benchlib.py)."""
    times, rss = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        status = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        times.append((time.perf_counter() - t0) * 1000.0)
        if status != 0:
            sys.exit(f"command failed: {argv}")
    for _ in range(3):
        wrapped, report = benchlib.wrap(argv)
        subprocess.run(wrapped, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rss.append(benchlib.read(report) or 0.0)
    return statistics.median(times), max(rss)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cpaws", default="target/release/cpaws")
    ap.add_argument("--python", default="target/interop-venvs/sdk2/bin/python")
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--write")
    a = ap.parse_args()
    home = tempfile.mkdtemp()
    env = {
        "PATH": os.environ.get("PATH", ""), "HOME": home, "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_CONFIG_FILE": os.path.join(home, "c"), "AWS_SHARED_CREDENTIALS_FILE": os.path.join(home, "k"),
        "AWS_REGION": "us-west-2", "ANTHROPIC_AWS_WORKSPACE_ID": "wrkspc_01TESTWORKSPACE",
        "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    }
    sdk = ("import anthropic; anthropic.AnthropicAWS(aws_region='us-west-2', "
           "workspace_id='wrkspc_01TESTWORKSPACE')")
    rows = [
        ("cpaws --version", [a.cpaws, "--version"]),
        ("cpaws status --offline --json", [a.cpaws, "status", "--offline", "--json"]),
        ("python: import anthropic + AnthropicAWS(...)", [a.python, "-c", sdk]),
    ]
    results = []
    for name, argv in rows:
        measure(argv, env, 2)  # warm the page cache
        med, peak = measure(argv, env, a.runs)
        results.append((name, med, peak))
        print(f"{name:48} median {med:8.2f} ms   peak RSS {peak:7.1f} MiB")
    py = results[2][1]
    ratio_v = py / results[0][1]
    ratio_s = py / results[1][1]
    print(f"python SDK / cpaws --version: {ratio_v:.1f}x; python SDK / cpaws status --offline --json: {ratio_s:.1f}x")
    if a.write:
        table = ["| command | median wall time | peak RSS |", "|---|---|---|"]
        table += [f"| `{n}` | {m:.2f} ms | {p:.1f} MiB |" for n, m, p in results]
        body = (
            f"Measured {datetime.date.today()} on {platform.machine()}, {os.cpu_count()} cores, "
            f"{a.runs} runs each (median), release build, by `tests/bench/startup.py`.\n\n"
            + "\n".join(table)
            + f"\n\nThe official SDK takes {ratio_s:.0f}x as long as `cpaws status --offline --json` "
            f"and {ratio_v:.0f}x as long as `cpaws --version`. Goal: under 15 ms and at least 20x faster.\n"
        )
        benchlib.write_section(a.write, "Startup", body)

if __name__ == "__main__":
    main()
