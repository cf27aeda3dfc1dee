"""A forward reads as a forward on the conversation page, and its quoted Date is in the
team's zone, named (s8 walk, screen 26)."""

from __future__ import annotations

import re

from madoguchi.models import OutboxItem
from tests.web.conftest import World, make_conversation


def test_it_labels_a_forward_as_a_forward_not_a_reply(world: World) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    client.post(
        f"/c/{conversation.pk}/forward/", {"to": "partner@outside.example", "note": "ご確認を"}
    )
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<span class="muted">forward</span>' in page
    assert '<span class="muted">reply</span>' not in page
    # In its undo window: the banner says what goes out.
    assert "Your forward goes out at" in page and "Your reply goes out at" not in page
    japanese = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert '<span class="muted">転送</span>' in japanese


def test_it_writes_the_forwarded_date_in_the_teams_zone_with_its_name(world: World) -> None:
    conversation = make_conversation(world.support)
    world.client(world.alice).post(
        f"/c/{conversation.pk}/forward/", {"to": "partner@outside.example", "note": ""}
    )
    text = OutboxItem.objects.get(conversation=conversation).message.text
    assert re.search(r"^Date: \d{4}-\d\d-\d\d \d\d:\d\d \+0900 \(JST\)$", text, re.MULTILINE)
