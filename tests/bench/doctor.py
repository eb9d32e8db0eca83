#!/usr/bin/env python3
"""Doctor benchmark: the whole `cpaws doctor` against the emulator with LATENCY ms injected on every
call (gateway, IAM, STS), next to the same checks run one after another (`--sequential`).

The goal: a total under 1.5x the longest chain of dependent calls (credentials → STS
GetCallerIdentity → IAM SimulatePrincipalPolicy = 2 calls), i.e. under 1.5 * 2 * LATENCY plus
process start-up.

Usage: python3 tests/bench/doctor.py [--cpaws target/release/cpaws]
       [--emulator target/release/cpaws-emulator] [--latency-ms 100] [--runs 5] [--write docs/benchmarks.md]
"""
import argparse, datetime, json, os, platform, statistics, subprocess, sys, tempfile, time, urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cpaws", default="target/release/cpaws")
    ap.add_argument("--emulator", default="target/release/cpaws-emulator")
    ap.add_argument("--latency-ms", type=int, default=100)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--write")
    a = ap.parse_args()
    emu, url, emu_env = benchlib.start_emulator(a.emulator)
    try:
        home = tempfile.mkdtemp()
        env = {"PATH": os.environ.get("PATH", ""), "HOME": home, "NO_COLOR": "1",
               "AWS_CONFIG_FILE": os.path.join(home, "c"), "AWS_SHARED_CREDENTIALS_FILE": os.path.join(home, "k"),
               "AWS_MAX_ATTEMPTS": "1"}
        env.update(emu_env)
        fault = json.dumps({"match": {}, "times": None, "kind": "latency", "latency_ms": a.latency_ms}).encode()
        req = urllib.request.Request(url + "/_emulator/faults", data=fault, method="POST",
                                     headers={"content-type": "application/json"})
        urllib.request.urlopen(req).read()

        def run(extra):
            times = []
            for _ in range(a.runs):
                t0 = time.perf_counter()
                p = subprocess.run([a.cpaws, "doctor", "--json", *extra], env=env, capture_output=True, text=True)
                times.append((time.perf_counter() - t0) * 1000)
                doc = json.loads(p.stdout)
                if not doc.get("ok"):
                    sys.exit(f"doctor did not pass: {p.stdout}\n{p.stderr}")
            return statistics.median(times)

        conc = run([])
        seq = run(["--sequential"])
        chain = 2 * a.latency_ms
        print(f"latency per call: {a.latency_ms} ms; longest dependent chain: 2 calls = {chain} ms")
        print(f"doctor (concurrent): median {conc:.0f} ms = {conc / chain:.2f}x the chain")
        print(f"doctor --sequential: median {seq:.0f} ms = {seq / chain:.2f}x the chain")
        if a.write:
            body = (
                f"Measured {datetime.date.today()} on {platform.machine()}, {os.cpu_count()} cores, by "
                f"`tests/bench/doctor.py` (release build, emulator on 127.0.0.1 with {a.latency_ms} ms injected on "
                f"every gateway, IAM and STS call, median of {a.runs} runs, all checks passing).\n\n"
                "| run | median wall time | × longest chain (2 calls) |\n|---|---|---|\n"
                f"| `cpaws doctor` (concurrent) | {conc:.0f} ms | {conc / chain:.2f} |\n"
                f"| `cpaws doctor --sequential` | {seq:.0f} ms | {seq / chain:.2f} |\n\n"
                "Goal: under 1.5x the longest chain of dependent calls.\n"
            )
            benchlib.write_section(a.write, "Doctor", body)
    finally:
        emu.kill()

if __name__ == "__main__":
    main()
