"""Sending one composed mail over SMTP, with failures sorted into temporary and permanent.

RFC 5321 4.2.1: 4yz replies are transient (try again later), 5yz permanent (this mail, as it
is, will not be accepted). A timeout or a dropped connection is transient. A problem of the
mailbox's settings — no host, a name that does not resolve, a refused connection, a TLS
failure, a login refused — will not fix itself by waiting: it is a configuration error, the
reply fails at once with the reason shown, and "send now" sends it once an admin has fixed
the mailbox (retrying it for hours would only hide the problem).
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass

from madoguchi.transport.credentials import redact
from madoguchi.transport.endpoints import PLAIN, STARTTLS, TLS, Endpoint, tls_context
from madoguchi.transport.oauth import OAuthError, access_token, xoauth2_string


class SendError(Exception):
    def __init__(
        self,
        message: str,
        *,
        permanent: bool,
        config: bool = False,
        unreachable: bool = False,
        uncertain: bool = False,
        code: int = 0,
    ) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.code = code  # the server's reply code, when it answered one (0: no answer)
        self.config = config  # the mailbox's settings are wrong: fail now, no retries
        # Name not found, refused, TLS failed: wrong settings, or a server that is down
        # (worker/sending.py tells them apart by whether it delivered a moment ago).
        self.unreachable = unreachable
        # The connection was lost while the mail was being handed over or its answer was
        # awaited: the server may have accepted it (RFC 5321 6.1), so sending it again
        # blindly can make a second copy.
        self.uncertain = uncertain

    @property
    def final(self) -> bool:
        return self.permanent or self.config


def _is_config_error(error: BaseException) -> bool:
    return isinstance(error, socket.gaierror | ConnectionRefusedError | ssl.SSLError)


@dataclass(frozen=True)
class Refusal:
    """One recipient the server refused while it accepted the others."""

    address: str
    code: int
    answer: str  # the server's words: "550 5.1.1 no such user"

    @property
    def temporary(self) -> bool:  # RFC 5321 4.2.1: 4yz, waiting may help
        return self.code < 500


@dataclass(frozen=True)
class SendResult:
    answer: str  # the server's reply to the end of DATA
    refusals: tuple[Refusal, ...] = ()

    @property
    def refused(self) -> tuple[str, ...]:
        return tuple(refusal.address for refusal in self.refusals)


def wants_login(endpoint: Endpoint, client: smtplib.SMTP) -> bool:
    """Whether to log in with a user name and password. A user name with no password, to a
    server that offers no AUTH (a relay on the local network, a local Postfix), is no login:
    `madoguchi mailbox add` fills the SMTP user from the address, and every reply through such
    a relay failed with "SMTP AUTH extension not supported". A server that offers AUTH is
    still asked, so a missing password is reported as the refused login it is."""
    if not endpoint.username or endpoint.security not in (TLS, STARTTLS, PLAIN):
        return False
    return bool(endpoint.password) or client.has_extn("auth")


def connect(endpoint: Endpoint) -> smtplib.SMTP:
    """An open, logged-in SMTP session; SendError when that is not possible."""
    if not endpoint.configured:
        raise SendError("no SMTP server is set for this mailbox", permanent=False, config=True)
    try:
        if endpoint.security == TLS:
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                endpoint.host, endpoint.port, timeout=endpoint.timeout, context=tls_context()
            )
        else:
            client = smtplib.SMTP(endpoint.host, endpoint.port, timeout=endpoint.timeout)
        client.ehlo_or_helo_if_needed()
        if endpoint.security == STARTTLS:
            client.starttls(context=tls_context())
            client.ehlo()
        if endpoint.oauth is not None:
            login_xoauth2(client, endpoint)
        elif wants_login(endpoint, client):
            client.login(endpoint.username, endpoint.password)
        return client
    except OAuthError as error:
        # A refused refresh token is the settings' fault; an unreachable endpoint passes.
        raise SendError(f"SMTP OAuth2: {error}", permanent=False, config=error.permanent) from None
    except smtplib.SMTPAuthenticationError as error:
        raise SendError(
            f"SMTP login refused: {_answer(error.smtp_code, error.smtp_error, endpoint)}",
            permanent=False,
            config=True,
        ) from None
    except smtplib.SMTPNotSupportedError as error:  # STARTTLS or AUTH not offered
        raise SendError(
            f"SMTP {endpoint}: {_describe(error, endpoint)}", permanent=False, config=True
        ) from None
    except (OSError, smtplib.SMTPException, ssl.SSLError) as error:
        raise SendError(
            f"SMTP {endpoint}: {_describe(error, endpoint)}",
            permanent=False,
            config=_is_config_error(error),
            unreachable=_is_config_error(error),
        ) from None


def send(
    client: smtplib.SMTP,
    sender: str,
    recipients: tuple[str, ...],
    data: bytes,
    own_copy: str = "",
) -> SendResult:
    """Send `data` to `recipients`, plus an envelope-only copy to `own_copy` when given.

    The copy never counts as a recipient: when every real recipient is refused nothing is
    sent at all.
    """
    try:
        client.ehlo_or_helo_if_needed()
        # RFC 6531: only an address outside ASCII needs SMTPUTF8 (the body is 7bit or base64).
        needs_utf8 = not sender.isascii() or not all(r.isascii() for r in recipients)
        options = ["SMTPUTF8"] if needs_utf8 and client.has_extn("smtputf8") else []
        code, answer = client.mail(sender, options)
        if code != 250:
            client.rset()
            raise smtplib.SMTPSenderRefused(code, answer, sender)
        refused: dict[str, tuple[int, bytes]] = {}
        for recipient in recipients:
            code, answer = client.rcpt(recipient)
            if code not in (250, 251):
                refused[recipient] = (code, answer)
        if len(refused) == len(recipients):
            client.rset()
            raise smtplib.SMTPRecipientsRefused(refused)  # type: ignore[arg-type]
        if own_copy:
            client.rcpt(own_copy)  # refused or not, the reply goes to the customer
        try:
            code, answer = client.data(data)
        except (OSError, smtplib.SMTPServerDisconnected) as error:
            raise SendError(
                "SMTP connection lost while the reply was being handed over; "
                f"it may have been accepted: {_describe(error, None)}",
                permanent=False,
                uncertain=True,
            ) from None
        if code != 250:
            client.rset()
            raise smtplib.SMTPDataError(code, answer)
        refusals = tuple(
            Refusal(address, code, _answer(code, text, None))
            for address, (code, text) in refused.items()
        )
        return SendResult(answer.decode("utf-8", "replace"), refusals)
    except smtplib.SMTPRecipientsRefused as error:
        codes = [code for code, _ in error.recipients.values()]
        text = "; ".join(
            f"{address}: {code} {answer.decode('utf-8', 'replace')}"
            for address, (code, answer) in error.recipients.items()
        )
        raise SendError(
            f"recipients refused: {text}",
            permanent=all(500 <= c < 600 for c in codes),
            code=max(codes, default=0),
        ) from None
    except smtplib.SMTPResponseException as error:
        raise SendError(
            _answer(error.smtp_code, error.smtp_error, None),
            permanent=500 <= error.smtp_code < 600,
            code=error.smtp_code,
        ) from None
    except (OSError, smtplib.SMTPException) as error:
        raise SendError(
            f"SMTP connection lost: {_describe(error, None)}", permanent=False
        ) from None


def login_xoauth2(client: smtplib.SMTP, endpoint: Endpoint) -> None:
    """AUTH XOAUTH2 with a fresh or cached access token. On a refusal the server sends a
    334 with a JSON error; the client answers with an empty line and gets the final 535."""
    assert endpoint.oauth is not None
    response = xoauth2_string(endpoint.username, access_token(endpoint.oauth))

    def answer(challenge: bytes | None = None) -> str:
        return response if challenge is None else ""

    client.auth("XOAUTH2", answer, initial_response_ok=True)


def close(client: smtplib.SMTP | None) -> None:
    if client is None:
        return
    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        client.close()


def _answer(code: int, text: bytes | str, endpoint: Endpoint | None) -> str:
    decoded = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return redact(f"{code} {decoded}", *(endpoint.secrets if endpoint else ()))


def _describe(error: BaseException, endpoint: Endpoint | None) -> str:
    if isinstance(error, socket.gaierror):
        text = f"host name not found ({error})"
    elif isinstance(error, ConnectionRefusedError):
        text = "connection refused"
    elif isinstance(error, ssl.SSLError):
        text = f"TLS failed ({error})"
    elif isinstance(error, TimeoutError | socket.timeout):
        text = "timed out"
    elif isinstance(error, smtplib.SMTPServerDisconnected):
        text = f"server closed the connection ({error})"
    else:
        text = f"{type(error).__name__}: {error}"
    return redact(text, *(endpoint.secrets if endpoint else ()))
