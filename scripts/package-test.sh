#!/usr/bin/env bash
# make package-test: the installers as a shop gets them, on clean Debian 12
# systems made from the system's package sources (not this build machine).
#
#   1. builds the .deb and .rpm of this version (make bundle) and of the next
#      (a copy of the source with the patch number one higher), and prints
#      their sizes;
#   2. in a clean Debian 12 root: installs the .deb with apt (its Depends
#      alone bring what it needs), runs `casebook --version`, starts the app
#      under Xvfb and sees the first-run screen (a screenshot), loads the demo
#      shop with `casebook seed`; installs the next version over it and sees
#      the shop's data kept and migrated, and the app say what is new (a
#      screenshot); removes the package and sees the data still there;
#   3. in a second clean root: installs the package and runs
#      `casebook server setup` twice (the second changes nothing); a desk in
#      the first root connects to it over TLS at a second loopback address
#      (127.0.0.2) with the certificate authority the set-up printed, and
#      syncs its history and a new note.
#
# Needs root (chroot, mounts), mmdebstrap, Xvfb, tauri-driver and a Debian
# mirror (the one in /etc/apt/sources*). Takes 20 to 40 minutes, most of it
# the two release builds; not part of `make test`. Everything it makes is in
# one temporary folder, removed at the end (roots unmounted first); the
# screenshots, logs and packages stay in target/package-test. With
# CASEBOOK_PACKAGE_DIR=target/package-test/packages it installs the packages
# an earlier run built instead of building them again.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

