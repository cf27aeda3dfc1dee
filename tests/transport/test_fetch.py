"""Fetching over IMAP: checkpoints, not flags; nothing twice; gaps found; renumbering survived."""

from __future__ import annotations

import pytest

from madoguchi.actions.replies import message_id_secret
from madoguchi.models import Conversation, FetchCheckpoint, Mailbox, Message, RawMessage
from madoguchi.transport import imap
from tests.support.servers import Dovecot, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, imap_client

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def deliver(dovecot: Dovecot, mailbox: Mailbox, count: int, first: int = 0) -> None:
    for number in range(first, first + count):
        dovecot.deliver(mailbox.address, sample_mail(number))


def test_it_fetches_mail_another_client_already_read_and_leaves_flags_alone(
    dovecot: Dovecot, mailbox: Mailbox
) -> None:
    deliver(dovecot, mailbox, 2)
    other_client = imap_client(mailbox)
    other_client.select_folder("INBOX")
    first, second = sorted(other_client.search(["ALL"]))
    other_client.add_flags([first], [b"\\Seen"])  # a colleague read it in Thunderbird

    assert fetch(mailbox).stored == 2

    flags = other_client.get_flags([first, second])
    assert b"\\Seen" in flags[first]
    assert b"\\Seen" not in flags[second]  # we did not mark it read
    assert len(other_client.search(["ALL"])) == 2  # and deleted nothing
    imap.logout(other_client)


def test_it_stores_nothing_twice_when_the_checkpoint_is_lost(
    dovecot: Dovecot, mailbox: Mailbox
) -> None:
    deliver(dovecot, mailbox, 5)
    fetch(mailbox)
    FetchCheckpoint.objects.filter(mailbox=mailbox).update(last_uid=0)  # crash before it moved

    again = fetch(mailbox)

    assert (again.stored, again.duplicates) == (0, 5)
    assert RawMessage.objects.filter(mailbox=mailbox).count() == 5
    assert Message.objects.filter(conversation__mailbox=mailbox).count() == 5


def test_it_resyncs_without_duplicates_when_uidvalidity_changes(
    dovecot: Dovecot, mailbox: Mailbox
) -> None:
    deliver(dovecot, mailbox, 3)
    before = fetch(mailbox)
    dovecot.reset_uidvalidity(mailbox.address)
    deliver(dovecot, mailbox, 1, first=3)

    after = fetch(mailbox)

    assert after.resynced and after.uidvalidity != before.uidvalidity
    assert (after.stored, after.duplicates) == (1, 3)
    assert Message.objects.filter(conversation__mailbox=mailbox).count() == 4
    # Reconciliation knows every message by its new UID: no false gaps.
    client = imap_client(mailbox)
    assert imap.reconcile(client, mailbox, secret=message_id_secret()).missing == ()
    imap.logout(client)


def test_it_fetches_a_large_folder_in_batches(dovecot: Dovecot, mailbox: Mailbox) -> None:
    deliver(dovecot, mailbox, 23)

    result = fetch(mailbox, batch_size=5)

    assert result.stored == 23
    assert FetchCheckpoint.objects.get(mailbox=mailbox).last_uid == result.last_uid == 23
    assert Conversation.objects.filter(mailbox=mailbox).count() == 23


def test_reconciliation_reports_a_gap_and_fills_it(dovecot: Dovecot, mailbox: Mailbox) -> None:
    deliver(dovecot, mailbox, 4)
    fetch(mailbox, process=False)
    lost = RawMessage.objects.filter(mailbox=mailbox).order_by("id")[1]
    lost_uid = lost.source.rsplit(":", 1)[1]
    lost.delete()  # as if a bug or a restore from backup had lost it

    client = imap_client(mailbox)
    result = imap.reconcile(client, mailbox, secret=message_id_secret())
    imap.logout(client)

    assert result.missing == (int(lost_uid),) and result.recovered == 1
    report = FetchCheckpoint.objects.get(mailbox=mailbox).reconcile_report
    assert f"UIDs {lost_uid}" in report
    assert RawMessage.objects.filter(mailbox=mailbox).count() == 4


def test_a_forged_copy_of_our_message_id_format_is_an_ordinary_incoming_mail(
    dovecot: Dovecot, mailbox: Mailbox
) -> None:
    forged = f"<mg.1.AAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAA@{mailbox.address.split('@')[1]}>"
    dovecot.deliver(mailbox.address, sample_mail(1, message_id=forged, in_reply_to=forged))

    fetch(mailbox)

    message = Message.objects.get(conversation__mailbox=mailbox)
    assert message.direction == "in"
    assert message.raw is not None and message.raw.state == RawMessage.State.PROCESSED
