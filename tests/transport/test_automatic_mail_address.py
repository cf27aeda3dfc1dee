"""Where mail we send on our own goes (acknowledgement, a rule's automatic reply, the
satisfaction survey): the same address a reply goes to (actions/replies.py
`customer_recipients`), checked on the envelope and headers aiosmtpd received. A contact
form writes From its no-reply address with the customer in Reply-To."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.header import Header
from email.utils import formataddr

import pytest
from django.contrib.auth.models import User

from madoguchi.actions import sla
from madoguchi.actions.base import ActionError, now
from madoguchi.actions.conversations import set_status
from madoguchi.actions.outbound import acknowledge_new_conversations, set_auto_acknowledgement
from madoguchi.actions.replies import send_reply
from madoguchi.actions.satisfaction import send_satisfaction_surveys, set_satisfaction_survey
from madoguchi.actions.sla import check_reminders
from madoguchi.models import (
    Acknowledged,
    Agent,
    Conversation,
    Mailbox,
    Role,
    Rule,
    SatisfactionSurvey,
    SlaPolicy,
    Status,
    Template,
)
from madoguchi.models.mailboxes import QuoteStyle
from tests.support.servers import Dovecot, SmtpSink
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round
from tests.transport.test_send_audit import customer_mail

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

FORM = "no-reply@form.example"
CUSTOMER = "taro@customer.example"
ACK = "お問い合わせを受け付けました。担当者より1営業日以内にご連絡いたします。"
# Personal data in the customer's mail that a survey has no reason to mail back.
CUSTOMER_TEXT = "住所は東京都千代田区1-2-3、カード番号は 4111 1111 1111 1111 です。\n"


def lead(mailbox: Mailbox) -> User:
    user = User.objects.create_user("lead", "lead@example.test", "pw")
    agent = Agent.objects.create(user=user, role=Role.LEAD)
    agent.teams.add(*mailbox.teams.all())
    return user


def contact_form_conversation(
    dovecot: Dovecot, mailbox: Mailbox, reply_to: str = CUSTOMER, body: str = CUSTOMER_TEXT
) -> Conversation:
    customer = formataddr((str(Header("山田 太郎", "utf-8")), reply_to)) if reply_to else ""
    raw = customer_mail(mailbox, body=body, sender=FORM, reply_to=customer)
    dovecot.deliver(mailbox.address, raw)
    fetch(mailbox)
    return Conversation.objects.get(mailbox=mailbox)


def only_mail(sink: SmtpSink) -> tuple[list[str], list[str], str]:
    """(envelope recipients, To addresses, plain text) of the one mail sent."""
    [mail] = sink.messages
    headers = message_from_bytes(mail.data, policy=policy.default)
    body = headers.get_body(("plain",))  # type: ignore[attr-defined]
    to = [address.addr_spec for address in headers["To"].addresses]
    return list(mail.recipients), to, body.get_content()


def test_it_sends_the_acknowledgement_of_a_contact_forms_mail_to_its_reply_to(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    set_auto_acknowledgement(lead(mailbox), mailbox, enabled=True, subject="", text=ACK)
    contact_form_conversation(dovecot, mailbox)

    assert acknowledge_new_conversations() == 1
    assert send_round().sent == 1

    recipients, to, text = only_mail(sink)
    assert to == [CUSTOMER]
    assert FORM not in recipients and CUSTOMER in recipients
    assert text.startswith(ACK)


def test_it_sends_a_rules_automatic_reply_to_the_reply_to_too(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    template = Template.objects.create(name="受付", body="受け付けました。")
    Rule.objects.create(name="全部", conditions={}, actions={"auto_reply": template.pk})
    contact_form_conversation(dovecot, mailbox)

    assert acknowledge_new_conversations() == 1
    assert send_round().sent == 1

    recipients, to, text = only_mail(sink)
    assert to == [CUSTOMER] and FORM not in recipients
    assert text.startswith("受け付けました。")


def test_it_sends_no_acknowledgement_when_reply_to_is_only_our_own_address(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    set_auto_acknowledgement(lead(mailbox), mailbox, enabled=True, subject="", text=ACK)
    contact_form_conversation(dovecot, mailbox, reply_to=mailbox.address)

    assert acknowledge_new_conversations() == 0
    assert send_round().claimed == 0
    assert sink.messages == []
    [record] = Acknowledged.objects.all()
    assert record.skipped_because == "no customer address (only our own or no-reply addresses)"


def test_it_sends_the_survey_to_the_reply_to_without_quoting_the_customers_mail(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    # The mailbox quotes the customer's mail under every reply: the survey still does not.
    Mailbox.objects.filter(pk=mailbox.pk).update(quote_style=QuoteStyle.JAPANESE)
    set_satisfaction_survey(lead(mailbox), mailbox, enabled=True)
    conversation = contact_form_conversation(dovecot, mailbox)
    set_status(alice, conversation, Status.RESOLVED)

    assert send_satisfaction_surveys() == 1
    assert send_round().sent == 1

    recipients, to, text = only_mail(sink)
    assert to == [CUSTOMER] and FORM not in recipients
    assert "4111" not in text and "千代田区" not in text and "> " not in text
    survey = SatisfactionSurvey.objects.get(conversation=conversation)
    assert f"/satisfaction/{survey.token}/" in text


def test_it_sends_no_survey_when_the_only_address_is_the_forms_no_reply(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    set_satisfaction_survey(lead(mailbox), mailbox, enabled=True)
    conversation = contact_form_conversation(dovecot, mailbox, reply_to="")
    set_status(alice, conversation, Status.RESOLVED)

    assert send_satisfaction_surveys() == 0
    assert send_round().claimed == 0
    survey = SatisfactionSurvey.objects.get(conversation=conversation)
    assert survey.skipped_because.startswith("no customer address")


def test_a_reply_to_a_mail_from_no_reply_alone_asks_for_an_address_instead_of_sending(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    conversation = contact_form_conversation(dovecot, mailbox, reply_to="")

    with pytest.raises(ActionError, match="返信先の顧客アドレスがありません"):
        send_reply(alice, conversation, "承知しました。", seen_at=now(), cc="")

    assert send_round().claimed == 0 and sink.messages == []


def test_no_follow_up_goes_when_the_only_addresses_are_ours_or_no_reply(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    template = Template.objects.create(name="フォローアップ", body="その後いかがでしょうか。")
    SlaPolicy.objects.create(name="標準", remind_after_days=1, followup_template=template)
    sla.forget_setup()
    conversation = contact_form_conversation(dovecot, mailbox, reply_to=mailbox.address)
    # The agent found the customer's address in the form's text and typed it.
    send_reply(alice, conversation, "確認いたします。", seen_at=now(), to=CUSTOMER, cc="")
    assert send_round().sent == 1
    conversation.refresh_from_db()
    assert conversation.reminder_at is not None

    check_reminders(conversation.reminder_at)
    assert send_round().claimed == 0

    [reply] = sink.messages
    assert reply.recipients[0] == CUSTOMER
    event = conversation.events.get(verb="followup_not_sent")
    assert event.after["why"] == "no customer address (only our own or no-reply addresses)"
