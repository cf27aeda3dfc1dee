"""madoguchi retriage: stored mail triaged again, conversations refreshed from their latest
customer message."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from madoguchi.actions.triage import retriage
from madoguchi.models import Conversation, Direction, Mailbox, Message

URGENT = "至急！本日からログインできず、業務が完全に止まっています。"
CALM = "来月の請求書の送付先を変更したいです。お手すきの際にご案内ください。"


def _conversation(mailbox: Mailbox, *texts: str, days_ago: int = 0) -> Conversation:
    at = timezone.now() - timedelta(days=days_ago)
    conversation = Conversation.objects.create(
        mailbox=mailbox,
        subject="お問い合わせ",
        created_at=at,
        updated_at=at,
        last_customer_message_at=at,
    )
    for number, text in enumerate(texts):
        Message.objects.create(
            conversation=conversation,
            direction=Direction.INCOMING,
            subject="お問い合わせ",
            from_address="taro@customer.example",
            text=text,
            received_at=at + timedelta(minutes=number),
        )
    return conversation


def test_it_updates_the_conversation_fields(mailbox: Mailbox) -> None:
    conversation = _conversation(mailbox, URGENT)
    assert conversation.urgency == ""
    call_command("retriage", "--all", stdout=StringIO())
    conversation.refresh_from_db()
    assert conversation.urgency == "high"
    assert conversation.triage_score > 0.5
    assert conversation.triage_reasons
    assert conversation.messages.get().triage["urgency"] == "high"


def test_the_latest_customer_message_decides(mailbox: Mailbox) -> None:
    conversation = _conversation(mailbox, URGENT, "解決しました。ありがとうございました。")
    retriage()
    conversation.refresh_from_db()
    assert conversation.urgency != "high"


def test_an_outgoing_message_is_not_triaged(mailbox: Mailbox) -> None:
    conversation = _conversation(mailbox, CALM)
    reply = Message.objects.create(
        conversation=conversation,
        direction=Direction.OUTGOING,
        text=URGENT,
        received_at=timezone.now(),
    )
    retriage()
    reply.refresh_from_db()
    conversation.refresh_from_db()
    assert reply.triage is None
    assert conversation.urgency != "high"


def test_since_leaves_older_mail_alone(mailbox: Mailbox) -> None:
    old = _conversation(mailbox, URGENT, days_ago=30)
    new = _conversation(mailbox, URGENT, days_ago=0)
    since = (timezone.now() - timedelta(days=2)).date().isoformat()
    out = StringIO()
    call_command("retriage", "--since", since, stdout=out)
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.urgency == "" and new.urgency == "high"
    assert "re-triaged 1 messages" in out.getvalue()


def test_batches_cost_the_same_queries_whatever_their_size(mailbox: Mailbox) -> None:
    for _ in range(3):
        _conversation(mailbox, CALM, URGENT)
    with CaptureQueriesContext(connection) as small:
        retriage(batch_size=100)
    for _ in range(12):
        _conversation(mailbox, CALM, URGENT)
    with CaptureQueriesContext(connection) as large:
        retriage(batch_size=100)
    assert len(large.captured_queries) == len(small.captured_queries)


def test_it_needs_all_or_since(db: None) -> None:
    with pytest.raises(CommandError):
        call_command("retriage", stdout=StringIO())
    with pytest.raises(CommandError):
        call_command("retriage", "--since", "yesterday", stdout=StringIO())
