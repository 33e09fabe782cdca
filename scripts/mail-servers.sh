#!/usr/bin/env bash
# Throwaway mail servers for the mailbox tests, in a temporary folder, on
# 127.0.0.1 only, on free high ports, encrypted with a test certificate
# authority made here:
#   - Dovecot (Debian's dovecot-imapd, dovecot-lmtpd): IMAP over TLS, and LMTP
#     to deliver into it. Any user@example.test exists (made on first delivery)
#     and signs in with the password in CASEBOOK_TEST_MAIL_PASSWORD, so each
#     test can use addresses of its own.
#   - An SMTP server (scripts/test-smtp.py, aiosmtpd: Debian's python3-aiosmtpd),
#     TLS and password sign-in, delivering each message into Dovecot at once.
#
#   eval "$(scripts/mail-servers.sh start)"   start both; prints the variables below
#   scripts/mail-servers.sh smtp-stop [DIR]   stop the SMTP server (as if it were down)
#   scripts/mail-servers.sh smtp-start [DIR]  start it again, same port
#   scripts/mail-servers.sh stop [DIR]        stop both and delete the folder
#
# DIR defaults to $CASEBOOK_TEST_MAIL_DIR. The variables:
#   CASEBOOK_TEST_MAIL_DIR       the whole throwaway folder
#   CASEBOOK_TEST_IMAP_PORT      IMAP over TLS (the certificate names localhost and 127.0.0.1)
#   CASEBOOK_TEST_IMAP_STARTTLS_PORT  IMAP starting plain, encrypted with STARTTLS
#   CASEBOOK_TEST_SMTP_PORT      SMTP over TLS
#   CASEBOOK_TEST_MAIL_CA        the certificate authority (PEM)
#   CASEBOOK_TEST_MAIL_PASSWORD  every user's password
# Dovecot also listens on 127.0.0.2 (same port), where its certificate does
# not match the address: for the test of a mismatched certificate.

set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/servers-common.sh
. "$here/servers-common.sh"

die() {
	echo "mail-servers: $*" >&2
	exit 1
}

folder() {
	local dir="${1:-${CASEBOOK_TEST_MAIL_DIR:-}}"
	[ -n "$dir" ] || die "which servers? Give their folder, or set CASEBOOK_TEST_MAIL_DIR."
	[ -f "$dir/env" ] || die "$dir is not a mail test servers' folder."
	echo "$dir"
}

python() {
	# Debian's own Python, where python3-aiosmtpd is installed.
	if [ -x /usr/bin/python3 ]; then echo /usr/bin/python3; else command -v python3; fi
}

start_smtp() {
	local dir="$1" smtp_port lmtp_port
	smtp_port="$(sed -n "s/^export CASEBOOK_TEST_SMTP_PORT='\(.*\)'$/\1/p" "$dir/env")"
	lmtp_port="$(cat "$dir/lmtp-port")"
	"$(python)" "$here/test-smtp.py" "$dir" "$smtp_port" "$lmtp_port" >"$dir/smtp.log" 2>&1 &
	echo $! >"$dir/smtp.pid"
	for _ in $(seq 1 600); do
		port_in_use "$smtp_port" && return 0
		kill -0 "$(cat "$dir/smtp.pid")" 2>/dev/null || break
		sleep 0.05
	done
	die "the SMTP server did not start: $(tail -n 5 "$dir/smtp.log")"
}

stop_smtp() {
	local dir="$1" pid
	[ -f "$dir/smtp.pid" ] || return 0
	pid="$(cat "$dir/smtp.pid")"
	kill "$pid" 2>/dev/null || true
	for _ in $(seq 1 600); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.05
	done
	kill -9 "$pid" 2>/dev/null || true
	rm -f "$dir/smtp.pid"
}

