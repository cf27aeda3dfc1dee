"""A failed reply merged into another conversation is that conversation's failed reply.

Walk 13, F5/F17: after merging a conversation whose reply had failed, the kept one's queue
row and header lost 送信失敗, the closed one still offered 今すぐ送信 and 破棄, and when the
reply finally left, 「返信を送信しました」 and 返信待ち went to the closed conversation (the
kept one stayed 対応中 and overdue) and the customer got the closed number in the subject.
Through the web views and the worker; real aiosmtpd and Dovecot on loopback."""

from __future__ import annotations

from email import message_from_bytes
from email.header import decode_header, make_header

import pytest
from django.contrib.auth.models import User
from django.test import Client

from madoguchi.models import Conversation, Event, Mailbox, OutboxItem, OutboxState, Status
from tests.support.servers import Dovecot, SmtpSink, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round
from tests.transport.test_failed_send_sla import refuse_customer
from tests.transport.test_send import queue_reply

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def _subject(data: bytes) -> str:
    return str(make_header(decode_header(message_from_bytes(data)["Subject"])))


def _failed_then_merged(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> tuple[OutboxItem, Conversation, Conversation, Client]:
    """A reply that failed, its conversation merged (through the web) into the customer's
    chase in a new thread, the one the team keeps: (reply, merged, kept, alice's client)."""
    refuse_customer(sink)
    item = queue_reply(dovecot, mailbox, alice)
    assert send_round().failed == 1
    merged = Conversation.objects.get(pk=item.conversation_id)
    kept, client = chase_and_merge(dovecot, mailbox, alice, merged)
    return item, merged, kept, client


def chase_and_merge(
    dovecot: Dovecot,
    mailbox: Mailbox,
    user: User,
    merged: Conversation,
    into: Conversation | None = None,
) -> tuple[Conversation, Client]:
    """The customer's chase arrives as a new thread (or `into`, already there); `user`
    merges `merged` into it through the web: (the kept conversation, the user's client)."""
    kept = into
    if kept is None:
        dovecot.deliver(
            mailbox.address,
            sample_mail(
                2, sender="customer1@example.jp", subject="昨日の件、まだ返事がないのですが"
            ),
        )
        fetch(mailbox)
        kept = Conversation.objects.filter(mailbox=mailbox).exclude(pk=merged.pk).get()
    client = Client()
    client.force_login(user)
    client.post(f"/c/{merged.pk}/merge/", {"target": kept.pk, "confirm": "1"})
    assert Conversation.objects.get(pk=merged.pk).merged_into_id == kept.pk
    return kept, client


def test_a_failed_reply_merged_away_is_flagged_retried_and_answered_on_the_kept_one(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    item, merged, kept, client = _failed_then_merged(dovecot, sink, mailbox, alice)

    queue = client.get("/q/open/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    row = queue.split(f'data-href="/c/{kept.pk}/"')[1].split("</tr>")[0]
    assert "送信失敗" in row
    header = client.get(f"/c/{kept.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "送信失敗：1件の返信がお客様に届いていません。" in header
    assert f"/c/{kept.pk}/outbox/{item.pk}/retry/" in header
    # The closed conversation says where it went and has no send or discard of its own.
    closed = client.get(f"/c/{merged.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert f"#{kept.pk}" in closed and "/retry/" not in closed and "/discard/" not in closed
    assert "送信失敗：" not in closed

    # A page of the closed conversation opened before the merge cannot send it from there.
    sink.refuse = None
    stale = client.post(f"/c/{merged.pk}/outbox/{item.pk}/retry/", follow=True)
    assert f"#{kept.pk}" in stale.content.decode()
    assert OutboxItem.objects.get(pk=item.pk).state == OutboxState.FAILED
    stale_discard = client.post(f"/c/{merged.pk}/outbox/{item.pk}/discard/")
    assert stale_discard.status_code == 303
    assert OutboxItem.objects.get(pk=item.pk).state == OutboxState.FAILED

    client.post(f"/c/{kept.pk}/outbox/{item.pk}/retry/")
    assert send_round().sent == 1
    assert send_round().sent == 0

    assert len(sink.messages) == 1
    subject = _subject(sink.messages[0].data)
    assert f"[#{kept.pk}]" in subject and f"[#{merged.pk}]" not in subject
    kept.refresh_from_db()
    assert kept.status == Status.WAITING and kept.sla_due_at is None
    assert Event.objects.filter(conversation=kept, verb="reply_sent").count() == 1
    assert not Event.objects.filter(conversation=merged, verb="reply_sent").exists()
    header = client.get(f"/c/{kept.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "送信失敗：" not in header


def test_undoing_the_merge_takes_the_failed_reply_back(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    item, merged, _kept, client = _failed_then_merged(dovecot, sink, mailbox, alice)
    client.post(f"/c/{merged.pk}/unmerge/", {"confirm": "1"})

    item.refresh_from_db()
    assert item.conversation_id == merged.pk and item.state == OutboxState.FAILED
    assert f"[#{merged.pk}]" in item.message.subject
    page = client.get(f"/c/{merged.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert f"/c/{merged.pk}/outbox/{item.pk}/retry/" in page
