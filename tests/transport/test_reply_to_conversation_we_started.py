"""A reply in a conversation started from /new/, before the customer has answered: it goes
to the customer our first mail went to, threaded under it, with no "outside this
conversation" question about that customer."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest
from django.contrib.auth.models import User
from django.test import Client

from madoguchi.actions.base import now
from madoguchi.actions.outbound import start_conversation
from madoguchi.actions.replies import send_reply
from madoguchi.mail.parse import parse_message
from madoguchi.models import Conversation, Mailbox
from madoguchi.models.mailboxes import ConfirmBeforeSend, QuoteStyle
from tests.support.servers import SmtpSink
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import send_round

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def started(mailbox: Mailbox, alice: User) -> Conversation:
    Mailbox.objects.filter(pk=mailbox.pk).update(
        confirm_before_send=ConfirmBeforeSend.EXTERNAL, quote_style=QuoteStyle.NONE
    )
    start_conversation(
        alice,
        mailbox,
        to="Yamada <taro@customer.example>, noreply@customer.example",
        subject="ご注文の件",
        body="山田様\n\nご注文の品の発送が遅れております。",
    )
    assert send_round().sent == 1
    return Conversation.objects.get(mailbox=mailbox)


def test_it_sends_the_second_mail_to_the_customer_of_our_first_without_asking(
    sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    conversation = started(mailbox, alice)
    [first] = sink.messages
    first_id = message_from_bytes(first.data, policy=policy.default)["Message-ID"]

    send_reply(alice, conversation, "山田様\n\n本日発送いたしました。", seen_at=now())
    assert send_round().sent == 1

    second = sink.messages[1]
    headers = message_from_bytes(second.data, policy=policy.default)
    assert [a.addr_spec for a in headers["To"].addresses] == ["taro@customer.example"]
    assert "taro@customer.example" in second.recipients
    assert "noreply@customer.example" not in second.recipients
    assert headers["In-Reply-To"] == first_id
    assert "本日発送いたしました。" in parse_message(second.data).text


def test_the_compose_box_fills_to_with_the_customer(mailbox: Mailbox, alice: User) -> None:
    conversation = started(mailbox, alice)
    client = Client()
    client.force_login(alice)
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert 'name="to" value="&quot;Yamada&quot; &lt;taro@customer.example&gt;"' in page
