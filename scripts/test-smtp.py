"""A real SMTP server for the mail tests (aiosmtpd, Debian's python3-aiosmtpd):
encrypted from the first byte with the test certificate, password sign-in,
and each accepted message delivered at once into the test Dovecot over LMTP,
so "accepted" means "in the mailbox". The address full@example.test answers
as a full mailbox (552) does.

    python3 test-smtp.py DIR PORT LMTP_PORT
"""

import asyncio
import signal
import smtplib
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def main():
    folder, port, lmtp_port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with open(f"{folder}/password") as f:
        password = f.read().strip()

    def authenticate(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword) and auth_data.password.decode() == password:
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    class Deliver:
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if address.lower() == "full@example.test":
                return "552 5.2.2 Mailbox full: full@example.test has no room for this message"
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):
            try:
                # One recipient per LMTP transaction: LMTP answers DATA once
                # per recipient, which smtplib reads only once.
                with smtplib.LMTP("127.0.0.1", lmtp_port) as lmtp:
                    for rcpt in envelope.rcpt_tos:
                        lmtp.sendmail(envelope.mail_from, [rcpt], envelope.original_content)
            except Exception as e:  # the mailbox cannot take it now: the sender tries later
                return f"451 4.3.0 Delivery failed: {e}"
            return "250 2.0.0 Delivered"

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(f"{folder}/tls/server.crt", f"{folder}/tls/server.key")
    controller = Controller(
        Deliver(),
        hostname="127.0.0.1",
        port=port,
        ssl_context=context,
        authenticator=authenticate,
        auth_require_tls=False,
        auth_exclude_mechanism=["CRAM-MD5"],
        server_hostname="localhost",
        data_size_limit=80 * 1024 * 1024,
        ready_timeout=10,
    )
    controller.start()
    print("ready", flush=True)
    stop = asyncio.new_event_loop()
    signal.signal(signal.SIGTERM, lambda *_: stop.call_soon_threadsafe(stop.stop))
    signal.signal(signal.SIGINT, lambda *_: stop.call_soon_threadsafe(stop.stop))
    stop.run_forever()
    controller.stop()


if __name__ == "__main__":
    main()
