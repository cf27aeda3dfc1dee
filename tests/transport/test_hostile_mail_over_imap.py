"""Mail built to take the service down, fetched over IMAP from Dovecot as the worker does:
each is stored raw byte for byte, parsed within the budget (or marked over it), shown on
its page, and the ordinary mail behind it is processed as usual."""

from __future__ import annotations

import base64
from email.header import Header

import pytest
from django.contrib.auth.models import User
from django.test import Client

from madoguchi.models import Conversation, Mailbox, Message, RawMessage
from tests.support.servers import Dovecot, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def head(message_id: str, content_type: str, subject: bytes = b"hostile") -> bytes:
    return (
        b"From: attacker@hostile.example\r\nTo: support@example.test\r\n"
        b"Subject: " + subject + b"\r\nMessage-ID: <" + message_id.encode() + b">\r\n"
        b"Date: Mon, 30 Nov 2026 10:00:00 +0900\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n"
    )


def five_thousand_parts() -> bytes:
    part = b"--p\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nchunk\r\n"
    return head("parts@hostile.example", "multipart/mixed; boundary=p") + part * 5000 + b"--p--\r\n"


def nested(depth: int = 3000) -> bytes:
    opening = b"".join(
        b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (level, level + 1)
        for level in range(depth)
    )
    closing = b"".join(b"\r\n--b%d--\r\n" % level for level in reversed(range(depth + 1)))
    inner = b"--b%d\r\nContent-Type: text/plain\r\n\r\ndeep inside" % depth
    top = head("nested@hostile.example", "multipart/mixed; boundary=b0")
    return top + opening + inner + closing


def long_header() -> bytes:
    # 100,000 characters of Japanese subject as RFC 2047 encoded words on folded lines.
    subject = Header("長い件名" * 25_000, "utf-8").encode(linesep="\r\n").encode()
    assert len(subject) > 100_000
    return head("header@hostile.example", "text/plain; charset=utf-8", subject) + b"body\r\n"


def fifty_megabytes() -> bytes:
    data = base64.encodebytes(b"\x00" * 37_000_000).replace(b"\n", b"\r\n")
    assert len(data) > 50_000_000
    return (
        head("large@hostile.example", "multipart/mixed; boundary=x")
        + b"--x\r\nContent-Type: application/octet-stream\r\n"
        + b"Content-Transfer-Encoding: base64\r\n\r\n"
        + data
        + b"\r\n--x--\r\n"
    )


def page_of(user: User, message: Message) -> str:
    client = Client()
    client.force_login(user)
    response = client.get(f"/c/{message.conversation_id}/", HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 200
    return response.content.decode()


def test_parts_nesting_and_a_long_header_are_stored_parsed_and_the_next_mail_goes_on(
    dovecot: Dovecot, mailbox: Mailbox, alice: User
) -> None:
    hostile = {
        "<parts@hostile.example>": five_thousand_parts(),
        "<nested@hostile.example>": nested(),
        "<header@hostile.example>": long_header(),
    }
    for raw in hostile.values():
        dovecot.deliver(mailbox.address, raw)
    dovecot.deliver(mailbox.address, sample_mail(1, message_id="<after@example.jp>"))

    assert fetch(mailbox).stored == 4

    assert {bytes(raw.data) for raw in RawMessage.objects.all()} >= set(hostile.values())
    assert set(RawMessage.objects.values_list("state", flat=True)) == {"processed"}
    assert Message.objects.filter(message_id="<after@example.jp>").exists()
    for message_id in hostile:
        message = Message.objects.get(message_id=message_id)
        assert message.raw is not None and bytes(message.raw.data) == hostile[message_id]
        page_of(alice, message)
    long_subject = Message.objects.get(message_id="<header@hostile.example>")
    assert long_subject.subject.startswith("長い件名長い件名")
    conversation = Conversation.objects.get(pk=long_subject.conversation_id)
    assert len(conversation.subject) <= 998


def test_a_50_mb_mail_is_stored_raw_and_the_next_mail_goes_on(
    dovecot: Dovecot, mailbox: Mailbox, alice: User
) -> None:
    large = fifty_megabytes()
    dovecot.deliver(mailbox.address, large)
    dovecot.deliver(mailbox.address, sample_mail(2, message_id="<after-large@example.jp>"))

    assert fetch(mailbox).stored == 2

    message = Message.objects.get(message_id="<large@hostile.example>")
    assert message.raw is not None and bytes(message.raw.data) == large
    assert Message.objects.filter(message_id="<after-large@example.jp>").exists()
    page_of(alice, message)
