"""The bytes a support team's replies leave with, read at the SMTP server (aiosmtpd on
loopback), in the cases the other send tests leave out: a thread whose customer writes
Shift_JIS or ISO-2022-JP quoted back in either charset, a signature setting that carries
its own "-- ", a Japanese file name as RFC 2231 in the bytes, a long Japanese paragraph,
a customer with a long Japanese display name, and a server that refuses one recipient
while taking the others."""

from __future__ import annotations

import re
from email import message_from_bytes, policy
from email.header import Header, decode_header, make_header
from email.utils import formataddr, formatdate
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User

from madoguchi.actions.base import now
from madoguchi.actions.replies import UploadedFile, send_reply
from madoguchi.mail.compose import fold_for_jis
from madoguchi.mail.parse import parse_message
from madoguchi.models import (
    Agent,
    Conversation,
    Direction,
    Mailbox,
    OutboxItem,
    OutboxState,
    RefusalState,
)
from madoguchi.models.mailboxes import QuoteStyle
from tests.support.servers import Dovecot, ReceivedMail, SmtpSink
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

CUSTOMER = "taro@customer.example"
BOSS = "boss@customer.example"
SIGNATURE = "佐藤 アリス\n株式会社サンプル"
# Typed the way Windows users do (CP932): half-width katakana and a FULLWIDTH TILDE.
QUESTION = "ﾃｽﾄ環境の請求額について、11月1日～30日分をご確認ください。"
QUESTION_FOLDED = "テスト環境の請求額について、11月1日〜30日分をご確認ください。"
LONG_NAME = "株式会社サンプルホールディングス 経営企画本部 カスタマーサクセス部 山田 太郎"


def customer_mail(body: str, charset: str, mailbox: Mailbox, name: str = "山田 太郎") -> bytes:
    """A plain mail in `charset`, 8bit as Japanese mailers send Shift_JIS (the stdlib would
    turn Shift_JIS into ISO-2022-JP), with the customer's boss on Cc."""
    codec = "cp932" if charset == "shift_jis" else charset
    words = str(Header(name, "utf-8"))
    head = (
        f"From: {formataddr((words, CUSTOMER))}\r\nTo: {mailbox.address}\r\nCc: {BOSS}\r\n"
        f"Subject: {Header('請求額について', 'utf-8').encode()}\r\n"
        f"Date: {formatdate(localtime=True)}\r\nMessage-ID: <bill-1@customer.example>\r\n"
        f'MIME-Version: 1.0\r\nContent-Type: text/plain; charset="{charset}"\r\n'
        "Content-Transfer-Encoding: "
        + ("7bit" if charset == "iso-2022-jp" else "8bit")
        + "\r\n\r\n"
    )
    return head.encode("ascii") + body.replace("\n", "\r\n").encode(codec) + b"\r\n"


def conversation_with(dovecot: Dovecot, mailbox: Mailbox, raw: bytes) -> Conversation:
    dovecot.deliver(mailbox.address, raw)
    fetch(mailbox)
    return Conversation.objects.get(mailbox=mailbox)


def a_question(dovecot: Dovecot, mailbox: Mailbox) -> Conversation:
    return conversation_with(dovecot, mailbox, customer_mail("確認です。", "utf-8", mailbox))


@pytest.fixture
def quoting(mailbox: Mailbox) -> Mailbox:
    Mailbox.objects.filter(pk=mailbox.pk).update(
        quote_style=QuoteStyle.JAPANESE, confirm_before_send="never"
    )
    mailbox.refresh_from_db()
    return mailbox


@pytest.fixture
def agent(quoting: Mailbox, alice: User) -> User:
    Agent.objects.filter(user=alice).update(signature=SIGNATURE)
    return alice


def the_mail(sink: SmtpSink) -> ReceivedMail:
    assert send_round().sent == 1
    assert send_round().claimed == 0
    [mail] = sink.messages
    return mail


def header_block(data: bytes) -> bytes:
    return data.split(b"\r\n\r\n", 1)[0]


def assert_within_limits(data: bytes) -> None:
    assert data.isascii()  # 7-bit on every hop: base64, JIS or encoded words
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in data.split(b"\r\n")) <= 998
    for word in re.findall(rb"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=", header_block(data)):
        assert len(word) <= 75, word


@pytest.mark.parametrize(
    ("customer_charset", "outgoing"), [("shift_jis", "iso-2022-jp"), ("iso-2022-jp", "utf-8")]
)
def test_a_japanese_thread_is_quoted_back_whole_in_the_mailboxs_charset(
    dovecot: Dovecot,
    sink: SmtpSink,
    quoting: Mailbox,
    agent: User,
    customer_charset: str,
    outgoing: str,
) -> None:
    Mailbox.objects.filter(pk=quoting.pk).update(outgoing_charset=outgoing)
    question = QUESTION if customer_charset == "shift_jis" else QUESTION_FOLDED
    raw = customer_mail(question + "\n\n山田", customer_charset, quoting)
    conversation = conversation_with(dovecot, quoting, raw)
    send_reply(agent, conversation, "山田様\n\nご確認いたしました。", seen_at=now(), cc="")

    mail = the_mail(sink)

    assert_within_limits(mail.data)
    assert f'charset="{outgoing}"'.encode() in header_block(mail.data)
    if outgoing == "iso-2022-jp":
        assert b"Content-Transfer-Encoding: 7bit" in mail.data and b"\x1b$B" in mail.data
    parsed = parse_message(mail.data)
    own, separator, rest = parsed.text.partition("\n\n-- \n" + SIGNATURE + "\n\n")
    assert (own, bool(separator)) == ("山田様\n\nご確認いたしました。", True)
    attribution, _, quoted = rest.partition("\n")
    assert attribution.endswith("山田 太郎 様 <taro@customer.example>:")
    # The customer's words as they were decoded, folded only where JIS needs it (CP50220).
    stored = conversation.messages.get(direction=Direction.INCOMING).text
    assert stored.startswith(question.replace("〜", "～")[:20])
    expected = fold_for_jis(stored) if outgoing == "iso-2022-jp" else stored
    # JIS 0x2141 (the wave dash fold_for_jis writes) reads back as Windows shows it: ～.
    assert quoted == "".join(
        f"> {line}\n" if line else ">\n" for line in expected.rstrip().split("\n")
    ).replace("〜", "～")
    assert parsed.subject.startswith("Re: 請求額について")
    assert parsed.in_reply_to == "<bill-1@customer.example>"
    assert parsed.references == ("<bill-1@customer.example>",)


