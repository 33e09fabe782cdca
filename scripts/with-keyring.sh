#!/usr/bin/env bash
# Runs a command on a private D-Bus session with an unlocked GNOME Keyring,
# the password store the tests keep secrets in (CASEBOOK_TEST_KEYRING=1 is
# set), and stops them afterwards whatever happens (failure, Ctrl-C). Each
# run is a computer of its own as far as the desktop is concerned: its own
# session bus (so a second Casebook does not hand over to the first) and its
# own keyring.
#
#   scripts/with-keyring.sh tauri-driver --port 4446 --native-port 4447
#
# scripts/with-test-servers.sh runs its command through this, with a
# throwaway PostgreSQL besides.

set -euo pipefail

[ "$#" -gt 0 ] || {
	echo "usage: $0 COMMAND [ARGS...]" >&2
	exit 2
}

# First, a session bus of our own; everything else runs inside it.
if [ -z "${CASEBOOK_KEYRING_INNER:-}" ]; then
	command -v dbus-run-session >/dev/null 2>&1 || {
		echo "with-keyring: dbus-run-session is needed (Debian: apt-get install dbus)." >&2
		exit 1
	}
	command -v gnome-keyring-daemon >/dev/null 2>&1 || {
		echo "with-keyring: gnome-keyring-daemon is needed (Debian: apt-get install gnome-keyring libsecret-tools)." >&2
		exit 1
	}
	CASEBOOK_KEYRING_INNER=1 exec dbus-run-session -- "$0" "$@"
fi
unset CASEBOOK_KEYRING_INNER

work="$(mktemp -d /tmp/casebook-keyring.XXXXXX)"
keyring_pid=""

finish() {
	local status=$?
	if [ -n "$keyring_pid" ]; then
		kill "$keyring_pid" 2>/dev/null || true
		wait "$keyring_pid" 2>/dev/null || true
	fi
	rm -rf "$work"
	exit "$status"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The keyring: its files and sockets in the throwaway folder, unlocked with a
# throwaway password read from a file (so no newline is part of it).
mkdir -m 700 "$work/data" "$work/run"
printf '%s' "casebook-tests" >"$work/password"
XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run" \
	gnome-keyring-daemon --foreground --unlock --components=secrets <"$work/password" >"$work/keyring.log" 2>&1 &
keyring_pid=$!

# The keyring is ready once it owns the Secret Service name on the bus.
ready=""
for _ in $(seq 1 100); do
	if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
		org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
		ready=1
		break
	fi
	sleep 0.05
done
if [ -z "$ready" ]; then
	echo "with-keyring: GNOME Keyring did not start: $(cat "$work/keyring.log")" >&2
	exit 1
fi
export CASEBOOK_TEST_KEYRING=1

# Not exec: the keyring is stopped when the command ends.
"$@"
