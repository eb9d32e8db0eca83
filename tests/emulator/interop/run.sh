#!/usr/bin/env bash
# Interop checks: the OFFICIAL Python clients (anthropic 2.x and 1.x, the AWS token generator, boto3)
# against the cpaws-emulator binary. Usage:
#   tests/emulator/interop/run.sh [extra pytest args...]
# Env: INTEROP_VENV_DIR (default <repo>/target/interop-venvs), CARGO_TARGET_DIR (honoured),
#      INTEROP_SDKS (default "sdk2 sdk1"), PYTHON (default python3), INTEROP_SKIP_BUILD=1.
# Needs network access to PyPI the first time (venvs are reused when the pins are already installed).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
venv_root="${INTEROP_VENV_DIR:-$repo/target/interop-venvs}"
target_dir="${CARGO_TARGET_DIR:-$repo/target}"
python="${PYTHON:-python3}"
sdks="${INTEROP_SDKS:-sdk2 sdk1}"

export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 PYTHONDONTWRITEBYTECODE=1

ensure_venv() { # name requirements-file constraints-file
    local name="$1" req="$2" cons="$3" dir="$venv_root/$1"
    local stamp="$dir/.interop-requirements"
    if [[ -x "$dir/bin/python" && -f "$stamp" ]] && cat "$req" "$cons" | cmp -s - "$stamp"; then
        return 0 # already installed from exactly these pins
    fi
    echo "interop: preparing venv $dir from $(basename "$req") + $(basename "$cons")"
    mkdir -p "$venv_root"
    [[ -x "$dir/bin/python" ]] || "$python" -m venv "$dir"
    "$dir/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req" -c "$cons" </dev/null
    cat "$req" "$cons" >"$stamp"
}

if [[ "${INTEROP_SKIP_BUILD:-0}" != 1 ]]; then
    echo "interop: cargo build -p cpaws-emulator -p cpaws --bins (target dir $target_dir)"
    (cd "$repo" && CARGO_TARGET_DIR="$target_dir" cargo build --quiet -p cpaws-emulator -p cpaws --bins </dev/null)
fi
export CPAWS_EMULATOR_BIN="$target_dir/debug/cpaws-emulator"
[[ -x "$CPAWS_EMULATOR_BIN" ]] || { echo "interop: missing $CPAWS_EMULATOR_BIN" >&2; exit 1; }
# test_proxy.py runs `cpaws proxy` in front of the emulator.
export CPAWS_BIN="$target_dir/debug/cpaws"
[[ -x "$CPAWS_BIN" ]] || { echo "interop: missing $CPAWS_BIN" >&2; exit 1; }

status=0
for sdk in $sdks; do
    case "$sdk" in
        sdk2) req="$here/requirements.txt" ;;
        sdk1) req="$here/requirements-sdk1.txt" ;;
        *) echo "interop: unknown SDK venv '$sdk'" >&2; exit 2 ;;
    esac
    ensure_venv "$sdk" "$req" "$here/constraints-$sdk.txt"
    ver="$("$venv_root/$sdk/bin/python" -c 'import anthropic; print(anthropic.__version__)')"
    echo "interop: pytest with anthropic $ver ($sdk)"
    # -p no:cacheprovider: write nothing into the source tree; -rfEX: list failures/xpasses at the end.
    if ! (cd "$here" && "$venv_root/$sdk/bin/python" -m pytest -p no:cacheprovider -q -rfEX --tb=short \
            --basetemp="$venv_root/$sdk-pytest-tmp" "$@" </dev/null); then
        echo "interop: FAILED with anthropic $ver ($sdk)"
        status=1
    fi
done
exit "$status"
