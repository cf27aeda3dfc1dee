"""A reply To the customer and Cc a colleague of theirs, when the server (aiosmtpd on
loopback) refuses the Cc only: the customer gets it once; a 451 Cc is sent the same bytes
alone later, a 550 Cc is shown at once as not delivered, naming the address and the answer,
in the reader's language."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client

from madoguchi.actions.base import now
from madoguchi.actions.replies import send_reply
from madoguchi.models import (
    Conversation,
    Mailbox,
    Notification,
    OutboxItem,
    OutboxState,
    RefusalState,
    RefusedRecipient,
)
from madoguchi.transport.outbox import OutboxConfig
from tests.support.servers import Dovecot, SmtpSink
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import send_round
from tests.transport.test_s11_outgoing_bytes import BOSS, CUSTOMER, a_question

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def received_by(sink: SmtpSink, address: str) -> list[bytes]:
    return [mail.data for mail in sink.messages if address in mail.recipients]


def due_now() -> None:
    RefusedRecipient.objects.update(next_attempt_at=now() - timedelta(seconds=1))


def page(user: User, conversation_id: int, language: str) -> str:
    client = Client()
    client.force_login(user)
    return client.get(f"/c/{conversation_id}/", HTTP_ACCEPT_LANGUAGE=language).content.decode()


def reply_all(dovecot: Dovecot, mailbox: Mailbox, alice: User) -> Conversation:
    """The customer's question answered To the customer and Cc their boss, queued."""
    conversation = a_question(dovecot, mailbox)
    send_reply(alice, conversation, "山田様\n\n承知しました。", seen_at=now())  # reply-all
    return conversation


def test_it_sends_the_451_cc_the_same_bytes_alone_later_and_the_customer_once(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    answers = iter(["451 4.7.1 try later"])
    sink.refuse = lambda address: next(answers, None) if address == BOSS else None
    conversation = reply_all(dovecot, mailbox, alice)

    assert send_round().sent == 1
    assert len(received_by(sink, CUSTOMER)) == 1 and received_by(sink, BOSS) == []
    [refusal] = RefusedRecipient.objects.all()
    assert (refusal.address, refusal.state) == (BOSS, RefusalState.RETRYING)
    assert "4.7.1 try later" in refusal.answer
    waiting = page(alice, conversation.pk, "ja")
    assert f"{BOSS} にはまだ届いていません" in waiting and "451 4.7.1 try later" in waiting

    assert send_round().delivered_later == 0  # not due yet: the backoff
    due_now()
    assert send_round().delivered_later == 1
    assert send_round().delivered_later == 0

    [first] = received_by(sink, CUSTOMER)
    assert received_by(sink, BOSS) == [first]  # the same bytes, the same Message-ID
    assert [mail.recipients for mail in sink.messages if BOSS in mail.recipients] == [(BOSS,)]
    item = OutboxItem.objects.get()
    assert item.state == OutboxState.SENT and item.attempts == 1
    assert RefusedRecipient.objects.get().state == RefusalState.DELIVERED
    assert f"{BOSS} には再送で届きました" in page(alice, conversation.pk, "ja")


def test_it_gives_up_on_a_cc_that_keeps_answering_451_and_says_so(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    sink.refuse = lambda address: "452 4.2.2 mailbox full" if address == BOSS else None
    conversation = reply_all(dovecot, mailbox, alice)
    config = OutboxConfig(max_attempts=3)

    send_round(config)
    for _ in range(3):
        due_now()
        send_round(config)

    assert len(received_by(sink, CUSTOMER)) == 1 and received_by(sink, BOSS) == []
    refusal = RefusedRecipient.objects.get()
    assert (refusal.state, refusal.attempts) == (RefusalState.FAILED, 3)
    shown = page(alice, conversation.pk, "en")
    assert f"Not delivered to {BOSS} after 3 attempts" in shown and "4.2.2 mailbox full" in shown


def test_it_shows_a_550_cc_as_not_delivered_at_once_and_never_retries_it(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    answer = "550 5.1.1 <boss@customer.example>: no such user"
    sink.refuse = lambda address: answer if address == BOSS else None
    conversation = reply_all(dovecot, mailbox, alice)

    assert send_round().sent == 1
    due_now()
    assert send_round().delivered_later == 0

    assert len(received_by(sink, CUSTOMER)) == 1 and received_by(sink, BOSS) == []
    assert RefusedRecipient.objects.get().state == RefusalState.FAILED
    japanese = page(alice, conversation.pk, "ja")
    assert f"{BOSS} には届いていません。メールサーバーの応答:" in japanese
    assert "no such user" in japanese
    english = page(alice, conversation.pk, "en")
    assert f"Not delivered to {BOSS}. The mail server answered:" in english
    assert Notification.objects.filter(recipient=alice, detail__address=BOSS).exists()


def test_it_never_resends_to_a_cc_whose_retry_was_interrupted_and_says_it_may_have_it(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    sink.refuse = lambda address: "451 4.7.1 try later" if address == BOSS else None
    conversation = reply_all(dovecot, mailbox, alice)
    send_round()
    # A worker claimed the retry and died before it recorded the outcome.
    RefusedRecipient.objects.update(
        state=RefusalState.SENDING, lease_owner="dead", lease_until=now() - timedelta(seconds=1)
    )
    sink.refuse = None

    assert send_round().delivered_later == 0

    assert received_by(sink, BOSS) == [] and len(received_by(sink, CUSTOMER)) == 1
    assert RefusedRecipient.objects.get().state == RefusalState.FAILED
    assert "届いている可能性があります" in page(alice, conversation.pk, "ja")
