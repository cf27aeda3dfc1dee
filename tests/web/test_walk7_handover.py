"""A conversation handed over because its owner is away: the substitute's notification says
why, not just "assigned to you"."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from madoguchi.actions.absence import set_absence
from madoguchi.models import Conversation
from tests.web.conftest import World, make_conversation


def test_the_substitute_is_told_the_colleague_is_away(world: World) -> None:
    conversation = make_conversation(world.support, status="open")
    Conversation.objects.filter(pk=conversation.pk).update(owner=world.alice)
    today = timezone.localdate()
    set_absence(
        world.lead,
        away_from=today,
        away_until=today + timedelta(days=2),
        substitute=world.bob,
        hand_over=True,
        person=world.alice,
    )
    assert Conversation.objects.get(pk=conversation.pk).owner == world.bob

    ja = world.client(world.bob).get("/notifications/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "佐藤 アリス さんが不在のため" in ja.content.decode()
    assert "あなたに引き継ぎました" in ja.content.decode()
    en = world.client(world.bob).get("/notifications/", HTTP_ACCEPT_LANGUAGE="en")
    assert "because 佐藤 アリス is away" in en.content.decode()
