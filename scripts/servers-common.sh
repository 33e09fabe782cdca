# Shared by scripts/test-servers.sh (PostgreSQL) and scripts/mail-servers.sh
# (Dovecot and SMTP), which source it: ports on loopback, and the test
# certificate authorities their servers' certificates come from.

port_in_use() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# A high port on 127.0.0.1 that nothing listens on now. A server started on it
# may still find it taken by then: the callers try again.
free_port() {
	local p
	while :; do
		p=$((20000 + RANDOM % 40000))
		port_in_use "$p" || {
			echo "$p"
			return
		}
	done
}

# make_certificates DIR SAN CA...: in DIR, a certificate authority CA.pem for
# each CA (their keys deleted once used), and server.crt and server.key for
# localhost, with SAN as its subjectAltName, signed by the first CA. The
# callers set the files' permissions for the servers that read them.
make_certificates() {
	local tls="$1" san="$2"
	shift 2
	local signer="$1"
	mkdir -p "$tls"
	(
		cd "$tls"
		for ca in "$@"; do
			openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:P-256 \
				-keyout "$ca.key" -out "$ca.pem" -days 3650 -subj "/CN=Casebook test $ca" \
				-addext "basicConstraints=critical,CA:TRUE" \
				-addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
		done
		openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:P-256 \
			-keyout server.key -out server.csr -subj "/CN=localhost" 2>/dev/null
		printf '%s\n' "subjectAltName=$san" \
			"basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature" \
			"extendedKeyUsage=serverAuth" >server.ext
		openssl x509 -req -in server.csr -CA "$signer.pem" -CAkey "$signer.key" -CAcreateserial \
			-out server.crt -days 3650 -extfile server.ext 2>/dev/null
		rm -f server.csr server.ext "$signer.srl"
		for ca in "$@"; do rm -f "$ca.key"; done
	)
}
