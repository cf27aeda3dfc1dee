"""Undoing a merge after the promise it carried over was answered (session 19; left by
session 18): sato's 7-day promise in the merged thread was taken over by the kept one, and a
reply from the kept one sent what was promised. Before: the undo gave the merged thread its
promise back, so it showed 約束 and a deadline for something already sent. Now it comes back
answered (no promise), while the undo without such a reply still gives each its own."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from madoguchi.actions.replies import send_reply
from madoguchi.models import Conversation, Mailbox
from tests.support.servers import Dovecot, SmtpSink, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round
from tests.transport.test_s17_merged_failed_reply import chase_and_merge
from tests.transport.test_s18_promise_merge import noon_in, promise
from tests.transport.test_send import queue_reply

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def test_a_promise_answered_from_the_kept_conversation_stays_answered_after_undo(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    sooner = noon_in(7)
    item = queue_reply(dovecot, mailbox, alice, body=f"確認いたします。\n{promise(sooner)}")
    assert send_round().sent == 1
    merged = Conversation.objects.get(pk=item.conversation_id)
    dovecot.deliver(mailbox.address, sample_mail(3, subject="請求書の宛名について"))
    fetch(mailbox)
    kept = Conversation.objects.filter(mailbox=mailbox).exclude(pk=merged.pk).get()

    _kept, client = chase_and_merge(dovecot, mailbox, alice, merged, into=kept)
    kept.refresh_from_db()
    assert kept.promised_at == sooner
    send_reply(
        alice, kept, "お約束の資料をお送りいたします。", seen_at=timezone.now(), force=True, cc=""
    )
    assert send_round().sent == 1
    kept.refresh_from_db()
    assert kept.promised_at is None  # answered

    client.post(f"/c/{merged.pk}/unmerge/", {"confirm": "1"})
    merged.refresh_from_db()
    kept.refresh_from_db()
    assert merged.merged_into_id is None
    assert (merged.promised_at, merged.promise_quote) == (None, None)
    assert merged.sla_kind != "promise"
    assert kept.promised_at is None
    page = client.get(f"/c/{merged.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "約束：" not in page
