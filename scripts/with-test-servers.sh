#!/usr/bin/env bash
# Runs a command with the services the tests of the shop's server need, and
# stops them afterwards whatever happens (failure, Ctrl-C):
#   - a private D-Bus session with an unlocked GNOME Keyring, the password
#     store the tests keep secrets in (scripts/with-keyring.sh;
#     CASEBOOK_TEST_KEYRING=1 is set), and
#   - a throwaway PostgreSQL (scripts/test-servers.sh; its variables are set
#     for the command), and
#   - throwaway mail servers, Dovecot and SMTP (scripts/mail-servers.sh; its
#     variables are set too; the mail tests also start servers of their own).
#
#   scripts/with-test-servers.sh cargo test -p casebook --test library pg::

set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

[ "$#" -gt 0 ] || {
	echo "usage: $0 COMMAND [ARGS...]" >&2
	exit 2
}

# First, the session bus and the keyring; everything else runs inside them.
if [ -z "${CASEBOOK_TEST_SESSION_INNER:-}" ]; then
	CASEBOOK_TEST_SESSION_INNER=1 exec "$here/with-keyring.sh" "$0" "$@"
fi
unset CASEBOOK_TEST_SESSION_INNER

pg_dir=""
mail_dir=""

finish() {
	local status=$?
	if [ -n "$mail_dir" ]; then
		"$here/mail-servers.sh" stop "$mail_dir" || true
	fi
	if [ -n "$pg_dir" ]; then
		"$here/test-servers.sh" stop "$pg_dir" || true
	fi
	exit "$status"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

eval "$("$here/test-servers.sh" start)"
pg_dir="$CASEBOOK_TEST_SERVERS_DIR"
eval "$("$here/mail-servers.sh" start)"
mail_dir="$CASEBOOK_TEST_MAIL_DIR"

# Not exec: the servers are stopped when the command ends.
"$@"
