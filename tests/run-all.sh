#!/usr/bin/env bash
# The one test command (README): every Rust test (unit, CLI against the emulator, emulator's own),
# then the official Python clients against the emulator (creates venvs from PyPI on first use).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --workspace --locked
bash tests/emulator/interop/run.sh
