"""An English reply from an agent whose signatures are Japanese only: mail/body.py never
puts a Japanese signature under English, so the agent is asked before it goes unsigned."""

from __future__ import annotations

from email.mime.text import MIMEText
from email.utils import formataddr, formatdate

import pytest
from django.contrib.auth.models import User

from madoguchi.actions.base import now
from madoguchi.actions.outbound import start_conversation
from madoguchi.actions.replies import send_reply
from madoguchi.actions.sending import NeedsConfirmation
from madoguchi.mail.parse import parse_message
from madoguchi.models import Agent, Conversation, Mailbox
from madoguchi.models.mailboxes import QuoteStyle
from tests.support.servers import Dovecot, SmtpSink
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

ENGLISH = "Hello John,\n\nYour refund was sent today. Thank you for waiting."


def english_conversation(dovecot: Dovecot, mailbox: Mailbox) -> Conversation:
    Mailbox.objects.filter(pk=mailbox.pk).update(
        confirm_before_send="never", quote_style=QuoteStyle.NONE
    )
    message = MIMEText("When will I get my refund?\n", "plain", "utf-8")
    message["From"] = formataddr(("John Smith", "john@customer.example"))
    message["To"] = mailbox.address
    message["Subject"] = "Refund"
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = "<refund-en@customer.example>"
    dovecot.deliver(mailbox.address, message.as_bytes())
    fetch(mailbox)
    return Conversation.objects.get(mailbox=mailbox)


def test_it_asks_before_an_english_reply_goes_without_a_signature(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    conversation = english_conversation(dovecot, mailbox)
    with pytest.raises(NeedsConfirmation) as asked:
        send_reply(alice, conversation, ENGLISH, seen_at=now())
    assert [question.kind for question in asked.value.questions] == ["signature"]
    assert "この英語のメールには署名が付きません" in str(asked.value)  # the default UI language
    assert send_round().sent == 0

    send_reply(alice, conversation, ENGLISH, seen_at=now(), confirmed=["signature"])
    assert send_round().sent == 1
    [mail] = sink.messages
    received = parse_message(mail.data).text
    assert received == ENGLISH + "\n"  # unsigned, as the agent was told
    assert "佐藤" not in received and "株式会社" not in received


def test_it_signs_an_english_reply_once_the_agent_has_an_english_signature(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    Agent.objects.filter(user=alice).update(signature_en="Alice Sato\nSample Inc. Support")
    conversation = english_conversation(dovecot, mailbox)

    send_reply(alice, conversation, ENGLISH, seen_at=now())  # nothing to ask
    assert send_round().sent == 1
    [mail] = sink.messages
    assert parse_message(mail.data).text == (ENGLISH + "\n\n-- \nAlice Sato\nSample Inc. Support\n")


def test_it_asks_before_a_new_english_mail_goes_without_a_signature(
    sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    """新規メール (/new/) asks the reply box's question (it left unsigned without it)."""
    fields = {"to": "john@customer.example", "subject": "Your quote", "body": ENGLISH}
    with pytest.raises(NeedsConfirmation) as asked:
        start_conversation(alice, mailbox, **fields)
    assert [question.kind for question in asked.value.questions] == ["signature"]
    assert not Conversation.objects.exists()

    start_conversation(alice, mailbox, **fields, confirmed=["signature"])
    assert send_round().sent == 1
    [mail] = sink.messages
    assert parse_message(mail.data).text == ENGLISH + "\n"
    assert mail.recipients[0] == "john@customer.example"
