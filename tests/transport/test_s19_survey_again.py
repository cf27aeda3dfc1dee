"""A survey taken back is not the end of asking (session 19). Resolving offers an undo; once
used, the conversation was never surveyed again, however often it was reopened and resolved
later. Now a later resolve asks again, once, and its own undo works too; what reaches the
customer is checked on the bytes a real SMTP server (aiosmtpd on loopback) received."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User

from madoguchi.actions.conversations import set_status
from madoguchi.actions.satisfaction import (
    send_satisfaction_surveys,
    set_satisfaction_survey,
    survey_coming,
    withdraw_survey,
)
from madoguchi.models import Mailbox, SatisfactionSurvey, Status
from tests.support.servers import Dovecot, SmtpSink, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import send_round
from tests.transport.test_satisfaction import LINK, lead, resolved_conversation, surveys, text_of

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def test_a_later_resolve_asks_again_after_the_survey_was_taken_back(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    set_satisfaction_survey(lead(mailbox), mailbox, enabled=True)
    conversation = resolved_conversation(
        dovecot, mailbox, alice, sample_mail(1, message_id="<again.1@example.jp>")
    )
    withdraw_survey(alice, conversation.pk)  # the undo shown on resolving
    assert send_satisfaction_surveys() == 0
    send_round()
    assert surveys(sink) == []

    # The customer writes again; the agent answers and resolves it once more.
    set_status(alice, conversation, Status.OPEN)
    conversation = set_status(alice, conversation, Status.RESOLVED)
    assert survey_coming(conversation) is not None  # said on resolving, with its undo
    assert send_satisfaction_surveys() == 1
    assert send_round().sent == 1

    [raw] = surveys(sink)
    mail, text = text_of(raw)
    assert mail["To"].addresses[0].addr_spec == "customer1@example.jp"
    token = SatisfactionSurvey.objects.get(conversation=conversation).token
    assert [url for _name, url in LINK.findall(text)] == [
        f"https://support.example.test/satisfaction/{token}/{rating}/"
        for rating in ("great", "okay", "bad")
    ]

    # Asked now: further reopen/resolve cycles and worker rounds send nothing more.
    set_status(alice, conversation, Status.OPEN)
    conversation = set_status(alice, conversation, Status.RESOLVED)
    assert survey_coming(conversation) is None
    assert send_satisfaction_surveys() == 0
    send_round()
    assert len(surveys(sink)) == 1


def test_the_undo_works_again_on_the_later_resolve(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    set_satisfaction_survey(lead(mailbox), mailbox, enabled=True)
    conversation = resolved_conversation(dovecot, mailbox, alice, sample_mail(2))
    withdraw_survey(alice, conversation.pk)
    set_status(alice, conversation, Status.OPEN)
    set_status(alice, conversation, Status.RESOLVED)

    withdraw_survey(alice, conversation.pk)  # taken back this time too

    assert send_satisfaction_surveys() == 0
    send_round()
    assert surveys(sink) == []
    assert SatisfactionSurvey.objects.get(conversation=conversation).skipped_because == (
        "withdrawn"
    )
    # A third resolve, left alone, asks.
    set_status(alice, conversation, Status.OPEN)
    set_status(alice, conversation, Status.RESOLVED)
    assert send_satisfaction_surveys() == 1
    send_round()
    [raw] = surveys(sink)
    assert re.search(rb"^Auto-Submitted: auto-replied", raw, re.MULTILINE)
