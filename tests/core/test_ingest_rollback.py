"""A batch whose transaction rolls back (a deadlock with another process, found by the load
test with several workers) must leave nothing behind that the next batch relies on: every
mail is still stored, none is marked failed."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from django.db import OperationalError
from mailmaker import make_mail

from madoguchi.actions import batch as batch_module
from madoguchi.actions.ingest import IngestSession, process_pending, store_raw
from madoguchi.models import Customer, Mailbox, Message, RawMessage

# Real commits: the foreign keys are checked when the batch's own transaction commits.
pytestmark = pytest.mark.django_db(transaction=True)


def _deadlock() -> OperationalError:
    error = OperationalError("deadlock detected")
    error.__cause__ = psycopg.errors.DeadlockDetected("deadlock detected")
    return error


@pytest.fixture
def fail_first_flush(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Exception]]:
    """The first batch fails after its customers were created, as a deadlock at its last
    statement would; later batches run as usual."""
    to_raise: list[Exception] = []
    flush = batch_module.Batch.flush

    def failing_flush(self: batch_module.Batch) -> object:
        if to_raise:
            raise to_raise.pop()
        return flush(self)

    monkeypatch.setattr(batch_module.Batch, "flush", failing_flush)
    yield to_raise


def _pending_mail(mailbox: Mailbox, count: int) -> None:
    for number in range(count):
        raw = make_mail(sender=f"new{number}@customer{number}.example", message_id=f"<{number}@c>")
        store_raw(mailbox, raw, f"imap:INBOX:1:{number}")


def test_it_stores_every_mail_after_a_batch_failed_once(
    mailbox: Mailbox, fail_first_flush: list[Exception]
) -> None:
    _pending_mail(mailbox, 3)
    fail_first_flush.append(OperationalError("server closed the connection unexpectedly"))
    session = IngestSession(mailbox)
    try:
        report = process_pending(session)
    finally:
        session.close()
    assert (report.stored, report.failed) == (3, [])
    assert Message.objects.count() == 3 and Customer.objects.count() == 3
    assert set(RawMessage.objects.values_list("state", flat=True)) == {"processed"}


def test_it_runs_a_batch_lost_to_a_deadlock_again_whole(
    mailbox: Mailbox, fail_first_flush: list[Exception]
) -> None:
    _pending_mail(mailbox, 3)
    fail_first_flush.append(_deadlock())
    session = IngestSession(mailbox)
    try:
        report = process_pending(session)
    finally:
        session.close()
    assert (report.stored, report.failed) == (3, [])
    assert sorted(Message.objects.values_list("message_id", flat=True)) == [
        "<0@c>",
        "<1@c>",
        "<2@c>",
    ]
