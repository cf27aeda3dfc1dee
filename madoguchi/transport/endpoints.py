"""Where a mailbox's IMAP and SMTP servers are and how to log in, as plain values.

The password is decrypted only here and kept out of repr(), so logging an endpoint (or a
traceback that shows one) never prints it.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field

from madoguchi.models import Mailbox
from madoguchi.transport.credentials import decrypt_password

TLS = "tls"
STARTTLS = "starttls"
PLAIN = "plain"
TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int
    security: str  # TLS, STARTTLS or PLAIN
    username: str
    password: str = field(repr=False)
    timeout: float = TIMEOUT_SECONDS

    @property
    def configured(self) -> bool:
        return bool(self.host)

    def __str__(self) -> str:
        return f"{self.host}:{self.port} ({self.security})"


def imap_endpoint(mailbox: Mailbox) -> Endpoint:
    return Endpoint(
        host=mailbox.imap_host,
        port=mailbox.imap_port,
        security=mailbox.imap_security,
        username=mailbox.imap_username,
        password=decrypt_password(mailbox.imap_password_encrypted),
    )


def smtp_endpoint(mailbox: Mailbox) -> Endpoint:
    return Endpoint(
        host=mailbox.smtp_host,
        port=mailbox.smtp_port,
        security=mailbox.smtp_security,
        username=mailbox.smtp_username,
        password=decrypt_password(mailbox.smtp_password_encrypted),
    )


def tls_context() -> ssl.SSLContext:
    # Certificates are verified against the system's CAs; there is deliberately no switch
    # to turn that off (a self-signed server belongs on PLAIN over loopback or a VPN).
    return ssl.create_default_context()
