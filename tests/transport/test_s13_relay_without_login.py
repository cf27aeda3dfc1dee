"""A relay that asks for no login (a local Postfix, the office's relay) with the SMTP user
filled in but no password: `madoguchi mailbox add` fills the user from the address, and every
reply through such a relay failed with "SMTP AUTH extension not supported by server"."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from madoguchi.actions.base import now
from madoguchi.actions.replies import send_reply
from madoguchi.models import Conversation, Mailbox, OutboxItem, OutboxState
from madoguchi.transport.credentials import encrypt_password
from madoguchi.transport.diagnose import check_mailbox
from tests.support.servers import Dovecot, SmtpSink, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def test_a_user_name_without_a_password_sends_through_a_relay_that_asks_for_no_login(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    Mailbox.objects.filter(pk=mailbox.pk).update(
        smtp_username=mailbox.address, smtp_password_encrypted=encrypt_password("")
    )
    dovecot.deliver(mailbox.address, sample_mail(1, to=mailbox.address))
    fetch(mailbox)
    conversation = Conversation.objects.get(mailbox=mailbox)

    item = send_reply(alice, conversation, "お問い合わせありがとうございます。", seen_at=now())

    assert send_round().sent == 1
    [mail] = sink.messages
    assert mail.message_id == item.message.message_id
    assert OutboxItem.objects.get(pk=item.pk).state == OutboxState.SENT
    mailbox.refresh_from_db()
    [auth] = [c for c in check_mailbox(mailbox) if (c.server, c.step) == ("smtp", "auth")]
    assert auth.ok and "no login" in auth.detail
