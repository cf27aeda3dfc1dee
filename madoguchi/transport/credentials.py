"""Stored mailbox passwords, encrypted with a key derived from the installation secret.

Fernet (AES-128-CBC + HMAC-SHA256) from `cryptography`: authenticated, so a token that was
tampered with, or made under another SECRET_KEY, fails loudly instead of decrypting to junk.
Changing SECRET_KEY therefore means entering the mailbox passwords again.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings


class CredentialError(Exception):
    """A stored password that cannot be decrypted (SECRET_KEY changed, or the value was edited)."""


def _fernet() -> Fernet:
    digest = hashlib.sha256(b"madoguchi mailbox credentials\0" + settings.SECRET_KEY.encode())
    return Fernet(base64.urlsafe_b64encode(digest.digest()))


def encrypt_password(password: str) -> str:
    if not password:
        return ""
    return _fernet().encrypt(password.encode("utf-8")).decode("ascii")


def decrypt_password(token: str) -> str:
    if not token:
        return ""
    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeError, ValueError):
        raise CredentialError(
            "the stored password cannot be decrypted (was SECRET_KEY changed?); enter it again"
        ) from None


def _written_forms(secret: str) -> set[str]:
    """The ways a secret appears in error text: as is, quoted for IMAP (RFC 3501 quoted
    strings escape \\ and "), and each of those inside a Python repr (imaplib shows server
    replies as bytes reprs, which double every backslash)."""
    quoted = secret.replace("\\", "\\\\").replace('"', '\\"')
    forms = {secret, quoted}
    for form in list(forms):
        forms.add(form.replace("\\", "\\\\"))
        forms.add(form.replace("\\", "\\\\").replace("'", "\\'"))
    return forms


def redact(text: str, *secrets: str) -> str:
    """`text` with every given secret replaced, for error messages that echo server replies."""
    for secret in secrets:
        if secret:
            for form in sorted(_written_forms(secret), key=len, reverse=True):
                text = text.replace(form, "********")
    return text
