"""The follow-up to the customer after N business days 返信待ち (issue 14 item 4): the SLA
policy's template goes to the customer as the owner, through the send gate; checked on the
bytes a real SMTP server (aiosmtpd on loopback) received."""

from __future__ import annotations

from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from madoguchi.actions import sla
from madoguchi.actions.notify import unread_count
from madoguchi.actions.replies import send_reply
from madoguchi.actions.sla import check_reminders
from madoguchi.models import (
    Agent,
    ApprovalPolicy,
    ApprovalRequest,
    ApprovalState,
    Conversation,
    Event,
    Mailbox,
    Notification,
    NotificationKind,
    OutboxItem,
    OutboxState,
    Role,
    SlaPolicy,
    Status,
    Template,
)
from tests.support.servers import Dovecot, SmtpSink, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

FOLLOW_UP = (
    "{customer_name}様\n\nその後、返金の件はいかがでしょうか。ご不明な点があればお知らせください。"
)


def waiting(dovecot: Dovecot, mailbox: Mailbox, alice: User, body: str = FOLLOW_UP) -> Conversation:
    """Alice answered the customer; the policy mails `body` after one business day."""
    template = Template.objects.create(name="フォローアップ", body=body)
    SlaPolicy.objects.create(name="標準", remind_after_days=1, followup_template=template)
    sla.forget_setup()
    dovecot.deliver(mailbox.address, sample_mail(1, message_id="<follow.1@example.jp>"))
    fetch(mailbox)
    conversation = Conversation.objects.get(mailbox=mailbox)
    send_reply(alice, conversation, "確認いたします。", seen_at=timezone.now(), force=True)
    assert send_round().sent == 1
    conversation.refresh_from_db()
    assert conversation.status == Status.WAITING and conversation.reminder_at is not None
    return conversation


def last_mail(sink: SmtpSink) -> tuple[EmailMessage, str]:
    mail: EmailMessage = message_from_bytes(sink.messages[-1].data, policy=policy.default)  # type: ignore[assignment]
    body = mail.get_body(("plain",))
    assert body is not None
    return mail, body.get_content()


