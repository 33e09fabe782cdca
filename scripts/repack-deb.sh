#!/usr/bin/env bash
# Packs a .deb again with xz (as Debian's own packages are) instead of the
# bundler's gzip: the same files, owner and permissions, a third smaller; and
# names it as Debian does (casebook_0.1.0_amd64.deb), beside the original.
#   scripts/repack-deb.sh FILE.deb...
set -euo pipefail
for deb in "$@"; do
	work="$(mktemp -d)"
	trap 'rm -rf "$work"' EXIT
	dpkg-deb -R "$deb" "$work/pkg"
	dpkg-deb --root-owner-group -Zxz -z9 -b "$work/pkg" "$work/new.deb" >/dev/null
	named="$(dirname "$deb")/$(dpkg-deb -f "$deb" Package)_$(dpkg-deb -f "$deb" Version)_$(dpkg-deb -f "$deb" Architecture).deb"
	rm -f "$deb"
	mv "$work/new.deb" "$named"
	echo "$named"
	rm -rf "$work"
	trap - EXIT
done
