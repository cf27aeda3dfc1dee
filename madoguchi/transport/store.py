"""Committing fetched raw messages in batches, before the IMAP checkpoint moves past them.

`actions.ingest.store_raw` stores one message per transaction; a fetch of 100,000 messages
needs better, so this stores a batch in one transaction (reading only the header block for
the Message-ID, as store_raw does). The content hash is the same one the importer computes
(mail/ids.py), so a mail imported from an mbox and fetched again over IMAP is one message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from madoguchi.mail.ids import (
    content_hash,
    looks_like_our_message_id,
    verify_message_id,
)
from madoguchi.mail.parse import parse_message_id
from madoguchi.models import Direction, Mailbox, Message, RawMessage


@dataclass(frozen=True)
class FetchedMail:
    raw: bytes
    source: str  # "imap:<folder>:<uidvalidity>:<uid>"
    received_at: datetime | None
    # Set when only the header block was fetched (the mail is over the size cap): the mail's
    # size on the server, where it stays.
    size_on_server: int | None = None


@dataclass(frozen=True)
class StoreReport:
    stored: int
    duplicates: int
    ours: int  # copies of replies we sent (matched by our signed Message-ID)


def store_raws(
    mailbox: Mailbox, mails: Sequence[FetchedMail], secret: bytes, location_prefix: str = ""
) -> StoreReport:
    """Commit the new ones among `mails` (state pending); skip those already stored.

    A duplicate whose stored source is not under `location_prefix` (an older UIDVALIDITY, or
    an import) is re-pointed at where it is now, so reconciliation can find it by UID.
    """
    keyed: dict[str, tuple[FetchedMail, str | None]] = {}
    duplicates = 0
    for mail in mails:
        message_id = parse_message_id(mail.raw)
        digest = content_hash(mail.raw, message_id)
        if digest in keyed:
            duplicates += 1
            continue
        keyed[digest] = (mail, message_id)
    current = timezone.now()
    with transaction.atomic():
        existing = dict(
            RawMessage.objects.filter(mailbox=mailbox, content_hash__in=list(keyed)).values_list(
                "content_hash", "source"
            )
        )
        for digest, source in existing.items():
            duplicates += 1
            fresh = keyed[digest][0].source
            if location_prefix and not source.startswith(location_prefix):
                RawMessage.objects.filter(mailbox=mailbox, content_hash=digest).update(
                    source=fresh[:500]
                )
        ours = _link_our_copies(mailbox, keyed, existing, secret, current)
        rows = [
            _row(mailbox, digest, mail, message_id, current)
            for digest, (mail, message_id) in keyed.items()
            if digest not in existing and digest not in ours
        ]
        # ignore_conflicts: another worker may have stored the same mail a moment ago.
        RawMessage.objects.bulk_create(rows, batch_size=200, ignore_conflicts=True)
    return StoreReport(stored=len(rows) + len(ours), duplicates=duplicates, ours=len(ours))


def _row(
    mailbox: Mailbox, digest: str, mail: FetchedMail, message_id: str | None, current: datetime
) -> RawMessage:
    return RawMessage(
        mailbox=mailbox,
        content_hash=digest,
        message_id=(message_id or "")[:998],
        data=mail.raw,
        size=len(mail.raw),
        source=mail.source[:500],
        received_at=mail.received_at or current,
        size_on_server=mail.size_on_server,
    )


def _link_our_copies(
    mailbox: Mailbox,
    keyed: dict[str, tuple[FetchedMail, str | None]],
    existing: dict[str, str],
    secret: bytes,
    current: datetime,
) -> set[str]:
    """Copies of our own replies (a Sent copy, the envelope copy to ourselves) are not new
    messages: they are stored as the raw bytes of the reply already in the conversation.

    Only a Message-ID carrying our signature counts: a forged one that merely copies the
    format is processed like any other incoming mail.
    """
    candidates = {
        message_id: digest
        for digest, (_, message_id) in keyed.items()
        if digest not in existing
        and message_id
        and looks_like_our_message_id(message_id)
        and verify_message_id(message_id, secret) is not None
    }
    if not candidates:
        return set()
    linked: set[str] = set()
    for message in Message.objects.filter(
        conversation__mailbox=mailbox, direction=Direction.OUTGOING, message_id__in=candidates
    ):
        digest = candidates[message.message_id]
        mail, message_id = keyed[digest]
        raw = _row(mailbox, digest, mail, message_id, current)
        raw.state = RawMessage.State.PROCESSED
        raw.save()
        if message.raw_id is None:
            Message.objects.filter(pk=message.pk).update(raw=raw)
        linked.add(digest)
    return linked