say() { printf '\n== %s\n' "$*"; }
die() { printf 'package-test: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (it makes chroots and mounts)."
for tool in mmdebstrap Xvfb tauri-driver dpkg-deb node; do
	command -v "$tool" >/dev/null || die "$tool is needed (Debian: apt-get install mmdebstrap xvfb; make tauri-driver)."
done
if (exec 3<>/dev/tcp/127.0.0.2/5432) 2>/dev/null; then
	die "something already listens on 127.0.0.2:5432; the server's root needs that port."
fi

mirror="$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)"
[ -n "$mirror" ] || mirror="$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)"
[ -n "$mirror" ] || mirror="http://deb.debian.org/debian"

work="$(mktemp -d /tmp/casebook-package-test.XXXXXX)"
out="$repo/target/package-test"
# What an earlier run left, except its packages (CASEBOOK_PACKAGE_DIR may point there).
mkdir -p "$out" && find "$out" -mindepth 1 -maxdepth 1 ! -name packages -exec rm -rf {} +
xvfb_pid=""

unmount_all() {
	# Deepest first, so nothing of this machine (/dev, /proc) is ever under an rm.
	findmnt -rn -o TARGET | { grep "^$work/" || true; } | sort -r | while read -r m; do umount -l "$m" 2>/dev/null || true; done
}
finish() {
	local status=$?
	set +e
	[ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
	for root in "$work/desk" "$work/server"; do
		[ -x "$root/usr/bin/pg_ctlcluster" ] && chroot "$root" sh -c 'pg_lsclusters -h | while read v n rest; do pg_ctlcluster "$v" "$n" stop -m fast; done' >/dev/null 2>&1 || true
	done
	unmount_all
	if findmnt -rn -o TARGET | grep -q "^$work/"; then
		echo "package-test: $work still has mounts; left in place, remove it by hand after unmounting." >&2
	else
		rm -rf "$work"
	fi
	exit "$status"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

version="$(sed -n '/^\[workspace.package\]/,/^\[/ s/^version = "\(.*\)"/\1/p' Cargo.toml)"
next="${version%.*}.$((${version##*.} + 1))"

if [ -n "${CASEBOOK_PACKAGE_DIR:-}" ]; then
	# Packages built before (by an earlier run): casebook_VERSION_amd64.deb and the next's.
	say "Using the packages in $CASEBOOK_PACKAGE_DIR"
	for v in "$version" "$next"; do
		cp "$CASEBOOK_PACKAGE_DIR/casebook_${v}_amd64.deb" "$work/casebook-$v.deb"
	done
	cp "$CASEBOOK_PACKAGE_DIR/casebook-$version.rpm" "$work/" 2>/dev/null || true
else
	say "Building Casebook $version (make bundle)"
	make bundle
	cp target/release/bundle/deb/*_"$version"_amd64.deb "$work/casebook-$version.deb"
	cp target/release/bundle/rpm/*-"$version"-1.x86_64.rpm "$work/casebook-$version.rpm"

	say "Building Casebook $next, the next version, from a copy of the source"
	mkdir "$work/next"
	tar -C "$repo" --exclude=./target --exclude=./ui/node_modules --exclude=./.git --exclude=./src-tauri/binaries -cf - . | tar -C "$work/next" -xf -
	ln -s "$repo/ui/node_modules" "$work/next/ui/node_modules"
	sed -i "/^\[workspace.package\]/,/^\[/ s/^version = \".*\"/version = \"$next\"/" "$work/next/Cargo.toml"
	(cd "$work/next" && cargo update --workspace --offline -q)
	# The same target folder: only Casebook's own crates are built again.
	(cd "$work/next" && CARGO_TARGET_DIR="$repo/target" make bundle)
	cp target/release/bundle/deb/*_"$next"_amd64.deb "$work/casebook-$next.deb"
	rm -rf "$work/next"
	mkdir -p "$out/packages"
	cp "$work"/casebook-*.deb "$work"/casebook-*.rpm "$out/packages/" 2>/dev/null || true
	for v in "$version" "$next"; do mv "$out/packages/casebook-$v.deb" "$out/packages/casebook_${v}_amd64.deb"; done
fi

say "Package sizes"
for f in "$work"/casebook-*.deb "$work"/casebook-*.rpm; do
	target=""; case "$f" in *.deb) target="  (target: under 10 MB with the command)" ;; esac
	printf '%-28s %6.1f MB%s\n' "$(basename "$f")" "$(stat -c %s "$f" | awk '{ print $1 / 1e6 }')" "$target"
done | tee "$out/sizes.txt"
dpkg-deb -I "$work/casebook-$version.deb" | sed -n '/Depends/p;/Description/,$p' | tee -a "$out/sizes.txt"

make_root() {
	say "A clean Debian 12 root in $1"
	mmdebstrap --variant=apt --mode=root --include=ca-certificates bookworm "$1" "deb $mirror bookworm main" >"$out/$(basename "$1")-mmdebstrap.log" 2>&1 ||
		die "mmdebstrap failed: $(tail -n 5 "$out/$(basename "$1")-mmdebstrap.log")"
	cp /etc/resolv.conf "$1/etc/resolv.conf" 2>/dev/null || true
	du -sxh "$1" | awk '{ print "root size: " $1 }'
	mount --rbind /dev "$1/dev" && mount --make-rslave "$1/dev"
	mount -t proc proc "$1/proc"
	mount --rbind /sys "$1/sys" && mount --make-rslave "$1/sys"
	mkdir -p "$1/tmp/.X11-unix"
	mount --bind /tmp/.X11-unix "$1/tmp/.X11-unix"
}
in_root() { local root="$1"; shift; chroot "$root" /usr/bin/env -u CASEBOOK_DB HOME=/root LC_ALL=C.UTF-8 "$@"; }
install_deb() {
	cp "$2" "$1/root/"
	in_root "$1" apt-get install -y -q "/root/$(basename "$2")" >"$out/apt-$(basename "$1")-$(basename "$2").log" 2>&1 ||
		die "apt-get install $(basename "$2") failed: $(tail -n 5 "$out/apt-$(basename "$1")-$(basename "$2").log")"
}
# Runs a command (on this machine) with a desktop session of its own: a
# private session bus and an unlocked keyring (scripts/with-keyring.sh), its
# bus shared into the desk's root, as a logged-in desktop would have them.
with_session() {
	DESK="$desk" scripts/with-keyring.sh bash -euo pipefail -c '
		sock="${DBUS_SESSION_BUS_ADDRESS#unix:path=}"; sock="${sock%%,*}"
		touch "$DESK$sock" && mount --bind "$sock" "$DESK$sock"
		trap "umount \"$DESK$sock\"; rm -f \"$DESK$sock\"" EXIT
		"$@"' with-session "$@"
}
shop_counts() { in_root "$1" casebook --json info | node -e 'const i = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log(`${i.customers} customers, ${i.cases} cases, ${i.events} events`)'; }

desk="$work/desk"
make_root "$desk"
in_root "$desk" apt-get update -q >/dev/null

say "Installing casebook-$version.deb with apt"
install_deb "$desk" "$work/casebook-$version.deb"
got="$(in_root "$desk" casebook --version)"
echo "casebook --version: $got"
[ "$got" = "casebook $version" ] || die "expected 'casebook $version', got '$got'"
in_root "$desk" sh -c 'test -x /usr/bin/casebook-desk && grep -q "^Exec=casebook-desk" /usr/share/applications/*.desktop && ls /usr/share/icons/hicolor/*/apps/casebook-desk.png' >/dev/null ||
	die "the app, its menu entry or its icon is missing"
echo "the applications menu entry and the icon are installed"

# A display for the app, shared into the roots through /tmp/.X11-unix.
display=77
Xvfb ":$display" -screen 0 1400x900x24 -nolisten tcp -ac >"$out/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
cat >"$work/app-in-root" <<WRAP
#!/bin/sh
exec chroot "$desk" /usr/bin/env -u CASEBOOK_DB HOME=/root DISPLAY=:$display WEBKIT_DISABLE_COMPOSITING_MODE=1 WEBKIT_DISABLE_DMABUF_RENDERER=1 /usr/bin/casebook-desk "\$@"
WRAP
chmod +x "$work/app-in-root"

say "Starting the installed app: the first-run screen"
with_session node tests/package/app.mjs first-run "$work/app-in-root" "$out"

say "The demo shop, from the command line"
in_root "$desk" casebook seed >/dev/null
before="$(shop_counts "$desk")"
echo "before the update: $before"

say "Installing casebook-$next.deb over it"
install_deb "$desk" "$work/casebook-$next.deb"
got="$(in_root "$desk" casebook --version)"
echo "casebook --version: $got"
[ "$got" = "casebook $next" ] || die "expected 'casebook $next', got '$got'"
after="$(shop_counts "$desk")"
echo "after the update: $after"
[ "$before" = "$after" ] || die "the shop's data changed in the update: $before, then $after"
with_session node tests/package/app.mjs updated "$work/app-in-root" "$out" "$next"

server="$work/server"
make_root "$server"
in_root "$server" apt-get update -q >/dev/null
install_deb "$server" "$work/casebook-$next.deb"

say "casebook server setup, in the server's root"
in_root "$server" casebook server setup --name 127.0.0.2 --allow 127.0.0.0/8 | tee "$out/server-setup-1.txt" | grep -v '^  Server address:'
checksums() { in_root "$server" sh -c 'cat /etc/casebook-server/* /etc/postgresql/*/main/conf.d/casebook.conf /etc/postgresql/*/main/pg_hba.conf | sha256sum'; }
first_sums="$(checksums)"
say "casebook server setup again: nothing changes"
in_root "$server" casebook server setup --name 127.0.0.2 --allow 127.0.0.0/8 | tee "$out/server-setup-2.txt" | sed -n '1,3p'
grep -q "Nothing needed changing" "$out/server-setup-2.txt" || die "the second run changed something"
[ "$first_sums" = "$(checksums)" ] || die "the second run rewrote the certificates or settings"
echo "the certificates and settings are byte for byte the same"
owner_url="$(sed -n 's/^  Server address: //p' "$out/server-setup-1.txt")?sslmode=require"
sed -i 's/^\(  Server address: postgres:\/\/[^:]*:\)[^@]*@/\1(shown once)@/' "$out/server-setup-1.txt"
sed -n '/-----BEGIN CERTIFICATE-----/,/-----END CERTIFICATE-----/p' "$out/server-setup-1.txt" >"$desk/root/ca.crt"

# From an address outside the allowed networks (this machine's own network
# address), nothing is let in, encrypted or not.
outside="$(hostname -I 2>/dev/null | tr ' ' '\n' | grep -v '^127\.' | grep -v ':' | head -n 1 || true)"
if [ -n "$outside" ]; then
	say "A connection from outside the allowed networks ($outside) is refused"
	for mode in disable require; do
		if PGPASSWORD=x PGCONNECT_TIMEOUT=5 in_root "$server" psql "host=$outside port=5432 user=casebook_owner dbname=casebook sslmode=$mode" -c 'select 1' >"$out/outside-$mode.txt" 2>&1; then
			die "a connection from $outside (sslmode=$mode) was let in"
		fi
		grep -q "no pg_hba.conf entry" "$out/outside-$mode.txt" || die "unexpected answer from outside: $(cat "$out/outside-$mode.txt")"
		echo "sslmode=$mode: $(grep -o 'no pg_hba.conf entry.*' "$out/outside-$mode.txt")"
	done
fi

say "The desk connects over TLS to 127.0.0.2 and syncs"
# The desk's password goes to a keyring on a private session bus, shared into the root.
CASEBOOK_OWNER_URL="$owner_url" DESK="$desk" SERVER="$server" OUT="$out" scripts/with-keyring.sh bash -euo pipefail -c '
	sock="${DBUS_SESSION_BUS_ADDRESS#unix:path=}"; sock="${sock%%,*}"
	touch "$DESK$sock" && mount --bind "$sock" "$DESK$sock"
	trap "umount \"$DESK$sock\"" EXIT
	run() { chroot "$DESK" /usr/bin/env -u CASEBOOK_DB HOME=/root LC_ALL=C.UTF-8 "$@"; }
	on_server() { chroot "$SERVER" /usr/bin/env LC_ALL=C.UTF-8 runuser -u postgres -- psql -X -At -d casebook -c "$1"; }
	run casebook --as Ana sync connect --ca /root/ca.crt --shop "Package test" --desk Counter
	uploaded="$(on_server "SELECT count(*) FROM casebook.events")"
	echo "events on the server after connecting: $uploaded (the desk'"'"'s whole history)"
	[ "$uploaded" -gt 0 ] || { echo "no event reached the server" >&2; exit 1; }
	case_id="$(run casebook --json queue --limit 1 | node -e "console.log(JSON.parse(require(\"fs\").readFileSync(0, \"utf8\")).cases[0].id)")"
	run casebook --as Ana case log "$case_id" --body "Synced from a packaged desk"
	run casebook sync once
	now="$(on_server "SELECT count(*) FROM casebook.events")"
	echo "events on the server after a new note and a sync: $now"
	[ "$now" -eq $((uploaded + 1)) ] || { echo "the new note did not reach the server" >&2; exit 1; }
	run casebook sync status | tee "$OUT/sync-status.txt"
'
# The server logs each connection with its encryption (log_connections).
tls_line="$(in_root "$server" sh -c 'grep -h "connection authorized: user=casebook_desk" /var/log/postgresql/*.log | tail -n 1' || true)"
echo "server log: ${tls_line#*LOG:  }"
case "$tls_line" in *"SSL enabled"*) ;; *) die "the desk's connection was not encrypted" ;; esac

say "Removing the package keeps the shop's data"
in_root "$desk" apt-get remove -y -q casebook >"$out/apt-remove.log" 2>&1
in_root "$desk" sh -c '! command -v casebook' || die "casebook is still installed"
data="$(find "$desk/root/.local/share" -name '*.db' | head -n 1)"
[ -n "$data" ] || die "the shop's data folder is gone after removing the package"
echo "still there after removal: ${data#"$desk"} ($(stat -c %s "$data") bytes)"

say "Package test passed"
echo "screenshots and logs: $out"
