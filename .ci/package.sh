#!/usr/bin/env bash
# Build the release archive of one target from an already built binary:
#   .ci/package.sh TARGET BINARY OUTDIR
# writes OUTDIR/cpaws-TARGET.tar.gz (.zip for Windows) with cpaws, README.md, the licence line,
# the completions and the man pages, and OUTDIR/cpaws-TARGET.<ext>.sha256 ("HASH  NAME", as sha256sum prints).
# Used by .github/workflows/release.yml and by tests/it/release.rs.
set -euo pipefail
target=${1:?target triple}
bin=${2:?path to the built cpaws binary}
out=${3:?output directory}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
name="cpaws-$target"
mkdir -p "$stage/$name"
cp "$bin" "$stage/$name/"
cp "$root/README.md" "$stage/$name/"
cp -R "$root/completions" "$stage/$name/completions"
cp -R "$root/docs/man" "$stage/$name/man"
case "$target" in
  *windows*)
    archive="$name.zip"
    (cd "$stage" && 7z a -tzip "$out/$archive" "$name" >/dev/null 2>&1 || zip -qr "$out/$archive" "$name")
    ;;
  *)
    archive="$name.tar.gz"
    tar -C "$stage" -czf "$out/$archive" "$name"
    ;;
esac
cd "$out"
if command -v sha256sum >/dev/null 2>&1; then
  sha256sum "$archive" >"$archive.sha256"
else
  shasum -a 256 "$archive" >"$archive.sha256"
fi
echo "$out/$archive"
