"""When the customer writes again, the conversation's owner hears of it in the bell
(「〜様から返信がありました」), in their language (s8 walk, screen 69)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from madoguchi.actions.conversations import assign, snooze
from madoguchi.actions.ingest import IncomingMail, IngestSession, ingest_batch
from madoguchi.actions.prepare import prepare_mail
from madoguchi.actions.replies import send_reply
from madoguchi.models import Conversation, Notification, NotificationKind
from tests.web.conftest import World


def _mail(world: World, subject: str, at: datetime, reply_to: str = "") -> Conversation:
    message_id = f"<{at.timestamp()}.walk8@customer.example>"
    headers = [
        "From: =?utf-8?b?5bGx55SwIOWkqumDjg==?= <taro@customer.example>",  # 山田 太郎
        f"To: {world.support.address}",
        f"Subject: {'Re: ' if reply_to else ''}{subject}",
        f"Message-ID: {message_id}",
        f"Date: {at.strftime('%a, %d %b %Y %H:%M:%S %z')}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
    ]
    if reply_to:
        headers.append(f"In-Reply-To: {reply_to}")
    raw = ("\r\n".join(headers) + "\r\n\r\nまだ届いていません。至急お願いします。\r\n").encode()
    prepared = prepare_mail(raw, Path(settings.ATTACHMENT_DIR))
    ingest_batch(
        IngestSession(world.support, trust_own_address=True),
        [(IncomingMail(raw=raw, source="test", received_at=at), prepared)],
    )
    return Conversation.objects.get(messages__message_id=message_id)


def test_it_tells_the_owner_of_a_snoozed_conversation_that_the_customer_replied(
    world: World,
) -> None:
    start = timezone.now() - timedelta(hours=2)
    conversation = _mail(world, "Invoice", start)
    assign(world.lead, conversation, world.alice)
    send_reply(world.alice, conversation.pk, "確認いたします。", seen_at=timezone.now(), force=True)
    snooze(world.alice, conversation.pk, timezone.now() + timedelta(days=1))
    first_id = conversation.messages.order_by("received_at").first().message_id  # type: ignore[union-attr]
    Notification.objects.all().delete()

    _mail(world, "Invoice", timezone.now() - timedelta(minutes=1), reply_to=first_id)

    told = Notification.objects.get(kind=NotificationKind.CUSTOMER_REPLIED)
    assert told.recipient == world.alice and told.conversation_id == conversation.pk
    page = world.client(world.alice).get("/notifications/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "山田 太郎 様から返信がありました。" in page.content.decode()
    english = world.client(world.alice).get("/notifications/", HTTP_ACCEPT_LANGUAGE="en")
    assert "山田 太郎 replied." in english.content.decode()


def test_it_tells_nobody_when_nobody_owns_the_conversation(world: World) -> None:
    start = timezone.now() - timedelta(hours=2)
    conversation = _mail(world, "Quote", start)
    first_id = conversation.messages.get().message_id
    _mail(world, "Quote", timezone.now() - timedelta(minutes=1), reply_to=first_id)
    assert not Notification.objects.filter(kind=NotificationKind.CUSTOMER_REPLIED).exists()
