"""The parser's results: frozen values the rest of madoguchi stores, shows and searches."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

# The defect of a mail that was not parsed within its time and memory budget (actions/budget.py):
# it is stored raw and its message page says so.
OVER_BUDGET_DEFECT = "not parsed within the parse budget"
# Over the size cap: only the header block was fetched; the mail stays on the server.
LEFT_ON_SERVER_DEFECT = "over the size cap, left on the server"
LEFT_ON_SERVER = re.compile(
    re.escape(LEFT_ON_SERVER_DEFECT)
    + r": (?P<size>\d+) bytes at (?:imap:(?P<folder>.*):\d+:(?P<uid>\d+)|.*)"
)


def left_on_server_defect(size: int, source: str) -> str:
    """The defect of a mail stored as its header only; `source` is "imap:<folder>:<uv>:<uid>"."""
    return f"{LEFT_ON_SERVER_DEFECT}: {size} bytes at {source}"


@dataclass(frozen=True, slots=True)
class Address:
    name: str
    address: str

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "address": self.address}

    # Parsed mail is pickled from the parse children to the storing process (actions/
    # budget.py): rebuilt by __init__ from a tuple, not field by field by the slotted
    # dataclass's __setstate__ (49 → 36 µs a mail to unpickle).
    def __reduce__(self) -> tuple[type[Address], tuple[str, str]]:
        return (Address, (self.name, self.address))


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content_type: str
    size: int
    payload: bytes
    content_id: str | None  # without angle brackets, as `cid:` URLs refer to it
    inline: bool

    def to_dict(self) -> dict[str, Any]:
        return {"filename": self.filename, "content_type": self.content_type, "size": self.size}

    def __reduce__(self) -> tuple[type[Attachment], tuple[Any, ...]]:
        return (
            Attachment,
            (
                self.filename,
                self.content_type,
                self.size,
                self.payload,
                self.content_id,
                self.inline,
            ),
        )


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    from_: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    reply_to: tuple[Address, ...]
    subject: str
    date: datetime | None
    text: str
    html: str | None
    attachments: tuple[Attachment, ...]
    defects: tuple[str, ...]
    auto_submitted: bool = False  # auto-replies, bounces, bulk and list mail
    list_id: str | None = None
    headers: tuple[tuple[str, str], ...] = ()

    def __reduce__(self) -> tuple[type[ParsedMessage], tuple[Any, ...]]:
        return (
            ParsedMessage,
            (
                self.message_id,
                self.in_reply_to,
                self.references,
                self.from_,
                self.to,
                self.cc,
                self.reply_to,
                self.subject,
                self.date,
                self.text,
                self.html,
                self.attachments,
                self.defects,
                self.auto_submitted,
                self.list_id,
                self.headers,
            ),
        )

    def header(self, name: str) -> str | None:
        """The first decoded header of that name (any case), or None."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    def to_dict(self) -> dict[str, Any]:
        """The `madoguchi parse` object of CONTRACT.md (attachments without their bytes)."""
        return {
            "message_id": self.message_id,
            "in_reply_to": self.in_reply_to,
            "references": list(self.references),
            "from": self.from_.to_dict() if self.from_ else None,
            "to": [address.to_dict() for address in self.to],
            "cc": [address.to_dict() for address in self.cc],
            "subject": self.subject,
            "date": self.date.isoformat() if self.date else None,
            "text": self.text,
            "html": self.html,
            "attachments": [attachment.to_dict() for attachment in self.attachments],
            "defects": list(self.defects),
        }
