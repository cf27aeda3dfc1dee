"""差し戻し then re-send: what reaches the customer's server carries the agent's words, one
signature and one quote, however many times the reply went round the approver."""

from __future__ import annotations

from email.mime.text import MIMEText
from email.utils import formataddr, formatdate

import pytest
from django.contrib.auth.models import User

from madoguchi.actions.approval import approve, send_back
from madoguchi.actions.base import now
from madoguchi.actions.replies import send_reply
from madoguchi.mail.parse import parse_message
from madoguchi.models import (
    Agent,
    ApprovalPolicy,
    Conversation,
    Draft,
    Mailbox,
    OutboxState,
    Role,
)
from madoguchi.models.mailboxes import QuoteStyle
from tests.support.servers import Dovecot, SmtpSink
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


@pytest.fixture
def lead(alice: User) -> User:
    user = User.objects.create_user("lead", "lead@example.test", "pw")
    Agent.objects.create(user=user, role=Role.LEAD, display_name="Lead")
    user.is_superuser = True
    user.save()
    return user


def customer_conversation(dovecot: Dovecot, mailbox: Mailbox) -> Conversation:
    Mailbox.objects.filter(pk=mailbox.pk).update(
        quote_style=QuoteStyle.JAPANESE, confirm_before_send="never"
    )
    message = MIMEText("注文した商品の返金はいつになりますか？\n", "plain", "utf-8")
    message["From"] = formataddr(("Yamada", "taro@customer.example"))
    message["To"] = mailbox.address
    message["Subject"] = "返金について"
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = "<refund-1@customer.example>"
    dovecot.deliver(mailbox.address, message.as_bytes())
    fetch(mailbox)
    return Conversation.objects.get(mailbox=mailbox)


def test_it_sends_a_reply_resent_after_send_back_with_one_quote_and_one_signature(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User, lead: User
) -> None:
    ApprovalPolicy.objects.create(name="返金チェック", words="返金")
    conversation = customer_conversation(dovecot, mailbox)
    item = send_reply(alice, conversation, "山田様\n\n返金は来週になります。", seen_at=now())
    assert item.state == OutboxState.AWAITING_APPROVAL

    send_back(lead, item, "日付を書いてください")
    draft = Draft.objects.get(conversation=conversation, author=alice)
    assert draft.body == "山田様\n\n返金は来週になります。"  # what she typed, nothing added

    revised = draft.body.replace("来週", "12月8日") + "\r\n"  # as a browser posts it
    again = send_reply(alice, conversation, revised, seen_at=now())
    approve(lead, again)
    assert send_round().sent == 1

    [mail] = sink.messages
    received = parse_message(mail.data).text
    assert received.count("返金は12月8日になります。") == 1
    assert received.count("-- \n佐藤 アリス") == 1
    assert received.count("> 注文した商品の返金はいつになりますか？") == 1
    assert "来週" not in received


def test_it_does_not_quote_twice_a_draft_that_already_holds_the_quote(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    """A draft returned before the fix kept the whole composed mail: sending it as it is
    must not add the quote (or the signature) a second time."""
    conversation = customer_conversation(dovecot, mailbox)
    first = send_reply(alice, conversation, "山田様\n\n確認いたします。", seen_at=now())
    composed = first.message.text
    first.message.delete()

    send_reply(alice, conversation, composed.replace("\n", "\r\n"), seen_at=now())
    assert send_round().sent == 1

    [mail] = sink.messages
    received = parse_message(mail.data).text
    assert received.count("> 注文した商品の返金はいつになりますか？") == 1
    assert received.count("佐藤 アリス") == 1
