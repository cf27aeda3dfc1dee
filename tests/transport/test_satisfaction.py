"""Customer satisfaction (issue 14 item 6): one survey mail after a person resolves a
conversation, checked on the bytes a real SMTP server (aiosmtpd on loopback) received; the
page without login that records the answer; the answer beside the conversation."""

from __future__ import annotations

import re
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from django.contrib.auth.models import User
from django.test import Client

from madoguchi.actions.conversations import set_status
from madoguchi.actions.satisfaction import send_satisfaction_surveys, set_satisfaction_survey
from madoguchi.models import (
    Agent,
    Conversation,
    Mailbox,
    Role,
    SatisfactionSurvey,
    Status,
)
from tests.support.servers import Dovecot, SmtpSink, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

LINK = re.compile(r"^(満足|普通|不満|Great|Okay|Bad): (https?://\S+)$", re.MULTILINE)


def lead(mailbox: Mailbox) -> User:
    user = User.objects.create_user("lead", "lead@example.test", "pw")
    agent = Agent.objects.create(user=user, role=Role.LEAD)
    agent.teams.add(*mailbox.teams.all())
    return user


def text_of(raw: bytes) -> tuple[EmailMessage, str]:
    mail: EmailMessage = message_from_bytes(raw, policy=policy.default)  # type: ignore[assignment]
    body = mail.get_body(("plain",))
    assert body is not None
    # An English survey is plain ASCII (7bit, CRLF as on the wire): compared as lines.
    return mail, body.get_content().replace("\r\n", "\n")


def surveys(sink: SmtpSink) -> list[bytes]:
    # Nothing else here is automatic (no acknowledgement is switched on).
    return [m.data for m in sink.messages if b"Auto-Submitted: auto-replied" in m.data]


def resolved_conversation(
    dovecot: Dovecot, mailbox: Mailbox, alice: User, raw: bytes
) -> Conversation:
    dovecot.deliver(mailbox.address, raw)
    fetch(mailbox)
    conversation = Conversation.objects.get(mailbox=mailbox)
    set_status(alice, conversation, Status.RESOLVED)
    return conversation


def test_it_sends_one_survey_with_three_links_after_a_person_resolves_it(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    set_satisfaction_survey(lead(mailbox), mailbox, enabled=True)
    conversation = resolved_conversation(
        dovecot, mailbox, alice, sample_mail(1, message_id="<csat.1@example.jp>")
    )
    assert send_satisfaction_surveys() == 1
    assert send_round().sent == 1

    [raw] = surveys(sink)
    mail, text = text_of(raw)
    assert mail["Auto-Submitted"] == "auto-replied"  # RFC 3834
    assert mail["To"].addresses[0].addr_spec == "customer1@example.jp"
    assert mail["In-Reply-To"] == "<csat.1@example.jp>"
    assert text.startswith("この度はお問い合わせいただき、ありがとうございました。\n")
    token = SatisfactionSurvey.objects.get(conversation=conversation).token
    assert len(token) >= 40
    assert LINK.findall(text) == [
        ("満足", f"https://support.example.test/satisfaction/{token}/great/"),
        ("普通", f"https://support.example.test/satisfaction/{token}/okay/"),
        ("不満", f"https://support.example.test/satisfaction/{token}/bad/"),
    ]
    assert text.count("株式会社サンプル サポート窓口") == 1  # the signature, once

    # Reopened and resolved again, and the worker runs again: still one survey.
    set_status(alice, conversation, Status.OPEN)
    set_status(alice, conversation, Status.RESOLVED)
    assert send_satisfaction_surveys() == 0
    send_round()
    assert len(surveys(sink)) == 1


def test_the_page_without_login_records_the_answer_and_the_conversation_shows_it(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    set_satisfaction_survey(lead(mailbox), mailbox, enabled=True)
    conversation = resolved_conversation(dovecot, mailbox, alice, sample_mail(2))
    send_satisfaction_surveys()
    send_round()
    [raw] = surveys(sink)
    links = dict(LINK.findall(text_of(raw)[1]))
    path = links["不満"].removeprefix("https://support.example.test")

    customer = Client(enforce_csrf_checks=False)
    page = customer.get(path)
    body = page.content.decode()
    assert page.status_code == 200
    assert 'lang="ja"' in body and "対応はいかがでしたか" in body
    assert "返金について (注文 2)" in body  # the subject, and nothing else of theirs
    assert "customer2@example.jp" not in body and "注文番号 2" not in body
    assert 'value="bad" required checked' in body
    # Opening the link records nothing (mail scanners open every link).
    assert SatisfactionSurvey.objects.get(conversation=conversation).rating == ""

    # A first choice, then another: the last one counts until a comment is sent.
    customer.post(path, {"rating": "bad"})
    page = customer.post(path, {"rating": "okay", "comment": "回答が少し遅かったです。"})
    assert "ご回答を受け付けました" in page.content.decode()
    survey = SatisfactionSurvey.objects.get(conversation=conversation)
    assert (survey.rating, survey.comment) == ("okay", "回答が少し遅かったです。")
    late = customer.post(path, {"rating": "great"})
    assert late.status_code == 400 and "すでにお送りいただいています" in late.content.decode()
    assert SatisfactionSurvey.objects.get(conversation=conversation).rating == "okay"

    assert customer.get("/satisfaction/not-a-token/great/").status_code == 404
    assert customer.post(path, {"rating": "excellent"}).status_code == 400

    agent = Client()
    agent.force_login(alice)
    shown = agent.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "顧客満足度" in shown and "普通" in shown and "回答が少し遅かったです。" in shown


def test_an_english_conversation_gets_the_survey_and_the_page_in_english(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    set_satisfaction_survey(lead(mailbox), mailbox, enabled=True)
    english = sample_mail(
        3, subject="Refund for order 3", body="Hello, could you tell me about my refund?\n"
    )
    resolved_conversation(dovecot, mailbox, alice, english)
    send_satisfaction_surveys()
    send_round()
    [raw] = surveys(sink)
    text = text_of(raw)[1]
    assert text.startswith("Thank you for contacting us.\n")
    links = dict(LINK.findall(text))
    assert list(links) == ["Great", "Okay", "Bad"]
    body = (
        Client().get(links["Great"].removeprefix("https://support.example.test")).content.decode()
    )
    assert 'lang="en"' in body and "How was our support?" in body and "Refund for order 3" in body


@pytest.mark.parametrize("sender", ["noreply@shop.example", "MAILER-DAEMON@mx.example"])
def test_no_survey_to_no_reply_senders(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User, sender: str
) -> None:
    set_satisfaction_survey(lead(mailbox), mailbox, enabled=True)
    resolved_conversation(dovecot, mailbox, alice, sample_mail(4, sender=sender))
    assert send_satisfaction_surveys() == 0
    send_round()
    assert surveys(sink) == []


def test_no_survey_when_switched_off_or_resolved_before_it_was_on(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    resolved_conversation(dovecot, mailbox, alice, sample_mail(5))
    assert send_satisfaction_surveys() == 0  # off by default
    set_satisfaction_survey(lead(mailbox), mailbox, enabled=True)
    assert send_satisfaction_surveys() == 0  # resolved before it was switched on
    send_round()
    assert surveys(sink) == []
