"""A reply the SMTP server accepted while the connection dropped (no "250" reached us) is
recovered on the next round from the server's own copy: the conversation keeps the bytes
the customer got and the Sent folder gets those same bytes, Date included, not a second
composition of the reply."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.contrib.auth.models import User

from madoguchi.actions.base import now
from madoguchi.actions.replies import send_reply
from madoguchi.mail.headers import without_trace_fields
from madoguchi.models import Event, Mailbox, OutboxState, RawMessage
from tests.support.servers import Dovecot, SmtpSink
from tests.transport import test_send_audit as audit
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import send_round
from tests.transport.test_send_audit import conversation_for, due_for_check, sent_folder_copies

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

# The send audit's mailbox (a display name to encode, no quote) and its agent.
audited = audit.audited
agent = audit.agent

# What a real MTA and local delivery agent put on top of the copy they file in the mailbox.
TRACE = (
    b"Return-Path: <support@example.test>\r\n"
    b"Delivered-To: support@example.test\r\n"
    b"Received: from client.example (localhost [127.0.0.1])\r\n"
    b"\tby mx.example (Postfix) with ESMTP id 4Q1x2y3z\r\n"
    b"\tfor <support@example.test>; Mon, 30 Nov 2026 20:00:00 +0900 (JST)\r\n"
)


def accept_file_and_drop(sink: SmtpSink, dovecot: Dovecot, mailbox: Mailbox) -> None:
    """The next DATA is accepted and filed in the mailbox's INBOX with trace fields on top,
    then the connection drops before the "250" reaches the client."""
    handler = sink.controller.handler
    original = handler.handle_DATA

    async def handle_data(server: Any, session: Any, envelope: Any) -> str:
        handler.handle_DATA = original  # once
        sink.deliver_to = None  # filed below, as the MTA would, with its trace fields
        await original(server, session, envelope)
        sink.deliver_to = dovecot
        dovecot.deliver(mailbox.address, TRACE + sink.messages[-1].data)
        server.transport.abort()
        return "250 2.0.0 Ok: queued"  # never reaches the client

    handler.handle_DATA = handle_data


def test_it_keeps_the_bytes_the_customer_got_when_a_send_is_recovered(
    dovecot: Dovecot, sink: SmtpSink, audited: Mailbox, agent: User
) -> None:
    conversation = conversation_for(dovecot, audited)
    item = send_reply(agent, conversation, "山田様\n\n承知しました。", seen_at=now())
    accept_file_and_drop(sink, dovecot, audited)

    assert send_round().retried == 1
    [delivered] = sink.messages
    time.sleep(1.1)  # a second composition would now carry another Date
    due_for_check(item)
    assert send_round().recovered == 1

    assert len(sink.messages) == 1  # nothing went twice
    item.refresh_from_db()
    assert item.state == OutboxState.SENT
    raw = RawMessage.objects.get(pk=item.message.raw_id)
    assert bytes(raw.data) == delivered.data and raw.source == "sent"
    assert sent_folder_copies(audited) == [delivered.data]
    event = Event.objects.get(conversation=conversation, verb="reply_sent")
    assert event.after == {"message": item.message_id, "recovered": True}


def test_it_takes_only_the_trace_fields_off_the_top_of_a_delivered_copy() -> None:
    mail = b"Content-Type: text/plain\r\nReceived: kept, not on top\r\nSubject: x\r\n\r\nbody\r\n"

    assert without_trace_fields(TRACE + mail) == mail
    assert without_trace_fields(mail) == mail
    assert without_trace_fields(TRACE) == b""
