"""What reaches the customer, read back from a real SMTP server (aiosmtpd on loopback):
one signature and the right one, the quote when set, the customer's Cc kept, nothing sent
for an empty or unfilled reply or one taken back in its undo window, and a configuration
error seen at once."""

from __future__ import annotations

from datetime import timedelta
from email.errors import HeaderParseError
from email.header import Header
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User

from madoguchi.actions.base import ActionError, now
from madoguchi.actions.outbox import cancel_reply
from madoguchi.actions.replies import UploadedFile, retry_reply, send_reply
from madoguchi.actions.sending import EmptyReply, PlaceholdersLeft
from madoguchi.mail.compose import ComposedMail, OutgoingMail, compose
from madoguchi.mail.parse import parse_message
from madoguchi.models import Agent, Conversation, Event, Mailbox, OutboxItem, OutboxState, Status
from madoguchi.models.mailboxes import QuoteStyle
from madoguchi.worker import sending
from tests.support.servers import Dovecot, SmtpSink
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

JA_SIGNATURE = "株式会社サンプル サポート窓口\nTEL 03-0000-0000"
EN_SIGNATURE = "Sample Inc. Customer Support\nTel +81 3-0000-0000"


def customer_mail(
    mailbox: Mailbox,
    *,
    subject: str = "返金について",
    body: str = "返金はいつになりますか？\n",
    cc: str = "",
    number: int = 1,
) -> bytes:
    message = MIMEText(body, "plain", "utf-8")
    message["From"] = formataddr((str(Header("山田 太郎", "utf-8")), "taro@customer.example"))
    message["To"] = mailbox.address
    if cc:
        message["Cc"] = cc
    message["Subject"] = Header(subject, "utf-8")
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = f"<question-{number}@customer.example>"
    return message.as_bytes()


def conversation_with(dovecot: Dovecot, mailbox: Mailbox, raw: bytes) -> Conversation:
    dovecot.deliver(mailbox.address, raw)
    fetch(mailbox)
    return Conversation.objects.filter(mailbox=mailbox).latest("id")


@pytest.fixture
def plain_mailbox(mailbox: Mailbox) -> Mailbox:
    """Signatures in both languages, no quote, no questions before sending."""
    Mailbox.objects.filter(pk=mailbox.pk).update(
        signature=JA_SIGNATURE,
        signature_en=EN_SIGNATURE,
        quote_style=QuoteStyle.NONE,
        confirm_before_send="never",
    )
    mailbox.refresh_from_db()
    return mailbox


@pytest.fixture
def bob(plain_mailbox: Mailbox) -> User:
    """An agent without a signature of their own: the mailbox's apply."""
    user = User.objects.create_user("bob", "bob@example.test", "pw")
    agent = Agent.objects.create(user=user, display_name="Bob")
    agent.teams.add(*plain_mailbox.teams.all())
    if not plain_mailbox.teams.exists():
        user.is_superuser = True
        user.save()
    return user


def received_text(sink: SmtpSink) -> str:
    [mail] = sink.messages
    return parse_message(mail.data).text


def test_a_japanese_reply_carries_the_japanese_signature_once(
    dovecot: Dovecot, sink: SmtpSink, plain_mailbox: Mailbox, bob: User
) -> None:
    conversation = conversation_with(dovecot, plain_mailbox, customer_mail(plain_mailbox))
    # What a browser posts: CRLF, and the agent pasted the signature's first line already.
    item = send_reply(
        bob, conversation, "山田様\r\n\r\n明日までに返金いたします。\r\n", seen_at=now()
    )

    assert send_round().sent == 1

    expected = "山田様\n\n明日までに返金いたします。\n\n-- \n" + JA_SIGNATURE + "\n"
    assert received_text(sink) == expected
    item.message.refresh_from_db()
    assert item.message.text == expected  # the timeline shows what went out


