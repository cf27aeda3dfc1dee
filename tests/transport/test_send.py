"""Sending from the outbox: retries, visible failures, Japanese headers, exactly once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import User

from madoguchi.actions.base import now
from madoguchi.actions.replies import retry_reply, send_reply
from madoguchi.mail.compose import compose
from madoguchi.mail.parse import parse_message
from madoguchi.models import Conversation, Event, Mailbox, OutboxItem, OutboxState
from madoguchi.transport import smtp
from madoguchi.transport.outbox import OutboxConfig, claim_due
from madoguchi.worker.sending import outgoing_mail
from tests.support.servers import Dovecot, SmtpSink, free_port, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, folder_message_ids, send_round

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def queue_reply(dovecot: Dovecot, mailbox: Mailbox, user: User, body: str = "") -> OutboxItem:
    dovecot.deliver(mailbox.address, sample_mail(1))
    fetch(mailbox)
    conversation = Conversation.objects.filter(mailbox=mailbox).latest("id")
    text = body or "お問い合わせありがとうございます。返金を手配いたしました。"
    return send_reply(user, conversation, text, seen_at=now(), force=True, cc="")


def make_due(item: OutboxItem) -> None:
    OutboxItem.objects.filter(pk=item.pk).update(next_attempt_at=now() - timedelta(seconds=1))


def test_a_temporary_refusal_is_retried_later_and_then_sent(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    sink.refuse = lambda address: "451 4.3.0 try again later"
    item = queue_reply(dovecot, mailbox, alice)

    assert send_round().retried == 1
    item.refresh_from_db()
    assert item.state == OutboxState.PENDING and item.attempts == 1
    assert "451" in item.last_error and item.next_attempt_at > now()

    sink.refuse = None
    make_due(item)
    assert send_round().sent == 1
    assert len(sink.messages) == 1


def test_a_permanent_refusal_fails_visibly_and_the_agent_can_resend(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    sink.refuse = lambda address: (
        "550 5.1.1 no such user" if address.startswith("customer") else None
    )
    item = queue_reply(dovecot, mailbox, alice)

    assert send_round().failed == 1
    item.refresh_from_db()
    assert item.state == OutboxState.FAILED
    assert "550 5.1.1 no such user" in item.last_error
    assert Event.objects.filter(verb="reply_failed", conversation=item.conversation).exists()

    sink.refuse = None
    retry_reply(alice, item, body="修正した本文です。")
    assert send_round().sent == 1
    assert "修正した本文です" in parse_message(sink.messages[0].data).text


def test_a_refused_connection_fails_at_once_with_the_reason(
    dovecot: Dovecot, mailbox: Mailbox, alice: User
) -> None:
    # A wrong port does not fix itself: no six hours of silent retries.
    Mailbox.objects.filter(pk=mailbox.pk).update(smtp_port=free_port())  # nothing listens
    item = queue_reply(dovecot, mailbox, alice)

    assert send_round().failed == 1

    item.refresh_from_db()
    assert item.state == OutboxState.FAILED and item.attempts == 1
    assert "connection refused" in item.last_error


def test_iso_2022_jp_mailboxes_send_jis_and_fall_back_to_utf8_for_what_jis_lacks(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    Mailbox.objects.filter(pk=mailbox.pk).update(outgoing_charset="iso-2022-jp")
    queue_reply(dovecot, mailbox, alice, body="ｶﾀｶﾅ～のご案内です。")
    send_round()
    first = sink.messages[0].data
    assert b'charset="iso-2022-jp"' in first and b"=?iso-2022-jp?b?" in first
    assert "カタカナ" in parse_message(first).text

    item = queue_reply(dovecot, mailbox, alice, body="①の手順をご確認ください。")
    send_round()
    second = sink.messages[1].data
    assert b'charset="utf-8"' in second
    assert "①の手順" in parse_message(second).text
    item.refresh_from_db()
    assert "sent as UTF-8" in item.last_error


def test_bcc_goes_in_the_envelope_only(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    dovecot.deliver(mailbox.address, sample_mail(1))
    fetch(mailbox)
    conversation = Conversation.objects.get(mailbox=mailbox)
    send_reply(
        alice, conversation, "承知しました。", seen_at=now(), bcc="boss@example.jp", force=True
    )

    send_round()

    [mail] = sink.messages
    assert "boss@example.jp" in mail.recipients
    assert b"boss@example.jp" not in mail.data


def test_an_interrupted_send_that_went_out_is_not_sent_again(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    item = queue_reply(dovecot, mailbox, alice)
    # A worker claims the reply, sends it over SMTP, and is killed before recording it.
    [claim] = claim_due("dead-worker", OutboxConfig(lease_seconds=60))
    item = OutboxItem.objects.select_related("message", "conversation__mailbox").get(pk=item.pk)
    composed = compose(outgoing_mail(item))
    client = smtp.connect(smtp.Endpoint("127.0.0.1", sink.port, "plain", "", ""))
    smtp.send(client, mailbox.address, composed.recipients, composed.data, own_copy=mailbox.address)
    smtp.close(client)
    OutboxItem.objects.filter(pk=item.pk).update(lease_until=now() - timedelta(seconds=1))

    round_after_restart = send_round()

    assert round_after_restart.recovered == 1
    assert len(sink.messages) == 1
    item.refresh_from_db()
    assert item.state == OutboxState.SENT
    assert item.message.message_id in folder_message_ids(mailbox, "Sent")


def test_an_interrupted_send_that_did_not_go_out_is_sent_once(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    item = queue_reply(dovecot, mailbox, alice)
    claim_due("dead-worker", OutboxConfig(lease_seconds=60))
    OutboxItem.objects.filter(pk=item.pk).update(lease_until=now() - timedelta(seconds=1))

    assert send_round().sent == 1
    assert len(sink.messages) == 1


def test_an_interrupted_send_is_not_resent_blindly_when_imap_cannot_be_asked(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    item = queue_reply(dovecot, mailbox, alice)
    claim_due("dead-worker", OutboxConfig(lease_seconds=60))
    OutboxItem.objects.filter(pk=item.pk).update(lease_until=now() - timedelta(seconds=1))
    Mailbox.objects.filter(pk=mailbox.pk).update(imap_port=free_port())  # IMAP unreachable

    send_round()

    assert sink.messages == []
    item.refresh_from_db()
    assert item.state == OutboxState.SENDING and item.lease_until > now()
    assert "could not check" in item.last_error


def test_two_workers_never_claim_the_same_reply(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    for number in range(4):
        dovecot.deliver(mailbox.address, sample_mail(100 + number))
    fetch(mailbox)
    for conversation in Conversation.objects.filter(mailbox=mailbox):
        send_reply(alice, conversation, "承知しました。", seen_at=now(), force=True)
    config = OutboxConfig(batch=3)

    first = {claim.item_id for claim in claim_due("worker-a", config)}
    second = {claim.item_id for claim in claim_due("worker-b", config)}

    assert len(first) == 3 and len(second) == 1 and not first & second