def test_a_signature_setting_that_starts_with_its_own_separator_goes_out_with_one(
    dovecot: Dovecot, sink: SmtpSink, quoting: Mailbox, agent: User
) -> None:
    Mailbox.objects.filter(pk=quoting.pk).update(quote_style=QuoteStyle.NONE)
    Agent.objects.filter(user=agent).update(signature="-- \r\n" + SIGNATURE)
    conversation = conversation_with(
        dovecot, quoting, customer_mail("確認です。", "utf-8", quoting)
    )
    send_reply(agent, conversation, "山田様\n\n承知しました。", seen_at=now(), cc="")

    text = parse_message(the_mail(sink).data).text

    assert text == "山田様\n\n承知しました。\n\n-- \n" + SIGNATURE + "\n"


def test_a_japanese_file_name_leaves_as_rfc_2231_in_the_bytes(
    dovecot: Dovecot,
    sink: SmtpSink,
    quoting: Mailbox,
    agent: User,
    settings: Any,
    tmp_path: Path,
) -> None:
    settings.ATTACHMENT_DIR = tmp_path
    long_name = (
        "御見積書_株式会社サンプル御中_2026年11月分_経営企画本部ご担当者様_最終版" * 2 + ".pdf"
    )
    conversation = conversation_with(
        dovecot, quoting, customer_mail("確認です。", "utf-8", quoting)
    )
    files = [
        UploadedFile("見積書.pdf", "application/pdf", b"%PDF-1.4 short"),
        UploadedFile(long_name, "application/pdf", b"%PDF-1.4 long"),
    ]
    send_reply(agent, conversation, "見積書を添付いたします。", seen_at=now(), attachments=files)

    mail = the_mail(sink)

    assert_within_limits(mail.data)
    assert b"filename*=utf-8''%E8%A6%8B%E7%A9%8D%E6%9B%B8.pdf" in mail.data
    assert b"filename*0*=utf-8''%E5%BE%A1" in mail.data and b"filename*1*=" in mail.data
    # And in the type's name= as RFC 2047 words, for readers that know no RFC 2231.
    short = b'Content-Type: application/pdf;\r\n name="=?utf-8?b?6KaL56mN5pu4LnBkZg==?="'
    assert short in mail.data
    parsed = message_from_bytes(mail.data, policy=policy.default)
    type_names = [str(part.get_param("name")) for part in parsed.iter_attachments()]
    assert [str(make_header(decode_header(name))) for name in type_names] == [
        "見積書.pdf",
        long_name,
    ]
    names = [attachment.filename for attachment in parse_message(mail.data).attachments]
    assert names == ["見積書.pdf", long_name]


def test_a_long_japanese_paragraph_and_a_long_display_name_arrive_whole(
    dovecot: Dovecot, sink: SmtpSink, quoting: Mailbox, agent: User
) -> None:
    Mailbox.objects.filter(pk=quoting.pk).update(quote_style=QuoteStyle.NONE)
    raw = customer_mail("確認です。", "utf-8", quoting, name=LONG_NAME)
    conversation = conversation_with(dovecot, quoting, raw)
    paragraph = "ご請求額の内訳を確認いたしましたところ、" * 120  # 2,400 characters, no break
    send_reply(agent, conversation, f"山田様\n\n{paragraph}", seen_at=now(), cc="")

    mail = the_mail(sink)

    assert_within_limits(mail.data)
    parsed = parse_message(mail.data)
    assert paragraph in parsed.text.split("\n")
    assert [(a.name, a.address) for a in parsed.to] == [(LONG_NAME, CUSTOMER)]
    assert mail.recipients[:1] == (CUSTOMER,)


@pytest.mark.parametrize(
    ("answer", "temporary"),
    [("550 5.1.1 <boss@customer.example>: no such user", False), ("452 4.2.2 over quota", True)],
)
def test_a_recipient_the_server_refuses_is_named_with_its_reason_and_the_rest_get_it_once(
    dovecot: Dovecot,
    sink: SmtpSink,
    quoting: Mailbox,
    agent: User,
    answer: str,
    temporary: bool,
) -> None:
    conversation = conversation_with(
        dovecot, quoting, customer_mail("確認です。", "utf-8", quoting)
    )
    item = send_reply(agent, conversation, "山田様\n\n承知しました。", seen_at=now())  # reply-all
    sink.refuse = lambda address: answer if address == BOSS else None

    mail = the_mail(sink)

    assert CUSTOMER in mail.recipients and BOSS not in mail.recipients
    assert re.findall(rb"(?m)^Cc: [^\r\n]*", header_block(mail.data)) == [b"Cc: " + BOSS.encode()]
    item.refresh_from_db()
    assert item.state == OutboxState.SENT
    [refusal] = item.refusals.all()
    assert (refusal.address, refusal.answer) == (BOSS, answer)
    assert (refusal.state == RefusalState.RETRYING) is temporary
    assert OutboxItem.objects.count() == 1
