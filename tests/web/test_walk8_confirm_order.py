"""When a colleague already replied, that is the first thing the agent hears, before the
signature question; and answering both sends the reply once."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from madoguchi.actions.replies import send_reply
from madoguchi.models import Mailbox, OutboxItem
from tests.web.conftest import World, make_conversation

JAPANESE_ONLY = "株式会社サンプル"
ENGLISH = "Thank you for your patience. We have fixed the export and it works again now."


def test_it_says_a_colleague_replied_before_asking_about_the_signature(world: World) -> None:
    # Only a Japanese signature: an English reply would go unsigned, which is asked.
    Mailbox.objects.filter(pk=world.support.pk).update(signature=JAPANESE_ONLY, signature_en="")
    conversation = make_conversation(world.support)
    seen_at = (timezone.now() - timedelta(minutes=1)).isoformat()
    send_reply(world.bob, conversation, "bob の返信です", seen_at=timezone.now())
    client = world.client(world.alice)

    first = client.post(
        f"/c/{conversation.pk}/reply/",
        {"body": ENGLISH, "seen_at": seen_at},
        HTTP_ACCEPT_LANGUAGE="en",
    ).content.decode()
    assert "already replied" in first and "bob の返信です" in first
    assert "No signature will be added" not in first

    # "Send anyway": now the signature question, which keeps the "anyway".
    second = client.post(
        f"/c/{conversation.pk}/reply/",
        {"body": ENGLISH, "seen_at": seen_at, "force": "1"},
        HTTP_ACCEPT_LANGUAGE="en",
        HTTP_HX_REQUEST="true",
    )
    html = second.content.decode()
    assert "No signature will be added" in html
    assert '<input type="hidden" name="force" value="1">' in html

    # "Send it": goes, without stopping at the colleague's reply a second time.
    third = client.post(
        f"/c/{conversation.pk}/reply/",
        {"body": ENGLISH, "seen_at": seen_at, "force": "1", "confirmed": "signature"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert third.status_code == 303
    assert OutboxItem.objects.filter(conversation=conversation).count() == 2


def test_it_asks_in_japanese_first_about_the_colleagues_reply(world: World) -> None:
    Mailbox.objects.filter(pk=world.support.pk).update(signature=JAPANESE_ONLY, signature_en="")
    conversation = make_conversation(world.support)
    seen_at = (timezone.now() - timedelta(minutes=1)).isoformat()
    send_reply(world.bob, conversation, "bob の返信です", seen_at=timezone.now())
    body = (
        world.client(world.alice)
        .post(
            f"/c/{conversation.pk}/reply/",
            {"body": ENGLISH, "seen_at": seen_at},
            HTTP_ACCEPT_LANGUAGE="ja",
        )
        .content.decode()
    )
    assert "さんがすでに返信しています" in body
    assert "署名が付きません" not in body
