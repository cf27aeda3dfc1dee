"""A customer's reply withdraws a queued follow-up (its message is deleted) in the same
batch that adds the reply to the conversation's search document: the document must hold
the reply and not the withdrawn follow-up, exactly as rebuilding it from the messages
would (the batch appends to the previous document only when nothing was deleted)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.db import connection

from madoguchi.actions.sla import check_reminders
from madoguchi.models import Conversation, Event, Mailbox, Message, OutboxItem, OutboxState
from madoguchi.search.backends import CONVERSATION_TABLE, backend_for
from tests.support.servers import Dovecot, SmtpSink
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.test_followup import a_customer_reply, waiting

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def document(conversation: Conversation) -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT tokens FROM {CONVERSATION_TABLE} WHERE rowid = %s", [conversation.pk]
        )
        row = cursor.fetchone()
    return str(row[0]) if row else ""


def test_it_drops_the_withdrawn_follow_up_from_the_search_document(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("the conversation document's tokens are SQLite's to read back")
    conversation = waiting(dovecot, mailbox, alice)
    check_reminders(conversation.reminder_at)
    item = OutboxItem.objects.filter(conversation=conversation).latest("id")
    assert item.state == OutboxState.PENDING
    followup = Message.objects.get(pk=item.message_id)
    backend_for().index([(followup.pk, "zzfollowupword")])
    assert "zzfollowupword" in document(conversation).split()

    a_customer_reply(dovecot, mailbox)

    assert Event.objects.filter(conversation=conversation, verb="followup_withdrawn").exists()
    written = document(conversation)
    assert "zzfollowupword" not in written.split()
    assert written.count("\u00a6") == conversation.messages.count() - 1  # one part a message
    backend_for().refresh_conversations([conversation.pk])
    assert document(conversation) == written
