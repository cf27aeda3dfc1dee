"""Storing incoming mail: raw bytes first, then the derived message, its conversation,
customer, attachments and events.

Two doors with one core:
- `store_raw` + `process_pending`: the fetcher commits raw bytes before its IMAP
  checkpoint moves, then processes them (a crash in between loses nothing).
- `ingest_batch`: bulk import of prepared mails (parsed in worker processes), raw and
  derived rows written in one transaction per batch.
Duplicates (same Message-ID and content, see mail/ids.py) are recognised and skipped.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from django.db import IntegrityError, transaction

from madoguchi.actions import rows
from madoguchi.actions.base import TRANSIENT_RETRIES, is_transient, now
from madoguchi.actions.batch import (
    Batch,
    IncomingMail,
    IngestReport,
    IngestSession,
    clean_text,
)
from madoguchi.actions.prepare import PreparedMail
from madoguchi.mail.ids import content_hash
from madoguchi.mail.message import left_on_server_defect
from madoguchi.mail.parse import parse_message_id
from madoguchi.models import Mailbox, RawMessage

__all__ = [
    "IncomingMail",
    "IngestReport",
    "IngestSession",
    "ingest_batch",
    "process_pending",
    "store_raw",
]

log = logging.getLogger(__name__)


def ingest_batch(
    session: IngestSession, items: Sequence[tuple[IncomingMail, PreparedMail]]
) -> IngestReport:
    """Store a batch of prepared mails: duplicates skipped, the rest in one transaction.

    If anything in the batch fails, each mail is retried alone, so one bad mail is kept
    raw (state failed, with the reason) and cannot hold back the others.
    """
    try:
        with transaction.atomic():
            return _ingest_batch(session, items)
    except Exception as error:  # noqa: BLE001 - narrowed down mail by mail below
        session.forget_rolled_back()
        if len(items) == 1:
            return _store_failed(session, items[0], error)
        log.warning("batch of %d failed (%s); retrying one by one", len(items), error)
        report = IngestReport()
        for item in items:
            report.add(ingest_batch(session, [item]))
        return report


def _ingest_batch(
    session: IngestSession, items: Sequence[tuple[IncomingMail, PreparedMail]]
) -> IngestReport:
    mailbox = session.mailbox
    hashes = [prepared.content_hash for _, prepared in items]
    existing = set(
        RawMessage.objects.filter(mailbox=mailbox, content_hash__in=hashes).values_list(
            "content_hash", flat=True
        )
    )
    fresh: list[tuple[IncomingMail, PreparedMail]] = []
    duplicates = 0
    for item, prepared in items:
        if prepared.content_hash in existing:
            duplicates += 1
            continue
        existing.add(prepared.content_hash)
        fresh.append((item, prepared))
    current = now()
    raws = [
        RawMessage(
            mailbox=mailbox,
            content_hash=prepared.content_hash,
            message_id=clean_text(prepared.parsed.message_id or "")[:998],
            data=item.raw,
            size=len(item.raw),
            source=item.source[:500],
            received_at=item.received_at or current,
            state=RawMessage.State.PROCESSED,
        )
        for item, prepared in fresh
    ]
    rows.insert(raws)
    batch = Batch(session)
    batch.prefetch([prepared for _, prepared in fresh])
    for raw, (item, prepared) in zip(raws, fresh, strict=True):
        batch.add(raw, item, prepared)
    report = batch.flush()
    report.duplicates += duplicates
    return report


def _store_failed(
    session: IngestSession, pair: tuple[IncomingMail, PreparedMail], error: Exception
) -> IngestReport:
    item, prepared = pair
    report = IngestReport()
    reason = f"{type(error).__name__}: {error}"
    log.error("could not store %s: %s", item.source, reason)
    try:
        with transaction.atomic():
            _, created = RawMessage.objects.get_or_create(
                mailbox=session.mailbox,
                content_hash=prepared.content_hash,
                defaults={
                    "message_id": clean_text(prepared.parsed.message_id or "")[:998],
                    "data": item.raw,
                    "size": len(item.raw),
                    "source": item.source[:500],
                    "received_at": item.received_at or now(),
                    "state": RawMessage.State.FAILED,
                    "error": reason,
                },
            )
    except Exception as second:  # noqa: BLE001 - report, never lose the reason
        reason = f"{reason}; raw copy not stored either: {second}"
    report.failed.append((item.source, reason))
    return report


# The fetcher's door ----------------------------------------------------------------------


def store_raw(
    mailbox: Mailbox, raw: bytes, source: str, received_at: datetime | None = None
) -> tuple[RawMessage, bool]:
    """Commit the raw bytes (state pending); True when new, False for a duplicate."""
    message_id = parse_message_id(raw)  # the header block is enough; the full parse comes later
    digest = content_hash(raw, message_id)
    existing = RawMessage.objects.filter(mailbox=mailbox, content_hash=digest).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            return (
                RawMessage.objects.create(
                    mailbox=mailbox,
                    content_hash=digest,
                    message_id=clean_text(message_id or "")[:998],
                    data=raw,
                    size=len(raw),
                    source=source[:500],
                    received_at=received_at or now(),
                ),
                True,
            )
    except IntegrityError:  # stored by a concurrent worker a moment ago
        return RawMessage.objects.get(mailbox=mailbox, content_hash=digest), False


def process_pending(session: IngestSession, limit: int = 250) -> IngestReport:
    """Parse, thread and store the derived rows of raw messages still pending.

    Parsing happens outside the transaction; the rows of the whole batch are written in
    one. A mail that cannot be processed is marked failed (raw copy kept) on its own.
    """
    report = IngestReport()
    pending = list(
        RawMessage.objects.filter(mailbox=session.mailbox, state=RawMessage.State.PENDING).order_by(
            "id"
        )[:limit]
    )
    items = [
        IncomingMail(raw=bytes(raw.data), source=raw.source, received_at=raw.received_at)
        for raw in pending
    ]
    # In child processes, each mail within the parse budget: a mail over it comes back as
    # "stored raw" with a defect, and the mails behind it wait at most the budget.
    prepared = [
        _mark_left_on_server(raw, mail)
        for raw, mail in zip(pending, session.prepare([item.raw for item in items]), strict=True)
    ]
    ready = list(zip(pending, items, prepared, strict=True))
    if ready:
        report.add(_process_prepared(session, ready))
    return report


def _mark_left_on_server(raw: RawMessage, prepared: PreparedMail) -> PreparedMail:
    """A mail over the size cap was stored as its header only: its page must say so."""
    if raw.size_on_server is None:
        return prepared
    defect = left_on_server_defect(raw.size_on_server, raw.source)
    parsed = replace(prepared.parsed, defects=(*prepared.parsed.defects, defect))
    return replace(prepared, parsed=parsed)


def _process_prepared(
    session: IngestSession,
    ready: list[tuple[RawMessage, IncomingMail, PreparedMail]],
    attempt: int = 0,
) -> IngestReport:
    try:
        with transaction.atomic():
            # Another worker may have processed some of them meanwhile: only the rows
            # still pending, locked, are ours.
            still_pending = set(
                RawMessage.objects.select_for_update()
                .filter(pk__in=[raw.pk for raw, _, _ in ready], state=RawMessage.State.PENDING)
                .values_list("pk", flat=True)
            )
            mine = [entry for entry in ready if entry[0].pk in still_pending]
            batch = Batch(session)
            batch.prefetch([prepared for _, _, prepared in mine])
            for raw, item, prepared in mine:
                batch.add(raw, item, prepared)
            report = batch.flush()
            RawMessage.objects.filter(pk__in=still_pending).update(state=RawMessage.State.PROCESSED)
            return report
    except Exception as error:  # noqa: BLE001 - narrowed down mail by mail below
        session.forget_rolled_back()
        if is_transient(error) and attempt < TRANSIENT_RETRIES:
            # A deadlock or serialization failure with another process says nothing about
            # the mail: the same batch again, after the other transaction has finished.
            log.warning("batch of %d: %s; trying again", len(ready), error)
            time.sleep(0.05 * (attempt + 1))
            return _process_prepared(session, ready, attempt + 1)
        if len(ready) == 1:
            return _mark_failed(ready[0][0], error)
        log.warning("batch of %d failed (%s); retrying one by one", len(ready), error)
        report = IngestReport()
        for entry in ready:
            report.add(_process_prepared(session, [entry]))
        return report


def _mark_failed(raw: RawMessage, error: Exception) -> IngestReport:
    reason = f"{type(error).__name__}: {error}"
    log.error("could not process raw message %s: %s", raw.pk, reason)
    RawMessage.objects.filter(pk=raw.pk).update(state=RawMessage.State.FAILED, error=reason)
    report = IngestReport()
    report.failed.append((raw.source, reason))
    return report
