"""Walk 20 G6: on a phone the undo-send button sat ~1,400 px below the flash message
("Reply queued for sending…") for a window of seconds. The message carries the undo."""

from __future__ import annotations

import re

import pytest
from django.utils import timezone

from madoguchi.models import Draft, OutboxItem
from tests.web.conftest import World, make_conversation


@pytest.mark.parametrize(("language", "button"), [("ja", "送信を取り消す"), ("en", "Undo send")])
def test_the_sent_message_offers_the_undo(world: World, language: str, button: str) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    page = client.post(
        f"/c/{conversation.pk}/reply/",
        {"body": "やはり取り消します。", "seen_at": timezone.now().isoformat()},
        HTTP_ACCEPT_LANGUAGE=language,
        follow=True,
    ).content.decode()
    item = OutboxItem.objects.get()
    form = re.search(
        r'<form method="post" action="([^"]+)" class="inline" data-flash-undo>.*?</form>', page
    )
    assert form is not None and form.group(1) == f"/c/{conversation.pk}/outbox/{item.pk}/undo/"
    assert button in form.group(0)
    assert "送信" in page[: form.start()] or "queued" in page[: form.start()]  # in the flash

    client.post(f"/c/{conversation.pk}/outbox/{item.pk}/undo/")
    assert not OutboxItem.objects.exists()
    assert (
        Draft.objects.get(conversation=conversation, author=world.alice).body
        == "やはり取り消します。"
    )