def test_the_follow_up_goes_to_the_customer_as_the_owner(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    conversation = waiting(dovecot, mailbox, alice)
    assert check_reminders(conversation.reminder_at) == 1
    assert send_round().sent == 1
    assert len(sink.messages) == 2  # the reply, then the follow-up
    mail, text = last_mail(sink)
    assert mail["To"].addresses[0].addr_spec == "customer1@example.jp"
    assert mail["In-Reply-To"] == "<follow.1@example.jp>"
    assert mail["Subject"] == f"Re: 返金について (注文 1) [#{conversation.pk}]"
    assert mail["Auto-Submitted"] is None  # a person's mail, written as the owner
    assert text.startswith("顧客 1様\n\nその後、返金の件はいかがでしょうか。")
    assert text.count("佐藤 アリス") == 1  # the owner's signature, once
    assert Event.objects.filter(conversation=conversation, verb="followup_queued").exists()
    # Besides (not instead of) reminding the owner; still 返信待ち.
    assert Event.objects.filter(conversation=conversation, verb="waiting_reminder").exists()
    conversation.refresh_from_db()
    assert conversation.status == Status.WAITING
    # The timer again: no second follow-up.
    assert check_reminders(timezone.now()) == 0
    send_round()
    assert len(sink.messages) == 2


def test_an_approval_policy_holds_the_follow_up_for_a_lead(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    conversation = waiting(dovecot, mailbox, alice)
    ApprovalPolicy.objects.create(name="返金チェック", words="返金")
    check_reminders(conversation.reminder_at)
    assert send_round().claimed == 0
    assert len(sink.messages) == 1  # only Alice's reply
    item = OutboxItem.objects.filter(conversation=conversation).latest("id")
    assert item.state == OutboxState.AWAITING_APPROVAL
    assert ApprovalRequest.objects.filter(outbox_item=item).exists()


def test_a_blank_left_in_the_template_stops_it_and_the_owner_is_reminded(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    conversation = waiting(dovecot, mailbox, alice, body="〇〇様\nその後いかがでしょうか。")
    SlaPolicy.objects.update(followup_instead=True)
    sla.forget_setup()
    check_reminders(conversation.reminder_at)
    send_round()
    assert len(sink.messages) == 1
    assert Event.objects.filter(conversation=conversation, verb="followup_not_sent").exists()
    assert Event.objects.filter(conversation=conversation, verb="waiting_reminder").exists()


def test_instead_of_the_reminder_only_the_customer_is_mailed(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    conversation = waiting(dovecot, mailbox, alice)
    SlaPolicy.objects.update(followup_instead=True)
    sla.forget_setup()
    check_reminders(conversation.reminder_at)
    assert send_round().sent == 1
    assert not Event.objects.filter(conversation=conversation, verb="waiting_reminder").exists()


def test_a_customer_reply_cancels_the_follow_up(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    conversation = waiting(dovecot, mailbox, alice)
    due = conversation.reminder_at
    dovecot.deliver(
        mailbox.address,
        sample_mail(2, sender="customer1@example.jp", in_reply_to="<follow.1@example.jp>"),
    )
    fetch(mailbox)
    conversation.refresh_from_db()
    assert conversation.status != Status.WAITING and conversation.reminder_at is None
    assert check_reminders(due) == 0
    send_round()
    assert len(sink.messages) == 1


def a_customer_reply(dovecot: Dovecot, mailbox: Mailbox) -> None:
    dovecot.deliver(
        mailbox.address,
        sample_mail(3, sender="customer1@example.jp", in_reply_to="<follow.1@example.jp>"),
    )
    fetch(mailbox)


def test_a_follow_up_waiting_for_approval_is_withdrawn_when_the_customer_replies(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    conversation = waiting(dovecot, mailbox, alice)
    ApprovalPolicy.objects.create(name="返金チェック", words="返金")
    check_reminders(conversation.reminder_at)
    item = OutboxItem.objects.filter(conversation=conversation).latest("id")
    assert item.state == OutboxState.AWAITING_APPROVAL
    messages_before = Conversation.objects.get(pk=conversation.pk).message_count

    a_customer_reply(dovecot, mailbox)

    assert not OutboxItem.objects.filter(pk=item.pk).exists()
    request = ApprovalRequest.objects.get(conversation=conversation)
    assert request.state == ApprovalState.WITHDRAWN and request.outbox_item is None
    conversation.refresh_from_db()
    # The customer's mail came in, the follow-up went away; reminders are off.
    assert conversation.message_count == messages_before
    assert conversation.status == Status.OPEN and conversation.reminder_at is None
    event = Event.objects.get(conversation=conversation, verb="followup_withdrawn")
    assert event.after == {"why": "customer_replied", "template": "フォローアップ"}
    # Nothing leaves, whatever the worker does now.
    send_round()
    check_reminders(timezone.now() + timedelta(days=30))
    send_round()
    assert len(sink.messages) == 1  # only Alice's reply
    # The timeline says so, in the reader's language; the lead has nothing left to approve.
    client = Client()
    client.force_login(alice)
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert (
        "フォローアップ「フォローアップ」はお客様から返信があったため送信前に取り下げました" in page
    )
    assert "その後、返金の件はいかがでしょうか" not in page


def test_the_approvers_request_is_read_once_the_follow_up_is_withdrawn(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    lead = User.objects.create_user("rei", "rei@example.test", "pw")
    Agent.objects.create(user=lead, role=Role.LEAD, display_name="Rei").teams.set(
        mailbox.teams.all()
    )
    conversation = waiting(dovecot, mailbox, alice)
    ApprovalPolicy.objects.create(name="返金チェック", words="返金")
    check_reminders(conversation.reminder_at)
    request = ApprovalRequest.objects.get(conversation=conversation)
    asked = Notification.objects.get(
        recipient=lead, kind=NotificationKind.APPROVAL_REQUESTED, detail={"request": request.pk}
    )
    assert asked.read_at is None
    # Another request the lead still has to decide: its notification stays unread.
    other = Notification.objects.create(
        recipient=lead,
        kind=NotificationKind.APPROVAL_REQUESTED,
        detail={"request": request.pk + 1000},
        created_at=timezone.now(),
    )
    assert unread_count(lead) == 2  # the badge on every page

    a_customer_reply(dovecot, mailbox)

    asked.refresh_from_db()
    other.refresh_from_db()
    assert asked.read_at is not None and other.read_at is None
    assert unread_count(lead) == 1


def test_a_queued_follow_up_is_withdrawn_before_the_worker_sends_it(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    conversation = waiting(dovecot, mailbox, alice)
    check_reminders(conversation.reminder_at)
    item = OutboxItem.objects.filter(conversation=conversation).latest("id")
    assert item.state == OutboxState.PENDING  # due now: the next round would send it

    a_customer_reply(dovecot, mailbox)  # … but the customer writes first

    assert send_round().claimed == 0
    assert len(sink.messages) == 1
    assert Event.objects.filter(conversation=conversation, verb="followup_withdrawn").exists()


def test_a_follow_up_already_sent_stays_on_the_timeline(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    conversation = waiting(dovecot, mailbox, alice)
    check_reminders(conversation.reminder_at)
    assert send_round().sent == 1
    a_customer_reply(dovecot, mailbox)
    assert OutboxItem.objects.filter(conversation=conversation, state=OutboxState.SENT).count() == 2
    assert not Event.objects.filter(conversation=conversation, verb="followup_withdrawn").exists()
