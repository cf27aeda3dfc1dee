"""`madoguchi mailbox test`: connect to a mailbox's servers step by step and say exactly
which step failed — DNS, TCP, TLS, login, folder — in words an admin can act on.

Server replies are shown (they often say why), with the password removed in case a server
echoes it.
"""

from __future__ import annotations

import imaplib
import smtplib
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from madoguchi.models import Mailbox
from madoguchi.transport.credentials import CredentialError, redact
from madoguchi.transport.endpoints import (
    STARTTLS,
    TLS,
    Endpoint,
    imap_endpoint,
    smtp_endpoint,
    tls_context,
)
from madoguchi.transport.oauth import OAuthError, access_token, xoauth2_string
from madoguchi.transport.smtp import wants_login

TIMEOUT_SECONDS = 10.0


@dataclass(frozen=True)
class Check:
    server: str  # "imap" or "smtp"
    step: str  # "settings", "dns", "tcp", "tls", "token", "auth", "folder"
    ok: bool
    detail: str


class _Stop(Exception):
    """A step failed; later steps cannot run."""


class _Checks:
    def __init__(self, server: str, endpoint: Endpoint | None) -> None:
        self.server = server
        self.secrets = endpoint.secrets if endpoint else ()
        self.results: list[Check] = []

    def ok(self, step: str, detail: str) -> None:
        self.results.append(Check(self.server, step, True, redact(detail, *self.secrets)))

    def failed(self, step: str, detail: str) -> _Stop:
        self.results.append(Check(self.server, step, False, redact(detail, *self.secrets)))
        return _Stop()


