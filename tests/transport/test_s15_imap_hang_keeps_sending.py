"""An IMAP server that accepts the connection and then says nothing must not hold up the
replies of other mailboxes: the send thread's IMAP work (filing the Sent copy, the check of a
send that was cut off) runs beside it, per mailbox. Real aiosmtpd and Dovecot on loopback,
and a loopback socket that accepts and never answers."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from django.contrib.auth.models import User

from madoguchi.models import Mailbox, OutboxItem, OutboxState
from madoguchi.worker.sending import OutboxSender
from tests.support.servers import Dovecot, SilentServer, SmtpSink
from tests.transport.conftest import TRANSACTIONAL, make_mailbox
from tests.transport.helpers import folder_message_ids
from tests.transport.test_send import queue_reply
from tests.transport.test_send_audit import due_for_check

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    try:
        yield server
    finally:
        server.close()


def _eventually(condition: Callable[[], bool], sender: OutboxSender | None = None) -> bool:
    """A bounded wait for an outcome (not a timing assertion: the machine may be slow)."""
    for _ in range(600):
        if sender is not None:
            sender.run_once()
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def scene(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User, _free_users: list[str]
) -> tuple[Mailbox, OutboxItem, OutboxItem]:
    """(the mailbox whose IMAP hangs, its reply, the healthy mailbox's reply)."""
    hanging = make_mailbox(dovecot, _free_users.pop(0), sink)
    hanging.teams.set(mailbox.teams.all())
    first = queue_reply(dovecot, hanging, alice)  # fetched while its IMAP still answered
    healthy = queue_reply(dovecot, mailbox, alice)
    assert first.pk < healthy.pk  # the hanging mailbox's reply comes first in the round
    return hanging, first, healthy


def test_a_healthy_mailboxs_reply_leaves_while_another_mailboxs_imap_hangs(
    dovecot: Dovecot,
    sink: SmtpSink,
    mailbox: Mailbox,
    scene: tuple[Mailbox, OutboxItem, OutboxItem],
    silent: SilentServer,
) -> None:
    hanging, first, healthy = scene
    Mailbox.objects.filter(pk=hanging.pk).update(imap_port=silent.port)
    sender = OutboxSender("s15-worker", copy_retry_seconds=0.0)
    try:
        sender.run_once()
        # Both replies are at the SMTP server while the silent IMAP connection is still
        # open: nothing waited for its timeout.
        assert sorted(sink.message_ids()) == sorted(
            [first.message.message_id, healthy.message.message_id]
        )
        assert silent.held >= 1
        for item in (first, healthy):
            item.refresh_from_db()
            assert item.state == OutboxState.SENT
        # The healthy mailbox's Sent copy is filed meanwhile.
        assert _eventually(
            lambda: folder_message_ids(mailbox, "Sent") == [healthy.message.message_id],
            sender,
        )
        first.refresh_from_db()
        assert first.sent_copy_pending  # remembered, not forgotten

        # The IMAP server comes back: the Sent copy is filed then, once.
        silent.close()
        Mailbox.objects.filter(pk=hanging.pk).update(imap_port=dovecot.port)
        # (recorded by the send thread at its next round)
        assert _eventually(
            lambda: not OutboxItem.objects.get(pk=first.pk).sent_copy_pending, sender
        )
        assert folder_message_ids(hanging, "Sent") == [first.message.message_id]
    finally:
        sender.close()
    assert len(sink.messages) == 2  # nothing went twice
    assert folder_message_ids(hanging, "Sent") == [first.message.message_id]


def test_an_interrupted_send_is_held_while_its_imap_hangs_and_checked_when_it_answers(
    dovecot: Dovecot,
    sink: SmtpSink,
    mailbox: Mailbox,
    scene: tuple[Mailbox, OutboxItem, OutboxItem],
    silent: SilentServer,
) -> None:
    hanging, first, healthy = scene
    Mailbox.objects.filter(pk=hanging.pk).update(imap_port=silent.port)
    # A worker claimed the first reply and died: it may have gone out.
    OutboxItem.objects.filter(pk=first.pk).update(state=OutboxState.SENDING, lease_owner="dead")
    due_for_check(first)
    sender = OutboxSender("s15-worker", copy_retry_seconds=0.0, check_wait_seconds=0.5)
    try:
        sender.run_once()
        assert sink.message_ids() == [healthy.message.message_id]
        first.refresh_from_db()
        # Held, and the reply says why: it is not sent on a guess.
        assert first.state == OutboxState.SENDING
        assert "could not check whether it went out" in first.last_error
        assert "IMAP" in first.last_error

        silent.close()
        Mailbox.objects.filter(pk=hanging.pk).update(imap_port=dovecot.port)
        # Dovecot answers; on a busy machine its answer may take longer than half a second.
        sender.check_wait_seconds = 60.0

        def checked_and_sent() -> bool:
            due_for_check(first)  # a check that still timed out comes due again at once
            return OutboxItem.objects.get(pk=first.pk).state == OutboxState.SENT

        assert _eventually(checked_and_sent, sender)
    finally:
        sender.close()
    # It had not gone out before the crash: sent now, exactly once.
    assert sorted(sink.message_ids()) == sorted(
        [first.message.message_id, healthy.message.message_id]
    )