start() {
	command -v dovecot >/dev/null 2>&1 || die "Dovecot is needed (Debian: apt-get install dovecot-imapd dovecot-lmtpd)."
	command -v openssl >/dev/null 2>&1 || die "openssl is needed (Debian: apt-get install openssl)."
	"$(python)" -c 'import aiosmtpd' 2>/dev/null || die "aiosmtpd is needed (Debian: apt-get install python3-aiosmtpd)."
	[ "$(id -u)" -eq 0 ] || die "Dovecot's test instance runs as root (it delivers as the 'mail' user)."
	local dir password imap_port imap_starttls_port lmtp_port smtp_port
	dir="$(mktemp -d /tmp/casebook-mail.XXXXXX)"
	chmod 755 "$dir"
	unfinished="$dir"
	trap 'if [ -n "$unfinished" ]; then
		doveadm -c "$unfinished/dovecot.conf" stop >/dev/null 2>&1 || true
		stop_smtp "$unfinished"
		rm -rf "$unfinished"
	fi' EXIT
	password="$(openssl rand -hex 12)"
	make_certificates "$dir/tls" "DNS:localhost,IP:127.0.0.1" ca
	chmod 644 "$dir/tls/ca.pem" "$dir/tls/server.crt" "$dir/tls/server.key"
	mkdir -p "$dir/mail" "$dir/run" "$dir/state"
	chown mail:mail "$dir/mail"
	printf '%s' "$password" >"$dir/password"
	chmod 644 "$dir/password"
	imap_port="$(free_port)"
	imap_starttls_port="$(free_port)"
	lmtp_port="$(free_port)"
	smtp_port="$(free_port)"
	local dh=""
	[ -f /usr/share/dovecot/dh.pem ] && dh="ssl_dh = </usr/share/dovecot/dh.pem"
	cat >"$dir/dovecot.conf" <<-EOF
		base_dir = $dir/run
		state_dir = $dir/state
		log_path = $dir/dovecot.log
		info_log_path = $dir/dovecot.log
		protocols = imap lmtp
		listen = 127.0.0.1, 127.0.0.2
		ssl = yes
		ssl_cert = <$dir/tls/server.crt
		ssl_key = <$dir/tls/server.key
		$dh
		disable_plaintext_auth = no
		auth_mechanisms = plain login
		mail_location = maildir:$dir/mail/%u
		mail_uid = mail
		mail_gid = mail
		first_valid_uid = 8
		last_valid_uid = 8
		first_valid_gid = 8
		passdb {
		  driver = static
		  args = password=$password
		}
		userdb {
		  driver = static
		  args = uid=mail gid=mail home=$dir/mail/%u
		}
		namespace inbox {
		  inbox = yes
		  separator = /
		  mailbox Sent {
		    special_use = \\Sent
		    auto = subscribe
		  }
		}
		service imap-login {
		  inet_listener imap {
		    port = $imap_starttls_port
		  }
		  inet_listener imaps {
		    port = $imap_port
		    ssl = yes
		  }
		}
		service lmtp {
		  inet_listener lmtp {
		    address = 127.0.0.1
		    port = $lmtp_port
		  }
		}
		service stats {
		  unix_listener stats-reader {
		    mode = 0666
		  }
		  unix_listener stats-writer {
		    mode = 0666
		  }
		}
		protocol lmtp {
		  postmaster_address = postmaster@example.test
		}
		lmtp_save_to_detail_mailbox = no
		recipient_delimiter =
	EOF
	dovecot -c "$dir/dovecot.conf" </dev/null >>"$dir/dovecot.log" 2>&1 || die "Dovecot did not start: $(tail -n 5 "$dir/dovecot.log" 2>/dev/null)"
	echo "$lmtp_port" >"$dir/lmtp-port"
	cat >"$dir/env" <<-EOF
		export CASEBOOK_TEST_MAIL_DIR='$dir'
		export CASEBOOK_TEST_IMAP_PORT='$imap_port'
		export CASEBOOK_TEST_IMAP_STARTTLS_PORT='$imap_starttls_port'
		export CASEBOOK_TEST_SMTP_PORT='$smtp_port'
		export CASEBOOK_TEST_MAIL_CA='$dir/tls/ca.pem'
		export CASEBOOK_TEST_MAIL_PASSWORD='$password'
	EOF
	for _ in $(seq 1 600); do
		port_in_use "$imap_port" && port_in_use "$imap_starttls_port" && port_in_use "$lmtp_port" && break
		sleep 0.05
	done
	port_in_use "$imap_port" || die "Dovecot is not listening: $(tail -n 5 "$dir/dovecot.log" 2>/dev/null)"
	start_smtp "$dir"
	unfinished=""
	cat "$dir/env"
}

case "${1:-}" in
start)
	start
	;;
smtp-stop)
	stop_smtp "$(folder "${2:-}")"
	;;
smtp-start)
	start_smtp "$(folder "${2:-}")"
	;;
stop)
	dir="$(folder "${2:-}")"
	stop_smtp "$dir"
	doveadm -c "$dir/dovecot.conf" stop >/dev/null 2>&1 || true
	for _ in $(seq 1 600); do
		[ -e "$dir/run/master.pid" ] || break
		sleep 0.05
	done
	rm -rf "$dir"
	;;
*)
	sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
	;;
esac