def _network(checks: _Checks, endpoint: Endpoint) -> None:
    try:
        addresses = socket.getaddrinfo(endpoint.host, endpoint.port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise checks.failed("dns", f"cannot resolve {endpoint.host}: {error.strerror}") from None
    checks.ok("dns", f"{endpoint.host} is {addresses[0][4][0]}")
    try:
        with socket.create_connection((endpoint.host, endpoint.port), timeout=TIMEOUT_SECONDS):
            pass
    except ConnectionRefusedError:
        raise checks.failed(
            "tcp", f"connection to port {endpoint.port} refused (wrong port, or server down)"
        ) from None
    except OSError as error:
        raise checks.failed("tcp", f"cannot connect to port {endpoint.port}: {error}") from None
    checks.ok("tcp", f"port {endpoint.port} answers")


def _tls_failure(checks: _Checks, error: ssl.SSLError | OSError) -> _Stop:
    if isinstance(error, ssl.SSLCertVerificationError):
        return checks.failed("tls", f"certificate not trusted: {error.verify_message}")
    return checks.failed(
        "tls", f"TLS handshake failed ({error}); is the port for TLS or for STARTTLS?"
    )


def _token(checks: _Checks, endpoint: Endpoint) -> str:
    """The OAuth2 access token, as its own step: a refused refresh token is named as such,
    with the provider's words, not as a login the mail server refused."""
    assert endpoint.oauth is not None
    try:
        token = access_token(endpoint.oauth)
    except OAuthError as error:
        raise checks.failed("token", str(error)) from None
    host = urlsplit(endpoint.oauth.token_endpoint).hostname or endpoint.oauth.token_endpoint
    checks.ok("token", f"access token received from {host}")
    return token


def check_imap(mailbox: Mailbox) -> list[Check]:
    try:
        endpoint = imap_endpoint(mailbox)
    except CredentialError as error:
        return [Check("imap", "settings", False, str(error))]
    checks = _Checks("imap", endpoint)
    if not endpoint.host:
        return [Check("imap", "settings", False, "no IMAP server configured")]
    client = None
    try:
        _network(checks, endpoint)
        try:
            client = IMAPClient(
                endpoint.host,
                port=endpoint.port,
                ssl=endpoint.security == TLS,
                ssl_context=tls_context() if endpoint.security == TLS else None,
                timeout=TIMEOUT_SECONDS,
            )
            if endpoint.security == STARTTLS:
                client.starttls(tls_context())
        except (ssl.SSLError, ssl.CertificateError) as error:
            raise _tls_failure(checks, error) from None
        except (IMAPClientError, imaplib.IMAP4.error, OSError) as error:
            raise checks.failed("tls", f"{type(error).__name__}: {error}") from None
        if endpoint.security in (TLS, STARTTLS):
            checks.ok("tls", f"{endpoint.security} established")
        token = _token(checks, endpoint) if endpoint.oauth else ""
        try:
            if endpoint.oauth:
                client.oauth2_login(endpoint.username, token)
            else:
                client.login(endpoint.username, endpoint.password)
        except LoginError as error:
            raise checks.failed(
                "auth", f"login refused for {endpoint.username!r}: {error}"
            ) from None
        checks.ok("auth", f"logged in as {endpoint.username}")
        for folder in (mailbox.imap_folder, mailbox.sent_folder):
            if not folder:
                continue
            if client.folder_exists(folder):
                info = client.select_folder(folder, readonly=True)
                checks.ok("folder", f"{folder}: {info.get(b'EXISTS', 0)} messages")
            elif folder == mailbox.sent_folder:
                checks.ok("folder", f"{folder} does not exist yet; it is created on first send")
            else:
                names = ", ".join(str(f[2]) for f in client.list_folders()[:20])
                raise checks.failed("folder", f"no folder {folder!r} (there are: {names})")
        capabilities = client.capabilities()
        checks.ok(
            "folder",
            "new mail arrives at once (IDLE)"
            if b"IDLE" in capabilities
            else "no IDLE: the worker polls every minute",
        )
    except _Stop:
        pass
    except (IMAPClientError, imaplib.IMAP4.error, OSError) as error:
        checks.failed("auth", f"{type(error).__name__}: {error}")
    finally:
        if client is not None:
            try:
                client.logout()
            except (IMAPClientError, imaplib.IMAP4.error, OSError):
                pass
    return checks.results


def check_smtp(mailbox: Mailbox) -> list[Check]:
    try:
        endpoint = smtp_endpoint(mailbox)
    except CredentialError as error:
        return [Check("smtp", "settings", False, str(error))]
    checks = _Checks("smtp", endpoint)
    if not endpoint.host:
        return [Check("smtp", "settings", False, "no SMTP server configured")]
    client: smtplib.SMTP | None = None
    try:
        _network(checks, endpoint)
        try:
            if endpoint.security == TLS:
                client = smtplib.SMTP_SSL(
                    endpoint.host, endpoint.port, timeout=TIMEOUT_SECONDS, context=tls_context()
                )
            else:
                client = smtplib.SMTP(endpoint.host, endpoint.port, timeout=TIMEOUT_SECONDS)
            client.ehlo()
            if endpoint.security == STARTTLS:
                if not client.has_extn("starttls"):
                    raise checks.failed("tls", "the server does not offer STARTTLS on this port")
                client.starttls(context=tls_context())
                client.ehlo()
        except (ssl.SSLError, ssl.CertificateError) as error:
            raise _tls_failure(checks, error) from None
        except (smtplib.SMTPException, OSError) as error:
            raise checks.failed("tls", f"{type(error).__name__}: {error}") from None
        if endpoint.security in (TLS, STARTTLS):
            checks.ok("tls", f"{endpoint.security} established")
        if endpoint.oauth or wants_login(endpoint, client):
            token = _token(checks, endpoint) if endpoint.oauth else ""
            try:
                if endpoint.oauth:
                    client.auth(
                        "XOAUTH2",
                        lambda challenge=None: (
                            xoauth2_string(endpoint.username, token) if challenge is None else ""
                        ),
                    )
                else:
                    client.login(endpoint.username, endpoint.password)
            except smtplib.SMTPAuthenticationError as error:
                raw_answer = error.smtp_error
                answer = (
                    raw_answer.decode("utf-8", "replace")
                    if isinstance(raw_answer, bytes)
                    else str(raw_answer)
                )
                raise checks.failed(
                    "auth", f"login refused for {endpoint.username!r}: {error.smtp_code} {answer}"
                ) from None
            except smtplib.SMTPNotSupportedError:
                raise checks.failed(
                    "auth", "the server offers no login on this connection (needs TLS first?)"
                ) from None
            checks.ok("auth", f"logged in as {endpoint.username}")
        else:
            checks.ok(
                "auth",
                "no login (none configured, or no password and the server asks for none): "
                "the server must accept us without one",
            )
    except _Stop:
        pass
    except (smtplib.SMTPException, OSError) as error:
        checks.failed("auth", f"{type(error).__name__}: {error}")
    finally:
        if client is not None:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()
    return checks.results


def check_mailbox(mailbox: Mailbox) -> list[Check]:
    return [*check_imap(mailbox), *check_smtp(mailbox)]
