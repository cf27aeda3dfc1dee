"""Walk 12 F-8: the English clarifying reply names the agent as the English signature does
and signs off once: checked on the bytes a real SMTP server (aiosmtpd) received."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from madoguchi.actions.assist import clarifying_reply_for
from madoguchi.actions.base import now
from madoguchi.actions.replies import send_reply
from madoguchi.mail.parse import parse_message
from madoguchi.models import Agent, Conversation, Mailbox, Template
from madoguchi.models.mailboxes import QuoteStyle
from tests.support.servers import Dovecot, SmtpSink, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

# The demo's English clarifying template (madoguchi/demo/knowledge.py), as a lead writes one.
CLARIFY = (
    "Hi {customer_first_name},\n\n"
    "Thanks for letting us know. I'm {agent_name} from Tsunagu support.\n\n"
    "So that I can fix this quickly, could you tell me:\n"
    "- which screen or feature\n"
    "- what you see\n\n"
    "Best regards,\n{agent_name}"
)


def test_the_english_clarifying_reply_leaves_with_the_english_name_and_one_sign_off(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    Mailbox.objects.filter(pk=mailbox.pk).update(
        confirm_before_send="never", quote_style=QuoteStyle.NONE
    )
    Agent.objects.filter(user=alice).update(
        display_name="小林 エミ",
        name_en="Emi Kobayashi",
        signature_en="Emi Kobayashi\nCustomer Support, Example Inc.",
    )
    Template.objects.create(
        name="Clarify: what exactly isn't working?",
        body=CLARIFY,
        language="en",
        kind=Template.Kind.CLARIFY,
    )
    terse = sample_mail(
        1,
        sender="tom@customer.example",
        to=mailbox.address,
        subject="import broken",
        body="your import is broken. again.\n",
    )
    dovecot.deliver(mailbox.address, terse)
    fetch(mailbox)
    conversation = Conversation.objects.get(mailbox=mailbox)
    reply = clarifying_reply_for(conversation, alice)
    assert reply is not None and reply.lang == "en"

    send_reply(alice, conversation, reply.text, seen_at=now(), force=True)
    assert send_round().sent == 1

    [mail] = sink.messages
    received = parse_message(mail.data).text
    assert "小林" not in received and "エミ" not in received
    assert "I'm Emi Kobayashi from Tsunagu support." in received
    assert received.count("Emi Kobayashi") == 2  # the introduction and the signature
    assert "regards" not in received.lower(), received
