"""The pure half of ingest: parse, hash, triage and write attachments, per raw message.

Runs in worker processes during a bulk import (it needs no database), so the expensive
decoding uses both cores while the main process writes to the database.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from madoguchi.mail.greetings import is_opening_line
from madoguchi.mail.ids import content_hash
from madoguchi.mail.parse import ParsedMessage, parse_message
from madoguchi.mail.quote import split_quoted
from madoguchi.search.tokens import message_tokens


@dataclass(frozen=True)
class PreparedMail:
    parsed: ParsedMessage  # attachments' payloads dropped (on disk), headers but KEPT_HEADERS
    content_hash: str
    attachment_hashes: tuple[str, ...]
    triage: dict[str, Any] | None
    search_tokens: str  # search/tokens.py, computed here so that worker processes do it
    preview: str  # the first line of the new text (quoted history left out)


# thread-index: threading; x-spam-*: the upstream filter's verdict (迷惑メール).
KEPT_HEADERS = frozenset({"thread-index", "x-spam-flag", "x-spam-status"})


def attachment_path(root: Path, sha256: str) -> Path:
    return root / sha256[:2] / sha256[2:4] / sha256


def store_attachment(root: Path, payload: bytes) -> str:
    """Write a payload under its sha256 (once) and return the hash."""
    sha256 = hashlib.sha256(payload).hexdigest()
    path = attachment_path(root, sha256)
    if not path.exists():
        # Attachments are personal data: directories 0700 and files 0600 whatever the umask
        # (mkdir's parents=True would give the parents the default mode).
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        for directory in (path.parent.parent, path.parent):
            directory.mkdir(mode=0o700, exist_ok=True)
        temporary = path.with_name(f".{sha256}.{os.getpid()}.tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
        os.replace(temporary, path)  # atomic: a reader never sees half a file
    return sha256


def _triage(parsed: ParsedMessage, own_text: str) -> dict[str, Any]:
    from madoguchi.quality.triage import triage

    return triage(parsed.text, subject=parsed.subject, own_text=own_text).to_stored()


def prepare_mail(raw: bytes, attachment_root: Path, *, triage: bool = True) -> PreparedMail:
    """Everything about one raw mail that needs no database.

    triage=False leaves the triage out (an archive import: `madoguchi retriage` can add it).
    """
    parsed = parse_message(raw)
    hashes = tuple(store_attachment(attachment_root, item.payload) for item in parsed.attachments)
    # What goes back to the storing process: attachments without their bytes (on disk
    # now) and, of the headers, only those that threading and the spam check read.
    light = dataclasses.replace(
        parsed,
        attachments=tuple(dataclasses.replace(item, payload=b"") for item in parsed.attachments),
        headers=tuple(item for item in parsed.headers if item[0].lower() in KEPT_HEADERS),
    )
    # The new text (quotes and signature cut off) once, for the preview and for triage.
    head = parsed.text[:HEAD_CHARS]
    own_text = split_quoted(head).body or head
    return PreparedMail(
        parsed=light,
        content_hash=content_hash(raw, parsed.message_id),
        attachment_hashes=hashes,
        triage=None if parsed.auto_submitted or not triage else _triage(parsed, own_text),
        search_tokens=searchable_tokens(parsed),
        preview=preview_of(own_text),
    )


PREVIEW_LENGTH = 200
# Previews and triage read the top of a mail; a long quoted history is not split.
HEAD_CHARS = 6000


def preview_of(own_text: str) -> str:
    """The first line of the new text that says something (greetings are skipped)."""
    first = ""
    for raw in own_text.splitlines():  # lazily: the answer is near the top of a long text
        line = raw.strip()
        if not line:
            continue
        if not is_opening_line(line):
            return line[:PREVIEW_LENGTH].replace("\x00", "")
        first = first or line
    return first[:PREVIEW_LENGTH].replace("\x00", "")


def text_preview(text: str) -> str:
    """The preview of a stored message's text: its own words (the quote and signature
    left out), as prepare_mail makes it for a new mail."""
    head = text[:HEAD_CHARS]
    return preview_of(split_quoted(head).body or head)


def searchable_tokens(parsed: ParsedMessage) -> str:
    sender = parsed.from_
    return message_tokens(
        parsed.subject, sender.name if sender else "", sender.address if sender else "", parsed.text
    )
