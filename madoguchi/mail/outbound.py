"""Pure helpers for mail we send on our own initiative: the text of a forward, and whether
a sender may get an automatic answer (RFC 3834)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

# Local parts that never read what they are sent (RFC 3834 5: do not answer them).
_NO_REPLY = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|postmaster|bounces?"
    r"|notifications?|auto[-_.]?reply)(?:[-_.+].*)?$",
    re.IGNORECASE,
)
_AUTOMATIC_PRECEDENCE = frozenset({"bulk", "list", "junk", "auto_reply"})
_LIST_HEADERS = ("list-id", "list-unsubscribe", "list-post", "x-mailing-list")
_AUTORESPONDER_HEADERS = ("x-autoreply", "x-autorespond", "x-auto-response-suppress")


@dataclass(frozen=True)
class ForwardedMail:
    """One mail quoted in a forward."""

    from_: str
    to: str
    date: datetime | None
    subject: str
    text: str
    note: str = ""  # said above the text, e.g. that this reply has not gone out yet


def forward_text(note: str, mails: Sequence[ForwardedMail], header: str) -> str:
    """The agent's note, then each forwarded mail with its headers, as mail clients do."""
    parts = [note.replace("\r\n", "\n").rstrip(), ""] if note.strip() else []
    for mail in mails:
        parts.append(f"---------- {header} ----------")
        parts.append(f"From: {mail.from_}")
        if mail.date is not None:
            # In the zone the date was given in, named (JST): the team reads +0900 times
            # all day, and a bare +0000 looked like a different hour (s8 walk).
            zone = f" ({mail.date:%Z})" if mail.date.tzname() else ""
            parts.append(f"Date: {mail.date:%Y-%m-%d %H:%M %z}{zone}")
        parts.append(f"Subject: {mail.subject}")
        if mail.to:
            parts.append(f"To: {mail.to}")
        if mail.note:
            parts.append(f"[{mail.note}]")
        parts.append("")
        parts.append(mail.text.replace("\r\n", "\n").rstrip())
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def auto_reply_refusal(headers: Mapping[str, str], sender: str) -> str:
    """Why an automatic answer must not go to this mail ("" when it may).

    RFC 3834 2 and 5: never answer automatic mail (Auto-Submitted other than "no"), lists
    and bulk mail (Precedence, List-*), bounces (null Return-Path) or no-reply senders.
    `headers` has lower-case names.
    """
    auto = headers.get("auto-submitted", "").strip().lower()
    if auto and not auto.startswith("no"):
        return f"Auto-Submitted: {auto}"
    precedence = headers.get("precedence", "").strip().lower()
    if precedence in _AUTOMATIC_PRECEDENCE:
        return f"Precedence: {precedence}"
    for name in _LIST_HEADERS:
        if headers.get(name):
            return f"{name} header (mailing list)"
    for name in _AUTORESPONDER_HEADERS:
        if headers.get(name):
            return f"{name} header (auto-responder)"
    if headers.get("return-path", "").strip() == "<>":
        return "null Return-Path (a bounce)"
    local, at, domain = sender.strip().rpartition("@")
    if not at or not local or not domain:
        return "no sender address"
    if is_no_reply(sender):
        return f"no-reply sender {sender}"
    return ""


def is_no_reply(address: str) -> bool:
    """An address nobody reads (no-reply@, MAILER-DAEMON@ …): mail sent there is lost."""
    local = address.strip().rpartition("@")[0]
    return bool(local) and _NO_REPLY.match(local) is not None
