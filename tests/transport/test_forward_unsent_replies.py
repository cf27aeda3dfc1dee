"""Forwarding a conversation never passes off a reply the customer did not get as said to
them: a failed reply is left out, one still waiting in the outbox is marked. Checked on the
forward's text as aiosmtpd received it."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest
from django.contrib.auth.models import User
from django.utils import translation

from madoguchi.actions.base import ActionError, now
from madoguchi.actions.outbound import forward
from madoguchi.actions.replies import send_reply
from madoguchi.models import Conversation, Mailbox, OutboxItem, OutboxState
from tests.support.servers import Dovecot, SmtpSink, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

CUSTOMER = "customer1@example.jp"
FAILED = "返金は本日手続きいたしました。"
WAITING = "明日、改めてご連絡いたします。"


def forwarded_text(sink: SmtpSink) -> str:
    [mail] = [m for m in sink.messages if "legal@partner.example" in m.recipients]
    parsed = message_from_bytes(mail.data, policy=policy.default)
    body = parsed.get_body(("plain",))  # type: ignore[attr-defined]
    return str(body.get_content())


def conversation_with_a_failed_reply(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> tuple[Conversation, OutboxItem]:
    dovecot.deliver(mailbox.address, sample_mail(1, sender=CUSTOMER))
    fetch(mailbox)
    conversation = Conversation.objects.get(mailbox=mailbox)
    sink.refuse = lambda address: "550 5.1.1 mailbox unavailable" if address == CUSTOMER else None
    failed = send_reply(alice, conversation, FAILED, seen_at=now(), cc="")
    assert send_round().failed == 1
    failed.refresh_from_db()
    assert failed.state == OutboxState.FAILED
    sink.refuse = None
    return conversation, failed


def test_it_leaves_a_failed_reply_out_and_marks_one_still_waiting(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    conversation, _failed = conversation_with_a_failed_reply(dovecot, sink, mailbox, alice)
    # The second reply waits in its undo window when the conversation is forwarded.
    Mailbox.objects.filter(pk=mailbox.pk).update(send_delay_seconds=3600)
    send_reply(
        alice, conversation, WAITING, seen_at=now(), cc="", force=True, confirmed=("unsent",)
    )
    Mailbox.objects.filter(pk=mailbox.pk).update(send_delay_seconds=0)

    with translation.override("ja"):
        forward(alice, conversation, "legal@partner.example", "ご確認ください。")
    assert send_round().sent == 1  # the forward; the waiting reply is not due yet

    text = forwarded_text(sink)
    assert "注文番号 1 の返金について教えてください" in text  # the customer's mail
    assert FAILED not in text
    assert "[未送信]\n\n" + WAITING in text
    assert text.count("---------- ") == 2  # the customer's mail and the waiting reply


def test_forwarding_only_the_failed_reply_is_refused_with_a_reason(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    conversation, failed = conversation_with_a_failed_reply(dovecot, sink, mailbox, alice)

    with translation.override("ja"), pytest.raises(ActionError) as refused:
        forward(alice, conversation, "legal@partner.example", message=failed.message)

    assert str(refused.value) == "この返信は送信されていないため、転送できません。"
    assert send_round().claimed == 0