def test_an_english_reply_carries_the_english_signature(
    dovecot: Dovecot, sink: SmtpSink, plain_mailbox: Mailbox, bob: User
) -> None:
    conversation = conversation_with(dovecot, plain_mailbox, customer_mail(plain_mailbox))
    send_reply(bob, conversation, "Hello Taro,\n\nYour refund is on its way.", seen_at=now())

    send_round()

    assert received_text(sink) == (
        "Hello Taro,\n\nYour refund is on its way.\n\n-- \n" + EN_SIGNATURE + "\n"
    )


def test_a_template_that_signs_off_is_not_signed_twice(
    dovecot: Dovecot, sink: SmtpSink, plain_mailbox: Mailbox, bob: User
) -> None:
    conversation = conversation_with(dovecot, plain_mailbox, customer_mail(plain_mailbox))
    text = "山田様\n\n承知いたしました。\n\n株式会社サンプル サポート窓口\nTEL 03-0000-0000"
    send_reply(bob, conversation, text, seen_at=now())

    send_round()

    assert received_text(sink) == text + "\n"


def test_a_reply_signed_with_the_agents_name_gets_the_rest_of_the_signature(
    dovecot: Dovecot, sink: SmtpSink, plain_mailbox: Mailbox, bob: User
) -> None:
    """Walk 24 H6: the English template signs off "Best regards,\n{agent_name}", and the
    customer got the name without the company or the address of the agent's signature."""
    Agent.objects.filter(user=bob).update(
        signature_en="Bob Smith\nSample Inc. Customer Support\nsupport@sample.example"
    )
    conversation = conversation_with(dovecot, plain_mailbox, customer_mail(plain_mailbox))
    text = "Hi Taro,\r\n\r\nWe are looking into it.\r\n\r\nBest regards,\r\nBob Smith"
    send_reply(bob, conversation, text, seen_at=now())

    send_round()

    assert received_text(sink) == (
        "Hi Taro,\n\nWe are looking into it.\n\nBest regards,\nBob Smith\n"
        "Sample Inc. Customer Support\nsupport@sample.example\n"
    )


def test_the_original_is_quoted_in_japanese_style_when_the_mailbox_quotes(
    dovecot: Dovecot, sink: SmtpSink, plain_mailbox: Mailbox, bob: User
) -> None:
    Mailbox.objects.filter(pk=plain_mailbox.pk).update(quote_style=QuoteStyle.JAPANESE)
    conversation = conversation_with(
        dovecot, plain_mailbox, customer_mail(plain_mailbox, body="返金はいつですか？\n\n山田")
    )
    send_reply(bob, conversation, "明日返金いたします。", seen_at=now())

    send_round()

    text = received_text(sink)
    own, _, quote = text.partition(JA_SIGNATURE + "\n\n")
    assert own == "明日返金いたします。\n\n-- \n"
    header, _, quoted = quote.partition("\n")
    assert header.endswith("山田 太郎 様 <taro@customer.example>:")
    assert header.startswith("20") and "日(" in header and "wrote" not in header
    assert quoted == "> 返金はいつですか？\n>\n> 山田\n"


