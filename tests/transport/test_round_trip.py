"""A customer writes, an agent answers, the customer answers back: all over real servers."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from madoguchi.actions.base import now
from madoguchi.actions.replies import send_reply
from madoguchi.mail.parse import parse_message
from madoguchi.models import Conversation, Direction, Mailbox, OutboxItem, OutboxState, RawMessage
from tests.support.servers import Dovecot, SmtpSink, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, folder_message_ids, send_round

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def test_it_fetches_answers_and_threads_the_customers_reply(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    dovecot.deliver(mailbox.address, sample_mail(1, message_id="<q1@example.jp>"))
    assert fetch(mailbox).stored == 1
    conversation = Conversation.objects.get(mailbox=mailbox)
    assert conversation.customer is not None

    send_reply(alice, conversation, "顧客様\n\n返金を手配いたしました。", seen_at=now(), force=True)
    assert send_round().sent == 1

    [delivered] = sink.messages
    reply = parse_message(delivered.data)
    assert reply.in_reply_to == "<q1@example.jp>"
    assert "<q1@example.jp>" in reply.references
    assert f"[#{conversation.pk}]" in reply.subject
    assert "返金を手配いたしました" in reply.text
    assert "佐藤 アリス" in reply.text  # the agent's signature
    assert reply.to[0].address == "customer1@example.jp"
    assert reply.message_id in folder_message_ids(mailbox, "Sent")
    item = OutboxItem.objects.get(conversation=conversation)
    assert item.state == OutboxState.SENT and item.sent_at is not None

    answer = sample_mail(
        2,
        sender="customer1@example.jp",
        subject=f"Re: {reply.subject}",
        message_id="<q2@example.jp>",
        in_reply_to=reply.message_id,
        references=f"<q1@example.jp> {reply.message_id}",
    )
    dovecot.deliver(mailbox.address, answer)
    fetch(mailbox)

    assert Conversation.objects.filter(mailbox=mailbox).count() == 1
    directions = list(conversation.messages.order_by("id").values_list("direction", flat=True))
    assert directions == [Direction.INCOMING, Direction.OUTGOING, Direction.INCOMING]
    conversation.refresh_from_db()
    assert conversation.status == "open"
    # The copy of our reply that the SMTP server put in the INBOX is the reply's raw copy,
    # not a new message.
    outgoing = conversation.messages.get(direction=Direction.OUTGOING)
    assert outgoing.raw is not None
    assert not RawMessage.objects.filter(state=RawMessage.State.PENDING).exists()


def test_a_reply_from_someone_only_in_cc_joins_but_never_replaces_the_customer(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    dovecot.deliver(mailbox.address, sample_mail(1, message_id="<q1@example.jp>"))
    fetch(mailbox)
    conversation = Conversation.objects.get(mailbox=mailbox)
    customer = conversation.customer_id
    send_reply(
        alice, conversation, "確認いたします。", seen_at=now(), cc="boss@example.jp", force=True
    )
    send_round()
    reply = parse_message(sink.messages[0].data)

    from_cc = sample_mail(
        2,
        sender="boss@example.jp",
        subject=f"Re: {reply.subject}",
        in_reply_to=reply.message_id,
        references=f"<q1@example.jp> {reply.message_id}",
    )
    dovecot.deliver(mailbox.address, from_cc)
    fetch(mailbox)

    assert Conversation.objects.filter(mailbox=mailbox).count() == 1
    conversation.refresh_from_db()
    assert conversation.customer_id == customer
    assert conversation.messages.filter(from_address="boss@example.jp").exists()


def test_delete_after_fetch_removes_mail_from_the_server_only_when_asked(
    dovecot: Dovecot, mailbox: Mailbox
) -> None:
    Mailbox.objects.filter(pk=mailbox.pk).update(delete_after_fetch=True)
    for number in range(3):
        dovecot.deliver(mailbox.address, sample_mail(number))

    fetch(Mailbox.objects.get(pk=mailbox.pk))

    assert RawMessage.objects.filter(mailbox=mailbox).count() == 3
    assert folder_message_ids(mailbox, "INBOX") == []
