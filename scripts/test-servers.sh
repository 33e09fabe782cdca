#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests of the shop's server: its own cluster in
# a temporary folder, listening on 127.0.0.1 only, on a free high port, with
# password (SCRAM) logins over TCP and encryption offered with a test
# certificate authority made here. Nothing outside the folder is touched.
#
#   eval "$(scripts/test-servers.sh start)"   start one; sets the variables below
#   scripts/test-servers.sh env [DIR]         print the variables again
#   scripts/test-servers.sh crash [DIR]       stop it the hard way (pg_ctl -m immediate)
#   scripts/test-servers.sh restart [DIR]     start it again after a crash, same port
#   scripts/test-servers.sh stop [DIR]        stop it and delete its folder
#
# DIR defaults to $CASEBOOK_TEST_SERVERS_DIR. The variables:
#   CASEBOOK_TEST_PG_URL       postgres://casebook:PASSWORD@127.0.0.1:PORT/postgres (a superuser)
#   CASEBOOK_TEST_PG_CA        the certificate authority of the server's certificate (PEM)
#   CASEBOOK_TEST_PG_OTHER_CA  another authority, which did not sign it (PEM)
#   CASEBOOK_TEST_PG_DATA      the cluster's data folder
#   CASEBOOK_TEST_PG_BIN       the folder of initdb and pg_ctl
#   CASEBOOK_TEST_SERVERS_DIR  the whole throwaway folder
#
# PostgreSQL refuses to run as root: as root, the cluster belongs to the
# `postgres` user (made by Debian's postgresql package) and runs as it.
# scripts/with-test-servers.sh runs a command with all this, and cleans up.

set -euo pipefail

# shellcheck source=scripts/servers-common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/servers-common.sh"

die() {
	echo "test-servers: $*" >&2
	exit 1
}

pg_bin() {
	if [ -n "${CASEBOOK_TEST_PG_BIN:-}" ]; then
		echo "$CASEBOOK_TEST_PG_BIN"
		return
	fi
	local found
	found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
	if [ -z "$found" ] && command -v pg_ctl >/dev/null 2>&1; then
		found="$(dirname "$(command -v pg_ctl)")"
	fi
	[ -n "$found" ] || die "PostgreSQL's server programs (initdb, pg_ctl) were not found. Install PostgreSQL (Debian: apt-get install postgresql) or set CASEBOOK_TEST_PG_BIN to their folder."
	echo "$found"
}

# Runs a command as the cluster's owner.
as_owner() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

folder() {
	local dir="${1:-${CASEBOOK_TEST_SERVERS_DIR:-}}"
	[ -n "$dir" ] || die "which server? Give its folder, or set CASEBOOK_TEST_SERVERS_DIR (eval the output of 'start')."
	[ -f "$dir/env" ] || die "$dir is not a test server's folder."
	echo "$dir"
}

start() {
	command -v openssl >/dev/null 2>&1 || die "openssl is needed to make the test certificates (Debian: apt-get install openssl)."
	local bin dir password port
	bin="$(pg_bin)"
	if [ "$(id -u)" -eq 0 ]; then
		id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' user (Debian: apt-get install postgresql)."
	fi
	dir="$(mktemp -d /tmp/casebook-pg.XXXXXX)"
	chmod 755 "$dir"
	# A failed start leaves nothing behind.
	unfinished="$dir"
	trap 'if [ -n "$unfinished" ]; then
		as_owner "$bin/pg_ctl" -D "$unfinished/data" -m immediate stop >/dev/null 2>&1 || true
		rm -rf "$unfinished"
	fi' EXIT
	password="$(openssl rand -hex 16)"
	printf '%s' "$password" >"$dir/password"
	chmod 600 "$dir/password"
	make_certificates "$dir/tls" "DNS:localhost,IP:127.0.0.1,IP:::1" ca other-ca
	chmod 600 "$dir/tls/server.key"
	chmod 644 "$dir/tls/ca.pem" "$dir/tls/other-ca.pem" "$dir/tls/server.crt"
	[ "$(id -u)" -ne 0 ] || chown -R postgres: "$dir"

	as_owner "$bin/initdb" -D "$dir/data" -U casebook --pwfile="$dir/password" \
		--auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 ||
		die "initdb failed: $(tail -n 5 "$dir/initdb.log")"
	cat >>"$dir/data/postgresql.conf" <<-EOF
		listen_addresses = '127.0.0.1'
		unix_socket_directories = '$dir'
		ssl = on
		ssl_cert_file = '$dir/tls/server.crt'
		ssl_key_file = '$dir/tls/server.key'
		max_connections = 200
		# A throwaway server: a crash of the server process (pg_ctl -m immediate)
		# still loses nothing committed; only a crash of the whole computer would.
		fsync = off
		full_page_writes = off
	EOF

	local tries=0
	while :; do
		tries=$((tries + 1))
		port="$(free_port)"
		if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 -o "-p $port" start >/dev/null 2>&1; then
			break
		fi
		[ "$tries" -lt 5 ] || die "PostgreSQL did not start: $(tail -n 5 "$dir/log")"
	done
	unfinished=""

	cat >"$dir/env" <<-EOF
		export CASEBOOK_TEST_SERVERS_DIR='$dir'
		export CASEBOOK_TEST_PG_URL='postgres://casebook:$password@127.0.0.1:$port/postgres'
		export CASEBOOK_TEST_PG_CA='$dir/tls/ca.pem'
		export CASEBOOK_TEST_PG_OTHER_CA='$dir/tls/other-ca.pem'
		export CASEBOOK_TEST_PG_DATA='$dir/data'
		export CASEBOOK_TEST_PG_BIN='$bin'
		export CASEBOOK_TEST_PG_PORT='$port'
	EOF
	cat "$dir/env"
}

case "${1:-}" in
start)
	start
	;;
env)
	cat "$(folder "${2:-}")/env"
	;;
crash)
	dir="$(folder "${2:-}")"
	as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null
	;;
restart)
	dir="$(folder "${2:-}")"
	port="$(sed -n "s/^export CASEBOOK_TEST_PG_PORT='\(.*\)'$/\1/p" "$dir/env")"
	as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 -o "-p $port" start >/dev/null
	;;
stop)
	dir="$(folder "${2:-}")"
	as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast -w -t 20 stop >/dev/null 2>&1 ||
		as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$dir"
	;;
*)
	sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
	;;
esac