def test_the_customers_cc_is_kept_and_bcc_stays_out_of_the_headers(
    dovecot: Dovecot, sink: SmtpSink, plain_mailbox: Mailbox, bob: User
) -> None:
    raw = customer_mail(
        plain_mailbox,
        cc=", ".join(
            (
                formataddr((str(Header("部長", "utf-8")), "boss@customer.example")),
                plain_mailbox.address,
                "partner@partner.example",
            )
        ),
    )
    conversation = conversation_with(dovecot, plain_mailbox, raw)
    send_reply(bob, conversation, "承知しました。", seen_at=now(), bcc="lead@example.test")

    send_round()

    [mail] = sink.messages
    parsed = parse_message(mail.data)
    assert [a.address for a in parsed.to] == ["taro@customer.example"]
    assert [a.address for a in parsed.cc] == ["boss@customer.example", "partner@partner.example"]
    assert set(mail.recipients) >= {
        "taro@customer.example",
        "boss@customer.example",
        "partner@partner.example",
        "lead@example.test",
    }
    assert b"lead@example.test" not in mail.data


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("  \r\n\r\n ", EmptyReply),
        ("〇〇様\n\n〇月〇日に返金いたします。", PlaceholdersLeft),
    ],
)
def test_an_empty_or_unfilled_reply_is_refused_and_nothing_is_sent(
    dovecot: Dovecot,
    sink: SmtpSink,
    plain_mailbox: Mailbox,
    bob: User,
    text: str,
    error: type[Exception],
) -> None:
    conversation = conversation_with(dovecot, plain_mailbox, customer_mail(plain_mailbox))

    with pytest.raises(error) as refused:
        send_reply(bob, conversation, text, seen_at=now())

    if error is PlaceholdersLeft:
        assert "「〇〇様」" in str(refused.value) and "「〇月〇日」" in str(refused.value)
    assert not OutboxItem.objects.exists()
    assert send_round().claimed == 0 and sink.messages == []


def test_a_reply_taken_back_within_the_undo_window_is_never_sent(
    dovecot: Dovecot, sink: SmtpSink, plain_mailbox: Mailbox, bob: User
) -> None:
    Mailbox.objects.filter(pk=plain_mailbox.pk).update(send_delay_seconds=10)
    conversation = conversation_with(dovecot, plain_mailbox, customer_mail(plain_mailbox))
    item = send_reply(bob, conversation, "やはり送らない返信です。", seen_at=now())

    assert send_round().claimed == 0  # waiting out its window
    draft = cancel_reply(bob, item)

    OutboxItem.objects.update(next_attempt_at=now() - timedelta(seconds=1))
    assert send_round().claimed == 0
    assert sink.messages == []
    assert draft.body == "やはり送らない返信です。"
    conversation.refresh_from_db()
    assert conversation.status != Status.WAITING
    assert Event.objects.filter(verb="reply_cancelled", conversation=conversation).exists()


def test_a_reply_left_alone_goes_out_after_its_window(
    dovecot: Dovecot, sink: SmtpSink, plain_mailbox: Mailbox, bob: User
) -> None:
    Mailbox.objects.filter(pk=plain_mailbox.pk).update(send_delay_seconds=10)
    conversation = conversation_with(dovecot, plain_mailbox, customer_mail(plain_mailbox))
    item = send_reply(bob, conversation, "送ります。", seen_at=now())
    assert item.next_attempt_at >= now() + timedelta(seconds=8)

    OutboxItem.objects.update(next_attempt_at=now() - timedelta(seconds=1))
    assert send_round().sent == 1
    with pytest.raises(ActionError):  # too late: it went out
        cancel_reply(bob, item)
    item.refresh_from_db()
    assert item.state == OutboxState.SENT


def test_no_smtp_host_fails_in_one_round_and_send_now_delivers_exactly_once(
    dovecot: Dovecot, sink: SmtpSink, plain_mailbox: Mailbox, bob: User
) -> None:
    Mailbox.objects.filter(pk=plain_mailbox.pk).update(smtp_host="")
    conversation = conversation_with(dovecot, plain_mailbox, customer_mail(plain_mailbox))
    item = send_reply(bob, conversation, "お待たせいたしました。", seen_at=now())

    assert send_round().failed == 1  # one worker cycle, not six hours of retries

    item.refresh_from_db()
    assert item.state == OutboxState.FAILED
    assert item.last_error == "no SMTP server is set for this mailbox"
    conversation.refresh_from_db()
    assert conversation.status == Status.OPEN  # not 返信待ち: the customer has no answer

    Mailbox.objects.filter(pk=plain_mailbox.pk).update(smtp_host="127.0.0.1")
    retry_reply(bob, item)  # "send now"
    assert send_round().sent == 1
    assert send_round().claimed == 0

    assert len(sink.messages) == 1
    conversation.refresh_from_db()
    assert conversation.status == Status.WAITING


