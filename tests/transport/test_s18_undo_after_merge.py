"""Undo send from a page of a conversation merged away within the undo window.

Session 18: an agent sends a reply (10 s undo window); a colleague merges the conversation
into the customer's chase; the agent, still on the old page, presses 取り消す. Before: a 404,
and the reply still left, once, from the kept conversation. Now the undo works there (the
reply never leaves, the text is back in the kept conversation's compose box), or, too late,
a message names the kept conversation. Real aiosmtpd and Dovecot on loopback."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from madoguchi.models import Conversation, Draft, Mailbox, OutboxItem, OutboxState
from tests.support.servers import Dovecot, SmtpSink
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import send_round
from tests.transport.test_s17_merged_failed_reply import chase_and_merge
from tests.transport.test_send import make_due, queue_reply

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def _sent_then_merged(
    dovecot: Dovecot, mailbox: Mailbox, alice: User
) -> tuple[OutboxItem, Conversation, Conversation, Client]:
    mailbox.send_delay_seconds = 10
    mailbox.save(update_fields=["send_delay_seconds"])
    item = queue_reply(dovecot, mailbox, alice, body="返金を手配いたしました。")
    assert send_round().sent == 0  # still inside the undo window
    merged = Conversation.objects.get(pk=item.conversation_id)
    kept, client = chase_and_merge(dovecot, mailbox, alice, merged)
    return item, merged, kept, client


def test_undo_from_the_merged_away_page_stops_the_reply(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    item, merged, kept, client = _sent_then_merged(dovecot, mailbox, alice)

    response = client.post(
        f"/c/{merged.pk}/outbox/{item.pk}/undo/", HTTP_ACCEPT_LANGUAGE="ja", follow=True
    )
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == f"/c/{kept.pk}/"
    page = response.content.decode()
    assert f"#{kept.pk}" in page and "取り消しました" in page
    assert not OutboxItem.objects.filter(pk=item.pk).exists()
    draft = Draft.objects.get(conversation=kept, author=alice)
    assert "返金を手配いたしました。" in draft.body
    assert "返金を手配いたしました。" in page  # back in the kept conversation's compose box

    # The window passes and the worker runs: nothing leaves.
    assert send_round().sent == 0
    assert sink.messages == []


def test_too_late_to_undo_names_the_kept_conversation_and_sends_once(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    item, merged, kept, client = _sent_then_merged(dovecot, mailbox, alice)
    make_due(item)
    assert send_round().sent == 1

    response = client.post(
        f"/c/{merged.pk}/outbox/{item.pk}/undo/", HTTP_ACCEPT_LANGUAGE="ja", follow=True
    )
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == f"/c/{kept.pk}/"
    page = response.content.decode()
    assert "取り消せません" in page and f"#{kept.pk}" in page
    assert OutboxItem.objects.get(pk=item.pk).state == OutboxState.SENT

    assert send_round().sent == 0
    assert len(sink.messages) == 1
