#!/bin/sh
# Install cpaws from a release: detects the OS and CPU, downloads the archive and its .sha256,
# verifies the checksum, installs the binary.
#   curl -fsSL https://github.com/cpaws/cpaws/releases/latest/download/install.sh | sh
#   sh install.sh [--dir DIR] [--version vX.Y.Z]
# Environment: CPAWS_INSTALL_DIR (default ~/.local/bin), CPAWS_VERSION (default: the latest),
# CPAWS_DOWNLOAD_URL (a base URL holding the archives, e.g. a mirror or file:///path; overrides the
# version), CPAWS_REPO (default cpaws/cpaws).
set -eu

repo=${CPAWS_REPO:-cpaws/cpaws}
dir=${CPAWS_INSTALL_DIR:-${HOME:?HOME is not set}/.local/bin}
version=${CPAWS_VERSION:-latest}
base=${CPAWS_DOWNLOAD_URL:-}

while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=${2:?--dir needs a directory}; shift 2 ;;
    --version) version=${2:?--version needs a tag}; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" 2>/dev/null || true; exit 0 ;;
    *) echo "install.sh: unknown argument $1 (use --dir DIR, --version TAG)" >&2; exit 2 ;;
  esac
done

fail() { echo "install.sh: $*" >&2; exit 1; }

os=$(uname -s)
arch=$(uname -m)
case "$arch" in
  x86_64|amd64) arch=x86_64 ;;
  aarch64|arm64) arch=aarch64 ;;
  *) fail "no release for CPU $arch; install from source: cargo install --locked --git https://github.com/$repo cpaws" ;;
esac
case "$os" in
  Linux) target="$arch-unknown-linux-musl" ;;
  Darwin) target="$arch-apple-darwin" ;;
  *) fail "no install script for $os; download the archive from https://github.com/$repo/releases (Windows: the .zip)" ;;
esac

if [ -z "$base" ]; then
  if [ "$version" = latest ]; then
    base="https://github.com/$repo/releases/latest/download"
  else
    base="https://github.com/$repo/releases/download/$version"
  fi
fi

command -v curl >/dev/null 2>&1 || fail "curl is required"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
archive="cpaws-$target.tar.gz"

echo "downloading $base/$archive"
curl --proto '=https,file' -fsSL "$base/$archive" -o "$tmp/$archive" || fail "cannot download $base/$archive"
curl --proto '=https,file' -fsSL "$base/$archive.sha256" -o "$tmp/$archive.sha256" || fail "cannot download $base/$archive.sha256"

want=$(cut -d ' ' -f 1 <"$tmp/$archive.sha256")
if command -v sha256sum >/dev/null 2>&1; then
  got=$(sha256sum "$tmp/$archive" | cut -d ' ' -f 1)
elif command -v shasum >/dev/null 2>&1; then
  got=$(shasum -a 256 "$tmp/$archive" | cut -d ' ' -f 1)
else
  fail "sha256sum or shasum is required to verify the download"
fi
[ -n "$want" ] && [ "$want" = "$got" ] || fail "checksum mismatch for $archive: expected $want, got $got; nothing was installed"

tar -xzf "$tmp/$archive" -C "$tmp"
[ -f "$tmp/cpaws-$target/cpaws" ] || fail "$archive holds no cpaws binary"
mkdir -p "$dir"
# Copy next to the target, then rename: a failed install leaves the old binary in place.
cp "$tmp/cpaws-$target/cpaws" "$dir/.cpaws.tmp.$$"
chmod 755 "$dir/.cpaws.tmp.$$"
mv -f "$dir/.cpaws.tmp.$$" "$dir/cpaws"
echo "installed $dir/cpaws"
case ":$PATH:" in
  *":$dir:"*) ;;
  *) echo "note: $dir is not on PATH; add it: export PATH=\"$dir:\$PATH\"" ;;
esac
