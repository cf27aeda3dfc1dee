"""The worker's check for a reply whose send was cut off (is it on the server already?) reads
only what it needs: the server searches the Message-ID and nothing of the mail comes over
the wire; the copy is read only once found, and no more than the size cap of it."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from imapclient import IMAPClient

from madoguchi.actions.base import now
from madoguchi.actions.replies import send_reply
from madoguchi.models import Event, Mailbox, OutboxState
from madoguchi.transport import imap
from tests.support.servers import Dovecot, SmtpSink
from tests.transport import test_send_audit as audit
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import imap_client, send_round
from tests.transport.test_send_audit import conversation_for, due_for_check, sent_folder_copies
from tests.transport.test_send_recovery import accept_file_and_drop

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

audited = audit.audited
agent = audit.agent

MESSAGE_ID = "<s10.check.7f3a@example.test>"
SENT = (
    b"From: support@example.test\r\nTo: yamada@customer.example\r\n"
    b"Subject: Re: invoice\r\nMessage-ID: " + MESSAGE_ID.encode() + b"\r\n"
    b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    + b"QUJD" * 19
    + b"\r\n"
)
BIG = SENT + b"QUJD" * (3 << 18)  # 3 MB more of attachment


def _bytes_read(client: IMAPClient) -> Callable[[], int]:
    """Counts the bytes imaplib reads off the connection from now on."""
    protocol: Any = client._imap
    counted = [0]
    readline, read = protocol.readline, protocol.read

    def counting_readline() -> bytes:
        line: bytes = readline()
        counted[0] += len(line)
        return line

    def counting_read(size: int) -> bytes:
        data: bytes = read(size)
        counted[0] += len(data)
        return data

    protocol.readline, protocol.read = counting_readline, counting_read
    return lambda: counted[0]


def test_it_finds_a_copy_by_its_message_id_without_reading_the_mail(
    dovecot: Dovecot, audited: Mailbox
) -> None:
    other = b"Message-ID: <other@x>\r\nSubject: other\r\n\r\nx\r\n"
    dovecot.deliver(audited.address, other, "Sent")
    dovecot.deliver(audited.address, BIG, "Sent")
    client = imap_client(audited)
    try:
        read = _bytes_read(client)
        found = imap.find_message_id(client, ["Sent", "INBOX"], MESSAGE_ID)
        assert found is not None and found[0] == "Sent"
        assert read() < 2_000  # the answers to SELECT and SEARCH, none of the 3 MB
        assert imap.find_message_id(client, ["Sent", "INBOX"], "<nowhere@x>") is None

        before = read()
        assert imap.fetch_copy(client, "Sent", found[1], cap=len(BIG)) == BIG
        assert imap.fetch_copy(client, "Sent", found[1], cap=len(BIG) - 1) is None
        assert imap.fetch_copy(client, "Sent", 999, cap=len(BIG)) is None  # gone since
        assert read() - before < 2 * len(BIG) + 4_000  # each copy once, at most the cap + 1
    finally:
        client.logout()


def test_a_recovered_send_over_the_size_cap_is_recorded_as_sent_without_a_copy(
    dovecot: Dovecot, sink: SmtpSink, audited: Mailbox, agent: User, settings: Any
) -> None:
    conversation = conversation_for(dovecot, audited)
    item = send_reply(agent, conversation, "山田様\n\n承知しました。", seen_at=now())
    accept_file_and_drop(sink, dovecot, audited)
    assert send_round().retried == 1
    time.sleep(1.1)
    due_for_check(item)

    settings.MAX_MESSAGE_BYTES = 200  # the delivered copy is larger than this
    assert send_round().recovered == 1

    assert len(sink.messages) == 1  # the customer has it once: nothing went again
    item.refresh_from_db()
    assert item.state == OutboxState.SENT
    assert "over the size cap" in item.last_error  # the note on the sent row
    assert item.message.raw_id is None  # no copy kept, none half-read
    client = imap_client(audited)
    try:  # nothing filed in Sent: there was no copy to file
        assert not client.folder_exists(audited.sent_folder) or sent_folder_copies(audited) == []
    finally:
        client.logout()
    event = Event.objects.get(conversation=conversation, verb="reply_sent")
    assert event.after == {"message": item.message_id, "recovered": True}
