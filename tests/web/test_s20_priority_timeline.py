"""Walk 20 G16: the timeline said 「佐藤 美咲 さんが優先度を変更しました」 / "changed the
priority" without saying to what."""

from __future__ import annotations

import pytest

from tests.web.conftest import World, make_conversation


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("ja", "優先度を「通常」から「至急」に変更しました"),
        ("en", "changed the priority from Normal to Urgent"),
    ],
)
def test_the_timeline_says_the_new_priority(world: World, language: str, said: str) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    assert client.post(f"/c/{conversation.pk}/priority/", {"priority": "0"}).status_code in (
        302,
        303,
    )
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert said in page
