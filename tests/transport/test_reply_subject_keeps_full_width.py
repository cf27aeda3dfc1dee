"""A reply's subject is the customer's subject, character for character, with one "Re: "."""

from __future__ import annotations

from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import User

from madoguchi.actions.base import now
from madoguchi.actions.replies import send_reply
from madoguchi.models import Conversation, Mailbox
from tests.support.servers import Dovecot, SmtpSink, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def test_it_keeps_full_width_parentheses_in_the_reply_subject_the_customer_receives(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    # s8 walk: 「文字化け（取引先マスタ）」 went out as 「文字化け(取引先マスタ)」.
    subject = "Re: CSVインポート 文字化け（取引先マスタ）　ＡＢＣ①"
    dovecot.deliver(mailbox.address, sample_mail(1, subject=subject))
    fetch(mailbox)
    conversation = Conversation.objects.filter(mailbox=mailbox).latest("id")

    send_reply(alice, conversation, "確認いたします。", seen_at=now(), force=True, cc="")
    assert send_round().sent == 1

    received = message_from_bytes(sink.messages[0].data, policy=policy.default)
    sent_subject = str(received["Subject"])
    assert sent_subject.startswith("Re: CSVインポート 文字化け（取引先マスタ）　ＡＢＣ①")
    assert sent_subject.count("Re:") == 1


def test_it_forwards_with_the_customers_date_in_the_teams_zone_named(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    # s8 walk: the forwarded block said "+0000" while every screen shows JST.
    from madoguchi.actions.outbound import forward

    raw = sample_mail(2, subject="監査ログの出力（CSV）")
    dovecot.deliver(mailbox.address, raw)
    fetch(mailbox)
    conversation = Conversation.objects.filter(mailbox=mailbox).latest("id")
    sent_date = message_from_bytes(raw, policy=policy.default)["Date"].datetime
    forward(alice, conversation, "partner@outside.example")
    assert send_round().sent == 1

    received = message_from_bytes(sink.messages[0].data, policy=policy.default)
    body = received.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    expected = sent_date.astimezone(ZoneInfo("Asia/Tokyo")).strftime("%Y-%m-%d %H:%M")
    assert f"Date: {expected} +0900 (JST)" in body
    assert str(received["Subject"]) == "Fwd: 監査ログの出力（CSV）"
