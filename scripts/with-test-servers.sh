#!/usr/bin/env bash
# Runs a command with the services the tests of the shop's server need, and
# stops them afterwards whatever happens (failure, Ctrl-C):
#   - a throwaway PostgreSQL (scripts/test-servers.sh; its variables are set
#     for the command), and
#   - a private D-Bus session with an unlocked GNOME Keyring, the password
#     store the tests keep secrets in (CASEBOOK_TEST_KEYRING=1 is set).
#
#   scripts/with-test-servers.sh cargo test -p casebook --test library pg::

set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

[ "$#" -gt 0 ] || {
	echo "usage: $0 COMMAND [ARGS...]" >&2
	exit 2
}

# First, a session bus of our own; everything else runs inside it.
if [ -z "${CASEBOOK_TEST_SESSION_INNER:-}" ]; then
	command -v dbus-run-session >/dev/null 2>&1 || {
		echo "with-test-servers: dbus-run-session is needed (Debian: apt-get install dbus)." >&2
		exit 1
	}
	command -v gnome-keyring-daemon >/dev/null 2>&1 || {
		echo "with-test-servers: gnome-keyring-daemon is needed (Debian: apt-get install gnome-keyring libsecret-tools)." >&2
		exit 1
	}
	CASEBOOK_TEST_SESSION_INNER=1 exec dbus-run-session -- "$0" "$@"
fi
unset CASEBOOK_TEST_SESSION_INNER

work="$(mktemp -d /tmp/casebook-keyring.XXXXXX)"
keyring_pid=""
pg_dir=""

finish() {
	local status=$?
	if [ -n "$keyring_pid" ]; then
		kill "$keyring_pid" 2>/dev/null || true
		wait "$keyring_pid" 2>/dev/null || true
	fi
	if [ -n "$pg_dir" ]; then
		"$here/test-servers.sh" stop "$pg_dir" || true
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

eval "$("$here/test-servers.sh" start)"
pg_dir="$CASEBOOK_TEST_SERVERS_DIR"

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
	echo "with-test-servers: GNOME Keyring did not start: $(cat "$work/keyring.log")" >&2
	exit 1
fi
export CASEBOOK_TEST_KEYRING=1

# Not exec: the servers are stopped when the command ends.
"$@"
