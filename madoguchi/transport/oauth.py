"""OAuth2 (XOAUTH2) for Google Workspace and Microsoft 365, where basic authentication is
off: a refresh token, kept encrypted with the mailbox, buys a short-lived access token at
the provider's token endpoint (RFC 6749 section 6); IMAP and SMTP log in with it by the
XOAUTH2 mechanism (Google's and Microsoft's "user=…^Aauth=Bearer …^A^A").

Access tokens live about an hour; one is cached per refresh token until a minute before it
expires, so a worker that reconnects often asks the provider once an hour, not every time.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field

TIMEOUT_SECONDS = 20.0
# Renew this long before the provider's expiry: a token must not run out mid-login.
EXPIRY_MARGIN_SECONDS = 60.0
GOOGLE_TOKEN_ENDPOINT = "https://oauth2.googleapis.com/token"
GOOGLE_SCOPE = "https://mail.google.com/"
MICROSOFT_TOKEN_ENDPOINT = "https://login.microsoftonline.com/common/oauth2/v2.0/token"
MICROSOFT_SCOPE = (
    "https://outlook.office.com/IMAP.AccessAsUser.All "
    "https://outlook.office.com/SMTP.Send offline_access"
)


class OAuthError(Exception):
    """No access token: the provider's answer (error and description) or why it was not
    reached. `permanent` when asking again will not help (a revoked refresh token, a wrong
    client id or secret): an admin must act."""

    def __init__(self, message: str, *, permanent: bool) -> None:
        super().__init__(message)
        self.permanent = permanent


@dataclass(frozen=True)
class OAuthSettings:
    token_endpoint: str
    client_id: str
    client_secret: str = field(repr=False)
    refresh_token: str = field(repr=False)
    scope: str = ""
    # Called with a new refresh token when the provider rotates it (Microsoft does on
    # every refresh): the mailbox must keep the newest.
    on_rotate: Callable[[str], None] | None = field(default=None, repr=False, compare=False)

    @property
    def secrets(self) -> tuple[str, str]:
        return (self.client_secret, self.refresh_token)


@dataclass
class _Cached:
    token: str
    expires_at: float  # time.monotonic()


_cache: dict[str, _Cached] = {}
_lock = threading.Lock()


def _key(settings: OAuthSettings) -> str:
    material = "\0".join((settings.token_endpoint, settings.client_id, settings.refresh_token))
    return hashlib.sha256(material.encode()).hexdigest()


def forget_cached_tokens() -> None:
    with _lock:
        _cache.clear()


def _provider_words(body: bytes) -> str:
    try:
        answer = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return body[:300].decode("utf-8", "replace")
    if not isinstance(answer, dict):
        return str(answer)[:300]
    words = str(answer.get("error", "")).strip()
    description = str(answer.get("error_description", "")).strip()
    return f"{words}: {description}" if words and description else words or description


def _redacted(text: str, settings: OAuthSettings) -> str:
    for secret in settings.secrets:
        if secret:
            text = text.replace(secret, "********")
    return text


def _request_token(settings: OAuthSettings) -> tuple[str, float, str]:
    form = {
        "grant_type": "refresh_token",
        "refresh_token": settings.refresh_token,
        "client_id": settings.client_id,
    }
    if settings.client_secret:
        form["client_secret"] = settings.client_secret
    if settings.scope:
        form["scope"] = settings.scope
    request = urllib.request.Request(
        settings.token_endpoint,
        data=urllib.parse.urlencode(form).encode("ascii"),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - the admin's token endpoint
            body = response.read()
    except urllib.error.HTTPError as error:
        words = _redacted(_provider_words(error.read()), settings)
        # RFC 6749 5.2: 400/401 with invalid_grant, invalid_client … are answers about
        # the credentials; 5xx and 429 are the provider's trouble and pass.
        permanent = error.code in (400, 401, 403)
        raise OAuthError(
            f"the token endpoint refused: HTTP {error.code} {words}".rstrip(), permanent=permanent
        ) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise OAuthError(
            _redacted(f"the token endpoint cannot be reached: {reason}", settings),
            permanent=False,
        ) from None
    try:
        answer = json.loads(body)
        token = str(answer["access_token"])
        lifetime = float(answer.get("expires_in", 3600))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise OAuthError(
            "the token endpoint answered without an access token", permanent=False
        ) from None
    return token, lifetime, str(answer.get("refresh_token") or "")


def access_token(settings: OAuthSettings) -> str:
    """A valid access token, from the cache or fresh from the token endpoint."""
    if not (settings.token_endpoint and settings.client_id and settings.refresh_token):
        raise OAuthError(
            "OAuth2 needs a token endpoint, a client id and a refresh token", permanent=True
        )
    key = _key(settings)
    with _lock:
        cached = _cache.get(key)
        if cached is not None and cached.expires_at > time.monotonic():
            return cached.token
    token, lifetime, rotated = _request_token(settings)
    expires_at = time.monotonic() + max(lifetime - EXPIRY_MARGIN_SECONDS, 0.0)
    with _lock:
        _cache[key] = _Cached(token, expires_at)
    if rotated and rotated != settings.refresh_token:
        with _lock:
            _cache[_key(_with_refresh_token(settings, rotated))] = _Cached(token, expires_at)
        if settings.on_rotate is not None:
            settings.on_rotate(rotated)
    return token


def _with_refresh_token(settings: OAuthSettings, refresh_token: str) -> OAuthSettings:
    return OAuthSettings(
        token_endpoint=settings.token_endpoint,
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        refresh_token=refresh_token,
        scope=settings.scope,
        on_rotate=settings.on_rotate,
    )


def xoauth2_string(username: str, token: str) -> str:
    """The XOAUTH2 initial client response, before base64 (imapclient and smtplib encode)."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01"