def test_a_line_break_in_the_customers_encoded_subject_cannot_stop_the_round(
    dovecot: Dovecot,
    sink: SmtpSink,
    plain_mailbox: Mailbox,
    bob: User,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hostile = conversation_with(
        dovecot,
        plain_mailbox,
        customer_mail(plain_mailbox, subject="返金\r\nX-Injected: yes\r\n\r\nbody", number=1),
    )
    other = conversation_with(
        dovecot, plain_mailbox, customer_mail(plain_mailbox, subject="別件", number=2)
    )
    broken = conversation_with(
        dovecot, plain_mailbox, customer_mail(plain_mailbox, subject="壊れた件", number=3)
    )
    send_reply(bob, hostile, "対応いたします。", seen_at=now())
    send_reply(bob, other, "別件も対応いたします。", seen_at=now())
    bad = send_reply(bob, broken, "この返信は組み立てられません。", seen_at=now())

    # Whatever else may one day fail to build (as HeaderParseError did): that item alone.
    def compose_or_fail(mail: OutgoingMail) -> ComposedMail:
        if mail.message_id == bad.message.message_id:
            raise HeaderParseError("header value appears to contain an embedded header")
        return compose(mail)

    monkeypatch.setattr(sending, "compose", compose_or_fail)

    round_ = send_round()

    assert (round_.sent, round_.failed) == (2, 1)
    bad.refresh_from_db()
    assert bad.state == OutboxState.FAILED and "could not build or send" in bad.last_error
    for mail in sink.messages:
        lines = mail.data.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
        assert not [line for line in lines if line.startswith(b"X-Injected")]
    subjects = [parse_message(mail.data).subject for mail in sink.messages]
    assert any(subject.startswith("Re: 返金") for subject in subjects)


def test_an_attached_file_reaches_the_customer_with_its_japanese_name(
    dovecot: Dovecot,
    sink: SmtpSink,
    plain_mailbox: Mailbox,
    bob: User,
    settings: Any,
    tmp_path: Path,
) -> None:
    settings.ATTACHMENT_DIR = tmp_path
    conversation = conversation_with(dovecot, plain_mailbox, customer_mail(plain_mailbox))
    pdf = b"%PDF-1.4 quote\n" + bytes(range(256))
    send_reply(
        bob,
        conversation,
        "見積書をお送りします。",
        seen_at=now(),
        attachments=[UploadedFile("見積書.pdf", "application/pdf", pdf)],
    )

    send_round()

    parsed = parse_message(sink.messages[0].data)
    assert [(a.filename, a.content_type, a.size) for a in parsed.attachments] == [
        ("見積書.pdf", "application/pdf", len(pdf))
    ]
    assert parsed.text.startswith("見積書をお送りします。\n\n-- \n")


def test_a_server_that_delivered_a_moment_ago_and_now_refuses_is_retried(
    dovecot: Dovecot, sink: SmtpSink, plain_mailbox: Mailbox, bob: User
) -> None:
    first = conversation_with(dovecot, plain_mailbox, customer_mail(plain_mailbox, number=1))
    send_reply(bob, first, "一通目です。", seen_at=now())
    assert send_round().sent == 1
    second = conversation_with(dovecot, plain_mailbox, customer_mail(plain_mailbox, number=2))
    item = send_reply(bob, second, "二通目です。", seen_at=now())
    sink.stop()  # the server goes down for a while (an outage, not a typo in the settings)
    try:
        assert send_round().retried == 1
    finally:
        sink.start()

    item.refresh_from_db()
    assert item.state == OutboxState.PENDING and item.attempts == 1
    assert "connection refused" in item.last_error
    second.refresh_from_db()
    assert second.status == Status.OPEN  # not 返信待ち while it has not gone
    OutboxItem.objects.filter(pk=item.pk).update(next_attempt_at=now())
    assert send_round().sent == 1
    second.refresh_from_db()
    assert second.status == Status.WAITING
