"""Why a conversation is urgent, readable on a phone: the reasons are in the row as text (shown
under the subject where there is no hover), not only in the badge's tooltip."""

from __future__ import annotations

import re

from madoguchi.models import Conversation, Priority
from tests.web.conftest import World, make_conversation


def test_the_queue_row_carries_the_urgency_reasons_as_text(world: World) -> None:
    conversation = make_conversation(world.support)
    Conversation.objects.filter(pk=conversation.pk).update(priority=Priority.URGENT)
    page = world.client(world.alice).get("/q/new/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    reasons = re.search(
        r"<small class=\"urgency-reasons\" data-urgency-reasons>([^<]*)</small>", page
    )
    assert reasons is not None
    assert "Priority set to urgent" in reasons.group(1)


def test_a_row_without_urgency_has_no_reasons_line(world: World) -> None:
    make_conversation(world.support)
    page = world.client(world.alice).get("/q/new/").content.decode()
    assert "data-urgency-reasons" not in page
