"""A promise in a reply that left becomes the conversation's deadline (walk 13, F21).

sato sent 「…の正午までにお送りいたします」 and the conversation sat in 返信待ち with no
deadline and no reminder. Now the promise is shown in the header, the conversation comes
back into 期限間近 / 期限超過 with a notification to its owner as the date nears and
passes, and our next reply fulfils it.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from madoguchi.actions import sla
from madoguchi.actions.replies import send_reply
from madoguchi.models import Conversation, Mailbox, Notification, NotificationKind, Status
from madoguchi.web.queries import due_soon_q, overdue_q
from tests.support.servers import Dovecot, SmtpSink
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import send_round
from tests.transport.test_send import queue_reply

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def in_a_week_at_noon() -> datetime:
    day = timezone.localdate() + timedelta(days=7)
    return datetime.combine(day, time(12, 0), tzinfo=timezone.get_current_timezone())


def kinds_for(user: User) -> list[str]:
    return list(Notification.objects.filter(recipient=user).values_list("kind", flat=True))


def test_a_promise_sent_is_shown_reminded_and_then_kept(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    due = in_a_week_at_noon()
    # Full-width digits, as typed with a Japanese input method.
    words = f"{due.month}月{due.day}日の正午までにお送りいたします。".translate(
        {ord(d): ord(d) + 0xFEE0 for d in "0123456789"}
    )
    item = queue_reply(dovecot, mailbox, alice, body=f"お問い合わせの件、確認中です。\n{words}")
    conversation = Conversation.objects.get(pk=item.conversation_id)
    Conversation.objects.filter(pk=conversation.pk).update(owner=alice)
    assert conversation.promised_at is None  # queued is not sent: nothing promised yet

    assert send_round().sent == 1
    conversation.refresh_from_db()
    assert conversation.status == Status.WAITING
    assert conversation.promised_at == due
    assert conversation.promise_quote == words
    assert (conversation.sla_due_at, conversation.sla_kind) == (due, sla.PROMISE)

    client = Client()
    client.force_login(alice)
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    # Any promise: a reply, a parcel, a refund (walk 24 H7: 「までに回答」 on a refund).
    assert f"約束の期日：{due.month}/{due.day} 12:00（「{words}」）" in page

    # Two business hours before: 期限間近, and the owner hears of it.
    before = due - timedelta(minutes=30)
    sla.check_sla(before)
    assert Conversation.objects.filter(due_soon_q(before), pk=conversation.pk).exists()
    assert kinds_for(alice) == [NotificationKind.SLA_DUE_SOON]

    # The date passes with no word from us: 期限超過, said as a broken promise.
    after = due + timedelta(minutes=1)
    sla.check_sla(after)
    assert Conversation.objects.filter(overdue_q(after), pk=conversation.pk).exists()
    assert sorted(kinds_for(alice)) == sorted(
        [NotificationKind.SLA_DUE_SOON, NotificationKind.SLA_BREACHED]
    )
    notifications = client.get("/notifications/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "お客様に約束した期限を過ぎました。" in notifications

    # Our next reply that leaves, with no new promise, fulfils it.
    conversation.refresh_from_db()
    text = "資料をお送りいたします。"
    send_reply(alice, conversation, text, seen_at=timezone.now(), force=True, cc="")
    assert send_round().sent == 1
    conversation.refresh_from_db()
    assert conversation.promised_at is None and conversation.promise_quote is None
    assert conversation.sla_due_at is None
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "約束：" not in page


def test_a_reply_without_a_date_records_no_promise(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    item = queue_reply(dovecot, mailbox, alice, body="近日中にご連絡いたします。")
    assert send_round().sent == 1
    conversation = Conversation.objects.get(pk=item.conversation_id)
    assert conversation.promised_at is None and conversation.sla_due_at is None


def test_a_date_that_cannot_be_read_never_undoes_a_sent_reply(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User, monkeypatch
) -> None:
    """The promise is read inside record_sent's transaction: a fault there must leave the
    reply recorded as sent (else the worker sees an interrupted send), with no promise."""

    def broken(*args: object) -> None:
        raise ValueError("day is out of range for month")

    monkeypatch.setattr("madoguchi.actions.promises.find_promise", broken)
    item = queue_reply(dovecot, mailbox, alice, body="明日の正午までにお送りいたします。")
    assert send_round().sent == 1
    assert len(sink.messages) == 1
    item.refresh_from_db()
    assert item.state == "sent"
    conversation = Conversation.objects.get(pk=item.conversation_id)
    assert conversation.status == Status.WAITING and conversation.promised_at is None
