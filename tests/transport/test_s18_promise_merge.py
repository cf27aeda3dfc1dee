"""A promise follows its conversation into a merge, and comes back on undo (session 18).

sato promised 「…の正午までにお送りいたします」 in one thread; the customer's other thread was
kept and this one merged into it. Before: the kept conversation showed no promise and its
clock knew nothing of the date (the promise stayed on the closed conversation, which the
timer passes over). Now the earlier of the two promises is the kept conversation's, shown
in its header and as its deadline, and undoing the merge gives each its own back. Through
the web (merge takes row locks: no wrapping transaction); real aiosmtpd and Dovecot."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from madoguchi.actions import sla
from madoguchi.actions.replies import send_reply
from madoguchi.models import Conversation, Mailbox, Status
from tests.support.servers import Dovecot, SmtpSink, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round
from tests.transport.test_s17_merged_failed_reply import chase_and_merge
from tests.transport.test_send import queue_reply

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def noon_in(days: int) -> datetime:
    day = timezone.localdate() + timedelta(days=days)
    return datetime.combine(day, time(12, 0), tzinfo=timezone.get_current_timezone())


def promise(due: datetime) -> str:
    return f"{due.month}月{due.day}日の正午までにお送りいたします。"


def test_the_earlier_promise_follows_the_merge_and_comes_back_on_undo(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    later, sooner = noon_in(10), noon_in(7)
    # The thread that is merged away: promised in 7 days.
    item = queue_reply(dovecot, mailbox, alice, body=f"確認いたします。\n{promise(sooner)}")
    assert send_round().sent == 1
    merged = Conversation.objects.get(pk=item.conversation_id)
    assert merged.promised_at == sooner

    # The customer's other thread, kept, answered with a later promise before the merge.
    dovecot.deliver(mailbox.address, sample_mail(3, subject="請求書の宛名について"))
    fetch(mailbox)
    kept = Conversation.objects.filter(mailbox=mailbox).exclude(pk=merged.pk).get()
    send_reply(
        alice, kept, f"承知しました。\n{promise(later)}", seen_at=timezone.now(), force=True, cc=""
    )
    assert send_round().sent == 1
    kept.refresh_from_db()
    assert kept.status == Status.WAITING and kept.promised_at == later

    _kept, client = chase_and_merge(dovecot, mailbox, alice, merged, into=kept)

    kept.refresh_from_db()
    assert (kept.promised_at, kept.promise_quote) == (sooner, promise(sooner))
    assert (kept.sla_due_at, kept.sla_kind) == (sooner, sla.PROMISE)
    page = client.get(f"/c/{kept.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert f"約束の期日：{sooner.month}/{sooner.day} 12:00" in page

    client.post(f"/c/{merged.pk}/unmerge/", {"confirm": "1"})
    kept.refresh_from_db()
    merged.refresh_from_db()
    assert (kept.promised_at, kept.promise_quote) == (later, promise(later))
    assert (kept.sla_due_at, kept.sla_kind) == (later, sla.PROMISE)
    assert merged.merged_into_id is None and merged.promised_at == sooner
    assert (merged.sla_due_at, merged.sla_kind) == (sooner, sla.PROMISE)
