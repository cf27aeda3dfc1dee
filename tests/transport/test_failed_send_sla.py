"""A reply that never reached the customer does not count as an answer.

Found by a new user walking the app with no outgoing server: every failed reply removed
the conversation's deadline and the reports recorded a first response met on time.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.contrib.auth.models import User
from django.db.models import Sum

from madoguchi.actions import sla
from madoguchi.actions.replies import retry_reply
from madoguchi.models import (
    Conversation,
    Mailbox,
    OutboxItem,
    OutboxState,
    ReportDay,
    SlaPolicy,
    Status,
)
from tests.support.servers import Dovecot, SmtpSink
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import send_round
from tests.transport.test_send import make_due, queue_reply

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


@pytest.fixture(autouse=True)
def policy() -> Iterator[SlaPolicy]:
    made = SlaPolicy.objects.create(name="標準", first_response_minutes=60, resolution_minutes=480)
    sla.forget_setup()
    yield made
    sla.forget_setup()


def first_responses() -> int:
    """What the reports count (their rollup, label 0 = every conversation once)."""
    total = ReportDay.objects.filter(label_id=0).aggregate(n=Sum("first_responses"))["n"]
    return int(total or 0)


def refuse_customer(sink: SmtpSink) -> None:
    sink.refuse = lambda address: (
        "550 5.1.1 no such user" if address.startswith("customer") else None
    )


def test_it_keeps_the_deadline_and_no_first_response_when_the_reply_fails(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    refuse_customer(sink)
    item = queue_reply(dovecot, mailbox, alice)
    conversation = Conversation.objects.get(pk=item.conversation_id)
    # Queued: counted as answered for now (the undo window and the send take seconds).
    assert conversation.status == Status.WAITING and conversation.first_response_at is not None
    assert first_responses() == 1

    assert send_round().failed == 1

    conversation.refresh_from_db()
    assert conversation.status == Status.OPEN
    assert conversation.first_response_at is None
    assert conversation.first_response_seconds is None
    assert conversation.first_response_met is None
    # The deadline the customer was promised, counted from their mail, is back in the queue.
    assert conversation.sla_kind == sla.FIRST_RESPONSE
    assert conversation.sla_due_at is not None
    assert conversation.sla_due_at > conversation.last_customer_message_at
    assert first_responses() == 0

    # The agent fixes the address problem and resends: answered now, counted once.
    sink.refuse = None
    retry_reply(alice, OutboxItem.objects.get(pk=item.pk), body="修正した本文です。")
    assert send_round().sent == 1
    conversation.refresh_from_db()
    assert conversation.status == Status.WAITING
    assert conversation.first_response_at is not None
    assert conversation.first_response_seconds is not None
    assert conversation.sla_due_at is None
    assert first_responses() == 1


def test_it_counts_the_first_response_once_after_a_temporary_refusal(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    sink.refuse = lambda address: "451 4.3.0 try again later"
    item = queue_reply(dovecot, mailbox, alice)

    assert send_round().retried == 1
    conversation = Conversation.objects.get(pk=item.conversation_id)
    assert conversation.status == Status.OPEN and conversation.sla_due_at is not None
    assert first_responses() == 0

    sink.refuse = None
    make_due(item)
    assert send_round().sent == 1
    conversation.refresh_from_db()
    assert conversation.status == Status.WAITING and conversation.sla_due_at is None
    assert conversation.first_response_at is not None
    assert first_responses() == 1
    assert OutboxItem.objects.get(pk=item.pk).state == OutboxState.SENT
    assert len(sink.messages) == 1
