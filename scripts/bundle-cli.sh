#!/usr/bin/env bash
# Builds the `casebook` command for the installers and puts it where Tauri's
# bundler looks for it (src-tauri/binaries/casebook-<target triple>[.exe]); the
# overlay config src-tauri/tauri.bundle.conf.json names it as an external
# binary, so every installer carries the command beside the app.
#
#   scripts/bundle-cli.sh [TARGET_TRIPLE]    (default: this computer's)
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:-}"
host="$(rustc -vV | sed -n 's/^host: //p')"
triple="${target:-$host}"
if [ -n "$target" ]; then
  cargo build --release --locked -p casebook --bin casebook --target "$target"
  dir="${CARGO_TARGET_DIR:-target}/$target/release"
else
  cargo build --release --locked -p casebook --bin casebook
  dir="${CARGO_TARGET_DIR:-target}/release"
fi
ext=""
case "$triple" in *windows*) ext=".exe" ;; esac
mkdir -p src-tauri/binaries
cp "$dir/casebook$ext" "src-tauri/binaries/casebook-$triple$ext"
echo "src-tauri/binaries/casebook-$triple$ext"
