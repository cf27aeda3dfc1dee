"""Where a mailbox's IMAP and SMTP servers are and how to log in, as plain values.

The password is decrypted only here and kept out of repr(), so logging an endpoint (or a
traceback that shows one) never prints it.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field

from madoguchi.models import Mailbox
from madoguchi.models.mailboxes import AuthMethod
from madoguchi.transport.credentials import decrypt_password, encrypt_password
from madoguchi.transport.oauth import OAuthSettings

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
    # Set when the mailbox signs in with OAuth2 (XOAUTH2) instead of the password.
    oauth: OAuthSettings | None = field(default=None, repr=False)

    @property
    def secrets(self) -> tuple[str, ...]:
        """What error text must never show (servers and token endpoints echo things)."""
        return (self.password, *(self.oauth.secrets if self.oauth else ()))

    @property
    def configured(self) -> bool:
        return bool(self.host)

    def __str__(self) -> str:
        return f"{self.host}:{self.port} ({self.security})"


def oauth_settings(mailbox: Mailbox) -> OAuthSettings | None:
    if mailbox.auth_method != AuthMethod.OAUTH2:
        return None
    mailbox_id = mailbox.pk
    old_token = mailbox.oauth_refresh_token_encrypted

    def keep_rotated(refresh_token: str) -> None:
        # Only if no one stored another token meanwhile (the admin may have just pasted one).
        Mailbox.objects.filter(pk=mailbox_id, oauth_refresh_token_encrypted=old_token).update(
            oauth_refresh_token_encrypted=encrypt_password(refresh_token)
        )

    return OAuthSettings(
        token_endpoint=mailbox.oauth_token_endpoint,
        client_id=mailbox.oauth_client_id,
        client_secret=decrypt_password(mailbox.oauth_client_secret_encrypted),
        refresh_token=decrypt_password(mailbox.oauth_refresh_token_encrypted),
        scope=mailbox.oauth_scope,
        on_rotate=keep_rotated,
    )


def imap_endpoint(mailbox: Mailbox) -> Endpoint:
    oauth = oauth_settings(mailbox)
    return Endpoint(
        host=mailbox.imap_host,
        port=mailbox.imap_port,
        security=mailbox.imap_security,
        username=mailbox.imap_username,
        password="" if oauth else decrypt_password(mailbox.imap_password_encrypted),
        oauth=oauth,
    )


def smtp_endpoint(mailbox: Mailbox) -> Endpoint:
    oauth = oauth_settings(mailbox)
    return Endpoint(
        host=mailbox.smtp_host,
        port=mailbox.smtp_port,
        security=mailbox.smtp_security,
        # XOAUTH2 names the account in the token's string: the IMAP user when none is set.
        username=mailbox.smtp_username or (mailbox.imap_username if oauth else ""),
        password="" if oauth else decrypt_password(mailbox.smtp_password_encrypted),
        oauth=oauth,
    )


def tls_context() -> ssl.SSLContext:
    # Certificates are verified against the system's CAs; there is deliberately no switch
    # to turn that off (a self-signed server belongs on PLAIN over loopback or a VPN).
    return ssl.create_default_context()
