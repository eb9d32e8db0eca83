#!/usr/bin/env bash
# The one test command (README): the official Python clients against the emulator (creates venvs from
# PyPI on first use; they are also used by tests/it/keys.rs to compare tokens with the official
# generator), then every Rust test (unit, CLI against the emulator, the emulator's own).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/emulator/interop/run.sh
cargo test --workspace --locked
