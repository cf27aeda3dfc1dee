"""Incoming mail among other writers (found by the load test, bench/load/, with several web
and worker processes on PostgreSQL): a batch whose transaction rolls back leaves nothing
behind that the next batch relies on, and an agent's reply does not hold up new mail."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import psycopg
import pytest
from django.db import OperationalError, connection, connections, transaction
from django.db.models import Sum
from mailmaker import make_mail

from madoguchi.actions import batch as batch_module
from madoguchi.actions.base import now
from madoguchi.actions.ingest import IngestSession, process_pending, store_raw
from madoguchi.actions.replies import send_reply
from madoguchi.actions.rollup import compact as compact_reports
from madoguchi.models import Customer, Mailbox, Message, OutboxItem, RawMessage, ReportDay

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


def test_it_stores_new_mail_while_an_agent_replies_in_the_same_mailbox(
    mailbox: Mailbox, alice: object
) -> None:
    """PostgreSQL: the reply locks its conversation, not the mailbox row every new mail
    refers to (a FOR UPDATE on the joined mailbox made the fetcher wait on, and deadlock
    with, each reply being written)."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite runs one writing transaction at a time")
    mailbox.smtp_host = "127.0.0.1"
    mailbox.save()
    _pending_mail(mailbox, 1)
    session = IngestSession(mailbox)
    try:
        assert process_pending(session).stored == 1
        conversation = Message.objects.get().conversation
        replying, release = threading.Event(), threading.Event()

        def reply() -> None:
            try:
                with transaction.atomic():
                    send_reply(alice, conversation, "確認いたします。", seen_at=now(), force=True)
                    replying.set()
                    release.wait(20)
            finally:
                replying.set()
                connections.close_all()

        thread = threading.Thread(target=reply)
        thread.start()
        try:
            replying.wait(20)
            raw = make_mail(sender="other@elsewhere.example", message_id="<new@c>", subject="別件")
            store_raw(mailbox, raw, "imap:INBOX:1:99")
            with connection.cursor() as cursor:
                cursor.execute("SET lock_timeout = '3s'")
            report = process_pending(session)
        finally:
            release.set()
            thread.join(30)
            with connection.cursor() as cursor:
                cursor.execute("RESET lock_timeout")
    finally:
        session.close()
    assert (report.stored, report.failed) == (1, [])
    assert OutboxItem.objects.count() == 1


def test_it_keeps_the_report_figures_when_their_rows_are_folded(
    mailbox: Mailbox, alice: object
) -> None:
    """PostgreSQL appends report rows (no row shared between writers); the worker folds
    them into one row a key, and a report reads the same figures before and after."""
    _pending_mail(mailbox, 3)
    session = IngestSession(mailbox)
    try:
        process_pending(session)
    finally:
        session.close()
    for message in Message.objects.all():
        send_reply(alice, message.conversation, "確認いたします。", seen_at=now(), force=True)
    figures = ("received", "replies", "first_responses")
    before = ReportDay.objects.aggregate(**{name: Sum(name) for name in figures})
    compact_reports()
    assert ReportDay.objects.aggregate(**{name: Sum(name) for name in figures}) == before
    assert before == {"received": 3, "replies": 3, "first_responses": 3}
    keys = ReportDay.objects.values("day", "mailbox_id", "agent_id", "priority", "label_id")
    assert keys.count() == keys.distinct().count()  # one row a key
