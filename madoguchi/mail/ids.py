"""Message identity: content hashes for de-duplication and our own signed Message-IDs."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

# Headers added in transit. The same mail fetched by two routes (IMAP and an .mbox export,
# or delivered twice) differs only in these, so they are left out of the content hash.
_TRACE_HEADERS = frozenset(
    {
        b"received",
        b"return-path",
        b"delivered-to",
        b"x-original-to",
        b"x-received",
        b"x-delivered-to",
        b"x-uid",
        b"x-keywords",
        b"x-status",
        b"status",
        b"x-mozilla-status",
        b"x-mozilla-status2",
        b"content-length",
        b"lines",
    }
)
_HEADER_NAME = re.compile(rb"^([!-9;-~]+)[ \t]*:")


def content_hash(raw: bytes, message_id: str | None) -> str:
    """sha256 over the Message-ID and the message minus its trace headers.

    Line endings are normalised: an mbox export with LF and an IMAP fetch with CRLF of the
    same mail hash alike.
    """
    digest = hashlib.sha256()
    digest.update((message_id or "").encode("utf-8", "surrogateescape"))
    digest.update(b"\0")
    normalised = raw.replace(b"\r\n", b"\n")
    end = normalised.find(b"\n\n")
    header_block, body = (normalised, b"") if end < 0 else (normalised[:end], normalised[end:])
    skipping = False
    for line in header_block.split(b"\n"):
        if line[:1] in (b" ", b"\t"):
            if not skipping:
                digest.update(line)
                digest.update(b"\n")
            continue
        match = _HEADER_NAME.match(line)
        skipping = bool(match) and match.group(1).lower() in _TRACE_HEADERS  # type: ignore[union-attr]
        if not skipping:
            digest.update(line)
            digest.update(b"\n")
    digest.update(body)
    return digest.hexdigest()


# Our Message-IDs: <mg.{conversation}.{random}.{signature}@{domain}>. The signature is an
# HMAC over the conversation id and the random part, so a forged mail that copies the
# format cannot claim to be ours or to belong to a conversation.
_OUR_ID = re.compile(r"^<mg\.(\d+)\.([A-Za-z0-9_-]{8,32})\.([A-Za-z0-9_-]{16,64})@([^<>\s]+)>$")


def _signature(secret: bytes, conversation_id: int, nonce: str) -> str:
    mac = hmac.new(secret, f"{conversation_id}.{nonce}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac[:18]).decode().rstrip("=")


def make_message_id(conversation_id: int, domain: str, secret: bytes) -> str:
    nonce = secrets.token_urlsafe(12)
    return f"<mg.{conversation_id}.{nonce}.{_signature(secret, conversation_id, nonce)}@{domain}>"


def verify_message_id(message_id: str, secret: bytes) -> int | None:
    """The conversation id of one of our own Message-IDs, or None (not ours or forged)."""
    match = _OUR_ID.match(message_id.strip())
    if not match:
        return None
    conversation_id, nonce, signature = int(match.group(1)), match.group(2), match.group(3)
    if not hmac.compare_digest(signature, _signature(secret, conversation_id, nonce)):
        return None
    return conversation_id


def looks_like_our_message_id(message_id: str) -> bool:
    return bool(_OUR_ID.match(message_id.strip()))
