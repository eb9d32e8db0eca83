#!/usr/bin/env bash
# Lint the GitHub Actions files that cannot run here (.github/workflows/*.yml, action.yml) with
# action-validator (npm @action-validator/cli, pinned with its lock in .ci/lint): each file is checked
# against the workflow or action JSON schema (keys, types, required fields, `on:` events, `runs:`).
# Installs it on first use with `npm ci`; no node or npm, or an install that fails, is an error, never
# a skip. Usage: bash .ci/lint-workflows.sh [FILE...] (default: every workflow and action.yml).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in node npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "error: $tool is not installed; the workflow lint needs Node.js and npm (e.g. apt-get install nodejs npm)" >&2
    exit 1
  fi
done
validator=.ci/lint/node_modules/.bin/action-validator
if [[ ! -x $validator ]]; then
  npm ci --prefix .ci/lint --no-audit --no-fund --loglevel=error
fi

if [[ $# -eq 0 ]]; then
  set -- .github/workflows/*.yml action.yml
fi
failed=0
for f in "$@"; do
  if "$validator" "$f"; then
    echo "ok: $f"
  else
    echo "error: $f does not validate (the errors above give each path and rule)" >&2
    failed=1
  fi
done
exit "$failed"
