"""The sender's name on mail written in English (walk 13, F20): a mailbox named in Japanese
(「株式会社サンプル サポート窓口」) sent its English replies and surveys as
From: 株式会社サンプル サポート窓口 — encoded-words an English reader sees as a Japanese name
or as garbage. A mailbox may now carry an English name, used for mail written in English;
Japanese mail keeps the Japanese name. Checked on the From: header bytes aiosmtpd received."""

from __future__ import annotations

import re
from email import message_from_bytes, policy

import pytest
from django.contrib.auth.models import User

from madoguchi.actions.base import now
from madoguchi.actions.conversations import set_status
from madoguchi.actions.replies import send_reply
from madoguchi.actions.satisfaction import send_satisfaction_surveys, set_satisfaction_survey
from madoguchi.models import Agent, Mailbox, Status
from tests.support.servers import Dovecot, SmtpSink, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round
from tests.transport.test_english_mail_signature import ENGLISH, english_conversation
from tests.transport.test_satisfaction import lead, surveys

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

ENGLISH_NAME = "Sample Inc. Customer Support"  # quoted on the wire: "." is special


def from_header(raw: bytes) -> bytes:
    found = re.search(rb"^From: ([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)", raw, re.MULTILINE)
    assert found is not None
    return found.group(1)


def test_an_english_reply_and_survey_leave_under_the_english_name(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    Mailbox.objects.filter(pk=mailbox.pk).update(name_en=ENGLISH_NAME)
    Agent.objects.filter(user=alice).update(signature_en="Alice Sato\nSample Inc. Support")
    conversation = english_conversation(dovecot, mailbox)

    send_reply(alice, conversation, ENGLISH, seen_at=now())
    assert send_round().sent == 1
    [reply] = sink.messages
    assert from_header(reply.data) == f'"{ENGLISH_NAME}" <{mailbox.address}>'.encode()

    set_satisfaction_survey(lead(mailbox), mailbox, enabled=True)
    set_status(alice, conversation, Status.RESOLVED)
    assert send_satisfaction_surveys() == 1
    send_round()
    [survey] = surveys(sink)
    assert from_header(survey) == f'"{ENGLISH_NAME}" <{mailbox.address}>'.encode()


def test_japanese_mail_keeps_the_japanese_name(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    Mailbox.objects.filter(pk=mailbox.pk).update(name_en=ENGLISH_NAME, confirm_before_send="never")
    dovecot.deliver(mailbox.address, sample_mail(7))
    fetch(mailbox)
    conversation = mailbox.conversations.get()
    send_reply(
        alice, conversation, "ご連絡ありがとうございます。本日返金いたしました。", seen_at=now()
    )
    assert send_round().sent == 1
    [reply] = sink.messages
    header = from_header(reply.data)
    assert header.isascii() and b"=?" in header  # RFC 2047, as before
    parsed = message_from_bytes(reply.data, policy=policy.default)
    assert parsed["From"].addresses[0].display_name == mailbox.name


def test_without_an_english_name_english_mail_keeps_the_mailbox_name(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    Agent.objects.filter(user=alice).update(signature_en="Alice Sato\nSample Inc. Support")
    conversation = english_conversation(dovecot, mailbox)
    send_reply(alice, conversation, ENGLISH, seen_at=now())
    send_round()
    [reply] = sink.messages
    parsed = message_from_bytes(reply.data, policy=policy.default)
    assert parsed["From"].addresses[0].display_name == mailbox.name
