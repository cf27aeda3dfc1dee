"""A reply's Sent copy that could not be filed is retried at the time kept on its row: a
restarted worker honours it (no hammering the server), the copy is filed once when IMAP
answers again, and the conversation says so quietly meanwhile — the reply itself went out.
Real aiosmtpd and Dovecot on loopback; the IMAP server "down" is a closed port."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from madoguchi.actions.base import now
from madoguchi.models import Mailbox, OutboxItem, OutboxState
from madoguchi.transport import imap
from madoguchi.worker.sending import OutboxSender
from tests.support.servers import Dovecot, SmtpSink, free_port
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import folder_message_ids, imap_client
from tests.transport.test_send import queue_reply

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

LINE_JA = "送信済みフォルダへの保存に失敗しました。自動で再試行します（次回 "
LINE_EN = "Could not file a copy in Sent; retrying automatically (next at "


def _until(condition: Callable[[], bool], sender: OutboxSender) -> bool:
    """A bounded wait for the lane's outcome (not a timing assertion)."""
    for _ in range(600):
        sender.run_once()
        if condition():
            return True
        time.sleep(0.05)
    return False


def _page(user: User, item: OutboxItem, language: str) -> str:
    client = Client()
    client.force_login(user)
    url = f"/c/{item.conversation_id}/"
    return client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()


def _sent_with_copy_failed(dovecot: Dovecot, mailbox: Mailbox, alice: User) -> OutboxItem:
    """A reply sent while its mailbox's IMAP was down: its Sent copy failed once."""
    item = queue_reply(dovecot, mailbox, alice)
    Mailbox.objects.filter(pk=mailbox.pk).update(imap_port=free_port())  # IMAP down
    sender = OutboxSender("s16-worker", copy_retry_seconds=600.0)
    try:
        assert sender.run_once().sent == 1
        assert _until(lambda: OutboxItem.objects.get(pk=item.pk).copy_failures == 1, sender)
    finally:
        sender.close()
    item.refresh_from_db()
    return item


def test_a_failed_sent_copy_waits_for_its_time_across_a_restart_and_is_filed_once(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    item = _sent_with_copy_failed(dovecot, mailbox, alice)
    assert item.state == OutboxState.SENT and item.sent_copy_pending
    assert item.copy_error and item.copy_next_attempt_at is not None
    assert item.copy_next_attempt_at > now() + timedelta(minutes=9)
    next_at = item.copy_next_attempt_at

    # The agent sees it quietly, and nothing says the reply was not sent.
    ja = _page(alice, item, "ja")
    assert f"{LINE_JA}{timezone.localtime(next_at):%H:%M}）" in ja
    assert "送信できませんでした" not in ja
    assert LINE_EN in _page(alice, item, "en")

    # A restart, IMAP back: the new worker keeps the retry time (no hammering).
    Mailbox.objects.filter(pk=mailbox.pk).update(imap_port=dovecot.port)
    restarted = OutboxSender("s16-restarted", copy_retry_seconds=600.0)
    try:
        restarted.run_once()
        restarted.run_once()
        item.refresh_from_db()
        assert item.sent_copy_pending and item.copy_next_attempt_at == next_at
        assert folder_message_ids(mailbox, "Sent") == []

        # Its time comes: filed, once.
        OutboxItem.objects.filter(pk=item.pk).update(copy_next_attempt_at=now())
        assert _until(lambda: not OutboxItem.objects.get(pk=item.pk).sent_copy_pending, restarted)
        restarted.run_once()
    finally:
        restarted.close()
    assert folder_message_ids(mailbox, "Sent") == [item.message.message_id]
    assert sink.message_ids() == [item.message.message_id]  # the reply went once
    assert LINE_JA not in _page(alice, item, "ja")


def test_a_copy_another_worker_is_filing_is_left_to_it(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    item = queue_reply(dovecot, mailbox, alice)
    # Sent by a worker whose lane is filing the copy now (its lease on the row).
    OutboxItem.objects.filter(pk=item.pk).update(
        state=OutboxState.SENT,
        sent_copy_pending=True,
        copy_next_attempt_at=now() + timedelta(minutes=5),
    )
    sender = OutboxSender("s16-other")
    try:
        sender.run_once()
    finally:
        sender.close()
    assert folder_message_ids(mailbox, "Sent") == []
    assert LINE_JA not in _page(alice, item, "ja")  # no failure yet: nothing to say


def test_a_copy_the_server_took_before_the_connection_dropped_is_not_filed_twice(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    item = _sent_with_copy_failed(dovecot, mailbox, alice)
    # The server had appended it, and the connection dropped before its "OK": the lane
    # recorded a failure, the copy is in Sent.
    Mailbox.objects.filter(pk=mailbox.pk).update(imap_port=dovecot.port)
    mailbox.refresh_from_db()
    client = imap_client(mailbox)
    try:
        imap.append_sent(client, "Sent", bytes(item.message.raw.data), now())
    finally:
        imap.logout(client)
    OutboxItem.objects.filter(pk=item.pk).update(copy_next_attempt_at=now())
    sender = OutboxSender("s16-worker")
    try:
        assert _until(lambda: not OutboxItem.objects.get(pk=item.pk).sent_copy_pending, sender)
    finally:
        sender.close()
    assert folder_message_ids(mailbox, "Sent") == [item.message.message_id]
